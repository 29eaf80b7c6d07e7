//! Aid records: who helped whom, how, when, with what.
//!
//! A record is read from one sentence.  The sentence must contain a trigger
//! (`data/aid_triggers.txt`, GUIDELINES.md's table as data) and at least one
//! party on each side; news that uses aid words with no named parties yields
//! nothing.  Parties are institution and place entities (a place inside an
//! institution's name is not a party of its own).
//!
//! Roles come from the sentence's structure, tried in this order:
//!
//! 1. arrows: `北京市―→容城县`;
//! 2. a recipient marker after the donor: `A 对/向/为/与 B …`, `A … 入驻/
//!    进驻/到/赴/来/帮扶 B`, with `A 组织 C …` making A the accountable donor
//!    and C implementing donors;
//! 3. the passive `B 接受 A 的…` and `由 A 牵头…`;
//! 4. otherwise the parties before the trigger are donors and those after it
//!    recipients.
//!
//! A sentence with no party before its trigger takes the donor of the
//! previous sentence in the same paragraph (the subject carried over).
//! Coordinated donors and recipients of equal number pair up in order
//! (`A、B 启动了对 C 和 D 的帮扶` → A→C, B→D); otherwise every donor helps
//! every recipient.  Within an article, records with the same type, parties
//! and date are merged, keeping every evidence span.

use crate::entity::{Entity, EntityValue, Span};
use crate::text::at;
use bangfu_segment::{Trie, data_lines, sentences};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The ten kinds of aid act (GUIDELINES.md).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AidType {
    Pairing,
    Agreement,
    Personnel,
    Training,
    ClinicalService,
    Equipment,
    Funding,
    Construction,
    Consortium,
    Discipline,
}

impl AidType {
    fn parse(s: &str) -> Option<AidType> {
        Some(match s {
            "pairing" => AidType::Pairing,
            "agreement" => AidType::Agreement,
            "personnel" => AidType::Personnel,
            "training" => AidType::Training,
            "clinical_service" => AidType::ClinicalService,
            "equipment" => AidType::Equipment,
            "funding" => AidType::Funding,
            "construction" => AidType::Construction,
            "consortium" => AidType::Consortium,
            "discipline" => AidType::Discipline,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            AidType::Pairing => "pairing",
            AidType::Agreement => "agreement",
            AidType::Personnel => "personnel",
            AidType::Training => "training",
            AidType::ClinicalService => "clinical_service",
            AidType::Equipment => "equipment",
            AidType::Funding => "funding",
            AidType::Construction => "construction",
            AidType::Consortium => "consortium",
            AidType::Discipline => "discipline",
        }
    }
}

/// A party's role (after IATI's organisation roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Pays.
    Funding,
    /// Organises and answers for the act (`A 组织 …`).
    Accountable,
    /// The donor side in general.
    Extending,
    /// Carries the act out (the hospitals `A 组织` sends).
    Implementing,
    /// Receives the help.
    Direct,
    /// Benefits through a direct recipient.
    Indirect,
}

/// A reference to an entity of the document (index into its entities).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct PartyRef {
    /// Index of the institution or place entity.
    pub entity: usize,
    pub role: Role,
}

/// Planned, ongoing, completed or a cumulative total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Planned,
    Ongoing,
    Completed,
    Cumulative,
}

/// Where a record was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// The sentence, char offsets into the normalised text.
    pub sentence: Span,
    /// The trigger word.
    pub trigger: Span,
}

/// One aid act.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AidRecord {
    #[serde(rename = "type")]
    pub kind: AidType,
    pub trigger: String,
    pub donors: Vec<PartyRef>,
    pub recipients: Vec<PartyRef>,
    /// Index of the date entity, if the sentence gives one.
    pub date: Option<usize>,
    /// Count entity of people sent or trained.
    pub persons: Option<usize>,
    /// Count entity of donor institutions.
    pub institutions: Option<usize>,
    /// Amount entity.
    pub amount: Option<usize>,
    /// Duration entity.
    pub duration: Option<usize>,
    /// Clinical departments named (`妇科`, `产科`).
    pub departments: Vec<String>,
    pub status: Status,
    pub confidence: f64,
    /// False for umbrella records (pairing, agreement) and cumulative totals,
    /// so that summing people or money counts each act once.
    pub recommended_for_aggregates: bool,
    pub evidence: Vec<Evidence>,
}

/// The trigger table: word → the record type it announces.
fn triggers() -> &'static Trie<AidType> {
    static T: OnceLock<Trie<AidType>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Trie::new();
        for (w, kind) in data_lines(include_str!("../data/aid_triggers.txt")).filter_map(|l| {
            let (w, t) = l.split_once('\t')?;
            Some((w, AidType::parse(t)?))
        }) {
            let _ = t.insert(w, kind);
        }
        t
    })
}

