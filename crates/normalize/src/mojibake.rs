//! Stage: repair of GBK text decoded out of phase.
//!
//! A common accident of Chinese web text: a GBK page passes through a tool
//! that edits *bytes* blind to character boundaries — full-width punctuation
//! turned to ASCII (`A3 A1` → `!`), an annotation inserted after a byte pair —
//! and the result is decoded as GBK again. Where such an edit cut a character
//! in two, the decoder loses one byte (it shows as `?`) and from there pairs the
//! trail byte of each character with the lead byte of the next: a run of wrong,
//! mostly rare characters, Cyrillic or bopomofo, until a character whose trail
//! byte is ASCII (0x40–0x7E) brings it back in phase — that byte shows as a
//! lone ASCII letter glued to Han text:
//!
//! ```text
//! 事項?!敖裉鞄Ц赣H看病      ==      事項。“今天帶父親看病
//!     ^ orphan lead byte  A1          。 = A1 A3, “ = A1 B0 …
//!                      ^ 親 = D3 48: its trail byte is 'H'
//! ```
//!
//! The repair is general, not a table of strings:
//! 1. *Find run ends*: a lone ASCII character 0x40–0x7E glued to non-ASCII on
//!    its left and not part of an ASCII word (`DR`, `QQ`, `3D` are words).
//! 2. *Find run starts*: an orphan `?` glued to non-ASCII within 14 characters on
//!    the same line. A `?` followed by `pinyin)` lost its `(` to the orphan; the
//!    syllable then pins the orphan down: the character before the `?` ends in
//!    byte `t`, and `(t, orphan)` must be a character with that reading.
//!    Without an orphan (only where the window shows debris characters) each
//!    start is tried with one byte added or removed.
//! 3. *Rebuild the bytes*: Han and other characters → their GBK pairs; the
//!    ASCII `! ? , : ; ( )` inside the run → the full-width pairs they replaced;
//!    inserted `(pinyin)` dropped; the orphan as an unknown byte.
//! 4. *Decode in phase* and keep only sequences where every pair is a mapped,
//!    non-user-defined GBK character. The orphan (and, as a fallback, up to two
//!    user-defined pairs the first decoding dropped) are unknowns: a Viterbi
//!    search over the candidates picks the most probable reading under the
//!    character model ([`crate::lm`]), with simplified-only characters
//!    penalised in a traditional document.
//! 5. *Gate*: the repair is kept only if it beats the damaged text in the same
//!    context by at least [`MIN_GAIN`] nats and every recovered Han character is
//!    plausible on its own ([`MIN_CHAR_LOGP`]). Otherwise nothing changes and the
//!    run is reported as unrepaired: a wrong guess is worse than visible damage.
//!
//! The stage runs before pinyin removal: an annotation inside a run is
//! evidence, and `t(yī)` only becomes `醫(yī)` after the repair.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::ChangeKind;
use crate::align::{AlignedText, Replacement};
use crate::convert::simplified_only;
use crate::lm::{CharModel, is_debris};
use crate::ruby::{PinyinTable, is_han, is_pinyin_char};

/// Minimum log-likelihood gain (nats) of a repair over the damaged text.
pub const MIN_GAIN: f64 = 12.0;
/// Minimum unigram log-probability of every recovered Han character.
pub const MIN_CHAR_LOGP: f64 = -13.5;
/// Cost of assuming one dropped user-defined pair.
const DROP_COST: f64 = 4.0;
/// Cost of a simplified-only character in a traditional document.
const SIMPLIFIED_IN_TRADITIONAL: f64 = 6.0;
const WINDOW: usize = 14;
/// When candidates of different lengths compete, each character they explain
/// earns this much: a language model alone prefers the shortest reading (the
/// "word insertion bonus" of speech decoders). Used for choosing, not gating.
const CHAR_BONUS: f64 = 6.0;

/// One repaired (or refused) run, for the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Repair {
    /// Characters of the text as the stage saw it (decoded original before
    /// any other stage, since this stage runs first after decoding).
    pub orig: (usize, usize),
    pub before: String,
    /// The repaired text; `None` when the gate refused every candidate.
    pub after: Option<String>,
    /// Gain in nats of the best candidate over the damaged text.
    pub gain: f64,
    /// User-defined pairs assumed dropped (0 = a full, direct repair).
    pub dropped_pairs: usize,
    /// The syllable that pinned the orphan byte, if any.
    pub pinyin: Option<String>,
    /// The best candidate, whether or not the gate accepted it.
    pub best_guess: String,
}

