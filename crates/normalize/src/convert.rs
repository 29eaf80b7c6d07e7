//! Stage: traditional → simplified, with OpenCC 1.4.2's own data.
//!
//! OpenCC is the reference converter, but its library is C++ and Debian does not
//! ship the 1.4 series, so bangfu reimplements its conversion model on the
//! vendored dictionaries and configs (`data/opencc/`, Apache-2.0) and takes
//! OpenCC's official test cases as the oracle (`tests/opencc.rs`).
//!
//! The model, as OpenCC's `Converter` runs a config:
//! 1. *normalisation*: CJK compatibility ideographs to their unified forms;
//! 2. *segmentation* (configs that have one, e.g. `tw2s`): maximum forward
//!    matching on the segmentation dictionary — each phrase it finds is a
//!    segment, and the characters between phrases form one segment together;
//!    conversion never matches across a segment boundary (so `畫素藉由` stays
//!    `画素借由` under tw2sp: `素藉` is a phrase). Configs without one convert
//!    the text as one segment;
//! 3. the *conversion chain*: each step is a dictionary group with the
//!    `short_circuit` policy — at each position, the first dictionary of the
//!    group that has any key starting there wins, with its longest such key,
//!    and the first of its values is written. No match copies one character.
//!
//! The dictionaries are compiled into the binary (`include_str!`) and indexed
//! once per process on first use (about a millisecond). Characters are looked
//! up in a dense table over the BMP, phrases through a table keyed by their
//! first character, so a document costs one or two array reads per character.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::ChangeKind;
use crate::align::{AlignedText, Edit};

/// An OpenCC configuration bangfu supports (the ones that end in simplified text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Config {
    /// Traditional (OpenCC standard) → simplified.
    T2s,
    /// Taiwan standard → simplified.
    Tw2s,
    /// Hong Kong variant → simplified.
    Hk2s,
    /// Taiwan standard → simplified with mainland phrases.
    Tw2sp,
}

impl Config {
    pub fn name(self) -> &'static str {
        match self {
            Config::T2s => "t2s",
            Config::Tw2s => "tw2s",
            Config::Hk2s => "hk2s",
            Config::Tw2sp => "tw2sp",
        }
    }

    pub fn from_name(s: &str) -> Option<Config> {
        Some(match s {
            "t2s" => Config::T2s,
            "tw2s" => Config::Tw2s,
            "hk2s" => Config::Hk2s,
            "tw2sp" => Config::Tw2sp,
            _ => return None,
        })
    }

    fn json(self) -> &'static str {
        match self {
            Config::T2s => include_str!("../data/opencc/config/t2s.json"),
            Config::Tw2s => include_str!("../data/opencc/config/tw2s.json"),
            Config::Hk2s => include_str!("../data/opencc/config/hk2s.json"),
            Config::Tw2sp => include_str!("../data/opencc/config/tw2sp.json"),
        }
    }
}

fn dict_source(file: &str) -> Option<&'static str> {
    Some(match file {
        "CJK_Compatibility_Ideographs.txt" => {
            include_str!("../data/opencc/CJK_Compatibility_Ideographs.txt")
        }
        "TSPhrases.txt" => include_str!("../data/opencc/TSPhrases.txt"),
        "TSCharactersExt.txt" => include_str!("../data/opencc/TSCharactersExt.txt"),
        "TSCharacters.txt" => include_str!("../data/opencc/TSCharacters.txt"),
        "TWPhrasesRev.txt" => include_str!("../data/opencc/TWPhrasesRev.txt"),
        "TWVariantsRevPhrases.txt" => include_str!("../data/opencc/TWVariantsRevPhrases.txt"),
        "TWVariantsRev.txt" => include_str!("../data/opencc/TWVariantsRev.txt"),
        "HKVariantsRevPhrases.txt" => include_str!("../data/opencc/HKVariantsRevPhrases.txt"),
        "HKVariantsRev.txt" => include_str!("../data/opencc/HKVariantsRev.txt"),
        "STCharacters.txt" => include_str!("../data/opencc/STCharacters.txt"),
        _ => return None,
    })
}

