//! Bytes in, clean simplified Chinese text out — with every character traceable.
//!
//! This is the first stage of bangfu. It takes an article as bytes (a file, or
//! the `text` field of a JSONL dump) and returns a [`Normalized`] value: the
//! normalised text, an **alignment** from every normalised character back to
//! the characters of the decoded original and to the exact input bytes, the
//! detected encoding, the metadata the page states about itself, and a
//! **change log** with one entry per edit.
//!
//! The stages run in this order, each a separate module with its own tests:
//!
//! | stage | module | why here |
//! |---|---|---|
//! | decoding | [`decode`] | BOM, then UTF-8, then chardetng + encoding_rs |
//! | GBK misalignment repair | [`mojibake`] | needs the damaged bytes intact, and the pinyin inside runs as evidence |
//! | pinyin-ruby removal | [`ruby`] | `醫(yī)療` → `醫療`, only once repairs have restored the annotated characters |
//! | width folding | [`width`] | `１９９８` → `1998` |
//! | traditional → simplified | [`convert`] | OpenCC 1.4.2's t2s / tw2s / hk2s / tw2sp, only on traditional text |
//! | layout, boilerplate, metadata | [`layout`] | line-level decisions on simplified text, so one vocabulary serves all |
//!
//! Every stage edits through [`align::AlignedText::apply`], which updates the
//! alignment as it goes (the design of Hugging Face tokenizers'
//! `NormalizedString`); later stages of bangfu carry these offsets and never
//! recompute them.
//!
//! The change log is *composed*: each [`Change`] pairs a stretch of the original
//! (`orig`, `bytes`, `before`) with what it became in the final text (`norm`,
//! `after`), and names the stages that touched it. The original bytes at
//! `bytes` always decode to `before`, and `after` is always the normalised text
//! at `norm` — a property tested over random edits and over the corpus.

pub mod align;
pub mod convert;
pub mod decode;
pub mod layout;
pub mod lm;
pub mod markup;
pub mod mojibake;
pub mod ruby;
pub mod width;

use std::sync::OnceLock;

use serde::{Serialize, Serializer};
use smallvec::SmallVec;

pub use align::AlignedText;
pub use convert::Config;
pub use decode::DecodeError;
pub use layout::{LineLabel, MetaField, Metadata};
pub use mojibake::Repair;

/// The kind of an edit, i.e. the stage (and family of rules) that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A web page's tags, comments and character references.
    Markup,
    GbkMisalignment,
    PinyinRuby,
    Width,
    Convert,
    Layout,
    Caption,
    Boilerplate,
}

/// Whether and how to convert traditional characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConvertMode {
    /// Convert only text that has traditional characters, with `t2s` (or the
    /// regional config the source's TLD suggests: `.tw` → tw2s, `.hk` → hk2s).
    #[default]
    Auto,
    /// Always convert with this config.
    Always(Config),
    /// Never convert.
    Never,
}

/// What the caller knows about a document.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub convert: ConvertMode,
    /// The encoding, when the caller knows it (skips detection).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// The source's top-level domain (`"tw"`, `"cn"`), a hint for encoding
    /// detection and for the regional conversion config.
    pub tld: Option<String>,
    /// Skip layout and boilerplate analysis (for text known to be clean).
    pub keep_layout: bool,
}

/// A half-open range `[start, end)`, serialised as `[start, end]`.
pub type Range = [usize; 2];

/// One entry of the composed change log.
///
/// Its text — `before` (the original at `orig`) and `after` (the normalised
/// text at `norm`) — is read from the document on demand
/// ([`Normalized::before`], [`Normalized::after`]) and written out when the
/// [`Normalized`] value is serialised: a converted traditional document has
/// a change per converted run, and two strings for each would make the log
/// the most expensive part of normalising it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The first stage that edited this stretch of text.
    pub kind: ChangeKind,
    /// Every stage that did, in pipeline order, when more than one did.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<ChangeKind>,
    /// The rules that fired (`"pinyin_ruby"`, `"t2s"`, `"han_space_word"` …).
    pub rules: SmallVec<[&'static str; 1]>,
    /// Characters of the decoded original.
    pub orig: Range,
    /// Bytes of the input.
    pub bytes: Range,
    /// Characters of the normalised text (empty for a deletion).
    pub norm: Range,
    /// Byte offsets of `orig` in the decoded original and of `norm` in the
    /// normalised text.
    #[serde(skip)]
    text_bytes: [u32; 4],
}

