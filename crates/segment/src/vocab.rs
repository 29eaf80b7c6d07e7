//! Vocabulary as data: the one reader for the word lists every stage keeps in
//! files, and the one matcher that finds their words in text.
//!
//! Extraction is mostly "which listed word is written here?": place names at
//! every position, institution heads, date words, classifiers, currencies,
//! aid triggers.  Asking that by comparing the text against each word in turn
//! costs a comparison per word per position, and hashing a growing `String`
//! per position (what the place lexicon used to do) costs an allocation and a
//! hash per candidate length.  Profiling the whole pipeline put those two
//! patterns at a third of its time.  A trie over chars answers the question in
//! one walk whose length is that of the longest match, whatever the size of
//! the list, so every list goes through [`Trie`].
//!
//! The trie stores its nodes in one `Vec`; each node's children are a sorted
//! `Vec<(char, u32)>` searched by bisection (the root has a few thousand
//! children, inner nodes one or two), which keeps it compact and free of
//! hashing.

/// The non-empty, non-comment lines of a vocabulary file, trimmed.
///
/// Comments start with `#` at the beginning of a line; there is no escape,
/// because no vocabulary entry starts with `#`.
pub fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[derive(Debug, Clone, Default)]
struct Node {
    children: Vec<(char, u32)>,
    value: Option<u32>,
}

/// A map from words to values that finds, at a position of a text, the words
/// written there.
#[derive(Debug, Clone)]
pub struct Trie<V> {
    nodes: Vec<Node>,
    values: Vec<V>,
}

impl<V> Default for Trie<V> {
    fn default() -> Self {
        Trie {
            nodes: vec![Node::default()],
            values: Vec::new(),
        }
    }
}

impl<V> Trie<V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Adds `word` with `value`; a word added twice keeps the first value
    /// (and the second is returned), so the order of a data file decides.
    pub fn insert(&mut self, word: &str, value: V) -> Result<(), V> {
        let mut node = 0usize;
        for c in word.chars() {
            node = match self.nodes[node].children.binary_search_by_key(&c, |e| e.0) {
                Ok(k) => self.nodes[node].children[k].1 as usize,
                Err(k) => {
                    let id = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[node].children.insert(k, (c, id as u32));
                    id
                }
            };
        }
        if self.nodes[node].value.is_some() {
            return Err(value);
        }
        self.nodes[node].value = Some(self.values.len() as u32);
        self.values.push(value);
        Ok(())
    }

    fn child(&self, node: usize, c: char) -> Option<usize> {
        let ch = &self.nodes[node].children;
        ch.binary_search_by_key(&c, |e| e.0)
            .ok()
            .map(|k| ch[k].1 as usize)
    }

    /// The values, in the order their words were first added.
    pub fn values(&self) -> &[V] {
        &self.values
    }

    /// Whether exactly `word` is in the trie.
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The value of exactly `word`.
    pub fn get(&self, word: &str) -> Option<&V> {
        let mut node = 0;
        for c in word.chars() {
            node = self.child(node, c)?;
        }
        self.nodes[node].value.map(|v| &self.values[v as usize])
    }

    /// Every word written at `chars[i..]`, shortest first, as (length in
    /// chars, value).
    pub fn prefixes_at<'t, 'c>(
        &'t self,
        chars: &'c [char],
        i: usize,
    ) -> impl Iterator<Item = (usize, &'t V)> + use<'t, 'c, V> {
        let mut node = Some(0usize);
        chars
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .map_while(move |(n, &c)| {
                let next = self.child(node?, c)?;
                node = Some(next);
                Some((n + 1, self.nodes[next].value))
            })
            .filter_map(|(len, v)| v.map(|v| (len, &self.values[v as usize])))
    }

    /// The longest word written at `chars[i..]`, as (length in chars, value).
    pub fn longest_at(&self, chars: &[char], i: usize) -> Option<(usize, &V)> {
        self.prefixes_at(chars, i).last()
    }

    /// Whether a word starts at `chars[i]`.
    pub fn matches_at(&self, chars: &[char], i: usize) -> bool {
        self.prefixes_at(chars, i).next().is_some()
    }

    /// The first position in `from..to` where a word is written.
    pub fn find_in(&self, chars: &[char], from: usize, to: usize) -> Option<usize> {
        (from..to.min(chars.len())).find(|&i| self.matches_at(chars, i))
    }

    /// Whether a word ends right before `chars[end]`, starting no earlier
    /// than `from` (`…以来，`: a clause's tail).  The words are tried in
    /// turn: this asks about one position, not a span.
    pub fn ends_at(&self, chars: &[char], from: usize, end: usize) -> bool
    where
        V: AsRef<str>,
    {
        // (the last character first: most words end otherwise, and are
        // turned away without counting their length)
        let Some(&last) = end.checked_sub(1).and_then(|k| chars.get(k)) else {
            return false;
        };
        self.values.iter().any(|w| {
            let w = w.as_ref();
            w.ends_with(last) && {
                let n = w.chars().count();
                end >= from + n
                    && end <= chars.len()
                    && chars[end - n..end].iter().copied().eq(w.chars())
            }
        })
    }
}

