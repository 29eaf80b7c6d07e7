//! Tables of aid relations.
//!
//! A policy often lists who supports whom as a table — an attachment of a
//! notice (`附件：城市三级医院对口帮扶县级医院名单`) pasted from a spreadsheet
//! or a PDF:
//!
//! ```text
//! 序号 → 支援医院 → 受援医院
//! 1 → 四川省人民医院 → 泸定县人民医院
//! ```
//!
//! (`→` for a tab)
//!
//! No row has a verb, so the sentence reader finds no act in it; the header
//! says what each column is.  The normaliser writes a table's column breaks
//! as tabs, so a row's cells are its pieces between tabs.  A header with a
//! giving column and a receiving column (`data/table_columns.txt`: 支援医院,
//! 帮扶单位, 牵头医院 … and 受援医院, 受援县, 成员单位 …) makes every row
//! below it, up to the first line of another shape, one relation: the
//! bodies in the giving cell to those in the receiving cells (a body rather
//! than a place where a row names both, GUIDELINES.md's most specific
//! party).  An empty giving cell is the one above it, merged over rows.
//! The relation is what the header's words name: a pairing (支援/受援), a
//! consortium (牵头单位/成员单位) or a sending (派出单位/派驻医院).  The
//! trigger is the giving column's header; the evidence is the row.  A
//! table with no header — numbered rows of two bodies right under a line
//! that names a pairing or consortium (`一、支援关系`) — lists giver, then
//! receiver, as such lists are written; that line's aid word is the trigger.
//!
//! A column of how many are sent (`派驻人数`) makes each row also a
//! sending of that many.  The same columns written as labelled fields
//! (`帮扶单位：A；受援单位：B；派驻人数：12人`, on one line or one a line)
//! are rows that carry their header: see [`labelled`].

use crate::aid::{AidRecord, AidType, Evidence, PartyRef, Role, Status};
use crate::entity::{Entity, EntityValue, Span};
use bangfu_segment::{Trie, data_lines};
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Giving,
    Receiving,
    /// How many people the giver sends (`派驻人数`).
    Sent,
    /// A word that holds a column word and is another column (`帮扶方式`
    /// holds `帮扶方`).
    Other,
}

/// `data/table_columns.txt`: header word → (side, relation).
fn columns() -> &'static Trie<(Side, AidType)> {
    static T: OnceLock<Trie<(Side, AidType)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Trie::new();
        for l in data_lines(include_str!("../data/table_columns.txt")) {
            let mut f = l.split('\t');
            let (Some(word), Some(side), Some(kind)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let side = match side {
                "giving" => Side::Giving,
                "sent" => Side::Sent,
                "other" => Side::Other,
                _ => Side::Receiving,
            };
            if let Some(kind) = AidType::parse(kind) {
                let _ = t.insert(word, (side, kind));
            }
        }
        t
    })
}

/// The cells of the line `[from, to)`: char ranges between tabs.
fn cells(chars: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    for (i, &c) in chars.iter().enumerate().take(to).skip(from) {
        if c == '\t' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, to));
    out
}

/// The column word a header cell holds: its span, side and relation.
fn column(chars: &[char], (from, to): (usize, usize)) -> Option<(Span, Side, AidType)> {
    let mut i = from;
    while i < to {
        match columns().longest_at(chars, i) {
            Some((len, &(Side::Other, _))) => i += len,
            Some((len, &(side, kind))) if i + len <= to => {
                return Some((Span::new(i, i + len), side, kind));
            }
            _ => i += 1,
        }
    }
    None
}

/// A header's giving column, receiving columns, the column of how many
/// are sent, the giving column's word and the relation the header names:
/// the giving column's, unless only the receiving side says more than a
/// pairing.
struct Header {
    giving: usize,
    receiving: Vec<usize>,
    sent: Option<usize>,
    trigger: Span,
    kind: AidType,
}