/// The result of normalising one document.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    /// WHATWG name of the input's encoding (`"UTF-8"`, `"GBK"`, `"Big5"`, …).
    pub encoding: &'static str,
    /// How it was decided: `bom`, `utf-8`, `detected`, `declared`.
    pub encoding_method: &'static str,
    /// U+FFFD characters the decoder had to insert.
    pub replacement_chars: usize,
    /// The OpenCC config applied, if any.
    pub converted: Option<&'static str>,
    pub metadata: Metadata,
    /// The change log, composed from `edits` and the alignment the first
    /// time [`Normalized::changes`] asks for it (see there).
    changes: OnceLock<Vec<Change>>,
    /// Every stage's edits, in the order they were made.
    edits: Vec<align::StageEdit>,
    /// Mis-decoded runs found, repaired or not.
    pub repairs: Vec<RepairReport>,
    pub warnings: Vec<String>,
    /// The label of every line of the input (after decoding), for auditing.
    pub lines: Vec<LineLabel>,
    /// Per normalised character: its range in the decoded original (`None`
    /// while no stage edited the text, so clean text costs no table).
    align: Option<Vec<(u32, u32)>>,
    decoded: Option<decode::Decoded>,
}

/// Serialised as `{text, encoding, encoding_method, replacement_chars,
/// converted?, metadata, changes, repairs?, warnings?}`, each change with its
/// `before` and `after` text. The alignment, line labels and original text
/// are not written (they are as large as the document).
impl Serialize for Normalized {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct ChangeView<'a> {
            #[serde(flatten)]
            change: &'a Change,
            before: &'a str,
            after: &'a str,
        }
        #[derive(Serialize)]
        struct View<'a> {
            text: &'a str,
            encoding: &'static str,
            encoding_method: &'static str,
            replacement_chars: usize,
            #[serde(skip_serializing_if = "Option::is_none")]
            converted: Option<&'static str>,
            metadata: &'a Metadata,
            changes: Vec<ChangeView<'a>>,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            repairs: &'a [RepairReport],
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            warnings: &'a [String],
        }
        View {
            text: &self.text,
            encoding: self.encoding,
            encoding_method: self.encoding_method,
            replacement_chars: self.replacement_chars,
            converted: self.converted,
            metadata: &self.metadata,
            changes: self
                .changes()
                .iter()
                .map(|c| ChangeView {
                    change: c,
                    before: self.before(c),
                    after: self.after(c),
                })
                .collect(),
            repairs: &self.repairs,
            warnings: &self.warnings,
        }
        .serialize(s)
    }
}

/// A repair, as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RepairReport {
    pub orig: Range,
    pub before: String,
    /// `null` when the run was left alone.
    pub after: Option<String>,
    pub gain_nats: f64,
    pub confidence: &'static str,
    /// The best reading found; when `after` is null it was not applied.
    pub best_guess: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinyin: Option<String>,
}

impl Normalized {
    /// The change log: one entry per maximal stretch of edited text, in
    /// original order.
    ///
    /// It is composed from the stages' edits and the final alignment the
    /// first time it is asked for, and kept. A fully converted traditional
    /// document has about one entry per eight characters, and composing
    /// them costs as much as the conversion itself, so a caller that only
    /// needs the text and its alignment (or works on simplified text, where
    /// the log is nearly empty) does not pay for it.
    pub fn changes(&self) -> &[Change] {
        self.changes.get_or_init(|| match &self.decoded {
            Some(d) => compose_changes(d, &self.text, &self.align, &self.edits),
            None => Vec::new(),
        })
    }

    /// The decoded original.
    pub fn original(&self) -> &str {
        self.decoded.as_ref().map_or("", |d| d.text.as_str())
    }

    /// The original text a change replaced.
    pub fn before(&self, c: &Change) -> &str {
        &self.original()[c.text_bytes[0] as usize..c.text_bytes[1] as usize]
    }

    /// The normalised text a change wrote.
    pub fn after(&self, c: &Change) -> &str {
        &self.text[c.text_bytes[2] as usize..c.text_bytes[3] as usize]
    }

    /// Original character range of normalised character `i`.
    pub fn orig_of(&self, i: usize) -> (usize, usize) {
        align::orig_of(&self.align, i)
    }

    /// The alignment of every normalised character, materialised.
    pub fn alignment(&self) -> Vec<(usize, usize)> {
        align::materialise(&self.align, &self.text)
    }

    /// Original character span of normalised characters `[start, end)`.
    pub fn orig_span(&self, start: usize, end: usize) -> Range {
        let (s, e) = align::orig_span(&self.align, &self.text, start, end);
        [s, e]
    }