/// The GBK code table, both ways.
struct Gbk {
    /// (lead - 0x81) * 191 + (trail - 0x40) → char, '\0' when unmapped/user-defined.
    pairs: Vec<char>,
    encode: HashMap<char, [u8; 2]>,
}

impl Gbk {
    fn get() -> &'static Gbk {
        static G: OnceLock<Gbk> = OnceLock::new();
        G.get_or_init(|| {
            let mut pairs = vec!['\0'; 126 * 191];
            let mut encode = HashMap::with_capacity_and_hasher(22_000, Default::default());
            for lead in 0x81u8..=0xFE {
                for trail in 0x40u8..=0xFE {
                    if trail == 0x7F {
                        continue;
                    }
                    let pair = [lead, trail];
                    let (s, _, err) = encoding_rs::GBK.decode(&pair);
                    if err {
                        continue;
                    }
                    let mut it = s.chars();
                    let (Some(c), None) = (it.next(), it.next()) else {
                        continue;
                    };
                    if ('\u{E000}'..='\u{F8FF}').contains(&c) || c == '\u{FFFD}' {
                        continue;
                    }
                    pairs[(lead as usize - 0x81) * 191 + (trail as usize - 0x40)] = c;
                    encode.entry(c).or_insert([lead, trail]);
                }
            }
            Gbk { pairs, encode }
        })
    }

    fn decode(&self, lead: u8, trail: u8) -> Option<char> {
        if !(0x81..=0xFE).contains(&lead) || !(0x40..=0xFE).contains(&trail) || trail == 0x7F {
            return None;
        }
        match self.pairs[(lead as usize - 0x81) * 191 + (trail as usize - 0x40)] {
            '\0' => None,
            c => Some(c),
        }
    }
}

/// The user-defined areas of GBK (decoded to private use and dropped by
/// decoders that refuse PUA): lead range × trail range.
const USER_DEFINED: [((u8, u8), (u8, u8)); 3] = [
    ((0xAA, 0xAF), (0xA1, 0xFE)),
    ((0xF8, 0xFE), (0xA1, 0xFE)),
    ((0xA1, 0xA7), (0x40, 0xA0)),
];

fn fullwidth_trail(c: char) -> Option<u8> {
    Some(match c {
        '!' => 0xA1,
        '?' => 0xBF,
        ',' => 0xAC,
        ':' => 0xBA,
        ';' => 0xBB,
        '(' => 0xA8,
        ')' => 0xA9,
        _ => return None,
    })
}

/// One byte of a rebuilt sequence.
#[derive(Debug, Clone)]
enum Byte {
    Known(u8),
    /// Unknown, with its allowed values.
    Unknown(Vec<u8>),
}

fn range(a: u8, b: u8) -> Vec<u8> {
    (a..=b).filter(|&x| x != 0x7F).collect()
}

struct Ctx<'a> {
    chars: &'a [char],
    model: &'static CharModel,
    traditional: bool,
    /// Quote marks the run's line lacks: quotes come in pairs, so a line with
    /// a `”` and no `“` (outside the run) makes a `“` in the repair likely.
    missing_quotes: Vec<char>,
    /// Characters the document annotates with their pinyin wherever they
    /// occur: a repair that restores one of them without its annotation
    /// contradicts the way the text was damaged.
    annotated: &'a HashSet<char>,
    /// The annotation right after the run's last character, if any.
    last_annotation: Option<String>,
}

/// Cost of restoring an annotated character without its annotation, or of a
/// last character that does not read as the annotation after it.
const ANNOTATION_MISMATCH: f64 = 10.0;

/// Reward for a repair that supplies a quote mark its line is missing.
const QUOTE_PAIRING: f64 = 6.0;

