//! Stage: page layout — what is article, what is page furniture, and what the
//! text says about itself.
//!
//! Dumps of Chinese news come as saved web pages (navigation, breadcrumbs,
//! share buttons, `上一篇/下一篇`, link lists and footers around the article),
//! as text pulled out of PDFs (spaces inside words, lines broken mid-sentence,
//! image captions repeated at the end) and as clean text. This stage labels
//! every line and edits the text accordingly:
//!
//! - **The body block** is found from line features, not phrases: a *prose*
//!   line has enough Han characters and ends a sentence (or is long and has
//!   clause punctuation). Prose lines less than four lines of other text apart
//!   form clusters; the cluster with the most text is the body. Short lines
//!   between body paragraphs are headings; speaker labels (`王栩冬:`) are body.
//! - **Before the body**, walking up from it: metadata lines (labelled dates,
//!   sources, bylines, page headers, bare times), then a photo caption with its
//!   credit (`… 刘世鑫 摄`), then the title — the nearest text line above
//!   that is neither a numbered section heading (`一、基本情况`, the body's)
//!   nor a subtitle (`——记…`, kept under the title above it).
//!   Everything above the title that is not metadata is boilerplate.
//! - **After the body**: metadata (a byline `记者:…`, a trailing record line
//!   that starts with a date) or boilerplate. Short lines after the last long
//!   paragraph that are spaced out or repeat body sentences are image captions
//!   (PDF layouts put them at the end): they leave the text and go into
//!   the metadata.
//! - **Tables** (a policy's list of who supports whom, pasted from a
//!   spreadsheet or a PDF): rows of two or more cells apart by tabs, wide
//!   spaces or bars, the same number in each row, at least two of them
//!   numbered in order (`1`, `2` … — the 序号 column). A table does not break
//!   the body, and one right after it, under a heading line or two
//!   (`附件：…名单`), belongs to it. Its rows keep their spaces.
//! - **Fields** (`支援医院：A` over `受援医院：B`, a notice's tasks one field
//!   a line) and **pairs** (`A→B`, a list of who helps whom) do not break the
//!   body either, and each ends its own line; a list of pairs right above the
//!   body, under the line that opens it (`帮扶关系：`), is the body's.
//! - **Layout repair** inside the body: a Han–space–Han gap is an artefact when
//!   a dictionary word spans it (`县中 医医院`); once that happens twice in a
//!   document, every such gap in body lines goes, while titles, headings and
//!   metadata keep their spaces (`马晨辉 赵鹏伟`). A long body line that stops
//!   mid-sentence is joined to the next line when that line follows directly,
//!   or across a blank line when a dictionary word spans the break; otherwise
//!   it is reported as truncated. Markdown heading markers are removed.
//!
//! The vocabulary these rules use (metadata labels, generic page-furniture
//! words) lives in `data/metadata.txt` and `data/boilerplate.txt`.

use std::sync::OnceLock;

use serde::Serialize;

use crate::ChangeKind;
use crate::align::{AlignedText, Replacement};
use crate::lm::CharModel;
use crate::ruby::is_han;

/// What a line of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineLabel {
    Blank,
    Title,
    Metadata,
    Heading,
    Body,
    /// A row of a table (cells apart by tabs, wide spaces or bars), kept as
    /// written: its spaces are the table's columns.
    Table,
    Caption,
    Boilerplate,
}

impl LineLabel {
    pub fn name(self) -> &'static str {
        match self {
            LineLabel::Blank => "blank",
            LineLabel::Title => "title",
            LineLabel::Metadata => "metadata",
            LineLabel::Heading => "heading",
            LineLabel::Body => "body",
            LineLabel::Table => "table",
            LineLabel::Caption => "caption",
            LineLabel::Boilerplate => "boilerplate",
        }
    }

    /// Does the line stay in the normalised text?
    pub fn kept(self) -> bool {
        !matches!(self, LineLabel::Caption | LineLabel::Boilerplate)
    }
}

/// A piece of metadata found in the text, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetaField {
    /// The text as written (after earlier normalisation stages).
    pub text: String,
    /// The normalised value where it differs from the text (a date as
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, a name without its label).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Characters of the decoded original, half-open.
    pub orig: [usize; 2],
}

/// Metadata recognised in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<MetaField>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<MetaField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<MetaField>,
    /// The body that signs the text (落款): a short line right above the
    /// closing date of a notice or bulletin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<MetaField>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub photo_credits: Vec<MetaField>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub captions: Vec<MetaField>,
    /// Paragraphs that stop mid-sentence with no continuation in the text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<MetaField>,
}

struct Vocab {
    boilerplate: Vec<&'static str>,
    labels: Vec<(&'static str, &'static str)>,
    publisher_suffixes: Vec<&'static str>,
    report_tails: Vec<&'static str>,
    outlet_prefixes: Vec<&'static str>,
}

fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| {
        let data = |s: &'static str| {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        let boilerplate = data(include_str!("../data/boilerplate.txt")).collect();
        let mut labels = Vec::new();
        let mut publisher_suffixes = Vec::new();
        let mut report_tails = Vec::new();
        let mut outlet_prefixes = Vec::new();
        for l in data(include_str!("../data/metadata.txt")) {
            if let Some((field, label)) = l.split_once('\t') {
                if field == "publisher_suffix" {
                    publisher_suffixes.push(label);
                } else if field == "report_tail" {
                    report_tails.push(label);
                } else if field == "outlet_prefix" {
                    outlet_prefixes.push(label);
                } else {
                    labels.push((field, label));
                }
            }
        }
        // longest labels first, so 责任编辑 wins over 编辑
        labels.sort_by_key(|(_, l)| std::cmp::Reverse(l.chars().count()));
        publisher_suffixes.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
        Vocab {
            boilerplate,
            labels,
            publisher_suffixes,
            report_tails,
            outlet_prefixes,
        }
    })
}

/// Per-line features.
#[derive(Debug, Clone)]
struct Line {
    /// Byte range in the text, without the newline.
    start: usize,
    end: usize,
    /// Byte offset where the content starts after a markdown heading marker.
    content_start: usize,
    nchars: usize,
    han: usize,
    punct: usize,
    terminal: bool,
    md_heading: bool,
    /// Ends mid-sentence, and the next line goes on with Han text (the
    /// page width of a PDF cut the sentence).
    continued: bool,
}

fn is_clause_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '！' | '？' | '、' | '：' | ',' | ';' | '!' | '?' | ':'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '！'
            | '？'
            | '!'
            | '?'
            | '…'
            | '”'
            | '’'
            | '」'
            | '』'
            | '：'
            | ':'
            | '；'
            | ';'
            | '）'
            | ')'
            | '"'
    )
}

fn features(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split('\n') {
        let end = start + piece.len();
        let content = piece.trim_end_matches('\r');
        let trimmed = content.trim();
        let md = trimmed.starts_with('#') && {
            let t = trimmed.trim_start_matches('#');
            t.starts_with(' ') && trimmed.len() - t.len() <= 6
        };
        let content_start = if md {
            let lead = content.len() - content.trim_start().len();
            let hashes = content[lead..].len() - content[lead..].trim_start_matches('#').len();
            let after = &content[lead + hashes..];
            start + lead + hashes + (after.len() - after.trim_start().len())
        } else {
            start
        };
        let body = &text[content_start..start + content.len()];
        let t = body.trim();
        let (mut nchars, mut han, mut punct) = (0, 0, 0);
        for c in t.chars() {
            nchars += 1;
            han += is_han(c) as usize;
            punct += is_clause_punct(c) as usize;
        }
        lines.push(Line {
            start,
            end: start + content.len(),
            content_start,
            nchars,
            han,
            punct,
            terminal: t.chars().next_back().is_some_and(is_terminal),
            md_heading: md,
            continued: false,
        });
        start = end + 1;
    }
    for k in 0..lines.len().saturating_sub(1) {
        let ends_mid = text[lines[k].content_start..lines[k].end]
            .trim_end()
            .chars()
            .next_back()
            // (or a number whose classifier the wrap put on the next line:
            // `选派专家不少于10` / `名，…`)
            .is_some_and(|c| is_han(c) || c == '，' || c == '、' || c.is_ascii_digit());
        let next = text[lines[k + 1].content_start..lines[k + 1].end].trim_start();
        // A wrapped line runs to the column's width: one much shorter than
        // the line after it (a title above a web paragraph) ends there.
        let full_width = lines[k].nchars * 10 >= lines[k + 1].nchars * 6;
        // An item of a list whose items before it each end their line
        // ends its own (`3.A——B、C` then `请各支援医院…`).
        // (an item of the same list: not the heading of a higher level,
        // `一、主要工作` over `（一）强化…全年选派…赴`)
        let style = |j: usize| item_style(&text[lines[j].content_start..lines[j].end]);
        let one_line_items = style(k).is_some()
            && (0..k)
                .rev()
                .find(|&j| !lines[j].blank())
                .is_some_and(|j| style(j) == style(k) && !lines[j].continued);
        // …and so does a field of a record under another (`支援医院：A`
        // over `受援医院：B`, then `请各支援医院…`)
        let field = |j: usize| is_field_line(text[lines[j].content_start..lines[j].end].trim());
        let one_line_fields =
            || field(k) && (0..k).rev().find(|&j| !lines[j].blank()).is_some_and(field);
        // …and a pair of a list of who helps whom (`A→B`)
        let pair = || is_pair_line(&text[lines[k].content_start..lines[k].end]);
        lines[k].continued = ends_mid
            && full_width
            && !one_line_items
            && !lines[k].terminal
            && !lines[k + 1].md_heading
            // (or a number the wrap put at the line's start: `接收…医务人员`
            // / `58名来…进修`, not a list's next item)
            && next
                .chars()
                .next()
                .is_some_and(|c| is_han(c) || c.is_ascii_digit() && !is_list_item(next))
            && !is_metadata_line(next.trim_end())
            && !one_line_fields()
            && !pair();
    }
    lines
}

impl Line {
    fn text<'a>(&self, s: &'a str) -> &'a str {
        s[self.content_start..self.end].trim()
    }
    fn blank(&self) -> bool {
        self.nchars == 0
    }
    fn prose(&self) -> bool {
        !self.md_heading
            && self.han >= 12
            && ((self.terminal && self.punct >= 1)
                || (self.punct >= 2 && self.nchars >= 40)
                // a line of a PDF's paragraph, cut at the page width
                // mid-sentence (`…28家县级医院，累计派`)
                || (self.continued && self.punct >= 1 && self.han >= 20)
                || self.nchars >= 80)
    }
}

/// The column breaks of a table row: runs of tabs, bars (`|`, `｜`),
/// ideographic spaces or two or more spaces, as byte ranges of `t`, each
/// with the number of breaks it makes — one per tab or bar, so an empty
/// cell between two tabs stays a cell (`5\t\t凉山州…`), and one for a run
/// of spaces.  Breaks at the line's ends are none.  A line with none of
/// those whose single spaces part three or more cells of words — no clause
/// punctuation, every cell after the first two or more characters with Han
/// among them (`1 四川省人民医院 泸定县人民医院`, a PDF's table) — breaks at
/// its spaces.
fn column_breaks(t: &str) -> Vec<(usize, usize, usize)> {
    let wide = wide_breaks(t);
    if !wide.is_empty() {
        return wide;
    }
    let pieces: Vec<&str> = t.split(' ').filter(|p| !p.is_empty()).collect();
    // (a cell may be a count, with its unit or not: `… 青岚县人民医院 6`,
    // `5人`; two cells of words at least)
    let worded = |p: &&str| p.chars().count() >= 2 && p.chars().any(is_han);
    let counted = |p: &&str| {
        p.chars().next().is_some_and(|c| c.is_ascii_digit())
            && p.chars().filter(|&c| is_han(c)).count() <= 2
    };
    let words = pieces.len() >= 3
        && !t.chars().any(is_clause_punct)
        && pieces[1..].iter().all(|p| worded(p) || counted(p))
        && pieces.iter().filter(|p| worded(p)).count() >= 2;
    if !words {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = t[i..].find(' ') {
        let a = i + k;
        let b = a + t[a..].len() - t[a..].trim_start_matches(' ').len();
        if a > 0 && b < t.len() {
            out.push((a, b, 1));
        }
        i = b;
    }
    out
}

/// [`column_breaks`] of tabs, bars and wide spaces.
fn wide_breaks(t: &str) -> Vec<(usize, usize, usize)> {
    let is_gap = |c: char| matches!(c, ' ' | '\t' | '|' | '｜' | '\u{3000}');
    let mut out = Vec::new();
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_gap(c) {
            continue;
        }
        let (mut end, mut marks, mut spaces) = (i + c.len_utf8(), 0, 0);
        let mut count = |c: char| match c {
            ' ' => spaces += 1,
            '\u{3000}' => spaces += 2,
            _ => marks += 1,
        };
        count(c);
        while let Some(&(j, n)) = chars.peek() {
            if !is_gap(n) {
                break;
            }
            count(n);
            end = j + n.len_utf8();
            chars.next();
        }
        let breaks = if marks > 0 {
            marks
        } else {
            usize::from(spaces >= 2)
        };
        if breaks > 0 && i > 0 && end < t.len() {
            out.push((i, end, breaks));
        }
    }
    out
}

