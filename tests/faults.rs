//! Hostile input and faults, end to end: a torture dump, a killed run and
//! `--resume`, unknown dump fields.  (The pathological inputs' *speed* is a
//! benchmark matter; here they only have to finish with the right lines.)

use std::path::Path;
use std::process::{Command, Stdio};

fn bangfu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bangfu"))
}

// (the faults use folders only; the file kind is for the integration tests)
#[allow(dead_code)]
mod scratch;
use scratch::Scratch;

fn scratch(name: &str) -> Scratch {
    Scratch::new(&format!("faults-{name}"))
}

const DONORS: &[&str] = &[
    "上海市第一人民医院",
    "江苏省人民医院",
    "北京协和医院",
    "浙江大学医学院附属第一医院",
];
const RECIPIENTS: &[&str] = &["喀什地区第一人民医院", "威县人民医院", "叶城县人民医院"];

/// A made-up aid article, different for each `n`.
fn good_text(n: usize) -> String {
    format!(
        "{}年{}月{}日，{}选派{}名专家进驻{}，开展义诊{}次，捐赠设备价值{}万元。",
        2015 + n % 10,
        1 + n % 12,
        1 + n % 28,
        DONORS[n % DONORS.len()],
        2 + n % 40,
        RECIPIENTS[n % RECIPIENTS.len()],
        1 + n % 9,
        10 + n % 90
    )
}

fn json_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text}).to_string()
}

/// Runs `bangfu extract . -o out.jsonl` in `dir`; returns (exit code, lines).
fn extract_dir(dir: &Path) -> (i32, Vec<String>) {
    let out = bangfu()
        .current_dir(dir)
        .args(["extract", "--jobs", "2", "-o", "out.jsonl", "dump.jsonl"])
        .args(
            ["png.txt", "utf16.txt", "latin.txt", "long.txt"]
                .iter()
                .filter(|f| dir.join(f).exists()),
        )
        .stderr(Stdio::null())
        .output()
        .unwrap();
    let text = std::fs::read_to_string(dir.join("out.jsonl")).unwrap();
    let _ = std::fs::remove_file(dir.join("out.jsonl"));
    (
        out.status.code().unwrap_or(-1),
        text.lines().map(String::from).collect(),
    )
}