impl Ctx<'_> {
    fn penalty(&self, c: char) -> f64 {
        let mut p = 0.0;
        if self.traditional && simplified_only(c) {
            p += SIMPLIFIED_IN_TRADITIONAL;
        }
        if self.missing_quotes.contains(&c) {
            p -= QUOTE_PAIRING;
        }
        if self.annotated.contains(&c) {
            p += ANNOTATION_MISMATCH;
        }
        p
    }

    /// The penalty of the run's last character, which the annotation after
    /// the run (if any) belongs to.
    fn penalty_last(&self, c: char) -> f64 {
        match &self.last_annotation {
            None => self.penalty(c),
            Some(syl) => {
                let base = self.penalty(c)
                    - if self.annotated.contains(&c) {
                        ANNOTATION_MISMATCH
                    } else {
                        0.0
                    };
                if PinyinTable::get().readings(c).contains(&syl.as_str()) {
                    base
                } else {
                    base + ANNOTATION_MISMATCH
                }
            }
        }
    }

    fn with_quotes_for(&self, start: usize, end: usize) -> Ctx<'_> {
        let chars = self.chars;
        let ls = chars[..start]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |p| p + 1);
        let le = chars[end..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| end + p);
        let outside = chars[ls..start]
            .iter()
            .chain(chars[(end + 1).min(le)..le].iter());
        let mut missing = Vec::new();
        let mut counts = [0i32; 4];
        for &c in outside {
            match c {
                '“' => counts[0] += 1,
                '”' => counts[1] += 1,
                '‘' => counts[2] += 1,
                '’' => counts[3] += 1,
                _ => {}
            }
        }
        if counts[1] > counts[0] {
            missing.push('“');
        }
        if counts[0] > counts[1] {
            missing.push('”');
        }
        if counts[3] > counts[2] {
            missing.push('‘');
        }
        if counts[2] > counts[3] {
            missing.push('’');
        }
        let last_annotation =
            crate::ruby::annotation_at(&chars[end + 1..le.max(end + 1)].iter().collect::<String>())
                .map(|(syl, _)| syl.to_string());
        Ctx {
            chars,
            model: self.model,
            traditional: self.traditional,
            missing_quotes: missing,
            annotated: self.annotated,
            last_annotation,
        }
    }
}

/// Best decoding of a byte sequence: (chars, score including right context).
fn viterbi(
    seq: &[Byte],
    left: Option<char>,
    right: &[char],
    ctx: &Ctx,
) -> Option<(Vec<char>, f64)> {
    if !seq.len().is_multiple_of(2) || seq.is_empty() {
        return None;
    }
    let gbk = Gbk::get();
    let vals = |b: &Byte| -> Vec<u8> {
        match b {
            Byte::Known(x) => vec![*x],
            Byte::Unknown(v) => v.clone(),
        }
    };
    // candidates per pair
    let mut cands: Vec<Vec<char>> = Vec::with_capacity(seq.len() / 2);
    for k in 0..seq.len() / 2 {
        let mut cs = Vec::new();
        for l in vals(&seq[2 * k]) {
            for t in vals(&seq[2 * k + 1]) {
                if let Some(c) = gbk.decode(l, t)
                    && plausible_char(c, ctx)
                {
                    cs.push(c);
                }
            }
        }
        if cs.is_empty() {
            return None;
        }
        cs.sort_unstable();
        cs.dedup();
        cands.push(cs);
    }
    // dynamic programming over candidates
    let m = ctx.model;
    let last = cands.len() - 1;
    let pen = |k: usize, c: char| {
        if k == last {
            ctx.penalty_last(c)
        } else {
            ctx.penalty(c)
        }
    };
    let mut prev_scores: Vec<f64> = cands[0]
        .iter()
        .map(|&c| m.logp(left, c) - pen(0, c))
        .collect();
    let mut back: Vec<Vec<usize>> = vec![vec![0; cands[0].len()]];
    for k in 1..cands.len() {
        let mut scores = Vec::with_capacity(cands[k].len());
        let mut bp = Vec::with_capacity(cands[k].len());
        for &c in &cands[k] {
            let pen = pen(k, c);
            let mut best = (f64::NEG_INFINITY, 0);
            for (j, &p) in cands[k - 1].iter().enumerate() {
                let s = prev_scores[j] + m.logp(Some(p), c);
                if s > best.0 {
                    best = (s, j);
                }
            }
            scores.push(best.0 - pen);
            bp.push(best.1);
        }
        prev_scores = scores;
        back.push(bp);
    }
    let mut best = (f64::NEG_INFINITY, 0);
    for (j, &c) in cands[last].iter().enumerate() {
        let s = prev_scores[j] + m.score(Some(c), right.iter().copied());
        if s > best.0 {
            best = (s, j);
        }
    }
    let mut out = vec!['\0'; cands.len()];
    let mut j = best.1;
    for k in (0..cands.len()).rev() {
        out[k] = cands[k][j];
        j = back[k][j];
    }
    Some((out, best.0))
}

