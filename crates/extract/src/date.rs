//! Dates and durations.
//!
//! The scanner reads date *expressions* left to right without resolving
//! them; a second pass resolves them in document order, because the year of a
//! partial date is discourse-dependent (GUIDELINES.md): `11月22日` takes the
//! latest year written before it, `当天` the latest full date, and only where
//! nothing precedes does the publication date (or, failing that, the latest
//! year the article names) decide.  Relative years (`今年`, `去年`) are
//! resolved against the publication date and then count as written years.
//!
//! Grammar (one expression):
//!
//! ```text
//! expr   := [截至|截止|到|至] point [range-tail | 以来 | 至今 | 起 [range-tail [止]] | 前 | 以前 | 之前]
//!         | era
//! point  := year [part-of-year | 前N个月 | holiday] | [year] month [part-of-month | day [part-of-day] [clock]]
//!         | numeric (2018-11-29 18:59, 2019/04/19, 20240307)
//!         | deictic (今年, 当天, 次日, 昨天, 今晚 [part-of-day] [clock])
//!         | 本月/上个月/当月 [day | part-of-month] | 上周/本周 [weekday [clock]] | holiday
//! year   := four digits | 二〇一八 | two digits before a month or a part of the year (98年4月)
//! era    := “N五” [期间|以来|末|初]      (five-year plans)
//!         | [上世纪 | N世纪] [N0年代] [初|中|末|以来]
//! tail   := (至|到|-|~|～|—) (point | day | month | clock)   4月24~26日, 2024年1-4月, 9:30~11:30
//! ```
//!
//! Relative words resolve against the publication date (`昨天`, `本月`,
//! `上周三`) or against the last date before them (`次日`, `当晚`, `当月`);
//! a clock after 下午/晚上 is past noon. Named periods (decades, plans) keep
//! their own value (`199X`, `2021/2025`) and narrow `start`/`end` for a part
//! of them, as a part of a year keeps the year.
//!
//! A numeral is a year only as four Arabic digits in 1000..=2200 or a digit
//! string (`二〇一八`) followed by `年`, and never when a count unit follows
//! the digits (`2069人次`).  Words decide where a deictic may match: `当日`
//! must be a whole word (not the `当日` of `“当日出”`), `前期` is one word.

use crate::entity::{DateValue, DurationValue, Granularity, Qualifier};
use crate::numeral::{self, digit};
use crate::text::at;
use std::sync::OnceLock;

/// A calendar point as written: any field may be missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Point {
    year: Option<i32>,
    year_written: bool,
    month: Option<u32>,
    day: Option<u32>,
    hour: Option<u32>,
    minute: Option<u32>,
    second: Option<u32>,
    /// A part of the year or month: the value keeps the coarser unit.
    part: Option<Part>,
    /// Year relative to the publication year (今年 0, 去年 -1).
    rel_year: Option<i32>,
    /// 同年/当年 (0), 次年/翌年 (1): years after the year of the last date.
    same_year: Option<i32>,
    /// Quarter relative to the publication quarter (本季度 0, 上季度 -1);
    /// `part` then counts months within that quarter (1..=3).
    rel_quarter: Option<i32>,
    /// The next year after the anchor (新年伊始).
    new_year: bool,
    /// 当天/同日/当日: the last full date.
    same_day: bool,
    /// A year written with two digits (`98年4月`, `零七年`): the century
    /// comes from the publication year.
    short_year: Option<u32>,
    /// Month relative to the publication month (本月 0, 上月 -1, 下月 1).
    rel_month: Option<i32>,
    /// 当月/同月 (0), 次月 (1): months after the month of the last date.
    same_month: Option<i32>,
    /// The part of day written before a clock time (`下午3:00`).
    day_part: Option<&'static str>,
    /// 今天 0, 昨天 -1: days from the publication date.
    rel_day: Option<i32>,
    /// 次日: the day after the last date.
    next_day: bool,
    /// Week relative to the publication week (本周 0, 上周 -1, 下周 1).
    rel_week: Option<i32>,
    /// Day of that week, Monday 1 … Sunday 7.
    weekday: Option<u32>,
    /// A day the calendar names (lunar dates, solar terms, 母亲节).
    named: Option<Named>,
    /// A length of time before (negative) or after the anchor (`3天后`,
    /// `两年前`): the count and its unit's code (`Y`, `M`, `W`, `D`).
    offset: Option<(i32, char)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Months `a..=b` of the year (年初 = 1..=2, 上半年 = 1..=6, 一季度 …).
    Months(u32, u32),
    /// Days `a..=b` of the month (上旬 1..=10, 月初 1..=5 …; 31 = month end).
    Days(u32, u32),
    /// The end of the year (年底, 年末: November and December) or month
    /// (its days from the 25th); a limit at either (底前, 截至…底) ends on
    /// its last day.  The bounds of 初 and 底 are JioNLP's.
    YearEnd,
    MonthEnd,
    /// The n-th week of the month, weeks starting on its first Monday
    /// (`3月第三周`).
    Week(u32),
    /// The n-th week of the year, weeks starting on its first Monday
    /// (`2024年第10周`, as surveillance reports count them, and JioNLP).
    YearWeek(u32),
    /// The last n days of the month (`上月最后五天`).
    LastDays(u32),
    /// The n-th given weekday of the month, Monday 1 … Sunday 7
    /// (`6月第3个星期日`, `八月份的第一个周二`).
    NthWeekday(u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Point,
    Range(Point),
    Since,
    Until,
}

/// A date expression found by the scanner.
#[derive(Debug, Clone, Copy)]
struct Expr {
    start: usize,
    end: usize,
    point: Point,
    shape: Shape,
    part_of_day: Option<&'static str>,
    /// A span of whole years named as such (decade, century, plan period),
    /// with the years `from..=to` the text narrows it to.
    era: Option<(Era, i32, i32)>,
}

/// Periods of whole years that have names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Era {
    /// `九十年代`, `上世纪80年代`: EDTF `199X`.
    Decade(i32),
    /// `18世纪`: EDTF `17XX`.
    Century(i32),
    /// A five-year plan (`“十四五”期间`): its first and last year.
    Plan(i32, i32),
}

/// The rows `word <TAB> number <TAB> number` of a data file.
fn word_and_two<N: std::str::FromStr>(text: &'static str) -> Vec<(&'static str, N, N)> {
    bangfu_segment::data_lines(text)
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((f.next()?, f.next()?.parse().ok()?, f.next()?.parse().ok()?))
        })
        .collect()
}

/// Parts of the day and the hours they cover (first and last hour, both
/// inclusive), from `data/parts_of_day.txt`.
fn parts_of_day() -> &'static [(&'static str, u32, u32)] {
    static T: OnceLock<Vec<(&'static str, u32, u32)>> = OnceLock::new();
    T.get_or_init(|| word_and_two(include_str!("../data/parts_of_day.txt")))
}

/// A row of a word table: its first field is the word.
trait Row {
    fn word(&self) -> &'static str;
}
impl Row for &'static str {
    fn word(&self) -> &'static str {
        self
    }
}
impl<A> Row for (&'static str, A) {
    fn word(&self) -> &'static str {
        self.0
    }
}
impl<A, B> Row for (&'static str, A, B) {
    fn word(&self) -> &'static str {
        self.0
    }
}

/// Whether a time of day with no date opens the text at `i` (`上午10时，`,
/// `下午，`, `10时，`): it is a time of the day last told.
pub(crate) fn time_of_day_at(chars: &[char], i: usize) -> bool {
    // (past a paragraph's indent: `　　上午10时，`)
    let i = i + chars[i.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_whitespace())
        .count();
    let j = row_at(chars, i, parts_of_day()).map_or(i, |(_, e)| e);
    // (a clock as the grammar reads one, or a part of day with no number)
    let k = clock_with_unit(chars, j, &mut Point::default());
    (k > j || j > i && small(chars, j, 0, 99).is_none())
        && chars[k..].iter().take(8).any(|c| matches!(c, '，' | ','))
}

/// The row of `table` whose word is written at `i` (the longest), and the
/// position after it.
fn row_at<'t, T: Row>(chars: &[char], i: usize, table: &'t [T]) -> Option<(&'t T, usize)> {
    let mut best: Option<(&T, usize)> = None;
    let rest = chars.get(i..).unwrap_or(&[]);
    for r in table {
        // match and count in one pass over the word
        let mut n = 0;
        let matched = r.word().chars().all(|c| {
            n += 1;
            rest.get(n - 1) == Some(&c)
        });
        if matched && best.is_none_or(|b| i + n > b.1) {
            best = Some((r, i + n));
        }
    }
    best
}

fn after(chars: &[char], i: usize, options: &[&'static str]) -> Option<(&'static str, usize)> {
    row_at(chars, i, options).map(|(w, e)| (*w, e))
}

/// A small integer in `lo..=hi` written with digits or numerals at `i`.
fn small(chars: &[char], i: usize, lo: u32, hi: u32) -> Option<(u32, usize)> {
    let n = numeral::scan(chars, i)?;
    if n.upper.is_some() || n.value.fract() != 0.0 {
        return None;
    }
    let v = n.value as u32;
    if (lo..=hi).contains(&v) && n.value >= 0.0 {
        Some((v, n.end))
    } else {
        None
    }
}

/// A year numeral followed by 年: four Arabic digits in range, or a Chinese
/// digit string (`二〇一八`), or two digits with an apostrophe-free `'18`
/// style is not accepted.
fn year_at(chars: &[char], i: usize) -> Option<(i32, usize)> {
    // four digits and 年: nothing to read unless 年 is the fifth character
    // (a long number is not scanned at each of its digits)
    if chars.get(i + 4) != Some(&'年') {
        return None;
    }
    let n = numeral::scan(chars, i)?;
    if chars.get(n.end) != Some(&'年') {
        return None;
    }
    let written_as_digits = match n.arabic_digits {
        Some(4) => true,
        Some(_) => false,
        None => (i..n.end).all(|k| digit(chars[k]).is_some()) && n.end - i == 4,
    };
    if !written_as_digits || !(1000.0..=2200.0).contains(&n.value) {
        return None;
    }
    Some((n.value as i32, n.end + 1))
}

fn month_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    // one to three characters (`3`, `12`, `十二`) and 月
    if !chars
        .get(i + 1..(i + 4).min(chars.len()))
        .is_some_and(|w| w.contains(&'月'))
    {
        return None;
    }
    let (m, e) = small(chars, i, 1, 12)?;
    if chars.get(e) == Some(&'月') && !at(chars, e + 1, "份额") {
        Some((m, e + 1))
    } else if at(chars, e, "月份") {
        Some((m, e + 2))
    } else {
        None
    }
}

fn day_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let (d, e) = small(chars, i, 1, 31)?;
    match chars.get(e) {
        Some('日') => Some((d, e + 1)),
        // 号 is a day only when not a house number (号楼, 号线).
        Some('号') if !matches!(chars.get(e + 1), Some('楼' | '线' | '院' | '文' | '令')) => {
            Some((d, e + 1))
        }
        _ => None,
    }
}

/// A day written after its month with no 日 or 号 (`1月3至2月10`, `十月31`,
/// `10月1、2日`): read only where nothing can follow the number that makes it
/// a count or a decimal — the text ends, or punctuation or a range mark
/// follows.  A numeral day of 11 to 30 has been read as lunar before this
/// (`八月十五`, [`lunar_at`]).
fn unmarked_day_at(chars: &[char], i: usize, month: u32) -> Option<(u32, usize)> {
    let (d, e) = small(chars, i, 1, 31)?;
    let ends = match chars.get(e) {
        None => true,
        Some('.') => !chars.get(e + 1).is_some_and(|c| c.is_ascii_digit()),
        Some(&c) => c.is_whitespace() || "，。、；：！？,;:)）至到-~～—".contains(c),
    };
    (ends && d <= days_in_month(2000, month)).then_some((d, e))
}

/// A day number with no month (`9日上午`, `30日`, `8号晚上`): the month is
/// the last one written, or the publication month.  Read only where it
/// cannot be a count of days or a house number: after no counting word
/// (`第3日`, `每5日`, `近7日`), before no `内`/`后`/`来` (`7日内`), with 号
/// only before a part of day, a clock, a range or punctuation (not `3号病房`),
/// and, for numerals (`十日`), only before a part of day or a clock.
fn bare_day_at(chars: &[char], i: usize, words: &Words) -> Option<(u32, usize)> {
    if !words.starts_word(i) && !chars[i].is_ascii_digit()
        || i > 0 && matches!(chars[i - 1], '/' | '.' | '-' | '·')
    {
        return None;
    }
    if word_list(
        &DAY_COUNT_WORDS,
        include_str!("../data/day_count_words.txt"),
    )
    .iter()
    .any(|w| i >= w.chars().count() && at(chars, i - w.chars().count(), w))
    {
        return None;
    }
    let (d, x) = day_at(chars, i)?;
    let next = chars.get(x).copied();
    if matches!(
        next,
        Some('内' | '后' | '来' | '间' | '期' | '游' | '班' | '制')
    ) {
        return None;
    }
    let timed = row_at(chars, x, parts_of_day()).is_some() || {
        let mut q = Point::default();
        clock_at(chars, x, &mut q) > x
    };
    let digits = chars[i].is_ascii_digit();
    if !digits && !timed || chars[i] == '两' {
        return None;
    }
    if chars[x - 1] == '号'
        && !timed
        && !next.is_none_or(|c| "，。、；：！？,.;:)）起至到-~～—".contains(c))
    {
        return None;
    }
    Some((d, x))
}

/// A clock time at `i` (`10时`, `下午`'s `3:00`, `9点20`), or the first hour
/// of a range of hours that has no unit of its own (`9~11点`, `9至11时`: the
/// clock after the range mark gives it one, and [`range_tail`] reads that
/// clock); `i` where there is none.
fn clock_at(chars: &[char], i: usize, p: &mut Point) -> usize {
    let e = clock_with_unit(chars, i, p);
    if e > i {
        return e;
    }
    if let Some((h, e)) = small(chars, i, 0, 24)
        && let Some((_, x)) = after(chars, e, RANGE_MARKS)
        && clock_with_unit(chars, x, &mut Point::default()) > x
    {
        p.hour = Some(h);
        return e;
    }
    i
}

fn clock_with_unit(chars: &[char], i: usize, p: &mut Point) -> usize {
    // 10时, 10点, 10时30分, 10:30, 18:59:00; the numeral reader takes
    // `九点零九` for 9.09, so the hour is read up to a 点 within reach
    let hour = (1..=3)
        .find(|&n| chars.get(i + n) == Some(&'点'))
        .and_then(|n| small(&chars[..i + n], i, 0, 24))
        .or_else(|| small(chars, i, 0, 24));
    if let Some((h, e)) = hour {
        if matches!(chars.get(e), Some('时' | '点')) && !at(chars, e, "点多")
            || at(chars, e, "点钟")
        {
            p.hour = Some(h);
            let mut e = e + 1;
            if chars.get(e) == Some(&'钟') {
                e += 1;
            }
            if chars.get(e) == Some(&'半') {
                p.minute = Some(30);
                return e + 1;
            }
            // `20时1刻`, `18时三刻`: quarters of the hour
            if let Some((q, e2)) = small(chars, e, 1, 3)
                && chars.get(e2) == Some(&'刻')
            {
                p.minute = Some(q * 15);
                return e2 + 1;
            }
            if let Some((m, e2)) = small(chars, e, 0, 59) {
                if chars.get(e2) == Some(&'分') {
                    p.minute = Some(m);
                    // `7点09分18秒`
                    if let Some((sec, e3)) = small(chars, e2 + 1, 0, 59)
                        && chars.get(e3) == Some(&'秒')
                    {
                        p.second = Some(sec);
                        return e3 + 1;
                    }
                    return e2 + 1;
                }
                // `9点20`, `九点零九`: minutes with no 分, where nothing
                // follows that they could count
                let two = e2 - e == 2 || chars.get(e) == Some(&'零');
                if two
                    && chars
                        .get(e2)
                        .is_none_or(|c| "，。、；！？,.;!? \n到至~～-—".contains(*c))
                {
                    p.minute = Some(m);
                    return e2;
                }
            }
            return e;
        }
        if matches!(chars.get(e), Some(':' | '：'))
            && let Some((m, e2)) = small(chars, e + 1, 0, 59)
            && e2 == e + 3
        {
            p.hour = Some(h);
            p.minute = Some(m);
            if chars.get(e2) == Some(&':')
                && let Some((s, e3)) = small(chars, e2 + 1, 0, 59)
            {
                p.second = Some(s);
                return e3;
            }
            // `11:00时`
            return if chars.get(e2) == Some(&'时') {
                e2 + 1
            } else {
                e2
            };
        }
    }
    i
}

