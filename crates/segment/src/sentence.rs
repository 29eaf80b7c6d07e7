//! Sentence splitting.
//!
//! A sentence ends after `。！？；!?;` or at a line break, except inside
//! quotes (`“…”`, `「…」`) or brackets (`（…）`, `《…》`), where an end mark
//! belongs to the quotation.  Nesting is tracked with a small depth counter
//! that a line break resets, so one unbalanced quote cannot swallow the rest
//! of a document.  Closing quotes and brackets right after an end mark stay in
//! the sentence they close (`…看病。”`).  In a line that ends no sentence —
//! a headline — a space between two Chinese characters parts its halves.

/// A sentence: char span `[start, end)` into the text, trailing line break
/// and surrounding whitespace excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

fn is_open(c: char) -> bool {
    matches!(c, '“' | '‘' | '「' | '『' | '（' | '(' | '《' | '【' | '〔')
}

fn is_close(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '】' | '〕')
}

fn is_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '…')
}

/// Whether the run of spaces at `i` (no line break in it) has a Han
/// character on each side.
fn between_han(chars: &[char], i: usize) -> bool {
    let han = |c: char| matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}');
    let after = chars[i..]
        .iter()
        .find(|c| !(c.is_whitespace() && **c != '\n'));
    i > 0 && han(chars[i - 1]) && after.is_some_and(|&c| han(c))
}

/// Whether the line that starts `chars` has no end mark: a headline or a
/// heading, not prose.
pub fn ends_no_sentence(chars: &[char]) -> bool {
    !chars.iter().take_while(|&&c| c != '\n').any(|&c| is_end(c))
}

/// The sentences of `chars`, in order, each non-empty.
pub fn sentences(chars: &[char]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth: usize = 0;
    let mut i = 0;
    let mut headline = ends_no_sentence(chars);
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let mut s = s;
        let mut e = e;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if s < e {
            out.push(Sentence { start: s, end: e });
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
            depth = 0;
            headline = ends_no_sentence(&chars[i + 1..]);
        } else if c == '"' {
            // Straight quotes do not say which way they face: treat them as
            // transparent.
        } else if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
        } else if c.is_whitespace() && depth == 0 && headline && between_han(chars, i) {
            // A headline — a line that ends no sentence — puts a space
            // between its halves (`A专家团队进驻唐山 京津冀医疗协同再添新
            // 成果`); in prose a space a PDF left is no break.
            push(&mut out, start, i);
            while i < chars.len() && chars[i].is_whitespace() && chars[i] != '\n' {
                i += 1;
            }
            start = i;
            continue;
        } else if is_end(c) && depth == 0 {
            let mut e = i + 1;
            while e < chars.len() && (is_end(chars[e]) || is_close(chars[e])) {
                e += 1;
            }
            push(&mut out, start, e);
            start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, chars.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        sentences(&chars)
            .into_iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn splits_at_end_marks_and_lines() {
        assert_eq!(
            split("甲。乙！丙\n丁；戊"),
            ["甲。", "乙！", "丙", "丁；", "戊"]
        );
    }

    #[test]
    fn a_space_parts_a_headline_but_not_prose() {
        assert_eq!(
            split("专家团队进驻唐山 协同发展再添新成果\n医院开展 义诊活动。会后，专家 离开"),
            [
                "专家团队进驻唐山",
                "协同发展再添新成果",
                "医院开展 义诊活动。",
                "会后，专家 离开"
            ]
        );
        // (Latin words and numbers keep their spaces; so do brackets)
        assert_eq!(
            split("DR 2台 CT 1台\n（记者 王某）"),
            ["DR 2台 CT 1台", "（记者 王某）"]
        );
    }

    #[test]
    fn quotes_and_brackets_hold_their_end_marks() {
        assert_eq!(
            split("他说：“今天。明天。”随后离开。《关于A。B》已印发。"),
            ["他说：“今天。明天。”随后离开。", "《关于A。B》已印发。"]
        );
    }

    #[test]
    fn unbalanced_quote_stops_at_the_line() {
        assert_eq!(
            split("“未闭合。还是\n下一行。"),
            ["“未闭合。还是", "下一行。"]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(split("事项。“看病。”好。"), ["事项。", "“看病。”好。"]);
    }
}