/// A damaged run located in the text.
struct Run {
    /// Char index of the first character replaced (the orphan `?`, or the start).
    start: usize,
    /// Char index of the resync ASCII character (inclusive end).
    end: usize,
}

/// Units of the run interior: each a byte pair (or a skipped annotation).
fn interior_bytes(chars: &[char], from: usize, to: usize) -> Option<Vec<[u8; 2]>> {
    let gbk = Gbk::get();
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let c = chars[i];
        if c == '(' {
            // an inserted annotation `(pinyin)` inside the run: skip it
            let mut j = i + 1;
            while j < to && is_pinyin_char(chars[j]) {
                j += 1;
            }
            if j < to && chars[j] == ')' && j > i + 1 {
                i = j + 1;
                continue;
            }
        }
        if let Some(t) = fullwidth_trail(c) {
            out.push([0xA3, t]);
        } else if c.is_ascii() {
            return None;
        } else {
            out.push(*gbk.encode.get(&c)?);
        }
        i += 1;
    }
    Some(out)
}

/// Characters after `end`, skipping an annotation right after it, for context.
fn right_context(chars: &[char], end: usize) -> Vec<char> {
    let mut i = end + 1;
    if i < chars.len() && chars[i] == '(' {
        let mut j = i + 1;
        while j < chars.len() && is_pinyin_char(chars[j]) {
            j += 1;
        }
        if j < chars.len() && chars[j] == ')' {
            i = j + 1;
        }
    }
    chars[i.min(chars.len())..(i + 2).min(chars.len())]
        .iter()
        .copied()
        .filter(|c| *c != '\n')
        .collect()
}

/// The damaged text's own score in the same context.
fn damaged_score(chars: &[char], run: &Run, left: Option<char>, right: &[char], ctx: &Ctx) -> f64 {
    // the damaged text as it would otherwise stand, pinyin remnants and all
    let s: Vec<char> = chars[run.start..=run.end].to_vec();
    let mut score = ctx.model.score(left, s.iter().copied());
    let last = s.last().copied();
    score += ctx.model.score(last, right.iter().copied());
    score
}

struct Candidate {
    text: Vec<char>,
    score: f64,
    dropped: usize,
    pinyin: Option<String>,
}

