//! Pointing words: `我区`, `本市`, `我委`, `本院`.
//!
//! News written by a party of the aid names itself by pointing: a Beijing
//! district's report says `我区对口帮扶四县(旗)…`, a Tianjin commission's
//! `我委将加强…`.  Without resolving them the donor of such sentences is lost,
//! or worse, taken from whatever name happens to stand nearby.
//!
//! A pointing word is a prefix and a suffix (`data/deixis.txt`) that ends a
//! word of the segmentation (so `本区域` is not `本区`).  It stands for the
//! writer where the text shows one that ends in the same suffix — the
//! publisher of its source line, or a body that signs it (a short line of
//! its own among the last) — and otherwise for the article's name that
//! ends in the suffix and is mentioned most often, the first of equals: the
//! writer is what the article keeps naming — but not a name written in a
//! sentence beside the pointing word (`我市与佛山市东西部协作`, `佛山市选派
//! …到我市`): that is the other side, however often the article names it.
//! A pointing word with no such name in the article
//! is left alone.  The mention keeps its own text and span; its value carries
//! the name it stands for, and `deictic: true`, so it can be a party of an
//! aid record without being listed as a name of the article.
//!
//! `该` (`该院`, `该县`: "the said …") points back instead: at the latest
//! such name before it in its own sentence when that is not the sentence's
//! first name (`A帮助B…，并接收该院医生` → B; `A党委书记带队…来到B，并向
//! 该院捐赠…` → B, though A's committee is no 院) — and, where help goes to it, not
//! the name that opens its clause (`…以来，A派出专家…，帮助该院…` is not A,
//! however A was written earlier in the sentence) — else at the first such name of the
//! latest earlier sentence that has one — that sentence's subject, its
//! topic (`B接受A对口帮扶。在A的支持下，该院…` → B, not A) — and never at
//! the helper of a `在A的支持下，` phrase right before it, which helps what
//! follows (`B汇报：在A的支持下，该院…` → B).  Where help goes to it from
//! the subject that opens its own sentence (`A派驻…，帮助该院…`), it is not
//! that subject but the earlier sentence's first other name (`A与B签署…，
//! 托管C。` → C).  A first name
//! that only introduces a speaker (`B院长X介绍，…帮助该院…`) is no subject:
//! the speaker's body is what the speech calls `该院`.

use crate::entity::{Entity, EntityValue, Institution, Place};
use bangfu_segment::{data_lines, sentences};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq)]
enum Refers {
    Place,
    Institution,
}

struct Table {
    prefixes: Vec<char>,
    /// Prefixes that point at the latest name before them (`该院`).
    recent: Vec<char>,
    /// The longer endings a suffix stands for (`委` for a `…委员会`).
    long_forms: Vec<(Vec<char>, Vec<char>)>,
    /// Words after a level that make it point at the article's place of
    /// that level: `省级财政`, `省财政` is the province's purse.
    purses: Vec<Vec<char>>,
    suffixes: Vec<(Vec<char>, Refers)>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table {
            prefixes: Vec::new(),
            recent: Vec::new(),
            purses: Vec::new(),
            long_forms: Vec::new(),
            suffixes: Vec::new(),
        };
        for l in data_lines(include_str!("../data/deixis.txt")) {
            match l.split_once('\t') {
                Some(("prefix", p)) => t.prefixes.extend(p.chars()),
                Some(("recent", p)) => t.recent.extend(p.chars()),
                Some(("purse", p)) => t.purses.push(p.chars().collect()),
                Some(("long", p)) => {
                    if let Some((short, long)) = p.split_once('\t') {
                        t.long_forms
                            .push((short.chars().collect(), long.chars().collect()));
                    }
                }
                Some((s, "place")) => t.suffixes.push((s.chars().collect(), Refers::Place)),
                Some((s, "institution")) => {
                    t.suffixes.push((s.chars().collect(), Refers::Institution))
                }
                _ => {}
            }
        }
        // longest suffix first
        t.suffixes.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        t
    })
}

