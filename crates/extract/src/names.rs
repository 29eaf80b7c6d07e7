//! Institutions and places.
//!
//! **Places** are looked up in the segmenter's [`Lexicon`]: the longest
//! known name at a word start.  A derived short form (`安新`) must also end at
//! a word boundary, so it is not read out of a longer word; a full division
//! name (`安新县`) may run into what follows (`安新县医院`), since that is how
//! an institution names its seat.  A short city name directly followed by one
//! of its own counties is one place (`呼伦贝尔莫力达瓦达斡尔族自治旗`).
//! Townships, which no table lists, are read by shape right after a county
//! or city written in full (`平陆县杜马乡`; see `township_end`), with level
//! `township` and no code, and are name words of an institution
//! (`平陆县杜马乡卫生院`).
//!
//! **Institutions** are found by a suffix grammar over words: a *head*
//! (`data/institution_heads.txt`: `医院`, `卫健委`, `疾控中心`, `管委会`, `处`…)
//! ends a name, and the name extends left over name-like words (places,
//! nouns, `附属`, ordinals) until a word that cannot be inside a name: a verb,
//! a preposition or conjunction, punctuation, a number with its classifier,
//! or a word of `data/name_stops.txt`.  Two heads in a row make one name when
//! the second qualifies the first (`河北省卫健委综合监督执法局`,
//! `市卫健委中医处`), and two names when a place starts the second
//! (`…委员会河北省卫生健康委员会…`).  A coordinated list of places before one
//! name is expanded (`石家庄市、保定市、廊坊市疾控中心` → three institutions).
//! A head that is only a type (`县医院`, `中医院` alone) is not a name.
//! A name alone in brackets right after a name (`北京大学第三医院（北医三院）`)
//! is its short form, and stands for it wherever it appears alone.  A
//! place name several divisions share (`鼓楼区`) takes its code from the
//! place written right before it (`福州市鼓楼区`), and keeps it for the
//! rest of the text.

use crate::entity::InstitutionType;
use crate::text::{at, is_han};
use bangfu_segment::{Lexicon, PlaceKind, Trie, Word, data_lines};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

struct Head {
    chars: Vec<char>,
    kind: InstitutionType,
    needs_name: bool,
    /// The head is a body's whole name (`卫生部`, `审计署`): it stands
    /// alone, with no place or name before it.
    whole: bool,
    /// The body runs a programme of paired assistance and may be named by
    /// it (`江苏省对口支援新疆伊犁哈萨克自治州前方指挥部`): the aid word
    /// and the place it helps are inside the name.
    programme: bool,
}

struct Vocab {
    heads: Trie<Head>,
    stops: HashSet<&'static str>,
    /// `data/name_stops.txt`, type `prefix`
    stop_prefixes: Vec<&'static str>,
    /// `data/name_stops.txt`, type `suffix`
    stop_suffixes: Vec<&'static str>,
    name_words: HashSet<&'static str>,
    type_words: Trie<()>,
    /// `data/title_words.txt`
    titles: Vec<&'static str>,
    /// `data/manner_adverbs.txt`
    manner_adverbs: Vec<&'static str>,
    /// `data/institution_heads.txt`, type `none`
    not_heads: Trie<()>,
}

fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| {
        let mut heads = Trie::new();
        for (word, head) in
            data_lines(include_str!("../data/institution_heads.txt")).filter_map(|l| {
                let mut f = l.split('\t');
                let (h, t, n) = (f.next()?, f.next()?, f.next()?);
                let programme = f.next() == Some("programme");
                let kind = match t {
                    "health_authority" => InstitutionType::HealthAuthority,
                    "hospital" => InstitutionType::Hospital,
                    "primary_care" => InstitutionType::PrimaryCare,
                    "cdc" => InstitutionType::Cdc,
                    "supervision" => InstitutionType::Supervision,
                    "university" => InstitutionType::University,
                    "research" => InstitutionType::Research,
                    "government" => InstitutionType::Government,
                    "party" => InstitutionType::Party,
                    "alliance" => InstitutionType::Alliance,
                    "media" => InstitutionType::Media,
                    "company" => InstitutionType::Company,
                    _ => InstitutionType::Other,
                };
                Some((
                    h,
                    Head {
                        chars: h.chars().collect(),
                        kind,
                        needs_name: n == "yes",
                        whole: n == "whole",
                        programme,
                    },
                ))
            })
        {
            let _ = heads.insert(word, head);
        }
        let mut not_heads = Trie::new();
        for l in data_lines(include_str!("../data/institution_heads.txt")) {
            if let Some(w) = l.strip_suffix("\tnone") {
                let _ = not_heads.insert(w, ());
            }
        }
        let stops = data_lines(include_str!("../data/name_stops.txt"))
            .filter(|l| !l.contains('\t'))
            .collect();
        let stop_prefixes = data_lines(include_str!("../data/name_stops.txt"))
            .filter_map(|l| l.strip_suffix("\tprefix"))
            .collect();
        let stop_suffixes = data_lines(include_str!("../data/name_stops.txt"))
            .filter_map(|l| l.strip_suffix("\tsuffix"))
            .collect();
        let name_words = data_lines(include_str!("../data/name_words.txt")).collect();
        let mut type_words = Trie::new();
        for w in data_lines(include_str!("../data/type_words.txt")) {
            let _ = type_words.insert(w, ());
        }
        Vocab {
            heads,
            stops,
            stop_prefixes,
            stop_suffixes,
            name_words,
            type_words,
            titles: data_lines(include_str!("../data/title_words.txt")).collect(),
            manner_adverbs: data_lines(include_str!("../data/manner_adverbs.txt")).collect(),
            not_heads,
        }
    })
}

/// A place mention.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlaceMention {
    pub start: usize,
    pub end: usize,
    pub code: Option<String>,
    pub level: Option<&'static str>,
    /// Not a full division name: a derived short form (`北京`, `河北`) or a
    /// named area (`河北雄安新区`). Inside an institution's name such a
    /// place is part of the name, not a mention of the place.
    pub short: bool,
    /// Read by its shape, not found in the division table (a township, a
    /// county the table lists only the tail of): the words cut it up, so
    /// an institution's name takes it whole.
    pub unlisted: bool,
}

impl PlaceMention {
    /// A township read by its shape (see [`township_end`]).
    fn township(start: usize, end: usize) -> PlaceMention {
        PlaceMention {
            start,
            end,
            code: None,
            level: Some("township"),
            short: false,
            unlisted: true,
        }
    }
}

/// An institution mention.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct InstitutionMention {
    pub start: usize,
    pub end: usize,
    /// The full name (the text, or a completed elided name).
    pub name: String,
    pub kind: InstitutionType,
    pub code: Option<String>,
    /// Completed from a coordinated list: `name` is not the text.
    pub elided: bool,
}

/// Per-char view of the words: which word covers each char.
pub(crate) struct WordIndex<'a> {
    pub words: Vec<Word<'a>>,
    word_at: Vec<usize>,
}

impl<'a> WordIndex<'a> {
    pub(crate) fn new(words: Vec<Word<'a>>, len: usize) -> WordIndex<'a> {
        let mut word_at = vec![0; len];
        for (k, w) in words.iter().enumerate() {
            for slot in word_at.iter_mut().take(w.end.min(len)).skip(w.start) {
                *slot = k;
            }
        }
        WordIndex { words, word_at }
    }
    fn starts(&self, i: usize) -> bool {
        i >= self.word_at.len() || self.words[self.word_at[i]].start == i
    }
    pub(crate) fn ends(&self, i: usize) -> bool {
        i == 0 || i >= self.word_at.len() || self.words[self.word_at[i - 1]].end == i
    }
    /// The word ending exactly at `i`, if any.
    pub(crate) fn ending_at(&self, i: usize) -> Option<&Word<'a>> {
        if i == 0 || !self.ends(i) {
            return None;
        }
        Some(&self.words[self.word_at[i - 1]])
    }
}

/// The suffixes of township-level divisions (GB/T 2260's fourth level:
/// towns, townships, urban subdistricts, Inner Mongolia's sumu), longest
/// first.
const TOWNSHIP_SUFFIXES: &[&str] = &["街道", "苏木", "镇", "乡"];

/// Where a township's name ends when one is written right after a division
/// ending at `from` (`石楼县义牒镇`, `和田县拉依喀乡`, `大兴区黄村镇`).
///
/// No table lists the forty thousand townships, and jieba cuts an unknown
/// one into single characters of any tag (`义/ng 牒/g 镇/n`), so a township
/// is read by its shape and its place: after a county or city written in
/// full, one to four Han characters and a township suffix that ends a word.
/// Not a township: a common word that happens to end in a suffix
/// (`城乡`, `乡镇`, `老乡`: one word jieba knows and does not tag as a name),
/// a run holding a word of two or more characters that is no noun
/// (`开展城乡…`), or one holding a pronoun, preposition, conjunction,
/// particle or numeral (`各乡镇`, `和乡村`).
fn township_end(chars: &[char], idx: &WordIndex, from: usize) -> Option<usize> {
    if !idx.starts(from) {
        return None;
    }
    let (k, suffix) = (from + 1..(from + 5).min(chars.len())).find_map(|k| {
        TOWNSHIP_SUFFIXES
            .iter()
            .find(|x| at(chars, k, x))
            .map(|x| (k, x.chars().count()))
    })?;
    let end = k + suffix;
    if !chars[from..k]
        .iter()
        .all(|&c| is_han(c) && !ADMIN_CHARS.contains(&c))
        || !idx.ends(end)
    {
        return None;
    }
    let mut j = from;
    while j < k {
        let w = &idx.words[idx.word_at[j]];
        let name_tag = matches!(w.tag, "ns" | "nr" | "nz" | "nt");
        if w.start == from && w.end == end && !name_tag {
            return None;
        }
        let len = w.end - w.start;
        if w.end <= k
            && (len >= 2 && !w.tag.starts_with('n')
                || len == 1 && matches!(w.tag, "r" | "p" | "c" | "u" | "m" | "q" | "uj" | "y"))
        {
            return None;
        }
        j = w.end;
    }
    Some(end)
}