/// Tries one orphan start; returns the best candidate.
fn try_orphan(run: &Run, ctx: &Ctx) -> Option<Candidate> {
    let chars = ctx.chars;
    let gbk = Gbk::get();
    let o = run.start;
    let prev = *chars.get(o.checked_sub(1)?)?;
    // pinyin remnant right after the orphan: `shù)`
    let mut j = o + 1;
    while j < run.end && is_pinyin_char(chars[j]) {
        j += 1;
    }
    let (orphan_vals, pinyin, interior_from) = if j > o + 1 && j < run.end && chars[j] == ')' {
        let syl: String = chars[o + 1..j].iter().collect();
        let trail = gbk.encode.get(&prev)?[1];
        let table = PinyinTable::get();
        let vals: Vec<u8> = (0x81u8..=0xFE)
            .filter(|&b| {
                gbk.decode(trail, b)
                    .is_some_and(|c| table.readings(c).contains(&syl.as_str()))
            })
            .collect();
        if vals.is_empty() {
            return None;
        }
        (vals, Some(syl), j + 1)
    } else {
        (range(0x81, 0xFE), None, o + 1)
    };
    let units = interior_bytes(chars, interior_from, run.end)?;
    let end_byte = chars[run.end] as u8;
    let left = Some(prev);
    let right = right_context(chars, run.end);
    let build = |drops: &[(usize, usize)]| -> Vec<Byte> {
        let mut seq = vec![Byte::Unknown(orphan_vals.clone())];
        for (k, u) in units.iter().enumerate() {
            for &(b, r) in drops {
                if b == k {
                    let ((l0, l1), (t0, t1)) = USER_DEFINED[r];
                    seq.push(Byte::Unknown(range(l0, l1)));
                    seq.push(Byte::Unknown(range(t0, t1)));
                }
            }
            seq.push(Byte::Known(u[0]));
            seq.push(Byte::Known(u[1]));
        }
        for &(b, r) in drops {
            if b == units.len() {
                let ((l0, l1), (t0, t1)) = USER_DEFINED[r];
                seq.push(Byte::Unknown(range(l0, l1)));
                seq.push(Byte::Unknown(range(t0, t1)));
            }
        }
        seq.push(Byte::Known(end_byte));
        seq
    };
    let mut best: Option<Candidate> = None;
    let consider = |seq: Vec<Byte>, dropped: usize, best: &mut Option<Candidate>| {
        // two unknowns in one pair with an unconstrained orphan is too loose
        if dropped > 0 && pinyin.is_none() && matches!(seq.get(1), Some(Byte::Unknown(_))) {
            return;
        }
        if let Some((text, score)) = viterbi(&seq, left, &right, ctx) {
            let score = score - DROP_COST * dropped as f64;
            let rank = |sc: f64, n: usize| sc + CHAR_BONUS * n as f64;
            if best
                .as_ref()
                .is_none_or(|b| rank(score, text.len()) > rank(b.score, b.text.len()))
            {
                *best = Some(Candidate {
                    text,
                    score,
                    dropped,
                    pinyin: pinyin.clone(),
                });
            }
        }
    };
    consider(build(&[]), 0, &mut best);
    let damaged = damaged_score(chars, run, left, &right, ctx);
    let good_enough = |b: &Option<Candidate>| {
        b.as_ref()
            .is_some_and(|b| b.score - damaged >= MIN_GAIN && plausible(&b.text, ctx))
    };
    if !good_enough(&best) {
        // fallback: one or two dropped user-defined pairs at unit boundaries
        let nb = units.len() + 1;
        for b1 in 0..nb {
            for r1 in 0..USER_DEFINED.len() {
                consider(build(&[(b1, r1)]), 1, &mut best);
            }
        }
        // once a drop is needed, one or two compete on equal terms
        for b1 in 0..nb {
            for b2 in b1 + 1..nb {
                for r1 in 0..USER_DEFINED.len() {
                    for r2 in 0..USER_DEFINED.len() {
                        consider(build(&[(b1, r1), (b2, r2)]), 2, &mut best);
                    }
                }
            }
        }
    }
    best
}

/// Without an orphan: the run starts `k` characters before its end, with one
/// byte lost before it (added back as unknown) or one extra byte (removed).
fn try_unanchored(run_end: usize, line_start: usize, ctx: &Ctx) -> Vec<(Run, Candidate)> {
    let chars = ctx.chars;
    let mut out = Vec::new();
    for k in 1..=8usize {
        let Some(start) = run_end.checked_sub(k) else {
            break;
        };
        if start < line_start || start == 0 {
            break;
        }
        let Some(units) = interior_bytes(chars, start, run_end) else {
            continue;
        };
        let end_byte = chars[run_end] as u8;
        let left = Some(chars[start - 1]);
        let right = right_context(chars, run_end);
        let flat: Vec<u8> = units.iter().flatten().copied().collect();
        // one byte added before the run
        let mut seq = vec![Byte::Unknown(range(0x81, 0xFE))];
        seq.extend(flat.iter().map(|&b| Byte::Known(b)));
        seq.push(Byte::Known(end_byte));
        let run = Run {
            start,
            end: run_end,
        };
        if let Some((text, score)) = viterbi(&seq, left, &right, ctx) {
            out.push((
                Run {
                    start,
                    end: run_end,
                },
                Candidate {
                    text,
                    score,
                    dropped: 0,
                    pinyin: None,
                },
            ));
        }
        // one byte removed at the start
        let mut seq: Vec<Byte> = flat.iter().skip(1).map(|&b| Byte::Known(b)).collect();
        seq.push(Byte::Known(end_byte));
        if let Some((text, score)) = viterbi(&seq, left, &right, ctx) {
            out.push((
                run,
                Candidate {
                    text,
                    score,
                    dropped: 0,
                    pinyin: None,
                },
            ));
        }
    }
    out
}

