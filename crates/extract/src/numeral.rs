//! Chinese and Arabic numerals: one reader for every extractor.
//!
//! [`parse`] reads a whole string as a number in one of cn2an's three modes;
//! [`scan`] reads the longest numeral starting at a position of running text,
//! always in the `smart` mode (digits and numerals mixed: `3.7万`, `两千六`,
//! `200亿零四千230`).
//!
//! The grammar: a number is sections separated by the big units 亿 and 万,
//! each section digits and the small units 千百十 in decreasing order, `零`
//! marking a skipped unit.  A digit left at the end of a section right after a
//! unit with no `零` takes the next lower unit (`一百二` = 120, `十三万五` =
//! 135000) — the colloquial reading, refused in `strict` mode.  A run of bare
//! digits with no unit (`一七二零`, `二〇一八`) is read digit by digit, also
//! not in `strict` mode.

/// How liberal the reading is, as in cn2an.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Well-formed Chinese numerals only.
    Strict,
    /// Also colloquial forms (`一百二`, `十三万五`) and digit strings (`一七二零`).
    Normal,
    /// Also Arabic digits mixed in (`3.7万`, `1百01`).
    Smart,
}

/// Why a string is not a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotANumber;

impl std::fmt::Display for NotANumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a number")
    }
}

impl std::error::Error for NotANumber {}

/// The value of a Chinese digit character (`〇零一二两三…九` and the
/// financial forms `壹贰叁…`), or `None`.
pub fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '贰' | '两' | '兩' | '貳' | '俩' | '倆' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a small unit (十百千) or big unit (万亿).
pub fn unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1000.0,
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

/// Whether `c` is a financial (大写) numeral, used only for money.
pub fn is_financial(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

/// Whether `c` is a vague digit: a number of unknown size before a place
/// value (`数十`, `几百`), or one after it (`十几`).
pub fn is_vague_digit(c: char) -> bool {
    matches!(c, '数' | '几')
}

/// Whether `c` can be part of a numeral.
pub fn is_numeral_char(c: char) -> bool {
    digit(c).is_some() || unit(c).is_some() || c.is_ascii_digit()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    /// A Chinese digit.
    Digit(u32),
    /// An Arabic number (maybe with a fraction), and its digit count.
    Arabic(f64, usize),
    Unit(f64),
    Zero,
}

fn pieces(chars: &[char], mode: Mode) -> Result<Vec<Piece>, NotANumber> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if mode != Mode::Smart {
                return Err(NotANumber);
            }
            let (v, n, len) = arabic(chars, i).ok_or(NotANumber)?;
            out.push(Piece::Arabic(v, n));
            i += len;
            continue;
        }
        if c == '零' || c == '〇' || c == '○' {
            out.push(Piece::Zero);
        } else if let Some(d) = digit(c) {
            out.push(Piece::Digit(d));
        } else if let Some(u) = unit(c) {
            out.push(Piece::Unit(u));
        } else {
            return Err(NotANumber);
        }
        i += 1;
    }
    Ok(out)
}

/// An Arabic number at `i`: digits with `,` thousands separators (only
/// before exactly three digits) and one decimal point.  Returns value, count
/// of integer digits, and chars consumed.
fn arabic(chars: &[char], i: usize) -> Option<(f64, usize, usize)> {
    // (digits are summed as they are read; only a number with a fraction or
    // more digits than an f64 holds exactly is written out and parsed, so
    // the common number costs no allocation)
    let mut exact: u64 = 0;
    let mut s = String::new();
    let mut j = i;
    let mut int_digits = 0;
    while j < chars.len() {
        if j - i > MAX_NUMERAL_CHARS {
            return None;
        }
        let c = chars[j];
        if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            if int_digits < 15 {
                exact = exact * 10 + u64::from(d);
            } else {
                if int_digits == 15 {
                    s = exact.to_string();
                }
                s.push(c);
            }
            int_digits += 1;
            j += 1;
        } else if matches!(c, ',' | '，')
            && int_digits > 0
            && chars.len() >= j + 4
            && chars[j + 1..j + 4].iter().all(char::is_ascii_digit)
            && chars.get(j + 4).is_none_or(|c| !c.is_ascii_digit())
        {
            j += 1;
        } else {
            break;
        }
    }
    if int_digits == 0 {
        return None;
    }
    if j + 1 < chars.len() && chars[j] == '.' && chars[j + 1].is_ascii_digit() {
        if int_digits <= 15 {
            s = exact.to_string();
        }
        s.push('.');
        j += 1;
        while j < chars.len() && chars[j].is_ascii_digit() {
            s.push(chars[j]);
            j += 1;
        }
    } else if int_digits <= 15 {
        return Some((exact as f64, int_digits, j - i));
    }
    Some((s.parse().ok()?, int_digits, j - i))
}

