//! Amounts of money and counts: a number, its qualifier, and what follows.
//!
//! Both are read by one mechanism.  At every numeral that does not start
//! inside another number, [`read`] takes, in order:
//!
//! 1. a qualifier or currency before it (`约`, `近`, `超过`, `不少于`, `不到`,
//!    `人民币`, `港币`) and approximate words (`数十`, `几十`, `十几`);
//! 2. the numeral itself ([`crate::numeral::scan`]), `多`/`余`, scale units
//!    (`万`, `亿`, `k`, `w`), and a range to a second number (`1万-5万元`,
//!    `两到三万港元`, `7~8名`);
//! 3. a currency word (`data/currencies.txt`) → an amount, or a classifier
//!    (`data/classifiers.txt`) → a count, or a bare counted noun
//!    (`data/bare_count_nouns.txt`: `三县`, `两地`) → a count;
//! 4. a qualifier after it (`以上`, `左右`, `以下`).
//!
//! `多`/`余` give `min` = the number and `max` = the next step of its last
//! written digit (`30余名` → 30..40, `十多万元` → 100000..200000).  A number
//! too large for an `f64` to hold exactly (more than 15 significant digits)
//! becomes `value: null` rather than a wrong number.

use crate::entity::{Amount, Count, Qualifier};
use crate::numeral::{self, Numeral};
use crate::text::at;
use bangfu_segment::{Trie, data_lines as data};
use std::sync::OnceLock;

struct Vocab {
    currencies: Vec<(Vec<char>, &'static str)>,
    /// `data/money_words.txt`: words of money, and the words that may link
    /// one to its number
    money_words: Vec<Vec<char>>,
    money_links: Vec<Vec<char>>,
    classifiers: Trie<&'static str>,
    bare_nouns: Trie<&'static str>,
}

fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| {
        let mut currencies: Vec<(Vec<char>, &'static str)> =
            data(include_str!("../data/currencies.txt"))
                .filter_map(|l| {
                    let (w, c) = l.split_once('\t')?;
                    Some((w.chars().collect(), c))
                })
                .collect();
        currencies.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let classifiers = Trie::of_words(data(include_str!("../data/classifiers.txt")));
        let bare_nouns = Trie::of_words(data(include_str!("../data/bare_count_nouns.txt")));
        let money_words = data(include_str!("../data/money_words.txt"))
            .filter(|w| !w.contains('\t'))
            .map(|w| w.chars().collect())
            .collect();
        let money_links = data(include_str!("../data/money_words.txt"))
            .filter_map(|w| w.strip_suffix("\tlink"))
            .map(|w| w.chars().collect())
            .collect();
        Vocab {
            currencies,
            money_words,
            money_links,
            classifiers,
            bare_nouns,
        }
    })
}

fn starts_with(chars: &[char], i: usize, w: &[char]) -> bool {
    chars.get(i..i + w.len()) == Some(w)
}

fn currency_at(chars: &[char], i: usize) -> Option<(&'static str, usize)> {
    let mut j = i;
    while chars.get(j) == Some(&' ') {
        j += 1;
    }
    vocab()
        .currencies
        .iter()
        .find(|(w, _)| starts_with(chars, j, w))
        .map(|(w, c)| (*c, j + w.len()))
}

const BEFORE: &[(&str, Qualifier)] = &[
    ("大约", Qualifier::About),
    ("约", Qualifier::About),
    ("将近", Qualifier::About),
    ("近", Qualifier::About),
    ("超过", Qualifier::MoreThan),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
    ("多于", Qualifier::MoreThan),
    ("大于", Qualifier::MoreThan),
    ("不少于", Qualifier::AtLeast),
    ("不低于", Qualifier::AtLeast),
    ("至少", Qualifier::AtLeast),
    ("不到", Qualifier::LessThan),
    ("不足", Qualifier::LessThan),
    ("小于", Qualifier::LessThan),
    ("少于", Qualifier::LessThan),
    ("低于", Qualifier::LessThan),
];