fn plausible(text: &[char], ctx: &Ctx) -> bool {
    text.iter().all(|&c| plausible_char(c, ctx))
}

/// A character a repair may produce: a Han character the model finds
/// plausible on its own, or common CJK punctuation. Debris never is.
fn plausible_char(c: char, ctx: &Ctx) -> bool {
    if is_han(c) {
        ctx.model.han_logp(c) >= MIN_CHAR_LOGP
    } else {
        crate::lm::class_cost(c) >= -6.0
    }
}

/// Han characters that carry a pinyin annotation somewhere in the text.
fn annotated_chars(chars: &[char]) -> HashSet<char> {
    let mut out = HashSet::default();
    let table = PinyinTable::get();
    for i in 1..chars.len() {
        if chars[i] == '(' && is_han(chars[i - 1]) {
            let tail: String = chars[i..(i + 12).min(chars.len())].iter().collect();
            if let Some((syl, _)) = crate::ruby::annotation_at(&tail)
                && table.is_reading(chars[i - 1], syl)
            {
                out.insert(chars[i - 1]);
            }
        }
    }
    out
}

/// Is position `i` a possible run end: a lone ASCII 0x40–0x7E glued to
/// non-ASCII on its left, not followed by more ASCII word characters?
fn is_run_end(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if !(('\u{40}'..='\u{7E}').contains(&c)) || i == 0 {
        return false;
    }
    let p = chars[i - 1];
    if p.is_ascii() || p.is_whitespace() {
        return false;
    }
    match chars.get(i + 1) {
        Some(n) => !n.is_ascii_alphanumeric(),
        None => true,
    }
}

/// Is there any place the repair loop below would examine? A possible run
/// end ([`is_run_end`]) with evidence of damage — an orphan `?` after a
/// non-ASCII character, or a debris character — in the window before it on
/// the same line. One pass over the characters with no allocation; clean
/// text (nearly all text) stops here, so the per-character tables the
/// repair needs are built only for documents that have damage to look at.
fn has_evidence(s: &str) -> bool {
    let b = s.as_bytes();
    // a run end is ASCII 0x40–0x7E right after a non-ASCII character: find
    // those from the bytes, and look at characters only around them
    for j in 1..b.len() {
        if b[j - 1] < 0x80 || !(0x40..=0x7E).contains(&b[j]) {
            continue;
        }
        let (before, after) = s.split_at(j);
        let mut back = before.chars().rev();
        if back.next().is_none_or(char::is_whitespace)
            || after[1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_alphanumeric())
        {
            continue;
        }
        // the window: up to WINDOW characters before the run end, on its line
        let mut window = [' '; WINDOW];
        let mut n = 0;
        for c in before.chars().rev().take(WINDOW) {
            if c == '\n' {
                break;
            }
            window[WINDOW - 1 - n] = c;
            n += 1;
        }
        let w = &window[WINDOW - n..];
        let orphan = (1..w.len()).any(|k| w[k] == '?' && !w[k - 1].is_ascii());
        if orphan || w.iter().any(|&c| is_debris(c)) {
            return true;
        }
    }
    false
}

/// Finds and repairs damaged runs; returns the report of every run examined
/// that had evidence of damage.
pub fn repair(text: &mut AlignedText, traditional: bool) -> Vec<Repair> {
    let s = text.as_str();
    if !has_evidence(s) {
        return Vec::new();
    }
    examine(text, traditional)
}