fn any_between(chars: &[char], a: usize, b: usize, words: &[&str]) -> Option<usize> {
    (a..b).find(|&i| words.iter().any(|w| at(chars, i, w)))
}

const RECIPIENT_MARKERS: &[&str] = &[
    "对", "向", "为", "与", "入驻", "进驻", "到", "赴", "来", "帮扶", "支援", "援助", "在",
];
const PLANNED: &[&str] = &["将", "计划", "拟", "力争", "预计", "准备"];
const CUMULATIVE: &[&str] = &["累计", "截至", "以来", "共计", "先后"];

/// Clinical departments: words ending in 科 in a 、-list.
fn departments(chars: &[char], from: usize, to: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if chars[i] == '科' && i > from {
            // Back to the previous separator.
            let mut s = i;
            while s > from
                && !matches!(
                    chars[s - 1],
                    '、' | '，' | ',' | '：' | ':' | '和' | '及' | '扶' | '。' | '等' | '在'
                )
                && i - s < 6
            {
                s -= 1;
            }
            if i + 1 - s >= 2
                && chars
                    .get(i + 1)
                    .is_none_or(|c| matches!(c, '、' | '，' | ',' | '。' | '等' | '和' | '；'))
            {
                out.push(chars[s..=i].iter().collect());
            }
        }
        i += 1;
    }
    out
}