/// A suffix and whether it names a place.
type Key = (Vec<char>, bool);

/// A pointing word found in the text, with the value it stands for.
pub(crate) struct Pointer {
    pub start: usize,
    pub end: usize,
    pub value: EntityValue,
}

/// The pointing words of `chars` that stand for one of `names` (the
/// article's place and institution entities).  `ends_word(i)` tells whether
/// a word of the segmentation ends at `i`; `free(s, e)` whether no other
/// entity covers `[s, e)`.
pub(crate) fn pointers(
    chars: &[char],
    names: &[Entity],
    publishers: &[crate::Span],
    ends_word: impl Fn(usize) -> bool,
    free: impl Fn(usize, usize) -> bool,
) -> Vec<Pointer> {
    // where the last four lines that are not blank begin
    let mut tail_start = chars.len();
    let mut seen = 0;
    while seen < 4 && tail_start > 0 {
        let line_start = chars[..tail_start - 1]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |p| p + 1);
        if chars[line_start..tail_start]
            .iter()
            .any(|c| !c.is_whitespace())
        {
            seen += 1;
        }
        tail_start = line_start;
    }
    let writers: Vec<bool> = names
        .iter()
        .map(|e| {
            publishers.iter().any(|p| p.contains(&e.span))
                || e.span.start >= tail_start && signs(chars, e)
        })
        .collect();
    let t = table();
    let mut out = Vec::new();
    let mut resolved: HashMap<Key, Option<EntityValue>> = HashMap::default();
    // per (suffix, kind): the starts of the matching names, in order
    let mut by_position: HashMap<Key, Vec<(usize, usize)>> = HashMap::default();
    // sentence starts, from the segmenter's splitter
    let mut starts: Option<Vec<usize>> = None;
    // pointing words that stand for the writer, resolved after the scan
    let mut pending: Vec<(Key, Refers, usize, usize)> = Vec::new();
    for i in 0..chars.len() {
        // `省级财政`, `县财政`: a level that opens a word, before a purse
        if let Some(p) = purse_at(chars, i)
            && (i == 0 || ends_word(i))
            && free(i, p)
        {
            pending.push(((vec![chars[i]], true), Refers::Place, i, p));
            continue;
        }
        let recent = t.recent.contains(&chars[i]);
        if !recent && !t.prefixes.contains(&chars[i]) {
            continue;
        }
        let Some((suffix, refers)) = t
            .suffixes
            .iter()
            .find(|(s, _)| chars.get(i + 1..i + 1 + s.len()) == Some(&s[..]))
        else {
            continue;
        };
        let end = i + 1 + suffix.len();
        if !ends_word(end) || !free(i, end) {
            continue;
        }
        let key = (suffix.clone(), *refers == Refers::Place);
        if recent {
            let list = by_position.entry(key).or_insert_with(|| {
                let mut v: Vec<(usize, usize)> = names
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| {
                        matches_suffix(e, suffix, *refers).is_some()
                            || *refers == Refers::Institution
                                && unit_follows(chars, e, suffix, &ends_word)
                    })
                    .map(|(k, e)| (e.span.start, k))
                    .collect();
                v.sort_unstable();
                v
            });
            // The latest name before it — in its own sentence, one after
            // the sentence's first (`A帮助B建立…，并接收该院医生`: 该院 is B;
            // the subject that opens a sentence is not what its `该院`
            // points back at) — else the latest of an earlier sentence.
            let starts = starts.get_or_insert_with(|| sentence_starts(chars));
            let bound = starts
                .partition_point(|&k| k <= i)
                .checked_sub(1)
                .map_or(0, |n| starts[n]);
            let before = list.partition_point(|&(s, _)| s < i);
            let earlier = list.partition_point(|&(s, _)| s < bound);
            // (the sentence's first name is no subject when it only
            // introduces a speaker: `B院长X介绍，…帮助该院…` → B)
            // (but where help goes to it and the speech names no other
            // giver — none of its names opens a clause unled by a marker —
            // the speaker's body gives it: `A院长表示，医院将继续选派…常驻
            // B县，重点帮扶该院…`, and 该院 is the other side, as after any
            // subject; `B院长介绍，三年来，湖南省…帮助该院` is still B)
            let speaker = before == earlier + 1 && {
                let e = names[list[earlier].1].span.end;
                (e..i)
                    .find(|&c| matches!(chars[c], '，' | ',' | '：' | ':'))
                    .filter(|&c| crate::aid::speech_ends_at(chars, e, c))
                    .is_some_and(|c| {
                        !crate::aid::marks_recipient_before(chars, i)
                            || names.iter().any(|n| {
                                n.span.start > c
                                    && n.span.end <= i
                                    && !crate::aid::marks_recipient_before(chars, n.span.start)
                            })
                    })
            };
            // (a helper in a leading `在A的支持下，` phrase is not what is
            // helped after it: `B汇报：在A的支持下，该院…` → B)
            // (nor is one a passive verb makes the giver: `B得到了A的支持，
            // …到该院` → B)
            let helper = before > earlier && {
                let sp = names[list[before - 1].1].span;
                crate::aid::helps_before(chars, sp.end, i)
                    || crate::aid::gives_to_subject(chars, sp.start)
            };
            let own = before - usize::from(helper);
            // (the sentence's first name may end otherwise: `A党委书记带队
            // …来到B，并向该院捐赠…` → B)
            // (the first body the sentence names, of any suffix, where it
            // ends by `limit`)
            let first_body = |limit: usize| {
                names
                    .iter()
                    .find(|e| {
                        e.span.start >= bound && matches!(e.value, EntityValue::Institution(_))
                    })
                    .filter(|e| e.span.end <= limit)
            };
            let after_other =
                own == earlier + 1 && first_body(names[list[earlier].1].span.start).is_some();
            let pick = if own >= earlier + 2 || speaker || after_other {
                // (where help goes to it, not the subject that opens its
                // clause — `…以来，A先后派出专家…，帮助该院…` is not A — but
                // the latest other name before that)
                let latest = names[list[own - 1].1].span.start;
                let opens = latest > bound && matches!(chars[latest - 1], '，' | ',' | '；' | ';');
                match (opens && crate::aid::marks_recipient_before(chars, i))
                    .then(|| names[list[own - 1].1].name())
                {
                    Some(x) => (earlier..own - 1)
                        .rev()
                        .find(|&n| names[list[n].1].name() != x)
                        .unwrap_or(own - 1),
                    None => own - 1,
                }
            } else if helper && own == earlier + 1 {
                // (the helper's sentence opens with the helped)
                earlier
            } else if earlier > 0 {
                // the first such name of the latest earlier sentence that
                // has one: its subject, the sentence's topic — but where
                // the pointing word is where help goes from the subject
                // that opens its own sentence (`A派驻…，帮助该院…`), not
                // that subject: the first other name there (`A与B签署…，
                // 托管C。A派驻…，帮助该院…` → C)
                let last = list[earlier - 1].0;
                let from = starts[..starts.partition_point(|&k| k <= last)]
                    .last()
                    .copied()
                    .unwrap_or(0);
                let first = list.partition_point(|&(s, _)| s < from);
                // (a subject of another suffix counts too, a body's unit
                // among them: `A党委书记表示，医院将…帮扶该院` is not A)
                let own_first = || first_body(i).map(|e| e.name());
                let subject = if !crate::aid::marks_recipient_before(chars, i) {
                    None
                } else if own == earlier + 1 {
                    Some(names[list[earlier].1].name())
                } else if own == earlier {
                    own_first()
                } else {
                    None
                };
                // (a pointing word of the same suffix that opens that
                // sentence before its first name is its subject: `该院与
                // 受援医院共建…B医院番禺楼…。该院与受援医院签订…` — the
                // second is what the first was)
                let chained = subject.is_none().then(|| {
                    out.iter()
                        .rev()
                        .take_while(|p: &&Pointer| p.start >= from)
                        .filter(|p| {
                            p.start < list[first].0 && chars[p.start + 1..p.end] == suffix[..]
                        })
                        .last()
                        .map(|p| p.value.clone())
                });
                if let Some(Some(value)) = chained {
                    out.push(Pointer {
                        start: i,
                        end,
                        value,
                    });
                    continue;
                }
                match subject {
                    Some(x) => (first..earlier)
                        .find(|&n| !x.starts_with(names[list[n].1].name()))
                        .unwrap_or(first),
                    None => first,
                }
            } else {
                usize::MAX
            };
            if let Some(&(_, k)) = list.get(pick) {
                out.push(Pointer {
                    start: i,
                    end,
                    value: pointing_value(&names[k]),
                });
            }
            continue;
        }
        pending.push((key, *refers, i, end));
    }
    if pending.is_empty() {
        return out;
    }
    // A name written in a sentence beside the pointing word is the other
    // side of what it says (`我市与佛山市东西部协作`, `佛山市选派…到我市`),
    // never the writer it points at — unless the source line says so.
    let starts = starts.unwrap_or_else(|| sentence_starts(chars));
    let sentence_of = |i: usize| starts.partition_point(|&k| k <= i);
    // (per key, the sentences that hold it; then one pass over the names)
    let mut holding: HashMap<Key, rustc_hash::FxHashSet<usize>> = HashMap::default();
    for (key, _, i, _) in &pending {
        holding
            .entry(key.clone())
            .or_default()
            .insert(sentence_of(*i));
    }
    let name_sentences: Vec<usize> = names.iter().map(|e| sentence_of(e.span.start)).collect();
    let partners: HashMap<Key, Vec<bool>> = holding
        .into_iter()
        .map(|(key, held)| {
            let beside = name_sentences.iter().map(|n| held.contains(n)).collect();
            (key, beside)
        })
        .collect();
    for (key, refers, i, end) in pending {
        let value = resolved
            .entry(key.clone())
            .or_insert_with(|| antecedent(names, &writers, &partners[&key], &key.0, refers))
            .clone();
        if let Some(value) = value {
            out.push(Pointer {
                start: i,
                end,
                value,
            });
        }
    }
    out.sort_by_key(|p| p.start);
    out
}