    /// The normalised characters that come from within original characters
    /// `orig` (a metadata line the layout stage found, say): `[start, end)`,
    /// empty where nothing of it survived. The alignment is monotone, so
    /// both ends are found by bisection.
    pub fn norm_span(&self, orig: Range) -> Range {
        let n = match &self.align {
            Some(a) => a.len(),
            None => self.text.chars().count(),
        };
        let first = partition(n, |i| self.orig_of(i).0 < orig[0]);
        let end = partition(n, |i| self.orig_of(i).1 <= orig[1]).max(first);
        [first, end]
    }

    /// Checks that this result is exact for `input` (the bytes it was made
    /// from): every change's bytes decode to its `before` and its normalised
    /// range holds its `after`; the alignment has one entry per normalised
    /// character, is monotone, stays inside the original, and maps every
    /// character no change covers to the identical original character.
    ///
    /// The normaliser's tests, property tests and fuzz targets all assert
    /// through this one function; a tool that distrusts a result can too.
    pub fn check(&self, input: &[u8]) -> Result<(), String> {
        let enc = encoding_rs::Encoding::for_label(self.encoding.as_bytes())
            .ok_or_else(|| format!("unknown encoding {}", self.encoding))?;
        let norm: Vec<char> = self.text.chars().collect();
        let orig: Vec<char> = self.original().chars().collect();
        let mut last = 0;
        for c in self.changes() {
            if c.orig[0] > c.orig[1] || c.norm[0] > c.norm[1] {
                return Err(format!("reversed range in {c:?}"));
            }
            if c.orig[0] < last {
                return Err(format!("changes out of order at {c:?}"));
            }
            last = c.orig[0];
            if c.bytes[0] > c.bytes[1] || c.bytes[1] > input.len() {
                return Err(format!("bytes outside the input in {c:?}"));
            }
            let (decoded, _) = enc.decode_without_bom_handling(&input[c.bytes[0]..c.bytes[1]]);
            if decoded != self.before(c) {
                return Err(format!("bytes {:?} do not hold `before` of {c:?}", c.bytes));
            }
            let o: String = orig
                .get(c.orig[0]..c.orig[1])
                .ok_or("orig out of range")?
                .iter()
                .collect();
            if o != self.before(c) {
                return Err(format!("original {o:?} is not `before` of {c:?}"));
            }
            let a: String = norm
                .get(c.norm[0]..c.norm[1])
                .ok_or("norm out of range")?
                .iter()
                .collect();
            if a != self.after(c) {
                return Err(format!("normalised {a:?} is not `after` of {c:?}"));
            }
        }
        let alignment = self.alignment();
        if alignment.len() != norm.len() {
            return Err(format!(
                "{} alignment entries for {} characters",
                alignment.len(),
                norm.len()
            ));
        }
        let mut covered = vec![false; norm.len()];
        for c in self.changes() {
            for x in &mut covered[c.norm[0]..c.norm[1]] {
                *x = true;
            }
        }
        let mut prev = (0, 0);
        for (i, &(s, e)) in alignment.iter().enumerate() {
            if s > e || e > orig.len() || (s == e && s > orig.len()) {
                return Err(format!("character {i} maps to {s}..{e} of {}", orig.len()));
            }
            if s < prev.0 || e < prev.1 {
                return Err(format!("alignment not monotone at character {i}"));
            }
            prev = (s, e);
            if e == s + 1 && !covered[i] && norm[i] != orig[s] {
                return Err(format!(
                    "character {i} {:?} claims to be the unchanged {:?}",
                    norm[i], orig[s]
                ));
            }
            let [bs, be] = self.byte_range([s, e]);
            if bs > be || be > input.len() {
                return Err(format!(
                    "character {i} maps to bytes {bs}..{be} of {}",
                    input.len()
                ));
            }
        }
        Ok(())
    }

    /// Input byte range of original characters `[start, end)`.
    pub fn byte_range(&self, orig: Range) -> Range {
        match &self.decoded {
            Some(d) => {
                let (a, b) = d.byte_range(orig[0], orig[1]);
                [a, b]
            }
            None => [0, 0],
        }
    }
}

