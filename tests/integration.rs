//! End-to-end tests of the `bangfu` binary.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bangfu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bangfu"))
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run_with_stdin(mut cmd: Command, input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // a process that stops before reading (a usage error) closes the pipe:
    // what it says and its exit status are the test's business, not the write
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

/// Writes `bytes` to a file `name` alone in a folder of its own, so a test
/// that reads the folder (`a_web_page_in_a_folder_is_an_article`) reads only
/// its file, whatever other tests write at the same time.
fn tmp(name: &str, bytes: &[u8]) -> ScratchFile {
    ScratchFile::new(name, bytes)
}

mod scratch;
use scratch::{Scratch, ScratchFile};

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[path = "../crates/normalize/tests/lenient_json.rs"]
mod lenient_json;

fn opencc_cases() -> serde_json::Value {
    lenient_json::parse(
        &std::fs::read_to_string(repo().join("crates/normalize/tests/data/opencc_testcases.json"))
            .unwrap(),
    )
}

#[test]
fn opencc_cases_through_the_cli() {
    let cases = opencc_cases();
    let mut total = 0;
    let mut failures = Vec::new();
    for config in ["t2s", "tw2s", "hk2s", "tw2sp"] {
        // one process per config: every case as its own file, outputs in order
        let mut files = Vec::new();
        let mut expected = Vec::new();
        for (i, case) in cases["cases"].as_array().unwrap().iter().enumerate() {
            if let Some(e) = case["expected"][config].as_str() {
                files.push(tmp(
                    &format!("{config}-{i}.txt"),
                    case["input"].as_str().unwrap().as_bytes(),
                ));
                expected.push(e.to_string());
            }
        }
        let out = bangfu()
            .args(["normalize", "--json", "--convert", config])
            .args(&files)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got: Vec<String> = stdout(&out)
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(got.len(), expected.len());
        for (g, e) in got.iter().zip(&expected) {
            total += 1;
            if g != e {
                failures.push(format!("{config}: got {g} expected {e}"));
            }
        }
    }
    eprintln!(
        "OpenCC cases through the CLI: {}/{total}",
        total - failures.len()
    );
    assert!(total >= 160);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn normalize_prints_text_and_json() {
    let p = repo().join("corpus/articles/002_09eddb1405d72439.txt");
    let out = bangfu().args(["normalize"]).arg(&p).output().unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("医疗帮扶是东西部协作的重要内容"));
    let out = bangfu()
        .args(["normalize", "--json"])
        .arg(&p)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["encoding"], "UTF-8");
    assert!(v["changes"].as_array().unwrap().len() > 100);
    let first = &v["changes"][0];
    for k in ["kind", "orig", "norm", "bytes", "before", "after"] {
        assert!(!first[k].is_null(), "change lacks {k}");
    }
    assert_eq!(v["metadata"]["authors"][0]["value"], "乔洁");
}

#[test]
fn convert_none_keeps_traditional_text() {
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["normalize", "--convert", "none", "-"]);
            c
        },
        "醫療幫扶是東西部協作的重要內容".as_bytes(),
    );
    assert_eq!(stdout(&out).trim(), "醫療幫扶是東西部協作的重要內容");
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["normalize", "-"]);
            c
        },
        "醫療幫扶是東西部協作的重要內容".as_bytes(),
    );
    assert_eq!(stdout(&out).trim(), "医疗帮扶是东西部协作的重要内容");
}

#[test]
fn encodings_normalise_like_their_originals() {
    let dir = repo().join("corpus/encodings");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let orig = std::fs::read_dir(repo().join("corpus/articles"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|o| {
                o.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&name[..3])
            })
            .unwrap();
        let a = bangfu().arg("normalize").arg(&p).output().unwrap();
        let b = bangfu().arg("normalize").arg(&orig).output().unwrap();
        assert!(a.status.success(), "{name}");
        assert_eq!(stdout(&a), stdout(&b), "{name}");
        n += 1;
    }
    assert_eq!(n, 16);
}