/// One OpenCC text dictionary: `key<TAB>value[ value…]` lines.
struct Dict {
    /// Single-character keys: dense over the BMP (index+1 into `values`, 0 = none).
    chars: Vec<u32>,
    astral: HashMap<char, usize>,
    /// Multi-character keys by first character, longest first.
    phrases: HashMap<char, Vec<(Vec<char>, usize)>>,
    /// Bitset over the BMP of the first characters of `phrases`.
    phrase_first: Vec<u64>,
    values: Vec<Vec<char>>,
    /// Smallest and largest first character of any key (a range test before
    /// the table lookup, for dictionaries with few keys such as the CJK
    /// compatibility ideographs).
    first_range: (u32, u32),
}

impl Dict {
    fn parse(src: &str) -> Dict {
        let mut d = Dict {
            chars: vec![0; 0x10000],
            astral: HashMap::default(),
            phrases: HashMap::default(),
            phrase_first: vec![0; 0x10000 / 64],
            values: Vec::new(),
            first_range: (u32::MAX, 0),
        };
        for line in src.lines() {
            let Some((key, vals)) = line.split_once('\t') else {
                continue;
            };
            let first_val = vals.split(' ').next().unwrap_or("");
            if key.is_empty() {
                continue;
            }
            let idx = d.values.len();
            d.values.push(first_val.chars().collect());
            let kc: Vec<char> = key.chars().collect();
            let f = kc[0] as u32;
            d.first_range = (d.first_range.0.min(f), d.first_range.1.max(f));
            if kc.len() == 1 {
                let c = kc[0];
                if (c as u32) < 0x10000 {
                    if d.chars[c as usize] == 0 {
                        d.chars[c as usize] = idx as u32 + 1;
                    }
                } else {
                    d.astral.entry(c).or_insert(idx);
                }
            } else {
                let f = kc[0] as u32;
                if f < 0x10000 {
                    d.phrase_first[f as usize / 64] |= 1 << (f % 64);
                }
                d.phrases.entry(kc[0]).or_default().push((kc, idx));
            }
        }
        for list in d.phrases.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        d
    }

    /// Longest key that starts `text`: (its length in chars, its value).
    #[inline]
    fn match_prefix(&self, text: &[char]) -> Option<(usize, &[char])> {
        let c = *text.first()?;
        let cp = c as u32;
        let may_start_phrase =
            cp >= 0x10000 || self.phrase_first[cp as usize / 64] & (1 << (cp % 64)) != 0;
        if may_start_phrase && let Some(list) = self.phrases.get(&c) {
            for (k, v) in list {
                if text.len() >= k.len() && text[..k.len()] == k[..] {
                    return Some((k.len(), &self.values[*v]));
                }
            }
        }
        let idx = if (c as u32) < 0x10000 {
            match self.chars[c as usize] {
                0 => return None,
                i => i as usize - 1,
            }
        } else {
            *self.astral.get(&c)?
        };
        Some((1, &self.values[idx]))
    }

    fn has_char_key(&self, c: char) -> bool {
        let cp = c as u32;
        if cp < self.first_range.0 || cp > self.first_range.1 {
            return false;
        }
        if cp < 0x10000 {
            self.chars[c as usize] != 0
        } else {
            self.astral.contains_key(&c)
        }
    }
}

fn dict(file: &str) -> &'static Dict {
    static DICTS: OnceLock<std::sync::Mutex<HashMap<String, &'static Dict>>> = OnceLock::new();
    let m = DICTS.get_or_init(Default::default);
    let mut m = m.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(d) = m.get(file) {
        return d;
    }
    let src =
        dict_source(file).unwrap_or_else(|| panic!("OpenCC dictionary {file} is not vendored"));
    let d: &'static Dict = Box::leak(Box::new(Dict::parse(src)));
    m.insert(file.to_string(), d);
    d
}

/// A parsed config: normalisation dicts, optional segmentation dict, chain of groups.
struct Pipeline {
    normalization: Vec<&'static Dict>,
    segmentation: Option<&'static Dict>,
    chain: Vec<Group>,
}