pub(crate) fn places(chars: &[char], idx: &WordIndex) -> Vec<PlaceMention> {
    let lx = Lexicon::shared();
    let mut out: Vec<PlaceMention> = Vec::new();
    let mut resolved_any = false;
    let mut i = 0;
    while i < chars.len() {
        if !(idx.starts(i) || i > 0 && out.last().is_some_and(|p| p.end == i)) {
            i += 1;
            continue;
        }
        let Some((len, entry)) = lx.longest_at(chars, i) else {
            i += 1;
            continue;
        };
        let end = i + len;
        // A name must end a word, unless an institution head or another
        // place follows (安新县医院, 石家庄市妇产医院).
        let seat = head_at(chars, end).is_some() || lx.longest_at(chars, end).is_some();
        if !idx.ends(end)
            && !(seat && (entry.kind == PlaceKind::Division || entry.kind == PlaceKind::Area))
        {
            i += 1;
            continue;
        }
        let level = entry.level.map(|l| l.as_str());
        // `青岚县`: a county the table does not list, whose last characters
        // are one it does (`岚县`).  jieba leaves the first character as a
        // word of its own, tagged as a name or noun; a function word there
        // (`在岚县`, `赴威县`, `和环县`) is no part of the name.  The place is
        // the whole name, of the same level, with no code.  Nor is the
        // character that ends a body's name (`市金融局曹县`, `长城网环县`).
        if entry.kind == PlaceKind::Division
            && len <= 2
            && out.last().is_none_or(|p| p.end < i)
            && let Some(w) = idx.ending_at(i)
            && w.end - w.start == 1
            && matches!(
                w.tag,
                "ns" | "nr" | "nz" | "ng" | "n" | "j" | "g" | "nrt" | "nrfg"
            )
            && is_han(chars[i - 1])
            && !ADMIN_CHARS.contains(&chars[i - 1])
            && head_ending_at(chars, i.saturating_sub(8)..i, i).is_none()
        {
            out.push(PlaceMention {
                start: i - 1,
                end,
                code: None,
                level,
                short: false,
                unlisted: true,
            });
            i = end;
            continue;
        }
        // 呼伦贝尔 + 莫力达瓦达斡尔族自治旗: a city's short form followed by
        // its own child is one name; a province's (河北顺平县, 内蒙古宁城县)
        // is two places (GUIDELINES: hierarchical strings are split).
        if let Some(prev) = out.last_mut()
            && prev.end == i
            && let (Some(pc), Some(cc)) = (prev.code.as_deref(), entry.code.as_deref())
            && !pc.ends_with("0000")
            && Lexicon::contains(pc, cc)
            && lx
                .get(&chars[prev.start..prev.end].iter().collect::<String>())
                .is_some_and(|e| e.kind == PlaceKind::ShortForm)
        {
            prev.end = end;
            prev.code = entry.code.clone();
            prev.level = level;
            prev.short = false;
            i = end;
            continue;
        }
        // A short form right after a place that neither holds it nor lies
        // in it is no place: it is part of a name the place opens
        // (`组织上海中山、华山等20家医院`: Shanghai's 中山 hospital, not the
        // city of Guangdong).
        if entry.kind == PlaceKind::ShortForm
            && let Some(prev) = out.last()
            && prev.end == i
            && let (Some(pc), Some(cc)) = (prev.code.as_deref(), entry.code.as_deref())
            && !Lexicon::contains(pc, cc)
            && !Lexicon::contains(cc, pc)
        {
            i = end;
            continue;
        }
        // A name several divisions share (鼓楼区) right after the place it
        // lies in (福州市) is the one there; and so, alone, is it after
        // that place was named, the nearest such place first (`天津市…
        // 和平区` is Tianjin's, not Shenyang's).
        let mut code = entry.code.clone();
        if code.is_none() && entry.kind == PlaceKind::Division {
            let name: String = chars[i..end].iter().collect();
            code = out
                .iter()
                .rev()
                .filter_map(|p| p.code.as_deref())
                .find_map(|pc| lx.division_within(&name, pc))
                .map(|d| d.code.clone());
            resolved_any |= code.is_some();
        }
        // `伊犁州直、克州`: a prefecture's 直 (the units it runs directly)
        // in a list is the prefecture, named as a side of the list
        let end = if chars.get(end) == Some(&'直')
            && chars[i..end].last() == Some(&'州')
            && chars.get(end + 1).is_none_or(|&c| {
                crate::text::ends_clause(c)
                    || c == '。'
                    || crate::aid::coordinates(c.encode_utf8(&mut [0; 4]))
            }) {
            end + 1
        } else {
            end
        };
        out.push(PlaceMention {
            start: i,
            end,
            code,
            level,
            short: entry.kind != PlaceKind::Division,
            unlisted: false,
        });
        i = end;
        if entry.kind == PlaceKind::Division
            && let Some(t) = township_end(chars, idx, end)
        {
            out.push(PlaceMention::township(end, t));
            i = t;
            // (and the townships listed after it, of the same county:
            // `西吉县将台堡镇、兴隆镇和火石寨乡`; role_words coordinator)
            while chars
                .get(i)
                .is_some_and(|c| crate::aid::coordinates(c.encode_utf8(&mut [0; 4])))
                && let Some(t) = township_end(chars, idx, i + 1)
            {
                out.push(PlaceMention::township(i + 1, t));
                i = t;
            }
        }
    }
    // A province's one-character abbreviation right after a verb of going
    // (`选派…人才407名进疆`, `专家赴黔`, `医疗队抵京`; role_words.txt
    // `enters`) is the province, where the segmenter reads the verb and it
    // as one word or as two words with the abbreviation a noun — not a
    // person's name or an adjective (`进/v 秦/nr`, `入/v 黑/a`), nor an
    // abbreviation shared with a city (`来宁`).
    let mut entered = Vec::new();
    for i in 1..chars.len() {
        if !crate::aid::enters_province(chars, i - 1) || !idx.ends(i + 1) {
            continue;
        }
        let Some(code) = lx.abbreviation_alone(chars[i]) else {
            continue;
        };
        let w = &idx.words[idx.word_at[i]];
        let one_word = w.start == i - 1 && w.end == i + 1 && w.tag.starts_with('v');
        let two_words = w.start == i
            && matches!(w.tag, "n" | "j" | "ns" | "ng")
            && idx.ending_at(i).is_some_and(|g| g.start == i - 1);
        if (one_word || two_words) && out.iter().all(|p| p.end <= i || p.start > i) {
            entered.push(PlaceMention {
                start: i,
                end: i + 1,
                code: Some(code.to_string()),
                level: Some(bangfu_segment::Level::Province.as_str()),
                short: true,
                unlisted: false,
            });
        }
    }
    if !entered.is_empty() {
        out.extend(entered);
        out.sort_by_key(|p| p.start);
    }
    // A township named alone before its health centre (`到谭棚镇卫生院`):
    // with no county before it, its name is two or three characters, and
    // starts where a run of name words begins, not at a verb or preposition
    // (`到`) standing alone, or right after a list mark.
    let mut alone = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        // (the places so far are in order and do not overlap: the one
        // before `i` is found by bisection)
        let before = |at: usize| {
            out.partition_point(|p| p.start <= at)
                .checked_sub(1)
                .map(|n| &out[n])
        };
        if !matches!(c, '镇' | '乡')
            || !head_at(chars, i + 1).is_some_and(|h| h.kind == InstitutionType::PrimaryCare)
            || before(i).is_some_and(|p| i < p.end)
        {
            continue;
        }
        let start = (i.saturating_sub(3)..i.saturating_sub(1)).find(|&from| {
            let first = &idx.words[idx.word_at[from]];
            // (right after a list mark an item starts, whatever jieba
            // made of its first character: `、保/v 滩/ng 镇卫生院`)
            let opens = first.end - first.start >= 2
                || !matches!(first.tag, "v" | "p" | "c" | "d" | "f" | "vn" | "ad")
                || from > 0 && chars[from - 1] == '、';
            opens
                && before(i).is_none_or(|p| p.end <= from)
                && township_end(chars, idx, from) == Some(i + 1)
        });
        if let Some(start) = start {
            alone.push(PlaceMention::township(start, i + 1));
        }
    }
    if !alone.is_empty() {
        out.extend(alone);
        out.sort_by_key(|p| p.start);
    }
    // A later mention of such a name alone is the same place.
    if !resolved_any {
        return out;
    }
    let mut known: Vec<(String, String)> = Vec::new();
    for p in out.iter_mut() {
        let name: String = chars[p.start..p.end].iter().collect();
        match (&p.code, known.iter().find(|(n, _)| *n == name)) {
            (None, Some((_, c))) if lx.get(&name).is_some_and(|e| e.code.is_none()) => {
                p.code = Some(c.clone());
            }
            (Some(c), None) if lx.get(&name).is_some_and(|e| e.code.is_none()) => {
                known.push((name, c.clone()));
            }
            _ => {}
        }
    }
    out
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() && !c.is_ascii_digit() || matches!(c, '—' | '-' | '·')
}