#[test]
fn bad_input_gets_an_error_or_an_empty_result_never_a_panic() {
    let png = tmp(
        "image.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0",
    );
    let empty = tmp("empty.txt", b"");
    let invalid = tmp(
        "invalid.txt",
        &[0xE5, 0x8C, 0xBB, 0xFF, 0xFE, 0x41, 0xC0, 0x80, 0xE7],
    );
    let good = repo().join("corpus/articles/000_2c29c94c3b5408b2.txt");
    let out = bangfu()
        .arg("normalize")
        .args([&*png, &*empty, &*invalid, good.as_path()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("image.txt") && err.contains("binary"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // the good file after the bad ones is still processed
    assert!(stdout(&out).contains("天津市卫生健康委对口帮扶雄安新区"));
    let missing = bangfu()
        .args(["normalize", "/no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn a_long_single_line_is_handled() {
    // 5 MB of one line (the 50 MB case runs in the benchmark, in release mode)
    let line: String = "天津市派出专家开展义诊活动,".repeat(5 * 1024 * 1024 / 42);
    let p = tmp("long.txt", line.as_bytes());
    let out = bangfu().args(["normalize"]).arg(&p).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.len() >= line.len() - 100);
}

#[test]
fn extract_reads_directories_and_dumps_and_keeps_going() {
    let dump = std::fs::read_to_string(repo().join("corpus/dumps/seeds.jsonl")).unwrap();
    let mut bad = dump.clone();
    bad.push_str("{not json\n{\"id\": \"n\", \"text\": 42}\n");
    let p = tmp("dump.jsonl", bad.as_bytes());
    let out = bangfu().args(["extract"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0]["doc"]["id"], "000_2c29c94c3b5408b2");
    assert_eq!(lines[5]["error"]["kind"], "malformed_jsonl");
    assert_eq!(lines[6]["error"]["kind"], "text_not_string");
    assert_eq!(lines[6]["doc"]["id"], "n");
    let out = bangfu()
        .args(["extract"])
        .arg(repo().join("corpus/articles"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout(&out).lines().count(), 5);
}

/// Standard error off a terminal carries no progress bar: the closing
/// summary only, or nothing with `--quiet`; a bad document is still named
/// with `--quiet`.
#[test]
fn stderr_is_plain_off_a_terminal_and_empty_when_quiet() {
    let articles = repo().join("corpus/articles");
    let out = bangfu().args(["extract"]).arg(&articles).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("bangfu: 5 documents, "), "{err}");
    assert!(!err.contains('\x1b'), "escape codes: {err:?}");
    let out = bangfu()
        .args(["extract", "-q"])
        .arg(&articles)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    let p = tmp("quiet.jsonl", b"{\"id\": \"x\", \"text\": null}\n");
    let out = bangfu().args(["extract", "-q"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("x: ") && err.contains("text_not_string"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = bangfu()
        .args(["normalize", "--convert", "s2t", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn extract_lines(args: &[&str]) -> Vec<serde_json::Value> {
    let o = bangfu()
        .args(["extract", "--format", "jsonl"])
        .args(args)
        .current_dir(repo())
        .output()
        .unwrap();
    stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// What the schema cannot say: spans hold their text, references resolve,
/// ranges are ordered.  Checked on every corpus document.
#[test]
fn corpus_output_validates_and_is_consistent() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("schemas/aid-document.v1.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let docs = extract_lines(&[
        "corpus/articles",
        "corpus/encodings",
        "corpus/dumps/seeds.jsonl",
        "corpus/madeup",
    ]);
    assert!(docs.len() >= 60, "{}", docs.len());
    for d in &docs {
        if let Err(e) = validator.validate(d) {
            panic!("{}: {e}", d["doc"]["id"]);
        }
        let id = d["doc"]["id"].as_str().unwrap();
        let path = d["doc"]["source"]["path"].as_str().unwrap();
        if path.ends_with(".jsonl") {
            continue;
        }
        // The normalised text, from the normaliser itself.
        let norm = stdout(
            &bangfu()
                .args(["normalize", path])
                .current_dir(repo())
                .output()
                .unwrap(),
        );
        let chars: Vec<char> = norm.chars().collect();
        let ids: std::collections::HashSet<&str> = d["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap())
            .collect();
        for e in d["entities"].as_array().unwrap() {
            let [s, t] = [
                e["span"]["norm"][0].as_u64().unwrap() as usize,
                e["span"]["norm"][1].as_u64().unwrap() as usize,
            ];
            assert_eq!(
                chars[s..t].iter().collect::<String>(),
                e["text"].as_str().unwrap(),
                "{id}: {e}"
            );
            let (os, ot) = (
                e["span"]["orig"][0].as_u64().unwrap(),
                e["span"]["orig"][1].as_u64().unwrap(),
            );
            assert!(os <= ot, "{id}: {e}");
            if let (Some(min), Some(max)) = (e["min"].as_f64(), e["max"].as_f64()) {
                let v = e["value"].as_f64().unwrap();
                assert!(min <= v && v <= max, "{id}: {e}");
            }
        }
        for r in d["records"].as_array().unwrap() {
            for p in r["donors"]
                .as_array()
                .unwrap()
                .iter()
                .chain(r["recipients"].as_array().unwrap())
            {
                assert!(ids.contains(p["entity"].as_str().unwrap()), "{id}: {r}");
            }
            for k in ["date", "persons", "institutions", "amount", "duration"] {
                if let Some(e) = r[k]["entity"].as_str() {
                    assert!(ids.contains(e), "{id}: {r}");
                }
                for e in r[k]["summed_with"].as_array().into_iter().flatten() {
                    assert!(ids.contains(e.as_str().unwrap()), "{id}: {r}");
                }
            }
            for ev in r["evidence"].as_array().unwrap() {
                let [s, t] = [
                    ev["span"]["norm"][0].as_u64().unwrap() as usize,
                    ev["span"]["norm"][1].as_u64().unwrap() as usize,
                ];
                assert_eq!(
                    chars[s..t].iter().collect::<String>(),
                    ev["text"].as_str().unwrap()
                );
            }
        }
    }
}

#[test]
fn output_is_identical_for_any_number_of_jobs() {
    let run = |jobs: &str| {
        let o = bangfu()
            .args([
                "extract",
                "--format",
                "jsonl",
                "--jobs",
                jobs,
                "corpus/articles",
                "corpus/encodings",
                "corpus/dumps/seeds.jsonl",
                "corpus/madeup",
            ])
            .current_dir(repo())
            .output()
            .unwrap();
        o.stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
}

#[test]
fn output_file_appears_only_when_complete() {
    let dir = Scratch::new("o");
    let out = dir.join("out.jsonl");
    let o = bangfu()
        .args(["extract", "corpus/articles", "-o"])
        .arg(&out)
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(o.status.success());
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 5);
    // No temporary file left behind.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

/// `-o -` is standard output, as in most Unix tools — not a file named `-`
/// in the working folder.
#[test]
fn output_dash_is_standard_output() {
    let dir = Scratch::new("dash");
    let input = std::fs::canonicalize(repo().join("corpus/articles")).unwrap();
    let o = bangfu()
        .args(["extract", "-q", "-o", "-"])
        .arg(&input)
        .current_dir(&*dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o).lines().count(), 5);
    assert_eq!(std::fs::read_dir(&*dir).unwrap().count(), 0);
}

#[test]
fn csv_has_one_row_per_record() {
    let o = bangfu()
        .args(["extract", "--format", "csv", "corpus/articles"])
        .current_dir(repo())
        .output()
        .unwrap();
    let text = stdout(&o);
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("doc_id,publication_date,record_id,type,donors,recipients")
    );
    let records: usize = extract_lines(&["corpus/articles"])
        .iter()
        .map(|d| d["records"].as_array().unwrap().len())
        .sum();
    assert_eq!(lines.count(), records);
}

/// The scores on the annotated seeds (corpus/gold, the GUIDELINES format).
/// These are floors at the measured level, so a regression fails CI; the
/// issue targets above them are tracked in the issues, not asserted here.
#[test]
fn gold_scores_do_not_regress() {
    let o = bangfu()
        .args(["eval", "--json", "--gold", "corpus/gold", "corpus/articles"])
        .current_dir(repo())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["documents"], 5);
    let f1 = |k: &str| v["scores"][k]["f1"].as_f64().unwrap();
    eprintln!("{}", serde_json::to_string_pretty(&v["scores"]).unwrap());
    for (field, floor) in [
        ("dates", 0.99),
        ("durations", 0.95),
        ("amounts", 1.0),
        ("counts", 0.97),
        ("institutions", 0.93),
        ("institutions_lenient", 0.95),
        ("places", 0.96),
        ("count_nouns", 0.90),
        ("aid", 0.85),
        ("aid_dates", 0.83),
    ] {
        assert!(f1(field) >= floor, "{field}: F1 {} < {floor}", f1(field));
    }
}

#[test]
fn standard_input_is_a_dump_when_it_starts_with_a_brace_and_a_document_otherwise() {
    let dump = std::fs::read(repo().join("corpus/dumps/seeds.jsonl")).unwrap();
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["extract", "-q", "--format", "jsonl", "-"]);
            c
        },
        &dump,
    );
    assert!(out.status.success());
    let ids: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 5);
    assert!(ids.iter().all(|id| id != "-"), "{ids:?}");
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["extract", "-q", "--format", "jsonl", "-"]);
            c
        },
        "上海市第一人民医院选派12名专家进驻威县人民医院。".as_bytes(),
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1);
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(v["doc"]["id"], "-");
    assert_eq!(v["records"][0]["type"], "personnel");
}

#[test]
fn the_source_line_of_a_page_names_its_publisher() {
    let page = "海南省卫生健康委召开会议\n发布日期: 2024-05-10\n来源: 海南发布\n会议指出，其来源是多方面的。\n";
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["extract", "-q", "--format", "jsonl", "-"]);
            c
        },
        page.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let names: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "institution")
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    // the source line's name, once; the 来源 inside a sentence names nothing
    assert_eq!(names, ["海南省卫生健康委", "海南发布"]);
    assert_eq!(v["doc"]["source"]["publisher"], "海南发布");
}