/// Words that end in a qualifier of [`BEFORE`] and name a thing: an
/// ultrasound scanner (`彩超2台`, `B超1台`) is no 超 (more than).
const NOT_BEFORE: &[&str] = &["彩超", "B超", "b超", "A超", "M超"];

const AFTER: &[(&str, Qualifier)] = &[
    ("(含)以上", Qualifier::AtLeast),
    ("（含）以上", Qualifier::AtLeast),
    ("以上", Qualifier::MoreThan),
    ("左右", Qualifier::About),
    ("上下", Qualifier::About),
    ("以下", Qualifier::LessThan),
    ("以内", Qualifier::LessThan),
];

/// What a number turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Quantity {
    Amount(Amount),
    Count(Count),
}

/// A quantity found in the text, with its span.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub quantity: Quantity,
}

/// The step a `多`/`余` after this numeral counts in: the place value of its
/// last written digit (`30` → 10, `3000` → 1000, `十` → 10, `3.36` → 0.01).
fn step(chars: &[char], n: &Numeral) -> f64 {
    written_step(&chars[n.start..n.end])
}

/// [`step`] of a numeral's text: digits before a unit count in the unit's
/// steps of their last digit (`1.2亿` → 0.1亿, `30万` → 10万).
fn written_step(written: &[char]) -> f64 {
    let text: String = written.iter().collect();
    if let Some((&last, rest)) = written.split_last()
        && let Some(u) = numeral::unit(last)
    {
        return if rest.last().is_some_and(char::is_ascii_digit) {
            written_step(rest) * u
        } else {
            u
        };
    }
    if let Some(dot) = text.find('.') {
        return 10f64.powi(-((text.len() - dot - 1) as i32));
    }
    let digits: Vec<char> = text.chars().filter(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let zeros = digits.iter().rev().take_while(|&&c| c == '0').count();
        return 10f64.powi(zeros as i32);
    }
    1.0
}

/// Scale letters and units after a numeral: 万, 亿, 千万, k, w.
fn scale_at(chars: &[char], i: usize) -> (f64, usize) {
    let mut scale = 1.0;
    let mut j = i;
    loop {
        match chars.get(j) {
            Some('万' | '萬') => scale *= 1e4,
            Some('亿' | '億') => scale *= 1e8,
            Some('千' | '仟') if matches!(chars.get(j + 1), Some('万' | '亿')) => scale *= 1e3,
            Some('百' | '佰') if matches!(chars.get(j + 1), Some('万' | '亿')) => scale *= 1e2,
            Some('k' | 'K') if !chars.get(j + 1).is_some_and(|c| c.is_ascii_alphabetic()) => {
                scale *= 1e3
            }
            Some('w' | 'W') if !chars.get(j + 1).is_some_and(|c| c.is_ascii_alphabetic()) => {
                scale *= 1e4
            }
            _ => break,
        }
        j += 1;
    }
    (scale, j)
}

fn exact(v: f64) -> Option<f64> {
    // Beyond 2^53 an f64 no longer holds every integer: say null, not a
    // wrong number.
    if v.is_finite() && v.abs() < 9.007_199_254_740_992e15 {
        Some((v * 100.0).round() / 100.0)
    } else {
        None
    }
}

/// A magnitude written alone at `i` (`百`, `千`, `万`), which the numeral
/// reader does not take for a number: one of it.
fn bare_magnitude(chars: &[char], i: usize) -> Option<Numeral> {
    let c = *chars.get(i)?;
    if !matches!(c, '百' | '千' | '万')
        || chars
            .get(i + 1)
            .is_some_and(|&n| numeral::is_numeral_char(n))
    {
        return None;
    }
    Some(Numeral {
        start: i,
        end: i + 1,
        value: numeral::unit(c)?,
        arabic_digits: None,
        financial: false,
        upper: None,
    })
}

