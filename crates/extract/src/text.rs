//! Small helpers over `&[char]` shared by the extractors.

/// Whether `s` is written at char `i` of `chars`.
pub(crate) fn at(chars: &[char], i: usize, s: &str) -> bool {
    let mut rest = chars.get(i..).unwrap_or(&[]).iter();
    s.chars().all(|c| rest.next() == Some(&c))
}

/// Whether `c` is a CJK unified ideograph of the basic block (the Han of
/// names: `义牒`, `北京`).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// A mark that ends a clause inside a sentence (`，`, `；`, `：`).
pub(crate) fn ends_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '：' | ':')
}