/// Parts of a year (`年初`, `上半年`, `一季度`, `暑假`; `data/parts_of_year.txt`).
fn parts_of_year() -> &'static [(&'static str, Part)] {
    static P: OnceLock<Vec<(&'static str, Part)>> = OnceLock::new();
    P.get_or_init(|| {
        bangfu_segment::data_lines(include_str!("../data/parts_of_year.txt"))
            .filter_map(|l| {
                let (word, span) = l.split_once('\t')?;
                let part = if span == "end" {
                    Part::YearEnd
                } else {
                    let (a, b) = span.split_once('-')?;
                    Part::Months(a.parse().ok()?, b.parse().ok()?)
                };
                Some((word, part))
            })
            .collect()
    })
}

fn part_of_year(chars: &[char], i: usize) -> Option<(Part, usize)> {
    let (row, e) = row_at(chars, i, parts_of_year())?;
    // `Q1` is a quarter, not the start of `Q10` or the end of `IQ1`
    if row.0.starts_with('Q')
        && (chars.get(e).is_some_and(char::is_ascii_alphanumeric)
            || i > 0 && chars[i - 1].is_ascii_alphanumeric())
    {
        return None;
    }
    // a quarter's first or last month: 一季度末, 四季度初
    if let (Part::Months(a, b), true) = (row.1, row.0.ends_with("季度")) {
        match chars.get(e) {
            Some('末' | '底') => return Some((Part::Months(b, b), e + 1)),
            Some('初') => return Some((Part::Months(a, a), e + 1)),
            _ => {}
        }
    }
    Some((row.1, e))
}

fn part_of_month(chars: &[char], i: usize) -> Option<(Part, usize)> {
    const TABLE: &[(&str, Part)] = &[
        ("上旬", Part::Days(1, 10)),
        ("中旬", Part::Days(11, 20)),
        ("下旬", Part::Days(21, 31)),
        ("月初", Part::Days(1, 5)),
        ("月中", Part::Days(11, 20)),
        ("月底", Part::MonthEnd),
        ("月末", Part::MonthEnd),
        ("初", Part::Days(1, 5)),
        ("底", Part::MonthEnd),
        ("末", Part::MonthEnd),
    ];
    row_at(chars, i, TABLE).map(|(r, e)| (r.1, e))
}

/// `前两天`, `最后五天` after a month: its first or last days.
fn days_of_month(chars: &[char], i: usize) -> Option<(Part, usize)> {
    let (last, at_n) = match after(chars, i, &["前", "最后"]) {
        Some(("前", x)) => (false, x),
        Some((_, x)) => (true, x),
        None => return None,
    };
    let (n, e) = small(chars, at_n, 1, 15)?;
    let (_, x) = after(chars, e, &["天", "日"])?;
    Some((
        if last {
            Part::LastDays(n)
        } else {
            Part::Days(1, n)
        },
        x,
    ))
}

/// `第三周`, `的第二个星期`, `第3个星期日` at `i`: the n-th week (n at most
/// `max`), the weekday that follows it where one does (its own digit or
/// 日/天 right after the week word), and the end.
fn nth_week(chars: &[char], i: usize, max: u32) -> Option<(u32, Option<u32>, usize)> {
    let i = if chars.get(i) == Some(&'的') {
        i + 1
    } else {
        i
    };
    if chars.get(i) != Some(&'第') {
        return None;
    }
    let (n, e) = small(chars, i + 1, 1, max)?;
    let x = after(chars, e, &["个"]).map_or(e, |a| a.1);
    let (_, x) = after(chars, x, WEEK_WORDS)?;
    Some(match weekday_at(chars, x) {
        Some((weekday, y)) if y == x + 1 => (n, Some(weekday), y),
        _ => (n, None, x),
    })
}

/// `第三周`, `的第二个星期`, `第3个星期日` after a month.
fn week_of_month(chars: &[char], i: usize) -> Option<(Part, usize)> {
    let i = if chars.get(i) == Some(&'份') {
        i + 1
    } else {
        i
    };
    Some(match nth_week(chars, i, 5)? {
        (n, Some(weekday), e) => (Part::NthWeekday(n, weekday), e),
        (n, None, e) => (Part::Week(n), e),
    })
}

/// `第10周`, `第三十七个星期` after a year (not a weekday of a week).
fn week_of_year(chars: &[char], i: usize) -> Option<(Part, usize)> {
    match nth_week(chars, i, 53)? {
        (n, None, e) => Some((Part::YearWeek(n), e)),
        _ => None,
    }
}

/// The n-th week, Monday to Sunday, counted from the first Monday on or
/// after `first` (a month's or a year's first day).
fn nth_week_from(first: crate::Ymd, n: u32) -> (crate::Ymd, crate::Ymd) {
    let monday = add_days(first, (8 - weekday_of(first) as i32) % 7);
    let from = add_days(monday, 7 * (n as i32 - 1));
    (from, add_days(from, 6))
}

/// Words for a year, quarter, month or week relative to the publication
/// date (`data/relative_dates.txt`); `None` is the unit of the last date
/// written (`当月`, `同年`) or after it (`次年`).
#[derive(Default)]
struct RelativeWords {
    years: Vec<(&'static str, Relative)>,
    quarters: Vec<(&'static str, Relative)>,
    months: Vec<(&'static str, Relative)>,
    weeks: Vec<(&'static str, Relative)>,
    /// Words that name a date only as a whole word of the segmentation
    /// (`全年`, not the start of `全年龄段`).
    whole: Vec<&'static str>,
}

/// What a relative word counts from, and how many units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relative {
    /// From the publication date (`去年` -1).
    Published(i32),
    /// From the last date written (`当年` 0, `次年` 1).
    Last(i32),
}

impl Relative {
    /// The offset from the publication date, where the word counts from it
    /// (a word counting from the last date is read as 0 there).
    fn published(self) -> i32 {
        match self {
            Relative::Published(k) => k,
            Relative::Last(_) => 0,
        }
    }
}

fn relative() -> &'static RelativeWords {
    static R: OnceLock<RelativeWords> = OnceLock::new();
    R.get_or_init(|| {
        let mut r = RelativeWords::default();
        for l in bangfu_segment::data_lines(include_str!("../data/relative_dates.txt")) {
            let f: Vec<&'static str> = l.split('\t').collect();
            let (word, unit, offset) = match f[..] {
                [word, unit, offset] => (word, unit, offset),
                [word, unit, offset, "word"] => {
                    r.whole.push(word);
                    (word, unit, offset)
                }
                _ => continue,
            };
            let offset = match offset.strip_prefix("same") {
                Some("") => Relative::Last(0),
                Some(k) => match k.strip_prefix('+').unwrap_or(k).parse() {
                    Ok(k) => Relative::Last(k),
                    Err(_) => continue,
                },
                None => match offset.parse() {
                    Ok(n) => Relative::Published(n),
                    Err(_) => continue,
                },
            };
            let table = match unit {
                "year" => &mut r.years,
                "quarter" => &mut r.quarters,
                "month" => &mut r.months,
                "week" => &mut r.weeks,
                _ => continue,
            };
            table.push((word, offset));
        }
        r
    })
}

/// A day named by the calendar rather than by its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    /// A day of a lunar month, or the whole month (`day` `None`); day 0 is
    /// the month's last (除夕).
    Lunar {
        month: u32,
        leap: bool,
        day: Option<u32>,
    },
    /// The `n`-th `weekday` (Monday 1) of a solar month (母亲节).
    NthWeekday { month: u32, n: u32, weekday: u32 },
    /// A solar term (`冬至`), by its name.
    Term(&'static str),
}

impl Named {
    /// The first and last solar day it names in `year`.
    fn days(self, year: i32) -> Option<(crate::Ymd, crate::Ymd)> {
        match self {
            Named::Lunar { month, leap, day } => match day {
                None => crate::lunar::month(year, month, leap),
                Some(d) => {
                    let x = crate::lunar::date(year, month, leap, (d > 0).then_some(d))?;
                    Some((x, x))
                }
            },
            Named::NthWeekday { month, n, weekday } => {
                let first = (year, month, 1);
                let k = (7 + weekday as i32 - weekday_of(first) as i32) % 7 + 7 * (n as i32 - 1);
                let x = add_days(first, k);
                (x.1 == month).then_some((x, x))
            }
            Named::Term(name) => crate::lunar::term(year, name).map(|x| (x, x)),
        }
    }
}

/// A holiday as `data/holidays.txt` gives it.
#[derive(Debug, Clone, Copy)]
struct Holiday {
    day: HolidayDay,
    /// Read only after a year (`2024年大雪`): the name is also a common word.
    needs_year: bool,
    /// Read only in quotes (`“五一”期间`): the name is also a number.
    needs_quotes: bool,
}

#[derive(Debug, Clone, Copy)]
enum HolidayDay {
    Solar(u32, u32),
    Named(Named),
}

/// Holidays, awareness days, lunar festivals and solar terms
/// (`data/holidays.txt`, the terms' names from the calendar tables), in a
/// trie, since a date may start at any of their first characters.
fn holidays() -> &'static bangfu_segment::Trie<Holiday> {
    static H: OnceLock<bangfu_segment::Trie<Holiday>> = OnceLock::new();
    H.get_or_init(|| {
        let mut t = bangfu_segment::Trie::new();
        let num = |x: &str| x.parse::<u32>().ok();
        for l in bangfu_segment::data_lines(include_str!("../data/holidays.txt")) {
            let Some((name, spec)) = l.split_once('\t') else {
                continue;
            };
            let (spec, needs_year) = match spec.strip_suffix(" after-year") {
                Some(s) => (s, true),
                None => (spec, false),
            };
            let (spec, needs_quotes) = match spec.strip_suffix(" quoted") {
                Some(s) => (s, true),
                None => (spec, false),
            };
            let fields: Vec<&str> = spec.split('-').collect();
            let day = match fields[..] {
                ["term"] => {
                    // 清明节 is the term 清明
                    let terms = crate::lunar::term_names();
                    let Some(&name) = terms.iter().find(|n| name.starts_with(**n)) else {
                        continue;
                    };
                    HolidayDay::Named(Named::Term(name))
                }
                [m, d] if m.starts_with("L:") => {
                    let Some(m) = num(&m[2..]) else { continue };
                    let day = if d == "last" { Some(0) } else { num(d) };
                    let Some(day) = day else { continue };
                    HolidayDay::Named(Named::Lunar {
                        month: m,
                        leap: false,
                        day: Some(day),
                    })
                }
                [m, w, d] if w.starts_with('w') => match (num(m), num(&w[1..]), num(d)) {
                    (Some(month), Some(n), Some(weekday)) => {
                        HolidayDay::Named(Named::NthWeekday { month, n, weekday })
                    }
                    _ => continue,
                },
                [m, d] => match (num(m), num(d)) {
                    (Some(m), Some(d)) => HolidayDay::Solar(m, d),
                    _ => continue,
                },
                _ => continue,
            };
            let _ = t.insert(
                name,
                Holiday {
                    day,
                    needs_year,
                    needs_quotes,
                },
            );
        }
        t
    })
}

/// A year written with two digits, Arabic (`98年`) or Chinese (`零七年`),
/// followed by a month or a part of the year: alone, `15年` is a duration.
fn short_year_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let pair = chars.get(i..i + 2)?;
    let yy = if pair.iter().all(|c| c.is_ascii_digit()) {
        pair[0].to_digit(10)? * 10 + pair[1].to_digit(10)?
    } else {
        let d = |c: char| numeral::digit(c).filter(|_| c != '两');
        d(pair[0])? * 10 + d(pair[1])?
    };
    if chars.get(i + 2) != Some(&'年') {
        return None;
    }
    let e = i + 3;
    let continues = month_at(chars, e).is_some()
        || holidays().longest_at(chars, e).is_some()
        || lunar_at(chars, e, false).is_some()
        || part_of_year(chars, e).is_some()
        || part_of_year_after_year(chars, e).is_some()
        || week_of_year(chars, e).is_some();
    continues.then_some((yy, e))
}

/// `前三季度`, `前两个季度`, `前十一个月`: the first months of a year.
fn leading_months(chars: &[char], i: usize, months_too: bool) -> Option<(Part, usize)> {
    if chars.get(i) != Some(&'前') {
        return None;
    }
    let (n, mut e) = small(chars, i + 1, 1, 12)?;
    if chars.get(e) == Some(&'个') {
        e += 1;
    }
    if at(chars, e, "季度") && n <= 4 {
        Some((Part::Months(1, 3 * n), e + 2))
    } else if months_too && chars.get(e) == Some(&'月') {
        Some((Part::Months(1, n), e + 1))
    } else {
        None
    }
}

/// First years of the five-year plans, 一五 to 十五 (the third began in
/// 1966 after three years of readjustment).
const PLAN_STARTS: [i32; 15] = [
    1953, 1958, 1966, 1971, 1976, 1981, 1986, 1991, 1996, 2001, 2006, 2011, 2016, 2021, 2026,
];

/// What may follow a named era, and the part of it that makes.
#[derive(Clone, Copy)]
enum EraPart {
    Whole,
    Since,
    Early,
    Middle,
    Late,
}

/// Words after an era that pick part of it, from `data/era_tails.txt`.
fn era_tails() -> &'static [(&'static str, EraPart)] {
    static T: OnceLock<Vec<(&'static str, EraPart)>> = OnceLock::new();
    T.get_or_init(|| {
        bangfu_segment::data_lines(include_str!("../data/era_tails.txt"))
            .filter_map(|l| {
                let (word, part) = l.split_once('\t')?;
                let part = match part.trim() {
                    "whole" => EraPart::Whole,
                    "since" => EraPart::Since,
                    "early" => EraPart::Early,
                    "middle" => EraPart::Middle,
                    "late" => EraPart::Late,
                    _ => return None,
                };
                Some((word, part))
            })
            .collect()
    })
}

/// A plan period (`“十四五”期间`), a decade (`九十年代`, `上世纪80年代末`)
/// or a century (`18世纪`) at `i`.
fn era_at(chars: &[char], i: usize) -> Option<Expr> {
    let quoted = matches!(chars.get(i), Some('“' | '"' | '「'));
    let b = i + quoted as usize;
    let mut k = b;
    while k < chars.len() && k - b < 4 && (numeral::digit(chars[k]).is_some() || chars[k] == '十')
    {
        k += 1;
    }
    if k - b >= 2 && chars[k - 1] == '五' {
        // the plan number is the numeral before the 五
        let n = numeral::scan(&chars[..k - 1], b).filter(|n| n.end == k - 1)?;
        let idx = (n.value as usize)
            .checked_sub(1)
            .filter(|_| n.value.fract() == 0.0)?;
        let first = *PLAN_STARTS.get(idx)?;
        let mut e = k;
        if quoted {
            if !matches!(chars.get(e), Some('”' | '"' | '」')) {
                return None;
            }
            e += 1;
        }
        let tail = row_at(chars, e, era_tails());
        let part = match tail {
            Some((row, x)) => {
                e = x;
                row.1
            }
            // a quoted plan name alone is the period; before a noun
            // (`“十四五”规划`) it names a document
            None if quoted
                && chars
                    .get(e)
                    .is_none_or(|c| "，。、；：！？）)".contains(*c)) =>
            {
                EraPart::Whole
            }
            None => return None,
        };
        let last = first + 4;
        let (from, to, shape) = match part {
            EraPart::Whole => (first, last, Shape::Point),
            EraPart::Since => (first, last, Shape::Since),
            EraPart::Early => (first, first, Shape::Point),
            EraPart::Middle => (first + 2, first + 2, Shape::Point),
            EraPart::Late => (last, last, Shape::Point),
        };
        return Some(Expr {
            start: i,
            end: e,
            point: Point::default(),
            shape,
            part_of_day: None,
            era: Some((Era::Plan(first, last), from, to)),
        });
    }
    if quoted {
        return None;
    }
    // [上世纪 | N世纪] [N0年代] [part]: no numeral is read unless 世纪 or
    // 年代 is near (a long number would be read at each of its digits)
    let near = &chars[i..(i + 12).min(chars.len())];
    if !near
        .windows(2)
        .any(|w| w == ['世', '纪'] || w == ['年', '代'])
    {
        return None;
    }
    let mut e = i;
    let mut century = None;
    if let Some((_, x)) = after(chars, e, &["上世纪", "上个世纪"]) {
        century = Some(1900);
        e = x;
    } else if let Some((n, x)) = small(chars, e, 1, 21)
        && at(chars, x, "世纪")
    {
        century = Some((n as i32 - 1) * 100);
        e = x + 2;
    }
    let decade = small(chars, e, 10, 90)
        .filter(|&(d, x)| d % 10 == 0 && at(chars, x, "年代"))
        .and_then(|(d, x)| {
            // without a century, only the 1930s to the 1990s are certain
            let start = match century {
                Some(c) => c + d as i32,
                None if d >= 30 => 1900 + d as i32,
                None => return None,
            };
            Some((start, x + 2))
        });
    let (era, first, last) = match (decade, century) {
        (Some((d, x)), _) => {
            e = x;
            (Era::Decade(d), d, d + 9)
        }
        (None, Some(c)) => (Era::Century(c), c, c + 99),
        (None, None) => return None,
    };
    // a decade's first, middle and last three years; a century's twenty
    let (early, middle, late) = match era {
        Era::Decade(_) => ((0, 2), (4, 6), (7, 9)),
        _ => ((0, 19), (40, 59), (80, 99)),
    };
    let (from, to, shape) = match row_at(chars, e, era_tails()) {
        Some((row, x)) => {
            e = x;
            match row.1 {
                EraPart::Whole => (first, last, Shape::Point),
                EraPart::Since => (first, last, Shape::Since),
                EraPart::Early => (first + early.0, first + early.1, Shape::Point),
                EraPart::Middle => (first + middle.0, first + middle.1, Shape::Point),
                EraPart::Late => (first + late.0, first + late.1, Shape::Point),
            }
        }
        None => (first, last, Shape::Point),
    };
    Some(Expr {
        start: i,
        end: e,
        point: Point::default(),
        shape,
        part_of_day: None,
        era: Some((era, from, to)),
    })
}

/// The day of the week written at `i` (`三`, `星期三`, `周日`): Monday 1 …
/// Sunday 7.
fn weekday_at(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let day = |c: Option<&char>| match c {
        Some('日' | '天') => Some(7),
        Some(&c) if c != '两' => numeral::digit(c).filter(|d| (1..=6).contains(d)),
        _ => None,
    };
    if let Some(d) = day(chars.get(i)) {
        return Some((d, i + 1));
    }
    let (_, x) = after(chars, i, WEEK_WORDS)?;
    day(chars.get(x)).map(|d| (d, x + 1))
}

/// Words for a week, before the day of it (`星期三`, `礼拜天`, `周六`).
const WEEK_WORDS: &[&str] = &["星期", "礼拜", "周"];

static DAY_COUNT_WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
static NOT_BEFORE_AFTER: OnceLock<Vec<&'static str>> = OnceLock::new();

/// The words of a data file, one per line, read once into `cell`.
fn word_list(
    cell: &'static OnceLock<Vec<&'static str>>,
    text: &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| bangfu_segment::data_lines(text).collect())
}

/// Whether a word of `data/not_before_after.txt` (前往, 后勤 …) is written at
/// `i`: its 前 or 后 is not the "before"/"after" of what precedes it.
fn not_before_after(chars: &[char], i: usize) -> bool {
    word_list(
        &NOT_BEFORE_AFTER,
        include_str!("../data/not_before_after.txt"),
    )
    .iter()
    .any(|w| at(chars, i, w))
}

/// The words that put what precedes them before or after (`前`, `之后`):
/// sign and the shape of the time they make.
const BEFORE_AFTER: &[(&str, i32, Shape)] = &[
    ("前", -1, Shape::Point),
    ("后", 1, Shape::Point),
    ("以前", -1, Shape::Until),
    ("之前", -1, Shape::Until),
    ("以后", 1, Shape::Since),
    ("之后", 1, Shape::Since),
];

