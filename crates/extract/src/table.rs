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

use crate::aid::{AidRecord, AidType, Evidence, PartyRef, Role, Status};
use crate::entity::{Entity, EntityValue, Span};
use bangfu_segment::{Trie, data_lines};
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Giving,
    Receiving,
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
            let side = if side == "giving" {
                Side::Giving
            } else {
                Side::Receiving
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
    (from..to).find_map(|i| {
        let (len, &(side, kind)) = columns().longest_at(chars, i)?;
        (i + len <= to).then(|| (Span::new(i, i + len), side, kind))
    })
}

/// A header's giving column, receiving columns, the giving column's word
/// and the relation the header names: the giving column's, unless only the
/// receiving side says more than a pairing.
fn columns_of(
    chars: &[char],
    header: &[(usize, usize)],
) -> Option<(usize, Vec<usize>, Span, AidType)> {
    let cols: Vec<Option<(Span, Side, AidType)>> =
        header.iter().map(|&c| column(chars, c)).collect();
    let giving = cols
        .iter()
        .position(|c| c.is_some_and(|c| c.1 == Side::Giving))?;
    let receiving: Vec<usize> = (0..cols.len())
        .filter(|&j| cols[j].is_some_and(|c| c.1 == Side::Receiving))
        .collect();
    let (trigger, _, given_kind) = cols[giving]?;
    let kind = match given_kind {
        AidType::Pairing => receiving
            .iter()
            .filter_map(|&j| cols[j].map(|c| c.2))
            .find(|&t| t != AidType::Pairing)
            .unwrap_or(AidType::Pairing),
        t => t,
    };
    Some((giving, receiving, trigger, kind))
}

/// The relations the tables of `chars` list.  `is_party` says which
/// entities may be a side (an institution or place that is not a seat
/// inside a name).
pub(crate) fn records(
    chars: &[char],
    entities: &[Entity],
    is_party: &dyn Fn(usize) -> bool,
) -> Vec<AidRecord> {
    let mut out = Vec::new();
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
            .then(|| (1, vec![2], Span::new(ts, te), kind))
        };
        let (giving, receiving, trigger, kind) = match columns_of(chars, &header) {
            Some(c) => c,
            None => match headerless() {
                Some(c) => {
                    k -= 1;
                    c
                }
                None => continue,
            },
        };
        let parties_in = |(a, b): (usize, usize)| -> Vec<usize> {
            let first = entities.partition_point(|e| e.span.start < a);
            (first..entities.len())
                .take_while(|&x| entities[x].span.start < b)
                .filter(|&x| {
                    entities[x].span.end <= b
                        && matches!(
                            entities[x].value,
                            EntityValue::Institution(_) | EntityValue::Place(_)
                        )
                        && is_party(x)
                })
                .collect()
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
            let mut givers = parties_in(row[giving]);
            let empty = row[giving].0 == row[giving].1;
            if empty {
                givers = above.clone();
            }
            above = givers.clone();
            let mut takers: Vec<usize> =
                receiving.iter().flat_map(|&j| parties_in(row[j])).collect();
            if takers
                .iter()
                .any(|&x| matches!(entities[x].value, EntityValue::Institution(_)))
            {
                takers.retain(|&x| matches!(entities[x].value, EntityValue::Institution(_)));
            }
            if givers.is_empty() || takers.is_empty() {
                continue;
            }
            let umbrella = matches!(kind, AidType::Pairing | AidType::Consortium);
            out.push(AidRecord {
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
                persons: None,
                persons_also: Vec::new(),
                institutions: None,
                amount: None,
                duration: None,
                departments: Vec::new(),
                status: Status::Completed,
                confidence: 0.8,
                recommended_for_aggregates: !umbrella,
                evidence: vec![Evidence {
                    sentence: Span::new(from, to),
                    trigger,
                }],
            });
        }
    }
    out
}
