//! Word segmentation for bangfu (the second stage).
//!
//! The extractors need two kinds of boundaries in the normalised text:
//!
//! * **sentences**, because an aid record, a date's year and a count's noun
//!   are all read inside one sentence ([`sentences`]);
//! * **words**, where a character-level scan would cut through a word: the
//!   left edge of an institution name (`组织石家庄市…` must not start at
//!   `织`), `提前一年` (not a date), `前期` (not a period).
//!
//! Words come from [jieba-rs](https://docs.rs/jieba-rs) with its default
//! dictionary plus bangfu's domain dictionary (`data/domain.dict`: aid
//! vocabulary, institution heads, clinical departments) and every name of the
//! place [`Lexicon`] (GB/T 2260 divisions, their derived short forms, named
//! areas).  Building that `Jieba` costs ~100 ms and ~35 MB, so it is built
//! once per process ([`Segmenter::shared`]) and shared by every thread.
//!
//! All offsets here are **char** offsets (Unicode scalar values) into the
//! text given, half-open, the unit the rest of bangfu uses.

mod lexicon;
mod sentence;
pub mod vocab;

pub use lexicon::{Division, Level, Lexicon, PlaceEntry, PlaceKind};
pub use sentence::{Sentence, ends_no_sentence, sentences};
pub use vocab::{Trie, data_lines};

use jieba_rs::Jieba;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// One word of the segmentation, with its char span and jieba's
/// part-of-speech tag (`ns` place, `nt` organisation, `v` verb, …; `x` for
/// punctuation and unknown symbols).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub tag: &'a str,
}

/// jieba with bangfu's dictionaries.  Cheap to share: all methods take
/// `&self`.
pub struct Segmenter {
    jieba: Jieba,
    lexicon: Lexicon,
    /// Words jieba's dictionary knows under another tag than bangfu's
    /// dictionaries give them (`add_word` keeps a known word's tag): the
    /// domain dictionary's tag (`选派 v`, `康复 vn`) and `ns` for place names
    /// (`宕昌县 3 v`) win.
    retag: HashMap<String, &'static str>,
}

const DOMAIN_DICT: &str = include_str!("../data/domain.dict");
const DEPARTMENTS: &str = include_str!("../data/departments.txt");

/// Clinical departments (`data/departments.txt`, after the NHC catalogue of
/// diagnosis and treatment subjects): the segmenter keeps each one word,
/// and later stages read a record's departments from the same list.
pub fn departments() -> impl Iterator<Item = &'static str> {
    data_lines(DEPARTMENTS)
}