fn columns_of(chars: &[char], header: &[(usize, usize)]) -> Option<Header> {
    let cols: Vec<Option<(Span, Side, AidType)>> =
        header.iter().map(|&c| column(chars, c)).collect();
    let giving = cols
        .iter()
        .position(|c| c.is_some_and(|c| c.1 == Side::Giving))?;
    let receiving: Vec<usize> = (0..cols.len())
        .filter(|&j| cols[j].is_some_and(|c| c.1 == Side::Receiving))
        .collect();
    let sent = cols
        .iter()
        .position(|c| c.is_some_and(|c| c.1 == Side::Sent));
    let (trigger, _, given_kind) = cols[giving]?;
    let kind = relation(
        given_kind,
        receiving.iter().filter_map(|&j| cols[j].map(|c| c.2)),
    );
    Some(Header {
        giving,
        receiving,
        sent,
        trigger,
        kind,
    })
}

/// The relation a giving column's word names, unless it names a pairing
/// and a receiving column's says more (`支援单位` over `派驻医院`).
fn relation(given: AidType, mut received: impl Iterator<Item = AidType>) -> AidType {
    match given {
        AidType::Pairing => received
            .find(|&t| t != AidType::Pairing)
            .unwrap_or(AidType::Pairing),
        t => t,
    }
}

/// The entities wholly inside `[a, b)` (they come in span order).
fn inside(entities: &[Entity], (a, b): (usize, usize)) -> impl Iterator<Item = usize> + '_ {
    let first = entities.partition_point(|e| e.span.start < a);
    (first..entities.len())
        .take_while(move |&x| entities[x].span.start < b)
        .filter(move |&x| entities[x].span.end <= b)
}

/// The parties inside `[a, b)`.
fn parties_in(
    entities: &[Entity],
    is_party: &dyn Fn(usize) -> bool,
    cell: (usize, usize),
) -> Vec<usize> {
    inside(entities, cell)
        .filter(|&x| {
            matches!(
                entities[x].value,
                EntityValue::Institution(_) | EntityValue::Place(_)
            ) && is_party(x)
        })
        .collect()
}

/// The count of people inside `[a, b)` (`12人`, `5名`).
fn people_in(entities: &[Entity], cell: (usize, usize)) -> Option<usize> {
    inside(entities, cell).find(|&x| crate::aid::counts_people(&entities[x].value))
}

/// What a cell of how many are sent says: people counted (`6人`), or,
/// under a header that says they are people (`派驻人数`), a bare number
/// of them — a sending, whose number is no count of the text's (GUIDELINES
/// counts need a classifier) — or nothing (empty, `0`, `—`).
fn sent_in(chars: &[char], entities: &[Entity], cell: (usize, usize)) -> Option<Option<usize>> {
    if let Some(k) = people_in(entities, cell) {
        return Some(Some(k));
    }
    let text = &chars[cell.0..cell.1];
    (text.iter().any(|c| c.is_ascii_digit() && *c != '0')
        && text.iter().all(|c| c.is_ascii_digit() || c.is_whitespace()))
    .then_some(None)
}

/// The records one row (or one set of labelled fields) tells: the relation
/// from its givers to its receivers and, where it says how many are sent,
/// a sending of that many (the relation itself, where it is one).
fn row_records(
    chars: &[char],
    (kind, trigger): (AidType, Span),
    givers: &[usize],
    mut takers: Vec<usize>,
    sent: Option<Option<usize>>,
    row: Span,
    entities: &[Entity],
) -> Vec<AidRecord> {
    if takers
        .iter()
        .any(|&x| matches!(entities[x].value, EntityValue::Institution(_)))
    {
        takers.retain(|&x| matches!(entities[x].value, EntityValue::Institution(_)));
    }
    if givers.is_empty() || takers.is_empty() {
        return Vec::new();
    }
    let record = |kind: AidType, persons: Option<usize>| {
        let umbrella = matches!(kind, AidType::Pairing | AidType::Consortium);
        AidRecord {
            kind,
            trigger: chars[trigger.start..trigger.end].iter().collect(),
            donors: givers
                .iter()
                .map(|&x| PartyRef {
                    entity: x,
                    role: Role::Extending,
                })
                .collect(),
            recipients: takers
                .iter()
                .map(|&x| PartyRef {
                    entity: x,
                    role: Role::Direct,
                })
                .collect(),
            date: None,
            persons,
            persons_also: Vec::new(),
            institutions: None,
            amount: None,
            amount_also: Vec::new(),
            duration: None,
            departments: Vec::new(),
            status: Status::Completed,
            confidence: 0.8,
            recommended_for_aggregates: !umbrella,
            evidence: vec![Evidence {
                sentence: row,
                trigger,
            }],
        }
    };
    match (kind, sent) {
        (AidType::Personnel, persons) => vec![record(kind, persons.flatten())],
        (_, Some(persons)) => vec![record(kind, None), record(AidType::Personnel, persons)],
        (_, None) => vec![record(kind, None)],
    }
}