#[test]
fn torture_dump_good_documents_are_untouched_by_bad_ones() {
    let all = scratch("all");
    let good = scratch("good");
    let mut all_lines = Vec::new();
    let mut good_lines = Vec::new();
    let mut bad_ids = Vec::new();
    let png: Vec<u8> = [
        &[
            0x89u8, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
        ][..],
        b"IHDR",
        &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
    ]
    .concat();
    for n in 0..2000 {
        let id = format!("d{n}");
        // One document in twenty is hostile.
        let bad: Option<String> = match n % 20 {
            7 => Some(match (n / 20) % 10 {
                0 => json_line(&id, ""),
                1 => json_line(&id, &String::from_utf8_lossy(&png)),
                2 => format!("{{\"id\": \"{id}\", \"text\": \"unterminated"),
                3 => format!("{{\"id\": \"{id}\", \"text\": 12345}}"),
                4 => json_line(&id, "正文\u{0}里有\u{0}空字符"),
                5 => json_line(&id, "捐赠999999999999999999999亿元，99999年13月45日"),
                6 => json_line(
                    &id,
                    &format!("{}医院{}", "(".repeat(100_000), ")".repeat(100_000)),
                ),
                7 => json_line(&id, &"一二三四五六七八九十".repeat(100_000)),
                8 => format!("{{\"id\": \"{id}\", \"text\": null}}"),
                _ => json_line(&id, "  \n\n  "),
            }),
            _ => None,
        };
        match bad {
            Some(line) => {
                bad_ids.push(n + 1);
                all_lines.push(line);
                // Keep line numbers equal: a blank line is skipped, not counted out.
                good_lines.push(String::new());
            }
            None => {
                let line = json_line(&id, &good_text(n));
                all_lines.push(line.clone());
                good_lines.push(line);
            }
        }
    }
    // Invalid UTF-8 inside a dump line.
    let mut all_dump = all_lines.join("\n").into_bytes();
    all_dump.extend_from_slice(b"\n{\"id\": \"raw\", \"text\": \"\xff\xfe\xfd\"}\n");
    let mut good_dump = good_lines.join("\n").into_bytes();
    good_dump.extend_from_slice(b"\n\n");
    std::fs::write(all.join("dump.jsonl"), &all_dump).unwrap();
    std::fs::write(good.join("dump.jsonl"), &good_dump).unwrap();
    // Bad files beside the dump.
    std::fs::write(all.join("png.txt"), &png).unwrap();
    let utf16: Vec<u8> = "天津市卫生健康委对口帮扶安新县。"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    std::fs::write(all.join("utf16.txt"), utf16).unwrap();
    std::fs::write(all.join("latin.txt"), b"caf\xe9 \xff\xfe na\xefve").unwrap();
    // 50 MB on one line: over the 16 MB default.
    std::fs::write(all.join("long.txt"), "医".repeat(50 * 1024 * 1024 / 3)).unwrap();

    let (code_all, lines_all) = extract_dir(&all);
    let (code_good, lines_good) = extract_dir(&good);
    assert_eq!(code_good, 0);
    assert_eq!(code_all, 1, "some documents failed, so the status is 1");

    let parse = |l: &String| serde_json::from_str::<serde_json::Value>(l).unwrap();
    let by_id = |lines: &[String]| -> std::collections::BTreeMap<String, String> {
        lines
            .iter()
            .map(|l| {
                let id = parse(l)["doc"]["id"].as_str().map(String::from);
                (
                    id.unwrap_or_else(|| panic!("no id: {}", &l[..l.len().min(300)])),
                    l.clone(),
                )
            })
            .collect()
    };
    let all_map = by_id(&lines_all);
    let good_map = by_id(&lines_good);
    assert!(good_map.len() >= 1900);
    // Every good document: the same bytes whatever surrounds it.
    for (id, line) in &good_map {
        assert_eq!(all_map.get(id), Some(line), "{id}");
    }
    // Every bad one: an error line with a kind and a message, or a valid result.
    let mut errors = 0;
    // (A malformed line has no id of its own: dump lines are found by number.)
    let by_line: std::collections::BTreeMap<u64, serde_json::Value> = lines_all
        .iter()
        .map(parse)
        .filter_map(|v| Some((v["doc"]["source"]["line"].as_u64()?, v)))
        .collect();
    let bad_values = bad_ids
        .iter()
        .map(|n| by_line.get(&(*n as u64)).cloned())
        .chain(["png", "utf16", "latin", "long"].map(|id| all_map.get(id).map(parse)));
    for (k, v) in bad_values.enumerate() {
        let v = v.unwrap_or_else(|| panic!("no output line for bad document {k}"));
        if let Some(e) = v.get("error") {
            errors += 1;
            assert!(!e["kind"].as_str().unwrap().is_empty());
            assert!(e["message"].as_str().unwrap().len() > 5);
        } else {
            let version = v["schema_version"].as_str().unwrap_or_default();
            assert!(version.starts_with("1."), "{k}: {version}");
        }
    }
    // The JSON-level failures and the oversized file are errors for sure.
    let kind = |id: &str| {
        parse(&all_map[id])["error"]["kind"]
            .as_str()
            .map(String::from)
    };
    assert_eq!(kind("long").as_deref(), Some("too_large"));
    let raw = &by_line[&2001];
    assert_eq!(raw["error"]["kind"], "malformed_jsonl");
    assert!(errors >= 40, "{errors}");
    // The overflowing amount is kept with no value, not a wrong one.
    let v = bad_ids
        .iter()
        .map(|n| &by_line[&(*n as u64)])
        .find(|v| {
            v["entities"]
                .to_string()
                .contains("999999999999999999999亿元")
        })
        .expect("the overflowing amount's document");
    let amount = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "amount")
        .unwrap();
    assert!(amount["yuan"].is_null() && amount["value"].is_null());
    assert_eq!(amount["text"], "999999999999999999999亿元");
}

#[test]
fn text_of_the_wrong_type_and_unknown_fields() {
    let dir = scratch("fields");
    std::fs::write(
        dir.join("dump.jsonl"),
        "{\"id\": \"a\", \"text\": 42}\n{\"id\": \"b\", \"text\": \"2019年3月6日，天津市卫生健康委对口帮扶安新县。\", \"site\": \"tj\", \"tags\": [1, 2]}\n",
    )
    .unwrap();
    let (code, lines) = extract_dir(&dir);
    assert_eq!(code, 1);
    let a: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(a["error"]["kind"], "text_not_string");
    assert!(a["error"]["message"].as_str().unwrap().contains("a number"));
    let b: serde_json::Value = serde_json::from_str(&lines[1]).unwrap();
    assert_eq!(b["doc"]["source"]["extra"]["site"], "tj");
    assert_eq!(
        b["doc"]["source"]["extra"]["tags"],
        serde_json::json!([1, 2])
    );
    assert!(b["doc"]["source"]["extra"].get("text").is_none());
}

