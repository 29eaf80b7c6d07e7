//! The normaliser on the seed corpus, against the project's shared annotation.

mod common;

use bangfu_normalize::{ChangeKind, LineLabel};
use common::*;

#[test]
fn seed_002_equals_the_expected_text() {
    let (_, n) = norm_file(&seed("002"));
    let expected = std::fs::read_to_string(data("002_09eddb1405d72439.expected.txt")).unwrap();
    assert_eq!(n.text.trim_end(), expected.trim_end());
    assert_eq!(n.converted, Some("t2s"));
}

#[test]
fn seed_002_every_damaged_run_is_repaired_as_annotated() {
    let (_, n) = norm_file(&seed("002"));
    let runs: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("seed002_repairs.json")).unwrap())
            .unwrap();
    let runs = runs.as_array().unwrap();
    assert_eq!(runs.len(), 11);
    for run in runs {
        let offset = run["char_offset"].as_u64().unwrap() as usize;
        let corrupted = run["corrupted"].as_str().unwrap();
        let expected = run["expected_traditional"].as_str().unwrap();
        // the repair that covers this run's offset
        let end = offset + corrupted.chars().count();
        let rep = n
            .repairs
            .iter()
            .find(|r| r.orig[0] < end && offset < r.orig[1])
            .unwrap_or_else(|| panic!("run {corrupted} at {offset} not found"));
        let after = rep
            .after
            .as_deref()
            .unwrap_or_else(|| panic!("run {corrupted} left unrepaired"));
        // the repair replaces the damaged stretch; the expected text is the
        // stretch plus undamaged context on both sides
        assert!(
            expected.contains(after.trim_end_matches(|c: char| c.is_ascii())),
            "{corrupted}: got {after}, expected within {expected}"
        );
    }
    // and nothing else was repaired
    assert_eq!(n.repairs.iter().filter(|r| r.after.is_some()).count(), 11);
}

#[test]
fn seed_002_all_pinyin_is_gone() {
    let (_, n) = norm_file(&seed("002"));
    let ruby = n
        .changes()
        .iter()
        .filter(|c| c.rules.contains(&"pinyin_ruby"))
        .count();
    assert!(ruby >= 160, "{ruby} annotations removed");
    assert!(
        !n.text.contains("(yī)") && !n.text.chars().any(|c| "āáǎàēéěèīíǐìōóǒòūúǔù".contains(c))
    );
    assert!(n.text.contains("购买(捐赠)"));
    // a change that did more than drop an annotation names the stage that
    // did the rest: the log lists every stage that touched a stretch
    for c in n
        .changes()
        .iter()
        .filter(|c| c.rules.contains(&"pinyin_ruby"))
    {
        let mut stripped = String::new();
        let mut depth = 0;
        for ch in n.before(c).chars() {
            match ch {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => stripped.push(ch),
                _ => {}
            }
        }
        if stripped != n.after(c) {
            assert!(c.rules.len() > 1 && c.stages.len() > 1, "{c:?}");
        }
    }
}

#[test]
fn clean_text_has_no_repairs() {
    let (_, n) = norm_file(&seed("000"));
    assert!(n.changes().is_empty(), "{:?}", n.changes());
    for s in ["001", "003", "004"] {
        let (_, n) = norm_file(&seed(s));
        for c in n.changes() {
            assert!(
                matches!(
                    c.kind,
                    ChangeKind::Layout | ChangeKind::Boilerplate | ChangeKind::Caption
                ),
                "seed {s}: unexpected {c:?}"
            );
        }
        assert!(n.repairs.is_empty(), "seed {s}: {:?}", n.repairs);
    }
}

fn gold_labels(seed: &str) -> Vec<(usize, &'static str)> {
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("seed_body_lines.json")).unwrap())
            .unwrap();
    let mut out = Vec::new();
    for label in [
        "body",
        "heading",
        "title",
        "metadata",
        "boilerplate",
        "caption",
        "blank",
    ] {
        if let Some(lines) = v[seed][label].as_array() {
            for l in lines {
                out.push((l.as_u64().unwrap() as usize, label));
            }
        }
    }
    out.sort();
    out
}

/// Keep/drop decisions against the annotation (blank lines aside), and the
/// exact label where the annotation's categories are ours.
fn line_accuracy(seed_id: &str) -> (usize, usize, usize) {
    let (_, n) = norm_file(&seed(seed_id));
    let gold = gold_labels(seed_id);
    let (mut right, mut total, mut exact) = (0, 0, 0);
    for (line, label) in gold {
        if label == "blank" {
            continue;
        }
        let ours = n.lines.get(line - 1).copied().unwrap_or(LineLabel::Blank);
        let gold_kept = !matches!(label, "boilerplate" | "caption");
        total += 1;
        if ours.kept() == gold_kept {
            right += 1;
        }
        if ours.name() == label {
            exact += 1;
        }
    }
    (right, exact, total)
}

#[test]
fn seed_001_line_decisions() {
    let (right, exact, total) = line_accuracy("001");
    eprintln!("001: keep/drop {right}/{total}, exact label {exact}/{total}");
    assert!(
        right * 100 >= total * 98,
        "keep/drop right on {right} of {total} lines"
    );
}