/// The repair loop proper, on a text [`has_evidence`] let through.
fn examine(text: &mut AlignedText, traditional: bool) -> Vec<Repair> {
    let s = text.as_str();
    let chars: Vec<char> = s.chars().collect();
    let annotated = annotated_chars(&chars);
    let doc_ctx = Ctx {
        chars: &chars,
        model: CharModel::get(),
        traditional,
        missing_quotes: Vec::new(),
        annotated: &annotated,
        last_annotation: None,
    };
    let byte_at: Vec<usize> = s
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.len()))
        .collect();
    let mut reps = Vec::new();
    let mut report = Vec::new();
    let mut floor = 0usize; // nothing before this char may be part of a new run
    let mut line_start = 0usize;
    for i in 0..chars.len() {
        if chars[i] == '\n' {
            line_start = i + 1;
            continue;
        }
        if i < floor || !is_run_end(&chars, i) {
            continue;
        }
        let lo = line_start.max(floor).max(i.saturating_sub(WINDOW));
        let ctx = doc_ctx.with_quotes_for(lo, i);
        let orphans: Vec<usize> = (lo + 1..i)
            .filter(|&k| chars[k] == '?' && !chars[k - 1].is_ascii())
            .collect();
        let debris = chars[lo..i].iter().any(|&c| is_debris(c));
        if orphans.is_empty() && !debris {
            continue;
        }
        let mut best: Option<(Run, Candidate)> = None;
        for &o in &orphans {
            let run = Run { start: o, end: i };
            if let Some(c) = try_orphan(&run, &ctx) {
                let gain = c.score
                    - damaged_score(
                        &chars,
                        &run,
                        Some(chars[o - 1]),
                        &right_context(&chars, i),
                        &ctx,
                    );
                if best.as_ref().is_none_or(|(r, b)| {
                    gain > b.score
                        - damaged_score(
                            &chars,
                            r,
                            Some(chars[r.start - 1]),
                            &right_context(&chars, i),
                            &ctx,
                        )
                }) {
                    best = Some((run, c));
                }
            }
        }
        if best.is_none() && debris {
            for (run, c) in try_unanchored(i, lo.max(line_start), &ctx) {
                let gain = c.score
                    - damaged_score(
                        &chars,
                        &run,
                        Some(chars[run.start - 1]),
                        &right_context(&chars, i),
                        &ctx,
                    );
                if best.as_ref().is_none_or(|(r, b)| {
                    gain > b.score
                        - damaged_score(
                            &chars,
                            r,
                            Some(chars[r.start - 1]),
                            &right_context(&chars, i),
                            &ctx,
                        )
                }) {
                    best = Some((run, c));
                }
            }
        }
        let Some((run, cand)) = best else { continue };
        let damaged = damaged_score(
            &chars,
            &run,
            Some(chars[run.start - 1]),
            &right_context(&chars, i),
            &ctx,
        );
        let gain = cand.score - damaged;
        let before: String = chars[run.start..=run.end].iter().collect();
        let orig = (text.orig_of(run.start).0, text.orig_of(run.end).1);
        if gain >= MIN_GAIN && plausible(&cand.text, &ctx) {
            let after: String = cand.text.iter().collect();
            reps.push(Replacement::new(
                byte_at[run.start],
                byte_at[run.end + 1],
                after.clone(),
                "gbk_misalignment",
            ));
            report.push(Repair {
                orig,
                before,
                best_guess: after.clone(),
                after: Some(after),
                gain,
                dropped_pairs: cand.dropped,
                pinyin: cand.pinyin,
            });
            floor = run.end + 1;
        } else if !orphans.is_empty() {
            report.push(Repair {
                orig,
                before,
                after: None,
                gain,
                dropped_pairs: cand.dropped,
                pinyin: cand.pinyin,
                best_guess: cand.text.iter().collect(),
            });
        }
    }
    text.apply(ChangeKind::GbkMisalignment, reps);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Damages GBK text the way seed 002 was damaged: a full-width pair
    /// matched across two characters is replaced by its ASCII form, and the
    /// bytes are decoded again (an orphan lead byte before ASCII becomes `?`).
    pub(crate) fn damage_at(text: &str, char_index: usize) -> Option<String> {
        let gbk = Gbk::get();
        let chars: Vec<char> = text.chars().collect();
        let mut bytes = Vec::new();
        let mut cut = None;
        for (k, &c) in chars.iter().enumerate() {
            if k == char_index {
                cut = Some(bytes.len() + 1);
            }
            if c.is_ascii() {
                bytes.push(c as u8);
            } else {
                bytes.extend_from_slice(gbk.encode.get(&c)?);
            }
        }
        let cut = cut?;
        // replace bytes[cut], bytes[cut+1] (trail of one char + lead of the next) by '!'
        bytes.splice(cut..cut + 2, [b'!']);
        // decode as a lenient GBK decoder does: lead + ASCII -> '?' then the ASCII
        let mut out = String::new();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                out.push(b as char);
                i += 1;
            } else if i + 1 < bytes.len() {
                match gbk.decode(b, bytes[i + 1]) {
                    Some(c) => {
                        out.push(c);
                        i += 2;
                    }
                    None if bytes[i + 1] < 0x80 => {
                        out.push('?');
                        i += 1;
                    }
                    None => {
                        i += 2; // user-defined or unmapped: dropped
                    }
                }
            } else {
                out.push('?');
                i += 1;
            }
        }
        Some(out)
    }

    fn run(s: &str, traditional: bool) -> (String, Vec<Repair>) {
        let mut t = AlignedText::new(s);
        let r = repair(&mut t, traditional);
        (t.as_str().to_string(), r)
    }

    #[test]
    fn the_example_from_the_issue() {
        let (out, rep) = run("注意事項?!敖裉鞄Ц赣H看病，遇到了從天津來的專家", true);
        assert_eq!(out, "注意事項。“今天帶父親看病，遇到了從天津來的專家");
        assert_eq!(rep.len(), 1);
        assert!(rep[0].gain >= MIN_GAIN);
    }

    #[test]
    fn pinyin_remnant_pins_the_orphan() {
        let (out, _) = run("與當?shù)蒯t(yī)護人員齊心協力", true);
        assert_eq!(out, "與當地醫(yī)護人員齊心協力");
    }

    #[test]
    fn clean_text_is_never_touched() {
        for s in [
            "购买(捐赠)实时四维彩超、DR、骨密度仪等医疗设备58台件",
            "补充维生素C，乙肝e抗原阴性，B超检查正常",
            "你好吗?我很好A。",
            "QQ空间 IE版本小于9,为了不影响您的浏览效果,请升级IE版本!",
            "文件con167452.html已保存",
        ] {
            let (out, _) = run(s, false);
            assert_eq!(out, s);
        }
    }

    #[test]
    fn synthetic_damage_on_simplified_text_is_repaired() {
        // `。“` at a sentence boundary is the most common damage site
    }

    #[test]
    fn the_pre_pass_never_skips_what_the_loop_would_examine() {
        // damage every position of a few sentences the way seed 002 was
        // damaged; wherever the pre-pass sees nothing, the loop finds nothing
        let texts = [
            "天津市卫生健康委员会组织专家开展义诊。“我们会继续派出专家团队支援安新县医院的学科建设。”院长说道",
            "注意事項：今天帶父親看病，遇到了從天津來的專家。",
            "医疗队为当地群众义诊3000余人次，捐赠设备12台（件）。",
        ];
        let (mut seen, mut skipped) = (0, 0);
        for clean in texts {
            let chars: Vec<char> = clean.chars().collect();
            for cut in 0..chars.len() - 1 {
                // the damage joins two double-byte characters
                if chars[cut].is_ascii() || chars[cut + 1].is_ascii() {
                    continue;
                }
                let Some(damaged) = damage_at(clean, cut) else {
                    continue;
                };
                if has_evidence(&damaged) {
                    seen += 1;
                    continue;
                }
                skipped += 1;
                let mut t = AlignedText::new(&damaged);
                assert!(examine(&mut t, false).is_empty(), "{damaged}");
            }
        }
        assert!(seen > 0 && skipped > 0, "{seen} seen, {skipped} skipped");
    }

    #[test]
    fn the_pre_pass_sees_damage_and_only_damage() {
        // clean text, including ASCII glued to Han, has nothing to examine
        for s in [
            "购买(捐赠)实时四维彩超、DR、骨密度仪等医疗设备58台件",
            "X光机和CT室，乙肝e抗原阴性",
            "你好吗?\n我很好A。",
        ] {
            assert!(!has_evidence(s), "{s}");
        }
        // an orphan `?` before a run end, on the same line, is evidence …
        assert!(has_evidence("注意事項?!敖裉鞄Ц赣H看病"));
        // … but not when a line break separates them
        assert!(has_evidence("注意事項?今天帶父親H看病"));
        assert!(!has_evidence("注意事項?\n今天帶父親H看病"));
        // a debris character (Cyrillic inside Han text) is evidence too
        assert!(has_evidence("医疗Ж帮扶H。"));
    }
}