/// Whether a word of before or after starts at `i` (`托管前的`, `帮扶之后`),
/// not one that only begins with 前 or 后 (`前往`, `后备`).
pub(crate) fn before_or_after_at(chars: &[char], i: usize) -> bool {
    !not_before_after(chars, i) && row_at(chars, i, BEFORE_AFTER).is_some()
}

/// `3天后`, `两年前`, `半年之后`, `20多个月以后`: a length of time from the
/// anchor, and the shape its tail gives (`前`/`后` a point, `以前`/`之前` an
/// open period ending there, `以后`/`之后` one starting there).  Lengths
/// that are not whole units of the calendar (`一年半` is eighteen months,
/// `两个半月` nothing whole) and lengths under a day are not read; nor a
/// year written as one (`2025年前` is a limit, read as a year).
fn offset_at(chars: &[char], i: usize) -> Option<(Point, Shape, usize)> {
    // no 前 or 后 within reach: nothing to read (most numbers)
    let reach = chars.get(i..(i + 16).min(chars.len()))?;
    if !reach.iter().any(|&c| c == '前' || c == '后') {
        return None;
    }
    // (not the tail of a vague or longer number: `几十年之后` is no `十年之后`)
    if i > 0
        && (crate::numeral::is_vague_digit(chars[i - 1])
            || crate::numeral::is_numeral_char(chars[i - 1]))
    {
        return None;
    }
    let len = length_at(chars, i)?;
    if len
        .number
        .is_some_and(|n| n.arabic_digits.is_some_and(|d| d >= 3) && !len.more && len.code == 'Y')
    {
        return None;
    }
    let (count, code) = match len.code {
        'Y' if len.value.fract() != 0.0 => (len.value * 12.0, 'M'),
        'Q' => (len.value * 3.0, 'M'),
        c @ ('Y' | 'M' | 'W' | 'D') => (len.value, c),
        _ => return None,
    };
    if count.fract() != 0.0 || !(1.0..=10_000.0).contains(&count) {
        return None;
    }
    let e = len.end;
    if not_before_after(chars, e) {
        return None;
    }
    let (&(_, sign, shape), x) = row_at(chars, e, BEFORE_AFTER)?;
    let point = Point {
        offset: Some((sign * count as i32, code)),
        ..Point::default()
    };
    Some((point, shape, x))
}

/// A lunar month or day at `i`: `正月`, `腊月初十`, `闰四月`, `五月廿二`,
/// `大年初十`, and after 农历 (`lunar`) any month and day (`农历8月23号`).
/// Without 农历 a date is lunar only where its writing says so: a leap
/// month, a month's lunar name (正月, 冬月, 腊月), or a day written the lunar
/// way — `初十`, `廿二`, or a numeral with no 日/号 (`八月十五`); solar days
/// are written with 日 or 号.
fn lunar_at(chars: &[char], i: usize, lunar: bool) -> Option<(Named, usize)> {
    let mut x = i;
    let mut marked = lunar;
    // 大年初十: a day of the first month
    if at(chars, x, "大年初") {
        let (d, e) = small(chars, x + 3, 1, 10)?;
        let named = Named::Lunar {
            month: 1,
            leap: false,
            day: Some(d),
        };
        return Some((named, e));
    }
    let leap = chars.get(x) == Some(&'闰');
    if leap {
        x += 1;
        marked = true;
    }
    let month = match (chars.get(x), chars.get(x + 1)) {
        (Some('正'), Some('月')) => Some((1, x + 2)),
        (Some('冬'), Some('月')) => Some((11, x + 2)),
        (Some('腊'), Some('月')) => Some((12, x + 2)),
        _ => None,
    };
    let (month, mut e) = match month {
        Some(m) => {
            marked = true;
            m
        }
        None => {
            let (m, e) = small(chars, x, 1, 12)?;
            if chars.get(e) != Some(&'月') {
                return None;
            }
            (m, e + 1)
        }
    };
    let mut day = None;
    if chars.get(e) == Some(&'初')
        && let Some((d, y)) = small(chars, e + 1, 1, 10)
    {
        (day, e, marked) = (Some(d), y, true);
    } else if chars.get(e) == Some(&'廿')
        && let Some(d) = chars
            .get(e + 1)
            .and_then(|&c| digit(c))
            .filter(|d| (1..=9).contains(d))
    {
        (day, e, marked) = (Some(20 + d), e + 2, true);
    } else if let Some((d, y)) = small(chars, e, 1, 30) {
        let numerals = chars[e..y].iter().all(|c| !c.is_ascii_digit());
        if matches!(chars.get(y), Some('日' | '号')) {
            if marked {
                (day, e) = (Some(d), y + 1);
            }
        } else if numerals && d >= 11 {
            (day, e, marked) = (Some(d), y, true);
        }
    }
    marked.then_some((Named::Lunar { month, leap, day }, e))
}

/// A point at `i`: returns the point and its end.
fn point_at(chars: &[char], i: usize, words: &Words) -> Option<(Point, usize)> {
    let mut p = Point::default();
    // 农历/阴历 before the year or the month: the date is lunar
    let (mut lunar, i) = match after(chars, i, &["农历", "阴历"]) {
        Some((_, x)) => (true, x),
        None => (false, i),
    };
    let mut e = i;
    if let Some(x) = numeric_at(chars, i, &mut p).or_else(|| dotted_day_at(chars, i, &mut p)) {
        return Some((p, x));
    }
    if let Some((y, x)) = year_at(chars, i) {
        p.year = Some(y);
        p.year_written = true;
        e = x;
    } else if let Some((yy, x)) = short_year_at(chars, i) {
        p.short_year = Some(yy);
        e = x;
    } else if let Some((row, x)) = row_at(chars, i, &relative().years) {
        if !words.starts_word(i) || relative().whole.contains(&row.0) && !words.ends_word(x) {
            return None;
        }
        match row.1 {
            Relative::Published(k) => p.rel_year = Some(k),
            Relative::Last(k) => p.same_year = Some(k),
        }
        e = x;
        // 今年年初: the 年 of 年初 follows 今年.
    } else if let Some((row, x)) = row_at(chars, i, &relative().quarters)
        && words.starts_word(i)
    {
        // 上季度, 本季度末: a quarter with no number
        p.rel_quarter = Some(row.1.published());
        let (part, x) = match chars.get(x) {
            Some('末' | '底') => (Part::Months(3, 3), x + 1),
            Some('初') => (Part::Months(1, 1), x + 1),
            _ => (Part::Months(1, 3), x),
        };
        p.part = Some(part);
        return Some((p, x));
    } else if let Some((row, x)) = row_at(chars, i, &relative().weeks)
        && words.starts_word(i)
    {
        // 上周三, 本周星期五, 下周: a day of a week, or the week
        p.rel_week = Some(row.1.published());
        e = x;
        if let Some((d, x)) = weekday_at(chars, e) {
            p.weekday = Some(d);
            e = clock_after_day(chars, x, &mut p);
        }
        return Some((p, e));
    } else if let Some((row, x)) = row_at(chars, i, &relative().months)
        && words.starts_word(i)
    {
        // 本月9日, 上月底, 当月: a month with no number
        match row.1 {
            Relative::Published(k) => p.rel_month = Some(k),
            Relative::Last(k) => p.same_month = Some(k),
        }
        e = x;
        if let Some((d, x)) = day_at(chars, e) {
            p.day = Some(d);
            e = clock_after_day(chars, x, &mut p);
        } else if let Some((part, x)) = part_of_month(chars, e)
            .or_else(|| week_of_month(chars, e))
            .or_else(|| days_of_month(chars, e))
        {
            p.part = Some(part);
            e = x;
        } else if !words.ends_word(e) {
            return None;
        }
        return Some((p, e));
    }
    let had_year = e > i;
    if had_year && let Some((_, x)) = after(chars, e, &["农历", "阴历"]) {
        lunar = true;
        e = x;
    }
    if had_year
        && let Some((part, x)) = part_of_year(chars, e)
            .or_else(|| part_of_year_after_year(chars, e))
            .or_else(|| leading_months(chars, e, true))
            .or_else(|| week_of_year(chars, e))
    {
        p.part = Some(part);
        return Some((p, x));
    }
    // 农历八月十五, 腊月初十, 闰四月, 大年初十
    if let Some((named, x)) = lunar_at(chars, e, lunar) {
        p.named = Some(named);
        let x = if matches!(named, Named::Lunar { day: Some(_), .. }) {
            clock_after_day(chars, x, &mut p)
        } else {
            x
        };
        return Some((p, x));
    }
    // `国庆节`, `2023年世界卫生日`, `除夕`, `2024年冬至`, `今年“五一”`
    let quoted = matches!(chars.get(e), Some('“' | '"'));
    let name_at = e + usize::from(quoted);
    if (had_year || words.starts_word(e))
        && let Some((len, &h)) = holidays().longest_at(chars, name_at)
        && if quoted {
            matches!(chars.get(name_at + len), Some('”' | '"'))
        } else {
            // (a name that is also a number stands unquoted before a word
            // of the holiday's time: `五一期间`, `十一假期`)
            words.ends_word(e + len)
                && (!h.needs_quotes || after(chars, e + len, HOLIDAY_TIME).is_some())
        }
        && (had_year || !h.needs_year)
    {
        let len = len + 2 * usize::from(quoted);
        match h.day {
            HolidayDay::Solar(m, d) => {
                p.month = Some(m);
                p.day = Some(d);
            }
            HolidayDay::Named(n) => p.named = Some(n),
        }
        let x = clock_after_day(chars, e + len, &mut p);
        return Some((p, x));
    }
    if let Some((m, x)) = month_at(chars, e) {
        p.month = Some(m);
        e = x;
        if let Some((d, x)) = day_at(chars, e).or_else(|| unmarked_day_at(chars, e, m)) {
            p.day = Some(d);
            e = x;
            e = clock_after_day(chars, e, &mut p);
        } else if let Some((part, x)) = part_of_month(chars, e)
            .or_else(|| week_of_month(chars, e))
            .or_else(|| days_of_month(chars, e))
        {
            p.part = Some(part);
            e = x;
        }
        return Some((p, e));
    }
    if had_year {
        return Some((p, e));
    }
    // `9日上午`, `30日`: a day of the month the context gives
    if let Some((d, x)) = bare_day_at(chars, i, words) {
        p.day = Some(d);
        p.same_month = Some(0);
        let e = clock_after_day(chars, x, &mut p);
        return Some((p, e));
    }
    // 上半年, 一季度, 年底 with no year: the year comes from context.
    if words.starts_word(i)
        && let Some((part, x)) = part_of_year(chars, i).or_else(|| leading_months(chars, i, false))
    {
        p.part = Some(part);
        return Some((p, x));
    }
    None
}

fn part_of_year_after_year(chars: &[char], i: usize) -> Option<(Part, usize)> {
    // 2019年底: the 年 was consumed by the year; 底/末/初 follow directly.
    if i == 0 || chars[i - 1] != '年' {
        return None;
    }
    match chars.get(i) {
        Some('底' | '末') => Some((Part::YearEnd, i + 1)),
        Some('初') => Some((Part::Months(1, 2), i + 1)),
        // 2022年伊始: its first month
        _ if at(chars, i, "伊始") => Some((Part::Months(1, 1), i + 2)),
        _ => None,
    }
}

/// Day part and clock after a day: 3月6日下午, 上午10时 — read past the
/// day of the week news writes between them (`6月1日（星期六）上午10时`,
/// `6月1日周六早上10点`), which the date already fixes.
fn clock_after_day(chars: &[char], i: usize, p: &mut Point) -> usize {
    let read = |from: usize, p: &mut Point| {
        let mut e = from;
        if let Some((row, x)) = row_at(chars, e, parts_of_day()) {
            e = x;
            p.day_part = Some(row.0);
        }
        clock_at(chars, e, p).max(e)
    };
    if let Some(w) = weekday_after(chars, i) {
        let mut q = *p;
        let e = read(w, &mut q);
        if e > w {
            *p = q;
            return e;
        }
    }
    read(i, p)
}

/// The end of a day of the week written at `i` (`星期六`, `周六`, `礼拜天`,
/// bracketed or not).
fn weekday_after(chars: &[char], i: usize) -> Option<usize> {
    let open = matches!(chars.get(i), Some('（' | '('));
    let (_, x) = after(chars, i + open as usize, WEEK_WORDS)?;
    let (_, mut e) = weekday_at(chars, x)?;
    if open {
        if !matches!(chars.get(e), Some('）' | ')')) {
            return None;
        }
        e += 1;
    }
    Some(e)
}

/// The hour on a 24-hour clock of `h` written after part of day `word`:
/// of `h` and `h + 12`, the one inside the part's hours
/// (`data/parts_of_day.txt`), else the nearer — `下午3时` is 15:00, `晚上8点`
/// 20:00, `中午1点` 13:00, `深夜11点` 23:00, `凌晨3点` 03:00, `半夜11点` 23:00.
/// A clock already
/// past noon keeps the hour as written.
fn hour_in_day(h: u32, word: Option<&str>) -> u32 {
    let Some(&(_, a, b)) = word.and_then(|w| parts_of_day().iter().find(|r| r.0 == w)) else {
        return h;
    };
    if h >= 12 {
        return h;
    }
    // hours from the part's range, round the clock (`半夜11点` is 23:00,
    // an hour before the night's first)
    let distance = |x: u32| {
        if (a..=b).contains(&x) {
            0
        } else {
            let round = |p: u32, q: u32| p.abs_diff(q).min(24 - p.abs_diff(q));
            round(x, a).min(round(x, b))
        }
    };
    if distance(h + 12) < distance(h) {
        h + 12
    } else {
        h
    }
}

/// The run of ASCII digits at `from`, at most `max` of them: its value and
/// length (`None` where there is no digit).
fn digit_run(chars: &[char], from: usize, max: usize) -> Option<(u32, usize)> {
    let n = chars
        .get(from..)?
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let v = chars[from..from + n]
        .iter()
        .try_fold(0u32, |v, c| c.to_digit(10).map(|d| v * 10 + d))?;
    (n > 0).then_some((v, n))
}

/// 2018-11-29 18:59, 2019/04/19, 2019.04.19, 20240307.
fn numeric_at(chars: &[char], i: usize, p: &mut Point) -> Option<usize> {
    if i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '.') {
        return None;
    }
    // exactly `n` digits at `from`
    let digits = |from: usize, n: usize| -> Option<u32> {
        digit_run(chars, from, n).filter(|r| r.1 == n).map(|r| r.0)
    };
    let y = digits(i, 4)? as i32;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let (m, d, mut e) = match chars.get(i + 4) {
        Some(&sep @ ('-' | '/' | '.')) => {
            let ml = if digits(i + 5, 2).is_some() { 2 } else { 1 };
            let m = digits(i + 5, ml)?;
            if chars.get(i + 5 + ml) != Some(&sep) {
                return None;
            }
            let dl = if digits(i + 6 + ml, 2).is_some() {
                2
            } else {
                1
            };
            let d = digits(i + 6 + ml, dl)?;
            (m, d, i + 6 + ml + dl)
        }
        Some(c) if c.is_ascii_digit() => {
            let m = digits(i + 4, 2)?;
            let d = digits(i + 6, 2)?;
            if chars.get(i + 8).is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            (m, d, i + 8)
        }
        _ => return None,
    };
    // a clock glued to a two-digit day, as markup stripped from a page
    // leaves it (`2018-12-1209:03`), or after one more separator
    // (`2021-09-12-11：23`): only hours and minutes with a colon
    let colon_clock = |from: usize| -> bool {
        let h = (from..from + 2)
            .take_while(|&k| chars.get(k).is_some_and(|c| c.is_ascii_digit()))
            .count();
        h > 0
            && matches!(chars.get(from + h), Some(':' | '：'))
            && digits(from + h + 1, 2).is_some()
    };
    let glued = chars.get(e).is_some_and(|c| c.is_ascii_digit()) && e >= i + 10 && colon_clock(e);
    if chars.get(e).is_some_and(|c| c.is_ascii_digit()) && !glued
        || !(1..=12).contains(&m)
        || d < 1
        || d > days_in_month(y, m)
    {
        return None;
    }
    p.year = Some(y);
    p.year_written = true;
    p.month = Some(m);
    p.day = Some(d);
    let clock_from = match chars.get(e) {
        Some(' ' | 'T') => Some(e + 1),
        Some('-') if colon_clock(e + 1) => Some(e + 1),
        _ if glued => Some(e),
        _ => None,
    };
    if let Some(from) = clock_from {
        let x = clock_at(chars, from, p);
        if x > from {
            e = x;
        }
    }
    Some(e)
}

/// A year and month written with digits and joined by a range mark to
/// another, or to a year (`1999.08-2002.02`, `2019.7—2020.7`,
/// `2008.03-2009`), as résumés and postings list terms of service.  Alone,
/// `2019.08` may be a decimal, so it is read only in such a range.
fn numeric_month_range_at(chars: &[char], i: usize) -> Option<Expr> {
    let year_month = |i: usize| -> Option<(i32, Option<u32>, usize)> {
        if i > 0 && (chars[i - 1].is_ascii_digit() || chars[i - 1] == '.') {
            return None;
        }
        let (y, n) = digit_run(chars, i, 5)?;
        let y = y as i32;
        if n != 4 || !(1900..=2100).contains(&y) {
            return None;
        }
        if !matches!(chars.get(i + 4), Some('.' | '/' | '-')) {
            return Some((y, None, i + 4));
        }
        let (m, ml) = digit_run(chars, i + 5, 3)?;
        (ml <= 2 && (1..=12).contains(&m)).then_some((y, Some(m), i + 5 + ml))
    };
    let (a, am, e) = year_month(i)?;
    let am = am?;
    let (_, x) = after(chars, e, RANGE_MARKS)?;
    let (b, bm, e) = year_month(x)?;
    let ends = match chars.get(e) {
        None => true,
        Some(&c) => !c.is_ascii_digit() && !matches!(c, '.' | '/' | '-' | '年'),
    };
    if !ends || (b, bm.unwrap_or(12)) < (a, am) {
        return None;
    }
    let point = |year, month| Point {
        year: Some(year),
        year_written: true,
        month,
        ..Default::default()
    };
    Some(Expr {
        start: i,
        end: e,
        point: point(a, Some(am)),
        shape: Shape::Range(point(b, bm)),
        part_of_day: None,
        era: None,
    })
}