/// Whether `[s, e)` holds part of a `——` (a dash between clauses, which
/// ends a name; a single `—` may join one: `中国—东盟`).
fn in_dash_run(chars: &[char], s: usize, e: usize) -> bool {
    (s..e).any(|k| {
        chars[k] == '—' && (k > 0 && chars[k - 1] == '—' || chars.get(k + 1) == Some(&'—'))
    })
}

/// The head that ends right before `end`, starting at the first position of
/// `starts` where one does: the head of a name that ends there.
fn head_ending_at(
    chars: &[char],
    starts: std::ops::Range<usize>,
    end: usize,
) -> Option<(usize, &'static Head)> {
    starts.into_iter().find_map(|k| {
        head_at(chars, k)
            .filter(|h| k + h.chars.len() == end)
            .map(|h| (k, h))
    })
}

fn head_at(chars: &[char], i: usize) -> Option<&'static Head> {
    let (n, h) = vocab().heads.longest_at(chars, i)?;
    // (not in a phrase that only opens with a head: `中心工作`)
    if vocab()
        .not_heads
        .longest_at(chars, i)
        .is_some_and(|(m, _)| m > n)
    {
        return None;
    }
    Some(h)
}

/// Whether a whole word is the head of an institution's name (`医院`,
/// `卫生院`, `卫健委`).
pub(crate) fn is_institution_head(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    vocab()
        .heads
        .longest_at(&chars, 0)
        .is_some_and(|(n, _)| n == chars.len())
}

/// The length of a bare head that needs a name, written at `i` (`卫生院`,
/// `医院` in `各卫生院`): a kind of body, none named.
pub(crate) fn bare_head_at(chars: &[char], i: usize) -> Option<usize> {
    let (n, h) = vocab().heads.longest_at(chars, i)?;
    (h.needs_name && head_at(chars, i).is_some()).then_some(n)
}

/// Whether a word may be part of the left side of a name.
fn name_word(w: &Word) -> bool {
    let v = vocab();
    if v.stops.contains(w.text) || v.stop_prefixes.iter().any(|p| w.text.starts_with(p)) {
        return false;
    }
    if !w.text.chars().all(is_name_char) {
        return false;
    }
    // `县/zg 人民医院`: one level character is the short name of its body's seat
    let mut cs = w.text.chars();
    if let (Some(c), None) = (cs.next(), cs.next())
        && ADMIN_CHARS.contains(&c)
    {
        return true;
    }

    let t = w.tag;
    // an idiom that opens with an adverb of manner is a verb phrase
    // (`紧紧围绕/l`): data/manner_adverbs.txt
    if matches!(t, "l" | "i")
        && vocab()
            .manner_adverbs
            .iter()
            .any(|a| w.text.len() > a.len() && w.text.starts_with(a))
    {
        return false;
    }
    if t.starts_with('n')
        || t == "an"
        || t == "j"
        || t == "b"
        || t == "a"
        || t == "l"
        || t == "i"
        || t == "s"
        || t == "x"
        || t == "eng"
        || t == "vn"
        || t == "nz"
    {
        return true;
    }
    // Ordinals and single digits inside names: 第五中心医院, 一中心医院.
    if t == "m" {
        let cs: Vec<char> = w.text.chars().collect();
        return cs[0] == '第' && !v.stop_suffixes.iter().any(|s| w.text.ends_with(s))
            || cs.len() == 1 && crate::numeral::digit(cs[0]).is_some();
    }
    vocab().name_words.contains(w.text)
}

/// Whether the name at `[s, e)` is a designation (`data/designation_words.txt`):
/// a status sought or granted, or a project, rather than a body. Only a
/// centre is named as a project (`国家区域医疗中心项目`); a hospital being
/// built is a body (`…石家庄医院项目`).
fn designation(chars: &[char], s: usize, e: usize, centre: bool) -> bool {
    static W: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    let (before, after) = W.get_or_init(|| {
        let (mut b, mut a) = (Vec::new(), Vec::new());
        for l in data_lines(include_str!("../data/designation_words.txt")) {
            match l.split_once('\t') {
                Some(("before", w)) => b.push(w),
                Some(("after", w)) => a.push(w),
                _ => {}
            }
        }
        (b, a)
    });
    before
        .iter()
        .any(|w| s >= w.chars().count() && at(chars, s - w.chars().count(), w))
        || centre && after.iter().any(|w| at(chars, e, w))
}

/// The characters of administrative levels, which start a short name of a
/// level's body (`市卫健委`, `区疾控中心`).
pub(crate) const ADMIN_CHARS: &[char] = &['省', '市', '县', '区', '镇', '乡', '旗', '州'];

/// One-character office heads (`data/office_heads.txt`).
fn office_heads() -> &'static [char] {
    static H: OnceLock<Vec<char>> = OnceLock::new();
    H.get_or_init(|| {
        data_lines(include_str!("../data/office_heads.txt"))
            .filter_map(|l| l.chars().next())
            .collect()
    })
}

