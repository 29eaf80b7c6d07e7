//! Stage: markup removal.
//!
//! Researchers' dumps hold web pages as saved (`.html` files, or HTML in a
//! JSONL `text` field) as often as text someone already extracted.  Before
//! any other stage looks at the words, the page's markup goes:
//!
//! * comments, `<!DOCTYPE>`, and whole `<head>`, `<script>`, `<style>`,
//!   `<noscript>`, `<template>` and `<svg>` elements (their content is no
//!   text of the article; the `<h1>` in the body repeats the `<title>`);
//! * tags that break a line in a browser (`<p>`, `<div>`, `<br>`, `<h1>`,
//!   `<li>`, `<tr>` …) become a line break, so the layout stage sees the
//!   page's lines as a reader would; a table's cell after the first of its
//!   row (`<td>`, `<th>`) opens with a tab, so a row is one line of
//!   columns (the layout stage's tables); every other tag (`<a>`, `<span>`,
//!   `<strong>`) is removed;
//! * character references (`&nbsp;`, `&amp;`, `&#8220;`, `&#x4E2D;`) become
//!   their characters;
//! * a line break inside the page's source is only white space in a browser:
//!   it becomes a space (and a space between two Han characters then goes, as
//!   for PDFs, in the layout stage).
//!
//! The names of those elements, of the line-breaking tags and of the
//! references are data (`data/html.txt`).
//!
//! Every edit goes through [`AlignedText::apply`], so each character after
//! the markup still points at its bytes in the page.  Whether a text is a
//! page is read from the text ([`looks_like_html`]): a document begins with
//! `<!DOCTYPE html` or `<html`, or has several tags of the kinds pages are
//! made of.  `<` in running text (`<5%`, `<<条例>>`) is left alone.

use crate::ChangeKind;
use crate::align::{AlignedText, Replacement};
use std::sync::OnceLock;

/// What the stage knows of HTML (`data/html.txt`): the elements whose whole
/// content goes, the tags that end a line, the named character references.
struct Html {
    dropped: Vec<&'static str>,
    block: Vec<&'static str>,
    cells: Vec<&'static str>,
    entities: Vec<(&'static str, &'static str)>,
}

fn html() -> &'static Html {
    static H: OnceLock<Html> = OnceLock::new();
    H.get_or_init(|| {
        let mut h = Html {
            dropped: Vec::new(),
            block: Vec::new(),
            cells: Vec::new(),
            entities: Vec::new(),
        };
        // not trimmed: a reference's value may be a space
        for l in include_str!("../data/html.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let mut f = l.splitn(3, '\t');
            match (f.next(), f.next(), f.next()) {
                (Some("drop"), Some(name), None) => h.dropped.push(name),
                (Some("block"), Some(name), None) => h.block.push(name),
                (Some("cell"), Some(name), None) => h.cells.push(name),
                (Some("entity"), Some(name), Some(value)) => h.entities.push((name, value)),
                _ => {}
            }
        }
        h
    })
}

