//! Small helpers over `&[char]` shared by the extractors.

/// Whether `s` is written at char `i` of `chars`.
pub(crate) fn at(chars: &[char], i: usize, s: &str) -> bool {
    let mut rest = chars.get(i..).unwrap_or(&[]).iter();
    s.chars().all(|c| rest.next() == Some(&c))
}