/// One step of a conversion chain: dictionaries tried in order, the first
/// with a key at the position winning (OpenCC's `short_circuit`).
struct Group {
    dicts: Vec<&'static Dict>,
    /// Bitset over the BMP of the characters at which the group can change
    /// the text: a phrase of some dictionary starts with it, or the first
    /// dictionary that has it as a key maps it elsewhere. Most characters of
    /// a traditional text (的, 在, 人 …) are the same in both scripts, and
    /// one bit test lets them through without a dictionary lookup.
    may_change: Vec<u64>,
    /// Bitset over the BMP of the characters some dictionary's phrase
    /// starts with; elsewhere the group's answer is a single character.
    phrase_first: Vec<u64>,
    /// The group's single-character answer over the BMP, merged from its
    /// dictionaries (index+1 into `values`, 0 = none): one table read
    /// instead of one per dictionary.
    single: Vec<u32>,
    values: Vec<&'static [char]>,
}

impl Group {
    fn new(dicts: Vec<&'static Dict>) -> Group {
        let mut may_change = vec![0u64; 0x10000 / 64];
        let mut phrase_first = vec![0u64; 0x10000 / 64];
        let mut single = vec![0u32; 0x10000];
        let mut values: Vec<&'static [char]> = Vec::new();
        for cp in 0..0x10000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let (w, bit) = (cp as usize / 64, 1u64 << (cp % 64));
            if dicts.iter().any(|d| d.phrase_first[w] & bit != 0) {
                phrase_first[w] |= bit;
                may_change[w] |= bit;
            }
            if let Some((_, v)) = dicts.iter().find_map(|d| d.match_prefix(&[c])) {
                if v != [c] {
                    may_change[w] |= bit;
                }
                values.push(v);
                single[cp as usize] = values.len() as u32;
            }
        }
        Group {
            dicts,
            may_change,
            phrase_first,
            single,
            values,
        }
    }

    /// Can the group change the text at a position that starts with `c`?
    #[inline]
    fn may_change(&self, c: char) -> bool {
        let cp = c as u32;
        cp >= 0x10000 || self.may_change[cp as usize / 64] & (1 << (cp % 64)) != 0
    }

    /// The group's match at the start of `text`: (length, value).
    #[inline]
    fn match_prefix(&self, text: &[char]) -> Option<(usize, &[char])> {
        let cp = *text.first()? as u32;
        if cp >= 0x10000 || self.phrase_first[cp as usize / 64] & (1 << (cp % 64)) != 0 {
            return self.dicts.iter().find_map(|d| d.match_prefix(text));
        }
        match self.single[cp as usize] {
            0 => None,
            i => Some((1, self.values[i as usize - 1])),
        }
    }
}

/// Extracts the `"file"` names of the dict objects inside one JSON value, in order.
/// The configs are small and regular; a full JSON parser is not needed here.
fn files_in(json: &str) -> Vec<&'static Dict> {
    let mut out = Vec::new();
    let mut rest = json;
    while let Some(i) = rest.find("\"file\"") {
        rest = &rest[i + 6..];
        let Some(q1) = rest.find('"') else { break };
        let after = &rest[q1 + 1..];
        let Some(q2) = after.find('"') else { break };
        out.push(dict(&after[..q2]));
        rest = &after[q2 + 1..];
    }
    out
}

fn section<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    let i = json.find(&format!("\"{key}\""))?;
    let rest = &json[i..];
    let open = rest.find(['[', '{'])?;
    let (o, c) = if rest.as_bytes()[open] == b'[' {
        (b'[', b']')
    } else {
        (b'{', b'}')
    };
    let mut depth = 0;
    for (j, &b) in rest.as_bytes()[open..].iter().enumerate() {
        if b == o {
            depth += 1;
        } else if b == c {
            depth -= 1;
            if depth == 0 {
                return Some(&rest[open..open + j + 1]);
            }
        }
    }
    None
}

impl Pipeline {
    fn get(config: Config) -> &'static Pipeline {
        static P: OnceLock<std::sync::Mutex<HashMap<Config, &'static Pipeline>>> = OnceLock::new();
        let m = P.get_or_init(Default::default);
        let mut m = m.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = m.get(&config) {
            return p;
        }
        let json = config.json();
        let normalization = section(json, "normalization")
            .map(files_in)
            .unwrap_or_default();
        let segmentation =
            section(json, "segmentation").and_then(|s| files_in(s).into_iter().next());
        let mut chain = Vec::new();
        if let Some(c) = section(json, "conversion_chain") {
            // each step is one {"dict": {...}} object at depth 1
            let bytes = c.as_bytes();
            let mut depth = 0;
            let mut start = 0;
            for (j, &b) in bytes.iter().enumerate() {
                match b {
                    b'{' => {
                        if depth == 1 {
                            start = j;
                        }
                        depth += 1;
                    }
                    b'}' => {
                        depth -= 1;
                        if depth == 1 {
                            chain.push(Group::new(files_in(&c[start..=j])));
                        }
                    }
                    b'[' if j == 0 => depth = 1,
                    _ => {}
                }
            }
        }
        let p: &'static Pipeline = Box::leak(Box::new(Pipeline {
            normalization,
            segmentation,
            chain,
        }));
        m.insert(config, p);
        p
    }
}