/// The relations the tables of `chars` list.  `is_party` says which
/// entities may be a side (an institution or place that is not a seat
/// inside a name).
pub(crate) fn records(
    chars: &[char],
    entities: &[Entity],
    is_party: &dyn Fn(usize) -> bool,
) -> Vec<AidRecord> {
    let mut out = labelled(chars, entities, is_party);
    if !chars.contains(&'\t') {
        return out;
    }
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines.push((start, chars.len()));
    let mut k = 0;
    while k < lines.len() {
        let (from, to) = lines[k];
        k += 1;
        let header = cells(chars, from, to);
        if header.len() < 2 {
            continue;
        }
        // a header names the columns, and the rows start on the next line;
        // with none, numbered rows of two bodies right under a line that
        // names the relation (`一、支援关系`, `…对口支援关系表`) list giver,
        // then receiver, from this line on
        let headerless = || {
            let numbered = header.len() == 3
                && header[0].0 < header[0].1
                && chars[header[0].0..header[0].1]
                    .iter()
                    .all(|c| c.is_ascii_digit());
            let above = lines[..k - 1].iter().rev().find(|l| l.0 < l.1)?;
            let (ts, te, kind) = crate::aid::first_trigger_in(chars, above.0, above.1)?;
            (numbered
                && !chars[above.0..above.1].contains(&'\t')
                && matches!(kind, AidType::Pairing | AidType::Consortium))
            .then(|| Header {
                giving: 1,
                receiving: vec![2],
                sent: None,
                trigger: Span::new(ts, te),
                kind,
            })
        };
        let h = match columns_of(chars, &header) {
            Some(c) => c,
            None => match headerless() {
                Some(c) => {
                    k -= 1;
                    c
                }
                None => continue,
            },
        };
        let mut above: Vec<usize> = Vec::new();
        while k < lines.len() {
            let (from, to) = lines[k];
            if from == to {
                k += 1;
                continue;
            }
            let row = cells(chars, from, to);
            if row.len() != header.len() {
                break;
            }
            k += 1;
            let mut givers = parties_in(entities, is_party, row[h.giving]);
            let empty = row[h.giving].0 == row[h.giving].1;
            if empty {
                givers = above.clone();
            }
            above = givers.clone();
            let takers: Vec<usize> = h
                .receiving
                .iter()
                .flat_map(|&j| parties_in(entities, is_party, row[j]))
                .collect();
            let sent = h.sent.and_then(|j| sent_in(chars, entities, row[j]));
            out.extend(row_records(
                chars,
                (h.kind, h.trigger),
                &givers,
                takers,
                sent,
                Span::new(from, to),
                entities,
            ));
        }
    }
    out
}

/// A field `label：value` whose label holds a column word: its side, the
/// relation its word names, the word's span and the value's.
struct Field {
    side: Side,
    kind: AidType,
    word: Span,
    value: (usize, usize),
    line: usize,
}

