//! Invariants of extraction on generated text (a bounded proptest run; the
//! fuzz targets check the same on arbitrary input for longer):
//! spans inside the text, `text` equal to the slice at `span`, `min ≤ value
//! ≤ max`, every reference of a record pointing at an entity of the right
//! kind, evidence inside the text.

use bangfu_extract::{EntityValue, extract};
use proptest::prelude::*;

/// Pieces of news text: numerals, units, date words, institution heads,
/// places, triggers, punctuation — so generated strings hit every reader.
const PIECES: &[&str] = &[
    "2019",
    "年",
    "3",
    "月",
    "6",
    "日",
    "下午",
    "十",
    "多",
    "万",
    "元",
    "亿",
    "名",
    "专家",
    "余",
    "一",
    "二",
    "〇",
    "八",
    "两",
    "千",
    "百",
    "三",
    "个",
    "家",
    "人次",
    "至",
    "~",
    "-",
    "以来",
    "截至",
    "底",
    "前",
    "今年",
    "去年",
    "上半年",
    "天津市",
    "安新县",
    "雄安新区",
    "京津冀",
    "卫生健康委",
    "人民医院",
    "疾控中心",
    "市卫健委",
    "、",
    "和",
    "与",
    "对口帮扶",
    "选派",
    "进驻",
    "捐赠",
    "签署",
    "协议",
    "医联体",
    "培训",
    "，",
    "。",
    "：",
    "《",
    "》",
    "(",
    ")",
    "“",
    "”",
    "？",
    "从",
    "依托",
    "指出",
    "是指",
    "\n",
    " ",
    "a",
    "%",
    ".",
    "5",
    "0",
    "9",
    "第",
    "批",
    "为期",
    "天",
    "周",
    "壹",
    "佰",
    "圆",
    "美元",
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(0..PIECES.len(), 0..60)
        .prop_map(|v| v.into_iter().map(|k| PIECES[k]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn extraction_invariants(t in text()) {
        let chars: Vec<char> = t.chars().collect();
        let ex = extract(&t, Some((2024, 6, 1)));
        for e in &ex.entities {
            prop_assert!(e.span.start < e.span.end && e.span.end <= chars.len(), "{e:?}");
            let slice: String = chars[e.span.start..e.span.end].iter().collect();
            prop_assert_eq!(&slice, &e.text);
            let (v, lo, hi) = match &e.value {
                EntityValue::Amount(a) => (a.value, a.min, a.max),
                EntityValue::Count(c) => (c.value, c.min, c.max),
                _ => (None, None, None),
            };
            if let (Some(v), Some(lo)) = (v, lo) {
                prop_assert!(lo <= v, "{e:?}");
            }
            if let (Some(v), Some(hi)) = (v, hi) {
                prop_assert!(v <= hi, "{e:?}");
            }
            if let Some(v) = v {
                prop_assert!(v.is_finite(), "{e:?}");
            }
        }
        for r in &ex.records {
            prop_assert!(!r.donors.is_empty() && !r.recipients.is_empty());
            for p in r.donors.iter().chain(&r.recipients) {
                let kind = ex.entities[p.entity].value.kind();
                prop_assert!(kind == "institution" || kind == "place", "{kind}");
            }
            if let Some(d) = r.date {
                prop_assert_eq!(ex.entities[d].value.kind(), "date");
            }
            for k in [r.persons, r.institutions].into_iter().flatten() {
                prop_assert_eq!(ex.entities[k].value.kind(), "count");
            }
            if let Some(a) = r.amount {
                prop_assert_eq!(ex.entities[a].value.kind(), "amount");
            }
            for ev in &r.evidence {
                prop_assert!(ev.sentence.end <= chars.len());
                prop_assert!(ev.sentence.start <= ev.trigger.start && ev.trigger.end <= ev.sentence.end);
            }
        }
    }
}
