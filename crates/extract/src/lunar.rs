//! The Chinese lunisolar calendar and the solar terms, as tables.
//!
//! News dates festivals and some events by the lunar calendar (`春节`,
//! `农历八月十五`, `腊月初十`, `闰四月`) and by the solar terms (`冬至`).
//! Neither has a closed form — a lunar month starts on the day of a new
//! moon, a leap month is inserted where a month holds no principal term, and
//! the terms follow the sun's longitude — so, as encoding_rs does with its
//! index tables, the calendar is data generated from its source:
//! `data/lunar_calendar.txt` (the solar date of the first day of every lunar
//! month, 1900–2099) and `data/solar_terms.txt` (the date of every term),
//! both written by `data/lunar/generate.py` from lunar_python (MIT), which
//! computes them astronomically.  A date outside the tables is not
//! converted, rather than guessed.

use crate::Ymd;
use crate::date::{add_days, day_number};
use std::sync::OnceLock;

struct LunarYear {
    /// The month repeated as a leap month, 0 for none.
    leap: u32,
    /// The first day of each month in order (a leap month right after the
    /// month it repeats), then the first day of the next year.
    firsts: Vec<Ymd>,
}

struct Tables {
    first_year: i32,
    years: Vec<LunarYear>,
    term_names: Vec<&'static str>,
    first_term_year: i32,
    /// Per year, the (month, day) of each term in calendar order.
    terms: Vec<Vec<(u32, u32)>>,
}

fn ymd(s: &str) -> Option<Ymd> {
    if s.len() != 8 {
        return None;
    }
    Some((
        s[..4].parse().ok()?,
        s[4..6].parse().ok()?,
        s[6..].parse().ok()?,
    ))
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables {
            first_year: 0,
            years: Vec::new(),
            term_names: Vec::new(),
            first_term_year: 0,
            terms: Vec::new(),
        };
        for l in bangfu_segment::data_lines(include_str!("../data/lunar_calendar.txt")) {
            let f: Vec<&str> = l.split('\t').collect();
            let [year, leap, firsts] = f[..] else {
                continue;
            };
            let (Ok(year), Ok(leap)) = (year.parse::<i32>(), leap.parse()) else {
                continue;
            };
            let firsts: Option<Vec<Ymd>> = firsts.split(' ').map(ymd).collect();
            let Some(firsts) = firsts else { continue };
            if t.years.is_empty() {
                t.first_year = year;
            }
            // the table is contiguous; a gap would misplace every later year
            if year != t.first_year + t.years.len() as i32 {
                break;
            }
            t.years.push(LunarYear { leap, firsts });
        }
        for l in bangfu_segment::data_lines(include_str!("../data/solar_terms.txt")) {
            let Some((head, rest)) = l.split_once('\t') else {
                continue;
            };
            if head == "terms" {
                t.term_names = rest.split(' ').collect();
                continue;
            }
            let Ok(year) = head.parse::<i32>() else {
                continue;
            };
            let days: Option<Vec<(u32, u32)>> = rest
                .split(' ')
                .map(|md| Some((md.get(..2)?.parse().ok()?, md.get(2..)?.parse().ok()?)))
                .collect();
            let Some(days) = days else { continue };
            if t.terms.is_empty() {
                t.first_term_year = year;
            }
            if year != t.first_term_year + t.terms.len() as i32 {
                break;
            }
            t.terms.push(days);
        }
        t
    })
}

/// The first and last solar day of lunar month `month` (1..=12) of lunar
/// year `year`, the leap month if `leap` (which must then be that year's
/// leap month).
pub(crate) fn month(year: i32, month: u32, leap: bool) -> Option<(Ymd, Ymd)> {
    let t = tables();
    let ly = t.years.get(usize::try_from(year - t.first_year).ok()?)?;
    if !(1..=12).contains(&month) || leap && ly.leap != month {
        return None;
    }
    let after_leap = ly.leap != 0 && (month > ly.leap || leap);
    let k = (month - 1 + u32::from(after_leap)) as usize;
    let first = *ly.firsts.get(k)?;
    let next = *ly.firsts.get(k + 1)?;
    Some((first, add_days(next, -1)))
}

/// The solar date of day `day` of a lunar month (`None` for day 0: the
/// month's last day, as 除夕 is the last day of the twelfth month); `None`
/// where the month has no such day.
pub(crate) fn date(year: i32, m: u32, leap: bool, day: Option<u32>) -> Option<Ymd> {
    let (first, last) = month(year, m, leap)?;
    match day {
        None => Some(last),
        Some(d) => {
            let n = day_number(first) + i64::from(d) - 1;
            (d >= 1 && n <= day_number(last)).then(|| add_days(first, d as i32 - 1))
        }
    }
}

/// The solar date of the term `name` (`冬至`) in `year`.  小寒 and 大寒 close
/// the cycle that 立春 opens, so the year's 小寒 and 大寒 are those of the
/// January after it (`2017年大寒` is 2018-01-20), as JioNLP reads them.
pub(crate) fn term(year: i32, name: &str) -> Option<Ymd> {
    let t = tables();
    let k = t.term_names.iter().position(|n| *n == name)?;
    let year = if k < 2 { year + 1 } else { year };
    let &(m, d) = t
        .terms
        .get(usize::try_from(year - t.first_term_year).ok()?)?
        .get(k)?;
    Some((year, m, d))
}

/// The names of the solar terms.
pub(crate) fn term_names() -> &'static [&'static str] {
    &tables().term_names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_years_leap_months_and_terms() {
        // 春节 of 2021 and of 2022; 2020 had a leap fourth month
        assert_eq!(date(2021, 1, false, Some(1)), Some((2021, 2, 12)));
        assert_eq!(date(2022, 1, false, Some(1)), Some((2022, 2, 1)));
        assert_eq!(month(2020, 4, true), Some(((2020, 5, 23), (2020, 6, 20))));
        assert_eq!(month(2021, 4, true), None);
        // 除夕 is the last day of the twelfth month, in the next solar year
        assert_eq!(date(2023, 12, false, None), Some((2024, 2, 9)));
        // 中秋 2021; a thirtieth day where the month has 29 days
        assert_eq!(date(2021, 8, false, Some(15)), Some((2021, 9, 21)));
        assert_eq!(date(2021, 1, false, Some(30)), None);
        assert_eq!(term(2024, "冬至"), Some((2024, 12, 21)));
        assert_eq!(term(2017, "大寒"), Some((2018, 1, 20)));
        assert_eq!(term(2021, "芒种"), Some((2021, 6, 5)));
        assert_eq!(term_names().len(), 24);
        // outside the tables: nothing
        assert_eq!(date(1850, 1, false, Some(1)), None);
        assert_eq!(term(2300, "冬至"), None);
    }
}