/// Characters with their source range (in input characters) and segment.
struct Run {
    chars: Vec<char>,
    src: Vec<(u32, u32)>,
    seg: Vec<u32>,
}

fn convert_step(run: &Run, group: &[&'static Dict]) -> Run {
    let n = run.chars.len();
    let mut out = Run {
        chars: Vec::with_capacity(n),
        src: Vec::with_capacity(n),
        seg: Vec::with_capacity(n),
    };
    let mut i = 0;
    while i < n {
        let seg = run.seg[i];
        let mut lim = i + 1;
        while lim < n && run.seg[lim] == seg {
            lim += 1;
        }
        // lim is the end of this segment; match within it
        while i < lim {
            let text = &run.chars[i..lim];
            let m = group.iter().find_map(|d| d.match_prefix(text));
            match m {
                Some((len, val)) => {
                    let (s, e) = (run.src[i].0, run.src[i + len - 1].1);
                    if val.len() == len {
                        for (k, &c) in val.iter().enumerate() {
                            out.chars.push(c);
                            out.src.push(run.src[i + k]);
                            out.seg.push(seg);
                        }
                    } else {
                        for &c in val {
                            out.chars.push(c);
                            out.src.push((s, e));
                            out.seg.push(seg);
                        }
                    }
                    i += len;
                }
                None => {
                    out.chars.push(run.chars[i]);
                    out.src.push(run.src[i]);
                    out.seg.push(seg);
                    i += 1;
                }
            }
        }
    }
    out
}

/// Converts `text` with `config`, as OpenCC would. For tests and callers that
/// want plain strings.
pub fn convert_str(text: &str, config: Config) -> String {
    let chars: Vec<char> = text.chars().collect();
    let run = convert_run(&chars, Pipeline::get(config));
    run.chars.into_iter().collect()
}

fn convert_run(chars: &[char], p: &Pipeline) -> Run {
    let n = chars.len();
    let mut run = Run {
        src: (0..n as u32).map(|i| (i, i + 1)).collect(),
        seg: vec![0; n],
        chars: chars.to_vec(),
    };
    for d in &p.normalization {
        // most text has no compatibility ideographs: skip the copy
        if run.chars.iter().any(|&c| d.match_prefix(&[c]).is_some()) {
            run = convert_step(&run, &[d]);
        }
    }
    if let Some(segdict) = p.segmentation {
        // Maximum forward matching; a dictionary phrase is a segment of its
        // own, and the characters between phrases form one segment together.
        let mut seg = Vec::with_capacity(run.chars.len());
        let mut i = 0;
        let mut id = 0u32;
        let mut in_gap = false;
        while i < run.chars.len() {
            match segdict.match_prefix(&run.chars[i..]) {
                Some((len, _)) if len > 1 => {
                    id += 1;
                    seg.extend(std::iter::repeat_n(id, len));
                    id += 1;
                    in_gap = false;
                    i += len;
                }
                _ => {
                    if !in_gap {
                        id += 1;
                        in_gap = true;
                    }
                    seg.push(id);
                    i += 1;
                }
            }
        }
        run.seg = seg;
    }
    for group in &p.chain {
        run = convert_step(&run, &group.dicts);
    }
    run
}

/// Traditional-only characters: keys of TSCharacters that map elsewhere and
/// that are not themselves simplified characters (keys of STCharacters).
fn is_traditional_only(c: char) -> bool {
    static T: OnceLock<Vec<u64>> = OnceLock::new();
    let bits = T.get_or_init(|| {
        let ts = dict("TSCharacters.txt");
        let st = dict("STCharacters.txt");
        let mut bits = vec![0u64; 0x10000 / 64];
        for cp in 0x3400u32..0x10000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if let Some((1, v)) = ts.match_prefix(&[c])
                && v != [c]
                && !st.has_char_key(c)
            {
                bits[cp as usize / 64] |= 1 << (cp % 64);
            }
        }
        bits
    });
    let cp = c as u32;
    cp < 0x10000 && bits[cp as usize / 64] & (1 << (cp % 64)) != 0
}