/// A dump's `date` anchors relative dates as far as it goes: with a time of
/// day the hours are known, with a month and no day `上个月` resolves and
/// `昨天` does not (it is not guessed from the first of the month).
#[test]
fn a_dump_date_anchors_relative_dates_as_far_as_it_goes() {
    let input = concat!(
        r#"{"id":"m","text":"上个月，昨天，专家抵达。","date":"2021-09"}"#,
        "\n",
        r#"{"id":"d","text":"记者10日上午获悉，3天后专家抵达。","date":"2024-05-12 08:42"}"#,
        "\n",
        r#"{"id":"c","text":"昨天，专家抵达。","date":"2024年05月10日"}"#,
        "\n",
        r#"{"id":"z","text":"昨天，专家抵达。","date":"2024-05-10T08:42:00Z"}"#,
        "\n",
        r#"{"id":"x","text":"昨天，专家抵达。","date":"五月十日"}"#,
        "\n"
    );
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["extract", "--format", "jsonl", "-"]);
            c
        },
        input.as_bytes(),
    );
    let docs: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let published: Vec<&serde_json::Value> =
        docs.iter().map(|d| &d["doc"]["publication_date"]).collect();
    assert_eq!(published[0]["value"], "2021-09");
    assert_eq!(published[1]["value"], "2024-05-12");
    assert_eq!(published[2]["value"], "2024-05-10");
    assert_eq!(published[3]["value"], "2024-05-10");
    // a date that cannot be read anchors nothing rather than something wrong
    assert!(published[4].is_null());
    let dates: Vec<Vec<(String, String)>> = docs
        .iter()
        .map(|d| {
            d["entities"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["kind"] == "date")
                .map(|e| {
                    (
                        e["text"].as_str().unwrap().to_string(),
                        e["value"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .collect();
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(dates[0], pairs(&[("上个月", "2021-08")]));
    assert_eq!(
        dates[1],
        pairs(&[("10日上午", "2024-05-10"), ("3天后", "2024-05-13")])
    );
    assert_eq!(dates[2], pairs(&[("昨天", "2024-05-09")]));
    assert_eq!(dates[3], pairs(&[("昨天", "2024-05-09")]));
    assert_eq!(dates[4], pairs(&[]));
}

/// `--pub-date` is read by the same reader as a dump's dates, and one it
/// cannot read is a usage error before any document is touched.
#[test]
fn a_bad_pub_date_is_a_usage_error() {
    let with_pub_date = |date: &str| {
        let mut c = bangfu();
        c.args(["extract", "--format", "jsonl", "--pub-date", date, "-"]);
        run_with_stdin(c, "昨天，专家抵达。".as_bytes())
    };
    let out = with_pub_date("2024-13-01");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a date"));
    let out = with_pub_date("2024年5月10日");
    assert_eq!(out.status.code(), Some(0));
    let d: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(d["doc"]["publication_date"]["origin"], "default");
    assert_eq!(d["entities"][0]["value"], "2024-05-09");
}

/// A saved web page in a folder is read like an article: its markup goes,
/// its date line is read, and its aid record found, with offsets into the
/// page's characters.
#[test]
fn a_web_page_in_a_folder_is_an_article() {
    let page = "<!DOCTYPE html><html><head><title>某站</title></head><body>\n\
                <div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/n\">新闻中心</a></div>\n\
                <h1>邢台市人民医院帮扶临城县人民医院</h1>\n\
                <div>发布时间：2023-06-12 09:15&nbsp;&nbsp;来源：某市卫生健康委员会</div>\n\
                <p>6月10日，邢台市人民医院选派<b>12名</b>专家进驻临城县人民医院，开展为期半年的帮扶。</p>\n\
                </body></html>\n";
    let path = tmp("page.html", page.as_bytes());
    let out = bangfu()
        .args(["extract", "--format", "jsonl"])
        .arg(path.parent().unwrap())
        .output()
        .unwrap();
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "only the page is in its folder");
    let line = lines[0].to_string();
    let d: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(d["doc"]["title"], "邢台市人民医院帮扶临城县人民医院");
    assert_eq!(d["doc"]["publication_date"]["value"], "2023-06-12");
    let r = d["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["type"] == "personnel")
        .unwrap();
    assert_eq!(r["donors"][0]["name"], "邢台市人民医院");
    assert_eq!(r["recipients"][0]["name"], "临城县人民医院");
    // the evidence's original span is in the page, tags and all
    let [a, b] = [0, 1].map(|k| r["evidence"][0]["span"]["orig"][k].as_u64().unwrap() as usize);
    let orig: String = page.chars().skip(a).take(b - a).collect();
    assert!(orig.contains("<b>12名</b>"), "{orig}");
}

#[test]
fn the_table_shows_a_record_s_quantities_as_written() {
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["extract", "-q", "--format", "table", "-"]);
            c
        },
        "上海市第一人民医院选派12名专家进驻威县人民医院，为期半年，并捐赠价值30万元的设备。"
            .as_bytes(),
    );
    let text = stdout(&out);
    assert!(
        text.contains("上海市第一人民医院 → 威县人民医院 · personnel · 12名专家 · 为期半年"),
        "{text}"
    );
    assert!(text.contains("· equipment · 30万元"), "{text}");
    // numbers as JSON would print them (`12.0人`) are not shown
    assert!(!text.contains(".0"), "{text}");
}

#[test]
fn people_counted_in_one_list_are_summed_and_each_part_is_traceable() {
    let text = "浙江省人民医院派出执行院长1名、科室主任10名长期驻点青田县人民医院。";
    let run = |format: &str| {
        let mut c = bangfu();
        c.args(["extract", "-q", "--format", format, "-"]);
        stdout(&run_with_stdin(c, text.as_bytes()))
    };
    let d: serde_json::Value = serde_json::from_str(run("jsonl").lines().next().unwrap()).unwrap();
    let r = &d["records"][0];
    assert_eq!(r["type"], "personnel", "{r}");
    assert_eq!(r["persons"]["value"].as_f64(), Some(11.0), "{r}");
    let text_of = |id: &serde_json::Value| {
        d["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| &e["id"] == id)
            .map(|e| e["text"].as_str().unwrap().to_string())
    };
    assert_eq!(text_of(&r["persons"]["entity"]).as_deref(), Some("1名"));
    let also: Vec<_> = r["persons"]["summed_with"]
        .as_array()
        .unwrap()
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(also, vec![Some("10名".to_string())]);
    // the table shows the parts as written
    assert!(run("table").contains("1名") && run("table").contains("+10名科室主任"));
}

#[test]
fn the_values_of_goods_given_together_are_summed_and_each_part_is_traceable() {
    let text = "湖滨日报讯\n宁波市第一医院向兴义市人民医院捐赠了一台价值60多万元的诊断机和一台价值10万元的摄片机。";
    let mut c = bangfu();
    c.args(["extract", "-q", "-"]);
    let out = stdout(&run_with_stdin(c, text.as_bytes()));
    let d: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let r = d["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["type"] == "equipment")
        .expect("a gift");
    assert_eq!(r["amount"]["value"].as_f64(), Some(700_000.0), "{r}");
    assert_eq!(
        r["amount"]["summed_with"].as_array().map(Vec::len),
        Some(1),
        "{r}"
    );
}

/// A notice's table of who supports whom, its columns apart by wide
/// spaces: kept by the normaliser (one tab per column), each row a
/// relation whose evidence is the row.
#[test]
fn a_notice_s_table_of_pairs_gives_one_record_per_row() {
    let page = "关于调整对口帮扶关系的通知\n\n\
                为深入推进城乡医院对口帮扶工作，经研究，决定调整部分医院的对口帮扶关系，现予公布。\n\n\
                附件：对口帮扶关系一览表\n\n\
                序号  支援医院  受援医院\n\
                1  大理州人民医院  漾濞县人民医院\n\
                2  保山市人民医院 | 施甸县人民医院\n";
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["extract", "-q", "--format", "jsonl", "-"]);
            c
        },
        page.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let pairs: Vec<(String, String, String)> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["donors"][0]["name"].as_str().unwrap().to_string(),
                r["recipients"][0]["name"].as_str().unwrap().to_string(),
                r["evidence"][0]["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            (
                "大理州人民医院".to_string(),
                "漾濞县人民医院".to_string(),
                "1\t大理州人民医院\t漾濞县人民医院".to_string()
            ),
            (
                "保山市人民医院".to_string(),
                "施甸县人民医院".to_string(),
                "2\t保山市人民医院\t施甸县人民医院".to_string()
            ),
        ]
    );
}

