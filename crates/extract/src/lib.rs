//! Entities and aid records (the third stage).
//!
//! Input is normalised text (the normaliser's output) and, where known, the
//! publication date; output is [`Entity`] values with char spans into that
//! text.  The stage never sees the original bytes: the emitter maps spans back
//! through the normaliser's alignment, so offsets are carried, not recomputed.
//!
//! One pass of the segmenter gives the words; then, in order:
//!
//! 1. dates ([`date`]), resolved in document order so a partial date takes the
//!    year the discourse last named;
//! 2. durations, outside date spans;
//! 3. institutions and places ([`names`]);
//! 4. amounts and counts ([`quantity`]), at numerals outside all of the above
//!    (a number inside `第一中心医院` or `2018年` is not a count).
//!
//! Numerals everywhere are read by [`numeral`].

pub mod aid;
pub mod entity;
pub mod numeral;

mod counted;
mod date;
mod deixis;
mod lunar;
mod names;
mod quantity;
mod table;
mod text;

pub use aid::{AidRecord, AidType, Evidence, PartyRef, Role, Status};
pub use entity::*;

use bangfu_segment::Segmenter;
use names::WordIndex;
use quantity::Quantity;

/// A publication date: year, month, day.
pub type Ymd = (i32, u32, u32);

/// When a text was published, as far as its source says: the year, and
/// where known the month, the day and the time of day.  Relative dates
/// resolve against it (`去年` needs the year, `上个月` the month, `昨天` the
/// day, `3小时前` the time), and one it cannot anchor stays unresolved
/// rather than guessed: a page address like `/202412/` gives a month and no
/// day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Hour, minute, second.
    pub time: Option<(u32, u32, u32)>,
}

impl From<Ymd> for Published {
    fn from((year, month, day): Ymd) -> Published {
        Published {
            year,
            month: Some(month),
            day: Some(day),
            time: None,
        }
    }
}