/// How traditional a text looks: (traditional-only characters, Han characters).
pub fn traditional_profile(text: &str) -> (usize, usize) {
    let mut trad = 0;
    let mut han = 0;
    for c in text.chars() {
        if crate::ruby::is_han(c) {
            han += 1;
            if is_traditional_only(c) {
                trad += 1;
            }
        }
    }
    (trad, han)
}

/// Does `text` need conversion? At least two traditional-only characters,
/// making up at least 2% of its Han characters: a simplified article that
/// quotes one traditional name is left alone.
pub fn looks_traditional(text: &str) -> bool {
    let (trad, han) = traditional_profile(text);
    trad >= 2 && trad * 50 >= han
}

/// Is `c` written only in traditional text? (For the mojibake scorer.)
pub fn traditional_only(c: char) -> bool {
    is_traditional_only(c)
}

/// Is `c` a simplified form that traditional text does not use (a TSCharacters
/// value that is not also a key there)? 医 is; 台 is not.
pub fn simplified_only(c: char) -> bool {
    static T: OnceLock<Vec<u64>> = OnceLock::new();
    let bits = T.get_or_init(|| {
        let ts = dict("TSCharacters.txt");
        let mut bits = vec![0u64; 0x10000 / 64];
        for v in &ts.values {
            if let [c] = v[..] {
                let cp = c as u32;
                if cp < 0x10000 && !ts.has_char_key(c) {
                    bits[cp as usize / 64] |= 1 << (cp % 64);
                }
            }
        }
        // a character that maps to itself elsewhere is not simplified-only
        for cp in 0..0x10000u32 {
            if let Some(c) = char::from_u32(cp)
                && ts.has_char_key(c)
            {
                bits[cp as usize / 64] &= !(1 << (cp % 64));
            }
        }
        bits
    });
    let cp = c as u32;
    cp < 0x10000 && bits[cp as usize / 64] & (1 << (cp % 64)) != 0
}

/// Simplified form of one character (first TSCharacters value), for scoring.
pub fn simplify_char(c: char) -> char {
    // (called per character by the mojibake scorer: look the dictionary
    // up once, not through the registry's lock each time)
    static TS: OnceLock<&'static Dict> = OnceLock::new();
    let ts = *TS.get_or_init(|| dict("TSCharacters.txt"));
    match ts.match_prefix(&[c]) {
        Some((1, [s])) => *s,
        _ => c,
    }
}

/// Converts the aligned text in place, logging one edit per converted run.
///
/// No OpenCC key contains a line break, so no match can cross one: the text
/// is converted line by line, which keeps the working memory proportional to
/// the longest line rather than to the document. The per-line buffers are
/// reused, and every converted run is written into one shared buffer, so a
/// fully traditional document costs a handful of allocations, not one per run.
pub fn convert(text: &mut AlignedText, config: Config) {
    let pipeline = Pipeline::get(config);
    let s = text.as_str();
    // a traditional text changes about one character in three or four
    let mut out = EditBuffer {
        edits: Vec::with_capacity(s.len() / 12),
        arena: String::with_capacity(s.len() / 3),
        rule: config.name(),
        line_first: 0,
        last_one_to_one: false,
    };
    let mut scratch = Scratch::default();
    let mut line_start = 0usize;
    for line in s.split_inclusive('\n') {
        convert_line(line, line_start, pipeline, &mut scratch, &mut out);
        line_start += line.len();
    }
    text.apply_edits(out.edits, &out.arena);
}

/// Buffers reused from line to line.
#[derive(Default)]
struct Scratch {
    byte_at: Vec<u32>,
    input: Vec<char>,
}

/// The converted runs of a document, as edits into one shared buffer.
struct EditBuffer {
    edits: Vec<Edit>,
    arena: String,
    rule: &'static str,
    /// Index of the current line's first edit.
    line_first: usize,
    /// Whether the last edit maps one-to-one (and so may be extended).
    last_one_to_one: bool,
}