/// Value of a section below 万 (pieces with units 千百十 only).
fn section(p: &[Piece], mode: Mode, leading: bool) -> Result<f64, NotANumber> {
    let mut total = 0.0;
    let mut pending: Option<f64> = None;
    let mut last_unit = f64::INFINITY;
    let mut zero_before = false;
    for (k, piece) in p.iter().enumerate() {
        match *piece {
            Piece::Digit(d) => {
                if pending.is_some() {
                    return Err(NotANumber);
                }
                pending = Some(d as f64);
            }
            Piece::Arabic(v, _) => {
                if pending.is_some() {
                    return Err(NotANumber);
                }
                pending = Some(v);
            }
            Piece::Zero => {
                if pending.is_some() {
                    return Err(NotANumber);
                }
                zero_before = true;
            }
            Piece::Unit(u) => {
                if u >= last_unit {
                    return Err(NotANumber);
                }
                let d = match pending.take() {
                    Some(d) => d,
                    // 十 alone at the very start means 一十; after another
                    // unit (一百十六) only colloquially.
                    None if u == 10.0 && k == 0 && leading => 1.0,
                    None if u == 10.0 && mode != Mode::Strict => 1.0,
                    None => return Err(NotANumber),
                };
                total += d * u;
                last_unit = u;
                zero_before = false;
            }
        }
    }
    if let Some(d) = pending {
        let colloquial = last_unit.is_finite() && !zero_before && last_unit > 10.0;
        if colloquial && matches!(p.last(), Some(Piece::Digit(_))) {
            if mode == Mode::Strict {
                return Err(NotANumber);
            }
            total += d * last_unit / 10.0;
        } else {
            total += d;
        }
    }
    Ok(total)
}