impl Published {
    /// Reads a publication date as dumps, feeds and pages write it:
    ///
    /// * ISO and its relatives: `2024`, `2024-05`, `2024-05-10`, `2024-5-1`,
    ///   with `/` or `.` between the fields, or compact `20240510`;
    /// * Chinese: `2024年5月10日`, `2024年05月`;
    /// * a time of day after a space or `T`: `08:42`, `08:42:00`,
    ///   `08:42:00.123`, followed or not by a zone (`Z`, `+08:00`, `+0800`).
    ///
    /// The clock is kept as written: a zone is read and dropped, not
    /// converted, because Chinese news writes its own local date and a
    /// feed's `Z` is more often a mislabel than a conversion.  A field out of
    /// range, or anything left over, makes the whole value unreadable: a
    /// wrong anchor would shift every relative date in the document, and
    /// none is better.
    pub fn parse(s: &str) -> Option<Published> {
        let s = s.trim();
        // the date ends at a space, a `T`, or after `日`
        let (date, time) = match s
            .char_indices()
            .find(|&(_, c)| matches!(c, ' ' | 'T' | '日'))
        {
            Some((i, c)) => (&s[..i], Some(s[i + c.len_utf8()..].trim())),
            None => (s, None),
        };
        let date = date.strip_suffix(['年', '月']).unwrap_or(date);
        let fields: Vec<&str> = if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) {
            vec![&date[..4], &date[4..6], &date[6..]]
        } else {
            date.split(['-', '/', '.', '年', '月']).collect()
        };
        if fields.len() > 3 || fields.iter().any(|f| f.is_empty()) {
            return None;
        }
        let num = |t: &str| -> Option<u32> {
            (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let year = Some(fields[0]).filter(|y| y.len() == 4).and_then(num)? as i32;
        let month = match fields.get(1) {
            Some(m) => Some(num(m).filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match fields.get(2) {
            Some(d) => Some(num(d).filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        let time = match time.filter(|t| !t.is_empty()) {
            Some(t) if day.is_some() => Some(clock(t)?),
            Some(_) => return None,
            None => None,
        };
        Some(Published {
            year,
            month,
            day,
            time,
        })
    }

    /// The date as far as it is known: `2024`, `2024-05` or `2024-05-10`.
    pub fn iso_date(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// The full date, where the day is known.
    pub fn ymd(&self) -> Option<Ymd> {
        Some((self.year, self.month?, self.day?))
    }
}

/// `08:42`, `08:42:00`, `08:42:00.5`, then an optional zone (`Z`,
/// `+08:00`, `-0500`), read and dropped.
fn clock(t: &str) -> Option<(u32, u32, u32)> {
    let zone_at = t.find(['Z', 'z', '+', '-']).unwrap_or(t.len());
    let (t, zone) = t.split_at(zone_at);
    let zone_ok = match zone.as_bytes() {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', rest @ ..] => {
            let digits: Vec<u8> = rest.iter().copied().filter(|b| *b != b':').collect();
            digits.len() == 4 && digits.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    };
    if !zone_ok {
        return None;
    }
    let t = t.split_once('.').map_or(t, |(hms, frac)| {
        if frac.bytes().all(|b| b.is_ascii_digit()) {
            hms
        } else {
            ""
        }
    });
    let num = |x: &str| -> Option<u32> {
        (x.len() == 2 || x.len() == 1)
            .then(|| x.parse().ok())
            .flatten()
    };
    let mut f = t.split(':');
    let h = f.next().and_then(num).filter(|h| *h < 24)?;
    let m = f.next().and_then(num).filter(|m| *m < 60)?;
    let s = match f.next() {
        Some(x) => num(x).filter(|x| *x < 60)?,
        None => 0,
    };
    f.next().is_none().then_some((h, m, s))
}

/// Everything found in one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    /// In text order (by span start, then end).
    pub entities: Vec<Entity>,
}

/// Entities and the aid records built from them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub records: Vec<AidRecord>,
}

impl Extraction {
    /// Checks the promises of this stage against `text` (the text it was
    /// extracted from): every span non-empty and inside the text, every
    /// entity's `text` the slice at its span, entities in text order,
    /// `min ≤ value ≤ max` and finite, every reference of a record pointing at
    /// an entity of the right kind, evidence inside the text and the trigger
    /// inside its sentence.
    ///
    /// Tests, property tests and fuzz targets all assert through this.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let chars: Vec<char> = text.chars().collect();
        let mut prev = (0, 0);
        for e in &self.entities {
            let (s, t) = (e.span.start, e.span.end);
            if s >= t || t > chars.len() {
                return Err(format!("span {s}..{t} outside 0..{}: {e:?}", chars.len()));
            }
            if (s, t) < prev {
                return Err(format!("entity out of order: {e:?}"));
            }
            prev = (s, t);
            let slice: String = chars[s..t].iter().collect();
            if slice != e.text {
                return Err(format!("text {:?} is not the slice {slice:?}", e.text));
            }
            let (v, lo, hi) = match &e.value {
                EntityValue::Amount(a) => (a.value, a.min, a.max),
                EntityValue::Count(c) => (c.value, c.min, c.max),
                _ => (None, None, None),
            };
            for x in [v, lo, hi].into_iter().flatten() {
                if !x.is_finite() {
                    return Err(format!("non-finite number in {e:?}"));
                }
            }
            if let (Some(v), Some(lo)) = (v, lo)
                && lo > v
            {
                return Err(format!("min above value in {e:?}"));
            }
            if let (Some(v), Some(hi)) = (v, hi)
                && v > hi
            {
                return Err(format!("value above max in {e:?}"));
            }
        }
        // Names nest (a place in an institution's name) but never cross.
        let names: Vec<&Entity> = self
            .entities
            .iter()
            .filter(|e| matches!(e.value.kind(), "institution" | "place"))
            .collect();
        for (k, a) in names.iter().enumerate() {
            if let Some(b) = names[k + 1..]
                .iter()
                .take_while(|b| b.span.start < a.span.end)
                .find(|b| a.span.start < b.span.start && a.span.end < b.span.end)
            {
                return Err(format!("names cross: {a:?} and {b:?}"));
            }
        }
        let kind_of = |i: usize| self.entities.get(i).map(|e| e.value.kind());
        for r in &self.records {
            if r.donors.is_empty() || r.recipients.is_empty() {
                return Err(format!("record without both sides: {r:?}"));
            }
            for p in r.donors.iter().chain(&r.recipients) {
                if !matches!(kind_of(p.entity), Some("institution" | "place")) {
                    return Err(format!("party {} is not a name: {r:?}", p.entity));
                }
            }
            let refs = [
                (r.date, "date"),
                (r.persons, "count"),
                (r.institutions, "count"),
                (r.amount, "amount"),
                (r.duration, "duration"),
            ];
            let also = (r.persons_also.iter().map(|&k| (Some(k), "count")))
                .chain(r.amount_also.iter().map(|&k| (Some(k), "amount")));
            for (i, kind) in refs.into_iter().chain(also) {
                if let Some(i) = i
                    && kind_of(i) != Some(kind)
                {
                    return Err(format!("reference {i} is not a {kind}: {r:?}"));
                }
            }
            if r.evidence.is_empty() {
                return Err(format!("record without evidence: {r:?}"));
            }
            if !(0.0..=1.0).contains(&r.confidence) {
                return Err(format!("confidence outside [0, 1]: {r:?}"));
            }
            // The trigger is in the sentence, or before it: a list's heading
            // (`帮扶关系：` over `A→B` lines) or the total a `其中…` sentence
            // breaks down is read as the trigger of the records below.
            for ev in &r.evidence {
                if ev.sentence.end > chars.len()
                    || ev.sentence.start >= ev.sentence.end
                    || ev.trigger.end > ev.sentence.end
                    || ev.trigger.start >= ev.trigger.end
                {
                    return Err(format!("evidence out of place: {r:?}"));
                }
            }
        }
        Ok(())
    }
}

/// The whole stage: entities, then aid records.
pub fn extract(text: &str, publication: Option<Ymd>) -> Extraction {
    extract_with(text, publication.map(Published::from), &Known::default())
}

/// What an earlier stage found out about the text, as character spans of
/// it: the publisher a page names on its source line (`来源: 天津发布`, found
/// by the normaliser's metadata reader), which is an organisation whatever
/// its name looks like.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub publishers: Vec<Span>,
}

/// [`extract`], with what an earlier stage knows.
pub fn extract_with(text: &str, publication: Option<Published>, known: &Known) -> Extraction {
    let entities = extract_entities_with(text, publication, known).entities;
    let records = aid::records(text, &entities);
    Extraction { entities, records }
}

/// Finds the entities of `text` (normalised text).  `publication` anchors
/// relative dates (`今年`, `近日`).
pub fn extract_entities(text: &str, publication: Option<Ymd>) -> Entities {
    extract_entities_with(text, publication.map(Published::from), &Known::default())
}

/// [`extract_entities`], with what an earlier stage knows.
pub fn extract_entities_with(
    text: &str,
    publication: Option<Published>,
    known: &Known,
) -> Entities {
    let chars: Vec<char> = text.chars().collect();
    let words = Segmenter::shared().words(text);
    let bounds: Vec<(usize, usize)> = words.iter().map(|w| (w.start, w.end)).collect();
    let word_bounds = date::Words::new(chars.len(), &bounds);
    let idx = WordIndex::new(words, chars.len());
    let mut out: Vec<Entity> = Vec::new();
    let mut taken = vec![false; chars.len()];
    let push = |out: &mut Vec<Entity>,
                taken: &mut Vec<bool>,
                s: usize,
                e: usize,
                value: EntityValue,
                mark: bool| {
        if mark {
            for t in taken.iter_mut().take(e).skip(s) {
                *t = true;
            }
        }
        out.push(Entity {
            text: chars[s..e].iter().collect(),
            span: Span::new(s, e),
            value,
        });
    };

    let dates = date::dates(&chars, &word_bounds, date::Anchor { publication });
    let date_spans: Vec<(usize, usize)> = dates.iter().map(|d| (d.0, d.1)).collect();
    for (s, e, v) in dates {
        push(&mut out, &mut taken, s, e, EntityValue::Date(v), true);
    }
    for (s, e, v) in date::durations(&chars, &word_bounds, &date_spans) {
        push(&mut out, &mut taken, s, e, EntityValue::Duration(v), true);
    }
    let places = names::places(&chars, &idx);
    for m in names::institutions(&chars, &idx, &known.publishers, &places) {
        let value = EntityValue::Institution(Institution {
            name: m.name,
            kind: m.kind,
            code: m.code,
            elided: m.elided,
            deictic: false,
        });
        push(&mut out, &mut taken, m.start, m.end, value, true);
    }
    // A short form inside an institution's name is part of that name
    // (`北京` in `北京朝阳医院`, `河北` in `河北医科大学`), not a mention of
    // the place; a full division name there is the seat (`安新县医院`).
    let mut institution_spans: Vec<(usize, usize)> = out
        .iter()
        .filter(|e| matches!(e.value, EntityValue::Institution(_)))
        .map(|e| (e.span.start, e.span.end))
        .collect();
    institution_spans.sort_unstable();
    // the furthest end among spans starting at or before each span
    let reach: Vec<usize> = institution_spans
        .iter()
        .scan(0, |m, s| {
            *m = (*m).max(s.1);
            Some(*m)
        })
        .collect();
    for (k, p) in places.iter().enumerate() {
        let n = institution_spans.partition_point(|s| s.0 <= p.start);
        // …unless it qualifies a division that follows (`河北顺平县人民医院`)
        let qualifies = places.get(k + 1).is_some_and(|q| q.start == p.end);
        if p.short && !qualifies && n > 0 && reach[n - 1] >= p.end {
            continue;
        }
        // A place read by its shape that begins inside a body's name and
        // runs past it (`容城县人局乡`: 人局乡 after 容城县人局) is no
        // place: names nest, never cross (the institution reader already
        // starts a name at a place its words cut through).
        let m = institution_spans.partition_point(|s| s.0 < p.start);
        if m > 0 && reach[m - 1] > p.start && reach[m - 1] < p.end {
            continue;
        }
        let p = p.clone();
        let value = EntityValue::Place(Place {
            code: p.code,
            level: p.level.map(str::to_string),
            name: None,
            deictic: false,
        });
        push(&mut out, &mut taken, p.start, p.end, value, true);
    }
    let covered =
        |s: usize, e: usize, out: &[Entity]| out.iter().any(|x| x.span.start < e && s < x.span.end);
    for p in deixis::pointers(
        &chars,
        &out,
        &known.publishers,
        |i| idx.ends(i),
        |s, e| !covered(s, e, &out),
    ) {
        push(&mut out, &mut taken, p.start, p.end, p.value, true);
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_number = (numeral::is_numeral_char(c) || numeral::is_vague_digit(c))
            && !(i > 0
                && (numeral::is_numeral_char(chars[i - 1])
                    || chars[i - 1] == '.'
                    || chars[i - 1] == '第'
                    || chars[i - 1].is_ascii_alphabetic()));
        if !starts_number || taken[i] {
            i += 1;
            continue;
        }
        let Some(found) = quantity::read(&chars, i) else {
            i += 1;
            continue;
        };
        if taken[found.start..found.end].iter().any(|&t| t) {
            i += 1;
            continue;
        }
        let value = match found.quantity {
            Quantity::Amount(a) => EntityValue::Amount(a),
            Quantity::Count(mut c) => {
                let noun = counted::noun(&chars, &idx, found.start, found.end, c.unit.as_deref());
                // a body named right before the number is where the people
                // or batches come from, not what is counted
                // (`接收A医院四批次80余人进修`)
                let after_body = out.iter().any(|x| {
                    x.span.end == found.start && matches!(x.value, EntityValue::Institution(_))
                });
                c.noun = noun
                    .filter(|&(_, e)| !(after_body && e == found.start))
                    .map(|(s, e)| chars[s..e].iter().collect());
                let after_name = found.start > 0 && taken[found.start - 1];
                if !counted::is_count(&chars, found.start, found.end, &c, after_name) {
                    i = found.end;
                    continue;
                }
                EntityValue::Count(c)
            }
        };
        push(&mut out, &mut taken, found.start, found.end, value, true);
        i = found.end;
    }
    out.sort_by(|a, b| a.span.cmp(&b.span).then(a.value.kind().cmp(b.value.kind())));
    Entities { entities: out }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(es: &'a Entities, kind: &str) -> Vec<&'a Entity> {
        es.entities
            .iter()
            .filter(|e| e.value.kind() == kind)
            .collect()
    }

    /// `check` accepts a real extraction and catches each kind of breakage.
    #[test]
    fn check_catches_broken_results() {
        let text =
            "2019年，天津市第一中心医院选派5名专家到安新县人民医院对口帮扶，捐赠设备价值30万元。";
        let ex = extract(text, None);
        assert!(!ex.records.is_empty());
        assert_eq!(ex.check(text), Ok(()));
        let mut bad = ex.clone();
        bad.entities[0].text.push('x');
        assert!(bad.check(text).unwrap_err().contains("slice"));
        let mut bad = ex.clone();
        bad.entities[0].span.end = text.chars().count() + 1;
        assert!(bad.check(text).is_err());
        let mut bad = ex.clone();
        bad.records[0].recipients.clear();
        assert!(bad.check(text).is_err());
        let mut bad = ex.clone();
        bad.records[0].date = Some(bad.records[0].donors[0].entity);
        assert!(bad.check(text).unwrap_err().contains("not a date"));
        let mut bad = ex;
        let a = bad
            .entities
            .iter_mut()
            .find_map(|e| match &mut e.value {
                EntityValue::Amount(a) => Some(a),
                _ => None,
            })
            .unwrap();
        a.min = Some(a.value.unwrap() + 1.0);
        assert!(bad.check(text).unwrap_err().contains("min above"));
    }

    /// Percentage points and project phases are not counts; sessions are;
    /// a verb before the number is not part of its noun.
    #[test]
    fn what_is_not_a_count() {
        let counts = |t: &str| -> Vec<(String, Option<String>)> {
            find(&extract_entities(t, None), "count")
                .iter()
                .map(|e| match &e.value {
                    EntityValue::Count(c) => (e.text.clone(), c.noun.clone()),
                    _ => unreachable!(),
                })
                .collect()
        };
        assert!(counts("门诊量同比增长10.09个百分点。").is_empty());
        assert!(counts("继续支持上海市第六人民医院海口医院二期建设。").is_empty());
        assert_eq!(
            counts("举办两期培训班。"),
            vec![("两期".to_string(), Some("培训班".to_string()))]
        );
        assert_eq!(
            counts("新院区设置床位1000张。"),
            vec![("1000张".to_string(), Some("床位".to_string()))]
        );
    }

    #[test]
    fn publication_dates_read_as_dumps_write_them() {
        let p = |s: &str| Published::parse(s).map(|p| (p.iso_date(), p.time));
        let day = |d: &str| Some((d.to_string(), None));
        assert_eq!(p("2024-05-10"), day("2024-05-10"));
        assert_eq!(p(" 2024/5/1 "), day("2024-05-01"));
        assert_eq!(p("2024.05.10"), day("2024-05-10"));
        assert_eq!(p("20240510"), day("2024-05-10"));
        assert_eq!(p("2024年05月10日"), day("2024-05-10"));
        assert_eq!(p("2024年5月"), day("2024-05"));
        assert_eq!(p("2024年"), day("2024"));
        assert_eq!(p("2024-05"), day("2024-05"));
        let at = |d: &str, t| Some((d.to_string(), Some(t)));
        assert_eq!(p("2024-05-10 08:42"), at("2024-05-10", (8, 42, 0)));
        assert_eq!(p("2024-05-10T08:42:07Z"), at("2024-05-10", (8, 42, 7)));
        assert_eq!(
            p("2024-05-10T08:42:07.250+08:00"),
            at("2024-05-10", (8, 42, 7))
        );
        assert_eq!(
            p("2024-05-10T23:59:59-0500"),
            at("2024-05-10", (23, 59, 59))
        );
        assert_eq!(p("2024年5月10日 8:05"), at("2024-05-10", (8, 5, 0)));
        assert_eq!(p("2024年5月10日08:05"), at("2024-05-10", (8, 5, 0)));
        // unreadable: better no anchor than a wrong one
        for bad in [
            "",
            "24-05-10",
            "2024-13-01",
            "2024-05-32",
            "2024-05-10-11",
            "2024--10",
            "2024-05 08:42",
            "2024-05-10 25:00",
            "2024-05-10 08:42 CST",
            "五月十日",
            "2024-05-10T08:42+8",
            "May 10, 2024",
        ] {
            assert_eq!(Published::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn spans_match_text() {
        let text = "2019年2月25日，市卫健委中医处组织天津市中医药研究院附属长征医院等4家中医院6名专家入驻安新县中医医院。";
        let es = extract_entities(text, None);
        let chars: Vec<char> = text.chars().collect();
        for e in &es.entities {
            assert_eq!(
                e.text,
                chars[e.span.start..e.span.end].iter().collect::<String>()
            );
        }
        let inst: Vec<&str> = find(&es, "institution")
            .iter()
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(
            inst,
            [
                "市卫健委中医处",
                "天津市中医药研究院附属长征医院",
                "安新县中医医院"
            ]
        );
        let counts: Vec<(&str, Option<&str>)> = find(&es, "count")
            .iter()
            .map(|e| match &e.value {
                EntityValue::Count(c) => (e.text.as_str(), c.noun.as_deref()),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(counts, [("4家", Some("中医院")), ("6名", Some("专家"))]);
    }

    #[test]
    fn elided_lists_expand() {
        let es = extract_entities(
            "河北省疾控中心组织石家庄市、保定市、廊坊市疾控中心启动帮扶。",
            None,
        );
        let names: Vec<&str> = find(&es, "institution")
            .iter()
            .map(|e| match &e.value {
                EntityValue::Institution(i) => i.name.as_str(),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            names,
            [
                "河北省疾控中心",
                "石家庄市疾控中心",
                "保定市疾控中心",
                "廊坊市疾控中心"
            ]
        );
    }
}