/// The first `i` in `0..n` for which `pred` is false (`pred` true on a
/// prefix, false after).
fn partition(n: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Normalises one document.
pub fn normalize(bytes: &[u8], opts: &Options) -> Result<Normalized, DecodeError> {
    let decoded = decode::decode(bytes, opts.encoding, opts.tld.as_deref().map(str::as_bytes))?;
    let mut text = AlignedText::new(&decoded.text);
    let traditional = convert::looks_traditional(&decoded.text);
    let mut warnings = Vec::new();
    if decoded.replacements > 0 {
        warnings.push(format!(
            "{} byte sequence(s) could not be decoded as {} and became U+FFFD",
            decoded.replacements,
            decoded.encoding.name()
        ));
    }

    if markup::looks_like_html(text.as_str()) {
        markup::strip_markup(&mut text);
    }
    let repairs = mojibake::repair(&mut text, traditional);
    ruby::remove_ruby(&mut text);
    width::fold_width(&mut text);
    let config = match opts.convert {
        ConvertMode::Never => None,
        ConvertMode::Always(c) => Some(c),
        ConvertMode::Auto => {
            // repairs and ruby removal can only make a text more traditional
            // (they restore characters); re-check only when they edited it
            let edited = !text.edits().is_empty();
            if traditional || (edited && convert::looks_traditional(text.as_str())) {
                Some(match opts.tld.as_deref() {
                    Some("tw") => Config::Tw2s,
                    Some("hk") | Some("mo") => Config::Hk2s,
                    _ => Config::T2s,
                })
            } else {
                None
            }
        }
    };
    if let Some(c) = config {
        convert::convert(&mut text, c);
    }
    let (lines, metadata) = if opts.keep_layout {
        (Vec::new(), Metadata::default())
    } else {
        let plan = layout::plan(&text);
        layout::apply(&mut text, &plan);
        (plan.labels, plan.metadata)
    };
    for t in &metadata.truncated {
        warnings.push(format!(
            "paragraph at original characters {}..{} stops mid-sentence",
            t.orig[0], t.orig[1]
        ));
    }
    let repairs: Vec<RepairReport> = repairs
        .into_iter()
        .map(|r| RepairReport {
            orig: [r.orig.0, r.orig.1],
            confidence: match (&r.after, r.dropped_pairs) {
                (None, _) => "unrepaired",
                (Some(_), 0) => "full",
                _ => "likely",
            },
            before: r.before,
            after: r.after,
            best_guess: r.best_guess,
            gain_nats: (r.gain * 10.0).round() / 10.0,
            pinyin: r.pinyin,
        })
        .collect();
    for r in repairs.iter().filter(|r| r.after.is_none()) {
        warnings.push(format!(
            "mis-decoded run {:?} at {}..{} left unrepaired",
            r.before, r.orig[0], r.orig[1]
        ));
    }

    let (out, align, edits) = text.into_raw_parts();
    Ok(Normalized {
        text: out,
        encoding: decoded.encoding.name(),
        encoding_method: decoded.method,
        replacement_chars: decoded.replacements,
        converted: config.map(Config::name),
        metadata,
        changes: OnceLock::new(),
        edits,
        repairs,
        warnings,
        lines,
        align,
        decoded: Some(decoded),
    })
}

/// Builds the composed change log from the final alignment.
///
/// A normalised character is *unchanged* when it maps to exactly one original
/// character and is that character. Everything else — changed characters and
/// original characters nothing maps to — is grouped into maximal stretches
/// that share original characters; each stretch is one [`Change`].
fn compose_changes(
    decoded: &decode::Decoded,
    out: &str,
    alignment: &Option<align::RawAlignment>,
    edits: &[align::StageEdit],
) -> Vec<Change> {
    if edits.is_empty() {
        return Vec::new();
    }
    // (orig_start, orig_end, norm_start, norm_end)
    let mut groups: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut cursor = 0usize; // original characters before this are accounted for
    let mut open: Option<(usize, usize, usize, usize)> = None;
    // the original characters, walked in step with the (monotone) alignment
    let mut orig_chars = decoded.text.chars();
    let mut orig_pos = 0usize;
    let mut orig_at = |s: usize| -> Option<char> {
        let mut c = None;
        while orig_pos <= s {
            c = orig_chars.next();
            orig_pos += 1;
            if orig_pos > s {
                return c;
            }
        }
        c
    };
    let mut last_orig: Option<(usize, Option<char>)> = None;
    // (an identity alignment: the stages only replaced characters one for one)
    let mut n_norm = 0;
    for (i, nc) in out.chars().enumerate() {
        n_norm = i + 1;
        let (s, e) = align::orig_of(alignment, i);
        let oc = match last_orig {
            Some((p, c)) if p == s => c,
            _ => {
                let c = orig_at(s);
                last_orig = Some((s, c));
                c
            }
        };
        let unchanged = e == s + 1 && s >= cursor && oc == Some(nc);
        if unchanged {
            if s > cursor {
                // original characters nothing maps to: a deletion
                match &mut open {
                    Some(g) if g.1 >= cursor => g.1 = s,
                    _ => groups.push((cursor, s, i, i)),
                }
            }
            if let Some(g) = open.take() {
                groups.push(g);
            }
            cursor = e;
            continue;
        }
        match &mut open {
            Some(g) if s <= g.1 => {
                g.1 = g.1.max(e);
                g.3 = i + 1;
            }
            _ => {
                if let Some(g) = open.take() {
                    groups.push(g);
                }
                open = Some((cursor.min(s), e.max(s), i, i + 1));
            }
        }
        cursor = cursor.max(e);
    }
    let orig_len = decoded.text.chars().count();
    if cursor < orig_len {
        match &mut open {
            Some(g) if g.1 >= cursor => g.1 = orig_len,
            _ => {
                if let Some(g) = open.take() {
                    groups.push(g);
                }
                groups.push((cursor, orig_len, n_norm, n_norm));
            }
        }
    }
    if let Some(g) = open.take() {
        groups.push(g);
    }
    groups.sort_by_key(|g| (g.0, g.2));
    // merge a deletion into the change it touches (e.g. a gap before a repaired run)
    let mut merged: Vec<(usize, usize, usize, usize)> = Vec::new();
    for g in groups {
        match merged.last_mut() {
            Some(m) if g.0 < m.1 || (g.0 == m.1 && (g.2 == g.3 || m.2 == m.3) && g.2 == m.3) => {
                m.1 = m.1.max(g.1);
                m.3 = m.3.max(g.3);
            }
            _ => merged.push(g),
        }
    }
    let positions: Vec<usize> = merged.iter().flat_map(|g| [g.0, g.1]).collect();
    let bytes = decoded.byte_offsets(&positions);
    let orig_bytes = char_offsets(&decoded.text, &positions);
    let norm_positions: Vec<usize> = merged.iter().flat_map(|g| [g.2, g.3]).collect();
    let norm_bytes = char_offsets(out, &norm_positions);
    let mut edits_sorted: Vec<&align::StageEdit> = edits.iter().collect();
    edits_sorted.sort_by_key(|e| e.orig);
    let mut lo = 0;
    merged
        .iter()
        .enumerate()
        .map(|(gi, &(os, oe, ns, ne))| {
            let mut kinds: SmallVec<[ChangeKind; 2]> = SmallVec::new();
            let mut rules: SmallVec<[&'static str; 1]> = SmallVec::new();
            // changes ascend in the original, so the first edit that can
            // touch this one only moves forward (a sweep, not a search)
            while lo < edits_sorted.len() && edits_sorted[lo].orig.1 < os {
                lo += 1;
            }
            for e in &edits_sorted[lo..] {
                if e.orig.0 > oe {
                    break;
                }
                let touches = (e.orig.0 < oe && e.orig.1 > os)
                    || (e.orig.0 == e.orig.1 && e.orig.0 >= os && e.orig.0 <= oe)
                    || (os == oe && e.orig.0 <= os && e.orig.1 >= os);
                if touches {
                    if !kinds.contains(&e.kind) {
                        kinds.push(e.kind);
                    }
                    if !rules.contains(&e.rule) {
                        rules.push(e.rule);
                    }
                }
            }
            kinds.sort();
            let kind = kinds.first().copied().unwrap_or(ChangeKind::Layout);
            Change {
                kind,
                stages: if kinds.len() > 1 {
                    kinds.to_vec()
                } else {
                    Vec::new()
                },
                rules,
                orig: [os, oe],
                bytes: [bytes[2 * gi], bytes[2 * gi + 1]],
                norm: [ns, ne],
                // (u32 like the alignment: documents are far below 4 GB)
                text_bytes: [
                    orig_bytes[2 * gi] as u32,
                    orig_bytes[2 * gi + 1] as u32,
                    norm_bytes[2 * gi] as u32,
                    norm_bytes[2 * gi + 1] as u32,
                ],
            }
        })
        .collect()
}

/// Byte offsets of ascending character positions in `text` (one pass); a
/// position past the end gives `text.len()`.
pub(crate) fn char_offsets(text: &str, positions: &[usize]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(positions.len());
    let (mut ci, mut bi) = (0usize, 0usize);
    for &p in positions {
        // step over whole characters by the width their lead byte declares
        while ci < p && bi < bytes.len() {
            bi += match bytes[bi] {
                0..0xC0 => 1,
                0xC0..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            ci += 1;
        }
        out.push(bi.min(bytes.len()));
    }
    out
}