/// A month and day joined by a middle dot, as news names events by their
/// day (`5·12`, `7·20特大暴雨`): the year is inferred like any month-day's.
fn dotted_day_at(chars: &[char], i: usize, p: &mut Point) -> Option<usize> {
    let is_digit = |k: usize| chars.get(k).is_some_and(|c| c.is_ascii_digit());
    // (not a score: `比分3·2`, `以3·2获胜`)
    if i > 0 && (is_digit(i - 1) || matches!(chars[i - 1], '.' | '·' | '•' | '比' | '分' | '以'))
    {
        return None;
    }
    let number = |from: usize| digit_run(chars, from, 2).map(|(v, n)| (v, from + n));
    let (m, x) = number(i)?;
    if !matches!(chars.get(x), Some('·' | '•')) {
        return None;
    }
    let (d, e) = number(x + 1)?;
    if is_digit(e) || matches!(chars.get(e), Some('·' | '•' | '.')) {
        return None;
    }
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(2000, m) {
        return None;
    }
    p.month = Some(m);
    p.day = Some(d);
    Some(e)
}

/// Word boundaries of the text, from the segmenter.
pub(crate) struct Words {
    starts: Vec<bool>,
    ends: Vec<bool>,
}

impl Words {
    pub(crate) fn new(len: usize, words: &[(usize, usize)]) -> Words {
        let mut starts = vec![false; len + 1];
        let mut ends = vec![false; len + 1];
        for &(s, e) in words {
            starts[s] = true;
            ends[e] = true;
        }
        starts[len] = true;
        ends[0] = true;
        Words { starts, ends }
    }
    pub(crate) fn starts_word(&self, i: usize) -> bool {
        self.starts.get(i).copied().unwrap_or(true)
    }
    pub(crate) fn ends_word(&self, i: usize) -> bool {
        self.ends.get(i).copied().unwrap_or(true)
    }
}

/// What a deictic word points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Deixis {
    /// 当天, 同日: the last full date.
    Same,
    /// 次日, 翌日: the day after the last full date.
    Next,
    /// 新年伊始: the year after the anchor.
    NewYear,
    /// 今天 0, 昨天 -1, 明天 1: days from the publication date.
    Day(i32),
}

/// Deictic words, with the part of day some of them carry (今晚 = 今天晚上),
/// from `data/deictic_days.txt`.
fn deictic() -> &'static [(&'static str, Deixis, Option<&'static str>)] {
    static T: OnceLock<Vec<(&'static str, Deixis, Option<&'static str>)>> = OnceLock::new();
    T.get_or_init(|| {
        bangfu_segment::data_lines(include_str!("../data/deictic_days.txt"))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (word, kind, days) = (f.next()?, f.next()?, f.next().unwrap_or(""));
                let kind = match kind {
                    "same" => Deixis::Same,
                    "next" => Deixis::Next,
                    "new_year" => Deixis::NewYear,
                    "day" => Deixis::Day(days.parse().ok()?),
                    _ => return None,
                };
                let part = f.next().filter(|p| !p.is_empty());
                Some((word, kind, part))
            })
            .collect()
    })
}

/// Consecutive years named together, relative to the publication year
/// (`data/year_pairs.txt`).
fn year_pairs() -> &'static [(&'static str, i32, i32)] {
    static P: OnceLock<Vec<(&'static str, i32, i32)>> = OnceLock::new();
    P.get_or_init(|| word_and_two(include_str!("../data/year_pairs.txt")))
}

const UNTIL: &[&str] = &["截至", "截止到", "截止", "截至到"];

/// Words of a holiday's time, after which a holiday's name that is also a
/// number stands unquoted (`五一期间`, `十一假期`).
const HOLIDAY_TIME: &[&str] = &["期间", "假期", "小长假", "长假", "前夕", "黄金周"];

/// After a day named by pointing (`明天起`, `今晚八点以后`, `后天之前`): the
/// period open at the end, or at the start.
const AFTER_POINTED_DAY: &[&str] = &["以后", "之后", "起"];
const BEFORE_POINTED_DAY: &[&str] = &["以前", "之前"];

/// Words after a date that leave its period open at the end (`2023年以来`,
/// `去年到现在`): GUIDELINES.md's `2023/..`.
const SINCE: &[&str] = &[
    "以来",
    "至今",
    "迄今",
    "以后",
    "起",
    "开始",
    "到现在",
    "至现在",
    "到目前",
    "至目前",
    "到如今",
];

/// Whether a date expression can start at `i`: a numeral, or a word the
/// grammar starts with (one trie of them, holidays' names included).  [`dates`]
/// tries [`expr_at`] at every position; this rejects almost all of them
/// with a lookup or two, where a first-character test would let through
/// every 中 and 大 for the sake of 中秋 and 大年.
fn may_start(chars: &[char], i: usize) -> bool {
    static WORDS: OnceLock<bangfu_segment::Trie<()>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut t = bangfu_segment::Trie::new();
        let words = deictic()
            .iter()
            .map(Row::word)
            .chain(relative().years.iter().map(Row::word))
            .chain(relative().quarters.iter().map(Row::word))
            .chain(parts_of_year().iter().map(Row::word))
            .chain(relative().months.iter().map(Row::word))
            .chain(relative().weeks.iter().map(Row::word))
            .chain(UNTIL.iter().map(Row::word))
            .chain(year_pairs().iter().map(|r| r.0))
            .chain([
                "前",
                "“",
                "\"",
                "「",
                "上世纪",
                "半",
                "农历",
                "阴历",
                "闰",
                "正月",
                "腊月",
                "冬月",
                "大年",
            ]);
        let holidays = bangfu_segment::data_lines(include_str!("../data/holidays.txt"))
            .filter_map(|l| l.split('\t').next());
        for w in words.chain(holidays) {
            let _ = t.insert(w, ());
        }
        t
    });
    numeral::is_numeral_char(chars[i]) || words.matches_at(chars, i)
}

fn expr_at(chars: &[char], i: usize, words: &Words) -> Option<Expr> {
    if !may_start(chars, i) {
        return None;
    }
    if i > 0
        && (chars[i - 1].is_ascii_digit() || digit(chars[i - 1]).is_some() && chars[i - 1] != '一')
    {
        // Never start inside a number (…12月 of 112月 is not a month).
        if digit(chars[i]).is_some() || chars[i].is_ascii_digit() {
            return None;
        }
    }
    // Deictic words: whole words only.
    if let Some((row, e)) = row_at(chars, i, deictic())
        && words.starts_word(i)
        && (words.ends_word(e) || row_at(chars, e, parts_of_day()).is_some())
    {
        let mut p = Point::default();
        match row.1 {
            Deixis::Same => p.same_day = true,
            Deixis::Next => p.next_day = true,
            Deixis::NewYear => p.new_year = true,
            Deixis::Day(k) => p.rel_day = Some(k),
        }
        let mut e = e;
        let mut part_of_day = row.2;
        if let Some((row, x)) = row_at(chars, e, parts_of_day()) {
            part_of_day = Some(row.0);
            e = x;
        }
        if p.rel_day.is_some() || p.same_day || p.next_day {
            e = clock_at(chars, e, &mut p).max(e);
        }
        // `今天下午1点到3点十分`: a clock after the clock, that same day
        let mut shape = Shape::Point;
        if p.hour.is_some()
            && let Some((tail, x)) = range_tail(chars, e, &p, words)
            && tail.hour.is_some()
            && tail.year.is_none()
            && tail.month.is_none()
            && tail.rel_year.is_none()
        {
            shape = Shape::Range(tail);
            e = x;
        }
        // `今晚八点以后`, `明天起`, `后天之前`: open at the day or clock
        if shape == Shape::Point {
            if let Some((_, x)) = after(chars, e, AFTER_POINTED_DAY)
                && !at(chars, e, "起来")
            {
                shape = Shape::Since;
                e = x;
            } else if let Some((_, x)) = after(chars, e, BEFORE_POINTED_DAY) {
                shape = Shape::Until;
                e = x;
            }
        }
        return Some(Expr {
            start: i,
            end: e,
            point: p,
            shape,
            part_of_day,
            era: None,
        });
    }
    if let Some(x) = era_at(chars, i) {
        return Some(x);
    }
    // 今明两年, 明后两年: consecutive years relative to publication
    if let Some(&(w, a, b)) = year_pairs().iter().find(|r| at(chars, i, r.0)) {
        let year = |k| Point {
            rel_year: Some(k),
            ..Default::default()
        };
        return Some(Expr {
            start: i,
            end: i + w.chars().count(),
            point: year(a),
            shape: Shape::Range(year(b)),
            part_of_day: None,
            era: None,
        });
    }
    if let Some((point, shape, e)) = offset_at(chars, i) {
        return Some(Expr {
            start: i,
            end: e,
            point,
            shape,
            part_of_day: None,
            era: None,
        });
    }
    let mut start = i;
    let mut shape = Shape::Point;
    let mut body = i;
    if let Some((_, x)) = after(chars, i, UNTIL) {
        shape = Shape::Until;
        body = x;
    }
    let (p, mut e) = point_at(chars, body, words)?;
    if p.year.is_some() && p.month.is_none() && p.part.is_none() && p.rel_year.is_none() {
        // A bare year must not be a count: 2069人次 has no 年, so only guard
        // 年级/年龄-style words.
        if matches!(chars.get(e), Some('级' | '龄' | '薪' | '均')) {
            return None;
        }
    }
    let part_of_day = parts_of_day()
        .iter()
        .find(|(w, _, _)| {
            let n = w.chars().count();
            e >= n && at(chars, e - n, w)
        })
        .map(|r| r.0);
    // Tails.
    if shape == Shape::Point {
        if let Some((w, x)) = after(chars, e, SINCE) {
            if !(at(chars, e, "起来") || at(chars, e, "起到") || at(chars, e, "开始时")) {
                shape = Shape::Since;
                e = x;
                // `自2020年5月26日起至5月29日止`: a start and an end
                if matches!(w, "起" | "开始")
                    && let Some((tail, y)) = range_tail(chars, e, &p, words)
                {
                    shape = Shape::Range(tail);
                    e = if chars.get(y) == Some(&'止') {
                        y + 1
                    } else {
                        y
                    };
                }
            }
        } else if let Some((_, x)) = after(chars, e, &["以前", "之前", "前"]) {
            // `2025年底前`, `2035年前`, `10月1日以前`: a limit; not 前期,
            // 前后 (around), 前往 (data/not_before_after.txt), nor the 前
            // of 前三季度
            let limit = !not_before_after(chars, e) && small(chars, e + 1, 1, 12).is_none();
            if limit && (p.part.is_some() || p.year.is_some() || p.day.is_some()) {
                shape = Shape::Until;
                e = x;
            }
        } else if let Some((tail, x)) = range_tail(chars, e, &p, words) {
            shape = Shape::Range(tail);
            e = x;
        }
    } else if at(chars, e, "前") && !at(chars, e, "前期") {
        e += 1;
    }
    // `自2018年沪滇协作开展以来`: a start that 自/从 opens and 以来 closes
    // further on in its clause is open at the end like `2018年以来`; the
    // words between say what started then (the span stays the date's own).
    if shape == Shape::Point
        && start > 0
        && matches!(chars[start - 1], '自' | '从')
        && (p.year.is_some() || p.month.is_some() || p.rel_year.is_some())
        && since_closes(chars, e)
    {
        shape = Shape::Since;
    }
    // 2025年底前 / 2019年底 are already in the point; 到年底 etc.
    if start > 0
        && shape == Shape::Point
        && (at(chars, start - 1, "到") || at(chars, start - 1, "至"))
        && p.part == Some(Part::YearEnd)
    {
        shape = Shape::Until;
        start -= 1;
    }
    if p.year.is_none()
        && p.rel_year.is_none()
        && p.month.is_some()
        && p.day.is_none()
        && p.part.is_none()
    {
        // A bare month (3月) is a date only at a word start: not 12个月,
        // not the 月 of 岁月 — nor after 近, where it is a length (`近3月来`,
        // `近三月`: nearly three months).
        if !words.starts_word(body) || body > 0 && chars[body - 1] == '近' {
            return None;
        }
    }
    if matches!(chars.get(e), Some('份')) && p.day.is_none() {
        e += 1;
    }
    Some(Expr {
        start,
        end: e,
        point: p,
        shape,
        part_of_day: p.day_part.or(part_of_day),
        era: None,
    })
}

/// Whether `以来` closes the clause that goes on at `i`, within 30
/// characters and before any other date word or clause mark.
fn since_closes(chars: &[char], i: usize) -> bool {
    let end = chars.len().min(i + 32);
    (i..end)
        .take_while(|&j| {
            !matches!(
                chars[j],
                '，' | '。' | '；' | '！' | '？' | ',' | ';' | '\n' | '年' | '月'
            )
        })
        .any(|j| at(chars, j, "以来"))
}

/// `~26日`, `至2020年`, `-4月`, `到5月10日`.
fn range_tail(chars: &[char], i: usize, p: &Point, words: &Words) -> Option<(Point, usize)> {
    let (_, x) = after(chars, i, RANGE_MARKS)?;
    // an end the calendar names or that has a part (`2021年母亲节`,
    // `2020年上半年`) is resolved as a date of its own and joined to the
    // start by [`join_ranges`]; here only its year, month and day would count
    if let Some((q, e)) = point_at(chars, x, words)
        && (q.year.is_some() || q.month.is_some() || q.rel_year.is_some())
    {
        if q.named.is_some() || q.part.is_some() {
            return None;
        }
        return Some((q, e));
    }
    // A clock after a clock: the same day (`9:30~11:30`, `下午3点至下午8点`,
    // `9时至18时三刻`).
    if p.hour.is_some() {
        let mut q = Point::default();
        let mut y = x;
        if let Some((row, z)) = row_at(chars, y, parts_of_day()) {
            q.day_part = Some(row.0);
            y = z;
        }
        let z = clock_with_unit(chars, y, &mut q);
        if z > y {
            return Some((q, z));
        }
    }
    // Only the finest unit repeated: 24~26日 (day), 1-4月 (month; the 月 of
    // the first point is implied).
    if p.day.is_some()
        && let Some((d, e)) = day_at(chars, x)
    {
        return Some((
            Point {
                day: Some(d),
                ..Default::default()
            },
            e,
        ));
    }
    None
}

/// `2024—2026年`, `2018-2020年`: a first year whose 年 the second implies.
fn year_range_at(chars: &[char], i: usize, words: &Words) -> Option<Expr> {
    if !chars.get(i)?.is_ascii_digit() || i > 0 && chars[i - 1].is_ascii_digit() {
        return None;
    }
    if chars
        .get(i + 4)
        .is_some_and(|c| c.is_ascii_digit() || *c == '年')
    {
        return None;
    }
    let a: i32 = chars
        .get(i..i + 4)?
        .iter()
        .collect::<String>()
        .parse()
        .ok()?;
    let (_, x) = after(chars, i + 4, RANGE_MARKS)?;
    let (q, e) = point_at(chars, x, words)?;
    let b = q.year.filter(|_| q.year_written && e >= x + 5)?;
    if !(1900..=2100).contains(&a) || b <= a || q.month.is_some() || q.part.is_some() {
        return None;
    }
    Some(Expr {
        start: i,
        end: e,
        point: Point {
            year: Some(a),
            year_written: true,
            ..Default::default()
        },
        shape: Shape::Range(Point {
            year: Some(b),
            year_written: true,
            ..Default::default()
        }),
        part_of_day: None,
        era: None,
    })
}

/// `1-4月` after a year: the first month has no 月 of its own.
fn month_range_at(chars: &[char], i: usize) -> Option<(u32, u32, usize)> {
    let (a, e) = small(chars, i, 1, 12)?;
    let (_, x) = after(
        chars,
        e,
        &["-", "~", "～", "至", "到", "—", "——", "－", "–"],
    )?;
    let (b, e2) = month_at(chars, x)?;
    if b > a { Some((a, b, e2)) } else { None }
}

/// Day of the week of a date: Monday 1 … Sunday 7.
fn weekday_of(date: (i32, u32, u32)) -> u32 {
    // 2024-01-01 was a Monday
    (day_number(date) - day_number((2024, 1, 1))).rem_euclid(7) as u32 + 1
}

/// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's
/// `days_from_civil`).
pub(crate) fn day_number((y, m, d): (i32, u32, u32)) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `k` days after `date` (proleptic Gregorian; the inverse of
/// [`day_number`], Howard Hinnant's `civil_from_days`).
pub(crate) fn add_days(date: (i32, u32, u32), k: i32) -> (i32, u32, u32) {
    let z = day_number(date) + k as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + (m <= 2) as i64) as i32;
    (y, m, d)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// What the resolver knows at a point of the document.
#[derive(Debug, Clone, Copy)]
pub struct Anchor {
    /// When the text was published, as far as known.
    pub publication: Option<crate::Published>,
}

impl Anchor {
    fn ymd(&self) -> Option<(i32, u32, u32)> {
        self.publication?.ymd()
    }
    fn ym(&self) -> Option<(i32, u32)> {
        let p = self.publication?;
        Some((p.year, p.month?))
    }
}

/// A resolved calendar point: year may still be unknown (EDTF `XXXX`).
#[derive(Debug, Clone, Copy)]
struct Resolved {
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    h: Option<u32>,
    mi: Option<u32>,
    s: Option<u32>,
}

impl Resolved {
    fn edtf(&self) -> String {
        let y = self.y.map_or("XXXX".to_string(), |y| format!("{y:04}"));
        match (self.m, self.d) {
            (Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y}-{m:02}"),
            (None, Some(d)) => format!("{y}-XX-{d:02}"),
            _ => y,
        }
    }
    fn granularity(&self) -> Granularity {
        match (self.m, self.d, self.h, self.mi, self.s) {
            (_, _, _, _, Some(_)) => Granularity::Second,
            (_, _, _, Some(_), _) => Granularity::Minute,
            (_, _, Some(_), _, _) => Granularity::Hour,
            (_, Some(_), _, _, _) => Granularity::Day,
            (Some(_), _, _, _, _) => Granularity::Month,
            _ => Granularity::Year,
        }
    }
    fn first(&self) -> Option<String> {
        let y = self.y?;
        Some(timestamp(
            (y, self.m.unwrap_or(1), self.d.unwrap_or(1)),
            (
                self.h.unwrap_or(0),
                self.mi.unwrap_or(0),
                self.s.unwrap_or(0),
            ),
        ))
    }
    fn last(&self) -> Option<String> {
        let y = self.y?;
        let m = self.m.unwrap_or(12);
        let d = self.d.unwrap_or_else(|| days_in_month(y, m));
        let (h, mi, s) = match (self.h, self.mi, self.s) {
            (Some(h), Some(mi), Some(s)) => (h, mi, s),
            (Some(h), Some(mi), None) => (h, mi, 59),
            (Some(h), None, _) => (h, 59, 59),
            _ => (23, 59, 59),
        };
        Some(timestamp((y, m, d), (h, mi, s)))
    }
}

/// `YYYY-MM-DDTHH:MM:SS`; the hour 24 of a day (`16日24时`, the end of it)
/// is written as 00 of the next, as ISO 8601 readers expect.
fn timestamp(day: crate::Ymd, (h, mi, s): (u32, u32, u32)) -> String {
    let ((y, m, d), h) = if h >= 24 {
        (add_days(day, 1), h - 24)
    } else {
        (day, h)
    };
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}")
}