/// Finds the aid records of a text whose entities are known.
pub fn records(text: &str, entities: &[Entity]) -> Vec<AidRecord> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<AidRecord> = Vec::new();
    // A place inside an institution's name is its seat, not a party.  With
    // the institutions in span order, a place is inside one exactly when the
    // furthest end among the institutions starting at or before it reaches
    // its end (one sweep instead of a scan per place).
    let mut insts: Vec<Span> = entities
        .iter()
        .filter(|e| matches!(e.value, EntityValue::Institution(_)))
        .map(|e| e.span)
        .collect();
    insts.sort();
    let mut reach: Vec<usize> = Vec::with_capacity(insts.len());
    for sp in &insts {
        reach.push(reach.last().map_or(sp.end, |&r: &usize| r.max(sp.end)));
    }
    let is_party = |k: usize| match &entities[k].value {
        EntityValue::Institution(_) => true,
        EntityValue::Place(_) => {
            let sp = entities[k].span;
            let n = insts.partition_point(|i| i.start <= sp.start);
            !(n > 0 && reach[n - 1] >= sp.end)
        }
        _ => false,
    };
    // Entities come in span order (as `extract` gives them), so those of a
    // sentence are one run found by bisection; any other order falls back to
    // looking at all of them.
    let sorted = entities.is_sorted_by_key(|e| e.span.start);
    let mut carried: Option<Vec<usize>> = None;
    let mut last_line_start = 0;
    let mut line_start = 0;
    let mut scanned = 0;
    for s in sentences(&chars) {
        if let Some(p) = chars[scanned..s.start].iter().rposition(|&c| c == '\n') {
            line_start = scanned + p + 1;
        }
        scanned = s.start;
        if line_start != last_line_start {
            carried = None;
            last_line_start = line_start;
        }
        let (lo, hi) = if sorted {
            (
                entities.partition_point(|e| e.span.start < s.start),
                entities.partition_point(|e| e.span.start < s.end),
            )
        } else {
            (0, entities.len())
        };
        let in_sentence =
            |k: &usize| s.start <= entities[*k].span.start && entities[*k].span.end <= s.end;
        let parties: Vec<usize> = (lo..hi)
            .filter(|k| in_sentence(k) && is_party(*k))
            .collect();
        // Triggers.
        let mut found: Vec<(usize, usize, AidType)> = Vec::new();
        let mut i = s.start;
        while i < s.end {
            if chars[i] == '《' {
                // Inside a document title words are not acts.
                i = (i..s.end)
                    .find(|&j| chars[j] == '》')
                    .map_or(i + 1, |j| j + 1);
                continue;
            }
            if let Some((len, &kind)) = triggers().longest_at(&chars, i) {
                if !found.iter().any(|f| f.2 == kind) {
                    found.push((i, i + len, kind));
                }
                i += len;
            } else {
                i += 1;
            }
        }
        if found.is_empty() || parties.is_empty() {
            if let Some(&first) = parties.first() {
                carried = Some(vec![first]);
            }
            continue;
        }
        let first_trigger = found.iter().map(|f| f.0).min().unwrap_or(s.start);
        let (donors, recipients, confidence) = roles(
            &chars,
            entities,
            &parties,
            first_trigger,
            s.start,
            s.end,
            carried.as_deref(),
        );
        if !donors.is_empty() {
            carried = Some(
                donors
                    .iter()
                    .filter(|d| d.role != Role::Implementing)
                    .map(|d| d.entity)
                    .collect(),
            );
        }
        if donors.is_empty() || recipients.is_empty() {
            continue;
        }
        let first_of = |pred: &dyn Fn(&EntityValue) -> bool| {
            (lo..hi).find(|k| in_sentence(k) && pred(&entities[*k].value))
        };
        let date = first_of(&|v| matches!(v, EntityValue::Date(_)));
        let duration = first_of(&|v| matches!(v, EntityValue::Duration(_)));
        let amount = first_of(&|v| matches!(v, EntityValue::Amount(_)));
        let persons = first_of(
            &|v| matches!(v, EntityValue::Count(c) if matches!(c.unit.as_deref(), Some("名" | "人" | "位" | "人次")) && c.noun.as_deref().is_none_or(|n| n.contains("专家") || n.contains("医") || n.contains("人员") || n.contains("人才") || n.contains("骨干"))),
        );
        let institutions = first_of(
            &|v| matches!(v, EntityValue::Count(c) if matches!(c.unit.as_deref(), Some("家" | "所"))),
        );
        let status = if any_between(&chars, s.start, first_trigger, PLANNED).is_some() {
            Status::Planned
        } else if any_between(&chars, s.start, s.end, CUMULATIVE).is_some() {
            Status::Cumulative
        } else {
            Status::Completed
        };
        let depts = departments(&chars, first_trigger, s.end);
        // Equal numbers of donors and recipients pair up in order.
        let main: Vec<PartyRef> = donors
            .iter()
            .copied()
            .filter(|d| d.role != Role::Implementing)
            .collect();
        let groups: Vec<(Vec<PartyRef>, Vec<PartyRef>)> =
            if main.len() > 1 && main.len() == recipients.len() {
                main.iter()
                    .zip(&recipients)
                    .map(|(d, r)| (vec![*d], vec![*r]))
                    .collect()
            } else {
                vec![(donors.clone(), recipients.clone())]
            };
        for (ts, te, kind) in &found {
            for (donors, recipients) in &groups {
                let umbrella = matches!(kind, AidType::Pairing | AidType::Agreement);
                let rec = AidRecord {
                    kind: *kind,
                    trigger: chars[*ts..*te].iter().collect(),
                    donors: donors.clone(),
                    recipients: recipients.clone(),
                    date,
                    persons: if matches!(kind, AidType::Personnel | AidType::Training) {
                        persons
                    } else {
                        None
                    },
                    institutions: if matches!(kind, AidType::Personnel) {
                        institutions
                    } else {
                        None
                    },
                    amount: if matches!(kind, AidType::Funding | AidType::Equipment) {
                        amount
                    } else {
                        None
                    },
                    duration,
                    departments: if matches!(
                        kind,
                        AidType::Personnel
                            | AidType::Discipline
                            | AidType::Training
                            | AidType::ClinicalService
                    ) {
                        depts.clone()
                    } else {
                        Vec::new()
                    },
                    status,
                    confidence,
                    recommended_for_aggregates: !umbrella && status != Status::Cumulative,
                    evidence: vec![Evidence {
                        sentence: Span::new(s.start, s.end),
                        trigger: Span::new(*ts, *te),
                    }],
                };
                merge(&mut out, rec, entities);
            }
        }
    }
    out
}

fn name_of(e: &Entity) -> &str {
    match &e.value {
        EntityValue::Institution(i) => &i.name,
        _ => &e.text,
    }
}

fn merge(out: &mut Vec<AidRecord>, rec: AidRecord, entities: &[Entity]) {
    let key = |r: &AidRecord| {
        let names = |ps: &[PartyRef]| {
            ps.iter()
                .map(|p| name_of(&entities[p.entity]).to_string())
                .collect::<Vec<_>>()
        };
        let date = r.date.and_then(|d| match &entities[d].value {
            EntityValue::Date(v) => Some(v.value.clone()),
            _ => None,
        });
        (r.kind, names(&r.donors), names(&r.recipients), date)
    };
    let k = key(&rec);
    if let Some(prev) = out.iter_mut().find(|r| key(r) == k) {
        prev.evidence.extend(rec.evidence);
        prev.confidence = prev.confidence.max(rec.confidence);
    } else {
        out.push(rec);
    }
}

