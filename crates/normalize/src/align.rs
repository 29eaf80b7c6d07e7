//! The aligned text every normalisation stage edits.
//!
//! This is the pattern of Hugging Face tokenizers' `NormalizedString`: the text
//! being normalised never travels alone. Each of its characters carries the
//! half-open range of characters of the *decoded original* it came from, and
//! every stage edits the text only through [`AlignedText::apply`], which updates
//! that alignment in the same pass. Nothing downstream ever recomputes offsets
//! by searching for strings: an extractor that finds an entity at normalised
//! characters `[s, e)` asks [`AlignedText::orig_span`] where it came from.
//!
//! Alignment rules for one replacement of `k` characters by `m` characters:
//! - `m == k`: character `i` of the replacement takes the range of old
//!   character `i` (OpenCC phrase conversions, width folding, repairs that
//!   keep the length);
//! - `m != k`, `m > 0`: every new character takes the union of the old ranges
//!   (a mojibake run of 9 characters repaired to 6 maps each of the 6 to all 9);
//! - `m == 0`: a deletion; nothing maps to the removed characters any more.
//!
//! Each `apply` also appends one [`StageEdit`] per replacement, in original
//! coordinates, so the composed change log ([`crate::Change`]) can say which
//! stages touched which part of the input.
//!
//! The alignment is stored lazily: a text that no stage has edited (the
//! common case for clean simplified news) keeps no per-character table at all.

use crate::ChangeKind;

/// One replacement requested by a stage, in **byte** offsets of the current text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    pub start: usize,
    pub end: usize,
    pub with: String,
    /// The rule that fired, for the change log (`"han_space"`, `"TSPhrases"`, …).
    pub rule: &'static str,
}

impl Replacement {
    pub fn new(start: usize, end: usize, with: impl Into<String>, rule: &'static str) -> Self {
        Replacement {
            start,
            end,
            with: with.into(),
            rule,
        }
    }
}

/// One edit as a stage made it: its kind and rule, and the original
/// characters it touched. (What it saw and wrote is in the composed change
/// log, against the original; keeping both here would double the cost of a
/// fully converted document.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageEdit {
    pub kind: ChangeKind,
    pub rule: &'static str,
    /// Characters of the decoded original, half-open.
    pub orig: (usize, usize),
    /// Characters the edit replaced and wrote (counts only).
    pub replaced: usize,
    pub written: usize,
}

/// One replacement whose new text is `arena[with]` (see
/// [`AlignedText::apply_edits`]).
#[derive(Debug, Clone)]
pub(crate) struct Edit {
    pub start: usize,
    pub end: usize,
    pub with: std::ops::Range<usize>,
    pub kind: ChangeKind,
    pub rule: &'static str,
}

/// Per character: the half-open range of original characters it came from.
pub type RawAlignment = Vec<(u32, u32)>;

/// Range of character `i` under an alignment (`None` = identity).
pub(crate) fn orig_of(align: &Option<RawAlignment>, i: usize) -> (usize, usize) {
    match align {
        None => (i, i + 1),
        Some(a) => (a[i].0 as usize, a[i].1 as usize),
    }
}

/// An alignment with one `(start, end)` per character of `text`.
pub(crate) fn materialise(align: &Option<RawAlignment>, text: &str) -> Vec<(usize, usize)> {
    match align {
        None => (0..text.chars().count()).map(|i| (i, i + 1)).collect(),
        Some(a) => a.iter().map(|&(s, e)| (s as usize, e as usize)).collect(),
    }
}

/// Original span of characters `[start, end)` of `text` under `align`; an
/// empty span maps to the empty original position where it sits.
pub(crate) fn orig_span(
    align: &Option<RawAlignment>,
    text: &str,
    start: usize,
    end: usize,
) -> (usize, usize) {
    if start < end {
        return (orig_of(align, start).0, orig_of(align, end - 1).1);
    }
    let n = match align {
        None => text.chars().count(),
        Some(a) => a.len(),
    };
    let p = if start < n {
        orig_of(align, start).0
    } else if n == 0 {
        0
    } else {
        orig_of(align, n - 1).1
    };
    (p, p)
}

/// Text under normalisation plus its alignment to the decoded original.
#[derive(Debug, Clone)]
pub struct AlignedText {
    text: String,
    /// Per character of `text`: the original character range. `None` while the
    /// text is still identical to the original.
    align: Option<Vec<(u32, u32)>>,
    /// Number of characters in the original.
    orig_len: usize,
    edits: Vec<StageEdit>,
}

