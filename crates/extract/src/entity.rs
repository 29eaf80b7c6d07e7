//! The entity types every extractor produces.
//!
//! An [`Entity`] is a span of the normalised text (char offsets, half-open)
//! with a kind-specific value.  The kinds are an internally tagged enum, so
//! the JSON reads `{"kind": "amount", "text": …, "span": …, "yuan": …}` and
//! the schema says exactly which fields each kind has.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A half-open range of char offsets `[start, end)`, written `[s, e]` in JSON.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Span {
        Span::new(a[0], a[1])
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

/// How exact a number is, as the text says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As written.
    Exact,
    /// 约, 近, 左右, 上下, or a range.
    About,
    /// 多, 余, 超过, 以上, 逾.
    MoreThan,
    /// 不少于, 至少.
    AtLeast,
    /// 不到, 不足, 以下, 小于.
    LessThan,
}

/// The finest unit a date names.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Decade,
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
}

/// A calendar point or period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DateValue {
    /// EDTF: `2018-09-14`, `2018-04-24/2018-04-26`, `2023/..`, `../2025-12`,
    /// `XXXX-01-26` (year unknown), `XXXX-XX-10` (a day of a month unknown).
    pub value: String,
    /// First second covered, `YYYY-MM-DDTHH:MM:SS`; null for an open start.
    pub start: Option<String>,
    /// Last second covered (inclusive); null for an open end.
    pub end: Option<String>,
    pub granularity: Granularity,
    /// The year is not written but inferred (from an earlier year, or the
    /// publication date).
    pub year_inferred: bool,
    /// `上午`, `下午`, … where the text gives one.
    pub part_of_day: Option<String>,
}

/// A length of time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DurationValue {
    /// ISO 8601 duration (`P3Y`, `P10D`, `PT2H`); for a range, its lower end.
    pub value: String,
    pub qualifier: Qualifier,
    /// The ends of a range of lengths (`3~6个月`: `P3M`, `P6M`), as ISO 8601
    /// durations; absent for one length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
}

/// An amount of money.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Amount {
    /// The amount in `currency`; null when the written number overflows.
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// ISO 4217 code.
    pub currency: String,
    /// `value` when the currency is CNY.
    pub yuan: Option<f64>,
    pub qualifier: Qualifier,
}

/// A counted quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Count {
    /// Null when the written number overflows.
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: Qualifier,
    /// The classifier (`名`, `家`, `人次`), or null for a bare count (`三县`).
    pub unit: Option<String>,
    /// What is counted, as written, or null.
    pub noun: Option<String>,
}

/// What kind of body an institution is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionType {
    HealthAuthority,
    Hospital,
    PrimaryCare,
    Cdc,
    Supervision,
    University,
    Research,
    Government,
    Party,
    Alliance,
    Media,
    Company,
    Other,
}

/// A named organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Institution {
    /// The full name where the text allows (`市卫健委` after `天津市卫生健康委`
    /// → `天津市卫生健康委`), else the text.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: InstitutionType,
    /// GB/T 2260 code of the place the name starts with, if any.
    pub code: Option<String>,
    /// The name is completed from a coordinated list (`石家庄市、保定市疾控中心`
    /// → `石家庄市疾控中心` at `石家庄市`): `text` is only the part written here.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub elided: bool,
    /// The text points at the institution instead of naming it (`我委`,
    /// `本院`): `name` is the article's institution it stands for, and the
    /// mention is not listed as a name of the article.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deictic: bool,
}

/// An administrative division or named area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    /// GB/T 2260 code where the name resolves to one division.
    pub code: Option<String>,
    /// `province`, `city`, `county`, `township` (read by shape after its
    /// county, with no code), or null for named areas.
    pub level: Option<String>,
    /// The name the mention stands for when the text points at a place
    /// instead of naming it (`我区` → `石景山区`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The text points (`我区`, `本市`): not listed as a name of the article.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deictic: bool,
}

/// The value of an entity, by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntityValue {
    Date(DateValue),
    Duration(DurationValue),
    Amount(Amount),
    Count(Count),
    Institution(Institution),
    Place(Place),
}

impl EntityValue {
    pub fn kind(&self) -> &'static str {
        match self {
            EntityValue::Date(_) => "date",
            EntityValue::Duration(_) => "duration",
            EntityValue::Amount(_) => "amount",
            EntityValue::Count(_) => "count",
            EntityValue::Institution(_) => "institution",
            EntityValue::Place(_) => "place",
        }
    }
}

/// One mention in the normalised text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Entity {
    /// The normalised text at `span`.
    pub text: String,
    /// Char offsets into the normalised text.
    pub span: Span,
    #[serde(flatten)]
    pub value: EntityValue,
}

impl Entity {
    /// The name this mention stands for: an institution's full name, the
    /// place a pointing word stands for (`我区` → `石景山区`), else the text.
    pub fn name(&self) -> &str {
        match &self.value {
            EntityValue::Institution(i) => &i.name,
            EntityValue::Place(Place { name: Some(n), .. }) => n,
            _ => &self.text,
        }
    }

    /// Whether the mention points at a name (`我区`, `本院`) instead of
    /// being one.
    pub fn is_deictic(&self) -> bool {
        match &self.value {
            EntityValue::Institution(i) => i.deictic,
            EntityValue::Place(p) => p.deictic,
            _ => false,
        }
    }
}