/// The number of cells of a table row (see [`column_breaks`]).
fn cell_count(t: &str) -> usize {
    1 + column_breaks(t).iter().map(|b| b.2).sum::<usize>()
}

/// The first cell of a row.
fn first_cell(t: &str) -> &str {
    column_breaks(t).first().map_or(t, |b| &t[..b.0])
}

/// Which lines are rows of a table: a run of lines of the same number of
/// cells (two or more) in which at least two rows are numbered in order by
/// their first cell; the row right above the first numbered one is its
/// header.  A menu of links has neither the numbers nor the even columns.
fn table_rows(lines: &[Line], s: &str) -> Vec<bool> {
    let n = lines.len();
    let mut rows = vec![false; n];
    // (only a line that opens with a digit can be numbered, and only a
    // numbered line or the one above it needs its cells counted)
    let numbers: Vec<Option<u32>> = lines
        .iter()
        .map(|l| {
            let t = l.text(s);
            if l.blank() || l.md_heading || !t.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            first_cell(t).trim_end_matches(['.', '、']).parse().ok()
        })
        .collect();
    // whether the next line that is not blank is numbered, from the end
    let mut numbered_next = vec![false; n];
    for i in (0..n.saturating_sub(1)).rev() {
        numbered_next[i] = if lines[i + 1].blank() {
            numbered_next[i + 1]
        } else {
            numbers[i + 1].is_some()
        };
    }
    let cells: Vec<usize> = (0..n)
        .map(|i| {
            let wanted = numbers[i].is_some() || numbered_next[i];
            if wanted && !lines[i].blank() && !lines[i].md_heading {
                cell_count(lines[i].text(s))
            } else {
                0
            }
        })
        .collect();
    let mut i = 0;
    while i < n {
        if cells[i] < 2 || numbers[i].is_none() {
            i += 1;
            continue;
        }
        // numbered rows of the same width, in order (blank lines between
        // rows are allowed)
        let mut run = vec![i];
        let mut j = i + 1;
        while j < n {
            if lines[j].blank() {
                j += 1;
                continue;
            }
            let last = *run.last().unwrap_or(&i);
            let in_order = match (numbers[last], numbers[j]) {
                (Some(a), Some(b)) => b == a + 1,
                _ => false,
            };
            if cells[j] != cells[i] || !in_order {
                break;
            }
            run.push(j);
            j += 1;
        }
        if run.len() >= 2 {
            for &r in &run {
                rows[r] = true;
            }
            if let Some(h) = (0..i).rev().find(|&h| !lines[h].blank())
                && cells[h] == cells[i]
                && numbers[h].is_none()
            {
                rows[h] = true;
            }
        }
        i = j.max(i + 1);
    }
    // Rows with no numbers: three lines or more in a row, a header among
    // them, each of the same three cells or more (`支援医院 受援医院 派驻人数`
    // over `A医院 B医院 6`), two of them with a cell of a name's length (a
    // menu's words are short: `首页 新闻 政务公开`).
    let gaps = [' ', '\t', '|', '｜', '\u{3000}'];
    // (a row is no prose: most lines are, and are passed over unread)
    let gapped = |l: &Line| !l.blank() && !l.md_heading && !l.prose() && l.text(s).contains(gaps);
    let named = |l: &Line| l.text(s).split(gaps).any(|cell| cell.chars().count() >= 5);
    let mut i = 0;
    while i < n {
        let w = if gapped(&lines[i]) && !rows[i] {
            cell_count(lines[i].text(s))
        } else {
            0
        };
        if w < 3 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && !rows[j] && gapped(&lines[j]) && cell_count(lines[j].text(s)) == w {
            j += 1;
        }
        if j - i >= 3 && lines[i..j].iter().filter(|l| named(l)).count() >= 2 {
            rows[i..j].iter_mut().for_each(|r| *r = true);
        }
        i = j;
    }
    rows
}

/// Whether a line opens with an enumerator: `1.`, `2、`, `3）`, `（一）`,
/// `(2)`, `一、`, `①`.
fn is_list_item(t: &str) -> bool {
    let t = t.trim_start();
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let mut cs = t.chars().peekable();
    match cs.peek() {
        Some('①'..='⑳') => return true,
        Some('（' | '(') => {
            cs.next();
            let n = cs.by_ref().take_while(|&c| numeral(c)).count();
            // (take_while consumed the closing bracket)
            return (1..=3).contains(&n)
                && t.chars()
                    .nth(n + 1)
                    .is_some_and(|c| matches!(c, '）' | ')'));
        }
        _ => {}
    }
    let digits: Vec<char> = t.chars().take_while(|&c| numeral(c)).collect();
    (1..=3).contains(&digits.len())
        && t.chars()
            .nth(digits.len())
            .is_some_and(|c| matches!(c, '.' | '．' | '、' | '）' | ')'))
        // (not a decimal number: `1.5万`)
        && !(t.chars().nth(digits.len()) == Some('.')
            && t.chars().nth(digits.len() + 1).is_some_and(|c| c.is_ascii_digit()))
}

/// The style of a list item's number (`1.`, `一、`, `（一）`, `①`): items
/// of one list share it, and a heading of another level (`一、` over `（一）`)
/// has another.  `None` for a line that is no item.
fn item_style(t: &str) -> Option<(bool, bool, char)> {
    if !is_list_item(t) {
        return None;
    }
    let t = t.trim_start();
    let first = t.chars().next()?;
    let bracket = matches!(first, '（' | '(');
    let digits = t
        .chars()
        .find(|&c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    let close = t
        .chars()
        .find(|&c| matches!(c, '.' | '．' | '、' | '）' | ')'))
        .unwrap_or(first);
    Some((bracket, digits.is_some_and(|c| c.is_ascii_digit()), close))
}

/// Whether `t` is one labelled field of a record (`受援医院：阿克苏地区第一
/// 人民医院`, `一、帮扶单位：…`): a short label of words, a colon, a value.
/// A notice lists its tasks so, one field a line; such lines are the
/// notice's text, not page furniture, and each ends its own line.
fn is_field_line(t: &str) -> bool {
    // (after a list item's number: `一、`, `（2）`)
    let t = match t.find(['.', '．', '、', '）', ')']) {
        Some(at) if is_list_item(t) => t[at..].trim_start_matches(['.', '．', '、', '）', ')']),
        _ => t,
    };
    let Some((label, value)) = t.split_once(['：', ':']) else {
        return false;
    };
    let n = label.chars().count();
    (2..=12).contains(&n)
        && label.chars().filter(|&c| is_han(c)).count() >= 2
        && !label.chars().any(|c| is_clause_punct(c) || is_terminal(c))
        && !value.trim().is_empty()
}

/// Whether `t` is one pair of a list of who helps whom, linked by an arrow
/// (`广州市第一人民医院→毕节市第一人民医院`, `A——>B、C`): words on both
/// sides, no sentence. Such lines are the text's, not furniture, and each
/// ends its own line.
fn is_pair_line(t: &str) -> bool {
    // (the arrows the extractor links a pair by: aid.rs is_arrow_link)
    const ARROWS: [&str; 6] = ["→", "―>", "—>", "->", "⇒", "➝"];
    // (an item may end with a semicolon: `A→B；`)
    let t = t.trim().trim_end_matches(['；', ';']);
    let Some((at, arrow)) = ARROWS
        .iter()
        .filter_map(|a| t.find(a).map(|i| (i, a.len())))
        .min()
    else {
        return false;
    };
    let (left, right) = (&t[..at], &t[at + arrow..]);
    let han = |x: &str| x.chars().filter(|&c| is_han(c)).count();
    t.chars().count() <= 80
        && han(left) >= 2
        && han(right) >= 2
        && !t.chars().any(|c| is_terminal(c) || c == '，' || c == ',')
}

/// A page number between dashes (`— 2 —`, `- 12 -`): a PDF's footer,
/// which the text of a page runs on past.
fn is_page_number(t: &str) -> bool {
    let dash = |c: char| matches!(c, '—' | '-' | '–' | '－');
    t.chars().count() <= 12
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().any(dash)
        && t.chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || dash(c))
}

fn is_boilerplate_text(t: &str) -> bool {
    let v = vocab();
    let n = t.chars().count();
    if n == 0 {
        return false;
    }
    // link targets, separators, single symbols
    if t.starts_with('/') || t.starts_with("http") || t.starts_with("www.") {
        return true;
    }
    if n <= 2 && !t.chars().any(is_han) {
        return true;
    }
    if is_page_number(t) {
        return true;
    }
    if n <= 40 && v.boilerplate.iter().any(|w| t.contains(w)) {
        return true;
    }
    // truncated link text ("…卫生健康..."), the shape of link lists
    t.ends_with("...") || t.ends_with('…') && n <= 20
}

/// A date like `2024-05-10`, `2024/5/10`, `2024.05.10`, `2024年5月10日` at byte `i`:
/// (year, month, day, byte length).
fn date_at(s: &str, i: usize) -> Option<(u32, u32, u32, usize)> {
    let b = s.as_bytes();
    let num = |mut j: usize, min: usize, max: usize| -> Option<(u32, usize)> {
        let st = j;
        while j < b.len() && b[j].is_ascii_digit() && j - st < max {
            j += 1;
        }
        if j - st < min {
            return None;
        }
        Some((s[st..j].parse().ok()?, j))
    };
    let (y, j) = num(i, 4, 4)?;
    if i > 0 && b[i - 1].is_ascii_digit() {
        return None;
    }
    let rest = &s[j..];
    let (sep_len, cjk) = if rest.starts_with('年') {
        ('年'.len_utf8(), true)
    } else if rest.starts_with(['-', '/', '.']) {
        (1, false)
    } else {
        return None;
    };
    let (m, j) = num(j + sep_len, 1, 2)?;
    let rest = &s[j..];
    let sep2 = if cjk {
        if !rest.starts_with('月') {
            return None;
        }
        '月'.len_utf8()
    } else if rest.starts_with(['-', '/', '.']) {
        1
    } else {
        return None;
    };
    let (d, mut j) = num(j + sep2, 1, 2)?;
    if cjk && s[j..].starts_with('日') {
        j += '日'.len_utf8();
    }
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some((y, m, d, j - i))
}

/// A clock time `08:42` or `08:42:10` at byte `i`: (hour, minute, byte length).
fn time_at(s: &str, i: usize) -> Option<(u32, u32, usize)> {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() && j - i < 2 {
        j += 1;
    }
    if j == i || j >= b.len() || (b[j] != b':' && !s[j..].starts_with('：')) {
        return None;
    }
    let h: u32 = s[i..j].parse().ok()?;
    let sep = if b[j] == b':' { 1 } else { '：'.len_utf8() };
    let k = j + sep;
    let mut e = k;
    while e < b.len() && b[e].is_ascii_digit() && e - k < 2 {
        e += 1;
    }
    if e - k != 2 {
        return None;
    }
    let m: u32 = s[k..e].parse().ok()?;
    if h > 23 || m > 59 {
        return None;
    }
    if e < b.len()
        && b[e] == b':'
        && e + 3 <= b.len()
        && s.as_bytes()[e + 1..e + 3].iter().all(u8::is_ascii_digit)
    {
        e += 3;
    }
    Some((h, m, e - i))
}

