//! OpenCC's `testcases.json` has trailing commas, which strict JSON refuses.
//! Shared by the library's and the CLI's OpenCC tests (included by `#[path]`).

/// Parses JSON after dropping commas that directly precede `}` or `]`.
pub fn parse(raw: &str) -> serde_json::Value {
    let chars: Vec<char> = raw.chars().collect();
    let mut clean = String::with_capacity(raw.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ','
            && chars[i + 1..]
                .iter()
                .find(|c| !c.is_whitespace())
                .is_some_and(|n| *n == '}' || *n == ']')
        {
            continue;
        }
        clean.push(c);
    }
    serde_json::from_str(&clean).expect("valid JSON once trailing commas are gone")
}