/// The value of a named era narrowed to the years `from..=to`: a decade or
/// century keeps its own value (`199X`, `17XX`) as a part of a year keeps
/// the year; a plan period is its years (`2021/2025`), or the one year a
/// part of it names.
fn era_value(era: Era, from: i32, to: i32, shape: Shape) -> DateValue {
    let value = match era {
        Era::Decade(d) => format!("{}X", d / 10),
        Era::Century(c) => format!("{:02}XX", c / 100),
        Era::Plan(a, b) if (from, to) == (a, b) => format!("{a}/{b}"),
        Era::Plan(..) => format!("{from}"),
    };
    let since = shape == Shape::Since;
    DateValue {
        value: if since {
            format!("{}/..", value.split('/').next().unwrap_or(&value))
        } else {
            value
        },
        start: Some(format!("{from:04}-01-01T00:00:00")),
        end: (!since).then(|| format!("{to:04}-12-31T23:59:59")),
        granularity: Granularity::Year,
        year_inferred: false,
        part_of_day: None,
    }
}

/// The days `a..=b` as a date (a week, a lunar month), or the open period
/// starting at `a` or ending at `b` that `shape` makes of them.
fn day_span(a: crate::Ymd, b: crate::Ymd, shape: Shape, year_inferred: bool) -> DateValue {
    let f = |(y, m, d): crate::Ymd| format!("{y:04}-{m:02}-{d:02}");
    let (a, b) = (f(a), f(b));
    DateValue {
        value: match shape {
            Shape::Since => format!("{a}/.."),
            Shape::Until => format!("../{b}"),
            _ => format!("{a}/{b}"),
        },
        start: (shape != Shape::Until).then(|| format!("{a}T00:00:00")),
        end: (shape != Shape::Since).then(|| format!("{b}T23:59:59")),
        granularity: Granularity::Day,
        year_inferred,
        part_of_day: None,
    }
}

/// Finds and resolves every date in `chars` (document order).
pub(crate) fn dates(
    chars: &[char],
    words: &Words,
    anchor: Anchor,
) -> Vec<(usize, usize, DateValue)> {
    let mut exprs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(x) = year_range_at(chars, i, words).or_else(|| numeric_month_range_at(chars, i))
        {
            i = x.end;
            exprs.push(x);
            continue;
        }
        if let Some(mut x) = expr_at(chars, i, words) {
            // 2024年1-4月, 今年1至10月
            if (x.point.year.is_some() || x.point.rel_year.is_some() || x.point.same_year.is_some())
                && x.point.month.is_none()
                && x.point.part.is_none()
                && x.shape == Shape::Point
                && let Some((a, b, e)) = month_range_at(chars, x.end)
            {
                x.point.month = Some(a);
                x.shape = Shape::Range(Point {
                    month: Some(b),
                    ..Default::default()
                });
                x.end = e;
            }
            // 4月24~26日: a bare day number before a range to a day.
            if x.point.month.is_some()
                && x.point.day.is_none()
                && x.point.part.is_none()
                && x.shape == Shape::Point
                && let Some((a, _)) = small(chars, x.end, 1, 31)
                && let Some(sep) = after(
                    chars,
                    small(chars, x.end, 1, 31).map_or(x.end, |s| s.1),
                    RANGE_MARKS,
                )
                .map(|s| s.1)
                && let Some((b, e)) = day_at(chars, sep)
                && b > a
            {
                x.point.day = Some(a);
                x.shape = Shape::Range(Point {
                    day: Some(b),
                    ..Default::default()
                });
                x.end = e;
            }
            i = x.end.max(i + 1);
            exprs.push(x);
        } else if let Some((a, b, e)) = (crate::numeral::is_numeral_char(chars[i])
            && (i == 0 || !(chars[i - 1].is_ascii_digit() || matches!(chars[i - 1], '.' | '第'))))
        .then(|| month_range_at(chars, i))
        .flatten()
        {
            // `1至5月`, `1-5月`: months of a year the text goes on with
            exprs.push(Expr {
                start: i,
                end: e,
                point: Point {
                    month: Some(a),
                    ..Default::default()
                },
                shape: Shape::Range(Point {
                    month: Some(b),
                    ..Default::default()
                }),
                part_of_day: None,
                era: None,
            });
            i = e;
        } else if chars[i].is_ascii_digit() {
            // no date starts inside a run of digits (`999999…亿元`): one
            // look at the run, not one per digit
            i += chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        } else {
            i += 1;
        }
    }
    // (not a target: `到2025年，力争…` is no time of the article's events)
    let latest_named = exprs
        .iter()
        .filter(|x| x.point.year_written && !(x.start > 0 && chars[x.start - 1] == '到'))
        .filter_map(|x| x.point.year)
        .max();
    let pub_year = anchor.publication.map(|p| p.year);
    let mut last_year: Option<i32> = None;
    let mut last_day: Option<Resolved> = None;
    let mut out = Vec::new();
    let mut last_month: Option<(i32, u32)> = None;
    // (the month last written, where no year is known)
    let mut month_alone: Option<u32> = None;
    let mut last_point: Option<Resolved> = None;
    let mut last_written_day: Option<Resolved> = None;
    for x in exprs {
        if let Some((era, from, to)) = x.era {
            out.push((x.start, x.end, era_value(era, from, to, x.shape)));
            continue;
        }
        let infer = |last_year: Option<i32>| last_year.or(pub_year).or(latest_named);
        let p = x.point;
        let mut year_inferred = false;
        // months of a part counted within a quarter (上季度末)
        let mut month_shift = 0;
        let mut r = Resolved {
            y: p.year,
            m: p.month,
            d: p.day,
            h: p.hour,
            mi: p.minute,
            s: p.second,
        };
        if let Some((n, code)) = p.offset {
            // from the last date written, where it is as fine as the unit;
            // else from the publication date
            let pubd = anchor.publication;
            let day = last_written_day
                .and_then(|d| Some((d.y?, d.m?, d.d?)))
                .or_else(|| anchor.ymd());
            let month = last_point
                .and_then(|d| Some((d.y?, d.m?)))
                .or_else(|| anchor.ym());
            let year = last_point.and_then(|d| d.y).or(pubd.map(|p| p.year));
            match code {
                'Y' => {
                    let Some(y) = year else { continue };
                    r.y = Some(y + n);
                }
                'M' => {
                    let Some((y, m)) = month else { continue };
                    let t = y * 12 + m as i32 - 1 + n;
                    r.y = Some(t.div_euclid(12));
                    r.m = Some(t.rem_euclid(12) as u32 + 1);
                }
                'D' => {
                    let Some(d) = day else { continue };
                    let (y, m, dd) = add_days(d, n);
                    (r.y, r.m, r.d) = (Some(y), Some(m), Some(dd));
                }
                _ => {
                    // the week, Monday to Sunday, that many weeks away
                    let Some(d) = day else { continue };
                    let t = add_days(d, 7 * n);
                    let monday = add_days(t, 1 - weekday_of(t) as i32);
                    let sunday = add_days(monday, 6);
                    out.push((x.start, x.end, day_span(monday, sunday, x.shape, true)));
                    continue;
                }
            }
            year_inferred = true;
        } else if let Some(rel) = p.rel_quarter {
            let Some((py, pm)) = anchor.ym() else {
                continue;
            };
            let t = py * 4 + (pm as i32 - 1) / 3 + rel;
            r.y = Some(t.div_euclid(4));
            month_shift = 3 * t.rem_euclid(4) as u32;
            year_inferred = true;
        } else if let Some(k) = p.same_year {
            r.y = last_year.or(pub_year).map(|y| y + k);
            if r.y.is_none() {
                continue;
            }
            year_inferred = true;
        } else if let Some(rel) = p.rel_year {
            r.y = pub_year.map(|y| y + rel);
            year_inferred = true;
            if r.y.is_none() {
                continue;
            }
        } else if p.same_day || p.next_day {
            // 当天 before any day is written: the day of publication
            let published = || {
                anchor.ymd().map(|(y, m, d)| Resolved {
                    y: Some(y),
                    m: Some(m),
                    d: Some(d),
                    h: None,
                    mi: None,
                    s: None,
                })
            };
            let Some(day) = last_day.or_else(|| published().filter(|_| p.same_day)) else {
                continue;
            };
            r = Resolved {
                h: p.hour,
                mi: p.minute,
                s: p.second,
                ..day
            };
            if p.next_day {
                let Some((y, m, d)) = day.y.zip(day.m).zip(day.d).map(|((y, m), d)| (y, m, d))
                else {
                    continue;
                };
                let (y, m, d) = add_days((y, m, d), 1);
                (r.y, r.m, r.d) = (Some(y), Some(m), Some(d));
            }
            year_inferred = true;
        } else if let Some(w) = p.rel_week {
            let Some(pubd) = anchor.ymd() else {
                continue;
            };
            // Monday of the publication week, then the week asked for
            let monday = add_days(pubd, -(weekday_of(pubd) as i32 - 1) + 7 * w);
            let Some(d) = p.weekday else {
                let sunday = add_days(monday, 6);
                out.push((x.start, x.end, day_span(monday, sunday, Shape::Point, true)));
                continue;
            };
            let (y, m, dd) = add_days(monday, d as i32 - 1);
            (r.y, r.m, r.d) = (Some(y), Some(m), Some(dd));
            year_inferred = true;
        } else if let Some(k) = p.rel_day {
            let Some(pubd) = anchor.ymd() else {
                continue;
            };
            let (y, m, d) = add_days(pubd, k);
            (r.y, r.m, r.d) = (Some(y), Some(m), Some(d));
            year_inferred = true;
        } else if p.new_year {
            r.y = pub_year.or(latest_named);
            year_inferred = true;
        } else if let Some(yy) = p.short_year {
            // the century that puts the year at most ten years after the
            // publication year (98年 read in 2021 is 1998, 24年 is 2024)
            r.y = pub_year.or(latest_named).map(|base| {
                let y = base - base.rem_euclid(100) + yy as i32;
                if y > base + 10 { y - 100 } else { y }
            });
            year_inferred = true;
        } else if let Some(rel) = p.rel_month {
            let Some((py, pm)) = anchor.ym() else {
                continue;
            };
            let t = py * 12 + pm as i32 - 1 + rel;
            r.y = Some(t.div_euclid(12));
            r.m = Some(t.rem_euclid(12) as u32 + 1);
            year_inferred = true;
        } else if let Some(k) = p.same_month {
            match last_month.or(anchor.ym()) {
                Some((y, m)) => {
                    let t = y * 12 + m as i32 - 1 + k;
                    r.y = Some(t.div_euclid(12));
                    r.m = Some(t.rem_euclid(12) as u32 + 1);
                }
                // no year anywhere: the day of the month last written, or
                // of a month unknown (`8月20日…21日上午` → XXXX-08-21;
                // `21日上午` alone → XXXX-XX-21), still a date
                None if k == 0 => r.m = month_alone,
                None => continue,
            }
            year_inferred = true;
        } else if p.year.is_none() {
            r.y = infer(last_year);
            year_inferred = true;
        }
        // a day the calendar names: its solar day, or its days; the year
        // it was named in (a lunar year) is the one later dates take
        let named_year = p.named.and(r.y);
        if let Some(named) = p.named {
            let Some((a, b)) = r.y.and_then(|y| named.days(y)) else {
                continue;
            };
            if a != b {
                out.push((x.start, x.end, day_span(a, b, x.shape, year_inferred)));
                continue;
            }
            (r.y, r.m, r.d) = (Some(a.0), Some(a.1), Some(a.2));
        }
        // no such day (`31号` in a month of thirty): no date
        if let (Some(y), Some(m), Some(d)) = (r.y, r.m, r.d)
            && (m > 12 || d > days_in_month(y, m))
        {
            continue;
        }
        if let Some(h) = r.h {
            r.h = Some(hour_in_day(h, x.part_of_day));
        }
        if let Some(y) = r.y {
            last_year = named_year.or(Some(y));
            if let Some(m) = r.m {
                last_month = Some((y, m));
            }
        }
        month_alone = r.m.or(month_alone);
        if r.d.is_some() {
            last_day = Some(r);
        }
        // offsets count from dates written, not from other offsets
        if p.offset.is_none() {
            if r.y.is_some() {
                last_point = Some(r);
            }
            if r.d.is_some() {
                last_written_day = Some(r);
            }
        }
        // Parts: the value keeps the coarser unit, start/end the part.
        let (mut lo, mut hi) = (r, r);
        // A day with a part of day and no clock: the part's hours.
        if r.d.is_some()
            && r.h.is_none()
            && let Some(&(_, a, b)) = x
                .part_of_day
                .and_then(|w| parts_of_day().iter().find(|row| row.0 == w))
        {
            lo.h = Some(a);
            hi.h = Some(b);
        }
        let mut limit_month = None;
        match p.part {
            Some(Part::Months(a, b)) => {
                lo.m = Some(a + month_shift);
                hi.m = Some(b + month_shift);
                // a limit at a part of the year ends with its last month
                // (`明年初之前`, `截至一季度`)
                limit_month = Some(b + month_shift);
            }
            Some(Part::Days(a, b)) => {
                lo.d = Some(a);
                hi.d = Some(b.min(r.y.zip(r.m).map_or(31, |(y, m)| days_in_month(y, m))));
            }
            Some(Part::YearEnd) => {
                lo.m = Some(11);
                limit_month = Some(12);
            }
            Some(Part::MonthEnd) => {
                lo.d = Some(25);
                limit_month = r.m;
            }
            Some(Part::LastDays(n)) => {
                if let (Some(y), Some(m)) = (r.y, r.m) {
                    let last = days_in_month(y, m);
                    lo.d = Some(last + 1 - n.min(last));
                    hi.d = Some(last);
                }
            }
            Some(Part::NthWeekday(n, wd)) => {
                if let (Some(y), Some(m)) = (r.y, r.m) {
                    let first = (y, m, 1);
                    let day = add_days(first, (7 + wd as i32 - weekday_of(first) as i32) % 7);
                    let day = add_days(day, 7 * (n as i32 - 1));
                    // a fifth Sunday the month lacks is no date
                    if day.1 != m {
                        continue;
                    }
                    (lo.y, lo.m, lo.d) = (Some(day.0), Some(day.1), Some(day.2));
                    (hi.y, hi.m, hi.d) = (Some(day.0), Some(day.1), Some(day.2));
                    // one day: the value names it
                    r.d = Some(day.2);
                }
            }
            Some(Part::YearWeek(n) | Part::Week(n)) => {
                // the year's or the month's first Monday, then the n-th
                // week from it
                let first = match (p.part, r.y, r.m) {
                    (Some(Part::YearWeek(_)), Some(y), _) => Some((y, 1, 1)),
                    (Some(Part::Week(_)), Some(y), Some(m)) => Some((y, m, 1)),
                    _ => None,
                };
                if let Some(first) = first {
                    let (from, to) = nth_week_from(first, n);
                    (lo.y, lo.m, lo.d) = (Some(from.0), Some(from.1), Some(from.2));
                    (hi.y, hi.m, hi.d) = (Some(to.0), Some(to.1), Some(to.2));
                }
            }
            None => {}
        }
        let value_point = r;
        let part_of_day = x.part_of_day.map(str::to_string);
        let dv = match x.shape {
            Shape::Point => DateValue {
                value: value_point.edtf(),
                start: lo.first(),
                end: hi.last(),
                granularity: value_point.granularity(),
                year_inferred,
                part_of_day,
            },
            Shape::Since => DateValue {
                value: format!("{}/..", value_point.edtf()),
                start: lo.first(),
                end: None,
                granularity: value_point.granularity(),
                year_inferred,
                part_of_day,
            },
            Shape::Until => {
                let mut end = r;
                if let Some(m) = limit_month {
                    end.m = Some(m);
                }
                DateValue {
                    value: format!("../{}", end.edtf()),
                    start: None,
                    end: end.last(),
                    granularity: end.granularity(),
                    year_inferred,
                    part_of_day,
                }
            }
            Shape::Range(q) => {
                // a clock alone ends on the start's day, in its part of day
                let same_day = q.hour.is_some() && q.day.is_none() && q.month.is_none();
                let mut e = Resolved {
                    y: q.year
                        .or(q.rel_year.and_then(|rel| pub_year.map(|y| y + rel)))
                        .or(r.y),
                    m: q.month.or(if q.year.is_some() { None } else { r.m }),
                    d: q.day.or(if same_day { r.d } else { None }),
                    h: q.hour.map(|h| hour_in_day(h, q.day_part.or(x.part_of_day))),
                    mi: q.minute,
                    s: q.second,
                };
                if q.year.is_some() && q.month.is_none() {
                    e.m = None;
                }
                if let Some(y) = e.y {
                    last_year = Some(y);
                }
                // `至下午6点` ends at 18:00, not at the end of that hour
                let mut end = e.last();
                if e.h.is_some() && e.mi.is_none() {
                    end = end.map(|t| format!("{}00:00", &t[..14]));
                }
                let (from, to) = (value_point.edtf(), e.edtf());
                DateValue {
                    // hours of one day are that day
                    value: if from == to {
                        from
                    } else {
                        format!("{from}/{to}")
                    },
                    start: r.first(),
                    end,
                    granularity: value_point.granularity(),
                    year_inferred,
                    part_of_day,
                }
            }
        };
        out.push((x.start, x.end, dv));
    }
    join_ranges(chars, out)
}