fn find_date(s: &str) -> Option<(usize, (u32, u32, u32, usize))> {
    s.char_indices().find_map(|(i, c)| {
        if c.is_ascii_digit() {
            date_at(s, i).map(|d| (i, d))
        } else {
            None
        }
    })
}

fn find_time(s: &str, from: usize) -> Option<(usize, (u32, u32, usize))> {
    s[from..].char_indices().find_map(|(i, c)| {
        if c.is_ascii_digit() && (i + from == 0 || !s.as_bytes()[i + from - 1].is_ascii_digit()) {
            time_at(s, i + from).map(|t| (i + from, t))
        } else {
            None
        }
    })
}

/// The label that starts `t` (followed by a colon, or by a space for labels of
/// two or more characters): (field, rest of the line).
fn labelled(t: &str) -> Option<(&'static str, &str)> {
    let t = t.trim_start_matches(['【', '[', '(', '（']);
    for (field, label) in &vocab().labels {
        if let Some(rest) = t.strip_prefix(label) {
            let r = rest.trim_start_matches(['】', ']', ')', '）']);
            if let Some(v) = r.strip_prefix([':', '：']) {
                return Some((field, v.trim()));
            }
            if label.chars().count() >= 2 && r.starts_with([' ', '\u{3000}']) {
                return Some((field, r.trim()));
            }
        }
    }
    None
}

/// A page header like `第06版:保定新闻` → the page name.
fn page_header(t: &str) -> Option<&str> {
    let r = t.strip_prefix('第')?;
    let digits = r
        .chars()
        .take_while(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        .count();
    if digits == 0 {
        return None;
    }
    let r = r[digits..].strip_prefix('版')?;
    Some(r.trim_start_matches([':', '：', ' ']).trim())
}

/// A photo credit at the end of a line: `… 刘世鑫 摄` → (caption, name).
fn photo_credit(t: &str) -> Option<(&str, &str)> {
    let r = t.strip_suffix('摄')?.trim_end();
    let name_start = r
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_han(*c))
        .last()?
        .0;
    let name = &r[name_start..];
    let n = name.chars().count();
    if !(2..=4).contains(&n) {
        return None;
    }
    let caption = r[..name_start].trim_end_matches([' ', '\u{3000}', '/', '：', ':']);
    Some((caption, name))
}

fn is_bare_time(t: &str) -> bool {
    time_at(t, 0).is_some_and(|(_, _, len)| len == t.len())
}

/// A line that starts with a date followed by a record of fields (page dumps
/// that end with `2025-02-18 2 2 河北经济日报 con167452.html …`).
fn is_record_line(t: &str) -> bool {
    date_at(t, 0).is_some_and(|(.., len)| {
        t[len..].starts_with([' ', '\t']) && t.split_whitespace().count() >= 3
    })
}

/// The fields of a metadata line, which pages often pack into one:
/// `来源：某某日报    发布时间：2023-08-15 10:20`, `2022年11月3日  来源：某委`,
/// `作者：张三 发布日期：2024-01-02`.  A field ends at a wide gap (two or
/// more spaces, an ideographic space, a tab) or at a single space followed
/// by a label or a date; a single space inside a value (`2023-08-15 10:20`,
/// `张三 李四`) does not end it.
fn meta_fields(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let b = t.as_bytes();
    while i < t.len() {
        let c = t[i..].chars().next().unwrap_or(' ');
        if !c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let gap_start = i;
        let mut wide = false;
        while let Some(c) = t[i..].chars().next().filter(|c| c.is_whitespace()) {
            wide |= c != ' ' || i > gap_start;
            i += c.len_utf8();
        }
        let rest = &t[i..];
        let token = rest.split(char::is_whitespace).next().unwrap_or("");
        let opens_field = labelled(rest).is_some()
            || b.get(i).is_some_and(u8::is_ascii_digit) && date_at(t, i).is_some()
            || is_publisher_field(token) && !is_bare_label(&t[start..gap_start]);
        if (wide || opens_field) && !rest.is_empty() {
            out.push(&t[start..gap_start]);
            start = i;
        }
    }
    out.push(t[start..].trim_end());
    out.retain(|f| !f.is_empty());
    out
}

/// One field of a metadata line on its own: a known label, a page header, a
/// date, a time, or a date with its time.
fn is_metadata_field(t: &str) -> bool {
    labelled(t).is_some()
        || page_header(t).is_some()
        || is_bare_time(t)
        || date_at(t, 0)
            .is_some_and(|(.., len)| t[len..].trim().is_empty() || is_bare_time(t[len..].trim()))
}

/// A label with no value yet (`来源:`, `来源`): what follows is its value.
fn is_bare_label(p: &str) -> bool {
    labelled(p).is_some_and(|(_, v)| v.is_empty()) || vocab().labels.iter().any(|(_, l)| p == *l)
}

/// A publisher named alone beside a date (`2023年4月7日 新华网`): Han text
/// ending in a publisher's suffix (`data/metadata.txt`).
fn is_publisher_field(t: &str) -> bool {
    let n = t.chars().count();
    (3..=12).contains(&n)
        && t.chars().all(is_han)
        && vocab()
            .publisher_suffixes
            .iter()
            .any(|suf| t.ends_with(suf) && t.len() > suf.len())
}

/// A short unknown label with its value (`浏览次数：1024`, `字号：大 中 小`):
/// page furniture that shares a metadata line with known fields.
fn is_other_field(t: &str) -> bool {
    t.split_once([':', '：']).is_some_and(|(label, _)| {
        let n = label.chars().count();
        (1..=6).contains(&n) && label.chars().all(is_han)
    })
}

/// A line that can sign a text: 4 to 30 characters, nearly all Han, no
/// sentence punctuation, not page furniture.
fn is_signature(t: &str) -> bool {
    let n = t.chars().count();
    let han = t.chars().filter(|&c| is_han(c)).count();
    (4..=30).contains(&n)
        && han * 10 >= n * 8
        && !t.contains(['。', '，', '；', '！', '？', ':', '：', '|'])
        && !is_boilerplate_text(t)
}

/// The publisher a credit line names: a line wholly in brackets that could
/// sign the text and opens with a publisher's name (`（河北省人民医院
/// 党委宣传部）`, `(某某县卫健委)`).
fn credit(t: &str) -> Option<&str> {
    let inner = t
        .trim()
        .strip_prefix(['(', '（'])?
        .strip_suffix([')', '）'])?
        .trim();
    let first = inner.split_whitespace().next()?;
    if !is_signature(inner) {
        return None;
    }
    if is_publisher_field(first) {
        return Some(first);
    }
    // (the body and its office written together: `湖滨市中心医院党委宣传部`
    // — the longest start that is a publisher, a short office after it)
    first
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i > 0)
        .rev()
        .find(|&i| is_publisher_field(&first[..i]) && first[i..].chars().count() <= 8)
        .map(|i| &first[..i])
}

/// A reporter's dateline with no colon (`记者王小明／金门报导`, `本报记者 李华
/// 北京报道`): an author label, a name and a place, and a tail that says
/// where it was reported from (`data/metadata.txt`'s report tails).
fn is_dateline_byline(t: &str) -> bool {
    let v = vocab();
    let n = t.chars().count();
    let r = v
        .outlet_prefixes
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    (4..=30).contains(&n)
        && !t.contains(['。', '，', '；', '！', '？'])
        && v.labels.iter().any(|(field, label)| {
            *field == "author" && label.chars().count() >= 2 && r.starts_with(label)
        })
        && v.report_tails
            .iter()
            .any(|tail| t.trim_end().ends_with(tail))
}

fn is_metadata_line(t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    // fields in brackets that a sentence goes on after are the opening of
    // a paragraph (`（来源：… 发布时间：…）10月18日，…。`), read by
    // `read_metadata`
    if t.starts_with(['(', '（'])
        && t.find([')', '）'])
            .is_some_and(|close| t[close..].chars().skip(1).filter(|&c| is_han(c)).count() >= 10)
    {
        return false;
    }
    if labelled(t).is_some() || is_record_line(t) || is_metadata_field(t) || is_dateline_byline(t) {
        return true;
    }
    // several fields on one line, each known or a short labelled one
    let fields = meta_fields(t);
    fields.len() >= 2
        && fields.iter().any(|f| is_metadata_field(f))
        && fields
            .iter()
            .all(|f| is_metadata_field(f) || is_other_field(f) || is_publisher_field(f))
}

/// The labelled analysis of a text.
pub struct Plan {
    pub labels: Vec<LineLabel>,
    pub metadata: Metadata,
    pub edits: Vec<(ChangeKind, Replacement)>,
}

fn dict_spans(a: char, b: char) -> bool {
    let m = CharModel::get();
    m.bigram_weight(a, b) >= 50.0
}