/// Integer part with big units.
fn integer(p: &[Piece], mode: Mode) -> Result<f64, NotANumber> {
    if p.is_empty() {
        return Err(NotANumber);
    }
    // Bare digit strings: 一七二零, 二〇一八.
    if p.len() > 1 && p.iter().all(|x| matches!(x, Piece::Digit(_) | Piece::Zero)) {
        if mode == Mode::Strict {
            return Err(NotANumber);
        }
        return Ok(p.iter().fold(0.0, |acc, x| match x {
            Piece::Digit(d) => acc * 10.0 + *d as f64,
            _ => acc * 10.0,
        }));
    }
    if mode == Mode::Strict && p.iter().any(|x| matches!(x, Piece::Arabic(..))) {
        return Err(NotANumber);
    }
    // Split at the highest big unit present, recursively (一千亿零一,
    // 三千万亿: a 万 before 亿 multiplies the part before it).
    let big = p
        .iter()
        .enumerate()
        .filter_map(|(k, x)| match x {
            Piece::Unit(u) if *u >= 1e4 => Some((k, *u)),
            _ => None,
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    let Some((k, u)) = big else {
        return section(p, mode, true);
    };
    let left = if k == 0 {
        if mode == Mode::Strict {
            return Err(NotANumber);
        }
        1.0
    } else {
        integer(&p[..k], mode)?
    };
    let right = &p[k + 1..];
    if right.is_empty() {
        return Ok(left * u);
    }
    // 十三万五: a lone digit after a big unit takes the next lower unit.
    let rest = if let [Piece::Digit(d)] = right {
        if mode == Mode::Strict {
            return Err(NotANumber);
        }
        *d as f64 * u / 10.0
    } else {
        let right = match right.first() {
            Some(Piece::Zero) => &right[1..],
            _ => right,
        };
        let v = integer(right, mode)?;
        if v >= u {
            return Err(NotANumber);
        }
        v
    };
    Ok(left * u + rest)
}

/// Reads all of `text` as a number.
pub fn parse(text: &str, mode: Mode) -> Result<f64, NotANumber> {
    let mut chars: Vec<char> = text.chars().collect();
    // Money suffixes cn2an accepts: 元/圆 with 角 and 分, 整/正.
    if matches!(chars.last(), Some('整' | '正')) {
        chars.pop();
    }
    let mut cents = 0.0;
    if let Some(k) = chars.iter().position(|&c| c == '元' || c == '圆') {
        let tail: Vec<char> = chars[k + 1..].to_vec();
        chars.truncate(k);
        let mut t = &tail[..];
        for (mark, scale) in [('角', 0.1), ('分', 0.01)] {
            if let Some(m) = t.iter().position(|&c| c == mark) {
                cents += integer(&pieces(&t[..m], mode)?, mode)? * scale;
                t = &t[m + 1..];
            }
        }
        if !t.is_empty() {
            return Err(NotANumber);
        }
    }
    let negative = chars.first() == Some(&'负');
    let body = if negative { &chars[1..] } else { &chars[..] };
    let (int_part, frac_part) = match body.iter().position(|&c| c == '点') {
        Some(k) => (&body[..k], Some(&body[k + 1..])),
        None => (body, None),
    };
    if mode != Mode::Smart && int_part.iter().any(char::is_ascii_digit) {
        return Err(NotANumber);
    }
    let mut value = integer(&pieces(int_part, mode)?, mode)?;
    if let Some(frac) = frac_part {
        if frac.is_empty() || frac.iter().any(|&c| digit(c).is_none()) {
            return Err(NotANumber);
        }
        if mode == Mode::Strict && matches!(frac.last(), Some('零' | '〇')) {
            return Err(NotANumber);
        }
        let mut scale = 0.1;
        for &c in frac {
            value += digit(c).unwrap_or(0) as f64 * scale;
            scale /= 10.0;
        }
        value = (value * 1e15).round() / 1e15;
    }
    Ok(if negative { -value } else { value } + cents)
}

/// A numeral found in running text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Written with Arabic digits only (`2018`, `3.7`), so a year or a code
    /// is possible; digit count of the integer part.
    pub arabic_digits: Option<usize>,
    /// Contains financial numerals (`肆佰`).
    pub financial: bool,
    /// Two adjacent digits read as a range (`八九`, `三五百`): the upper
    /// bound; `value` is the lower.
    pub upper: Option<f64>,
}

/// The longest run of chars read as one number.  The longest numbers news
/// writes are Chinese numerals like `九千九百九十九亿九千九百九十九万九千九百九十九`
/// (23 chars) and Arabic numbers with separators and decimals.
pub const MAX_NUMERAL_CHARS: usize = 40;

/// The longest numeral starting at `start` (smart mode), if any.  `十多` and
/// other qualifiers are the callers' business; this reads only the number.
pub fn scan(chars: &[char], start: usize) -> Option<Numeral> {
    let c = *chars.get(start)?;
    if !is_numeral_char(c) {
        return None;
    }
    // Extent: numeral chars, Arabic digits with separators and one point.
    // A run longer than any written number (a table of digits, a 1 MB run
    // of numerals) is not a number: reading it would cost time quadratic in
    // its length for no answer.
    let mut end = start;
    let mut arabic_only = true;
    while end < chars.len() {
        if end - start > MAX_NUMERAL_CHARS {
            return None;
        }
        let c = chars[end];
        if c.is_ascii_digit() {
            let (_, _, len) = arabic(chars, end)?;
            end += len;
            continue;
        }
        if is_numeral_char(c)
            || (c == '点' && end > start && chars.get(end + 1).is_some_and(|&n| digit(n).is_some()))
        {
            arabic_only = false;
            end += 1;
        } else {
            break;
        }
    }
    // Shrink from the right until the span parses (a trailing 十 of 十多 is
    // fine; `一一` may be a range).
    while end > start {
        let text: String = chars[start..end].iter().collect();
        let financial = chars[start..end].iter().any(|&c| is_financial(c));
        // 八九亿, 三五百, 四五千: two adjacent ascending digits, then units.
        if let Some(n) = adjacent_range(&chars[start..end]) {
            return Some(Numeral {
                start,
                end,
                financial,
                arabic_digits: None,
                ..n
            });
        }
        if let Ok(value) = parse(&text, Mode::Smart) {
            let arabic_digits = if arabic_only {
                arabic(chars, start).map(|(_, n, _)| n)
            } else {
                None
            };
            return Some(Numeral {
                start,
                end,
                value,
                arabic_digits,
                financial,
                upper: None,
            });
        }
        end -= 1;
    }
    None
}

fn adjacent_range(chars: &[char]) -> Option<Numeral> {
    let (a, b) = (digit(*chars.first()?)?, digit(*chars.get(1)?)?);
    // consecutive digits (八九, 两三), or the idiom 三五 ("three to five")
    if a == 0 || !(b == a + 1 || (a, b) == (3, 5)) {
        return None;
    }
    let mut scale = 1.0;
    for &c in &chars[2..] {
        scale *= unit(c)?;
    }
    if chars.len() == 2 && scale == 1.0 {
        // 一二 alone is a digit string, not a range.
        return None;
    }
    Some(Numeral {
        start: 0,
        end: 0,
        value: a as f64 * scale,
        arabic_digits: None,
        financial: false,
        upper: Some(b as f64 * scale),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_numbers_read_as_the_standard_parser_reads_them() {
        for t in [
            "7",
            "2024",
            "123456789012345",
            "1234567890123456",
            "99999999999999999999",
            "3.36",
            "123456789012345.5",
            "1234567890123456.25",
            "1,280",
        ] {
            let chars: Vec<char> = t.chars().collect();
            let (v, _, len) = arabic(&chars, 0).expect(t);
            assert_eq!(len, chars.len(), "{t}");
            assert_eq!(v, t.replace(',', "").parse::<f64>().unwrap(), "{t}");
        }
    }

    #[test]
    fn strict_numerals() {
        for (t, v) in [
            ("十", 10.0),
            ("一百零一", 101.0),
            ("一千零一十一", 1011.0),
            ("一千零一亿一千零一万一千零一", 100110011001.0),
            ("壹佰捌拾壹圆柒角", 181.7),
            ("零点零一", 0.01),
            ("负一十一", -11.0),
        ] {
            assert_eq!(parse(t, Mode::Strict), Ok(v), "{t}");
        }
        for t in [
            "百十一",
            "一一",
            "十三万五",
            "100万",
            "零点零",
            "负十一十二",
            "",
            "圆",
        ] {
            assert!(parse(t, Mode::Strict).is_err(), "{t}");
        }
    }

    #[test]
    fn colloquial_and_smart() {
        assert_eq!(parse("十三万五", Mode::Normal), Ok(135000.0));
        assert_eq!(parse("一百二十万三", Mode::Normal), Ok(1203000.0));
        assert_eq!(parse("两千六", Mode::Normal), Ok(2600.0));
        assert_eq!(parse("一七二零", Mode::Normal), Ok(1720.0));
        assert_eq!(parse("200亿零四千230", Mode::Smart), Ok(20000004230.0));
        assert_eq!(parse("1百01", Mode::Smart), Ok(101.0));
        assert_eq!(parse("3千万亿", Mode::Smart), Ok(3e15));
    }

    #[test]
    fn scanning_running_text() {
        let chars: Vec<char> = "约3.7万人次".chars().collect();
        let n = scan(&chars, 1).unwrap();
        assert_eq!((n.end, n.value), (5, 37000.0));
        let chars: Vec<char> = "共1,234,567元".chars().collect();
        assert_eq!(scan(&chars, 1).unwrap().value, 1234567.0);
        let chars: Vec<char> = "八九亿韩元".chars().collect();
        let n = scan(&chars, 0).unwrap();
        assert_eq!((n.value, n.upper), (8e8, Some(9e8)));
        let chars: Vec<char> = "二〇一八年".chars().collect();
        assert_eq!(scan(&chars, 0).unwrap().value, 2018.0);
    }
}