/// Where a level's purse that opens at `i` ends (`省级财政`, `县财政`): a
/// place suffix of one character, then a purse word (`data/deixis.txt`).
fn purse_at(chars: &[char], i: usize) -> Option<usize> {
    let t = table();
    // (the purse first: a character to look at, where the suffixes are
    // ten — this runs at every character)
    let at = i + 1;
    let next = *chars.get(at)?;
    let p = t
        .purses
        .iter()
        .find(|p| p[0] == next && chars.get(at..at + p.len()) == Some(&p[..]))?;
    t.suffixes
        .iter()
        .any(|(s, r)| *r == Refers::Place && s[..] == [chars[i]])
        .then_some(at + p.len())
}

/// Whether a pointing word's text is a level's purse (`省级财政`).
pub(crate) fn is_purse(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    !chars.is_empty() && purse_at(&chars, 0) == Some(chars.len())
}

/// Where the sentences of `chars` start, from the segmenter's splitter.
fn sentence_starts(chars: &[char]) -> Vec<usize> {
    sentences(chars).iter().map(|s| s.start).collect()
}

/// The name of `e` when it is a place or institution (per `refers`) whose
/// name ends in `suffix` and is longer than it.
fn matches_suffix(e: &Entity, suffix: &[char], refers: Refers) -> Option<String> {
    let name = match (&e.value, refers) {
        (EntityValue::Place(p), Refers::Place) if !p.deictic => e.text.clone(),
        (EntityValue::Institution(i), Refers::Institution) if !i.deictic => i.name.clone(),
        _ => return None,
    };
    let ends = |end: &[char]| {
        name.chars().count() > end.len()
            && name
                .chars()
                .rev()
                .zip(end.iter().rev())
                .all(|(a, b)| a == *b)
    };
    (ends(suffix)
        || table()
            .long_forms
            .iter()
            .any(|(short, long)| short[..] == *suffix && ends(long)))
    .then_some(name)
}