/// Labels lines and plans the layout edits. `text` is the aligned text, so
/// metadata can point at original characters.
pub fn plan(at: &AlignedText) -> Plan {
    let s = at.as_str();
    let lines = features(s);
    let n = lines.len();
    let mut labels = vec![LineLabel::Blank; n];
    let mut meta = Metadata::default();
    let orig_of_bytes = |bs: usize, be: usize| -> [usize; 2] {
        let cs = s[..bs].chars().count();
        let ce = cs + s[bs..be].chars().count();
        let (a, b) = at.orig_span(cs, ce);
        [a, b]
    };
    // a metadata field over `t`, a slice of `s` (a line or a part of one)
    let part = |t: &str, value: Option<String>| -> MetaField {
        let off = t.as_ptr() as usize - s.as_ptr() as usize;
        MetaField {
            text: t.to_string(),
            value,
            orig: orig_of_bytes(off, off + t.len()),
        }
    };
    let field = |l: &Line, value: Option<String>| -> MetaField { part(l.text(s), value) };

    // 1. clusters of prose lines (a long metadata line of several fields,
    // `发布时间：…  来源：…  字号：[大 中 小]`, is no prose); the rows of a
    // table and the fields of a record between two paragraphs (a notice's
    // tasks, `支援医院：A` / `受援医院：B`) do not part them
    let table = table_rows(&lines, s);
    let record_field = |x: usize| {
        let t = lines[x].text(s);
        is_field_line(t) && !is_metadata_line(t) || is_pair_line(t)
    };
    let prose: Vec<usize> = (0..n)
        .filter(|&i| {
            let t = lines[i].text(s);
            lines[i].prose() && !is_boilerplate_text(t) && !is_metadata_line(t)
        })
        .collect();
    let mut best: Option<(usize, usize, usize)> = None; // (first, last, weight)
    let mut k = 0;
    while k < prose.len() {
        let first = prose[k];
        let mut last = first;
        let mut weight = lines[first].nchars;
        let mut j = k + 1;
        while j < prose.len() {
            let gap = (last + 1..prose[j])
                .filter(|&x| !lines[x].blank() && !table[x] && !record_field(x))
                .count();
            let furniture = (last + 1..prose[j]).any(|x| {
                let t = lines[x].text(s);
                is_boilerplate_text(t) && !is_page_number(t)
            });
            if gap > 3 || furniture {
                break;
            }
            last = prose[j];
            weight += lines[last].nchars;
            j += 1;
        }
        if best.is_none_or(|(_, _, w)| weight > w) {
            best = Some((first, last, weight));
        }
        k = j;
    }
    let Some((mut first, mut last, _)) = best else {
        // no prose at all: a short text (a title, a test phrase) is kept whole
        for (i, l) in lines.iter().enumerate() {
            labels[i] = if l.blank() {
                LineLabel::Blank
            } else if l.md_heading {
                LineLabel::Heading
            } else {
                LineLabel::Body
            };
        }
        return Plan {
            labels,
            metadata: meta,
            edits: markdown_edits(&lines, s),
        };
    };
    // the body's last sentence may go on past its last prose line (`…等\n
    // 重点专科3个。` in a PDF)
    while last + 1 < n && lines[last].continued && !lines[last + 1].blank() {
        last += 1;
    }
    // a list the body introduces (`…关系如下：` over `1.A——B` lines, which
    // are no prose) belongs to it, item after item, blank lines between
    while let Some(j) = (last + 1..n).find(|&j| !lines[j].blank()) {
        let here = lines[last].text(s).trim_end();
        if is_list_item(lines[j].text(s)) && (here.ends_with([':', '：']) || is_list_item(here)) {
            last = j;
        } else {
            break;
        }
    }
    // a table right after the body, under a heading line or two (`附件：`,
    // its title), belongs to it
    if let Some(t) = (last + 1..n).find(|&j| table[j])
        && (last + 1..t)
            .filter(|&j| !lines[j].blank())
            .all(|j| !lines[j].prose() && lines[j].han >= 2 && !is_metadata_line(lines[j].text(s)))
        && (last + 1..t).filter(|&j| !lines[j].blank()).count() <= 2
    {
        last = t;
        while let Some(j) = (last + 1..n).find(|&j| !lines[j].blank())
            && table[j]
        {
            last = j;
        }
    }
    // …and so does one right before it (a notice's list of who supports
    // whom, its text below), with a heading line or two between
    if let Some(t) = (0..first).rev().find(|&j| table[j])
        && (t + 1..first)
            .filter(|&j| !lines[j].blank())
            .all(|j| !lines[j].prose() && lines[j].han >= 2 && !is_metadata_line(lines[j].text(s)))
        && (t + 1..first).filter(|&j| !lines[j].blank()).count() <= 2
    {
        first = t;
        while let Some(j) = (0..first).rev().find(|&j| !lines[j].blank())
            && table[j]
        {
            first = j;
        }
    }
    // …and so does a list of pairs right before it (`A→B` lines, `1.A——B`
    // items), under the line that introduces it (`帮扶关系：`)
    let listed = |j: usize| {
        let t = lines[j].text(s);
        is_pair_line(t) || !lines[j].prose() && is_list_item(t) && t.chars().any(is_han)
    };
    let above = |i: usize| (0..i).rev().find(|&j| !lines[j].blank());
    if is_pair_line(lines[first].text(s))
        || above(first).is_some_and(|j| is_pair_line(lines[j].text(s)))
    {
        while let Some(j) = above(first)
            && listed(j)
        {
            first = j;
        }
        if let Some(j) = above(first)
            && lines[j].text(s).ends_with(['：', ':'])
            && lines[j].han >= 2
            && lines[j].nchars <= 20
            && !is_metadata_line(lines[j].text(s))
        {
            first = j;
        }
    }
    // a markdown heading right above the body start belongs to it
    // 2. inside the body block
    for i in first..=last {
        let l = &lines[i];
        let t = l.text(s);
        labels[i] = if l.blank() {
            LineLabel::Blank
        } else if table[i] {
            LineLabel::Table
        } else if l.prose() || i > first && lines[i - 1].continued {
            LineLabel::Body
        } else if is_boilerplate_text(t) {
            LineLabel::Boilerplate
        } else if t.ends_with([':', '：']) && l.nchars <= 12 {
            LineLabel::Body // a speaker label
        } else {
            LineLabel::Heading
        };
    }
    // 3. above the body: metadata, caption, title, then furniture
    let mut i = first;
    let mut title_found = false;
    let mut subtitle_found = false;
    let mut title_join: Option<(usize, usize)> = None;
    while i > 0 {
        i -= 1;
        let l = &lines[i];
        let t = l.text(s);
        if l.blank() {
            labels[i] = LineLabel::Blank;
            continue;
        }
        if is_metadata_line(t) {
            labels[i] = LineLabel::Metadata;
            continue;
        }
        if !title_found {
            if let Some((caption, name)) = photo_credit(t) {
                labels[i] = LineLabel::Caption;
                let f = field(l, Some(name.to_string()));
                meta.photo_credits.push(f.clone());
                if !caption.is_empty() {
                    meta.captions.push(MetaField {
                        value: Some(caption.to_string()),
                        ..f
                    });
                }
                continue;
            }
            if l.md_heading && i + 1 == first && first > 0 && (0..i).any(|x| lines[x].md_heading) {
                // a section heading directly above the first paragraph
                labels[i] = LineLabel::Heading;
                continue;
            }
            // A numbered section heading over the first paragraph (`一、基本
            // 情况`) is the body's; the title is above it.
            if is_list_item(t) && !l.prose() && l.nchars <= 20 {
                labels[i] = LineLabel::Heading;
                continue;
            }
            // A subtitle under the title (`——记A医院援疆专家团队`) is kept
            // with it; the title is the text line above.
            if !subtitle_found && t.starts_with(['—', '－', '-']) && l.han >= 4 {
                labels[i] = LineLabel::Title;
                subtitle_found = true;
                meta.title = Some(field(l, None));
                continue;
            }
            if l.han >= 4 && !is_boilerplate_text(t) && !t.ends_with([':', '：']) {
                labels[i] = LineLabel::Title;
                title_found = true;
                meta.title = Some(field(l, None));
                // A title the page width wrapped (a PDF's `…签署\n闽宁对口协作
                // 协议`): a long line right above it, ending no sentence and no
                // shorter, is its first part; the two are one line again.
                if i > 0 {
                    let up = &lines[i - 1];
                    let ut = up.text(s);
                    // (markdown headings are lines of their own)
                    if !up.blank()
                        && !up.md_heading
                        && !l.md_heading
                        && up.han >= 4
                        && up.nchars >= 16
                        && up.nchars >= l.nchars
                        && up.punct == 0
                        && !is_boilerplate_text(ut)
                        && !is_metadata_line(ut)
                    {
                        i -= 1;
                        labels[i] = LineLabel::Title;
                        let (a, b) = (field(up, None), field(l, None));
                        meta.title = Some(MetaField {
                            text: a.text + &b.text,
                            value: None,
                            orig: [a.orig[0], b.orig[1]],
                        });
                        title_join = Some((up.end, l.start));
                    }
                }
                continue;
            }
        }
        // The body that issues a report or notice, on the document's first
        // line above its title (`湖滨市卫生健康委员会` over `2023年度…工作
        // 总结`): the writer `我委` points at.
        if title_found
            && meta.publisher.is_none()
            && is_publisher_field(t)
            && (0..i).all(|x| lines[x].blank())
        {
            labels[i] = LineLabel::Metadata;
            meta.publisher = Some(field(l, Some(t.to_string())));
            continue;
        }
        labels[i] = LineLabel::Boilerplate;
    }
    while first > 0 && labels[first - 1] == LineLabel::Heading {
        first -= 1;
    }
    // 4. below the body
    for i in last + 1..n {
        let l = &lines[i];
        let t = l.text(s);
        labels[i] = if l.blank() {
            LineLabel::Blank
        } else if is_metadata_line(t) {
            LineLabel::Metadata
        } else {
            LineLabel::Boilerplate
        };
    }
    // A signature (落款): a short line of Han text with no sentence
    // punctuation, right above a closing date line, is who issued the text
    // — kept, since it is the writer `我院`, `本委` point at.
    for i in last + 1..n {
        let next = (i + 1..n).find(|&j| !lines[j].blank());
        if labels[i] == LineLabel::Boilerplate
            && let Some(j) = next
            && labels[j] == LineLabel::Metadata
            && is_signature(lines[i].text(s))
            && date_at(lines[j].text(s), 0).is_some()
        {
            labels[i] = LineLabel::Metadata;
            meta.signature = Some(field(&lines[i], None));
        }
    }
    // A credit in brackets below the body (`（河北省人民医院 党委宣传部）`):
    // the body that published the text, and its office.
    for i in last + 1..n {
        if labels[i] == LineLabel::Boilerplate
            && meta.publisher.is_none()
            && let Some(name) = credit(lines[i].text(s))
        {
            labels[i] = LineLabel::Metadata;
            meta.publisher = Some(field(&lines[i], Some(name.to_string())));
        }
    }
    // A credit in brackets that ends the title (`我院派出专家赴B开展帮扶
    // （成都市第三人民医院）`, as hospital sites print their news): the
    // body that published the text.
    if meta.publisher.is_none()
        && let Some(ti) = (0..n).find(|&i| labels[i] == LineLabel::Title)
        && let Some(body) = lines[ti].text(s).trim_end().strip_suffix(['）', ')'])
        && let Some(open) = body.rfind(['（', '('])
    {
        let inner = body[open..]
            .strip_prefix(['（', '('])
            .unwrap_or_default()
            .trim();
        if open > 0 && is_publisher_field(inner) {
            meta.publisher = Some(part(inner, Some(inner.to_string())));
        }
    }
    // 5. captions at the end of the body
    find_captions(&lines, s, first, last, &mut labels);
    for i in 0..n {
        if labels[i] == LineLabel::Caption && i > first {
            meta.captions.push(field(&lines[i], None));
        }
    }
    // 6. metadata values
    read_metadata(&lines, s, &labels, &mut meta, &field, &part);
    // 7. edits
    let mut edits = markdown_edits(&lines, s);
    edits.extend(space_edits(&lines, s, &labels));
    edits.extend(table_edits(&lines, s, &labels));
    edits.extend(join_edits(&lines, s, &mut labels, &mut meta, &field));
    if let Some((a, b)) = title_join {
        edits.push((ChangeKind::Layout, Replacement::new(a, b, "", "line_join")));
    }
    edits.extend(removal_edits(&lines, s, &labels));
    Plan {
        labels,
        metadata: meta,
        edits,
    }
}

fn markdown_edits(lines: &[Line], _s: &str) -> Vec<(ChangeKind, Replacement)> {
    lines
        .iter()
        .filter(|l| l.md_heading)
        .map(|l| {
            (
                ChangeKind::Layout,
                Replacement::new(l.start, l.content_start, "", "markdown_heading"),
            )
        })
        .collect()
}

fn normalized_for_compare(t: &str) -> String {
    t.chars()
        .filter(|&c| is_han(c) || c.is_ascii_alphanumeric())
        .collect()
}

fn find_captions(lines: &[Line], s: &str, first: usize, last: usize, labels: &mut [LineLabel]) {
    // the last long paragraph of the body
    let Some(last_long) = (first..=last)
        .rev()
        .find(|&i| labels[i] == LineLabel::Body && lines[i].nchars >= 80)
    else {
        return;
    };
    let tail: Vec<usize> = (last_long + 1..=last)
        .filter(|&i| !lines[i].blank())
        .collect();
    if tail.len() < 2 || tail.iter().any(|&i| lines[i].nchars >= 80) {
        return;
    }
    let body: String = (first..=last_long)
        .filter(|&i| labels[i] == LineLabel::Body)
        .map(|i| normalized_for_compare(lines[i].text(s)))
        .collect();
    let duplicates = tail
        .iter()
        .filter(|&&i| {
            let c = normalized_for_compare(lines[i].text(s));
            c.chars().count() >= 8 && body.contains(&c)
        })
        .count();
    // spaced out: two or more blank lines between the tail's lines
    let spaced = tail.windows(2).all(|w| w[1] - w[0] >= 3);
    if duplicates >= 1 || spaced {
        for &i in &tail {
            labels[i] = LineLabel::Caption;
        }
    }
}

/// Reads one field of a metadata line into `meta`.  `pending_date` is the
/// publication date last read and its line, so that a time written apart
/// (`2023-08-15` then `10:20`, on the next line or after a wide gap) joins it.
fn read_field(
    t: &str,
    line: usize,
    meta: &mut Metadata,
    pending_date: &mut Option<(usize, String)>,
    part: &dyn Fn(&str, Option<String>) -> MetaField,
) {
    if is_bare_time(t) {
        if let (Some((di, d)), Some((h, m, _))) = (pending_date.as_ref(), time_at(t, 0))
            && *di + 1 >= line.saturating_sub(1)
            && let Some(p) = meta.published.as_mut()
        {
            p.value = Some(format!("{d}T{h:02}:{m:02}"));
            p.text = format!("{} {}", p.text, t);
            p.orig[1] = part(t, None).orig[1];
        }
        return;
    }
    if is_publisher_field(t) && labelled(t).is_none() {
        meta.publisher
            .get_or_insert_with(|| part(t, Some(t.to_string())));
        return;
    }
    let labelled_field = labelled(t);
    if let Some((y, m, d, len)) = find_date(t).map(|(p, d)| (d.0, d.1, d.2, p + d.3))
        && (labelled_field.is_none_or(|(f, _)| f == "published"))
        && meta.published.is_none()
    {
        let date = format!("{y:04}-{m:02}-{d:02}");
        let value = match find_time(t, len) {
            Some((_, (h, mi, _))) => format!("{date}T{h:02}:{mi:02}"),
            None => date.clone(),
        };
        meta.published = Some(part(t, Some(value)));
        *pending_date = Some((line, date));
        return;
    }
    match labelled_field {
        Some(("source", rest)) if !rest.is_empty() => {
            meta.publisher
                .get_or_insert_with(|| part(t, Some(rest.to_string())));
        }
        Some(("author", rest)) if !rest.is_empty() => {
            for name in rest
                .split([' ', '　', '、', ',', '，'])
                .filter(|n| !n.is_empty())
            {
                meta.authors.push(part(t, Some(name.to_string())));
            }
        }
        _ => {}
    }
}