/// A hospital's own news says `我院` and is credited below the body
/// (`（某医院 党委宣传部）`): the credit is the publisher, and `我院` its
/// records' giver.
#[test]
fn a_credit_line_names_who_we_are() {
    // (the body and its office apart, or written together)
    for credit in [
        "保定市第一中心医院 党委宣传部",
        "保定市第一中心医院党委宣传部",
    ] {
        we_are_credited(credit);
    }
}

fn we_are_credited(credit: &str) {
    let page = format!(
        "我院与阜平县医院签订紧密型帮扶协议\n\n\
         10月15日，我院与阜平县医院签订紧密型帮扶协议。\n\n\
         根据协议，我院将选派5名科室主任常驻阜平县医院。\n\n\
         （{credit}）\n"
    );
    let out = run_with_stdin(
        {
            let mut c = bangfu();
            c.args(["extract", "-q", "--format", "jsonl", "-"]);
            c
        },
        page.as_bytes(),
    );
    assert!(out.status.success());
    let d: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(d["doc"]["source"]["publisher"], "保定市第一中心医院");
    let givers: Vec<&str> = d["records"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["donors"].as_array().unwrap())
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(!givers.is_empty(), "{d}");
    assert!(
        givers.iter().all(|g| *g == "保定市第一中心医院"),
        "{givers:?}"
    );
}
