//! Stage: width folding.
//!
//! Full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) and
//! the full-width percent sign and full stop (`％`, `．`) become ASCII, so that
//! `１９９８年` reads as `1998年` and `３．７％` as `3.7%` to every later stage.
//! CJK punctuation (`，。：（）“”`) is part of the written language and stays as
//! written; so do the other full-width symbols.

use crate::ChangeKind;
use crate::align::{AlignedText, Replacement};

fn fold(c: char) -> Option<char> {
    match c {
        '\u{FF10}'..='\u{FF19}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}'
        | '％'
        | '．' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

/// Folds full-width digits, letters, `％` and `．` to ASCII.
///
/// Every character of the Halfwidth and Fullwidth Forms block starts with
/// byte `EF`, so the scan jumps from one `EF` to the next (memchr) instead
/// of decoding every character; most Chinese text meets one only at its
/// full-width commas and brackets.
pub fn fold_width(text: &mut AlignedText) {
    let s = text.as_str();
    let mut reps: Vec<Replacement> = Vec::new();
    let mut run: Option<(usize, usize, String)> = None; // start, end, folded
    for b in memchr::memchr_iter(0xEF, s.as_bytes()) {
        let Some(c) = s.get(b..).and_then(|t| t.chars().next()) else {
            continue;
        };
        match fold(c) {
            Some(a) => match &mut run {
                Some((_, end, out)) if *end == b => {
                    out.push(a);
                    *end = b + c.len_utf8();
                }
                _ => {
                    if let Some((start, end, out)) = run.take() {
                        reps.push(Replacement::new(start, end, out, "fullwidth"));
                    }
                    run = Some((b, b + c.len_utf8(), a.to_string()));
                }
            },
            None => {
                if let Some((start, end, out)) = run.take() {
                    reps.push(Replacement::new(start, end, out, "fullwidth"));
                }
            }
        }
    }
    if let Some((start, end, out)) = run.take() {
        reps.push(Replacement::new(start, end, out, "fullwidth"));
    }
    text.apply(ChangeKind::Width, reps);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        let mut t = AlignedText::new(s);
        fold_width(&mut t);
        t.as_str().to_string()
    }

    #[test]
    fn digits_letters_percent_and_point_fold() {
        assert_eq!(run("１９９８年"), "1998年");
        assert_eq!(run("增长３．７％，ＣＴ机"), "增长3.7%，CT机");
    }

    #[test]
    fn cjk_punctuation_stays() {
        let s = "（２０１８）“医联体”：、。！？";
        assert_eq!(run(s), "（2018）“医联体”：、。！？");
    }

    #[test]
    fn runs_are_one_edit_each_and_map_one_to_one() {
        let mut t = AlignedText::new("共１２名");
        fold_width(&mut t);
        assert_eq!(t.edits().len(), 1);
        assert_eq!(t.orig_of(2), (2, 3));
    }
}