#[test]
fn other_seeds_line_decisions() {
    for s in ["000", "002", "003", "004"] {
        let (right, exact, total) = line_accuracy(s);
        eprintln!("{s}: keep/drop {right}/{total}, exact label {exact}/{total}");
        // 004's page header is kept as metadata where the annotation says boilerplate
        assert!(
            right + 1 >= total,
            "seed {s}: keep/drop right on {right} of {total} lines"
        );
    }
}

#[test]
fn seed_metadata() {
    let (_, n) = norm_file(&seed("001"));
    assert_eq!(
        n.metadata.published.as_ref().unwrap().value.as_deref(),
        Some("2024-05-10T08:42")
    );
    assert_eq!(
        n.metadata.publisher.as_ref().unwrap().value.as_deref(),
        Some("天津发布")
    );
    assert_eq!(
        n.metadata.title.as_ref().unwrap().text,
        "推动京津冀卫生健康协同发展走深走实,促进卫生健康服务共建共享"
    );
    let (_, n) = norm_file(&seed("004"));
    assert_eq!(
        n.metadata.published.as_ref().unwrap().value.as_deref(),
        Some("2025-02-18")
    );
    assert_eq!(
        n.metadata.publisher.as_ref().unwrap().value.as_deref(),
        Some("河北经济日报")
    );
    assert_eq!(
        n.metadata.page.as_ref().unwrap().value.as_deref(),
        Some("保定新闻")
    );
    assert_eq!(n.metadata.photo_credits[0].value.as_deref(), Some("刘世鑫"));
    let authors: Vec<_> = n
        .metadata
        .authors
        .iter()
        .filter_map(|a| a.value.as_deref())
        .collect();
    assert_eq!(authors, ["马晨辉", "赵鹏伟", "孙楚仪"]);
    assert!(
        n.text.contains("马晨辉 赵鹏伟"),
        "spaces between names stay"
    );
    let (_, n) = norm_file(&seed("002"));
    assert_eq!(n.metadata.authors[0].value.as_deref(), Some("乔洁"));
}

#[test]
fn seed_003_layout_is_repaired() {
    let (_, n) = norm_file(&seed("003"));
    for fixed in [
        "县中医医院",
        "对口帮扶定点",
        "区社管中心",
        "中医药的特色",
        "做到三个\"更加\"",
    ] {
        assert!(n.text.contains(fixed), "{fixed} missing");
    }
    assert!(
        n.text
            .starts_with("精准帮扶 精准服务 提升受援地区医疗服务能力\n"),
        "title keeps its spaces, loses its marker"
    );
    assert!(!n.text.contains("## "));
    assert_eq!(n.metadata.captions.len(), 7);
    assert!(!n.text.contains("社区精准对接"), "captions leave the body");
    assert_eq!(n.metadata.truncated.len(), 1);
    assert!(n.metadata.truncated[0].text.ends_with("进行深度对"));
}

#[test]
fn seed_001_broken_line_is_joined() {
    let (_, n) = norm_file(&seed("001"));
    assert!(n.text.contains("真正形成了"));
    assert!(!n.text.contains("分享到"));
    assert!(!n.text.contains("IE版本"));
    assert!(n.text.starts_with("推动京津冀卫生健康协同发展走深走实"));
}

#[test]
fn every_encoding_normalises_like_the_utf8_original() {
    let dir = repo().join("corpus/encodings");
    let mut checked = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let (bytes, n) = norm_file(&p);
        let (_, original) = norm_file(&seed(&name[..3]));
        assert_eq!(n.text, original.text, "{name} ({})", n.encoding);
        check_change_log(&bytes, &n);
        let expected_enc = if name.contains("big5") {
            "Big5"
        } else if name.contains("utf16") {
            "UTF-16LE"
        } else {
            "GBK"
        };
        assert!(
            n.encoding == expected_enc || (expected_enc == "GBK" && n.encoding == "gb18030"),
            "{name}: {}",
            n.encoding
        );
        checked += 1;
    }
    assert_eq!(checked, 16);
}

#[test]
fn change_log_is_exact_on_every_seed() {
    for s in ["000", "001", "002", "003", "004"] {
        let (bytes, n) = norm_file(&seed(s));
        check_change_log(&bytes, &n);
    }
}

/// A seed saved as a web page, in GBK with its charset declared, normalises
/// to the text of its UTF-8 original: markup, navigation and references go,
/// the metadata is read, and every character still points at its bytes.
#[test]
fn a_seed_saved_as_a_web_page_reads_like_the_seed() {
    let (_, plain) = norm_file(&seed("000"));
    let text = std::fs::read_to_string(seed("000")).unwrap();
    let body: String = text
        .lines()
        .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;")))
        .collect();
    let page = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"gbk\"><title>x</title>\
         <script>var a = \"<p>不是正文</p>\";</script></head>\n<body>\n\
         <div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/x\">新闻中心</a></div>\n\
         <div class=\"article\">\n{body}</div>\n</body></html>\n"
    );
    let (bytes, _, _) = encoding_rs::GBK.encode(&page);
    let n = bangfu_normalize::normalize(&bytes, &Default::default()).unwrap();
    // the same lines; blank lines between paragraphs may differ in number
    let lines = |t: &str| -> Vec<String> {
        t.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    };
    assert_eq!(lines(&n.text), lines(&plain.text));
    assert!(n.changes().iter().any(|c| c.kind == ChangeKind::Markup));
    assert_eq!(n.check(&bytes), Ok(()));
}
