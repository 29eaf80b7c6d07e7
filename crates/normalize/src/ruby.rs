//! Stage: pinyin-ruby removal.
//!
//! Some pages print the reading after a character, in parentheses:
//! `醫(yī)療`, `環(huán)縣`. Copied as text, every such annotation splits a word
//! and defeats the segmenter, so it goes — but only when all of these hold:
//! - the parentheses (ASCII or full-width) hold one lower-case pinyin
//!   syllable and nothing else;
//! - they follow a Han character directly;
//! - the syllable is one of that character's readings (the table in
//!   `data/pinyin.txt`, derived from pypinyin). A character missing from the
//!   table accepts any tone-marked syllable that is a real pinyin syllable.
//!
//! `(捐赠)`, `(旗)`, `（2018）` or `(化名)` never match: they hold Han text or
//! digits. `(DR)` never matches: pinyin is lower case.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::ChangeKind;
use crate::align::{AlignedText, Replacement};

static PINYIN_DATA: &str = include_str!("../data/pinyin.txt");

/// Readings of CJK characters, and the set of toneless syllables.
pub struct PinyinTable {
    readings: HashMap<char, Vec<&'static str>>,
    syllables: HashSet<String>,
}

impl PinyinTable {
    pub fn get() -> &'static PinyinTable {
        static T: OnceLock<PinyinTable> = OnceLock::new();
        T.get_or_init(|| {
            let mut readings = HashMap::default();
            let mut syllables = HashSet::default();
            for line in PINYIN_DATA.lines() {
                if line.starts_with('#') {
                    continue;
                }
                let Some((c, rs)) = line.split_once('\t') else {
                    continue;
                };
                let Some(c) = c.chars().next() else { continue };
                let list: Vec<&'static str> = rs.split(',').collect();
                for r in &list {
                    syllables.insert(strip_tone(r));
                }
                readings.insert(c, list);
            }
            PinyinTable {
                readings,
                syllables,
            }
        })
    }

    /// Is `syllable` a reading of `c`?
    pub fn is_reading(&self, c: char, syllable: &str) -> bool {
        match self.readings.get(&c) {
            Some(list) => list.contains(&syllable),
            None => has_tone_mark(syllable) && self.syllables.contains(&strip_tone(syllable)),
        }
    }

    /// The readings of `c`, if the table has it.
    pub fn readings(&self, c: char) -> &[&'static str] {
        self.readings.get(&c).map(|v| v.as_slice()).unwrap_or(&[])
    }
}

const TONED: &[(char, char)] = &[
    ('ā', 'a'),
    ('á', 'a'),
    ('ǎ', 'a'),
    ('à', 'a'),
    ('ē', 'e'),
    ('é', 'e'),
    ('ě', 'e'),
    ('è', 'e'),
    ('ī', 'i'),
    ('í', 'i'),
    ('ǐ', 'i'),
    ('ì', 'i'),
    ('ō', 'o'),
    ('ó', 'o'),
    ('ǒ', 'o'),
    ('ò', 'o'),
    ('ū', 'u'),
    ('ú', 'u'),
    ('ǔ', 'u'),
    ('ù', 'u'),
    ('ǖ', 'ü'),
    ('ǘ', 'ü'),
    ('ǚ', 'ü'),
    ('ǜ', 'ü'),
    ('ń', 'n'),
    ('ň', 'n'),
    ('ǹ', 'n'),
    ('ḿ', 'm'),
];

fn strip_tone(s: &str) -> String {
    s.chars()
        .map(|c| TONED.iter().find(|(t, _)| *t == c).map_or(c, |(_, b)| *b))
        .collect()
}

fn has_tone_mark(s: &str) -> bool {
    s.chars().any(|c| TONED.iter().any(|(t, _)| *t == c))
}

/// A character that can appear in a pinyin syllable.
pub fn is_pinyin_char(c: char) -> bool {
    c.is_ascii_lowercase() || c == 'ü' || TONED.iter().any(|(t, _)| *t == c)
}

/// CJK Unified Ideographs (with extension A and the compatibility block).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// If `s` starts with `(syllable)` or `（syllable）`, the syllable and the byte
/// length of the whole annotation.
pub fn annotation_at(s: &str) -> Option<(&str, usize)> {
    let (open, close) = if s.starts_with('(') {
        ('(', ')')
    } else if s.starts_with('（') {
        ('（', '）')
    } else {
        return None;
    };
    let inner_start = open.len_utf8();
    let rest = &s[inner_start..];
    let mut end = 0;
    for (b, c) in rest.char_indices() {
        if c == close {
            end = b;
            break;
        }
        if !is_pinyin_char(c) || b > 12 {
            return None;
        }
    }
    if end == 0 {
        return None;
    }
    Some((&rest[..end], inner_start + end + close.len_utf8()))
}

/// Removes pinyin annotations that follow the character they read.
pub fn remove_ruby(text: &mut AlignedText) {
    let s = text.as_str();
    if !s.contains('(') && !s.contains('（') {
        return;
    }
    let table = PinyinTable::get();
    let mut reps = Vec::new();
    let mut prev: Option<char> = None;
    let mut skip_until = 0usize;
    for (b, c) in s.char_indices() {
        if b < skip_until {
            continue;
        }
        if (c == '(' || c == '（')
            && let Some(h) = prev
            && is_han(h)
            && let Some((syl, len)) = annotation_at(&s[b..])
            && table.is_reading(h, syl)
        {
            // `prev` stays the annotated character: `區(qū)(qū)` is not a thing,
            // but a second annotation must not see `)` as its character.
            reps.push(Replacement::new(b, b + len, "", "pinyin_ruby"));
            skip_until = b + len;
            continue;
        }
        prev = Some(c);
    }
    text.apply(ChangeKind::PinyinRuby, reps);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        let mut t = AlignedText::new(s);
        remove_ruby(&mut t);
        t.as_str().to_string()
    }

    #[test]
    fn readings_after_their_character_go() {
        assert_eq!(run("醫(yī)療幫扶是東西部協(xié)作"), "醫療幫扶是東西部協作");
        assert_eq!(run("環(huán)縣衛(wèi)生"), "環縣衛生");
        assert_eq!(run("南开区(qū)"), "南开区");
        assert_eq!(run("医（yī）生"), "医生");
    }

    #[test]
    fn other_parentheses_stay() {
        for s in [
            "购买(捐赠)设备",
            "四县(旗)",
            "方案（2018）",
            "张某(化名)说",
            "设备(DR)",
            "x(abc)",
        ] {
            assert_eq!(run(s), s);
        }
    }

    #[test]
    fn a_syllable_that_is_not_the_characters_reading_stays() {
        // 療 is liáo, not yī
        assert_eq!(run("療(yī)"), "療(yī)");
        // not after a Han character
        assert_eq!(run("A(yī)"), "A(yī)");
    }

    #[test]
    fn consecutive_annotations() {
        assert_eq!(run("區(qū)發(fā)展"), "區發展");
    }
}