/// Whether `s` is a web page: it opens with `<!DOCTYPE html` or `<html`, or
/// at least three tags of the kinds pages are built of appear in its first
/// 64 KB.
pub fn looks_like_html(s: &str) -> bool {
    let head = s.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    let opens = |p: &str| {
        head.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    if opens("<!doctype html") || opens("<html") {
        return true;
    }
    let mut end = s.len().min(65_536);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let b = &s.as_bytes()[..end];
    let mut tags = 0;
    for i in memchr::memchr_iter(b'<', b) {
        if let Some((name, _, _)) = tag_at(&s[..end], i)
            && (html().block.contains(&name.as_str()) || matches!(name.as_str(), "a" | "span"))
        {
            tags += 1;
            if tags >= 3 {
                return true;
            }
        }
    }
    false
}

/// A tag at byte `i` (which holds `<`): its lowercase name, whether it
/// closes (`</p>`), and the byte after its `>`.
fn tag_at(s: &str, i: usize) -> Option<(String, bool, usize)> {
    let b = s.as_bytes();
    let mut j = i + 1;
    let closing = b.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    while j < b.len() && (b[j].is_ascii_alphanumeric()) {
        j += 1;
    }
    if j == name_start || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    // after the name: white space, `/` or `>`
    if !matches!(b.get(j), Some(b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'>')) {
        return None;
    }
    let name = s[name_start..j].to_ascii_lowercase();
    // the end, outside quoted attribute values
    let mut quote = None;
    while j < b.len() {
        match (quote, b[j]) {
            (None, b'"' | b'\'') => quote = Some(b[j]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return Some((name, closing, j + 1)),
            _ => {}
        }
        j += 1;
    }
    None
}

/// The end of `</name>` at or after `from` (case-insensitive), or the text's end.
fn element_end(s: &str, from: usize, name: &str) -> usize {
    let lower = s[from..].to_ascii_lowercase();
    let close = format!("</{name}");
    match lower.find(&close) {
        Some(k) => {
            let at = from + k;
            tag_at(s, at).map_or(at + close.len(), |(_, _, e)| e)
        }
        None => s.len(),
    }
}

/// A character reference at byte `i` (which holds `&`): its character(s)
/// and the byte after its `;`.
fn reference_at(s: &str, i: usize) -> Option<(String, usize)> {
    let rest = s.get(i + 1..)?;
    let semi = rest.as_bytes().iter().take(18).position(|&c| c == b';')?;
    let body = &rest[..semi];
    let end = i + 1 + semi + 1;
    if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        let c = char::from_u32(code).filter(|c| *c != '\0')?;
        return Some((if c == '\u{A0}' { ' ' } else { c }.to_string(), end));
    }
    html()
        .entities
        .iter()
        .find(|(n, _)| *n == body)
        .map(|(_, v)| (v.to_string(), end))
}

/// Removes the markup of a web page (see the module documentation).
pub fn strip_markup(text: &mut AlignedText) {
    let s = text.as_str();
    let b = s.as_bytes();
    let mut reps: Vec<Replacement> = Vec::new();
    // a cell opened since the last line break (the next one opens a column)
    let mut in_row = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'<' => {
                if s[i..].starts_with("<!--") {
                    let end = s[i + 4..].find("-->").map_or(s.len(), |k| i + 4 + k + 3);
                    reps.push(Replacement::new(i, end, "", "html_comment"));
                    i = end;
                    continue;
                }
                if s[i..].starts_with("<!") || s[i..].starts_with("<?") {
                    let end = s[i..].find('>').map_or(s.len(), |k| i + k + 1);
                    reps.push(Replacement::new(i, end, "", "html_declaration"));
                    i = end;
                    continue;
                }
                let Some((name, closing, end)) = tag_at(s, i) else {
                    i += 1;
                    continue;
                };
                if !closing && html().dropped.contains(&name.as_str()) {
                    let end = element_end(s, end, &name);
                    reps.push(Replacement::new(i, end, "\n", "html_element"));
                    i = end;
                    continue;
                }
                let with = if html().block.contains(&name.as_str()) {
                    in_row = false;
                    "\n"
                } else if !closing && html().cells.contains(&name.as_str()) {
                    let first = !in_row;
                    in_row = true;
                    if first { "" } else { "\t" }
                } else {
                    ""
                };
                reps.push(Replacement::new(i, end, with, "html_tag"));
                i = end;
            }
            b'&' => match reference_at(s, i) {
                Some((c, end)) => {
                    reps.push(Replacement::new(i, end, c, "html_reference"));
                    i = end;
                }
                None => i += 1,
            },
            b'\r' | b'\n' => {
                // the run of white space the line break is in; between tags
                // it is nothing, inside text one space
                let ws = |c: &u8| matches!(c, b'\r' | b'\n' | b' ' | b'\t');
                let end = i + b[i..].iter().take_while(|c| ws(c)).count();
                let start = i - b[..i].iter().rev().take_while(|c| ws(c)).count();
                let between_tags =
                    (start == 0 || b[start - 1] == b'>') && (end == b.len() || b[end] == b'<');
                if let Some(last) = reps.last()
                    && last.end > start
                {
                    i = end;
                    continue;
                }
                let with = if between_tags { "" } else { " " };
                reps.push(Replacement::new(start, end, with, "html_source_newline"));
                i = end;
            }
            _ => i += 1,
        }
    }
    text.apply(ChangeKind::Markup, reps);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> AlignedText {
        let mut t = AlignedText::new(s);
        strip_markup(&mut t);
        t
    }

    #[test]
    fn the_html_table_reads_every_row() {
        let rows = include_str!("../data/html.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        let h = html();
        assert_eq!(
            h.dropped.len() + h.block.len() + h.cells.len() + h.entities.len(),
            rows
        );
        assert!(h.entities.contains(&("nbsp", " ")));
    }

    #[test]
    fn pages_are_told_from_text_with_angle_brackets() {
        assert!(looks_like_html(
            "<!DOCTYPE html><html><body>x</body></html>"
        ));
        assert!(looks_like_html("\n <HTML lang=\"zh\">"));
        assert!(looks_like_html("<p>一</p><p>二</p><div>三</div>"));
        assert!(!looks_like_html("增长率<5%，患者>60岁，<<条例>>"));
        assert!(!looks_like_html("天津市卫生健康委员会派出专家。"));
    }

    #[test]
    fn tags_go_blocks_break_lines_and_references_are_characters() {
        let t = strip(
            "<html><head><title>标题</title><style>p{color:red}</style></head>\
             <body><!-- nav --><h1>某医院帮扶某县</h1><p>5月9日，<a href=\"/x?a=1&b=2\">某医院</a>\
             派出专家&nbsp;10名，&ldquo;组团式&rdquo;帮扶&#8220;&#x4E2D;&#8221;。</p>\
             <script>var s = '<p>not text</p>';</script></body></html>",
        );
        let out = t.as_str();
        assert!(
            !out.contains('<') && !out.contains("nav") && !out.contains("标题"),
            "{out}"
        );
        assert!(!out.contains("not text") && !out.contains("color"), "{out}");
        assert!(out.contains("\n某医院帮扶某县\n"), "{out}");
        assert!(
            out.contains("5月9日，某医院派出专家 10名，“组团式”帮扶“中”。"),
            "{out}"
        );
    }

    #[test]
    fn every_character_left_points_at_its_bytes_in_the_page() {
        let page = "<p>某医院<b>派出</b>专家&amp;护士</p>";
        let t = strip(page);
        let out = t.as_str().to_string();
        assert_eq!(out.trim(), "某医院派出专家&护士");
        let chars: Vec<char> = page.chars().collect();
        for (k, c) in out.chars().enumerate() {
            if c == '\n' || c == '&' {
                continue;
            }
            let (a, e) = t.orig_span(k, k + 1);
            let orig: String = chars[a..e].iter().collect();
            assert_eq!(orig, c.to_string(), "char {k}");
        }
    }

    #[test]
    fn a_table_row_is_one_line_of_columns() {
        let t = strip(
            "<table>\n<tr><th>序号</th><th>支援医院</th></tr>\n<tr>\n  <td>1</td>\n  <td><a>某医院</a></td>\n</tr></table>",
        );
        let lines: Vec<&str> = t.as_str().lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["序号\t支援医院", "1\t某医院"]);
    }

    #[test]
    fn source_line_breaks_are_spaces_and_stray_brackets_stay() {
        let t = strip("<p>第一行\n第二行</p><p>小于 <5 人 &unknown; &#0;</p>");
        assert!(t.as_str().contains("第一行 第二行"));
        assert!(t.as_str().contains("小于 <5 人 &unknown; &#0;"));
    }
}