impl Segmenter {
    /// The process-wide segmenter, built on first use.
    pub fn shared() -> &'static Segmenter {
        static SHARED: OnceLock<Segmenter> = OnceLock::new();
        SHARED.get_or_init(Segmenter::new)
    }

    /// Builds a segmenter: jieba's dictionary, the domain dictionary, and the
    /// place names of the [`Lexicon`].
    pub fn new() -> Segmenter {
        let mut jieba = Jieba::new();
        let mut retag = HashMap::default();
        let departments = departments().map(|d| (d, "3000", Some("n")));
        let domain = data_lines(DOMAIN_DICT).filter_map(|line| {
            let mut parts = line.split_whitespace();
            Some((parts.next()?, parts.next()?, parts.next()))
        });
        for (word, freq, tag) in domain.chain(departments) {
            if let Some(tag) = tag
                && jieba.has_word(word)
                && jieba
                    .tag(word, false)
                    .first()
                    .is_none_or(|t| t.word != word || t.tag != tag)
            {
                retag.insert(word.to_string(), tag);
            }
            jieba.add_word(word, freq.parse().ok(), tag);
        }
        // A county short form that jieba knows as a frequent word (和平,
        // frequency ~8000; 同心, 惠民) is a word first; rare ones (安新, 6) are places.
        let lexicon = Lexicon::load(
            &|w| jieba.has_word(w) && jieba.suggest_freq(w) > 200,
            // (a name of three characters or more tagged as a person's is a
            // place jieba's dictionary mistook: 石景山, 海拉尔 `nr`)
            &|w| {
                jieba.has_word(w) && {
                    let t = jieba.tag(w, false);
                    t.len() == 1
                        && t[0].tag != "ns"
                        && !(t[0].tag == "nr" && w.chars().count() >= 3)
                }
            },
        );
        // jieba's dictionary tags a few division names as other words
        // (`宕昌县 3 v`), and `add_word` keeps a known word's tag: those
        // names are retagged as places when they are cut.
        for name in lexicon.names() {
            if jieba.has_word(name) && jieba.tag(name, false).first().is_none_or(|t| t.tag != "ns")
            {
                retag.insert(name.to_string(), "ns");
            }
            // A place name must win over a split into common words, but not
            // over a longer dictionary word that contains it.
            let freq = jieba.suggest_freq(name).max(500);
            jieba.add_word(name, Some(freq), Some("ns"));
        }
        Segmenter {
            jieba,
            lexicon,
            retag,
        }
    }

    /// The place lexicon whose names this segmenter knows.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Words of `text` (no HMM for unknown words: the dictionaries decide,
    /// which keeps a name's edges where the dictionaries put them).
    pub fn words<'a>(&'a self, text: &'a str) -> Vec<Word<'a>> {
        let tags = self.jieba.tag(text, false);
        let mut out = Vec::with_capacity(tags.len());
        let mut pos = 0;
        for t in tags {
            let len = t.word.chars().count();
            let tag = self.retag.get(t.word).copied().unwrap_or(t.tag);
            out.push(Word {
                text: t.word,
                start: pos,
                end: pos + len,
                tag,
            });
            pos += len;
        }
        out
    }

    /// Whether the dictionaries know `word`.
    pub fn knows(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<String> {
        Segmenter::shared()
            .words(text)
            .into_iter()
            .map(|w| w.text.to_string())
            .collect()
    }

    #[test]
    fn words_cover_the_text_with_char_offsets() {
        let text = "河北省疾控中心组织石家庄市、保定市疾控中心启动帮扶。";
        let words = Segmenter::shared().words(text);
        let mut pos = 0;
        for w in &words {
            assert_eq!(w.start, pos);
            assert_eq!(w.end - w.start, w.text.chars().count());
            pos = w.end;
        }
        assert_eq!(pos, text.chars().count());
    }

    #[test]
    fn every_division_name_is_tagged_a_place() {
        // jieba's own dictionary has `宕昌县 3 v`
        let s = Segmenter::shared();
        for text in ["宕昌县人民医院", "温宿县人民医院", "在宕昌县开展义诊"] {
            let place = s.words(text).into_iter().find(|w| w.text.ends_with('县'));
            assert_eq!(place.map(|w| w.tag), Some("ns"), "{text}");
        }
        // every name of the lexicon, cut alone, is a place
        let wrong: Vec<&str> = s
            .lexicon()
            .names()
            .filter(|n| {
                let w = s.words(n);
                w.len() == 1 && w[0].tag != "ns"
            })
            .collect();
        assert!(wrong.is_empty(), "{:?}", &wrong[..wrong.len().min(20)]);
    }

    #[test]
    fn domain_words_and_places_are_whole() {
        let words = cut("市卫健委组织专家对口帮扶莫力达瓦达斡尔族自治旗人民医院");
        assert!(words.contains(&"卫健委".to_string()), "{words:?}");
        assert!(words.contains(&"对口帮扶".to_string()), "{words:?}");
        assert!(
            words.contains(&"莫力达瓦达斡尔族自治旗".to_string()),
            "{words:?}"
        );
        let words = cut("组织石家庄市疾控中心");
        assert_eq!(words[0], "组织", "{words:?}");
    }

    #[test]
    fn the_domain_dictionary_s_tag_wins_over_jieba_s() {
        // jieba's own dictionary has 选派 as a noun and 康复 as a person's
        // name; the domain dictionary says verb and noun
        let s = Segmenter::shared();
        let tag_of = |text: &str, word: &str| -> Option<String> {
            s.words(text)
                .into_iter()
                .find(|w| w.text == word)
                .map(|w| w.tag.to_string())
        };
        assert_eq!(tag_of("选派10名专家", "选派").as_deref(), Some("v"));
        assert_eq!(tag_of("培训康复专业骨干", "康复").as_deref(), Some("n"));
        // a word the domain dictionary does not list keeps jieba's tag
        assert_eq!(tag_of("培训康复专业骨干", "培训").as_deref(), Some("vn"));
    }
}