/// Whether a unit of the institution `e` whose name ends in `suffix` is
/// written right after it (`青岚县人民医院胸痛中心`): `该中心` then points at
/// the institution the unit belongs to, the body that receives or gives.
fn unit_follows(
    chars: &[char],
    e: &Entity,
    suffix: &[char],
    ends_word: &impl Fn(usize) -> bool,
) -> bool {
    if !matches!(&e.value, EntityValue::Institution(i) if !i.deictic) {
        return false;
    }
    let from = e.span.end;
    // a unit's name: up to six Han characters ending a word, the last ones
    // the suffix
    (from + suffix.len() + 1..=(from + 6).min(chars.len())).any(|end| {
        chars[from..end].iter().all(|&c| crate::text::is_han(c))
            && chars[end - suffix.len()..end] == suffix[..]
            && ends_word(end)
    })
}

/// The value of a pointing word that stands for `e`.
fn pointing_value(e: &Entity) -> EntityValue {
    match &e.value {
        EntityValue::Place(p) => EntityValue::Place(Place {
            name: Some(e.text.clone()),
            deictic: true,
            ..p.clone()
        }),
        EntityValue::Institution(i) => EntityValue::Institution(Institution {
            deictic: true,
            elided: false,
            ..i.clone()
        }),
        other => other.clone(),
    }
}