/// Whether `c` ends a field's label before it or its value after it.
fn parts_fields(c: char) -> bool {
    matches!(
        c,
        '\n' | '\t' | '；' | ';' | '，' | ',' | '。' | '、' | ' ' | '\u{3000}' | '）' | ')' | '.'
    )
}

/// Relations written as labelled fields rather than as columns: a list of
/// tasks, one line each (`一、帮扶单位：四川大学华西医院；受援单位：甘孜州
/// 人民医院；派驻人数：12人。`), or a block of lines, one field each.  The
/// labels are the column words of a table (`data/table_columns.txt`), so a
/// set of fields is a row whose header it carries: a giving field, its
/// receiving fields and how many are sent, up to a field of a side the set
/// already has (the next row) or a line with no field.  A label is short —
/// at most ten characters between a break and the colon — and holds a
/// column word, so a colon in prose (`会议指出：支援单位要…`) makes no
/// field.
fn labelled(
    chars: &[char],
    entities: &[Entity],
    is_party: &dyn Fn(usize) -> bool,
) -> Vec<AidRecord> {
    const LONGEST_LABEL: usize = 10;
    let mut fields: Vec<Field> = Vec::new();
    let mut line = 0;
    // the lines that hold a field
    let mut with_field: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            line += 1;
            continue;
        }
        if c != '：' && c != ':' {
            continue;
        }
        let Some(start) = (0..=i)
            .rev()
            .take(LONGEST_LABEL + 1)
            .find(|&j| j == 0 || parts_fields(chars[j - 1]))
        else {
            continue;
        };
        let Some((word, side, kind)) = column(chars, (start, i)) else {
            continue;
        };
        let from = (i + 1..chars.len())
            .find(|&j| !matches!(chars[j], ' ' | '\u{3000}'))
            .unwrap_or(chars.len());
        let to = (from..chars.len())
            .find(|&j| parts_fields(chars[j]) && chars[j] != '、')
            .unwrap_or(chars.len());
        fields.push(Field {
            side,
            kind,
            word,
            value: (from, to),
            line,
        });
        with_field.push(line);
    }
    let mut out = Vec::new();
    if fields.is_empty() {
        return out;
    }
    // (the lines between two fields that hold text and no field)
    let mut line_starts = vec![0];
    line_starts.extend(
        chars
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == '\n')
            .map(|(i, _)| i + 1),
    );
    let text_between = |a: usize, b: usize| {
        (a + 1..b).any(|l| {
            let end = line_starts.get(l + 1).map_or(chars.len(), |&e| e - 1);
            line_starts[l] < end && !with_field.contains(&l)
        })
    };
    let mut row: Vec<&Field> = Vec::new();
    let flush = |row: &[&Field], out: &mut Vec<AidRecord>| {
        let Some(giving) = row.iter().find(|f| f.side == Side::Giving) else {
            return;
        };
        let receiving: Vec<&&Field> = row.iter().filter(|f| f.side == Side::Receiving).collect();
        let kind = relation(giving.kind, receiving.iter().map(|f| f.kind));
        let takers = receiving
            .iter()
            .flat_map(|f| parties_in(entities, is_party, f.value))
            .collect();
        let sent = row
            .iter()
            .find(|f| f.side == Side::Sent)
            .and_then(|f| sent_in(chars, entities, f.value));
        let from = row.iter().map(|f| f.word.start).min().unwrap_or(0);
        let to = row.iter().map(|f| f.value.1).max().unwrap_or(from);
        out.extend(row_records(
            chars,
            (kind, giving.word),
            &parties_in(entities, is_party, giving.value),
            takers,
            sent,
            Span::new(from, to),
            entities,
        ));
    };
    for f in &fields {
        let next_row = row
            .last()
            .is_some_and(|last| text_between(last.line, f.line))
            || row
                .iter()
                .any(|g| g.side == f.side && !(f.side == Side::Receiving && g.line == f.line));
        if next_row {
            flush(&row, &mut out);
            row.clear();
        }
        row.push(f);
    }
    flush(&row, &mut out);
    out
}