impl EditBuffer {
    /// Records that input bytes `[start, end)` became `out`; a one-to-one run
    /// right after another one-to-one run of the same line extends it.
    fn push(&mut self, start: usize, end: usize, out: &[char], one_to_one: bool) {
        let in_line = self.edits.len() > self.line_first;
        match self.edits.last_mut() {
            Some(last) if in_line && last.end == start && one_to_one && self.last_one_to_one => {
                last.end = end;
                self.arena.extend(out.iter());
                last.with.end = self.arena.len();
            }
            _ => {
                let from = self.arena.len();
                self.arena.extend(out.iter());
                self.edits.push(Edit {
                    start,
                    end,
                    with: from..self.arena.len(),
                    kind: ChangeKind::Convert,
                    rule: self.rule,
                });
                self.last_one_to_one = one_to_one;
            }
        }
    }
}

fn convert_line(
    line: &str,
    offset: usize,
    pipeline: &Pipeline,
    scratch: &mut Scratch,
    out: &mut EditBuffer,
) {
    if line.is_ascii() {
        return;
    }
    let Scratch { byte_at, input } = scratch;
    byte_at.clear();
    input.clear();
    let mut needs_normalization = false;
    for (b, c) in line.char_indices() {
        byte_at.push(b as u32);
        input.push(c);
        needs_normalization |= pipeline.normalization.iter().any(|d| d.has_char_key(c));
    }
    byte_at.push(line.len() as u32);
    out.line_first = out.edits.len();
    let at = |i: usize| offset + byte_at[i] as usize;
    if pipeline.segmentation.is_none() && pipeline.chain.len() == 1 && !needs_normalization {
        // One conversion step over unsegmented text (t2s): convert straight
        // from the line, with no intermediate run.
        let group = &pipeline.chain[0];
        let n = input.len();
        let mut i = 0;
        while i < n {
            if !group.may_change(input[i]) {
                i += 1;
                continue;
            }
            let Some((len, val)) = group.match_prefix(&input[i..]) else {
                i += 1;
                continue;
            };
            if val.len() == len {
                // a one-to-one match: each character is its own unit
                for k in i..i + len {
                    let c = val[k - i];
                    if c != input[k] {
                        out.push(at(k), at(k + 1), &[c], true);
                    }
                }
            } else if val != &input[i..i + len] {
                out.push(at(i), at(i + len), val, false);
            }
            i += len;
        }
        return;
    }
    let run = convert_run(input, pipeline);
    let n = run.chars.len();
    let mut i = 0;
    while i < n {
        let (s0, e0) = run.src[i];
        let mut j = i + 1;
        while j < n && run.src[j] == (s0, e0) {
            j += 1;
        }
        let conv = &run.chars[i..j];
        let inp = &input[s0 as usize..e0 as usize];
        if conv != inp {
            out.push(
                at(s0 as usize),
                at(e0 as usize),
                conv,
                conv.len() == inp.len(),
            );
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_and_phrases() {
        assert_eq!(
            convert_str("醫療幫扶是東西部協作的重要內容", Config::T2s),
            "医疗帮扶是东西部协作的重要内容"
        );
        assert_eq!(convert_str("乾隆皇帝", Config::T2s), "乾隆皇帝");
        assert_eq!(convert_str("乾燥", Config::T2s), "干燥");
    }

    #[test]
    fn detection() {
        assert!(looks_traditional("天津市南開區和環縣不斷深化醫療幫扶協作"));
        assert!(!looks_traditional("天津市南开区和环县不断深化医疗帮扶协作"));
        assert!(simplified_only('医'));
        assert!(!simplified_only('醫'));
        assert!(traditional_only('醫'));
    }

    #[test]
    fn aligned_conversion_maps_each_character_back() {
        let mut t = AlignedText::new("東西部協作，醫療");
        convert(&mut t, Config::T2s);
        assert_eq!(t.as_str(), "东西部协作，医疗");
        assert_eq!(t.orig_of(3), (3, 4));
        // two runs: 東 and 協 are separate from 醫療 by unchanged characters
        assert!(t.edits().len() >= 3);
    }
}