/// Donors and recipients of a sentence.
#[allow(clippy::too_many_arguments)]
fn roles(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    trigger: usize,
    s: usize,
    e: usize,
    carried: Option<&[usize]>,
) -> (Vec<PartyRef>, Vec<PartyRef>, f64) {
    let span = |k: usize| entities[k].span;
    let party = |k: usize, role: Role| PartyRef { entity: k, role };
    // 1. Arrows.
    for k in 0..parties.len().saturating_sub(1) {
        let (a, b) = (span(parties[k]), span(parties[k + 1]));
        let between: String = chars[a.end..b.start].iter().collect();
        if between.contains('→') || between.contains("―>") || between.contains("->") {
            return (
                vec![party(parties[k], Role::Extending)],
                vec![party(parties[k + 1], Role::Direct)],
                0.9,
            );
        }
    }
    // 3. Passive: B 接受 A 的…
    if let Some(p) = any_between(chars, s, e, &["接受"]) {
        let before: Vec<usize> = parties
            .iter()
            .copied()
            .filter(|&k| span(k).end <= p)
            .collect();
        let after: Vec<usize> = parties
            .iter()
            .copied()
            .filter(|&k| span(k).start > p)
            .collect();
        if let (Some(&b), Some(&a)) = (before.last(), after.first()) {
            return (
                vec![party(a, Role::Extending)],
                vec![party(b, Role::Direct)],
                0.8,
            );
        }
    }
    // 由 A 牵头
    if let Some(p) = any_between(chars, s, e, &["由"])
        && let Some(&a) = parties.iter().find(|&&k| span(k).start == p + 1)
    {
        {
            let rest: Vec<PartyRef> = parties
                .iter()
                .copied()
                .filter(|&k| k != a && span(k).start > span(a).end)
                .map(|k| party(k, Role::Direct))
                .collect();
            if !rest.is_empty() {
                return (vec![party(a, Role::Accountable)], rest, 0.7);
            }
        }
    }
    // 2. Subject, 组织, recipient marker.
    let before: Vec<usize> = parties
        .iter()
        .copied()
        .filter(|&k| span(k).end <= trigger)
        .collect();
    let organise = any_between(chars, s, trigger, &["组织", "率"]);
    let mut donors: Vec<PartyRef> = Vec::new();
    let mut confidence = 0.7;
    // The recipient marker: the first marker after the subject.
    let subject_end = before.first().map_or(s, |&k| span(k).end);
    let marker = RECIPIENT_MARKERS
        .iter()
        .filter_map(|m| {
            (subject_end..e)
                .find(|&i| at(chars, i, m))
                .map(|i| (i, m.chars().count()))
        })
        .filter(|&(i, _)| i >= subject_end)
        .min();
    let subjects: Vec<usize> = match marker {
        Some((m, _)) => parties
            .iter()
            .copied()
            .filter(|&k| span(k).end <= m)
            .collect(),
        None => before.clone(),
    };
    if let Some(o) = organise {
        for &k in &subjects {
            donors.push(party(
                k,
                if span(k).end <= o {
                    Role::Accountable
                } else {
                    Role::Implementing
                },
            ));
        }
    } else {
        // Coordinated subjects: parties joined by 、/和/与/及 or by date
        // phrases (…河北省儿童医院，12月11日河北省妇幼保健中心…).
        for &k in &subjects {
            donors.push(party(k, Role::Extending));
        }
    }
    let from = marker.map_or(trigger, |(m, len)| m + len);
    if marker.is_some() {
        confidence = 0.8;
    }
    let mut recipients: Vec<usize> = parties
        .iter()
        .copied()
        .filter(|&k| span(k).start >= from)
        .collect();
    // Only the recipients right after the marker, as a coordinated list.
    if let Some(&first) = recipients.first() {
        let mut keep = vec![first];
        for w in recipients.windows(2) {
            let gap: String = chars[span(w[0]).end..span(w[1]).start].iter().collect();
            if matches!(gap.as_str(), "、" | "和" | "及" | "与" | "以及") {
                keep.push(w[1]);
            } else {
                break;
            }
        }
        recipients = keep;
    }
    if donors.is_empty()
        && let Some(c) = carried
    {
        donors = c.iter().map(|&k| party(k, Role::Extending)).collect();
        confidence = 0.5;
    }
    // Donor lists: keep the coordinated block nearest the marker.
    donors.retain(|d| !recipients.contains(&d.entity));
    let recipients = recipients
        .into_iter()
        .map(|k| party(k, Role::Direct))
        .collect();
    (donors, recipients, confidence)
}