/// Reads a quantity whose numeral starts at `i`.  `exclude` says whether a
/// position belongs to an entity found earlier (a date, a name).
pub(crate) fn read(chars: &[char], i: usize) -> Option<Found> {
    // Approximate words before the digits: 数十亿, 几十万, 十几.
    let (n, vague_lo, vague_hi) = if chars.get(i).is_some_and(|&c| numeral::is_vague_digit(c)) {
        let n = numeral::scan(chars, i + 1).or_else(|| bare_magnitude(chars, i + 1))?;
        if !matches!(chars[n.start], '十' | '百' | '千' | '万') {
            return None;
        }
        (n, n.value, n.value * 10.0)
    } else if let Some(n) = bare_magnitude(chars, i).filter(|_| {
        // `百名专家` alone is rare and `千家万户` an idiom: a bare 百/千/万
        // counts with a word of approximation before it (`逾百名`, `近千人次`,
        // `上万人次`) or 余/多 after it (`千余名`)
        matches!(chars.get(i + 1), Some('余' | '多'))
            || i > 0 && matches!(chars[i - 1], '逾' | '近' | '约' | '超' | '上')
    }) {
        (n, f64::NAN, f64::NAN)
    } else {
        let n = numeral::scan(chars, i)?;
        // `亿元`, `万人`: a unit alone is no number
        if chars[n.start..n.end]
            .iter()
            .all(|&c| numeral::unit(c).is_some_and(|u| u >= 1e4))
        {
            return None;
        }
        (n, f64::NAN, f64::NAN)
    };
    let mut start = i;
    let mut qualifier = Qualifier::Exact;
    let mut currency: Option<&'static str> = None;
    // Before.
    for (w, q) in BEFORE {
        let len = w.chars().count();
        if start >= len
            && at(chars, start - len, w)
            && !NOT_BEFORE.iter().any(|n| {
                let m = n.chars().count();
                start >= m && at(chars, start - m, n)
            })
        {
            // 近 of 近日/近期 is not a qualifier; 近 before a number is.
            qualifier = *q;
            start -= len;
            break;
        }
    }
    // `上百名`, `上万人次`: as many as a bare magnitude, and more
    if start == i
        && i > 0
        && chars[i - 1] == '上'
        && matches!(chars[i], '百' | '千' | '万')
        && n.end == i + 1
    {
        qualifier = Qualifier::MoreThan;
        start -= 1;
    }
    // `新台币 177.1亿元`: one space after a currency word
    let spaced = start >= 3 && chars[start - 1] == ' ' && chars[start - 2] != ' ';
    if spaced {
        start -= 1;
    }
    let before_currency = start;
    if let Some((c, _)) = vocab()
        .currencies
        .iter()
        .filter(|(w, _)| w.len() >= 2 && start >= w.len() && chars[start - w.len()..start] == w[..])
        .map(|(w, c)| (*c, w.len()))
        .next()
    {
        currency = Some(c);
        let len = vocab()
            .currencies
            .iter()
            .filter(|(w, x)| {
                *x == c
                    && w.len() >= 2
                    && start >= w.len()
                    && chars[start - w.len()..start] == w[..]
            })
            .map(|(w, _)| w.len())
            .max()
            .unwrap_or(0);
        start -= len;
    }
    if spaced && start == before_currency {
        start += 1;
    }
    let mut e = n.end;
    let mut lo = n.value;
    let mut hi = n.upper;
    if !vague_lo.is_nan() {
        hi = Some(vague_hi);
        lo = vague_lo;
        qualifier = Qualifier::About;
    }
    // 十几, 十多, 30余.
    // (`多元` after a Chinese numeral is 多元化 as often as yuan; after a
    // magnitude or digits it is money: `3亿多元`, `20多元`)
    let money_after = chars[n.start..n.end]
        .last()
        .is_some_and(|&c| c.is_ascii_digit() || matches!(c, '万' | '亿'));
    if matches!(chars.get(e), Some('多' | '余' | '几'))
        && (!at(chars, e, "多元") || money_after)
        && !at(chars, e, "余额")
    {
        let st = step(chars, &n);
        hi = Some(lo + st);
        if chars[e] == '几' {
            qualifier = Qualifier::About;
        } else if qualifier == Qualifier::Exact {
            qualifier = Qualifier::MoreThan;
        }
        e += 1;
    }
    // `177.1 亿元`: one space before the unit, as some sources write it
    if chars.get(e) == Some(&' ') && scale_at(chars, e + 1).0 > 1.0 {
        e += 1;
    }
    let (scale, mut e2) = scale_at(chars, e);
    let letter_scale = chars[e..e2].iter().any(|c| c.is_ascii_alphabetic());
    lo *= scale;
    hi = hi.map(|h| h * scale);
    // 3.36万余人次: 余 after the scale, still in steps of the last written
    // digit (1.2亿余元 → 1.2亿..1.3亿, 3万余 → 3万..4万).
    if hi.is_none() && matches!(chars.get(e2), Some('多' | '余')) && scale > 1.0 {
        hi = Some(lo + step(chars, &n) * scale);
        if qualifier == Qualifier::Exact {
            qualifier = Qualifier::MoreThan;
        }
        e2 += 1;
    }
    e = e2;
    // 两个亿, 三十多个亿: the scale after 个 scales the range too
    if chars.get(e) == Some(&'个') && matches!(chars.get(e + 1), Some('亿' | '万')) {
        let (s2, e3) = scale_at(chars, e + 1);
        lo *= s2;
        hi = hi.map(|h| h * s2);
        e = e3;
    }
    // (含)
    for w in ["(含)", "（含）"] {
        if at(chars, e, w) && !at(chars, e, "(含)以上") && !at(chars, e, "（含）以上") {
            e += 3;
        }
    }
    // Range to a second number: 1万-5万元, 1万元--5万元, 两到三万港元.
    let mut first_currency_end = None;
    if let Some((c, x)) = currency_at(chars, e)
        && hi.is_none()
    {
        let sep = range_sep(chars, x);
        if sep.is_some() {
            currency = currency.or(Some(c));
            first_currency_end = Some(x);
        }
    }
    let sep_from = first_currency_end.unwrap_or(e);
    if hi.is_none()
        && let Some(x) = range_sep(chars, sep_from)
        && let Some(m) = numeral::scan(chars, x)
        && m.upper.is_none()
    {
        let (s2, e3) = scale_at(chars, m.end);
        let high = m.value * s2;
        let mut low = lo;
        if scale == 1.0 && s2 > 1.0 {
            // 1万-5万元 written 1-5万元, 10~15k: the first number borrows
            // the second's scale.
            low *= s2;
        } else if scale == 1.0 && n.end == e {
            // 两到三万, 八到九百亿, 一百二十到一百五十万: a first number
            // without a unit of its own borrows the last unit of the second
            // (万 of 三万, 亿 of 九百亿), unless that makes it the larger
            // (从8500到3万 stays 8500).
            let unit_of = |k: usize| {
                chars
                    .get(k.wrapping_sub(1))
                    .and_then(|&c| numeral::unit(c))
                    .unwrap_or(1.0)
            };
            let (own, unit) = (unit_of(n.end), unit_of(m.end));
            // 八百到九百亿: a small unit of its own still takes a larger one
            if unit > 10.0 && unit > own && low * unit <= high {
                low *= unit;
            }
        }
        if high > low {
            lo = low;
            hi = Some(high);
            e = e3;
            qualifier = Qualifier::About;
        }
    }
    // 从8500到3万
    if hi.is_some() && start >= 1 && chars[start - 1] == '从' {
        start -= 1;
    }
    let value_text_end = e;
    // What follows decides what the number is.
    if let Some((c, x)) = currency_at(chars, e) {
        // 元 must not be the start of 元旦/元素.
        let word_ok = !(c == "CNY" && matches!(chars.get(x), Some('旦' | '素' | '老' | '宵')));
        if word_ok {
            // `港币两千九百六十元`, `新台币177.1亿元`: the named currency
            // before the number wins over the 元 after it
            currency = Some(match currency {
                Some(before) if c == "CNY" => before,
                _ => c,
            });
            e = x;
            // 123元1角1分, 十块三毛
            if c == "CNY" {
                let mut cents = 0.0;
                let mut k = e;
                for (mark, w) in [('角', 0.1), ('毛', 0.1), ('分', 0.01)] {
                    if let Some(m) = numeral::scan(chars, k)
                        && chars.get(m.end) == Some(&mark)
                        && m.value < 10.0
                    {
                        cents += m.value * w;
                        k = m.end + 1;
                    }
                }
                if k > e {
                    lo += cents;
                    e = k;
                }
                if matches!(chars.get(e), Some('钱')) {
                    e += 1;
                }
                if matches!(chars.get(e), Some('整' | '正')) {
                    e += 1;
                }
            }
            // 三万元欧元, 9000元日币: a second currency word overrides.
            if let Some((c2, x2)) = currency_at(chars, e)
                && c2 != "CNY"
            {
                currency = Some(c2);
                e = x2;
            } else if at(chars, e, "人民币") {
                e += 3;
            }
        }
    }
    for (w, q) in AFTER {
        if at(chars, e, w) {
            if qualifier == Qualifier::Exact || *q == Qualifier::AtLeast {
                qualifier = *q;
            } else if qualifier == Qualifier::AtLeast && *q == Qualifier::MoreThan {
                // 至少九千块钱以上
            }
            e += w.chars().count();
            break;
        }
    }
    // Financial numerals are written only for money, but one of them alone
    // is a word (队伍): at least two, with a unit among them.
    let financial = n.financial
        && n.end - n.start >= 2
        && chars[n.start..n.end]
            .iter()
            .any(|&c| numeral::unit(c).is_some());
    // `总价值480余万，`, `价值50万的设备`: a magnitude after a word of
    // money, with no classifier after it, is yuan
    let named_money = chars[n.start..e].iter().any(|&c| matches!(c, '万' | '亿'))
        && !letter_scale
        && vocab().classifiers.longest_at(chars, e).is_none()
        && !vocab().bare_nouns.matches_at(chars, e)
        && {
            let v = vocab();
            let ends_at = |w: &[char], at: usize| at >= w.len() && chars[at - w.len()..at] == *w;
            // (one linking word between: `总投资达1300万`)
            let before = v
                .money_links
                .iter()
                .find(|l| ends_at(l, start))
                .map_or(start, |l| start - l.len());
            v.money_words.iter().any(|w| ends_at(w, before))
        };
    let implied_money = financial || (letter_scale && scale >= 1e3) || named_money;
    if currency.is_none() && implied_money {
        currency = Some("CNY");
    }
    let value = exact(lo);
    let (min, max) = match hi {
        Some(h) => (value, exact(h)),
        None => (None, None),
    };
    if let Some(c) = currency {
        let yuan = if c == "CNY" { value } else { None };
        return Some(Found {
            start,
            end: e,
            quantity: Quantity::Amount(Amount {
                value,
                min,
                max,
                currency: c.to_string(),
                yuan,
                qualifier,
            }),
        });
    }
    // A count: a classifier, or a bare counted noun.
    let e = value_text_end;
    let v = vocab();
    // `10.09个百分点`: percentage points are not counts (GUIDELINES)
    if at(chars, e, "个百分点") || at(chars, e, "百分点") {
        return None;
    }
    let (unit, end) = if let Some((len, u)) = v.classifiers.longest_at(chars, e) {
        (Some(u.to_string()), e + len)
    } else if v.bare_nouns.matches_at(chars, e) {
        // Only Chinese numerals or scaled numbers count bare (三县,
        // 125万百姓), never a plain Arabic number (2018地…).
        if n.arabic_digits.is_some() && scale == 1.0 {
            return None;
        }
        (None, e)
    } else {
        return None;
    };
    let mut qualifier = if hi.is_some() && qualifier == Qualifier::Exact {
        Qualifier::About
    } else {
        qualifier
    };
    // `10项以上`, `50人左右`: after the classifier, as for money
    let mut end = end;
    for (w, q) in AFTER {
        if at(chars, end, w) && qualifier == Qualifier::Exact {
            qualifier = *q;
            end += w.chars().count();
            break;
        }
    }
    Some(Found {
        start,
        end,
        quantity: Quantity::Count(Count {
            value,
            min,
            max,
            qualifier,
            unit,
            noun: None,
        }),
    })
}