/// Two dates with a range mark between them (`去年春节到元宵节`,
/// `上周三到这周二`, `2014年11月到下个月9号`) are one period, from the start
/// of the first to the end of the second — where each is closed, neither is
/// already a range, and the second does not end before the first begins.
/// The grammar reads ranges it can see whole (`4月24~26日`, `2018年至2020年`);
/// this joins ends it reads apart, relative and named ones included.
fn join_ranges(
    chars: &[char],
    dates: Vec<(usize, usize, DateValue)>,
) -> Vec<(usize, usize, DateValue)> {
    let mut out: Vec<(usize, usize, DateValue)> = Vec::with_capacity(dates.len());
    for (s, e, d) in dates {
        if let Some((_, pe, p)) = out.last_mut() {
            let gap: String = chars[*pe..s]
                .iter()
                .filter(|c| !c.is_whitespace())
                .collect();
            let closed =
                |d: &DateValue| d.start.is_some() && d.end.is_some() && !d.value.contains('/');
            // (`2019年初至2021年末`: the end read `至…年末` as a limit of its
            // own, taking the range mark; after a start it ends the range)
            let limit_after = gap.is_empty()
                && RANGE_MARKS.contains(&chars[s].to_string().as_str())
                && d.value.starts_with("../")
                && d.end.is_some();
            let joins = RANGE_MARKS.contains(&gap.as_str()) && closed(&d) || limit_after;
            if joins && closed(p) && d.end >= p.start {
                let a = p.value.clone();
                let b = d.value.trim_start_matches("../").to_string();
                p.value = if a == b { a } else { format!("{a}/{b}") };
                p.end = d.end;
                p.year_inferred |= d.year_inferred;
                if p.part_of_day != d.part_of_day {
                    p.part_of_day = None;
                }
                *pe = e;
                continue;
            }
        }
        out.push((s, e, d));
    }
    out
}

/// Units of a length of time: (word, code, `多` built in). Codes are ISO
/// 8601's (`m` minutes, `s` seconds), plus `Q` (a quarter, three months) and
/// `k` (刻钟, fifteen minutes).
const DURATION_UNITS: &[(&str, char, bool)] = &[
    ("个多月", 'M', true),
    ("个月", 'M', false),
    ("年多", 'Y', true),
    ("年", 'Y', false),
    ("周年", 'Y', false),
    ("周", 'W', false),
    ("星期", 'W', false),
    ("个星期", 'W', false),
    ("礼拜", 'W', false),
    ("个礼拜", 'W', false),
    // literary: 七载春秋
    ("载", 'Y', false),
    ("个多星期", 'W', true),
    ("个季度", 'Q', false),
    ("天", 'D', false),
    ("日", 'D', false),
    ("小时", 'H', false),
    ("个小时", 'H', false),
    ("钟头", 'H', false),
    ("个钟头", 'H', false),
    ("分钟", 'm', false),
    ("刻钟", 'k', false),
    ("秒钟", 's', false),
    ("秒", 's', false),
];

/// `P4Y` then `P6M` written together (`四年六个月`) are one length, `P4Y6M`;
/// `None` unless the second's units are all smaller than the first's.
fn compose(a: &str, b: &str) -> Option<String> {
    const ORDER: &str = "YMWDhms";
    // units in order, time units marked lower-case
    let units = |iso: &str| -> Vec<char> {
        let mut in_time = false;
        iso.chars()
            .skip(1)
            .filter_map(|c| {
                if c == 'T' {
                    in_time = true;
                    None
                } else if c.is_ascii_alphabetic() {
                    Some(if in_time { c.to_ascii_lowercase() } else { c })
                } else {
                    None
                }
            })
            .collect()
    };
    let rank = |c: char| ORDER.find(c);
    let (ua, ub) = (units(a), units(b));
    let last_a = rank(*ua.last()?)?;
    let first_b = rank(*ub.first()?)?;
    if first_b <= last_a {
        return None;
    }
    let (a_time, b_time) = (a.contains('T'), b.contains('T'));
    Some(match (a_time, b_time) {
        (false, _) => format!("{a}{}", &b[1..]),
        (true, true) => format!("{a}{}", &b[2..]),
        (true, false) => return None,
    })
}

/// A length of time as written at `i`: a number, 多/余, a unit, 半
/// (`3年`, `七年多`, `两个半月`, `一年半`), or 半 and a unit (`半年`).
#[derive(Debug, Clone, Copy)]
struct Length {
    value: f64,
    /// The unit's code in [`DURATION_UNITS`].
    code: char,
    more: bool,
    /// The number as read by the numeral scanner (`None` for `半年`).
    number: Option<numeral::Numeral>,
    end: usize,
}

fn length_at(chars: &[char], i: usize) -> Option<Length> {
    let (mut value, number, mut e) = if chars.get(i) == Some(&'半') {
        (0.5, None, i + 1)
    } else {
        let n = numeral::scan(chars, i)?;
        (n.value, Some(n), n.end)
    };
    let mut more = false;
    if number.is_some() && matches!(chars.get(e), Some('多' | '余')) {
        more = true;
        e += 1;
    }
    // `两个半月`: the half before the unit's last character
    if number.is_some() && at(chars, e, "个半") {
        let (&(_, code, _), x) = row_at(chars, e + 2, &[("月", 'M', false), ("小时", 'H', false)])?;
        return Some(Length {
            value: value + 0.5,
            code,
            more,
            number,
            end: x,
        });
    }
    // `近3月`, `近三月`: after 近 a bare 月 counts months (elsewhere `三月`
    // is March)
    let (code, m, mut x) = match row_at(chars, e, DURATION_UNITS) {
        Some((&(_, code, m), x)) => (code, m, x),
        None if number.is_some()
            && chars.get(e) == Some(&'月')
            && i > 0
            && chars[i - 1] == '近' =>
        {
            ('M', false, e + 1)
        }
        None => return None,
    };
    if number.is_none() && !matches!(code, 'Y' | 'M' | 'D' | 'H' | 'W') {
        return None;
    }
    // `二〇三五年`, `九八年`: Chinese digits written one by one before 年
    // spell a year, not a number of years (`三五年` is three to five years)
    if code == 'Y'
        && let Some(n) = number
        && n.upper.is_none()
        && n.end - n.start >= 2
        && chars[n.start..n.end]
            .iter()
            .all(|&c| matches!(c, '〇' | '零' | '○') || (c != '十' && numeral::digit(c).is_some()))
    {
        return None;
    }
    // `100日元` is money
    if matches!(chars.get(x), Some('元' | '圆')) {
        return None;
    }
    more |= m;
    // `两年半`, `一个半小时`
    if number.is_some() && chars.get(x) == Some(&'半') && code != 'k' {
        value += 0.5;
        x += 1;
    }
    Some(Length {
        value,
        code,
        more,
        number,
        end: x,
    })
}

/// Marks between the ends of a range.
const RANGE_MARKS: &[&str] = &["~", "～", "-", "—", "－", "——", "–", "至", "到"];

/// The ISO 8601 duration of `value` units `code` (a code of
/// [`DURATION_UNITS`]): quarters are months, 刻钟 minutes, and a fraction of
/// a year months; another fraction stays on its unit, as ISO 8601 allows on
/// the last one.
fn iso_length(value: f64, code: char) -> String {
    let (code, value) = match code {
        'Q' => ('M', value * 3.0),
        'k' => ('m', value * 15.0),
        'Y' if value.fract() != 0.0 => ('M', (value * 12.0).round()),
        c => (c, value),
    };
    let v = if value.fract() == 0.0 {
        format!("{}", value as u64)
    } else {
        format!("{}", (value * 1000.0).round() / 1000.0)
    };
    match code {
        'H' => format!("PT{v}H"),
        'm' => format!("PT{v}M"),
        's' => format!("PT{v}S"),
        c => format!("P{v}{c}"),
    }
}

/// Roughly how long an ISO 8601 duration is, in seconds (a month 30 days,
/// a year 365), to order the ends of a range.
fn iso_seconds(iso: &str) -> f64 {
    let Some(rest) = iso.strip_prefix('P') else {
        return f64::NAN;
    };
    let (mut total, mut num, mut in_time) = (0.0, String::new(), false);
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' | '.' => num.push(c),
            u => {
                let n: f64 = num.parse().unwrap_or(f64::NAN);
                num.clear();
                total += n * match (in_time, u) {
                    (false, 'Y') => 365.0 * 86_400.0,
                    (false, 'M') => 30.0 * 86_400.0,
                    (false, 'W') => 7.0 * 86_400.0,
                    (false, 'D') => 86_400.0,
                    (true, 'H') => 3_600.0,
                    (true, 'M') => 60.0,
                    (true, 'S') => 1.0,
                    _ => f64::NAN,
                };
            }
        }
    }
    total
}

/// Lengths of time: `为期10天`, `3年为期`, `七年多来`, `近一年里`, `三年`,
/// ranges of them (`3~6个月` → `min` P3M, `max` P6M) and open ones
/// (`三十年以上`: more than P30Y).
/// Half a unit as a length (`为期半年` → P6M, `近半个月来`, `半年以来`),
/// where a frame says it is one: 为期, 连续, 近 or 约 before it, or 来, 以来,
/// 里, 内 after.  Alone, `半年` is as often a time (`每半年`, `上半年`, the
/// latter read as a date before this).
fn half_length(chars: &[char], i: usize, floor: usize) -> Option<(usize, usize, DurationValue)> {
    let len = length_at(chars, i).filter(|l| l.number.is_none())?;
    let mut start = i;
    let mut qualifier = Qualifier::Exact;
    let framed_before = if i >= floor + 2 && (at(chars, i - 2, "为期") || at(chars, i - 2, "连续"))
    {
        start = i - 2;
        true
    } else if i > floor && matches!(chars[i - 1], '近' | '约') {
        start = i - 1;
        qualifier = Qualifier::About;
        true
    } else {
        false
    };
    let tail = after(chars, len.end, &["以来", "来", "里", "内"]);
    if !framed_before && tail.is_none() {
        return None;
    }
    let end = tail.map_or(len.end, |(_, e)| e);
    let value = DurationValue {
        value: iso_length(len.value, len.code),
        qualifier,
        min: None,
        max: None,
    };
    Some((start, end, value))
}