/// The institutions of `chars`; `publishers` are spans an earlier stage
/// knows to be the page's publisher, `places` what [`places`] found (those
/// it read by their shape, townships and unlisted counties, an
/// institution's name takes whole).
pub(crate) fn institutions(
    chars: &[char],
    idx: &WordIndex,
    publishers: &[crate::Span],
    places: &[PlaceMention],
) -> Vec<InstitutionMention> {
    let unlisted: Vec<(usize, usize)> = places
        .iter()
        .filter(|p| p.unlisted)
        .map(|p| (p.start, p.end))
        .collect();
    let lx = Lexicon::shared();
    let mut out: Vec<InstitutionMention> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some(head) = head_at(chars, i) else {
            i += 1;
            continue;
        };
        let hend = i + head.chars.len();
        // The head must end a word (局长, 处理, 委员 are not heads), unless
        // another head follows (卫健委综合…).
        // (`党委书记` is one word: a head before a title in it still ends
        // the name — the body whose secretary it is.)
        let before_title = vocab()
            .titles
            .iter()
            .any(|t| at(chars, hend, t) && idx.ends(hend + t.chars().count()));
        if !idx.ends(hend)
            && !before_title
            && head_at(chars, hend).is_none()
            && chars.get(hend).is_none_or(|c| is_name_char(*c))
        {
            i += 1;
            continue;
        }
        // A one-character head starts its word, unless the segmenter knows
        // the whole word as an organisation ending in it (新华社/nt).
        let known_organisation = !idx.starts(i) && {
            let w = &idx.words[idx.word_at[i]];
            w.tag == "nt" && w.end == hend && w.end - w.start >= 3
        };
        if head.chars.len() == 1 && !idx.starts(i) && !known_organisation {
            i += 1;
            continue;
        }
        // Extend left over name words. A dash right after a whole name
        // links two bodies (`A医院—B医院` in a list of pairs); only one
        // inside a name joins its parts (`中国—东盟`).
        // (a township the words cut up is one name word: `石楼县义牒镇卫生院`)
        let mut start = i;
        loop {
            if let Some(t) = unlisted.iter().find(|t| t.1 == start && i - t.0 <= 24) {
                start = t.0;
                continue;
            }
            let Some(w) = idx.ending_at(start) else {
                break;
            };
            // (an aid word right before a hospital head names a role, not a
            // body: `北京天坛医院协作医院`, `帮扶医院`, `托管医院`; a command
            // is named by its programme: `北京市援疆指挥部`)
            if start == i
                && head.kind == InstitutionType::Hospital
                && crate::aid::is_aid_word(w.text)
            {
                break;
            }
            // (a digit before a level character counts divisions: `承德三县
            // 医院` is the hospitals of three counties, no body's name)
            let counts_divisions = w.tag == "m"
                && w.end - w.start == 1
                && crate::numeral::digit(chars[w.start]).is_some()
                && idx.starts(w.end)
                && ADMIN_CHARS.contains(&chars[w.end])
                && idx.ending_at(w.end + 1).is_some();
            // (a hospital's two-character name jieba cuts into a name
            // character and a verb, `燕/nr 达/v 医院`, `佑/nr 安/v`: the verb
            // is part of the name, unless it is one of going or helping —
            // `王/nr 到/v 医院` goes to a hospital)
            let verb_in_name = start == i
                && head.kind == InstitutionType::Hospital
                && head.needs_name
                && w.end - w.start == 1
                && w.tag == "v"
                && !crate::aid::is_aid_word(w.text)
                && !crate::aid::is_recipient_marker(w.text)
                && !vocab().stops.contains(w.text)
                && idx.ending_at(w.start).is_some_and(|x| {
                    x.end - x.start == 1 && matches!(x.tag, "nr" | "ns" | "ng") && name_word(x)
                });
            // (a command named by its programme: the aid word right before
            // the place it helps, `上海市对口支援新疆工作前方指挥部`)
            let programme = head.programme
                && crate::aid::is_aid_word(w.text)
                && lx.longest_at(chars, w.end).is_some();
            if !name_word(w) && !verb_in_name && !programme
                || counts_divisions
                || i - w.start > 24
                || in_dash_run(chars, w.start, w.end)
                || w.text.starts_with(['—', '-']) && out.last().is_some_and(|p| p.end == w.start)
            {
                break;
            }
            // (a generic head standing alone before a place names a part,
            // not a body: `B的受援医院A县人民医院`, `对口帮扶医院A省人民医院`
            // — the name starts at the place)
            if start < i
                && head_at(chars, w.start)
                    .is_some_and(|h| h.needs_name && w.start + h.chars.len() == w.end)
                && idx.ending_at(w.start).is_none_or(|x| !name_word(x))
                && (lx
                    .longest_at(chars, start)
                    .is_some_and(|(_, p)| p.kind != PlaceKind::Abbreviation)
                    || unlisted.iter().any(|t| t.0 == start)
                    || idx.words[idx.word_at[start]].tag == "ns")
            {
                break;
            }
            start = w.start;
        }
        // A head inside the word before (…医院 of 中医院's 医院): the head
        // itself may start mid-word; take the whole word then.
        if !idx.starts(i) && start == i {
            // 中医院 matched as 医院 after 中: only when the word is name-like.
            let w = &idx.words[idx.word_at[i]];
            if name_word(w) || w.tag == "nt" {
                start = w.start;
                while let Some(w) = idx.ending_at(start) {
                    if !name_word(w) || i - w.start > 24 || in_dash_run(chars, w.start, w.end) {
                        break;
                    }
                    start = w.start;
                }
            }
        }
        // `深圳迈瑞…有限公司`, `上海联影…有限公司`: a company's brand that
        // jieba cuts into one-character words (迈/v), right after the city
        // it is from — the city and the brand are the name.
        if head.kind == InstitutionType::Company
            && start < i
            && let Some(w) = idx.ending_at(start)
            && w.end - w.start == 1
            && w.tag.starts_with('v')
            && !crate::aid::is_act_verb(w.text)
            && !crate::aid::is_recipient_marker(w.text)
            && let Some(city) = idx.ending_at(w.start)
            && city.tag == "ns"
            && i - city.start <= 24
        {
            start = city.start;
        }
        // A place the words did not take before a bare hospital head:
        // `北京儿童医院保定医院` (保定 read as a verb) is a branch, and
        // `北京安定医院`, `北京佑安医院` a place and a two-character name
        // jieba reads as a verb or a morpheme.
        if start == i && head.kind == InstitutionType::Hospital && head.needs_name {
            let place_ending_at = |end: usize| {
                (end.saturating_sub(12)..end).find(|&s| {
                    idx.starts(s)
                        && lx.longest_at(chars, s).is_some_and(|(len, e)| {
                            s + len == end && e.kind != PlaceKind::Abbreviation
                        })
                })
            };
            let after_prev = out.last().map(|p| p.end).filter(|&e| e < i);
            if let Some(e) = after_prev
                && lx
                    .longest_at(chars, e)
                    .is_some_and(|(len, p)| e + len == i && p.kind != PlaceKind::Abbreviation)
            {
                start = e;
            } else if i >= 4
                && idx.starts(i - 2)
                && chars[i - 2..i]
                    .iter()
                    .all(|&c| is_han(c))
                // (not a count of them: `三河市两家医院`, nor an aid word:
                // `温州援建医院` is a hospital Wenzhou built)
                && !crate::numeral::is_numeral_char(chars[i - 2])
                && !crate::aid::is_aid_word(&chars[i - 2..i].iter().collect::<String>())
                && idx
                    .ending_at(i)
                    .is_some_and(|w| !vocab().stops.contains(w.text))
                && let Some(s) = place_ending_at(i - 2)
            {
                start = s;
            }
        }
        // `新区安新县医院`, `医疗队助力伊犁州友谊医院`: words before the seat
        // that name no place (雄安新区 for short) nor a body are not part of
        // the name.
        if let Some(k) = (start + 1..(start + 9).min(i)).find(|&k| {
            idx.starts(k)
                && !unlisted.iter().any(|t| t.0 < k && k < t.1)
                && (lx.longest_at(chars, k).is_some_and(|(len, e)| {
                    matches!(e.kind, PlaceKind::Division | PlaceKind::ShortForm)
                        && k + len <= i
                        && idx.starts(k + len)
                }) || {
                    let w = &idx.words[idx.word_at[k]];
                    w.tag == "ns" && w.end - w.start >= 2
                })
        }) && (start..k)
            .all(|j| lx.longest_at(chars, j).is_none() && head_at(chars, j).is_none())
        {
            start = k;
        }
        // `浙江省贵州省城乡医院对口支援`: a division written in full right
        // after one that does not hold it is a second place named beside
        // the first, not an address (`浙江省宁波市`): the name starts at the
        // last of them.  (Short forms run into names: `北京朝阳医院`.)
        let full = |k: usize| {
            lx.longest_at(chars, k)
                .filter(|(_, e)| e.kind == PlaceKind::Division)
        };
        while let Some((len, first)) = full(start)
            && start + len < i
            && let Some((_, second)) = full(start + len)
            && let (Some(a), Some(b)) = (first.code.as_deref(), second.code.as_deref())
            && a != b
            && !Lexicon::contains(a, b)
        {
            start += len;
        }
        // `顺平县医院胸痛中心`: a centre of no particular kind (heads typed
        // `other`: 中心, 质控中心, …) inside a hospital is one of its units
        // (a department), not a body — unlike a society or a fund the
        // hospital set up (`澳门镜湖医院慈善会`, `北京协和医院基金会`).
        let society = head.chars.ends_with(&['会']) || head.chars.ends_with(&['基', '金']);
        if head.kind == InstitutionType::Other
            && !society
            && out.last().is_some_and(|p| {
                p.kind == InstitutionType::Hospital && p.end >= start && p.end <= i
            })
        {
            i = hend;
            continue;
        }
        // A place the words cut through starts the name where it starts
        // (`中/区政府`: the words' 区政府 begins inside the table's 中区):
        // names do not cross.
        // (places are in text order and apart: the one that could is the
        // last to start before the name)
        let n = places.partition_point(|p| p.start < start);
        if let Some(p) = n.checked_sub(1).map(|k| &places[k])
            && start < p.end
            && p.end <= hend
        {
            start = p.start;
        }
        // Join with or split from the institution just before.
        if let Some(prev) = out.last_mut()
            && prev.end >= start
            && prev.end <= i
            && !prev.elided
        {
            let place_after = lx
                .longest_at(chars, prev.end)
                .filter(|(_, e)| e.kind != PlaceKind::Abbreviation);
            let rest_starts_place = place_after.is_some();
            // `北京儿童医院保定医院`, `天津市肿瘤医院秦皇岛医院`: a hospital
            // or university followed by a place and a bare hospital head is
            // its branch in that place — one name; so is one of a kind after
            // the place written short (`首都儿科研究所廊坊儿童医院`; after a
            // division in full it is a body of that division's:
            // `…医院静海区中医医院`).
            let branch = place_after.is_some_and(|(len, e)| {
                prev.end + len == i && (head.needs_name || e.kind == PlaceKind::ShortForm)
            }) && head.kind == InstitutionType::Hospital
                && matches!(
                    prev.kind,
                    InstitutionType::Hospital
                        | InstitutionType::University
                        | InstitutionType::Research
                );
            if rest_starts_place && prev.end < i && !branch {
                start = prev.end;
            } else {
                prev.end = hend;
                prev.name = chars[prev.start..hend].iter().collect();
                // (a branch is seated where it is, not where its parent is:
                // `北京儿童医院保定医院` is in 保定)
                if branch && let Some((_, e)) = place_after {
                    prev.code = e.code.clone().or(prev.code.take());
                }
                if head.kind != InstitutionType::Government || prev.kind == InstitutionType::Other {
                    prev.kind = head.kind;
                }
                i = hend;
                continue;
            }
        }
        let prefix: String = chars[start..i].iter().collect();
        let prefix_chars: Vec<char> = prefix.chars().collect();
        let generic_prefix = prefix_chars.is_empty()
            || (prefix_chars.len() == 1
                && (ADMIN_CHARS.contains(&prefix_chars[0])
                    || crate::numeral::digit(prefix_chars[0]).is_some()))
            || prefix_chars.iter().all(|&c| {
                ADMIN_CHARS.contains(&c) || c == '级' || crate::numeral::digit(c).is_some()
            });
        let single_char_head = head.chars.len() == 1;
        // A level and a numbered hospital (`市二院`, `县一院`) is the short
        // name of that level's hospital of that number, as `市卫健委` is
        // its health commission's.
        let numbered_short = prefix_chars.len() == 1
            && ADMIN_CHARS.contains(&prefix_chars[0])
            && idx.starts(start)
            && head.chars.len() == 2
            && crate::numeral::digit(head.chars[0]).is_some()
            && head.chars[1] == '院';
        // A generic head needs a proper name before it: a place, a name
        // jieba knows as one (nr/ns/nt/nz/j), or a word it does not know.
        // 当地医院, 公立医院, 三级中医院 are types, not names.
        // An administrative level and a name of two or more characters is
        // the short name of that level's body (`区社管中心`, `市儿童医院`,
        // `县人民医院`), as against a type (`县医院`, `县级医院`).
        let abbreviated = prefix_chars.len() >= 3
            && ADMIN_CHARS.contains(&prefix_chars[0])
            // the level is a word of its own: not the 区 of 区域
            && idx.starts(start + 1)
            && vocab()
                .type_words
                .longest_at(chars, start + 1)
                .is_none_or(|(len, _)| start + 1 + len < i);
        // `国家医学考试中心`, `中国康复研究中心`: a national body's name
        // starts with the nation.
        // (not a level: `国家级…哨点医院` is a kind of hospital)
        // (but the nation and kinds alone are a kind nationwide:
        // `全国乡镇卫生院`, `全国三级医院`)
        let kinds_from = |mut k: usize| {
            while let Some((len, _)) = vocab().type_words.longest_at(chars, k) {
                k += len;
            }
            k >= i
        };
        let national = prefix_chars.len() >= 4
            && vocab().type_words.longest_at(chars, start).is_none()
            && crate::aid::role_words()
                .national
                .values()
                .iter()
                .any(|w| prefix.starts_with(w) && !kinds_from(start + w.chars().count()));
        let proper = abbreviated
            || numbered_short
            || national
            || unlisted.iter().any(|t| t.0 >= start && t.1 <= i)
            // (a place inside a word the segmenter keeps whole: 北京积水潭医院/n)
            || !idx.starts(i)
                && lx.longest_at(chars, start).is_some_and(|(len, e)| {
                    len >= 2 && start + len < i && e.kind != PlaceKind::Abbreviation
                })
            // (or a district's or county's name without its level, one that
            // may be gone since, before the head in that word: `宣武医院/n`,
            // named after 宣武区)
            || !idx.starts(i)
                && i - start == 2
                && ['区', '县'].iter().any(|level| {
                    let name: String = chars[start..i].iter().chain([level]).collect();
                    lx.get(&name).is_some_and(|e| e.kind == PlaceKind::Division)
                })
            || (start..i).any(|k| {
                idx.starts(k) && {
                    let w = &idx.words[idx.word_at[k]];
                    matches!(
                        w.tag,
                        "ns" | "nr" | "nt" | "nz" | "j" | "nrt" | "nrfg" | "x" | "eng"
                    ) || lx.get(w.text).is_some()
                    // a direction that begins a name right before its head
                    // (南方医科大学南方医院, 东方医院) names as a place does;
                    // before a common noun it is a region (东部地区医院)
                    || w.tag == "f"
                        && vocab().name_words.contains(w.text)
                        && (w.end == i || head_at(chars, w.end).is_some())
                }
            });
        // `公立医院`, `县级中医院`, `环县县级医院`: between the place (if any)
        // and the head only words of type.
        // (a region the divisions do not list, as an area: `陕北地区县级医院`
        // is the county hospitals there)
        let area = || {
            let w = &idx.words[idx.word_at[start]];
            (idx.starts(start) && w.tag == "ns" && at(chars, w.end, "地区")).then_some(w.end + 2)
        };
        let place_end = lx
            .longest_at(chars, start)
            .map(|(len, _)| start + len)
            .or_else(area)
            .unwrap_or(start);
        let types_after_place = {
            let mut k = place_end;
            while let Some((len, _)) = vocab().type_words.longest_at(chars, k) {
                k += len;
            }
            k >= i
        };
        let only_type = place_end < i && types_after_place;
        // a prefix of type words alone names no body, whatever the head
        // (`县级中医院`, `三家公立中医院`)
        if (head.needs_name && (!proper || only_type)) || (only_type && place_end == start) {
            i = hend;
            continue;
        }
        // `新建村卫生室9所`: a name followed by a count of bodies is a kind
        // counted — not where the count sums up a list with a head of its
        // own (`A、B、北京大学第一医院三家医院专家`)
        if head.needs_name
            && crate::numeral::scan(chars, hend).is_some_and(|n| {
                crate::aid::role_words()
                    .institution_units
                    .longest_at(chars, n.end)
                    .is_some_and(|(len, _)| head_at(chars, n.end + len).is_none())
            })
        {
            i = hend;
            continue;
        }
        // `12家京津医院`, `三所省级医院`: a place and a head after a count of
        // bodies are a kind counted, not one body.
        if place_end > start && types_after_place && counts_bodies_before(chars, start) {
            i = hend;
            continue;
        }
        if designation(
            chars,
            start,
            hend,
            head.chars.contains(&'中') && head.chars.ends_with(&['心']),
        ) {
            i = hend;
            continue;
        }
        // `医院党委`, `医院办公室`: a generic head before it, with no name of
        // its own, names a body of "the hospital", none by name.
        if vocab()
            .heads
            .longest_at(chars, start)
            .is_some_and(|(len, h)| start + len == i && h.needs_name)
        {
            i = hend;
            continue;
        }
        // `市委`, `县委`: a head that names its level is a whole name, as
        // is a body that is one of a kind (`卫生部`).
        let level_head = !head.needs_name && ADMIN_CHARS.contains(&head.chars[0]) || head.whole;
        if (generic_prefix
            && (head.needs_name || prefix_chars.is_empty())
            && !level_head
            && !numbered_short)
            || (single_char_head && prefix_chars.len() < 2)
        {
            i = hend;
            continue;
        }
        // `北京城市副中心` is a place; `五大中心` counts kinds of centre.
        let whole_place = lx
            .longest_at(chars, start)
            .is_some_and(|(len, _)| start + len == hend);
        let counted =
            crate::numeral::digit(chars[start]).is_some() && lx.longest_at(chars, start).is_none();
        if whole_place || counted {
            i = hend;
            continue;
        }
        let name: String = chars[start..hend].iter().collect();
        // The seat is the most specific of the places the name starts with
        // (`青海省称多县人民医院` → 称多县).
        let mut code: Option<String> = None;
        let mut k = start;
        while k < i
            && let Some((len, e)) = lx.longest_at(chars, k)
            && let Some(c) = e.code.as_deref()
            && code
                .as_deref()
                .is_none_or(|p| p != c && Lexicon::contains(p, c))
        {
            code = Some(c.to_string());
            k += len;
        }
        // Elided list before: 石家庄市、保定市、廊坊市疾控中心.
        if let Some((plen, _)) = lx.longest_at(chars, start) {
            let rest: String = chars[start + plen..hend].iter().collect();
            let mut members = Vec::new();
            let mut k = start;
            while k >= 2 && chars[k - 1] == '、' {
                let mut found = None;
                for s in (k.saturating_sub(12)..k - 1).rev() {
                    if let Some((len, e)) = lx.longest_at(chars, s)
                        && s + len == k - 1
                        && e.kind == PlaceKind::Division
                    {
                        found = Some((s, e.code.clone()));
                    }
                }
                let Some((s, code)) = found else { break };
                members.push((s, k - 1, code));
                k = s;
            }
            if !rest.is_empty() && !members.is_empty() {
                for (s, e, code) in members.into_iter().rev() {
                    let place: String = chars[s..e].iter().collect();
                    out.push(InstitutionMention {
                        start: s,
                        end: e,
                        name: format!("{place}{rest}"),
                        kind: head.kind,
                        code,
                        elided: true,
                    });
                }
            }
        }
        out.push(InstitutionMention {
            start,
            end: hend,
            name,
            kind: head.kind,
            code,
            elided: false,
        });
        i = hend;
    }
    for p in publishers
        .iter()
        .filter(|p| p.start < p.end && p.end <= chars.len())
    {
        // (a name read on past the publisher is the publisher and its
        // office: `（湖滨市中心医院党委宣传部）` credits the hospital)
        if let Some(m) = out.iter_mut().find(|m| m.start == p.start && m.end > p.end)
            && let Some((_, head)) = head_ending_at(chars, p.start..p.end, p.end)
        {
            m.end = p.end;
            m.name = chars[p.start..p.end].iter().collect();
            m.kind = head.kind;
            continue;
        }
        if !out.iter().any(|m| m.start < p.end && p.start < m.end) {
            out.push(InstitutionMention {
                start: p.start,
                end: p.end,
                name: chars[p.start..p.end].iter().collect(),
                kind: InstitutionType::Media,
                code: None,
                elided: false,
            });
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    elided_seats(chars, idx, &mut out);
    out.sort_by_key(|m| (m.start, m.end));
    coordinated_offices(chars, idx, &mut out);
    expand_abbreviations(&mut out, lx);
    seats_just_named(chars, places, &mut out);
    // (the later short forms of a body so seated: `市卫健委` again)
    expand_abbreviations(&mut out, lx);
    declared_aliases(chars, &mut out);
    link_aliases(chars, &mut out);
    own_names(chars, idx, &mut out);
    shortened_names(&mut out);
    contracted_names(chars, idx, &mut out);
    seat_spellings(&mut out, lx);
    out
}

/// `首都医科大学附属北京友谊医院 … 友谊医院`: a name that is the tail of
/// exactly one longer name of the same type in the document is that body
/// called for short — after the full name (the body's later mentions) or
/// before it (a headline's `省人民医院` over a body that says
/// `山西省人民医院`). The tail must be at least four characters (`友谊医院`,
/// `协和医院`), so a bare head (`医院`, `中医院`) stays as written, and so
/// does a tail several names share (`人民医院` beside two county hospitals).
fn shortened_names(out: &mut [InstitutionMention]) {
    // every tail (of four or more characters) of every name, per type: the
    // one full name it belongs to, or `None` once two differ — one pass to
    // build, one to look up, not a scan of all names per name
    type FullName = (String, Option<String>);
    let mut tails: HashMap<(InstitutionType, String), Option<FullName>> = HashMap::default();
    type Tails = HashMap<(InstitutionType, String), Option<FullName>>;
    let add = |tails: &mut Tails, m: &InstitutionMention, tail: String| {
        tails
            .entry((m.kind, tail))
            .and_modify(|v| {
                if v.as_ref().is_some_and(|(n, _)| *n != m.name) {
                    *v = None;
                }
            })
            .or_insert_with(|| Some((m.name.clone(), m.code.clone())));
    };
    // Longest names first, each under the full name it is itself short
    // for: `天坛医院` is the tail of both `首都医科大学附属北京天坛医院` and
    // `北京天坛医院`, one body called by two shorter names.
    let mut named: Vec<&InstitutionMention> = out.iter().filter(|m| !m.elided).collect();
    named.sort_by(|a, b| {
        b.name
            .len()
            .cmp(&a.name.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    named.dedup_by(|a, b| a.name == b.name && a.kind == b.kind);
    for m in named {
        let full = match tails.get(&(m.kind, m.name.clone())) {
            Some(Some((name, code))) => InstitutionMention {
                name: name.clone(),
                code: code.clone(),
                ..m.clone()
            },
            _ => m.clone(),
        };
        let chars: Vec<char> = m.name.chars().collect();
        for k in 1..chars.len().saturating_sub(3) {
            add(&mut tails, &full, chars[k..].iter().collect());
        }
        // A seat's hospital is written short too (`云县医院` for
        // `…云县人民医院`, `县中医院` for `…县中医医院`:
        // `data/head_short_forms.txt`): the short form of a full name, whole
        // or from a seat on, is that body.
        for (long, short) in head_short_forms() {
            let Some(seat) = m.name.strip_suffix(long) else {
                continue;
            };
            let variant: Vec<char> = format!("{seat}{short}").chars().collect();
            // (down to a level and the short head: `市二院`)
            let last = variant.len().saturating_sub(3);
            let from_level = ADMIN_CHARS.contains(&variant[last]);
            for k in 0..last + usize::from(from_level && last > 0) {
                let tail: String = variant[k..].iter().collect();
                if tail != m.name {
                    add(&mut tails, &full, tail);
                }
            }
        }
    }
    for m in out.iter_mut().filter(|m| !m.elided) {
        if let Some(Some((name, code))) = tails.get(&(m.kind, m.name.clone())) {
            m.name = name.clone();
            m.code = code.clone();
        }
    }
}

/// `南京鼓楼医院 … 鼓楼医院`, `首都医科大学宣武医院 … 宣武医院`: the part
/// of a name after its seat or the body it belongs to is the name the body
/// goes by, and where it stands alone it is that body, even when its words
/// would not make a name on their own (鼓楼/n is a common noun, and a
/// common noun before a bare `医院` is no name: `专家医院`).  The part is
/// at least four characters and more than a head (`人民医院`, `儿童医院`,
/// `中心医院` after a seat are kinds of hospital, not names), is not only
/// words of type (`县级医院`), and belongs to one name in the document.
/// It stands alone after a word that cannot be inside a name (`，鼓楼医院`,
/// `与鼓楼医院`), so a longer name the grammar missed is not cut.
/// `out` must be in span order; it stays so.
fn own_names(chars: &[char], idx: &WordIndex, out: &mut Vec<InstitutionMention>) {
    let lx = Lexicon::shared();
    // a name's own part: its chars and the full mention, `None` once two
    // names share it
    let mut owned: Vec<(&[char], Option<usize>)> = Vec::new();
    // (each name once: its parts are the same wherever it is written)
    let mut seen: HashSet<&[char]> = HashSet::default();
    for (k, m) in out.iter().enumerate() {
        if m.elided || m.end - m.start < 6 || !seen.insert(&chars[m.start..m.end]) {
            continue;
        }
        let Some((head_start, _)) = head_ending_at(chars, m.start + 2..m.end - 1, m.end) else {
            continue;
        };
        for s in m.start + 2..head_start.saturating_sub(1) {
            let Some(w) = idx.ending_at(s) else {
                continue;
            };
            // what ends at `s`: a place, a body's head, or 附属
            let owner = w.text == "附属"
                || (w.start..s).any(|j| {
                    lx.longest_at(chars, j)
                        .is_some_and(|(len, e)| j + len == s && e.kind != PlaceKind::Abbreviation)
                })
                || head_ending_at(chars, w.start..s, s).is_some();
            if !owner || m.end - s < 4 || !idx.starts(s) {
                continue;
            }
            let mut t = s;
            while let Some((len, _)) = vocab().type_words.longest_at(chars, t) {
                t += len;
            }
            if t >= head_start || lx.longest_at(chars, s).is_some() {
                continue;
            }
            let part = &chars[s..m.end];
            match owned.iter_mut().find(|(p, _)| *p == part) {
                Some((_, full)) => {
                    if full.is_some_and(|f| out[f].name != m.name) {
                        *full = None;
                    }
                }
                None => owned.push((part, Some(k))),
            }
        }
    }
    owned.retain(|(_, full)| full.is_some());
    if owned.is_empty() {
        return;
    }
    let covered = covered_chars(chars.len(), out);
    // (a part starts a word: the words, by first character)
    let first: HashSet<char> = owned.iter().map(|(p, _)| p[0]).collect();
    let mut added = Vec::new();
    let mut word = 0;
    while let Some(w) = idx.words.get(word) {
        let i = w.start;
        word += 1;
        if !chars.get(i).is_some_and(|c| first.contains(c)) {
            continue;
        }
        let found = owned.iter().find(|(part, _)| {
            chars[i..].starts_with(part)
                && !covered[i..i + part.len()].iter().any(|&c| c)
                && idx.ends(i + part.len())
                && idx.ending_at(i).is_none_or(|w| !name_word(w))
        });
        let Some(&(part, Some(k))) = found else {
            continue;
        };
        let full = &out[k];
        // its campus or branch named right after it is one name with it, as
        // after the full name (`血液病医院团泊院区`)
        let mut end = i + part.len();
        let mut j = end;
        while j < end + 8 && j < chars.len() {
            let w = &idx.words[idx.word_at[j]];
            if w.start != j {
                break;
            }
            if (w.start..w.end).any(|p| {
                head_at(chars, p).is_some_and(|h| {
                    h.kind == InstitutionType::Hospital
                        && h.needs_name
                        && p + h.chars.len() == w.end
                })
            }) {
                end = w.end;
                break;
            }
            if !name_word(w) {
                break;
            }
            j = w.end;
        }
        let campus: String = chars[i + part.len()..end].iter().collect();
        added.push(InstitutionMention {
            start: i,
            end,
            name: format!("{}{campus}", full.name),
            kind: full.kind,
            code: full.code.clone(),
            elided: false,
        });
        word = idx.words.partition_point(|w| w.start < end);
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| (m.start, m.end));
    }
}

/// Heads a seat's hospital is written short with: (full head, short head).
fn head_short_forms() -> &'static [(&'static str, &'static str)] {
    static F: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    F.get_or_init(|| {
        data_lines(include_str!("../data/head_short_forms.txt"))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// `浙大一院` for `浙江大学医学院附属第一医院`, `湖滨医大一附院` for
/// `湖滨医科大学第一附属医院`: Chinese abbreviates a body's name by keeping a
/// character or two of each part, in order.  A name that is such a
/// contraction of exactly one longer name of the same kind in the document
/// is that body.  A contraction keeps the first and the last character,
/// is a subsequence of the full name, leaves out at least two places, and
/// keeps what tells a university hospital apart: the 大 of 大学 or the
/// number of a `第N` (`湖滨医院`, which drops one run, is another hospital of
/// 湖滨; `北京安定医院` is no contraction of `北京广安门医院保定医院`; and
/// `区疾控中心` stays as written).
fn contracted_names(chars: &[char], idx: &WordIndex, out: &mut Vec<InstitutionMention>) {
    /// Whether `short` is a contraction of `long`, whose words start where
    /// `starts` says.  Besides the rule above, a word whose first character
    /// the contraction leaves out gives it nothing more, but for the number
    /// of a `第N` and the name's last character (`天津市医大二院` keeps the 医
    /// of 中医药 without its 中: not `天津市中医药大学第二附属医院`).
    fn contracts(short: &[char], long: &[char], starts: &[bool]) -> bool {
        let (mut j, mut gaps, mut anchored, mut last) = (0, 0, false, None);
        for &c in short {
            let Some(p) = long[j..].iter().position(|&x| x == c) else {
                return false;
            };
            let at = j + p;
            let numbered = at > 0 && long[at - 1] == '第' && crate::numeral::digit(c).is_some();
            if last.is_some_and(|l: usize| at > l + 1) {
                gaps += 1;
                // the word holding `at` starts at or after the gap
                let word_start = (0..=at).rev().find(|&i| starts[i]).unwrap_or(0);
                let skipped_start = word_start < at && last.is_none_or(|l| word_start > l);
                if skipped_start && !numbered && at + 1 != long.len() {
                    return false;
                }
            }
            anchored |= c == '大' && long.get(at + 1) == Some(&'学') || numbered;
            last = Some(at);
            j = at + 1;
        }
        gaps >= 2 && anchored
    }
    // distinct full names as written (with their word starts and codes) by
    // kind, first and last char
    type Named = (Vec<char>, Vec<bool>, Option<String>);
    let mut by_ends: HashMap<(InstitutionType, char, char), Vec<Named>> = HashMap::default();
    for m in out.iter().filter(|m| !m.elided) {
        let cs: Vec<char> = m.name.chars().collect();
        let (Some(&a), Some(&z)) = (cs.first(), cs.last()) else {
            continue;
        };
        if chars[m.start..m.end] != cs[..] {
            continue;
        }
        let bucket = by_ends.entry((m.kind, a, z)).or_default();
        if !bucket.iter().any(|(n, ..)| *n == cs) {
            let starts = (m.start..m.end).map(|i| idx.starts(i)).collect();
            bucket.push((cs, starts, m.code.clone()));
        }
    }
    // A contraction whose first character jieba cut off as a word of its
    // own (`其中/安/医大/一/附院`: the name read is `医大一附院`) is that
    // character and the name, when together they contract exactly one full
    // name and the character is in no other mention.
    let covered = covered_chars(chars.len(), out);
    for m in out.iter_mut().filter(|m| !m.elided && m.start > 0) {
        let s = m.start - 1;
        if covered[s]
            || !is_han(chars[s])
            || !idx.starts(s)
            || !chars[m.start..m.end].iter().copied().eq(m.name.chars())
        {
            continue;
        }
        let cs: Vec<char> = chars[s..m.end].to_vec();
        if cs.len() < 5 {
            continue;
        }
        let Some(bucket) = by_ends.get(&(m.kind, cs[0], cs[cs.len() - 1])) else {
            continue;
        };
        let mut fulls = bucket
            .iter()
            .filter(|(n, st, _)| n.len() > cs.len() + 1 && contracts(&cs, n, st));
        if let (Some((name, _, code)), None) = (fulls.next(), fulls.next()) {
            m.start = s;
            m.name = name.iter().collect();
            if m.code.is_none() {
                m.code = code.clone();
            }
        }
    }
    for m in out.iter_mut().filter(|m| !m.elided) {
        let cs: Vec<char> = m.name.chars().collect();
        if cs.len() < 4 {
            continue;
        }
        let Some(bucket) = by_ends.get(&(m.kind, cs[0], cs[cs.len() - 1])) else {
            continue;
        };
        // (a crowd of names with the same ends says nothing for sure)
        if bucket.len() > 32 {
            continue;
        }
        let mut fulls = bucket
            .iter()
            .filter(|(n, st, _)| n.len() > cs.len() + 1 && contracts(&cs, n, st));
        if let (Some((name, _, code)), None) = (fulls.next(), fulls.next()) {
            m.name = name.iter().collect();
            if m.code.is_none() {
                m.code = code.clone();
            }
        }
    }
    // A contraction the words cut up (`温医大附一院`: jieba's 附/v stops a
    // name) is found from the full names instead: a run of up to eight
    // characters outside every mention, starting and ending a word, with a
    // full name's first and last characters, that contracts exactly one.
    // (the full names by first and last character, whatever their kind:
    // one lookup per candidate, however many names the article has)
    let mut by_chars: HashMap<(char, char), Vec<(InstitutionType, &Named)>> = HashMap::default();
    for (k, names) in &by_ends {
        by_chars
            .entry((k.1, k.2))
            .or_default()
            .extend(names.iter().map(|n| (k.0, n)));
    }
    let lasts: rustc_hash::FxHashSet<char> = by_chars.keys().map(|k| k.1).collect();
    if lasts.is_empty() {
        return;
    }
    let mut covered = covered_chars(chars.len(), out);
    let mut more = Vec::new();
    for end in 4..=chars.len() {
        if covered[end - 1] || !lasts.contains(&chars[end - 1]) || !idx.ends(end) {
            continue;
        }
        let found = (end.saturating_sub(8)..end - 3).find_map(|start| {
            if !idx.starts(start)
                || covered[start..end].iter().any(|&c| c)
                || declared_at(chars, start)
            {
                return None;
            }
            let short = &chars[start..end];
            if !short.iter().all(|&c| is_han(c)) {
                return None;
            }
            let bucket = by_chars.get(&(short[0], short[short.len() - 1]))?;
            // (a crowd of names with the same ends says nothing for sure)
            if bucket.len() > 32 {
                return None;
            }
            let mut fulls = bucket
                .iter()
                .filter(|(_, (n, st, _))| n.len() > short.len() + 1 && contracts(short, n, st));
            match (fulls.next(), fulls.next()) {
                (Some(&(kind, (name, _, code))), None) => Some(InstitutionMention {
                    start,
                    end,
                    name: name.iter().collect(),
                    kind,
                    code: code.clone(),
                    elided: false,
                }),
                _ => None,
            }
        });
        if let Some(m) = found {
            covered[m.start..m.end].fill(true);
            more.push(m);
        }
    }
    if !more.is_empty() {
        out.extend(more);
        out.sort_by_key(|m| (m.start, m.end));
    }
}

/// The words that declare a short name (`以下简称`, `简称`), longest first.
fn alias_declarations() -> &'static [&'static str] {
    static DECLARE: OnceLock<Vec<&'static str>> = OnceLock::new();
    DECLARE.get_or_init(|| {
        let mut w: Vec<&str> = data_lines(include_str!("../data/alias_declarations.txt")).collect();
        w.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        w
    })
}

/// Whether a short name starting at `start` is the one a declaration
/// writes (`（以下简称“湖医附一院”）`): the declaration's own words are no
/// mention.
fn declared_at(chars: &[char], start: usize) -> bool {
    let end = if start > 0 && matches!(chars[start - 1], '“' | '"' | '「' | '‘') {
        start - 1
    } else {
        start
    };
    alias_declarations().iter().any(|w| {
        let n = w.chars().count();
        end >= n && at(chars, end - n, w)
    })
}

/// `重庆医科大学附属第一医院（以下简称“重医附一院”）`: a short name the
/// text declares for a body, whether or not it looks like a name, stands
/// for that body wherever else it is written (`data/alias_declarations.txt`).
/// The declaration's own words are not a mention.  (A document declares a handful; each is looked for
/// once over the text.)
/// `out` must be in span order; it stays so.
fn declared_aliases(chars: &[char], out: &mut Vec<InstitutionMention>) {
    let declare = alias_declarations();
    // (the short name, the body's mention, where the declaration writes it)
    let mut aliases: Vec<(Vec<char>, usize, usize)> = Vec::new();
    for (k, m) in out.iter().enumerate() {
        if m.elided || !matches!(chars.get(m.end), Some('（' | '(')) {
            continue;
        }
        let mut i = m.end + 1;
        let Some(w) = declare.iter().find(|w| at(chars, i, w)) else {
            continue;
        };
        i += w.chars().count();
        if matches!(chars.get(i), Some('：' | ':' | '为')) {
            i += 1;
        }
        let quoted = matches!(chars.get(i), Some('“' | '"' | '「' | '‘'));
        if quoted {
            i += 1;
        }
        let n = chars[i..]
            .iter()
            .take(13)
            .take_while(|c| c.is_alphanumeric())
            .count();
        let closed = match chars.get(i + n) {
            Some('”' | '"' | '」' | '’') => quoted,
            Some('）' | ')' | '，' | ',' | '；') => !quoted,
            _ => false,
        };
        if (2..=12).contains(&n) && closed && chars[i..i + n] != chars[m.start..m.end] {
            aliases.push((chars[i..i + n].to_vec(), k, i));
        }
        if aliases.len() >= 16 {
            break;
        }
    }
    if aliases.is_empty() {
        return;
    }
    let mut covered = covered_chars(chars.len(), out);
    let mut added = Vec::new();
    for (alias, k, declared) in &aliases {
        let full = &out[*k];
        let mut i = 0;
        while i + alias.len() <= chars.len() {
            if chars[i..i + alias.len()] == alias[..] {
                let (a, b) = (i, i + alias.len());
                if a != *declared && !covered[a..b].iter().any(|&c| c) {
                    covered[a..b].fill(true);
                    added.push(InstitutionMention {
                        start: a,
                        end: b,
                        name: full.name.clone(),
                        kind: full.kind,
                        code: full.code.clone(),
                        elided: false,
                    });
                }
                i = b;
            } else {
                i += 1;
            }
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| (m.start, m.end));
    }
}

/// `北京大学第三医院（北医三院）`: a name alone in brackets right after a
/// name is what the text calls it for short, and that short name, there
/// and wherever else it stands alone, is the full one.
fn link_aliases(chars: &[char], out: &mut [InstitutionMention]) {
    let mut aliases: Vec<(String, String, Option<String>)> = Vec::new();
    for k in 1..out.len() {
        let (full, alias) = (&out[k - 1], &out[k]);
        if !full.elided
            && !alias.elided
            && matches!(chars.get(full.end), Some('（' | '('))
            && alias.start == full.end + 1
            && matches!(chars.get(alias.end), Some('）' | ')'))
            && alias.name.chars().count() < full.name.chars().count()
        {
            let short: String = chars[alias.start..alias.end].iter().collect();
            aliases.push((short, full.name.clone(), full.code.clone()));
        }
    }
    if aliases.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        let text: String = chars[m.start..m.end].iter().collect();
        if let Some((_, name, code)) = aliases.iter().find(|(a, ..)| *a == text) {
            m.name = name.clone();
            if m.code.is_none() {
                m.code = code.clone();
            }
        }
    }
}

/// `安新县医院、中医院、妇幼保健院和疾控中心`: after a body named with its
/// seat, list members that are only a kind of body which a seat alone
/// names (heads with `needs_name = no`: 中医院, 疾控中心, 人民医院) share that
/// seat — the mirror of `石家庄市、保定市疾控中心`. Each becomes an elided
/// institution named with the seat (`安新县中医院`).
/// `out` must be in span order.
fn elided_seats(chars: &[char], idx: &WordIndex, out: &mut Vec<InstitutionMention>) {
    let lx = Lexicon::shared();
    let mut added = Vec::new();
    for m in out.iter().filter(|m| !m.elided) {
        // the seat: the divisions the name starts with
        let mut k = m.start;
        let mut code = None;
        while k < m.end
            && let Some((len, e)) = lx.longest_at(chars, k)
            && e.kind == PlaceKind::Division
        {
            code = e.code.clone();
            k += len;
        }
        if k == m.start || k >= m.end {
            continue;
        }
        let seat: String = chars[m.start..k].iter().collect();
        let level = chars[k - 1];
        let mut j = m.end;
        loop {
            let s = match chars.get(j) {
                Some('、' | '和' | '及') => j + 1,
                _ if at(chars, j, "以及") => j + 2,
                _ => break,
            };
            // `县中医院` after `环县人民医院`: the level character again
            let body = if chars.get(s) == Some(&level) {
                s + 1
            } else {
                s
            };
            let Some(head) = head_at(chars, body) else {
                break;
            };
            let e = body + head.chars.len();
            // (`out` is in span order: look only at the names starting at
            // or just before `s`, which a member inside one would be)
            let n = out.partition_point(|o| o.start <= s);
            let inside = out[..n].iter().rev().take(4).any(|o| s < o.end);
            if head.needs_name || !idx.ends(e) || inside {
                break;
            }
            added.push(InstitutionMention {
                start: s,
                end: e,
                name: format!("{seat}{}", chars[body..e].iter().collect::<String>()),
                kind: head.kind,
                code: code.clone(),
                elided: true,
            });
            j = e;
        }
    }
    out.extend(added);
}

/// `市卫健委` after `天津市卫生健康委`: the name of the first earlier
/// institution of the same type whose place ends in the same admin char.
/// `医政医管处、妇幼处、中医处、规划处`: in a list of short names with one
/// office character as head (处, 科, 股, 室), a member next to a recognised
/// name with the same head is a name too, though its own words would not
/// make it one.
fn coordinated_offices(chars: &[char], idx: &WordIndex, out: &mut Vec<InstitutionMention>) {
    let is_sep = |c: char| matches!(c, '、' | '和' | '及');
    let mut added = Vec::new();
    // whether an institution of `out` (sorted) overlaps [s, e)
    let taken = |out: &[InstitutionMention], s: usize, e: usize| {
        let n = out.partition_point(|m| m.start < e);
        out[..n].iter().rev().take(4).any(|m| s < m.end)
    };
    for m in out.iter() {
        let Some(&head) = chars.get(m.end.wrapping_sub(1)) else {
            continue;
        };
        if !office_heads().contains(&head) || m.elided {
            continue;
        }
        // neighbours to the right, then to the left
        let mut at = m.end;
        while chars.get(at).is_some_and(|&c| is_sep(c)) {
            let s = at + 1;
            let len = chars[s..]
                .iter()
                .take(9)
                .position(|&c| !is_name_char(c) || c == '、')
                .unwrap_or(0);
            let Some(e) = (s + 2..=s + len).rev().find(|&e| chars[e - 1] == head) else {
                break;
            };
            // a recognised neighbour carries the list on itself
            if taken(out, s, e) {
                break;
            }
            added.push((s, e));
            at = e;
        }
        let mut at = m.start;
        while at >= 2 && is_sep(chars[at - 1]) && chars[at - 2] == head {
            // back over whole name words (not into `29日`)
            let e = at - 1;
            let mut s = e;
            while let Some(w) = idx.ending_at(s) {
                if e - w.start > 9 || !(name_word(w) || chars[w.end - 1] == head) {
                    break;
                }
                s = w.start;
            }
            if e - s < 2 || taken(out, s, e) {
                break;
            }
            added.push((s, e));
            at = s;
        }
    }
    added.sort_unstable();
    added.dedup();
    for (s, e) in added {
        out.push(InstitutionMention {
            start: s,
            end: e,
            name: chars[s..e].iter().collect(),
            kind: InstitutionType::Government,
            code: None,
            elided: false,
        });
    }
    out.sort_by_key(|m| (m.start, m.end));
}

fn expand_abbreviations(out: &mut [InstitutionMention], lx: &Lexicon) {
    for k in 0..out.len() {
        let text: Vec<char> = out[k].name.chars().collect();
        if out[k].elided || !ADMIN_CHARS.contains(&text[0]) {
            continue;
        }
        let admin = text[0];
        let kind = out[k].kind;
        let full = out[..k].iter().find(|m| {
            let mc: Vec<char> = m.name.chars().collect();
            m.kind == kind
                && lx.longest_at(&mc, 0).is_some_and(|(len, e)| {
                    e.kind == PlaceKind::Division
                        && mc[len - 1] == admin
                        && mc.len() > len
                        && text.len() > 1
                        && head_kind_same(&mc[len..], &text[1..])
                })
        });
        if let Some((name, code)) = full.map(|f| (f.name.clone(), f.code.clone())) {
            out[k].name = name;
            out[k].code = code;
        }
    }
}

/// `来到石楼县，在县人民医院开展义诊`: a body named by a level and a head
/// alone (`县人民医院`, `市卫健委`, `州疾控中心`) is the one of the last
/// division of that level named before it in its paragraph — the place
/// the text is at — and takes its name and seat (`石楼县人民医院`), unless
/// [`expand_abbreviations`] found it spelled out before.
fn seats_just_named(chars: &[char], places: &[PlaceMention], out: &mut [InstitutionMention]) {
    for m in out.iter_mut() {
        let level = chars[m.start];
        if m.elided || m.code.is_some() || !ADMIN_CHARS.contains(&level) {
            continue;
        }
        // (the rest is one head: not `区域医疗中心`)
        if head_at(chars, m.start + 1).is_none_or(|h| m.start + 1 + h.chars.len() != m.end) {
            continue;
        }
        let before = places.partition_point(|p| p.end <= m.start);
        let place = places[..before]
            .iter()
            .rev()
            .take_while(|p| !chars[p.end..m.start].contains(&'\n'))
            .find(|p| chars[p.end - 1] == level);
        if let Some(p) = place.filter(|p| p.code.is_some() && !p.short) {
            let seat: String = chars[p.start..p.end].iter().collect();
            m.name = format!(
                "{seat}{}",
                chars[m.start + 1..m.end].iter().collect::<String>()
            );
            m.code = p.code.clone();
        }
    }
}

/// `红河州第一人民医院` and `红河哈尼族彝族自治州第一人民医院`: one body whose
/// seat is written short in one place and in full in another — the same
/// division code and the same rest of the name.  Each is the longest
/// spelling the article gives.
fn seat_spellings(out: &mut [InstitutionMention], lx: &Lexicon) {
    // (kind, seat code, rest of the name) → the longest name so spelled
    let mut longest: HashMap<(InstitutionType, String, String), String> = HashMap::default();
    let key = |m: &InstitutionMention| {
        let code = m.code.clone()?;
        let cs: Vec<char> = m.name.chars().collect();
        let (len, _) = lx.longest_at(&cs, 0)?;
        (cs.len() > len).then(|| (m.kind, code, cs[len..].iter().collect::<String>()))
    };
    for m in out.iter().filter(|m| !m.elided) {
        if let Some(k) = key(m) {
            let e = longest.entry(k).or_insert_with(|| m.name.clone());
            if m.name.chars().count() > e.chars().count() {
                *e = m.name.clone();
            }
        }
    }
    for m in out.iter_mut().filter(|m| !m.elided) {
        if let Some(name) = key(m).and_then(|k| longest.get(&k)) {
            m.name = name.clone();
        }
    }
}

/// Which of `len` chars a mention in `out` covers: one pass, then a lookup
/// per place a new mention is looked for.
fn covered_chars(len: usize, out: &[InstitutionMention]) -> Vec<bool> {
    let mut covered = vec![false; len];
    for m in out {
        covered[m.start.min(len)..m.end.min(len)].fill(true);
    }
    covered
}

/// Whether two name tails are the same body, spelled fully or abbreviated
/// (`卫生健康委` / `卫健委`): same last char and the short one's chars in
/// order inside the long one.  A committee is a 委 written either way
/// (`卫生健康委员会` / `卫生健康委`, `卫健委`).
fn head_kind_same(long: &[char], short: &[char]) -> bool {
    let long = match long {
        [rest @ .., '委', '员', '会'] if short.last() == Some(&'委') => &long[..rest.len() + 1],
        _ => long,
    };
    if long.last() != short.last() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|c| it.any(|x| x == c))
}

/// Whether a count of two or more bodies ends right before `at` (`12家`,
/// `三所`, `十多家`): what follows is a kind counted.
fn counts_bodies_before(chars: &[char], at: usize) -> bool {
    // (read by the counts' own reader, from each place a count ending here
    // could start; only a count of bodies' unit ends right before `at`)
    if !(at > 0
        && crate::aid::role_words()
            .institution_units
            .matches_at(chars, at - 1))
    {
        return false;
    }
    (at.saturating_sub(12)..at - 1).any(|p| {
        crate::quantity::read(chars, p).is_some_and(|f| {
            f.end == at
                && matches!(&f.quantity, crate::quantity::Quantity::Count(c)
                if c.value.is_some_and(|v| v >= 2.0)
                    && c.unit.as_deref().is_some_and(|u| {
                        crate::aid::role_words().institution_units.contains(u)
                    }))
        })
    })
}