/// A dump big enough that a run takes a while.
fn long_dump(dir: &Path, n: usize) {
    let lines: Vec<String> = (0..n)
        .map(|i| {
            let text: String = (0..8).map(|k| good_text(i * 8 + k)).collect();
            json_line(&format!("k{i}"), &text)
        })
        .collect();
    std::fs::write(dir.join("dump.jsonl"), lines.join("\n") + "\n").unwrap();
}

#[test]
fn a_killed_run_leaves_no_truncated_output_and_resume_finishes_it() {
    let dir = scratch("kill");
    long_dump(&dir, 3000);
    // The uninterrupted answer.
    let full = bangfu()
        .current_dir(&dir)
        .args(["extract", "--jobs", "1", "-o", "full.jsonl", "dump.jsonl"])
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(full.code(), Some(0));
    let expected = std::fs::read(dir.join("full.jsonl")).unwrap();

    // A previous output exists; a killed run must leave it as it was.
    std::fs::write(dir.join("out.jsonl"), b"previous\n").unwrap();
    let mut child = bangfu()
        .current_dir(&dir)
        .args(["extract", "--jobs", "1", "-o", "out.jsonl", "dump.jsonl"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some output has been written, then SIGKILL.
    let partial = dir.join(".out.jsonl.partial");
    let started = std::time::Instant::now();
    while std::fs::metadata(&partial).map_or(0, |m| m.len()) < 20_000 {
        assert!(started.elapsed().as_secs() < 120, "no progress");
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before the kill"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert_eq!(std::fs::read(dir.join("out.jsonl")).unwrap(), b"previous\n");

    // --resume keeps what was done and finishes the rest; the result is the
    // uninterrupted run's, byte for byte.
    std::fs::remove_file(dir.join("out.jsonl")).unwrap();
    let out = bangfu()
        .current_dir(&dir)
        .args([
            "extract",
            "--jobs",
            "2",
            "--resume",
            "-o",
            "out.jsonl",
            "dump.jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("already done"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(dir.join("out.jsonl")).unwrap(), expected);
    assert!(!partial.exists());
}

/// `-o` naming something that is not a regular file writes into it and
/// leaves it what it was.  (Renaming the finished output over the target
/// used to replace such a target: run as root, `-o /dev/null` made
/// `/dev/null` a plain file.)  A FIFO stands in for the device here, so a
/// regression cannot damage the machine running the test.
#[cfg(unix)]
#[test]
fn output_to_a_pipe_writes_into_it_and_leaves_it_a_pipe() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("fifo");
    std::fs::write(dir.join("a.txt"), good_text(3)).unwrap();
    let made = Command::new("mkfifo").arg(dir.join("pipe")).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo on this machine; skipped");
        return;
    }
    let mut child = bangfu()
        .current_dir(&dir)
        .args(["extract", "-q", "-o", "pipe", "a.txt"])
        .spawn()
        .unwrap();
    // The reader blocks until bangfu opens the pipe for writing; if bangfu
    // wrongly renamed a file over it, the reader would never return, so it
    // runs on its own thread and the test fails on the file type instead.
    let fifo = dir.join("pipe");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::fs::File::open(fifo)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    });
    assert_eq!(child.wait().unwrap().code(), Some(0));
    let kind = std::fs::symlink_metadata(dir.join("pipe"))
        .unwrap()
        .file_type();
    assert!(kind.is_fifo(), "the pipe was replaced: {kind:?}");
    let text = reader.join().unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("\"records\""), "{text}");
    assert!(!dir.join(".pipe.partial").exists());

    // --resume cannot continue a pipe, and says so.
    let out = bangfu()
        .current_dir(&dir)
        .args(["extract", "-q", "--resume", "-o", "pipe", "a.txt"])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("regular file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `-o` through a symbolic link replaces the file the link points to and
/// keeps the link.
#[cfg(unix)]
#[test]
fn output_through_a_symlink_keeps_the_link() {
    let dir = scratch("symlink");
    std::fs::create_dir_all(dir.join("real")).unwrap();
    std::fs::write(dir.join("a.txt"), good_text(5)).unwrap();
    std::fs::write(dir.join("real/out.jsonl"), b"old\n").unwrap();
    std::os::unix::fs::symlink("real/out.jsonl", dir.join("out.jsonl")).unwrap();
    let status = bangfu()
        .current_dir(&dir)
        .args(["extract", "-q", "-o", "out.jsonl", "a.txt"])
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(
        std::fs::symlink_metadata(dir.join("out.jsonl"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = std::fs::read_to_string(dir.join("real/out.jsonl")).unwrap();
    assert!(text.contains("\"records\""), "{text}");
    assert!(!text.contains("old"));
}