fn range_sep(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    while chars.get(j) == Some(&' ') {
        j += 1;
    }
    for w in [
        "——", "--", "－－", "至", "到", "-", "~", "～", "—", "－", "–",
    ] {
        if at(chars, j, w) {
            let mut k = j + w.chars().count();
            while chars.get(k) == Some(&' ') {
                k += 1;
            }
            if chars.get(k).is_some_and(|&c| numeral::is_numeral_char(c)) {
                return Some(k);
            }
        }
    }
    None
}

/// Bare-noun vocabulary, for the noun of a count without classifier.
pub(crate) fn bare_noun_at(chars: &[char], i: usize) -> Option<usize> {
    vocab()
        .bare_nouns
        .longest_at(chars, i)
        .map(|(len, _)| i + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> Amount {
        let chars: Vec<char> = text.chars().collect();
        let start = (0..chars.len())
            .find(|&i| read(&chars, i).is_some())
            .expect(text);
        match read(&chars, start).unwrap().quantity {
            Quantity::Amount(a) => a,
            q => panic!("{text}: {q:?}"),
        }
    }

    fn count(text: &str) -> Count {
        let chars: Vec<char> = text.chars().collect();
        let start = (0..chars.len())
            .find(|&i| read(&chars, i).is_some())
            .expect(text);
        match read(&chars, start).unwrap().quantity {
            Quantity::Count(c) => c,
            q => panic!("{text}: {q:?}"),
        }
    }

    /// The lower end of a range borrows the upper end's unit when it has
    /// none (or only a smaller one) and stays the smaller.
    #[test]
    fn range_ends_share_units() {
        for (t, lo, hi) in [
            ("两到三万港元", 2e4, 3e4),
            ("八到九百亿泰铢", 8e8, 9e10),
            ("八百到九百亿泰铢", 8e10, 9e10),
            ("一百二十到一百五十万元", 1.2e6, 1.5e6),
            ("5到10万元", 5e4, 1e5),
            ("从8500到3万港元", 8500.0, 3e4),
            ("三五百块", 300.0, 500.0),
        ] {
            let a = amount(t);
            assert_eq!((a.min, a.max), (Some(lo), Some(hi)), "{t}");
        }
        // a count range keeps its numbers
        let c = count("派出7~8名专家");
        assert_eq!((c.min, c.max), (Some(7.0), Some(8.0)));
    }

    /// A unit alone is no number; one space before a unit or after a
    /// currency word is read through; a named currency before the number
    /// wins over 元 after it.
    #[test]
    fn spacing_and_currency_words() {
        let chars: Vec<char> = "亿元".chars().collect();
        assert!(read(&chars, 0).is_none());
        let a = amount("新台币 177.1 亿元");
        assert_eq!((a.value, a.currency.as_str()), (Some(1.771e10), "TWD"));
        let a = amount("港币两千九百六十元");
        assert_eq!((a.value, a.currency.as_str()), (Some(2960.0), "HKD"));
        let a = amount("澳门币120万元");
        assert_eq!((a.value, a.currency.as_str()), (Some(1.2e6), "MOP"));
        assert_eq!(a.yuan, None);
    }

    /// A magnitude after a word of money, with no currency written, is
    /// yuan; after any other word, or before a classifier, it is not.
    #[test]
    fn a_magnitude_after_a_word_of_money_is_yuan() {
        for (t, v, q) in [
            ("总价值480余万，", 4.8e6, Qualifier::MoreThan),
            ("总投资达1300万", 1.3e7, Qualifier::Exact),
            ("价值50万的设备", 5e5, Qualifier::Exact),
            ("投入约两亿", 2e8, Qualifier::About),
        ] {
            let a = amount(t);
            assert_eq!((a.yuan, a.qualifier), (Some(v), q), "{t}");
        }
        assert_eq!(count("投入3万人次").unit.as_deref(), Some("人次"));
        let chars: Vec<char> = "覆盖人口50万，".chars().collect();
        assert!((0..chars.len()).all(|i| read(&chars, i).is_none()));
    }

    #[test]
    fn amounts() {
        let a = amount("投入2002.15万元");
        assert_eq!((a.yuan, a.qualifier), (Some(20021500.0), Qualifier::Exact));
        let a = amount("捐赠十多万元");
        assert_eq!(
            (a.value, a.min, a.max, a.qualifier),
            (Some(1e5), Some(1e5), Some(2e5), Qualifier::MoreThan)
        );
        let a = amount("约4.287亿美元");
        assert_eq!(
            (a.value, a.currency.as_str(), a.yuan, a.qualifier),
            (Some(428700000.0), "USD", None, Qualifier::About)
        );
        let a = amount("1万-5万元");
        assert_eq!((a.min, a.max), (Some(1e4), Some(5e4)));
        let a = amount("八九亿韩元");
        assert_eq!(
            (a.min, a.max, a.currency.as_str()),
            (Some(8e8), Some(9e8), "KRW")
        );
        let a = amount("肆佰叁拾万圆整");
        assert_eq!(a.yuan, Some(4300000.0));
        let a = amount("999999999999999999999亿元");
        assert_eq!(a.value, None);
    }

    /// A bare 百/千/万 counts with a word of approximation before it or
    /// 余/多 after it, not alone (`千家万户` is an idiom); `多元` after a
    /// magnitude is money, after a bare count 多元化.
    #[test]
    fn bare_magnitudes_and_more_than_a_magnitude_of_yuan() {
        for (t, v, q) in [
            ("逾百名专家", 100.0, Qualifier::MoreThan),
            ("近千人次", 1000.0, Qualifier::About),
            ("上万人次", 1e4, Qualifier::MoreThan),
            ("千余名医务人员", 1000.0, Qualifier::MoreThan),
        ] {
            let c = count(t);
            assert_eq!((c.value, c.qualifier), (Some(v), q), "{t}");
        }
        assert_eq!(count("千余名医务人员").max, Some(2000.0));
        let c = count("数百人次");
        assert_eq!((c.min, c.max), (Some(100.0), Some(1000.0)));
        for t in ["千家万户", "百姓", "百名"] {
            let chars: Vec<char> = t.chars().collect();
            assert!((0..chars.len()).all(|i| read(&chars, i).is_none()), "{t}");
        }
        let a = amount("投资3亿多元");
        assert_eq!(
            (a.yuan, a.max, a.qualifier),
            (Some(3e8), Some(4e8), Qualifier::MoreThan)
        );
        assert_eq!(amount("花费20多元").max, Some(30.0));
        // 个 before the scale: the range is scaled as its lower end
        let a = amount("投入三十多个亿元");
        assert_eq!((a.min, a.max), (Some(3e9), Some(4e9)));
    }

    #[test]
    fn counts() {
        let c = count("30余名帮扶专家");
        assert_eq!(
            (c.value, c.unit.as_deref(), c.qualifier, c.max),
            (Some(30.0), Some("名"), Qualifier::MoreThan, Some(40.0))
        );
        let c = count("门急诊3.7万人次");
        assert_eq!((c.value, c.unit.as_deref()), (Some(37000.0), Some("人次")));
        let c = count("三县");
        assert_eq!((c.value, c.unit), (Some(3.0), None));
        let c = count("3.36万余人次");
        assert_eq!((c.value, c.qualifier), (Some(33600.0), Qualifier::MoreThan));
        assert_eq!((c.min, c.max), (Some(33600.0), Some(33700.0)));
        let c = count("3万余人");
        assert_eq!((c.min, c.max), (Some(30000.0), Some(40000.0)));
    }

    /// A qualifier after the classifier reads as after money; 超 alone
    /// before a number is 超过, but not in an ultrasound scanner.
    #[test]
    fn qualifiers_around_a_count() {
        for (t, q) in [
            ("技术空白10项以上", Qualifier::MoreThan),
            ("专家50人左右", Qualifier::About),
            ("派驻专家超600人次", Qualifier::MoreThan),
            ("捐赠彩超2台", Qualifier::Exact),
            ("捐赠B超1台", Qualifier::Exact),
        ] {
            assert_eq!(count(t).qualifier, q, "{t}");
        }
        assert_eq!(amount("投入资金超1000万元").qualifier, Qualifier::MoreThan);
    }
}