fn read_metadata(
    lines: &[Line],
    s: &str,
    labels: &[LineLabel],
    meta: &mut Metadata,
    field: &dyn Fn(&Line, Option<String>) -> MetaField,
    part: &dyn Fn(&str, Option<String>) -> MetaField,
) {
    let v = vocab();
    let mut pending_date: Option<(usize, String)> = None;
    for (i, l) in lines.iter().enumerate() {
        if labels[i] != LineLabel::Metadata {
            continue;
        }
        let t = l.text(s);
        if let Some(page) = page_header(t) {
            meta.page
                .get_or_insert_with(|| field(l, Some(page.to_string())));
            continue;
        }
        let fields = meta_fields(t);
        let all_fields = fields
            .iter()
            .all(|f| is_metadata_field(f) || is_other_field(f) || is_publisher_field(f));
        if is_record_line(t) && !all_fields {
            if let Some((y, m, d, _)) = date_at(t, 0)
                && meta.published.is_none()
            {
                meta.published = Some(field(l, Some(format!("{y:04}-{m:02}-{d:02}"))));
            }
            if meta.publisher.is_none()
                && let Some(name) = t.split_whitespace().find(|w| {
                    w.chars().all(is_han)
                        && v.publisher_suffixes
                            .iter()
                            .any(|suf| w.ends_with(suf) && w.len() > suf.len())
                })
            {
                meta.publisher = Some(field(l, Some(name.to_string())));
            }
            continue;
        }
        for f in fields {
            read_field(f, i, meta, &mut pending_date, part);
        }
    }
    // fields in brackets that open the first body paragraph, where a page
    // glued them to it: `（来源：省人民医院 发布时间：2024-10-20）10月18日，…`
    // (every field known or a short labelled one, one of them known)
    if let Some(i) = labels.iter().position(|&x| x == LineLabel::Body) {
        let t = lines[i].text(s);
        if let Some(inner) = t
            .strip_prefix(['(', '（'])
            .and_then(|r| r.find([')', '）']).map(|close| &r[..close]))
        {
            let fields = meta_fields(inner);
            if fields.iter().any(|f| labelled(f).is_some())
                && fields
                    .iter()
                    .all(|f| is_metadata_field(f) || is_other_field(f) || is_publisher_field(f))
            {
                for f in fields {
                    read_field(f, i, meta, &mut pending_date, part);
                }
            }
        }
    }
    // a byline that opens the first body paragraph: 本报讯(…记者马晨辉 赵鹏伟 实习生孙楚仪)
    if let Some(i) = labels.iter().position(|&x| x == LineLabel::Body) {
        let l = &lines[i];
        let t = l.text(s);
        if let Some(open) = t.find(['(', '（'])
            && open <= 12
            && let Some(close_rel) = t[open..].find([')', '）'])
        {
            let inner =
                &t[open + t[open..].chars().next().map_or(1, char::len_utf8)..open + close_rel];
            let author_labels: Vec<&str> = vocab()
                .labels
                .iter()
                .filter(|(f, _)| *f == "author")
                .map(|(_, l)| *l)
                .collect();
            if author_labels.iter().any(|a| inner.contains(a)) {
                let end = open
                    + close_rel
                    + t[open + close_rel..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
                let byline = &t[..end];
                let mut f = field(l, None);
                f.text = byline.to_string();
                f.orig[1] = f.orig[0] + byline.chars().count().min(f.orig[1] - f.orig[0]);
                meta.byline = Some(f.clone());
                // names after author labels, and bare names that continue a list of them
                let mut after_label = false;
                for part in inner.split([' ', '　', '·']) {
                    if let Some((pos, a)) = author_labels
                        .iter()
                        .find_map(|a| part.find(a).map(|p| (p, a)))
                    {
                        let name = &part[pos + a.len()..];
                        let n = name.chars().count();
                        if (2..=4).contains(&n) && name.chars().all(is_han) {
                            meta.authors.push(MetaField {
                                text: part.to_string(),
                                value: Some(name.to_string()),
                                ..f.clone()
                            });
                        }
                        after_label = true;
                    } else if after_label
                        && part.chars().all(is_han)
                        && (2..=3).contains(&part.chars().count())
                    {
                        meta.authors.push(MetaField {
                            text: part.to_string(),
                            value: Some(part.to_string()),
                            ..f.clone()
                        });
                    } else {
                        after_label = false;
                    }
                }
            }
        }
    }
}

fn space_edits(lines: &[Line], s: &str, labels: &[LineLabel]) -> Vec<(ChangeKind, Replacement)> {
    let mut gaps: Vec<(usize, usize, bool)> = Vec::new(); // byte range of spaces, spanned?
    for (i, l) in lines.iter().enumerate() {
        if !matches!(labels[i], LineLabel::Body | LineLabel::Caption) {
            continue;
        }
        let seg = &s[l.content_start..l.end];
        // spaces inside sentences are artefacts; a line with more spaces than
        // clause punctuation separates its items with them (lists, names)
        let spaces = memchr::memchr_iter(b' ', seg.as_bytes()).count();
        if spaces == 0 || l.punct == 0 || spaces > l.punct {
            continue;
        }
        let chars: Vec<(usize, char)> = seg.char_indices().collect();
        let mut k = 1;
        while k + 1 < chars.len() {
            if chars[k].1 == ' ' && is_han(chars[k - 1].1) {
                let mut e = k;
                while e < chars.len() && chars[e].1 == ' ' {
                    e += 1;
                }
                if e < chars.len() && is_han(chars[e].1) {
                    let spanned = dict_spans(chars[k - 1].1, chars[e].1);
                    gaps.push((
                        l.content_start + chars[k].0,
                        l.content_start + chars[e].0,
                        spanned,
                    ));
                }
                k = e;
            }
            k += 1;
        }
    }
    let fires = gaps.iter().filter(|g| g.2).count();
    gaps.into_iter()
        .filter(|g| g.2 || fires >= 2)
        .map(|(a, b, spanned)| {
            (
                ChangeKind::Layout,
                Replacement::new(
                    a,
                    b,
                    "",
                    if spanned {
                        "han_space_word"
                    } else {
                        "han_space_pdf"
                    },
                ),
            )
        })
        .collect()
}

/// A table's column breaks, written one way: a tab per break (`1  A医院 |
/// B医院` → `1\tA医院\tB医院`), so a later stage reads the cells of a row by
/// splitting it at tabs.
fn table_edits(lines: &[Line], s: &str, labels: &[LineLabel]) -> Vec<(ChangeKind, Replacement)> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if labels[i] != LineLabel::Table {
            continue;
        }
        let t = l.text(s);
        let off = t.as_ptr() as usize - s.as_ptr() as usize;
        for (a, b, breaks) in column_breaks(t) {
            let tabs = "\t".repeat(breaks);
            if t[a..b] != tabs {
                out.push((
                    ChangeKind::Layout,
                    Replacement::new(off + a, off + b, tabs, "table_columns"),
                ));
            }
        }
    }
    out
}

fn join_edits(
    lines: &[Line],
    s: &str,
    labels: &mut [LineLabel],
    meta: &mut Metadata,
    field: &dyn Fn(&Line, Option<String>) -> MetaField,
) -> Vec<(ChangeKind, Replacement)> {
    let mut out = Vec::new();
    let n = lines.len();
    let next_written = |from: usize| (from..n).find(|&j| !lines[j].blank());
    for i in 0..n {
        // A sentence a PDF's page break cut (`…杭州` / `— 2 —` / `市中医院…`):
        // one line again, the page number gone with the break.
        if labels[i] == LineLabel::Body
            && !lines[i].terminal
            && lines[i]
                .text(s)
                .chars()
                .next_back()
                .is_some_and(|c| is_han(c) || matches!(c, '，' | '、'))
            && let Some(k) = next_written(i + 1)
            && is_page_number(lines[k].text(s))
            && let Some(j) = next_written(k + 1)
            && labels[j] == LineLabel::Body
            && lines[j].text(s).chars().next().is_some_and(is_han)
            && !is_list_item(lines[j].text(s))
        {
            for label in &mut labels[i + 1..j] {
                *label = LineLabel::Blank;
            }
            out.push((
                ChangeKind::Layout,
                Replacement::new(lines[i].end, lines[j].content_start, "", "page_join"),
            ));
            continue;
        }
        if labels[i] != LineLabel::Body
            || lines[i].terminal
            || lines[i].nchars < 40 && !lines[i].continued
        {
            continue;
        }
        let Some(j) = (i + 1..n).find(|&j| !lines[j].blank()) else {
            continue;
        };
        if labels[j] != LineLabel::Body {
            continue;
        }
        let last = lines[i].text(s).chars().last();
        let next_first = lines[j].text(s).chars().next();
        let adjacent = j == i + 1;
        let spanned = matches!((last, next_first), (Some(a), Some(b)) if is_han(a) && is_han(b) && dict_spans(a, b));
        if adjacent || spanned {
            out.push((
                ChangeKind::Layout,
                Replacement::new(lines[i].end, lines[j].content_start, "", "line_join"),
            ));
        } else {
            meta.truncated.push(field(&lines[i], None));
        }
    }
    out
}

fn removal_edits(lines: &[Line], s: &str, labels: &[LineLabel]) -> Vec<(ChangeKind, Replacement)> {
    let mut out = Vec::new();
    let n = lines.len();
    let mut i = 0;
    while i < n {
        if labels[i].kept() {
            i += 1;
            continue;
        }
        // a run of removed lines, with the blank lines between them
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while j < n {
            if !labels[j].kept() {
                end = j;
            } else if labels[j] != LineLabel::Blank {
                break;
            }
            j += 1;
        }
        let kind = if labels[start] == LineLabel::Caption {
            ChangeKind::Caption
        } else {
            ChangeKind::Boilerplate
        };
        let rule = if kind == ChangeKind::Caption {
            "caption"
        } else {
            "boilerplate"
        };
        let bstart = lines[start].start;
        let at_end = (end + 1..n).all(|k| lines[k].blank());
        let (from, to) = if at_end {
            // drop the blank lines before a trailing block too, and the rest of the text
            let mut f = start;
            while f > 0 && lines[f - 1].blank() {
                f -= 1;
            }
            let from = if f == 0 { 0 } else { lines[f - 1].end };
            (from, s.len())
        } else {
            (bstart, (lines[end].end + 1).min(s.len()))
        };
        if from < to {
            out.push((kind, Replacement::new(from, to, "", rule)));
        }
        i = end + 1;
        if at_end {
            break;
        }
    }
    // the trailing block may already cover a join or space edit: callers drop overlaps
    out
}