impl AlignedText {
    /// Starts from the decoded original: every character maps to itself.
    pub fn new(original: &str) -> Self {
        AlignedText {
            text: original.to_string(),
            align: None,
            orig_len: original.chars().count(),
            edits: Vec::new(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn orig_len(&self) -> usize {
        self.orig_len
    }

    pub fn edits(&self) -> &[StageEdit] {
        &self.edits
    }

    /// Original character range of normalised character `i`.
    pub fn orig_of(&self, i: usize) -> (usize, usize) {
        orig_of(&self.align, i)
    }

    /// The per-character alignment, materialised.
    pub fn alignment(&self) -> Vec<(usize, usize)> {
        materialise(&self.align, &self.text)
    }

    /// Original character span of normalised characters `[start, end)`.
    /// An empty span maps to the empty original position where it sits.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        orig_span(&self.align, &self.text, start, end)
    }

    /// Applies non-overlapping replacements (byte offsets into the current text,
    /// on char boundaries, sorted or not) in one pass.
    ///
    /// Panics only on a programming error in a stage (overlap or a cut through a
    /// character); stages are tested for that.
    pub fn apply(&mut self, kind: ChangeKind, reps: Vec<Replacement>) {
        self.apply_mixed(reps.into_iter().map(|r| (kind, r)).collect());
    }

    /// Like [`apply`](Self::apply), for a stage whose edits are of several kinds.
    pub fn apply_mixed(&mut self, reps: Vec<(ChangeKind, Replacement)>) {
        if reps.is_empty() {
            return;
        }
        let mut arena = String::with_capacity(reps.iter().map(|(_, r)| r.with.len()).sum());
        let edits = reps
            .into_iter()
            .map(|(kind, r)| {
                let from = arena.len();
                arena.push_str(&r.with);
                Edit {
                    start: r.start,
                    end: r.end,
                    with: from..arena.len(),
                    kind,
                    rule: r.rule,
                }
            })
            .collect();
        self.apply_edits(edits, &arena);
    }

    /// The core of every edit: replacements whose new text is a slice of
    /// `arena`, so a stage that makes hundreds of thousands of small edits
    /// (OpenCC conversion of a long traditional document) allocates one
    /// buffer, not one string per edit.
    ///
    /// The new text and alignment are built in one pass: unchanged stretches
    /// are copied whole (text and alignment slices), and each replacement
    /// maps its characters one-to-one when it keeps the length, to the union
    /// of what it replaced otherwise.
    pub(crate) fn apply_edits(&mut self, mut edits: Vec<Edit>, arena: &str) {
        if edits.is_empty() {
            return;
        }
        edits.sort_by_key(|e| (e.start, e.end));
        for w in edits.windows(2) {
            assert!(
                w[0].end <= w[1].start,
                "overlapping replacements in {:?}",
                w[1].kind
            );
        }
        if edits.iter().all(|e| {
            arena[e.with.clone()].chars().count() == self.text[e.start..e.end].chars().count()
        }) {
            self.apply_one_for_one(&edits, arena);
            return;
        }
        let old_align = self.align.take();
        let old_len = old_align.as_ref().map_or(self.orig_len, |a| a.len());
        let get = |i: usize| -> (u32, u32) {
            match &old_align {
                None => (i as u32, i as u32 + 1),
                Some(a) => a[i],
            }
        };
        let old = std::mem::take(&mut self.text);
        let mut text = String::with_capacity(old.len() + arena.len());
        let mut align: Vec<(u32, u32)> = Vec::with_capacity(old_len + arena.len() / 3);
        self.edits.reserve(edits.len());
        let copy = |text: &mut String,
                    align: &mut Vec<(u32, u32)>,
                    from: usize,
                    to: usize,
                    ci: usize|
         -> usize {
            let piece = &old[from..to];
            let n = piece.chars().count();
            text.push_str(piece);
            match &old_align {
                None => align.extend((ci..ci + n).map(|i| (i as u32, i as u32 + 1))),
                Some(a) => align.extend_from_slice(&a[ci..ci + n]),
            }
            n
        };
        let mut ci = 0usize; // char index in the old text
        let mut bi = 0usize; // byte index in the old text
        for e in &edits {
            ci += copy(&mut text, &mut align, bi, e.start, ci);
            let replaced = old[e.start..e.end].chars().count();
            let mut span: Option<(u32, u32)> = None;
            for i in ci..ci + replaced {
                let a = get(i);
                span = Some(match span {
                    None => a,
                    Some((s, t)) => (s.min(a.0), t.max(a.1)),
                });
            }
            let (s, t) = span.unwrap_or_else(|| {
                // A pure insertion sits between its neighbours: at the end of
                // the previous character's range, or inside the range the two
                // share when an earlier edit gave them overlapping ranges.
                let prev = align.last().copied();
                let next = if ci < old_len { Some(get(ci)) } else { None };
                match (prev, next) {
                    (Some(p), Some(n)) if n.0 < p.1 => (p.0.max(n.0), p.1),
                    (Some(p), _) => (p.1, p.1),
                    (None, Some(n)) => (n.0, n.0),
                    (None, None) => (0, 0),
                }
            });
            let with = &arena[e.with.clone()];
            let written = with.chars().count();
            text.push_str(with);
            if written == replaced {
                align.extend((ci..ci + replaced).map(get));
            } else {
                align.extend(std::iter::repeat_n((s, t), written));
            }
            self.edits.push(StageEdit {
                kind: e.kind,
                rule: e.rule,
                orig: (s as usize, t as usize),
                replaced,
                written,
            });
            ci += replaced;
            bi = e.end;
        }
        copy(&mut text, &mut align, bi, old.len(), ci);
        self.text = text;
        self.align = Some(align);
    }

    /// Edits that each write as many characters as they replace (nearly all
    /// of OpenCC's conversions, width folding) leave the alignment as it
    /// is: character `i` still comes from where it came from. Only the text
    /// is rebuilt, from slices; an identity alignment stays implicit.
    fn apply_one_for_one(&mut self, edits: &[Edit], arena: &str) {
        let old = std::mem::take(&mut self.text);
        let mut text = String::with_capacity(old.len() + arena.len());
        self.edits.reserve(edits.len());
        let (mut ci, mut bi) = (0usize, 0usize);
        for e in edits {
            let kept = &old[bi..e.start];
            text.push_str(kept);
            ci += kept.chars().count();
            let replaced = old[e.start..e.end].chars().count();
            let mut span: Option<(usize, usize)> = None;
            for i in ci..ci + replaced {
                let a = orig_of(&self.align, i);
                span = Some(match span {
                    None => a,
                    Some((s, t)) => (s.min(a.0), t.max(a.1)),
                });
            }
            text.push_str(&arena[e.with.clone()]);
            let orig = span.unwrap_or_else(|| {
                // an empty edit writing nothing: where it sits
                let p = if ci < self.len_chars() {
                    orig_of(&self.align, ci).0
                } else {
                    self.orig_len
                };
                (p, p)
            });
            self.edits.push(StageEdit {
                kind: e.kind,
                rule: e.rule,
                orig,
                replaced,
                written: replaced,
            });
            ci += replaced;
            bi = e.end;
        }
        text.push_str(&old[bi..]);
        self.text = text;
    }

    /// Number of characters of the current text.
    fn len_chars(&self) -> usize {
        match &self.align {
            Some(a) => a.len(),
            None => self.orig_len,
        }
    }

    /// Consumes the text: the text, its alignment (`None` while it is the
    /// identity), and the stage edits.
    pub fn into_raw_parts(self) -> (String, Option<RawAlignment>, Vec<StageEdit>) {
        (self.text, self.align, self.edits)
    }

    /// Consumes the text, returning it with its alignment (materialised).
    pub fn into_parts(self) -> (String, Vec<(usize, usize)>, Vec<StageEdit>) {
        let align = self.alignment();
        (self.text, align, self.edits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rep(s: usize, e: usize, w: &str) -> Replacement {
        Replacement::new(s, e, w, "test")
    }

    #[test]
    fn identity_until_edited() {
        let t = AlignedText::new("醫療幫扶");
        assert_eq!(t.orig_span(1, 3), (1, 3));
        assert!(t.edits().is_empty());
    }

    #[test]
    fn same_length_replacement_keeps_one_to_one() {
        let mut t = AlignedText::new("醫療幫扶");
        t.apply(ChangeKind::Convert, vec![rep(0, 6, "医疗")]);
        assert_eq!(t.as_str(), "医疗幫扶");
        assert_eq!(t.orig_of(0), (0, 1));
        assert_eq!(t.orig_of(1), (1, 2));
    }

    #[test]
    fn deletion_and_union() {
        // 醫(yī)療 -> 醫療 ; then 療X -> 疗
        let mut t = AlignedText::new("醫(yī)療X");
        let start = "醫".len();
        let end = "醫(yī)".len();
        t.apply(ChangeKind::PinyinRuby, vec![rep(start, end, "")]);
        assert_eq!(t.as_str(), "醫療X");
        assert_eq!(t.orig_of(1), (5, 6));
        let s = "醫".len();
        t.apply(
            ChangeKind::GbkMisalignment,
            vec![rep(s, t.as_str().len(), "疗")],
        );
        assert_eq!(t.as_str(), "醫疗");
        assert_eq!(t.orig_of(1), (5, 7));
        assert_eq!(t.edits().len(), 2);
        assert_eq!(t.edits()[0].orig, (1, 5));
        assert_eq!(t.edits()[0].replaced, 4);
    }

    #[test]
    fn chained_edits_stay_monotone() {
        let mut t = AlignedText::new("ab  cd\n\nef");
        t.apply(ChangeKind::Layout, vec![rep(2, 4, " ")]);
        t.apply(ChangeKind::Layout, vec![rep(5, 7, "\n")]);
        let a = t.alignment();
        for w in a.windows(2) {
            assert!(w[0].0 <= w[1].0 && w[0].1 <= w[1].1);
        }
        assert_eq!(t.as_str(), "ab cd\nef");
    }
}
