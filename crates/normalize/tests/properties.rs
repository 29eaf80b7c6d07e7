//! Property tests: the alignment and the change log stay exact whatever the
//! input and whatever edits the stages make.

mod common;

use bangfu_normalize::align::{AlignedText, Replacement};
use bangfu_normalize::{ChangeKind, Options, normalize};
use proptest::prelude::*;

fn edits_strategy() -> impl Strategy<Value = (String, Vec<(usize, usize, String)>)> {
    let text = prop::collection::vec(
        prop::sample::select(vec!['医', '療', 'a', ' ', '\n', '。', '(', 'ī', '１']),
        0..40,
    )
    .prop_map(|v| v.into_iter().collect::<String>());
    text.prop_flat_map(|t| {
        let n = t.chars().count();
        let edits = prop::collection::vec((0..=n, 0..4usize, "[x医疗]{0,3}"), 0..6);
        (Just(t), edits)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Random rounds of non-overlapping replacements keep the alignment
    /// monotone, inside the original, and each unchanged character equal to
    /// the original character it maps to.
    #[test]
    fn alignment_survives_random_edits((text, edits) in edits_strategy()) {
        let mut at = AlignedText::new(&text);
        for round in edits.chunks(2) {
            let s = at.as_str().to_string();
            let idx: Vec<usize> = s.char_indices().map(|(b, _)| b).chain(std::iter::once(s.len())).collect();
            let n = idx.len() - 1;
            let mut reps = Vec::new();
            let mut floor = 0;
            let mut sorted: Vec<_> = round.to_vec();
            sorted.sort();
            for (start, len, with) in sorted {
                let start = start.min(n).max(floor);
                let end = (start + len).min(n);
                if start < floor || (start == end && with.is_empty()) { continue; }
                reps.push(Replacement::new(idx[start], idx[end], with, "test"));
                floor = end + 1;
                if floor > n { break; }
            }
            at.apply(ChangeKind::Layout, reps);
        }
        let orig: Vec<char> = text.chars().collect();
        let a = at.alignment();
        prop_assert_eq!(a.len(), at.as_str().chars().count());
        let mut prev = (0, 0);
        for &(s, e) in &a {
            prop_assert!(s <= e && e <= orig.len());
            prop_assert!(s >= prev.0 && e >= prev.1);
            prev = (s, e);
        }
        for e in at.edits() {
            prop_assert!(e.orig.0 <= e.orig.1 && e.orig.1 <= orig.len());
        }
    }

    /// The whole pipeline on random text made of the characters that trigger
    /// its stages: the change log is exact and nothing panics.
    #[test]
    fn change_log_is_exact_on_random_documents(
        parts in prop::collection::vec(prop::sample::select(vec![
            "醫(yī)療", "幫扶", "。", "?!", "敖裉", "H", "环县", " ", "\n", "\n\n", "１２", "## ", "医院 ", "发布日期: 2024-05-10",
            "来源: 某报", "分享到:", "天津市卫生健康委员会派出专家,开展义诊活动。", "ㄔ", "O", "(捐赠)", "\r\n",
        ]), 0..30)
    ) {
        let text: String = parts.concat();
        let bytes = text.as_bytes();
        let n = normalize(bytes, &Options::default()).unwrap();
        common::check_change_log(bytes, &n);
    }

    /// Text in UTF-8 with broken bytes dropped in: decoded as UTF-8 when the
    /// breakage is rare, and the change log exact whichever way it went.
    #[test]
    fn change_log_is_exact_on_broken_utf8(
        cuts in prop::collection::vec((0usize..400, prop::sample::select(vec![
            vec![0xFFu8], vec![0x80], vec![0xE5, 0x8C], vec![0xC0, 0xAF], vec![0xED, 0xA0, 0x80], vec![0xF4, 0x90],
        ])), 0..6)
    ) {
        let text = "天津市卫生健康委员会派出专家，开展义诊活动。醫療幫扶是东西部协作的重要内容。".repeat(4);
        let mut bytes = text.into_bytes();
        for (at, junk) in cuts {
            let at = at.min(bytes.len());
            bytes.splice(at..at, junk);
        }
        let n = normalize(&bytes, &Options::default()).unwrap();
        common::check_change_log(&bytes, &n);
    }
}

/// A stretch of the change log that two stages edited names both: here the
/// ruby annotation `(yī)` is deleted and the characters around it are
/// converted by t2s, and the change that covers the deletion and the
/// converted `療資` lists both stages and both rules. (The corpus test of
/// seed 002 checks the same over a whole article, where a binary search on
/// an order the edits are not sorted in once dropped conversions.)
#[test]
fn a_change_names_every_stage_that_touched_it() {
    let input = "醫院治(zhì)醫(yī)療資源不足，醫生來自環縣醫院。";
    let n = bangfu_normalize::normalize(input.as_bytes(), &Default::default()).unwrap();
    n.check(input.as_bytes()).unwrap();
    assert_eq!(n.text, "医院治医疗资源不足，医生来自环县医院。");
    let c = n
        .changes()
        .iter()
        .find(|c| n.before(c).starts_with("(yī)"))
        .expect("a change covers the second annotation");
    assert_eq!(n.after(c), "疗资");
    assert_eq!(
        c.stages,
        [
            bangfu_normalize::ChangeKind::PinyinRuby,
            bangfu_normalize::ChangeKind::Convert
        ]
    );
    assert!(c.rules.contains(&"t2s") && c.rules.contains(&"pinyin_ruby"));
}

/// `norm_span` is the inverse of `orig_span` on stretches that survived,
/// across deletions (ruby annotations) and conversions.
#[test]
fn norm_span_inverts_orig_span() {
    let input = "標題\n醫院治(zhì)醫(yī)療資源不足，醫生來自環縣醫院。\n來源: 環縣發布\n";
    let n = bangfu_normalize::normalize(input.as_bytes(), &Default::default()).unwrap();
    let len = n.text.chars().count();
    for a in 0..len {
        for b in a + 1..=len.min(a + 6) {
            assert_eq!(n.norm_span(n.orig_span(a, b)), [a, b], "{a}..{b}");
        }
    }
    // original characters nothing maps to give an empty span
    let paren = input.chars().position(|c| c == '(').unwrap();
    let [s, e] = n.norm_span([paren, paren + 4]);
    assert_eq!(s, e);
}