impl<'w> Trie<&'w str> {
    /// A set of words (each word is its own value).
    pub fn of_words<I: IntoIterator<Item = &'w str>>(words: I) -> Self {
        let mut t = Trie::new();
        for w in words {
            let _ = t.insert(w, w);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn longest_and_all_prefixes() {
        let t = Trie::of_words(["医院", "医院管理", "中医医院", "中医"]);
        let c = chars("县中医医院管理局");
        assert_eq!(t.longest_at(&c, 1), Some((4, &"中医医院")));
        assert_eq!(
            t.prefixes_at(&c, 1).map(|p| p.0).collect::<Vec<_>>(),
            vec![2, 4]
        );
        assert_eq!(t.longest_at(&c, 3), Some((4, &"医院管理")));
        assert_eq!(t.longest_at(&c, 0), None);
        assert_eq!(t.longest_at(&c, 8), None);
        assert_eq!(t.longest_at(&c, 99), None);
        assert_eq!(t.find_in(&c, 0, 8), Some(1));
        assert_eq!(t.find_in(&c, 5, 8), None);
        assert!(t.ends_at(&c, 0, 5));
        assert!(t.ends_at(&c, 3, 5));
        assert!(!t.ends_at(&c, 4, 5), "the word would start before `from`");
        assert!(!t.ends_at(&c, 0, 6));
        assert!(!t.ends_at(&c, 0, 99));
        assert!(t.contains("中医") && !t.contains("中医医"));
        assert_eq!(t.values(), &["医院", "医院管理", "中医医院", "中医"]);
    }

    #[test]
    fn first_value_wins_and_get_is_exact() {
        let mut t = Trie::new();
        assert!(t.insert("津", 1).is_ok());
        assert_eq!(t.insert("津", 2), Err(2));
        assert_eq!(t.get("津"), Some(&1));
        assert_eq!(t.get("天津"), None);
        assert_eq!(t.get(""), None);
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn agrees_with_naive_matching_on_made_up_text() {
        let words = ["北京", "北京市", "京津冀", "津", "冀", "市卫健委", "卫健委"];
        let t = Trie::of_words(words);
        let c = chars("北京市卫健委与津冀两地京津冀协同北京");
        for i in 0..=c.len() {
            let naive = words
                .iter()
                .filter(|w| {
                    let w: Vec<char> = w.chars().collect();
                    c.get(i..i + w.len()) == Some(&w[..])
                })
                .map(|w| w.chars().count())
                .max();
            assert_eq!(t.longest_at(&c, i).map(|m| m.0), naive, "at {i}");
        }
    }

    #[test]
    fn data_lines_skip_comments_and_blanks() {
        let v: Vec<_> = data_lines("# heading\n\n 医院 \n#x\n卫生院").collect();
        assert_eq!(v, vec!["医院", "卫生院"]);
    }
}
