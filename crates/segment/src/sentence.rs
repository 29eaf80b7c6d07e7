//! Sentence splitting.
//!
//! A sentence ends after `。！？；!?;` or at a line break, except inside
//! quotes (`“…”`, `「…」`) or brackets (`（…）`, `《…》`), where an end mark
//! belongs to the quotation.  Nesting is tracked with a small depth counter
//! that a line break resets, so one unbalanced quote cannot swallow the rest
//! of a document.  Closing quotes and brackets right after an end mark stay in
//! the sentence they close (`…看病。”`).

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

/// The sentences of `chars`, in order, each non-empty.
pub fn sentences(chars: &[char]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth: usize = 0;
    let mut i = 0;
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
        } else if c == '"' {
            // Straight quotes do not say which way they face: treat them as
            // transparent.
        } else if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
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