/// Whether `e`, in one of the text's last four lines, signs it: an
/// institution that opens its line, a short line with no sentence
/// punctuation (`四川省人民医院办公室` above the date of a bulletin).
fn signs(chars: &[char], e: &Entity) -> bool {
    if !matches!(e.value, EntityValue::Institution(_)) {
        return false;
    }
    let (s, t) = (e.span.start, e.span.end);
    let line_start = chars[..s]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1);
    if !chars[line_start..s].iter().all(|c| c.is_whitespace()) {
        return false;
    }
    let line_end = chars[t..]
        .iter()
        .position(|&c| c == '\n')
        .map_or(chars.len(), |p| t + p);
    line_end - line_start <= 30
        && !chars[t..line_end]
            .iter()
            .any(|c| matches!(c, '。' | '，' | '；' | '！' | '？'))
}

/// The writer (the publisher, or the body that signs) if one ends in
/// `suffix`, else the most often named place or institution ending in it,
/// as the value of a pointing word.
fn antecedent(
    names: &[Entity],
    writers: &[bool],
    partners: &[bool],
    suffix: &[char],
    refers: Refers,
) -> Option<EntityValue> {
    // (the names written beside the pointing word, by name)
    let beside: rustc_hash::FxHashSet<String> = names
        .iter()
        .enumerate()
        .filter(|&(k, _)| partners[k] && !writers[k])
        .filter_map(|(_, e)| matches_suffix(e, suffix, refers))
        .collect();
    // name → (writer, count, first position, value)
    let mut seen: HashMap<String, (bool, usize, usize, EntityValue)> = HashMap::default();
    for (k, e) in names.iter().enumerate() {
        let Some(name) = matches_suffix(e, suffix, refers) else {
            continue;
        };
        if beside.contains(&name) {
            continue;
        }
        let entry = seen
            .entry(name)
            .or_insert_with(|| (false, 0, k, pointing_value(e)));
        entry.0 |= writers[k];
        entry.1 += 1;
    }
    seen.into_values()
        .max_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)))
        .map(|(.., v)| v)
}