pub(crate) fn durations(
    chars: &[char],
    words: &Words,
    dates: &[(usize, usize)],
) -> Vec<(usize, usize, DurationValue)> {
    let mut out: Vec<(usize, usize, DurationValue)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let in_date = dates.iter().any(|&(s, e)| s <= i && i < e);
        if in_date || (i > 0 && numeral::is_numeral_char(chars[i - 1])) {
            i += 1;
            continue;
        }
        // What a reading before has taken is no prefix of this one
        // (`以3天为期为期5天`: the first 为期 closes the first length).
        let floor = out.last().map_or(0, |o| o.1);
        if chars[i] == '半' {
            if let Some(found) = half_length(chars, i, floor) {
                i = found.1;
                out.push(found);
            } else {
                i += 1;
            }
            continue;
        }
        let Some(n) = numeral::scan(chars, i) else {
            i += 1;
            continue;
        };
        // `36天5小时30分`: after hours, 分 alone is minutes
        if let Some((_, last_end, last)) = out.last_mut()
            && *last_end == i
            && n.value.fract() == 0.0
            && n.value < 60.0
            && last.value.ends_with('H')
            && chars.get(n.end) == Some(&'分')
        {
            let tail = compose(&last.value, &format!("PT{}M", n.value as u32));
            if let Some(value) = tail.filter(|_| chars.get(n.end + 1) != Some(&'钟')) {
                last.value = value;
                *last_end = n.end + 1;
                i = n.end + 1;
                continue;
            }
        }
        let Some(len) = length_at(chars, i) else {
            i = n.end.max(i + 1);
            continue;
        };
        let (value, code, x) = (len.value, len.code, len.end);
        let qualifier = if len.more {
            Qualifier::MoreThan
        } else {
            Qualifier::Exact
        };
        // Not a year (2018年), not an ordinal (第三年), not a 年级.
        let year_like = code == 'Y' && (n.arabic_digits.is_some_and(|d| d >= 3) || value >= 100.0);
        let ordinal = i > 0 && chars[i - 1] == '第';
        let next = chars.get(x).copied();
        let continues_date = code == 'Y'
            && (matches!(next, Some('级' | '初' | '底' | '末' | '度' | '代' | '前'))
                || at(chars, x, "以来") && value >= 1000.0);
        if year_like
            || ordinal
            || continues_date
            || n.upper.is_some()
            || value <= 0.0
            || !words.starts_word(i)
                && !matches!(
                    chars.get(i.wrapping_sub(1)),
                    Some('近' | '约' | '为' | '期' | '续' | '达')
                )
        {
            i = x;
            continue;
        }
        let mut start = i;
        let mut end = x;
        let mut qualifier = qualifier;
        let mut accepted = code != 'Y'
            || numeral::digit(chars[i]).is_some()
            || chars[i] == '十'
            || n.arabic_digits.is_some_and(|d| d <= 2);
        if let Some((_, y)) = after(chars, end, &["为期", "来", "以来", "里", "内", "间"]) {
            end = y;
            accepted = true;
        }
        if start >= floor + 2 && (at(chars, start - 2, "为期") || at(chars, start - 2, "连续"))
        {
            start -= 2;
            accepted = true;
        } else if start > floor && matches!(chars[start - 1], '近' | '约') {
            start -= 1;
            qualifier = Qualifier::About;
        }
        // `三天三夜`: the nights of as many days add nothing to the length
        let number: Vec<char> = chars[i..n.end].to_vec();
        let x = if code == 'D'
            && end == x
            && chars.get(x..x + number.len()) == Some(&number[..])
            && chars.get(x + number.len()) == Some(&'夜')
        {
            end = x + number.len() + 1;
            end
        } else {
            x
        };
        if !accepted
            || (code == 'D' && !(at(chars, i.saturating_sub(2), "为期") || words.ends_word(x)))
        {
            i = x;
            continue;
        }
        let iso = iso_length(value, code);
        // `3~6个月`, `100到200个小时`: a bare number and a range mark before
        // the length are its lower bound, in its unit
        let mut min = None;
        if let Some((mark, _)) = (1..=2)
            .filter_map(|k| Some((k, start.checked_sub(k)?)))
            .find(|&(_, m)| {
                RANGE_MARKS
                    .iter()
                    .any(|r| at(chars, m, r) && m + r.chars().count() == start)
            })
            && let Some(from) = (floor..start - mark)
                .rev()
                .take_while(|&k| numeral::is_numeral_char(chars[k]))
                .last()
            && let Some(lo) = numeral::scan(chars, from).filter(|lo| lo.end == start - mark)
            && lo.upper.is_none()
            && lo.value > 0.0
            && lo.value < value
        {
            min = Some(iso_length(lo.value, code));
            start = from;
        }
        // `三十年以上`, `六个月以下`
        if let Some((w, y)) = after(chars, end, &["以上", "以下"]) {
            qualifier = if w == "以上" {
                Qualifier::MoreThan
            } else {
                Qualifier::LessThan
            };
            end = y;
        }
        if let Some(min) = min {
            out.push((
                start,
                end,
                DurationValue {
                    value: min.clone(),
                    qualifier: Qualifier::About,
                    min: Some(min),
                    max: Some(iso),
                },
            ));
            i = end;
            continue;
        }
        // `四年六个月`, `27分钟7秒`: lengths written together are one
        if let Some((_, last_end, last)) = out.last_mut()
            && *last_end == start
            && let Some(joined) = compose(&last.value, &iso)
        {
            *last_end = end;
            last.value = joined;
            i = end;
            continue;
        }
        // `3天——8天`, `13天—8周`, `3年以上7年以下`: two lengths, a range
        if let Some((_, e0, last)) = out.last_mut()
            && last.min.is_none()
            && {
                let gap: String = chars[*e0..start].iter().collect();
                RANGE_MARKS.contains(&gap.as_str())
                    || (last.qualifier == Qualifier::MoreThan
                        && qualifier == Qualifier::LessThan
                        && matches!(gap.as_str(), "" | "," | "，" | "、"))
            }
            && iso_seconds(&last.value) < iso_seconds(&iso)
        {
            *e0 = end;
            last.min = Some(last.value.clone());
            last.max = Some(iso);
            last.qualifier = Qualifier::About;
            i = end;
            continue;
        }
        out.push((
            start,
            end,
            DurationValue {
                value: iso,
                qualifier,
                min: None,
                max: None,
            },
        ));
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters of `text` and its word boundaries.
    fn segmented(text: &str) -> (Vec<char>, Words) {
        let chars: Vec<char> = text.chars().collect();
        let seg = bangfu_segment::Segmenter::shared();
        let words: Vec<(usize, usize)> = seg.words(text).iter().map(|w| (w.start, w.end)).collect();
        let words = Words::new(chars.len(), &words);
        (chars, words)
    }

    /// The dates of `text` as (text, value) pairs.
    fn run(text: &str, publication: Option<(i32, u32, u32)>) -> Vec<(String, String)> {
        resolved(text, publication)
            .into_iter()
            .map(|(t, v)| (t, v.value))
            .collect()
    }

    /// The dates of `text` with their whole values.
    fn resolved(text: &str, publication: Option<(i32, u32, u32)>) -> Vec<(String, DateValue)> {
        let (chars, words) = segmented(text);
        dates(
            &chars,
            &words,
            Anchor {
                publication: publication.map(crate::Published::from),
            },
        )
        .into_iter()
        .map(|(s, e, v)| (chars[s..e].iter().collect(), v))
        .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn partial_dates_take_the_latest_written_year() {
        let got = run(
            "2017年5月1日开工。2016年回顾：6月3日完成。随后8月9日验收。",
            Some((2020, 1, 1)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("2017年5月1日", "2017-05-01"),
                ("2016年", "2016"),
                ("6月3日", "2016-06-03"),
                ("8月9日", "2016-08-09")
            ])
        );
        // With nothing before, the publication year; without that, the latest year named.
        assert_eq!(
            run("7月1日启动，2015年完成。", Some((2021, 3, 1)))[0].1,
            "2021-07-01"
        );
        assert_eq!(run("7月1日启动，2015年完成。", None)[0].1, "2015-07-01");
        assert_eq!(run("7月1日启动。", None)[0].1, "XXXX-07-01");
        // a day alone takes the month last written, year or no year; with
        // neither it is a day of a month unknown — a date, not ten days
        assert_eq!(
            run("7月1日启动。3日上午，专家到达。", None)[1].1,
            "XXXX-07-03"
        );
        assert_eq!(
            run("10日，湖滨医院正式托管青岚医院。", None)[0].1,
            "XXXX-XX-10"
        );
        // a target year is no time of the article's events
        assert_eq!(
            run("6月5日电 通知要求，到2025年，力争实现…", None)[0].1,
            "XXXX-06-05"
        );
    }

    #[test]
    fn ranges_and_open_periods() {
        let got = run(
            "于4月24~26日举行，2012年至2014年间，2021年以来，2030年底前完成，截至2022年底，2020年1-4月",
            Some((2019, 1, 1)),
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            values,
            [
                "2019-04-24/2019-04-26",
                "2012/2014",
                "2021/..",
                "../2030-12",
                "../2022-12",
                "2020-01/2020-04"
            ]
        );
    }

    #[test]
    fn relative_and_parts() {
        let got = run(
            "去年12月中旬，今年年初，上半年，2016年第三季度，5月9日上午",
            Some((2024, 5, 10)),
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(values, ["2023-12", "2024", "2024", "2016", "2016-05-09"]);
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert!(run("接诊2069人次，床位1800张，提前一年完成", None).is_empty());
        assert!(run("前期调研，“当日出”", None).is_empty());
        // not the month 2月 out of 12个月: a length from the anchor
        assert_eq!(
            run("12个月后", Some((2020, 1, 1))),
            pairs(&[("12个月后", "2021-01")])
        );
    }

    #[test]
    fn word_tables_read_every_row() {
        let rows = |t: &str| bangfu_segment::data_lines(t).count();
        assert_eq!(
            parts_of_day().len(),
            rows(include_str!("../data/parts_of_day.txt"))
        );
        assert_eq!(
            deictic().len(),
            rows(include_str!("../data/deictic_days.txt"))
        );
        assert_eq!(
            era_tails().len(),
            rows(include_str!("../data/era_tails.txt"))
        );
        assert_eq!(run("大大后天", Some((2021, 6, 14)))[0].1, "2021-06-18");
        // the hour after a part of day is read from that part's hours
        for (text, hour) in [
            ("今天中午1点", 13),
            ("今天深夜11点", 23),
            ("今天凌晨3点", 3),
            ("今天傍晚6点", 18),
            ("今天半夜11点", 23),
            ("今天半夜1点", 1),
            ("今天下午15时", 15),
        ] {
            let start = spans(text, Some((2021, 6, 14)))[0].1.clone();
            assert_eq!(start[11..13].parse::<u32>().unwrap(), hour, "{text}");
        }
    }

    #[test]
    fn lengths_before_or_after_the_anchor() {
        let got = run(
            "两年前启动；3天后复查；半年之后验收；4周后；两天之前；后勤3年后备",
            Some((2021, 6, 14)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("两年前", "2019"),
                ("3天后", "2021-06-17"),
                ("半年之后", "2021-12/.."),
                ("4周后", "2021-07-12/2021-07-18"),
                ("两天之前", "../2021-06-12"),
            ])
        );
        // a length is not read out of a vague or longer number
        assert!(run("几十年之后；数十年前", Some((2021, 6, 14))).is_empty());
        // from the last date written, not from the publication date
        assert_eq!(
            run(
                "2019年3月5日，专家抵达。3天后，义诊开始",
                Some((2021, 6, 14))
            )[1]
            .1,
            "2019-03-08"
        );
        // a year written as one stays a limit; lengths under a day and
        // lengths with no anchor are no dates
        assert_eq!(run("2025年前", None)[0].1, "../2025");
        // ends read apart are one period when a range mark joins them
        let base = Some((2021, 6, 14));
        assert_eq!(
            run("去年春节到元宵节", Some((2020, 6, 1)))[0].1,
            "2019-02-05/2019-02-19"
        );
        assert_eq!(
            run("从上个月到今天", base),
            [("上个月到今天".to_string(), "2021-05/2021-06-14".to_string())]
        );
        assert_eq!(run("上周三到这周二", base)[0].1, "2021-06-09/2021-06-15");
        // an end before the start, or a range already, stays apart
        assert_eq!(run("今天到昨天", base).len(), 2);
        assert_eq!(run("2018年至2020年到今年", base).len(), 2);
        // a clock after a relative day's clock is that day
        assert_eq!(run("今天下午1点到3点十分", base).len(), 1);
        // a first year whose 年 the second implies
        assert_eq!(run("2024—2026年结对", None)[0].1, "2024/2026");
        assert_eq!(run("2018-2020年", None)[0].1, "2018/2020");
        assert_eq!(run("2024-05-10", None)[0].1, "2024-05-10");
        // the first or last days of a month
        let base = Some((2021, 6, 14));
        assert_eq!(spans("这个月前两天", base)[0].1, "2021-06-01T00:00:00");
        assert_eq!(spans("这个月前两天", base)[0].2, "2021-06-02T23:59:59");
        assert_eq!(spans("上月最后五天", base)[0].1, "2021-05-27T00:00:00");
        assert_eq!(spans("2021年2月最后三天", base)[0].1, "2021-02-26T00:00:00");
        // a limit before a month is still a limit
        assert_eq!(run("2025年4月前完成", None)[0].1, "../2025-04");
        // the n-th weekday of a month is that day
        assert_eq!(run("2021年6月第3个星期日", None)[0].1, "2021-06-20");
        assert_eq!(run("2021年八月份的第一个周二", None)[0].1, "2021-08-03");
        assert_eq!(run("2021年3月第三周", None)[0].1, "2021-03");
        assert!(run("2021年2月第5个星期一", None).is_empty());
        // quarters of an hour; a weekday between a date and its clock
        let starts = |t: &str| spans(t, None).into_iter().map(|x| x.1).collect::<Vec<_>>();
        assert_eq!(starts("2021年4月26日20时1刻"), ["2021-04-26T20:15:00"]);
        assert_eq!(
            starts("2021年6月1日（星期六）上午10时"),
            ["2021-06-01T10:00:00"]
        );
        assert_eq!(
            starts("2021年6月1日周六早上10点钟"),
            ["2021-06-01T10:00:00"]
        );
        assert_eq!(
            starts("2021年6月1日（星期六），专家抵达"),
            ["2021-06-01T00:00:00"]
        );
        // so is one in Chinese digits written one by one (not 2035 years)
        assert_eq!(run("二〇三五年前", Some((2021, 6, 14)))[0].1, "../2035");
        assert_eq!(run("二零二一年后", Some((2021, 6, 14)))[0].1, "2021");
        assert!(run("6小时后；一个半小时前", Some((2021, 6, 14))).is_empty());
        assert!(run("3天后", None).is_empty());
    }

    #[test]
    fn chinese_numerals_and_numeric_forms() {
        let got = run("二〇一八年九月十四日，2018-11-29 18:59，20240307", None);
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(values, ["2018-09-14", "2018-11-29", "2024-03-07"]);
    }

    /// Like `run`, with the inclusive start and end.
    fn spans(text: &str, publication: Option<(i32, u32, u32)>) -> Vec<(String, String, String)> {
        resolved(text, publication)
            .into_iter()
            .map(|(t, v)| (t, v.start.unwrap_or_default(), v.end.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn plan_periods_decades_and_centuries() {
        let got = run(
            "“十二五”期间建成新院，“九五”以来持续投入。上世纪60年代，这里只有卫生所；\
             七十年代末改建；20世纪初已有诊所，19世纪的旧址保留。“十四五”医疗规划印发。",
            None,
        );
        assert_eq!(
            got,
            pairs(&[
                ("“十二五”期间", "2011/2015"),
                ("“九五”以来", "1996/.."),
                ("上世纪60年代", "196X"),
                ("七十年代末", "197X"),
                ("20世纪初", "19XX"),
                ("19世纪", "18XX"),
            ])
        );
        let s = spans("“十三五”末，七十年代末", None);
        assert_eq!(s[0].1, "2020-01-01T00:00:00");
        assert_eq!(s[1].1, "1977-01-01T00:00:00");
        assert_eq!(s[1].2, "1979-12-31T23:59:59");
        // a plan name before a noun is a document, and a bare 20年代 has no century
        assert!(run("印发“十四五”规划；20年代的建筑", None).is_empty());
    }

    #[test]
    fn months_relative_to_publication_and_to_the_last_date() {
        let got = run(
            "本月3日签约，上个月20号出发，下月起开诊。去年11月到岗，当月接诊500人次。",
            Some((2023, 1, 15)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("本月3日", "2023-01-03"),
                ("上个月20号", "2022-12-20"),
                ("下月起", "2023-02/.."),
                ("去年11月", "2022-11"),
                ("当月", "2022-11"),
            ])
        );
        // with no publication date a relative month cannot be placed
        assert!(run("本月3日签约", None).is_empty());
    }

    #[test]
    fn two_digit_years_need_a_month_after_them() {
        let got = run(
            "97年7月1日回归，零八年8月开幕，20年底完工；工作15年。",
            Some((2015, 6, 1)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("97年7月1日", "1997-07-01"),
                ("零八年8月", "2008-08"),
                ("20年底", "2020"),
            ])
        );
    }

    #[test]
    fn leading_months_and_quarter_ends() {
        let s = spans(
            "2020年前三季度，2021年前五个月，前两个季度，2019年四季度初",
            None,
        );
        let ends: Vec<(&str, &str)> = s.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            ends,
            [
                ("2020-01-01T00:00:00", "2020-09-30T23:59:59"),
                ("2021-01-01T00:00:00", "2021-05-31T23:59:59"),
                ("2021-01-01T00:00:00", "2021-06-30T23:59:59"),
                ("2019-10-01T00:00:00", "2019-10-31T23:59:59"),
            ]
        );
    }

    #[test]
    fn afternoon_and_evening_clocks_are_past_noon() {
        let s = spans(
            "3月5日下午3:30开幕，3月6日晚上8点闭幕，3月7日上午10时出发，当天中午1点抵达",
            Some((2022, 3, 1)),
        );
        let starts: Vec<&str> = s.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            starts,
            [
                "2022-03-05T15:30:00",
                "2022-03-06T20:00:00",
                "2022-03-07T10:00:00",
                "2022-03-07T13:00:00"
            ]
        );
    }

    #[test]
    fn days_relative_to_publication_and_to_the_last_date() {
        let s = spans(
            "昨天上午10时专家抵达。今晚8点开会。次日开展义诊，当晚十时返回。",
            Some((2024, 3, 1)),
        );
        let got: Vec<(&str, &str)> = s.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
        assert_eq!(
            got,
            [
                ("昨天上午10时", "2024-02-29T10:00:00"),
                ("今晚8点", "2024-03-01T20:00:00"),
                ("次日", "2024-03-02T00:00:00"),
                ("当晚十时", "2024-03-02T22:00:00"),
            ]
        );
        // the year turns with the days
        assert_eq!(
            run("明天", Some((2023, 12, 31))),
            pairs(&[("明天", "2024-01-01")])
        );
        assert!(run("今天", None).is_empty());
    }

    #[test]
    fn a_day_alone_takes_the_month_of_its_context() {
        let got = run(
            "2019年3月5日启动。9日上午，专家抵达；12日举行义诊。",
            Some((2019, 4, 1)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("2019年3月5日", "2019-03-05"),
                ("9日上午", "2019-03-09"),
                ("12日", "2019-03-12")
            ])
        );
        // nothing before it: the publication month
        assert_eq!(
            run("记者10日从市卫健委获悉", Some((2024, 5, 12))),
            pairs(&[("10日", "2024-05-10")])
        );
        // a day the month does not have
        assert!(run("31号，", Some((2021, 6, 14))).is_empty());
        // counts of days, house numbers, ordinals are not days
        for text in [
            "3号病房",
            "1号文件",
            "第3日",
            "7日内完成",
            "连续5日",
            "历时15日",
            "两日",
            "三日游",
        ] {
            assert!(run(text, Some((2024, 5, 12))).is_empty(), "{text}");
        }
    }

    #[test]
    fn lunar_dates_festivals_and_solar_terms() {
        let got = run(
            "2021年农历八月十五晚8点；腊月初十；正月；2023年除夕；2024年冬至；清明节；2019年端午节；明年母亲节",
            Some((2021, 6, 14)),
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            values,
            [
                "2021-09-21",
                "2022-01-12",
                "2021-02-12/2021-03-12",
                "2024-02-09",
                "2024-12-21",
                "2024-04-04",
                "2019-06-07",
                "2022-05-08",
            ]
        );
        // solar dates stay solar; a term that is also a word needs a year
        assert_eq!(run("3月15日", Some((2021, 6, 14)))[0].1, "2021-03-15");
        assert!(run("昨夜一场大雪", Some((2021, 6, 14))).is_empty());
        assert_eq!(run("2022年大年初一", None)[0].1, "2022-02-01");
        // a leap month only where the year has one
        assert_eq!(
            run("闰四月", Some((2020, 6, 1)))[0].1,
            "2020-05-23/2020-06-20"
        );
        assert!(run("闰四月", Some((2021, 6, 1))).is_empty());
    }

    #[test]
    fn relative_quarters_weeks_and_the_same_year() {
        let s = spans("上季度末；本季度；上上周；上一个月", Some((2021, 6, 14)));
        let got: Vec<(&str, &str)> = s.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2021-03-01T00:00:00", "2021-03-31T23:59:59"),
                ("2021-04-01T00:00:00", "2021-06-30T23:59:59"),
                ("2021-05-31T00:00:00", "2021-06-06T23:59:59"),
                ("2021-05-01T00:00:00", "2021-05-31T23:59:59"),
            ]
        );
        // 同年 is the year last written, not the publication year
        assert_eq!(
            run("2019年3月启动，同年5月验收", Some((2021, 6, 14)))[1].1,
            "2019-05"
        );
        // months written as a range with no year take the year the text
        // goes on with (`1至5月`), but not from inside a number or an
        // ordinal (`第1-5月`)
        assert_eq!(
            run("2019年启动。1至5月完成", Some((2021, 6, 14)))[1],
            ("1至5月".to_string(), "2019-01/2019-05".to_string())
        );
        assert_eq!(
            run("1-5月完成", Some((2021, 6, 14)))[0].1,
            "2021-01/2021-05"
        );
        assert_eq!(run("第1-5月", Some((2021, 6, 14)))[0].0, "5月");
        // a holiday's name that is also a number, before a word of its time
        assert_eq!(
            run("五一期间开展义诊", Some((2021, 6, 14)))[0].1,
            "2021-05-01"
        );
        assert!(run("十一名专家", Some((2021, 6, 14))).is_empty());
        // so is 全年, as a whole word only (not in 全年龄段)
        assert_eq!(
            run("2019年派出专家20名。全年开展会诊300例", Some((2021, 6, 14))),
            [
                ("2019年".to_string(), "2019".to_string()),
                ("全年".to_string(), "2019".to_string())
            ]
        );
        assert!(run("为全年龄段患者服务", Some((2021, 6, 14))).is_empty());
    }

    #[test]
    fn a_start_opened_by_zi_and_closed_by_yilai_further_on_is_open() {
        let pubd = Some((2021, 6, 14));
        let got = resolved("自2016年两省开展协作以来，累计派出专家90名。", pubd);
        assert_eq!(got[0].0, "2016年");
        assert_eq!(got[0].1.value, "2016/..");
        assert_eq!(got[0].1.end, None);
        assert_eq!(run("从2019年3月医院托管以来", pubd)[0].1, "2019-03/..");
        // not where the clause ends first, nor without 自/从
        assert_eq!(run("自2016年，两省开展协作以来", pubd)[0].1, "2016");
        assert_eq!(run("2016年两省开展协作以来", pubd)[0].1, "2016");
    }

    #[test]
    fn quarters_in_digits_school_holidays_and_year_pairs() {
        let pubd = Some((2021, 6, 14));
        let s = spans("2020年第3季度；1季度；2022年Q4；去年暑假；今明两年", pubd);
        let got: Vec<(&str, &str)> = s.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2020-07-01T00:00:00", "2020-09-30T23:59:59"),
                // the year last written
                ("2020-01-01T00:00:00", "2020-03-31T23:59:59"),
                ("2022-10-01T00:00:00", "2022-12-31T23:59:59"),
                ("2020-07-01T00:00:00", "2020-08-31T23:59:59"),
                ("2021-01-01T00:00:00", "2022-12-31T23:59:59"),
            ]
        );
        // the eve of the Spring Festival is the part of the year, all of it
        let eve = run("春节前夕，专家走进某县", pubd);
        assert_eq!((eve[0].0.as_str(), eve[0].1.as_str()), ("春节前夕", "2021"));
        // not a model number
        assert!(run("型号Q10、IQ1", pubd).is_empty());
        // a month after 近 is a length, not March
        assert!(run("近三月以来，医院接诊患者", pubd).is_empty());
        assert!(run("近3月来", pubd).is_empty());
        assert_eq!(run("今年三月，", pubd)[0].1, "2021-03");
        let got = lengths("近三月以来，医院接诊患者");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "P3M");
        assert!(lengths("今年三月，").is_empty());
    }

    #[test]
    fn numeric_terms_and_clocks_glued_to_days() {
        let pubd = Some((2021, 6, 14));
        // a term of service as résumés write it
        let got = resolved("2017.9—2019.08，任某医院副院长；2020.03-2021", pubd);
        assert_eq!(got[0].1.value, "2017-09/2019-08");
        assert_eq!(got[0].1.end.as_deref(), Some("2019-08-31T23:59:59"));
        assert_eq!(got[1].1.value, "2020-03/2021");
        // alone, or backwards, a dotted number is no month
        assert!(run("均价2019.08元", pubd).is_empty());
        assert!(run("2020.05-2019.01", pubd).is_empty());
        // a clock glued to the day by stripped markup
        let got = resolved("发布时间：2021-09-0910:09 来源", pubd);
        assert_eq!(got[0].0, "2021-09-0910:09");
        assert_eq!(got[0].1.start.as_deref(), Some("2021-09-09T10:09:00"));
        let got = resolved("2021-09-12-11：23", pubd);
        assert_eq!(got[0].1.start.as_deref(), Some("2021-09-12T11:23:00"));
        // but not other digits after the day
        assert!(run("编号2021-09-0912345", pubd).is_empty());
    }

    #[test]
    fn a_day_after_its_month_without_a_day_mark() {
        let pubd = Some((2021, 6, 14));
        // (a number before a word may be a count: the month alone)
        assert_eq!(run("专家于3月7抵达", pubd)[0].1, "2021-03");
        assert_eq!(
            run("会期为1月3至2月10。", pubd)[0].1,
            "2021-01-03/2021-02-10"
        );
        assert_eq!(run("截至十月31，", pubd)[0].1, "../2021-10-31");
        // a list of days, the last with its mark
        let got = run("10月1、2日义诊", pubd);
        assert_eq!(got[0].1, "2021-10-01");
        assert_eq!(got[1].1, "2021-10-02");
        // a count or a decimal after the month is no day
        assert_eq!(run("1月3名专家到岗", pubd)[0].1, "2021-01");
        assert_eq!(run("1月3.5万人次", pubd)[0].1, "2021-01");
        // nor a day the month does not have
        assert_eq!(run("2月30，", pubd)[0].1, "2021-02");
    }

    #[test]
    fn the_year_or_month_after_the_last_written() {
        // 次年/翌年 count from the year last written, not from publication
        let got = run(
            "2016年两院签约，次年3月首批专家抵达，翌年底完成验收。",
            Some((2021, 6, 14)),
        );
        let values: Vec<&str> = got.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(values, ["2016", "2017-03", "2018"]);
        // 次月 across a year's end
        let got = run("2020年12月签约，次月15日派出专家", Some((2021, 6, 14)));
        assert_eq!(got[1].1, "2021-01-15");
        // with no year written, the publication year is the last
        assert_eq!(run("次年年底", Some((2021, 6, 14)))[0].1, "2022");
        // not the 次 of 首次 before 年度
        assert!(run("首次年度考核", Some((2021, 6, 14))).is_empty());
    }

    #[test]
    fn beginnings_and_ends_of_years_and_months() {
        let s = spans(
            "2019年底；2018年10月底；明年初；本月初",
            Some((2021, 6, 14)),
        );
        let got: Vec<(&str, &str)> = s.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2019-11-01T00:00:00", "2019-12-31T23:59:59"),
                ("2018-10-25T00:00:00", "2018-10-31T23:59:59"),
                ("2022-01-01T00:00:00", "2022-02-28T23:59:59"),
                ("2021-06-01T00:00:00", "2021-06-05T23:59:59"),
            ]
        );
    }

    #[test]
    fn clocks_with_seconds_or_bare_minutes() {
        let s = spans(
            "2021年7月4日晚上7点09分18秒；次日9点20，当晚九点零九。共9点20名专家",
            None,
        );
        let got: Vec<(&str, &str)> = s.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2021-07-04T19:09:18", "2021-07-04T19:09:18"),
                ("2021-07-05T09:20:00", "2021-07-05T09:20:59"),
                ("2021-07-05T21:09:00", "2021-07-05T21:09:59"),
            ]
        );
    }

    #[test]
    fn a_part_of_day_narrows_the_hours() {
        let s = spans("2021年6月9日上午考察，次日晚上返回", None);
        assert_eq!(s[0].1, "2021-06-09T07:00:00");
        assert_eq!(s[0].2, "2021-06-09T11:59:59");
        assert_eq!(s[1].1, "2021-06-10T18:00:00");
        assert_eq!(s[1].2, "2021-06-10T23:59:59");
        // the value keeps the day
        assert_eq!(run("2021年6月9日上午", None)[0].1, "2021-06-09");
    }

    #[test]
    fn clock_ranges_stay_in_their_day() {
        let s = spans(
            "2019年6月28日9:30~11:30培训；3月5日下午3点至下午6点义诊；4月20日11:00时至4月25日17:00时报名",
            None,
        );
        let got: Vec<(&str, &str)> = s.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2019-06-28T09:30:00", "2019-06-28T11:30:59"),
                ("2019-03-05T15:00:00", "2019-03-05T18:00:00"),
                ("2019-04-20T11:00:00", "2019-04-25T17:00:59"),
            ]
        );
        assert_eq!(run("2019年6月28日9:30~11:30", None)[0].1, "2019-06-28");
    }

    #[test]
    fn a_point_before_qian_is_a_limit() {
        let got = run(
            "2035年前基本实现；10月1日以前完成；2019年前后启动；2021年前三季度",
            None,
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(values, ["../2035", "../2035-10-01", "2019", "2021"]);
        // a journey after a year is no limit
        assert_eq!(run("2019年前往北京", None)[0].1, "2019");
    }

    #[test]
    fn holidays_and_health_days() {
        let got = run(
            "2023年世界卫生日当天开展义诊；国庆节期间坚守岗位；中国医师节前夕表彰。",
            None,
        );
        assert_eq!(
            got,
            pairs(&[
                ("2023年世界卫生日", "2023-04-07"),
                ("当天", "2023-04-07"),
                ("国庆节", "2023-10-01"),
                ("中国医师节", "2023-08-19"),
            ])
        );
    }

    #[test]
    fn weeks_relative_to_publication() {
        // 2021-06-14 was a Monday
        let got = run(
            "上周星期三，这周二；下周五上午9时；本周",
            Some((2021, 6, 16)),
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            values,
            [
                "2021-06-09",
                "2021-06-15",
                "2021-06-25",
                "2021-06-14/2021-06-20"
            ]
        );
        assert_eq!(weekday_of((2021, 6, 14)), 1);
        assert_eq!(weekday_of((2024, 3, 3)), 7);
        assert_eq!(add_days((2024, 2, 28), 2), (2024, 3, 1));
    }

    fn lengths(text: &str) -> Vec<(String, String)> {
        let (chars, words) = segmented(text);
        durations(&chars, &words, &[])
            .into_iter()
            .map(|(s, e, v)| (chars[s..e].iter().collect(), v.value))
            .collect()
    }

    #[test]
    fn lengths_in_any_unit_halves_and_compounds() {
        assert_eq!(
            lengths("援建工作持续两年半，驻点四个多星期，历时270天，共五个季度。"),
            pairs(&[
                ("两年半", "P30M"),
                ("四个多星期", "P4W"),
                ("270天", "P270D"),
                ("五个季度", "P15M"),
            ])
        );
        assert_eq!(
            lengths("手术持续了27分钟7秒，他工作了四年六个月，累计2621.2小时。"),
            pairs(&[
                ("27分钟7秒", "PT27M7S"),
                ("四年六个月", "P4Y6M"),
                ("2621.2小时", "PT2621.2H"),
            ])
        );
        assert_eq!(
            lengths("连续奋战三天三夜，用时36天5小时30分，历经俩礼拜，七载春秋。"),
            pairs(&[
                ("三天三夜", "P3D"),
                ("36天5小时30分", "P36DT5H30M"),
                ("俩礼拜", "P2W"),
                ("七载", "P7Y"),
            ])
        );
        // 分 alone after no hours is no minute (a score, a fraction)
        assert!(lengths("得了30分").is_empty());
        // a year is still not a length, nor a larger unit after a smaller
        assert!(lengths("2018年").is_empty());
        assert_eq!(compose("PT5H", "P3D"), None);
        assert_eq!(compose("P36D", "PT5H").as_deref(), Some("P36DT5H"));
    }

    #[test]
    fn a_day_named_by_month_and_dot_and_a_year_s_beginning() {
        assert_eq!(
            run("“7·20”特大暴雨后，5·12国际护士节当天", Some((2024, 6, 1))),
            pairs(&[
                ("7·20", "2024-07-20"),
                ("5·12", "2024-05-12"),
                ("国际护士节", "2024-05-12"),
                ("当天", "2024-05-12"),
            ])
        );
        // a score, a version, an impossible day are no dates
        assert!(run("比分3·2，版本1.5·3，13·40", None).is_empty());
        let got = resolved("二〇二二年伊始，", None);
        assert_eq!(got[0].0, "二〇二二年伊始");
        assert_eq!(got[0].1.start.as_deref(), Some("2022-01-01T00:00:00"));
        assert_eq!(got[0].1.end.as_deref(), Some("2022-01-31T23:59:59"));
    }

    #[test]
    fn a_frame_a_length_before_has_taken_is_not_the_next_one_s() {
        // `以3天为期` ends at its 为期; a length right after has no frame
        // left (it read that 为期 again and sliced backwards, a panic).
        let (chars, words) = segmented("为期3天为期5天，为期2周为期半年，以1周为期为期3周");
        let got = durations(&chars, &words, &[]);
        assert!(got.windows(2).all(|w| w[0].1 <= w[1].0), "{got:?}");
        let texts: Vec<String> = got
            .iter()
            .map(|(s, e, _)| chars[*s..*e].iter().collect())
            .collect();
        assert_eq!(
            texts,
            ["为期3天为期", "5天", "为期2周为期", "1周为期", "为期3周"]
        );
    }

    #[test]
    fn half_a_unit_is_a_length_where_a_frame_says_so() {
        assert_eq!(
            lengths("专家驻点为期半年；近半个月来；半年以来；连续半年。"),
            pairs(&[
                ("为期半年", "P6M"),
                ("近半个月来", "P0.5M"),
                ("半年以来", "P6M"),
                ("连续半年", "P6M"),
            ])
        );
        // alone, or as a frequency, half a year is a time, not a length
        assert!(lengths("每半年开展一次巡诊，半年后复查。").is_empty());
    }

    #[test]
    fn ranges_and_open_lengths() {
        let (chars, words) = segmented(
            "培训为期3至6个月；恢复期13—18天；服务3年以上7年以下；工龄三十年以上；60日；100日元",
        );
        type Row = (String, String, Qualifier, Option<String>, Option<String>);
        let got: Vec<Row> = durations(&chars, &words, &[])
            .into_iter()
            .map(|(s, e, v)| {
                (
                    chars[s..e].iter().collect(),
                    v.value,
                    v.qualifier,
                    v.min,
                    v.max,
                )
            })
            .collect();
        let o = |s: &str| Some(s.to_string());
        assert_eq!(
            got,
            vec![
                (
                    "3至6个月".into(),
                    "P3M".into(),
                    Qualifier::About,
                    o("P3M"),
                    o("P6M")
                ),
                (
                    "13—18天".into(),
                    "P13D".into(),
                    Qualifier::About,
                    o("P13D"),
                    o("P18D")
                ),
                (
                    "3年以上7年以下".into(),
                    "P3Y".into(),
                    Qualifier::About,
                    o("P3Y"),
                    o("P7Y")
                ),
                (
                    "三十年以上".into(),
                    "P30Y".into(),
                    Qualifier::MoreThan,
                    None,
                    None
                ),
                ("60日".into(), "P60D".into(), Qualifier::Exact, None, None),
            ]
        );
        // ends in the wrong order are not a range
        assert_eq!(lengths("8天—3天").len(), 2);
    }

    #[test]
    fn a_start_with_its_end_is_a_range() {
        assert_eq!(
            run(
                "自2020年5月26日起至5月29日止报名；2018年2——4月开展义诊",
                None
            ),
            pairs(&[
                ("2020年5月26日起至5月29日止", "2020-05-26/2020-05-29"),
                ("2018年2——4月", "2018-02/2018-04"),
            ])
        );
    }

    #[test]
    fn weeks_of_a_month_start_on_its_first_monday() {
        let s = spans(
            "2021年3月第三周；四月的第4周；本月第2周",
            Some((2021, 6, 14)),
        );
        let got: Vec<(&str, &str)> = s.iter().map(|x| (x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("2021-03-15T00:00:00", "2021-03-21T23:59:59"),
                ("2021-04-26T00:00:00", "2021-05-02T23:59:59"),
                ("2021-06-14T00:00:00", "2021-06-20T23:59:59"),
            ]
        );
        // the value keeps the month
        assert_eq!(run("2021年3月第三周", None)[0].1, "2021-03");
    }

    #[test]
    fn weeks_of_a_year_start_on_its_first_monday() {
        // 2024-01-01 was a Monday; 2023's first Monday was 2 January
        let s = spans(
            "2024年第10周流感样病例占比上升；2023年的第一个星期；今年第三十七个星期",
            Some((2021, 6, 14)),
        );
        let got: Vec<(&str, &str, &str)> = s
            .iter()
            .map(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("2024年第10周", "2024-03-04T00:00:00", "2024-03-10T23:59:59"),
                (
                    "2023年的第一个星期",
                    "2023-01-02T00:00:00",
                    "2023-01-08T23:59:59"
                ),
                (
                    "今年第三十七个星期",
                    "2021-09-13T00:00:00",
                    "2021-09-19T23:59:59"
                ),
            ]
        );
        // the value keeps the year; a two-digit year before a week is a
        // year, not a length of twenty years
        assert_eq!(
            run("22年第5周", Some((2023, 3, 1))),
            pairs(&[("22年第5周", "2022")])
        );
    }

    #[test]
    fn hour_24_is_the_next_day_and_an_hour_range_may_share_its_unit() {
        let s = spans("3月9日零时至3月16日24时封闭管理", Some((2022, 3, 1)));
        assert_eq!(s[0].1, "2022-03-09T00:00:00");
        assert_eq!(s[0].2, "2022-03-17T00:00:00");
        // `9至11时`: the first hour takes the second's unit and part of day
        let s = spans(
            "5月8日下午2至4时开展义诊；昨天晚上8~10点",
            Some((2022, 5, 10)),
        );
        let got: Vec<(&str, &str, &str)> = s
            .iter()
            .map(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "5月8日下午2至4时",
                    "2022-05-08T14:00:00",
                    "2022-05-08T16:00:00"
                ),
                (
                    "昨天晚上8~10点",
                    "2022-05-09T20:00:00",
                    "2022-05-09T22:00:00"
                ),
            ]
        );
        // a number before a range mark with no clock after it is no hour
        assert_eq!(
            run("5月8日下午2至4名专家", Some((2022, 5, 10)))[0].0,
            "5月8日下午"
        );
    }

    #[test]
    fn open_ends_after_days_named_by_pointing_and_up_to_now() {
        let got = run(
            "自明天起停诊；今晚八点以后暂停挂号；后天之前报名；去年到现在共接诊；2019年到目前为止",
            Some((2021, 6, 14)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("明天起", "2021-06-15/.."),
                ("今晚八点以后", "2021-06-14/.."),
                ("后天之前", "../2021-06-16"),
                ("去年到现在", "2020/.."),
                ("2019年到目前", "2019/.."),
            ])
        );
        // 起来 is no start
        assert_eq!(
            run("明天起来再说", Some((2021, 6, 14))),
            pairs(&[("明天", "2021-06-15")])
        );
    }

    #[test]
    fn a_range_may_end_on_a_named_day_or_a_part_of_a_year() {
        let got = spans("2019年感恩节到2021年母亲节；2019年3月至2020年上半年", None);
        assert_eq!(got[0].0, "2019年感恩节到2021年母亲节");
        assert_eq!(
            (got[0].1.as_str(), got[0].2.as_str()),
            ("2019-11-28T00:00:00", "2021-05-09T23:59:59")
        );
        assert_eq!(
            (got[1].1.as_str(), got[1].2.as_str()),
            ("2019-03-01T00:00:00", "2020-06-30T23:59:59")
        );
    }

    #[test]
    fn a_holiday_called_by_its_date_is_read_in_quotes_only() {
        let got = run(
            "今年“五一”期间开展义诊；“七一”前夕召开大会；第十一批专家；十一五期间；五一期间",
            Some((2024, 11, 20)),
        );
        // (unquoted only right before a word of the holiday's time)
        assert_eq!(
            got,
            pairs(&[
                ("今年“五一”", "2024-05-01"),
                ("“七一”", "2024-07-01"),
                ("十一五期间", "2006/2010"),
                ("五一", "2024-05-01")
            ])
        );
    }

    #[test]
    fn a_range_may_end_at_a_years_end_and_a_relative_year_take_months() {
        let got = run(
            "2019年初至2021年末；2019年至2021年底；今年1至10月；去年3-5月",
            Some((2024, 11, 20)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("2019年初至2021年末", "2019/2021-12"),
                ("2019年至2021年底", "2019/2021-12"),
                ("今年1至10月", "2024-01/2024-10"),
                ("去年3-5月", "2023-03/2023-05"),
            ])
        );
        // a limit with no start before it stays a limit
        assert_eq!(
            run("至2021年末完成", Some((2024, 11, 20))),
            pairs(&[("至2021年末", "../2021-12")])
        );
    }

    #[test]
    fn a_limit_at_a_part_of_a_year_ends_with_its_last_month() {
        let got = run(
            "截至一季度末；明年初之前完成；2025年上半年前建成",
            Some((2021, 6, 14)),
        );
        assert_eq!(
            got,
            pairs(&[
                ("截至一季度末", "../2021-03"),
                ("明年初之前", "../2022-02"),
                ("2025年上半年前", "../2025-06"),
            ])
        );
    }

    #[test]
    fn the_same_day_before_any_day_is_the_publication_day() {
        let got = spans("当晚十时，医疗队抵达。", Some((2022, 5, 10)));
        assert_eq!(got[0].1, "2022-05-10T22:00:00");
        // with a day written before, that day
        let got = spans("5月3日，医疗队出发，当晚十时抵达。", Some((2022, 5, 10)));
        assert_eq!(got[1].1, "2022-05-03T22:00:00");
        // and with no publication date, none
        assert_eq!(run("当晚十时，医疗队抵达。", None).len(), 0);
    }

    #[test]
    fn vague_words_of_recent_days_are_no_dates() {
        let pubd = Some((2024, 6, 1));
        assert!(run("近日，医院开展义诊。", pubd).is_empty());
        assert!(run("日前，专家抵达。", pubd).is_empty());
        // a day they stand beside is still read
        assert_eq!(run("近日（5月28日），专家抵达。", pubd).len(), 1);
    }
}
