//! Invariants of extraction ([`bangfu_extract::Extraction::check`]) on
//! generated news text: a bounded proptest run in `cargo test`; the fuzz
//! targets (`fuzz/`) check the same on arbitrary input for longer.

use bangfu_extract::extract;
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
    // names the words cut through (中/区政府, 环/县委) and shapes of
    // townships and counties read around a body's last character
    "中区",
    "政府",
    "环县",
    "县委",
    "局",
    "乡",
    // a list under a heading, a total broken down
    "帮扶关系",
    "→",
    "其中",
    "资金",
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(0..PIECES.len(), 0..60)
        .prop_map(|v| v.into_iter().map(|k| PIECES[k]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn extraction_invariants(t in text()) {
        let ex = extract(&t, Some((2024, 6, 1)));
        if let Err(e) = ex.check(&t) {
            prop_assert!(false, "{}", e);
        }
    }
}