/// Applies the plan to the text, dropping any edit that falls inside a
/// removed block.
pub fn apply(at: &mut AlignedText, plan: &Plan) {
    let removed: Vec<(usize, usize)> = plan
        .edits
        .iter()
        .filter(|(k, _)| matches!(k, ChangeKind::Boilerplate | ChangeKind::Caption))
        .map(|(_, r)| (r.start, r.end))
        .collect();
    let edits: Vec<(ChangeKind, Replacement)> = plan
        .edits
        .iter()
        .filter(|(k, r)| {
            matches!(k, ChangeKind::Boilerplate | ChangeKind::Caption)
                || !removed.iter().any(|&(a, b)| {
                    r.start < b && r.end > a || (r.start == r.end && r.start > a && r.start < b)
                })
        })
        .cloned()
        .collect();
    at.apply_mixed(edits);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times() {
        assert_eq!(date_at("2024-05-10", 0), Some((2024, 5, 10, 10)));
        assert_eq!(
            date_at("2024年5月10日", 0).map(|d| (d.0, d.1, d.2)),
            Some((2024, 5, 10))
        );
        assert_eq!(date_at("12024-05-10", 1), None);
        assert_eq!(time_at("08:42", 0), Some((8, 42, 5)));
        assert!(is_bare_time("08:42"));
        assert!(is_record_line("2025-02-18 2 2 某某日报 con1.html 1 标题"));
    }

    #[test]
    fn list_items() {
        for t in [
            "1.湖滨省人民医院——青岚县人民医院",
            "2、某某",
            "（三）加强",
            "(12)某",
            "一、总体要求",
            "①某",
        ] {
            assert!(is_list_item(t), "{t}");
        }
        for t in [
            "1.5万元用于",
            "2024年",
            "相关阅读：",
            "十分重要",
            "（注：某）",
        ] {
            assert!(!is_list_item(t), "{t}");
        }
    }

    #[test]
    fn a_list_the_body_introduces_is_body_and_furniture_below_it_is_not() {
        let text = "湖滨日报\n\n\
                    为推进城乡医院对口支援工作，经研究，现将今年的对口支援关系公布如下：\n\
                    1.湖滨省人民医院——青岚县人民医院\n\n\
                    2.湖滨市第三医院——东湖县人民医院\n\n\
                    相关阅读：\n\
                    1.某市召开卫生工作会议\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            n.text.contains("1.湖滨省人民医院——青岚县人民医院"),
            "{}",
            n.text
        );
        assert!(
            n.text.contains("2.湖滨市第三医院——东湖县人民医院"),
            "{}",
            n.text
        );
        assert!(!n.text.contains("相关阅读"), "{}", n.text);
        assert!(!n.text.contains("某市召开"), "{}", n.text);
    }

    #[test]
    fn a_pdf_report_s_wrapped_items_and_page_numbers() {
        // items of a lower level under an outline heading wrap like any
        // paragraph (also before a number), and a page number between
        // them is furniture, not the end of the text
        let text = "2023年度东西部协作工作总结\n\n\
                    2023年，我委认真贯彻落实东西部协作工作部署，持续深化与青岚州的卫生健康协作，取得了明\n\
                    显成效。现将有关情况总结如下。\n\
                    一、主要工作及成效\n\
                    （一）强化人才支援。全年选派医疗卫生专业技术人员86名赴\n\
                    青岚州开展帮扶，其中副高以上职称42名；接收青岚州医务人员\n\
                    58名来湖滨进修学习。\n\n\
                    — 2 —\n\n\
                    （二）深化结对帮扶。湖滨市人民医院与青岚州人民医院建立结对帮扶关系。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        for part in [
            "取得了明显成效",
            "\n一、主要工作及成效\n",
            "人员86名赴青岚州开展帮扶，其中副高以上职称42名；接收青岚州医务人员58名来湖滨进修学习。",
            "（二）深化结对帮扶。",
        ] {
            assert!(n.text.contains(part), "{part}: {}", n.text);
        }
        assert!(!n.text.contains("— 2 —"), "{}", n.text);
        // a sentence the page break cut is one line again
        let text = "（一）强化人才支援。全年选派医疗卫生专业技术人员86名赴青岚州开展帮扶，湖滨市人民医院与青岚州人民医院、湖滨\n\n\
                    — 2 —\n\n\
                    市中医院与青岚州中医院分别建立结对帮扶关系。\n\
                    （二）加大资金投入。全年安排项目资金1850万元，支持青岚州人民医院建设儿童医学中心。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            n.text
                .contains("青岚州人民医院、湖滨市中医院与青岚州中医院"),
            "{}",
            n.text
        );
        assert!(!n.text.contains("— 2 —"), "{}", n.text);
        // a list's next item after a line is no number the wrap moved
        // (nor after a line the wrap seems to cut)
        let text = "经研究，现将今年城乡医院对口支援关系和派驻人员有关要求公布如下\n\
                    1.湖滨省人民医院——青岚县人民医院\n\
                    2.湖滨市第三医院——东湖县人民医院\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(n.text.contains("公布如下\n1.湖滨省"), "{}", n.text);
        assert!(n.text.contains("青岚县人民医院\n2.湖滨市"), "{}", n.text);
    }

    #[test]
    fn the_body_issuing_a_report_above_its_title_is_its_publisher() {
        let text = "湖滨市卫生健康委员会\n2023年度东西部协作工作总结\n\n\
                    2023年，我委认真贯彻落实东西部协作工作部署，持续深化与青岚州的卫生健康协作，取得了明显成效。\n";
        let p = plan(&AlignedText::new(text));
        assert_eq!(
            p.metadata.publisher.map(|f| f.text),
            Some("湖滨市卫生健康委员会".to_string())
        );
        assert_eq!(p.labels[0], LineLabel::Metadata);
        // not a line under something else above the title (a site's menu)
        let text = format!("首页 新闻\n{text}");
        let p = plan(&AlignedText::new(&text));
        assert!(p.metadata.publisher.is_none());
    }

    #[test]
    fn a_list_of_one_line_items_ends_its_last_item_on_its_line() {
        let text = "现将今年的对口支援关系公布如下：\n\
                    1.湖滨省人民医院——青岚县人民医院\n\
                    2.湖滨市第三医院——东湖县人民医院、西湖县人民医院\n\
                    请各支援医院按要求于4月30日前派驻医务人员，驻点时间不少于一年。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            n.text.contains("西湖县人民医院\n请各支援医院"),
            "{}",
            n.text
        );
    }

    #[test]
    fn the_fields_of_a_record_between_paragraphs_are_text_one_field_a_line() {
        let text = "湖滨省卫生健康委关于下达对口支援任务的通知\n\
                    根据统一部署，现将今年城市三级医院对口支援县级医院任务下达如下。\n\
                    支援医院：湖滨省人民医院\n\
                    受援医院：青岚县人民医院\n\
                    派出人数：8名\n\
                    \n\
                    支援医院：湖滨市第三医院\n\
                    受援医院：东湖县人民医院\n\
                    请各支援医院于3月底前完成人员选派工作，受援医院要做好后勤保障。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        // five lines of fields do not part the two paragraphs, so the
        // first is still the body's …
        assert!(n.text.contains("根据统一部署"), "{}", n.text);
        // … and every field ends its line, the last before the text too
        for kept in [
            "支援医院：湖滨省人民医院\n受援医院：青岚县人民医院\n派出人数：8名\n",
            "受援医院：东湖县人民医院\n请各支援医院",
        ] {
            assert!(n.text.contains(kept), "{}", n.text);
        }
        assert!(is_field_line(
            "一、帮扶单位：湖滨省人民医院；受援单位：青岚县人民医院。"
        ));
        // (a sentence before the colon is no label)
        assert!(!is_field_line("会议强调，各支援医院要：按时派驻"));
        assert!(!is_field_line("受援医院："));
    }

    #[test]
    fn a_list_of_pairs_over_the_text_is_text_one_pair_a_line() {
        let text = "首页 > 通知公告\n\
                    2023年对口帮扶关系一览\n\
                    \n\
                    帮扶关系：\n\
                    湖滨市第一人民医院→青岚县人民医院\n\
                    湖滨市中医院→青岚县中医院\n\
                    湖滨市妇幼保健院→青岚县妇幼保健院\n\
                    \n\
                    各帮扶医院全年派驻医务人员不少于6人。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        // the pairs and the line that opens them are the body's, the title
        // above them the title, each pair on its own line
        assert!(
            n.text.starts_with(
                "2023年对口帮扶关系一览\n\n帮扶关系：\n湖滨市第一人民医院→青岚县人民医院\n\
                 湖滨市中医院→青岚县中医院\n湖滨市妇幼保健院→青岚县妇幼保健院\n"
            ),
            "{}",
            n.text
        );
        // pairs between two paragraphs do not part them
        let text = "湖滨市卫健委关于对口帮扶工作的通知\n\
                    根据统一部署，现将今年城市三级医院对口帮扶县级医院关系明确如下。\n\
                    湖滨市第一人民医院→青岚县人民医院\n\
                    湖滨市中医院→青岚县中医院\n\
                    湖滨市妇幼保健院→青岚县妇幼保健院\n\
                    湖滨市第二人民医院→石楼县人民医院\n\
                    请各帮扶医院于3月底前完成人员选派工作，受援医院要做好后勤保障工作。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            n.text
                .starts_with("湖滨市卫健委关于对口帮扶工作的通知\n根据统一部署"),
            "{}",
            n.text
        );
        assert!(is_pair_line(
            "湖滨市第一人民医院——>青岚县人民医院、石楼县人民医院"
        ));
        // (a sentence with an arrow is no pair)
        assert!(!is_pair_line(
            "湖滨市第一人民医院→青岚县人民医院，派出专家5名。"
        ));
    }

    #[test]
    fn a_subtitle_and_a_section_heading_are_not_the_title() {
        // the title is the line above a subtitle (`——记…`)…
        let text = "首页 > 新闻\n\
                    对口支援 情系边疆\n\
                    ——记湖滨省人民医院援疆专家团队\n\
                    2022年8月，湖滨省人民医院选派10人专家团队赴青岚县人民医院开展为期一年的帮扶工作。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            n.text.starts_with("对口支援 情系边疆\n——记湖滨省人民医院"),
            "{}",
            n.text
        );
        assert_eq!(
            n.metadata.title.as_ref().map(|t| t.text.as_str()),
            Some("对口支援 情系边疆")
        );
        // …and above a numbered section heading over the first paragraph,
        // which is no second part of it
        let text = "2023年湖滨省对口帮扶卫生健康工作情况\n\
                    一、基本情况\n\
                    2023年，湖滨省共派出医疗卫生专业技术人员112名到青岚县开展帮扶工作。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            n.text
                .starts_with("2023年湖滨省对口帮扶卫生健康工作情况\n一、基本情况\n"),
            "{}",
            n.text
        );
    }

    #[test]
    fn column_breaks_are_tabs_bars_and_wide_spaces() {
        assert_eq!(cell_count("1\t湖滨省人民医院\t青岚县人民医院"), 3);
        assert_eq!(cell_count("1  湖滨省人民医院 | 青岚县人民医院"), 3);
        assert_eq!(cell_count("序号\u{3000}支援医院\u{3000}受援医院"), 3);
        // an empty cell between two tabs stays a cell
        assert_eq!(cell_count("5\t\t东湖县人民医院"), 3);
        // one space is no column break, nor a tab at the line's end
        assert_eq!(cell_count("马晨辉 赵鹏伟"), 1);
        // single spaces part cells of words (a PDF's table), not prose or
        // a date written apart
        assert_eq!(cell_count("1 湖滨省人民医院 青岚县人民医院"), 3);
        assert_eq!(cell_count("序号 支援医院 受援医院"), 3);
        assert_eq!(cell_count("2024 年 5 月"), 1);
        assert_eq!(cell_count("县中 医医院，派出 专家"), 1);
        assert_eq!(first_cell("12\tA"), "12");
    }

    #[test]
    fn a_table_before_the_body_belongs_to_it_under_the_title() {
        let text = "首页 > 通知公告\n\n\
                    湖滨省城乡医院对口支援关系一览\n\n\
                    序号  支援医院  受援医院\n\
                    1  湖滨省人民医院  青岚县人民医院\n\
                    2  湖滨市第三医院  东湖县人民医院\n\n\
                    各支援医院要按照每年派驻不少于5名医务人员的要求，做好人员选派工作。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert_eq!(
            n.text.trim_start(),
            "湖滨省城乡医院对口支援关系一览\n\n\
             序号\t支援医院\t受援医院\n\
             1\t湖滨省人民医院\t青岚县人民医院\n\
             2\t湖滨市第三医院\t东湖县人民医院\n\n\
             各支援医院要按照每年派驻不少于5名医务人员的要求，做好人员选派工作。\n"
        );
        assert_eq!(
            n.metadata.title.as_ref().map(|t| t.text.as_str()),
            Some("湖滨省城乡医院对口支援关系一览")
        );
    }

    #[test]
    fn a_table_after_the_body_is_kept_with_one_tab_per_column() {
        let text = "湖滨日报\n\n\
                    为推进城乡医院对口支援工作，经研究，决定对部分医院的对口支援关系进行调整，现予公布。\n\n\
                    附件：对口支援关系一览表\n\n\
                    序号  支援医院  受援医院\n\
                    1  湖滨省人民医院  青岚县人民医院\n\
                    2  湖滨市第三医院 | 东湖县人民医院\n\
                    3\t\t西湖县人民医院\n\n\
                    相关阅读：\n\
                    某市召开卫生工作会议\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        for row in [
            "附件：对口支援关系一览表",
            "序号\t支援医院\t受援医院",
            "1\t湖滨省人民医院\t青岚县人民医院",
            "2\t湖滨市第三医院\t东湖县人民医院",
            "3\t\t西湖县人民医院",
        ] {
            assert!(n.text.contains(row), "{row:?} in {}", n.text);
        }
        assert!(!n.text.contains("相关阅读"), "{}", n.text);
        assert!(n.lines.contains(&LineLabel::Table));
        // a PDF's table, cells apart by single spaces, between two parts of
        // the body: one body, the rows kept with tabs
        let text = "现将2024年城乡医院对口支援工作方案印发给你们，请认真贯彻执行。\n\
                    一、支援关系\n\
                    1 湖滨省人民医院 青岚县人民医院\n\
                    2 湖滨市第三医院 东湖县人民医院\n\
                    3 湖滨市第四医院 西湖县人民医院\n\
                    二、工作要求\n\
                    各支援医院每年派驻医务人员不少于5名，驻点时间不少于6个月。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            n.text.contains("2\t湖滨市第三医院\t东湖县人民医院"),
            "{}",
            n.text
        );
        assert!(
            n.text.contains("驻点时间") && n.text.contains("现将"),
            "{}",
            n.text
        );
        // …and one with no numbers, under its header (the last column a
        // count)
        let text = "经研究确定帮扶关系如下：\n\
                    支援医院 受援医院 派驻人数\n\
                    湖滨市第一人民医院 青岚县人民医院 6\n\
                    湖滨市第二人民医院 石楼县人民医院 5\n\
                    各支援医院应于3月底前完成首批人员派驻，驻点时间不少于6个月。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        for row in [
            "支援医院\t受援医院\t派驻人数",
            "湖滨市第二人民医院\t石楼县人民医院\t5",
        ] {
            assert!(n.text.contains(row), "{row:?} in {}", n.text);
        }
    }

    #[test]
    fn a_menu_of_links_is_no_table_and_a_table_does_not_break_the_body() {
        // no numbers in order: furniture
        let text = "首页  新闻  政务公开\n\
                    办事服务  互动交流  专题专栏\n\n\
                    为推进城乡医院对口支援工作，经研究，决定对部分医院的对口支援关系进行调整，现予公布。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(!n.text.contains("首页"), "{}", n.text);
        // nor rows of short words without numbers
        let text = "首页 新闻 政务公开\n\
                    办事服务 互动交流 专题专栏\n\
                    关于我们 联系我们 网站地图\n\
                    湖滨市卫生健康委员会关于对口支援工作的通知\n\
                    为推进城乡医院对口支援工作，经研究，决定对部分医院的对口支援关系进行调整，现予公布。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(
            !n.text.contains("首页") && !n.text.contains("网站地图"),
            "{}",
            n.text
        );
        // numbers out of order, or one numbered row, are no table either
        for menu in [
            "3  热点新闻  健康科普\n7  政务公开  办事服务\n",
            "序号  栏目  更新\n1  热点新闻  健康科普\n",
        ] {
            let text = format!(
                "为推进城乡医院对口支援工作，经研究，决定对部分医院的对口支援关系进行调整，现予公布。\n\n{menu}"
            );
            let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
            assert!(!n.text.contains("新闻"), "{}", n.text);
        }
        // a numbered list of links under the page's furniture stays
        // furniture
        let text = "为推进城乡医院对口支援工作，经研究，决定对部分医院的对口支援关系进行调整，现予公布。\n\n\
                    相关阅读：\n\
                    某市召开卫生工作会议\n\
                    某县开展义诊活动\n\
                    1  某市召开卫生工作会议  2024-05-01\n\
                    2  某县开展义诊活动  2024-05-02\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(!n.text.contains("某县"), "{}", n.text);
        // five rows between two paragraphs: one body
        let text = "为推进城乡医院对口支援工作，经研究，决定对部分医院的对口支援关系进行调整。\n\
                    序号\t支援医院\t受援医院\n\
                    1\t湖滨省人民医院\t青岚县人民医院\n\
                    2\t湖滨市第三医院\t东湖县人民医院\n\
                    3\t湖滨市第四医院\t西湖县人民医院\n\
                    4\t湖滨市第五医院\t南湖县人民医院\n\
                    请各支援医院按要求于4月30日前派驻医务人员，驻点时间不少于一年。\n";
        let n = crate::normalize(text.as_bytes(), &crate::Options::default()).unwrap();
        assert!(n.text.starts_with("为推进"), "{}", n.text);
        assert!(n.text.contains("驻点时间"), "{}", n.text);
    }

    #[test]
    fn labels_and_headers() {
        assert_eq!(labelled("来源: 天津发布"), Some(("source", "天津发布")));
        assert_eq!(labelled("记者:乔洁"), Some(("author", "乔洁")));
        assert_eq!(labelled("文化建设取得新进展"), None);
        assert_eq!(page_header("第06版:保定新闻"), Some("保定新闻"));
        assert_eq!(
            photo_credit("建设中的国际医疗基地。张三丰 摄"),
            Some(("建设中的国际医疗基地。", "张三丰"))
        );
    }

    #[test]
    fn fields_packed_into_one_line() {
        assert_eq!(
            meta_fields("来源：某某日报    发布时间：2023-08-15 10:20"),
            ["来源：某某日报", "发布时间：2023-08-15 10:20"]
        );
        assert_eq!(
            meta_fields("2022年11月3日  来源：某市卫生健康委员会"),
            ["2022年11月3日", "来源：某市卫生健康委员会"]
        );
        assert_eq!(
            meta_fields("作者：张三 李四 发布日期：2024-01-02"),
            ["作者：张三 李四", "发布日期：2024-01-02"]
        );
        assert_eq!(meta_fields("来源: 天津发布"), ["来源: 天津发布"]);
        assert!(is_metadata_line(
            "2022年11月3日　来源：某市卫健委　浏览次数：1024"
        ));
        assert!(is_metadata_line("发布时间：2023-08-15  10:20"));
        assert_eq!(
            meta_fields("发布时间：2023-11-28 16:05  来源：某市卫生健康委员会  字号：[大 中 小]"),
            [
                "发布时间：2023-11-28 16:05",
                "来源：某市卫生健康委员会",
                "字号：[大 中 小]"
            ]
        );
        assert!(is_metadata_line(
            "发布时间：2023-11-28 16:05  来源：某市卫生健康委员会  字号：[大 中 小]"
        ));
        // prose that merely starts with a date is no metadata line
        assert!(!is_metadata_line(
            "2022年11月3日  某市卫健委组织专家开展义诊"
        ));
        assert!(!is_metadata_line("2022年11月3日，来源：某市卫健委"));
        // a publisher named alone beside the date
        assert!(is_metadata_line("2023年4月7日 新华网"));
        assert!(is_metadata_line("某某日报  2023-04-07 08:00"));
        assert!(!is_metadata_line("2023年4月7日 专家到达"));
    }

    #[test]
    fn lines_under_the_title_that_sign_the_news_are_metadata_not_the_title() {
        // a hospital's site: its name and the date under the title
        let page = "【援疆故事】把青岚经验带到湖滨\n\n\
                    湖滨县第二人民医院　2024-03-12\n\n\
                    2023年2月，青岚医科大学附属医院副主任医师来到湖滨县第二人民医院挂职，开展新技术12项。";
        let p = plan(&AlignedText::new(page));
        let m = &p.metadata;
        assert_eq!(
            m.title.as_ref().unwrap().text,
            "【援疆故事】把青岚经验带到湖滨"
        );
        assert_eq!(
            m.publisher.as_ref().unwrap().value.as_deref(),
            Some("湖滨县第二人民医院")
        );
        assert_eq!(
            m.published.as_ref().unwrap().value.as_deref(),
            Some("2024-03-12")
        );
        // a reporter's dateline with no colon is no title either
        let page = "青岚医院派专家支援湖滨县医院\n\n记者王小明／湖滨报导\n\n\
                    为提升离岛医疗品质，青岚医院自2019年起派遣心脏内科医师进驻湖滨县医院，每周提供门诊服务。";
        let p = plan(&AlignedText::new(page));
        assert_eq!(
            p.metadata.title.as_ref().unwrap().text,
            "青岚医院派专家支援湖滨县医院"
        );
        // a title naming a hospital, with no date beside it, stays the title
        let page = "湖滨县第二人民医院\n\n2023年2月，青岚医科大学附属医院副主任医师来到湖滨县第二人民医院挂职，开展新技术12项。";
        let p = plan(&AlignedText::new(page));
        assert_eq!(
            p.metadata.title.as_ref().unwrap().text,
            "湖滨县第二人民医院"
        );
    }

    #[test]
    fn a_title_much_shorter_than_the_paragraph_after_it_is_no_wrapped_line() {
        let page = "某省卫生健康委：进一步加强城市医院对口支援县级医院工作\n\
                    新华社某地6月5日电 某省卫生健康委近日印发通知，要求各地进一步加强城市三级医院对口支援县级医院工作，力争实现每个县至少有1家县级医院达到二级甲等水平。\n";
        let p = plan(&AlignedText::new(page));
        assert!(
            p.edits.iter().all(|(_, r)| r.rule != "line_join"),
            "{:?}",
            p.edits
        );
        // a wrapped line of a PDF column still joins the next
        let pdf = "某市卫生健康委组织全市二级以上医院选派医疗骨干，到对口帮扶的县级医院开展为期\n\
                   半年的驻点帮扶工作，重点帮助受援医院加强学科建设和人才培养工作。\n";
        let p = plan(&AlignedText::new(pdf));
        assert!(
            p.edits.iter().any(|(_, r)| r.rule == "line_join"),
            "{:?}",
            p.edits
        );
    }

    #[test]
    fn a_long_metadata_line_is_not_prose_nor_joined_to_the_body() {
        // forty characters and colons make it look like a sentence
        let page = "某市医院专科联盟成立\n\
                    发布时间：2023-11-28 16:05  来源：某市卫生健康委员会  字号：[大 中 小]\n\
                    11月26日，某省儿童医院牵头组建的儿科专科联盟在某市成立，联盟将通过远程会诊、专家下沉等方式帮助成员单位。\n\
                    据统计，该院累计派出专家1300余人次到某市坐诊，接收进修医师260名。";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[1], LineLabel::Metadata);
        assert!(
            p.edits.iter().all(|(_, r)| r.rule != "line_join"),
            "{:?}",
            p.edits
        );
        let m = &p.metadata;
        assert_eq!(
            m.published.as_ref().unwrap().value.as_deref(),
            Some("2023-11-28T16:05")
        );
        assert_eq!(
            m.publisher.as_ref().unwrap().value.as_deref(),
            Some("某市卫生健康委员会")
        );
    }

    #[test]
    fn fields_in_brackets_glued_to_the_first_paragraph_are_metadata_of_a_body_line() {
        let page = "某院第五批援外医疗队出征\n\n\
                    （来源：某省人民医院 发布时间：2024-10-20）10月18日，我院第五批援外医疗队一行12人从省城出发，赴非洲开展为期两年的医疗援助。";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[2], LineLabel::Body);
        let m = &p.metadata;
        assert_eq!(
            m.publisher.as_ref().unwrap().value.as_deref(),
            Some("某省人民医院")
        );
        assert_eq!(
            m.published.as_ref().unwrap().value.as_deref(),
            Some("2024-10-20")
        );
        // a bracket of other words opening a paragraph is no metadata
        let page = "某院专家团队赴某县义诊\n\n\
                    （通讯员供稿）10月18日，某省人民医院组织专家团队赴某县人民医院开展义诊活动，接诊患者300余人次。";
        let p = plan(&AlignedText::new(page));
        assert!(p.metadata.publisher.is_none());
        // fields in brackets on a line of their own are a metadata line
        let page = "某院专家团队赴某县义诊\n\
                    （来源：某某日报  发布时间：2023-08-15）\n\
                    10月18日，某省人民医院组织专家团队赴某县人民医院开展义诊活动，接诊患者300余人次。";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[1], LineLabel::Metadata);
        // …nor is a date alone, with no labelled field
        let page = "某院专家团队赴某县义诊\n\n\
                    （2023年5月1日）10月18日，某省人民医院组织专家团队赴某县人民医院开展义诊活动，接诊患者300余人次。";
        let p = plan(&AlignedText::new(page));
        assert!(p.metadata.published.is_none());
    }

    #[test]
    fn metadata_read_field_by_field() {
        let page = "某县医院迎来省级专家团队\n\
                    来源：某某日报    发布时间：2023-08-15 10:20\n\
                    8月12日，某省人民医院选派10名专家进驻某县人民医院，开展为期一年的帮扶工作，帮助建设重点专科。\n\
                    专家团队到达后立即开展义诊，并为县医院医务人员举办业务培训讲座三场。";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[1], LineLabel::Metadata);
        let m = &p.metadata;
        assert_eq!(
            m.publisher.as_ref().unwrap().value.as_deref(),
            Some("某某日报")
        );
        assert_eq!(m.publisher.as_ref().unwrap().text, "来源：某某日报");
        assert_eq!(
            m.published.as_ref().unwrap().value.as_deref(),
            Some("2023-08-15T10:20")
        );
        assert_eq!(m.title.as_ref().unwrap().text, "某县医院迎来省级专家团队");
        // a date first and a source after a wide gap; the time after a gap joins the date
        let page = "某市派出医疗队支援某县\n\
                    2022年11月3日  10:05  来源：某市卫生健康委员会\n\
                    根据东西部协作工作安排，某市卫生健康委组织6家医院选派12名医疗骨干赴某县开展为期6个月的帮扶。";
        let p = plan(&AlignedText::new(page));
        let m = &p.metadata;
        assert_eq!(m.title.as_ref().unwrap().text, "某市派出医疗队支援某县");
        assert_eq!(
            m.published.as_ref().unwrap().value.as_deref(),
            Some("2022-11-03T10:05")
        );
        assert_eq!(
            m.publisher.as_ref().unwrap().value.as_deref(),
            Some("某市卫生健康委员会")
        );
    }

    #[test]
    fn a_pdf_paragraph_cut_at_the_page_width_is_body_and_joined() {
        // lines of about 32 characters, cut mid-sentence, each with a comma:
        // short of a prose line on its own, prose as a paragraph
        let text = "关于某市城乡医院对口支援工作情况的通报\n\n\
                    \u{20}   2023年，全市共有12家城市三级医院对口支援28家县级医院，累计派\n\
                    出支援人员356人次，其中副高以上职称142人次。市人民医院对口\n\
                    支援某县人民医院，派驻专家23名，开展新技术新项目15项。\n\
                    \u{20}   市中医医院对口支援某县中医医院，帮助建设针灸科、康复科等\n\
                    重点专科3个。\n\n\
                    某市卫生健康委员会\n\
                    2024年1月15日";
        let mut at = AlignedText::new(text);
        let p = plan(&at);
        assert!(
            p.labels[2..=6].iter().all(|l| *l == LineLabel::Body),
            "{:?}",
            p.labels
        );
        at.apply_mixed(p.edits);
        let out = at.as_str();
        assert!(out.contains("累计派出支援人员"), "{out}");
        assert!(out.contains("康复科等重点专科3个。"), "{out}");
        assert!(out.contains("市人民医院对口支援某县人民医院"), "{out}");
        // a title above metadata is no paragraph cut short
        let page = "推动京津冀卫生健康协同发展走深走实，促进卫生健康服务共建共享\n\
                    发布日期: 2024-05-10\n\
                    5月9日上午，某市政府新闻办召开新闻发布会，介绍卫生健康协同发展有关情况，并回答记者提问。";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[0], LineLabel::Title);
    }

    #[test]
    fn a_number_whose_classifier_the_wrap_moved_is_joined_to_it() {
        let text = "关于某市城乡医院对口支援工作安排的通知\n\n\
                    \u{20}   一、某市第一人民医院对口支援某县人民医院，选派专家不少于10\n\
                    名，支援期限1年。\n\
                    \u{20}   二、某市中医医院对口支援某县中医医院，选派专家不少于8名。\n";
        let mut at = AlignedText::new(text);
        let p = plan(&at);
        at.apply_mixed(p.edits);
        let out = at.as_str();
        assert!(out.contains("不少于10名，支援期限1年。"), "{out}");
    }

    #[test]
    fn a_title_the_page_width_wrapped_is_one_title_again() {
        let text = "某省人民医院与某自治区人民医院正式签署对口\n\
                    协作协议\n\n\
                    \u{20}   6月20日，某省人民医院与某自治区人民医院签署对口协作协议，某省人民医院将每年选派专家赴某自治区人民医院帮扶。\n";
        let mut at = AlignedText::new(text);
        let p = plan(&at);
        assert_eq!(&p.labels[..2], [LineLabel::Title, LineLabel::Title]);
        assert_eq!(
            p.metadata.title.as_ref().map(|t| t.text.as_str()),
            Some("某省人民医院与某自治区人民医院正式签署对口协作协议")
        );
        at.apply_mixed(p.edits);
        assert!(
            at.as_str()
                .starts_with("某省人民医院与某自治区人民医院正式签署对口协作协议\n"),
            "{}",
            at.as_str()
        );
        // markdown headings are lines of their own, each with its marker
        let md = "## 精准帮扶精准服务提升受援地区医疗服务能力水平\n\
                  ## 制定方案细化内容提升整体医疗服务能力\n\n\
                  区卫生计生委制定工作方案，成立对口帮扶四县医疗卫生工作领导小组，根据对口帮扶要求和受援当地的需求，确定工作内容。\n";
        let n = crate::normalize(md.as_bytes(), &crate::Options::default()).unwrap();
        assert!(!n.text.contains("水平制定"), "{}", n.text);
        // a short line above the title (a site's name, the publisher's) is
        // not its first part
        let page = "某市卫生健康委员会\n\
                    某省人民医院与某自治区人民医院签署协议\n\n\
                    6月20日，某省人民医院与某自治区人民医院签署对口协作协议，某省人民医院将每年选派专家赴某自治区人民医院帮扶。\n";
        let p = plan(&AlignedText::new(page));
        assert_eq!(&p.labels[..2], [LineLabel::Metadata, LineLabel::Title]);
    }

    #[test]
    fn a_signature_above_the_closing_date_is_kept() {
        let page = "对口支援工作简报\n\
                    二〇二二年九月，我院与某县人民医院签订对口支援协议，帮扶期限三年，重点支持学科建设。\n\
                    截至今年六月底，派驻专家累计开展手术二百余台次，门诊诊疗六千余人次。\n\
                    某省人民医院办公室\n\
                    2023年7月5日";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[3], LineLabel::Metadata);
        assert_eq!(
            p.metadata.signature.as_ref().unwrap().text,
            "某省人民医院办公室"
        );
        assert_eq!(
            p.metadata.published.as_ref().unwrap().value.as_deref(),
            Some("2023-07-05")
        );
        // a footer line above a date is no signature
        let page = "某县人民医院签订对口支援协议，帮扶期限三年，重点支持学科建设和人才培养。\n\
                    版权所有：某市卫生健康委员会\n\
                    2023年7月5日";
        let p = plan(&AlignedText::new(page));
        assert!(p.metadata.signature.is_none());
    }

    #[test]
    fn a_credit_in_brackets_below_the_body_names_the_publisher() {
        let page = "我院与某县人民医院签订帮扶协议
                    10月15日，我院与某县人民医院签订紧密型帮扶协议，将选派5名科室主任常驻该院。
                    （某省人民医院 党委宣传部）
";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[2], LineLabel::Metadata);
        assert_eq!(
            p.metadata.publisher.as_ref().unwrap().value.as_deref(),
            Some("某省人民医院")
        );
        // a bracketed line that names no publisher is no credit
        for tail in [
            "（完）",
            "（责任编辑 某某某）",
            "（本文图片均由受访者提供）",
        ] {
            let page = format!(
                "10月15日，我院与某县人民医院签订紧密型帮扶协议，将选派5名科室主任常驻该院。\n{tail}\n"
            );
            let p = plan(&AlignedText::new(&page));
            assert!(p.metadata.publisher.is_none(), "{tail}");
        }
    }

    #[test]
    fn a_credit_in_brackets_ending_the_title_names_the_publisher() {
        let page = "我院派出专家赴某县人民医院开展帮扶（某市第三人民医院）

10月8日，我院派出第二批帮扶专家一行6人前往某县人民医院，开展为期3个月的帮扶工作。
";
        let p = plan(&AlignedText::new(page));
        assert_eq!(p.labels[0], LineLabel::Title);
        let publisher = p.metadata.publisher.as_ref().unwrap();
        assert_eq!(publisher.value.as_deref(), Some("某市第三人民医院"));
        assert_eq!(publisher.text, "某市第三人民医院");
        // a bracket that names no publisher is none
        for tail in ["（组图）", "（附名单）", "（2024年）"] {
            let page = format!(
                "我院派出专家赴某县人民医院开展帮扶{tail}\n\n10月8日，我院派出第二批帮扶专家一行6人前往某县人民医院，开展为期3个月的帮扶工作。\n"
            );
            let p = plan(&AlignedText::new(&page));
            assert!(p.metadata.publisher.is_none(), "{tail}");
        }
    }

    fn labels_of(text: &str) -> Vec<LineLabel> {
        plan(&AlignedText::new(text)).labels
    }

    #[test]
    fn a_made_up_page_dump() {
        let page = "首页\n新闻中心\n政务公开\n当前位置: 首页 > 新闻\n\
                    某市医院与某县医院签署对口帮扶协议\n\
                    发布时间: 2023-03-02 10:15\n来源: 某市卫健委\n\
                    3月1日上午,某市第一人民医院与某县人民医院举行对口帮扶签约仪式,双方将在学科建设、人才培养等方面深入合作。\n\
                    根据协议,市一院将选派10名专家常驻县医院,帮助开展新技术新项目,并接收县医院医务人员进修学习。\n\
                    下一步,两院将建立定期会商机制,确保帮扶工作取得实效。\n\
                    分享到:\n微信\n上一篇: 某市召开卫生健康工作会议\n下一篇: 某县开展义诊活动\n网站地图\n版权所有 某市卫健委";
        let l = labels_of(page);
        use LineLabel::*;
        assert_eq!(
            l,
            vec![
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Title,
                Metadata,
                Metadata,
                Body,
                Body,
                Body,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate,
                Boilerplate
            ]
        );
        let p = plan(&AlignedText::new(page));
        assert_eq!(
            p.metadata.published.as_ref().unwrap().value.as_deref(),
            Some("2023-03-02T10:15")
        );
        assert_eq!(
            p.metadata.publisher.as_ref().unwrap().value.as_deref(),
            Some("某市卫健委")
        );
        assert_eq!(
            p.metadata.title.as_ref().unwrap().text,
            "某市医院与某县医院签署对口帮扶协议"
        );
    }

    #[test]
    fn a_single_phrase_is_kept_with_its_spaces() {
        let mut t = AlignedText::new("剛構式橋樑 鼻樑 頂樑柱");
        let p = plan(&t);
        apply(&mut t, &p);
        assert_eq!(t.as_str(), "剛構式橋樑 鼻樑 頂樑柱");
    }

    #[test]
    fn pdf_spaces_and_broken_lines() {
        let text = "## 标题 带空格\n\n为全面落实对口帮扶工作要求,当地县中 医医院与北京医院结对,开展对口帮 扶工作,双方签署协议并确定了帮扶内容和具体计划,做到三\n\n个方面的提升,一是更加精准,二是更加灵活,三是更加符合医改要求。\n\n另一段落说明了双方的合作方式,专家定期前往当地开展义诊和带教活动,效果很好。";
        let mut t = AlignedText::new(text);
        let p = plan(&t);
        apply(&mut t, &p);
        let out = t.as_str();
        assert!(out.starts_with("标题 带空格\n"), "{out}");
        assert!(out.contains("县中医医院"));
        assert!(out.contains("对口帮扶工作"));
        assert!(out.contains("做到三个方面"), "{out}");
    }
}
