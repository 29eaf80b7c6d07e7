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
//! 1. arrows: `北京市―→容城县`; and in the items of a list a sentence naming
//!    the act opens with a colon (`对口帮扶关系如下：` / `1.A——B；`), dashes;
//! 2. a recipient marker after the donor: `A 对/向/为/与 B …`, `A … 入驻/
//!    进驻/到/赴/来/帮扶 B`, with `A 组织 C …` making A the accountable donor
//!    and C implementing donors;
//! 3. the passive `B 接受 A 的…` and `由 A 牵头…`;
//! 4. otherwise the parties before the trigger are donors and those after it
//!    recipients.
//!
//! Before these, three shapes that turn the positions round: the helped
//! (`在 A 的帮助下，B 新开展…`: B receives; A, or where no helper is named the
//! article's main donor, gives), a leading site
//! (`在 B，A 开展义诊…`: B is where the act happens, not a subject), and going
//! to learn (`接收该院6名医生到 A 进修`, `B医生赴 A 跟岗学习`: the party one goes
//! to trains, the party of those who go receives — and a `选派` in that
//! clause sends trainees, not help, so it makes no personnel record).
//!
//! Where the words do not say who gives, standing does: in a relation both
//! sides enter (`A与B签署协议`, `A和B签订…`, `A与B、C与D建立合作关系`), the side
//! of higher standing gives — national bodies, then the provinces that give
//! under the East–West and Beijing–Tianjin–Hebei programmes
//! (`data/donor_provinces.txt`), then the higher level of seat.  Where only
//! positions assigned the roles of any other act, the first two still hold:
//! a national body or a donor province's party is not the recipient of a
//! party from elsewhere (`聚焦环县…，天津市南开区共落实资金…`).  `从 A 选派`
//! makes A the donor wherever it stands; `B 依托/获 A` makes A the donor.
//!
//! What is not a party: names inside a document title (`《…》`), a heading
//! before a colon (`宁城县对口帮扶：…`), the speaker of reported speech
//! (`X指出，…`), a news outlet telling the story (`四川日报讯`, `新华社…电`,
//! `据X报道`). A giver written as an address (`由浙江省宁波市派出`) is its
//! most specific place.  What is not an act: a definition (`…是指…`), a question, a
//! party aiding itself (the same name, a place and what is seated in it, a
//! county body and its own county's institutions, a regional grouping and its
//! members).  A pairing is the umbrella type: a sentence that names a more
//! specific act yields that act only.
//!
//! A sentence with no party before its trigger takes the donor of the
//! previous sentence in the same paragraph (the subject carried over); a
//! word that points at the recipient (`受援医院`, `对口医院`) stands for the
//! recipient of the paragraph's last record when the donor is the same (and a
//! sentence naming no party at all goes on with that record's giver and
//! receiver — so does a paragraph whose first sentence names no body and
//! neither counts nor gathers givers of its own, `活动期间，专家共接诊…`,
//! not `全市13所医院…`); an
//! act that names a donor and no recipient goes to the article's main
//! recipient — the one named in more than half of the recipient mentions so
//! far — with confidence 0.4.
//! Later clauses whose own two parties enter a relation together
//! (`A与B结对，C与D结对`) or are told by 由 (`A由B帮扶，C由D帮扶`) are
//! records of their own.  The shares of a sum just told (`其中，A 1800万元，
//! B 1500万元`) are acts of their own, and the total is no longer summed.
//! A denied act word (`尚未与B签署`, `培训班未能如期举办`), an enumerated
//! item's heading (`二是捐赠设备。`) and the ways or fields a phrase lists
//! (`在学科建设、远程会诊等方面`, `通过…等方式`) are no acts.  Background is not an
//! act: leading clauses of purpose or basis (`为全面落实…，按照…要求，`), the
//! topic of a meeting (`…医共体建设调度会`) or of talk (`研究对口帮扶…工作`),
//! nor a level of care (`诊疗水平`), nor a team (`医疗队`) doing another act
//! in its clause with nothing taking it anywhere (`医疗队专家共接诊…`).
//! Pointing words (`我区`, `本院`) are parties like names (see `deixis`).
//!
//! bangfu reads *medical* aid: a record needs its paragraph to speak of
//! health care (`data/medical_words.txt`) or a party that is a health body,
//! so teachers sent to teach, industrial parks and transport agreements in
//! the same words give no record.
//! Coordinated donors and recipients of equal number pair up in order
//! (`A、B 启动了对 C 和 D 的帮扶` → A→C, B→D); donors each written after a
//! date of their own (`11月6日A，12月11日B分别启动了对C的帮扶`) act apart, on
//! those dates; otherwise every donor helps every recipient.  Money goes
//! with the act of its clause (`捐赠价值300万元的设备，并投入资金150万元`).  Within an article, records with the same type, parties
//! and date are merged, keeping every evidence span.

use crate::entity::{Entity, EntityValue, InstitutionType, Span};
use crate::text::{at, ends_clause, is_han};
use bangfu_segment::{Lexicon, PlaceKind, Trie, data_lines, sentences};
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
    /// Agreements, consortia and pairings are relations both sides enter;
    /// for other acts the order written says who gives.
    pub fn is_mutual(self) -> bool {
        matches!(
            self,
            AidType::Agreement | AidType::Consortium | AidType::Pairing
        )
    }

    pub(crate) fn parse(s: &str) -> Option<AidType> {
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
    /// Further counts of people written in one list with `persons`
    /// (`派出执行院长1名、科室主任10名`): the act's people are their sum.
    pub persons_also: Vec<usize>,
    /// Count entity of donor institutions.
    pub institutions: Option<usize>,
    /// Amount entity.
    pub amount: Option<usize>,
    /// Further amounts written in one list of goods with `amount`, each
    /// the value of its item (`一台价值60多万元的A和一台价值10万元的B`):
    /// the gift's value is their sum.
    pub amount_also: Vec<usize>,
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

/// Words that place a passage in health care (`data/medical_words.txt`).
fn medical_words() -> &'static Trie<()> {
    static T: OnceLock<Trie<()>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Trie::new();
        for w in data_lines(include_str!("../data/medical_words.txt")) {
            let _ = t.insert(w, ());
        }
        t
    })
}

/// Whether a party is a health body by its type.
fn is_health_body(e: &Entity) -> bool {
    matches!(
        &e.value,
        EntityValue::Institution(i) if matches!(
            i.kind,
            InstitutionType::Hospital
                | InstitutionType::HealthAuthority
                | InstitutionType::Cdc
                | InstitutionType::PrimaryCare
                | InstitutionType::Supervision
        )
    )
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

/// The record type a whole word announces as a trigger (`义诊` →
/// clinical service), if it is one.
pub(crate) fn trigger_type(word: &str) -> Option<AidType> {
    trigger_opening(word)
        .filter(|&(len, _)| len == word.chars().count())
        .map(|(_, k)| k)
}

/// The longest trigger a word opens with, in chars, and its record type
/// (`签订协议` → 签订, an agreement).
pub(crate) fn trigger_opening(word: &str) -> Option<(usize, AidType)> {
    let chars: Vec<char> = word.chars().collect();
    triggers().longest_at(&chars, 0).map(|(len, &k)| (len, k))
}

/// Phrases that hold a trigger and name no act (`aid_triggers.txt`'s type
/// `none`: `优质医疗资源下沉` is a slogan, not people sent).
fn not_acts() -> &'static Trie<()> {
    static T: OnceLock<Trie<()>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Trie::new();
        for w in data_lines(include_str!("../data/aid_triggers.txt"))
            .filter_map(|l| l.strip_suffix("\tnone"))
        {
            let _ = t.insert(w, ());
        }
        t
    })
}

/// Whether a verb of reported speech (`介绍`, `表示`) ends right before
/// `end`, starting no earlier than `from`.
pub(crate) fn speech_ends_at(chars: &[char], from: usize, end: usize) -> bool {
    role_words().speech.ends_at(chars, from, end)
}

/// Whether the name starting at `at_` follows a passive verb (`B得到了A的
///支持`, `B接受A帮扶`): the name gives to the verb's subject.
pub(crate) fn gives_to_subject(chars: &[char], at_: usize) -> bool {
    let end = if at_ > 0 && chars[at_ - 1] == '了' {
        at_ - 1
    } else {
        at_
    };
    role_words().passive.ends_at(chars, 0, end)
}

/// An act's givers by name and its receivers, as the sentences after it
/// take them up (`受援医院`, a pronoun for the person sent).
type Receiving = (Vec<String>, Vec<usize>);

/// The parties `ks` as the direct receivers of an act, but for its givers.
fn receivers_besides(ks: &[usize], donors: &[PartyRef]) -> Vec<PartyRef> {
    ks.iter()
        .filter(|&&k| !donors.iter().any(|d| d.entity == k))
        .map(|&k| PartyRef {
            entity: k,
            role: Role::Direct,
        })
        .collect()
}

fn receiving_of(entities: &[Entity], donors: &[PartyRef], recipients: &[PartyRef]) -> Receiving {
    (
        donors
            .iter()
            .map(|d| entities[d.entity].name().to_string())
            .collect(),
        recipients.iter().map(|r| r.entity).collect(),
    )
}

/// The giver and the owner of a share of a project's cost
/// (`B综合楼重建项目总投资1309.4万元，其中A援建900万元`): the act is one of
/// money or building with a sum in its clause, the clause opens (after
/// `其中`, where written) with its giver and names no other party,
/// and an earlier clause of the sentence names a body and, after it, the
/// total.
fn share_of_a_project(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    trigger: usize,
    s: usize,
    e: usize,
) -> Option<(usize, usize)> {
    let kind = triggers().longest_at(chars, trigger).map(|(_, &k)| k)?;
    if !matches!(
        kind,
        AidType::Funding | AidType::Construction | AidType::Equipment
    ) {
        return None;
    }
    let c0 = clause_start(chars, s, trigger);
    let c1 = clause_end(chars, trigger, e);
    if c0 <= s {
        return None;
    }
    let open = role_words()
        .parts_of_whole
        .longest_at(chars, c0)
        .map_or(c0, |(n, _)| c0 + n);
    let span = |k: usize| entities[k].span;
    let &giver = parties.iter().find(|&&k| span(k).start == open)?;
    // (entities are in span order: those from `a` on by bisection)
    let amount_in = |a: usize, b: usize| {
        entities[entities.partition_point(|x| x.span.start < a)..]
            .iter()
            .take_while(|x| x.span.start < b)
            .find(|x| matches!(x.value, EntityValue::Amount(_)) && x.span.end <= b)
            .map(|x| x.span.start)
    };
    if span(giver).end > trigger
        || parties
            .iter()
            .any(|&k| k != giver && span(k).start >= c0 && span(k).start < c1)
        || amount_in(trigger, c1).is_none()
    {
        return None;
    }
    // the total, in the clause before, after its body
    let p0 = clause_start(chars, s, c0 - 1);
    let total = amount_in(p0, c0)?;
    parties
        .iter()
        .copied()
        .rfind(|&k| {
            span(k).start >= p0
                && span(k).end <= total
                && matches!(entities[k].value, EntityValue::Institution(_))
        })
        .map(|owner| (giver, owner))
}

/// Whether a word that marks where help goes (`帮助`, `为`, `到`; role_words:
/// recipient_marker) ends right before `at`.
pub(crate) fn marks_recipient_before(chars: &[char], at: usize) -> bool {
    role_words()
        .recipient_markers
        .ends_at(chars, at.saturating_sub(4), at)
        && !names_what_it_is(chars, at)
}

/// The start of a recipient marker that ends right at `at` and starts no
/// earlier than `from` (`常驻B`, `向B`): the party at `at` is where help
/// goes, not a subject.
fn marker_before(chars: &[char], from: usize, at: usize) -> Option<usize> {
    (at.saturating_sub(4).max(from)..at).find(|&i| marker_at(chars, i).is_some_and(|n| i + n == at))
}

/// Whether the words from `from` (a name's end) close a leading `在…下`
/// phrase of help (`在A的支持下，`) with the last comma before `to`: the name
/// helps, and what follows the comma is helped.
pub(crate) fn helps_before(chars: &[char], from: usize, to: usize) -> bool {
    let Some(c) = (from..to).rev().find(|&i| matches!(chars[i], '，' | ',')) else {
        return false;
    };
    c - from <= 8
        && !chars[from..c].iter().any(|&ch| ends_clause(ch))
        && role_words().helped_tails.ends_at(chars, from, c)
}

/// Whether the count `k` counts bodies on the receiving side: written right
/// after a word that marks a recipient (`与20家医院`), or after a party that
/// one marks, in its clause (`与安顺市20家医院`).
fn receiving_side(chars: &[char], entities: &[Entity], parties: &[usize], k: usize) -> bool {
    let at_ = entities[k].span.start;
    let clause = clause_start(chars, at_.saturating_sub(64), at_);
    marks_recipient_before(chars, at_)
        || parties
            .iter()
            .rev()
            .map(|&p| entities[p].span)
            .find(|sp| sp.end <= at_)
            .is_some_and(|sp| {
                sp.start >= clause
                    && chars[sp.end..at_].iter().all(|c| c.is_alphanumeric())
                    && marks_recipient_before(chars, sp.start)
            })
}

/// The parties that can be sides of the act whose trigger is `ts..te`: not
/// a name whose head is the trigger (`京冀儿科专科联盟` for 专科联盟), which
/// is what the act forms — unless a body joins it (`加入…专科联盟`): then it
/// is there already, and takes the joiner in.
fn sides_of(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    ts: usize,
    te: usize,
) -> Vec<usize> {
    parties
        .iter()
        .copied()
        .filter(|&k| {
            let sp = entities[k].span;
            // (but one joined is a side: `B加入A消化专科联盟`)
            !(sp.start < ts && sp.end == te)
                || role_words()
                    .joins
                    .ends_at(chars, sp.start.saturating_sub(4), sp.start)
        })
        .collect()
}

/// The first aid word in `from..to`: its span and type.
pub(crate) fn first_trigger_in(
    chars: &[char],
    from: usize,
    to: usize,
) -> Option<(usize, usize, AidType)> {
    (from..to).find_map(|i| {
        let (n, &k) = triggers().longest_at(chars, i)?;
        (i + n <= to).then_some((i, i + n, k))
    })
}

/// Whether `word` marks the recipient after it (到, 向, 对口支援 …).
pub(crate) fn is_recipient_marker(word: &str) -> bool {
    role_words().recipient_markers.contains(word)
}

/// Whether a word is one of going somewhere (`到`, `赴`, `来`, `前往`;
/// role_words goes_to).
pub(crate) fn is_going(word: &str) -> bool {
    role_words().goes_to.contains(word)
}

/// Whether a word is an aid word of any type (`援建`, `捐赠`, `帮扶`).
pub(crate) fn is_aid_word(word: &str) -> bool {
    triggers().get(word).is_some()
}

/// Whether `word` is a verb of sending or helping (a personnel trigger or a
/// recipient marker: 选派, 助力): after a noun it is the noun's predicate,
/// whatever tag jieba gives it (`33家优质医疗卫生机构选派…`).
pub(crate) fn is_act_verb(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    triggers()
        .longest_at(&chars, 0)
        .is_some_and(|(len, &k)| len == chars.len() && k == AidType::Personnel)
        || role_words().recipient_markers.contains(word) && chars.len() >= 2
}

fn any_between(chars: &[char], a: usize, b: usize, words: &[&str]) -> Option<usize> {
    (a..b).find(|&i| words.iter().any(|w| at(chars, i, w)))
}

/// A class of role words, in a trie: which of them is written where is one
/// walk per position, not a comparison per word.
type Words = Trie<&'static str>;

/// The role vocabulary (`data/role_words.txt`), by class.
#[derive(Default)]
pub(crate) struct RoleWords {
    recipient_markers: Words,
    naming_verbs: Words,
    negations: Words,
    /// Verbs of setting out (`从长沙出发`): the party after 从 is where
    /// people leave from, not where the help comes from.
    departures: Words,
    /// Words that open a clause saying what money is for (`，用于C、D…`).
    money_uses: Words,
    /// Money itself as what is given (`资金`, `善款`).
    money: Words,
    /// Words that open a clause with the party it is about (`对于B，`).
    topic_openers: Words,
    /// Words that pair two lists item by item (`分别`).
    distributives: Words,
    means_openers: Words,
    means_closers: Words,
    /// Opens what a course or talk covers (内容涵盖…).
    content_openers: Words,
    parts_of_whole: Words,
    /// Verbs whose subject receives from the party right after them.
    passive: Words,
    /// Verbs of reported speech, which end the speaker's part of a sentence.
    speech: Words,
    /// Officials who speak for their body (`有关负责人`).
    officers: Words,
    /// Points back at an act told before (`此次签约`).
    back_references: Words,
    planned: Words,
    /// Opens a leading clause of purpose or basis.
    purpose: Words,
    /// Meetings named after their topic.
    meeting: Words,
    programme_names: Words,
    /// Verbs that make the aid word after them a topic.
    topic_verbs: Words,
    /// Later in an aid word's clause, says the work is praised (给予充分肯定).
    appraisals: Words,
    /// Names the paragraph's last recipient without naming it.
    recipient_pointers: Words,
    /// Two sides build a third body together.
    co_build: Words,
    /// Defines or lists kinds of aid.
    definition: Words,
    cumulative: Words,
    /// Name starts of national bodies (国家, 中国 …); names read them too.
    pub(crate) national: Words,
    coordinators: Words,
    /// Joins the two sides of a relation both enter (A 与 B 签署).
    mutual: Words,
    person_units: Words,
    person_nouns: Words,
    /// Classifiers that count bodies (家, 所 …); names read them too.
    pub(crate) institution_units: Words,
    goes_to: Words,
    learn: Words,
    /// Names the two sides of the paragraph's last act (双方, 两院).
    both_sides: Words,
    /// Ends a leading `在…下` phrase (帮助下, 支持下).
    helped_tails: Words,
    site_tails: Words,
    /// After a party in a 由 sentence, puts it on the giving side (负责).
    giver_verbs: Words,
    /// Right before a party, says where people come from (来自).
    origins: Words,
    /// Hosts people (接收): with guests sent after the party, it gives.
    hosting: Words,
    /// People sent to work as guests (专家, 医疗队).
    guests: Words,
    /// After a list of bodies, says a team is made of their people (组成).
    compositions: Words,
    /// Names people who come to learn or to be treated (学员, 患儿).
    learners: Words,
    /// Right before a party whose request or order the act answers (受, 应).
    agent_openers: Words,
    /// Between a list of parties and its part in a grouping (为).
    copulas: Words,
    /// Ends what a copula says a party is (`B为A对口帮扶单位`).
    kind_nouns: Words,
    /// Right before a first party that receives, with no subject before it,
    /// where the giver is carried (为, 向, 给, 对, 在).
    benefactives: Words,
    /// After 受 and a party, the party commissioned the act (派遣, 委托).
    commissions: Words,
    /// A pairing trigger that alone says only partnership (合作, 揭牌).
    partnerships: Words,
    /// The speaker's own side inside a quotation (我们).
    first_person: Words,
    /// Opening a clause, the person or team sent (他, 她).
    third_person: Words,
    /// Opens with a third-person pronoun and is none (他人, 他乡).
    not_third_person: Words,
    /// Opens a clause before its subject (但, 而).
    clause_conjunctions: Words,
    /// After 为/作为, the body that leads a grouping (牵头单位).
    leads: Words,
    /// After 为/作为, the members of a grouping (成员单位).
    members: Words,
    /// Names a person by their post (主任医师).
    posts: Words,
    /// Taking up a post where one arrives (担任).
    post_taking: Words,
    /// After 受/应 and a party, the party invited the act (邀请, 之邀).
    invitations: Words,
    /// Personnel triggers that name the team sent (医疗队).
    teams: Words,
    /// A group of people, counted by a person unit (`5人管理团队`).
    groups: Words,
    /// After a word of care, a level rather than care given (诊疗水平).
    capacities: Words,
    /// Givers named by quantity (全市, 各医院).
    collectives: Words,
    /// The writer as witness before a leading site (记者在B看到).
    witnesses: Words,
    /// Opens a clause that goes on with the last clause's subject (并, 还).
    subject_goes_on: Words,
    /// Each one of a kind (每家, 各): before a giver side's word, the
    /// givers of the relations just told, one by one.
    each: Words,
    /// Names the giving side of a relation (支援医院, 帮扶单位).
    giver_sides: Words,
    /// People counted arriving are sent (35名专家抵达).
    arrivals: Words,
    /// A body welcoming people (`迎来`): people counted after it were sent.
    welcomes: Words,
    /// After an arrival, makes it a visit, not a sending (调研, 考察).
    visits: Words,
    /// Ends a leading frame of time (…以来，).
    frame_tails: Words,
    /// Ends a leading phrase of the leadership the work is done under
    /// (在市委的领导下，): its bodies are no sides of the act.
    leadership_tails: Words,
    /// A word of building that is an act only before a clinical
    /// department (建成, 建设): it builds a discipline.
    department_builders: Words,
    /// After two province abbreviations, names the programme by which the
    /// first helps the second (沪滇协作, 闽宁对口协作).
    programmes: Words,
    /// After a body opening a title, makes it a document's issuer (关于).
    about: Words,
    /// Ends such a title with the kind of document (通知, 意见).
    document_kinds: Words,
    /// Coming home (返回, 回到): the place after it is the team's own.
    homecomings: Words,
    /// After 在 and a name, says a meeting is held there (在B召开): the
    /// 在 marks a venue, not where help goes.
    convenings: Words,
    /// After 在 and a name, says an event is held there (举行, 举办): a
    /// venue where a ceremony or meeting is what is held.
    holdings: Words,
    /// Names a ceremony (仪式, 典礼).
    ceremonies: Words,
    /// Opens a phrase of an assessment a body passes (通过A认证).
    assessment_openers: Words,
    /// Ends it (认证, 验收, 评审).
    assessments: Words,
    /// After a date, makes it a dateline's (本报临夏11月8日电).
    dateline_tails: Words,
    /// Ends a leading clause of time after an act told (签约仪式后，).
    sequel_tails: Words,
    /// Business, not aid (投资协议, 生产基地).
    commerce: Words,
    /// In a numbered heading, heads a section of plans (下一步, 工作打算).
    plan_headings: Words,
    /// A one-character verb of going before a province's abbreviation
    /// (进疆, 赴黔): the abbreviation is the province.
    pub(crate) enters: Words,
    /// Joining a consortium (加入, 纳入).
    joins: Words,
    /// A verb by which a subject joins the parties after it to its act
    /// (A联合B、C组建…, A整合B、C).
    joiners: Words,
    /// After a name, makes it the source of the text (讯, 消息, 报道).
    sources: Words,
    /// Before a quoted title, makes it an honour (获评, 授予).
    honour_openers: Words,
    /// After a quoted title, makes it an honour (名单, 称号).
    honour_tails: Words,
    /// A rank granted at a level (重点专科): a place before it is the level.
    ranks: Words,
}

/// The role vocabulary (`data/role_words.txt`), one table for the record
/// reader and for the name grammar's national starts and counted bodies.
pub(crate) fn role_words() -> &'static RoleWords {
    static W: OnceLock<RoleWords> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = RoleWords::default();
        for (word, class) in
            data_lines(include_str!("../data/role_words.txt")).filter_map(|l| l.split_once('\t'))
        {
            let list = match class.trim() {
                "recipient_marker" => &mut w.recipient_markers,
                "naming_verb" => &mut w.naming_verbs,
                "negation" => &mut w.negations,
                "departure" => &mut w.departures,
                "money_use" => &mut w.money_uses,
                "money" => &mut w.money,
                "topic_opener" => &mut w.topic_openers,
                "distributive" => &mut w.distributives,
                "means_opener" => &mut w.means_openers,
                "means_closer" => &mut w.means_closers,
                "content_opener" => &mut w.content_openers,
                "part_of_whole" => &mut w.parts_of_whole,
                "passive" => &mut w.passive,
                "speech" => &mut w.speech,
                "back_reference" => &mut w.back_references,
                "planned" => &mut w.planned,
                "purpose" => &mut w.purpose,
                "meeting" => &mut w.meeting,
                "programme_name" => &mut w.programme_names,
                "topic_verb" => &mut w.topic_verbs,
                "appraisal" => &mut w.appraisals,
                "recipient_pointer" => &mut w.recipient_pointers,
                "co_build" => &mut w.co_build,
                "definition" => &mut w.definition,
                "cumulative" => &mut w.cumulative,
                "national" => &mut w.national,
                "coordinator" => &mut w.coordinators,
                "mutual" => &mut w.mutual,
                "person_unit" => &mut w.person_units,
                "person_noun" => &mut w.person_nouns,
                "institution_unit" => &mut w.institution_units,
                "goes_to" => &mut w.goes_to,
                "learn" => &mut w.learn,
                "both_sides" => &mut w.both_sides,
                "helped_tail" => &mut w.helped_tails,
                "site_tail" => &mut w.site_tails,
                "team" => &mut w.teams,
                "group" => &mut w.groups,
                "giver_verb" => &mut w.giver_verbs,
                "origin" => &mut w.origins,
                "hosting" => &mut w.hosting,
                "guest" => &mut w.guests,
                "composition" => &mut w.compositions,
                "learner" => &mut w.learners,
                "agent_opener" => &mut w.agent_openers,
                "copula" => &mut w.copulas,
                "kind_noun" => &mut w.kind_nouns,
                "benefactive" => &mut w.benefactives,
                "commission" => &mut w.commissions,
                "partnership" => &mut w.partnerships,
                "first_person" => &mut w.first_person,
                "third_person" => &mut w.third_person,
                "not_third_person" => &mut w.not_third_person,
                "clause_conjunction" => &mut w.clause_conjunctions,
                "lead" => &mut w.leads,
                "member" => &mut w.members,
                "post" => &mut w.posts,
                "officer" => &mut w.officers,
                "post_taking" => &mut w.post_taking,
                "invitation" => &mut w.invitations,
                "capacity" => &mut w.capacities,
                "collective" => &mut w.collectives,
                "witness" => &mut w.witnesses,
                "each" => &mut w.each,
                "subject_goes_on" => &mut w.subject_goes_on,
                "giver_side" => &mut w.giver_sides,
                "arrival" => &mut w.arrivals,
                "welcome" => &mut w.welcomes,
                "visit" => &mut w.visits,
                "frame_tail" => &mut w.frame_tails,
                "department_builder" => &mut w.department_builders,
                "leadership_tail" => &mut w.leadership_tails,
                "programme" => &mut w.programmes,
                "about" => &mut w.about,
                "document_kind" => &mut w.document_kinds,
                "homecoming" => &mut w.homecomings,
                "convening" => &mut w.convenings,
                "holding" => &mut w.holdings,
                "ceremony" => &mut w.ceremonies,
                "assessment_opener" => &mut w.assessment_openers,
                "assessment" => &mut w.assessments,
                "dateline_tail" => &mut w.dateline_tails,
                "sequel_tail" => &mut w.sequel_tails,
                "commerce" => &mut w.commerce,
                "join" => &mut w.joins,
                "plan_heading" => &mut w.plan_headings,
                "joiner" => &mut w.joiners,
                "source" => &mut w.sources,
                "honour_opener" => &mut w.honour_openers,
                "honour_tail" => &mut w.honour_tails,
                "rank" => &mut w.ranks,
                "enters" => &mut w.enters,
                _ => continue,
            };
            let _ = list.insert(word, word);
        }
        w
    })
}

/// Whether `gap`, the text between two parties (spaces ignored), joins them
/// into one list (`data/role_words.txt`'s coordinators: 、和与及 …); count
/// nouns read lists with it too.
pub(crate) fn coordinates(gap: &str) -> bool {
    role_words().coordinators.contains(gap)
}

/// Whether parties `a` and `b` (in that order) are one list: nothing
/// between them but a coordinator, punctuation, or dates
/// (`A、B`, `A和B`, `A，12月11日B`, `天津市南开区`).
fn joined(chars: &[char], entities: &[Entity], a: usize, b: usize) -> bool {
    let (from, to) = (entities[a].span.end, entities[b].span.start);
    if from > to {
        return false;
    }
    // entities are in text order: those between the two by bisection
    let lo = entities.partition_point(|e| e.span.start < from);
    let hi = entities.partition_point(|e| e.span.start < to);
    let dates: Vec<Span> = entities[lo..hi.max(lo)]
        .iter()
        .filter(|e| matches!(e.value, EntityValue::Date(_)) && e.span.end <= to)
        .map(|e| e.span)
        .collect();
    let gap: String = (from..to)
        .filter(|&i| !dates.iter().any(|d| d.start <= i && i < d.end))
        .map(|i| chars[i])
        .filter(|c| !c.is_whitespace() && !matches!(c, '，' | ',' | '；' | ';'))
        .collect();
    gap.is_empty() || coordinates(&gap)
}

/// Whether a clinical department's name opens at `at` (before `to`) and is
/// the whole noun — what follows it is no name character, or it is listed
/// with another (`建成康复科、儿科`, `儿科等`; role_words coordinator): what a
/// word of building right before it builds is a discipline
/// (`新建重症医学科`), not a facility (`新建儿科病房楼`).
fn department_at(chars: &[char], at: usize, to: usize) -> bool {
    departments(chars, at, to).first().is_some_and(|d| {
        let n = d.chars().count();
        d.chars().eq(chars[at..].iter().copied().take(n))
            && chars.get(at + n).is_none_or(|&c| {
                !is_han(c) || matches!(c, '等' | '并') || coordinates(c.encode_utf8(&mut [0; 4]))
            })
    })
}

/// Clinical departments: words ending in 科 in a 、-list.
///
/// A department's name is the longest of the segmenter's departments
/// (bangfu-segment's `data/departments.txt`) ending at its 科; a name not
/// listed runs back from its 科 to a list separator, at most
/// six characters, and never into the act before it: an aid trigger or a
/// recipient marker ending there (`派驻消化内科`, `帮扶妇科`, `在儿科`) is
/// not part of the name.
fn departments(chars: &[char], from: usize, to: usize) -> Vec<String> {
    static KNOWN: OnceLock<Trie<()>> = OnceLock::new();
    // (reversed, so the longest known name ending at a 科 is one walk back)
    let known = KNOWN.get_or_init(|| {
        let mut t = Trie::new();
        for d in bangfu_segment::departments() {
            let _ = t.insert(&d.chars().rev().collect::<String>(), ());
        }
        t
    });
    let reversed: Vec<char> = chars[from..to.min(chars.len())]
        .iter()
        .rev()
        .copied()
        .collect();
    let act_ends_at = |s: usize| {
        (1..=4.min(s)).any(|len| {
            let w: String = chars[s - len..s].iter().collect();
            triggers().get(&w).is_some() || role_words().recipient_markers.contains(&w)
        })
    };
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        // a known name, unless a longer name goes on (`眼科医院`, `外科学`)
        if chars[i] == '科'
            && let Some((len, _)) = known.longest_at(&reversed, to.min(chars.len()) - 1 - i)
            && !matches!(chars.get(i + 1), Some('医' | '学' | '技' | '研' | '室'))
        {
            out.push(chars[i + 1 - len..=i].iter().collect());
        } else if chars[i] == '科' && i > from {
            // Back to the previous separator.
            let mut s = i;
            while s > from
                && !matches!(
                    chars[s - 1],
                    '、' | '，' | ',' | '：' | ':' | '和' | '及' | '。' | '等'
                )
                && !act_ends_at(s)
                && !chars[s - 1].is_ascii_digit()
                && i - s < 6
            {
                s -= 1;
            }
            // (an act word is no department, nor part of one: `2个重点专科`)
            let act = (s..i).any(|a| {
                triggers()
                    .get(&chars[a..=i].iter().collect::<String>())
                    .is_some()
            });
            if i + 1 - s >= 2
                && !act
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
    let insts = Spans::new(
        entities
            .iter()
            .filter(|e| matches!(e.value, EntityValue::Institution(_))),
    );
    // The same sweep over every name, institution or place: an aid word
    // inside one and not its head is part of the name (see the trigger
    // scan); and the names of a sentence, in order, for its background.
    let names = Spans::new(
        entities
            .iter()
            .filter(|e| matches!(e.value, EntityValue::Institution(_) | EntityValue::Place(_))),
    );
    // An institution whose name a list completed (`安新县医院、中医院` →
    // 安新县中医院) is not a party: a record names the bodies the text names.
    let is_party = |k: usize| match &entities[k].value {
        EntityValue::Institution(i) if i.kind == InstitutionType::Media => {
            !reports(&chars, entities[k].span.end)
        }
        // any body can be a paragraph's source (`天津市卫生健康委员会消息 7月16日，…`)
        EntityValue::Institution(i) => {
            !i.elided
                && !opens_as_source(&chars, entities[k].span)
                && !assesses(&chars, entities[k].span)
        }
        EntityValue::Place(_) => {
            let sp = entities[k].span;
            // (nor a dateline's, which says where the story was written:
            // `本报兰州5月22日电`)
            insts.reach(sp.start).is_none_or(|r| r < sp.end)
                && !dateline(&chars, sp.end)
                // (nor home, where a team comes back to: `返回长沙`)
                && !role_words()
                    .homecomings
                    .ends_at(&chars, sp.start.saturating_sub(4), sp.start)
                // (nor a meeting's venue: `…研讨会先后在易县召开`)
                && !is_venue(&chars, sp)
                // (nor the level of a rank: `建设成贵州省重点专科`)
                && !role_words().ranks.matches_at(&chars, sp.end)
        }
        _ => false,
    };
    // Entities come in span order (as `extract` gives them), so those of a
    // sentence are one run found by bisection; any other order falls back to
    // looking at all of them.
    let sorted = entities.is_sorted_by_key(|e| e.span.start);
    // The relations tables and labelled fields list (`支援医院：A；受援医院：B；
    // 派驻人数：12人`): their rows' words (a column's `支援`, a count's `派驻`)
    // are no acts for the sentences to read again.
    let tabled = crate::table::records(&chars, entities, &is_party);
    let rows: Vec<Span> = tabled.iter().map(|r| r.evidence[0].sentence).collect();
    let mut carried: Option<Vec<usize>> = None;
    // The donor names and recipients of the paragraph's last record, for
    // `受援医院`.
    let mut receiving: Option<Receiving> = None;
    // The donors and recipients of the paragraph's last record, for `双方`.
    let mut last_sides: Option<(Vec<PartyRef>, Vec<PartyRef>)> = None;
    // The two sides of the article's last relation (a pairing, agreement
    // or consortium), which `双方` names before any later act's.
    let mut last_relation: Option<(Vec<PartyRef>, Vec<PartyRef>)> = None;
    // A sentence that names an act and ends in a colon (`对口帮扶关系如下：`)
    // opens a list: its items (`1.A——B；`) are that act's pairs.
    // (trigger start, end, type, the opening sentence's date)
    let mut list_act: Option<(usize, usize, AidType, Option<usize>)> = None;
    // The paragraph's last sum of money given to no one it names (`…下达
    // 资金4500万元。`), which a sentence of its shares may name
    // (`其中，A 1800万元，B 1500万元`): its givers, trigger, date, paragraph.
    let mut unshared: Option<(Vec<PartyRef>, Span, Option<usize>, usize)> = None;
    let mut medical: Option<bool> = None;
    // How often each recipient (by name) was named so far, and its latest
    // mention: the article's main recipient, for acts that name none.
    // (A record naming several recipients gives each a share of one vote.)
    let mut named_recipients = Mentions::default();
    // The same for donors: the article's main donor, for an act that says
    // it was helped and names no helper (`在专家团队帮助下，B新开展…`).
    let mut named_donors = Mentions::default();
    // The last paragraph's act (carried donors, receiving, sides), handed to
    // a paragraph whose first sentence names no party (`活动期间，专家们共接诊
    // …`): it goes on describing that act.
    type Handed = (
        Option<Vec<usize>>,
        (Vec<String>, Vec<usize>),
        Option<(Vec<PartyRef>, Vec<PartyRef>)>,
    );
    let mut handed: Option<Handed> = None;
    // The numbered items of a list are told side by side (`（二）远程医疗。
    // A与B建立远程会诊中心…` / `（三）人才培养。全年为宁夏培养…`): an item
    // goes on from what came before the list, not from the item before it.
    // (the kind of numbering of the items, and what the list's first item
    // was handed)
    let mut list_items: Option<(ItemKind, Option<Handed>)> = None;
    // The senders of the article's last sending (`A选派医疗队…`), for a
    // sentence whose subject is the team (`医疗队专家在B开展义诊`).
    let mut team_sender: Option<Vec<usize>> = None;
    // The last sending with a receiver: its senders and (givers' names,
    // receivers), for the acts of the person or team sent, told of by a
    // pronoun (`他带领科室开展新技术12项`) in the paragraphs after it.
    let mut last_sent: Option<(Vec<usize>, Receiving)> = None;
    let mut opening = false;
    // GUIDELINES: a record's date is the act's where the sentence or its
    // paragraph gives one — a sentence with none takes the latest of the
    // paragraph's sentences before it (`当天…进行了义诊。义诊后，…开展了
    // 学科建设讨论`).  A dateline's date (`本报临夏11月8日电`) is the report's.
    let act_date = |k: usize| {
        matches!(entities[k].value, EntityValue::Date(_))
            && !role_words()
                .dateline_tails
                .matches_at(&chars, entities[k].span.end)
    };
    let mut paragraph_date: Option<usize> = None;
    let mut semicolon_status: Option<Status> = None;
    // Whether the section the sentence is in is headed as plans (`三、下一步
    // 工作打算`): its acts are planned, however told.
    let mut plans_section = false;
    let mut last_sentence: Option<(usize, usize)> = None;
    let mut last_line_start = 0;
    let mut line_start = 0;
    let mut scanned = 0;
    // The senders a sentence names for the team it opens with (`医疗队由A
    // 组建，…`, `该医疗队由A选派`): the body right after 由.
    let team_senders_told = |n: &bangfu_segment::Sentence| -> Option<usize> {
        let mut p = n.start;
        if chars.get(p) == Some(&'该') {
            p += 1;
        }
        let (len, _) = role_words().teams.longest_at(&chars, p)?;
        p += len;
        (chars.get(p) == Some(&'由')).then_some(())?;
        // (by bisection where the entities come in span order)
        let from = if sorted {
            entities.partition_point(|e| e.span.start < p + 1)
        } else {
            0
        };
        (from..entities.len())
            .take_while(|&k| !sorted || entities[k].span.start == p + 1)
            .filter(|&k| entities[k].span.start == p + 1 && is_party(k))
            .max_by_key(|&k| entities[k].span.end)
    };
    // The two sides of one item named as parts on one line, split by a
    // semicolon (`支援医院：A；受援医院：B。`), are one sentence: one act.
    let labelled = |x: &bangfu_segment::Sentence| {
        let w = role_words();
        let start = (x.start..x.end).find(|&i| !chars[i].is_whitespace());
        start.is_some_and(|st| {
            w.leads
                .prefixes_at(&chars, st)
                .chain(w.members.prefixes_at(&chars, st))
                .any(|(n, _)| matches!(chars.get(st + n), Some('：' | ':')))
        })
    };
    let mut all_sentences: Vec<bangfu_segment::Sentence> = Vec::new();
    for x in sentences(&chars) {
        if let Some(last) = all_sentences.last_mut()
            && matches!(
                chars[last.start..last.end]
                    .iter()
                    .rev()
                    .find(|c| !c.is_whitespace()),
                Some('；' | ';')
            )
            && !chars[last.end..x.start].contains(&'\n')
            && labelled(last)
            && labelled(&x)
        {
            last.end = x.end;
            continue;
        }
        // `…下达资金4500万元，其中：A 1800万元，B 1500万元`: the shares of a
        // sum are read as a sentence of their own, as where a full stop
        // comes before 其中 — where they tell no act of their own (`其中A
        // 出资300万元` is A's act in the sentence's).
        let shares_from = (x.start + 1..x.end).find(|&p| {
            matches!(chars[p - 1], '，' | ',' | '；' | ';')
                && role_words().parts_of_whole.matches_at(&chars, p)
                && triggers().find_in(&chars, p, x.end).is_none()
                && {
                    let bodies: Vec<usize> = (entities.partition_point(|e| e.span.start < p)
                        ..entities.partition_point(|e| e.span.start < x.end))
                        .filter(|&k| is_party(k))
                        .collect();
                    !shares_of(&chars, entities, &bodies, p, x.end).is_empty()
                }
        });
        if let Some(p) = shares_from {
            all_sentences.push(bangfu_segment::Sentence {
                start: x.start,
                end: p,
            });
            all_sentences.push(bangfu_segment::Sentence {
                start: p,
                end: x.end,
            });
            continue;
        }
        all_sentences.push(x);
    }
    // A document's issuer (`X关于下达…资金的通知`; role_words: about,
    // document_kind): the body that opens the title, right before 关于, of
    // a title that ends with a kind of document — it gives the acts its
    // text names no giver for (`经研究，现下达…资金1200万元，用于支持B…`).
    let title_end = chars.iter().position(|&c| c == '\n').unwrap_or(chars.len());
    let issuer = chars[..title_end]
        .iter()
        .position(|c| !c.is_whitespace())
        .and_then(|st| {
            entities
                .iter()
                .position(|e| e.span.start == st && matches!(e.value, EntityValue::Institution(_)))
        })
        .filter(|&k| {
            let w = role_words();
            let last = chars[..title_end].iter().rposition(|c| !c.is_whitespace());
            is_party(k)
                && w.about.matches_at(&chars, entities[k].span.end)
                && last.is_some_and(|l| {
                    w.document_kinds
                        .ends_at(&chars, entities[k].span.end, l + 1)
                })
        });
    for (si, &s) in all_sentences.iter().enumerate() {
        // (a heading opens with its number: most sentences are none)
        let numbered = chars[s.start..s.end]
            .iter()
            .find(|c| !c.is_whitespace())
            .is_some_and(|&c| crate::numeral::digit(c).is_some() || matches!(c, '十' | '（' | '('));
        if numbered && outline_heading(&chars, s.start, s.end) {
            plans_section = role_words()
                .plan_headings
                .find_in(&chars, s.start, s.end)
                .is_some();
        }
        if let Some(p) = chars[scanned..s.start].iter().rposition(|&c| c == '\n') {
            line_start = scanned + p + 1;
        }
        scanned = s.start;
        if let Some((a, b)) = last_sentence.replace((s.start, s.end)) {
            // the latest act date of the paragraph's sentences so far
            let from = entities.partition_point(|e| e.span.start < a);
            let to = entities.partition_point(|e| e.span.start < b);
            if let Some(k) = (from..to).rev().find(|&k| act_date(k)) {
                paragraph_date = Some(k);
            }
        }
        if line_start != last_line_start {
            // what the last paragraph's act was, for a paragraph that opens
            // by going on with it
            handed = receiving
                .take()
                .map(|r| (carried.take(), r, last_sides.take()));
            // (not to a heading that tells an act: `多种形式 精准发力 区医疗队
            // 走入顺平` opens a section of its own — a short line that ends no
            // sentence —, while `二、工作任务` leads on to the same act)
            let line_end = chars[line_start..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| line_start + p);
            if line_end - line_start <= 40
                && bangfu_segment::ends_no_sentence(&chars[line_start..])
                && triggers().find_in(&chars, line_start, line_end).is_some()
            {
                handed = None;
            }
            // (an item of text, not a heading line: `二、主要做法` hands on)
            if chars[line_start..line_end].contains(&'。')
                && let Some((kind, number)) = numbered_item(&chars, line_start, line_end)
            {
                match &list_items {
                    Some((k, first)) if *k == kind && number > 1 => handed = first.clone(),
                    _ => list_items = Some((kind, handed.clone())),
                }
            }
            carried = issuer.filter(|_| line_start > title_end).map(|k| vec![k]);
            last_sides = None;
            last_line_start = line_start;
            medical = None;
            opening = true;
            // (a paragraph that opens with a time of day alone goes on with
            // the day told last: `上午10时，在B举行了揭牌仪式`)
            if !crate::date::time_of_day_at(&chars, line_start) {
                paragraph_date = None;
            }
        }
        // Medical aid only: the paragraph speaks of health care, or a
        // party is a health body (checked per record below).
        let paragraph_medical = *medical.get_or_insert_with(|| {
            let end = chars[s.start..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| s.start + p);
            medical_words().find_in(&chars, line_start, end).is_some()
        });
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
        // Names inside a document title (《…》) are part of the title, and
        // a short heading before a colon (`宁城县对口帮扶：3月12日，…`) names
        // the topic, not a party of the act that follows.
        let titles = title_spans(&chars, s.start, s.end);
        let starts: Vec<usize> = (lo..hi).map(|k| entities[k].span.start).collect();
        let heading = heading_end(&chars, s.start, s.end);
        let bodies: Vec<usize> = names
            .starting_in(s.start, s.end)
            .iter()
            .map(|sp| sp.start)
            .collect();
        let body = background_end(&chars, heading, s.end, &starts, &bodies);
        let mut parties: Vec<usize> = (lo..hi)
            .filter(|k| {
                let sp = entities[*k].span;
                in_sentence(k)
                    && is_party(*k)
                    && sp.start >= body
                    && !titles.iter().any(|t| t.contains(&sp))
            })
            .collect();
        // Places that locate the bodies written after them (`与张家口市、
        // 承德市的崇礼区医院、赤城县医院…建立`) are no parties: the bodies are.
        let locators = locating_places(&chars, entities, &parties);
        parties.retain(|k| !locators.contains(k));
        // `“今年我们将继续派出20名专家……”A医院院长王伟说。`: a quotation that
        // opens the sentence in the first person, then its speaker's body
        // and a verb of speech — the body speaks for the quotation's acts,
        // as their giver, and is no party of them.  (Not a quotation about
        // others: `“帮扶团帮助环县…”环县卫健局局长说` is the receiver's praise.)
        if chars[s.start] == '“'
            && let Some(close) = (s.start..s.end).find(|&i| chars[i] == '”')
            && role_words()
                .first_person
                .find_in(&chars, s.start, close)
                .is_some()
            && let Some(&k) = parties.iter().find(|&&k| entities[k].span.start > close)
            && chars[close + 1..entities[k].span.start]
                .iter()
                .all(|c| c.is_whitespace())
            && matches!(entities[k].value, EntityValue::Institution(_))
            && role_words()
                .speech
                .find_in(&chars, entities[k].span.end, s.end)
                .is_some()
        {
            parties.retain(|&p| p != k);
            carried = Some(vec![k]);
        }
        // Triggers.
        // (start, end, type, scope): the scope is the sentence, or for a
        // later trigger of a type already found, its own clause.
        let mut found: Vec<(usize, usize, AidType, (usize, usize))> = Vec::new();
        let breaks: Vec<usize> = (s.start..s.end)
            .filter(|&j| matches!(chars[j], '，' | ',' | '；' | ';'))
            .collect();
        let clause_of = |i: usize| {
            let n = breaks.partition_point(|&b| b < i);
            let a = if n > 0 { breaks[n - 1] + 1 } else { s.start };
            (a, breaks.get(n).copied().unwrap_or(s.end))
        };
        let parties_in = |(a, b): (usize, usize)| -> Vec<usize> {
            parties
                .iter()
                .copied()
                .filter(|&k| entities[k].span.start >= a && entities[k].span.end <= b)
                .collect()
        };
        // Whether a clause's own first two parties enter a relation
        // together (`A与B结对`).
        // (a list may open the clause: `A、B等32家医院与C建立…`, with a
        // place in its tail: `A、B等12家京津医院与C…`; and an address:
        // `温州市鹿城区与B结对`)
        let together = |clause: (usize, usize)| {
            let own = parties_in(clause);
            own.windows(2)
                .map(|w| (entities[w[0]].span.end, entities[w[1]].span.start))
                .find(|&(a, b)| {
                    let gap: String = chars[a..b].iter().collect();
                    a < b
                        && (!coordinates(&gap) || role_words().mutual.contains(&gap))
                        && !(gap.starts_with('等')
                            && role_words().mutual.find_in(&chars, a, b).is_none())
                })
                .is_some_and(|(a, b)| role_words().mutual.find_in(&chars, a, b).is_some())
        };
        // Whether a clause names a giver before its act word (`from`..`to`)
        // and a receiver after it: a whole act of its own.
        // (by bisection over the parties in order: a one-sentence line of
        // thousands of triggers stays linear)
        let whole = |clause: (usize, usize), from: usize, to: usize| {
            let first_from = |at: usize| {
                let n = parties.partition_point(|&k| entities[k].span.start < at);
                parties.get(n).map(|&k| entities[k].span)
            };
            first_from(clause.0).is_some_and(|sp| sp.end <= from)
                && first_from(to).is_some_and(|sp| sp.end <= clause.1)
        };
        let mut i = s.start;
        while i < s.end {
            if i == heading && body > heading {
                // A clause of purpose or basis names no act.
                i = body;
                continue;
            }
            if chars[i] == '《' {
                // Inside a document title words are not acts.
                i = (i..s.end)
                    .find(|&j| chars[j] == '》')
                    .map_or(i + 1, |j| j + 1);
                continue;
            }
            if let Some((len, _)) = not_acts().longest_at(&chars, i) {
                i += len;
                continue;
            }
            if let Some(row) = rows.iter().find(|r| r.start <= i && i < r.end) {
                i = row.end;
                continue;
            }
            // (a word of building that names no act alone, before a clinical
            // department: `帮助B建成重症医学科`, `建设康复科`)
            let hit = triggers()
                .longest_at(&chars, i)
                .map(|(n, &k)| (n, k))
                .or_else(|| {
                    let (n, _) = role_words().department_builders.longest_at(&chars, i)?;
                    let at = i + n + usize::from(chars.get(i + n) == Some(&'了'));
                    department_at(&chars, at, clause_of(i).1).then_some((n, AidType::Discipline))
                });
            if let Some((len, kind)) = hit {
                let level = kind == AidType::ClinicalService
                    && role_words().capacities.matches_at(&chars, i + len);
                // an aid word inside a name and not its head (`东湖新技术开发
                // 区管委会`, `对口帮扶办公室`) is part of the name; a head
                // (`京津冀医联体`, `胸痛中心`) still names the act
                let in_name = names.reach(i).is_some_and(|r| r > i + len);
                // (people a list names by where they were sent, `市卫生局领导、
                // 派驻B的医师等22人参加仪式`: an item of the list, not an act
                // of the bodies before it)
                let describes_people = kind == AidType::Personnel
                    && i > 0
                    && chars[i - 1] == '、'
                    && (i + len..clause_of(i).1.min(i + len + 30))
                        .take_while(|&j| chars[j] != '、')
                        .find(|&j| chars[j] == '的')
                        .is_some_and(|j| role_words().person_nouns.matches_at(&chars, j + 1));
                // (…but not one a gift goes to, in its name or right after
                // it: `为库车市医疗集团捐赠救护车`, `向B医共体投入资金` — the
                // body is there already, and the gift is the act)
                // (the parties starting before it, nearest first: a name
                // ending at it is among the last few)
                let given_to = kind == AidType::Consortium
                    && parties[..parties.partition_point(|&k| entities[k].span.start < i)]
                        .iter()
                        .rev()
                        .take(3)
                        .any(|&k| {
                            let sp = entities[k].span;
                            (sp.end == i + len || sp.end == i)
                                && role_words().benefactives.ends_at(
                                    &chars,
                                    sp.start.saturating_sub(2),
                                    sp.start,
                                )
                                && (sp.end..clause_of(i).1.min(sp.end + 12)).any(|j| {
                                    triggers().longest_at(&chars, j).is_some_and(|(_, &g)| {
                                        matches!(g, AidType::Equipment | AidType::Funding)
                                    })
                                })
                        });
                // people sent somewhere to learn (`B选派10名骨干到A进修学习`)
                // are trainees: the learn word is the act, not the sending
                let to_learn =
                    kind == AidType::Personnel && sends_to_learn(&chars, i + len, clause_of(i).1);
                if !names_a_meeting(&chars, i + len, s.end, kind)
                    && !denied(&chars, i, i + len, clause_of(i))
                    && !names_a_means(&chars, i, i + len, clause_of(i))
                    && !to_learn
                    && !in_slogan(&chars, entities, &parties, i, s.start, s.end)
                    && !in_programme_name(&chars, entities, &parties, i, clause_of(i))
                    && !names_an_honour(&chars, i, s.start, s.end)
                    && !is_topic(&chars, i)
                    && !appraised(&chars, i + len, clause_of(i).1)
                    && !names_a_time(&chars, i + len)
                    && !level
                    && !in_name
                    && !given_to
                    && !describes_people
                {
                    // A clause after the first that names its own giver
                    // before the act and a second party (`A与B开展协作，A还
                    // 向C捐赠…`) is read alone: the sentence's first parties
                    // are not its givers.  (Not one that opens with where
                    // help goes: `…，帮助该院神经外科成为…重点专科`.)
                    let clause = clause_of(i);
                    let own_act = || {
                        let n = parties.partition_point(|&k| entities[k].span.start < clause.0);
                        let own = &parties[n..];
                        own.first().is_some_and(|&k| {
                            entities[k].span.end <= i
                                && !marks_recipient_before(&chars, entities[k].span.start)
                        }) && own
                            .get(1)
                            .is_some_and(|&k| entities[k].span.end <= clause.1)
                    };
                    // …and so is one that opens with its giver a few words
                    // before an act of giving (`A将派出专家…，B投入资金2亿元
                    // 用于改造`, `…，B财政每年安排专项资金…`), every act of it.
                    let own_giver = || {
                        let n = parties.partition_point(|&k| entities[k].span.start < clause.0);
                        parties.get(n).is_some_and(|&k| {
                            let sp = entities[k].span;
                            sp.end <= i
                                && chars[clause.0..sp.start].iter().all(|c| c.is_whitespace())
                                && (sp.end..(sp.end + 11).min(i + 1)).any(|j| {
                                    triggers().longest_at(&chars, j).is_some_and(|(_, &g)| {
                                        matches!(
                                            g,
                                            AidType::Funding
                                                | AidType::Equipment
                                                | AidType::Personnel
                                        )
                                    })
                                })
                        })
                    };
                    // …and so is one that says its two parties by 由
                    // (`其中，A由B帮扶，C由D帮扶`): the party after 由 gives to
                    // the one before it, in that clause alone.
                    let by_clause = || {
                        let n = parties.partition_point(|&k| entities[k].span.start < clause.0);
                        let own = &parties[n..];
                        match own {
                            [a, b, ..] => {
                                let (a, b) = (entities[*a].span, entities[*b].span);
                                b.end <= i
                                    && a.end < b.start
                                    && chars[b.start - 1] == '由'
                                    && b.start - a.end <= 3
                            }
                            _ => false,
                        }
                    };
                    if !found.iter().any(|f| f.2 == kind) {
                        let scope = if !kind.is_mutual()
                            && clause.0 > s.start
                            && (own_act() || own_giver())
                            || by_clause()
                        {
                            // (with the clause after it that says what the
                            // money is for: `，B投入资金600万元，用于C、D…`)
                            if clause.1 < s.end
                                && role_words().money_uses.matches_at(&chars, clause.1 + 1)
                            {
                                (clause.0, clause_of(clause.1 + 1).1)
                            } else {
                                clause
                            }
                        } else {
                            (s.start, s.end)
                        };
                        found.push((i, i + len, kind, scope));
                    } else {
                        // `A与B结对，C与D结对`: a clause whose own two
                        // parties enter the relation together is an act of
                        // its own.
                        let clause = clause_of(i);
                        let seen = found
                            .iter()
                            .any(|f| f.2 == kind && clause_of(f.0) == clause);
                        // So is one that names its giver before the act
                        // and its receiver after it (`…组织选派人才支持B建设，
                        // 从A选派83名专家进驻C`): a whole act of its own —
                        // a relation too (`其中，A对口帮扶B，C对口帮扶D`).
                        // (by bisection over the parties in order: a
                        // one-sentence line of thousands of triggers stays
                        // linear)
                        // And so is one whose bodies are all where help
                        // goes (`A向B捐赠…，向C捐赠…`, `…，帮助C建设康复科`):
                        // the giver goes on, the receiver is its own.
                        // (or the object of a word of acting or building
                        // after the act: `…，并投入资金3200万元新建C`)
                        let own_receivers = || {
                            let own = parties_in(clause);
                            !own.is_empty()
                                && own.iter().all(|&k| {
                                    let at = entities[k].span.start;
                                    let from = at.saturating_sub(4).max(i + len);
                                    marks_recipient_before(&chars, at)
                                        || role_words()
                                            .department_builders
                                            .ends_at(&chars, from, at)
                                        || (from..at).any(|j| {
                                            triggers()
                                                .longest_at(&chars, j)
                                                .is_some_and(|(n, _)| j + n == at)
                                        })
                                })
                        };
                        if !seen
                            && (kind.is_mutual() && (together(clause) || by_clause())
                                || whole(clause, i, i + len)
                                || !kind.is_mutual() && own_receivers())
                        {
                            found.push((i, i + len, kind, clause));
                        }
                    }
                }
                i += len;
            } else {
                i += 1;
            }
        }
        // People counted arriving (`35名医疗人才抵达喀什`) were sent, where
        // the sentence has no word of sending.
        if !found.iter().any(|f| f.2 == AidType::Personnel) {
            // (only after a count of people: most sentences have none)
            // the ends of the sentence's counts of people, in order
            let mut counts: Vec<usize> = (lo..hi)
                .filter(|&k| in_sentence(&k) && counts_people(&entities[k].value))
                .map(|k| entities[k].span.end)
                .collect();
            counts.sort_unstable();
            let arrival = counts.first().and_then(|&from| {
                (from..s.end).find_map(|j| {
                    let (n, _) = role_words().arrivals.longest_at(&chars, j)?;
                    // a count ending in the arrival's clause, before it —
                    // or in the clause before, where the arrival opens its
                    // own (`组织18名专家，赴B开展帮扶`)
                    let clause = clause_of(j);
                    let k = counts.partition_point(|&e| e <= j);
                    let from = if j == clause.0 {
                        clause_of(clause.0.saturating_sub(1).max(s.start)).0
                    } else {
                        clause.0
                    };
                    (k > 0 && counts[k - 1] > from).then_some((j, j + n))
                })
            });
            // (people who go to do a named act — `30名专家赴B开展义诊` — are
            // that act's; `赴B开展帮扶工作` names none)
            let arrival = arrival
                .filter(|&(_, b)| !found.iter().any(|f| f.2 != AidType::Pairing && f.0 >= b));
            // …or one person by their post, from a body, arriving at one
            // (`作为援疆医生，A医院骨科主任医师张明来到B医院，担任骨科主任`),
            // where the sentence states an aid act or a post taken there.
            let w = role_words();
            let arrival = arrival.or_else(|| {
                let (j, n) = (s.start..s.end)
                    .find_map(|j| w.arrivals.longest_at(&chars, j).map(|(n, _)| (j, n)))?;
                let clause = clause_of(j);
                // (the nearest party before, a short title away — or, where
                // the arrival opens its clause and so goes on with the one
                // before, the sentence's first party, a title right after it:
                // `我院心内科主任医师刘某、…作为援疆干部，赴B…`)
                let before = |sp: &&Span| sp.end < j;
                let spans: Vec<Span> = parties.iter().map(|&k| entities[k].span).collect();
                let giver = spans.iter().take_while(before).last().is_some_and(|sp| {
                    sp.start >= clause.0
                        && j - sp.end <= 16
                        && w.posts.find_in(&chars, sp.end, j).is_some()
                }) || j == clause.0
                    && spans.first().filter(before).is_some_and(|sp| {
                        w.posts
                            .find_in(&chars, sp.end, (sp.end + 8).min(j))
                            .is_some()
                    })
                    // (or a body the person comes from, opening the
                    // sentence, with the post before the arrival: `来自A的张伟，
                    // 2023年8月作为援疆干部来到B…`)
                    || spans.first().filter(before).is_some_and(|sp| {
                        w.origins.ends_at(&chars, s.start, sp.start)
                            && w.posts.find_in(&chars, sp.end, j).is_some()
                    })
                    // (or the giver carried from the sentence before, where
                    // this one names no party before the arrival and says
                    // the person's post: `王某是A医院医师。他作为援疆干部，
                    // 来到B…`)
                    // (a party inside a phrase that says what the person is
                    // says whose batch they are of: `作为深圳市第十一批援疆干部
                    // 人才，她来到B` — role_words: naming_verb)
                    || carried.is_some()
                        && spans.iter().filter(before).all(|sp| {
                            w.naming_verbs.matches_at(&chars, clause_of(sp.start).0)
                        })
                        && w.posts.find_in(&chars, s.start, j).is_some();
                let taker = parties
                    .iter()
                    .map(|&k| entities[k].span)
                    .find(|sp| sp.start >= j + n)
                    .is_some_and(|sp| sp.end <= clause.1);
                // (a paired-assistance programme, not any act: experts who
                // go to give a clinic or training are that act's, not sent)
                let stated = found.iter().any(|f| f.2 == AidType::Pairing)
                    || w.post_taking.find_in(&chars, j + n, s.end).is_some();
                (giver && taker && stated).then_some((j, j + n))
            });
            // …or people counted that a body welcomes (`B迎来了A的5名专家`):
            // the welcome, with a count of people after it.
            // (only before the last count of people: most sentences have none)
            let arrival = arrival.or_else(|| {
                let last = *counts.last()?;
                let (j, n) = (s.start..last).find_map(|j| {
                    role_words()
                        .welcomes
                        .longest_at(&chars, j)
                        .map(|(n, _)| (j, n))
                })?;
                (j + n < last).then_some((j, j + n))
            });
            // (a visit is no sending: `院长一行来到B调研`, `…赴B考察`)
            let arrival = arrival.filter(|&(_, b)| {
                role_words()
                    .visits
                    .find_in(&chars, b, clause_of(b).1)
                    .is_none()
            });
            if let Some((a, b)) = arrival {
                found.push((a, b, AidType::Personnel, (s.start, s.end)));
            }
        }
        // Staff sent out to learn (`A选派8名医生到B进修`) are trainees, not
        // help sent: the going is the training's, in that clause.
        let learning: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| {
                f.2 == AidType::Training
                    && learning_parties(&chars, entities, &parties, f.0, s.start).is_some()
            })
            .map(|f| clause_of(f.0))
            .collect();
        if !learning.is_empty() {
            found.retain(|f| f.2 != AidType::Personnel || !learning.contains(&clause_of(f.0)));
        }
        // A team (`医疗队`) doing another act after it in its sentence
        // (`医疗队专家共接诊…`, `医疗队联合B，在C开展义诊`), with nothing
        // taking it anywhere, is that act's subject, not a sending.
        // (in a later clause, a specific act: `医疗队由…组成，重点帮扶B` is
        // the team's mission)
        let doing: Vec<(usize, AidType)> = found
            .iter()
            .filter(|f| f.2 != AidType::Personnel)
            .map(|f| (f.0, f.2))
            .collect();
        found.retain(|f| {
            let team = f.2 == AidType::Personnel && role_words().teams.matches_at(&chars, f.0);
            !team || {
                let clause = clause_of(f.0);
                let next = doing
                    .iter()
                    .find(|d| d.0 > f.0 && (d.0 < clause.1 || d.1 != AidType::Pairing))
                    .map(|d| d.0);
                // (在 says where it acts, not where it is taken)
                next.is_none_or(|x| {
                    (f.1..x).any(|j| chars[j] != '在' && marker_at(&chars, j).is_some())
                })
            }
        });
        // A definition (`…是指…`) or a question states no act; nor does an
        // item's heading (`二是捐赠设备。`), whose act the sentences after
        // it tell with their parties.
        if !found.is_empty()
            && (states_no_act(&chars, s.start, s.end)
                || parties.is_empty() && item_heading(&chars, s.start, s.end))
        {
            found.clear();
        }
        // An aid word inside a leading helped phrase names the helper
        // (`在广东援藏医疗队的帮助下，B建成胸痛中心`), not an act of its own —
        // where an act follows the phrase; else it is the sentence's act
        // (`在A对口帮扶下，B创建三甲`).
        if let Some((open, close)) = helped_phrase(&chars, s.start, s.end)
            && found.iter().any(|f| f.0 >= close)
        {
            found.retain(|f| f.0 < open || f.0 >= close);
        }
        // A pairing is the umbrella type: where the sentence names a more
        // specific act, that act is the record (GUIDELINES: "with no more
        // specific act").
        // A pairing in a clause of its own whose two parties enter it
        // together (`A与B合作更加紧密，与C建立了医联体`) stays, for that
        // clause — unless a specific act names no body of its own and so
        // takes its parties from it (`A与B、C与D建立合作关系，两所医院也纳入了
        // 京津冀医联体`).
        // `新建重症医学科`, `改建了康复科`: what is built is a clinical
        // department, so the act builds a discipline, not a facility.
        // `他曾作为援疆医生在B工作`, `她也报名参加了援疆工作`: a person's
        // part in a programme of paired assistance is their being sent (a
        // post right after the word, or a person the subject of its clause)
        // — where the clause tells no other act of theirs (`帮扶专家助力
        // 医院开展新技术` is the technique's)
        let sent_people: Vec<usize> = found
            .iter()
            .filter(|f| {
                let clause = clause_of(f.0);
                f.2 == AidType::Pairing
                    && (role_words().posts.matches_at(&chars, f.1)
                        || pronoun_subject(&chars, clause.0, f.0).is_some()
                        // (or a person's, however the clause opens: `这是他
                        // 第二次援疆`)
                        || (clause.0..f.0).any(|i| {
                            role_words().third_person.matches_at(&chars, i)
                                && !role_words().not_third_person.matches_at(&chars, i)
                        }))
                    && !found
                        .iter()
                        .any(|g| g.2 != AidType::Pairing && g.0 > f.0 && g.0 < clause.1)
            })
            .map(|f| f.0)
            .collect();
        for f in found.iter_mut() {
            let at = f.1 + usize::from(chars.get(f.1) == Some(&'了'));
            if sent_people.contains(&f.0) {
                f.2 = AidType::Personnel;
            }
            // (so is one before a centre of a discipline: `新建卒中中心`)
            if f.2 == AidType::Construction
                && (department_at(&chars, at, clause_of(f.1).1)
                    || triggers()
                        .longest_at(&chars, at)
                        .is_some_and(|(_, &k)| k == AidType::Discipline))
            {
                f.2 = AidType::Discipline;
            }
            // `捐赠500万元`, `捐赠港币五十万元`, `捐赠善款50万元`: what is
            // given is money itself (not `捐赠价值500万元的设备`, nor `购置
            // 500万元的设备`, where the sum is what the goods are worth)
            let at_sum = role_words()
                .money
                .longest_at(&chars, at)
                .map_or(at, |(n, _)| at + n);
            if f.2 == AidType::Equipment
                && let Some(k) = (lo..hi).find(|&k| entities[k].span.start == at_sum)
                && matches!(entities[k].value, EntityValue::Amount(_))
                && chars.get(entities[k].span.end) != Some(&'的')
                // (money and goods: `捐赠资金50万元和设备一批` gives both,
                // the money read at its own word 资金)
                && !(at_sum > at
                    && role_words()
                        .coordinators
                        .matches_at(&chars, entities[k].span.end))
            {
                f.2 = AidType::Funding;
            }
        }
        // (Funding is money committed or spent: a sentence that states no
        // sum — `加大资金投入`, `投入最大的一个项目` — describes effort, no
        // act that would take the relation's place.)
        let sum_told = (lo..hi)
            .any(|k| in_sentence(&k) && matches!(entities[k].value, EntityValue::Amount(_)));
        let is_specific = |f: &(usize, usize, AidType, (usize, usize))| {
            f.2 != AidType::Pairing && (f.2 != AidType::Funding || sum_told)
        };
        if found.iter().any(is_specific) {
            let specific: Vec<(usize, usize)> = found
                .iter()
                .filter(|f| is_specific(f))
                .map(|f| clause_of(f.0))
                .collect();
            // (whether each names both its parties in its own clause)
            let wholes: Vec<bool> = found
                .iter()
                .filter(|f| is_specific(f))
                .map(|f| {
                    let c = clause_of(f.0);
                    together(c) || whole(c, f.0, f.1)
                })
                .collect();
            // (a specific act borrows from the clauses before it: `…两地签订
            // 合作协议，A与B、C与D分别结成帮扶对子` keeps the pairs; but a
            // total of what the relation has done since tells no act that
            // would take its place: `A与B自2021年起建立对口帮扶关系，三年来
            // 累计派出专家120余人次`)
            let borrowing = |pairing: (usize, usize)| {
                specific.iter().any(|&c| {
                    c.0 >= pairing.1
                        && !parties_in(c)
                            .iter()
                            .any(|&k| matches!(entities[k].value, EntityValue::Institution(_)))
                        && role_words().cumulative.find_in(&chars, c.0, c.1).is_none()
                })
            };
            found.retain_mut(|f| {
                if f.2 != AidType::Pairing {
                    return true;
                }
                let clause = clause_of(f.0);
                // (or names a receiver of its own where every specific act
                // is whole in its own clause and names it not: `A与B政府签订
                // 协议，对C实施托管` — not `A派出医疗队，进驻C开展对口帮扶`,
                // whose sending goes where the pairing's clause says)
                let own_receiver = || {
                    wholes.iter().all(|&w| w)
                        && parties_in(clause).iter().any(|&k| {
                            let st = entities[k].span.start;
                            entities[k].span.end <= f.0
                                && marks_recipient_before(&chars, st)
                                // (a partner is no receiver: `加强与C合作`)
                                && !role_words().mutual.ends_at(&chars, st.saturating_sub(1), st)
                                && !specific.iter().any(|&c| {
                                    parties_in(c)
                                        .iter()
                                        .any(|&j| entities[j].name() == entities[k].name())
                                })
                        })
                };
                let alone = !borrowing(clause) && !specific.contains(&clause);
                // (the two sides named by their word are named: `两院自2021年
                // 建立对口帮扶关系以来，已累计派出…` — for aid, not a mere
                // partnership: `双方将在…方面开展深度合作`)
                let both_named = || {
                    role_words()
                        .both_sides
                        .find_in(&chars, clause.0, f.0)
                        .is_some()
                        && !role_words().partnerships.matches_at(&chars, f.0)
                };
                if alone && (together(clause) || whole(clause, f.0, f.1) || both_named()) {
                    f.3 = clause;
                    return true;
                }
                // (its giver is the sentence's subject, not in the clause)
                alone && own_receiver()
            });
        }
        // A sentence naming no party still continues the paragraph's act
        // when it points at its recipient (`重点支持受援医院开展重点专科建设`).
        // So does one that names no party at all in a paragraph whose last
        // act it goes on describing (`义诊后，专家们分别开展了手术演示、学科
        // 建设讨论…`), or none before an act its team does (`活动期间，专家们
        // 共接诊…，并为B开展培训`): same giver, and the receiver where it
        // names none.
        // (not one that counts or gathers bodies of its own before its act:
        // `全市13所医院对基层开展…`, `各医院要按时派驻…` name new givers, if
        // not by name)
        let first_act = found.iter().map(|f| f.0).min().unwrap_or(s.end);
        // (bodies counted where help goes, `为3家卫生院的医务人员开展培训`,
        // are receivers, not givers)
        // (a count of the receivers is none: `接收两家受援医院的医务人员进修`)
        let counts_receivers = |k: usize| {
            matches!(&entities[k].value, EntityValue::Count(c)
                if c.noun.as_deref().is_some_and(|n| role_words().recipient_pointers.contains(n)))
        };
        let counts_bodies = || {
            (lo..hi).any(|k| {
                entities[k].span.start < first_act
                    && counts_institutions(&entities[k].value)
                    && !receiving_side(&chars, entities, &parties, k)
                    && !counts_receivers(k)
            }) || names
                .find_outside(&role_words().collectives, &chars, s.start, first_act)
                .is_some()
        };
        // So does one whose only body is the speaker of its reported speech
        // when that body gave the last paragraph's act (`A院长在签约仪式上
        // 表示，医院将向各成员单位派驻…`).
        let speaker_gave = || {
            heading > s.start
                && parties.is_empty()
                && names.starting_in(heading, s.end).is_empty()
                && handed.as_ref().is_some_and(|(c, _, _)| {
                    c.as_ref().is_some_and(|givers| {
                        (lo..hi).any(|k| {
                            entities[k].span.end <= heading
                                && matches!(entities[k].value, EntityValue::Institution(_))
                                && givers
                                    .iter()
                                    .any(|&g| entities[g].name() == entities[k].name())
                        })
                    })
                })
        };
        // So does one whose every body a recipient marker leads (`…表示，
        // 已先后派出…到当地工作，并向该院捐赠…`): it names no giver.
        let marked_only = || {
            // (after its speaker: `该局表示，…`)
            let named = names.starting_in(heading, s.end);
            !named.is_empty()
                && named.iter().all(|sp| {
                    marker_before(&chars, s.start, sp.start).is_some_and(|i| chars[i] != '在')
                })
        };
        // …but not one that opens on the aid of a region none of the last
        // act's receivers is in (`与此同时，“组团式”援疆援藏工作扎实推进。`
        // after help to a county of Henan): a topic of its own.
        let other_region = || {
            let lx = Lexicon::shared();
            let regions: Vec<&str> = (s.start..s.end.saturating_sub(1))
                .filter(|&i| chars[i] == '援')
                .filter_map(|i| lx.abbreviation(chars[i + 1]))
                .collect();
            let receivers = handed
                .as_ref()
                .and_then(|(_, _, sides)| sides.as_ref())
                .map(|(_, r)| r.as_slice())
                .unwrap_or_default();
            !regions.is_empty()
                && !receivers.is_empty()
                && !receivers.iter().any(|r| {
                    seat(&entities[r.entity])
                        .is_some_and(|c| regions.iter().any(|&g| c == g || Lexicon::contains(g, c)))
                })
        };
        if std::mem::take(&mut opening)
            && handed.is_some()
            && !other_region()
            // (names inside a document's title name no party: `两地还签订了
            // 《A—B医疗卫生合作框架协议》`)
            && (names
                .starting_in(s.start, s.end)
                .iter()
                .all(|sp| titles.iter().any(|t| t.contains(sp)))
                || names.starting_in(s.start, first_act).is_empty()
                    && names
                        .find_outside(&role_words().teams, &chars, s.start, first_act)
                        .is_some()
                || speaker_gave()
                || marked_only())
            && !counts_bodies()
            && let Some((c, r, sides)) = handed.take()
        {
            (carried, receiving, last_sides) = (c, Some(r), sides);
        }
        // The team sent opens a sentence before any party: it acts for
        // whoever sent it, whatever paragraph this is.
        if carried.is_none()
            && let Some(team) = &team_sender
            && let Some(at_) =
                names.find_outside(&role_words().teams, &chars, s.start, first_act + 1)
            && parties.iter().all(|&k| entities[k].span.start > at_)
            // (the team itself, not one a name owns: `区医疗队`)
            && (at_ == s.start
                || ends_clause(chars[at_ - 1])
                || chars[at_ - 1].is_whitespace()
                || matches!(chars[at_ - 1], '该' | '支' | '、'))
        {
            carried = Some(team.clone());
        }
        // A team named after its sender (`湖南省第三批援鄂医疗队`) is that
        // sender's, for the sentences after it that speak of the team
        // (`该医疗队抵达武汉…`), where no sending has named one yet.
        if team_sender.is_none()
            && let Some(at_) = names.find_outside(&role_words().teams, &chars, s.start, s.end)
            && let Some(&k) = parties.iter().rev().find(|&&k| entities[k].span.end <= at_)
            && at_ - entities[k].span.end <= 10
            && !chars[entities[k].span.end..at_]
                .iter()
                .any(|&c| ends_clause(c) || c.is_whitespace())
        {
            team_sender = Some(vec![k]);
        }
        // A team no sender has named yet whose senders the paragraph's next
        // sentence names (`医疗队一行28人抵达B。医疗队由A组建，…`) is theirs
        // here already.
        if carried.is_none()
            && team_sender.is_none()
            && let Some(at_) = names.find_outside(&role_words().teams, &chars, s.start, s.end)
            && parties.iter().all(|&k| entities[k].span.start > at_)
            && let Some(next) = all_sentences.get(si + 1)
            && !chars[s.end..next.start].contains(&'\n')
            && let Some(a) = team_senders_told(next)
        {
            carried = Some(vec![a]);
        }
        // The person or team sent, as the subject of the sentence's acts
        // (`一年来，他带领科室开展…`, `但她们…`): the sending's giver and, where
        // the sentence names none, its receiver.
        if let Some((givers, recv)) = &last_sent
            && let Some(at_) = pronoun_subject(&chars, s.start, first_act)
            && parties.iter().all(|&k| entities[k].span.start > at_)
        {
            carried = Some(givers.clone());
            receiving = Some(recv.clone());
        }
        // `A帮扶B，C帮扶D。每家支援医院每年派驻…`: a sentence naming no
        // party whose acts each giver of the relations the paragraph just
        // told carries out is each pair's act (role_words: each, giver_side).
        // (or, with the giving side named, `each` right before the act:
        // `三家支援医院每年各派出…`) A paragraph that told none goes on
        // with the last paragraph that did (a notice's list of pairs, then
        // its requirements: `二、工作要求` `各支援医院每年派驻…`).
        let each_before_act = || {
            role_words()
                .each
                .ends_at(&chars, first_act.saturating_sub(2), first_act)
                && (s.start..first_act).any(|i| role_words().giver_sides.matches_at(&chars, i))
        };
        // (or the giving side opening the sentence, as a notice's
        // requirements say it: `（二）支援医院要帮助受援医院…`)
        let side_opens = || {
            (s.start..first_act).any(|i| {
                (i == s.start || matches!(chars[i - 1], '）' | ')' | '、' | '.' | '．' | ' '))
                    && role_words().giver_sides.matches_at(&chars, i)
            })
        };
        let each: Vec<(PartyRef, PartyRef)> = if parties.is_empty()
            && !found.is_empty()
            && (each_before_act()
                || side_opens()
                || (s.start..first_act).any(|i| {
                    role_words()
                        .each
                        .prefixes_at(&chars, i)
                        .any(|(n, _)| role_words().giver_sides.matches_at(&chars, i + n))
                })) {
            let told = |r: &&AidRecord| {
                matches!(r.kind, AidType::Pairing | AidType::Agreement)
                    && r.evidence[0].sentence.end <= s.start
            };
            let paragraph_of = |at: usize| {
                chars[..at]
                    .iter()
                    .rposition(|&c| c == '\n')
                    .map_or(0, |p| p + 1)
            };
            // (a list of pairs one a line is one paragraph of them: the
            // lines right before the last that tell pairs too)
            let told_in: Vec<usize> = out
                .iter()
                .filter(told)
                .map(|r| paragraph_of(r.evidence[0].sentence.start))
                .collect();
            let mut from = told_in.iter().copied().max().unwrap_or(line_start);
            while let Some(e) = chars[..from].iter().rposition(|c| !c.is_whitespace())
                && told_in.contains(&paragraph_of(e))
            {
                from = paragraph_of(e);
            }
            let from = from.min(line_start);
            let mut pairs: Vec<(PartyRef, PartyRef)> = Vec::new();
            for r in out
                .iter()
                .filter(told)
                .filter(|r| r.evidence[0].sentence.start >= from)
            {
                if let [g] = leading(&r.donors)[..] {
                    for &rc in &r.recipients {
                        if !pairs
                            .iter()
                            .any(|(a, b)| a.entity == g.entity && b.entity == rc.entity)
                        {
                            pairs.push((g, rc));
                        }
                    }
                }
            }
            pairs
        } else {
            Vec::new()
        };
        if !each.is_empty() {
            let givers: Vec<PartyRef> = each.iter().map(|p| p.0).collect();
            let takers: Vec<PartyRef> = each.iter().map(|p| p.1).collect();
            carried = Some(givers.iter().map(|g| g.entity).collect());
            receiving = Some(receiving_of(entities, &givers, &takers));
        }
        let continues = carried.is_some() && receiving.is_some();
        if found.is_empty() {
            if let Some((ts, te, kind, _)) = list_act
                && linked_pairs(&chars, entities, &parties)
            {
                found.push((ts, te, kind, (s.start, s.end)));
            } else {
                list_act = None;
            }
        } else {
            let last = chars[s.start..s.end]
                .iter()
                .rposition(|c| !c.is_whitespace())
                .map(|p| chars[s.start + p]);
            let opening_date = (lo..hi)
                .find(|k| in_sentence(k) && matches!(entities[*k].value, EntityValue::Date(_)));
            // (or a list's first item, after the colon that opens it in
            // the sentence, ends with a semicolon: `帮扶关系如下：A→B；C→D；`)
            let first_item = matches!(last, Some('；' | ';'))
                && linked_pairs(&chars, entities, &parties)
                && chars[s.start..s.end]
                    .iter()
                    .any(|&c| matches!(c, '：' | ':'));
            list_act = (matches!(last, Some('：' | ':'))
                || outline_heading(&chars, s.start, s.end)
                || first_item)
                .then(|| (found[0].0, found[0].1, found[0].2, opening_date));
        }
        if found.is_empty() || (parties.is_empty() && !continues) {
            // The shares of a sum just told, one per receiver (`…下达资金
            // 6500万元，支持A、B等5市。其中，A 1800万元，B 1500万元…`): each
            // share is the same act to its receiver, and the total, told
            // again in its parts, is no longer summed.
            if parties.is_empty()
                && let Some(givers) = &carried
                && let Some(f) = found.iter().find(|f| f.2 == AidType::Funding)
                && (lo..hi)
                    .any(|k| in_sentence(&k) && matches!(entities[k].value, EntityValue::Amount(_)))
            {
                let date = (lo..hi).find(|&k| in_sentence(&k) && act_date(k));
                let givers = givers
                    .iter()
                    .map(|&k| PartyRef {
                        entity: k,
                        role: Role::Extending,
                    })
                    .collect();
                unshared = Some((givers, Span::new(f.0, f.1), date, line_start));
                continue;
            }
            let shares = shares_of(&chars, entities, &parties, s.start, s.end);
            // (a sum given to no one named: the shares are its only records)
            if !shares.is_empty()
                && let Some((givers, trigger, date, at_line)) = unshared.take()
                && at_line == line_start
            {
                let word: String = chars[trigger.start..trigger.end].iter().collect();
                for (k, amount) in shares {
                    let rec = AidRecord {
                        kind: AidType::Funding,
                        trigger: word.clone(),
                        donors: givers.clone(),
                        recipients: vec![PartyRef {
                            entity: k,
                            role: Role::Direct,
                        }],
                        date,
                        persons: None,
                        persons_also: Vec::new(),
                        institutions: None,
                        amount: Some(amount),
                        amount_also: Vec::new(),
                        duration: None,
                        departments: Vec::new(),
                        status: Status::Completed,
                        confidence: 0.6,
                        recommended_for_aggregates: true,
                        evidence: vec![Evidence {
                            sentence: Span::new(s.start, s.end),
                            trigger,
                        }],
                    };
                    merge(&mut out, rec, entities);
                }
                continue;
            }
            if !shares.is_empty()
                && let Some(total) = out.iter().rposition(|r| {
                    r.kind == AidType::Funding
                        && r.evidence
                            .iter()
                            .any(|e| e.sentence.end <= s.start && e.sentence.start >= line_start)
                })
            {
                out[total].recommended_for_aggregates = false;
                let parent = out[total].clone();
                for (k, amount) in shares {
                    let mut rec = parent.clone();
                    rec.recipients = vec![PartyRef {
                        entity: k,
                        role: Role::Direct,
                    }];
                    rec.amount = Some(amount);
                    rec.recommended_for_aggregates = parent.status != Status::Cumulative;
                    rec.evidence = vec![Evidence {
                        sentence: Span::new(s.start, s.end),
                        trigger: parent.evidence[0].trigger,
                    }];
                    merge(&mut out, rec, entities);
                }
                continue;
            }
            // (a host's guests come from the giver: `B迎来了A的专家。专家们
            // 在B开展义诊` goes on with A)
            if parties.len() >= 2
                && let Some(p) = passive_at(&chars, entities, &parties, s.start, s.end)
                && let Some(&giver) = parties.iter().find(|&&k| entities[k].span.start > p)
            {
                carried = Some(vec![giver]);
                continue;
            }
            // (not the bodies a team's people come from: `专家团成员来自A、B
            // 等6家医院` tells who carries out a sending, not who sends)
            let names: Vec<Span> = parties.iter().map(|&k| entities[k].span).collect();
            if let Some(&first) = parties
                .iter()
                .find(|&&k| !governed(&chars, s.start, entities[k].span.start, &names))
                && !role_words()
                    .origins
                    .ends_at(&chars, s.start, entities[first].span.start)
            {
                carried = Some(vec![first]);
            }
            continue;
        }
        let first_trigger = found.iter().map(|f| f.0).min().unwrap_or(s.start);
        // A body's officer speaking of acts the speech gives no giver for
        // speaks for the body (`A副院长王军表示，医院将继续派出专家常驻B`) —
        // where the speech names no other body (`B卫健委主任表示，将深化与A的
        // 合作`: the partner is another's).
        // (a receiver marked before the act is no giver of the speech's own:
        // `…表示，医院将继续加大对B的帮扶力度`)
        if heading > s.start
            && first_trigger >= heading
            && !parties.iter().any(|&k| {
                let st = entities[k].span.start;
                st >= heading
                    && (st < first_trigger && !marks_recipient_before(&chars, st)
                        || matches!(entities[k].value, EntityValue::Institution(_)))
            })
            && let Some(body) = (lo..hi).find(|&k| {
                let sp = entities[k].span;
                sp.start >= s.start
                    && sp.end < heading
                    && matches!(entities[k].value, EntityValue::Institution(_))
                    && [&role_words().posts, &role_words().officers]
                        .iter()
                        .any(|w| {
                            w.find_in(&chars, sp.end, (sp.end + 6).min(heading))
                                .is_some()
                        })
            })
        {
            carried = Some(vec![body]);
        }
        let carried_before = carried.clone();
        let first_end = found
            .iter()
            .find(|f| f.0 == first_trigger)
            .map_or(first_trigger, |f| f.1);
        let first_roles = roles(
            &chars,
            entities,
            &sides_of(&chars, entities, &parties, first_trigger, first_end),
            first_trigger,
            s.start,
            s.end,
            carried.as_deref(),
        );
        // (a relation both sides enter goes on from the side that gives by
        // standing, as its record does: `B与天津市A区深化东西部协作。2019年，
        // 落实资金…` — A)
        let mut first_roles = first_roles;
        if first_roles.symmetric
            && found
                .iter()
                .find(|f| f.0 == first_trigger)
                .is_some_and(|f| f.2.is_mutual())
            && first_roles
                .donors
                .iter()
                .chain(&first_roles.recipients)
                .all(|p| parties.contains(&p.entity))
        {
            let (mut d, mut r) = (first_roles.donors.clone(), first_roles.recipients.clone());
            orient(entities, &mut d, &mut r, Standing::Full);
            (first_roles.donors, first_roles.recipients) = (d, r);
        }
        let donors = &first_roles.donors;
        if !donors.is_empty() {
            let givers: Vec<usize> = donors
                .iter()
                .filter(|d| d.role != Role::Implementing)
                .map(|d| d.entity)
                .collect();
            // A team whose senders are told with no place it went to
            // (`医疗队由A组建，队员来自…`) is theirs for the paragraphs after.
            // (told by words — 由 —, not guessed from where a body stands:
            // `走进B诊室，帮扶专家…` names where they work)
            if first_roles.recipients.is_empty()
                && !first_roles.by_position
                && role_words().teams.matches_at(&chars, first_trigger)
                && !givers.is_empty()
            {
                team_sender = Some(givers.clone());
            }
            carried = Some(givers);
        }
        // (the act of a leading frame of time is the relation the sentence's
        // acts are told within: its subject, not the frame's, goes on — `A与B
        // 结对以来，C累计投入…；选派…` goes on with C)
        if let Some(c) = leading_frame(&chars, s.start, s.end).filter(|&c| c > first_trigger)
            && let Some(next) = found.iter().filter(|f| f.0 > c).min_by_key(|f| f.0)
        {
            let r = roles(
                &chars,
                entities,
                &sides_of(&chars, entities, &parties, next.0, next.1),
                next.0,
                s.start,
                s.end,
                carried_before.as_deref(),
            );
            let givers: Vec<usize> = leading(&r.donors).iter().map(|d| d.entity).collect();
            if !givers.is_empty() {
                carried = Some(givers);
            }
        }
        let first_of = |pred: &dyn Fn(&EntityValue) -> bool| {
            (lo..hi).find(|k| in_sentence(k) && pred(&entities[*k].value))
        };
        // a list's items share the date of the sentence that opened it
        // (the date of a report's frame is the report's where what is
        // reported has its own: `5月16日，记者从A获悉，自2021年以来，…`)
        // (nor a date after the last act, in a clause of no act: `A对口帮扶
        // 的B，已于去年12月通过二级甲等医院复审` dates the review, not the help)
        // (nor a date of a share of the whole: `已累计选派专家203人次…，其中
        // 2024年选派31人次` dates the 31, not the total)
        let acts_date = |k: usize| {
            let c = clause_of(entities[k].span.start);
            act_date(k)
                && !(c.0 > s.start && role_words().parts_of_whole.matches_at(&chars, c.0))
                && (found.iter().any(|f| f.0 >= c.0)
                    || triggers().find_in(&chars, c.0, s.end).is_some())
        };
        let date = (lo..hi)
            .filter(|&k| in_sentence(&k) && acts_date(k))
            .find(|&k| heading == s.start || entities[k].span.start >= heading)
            .or_else(|| (lo..hi).find(|&k| in_sentence(&k) && acts_date(k)))
            .or_else(|| list_act.filter(|l| l.0 < s.start).and_then(|l| l.3));
        // A length of time is the act's it describes: the act after it in
        // its own clause (`开展为期10天的义诊`), else the nearest act before
        // it (`选派…进驻B，为期半年，并捐赠…`: the sending's, not the gift's;
        // `派出专家5人，对该院开展为期三个月的帮扶` — the umbrella pairing is
        // no record — the sending's), else the nearest after.  Each record
        // takes the nearest of the sentence's durations that are its own —
        // or else one written before the sentence's first act, the frame of
        // them all (`三年来，A投入…，援建…，捐赠…`).
        let owner = |k: usize| {
            let sp = entities[k].span;
            let clause = clause_of(sp.start);
            found
                .iter()
                .filter(|f| f.0 >= sp.end && f.0 < clause.1)
                .min_by_key(|f| f.0)
                .or_else(|| found.iter().filter(|f| f.1 <= sp.start).max_by_key(|f| f.1))
                .or_else(|| found.iter().min_by_key(|f| f.0))
                .map(|f| f.0)
        };
        let duration_of = |ts: usize| {
            (lo..hi)
                .filter(|k| {
                    in_sentence(k) && matches!(entities[*k].value, EntityValue::Duration(_))
                })
                .filter(|&k| entities[k].span.end <= first_trigger || owner(k) == Some(ts))
                .min_by_key(|&k| {
                    (
                        entities[k].span.end <= first_trigger,
                        entities[k].span.start.abs_diff(ts),
                    )
                })
        };
        let amount = first_of(&|v| matches!(v, EntityValue::Amount(_)));
        // The count an act's record takes: its own clause's, where it has
        // one (`派出专家1300余人次…，接收进修医师260名`), else the sentence's
        // nearest that counts for no other act in its own clause (`到B坐诊、
        // 带教，培训当地医务人员150余人次`; `完成诊疗3500人次，举办讲座32场，
        // 培训医务人员800人次`; `选派380名人才…，新建县级医院4所`) — a
        // pairing is the umbrella of the act, not another (`A等10家医院对口
        // 支援B，累计派出专家126人次`).
        let own_count = |counts: &dyn Fn(usize) -> bool, ts: usize, kind: AidType| {
            let clause = clause_of(ts);
            let counted = |k: &usize| in_sentence(k) && counts(*k);
            (lo..hi)
                .filter(counted)
                .filter(|&k| entities[k].span.start >= clause.0 && entities[k].span.end <= clause.1)
                .min_by_key(|&k| entities[k].span.start.abs_diff(ts))
                .or_else(|| {
                    (lo..hi)
                        .filter(counted)
                        .filter(|&p| {
                            let c = clause_of(entities[p].span.start);
                            !(c.0..c.1).any(|i| {
                                triggers()
                                    .longest_at(&chars, i)
                                    .is_some_and(|(_, &k)| k != kind && k != AidType::Pairing)
                            })
                        })
                        .min_by_key(|&p| entities[p].span.start.abs_diff(ts))
                })
        };
        let w = role_words();
        let status = if names
            .find_outside(&w.planned, &chars, s.start, first_trigger)
            .is_some()
        {
            Status::Planned
        } else if names
            .find_outside(&w.cumulative, &chars, s.start, s.end)
            .is_some()
        {
            Status::Cumulative
        } else {
            Status::Completed
        };
        let status = if plans_section && status == Status::Completed {
            Status::Planned
        } else {
            status
        };
        // the items of a list split by semicolons share the status of the
        // one that opened it (`将派驻…；建立远程会诊模式；…`)
        let status = match semicolon_status {
            Some(Status::Planned) if status == Status::Completed => Status::Planned,
            _ => status,
        };
        semicolon_status = chars[..s.end]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .filter(|&&c| matches!(c, '；' | ';'))
            .map(|_| status);
        // (the paragraph's day goes on only to acts done, as told: not to
        // plans, totals, or a month or a period the paragraph opened with —
        // but days of one event, `5月20日至21日`, are a day's like it)
        let date = date.or(paragraph_date.filter(|&k| {
            status == Status::Completed
                && matches!(&entities[k].value, EntityValue::Date(d)
                    if d.granularity == crate::Granularity::Day && !d.value.contains(".."))
        }));
        // (from the first act's clause: `帮助B建设康复医学科、针灸科2个重点专科`
        // names the departments before the act word)
        let depts = departments(&chars, clause_of(first_trigger).0, s.end);
        let mut before: Option<Roles> = None;
        let mut voted_here = Vec::new();
        let headline = s.start == 0 && bangfu_segment::ends_no_sentence(&chars);
        for (ts, te, kind, scope) in &found {
            let in_clause = *scope != (s.start, s.end);
            let scoped;
            let parties: &[usize] = if in_clause {
                scoped = parties_in(*scope);
                &scoped
            } else {
                &parties
            };
            let sides = sides_of(&chars, entities, parties, *ts, *te);
            let parties: &[usize] = &sides;
            let mut goes_on = false;
            let here = if *ts == first_trigger && !(in_clause && kind.is_mutual()) {
                // (a relation told by 由 in its own clause is that clause's:
                // `其中，A由B帮扶，C由D帮扶`)
                first_roles.clone()
            } else if let Some(prev) = before
                .as_ref()
                .filter(|_| !kind.is_mutual() && parties_in(clause_of(*ts)).is_empty())
            {
                // An act in a clause that names no body goes on from the act
                // before it (`A专家累计在该院完成手术600余台，培训医护人员
                // 1500人次`): the same giver, the same receiver.
                goes_on = true;
                prev.clone()
            } else {
                roles(
                    &chars,
                    entities,
                    parties,
                    *ts,
                    scope.0,
                    scope.1,
                    if in_clause {
                        None
                    } else {
                        carried_before.as_deref()
                    },
                )
            };
            // A clause of its own that names only where help goes
            // (`…，向C捐赠监护仪10台`) has the giver of the act before it.
            let mut here = here;
            if in_clause
                && !kind.is_mutual()
                && here.donors.is_empty()
                && !here.recipients.is_empty()
                && let Some(prev) = &before
            {
                // (not where the receiver before is, or the place it is in:
                // `接收B医师进修，并派遣专家赴昆明开展技术指导` is B's)
                let where_before = |r: &PartyRef| {
                    let e = &entities[r.entity];
                    matches!(e.value, EntityValue::Place(_))
                        && prev.recipients.iter().any(|p| {
                            let p = &entities[p.entity];
                            seated_within(e, p) || seated_within(p, e)
                        })
                };
                if here.recipients.iter().all(where_before) {
                    here.recipients.clear();
                } else {
                    here.donors = prev
                        .donors
                        .iter()
                        .filter(|d| !here.recipients.iter().any(|r| r.entity == d.entity))
                        .copied()
                        .collect();
                }
            }
            // A clause whose trainees go to learn at a place where the
            // sentence's giver is at home (`A每年将选派…，并接收B医务人员到
            // 南京进修`: A hosts them there) has that giver, not the place.
            if in_clause
                && *kind == AidType::Training
                && let [place] = here.donors[..]
                && matches!(entities[place.entity].value, EntityValue::Place(_))
                && role_words()
                    .goes_to
                    .ends_at(&chars, scope.0, entities[place.entity].span.start)
                && let Some(giver) = first_roles.donors.first()
                && !here.recipients.iter().any(|r| r.entity == giver.entity)
                && (seated_within(&entities[place.entity], &entities[giver.entity])
                    || seated_within(&entities[giver.entity], &entities[place.entity]))
            {
                here.donors = vec![PartyRef {
                    entity: giver.entity,
                    role: Role::Extending,
                }];
            }
            // A clause whose subject hosts the people of its act, with no
            // party between the verb of hosting and the act (`A与B组建专科
            // 联盟，每月邀请省级专家来县坐诊`), has the sides the other way
            // round: the subject receives from the other side.  (Not again
            // for the acts that go on from it: `…坐诊、带教`.)
            let clause = clause_of(*ts);
            if !kind.is_mutual()
                && !goes_on
                && !here.donors.is_empty()
                && let Some(h) = (clause.0..*ts).find_map(|i| {
                    role_words()
                        .hosting
                        .prefixes_at(&chars, i)
                        .next()
                        .map(|(n, _)| (i, i + n))
                })
                && guests_follow(&chars, h.1, clause.1)
                && here
                    .donors
                    .iter()
                    .all(|d| entities[d.entity].span.end <= h.0)
                && !parties
                    .iter()
                    .any(|&k| (h.0..*ts).contains(&entities[k].span.start))
            {
                let role = |ps: &[PartyRef], role: Role| {
                    ps.iter()
                        .map(|p| PartyRef {
                            entity: p.entity,
                            role,
                        })
                        .collect()
                };
                (here.donors, here.recipients) = (
                    role(&here.recipients, Role::Extending),
                    role(&here.donors, Role::Direct),
                );
            }
            if !kind.is_mutual() && !here.donors.is_empty() && !here.recipients.is_empty() {
                before = Some(here.clone());
            }
            let Roles {
                donors,
                recipients,
                confidence,
                symmetric,
                by_position,
                parts_named,
            } = here;
            // Agreements, consortia and pairings are relations both sides
            // enter; for other acts the order written decides.
            let mutual = kind.is_mutual();
            // `A和B签订协议，并向C捐赠…`: coordinated parties right before a
            // mutual trigger are its two sides, whatever follows.
            // (not where words named each side's part: `以A为牵头单位，B、C
            // 为成员单位的…`)
            let co = if mutual && !parts_named {
                co_parties(&chars, entities, parties, *ts)
            } else {
                (Vec::new(), Vec::new())
            };
            let coordinated = !co.0.is_empty();
            let (mut donors, mut recipients, mut symmetric, by_position) = if coordinated {
                (co.0, co.1, true, false)
            } else {
                (donors, recipients, symmetric && mutual, by_position)
            };
            // `A与B建立远程会诊合作关系`: two bodies joined before an act
            // that names no object give by standing, not by the order
            // written — the higher gives.
            if !mutual
                && let ([d], [r]) = (&donors[..], &recipients[..])
                && entities[d.entity].span.end < entities[r.entity].span.start
                && entities[r.entity].span.end <= *ts
                && role_words().mutual.contains(
                    &chars[entities[d.entity].span.end..entities[r.entity].span.start]
                        .iter()
                        .collect::<String>(),
                )
                && clause_start(&chars, s.start, *ts) <= entities[d.entity].span.start
                && standing(&entities[r.entity]).outranks(&standing(&entities[d.entity]))
            {
                (donors, recipients) = (
                    vec![PartyRef {
                        entity: r.entity,
                        role: d.role,
                    }],
                    vec![PartyRef {
                        entity: d.entity,
                        role: r.role,
                    }],
                );
            }
            // `B是A对口支援的重点医院`: the act word's own subject gives, to
            // the body the copula describes.
            if let Some((a, b)) = described_as_helped(&chars, entities, parties, *ts, *te) {
                donors = vec![PartyRef {
                    entity: a,
                    role: Role::Extending,
                }];
                recipients = vec![PartyRef {
                    entity: b,
                    role: Role::Direct,
                }];
                symmetric = false;
            }
            // `双方签订了…协议`: the two sides of the article's last relation
            // (`A托管B…。C还安排资金…。下一步，双方将组建专科联盟` → A, B),
            // else of the paragraph's last act.
            if mutual
                && !coordinated
                && let Some((d, r)) = last_relation.as_ref().or(last_sides.as_ref())
                && role_words()
                    .both_sides
                    .find_in(&chars, clause_of(*ts).0, *ts)
                    .is_some()
            {
                donors = d.clone();
                recipients = r.clone();
                symmetric = false;
            }
            // `A与B深化合作共建C`: C is what the two build; the side of
            // higher standing gives to it.  (In the trigger's clause: `A与B
            // 签订协议，双方将共建C` is an agreement between A and B.)
            let trigger_clause = clause_of(*ts);
            if mutual
                && let Some(c) = parties.iter().copied().find(|&k| {
                    let st = entities[k].span.start;
                    matches!(entities[k].value, EntityValue::Institution(_))
                        && st > *ts
                        && st < trigger_clause.1
                        && role_words().co_build.ends_at(&chars, 0, st)
                })
                && let Some(giver) = donors
                    .iter()
                    .chain(&recipients)
                    .filter(|p| p.entity != c)
                    .max_by(|a, b| {
                        standing(&entities[a.entity]).compare(&standing(&entities[b.entity]))
                    })
                    .copied()
            {
                donors = vec![PartyRef {
                    entity: giver.entity,
                    role: Role::Extending,
                }];
                recipients = vec![PartyRef {
                    entity: c,
                    role: Role::Direct,
                }];
                symmetric = false;
            }
            // `…将派驻专家到受援医院工作`: the recipient named last in the
            // paragraph — or, where the paragraph has none from these
            // givers, the receiving side of the article's last relation
            // (`A牵头组建医疗集团。` then, a paragraph on, `A将向成员单位派驻
            // 管理团队`).
            // (or each of a kind: `到各卫生院坐诊` after `A与B卫生院、C卫生院
            // 签订协议`)
            let pointed = || {
                role_words()
                    .recipient_pointers
                    .find_in(&chars, scope.0, scope.1)
                    .is_some()
                    || (scope.0..scope.1).any(|i| {
                        chars[i] == '各' && crate::names::bare_head_at(&chars, i + 1).is_some()
                    })
            };
            // (the same givers, or the county or district they are seated
            // in: `A区第二医院对口支援B。A区将每年安排资金…，用于受援医院…`)
            let seated_in = |place: &Entity, giver: &str| {
                matches!(place.value, EntityValue::Place(_))
                    && seat(place).is_some_and(|c| c.len() == 6 && !c.ends_with("00"))
                    && entities
                        .iter()
                        .find(|e| e.name() == giver)
                        .is_some_and(|g| seated_within(place, g))
            };
            let gives = |givers: &[String]| {
                !donors.is_empty()
                    && donors.iter().all(|d| {
                        let d = &entities[d.entity];
                        givers.iter().any(|g| g == d.name() || seated_in(d, g))
                    })
            };
            let related = || {
                last_relation
                    .as_ref()
                    .map(|(d, r)| receiving_of(entities, d, r))
            };
            if recipients.is_empty()
                && let Some((_, r)) = receiving
                    .clone()
                    .filter(|(g, _)| gives(g) && (parties.is_empty() || pointed()))
                    .or_else(|| related().filter(|(g, _)| gives(g) && pointed()))
            {
                recipients = receivers_besides(&r, &donors);
            }
            // `天津市肿瘤医院秦皇岛医院…开工建设`: the building of a
            // hospital's branch in another place is the parent's act for the
            // branch (where the article names the parent) — whatever body
            // the words name after it (`…开工建设，加快推进B建设`); so is
            // the opening of one that names no receiver
            if (*kind == AidType::Construction
                || recipients.is_empty() && *kind == AidType::Pairing)
                && !donors.is_empty()
                && let Some(parents) = donors
                    .iter()
                    .map(|d| parent_of(entities, d.entity))
                    .collect::<Option<Vec<usize>>>()
            {
                recipients = donors
                    .iter()
                    .map(|d| PartyRef {
                        entity: d.entity,
                        role: Role::Direct,
                    })
                    .collect();
                donors = parents
                    .into_iter()
                    .map(|p| PartyRef {
                        entity: p,
                        role: Role::Extending,
                    })
                    .collect();
            }
            // `…医疗队20名队员奔赴B、C。医疗队由A、D选派`: the team told
            // again as the sentence's subject went where it was sent (all
            // of it: its givers do not pair up with where it went).
            let mut team_went = false;
            if recipients.is_empty()
                && !donors.is_empty()
                && *kind == AidType::Personnel
                && let Some((_, (_, sent_to))) = &last_sent
                && let Some(open) = (s.start..s.end).find(|&i| !chars[i].is_whitespace())
                && role_words().teams.matches_at(&chars, open)
            {
                recipients = receivers_besides(sent_to, &donors);
                team_went = true;
            }
            // `上海市累计投入沪滇协作资金2.6亿元`: the programme names the
            // side helped, as the article names it
            let mut confidence = confidence;
            if recipients.is_empty()
                && !donors.is_empty()
                && let Some(k) = programme_receiver(&chars, (s.start, s.end), entities, &donors)
            {
                recipients = vec![PartyRef {
                    entity: k,
                    role: Role::Direct,
                }];
                confidence = confidence.min(0.5);
            }
            // `天津坚持…，签订"师带徒"协议。`: an act with a donor and no
            // recipient in an article about one recipient goes to it — when
            // the donor gave before in the article (`我市财政投入卫生健康领域
            // 资金12亿元` is a budget, not aid to whoever was helped above;
            // and a level's purse, `省财政下达资金…`, pays for more than the
            // bodies the article tells of).
            if recipients.is_empty()
                && !donors.is_empty()
                && donors
                    .iter()
                    .any(|d| named_donors.knows(entities, d.entity))
                && !donors
                    .iter()
                    .any(|d| crate::deixis::is_purse(&entities[d.entity].text))
                && let Some(k) = named_recipients.main_recipient(
                    entities,
                    donors.iter().all(|d| {
                        matches!(&entities[d.entity].value, EntityValue::Institution(i)
                            if !matches!(i.kind, InstitutionType::Government
                                | InstitutionType::HealthAuthority
                                | InstitutionType::Party))
                    }),
                )
                && donors
                    .iter()
                    .all(|d| !same_or_within(entities, d.entity, k))
            {
                recipients = vec![PartyRef {
                    entity: k,
                    role: Role::Direct,
                }];
                confidence = confidence.min(0.4);
            }
            if donors.is_empty()
                && !recipients.is_empty()
                && helped_phrase(&chars, s.start, *ts).is_some()
                && let Some(k) = named_donors.main()
                && recipients
                    .iter()
                    .all(|r| !same_or_within(entities, k, r.entity))
            {
                donors = vec![PartyRef {
                    entity: k,
                    role: Role::Extending,
                }];
                confidence = confidence.min(0.4);
            }
            if *kind == AidType::Funding && recipients.is_empty() && !donors.is_empty() {
                unshared = Some((donors.clone(), Span::new(*ts, *te), date, line_start));
            }
            if donors.is_empty() || recipients.is_empty() {
                continue;
            }
            let respectively = || {
                role_words()
                    .distributives
                    .find_in(&chars, s.start, s.end)
                    .is_some()
            };
            // Equal numbers of donors and recipients pair up in order —
            // not the bodies a team comes from (`由A、B等医院专家组成的团队走进
            // C、D`: the team went to both), nor lists that name only some
            // of their bodies (`A、B等12家医院对口帮扶C、D等地的20家医院`)
            // unless 分别 says so (`A、B等5家医疗机构分别与C、D等结对`).
            let main = leading(&donors);
            let team_of = main.iter().all(|d| d.role == Role::Accountable);
            let open = |list: &[PartyRef]| {
                list.iter()
                    .any(|p| chars.get(entities[p.entity].span.end) == Some(&'等'))
                    && !respectively()
            };
            let mut groups: Vec<(Vec<PartyRef>, Vec<PartyRef>)> = if main.len() > 1
                && main.len() == recipients.len()
                && !team_of
                && !team_went
                && !open(&main)
                && !open(&recipients)
            {
                main.iter()
                    .zip(&recipients)
                    .map(|(d, r)| (vec![*d], vec![*r]))
                    .collect()
            } else if main.len() > 1
                && main
                    .iter()
                    .all(|d| own_date(&chars, entities, lo, std::slice::from_ref(d)).is_some())
            {
                // `2018年11月6日A，12月11日B分别启动了对C的帮扶`: each
                // donor acts on its own date
                main.iter()
                    .map(|d| (vec![*d], recipients.clone()))
                    .collect()
            } else {
                vec![(donors.clone(), recipients.clone())]
            };
            // `A派出十名医生到B交流`: a sending with its sender before it and
            // where they go after it says who gives, wherever A is from
            let sent = *kind == AidType::Personnel
                && donors.iter().all(|p| entities[p.entity].span.end <= *ts)
                && recipients
                    .iter()
                    .all(|p| entities[p.entity].span.start >= *te);
            for (d, r) in groups.iter_mut() {
                if symmetric {
                    orient(entities, d, r, Standing::Full);
                } else if by_position && !sent {
                    // Aid flows from the giving side: where positions
                    // assigned the roles (`聚焦环县…，天津市南开区共落实资金…`,
                    // `环县医生到天津…进修`), a national body or a donor
                    // province's party is not the recipient of a party
                    // from elsewhere.
                    orient(entities, d, r, Standing::Programme);
                }
                // No party aids itself: a donor that is (or holds) every
                // recipient goes, then a recipient no donor is left for.
                // (A county's hospital that leads a network of its county's
                // health bodies forms a consortium, GUIDELINES' county
                // network — `县人民医院牵头组建医共体，成员包括县中医院…`.)
                let itself = |dp: usize, rp: usize| {
                    same_or_within(entities, dp, rp)
                        && !(*kind == AidType::Consortium
                            && dp != rp
                            && entities[dp].name() != entities[rp].name()
                            && gives_care(&entities[dp])
                            && matches!(entities[rp].value, EntityValue::Institution(_))
                            && is_health_body(&entities[rp]))
                };
                d.retain(|dp| r.iter().any(|rp| !itself(dp.entity, rp.entity)));
                r.retain(|rp| d.iter().any(|dp| !itself(dp.entity, rp.entity)));
            }
            for (donors, recipients) in &groups {
                if recipients.is_empty() || donors.iter().all(|d| d.role == Role::Implementing) {
                    continue;
                }
                if !paragraph_medical
                    && !donors
                        .iter()
                        .chain(recipients)
                        .any(|p| is_health_body(&entities[p.entity]))
                {
                    continue;
                }
                // (one vote a sentence: `A选派专家进驻B，开展诊疗…，实施新技术…`
                // tells of B once, however many acts it lists)
                let voters = party_keys(entities, recipients);
                if !voted_here.contains(&voters) {
                    voted_here.push(voters);
                    named_recipients.add(entities, recipients.iter());
                    if headline {
                        named_recipients.headline(entities, recipients.iter());
                    }
                }
                named_donors.add(
                    entities,
                    donors.iter().filter(|d| d.role != Role::Implementing),
                );
                last_sides = Some((donors.clone(), recipients.clone()));
                if mutual {
                    last_relation = last_sides.clone();
                }
                // (not the team's destinations again: what its givers do
                // next is told of where they went)
                if !team_went {
                    receiving = Some(receiving_of(entities, donors, recipients));
                }
                // Funding is money committed or spent: a sentence that states
                // no sum (`加大资金投入`) describes effort, not a funding act.
                if *kind == AidType::Funding && amount.is_none() {
                    continue;
                }
                let umbrella = matches!(kind, AidType::Pairing | AidType::Agreement);
                let persons = if matches!(kind, AidType::Personnel | AidType::Training) {
                    // (the experts who teach are not the trained: `组织15名
                    // 专家…开展义诊、手术带教`)
                    let teachers = |k: usize| {
                        *kind == AidType::Training
                            && matches!(&entities[k].value, EntityValue::Count(c)
                                if c.noun.as_deref().is_some_and(|n| role_words().guests.contains(n)))
                    };
                    own_count(
                        &|k| counts_people(&entities[k].value) && !teachers(k),
                        *ts,
                        *kind,
                    )
                } else {
                    None
                };
                // (one body named twice, in full and short, gives once, in
                // the part it was named first for)
                let mut givers = donors.clone();
                let mut seen: Vec<&str> = Vec::new();
                givers.retain(|d| {
                    let n = entities[d.entity].name();
                    !seen.contains(&n) && {
                        seen.push(n);
                        true
                    }
                });
                let rec = AidRecord {
                    kind: *kind,
                    trigger: chars[*ts..*te].iter().collect(),
                    donors: givers,
                    recipients: recipients.clone(),
                    date: own_date(&chars, entities, lo, donors).or(date),
                    persons,
                    persons_also: persons
                        .map(|k| listed_people(&chars, entities, k))
                        .unwrap_or_default(),
                    institutions: if matches!(kind, AidType::Personnel) {
                        // (the givers' bodies, not the receivers': `A、B等15家
                        // 医院与安顺市20家医院结对` counts 15 givers)
                        own_count(
                            &|k| {
                                counts_institutions(&entities[k].value)
                                    && !receiving_side(&chars, entities, parties, k)
                            },
                            *ts,
                            *kind,
                        )
                    } else {
                        None
                    },
                    amount: if matches!(kind, AidType::Funding | AidType::Equipment) {
                        // the sum of the trigger's own clause, where it has
                        // one (`捐赠价值300万元的设备，并投入资金150万元`)
                        let clause = clause_of(*ts);
                        let sum_in = |c: (usize, usize), near: usize| {
                            (lo..hi)
                                .filter(|&k| {
                                    matches!(entities[k].value, EntityValue::Amount(_))
                                        && entities[k].span.start >= c.0
                                        && entities[k].span.end <= c.1
                                })
                                .min_by_key(|&k| entities[k].span.start.abs_diff(near))
                        };
                        // — but the part a later clause gives the receivers,
                        // where that clause tells no act of its own (`安排
                        // 资金1.2亿元，其中3500万元用于支持A县、B县`)
                        let received = recipients
                            .first()
                            .map(|r| entities[r.entity].span.start)
                            .filter(|&at| at >= clause.1 && at < s.end)
                            .map(|at| (clause_of(at), at))
                            .filter(|(c, _)| !found.iter().any(|f| clause_of(f.0) == *c));
                        received
                            .and_then(|(c, at)| sum_in(c, at))
                            .or_else(|| sum_in(clause, *ts))
                            // else the sentence's, unless it is the sum of
                            // another act of money in its own clause
                            .or(amount.filter(|&a| {
                                let c = clause_of(entities[a].span.start);
                                !found.iter().any(|f| {
                                    f.0 != *ts
                                        && matches!(f.2, AidType::Funding | AidType::Equipment)
                                        && clause_of(f.0) == c
                                })
                            }))
                    } else {
                        None
                    },
                    amount_also: Vec::new(),
                    duration: duration_of(*ts),
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
                let mut rec = rec;
                if rec.kind == AidType::Equipment
                    && let Some(k) = rec.amount
                {
                    rec.amount_also = listed_values(&chars, entities, k);
                }
                if rec.kind == AidType::Personnel {
                    let senders: Vec<usize> = rec
                        .donors
                        .iter()
                        .filter(|d| d.role != Role::Implementing)
                        .map(|d| d.entity)
                        .collect();
                    if !senders.is_empty() {
                        if !rec.recipients.is_empty() {
                            let told = receiving_of(entities, &rec.donors, &rec.recipients);
                            last_sent = Some((senders.clone(), told));
                        }
                        team_sender = Some(senders);
                    }
                }
                // (each pair's act, where the givers are each's)
                if !each.is_empty()
                    && rec
                        .donors
                        .iter()
                        .all(|d| each.iter().any(|p| p.0.entity == d.entity))
                {
                    for (g, r) in &each {
                        let mut one = rec.clone();
                        one.donors = vec![*g];
                        one.recipients = vec![*r];
                        merge(&mut out, one, entities);
                    }
                    continue;
                }
                merge(&mut out, rec, entities);
            }
        }
    }
    // the relations tables list (`序号 支援医院 受援医院` over its rows)
    for rec in tabled {
        merge(&mut out, rec, entities);
    }
    let out = directed_by_acts(out, entities);
    let out = to_the_body_there(out, &chars, entities);
    let out = to_the_body_named(out, &chars, entities);
    let out = partners_do_not_give_to_their_own(out, entities);
    let out = told_before(out, &chars, entities);
    let out = one_giver_under_two_names(out, entities);
    let out = provinces_by_their_names(out, entities);
    cooperation_is_not_aid(out, &chars, entities)
}

/// A province a record names by its one-character abbreviation (`赴沪进修`,
/// `407名进疆`) is named by the article's name for it where the article
/// writes one (`上海市`), the nearest before, else the first after: the
/// abbreviation is the same side, and a reader looks for the name.
fn provinces_by_their_names(mut out: Vec<AidRecord>, entities: &[Entity]) -> Vec<AidRecord> {
    let abbreviated = |k: usize| {
        matches!(entities[k].value, EntityValue::Place(_))
            && entities[k].text.chars().count() == 1
            && seat(&entities[k]).is_some()
    };
    let named = |k: usize| -> Option<usize> {
        let code = seat(&entities[k]);
        let same = |j: &usize| {
            *j != k
                && matches!(entities[*j].value, EntityValue::Place(_))
                && entities[*j].text.chars().count() >= 2
                && seat(&entities[*j]) == code
        };
        (0..k)
            .rev()
            .find(same)
            .or_else(|| (k + 1..entities.len()).find(same))
    };
    for r in &mut out {
        for p in r.donors.iter_mut().chain(r.recipients.iter_mut()) {
            if abbreviated(p.entity)
                && let Some(j) = named(p.entity)
            {
                p.entity = j;
            }
        }
    }
    out
}

/// Of two partners named as the givers of an act (`A与B深化协作，…帮助C
/// 建设胸痛中心`, the coordinated subjects of a mutual frame), the one the
/// receivers are all seated in is the side helped, not a giver — where the
/// other is a giver from elsewhere.  (A place alone helping what is in it
/// is still aid: `河北省 → 雄县`; so is a province beside another giver.)
fn partners_do_not_give_to_their_own(
    mut out: Vec<AidRecord>,
    entities: &[Entity],
) -> Vec<AidRecord> {
    for r in out.iter_mut() {
        let leading: Vec<usize> = leading(&r.donors).iter().map(|p| p.entity).collect();
        if leading.len() < 2 || r.recipients.is_empty() {
            continue;
        }
        let holds_all = |d: usize| {
            r.recipients
                .iter()
                .all(|p| seated_within(&entities[d], &entities[p.entity]))
        };
        let holds_none = |d: usize| {
            !r.recipients
                .iter()
                .any(|p| seated_within(&entities[d], &entities[p.entity]))
        };
        if !leading.iter().any(|&d| holds_none(d)) {
            continue;
        }
        // (a place below a province: a province's bodies and the province
        // itself do help their own prefectures — `省卫生健康委与华西医院…`)
        let partner_place = |d: usize| {
            matches!(entities[d].value, EntityValue::Place(_))
                && seat(&entities[d]).is_some_and(|c| !c.ends_with("0000"))
        };
        let own: Vec<usize> = leading
            .iter()
            .copied()
            .filter(|&d| partner_place(d) && holds_all(d))
            .collect();
        r.donors.retain(|p| !own.contains(&p.entity));
    }
    out
}

/// Whether a record's giver and receiver are written joined by a word of
/// togetherness before its trigger in one clause (`A与B深化协作`).
fn entered_together(r: &AidRecord, chars: &[char], entities: &[Entity]) -> bool {
    let ev = &r.evidence[0];
    let (Some(d), Some(rc)) = (r.donors.first(), r.recipients.first()) else {
        return false;
    };
    let (a, b) = (entities[d.entity].span, entities[rc.entity].span);
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    let gap: String = chars[first.end.min(second.start)..second.start]
        .iter()
        .collect();
    first.start >= ev.sentence.start
        && second.end <= ev.trigger.start
        && role_words().mutual.contains(&gap)
        && clause_start(chars, ev.sentence.start, ev.trigger.start) <= first.start
}

/// An act told twice in one paragraph, first as going to a place and then
/// to a body in it (`医疗队一行36人抵达喀什，…。本批医疗队…将全部派驻喀什地区
/// 第二人民医院`), is one act, at the body: GUIDELINES.md takes the most
/// specific recipient named.  So is a headline's act at a place, and a
/// team's, told again as the team at the bodies there.  Same type, same
/// giver, dates and counts that agree; the place's record gives the body's
/// what it lacks.
fn to_the_body_there(out: Vec<AidRecord>, chars: &[char], entities: &[Entity]) -> Vec<AidRecord> {
    let names = |ps: &[PartyRef]| party_keys(entities, ps);
    let agree = |a: Option<usize>, b: Option<usize>| agree(entities, a, b);
    let one_paragraph = |a: &AidRecord, b: &AidRecord| {
        let (x, y) = (a.evidence[0].sentence, b.evidence[0].sentence);
        let (from, to) = (x.start.min(y.start), x.end.max(y.end));
        !chars[from..to].contains(&'\n')
    };
    // (or anywhere, for a headline's place, and for the team sent, told
    // again at the bodies it went to: `医疗队先后走进赤峰市医院、通辽市医院`)
    // (a headline: a first line that ends no sentence)
    let first_line = chars.iter().position(|&c| c == '\n').unwrap_or(chars.len());
    let title_end = if chars[..first_line].contains(&'。') {
        0
    } else {
        first_line
    };
    let linked = |r: &AidRecord, o: &AidRecord| {
        one_paragraph(r, o)
            || r.evidence[0].sentence.start < title_end
            || role_words()
                .teams
                .matches_at(chars, o.evidence[0].trigger.start)
    };
    // (a body seated in the place, or a smaller place in it: the headline's
    // `赴内蒙古`, the body's `赴赤峰市、通辽市`)
    let in_place = |place: &PartyRef, part: &PartyRef| {
        let (p, b) = (&entities[place.entity], &entities[part.entity]);
        matches!(p.value, EntityValue::Place(_))
            && match b.value {
                EntityValue::Institution(_) => seated_within(p, b),
                EntityValue::Place(_) => seated_within(p, b) && seat(p) != seat(b),
                _ => false,
            }
    };
    // (the parts, one by one, or all of them in the one place)
    let parts_of = |r: &AidRecord, o: &AidRecord| {
        // (a headline's one receiver among the body's several: `山东援藏
        // 医疗队助力B` and `…分别进驻B和C`)
        if r.evidence[0].sentence.start < title_end
            && r.recipients.len() == 1
            && o.recipients.len() > 1
            && o.recipients
                .iter()
                .any(|b| names(std::slice::from_ref(b)) == names(&r.recipients))
        {
            return true;
        }
        // (or each of the body's in one of the places, and each place
        // holding one: item by item, or the headline's `与A市、B市5家县级医院
        // 建立联盟` and the body's five hospitals)
        o.recipients
            .iter()
            .all(|b| r.recipients.iter().any(|p| in_place(p, b)))
            && r.recipients
                .iter()
                .all(|p| o.recipients.iter().any(|b| in_place(p, b)))
    };
    // (a headline's giver may be the place the body's giver is seated in:
    // `广州医疗队赴毕节义诊`, the body's `广州市第一人民医院…赴毕节市大方县`)
    let same_giver = |r: &AidRecord, o: &AidRecord| {
        let (g, h) = (leading(&r.donors), leading(&o.donors));
        names(&g) == names(&h)
            || r.evidence[0].sentence.start < title_end
                && g.len() == 1
                && !h.is_empty()
                && h.iter().all(|b| in_place(&g[0], b))
    };
    let at_body = |r: &AidRecord, o: &AidRecord| {
        o.kind == r.kind
            && !std::ptr::eq(o, r)
            && same_giver(r, o)
            && parts_of(r, o)
            && agree(r.date, o.date)
            && agree(r.persons, o.persons)
            && agree(r.amount, o.amount)
            && linked(r, o)
    };
    let into: Vec<Option<usize>> = out
        .iter()
        .map(|r| out.iter().position(|o| at_body(r, o)))
        .collect();
    if into.iter().all(Option::is_none) {
        return out;
    }
    let mut out: Vec<Option<AidRecord>> = out.into_iter().map(Some).collect();
    for (i, to) in into.iter().enumerate() {
        let Some(to) = *to else { continue };
        // (a body's record that is itself folded elsewhere keeps the place's)
        if into[to].is_some() {
            continue;
        }
        let Some(r) = out[i].take() else { continue };
        let Some(o) = out[to].as_mut() else {
            out[i] = Some(r);
            continue;
        };
        take_missing(o, &r);
        // (the team's act as first told: the team told again with its
        // totals, `医疗队先后走进…，累计义诊…`, is no running total of
        // sendings — while a headline's act takes the body's status)
        if r.evidence[0].sentence.start < o.evidence[0].sentence.start
            && role_words()
                .teams
                .matches_at(chars, o.evidence[0].trigger.start)
        {
            o.status = r.status;
            o.recommended_for_aggregates = r.recommended_for_aggregates;
        }
        o.evidence.extend(r.evidence);
        o.confidence = o.confidence.max(r.confidence);
    }
    out.into_iter().flatten().collect()
}

/// One act a sentence tells twice, once of a body and once of a body named
/// after it (`A神经内科专科联盟签约仪式举行，A分别与B、C签订合作协议`: the
/// alliance's signing is A's): same type, same receivers, same sentence,
/// and the one giver's name opens the other's — one record, A's.
fn one_giver_under_two_names(out: Vec<AidRecord>, entities: &[Entity]) -> Vec<AidRecord> {
    let giver = |r: &AidRecord| match r.donors[..] {
        [d] => Some(entities[d.entity].name()),
        _ => None,
    };
    let into: Vec<Option<usize>> = out
        .iter()
        .map(|o| {
            let (g, sentence) = (giver(o)?, o.evidence[0].sentence);
            out.iter().position(|r| {
                r.kind == o.kind
                    && r.evidence[0].sentence == sentence
                    && giver(r).is_some_and(|a| g.len() > a.len() && g.starts_with(a))
                    && party_keys(entities, &r.recipients) == party_keys(entities, &o.recipients)
            })
        })
        .collect();
    if into.iter().all(Option::is_none) {
        return out;
    }
    let mut out: Vec<Option<AidRecord>> = out.into_iter().map(Some).collect();
    for (i, to) in into.iter().enumerate() {
        let Some(to) = *to else { continue };
        let Some(o) = out[i].take() else { continue };
        let Some(r) = out[to].as_mut() else {
            out[i] = Some(o);
            continue;
        };
        take_missing(r, &o);
        r.evidence.extend(o.evidence);
    }
    out.into_iter().flatten().collect()
}

/// An act word that points back at an act told before (`此次签约`,
/// `本次义诊`), in a sentence that names no receiver, echoes that act: where
/// its record did not merge with the earlier one (same type, same
/// parties), its parties are a guess — the speaker's body (`B卫健委主任
/// 表示，此次签约是…`) and the article's main receiver — and it goes.
/// (One that names its receiver tells this time's act: `本次派出了17名专家，
/// 在B进行了义诊`.)
fn told_before(out: Vec<AidRecord>, chars: &[char], entities: &[Entity]) -> Vec<AidRecord> {
    // (a word pointing back, `此次`, `本次`, right before `t`)
    let back_word = |t: usize| {
        role_words()
            .back_references
            .ends_at(chars, t.saturating_sub(3), t)
    };
    let points_back = |r: &AidRecord| {
        let t = r.evidence[0].trigger.start;
        let sentence = r.evidence[0].sentence;
        let named = r.recipients.iter().any(|p| {
            let sp = entities[p.entity].span;
            sp.start >= sentence.start && sp.end <= sentence.end
        });
        !named && (back_word(t) || t > 0 && chars[t - 1] == '的' && back_word(t - 1))
    };
    let first_of = |out: &[AidRecord], kind: AidType| {
        out.iter()
            .filter(|o| o.kind == kind)
            .map(|o| o.evidence[0].sentence.start)
            .min()
    };
    // (one that a copula says something of is described, whatever it
    // names, after any act: `…签署合作协议。此次合作是京冀张医疗协同发展框架
    // 下的又一成果`)
    let described = |r: &AidRecord| {
        let t = r.evidence[0].trigger;
        chars.get(t.end) == Some(&'是') && back_word(t.start)
    };
    let first = out.iter().map(|o| o.evidence[0].sentence.start).min();
    let keep: Vec<bool> = out
        .iter()
        .map(|r| {
            let start = r.evidence[0].sentence.start;
            if described(r) {
                return first.is_none_or(|s| s >= start);
            }
            !points_back(r) || first_of(&out, r.kind).is_none_or(|s| s >= start)
        })
        .collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|(r, k)| k.then_some(r))
        .collect()
}

/// An act that goes to a place and, later in its sentence, to bodies
/// seated there (`医疗队抵达山南市，将在山南市人民医院开展…`, `抵达喀什，
/// 分别进驻A和B`) goes to the bodies: GUIDELINES.md takes the most specific
/// recipient named.  The first body is marked as where help goes
/// (`在`, `进驻`); the others are listed with it.
fn to_the_body_named(
    mut out: Vec<AidRecord>,
    chars: &[char],
    entities: &[Entity],
) -> Vec<AidRecord> {
    let is_place = |k: usize| matches!(entities[k].value, EntityValue::Place(_));
    let mut moved = false;
    for r in out.iter_mut() {
        if r.recipients.is_empty() || !r.recipients.iter().all(|p| is_place(p.entity)) {
            continue;
        }
        // (a relation two sides enter together is between them: `A与B州
        // 深化协作，帮助B州C医院…` pairs A with B州, not with C)
        if r.kind == AidType::Pairing && entered_together(r, chars, entities) {
            continue;
        }
        // (each sentence the act is told in, in turn: a headline's `赴A县`
        // merged with the body's `抵达A县，在A县人民医院开展…`)
        for ev in r.evidence.clone() {
            if let Some(list) = body_named(r, ev, chars, entities) {
                let role = r.recipients[0].role;
                r.recipients = list.iter().map(|&b| PartyRef { entity: b, role }).collect();
                moved = true;
                break;
            }
        }
    }
    if !moved {
        return out;
    }
    // (an act so moved to a body may now be one told before at it: the
    // headline's `A“组团式”帮扶B`, the body's `抵达那曲，分别担任B副院长…`)
    // (not an act planned into one done: `将继续选派…` beside `已派出32名`)
    out.into_iter()
        .fold(Vec::new(), |mut acc: Vec<AidRecord>, r| {
            let planned = |x: &AidRecord| x.status == Status::Planned;
            let key = (r.kind, party_keys(entities, &r.recipients));
            if acc.iter().any(|o| {
                (o.kind, party_keys(entities, &o.recipients)) == key && planned(o) != planned(&r)
            }) {
                acc.push(r);
            } else {
                merge(&mut acc, r, entities);
            }
            acc
        })
}

/// The comma that ends a leading frame of time in `from..to` (`A与B结对帮扶
/// 以来，`; role_words frame_tail): the sentence's first clause, if it is one.
fn leading_frame(chars: &[char], from: usize, to: usize) -> Option<usize> {
    (from..to)
        .find(|&i| matches!(chars[i], '，' | ','))
        .filter(|&c| role_words().frame_tails.ends_at(chars, from, c))
}

/// The places among `parties` written as where the bodies right after them
/// are (`张家口市、承德市的崇礼区医院`): a list of places joined by
/// coordinators, then `的`, then a body.
fn locating_places(chars: &[char], entities: &[Entity], parties: &[usize]) -> Vec<usize> {
    let is_place = |k: usize| matches!(entities[k].value, EntityValue::Place(_));
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for (n, &k) in parties.iter().enumerate() {
        if !is_place(k) {
            run.clear();
            continue;
        }
        if let Some(&last) = run.last()
            && !joined(chars, entities, last, k)
        {
            run.clear();
        }
        run.push(k);
        let end = entities[k].span.end;
        if chars.get(end) == Some(&'的')
            && parties.get(n + 1).is_some_and(|&b| {
                entities[b].span.start == end + 1
                    && matches!(entities[b].value, EntityValue::Institution(_))
            })
        {
            out.append(&mut run);
        }
    }
    out
}

/// The bodies an act told of a place goes to in the sentence `ev`: see
/// [`to_the_body_named`].
fn body_named(
    r: &AidRecord,
    ev: Evidence,
    chars: &[char],
    entities: &[Entity],
) -> Option<Vec<usize>> {
    let seated_in = |place: usize, body: usize| seated_within(&entities[place], &entities[body]);
    let s = ev.sentence;
    // the act's places as this sentence names them (not inside a body's
    // name: `日喀则市人民医院`'s 日喀则市)
    let in_sentence = entities.partition_point(|e| e.span.start < s.start)..entities.len();
    let named_in_body = |k: usize| {
        let sp = entities[k].span;
        in_sentence
            .clone()
            .take_while(|&j| entities[j].span.start <= sp.start)
            .any(|j| {
                matches!(entities[j].value, EntityValue::Institution(_))
                    && entities[j].span.start <= sp.start
                    && entities[j].span.end >= sp.end
            })
    };
    let local: Vec<usize> = in_sentence
        .clone()
        .take_while(|&k| entities[k].span.start < s.end)
        .filter(|&k| !named_in_body(k))
        .filter(|&k| {
            matches!(entities[k].value, EntityValue::Place(_))
                && r.recipients.iter().any(|p| {
                    p.entity == k
                        || matches!((seat(&entities[p.entity]), seat(&entities[k])), (Some(a), Some(b)) if a == b)
                })
        })
        .collect();
    let after = local
        .iter()
        .map(|&k| entities[k].span.end)
        .max()
        .unwrap_or(0)
        .max(ev.trigger.end);
    let lo = entities.partition_point(|e| e.span.start < after);
    let bodies: Vec<usize> = (lo..entities.len())
        .take_while(|&k| entities[k].span.start < s.end)
        .filter(|&k| {
            matches!(&entities[k].value, EntityValue::Institution(i) if !i.elided)
                && entities[k].span.end <= s.end
        })
        .collect();
    // (marked as where help goes, or where the people sent take up posts:
    // `抵达那曲，分别担任那曲市人民医院副院长…`)
    let first = bodies.iter().position(|&k| {
        let at = entities[k].span.start;
        marks_recipient_before(chars, at)
            || role_words()
                .post_taking
                .ends_at(chars, at.saturating_sub(2), at)
    })?;
    // (not a body its clause gives a gift or a sum of its own: `走进A县，
    // 为当地群众开展义诊，并向A县人民医院捐赠…` — the clinic stays at the
    // county; `向A州提供资金1.5亿元，投入资金3200万元用于A州B医院建设` —
    // the first sum stays at the prefecture; what the help builds there is
    // the help's, `帮助该院建成…`)
    let b0 = entities[bodies[first]].span.start;
    let (c0, c1) = (
        clause_start(chars, s.start, b0),
        clause_end(chars, b0, s.end),
    );
    if (c0..c1).any(|j| {
        triggers().longest_at(chars, j).is_some_and(|(_, &k)| {
            (k != r.kind || c0 > ev.trigger.start)
                && matches!(k, AidType::Equipment | AidType::Funding)
        })
    }) {
        return None;
    }
    // (nor a body a share of the whole goes to: `支持A州改善…，其中安排
    // 680万元用于B县人民医院…` — the whole still goes to the place)
    if role_words().parts_of_whole.find_in(chars, c0, b0).is_some() {
        return None;
    }
    // (no other party before it opens a clause of its own: `A与B结对
    // 以来，C与D也签订了…`)
    let own: Vec<usize> = r
        .donors
        .iter()
        .chain(&r.recipients)
        .map(|p| p.entity)
        .chain(local.iter().copied())
        .collect();
    if (lo..entities.len())
        .take_while(|&k| entities[k].span.start < b0)
        .any(|k| {
            matches!(
                entities[k].value,
                EntityValue::Institution(_) | EntityValue::Place(_)
            ) && !own.contains(&k)
        })
    {
        return None;
    }
    let mut list = vec![bodies[first]];
    for &k in &bodies[first + 1..] {
        if !list.last().is_some_and(|&l| joined(chars, entities, l, k)) {
            break;
        }
        list.push(k);
    }
    let givers: Vec<&str> = r.donors.iter().map(|d| entities[d.entity].name()).collect();
    // (each place's body: one body for two counties is another act's,
    // `义诊团队走进A县、B县，…并向A县人民医院捐赠…`)
    if list.iter().all(|&b| {
        r.recipients.iter().any(|p| seated_in(p.entity, b)) && !givers.contains(&entities[b].name())
    }) && r
        .recipients
        .iter()
        .all(|p| list.iter().any(|&b| seated_in(p.entity, b)))
    {
        return Some(list);
    }
    None
}

/// An agreement is an aid act in an article about aid.  Where an article
/// states nothing but agreements, names no paired assistance, consortium
/// or sending anywhere, and the two sides are not known to be from two
/// provinces (`湖滨市第三医院与湖滨理工大学签署战略合作协议`: partners, not
/// helper and helped), it is general news and gives no record.
fn cooperation_is_not_aid(
    out: Vec<AidRecord>,
    chars: &[char],
    entities: &[Entity],
) -> Vec<AidRecord> {
    if out.is_empty() || out.iter().any(|r| r.kind != AidType::Agreement) {
        return out;
    }
    let aid_word = (0..chars.len()).any(|i| {
        triggers().longest_at(chars, i).is_some_and(|(n, &k)| {
            matches!(
                k,
                AidType::Pairing | AidType::Consortium | AidType::Personnel
            ) && !role_words()
                .partnerships
                .contains(&chars[i..i + n].iter().collect::<String>())
        })
    });
    if aid_word {
        return out;
    }
    let province = |p: &PartyRef| seat(&entities[p.entity]).and_then(|c| c.get(..2));
    out.into_iter()
        .filter(|r| {
            r.donors.iter().any(|d| {
                r.recipients
                    .iter()
                    .any(|rc| matches!((province(d), province(rc)), (Some(a), Some(b)) if a != b))
            })
        })
        .collect()
}

/// A relation both sides enter that standing could not orient — two
/// bodies of one rank, as written (`湘西州人民医院与长沙市第一医院结对帮扶` in
/// a headline) — takes the direction the article's directed acts between
/// the same two bodies give (`长沙市第一医院…选派专家驻点帮扶`), where they all
/// agree.  Records that become the same act merge.
fn directed_by_acts(out: Vec<AidRecord>, entities: &[Entity]) -> Vec<AidRecord> {
    let name = |p: &PartyRef| entities[p.entity].name();
    // every (giver, receiver) of a directed act, by name
    let mut directed: rustc_hash::FxHashSet<(&str, &str)> = Default::default();
    for o in out.iter().filter(|o| !o.kind.is_mutual()) {
        for d in leading(&o.donors) {
            for r in &o.recipients {
                directed.insert((name(&d), name(r)));
            }
        }
    }
    let flip: Vec<bool> = out
        .iter()
        .map(|r| {
            let d = leading(&r.donors);
            if !r.kind.is_mutual() || d.len() != 1 || r.recipients.len() != 1 {
                return false;
            }
            let (a, b) = (&d[0], &r.recipients[0]);
            if standing(&entities[a.entity]).compare(&standing(&entities[b.entity]))
                != std::cmp::Ordering::Equal
            {
                return false;
            }
            directed.contains(&(name(b), name(a))) && !directed.contains(&(name(a), name(b)))
        })
        .collect();
    if !flip.contains(&true) {
        return out;
    }
    let mut merged = Vec::with_capacity(out.len());
    for (mut r, flip) in out.into_iter().zip(flip) {
        if flip {
            let a = leading(&r.donors)[0];
            let b = r.recipients[0];
            r.donors.retain(|p| p.entity != a.entity);
            r.donors.insert(
                0,
                PartyRef {
                    entity: b.entity,
                    role: a.role,
                },
            );
            r.recipients = vec![PartyRef {
                entity: a.entity,
                role: b.role,
            }];
        }
        merge(&mut merged, r, entities);
    }
    merged
}

/// How often each party of one side (by name) was named in the records so
/// far, and its latest mention.  A record naming several parties gives each
/// a share of one vote.  And the names the headline's acts give.
#[derive(Default)]
struct Mentions(Vec<(String, f64, usize)>, Vec<String>);

impl Mentions {
    fn add<'a>(&mut self, entities: &[Entity], parties: impl Iterator<Item = &'a PartyRef>) {
        let parties: Vec<&PartyRef> = parties.collect();
        let share = 1.0 / parties.len().max(1) as f64;
        for p in parties {
            let name = entities[p.entity].name();
            match self.0.iter_mut().find(|x| x.0 == name) {
                Some(x) => {
                    x.1 += share;
                    x.2 = p.entity;
                }
                None => self.0.push((name.to_string(), share, p.entity)),
            }
        }
    }

    /// Whether party `k` or one of its province (`天津` and `南开区`; by
    /// name where a seat is unknown) was counted before.
    fn knows(&self, entities: &[Entity], k: usize) -> bool {
        let name = entities[k].name();
        let province = |e: &Entity| seat(e).and_then(|c| c.get(..2).map(str::to_string));
        let own = province(&entities[k]);
        self.0.iter().any(|x| {
            x.0.contains(name)
                || name.contains(x.0.as_str())
                || own.is_some() && province(&entities[x.2]) == own
        })
    }

    /// Marks parties as named by the article's headline.
    fn headline<'a>(&mut self, entities: &[Entity], parties: impl Iterator<Item = &'a PartyRef>) {
        self.1
            .extend(parties.map(|p| entities[p.entity].name().to_string()));
    }

    /// [`Mentions::main`] for the receiving side of bodies that give,
    /// where a place's votes count for the one body named that is seated in
    /// it (`赴泗洪县` in the headline, `来到泗洪县人民医院` in the text: one
    /// recipient named at two levels, and GUIDELINES.md takes the most
    /// specific).  A place that gives (`天津`), or a government body
    /// (`区卫生健康委`), helps a place: its receiver is as named.
    fn main_recipient(&self, entities: &[Entity], bodies_give: bool) -> Option<usize> {
        if !bodies_give {
            return self.main();
        }
        let mut folded = Mentions(self.0.clone(), self.1.clone());
        for i in 0..folded.0.len() {
            let place = folded.0[i].2;
            if !matches!(entities[place].value, EntityValue::Place(_)) {
                continue;
            }
            let bodies: Vec<usize> = (0..folded.0.len())
                .filter(|&j| {
                    let b = &entities[folded.0[j].2];
                    matches!(b.value, EntityValue::Institution(_))
                        && seated_within(&entities[place], b)
                })
                .collect();
            if let [b] = bodies[..] {
                let votes = std::mem::take(&mut folded.0[i].1);
                folded.0[b].1 += votes;
                if folded.1.contains(&folded.0[i].0) {
                    let body = folded.0[b].0.clone();
                    folded.1.push(body);
                }
            }
        }
        folded.main()
    }

    /// The party named in more than half of the votes, at its latest
    /// mention (the first named of equals) — or, of those named most
    /// often, the one alone the headline names (`A托管B满三年` over the
    /// government B's county signed with).
    fn main(&self) -> Option<usize> {
        let (_, top, k) = self
            .0
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)))?;
        if 2.0 * top > self.0.iter().map(|x| x.1).sum::<f64>() {
            return Some(*k);
        }
        let mut leading = self
            .0
            .iter()
            .filter(|x| x.1 == *top && self.1.contains(&x.0));
        match (leading.next(), leading.next()) {
            (Some(x), None) => Some(x.2),
            _ => None,
        }
    }
}

/// The spans of document titles (`《…》`) in `from..to`.
fn title_spans(chars: &[char], from: usize, to: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, &c) in chars.iter().enumerate().take(to).skip(from) {
        match c {
            '《' => open = Some(i),
            '》' => {
                if let Some(o) = open.take() {
                    out.push(Span::new(o, i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

/// Where the body of a sentence starts after a short heading ending in a
/// colon (`称多县对口帮扶：4月24日，…`); the sentence start when there is none.
/// A heading is at most twelve chars, with no comma, followed by more text.
fn heading_end(chars: &[char], from: usize, to: usize) -> usize {
    // Reported speech: `X副主任指出，A…` — the speaker is not the subject.
    for i in from..to {
        if let Some((n, _)) = role_words().speech.longest_at(chars, i) {
            let e = i + n;
            if matches!(chars.get(e), Some('，' | ',' | '：' | ':')) && e + 1 < to {
                return e + 1;
            }
        }
    }
    let limit = to.min(from + 13);
    for (i, &c) in chars.iter().enumerate().take(limit).skip(from) {
        match c {
            ':' | '：' if i > from && i + 1 < to => return i + 1,
            ',' | '，' | '、' | '；' | ';' => return from,
            _ => {}
        }
    }
    from
}

/// Where the act of a sentence starts after its leading clauses of purpose
/// or basis (`为全面落实…精神，按照…对口帮扶…要求，我区…`, `经市政府批准，`):
/// such a clause cites a programme, a policy or an approval, and its names
/// and aid words are background.  A purpose word that can mark a recipient,
/// right before a party, marks one instead (`为环县人民医院捐赠…`), and a
/// clause that runs to the end of the sentence is the sentence itself.
///
/// So are, where they name no body, a leading frame of time (`自2015年实施
/// “组团式”援藏以来，`, `活动期间，`: `data/role_words.txt`'s frame tails),
/// a leading time after or before an act told (`签约仪式后，`: sequel tails)
/// where an act word follows it — without one the act told is the
/// sentence's only act (`揭牌仪式后，A、B分别与C、D对接`) —, and a leading
/// attribution (`据悉，`, `据了解，`): the act follows them.  A frame whose
/// act the sentence tells again after it is background whoever it names.
fn background_end(
    chars: &[char],
    from: usize,
    to: usize,
    party_starts: &[usize],
    bodies: &[usize],
) -> usize {
    let mut p = from;
    while let Some(c) = (p..to).find(|&i| matches!(chars[i], '，' | ',')) {
        if c + 1 >= to {
            break;
        }
        let purpose = role_words().purpose.longest_at(chars, p);
        let background = match purpose {
            // (only a word that can mark a recipient takes a party after it
            // as one: `为B捐赠`, but `经A批准，`, `根据A安排，` cite A)
            Some((n, w)) => {
                !party_starts.contains(&(p + n)) || !role_words().recipient_markers.contains(w)
            }
            None => {
                // (bodies in order: the first at or after p; the two sides
                // of the last relation named by their word name both:
                // `两院自2021年建立对口帮扶关系以来，`)
                let names_none = bodies
                    .get(bodies.partition_point(|&b| b < p))
                    .is_none_or(|&b| b >= c)
                    && role_words().both_sides.find_in(chars, p, c).is_none();
                let frame = role_words().frame_tails.ends_at(chars, p, c)
                    || role_words().sequel_tails.ends_at(chars, p, c)
                        && triggers().find_in(chars, c + 1, to).is_some();
                let attribution = chars[p] == '据' && c - p <= 4;
                // (the bodies whose leadership frames the work are no
                // sides of it: `在市委、市政府的坚强领导下，我委…`)
                let led = chars[p] == '在' && role_words().leadership_tails.ends_at(chars, p, c);
                // (a clause of neither body nor aid word — a time, `近日，`,
                // `去年12月，` — only leads on to the next: `去年12月，经A批准，`)
                let leads_on = triggers().find_in(chars, p, c).is_none();
                // (a frame whose act the sentence tells again after it is
                // background, whoever it names: `自2016年广东省开展“组团式”
                // 援藏以来，A已累计选派…`)
                let retold = frame
                    && (p..c).any(|j| {
                        triggers()
                            .longest_at(chars, j)
                            .is_some_and(|(_, &k)| told_since(chars, j, k, (p, c, to), bodies))
                    });
                names_none && (frame || attribution || leads_on) || retold || led
            }
        };
        if !background {
            break;
        }
        p = c + 1;
    }
    p
}

/// Whether the aid word at `i` is inside a quoted honour (`获评“最美援藏医生”`,
/// `“优秀援疆干部”称号`, `“最美援藏医生”名单`): it names the honour, not an
/// act.  The quotes are looked for within twelve characters each side.
fn names_an_honour(chars: &[char], i: usize, from: usize, to: usize) -> bool {
    let open = (from.max(i.saturating_sub(12))..i)
        .rev()
        .take_while(|&j| !matches!(chars[j], '”' | '，' | '。'))
        .find(|&j| chars[j] == '“');
    let close = (i..to.min(i + 12))
        .take_while(|&j| !matches!(chars[j], '“' | '，' | '。'))
        .find(|&j| chars[j] == '”');
    let (Some(open), Some(close)) = (open, close) else {
        return false;
    };
    let w = role_words();
    w.honour_openers.ends_at(chars, from, open) || w.honour_tails.matches_at(chars, close + 1)
}

/// Whether the act word at `at..end` is one of the ways or fields a
/// phrase lists (`通过远程会诊、进修培训等方式`, `在人才培养、学科建设等方面`;
/// role_words: means_opener, means_closer): the topic of what the clause
/// says, not an act.
///
/// So is one after a word that opens what a course or talk covers, in its
/// clause (`内容涵盖常见病诊疗、慢病管理…`; role_words: content_opener).
fn names_a_means(chars: &[char], at: usize, end: usize, clause: (usize, usize)) -> bool {
    let w = role_words();
    if w.content_openers.find_in(chars, clause.0, at).is_some() {
        return true;
    }
    let opened = (clause.0..at).any(|i| w.means_openers.matches_at(chars, i));
    opened && w.means_closers.find_in(chars, end, clause.1).is_some()
}

/// Whether the act word at `at..end` is denied: a word of denial
/// (`data/role_words.txt`: negation — 未能, 尚未, 没有…) right before it
/// (`尚未签署协议`, `未能派出`), or before the marker that opens its
/// party (`尚未与B签署`), or after it in its clause (`培训班未能如期举办`).
/// Not one further before (`开展该院此前没有开展过的新技术`: the technique
/// is new, and done).
fn denied(chars: &[char], at: usize, end: usize, clause: (usize, usize)) -> bool {
    let w = &role_words().negations;
    (clause.0.max(at.saturating_sub(24))..at).any(|i| {
        w.longest_at(chars, i).is_some_and(|(n, _)| {
            i + n <= at && (at - (i + n) <= 2 || marker_at(chars, i + n).is_some())
        })
    }) || w.find_in(chars, end, clause.1).is_some()
}

/// Whether the words from `from` finish the name of a meeting
/// (`…医共体建设调度会`, `…对口帮扶工作推进会`): the aid word before is the
/// meeting's topic, not an act.  The name runs to the next punctuation
/// other than quotes (`“组团式”帮扶B工作推进会`), at most sixteen characters
/// on — but a relation named with its parties in a meeting's name is still
/// stated (`A对口帮扶B工作推进会召开`: A and B are paired), so for a pairing
/// only the meeting right after the word (eight characters) makes it a
/// topic (`召开对口帮扶工作推进会`).
fn names_a_meeting(chars: &[char], from: usize, to: usize, kind: AidType) -> bool {
    let reach = if kind == AidType::Pairing { 8 } else { 16 };
    (from..to.min(from + reach))
        .take_while(|&i| chars[i].is_alphanumeric() || matches!(chars[i], '“' | '”' | '"'))
        .any(|i| role_words().meeting.matches_at(chars, i))
}

/// Spans in order of start, with the furthest end among those starting at
/// or before each: whether a span covers a position is one bisection, not a
/// scan (a one-sentence line of a million clauses stays linear).
struct Spans {
    spans: Vec<Span>,
    reach: Vec<usize>,
}

impl Spans {
    fn new<'a>(entities: impl Iterator<Item = &'a Entity>) -> Spans {
        let mut spans: Vec<Span> = entities.map(|e| e.span).collect();
        spans.sort();
        let mut reach: Vec<usize> = Vec::with_capacity(spans.len());
        for sp in &spans {
            reach.push(reach.last().map_or(sp.end, |&r| r.max(sp.end)));
        }
        Spans { spans, reach }
    }

    /// The furthest end among the spans starting at or before `i`.
    fn reach(&self, i: usize) -> Option<usize> {
        let n = self.spans.partition_point(|sp| sp.start <= i);
        n.checked_sub(1).map(|n| self.reach[n])
    }

    /// Whether a span covers position `i`.
    fn covers(&self, i: usize) -> bool {
        self.reach(i).is_some_and(|r| r > i)
    }

    /// The first position in `from..to` where one of `words` is written
    /// outside every span: a status or quantity word inside a name is part
    /// of the name (the 将 of `将台堡镇`, the 全 of `全椒县`).
    fn find_outside(&self, words: &Words, chars: &[char], from: usize, to: usize) -> Option<usize> {
        (from..to.min(chars.len())).find(|&i| words.matches_at(chars, i) && !self.covers(i))
    }

    /// The spans starting in `a..b`.
    fn starting_in(&self, a: usize, b: usize) -> &[Span] {
        let lo = self.spans.partition_point(|sp| sp.start < a);
        let hi = self.spans.partition_point(|sp| sp.start < b);
        &self.spans[lo..hi]
    }
}

/// Whether a classifier counts people (`名`, `人次`).
pub(crate) fn is_person_unit(unit: &str) -> bool {
    role_words().person_units.contains(unit)
}

/// Whether a word names a team that acts (`医疗队`, `专家团队`).
pub(crate) fn names_team(word: &str) -> bool {
    role_words()
        .teams
        .values()
        .iter()
        .any(|t| word.ends_with(t))
}

/// Whether a word names someone who acts: a team, or people by a person
/// noun of two or more characters at its end (`帮扶专家`, `医务人员`; the
/// one-character `医` of role_words.txt would take `远程医疗` too).
pub(crate) fn names_actor(word: &str) -> bool {
    names_team(word)
        || role_words()
            .person_nouns
            .values()
            .iter()
            .any(|p| p.chars().count() >= 2 && word.ends_with(p))
}

/// Whether a word names people (`data/role_words.txt`'s person nouns:
/// `专家`, `医务人员`, `骨干`).
pub(crate) fn names_people(word: &str) -> bool {
    role_words()
        .person_nouns
        .values()
        .iter()
        .any(|p| word.contains(p))
}

/// A count of people sent or trained (`30名专家`; `data/role_words.txt`'s
/// person units and nouns, or a group: `5人管理团队`), or of people trained
/// counted by the training (`培训412人次`, `线下培训1325人次`).
pub(crate) fn counts_people(v: &EntityValue) -> bool {
    let w = role_words();
    let trained = |n: &str| {
        n.char_indices()
            .any(|(i, _)| trigger_type(&n[i..]) == Some(AidType::Training))
    };
    matches!(v, EntityValue::Count(c)
    if c.unit.as_deref().is_some_and(|u| w.person_units.contains(u))
        && c.noun.as_deref().is_none_or(|n| {
            names_people(n) || trained(n) || w.groups.values().iter().any(|g| n.ends_with(g))
        }))
}

/// The other counts of people written in one list with the count `k`
/// (`派出执行院长1名、科室主任10名`, `3名医生和2名护士`), in text order: the
/// act's people are their sum.  Two items are joined by one coordinator
/// (`data/role_words.txt`) with nothing but a noun beside it (which may
/// hold one of its own); a comma, a
/// number, `其中` (a part of the whole, not another part) or a count of
/// anything else ends the list.
fn listed_people(chars: &[char], entities: &[Entity], k: usize) -> Vec<usize> {
    let w = role_words();
    let is_count = |j: usize| matches!(entities[j].value, EntityValue::Count(_));
    let joined = |a: usize, b: usize| {
        let (from, to) = (entities[a].span.end, entities[b].span.start);
        if to < from || to - from > 10 {
            return false;
        }
        // (the items part at a coordinator at one end of the gap; those
        // inside it join the words of a noun: `执行院长1名、科室主任及骨干
        // 医师46名`)
        let mut coordinators = Vec::new();
        let mut i = from;
        while i < to {
            if let Some((n, _)) = w.coordinators.longest_at(chars, i) {
                coordinators.push((i, i + n));
                i += n;
            } else if ('\u{4e00}'..='\u{9fff}').contains(&chars[i]) {
                i += 1;
            } else {
                return false;
            }
        }
        let at_an_end = coordinators.first().is_some_and(|c| c.0 == from)
            || coordinators.last().is_some_and(|c| c.1 == to);
        (coordinators.len() == 1 || at_an_end)
            && w.parts_of_whole.find_in(chars, from, to).is_none()
    };
    list_items(
        entities,
        k,
        is_count,
        |j| counts_people(&entities[j].value),
        joined,
    )
}

/// The further items of a list that holds entity `k`, in text order: from
/// `k` on either way, the next entity of the list's kind (`of_kind`) while
/// it is an item (`item`) joined to the one before (`joined`, in text
/// order).  An item is a few words long: the next is looked for that near.
fn list_items(
    entities: &[Entity],
    k: usize,
    of_kind: impl Fn(usize) -> bool,
    item: impl Fn(usize) -> bool,
    joined: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    const NEAR: usize = 40;
    let mut out = Vec::new();
    let mut at = k;
    while let Some(b) = (at + 1..entities.len())
        .take_while(|&j| entities[j].span.start < entities[at].span.end + NEAR)
        .find(|&j| of_kind(j))
        .filter(|&b| item(b) && joined(at, b))
    {
        out.push(b);
        at = b;
    }
    at = k;
    while let Some(a) = (0..at)
        .rev()
        .take_while(|&j| entities[j].span.end + NEAR > entities[at].span.start)
        .find(|&j| of_kind(j))
        .filter(|&a| item(a) && joined(a, at))
    {
        out.push(a);
        at = a;
    }
    out.sort_unstable();
    out
}

/// The further values of goods listed in one gift with amount `k`, each
/// written after a word of value (`价值`) in the same clause, the items
/// joined by coordinators (`一台价值60多万元的诊断机和一台价值10万元的摄
/// 片机`): the gift is worth their sum.
fn listed_values(chars: &[char], entities: &[Entity], k: usize) -> Vec<usize> {
    let valued = |j: usize| {
        let st = entities[j].span.start;
        matches!(entities[j].value, EntityValue::Amount(_))
            && st >= 2
            && chars[st - 2..st] == ['价', '值']
    };
    if !valued(k) {
        return Vec::new();
    }
    // (the gap between two items: no clause mark, a coordinator in it)
    let joined = |a: usize, b: usize| {
        let (from, to) = (entities[a].span.end, entities[b].span.start);
        to > from
            && !chars[from..to]
                .iter()
                .any(|&c| ends_clause(c) || c == '，' || c == ',')
            && role_words().coordinators.find_in(chars, from, to).is_some()
    };
    list_items(
        entities,
        k,
        |j| matches!(entities[j].value, EntityValue::Amount(_)),
        valued,
        joined,
    )
}

/// A count of bodies (`13所医院`).
fn counts_institutions(v: &EntityValue) -> bool {
    matches!(v, EntityValue::Count(c)
        if c.unit.as_deref().is_some_and(|u| role_words().institution_units.contains(u)))
}

/// Whether `y` is written right after place `x` and seated inside it (`浙江省
/// 宁波市`, `天津市南开区`): an address, whose most specific name is the party.
fn addresses(x: &Entity, y: &Entity) -> bool {
    y.span.start == x.span.end
        && matches!(x.value, EntityValue::Place(_))
        && matches!((seat(x), seat(y)), (Some(p), Some(q)) if p != q && Lexicon::contains(p, q))
}

/// The party an address written from party `k` ends on (`浙江省宁波市`: a
/// place followed with nothing between by a body seated inside it): the most
/// specific name, which GUIDELINES.md makes the party.
fn innermost(entities: &[Entity], parties: &[usize], mut k: usize) -> usize {
    while let Some(&next) = parties
        .iter()
        .find(|&&j| addresses(&entities[k], &entities[j]))
    {
        k = next;
    }
    k
}

/// Where the address that ends on party `k` starts (`宁夏固原市` for
/// 固原市): the words before it govern the whole address.
fn address_start(entities: &[Entity], parties: &[usize], mut k: usize) -> usize {
    while let Some(&prev) = parties
        .iter()
        .find(|&&j| addresses(&entities[j], &entities[k]))
    {
        k = prev;
    }
    entities[k].span.start
}

/// Whether the body at `span` opens its line (or follows 据) as the source
/// of what follows: `X讯`, `X消息`, `X…电`.
fn opens_as_source(chars: &[char], span: Span) -> bool {
    let opens = span.start == 0 || matches!(chars[span.start - 1], '\n' | '据' | '】');
    opens && reports(chars, span.end)
}

/// Whether the body at `span` assesses what the act's side achieved
/// (`B卒中中心通过国家卫生健康委脑卒中防治工程委员会认证`, `经A验收`): it
/// judges the work and takes no part in the help.  The phrase opens with
/// an assessment opener right before the body and ends, within its clause
/// and a few name characters on, with an assessment word.
fn assesses(chars: &[char], span: Span) -> bool {
    let w = role_words();
    w.assessment_openers
        .ends_at(chars, span.start.saturating_sub(3), span.start)
        && (span.end..chars.len().min(span.end + 16))
            .take_while(|&j| is_han(chars[j]) && !ends_clause(chars[j]))
            .any(|j| w.assessments.matches_at(chars, j))
}

/// `成都3月5日电` after a name: a dateline's place and date, then its tail
/// (`data/role_words.txt`: dateline_tail — 电, 讯).
fn dateline(chars: &[char], end: usize) -> bool {
    (end..chars.len().min(end + 12))
        .take_while(|&j| !matches!(chars[j], '，' | '。' | '：' | '\n'))
        .any(|j| {
            role_words()
                .dateline_tails
                .longest_at(chars, j)
                .is_some_and(|(n, _)| chars.get(j + n).is_none_or(|c| !c.is_alphanumeric()))
        })
}

/// Whether a news outlet's name ending at `end` is the source of the text
/// (`四川日报讯`, `新华社成都3月5日电`, `据人民日报报道`, `央视新闻记者`), which
/// tells of the act and takes no part in it.
fn reports(chars: &[char], end: usize) -> bool {
    dateline(chars, end) || role_words().sources.matches_at(chars, end)
}

/// Whether the aid word at `i` is the object of a verb of talk or planning
/// (`多次专题研究对口帮扶安新县医疗卫生工作`): a topic, not an act.
fn is_topic(chars: &[char], i: usize) -> bool {
    role_words().topic_verbs.ends_at(chars, 0, i)
}

/// Whether the name at `sp` is where a meeting or ceremony is held
/// (`在霸州市召开`, `仪式在南京举行`; role_words: convening, holding,
/// ceremony).
fn is_venue(chars: &[char], sp: Span) -> bool {
    let w = role_words();
    let at = sp.start.wrapping_sub(1);
    sp.start > 0
        && chars[at] == '在'
        && (w.convenings.matches_at(chars, sp.end)
            // (a verb of holding any event, after a ceremony or meeting:
            // `出征仪式在南京举行`, not `义诊活动在B举行`)
            || w.holdings.matches_at(chars, sp.end)
                && (w.ceremonies.ends_at(chars, at.saturating_sub(4), at)
                    || w.meeting.ends_at(chars, at.saturating_sub(4), at)))
}

/// Whether the aid word ending at `end` is what its clause (ending at
/// `clause_end`) praises (`A对B医共体建设工作给予充分肯定`): the work
/// appraised, not an act (role_words: appraisal).
fn appraised(chars: &[char], end: usize, clause_end: usize) -> bool {
    role_words()
        .appraisals
        .find_in(chars, end, clause_end)
        .is_some()
}

/// Whether the aid word ending at `end` names a time, before or after
/// the act (`门诊量由托管前的每年30万人次增长到…`, `帮扶之后`): what is told
/// is when, not the act (not `义诊前往`, `捐赠后备电源`:
/// data/not_before_after.txt).
fn names_a_time(chars: &[char], end: usize) -> bool {
    crate::date::before_or_after_at(chars, end)
}

/// A definition (`X是指…`, `帮扶方式包括…`; data), a question (ending in
/// `？`) or business (`签订投资协议`, `新建生产基地`; data) states no aid act.
fn states_no_act(chars: &[char], from: usize, to: usize) -> bool {
    let last = chars[from..to]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace() && !matches!(c, '”' | '"' | '」'));
    matches!(last, Some('？' | '?'))
        || role_words().definition.find_in(chars, from, to).is_some()
        || role_words().commerce.find_in(chars, from, to).is_some()
}

/// The parties of a relation both sides enter (`A与B签署协议`, `A、B和C联合签署`,
/// `A与B建立医联体`), when the sentence names no recipient after the trigger:
/// the first of the coordinated parties before the trigger, and the last.
fn co_parties(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    trigger: usize,
) -> (Vec<PartyRef>, Vec<PartyRef>) {
    let none = (Vec::new(), Vec::new());
    let is_break = |c: char| c == '。' || ends_clause(c);
    // The parties of the trigger's clause, before it; when that clause has
    // none (`A与B、C与D建立合作关系，两所医院也纳入了京津冀医联体`), those of
    // the sentence's first clause.  (A clause with one party has that party
    // as one side: `队员来自A、B等15家医院，将在C开展帮扶工作` is no
    // relation between A and B.)
    let clause = (0..trigger)
        .rev()
        .find(|&i| is_break(chars[i]))
        .map_or(0, |i| i + 1);
    let within = |from: usize, to: usize| -> Vec<usize> {
        parties
            .iter()
            .copied()
            .filter(|&k| entities[k].span.start >= from && entities[k].span.end <= to)
            .collect()
    };
    // a place right before the trigger names the kind of relation
    // (`京津冀医联体`), not a side of it
    let mut side: Vec<usize> = within(clause, trigger)
        .into_iter()
        .filter(|&k| {
            !(entities[k].span.end == trigger && matches!(entities[k].value, EntityValue::Place(_)))
        })
        .collect();
    let party = |k: usize, role| PartyRef { entity: k, role };
    // `A与B合作更加紧密，与C建立了医联体`: a clause that opens with 与 and
    // one party has the subject of the clause before as its other side.
    if let [partner] = side[..]
        && role_words()
            .mutual
            .prefixes_at(chars, clause)
            .any(|(n, _)| clause + n == entities[partner].span.start)
        && clause > 0
    {
        let prev_clause = (0..clause - 1)
            .rev()
            .find(|&i| is_break(chars[i]))
            .map_or(0, |i| i + 1);
        let subject = within(prev_clause, clause).first().copied();
        return match subject {
            Some(s) if s != partner => (
                vec![party(s, Role::Extending)],
                vec![party(partner, Role::Direct)],
            ),
            _ => none,
        };
    }
    // `由A牵头，联合B、C等…共同组建…联盟`: a clause that opens by joining
    // its parties to the subject of the clause before has that subject as
    // one side and them as the other.
    if let Some(&first) = side.first()
        && clause > 0
        && role_words()
            .coordinators
            .prefixes_at(chars, clause)
            .any(|(n, _)| n >= 2 && clause + n == entities[first].span.start)
    {
        let prev_clause = (0..clause - 1)
            .rev()
            .find(|&i| is_break(chars[i]))
            .map_or(0, |i| i + 1);
        if let Some(subject) = within(prev_clause, clause).first().copied() {
            return (
                vec![party(subject, Role::Extending)],
                side.iter().map(|&k| party(k, Role::Direct)).collect(),
            );
        }
    }
    if side.is_empty()
        && let Some(&first) = parties.first()
    {
        let start = entities[first].span.start;
        let end = (start..trigger)
            .find(|&i| is_break(chars[i]))
            .unwrap_or(trigger);
        side = within(start, end);
    }
    if side.len() < 2 {
        return none;
    }
    // `A、B等5家医院对口支援C`: a party after the trigger in its clause is
    // its object, and the list before it one side.
    let clause_end = clause_end(chars, trigger, chars.len());
    if parties.iter().any(|&k| {
        let st = entities[k].span.start;
        st > trigger && st < clause_end
    }) {
        return none;
    }
    // `…牵头与北京市、河北省92家医院组建…`: a list right after 与 is the
    // partner side only; the other side is the subject.
    let first = entities[side[0]].span.start;
    if role_words().mutual.ends_at(chars, 0, first) {
        return none;
    }
    // …and one right after another marker is where the act goes (`队员分别
    // 进驻A和B开展帮扶工作`), not its two sides.
    if role_words().recipient_markers.ends_at(chars, 0, first) {
        return none;
    }
    // Only a coordination: the parties are joined by 、/和/与/及/同.
    let gaps: Vec<String> = side
        .windows(2)
        .map(|w| {
            chars[entities[w[0]].span.end..entities[w[1]].span.start]
                .iter()
                .filter(|c| !c.is_whitespace())
                .collect()
        })
        .collect();
    if !gaps.iter().all(|g| coordinates(g)) {
        return none;
    }
    // `A与B、C与D建立…`: pairs of pairs, joined by one word (`A与B、C和D`
    // is A and a list).
    if side.len().is_multiple_of(2)
        && side.len() >= 4
        && gaps.iter().enumerate().all(|(n, g)| {
            (n % 2 == 0) == role_words().mutual.contains(g) && (n % 2 == 1 || *g == gaps[0])
        })
    {
        let d = side.iter().step_by(2).map(|&k| party(k, Role::Extending));
        let r = side
            .iter()
            .skip(1)
            .step_by(2)
            .map(|&k| party(k, Role::Direct));
        return (d.collect(), r.collect());
    }
    // `A与B、C等6家医院签约`: a list after the first party's 与 is the
    // other side, whole (its last item may be joined by 和: `A与B、C和D`);
    // so is the list a subject joins to itself (`A联合B、C组建医共体`).
    let is_mutual = |g: &String| role_words().mutual.contains(g);
    if side.len() >= 3
        && (is_mutual(&gaps[0]) || role_words().joiners.contains(&gaps[0]))
        && gaps[1..gaps.len() - 1].iter().all(|g| !is_mutual(g))
        && (!is_mutual(&gaps[gaps.len() - 1]) || gaps[gaps.len() - 1] == "和")
    {
        let r = side[1..].iter().map(|&k| party(k, Role::Direct));
        return (vec![party(side[0], Role::Extending)], r.collect());
    }
    // `A、B和C等医联体`: the last party is one side, those before it together
    // the other.
    // A co-signer that administers the other side (`河北省卫生计生委` beside
    // 雄安新区's committee) is not one of its donors.
    let last = side[side.len() - 1];
    let donors: Vec<PartyRef> = side[..side.len() - 1]
        .iter()
        .filter(|&&k| k == side[0] || !self::within(entities, k, last))
        .map(|&k| party(k, Role::Extending))
        .collect();
    (donors, vec![party(last, Role::Direct)])
}

/// The hospital or university whose branch institution `k` is (`天津市肿瘤
/// 医院秦皇岛医院`: its parent's name, then a place, then a hospital's head),
/// where the article names the parent on its own: that mention.
fn parent_of(entities: &[Entity], k: usize) -> Option<usize> {
    let EntityValue::Institution(branch) = &entities[k].value else {
        return None;
    };
    let lx = Lexicon::shared();
    entities.iter().position(|e| {
        matches!(&e.value, EntityValue::Institution(i)
        if !i.elided
            && matches!(i.kind, InstitutionType::Hospital | InstitutionType::University)
            && branch.name.len() > i.name.len()
            && branch.name.starts_with(i.name.as_str())
            && {
                let rest: Vec<char> = branch.name[i.name.len()..].chars().collect();
                lx.longest_at(&rest, 0)
                    .is_some_and(|(_, p)| p.kind != PlaceKind::Abbreviation)
            })
    })
}

/// The division an entity is seated in: a place's own code, an
/// institution's place.
fn seat(e: &Entity) -> Option<&str> {
    match &e.value {
        EntityValue::Institution(i) => i.code.as_deref(),
        EntityValue::Place(p) => p.code.as_deref(),
        _ => None,
    }
}

/// Whether `inner` is seated in the division `outer` is seated in, or in
/// one inside it (a county's hospital in its county or city).
fn seated_within(outer: &Entity, inner: &Entity) -> bool {
    matches!((seat(outer), seat(inner)),
        (Some(o), Some(i)) if o == i || Lexicon::contains(o, i))
}

/// The provinces a regional grouping written with one-character province
/// abbreviations stands for (`京津冀` → Beijing, Tianjin, Hebei), whether
/// it is the whole name or opens it (`京津冀医养结合联盟`, a body of the
/// three); empty for any other name — and for a place named after one
/// (`闽宁镇卫生院`: the abbreviations end in a level, 闽宁镇 is a township).
fn grouping_members(name: &str) -> Vec<&'static str> {
    let lx = Lexicon::shared();
    let codes: Vec<&str> = name.chars().map_while(|c| lx.abbreviation(c)).collect();
    let level_after = name
        .chars()
        .nth(codes.len())
        .is_some_and(|c| crate::names::ADMIN_CHARS.contains(&c) || c == '村');
    // (two provinces at least: `新疆` is one, written with two of its
    // abbreviations)
    let distinct = codes.iter().any(|c| *c != codes[0]);
    if codes.len() >= 2 && distinct && !level_after {
        codes
    } else {
        Vec::new()
    }
}

/// The side helped by a programme the sentence `from..to` names by the
/// abbreviations of its two provinces, giver first, before a word of the
/// programme (`沪滇协作`, `闽宁对口协作`, `粤桂扶贫协作`; role_words:
/// programme) — when every one of `donors` is seated in the first: the
/// article's name for the second province, or else its first place inside
/// that province (`云南` in a headline, `普洱市`).  Not a grouping of three
/// (`京津冀协同`), nor a place named after two (`闽宁镇`).
fn programme_receiver(
    chars: &[char],
    (from, to): (usize, usize),
    entities: &[Entity],
    donors: &[PartyRef],
) -> Option<usize> {
    let lx = Lexicon::shared();
    let abbr = |i: usize| chars.get(i).and_then(|&c| lx.abbreviation(c));
    let (giver, taker) = (from..to.saturating_sub(2)).find_map(|i| {
        let (a, b) = (abbr(i)?, abbr(i + 1)?);
        let alone = i == 0 || abbr(i - 1).is_none();
        (a != b && alone && role_words().programmes.matches_at(chars, i + 2)).then_some((a, b))
    })?;
    let in_giver =
        |k: usize| seat(&entities[k]).is_some_and(|c| c == giver || Lexicon::contains(giver, c));
    if !donors.iter().all(|d| in_giver(d.entity)) {
        return None;
    }
    let place_in = |exact: bool| {
        entities.iter().position(|e| {
            matches!(e.value, EntityValue::Place(_))
                && seat(e).is_some_and(|c| c == taker || !exact && Lexicon::contains(taker, c))
        })
    };
    place_in(true).or_else(|| place_in(false))
}

/// Whether `e` is a body that gives care or medical knowledge: a hospital,
/// a CDC, a university, a research institute.
fn gives_care(e: &Entity) -> bool {
    matches!(&e.value, EntityValue::Institution(i)
        if matches!(i.kind, InstitutionType::Hospital | InstitutionType::Cdc
            | InstitutionType::University | InstitutionType::Research))
}

/// Whether `recipient` is the donor itself, or lies within it: the same
/// name, a place helping an institution seated in that very place, a member
/// of a regional grouping helped by the grouping — or the other way round,
/// a grouping helped by its own member.  (A province helping one of its own
/// counties is aid, so code containment alone is not enough.)
fn same_or_within(entities: &[Entity], donor: usize, recipient: usize) -> bool {
    within(entities, donor, recipient)
        || (!grouping_members(&entities[recipient].text).is_empty()
            && within(entities, recipient, donor))
}

fn within(entities: &[Entity], donor: usize, recipient: usize) -> bool {
    let (d, r) = (&entities[donor], &entities[recipient]);
    if donor == recipient || d.name() == r.name() {
        return true;
    }
    // A province's own government or health authority and a government
    // or health authority inside that province: administration, not aid
    // (`保定市政府与河北省卫健委签订…`).
    let authority = |e: &Entity| {
        matches!(&e.value, EntityValue::Institution(i)
            if matches!(i.kind, InstitutionType::Government | InstitutionType::HealthAuthority))
    };
    if authority(d)
        && authority(r)
        && let (Some(dc), Some(rc)) = (seat(d), seat(r))
        && dc.ends_with("0000")
        && dc.get(..2) == rc.get(..2)
    {
        return true;
    }
    // `区卫生计生委` and `石景山区卫生计生委`: a name that starts with an
    // administrative level is the short form of the one it ends.
    let short_of = |a: &str, b: &str| {
        a.len() < b.len() && b.ends_with(a) && a.starts_with(crate::names::ADMIN_CHARS)
    };
    if short_of(d.name(), r.name()) || short_of(r.name(), d.name()) {
        return true;
    }
    // A city and one of its own districts or counties, as places written
    // together (`福州市鼓楼区` split in two): one place, not aid between two.
    // (A province helping its own county is aid: 河北省 → 雄县; so is a
    // city sending to its counties: `我市选派专家到正安县`.)
    let together = d.span.end == r.span.start || r.span.end == d.span.start;
    if together
        && matches!(d.value, EntityValue::Place(_))
        && matches!(r.value, EntityValue::Place(_))
        && let (Some(dc), Some(rc)) = (seat(d), seat(r))
        && dc.len() == 6
        && rc.len() == 6
        && (dc.ends_with("00") && !dc.ends_with("0000") && rc.starts_with(&dc[..4])
            || rc.ends_with("00") && !rc.ends_with("0000") && dc.starts_with(&rc[..4]))
    {
        return true;
    }
    // A place does not aid what is seated in it, nor does a county's body
    // aid its own county's institutions (that is administration) — except
    // that a body giving care aids the county's primary care and its other
    // hospitals (a county hospital and its townships' health centres:
    // `县人民医院` → `义牒镇卫生院`, and the members of the county network it
    // leads: → `县中医院`, the county's own tier of aid).
    let primary_care = |e: &Entity| matches!(&e.value, EntityValue::Institution(i) if i.kind == InstitutionType::PrimaryCare);
    let hospital = |e: &Entity| matches!(&e.value, EntityValue::Institution(i) if i.kind == InstitutionType::Hospital);
    // (nor does any government: `A与廊坊市人民政府签订协议，对廊坊市人民医院
    // 实施托管` — the city's government is A's partner, not the hospital's
    // helper)
    let government = |e: &Entity| matches!(&e.value, EntityValue::Institution(i) if i.kind == InstitutionType::Government);
    if let (Some(dc), Some(rc)) = (seat(d), seat(r))
        && dc == rc
        && (matches!(d.value, EntityValue::Place(_)) || !dc.ends_with("00") || government(d))
        && !(gives_care(d) && (primary_care(r) || hospital(r)))
    {
        return true;
    }
    let members = grouping_members(&d.text);
    if !members.is_empty() {
        let r_members = grouping_members(&r.text);
        if !r_members.is_empty() {
            return r_members.iter().all(|m| members.contains(m));
        }
        if let Some(rc) = seat(r) {
            return members.iter().any(|m| m.get(..2) == rc.get(..2));
        }
    }
    false
}

/// Standing of a party for orienting a relation both sides enter: national
/// bodies first, then bodies of the provinces that give paired assistance
/// under the East–West and Beijing–Tianjin–Hebei programmes
/// (`data/donor_provinces.txt`), then by the level of the seat.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Rank {
    national: bool,
    donor_province: bool,
    /// 2 a province's, 1 a city's, 0 a county's; `None` where the seat is
    /// unknown (`清华长庚医院`): a body named without its place is not
    /// known to stand below one named with it, nor above.
    level: Option<u8>,
}

impl Rank {
    /// The order of standing: by the level of seat only where both are
    /// known (so not a total order: `max_by` with it keeps the first of
    /// equals).
    fn compare(&self, other: &Rank) -> std::cmp::Ordering {
        (self.national, self.donor_province)
            .cmp(&(other.national, other.donor_province))
            .then(match (self.level, other.level) {
                (Some(a), Some(b)) => a.cmp(&b),
                _ => std::cmp::Ordering::Equal,
            })
    }

    fn outranks(&self, other: &Rank) -> bool {
        self.compare(other) == std::cmp::Ordering::Greater
    }
}

fn standing(e: &Entity) -> Rank {
    let name = e.name();
    let national = role_words()
        .national
        .values()
        .iter()
        .any(|p| name.starts_with(p));
    let code = seat(e);
    let donor = |c: &str| donor_provinces().iter().any(|p| c.starts_with(&p[..]));
    // (a grouping of provinces stands as they do where all of them give:
    // `京津` for Beijing and Tianjin, not `京津冀`)
    let members = match (&e.value, code) {
        (EntityValue::Place(_), None) => grouping_members(name),
        _ => Vec::new(),
    };
    if !members.is_empty() {
        return Rank {
            national,
            donor_province: members.iter().all(|c| donor(c)),
            level: Some(2),
        };
    }
    let level = match code {
        Some(c) if c.ends_with("0000") => Some(2),
        Some(c) if c.ends_with("00") => Some(1),
        Some(_) => Some(0),
        // (a university's body whose name says no seat, `复旦大学附属华山
        // 医院`, `浙大一院`'s full name, ranks as a province's: universities
        // are run at that level or above)
        None if matches!(e.value, EntityValue::Institution(_)) && name.contains("大学") => {
            Some(2)
        }
        None => None,
    };
    Rank {
        national,
        donor_province: code.is_some_and(donor),
        level,
    }
}

/// Whether a seat lies where China's paired-assistance programmes pair
/// provinces: the mainland, GB/T 2260 province codes below 71 (71 Taiwan,
/// 81 Hong Kong, 82 Macao are outside them).
fn in_programme_area(code: &str) -> bool {
    code.get(..2).is_some_and(|p| p < "71")
}

fn donor_provinces() -> &'static [String] {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        data_lines(include_str!("../data/donor_provinces.txt"))
            .filter_map(|l| l.split('\t').next())
            // (the code's own digits: `11` for a province, `2102` for a city)
            .map(|c| {
                let mut c = c;
                while let Some(p) = c.strip_suffix("00") {
                    c = p;
                }
                c.to_string()
            })
            .collect()
    })
}

/// Which parts of [`standing`] may reorient a relation.
#[derive(Clone, Copy, PartialEq)]
enum Standing {
    /// National body, donor province, level of seat: for relations both
    /// sides enter, where the words do not say who gives at all.
    Full,
    /// National body and donor province only: for acts whose roles only the
    /// order written gave, where the level of seat is too weak a sign to
    /// overrule it.
    Programme,
}

/// In a relation both sides enter (`A与B签署协议`), the side of higher
/// standing gives: `保定市人民医院与北京佑安医院建立医联体` → 北京佑安医院 → 保定市人民医院.
/// Equal standing keeps the order written.
fn orient(
    entities: &[Entity],
    donors: &mut Vec<PartyRef>,
    recipients: &mut Vec<PartyRef>,
    how: Standing,
) {
    // a giver whose seat is unknown (`浙大一院`) is not known to come from
    // elsewhere: only the words can say it does not give
    if how == Standing::Programme
        && donors.iter().any(|p| {
            let e = &entities[p.entity];
            seat(e).is_none() && !standing(e).national
        })
    {
        return;
    }
    // (a donor province outranks only a side inside the programmes' area,
    // or of unknown seat: `深圳市…医院` does not give to `香港…` for being
    // in Guangdong)
    let in_area = |side: &[PartyRef]| {
        side.iter()
            .all(|p| seat(&entities[p.entity]).is_none_or(in_programme_area))
    };
    let standing_of = |p: &PartyRef, against_area: bool| {
        let s = standing(&entities[p.entity]);
        Rank {
            national: s.national,
            donor_province: s.donor_province && against_area,
            level: if how == Standing::Programme {
                None
            } else {
                s.level
            },
        }
    };
    let best = |side: &[PartyRef], against_area: bool| {
        side.iter()
            .map(|p| standing_of(p, against_area))
            .max_by(|a, b| a.compare(b))
    };
    if donors.len() == recipients.len() {
        for (d, r) in donors.iter_mut().zip(recipients.iter_mut()) {
            let (d_area, r_area) = (
                in_area(std::slice::from_ref(d)),
                in_area(std::slice::from_ref(r)),
            );
            if standing_of(r, d_area).outranks(&standing_of(d, r_area)) {
                std::mem::swap(&mut d.entity, &mut r.entity);
            }
        }
    } else if match (
        best(recipients, in_area(donors)),
        best(donors, in_area(recipients)),
    ) {
        (Some(r), Some(d)) => r.outranks(&d),
        // (a relation with no giver yet: the side there is gives)
        (Some(_), None) => true,
        _ => false,
    } {
        // Unequal sides: the sides change places, each keeping its roles.
        let role = |side: &[PartyRef], fallback| side.first().map_or(fallback, |p| p.role);
        let (dr, rr) = (
            role(donors, Role::Extending),
            role(recipients, Role::Direct),
        );
        std::mem::swap(donors, recipients);
        donors.iter_mut().for_each(|p| p.role = dr);
        recipients.iter_mut().for_each(|p| p.role = rr);
    }
}

/// Who a party is, for telling two records' sides apart: a place by its
/// division, however it is written (`江苏` in a headline and `江苏省` in the
/// body are one side), a body by its name.
fn party_key(e: &Entity) -> String {
    match &e.value {
        EntityValue::Place(pl) if pl.code.is_some() => {
            format!("@{}", pl.code.as_deref().unwrap_or_default())
        }
        _ => e.name().to_string(),
    }
}

/// Each party's key ([`party_key`]), in order.
fn party_keys(entities: &[Entity], ps: &[PartyRef]) -> Vec<String> {
    ps.iter().map(|p| party_key(&entities[p.entity])).collect()
}

/// Whether two records' values of one field (a sum, a head count) agree:
/// the same text, or one of them missing.  Different sums or head counts
/// are different acts.
fn agree(entities: &[Entity], a: Option<usize>, b: Option<usize>) -> bool {
    // (by value where both have one: a headline's `价值1200万元` is the
    // body's `价值约1200万元`)
    let value = |k: usize| match &entities[k].value {
        EntityValue::Amount(m) => m.value,
        EntityValue::Count(c) => c.value,
        _ => None,
    };
    match (a, b) {
        (Some(a), Some(b)) => match (value(a), value(b)) {
            (Some(x), Some(y)) => x == y,
            _ => entities[a].text == entities[b].text,
        },
        _ => true,
    }
}

/// Gives `into` the date, counts, sum and duration it lacks from `from`,
/// a record of the same act.
fn take_missing(into: &mut AidRecord, from: &AidRecord) {
    into.date = into.date.or(from.date);
    if into.persons.is_none() {
        into.persons = from.persons;
        into.persons_also = from.persons_also.clone();
    }
    into.institutions = into.institutions.or(from.institutions);
    if into.amount.is_none() {
        into.amount = from.amount;
        into.amount_also = from.amount_also.clone();
    }
    into.duration = into.duration.or(from.duration);
}

fn merge(out: &mut Vec<AidRecord>, rec: AidRecord, entities: &[Entity]) {
    let names = |ps: &[PartyRef]| party_keys(entities, ps);
    let date = |r: &AidRecord| {
        r.date.and_then(|d| match &entities[d].value {
            EntityValue::Date(v) => Some(v.value.clone()),
            _ => None,
        })
    };
    // (the hospitals that implement an act do not make it another act:
    // `医疗队成员来自A、B…` names who carries out the sending told before)
    let key = |r: &AidRecord| (r.kind, names(&leading(&r.donors)), names(&r.recipients));
    let k = key(&rec);
    let d = date(&rec);
    // The same act: same type and parties, and the same date — or no date
    // on one side (a headline restating the act the body dates) — and sums
    // and head counts that agree.
    // (a date that holds the other — a headline's year, the body's day —
    // is the same: `签订2012年对口支援协议` and `2012年2月29日…签订了…协议`)
    let holds = |a: &str, b: &str| {
        !a.contains('/') && !b.contains('/') && b.starts_with(a) && b[a.len()..].starts_with('-')
    };
    let dates_agree = |a: Option<String>, b: Option<String>| match (a, b) {
        (Some(a), Some(b)) => a == b || holds(&a, &b) || holds(&b, &a),
        _ => true,
    };
    let same = |r: &AidRecord| {
        key(r) == k
            && dates_agree(date(r), d.clone())
            && agree(entities, r.amount, rec.amount)
            && agree(entities, r.persons, rec.persons)
    };
    if let Some(prev) = out.iter_mut().find(|r| same(r)) {
        // (the more precise of two dates that agree)
        if let (Some(a), Some(b)) = (date(prev), d.as_ref())
            && holds(&a, b)
        {
            prev.date = rec.date;
        }
        take_missing(prev, &rec);
        for dep in rec.departments {
            if !prev.departments.contains(&dep) {
                prev.departments.push(dep);
            }
        }
        for d in rec.donors {
            if !prev.donors.iter().any(|p| names(&[*p]) == names(&[d])) {
                prev.donors.push(d);
            }
        }
        prev.evidence.extend(rec.evidence);
        prev.confidence = prev.confidence.max(rec.confidence);
    } else {
        out.push(rec);
    }
}

/// The shares a sentence opened by `其中` gives, one per party: each of
/// its clauses names one party and one sum (`其中，菏泽市1800万元，临沂市
/// 1500万元`), and nothing else is a party there.
fn shares_of(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    s: usize,
    e: usize,
) -> Vec<(usize, usize)> {
    let open = (s..e).find(|&i| !chars[i].is_whitespace());
    if !open.is_some_and(|o| role_words().parts_of_whole.matches_at(chars, o)) || parties.is_empty()
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &k in parties {
        let sp = entities[k].span;
        let ends_part = |i: usize| matches!(chars[i], '，' | ',' | '；' | ';' | '、' | '。');
        let clause_end = (sp.end..e).find(|&i| ends_part(i)).unwrap_or(e);
        let from = entities.partition_point(|x| x.span.start < sp.end);
        let after = (from..entities.len())
            .take_while(|&a| entities[a].span.start < clause_end)
            .find(|&a| {
                matches!(entities[a].value, EntityValue::Amount(_))
                    && entities[a].span.end <= clause_end
            });
        // (or the sum first and what it is for after: `其中2300万元用于A
        // 建设，1500万元用于B`)
        let clause_start = (s..sp.start)
            .rev()
            .find(|&i| ends_part(i))
            .map_or(s, |i| i + 1);
        let before = || {
            let a = (entities.partition_point(|x| x.span.start < clause_start)..k)
                .rev()
                .find(|&a| matches!(entities[a].value, EntityValue::Amount(_)))?;
            role_words()
                .money_uses
                .find_in(chars, entities[a].span.end, sp.start)
                .map(|_| a)
        };
        let Some(a) = after.or_else(before) else {
            return Vec::new();
        };
        out.push((k, a));
    }
    out
}

/// The donors who lead an act: all but the hospitals that implement it.
fn leading(donors: &[PartyRef]) -> Vec<PartyRef> {
    donors
        .iter()
        .copied()
        .filter(|p| p.role != Role::Implementing)
        .collect()
}

/// Party `a` and the parties written after it as one list with it
/// (`A、B和C`): only coordinators between them.
fn list_from(chars: &[char], entities: &[Entity], parties: &[usize], a: usize) -> Vec<usize> {
    let span = |k: usize| entities[k].span;
    let mut list = vec![a];
    // (parties are in text order: those after `a` by bisection)
    let from = parties.partition_point(|&k| span(k).start < span(a).end);
    for &k in &parties[from..] {
        let last = span(*list.last().unwrap_or(&a)).end;
        let gap: String = chars[last..span(k).start.max(last)]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        if span(k).start < last || gap.is_empty() || !coordinates(&gap) {
            break;
        }
        list.push(k);
    }
    list
}

/// The roles of an act whose people come from the bodies `from` (`成员来自
/// A、B等11家医院`, `医疗队由A、B…组成`): beside a sender named or carried,
/// those bodies implement its act; alone, they extend the help.  None of
/// them receives (nor another mention of one of them: `队长由A副院长担任`).
#[allow(clippy::too_many_arguments)]
fn origin_roles(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    from: Vec<usize>,
    trigger: usize,
    s: usize,
    e: usize,
    carried: Option<&[usize]>,
) -> Roles {
    let rest: Vec<usize> = parties
        .iter()
        .copied()
        .filter(|k| !from.contains(k))
        .collect();
    let mut r = roles(chars, entities, &rest, trigger, s, e, carried);
    // (a subject before a verb of receiving whose people come from the list
    // receives: `B迎来了5名来自A的专家`, `B接受来自A的…`)
    let first_from = entities[from[0]].span.start;
    let (receivers, givers): (Vec<PartyRef>, Vec<PartyRef>) = r.donors.iter().partition(|d| {
        let end = entities[d.entity].span.end;
        end < first_from
            && role_words()
                .passive
                .find_in(chars, end, first_from)
                .is_some()
    });
    if !receivers.is_empty() {
        r.donors = givers;
        r.recipients.extend(receivers.into_iter().map(|d| PartyRef {
            entity: d.entity,
            role: Role::Direct,
        }));
    }
    r.recipients.retain(|p| {
        !from
            .iter()
            .any(|&k| entities[k].name() == entities[p.entity].name())
    });
    let role = if r.donors.is_empty() {
        Role::Extending
    } else {
        Role::Implementing
    };
    // (a place the people come from adds nothing beside their sender)
    r.donors.extend(
        from.into_iter()
            .filter(|&k| {
                role == Role::Extending || matches!(entities[k].value, EntityValue::Institution(_))
            })
            .map(|k| PartyRef { entity: k, role }),
    );
    r
}

/// The parties of one trigger.
#[derive(Debug, Clone)]
struct Roles {
    donors: Vec<PartyRef>,
    recipients: Vec<PartyRef>,
    confidence: f64,
    /// The recipient was marked by 与/和/同: both sides enter the relation,
    /// and the order written does not say who gives.
    symmetric: bool,
    /// The roles came from where the parties stand around the trigger and a
    /// recipient marker (or a subject carried over), not from a word that
    /// fixes the direction (an arrow, a passive, 由, 从).
    by_position: bool,
    /// Words named each side's part in a grouping (牵头单位, 成员单位): no
    /// other reading of the sentence overrides them.
    parts_named: bool,
}

/// Whether the text between two names is only a dash (`——`, `—`, `-`):
/// in a list of pairs, the link from giver to receiver.
fn is_dash_link(between: &str) -> bool {
    let t = between.trim();
    !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '—' | '―' | '－' | '-' | '–' | '─'))
}

/// Whether the text between two names holds an arrow (`A―→B`, `A->B`).
fn is_arrow_link(between: &str) -> bool {
    // (the arrows the normaliser keeps a line of pairs for: layout.rs
    // is_pair_line)
    const ARROWS: [&str; 6] = ["→", "―>", "—>", "->", "⇒", "➝"];
    ARROWS.iter().any(|a| between.contains(a))
}

/// Whether a sentence is a list item of linked pairs: two or more parties,
/// neighbours joined by an arrow or a dash.
fn linked_pairs(chars: &[char], entities: &[Entity], parties: &[usize]) -> bool {
    parties.len() >= 2
        && parties.windows(2).any(|w| {
            let between: String = chars[entities[w[0]].span.end..entities[w[1]].span.start]
                .iter()
                .collect();
            is_dash_link(&between) || is_arrow_link(&between)
        })
}

/// The length of the longest recipient marker at `i`, if one stands there.
fn marker_at(chars: &[char], i: usize) -> Option<usize> {
    role_words()
        .recipient_markers
        .longest_at(chars, i)
        .map(|(n, _)| n)
        .filter(|&n| !names_what_it_is(chars, i + n))
        .or_else(|| enters_province(chars, i).then_some(1))
}

/// A verb of going before a province's abbreviation (`…407名进疆`, role
/// words `enters`): it marks where people go, as `到` does — not before a
/// grouping of provinces, where the verb's character ends another word
/// (`推进京津冀医联体建设`).
pub(crate) fn enters_province(chars: &[char], i: usize) -> bool {
    let lx = Lexicon::shared();
    role_words()
        .enters
        .contains(chars[i].encode_utf8(&mut [0; 4]))
        && chars
            .get(i + 1)
            .is_some_and(|&c| lx.abbreviation_alone(c).is_some())
        && chars
            .get(i + 2)
            .is_none_or(|&c| lx.abbreviation(c).is_none())
}

/// Whether the character at `i` is inside a word that names a side's part
/// (`帮扶单位`, `对口支援医院`, `受援医院`; role_words: lead, member): its
/// `对` or `帮扶` is a title, not a marker of the party after it as where
/// help goes (`对口帮扶单位A派出…`: A gives).
fn in_part_word(chars: &[char], i: usize) -> bool {
    let w = role_words();
    // (the last characters of the part words, once: a marker with none of
    // them in the few characters after it is in no part word — most are not)
    static LAST: OnceLock<Vec<char>> = OnceLock::new();
    let last = LAST.get_or_init(|| {
        let mut v: Vec<char> = w
            .leads
            .values()
            .iter()
            .chain(w.members.values())
            .filter_map(|x| x.chars().last())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    if !chars[i..chars.len().min(i + 7)]
        .iter()
        .any(|c| last.binary_search(c).is_ok())
    {
        return false;
    }
    (i.saturating_sub(4)..=i).any(|j| {
        w.leads
            .longest_at(chars, j)
            .or_else(|| w.members.longest_at(chars, j))
            .is_some_and(|(n, _)| j + n > i)
    })
}

/// Whether a verb that names what its subject is (`确定为`, `成为`, `列为`;
/// role_words: naming_verb) ends right before `at`: `B被确定为A对口帮扶医院`
/// marks no recipient after 为 — which side gives is the relation's, by
/// standing.
fn names_what_it_is(chars: &[char], at: usize) -> bool {
    role_words()
        .naming_verbs
        .ends_at(chars, at.saturating_sub(4), at)
}

/// `B是A对口支援的重点医院`, `B为A对口帮扶医院`: a party A right before the
/// act word at `ts..te`, a party B right before the copula before A, and
/// no party after the act word in its clause — A's act has no object but
/// the B the sentence says it is.  Returns (A, B).
fn described_as_helped(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    ts: usize,
    te: usize,
) -> Option<(usize, usize)> {
    let a = *parties.iter().find(|&&k| entities[k].span.end == ts)?;
    // (the giver's address starts with the places that qualify it:
    // `B是深圳市南山区东西部协作结对县`)
    let mut at = entities[a].span.start;
    while let Some(&q) = parties.iter().find(|&&k| entities[k].span.end == at) {
        at = entities[q].span.start;
    }
    let b = *parties.iter().find(|&&k| {
        let end = entities[k].span.end;
        end < at
            && role_words()
                .copulas
                .longest_at(chars, end)
                .is_some_and(|(n, _)| end + n == at)
    })?;
    let clause_end = clause_end(chars, te, chars.len());
    let object = parties.iter().any(|&k| {
        let st = entities[k].span.start;
        st >= te && st < clause_end
    });
    // (the act word describes a kind of body or place, which ends the
    // clause: `…对口帮扶医院`, `…的重点医院`, `…结对县` — not the act done
    // for B, `A为B捐赠设备`, where 为 marks whom it is done for)
    let tail = unspaced(chars, te, clause_end);
    let tail: Vec<char> = tail
        .into_iter()
        .filter(|c| !matches!(c, '。' | '！' | '？' | '”' | '）'))
        .collect();
    let describes_kind = tail
        .last()
        .is_some_and(|c| crate::names::ADMIN_CHARS.contains(c))
        || (1..=tail.len().min(6)).any(|n| {
            crate::names::is_institution_head(&tail[tail.len() - n..].iter().collect::<String>())
        })
        || role_words().members.ends_at(&tail, 0, tail.len())
        || role_words().leads.ends_at(&tail, 0, tail.len())
        || role_words().kind_nouns.ends_at(&tail, 0, tail.len());
    (!object && describes_kind).then_some((a, b))
}

/// The characters of `from..to` without white space.
fn unspaced(chars: &[char], from: usize, to: usize) -> Vec<char> {
    chars[from..to]
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// How the items of a list are numbered: `（二）`, `二、`, `2.`, `二是`.
#[derive(Clone, Copy, PartialEq)]
enum ItemKind {
    Bracketed,
    Listed,
    Dotted,
    Ordinal,
}

/// The numbering and number of the item the line `from..to` opens
/// (`（三）人才培养。…` → bracketed, 3), if it opens one.
fn numbered_item(chars: &[char], from: usize, to: usize) -> Option<(ItemKind, u32)> {
    let text = unspaced(chars, from, to.min(from + 8));
    // (a small number, however written: `三`, `十二`, `12`)
    let number = |n: &[char]| -> Option<u32> {
        let v = crate::numeral::parse(&n.iter().collect::<String>(), crate::numeral::Mode::Smart)
            .ok()?;
        (n.len() <= 3 && v >= 1.0 && v.fract() == 0.0).then_some(v as u32)
    };
    let (open, close) = match text.first()? {
        '（' | '(' => (1, text.iter().position(|&c| c == '）' || c == ')')?),
        _ => (
            0,
            text.iter()
                .position(|&c| matches!(c, '、' | '.' | '．' | '是'))?,
        ),
    };
    let n = number(&text[open..close])?;
    let kind = match (open, text[close]) {
        (1, _) => ItemKind::Bracketed,
        (_, '、') if !text[0].is_ascii_digit() => ItemKind::Listed,
        (_, '是') if !text[0].is_ascii_digit() => ItemKind::Ordinal,
        (_, '.' | '．' | '、') => ItemKind::Dotted,
        _ => return None,
    };
    // (not a decimal number: `1.5万`)
    if text.get(close + 1).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((kind, n))
}

/// Whether `from..to` is the heading of an enumerated item inside a
/// paragraph (`二是捐赠设备。`, `三是培养人才；`, `（二）捐赠设备。`): an
/// ordinal and 是, or a number in brackets, then a few words and no number.
fn item_heading(chars: &[char], from: usize, to: usize) -> bool {
    let text = unspaced(chars, from, to);
    // (or a numbered heading run into its item: `（二）捐赠设备。向B捐赠…`)
    if let ['（' | '(', n, '）' | ')', rest @ ..] = text.as_slice()
        && crate::numeral::digit(*n).is_some()
    {
        return rest.len() <= 12 && !rest.iter().any(|&c| crate::numeral::is_numeral_char(c));
    }
    let Some(shi) = text.iter().position(|&c| c == '是') else {
        return false;
    };
    let ordinal = shi > 0
        && text[..shi]
            .iter()
            .all(|&c| crate::numeral::digit(c).is_some() || c == '十');
    let rest = &text[shi + 1..];
    ordinal && rest.len() <= 12 && !rest.iter().any(|&c| crate::numeral::is_numeral_char(c))
}

/// Whether `from..to` is a short numbered heading on a line of its own
/// (`一、支援关系`, `（二）帮扶关系`): like a sentence ending in a colon, it
/// opens the list of items below it.
fn outline_heading(chars: &[char], from: usize, to: usize) -> bool {
    let line = unspaced(chars, from, to);
    let numbered = match line.as_slice() {
        [n, '、', ..] => crate::numeral::digit(*n).is_some() || *n == '十',
        ['（' | '(', n, '）' | ')', ..] => crate::numeral::digit(*n).is_some(),
        _ => false,
    };
    let own_line = chars[to..]
        .iter()
        .find(|c| !matches!(c, ' ' | '\t' | '\u{3000}'))
        .is_none_or(|&c| c == '\n');
    numbered && own_line && line.len() <= 16 && line.last().is_some_and(|&c| crate::text::is_han(c))
}

/// Where in `s..e` a verb stands that makes the party right after it the
/// giver to the subject before it: a passive (`B接受A的…`, `B依托A`), or a
/// verb of hosting whose people it names are guests sent (`B接收北京专家
/// 坐诊`, `B迎来了A…医疗队`).
fn passive_at(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    s: usize,
    e: usize,
) -> Option<usize> {
    let w = role_words();
    let starts = |at: usize| parties.iter().find(|&&k| entities[k].span.start == at);
    (s..e).find(|&i| {
        w.passive
            .prefixes_at(chars, i)
            .any(|(n, _)| starts(i + n).is_some())
            || w.hosting.prefixes_at(chars, i).any(|(n, _)| {
                // (`迎来了A…`: an aspect particle may stand between)
                let n = n + usize::from(chars.get(i + n) == Some(&'了'));
                starts(i + n).is_some_and(|&k| guests_follow(chars, entities[k].span.end, e))
            })
    })
}

/// Whether the people a host takes in after the party ending at `from`
/// are guests sent to work (`B迎来了A由8名专家组成的医疗队`, `B接收A的专家
/// 坐诊`): a guest word comes later in the party's clause, before any word
/// of people who come to learn or be treated (`A接收B的医生进修`, `接收B的
/// 学员`).
fn guests_follow(chars: &[char], from: usize, e: usize) -> bool {
    let w = role_words();
    for i in from..e {
        if ends_clause(chars[i]) || learning_at(chars, i) {
            return false;
        }
        // (not a classifier and a noun: `23名医务人员` holds no `名医`)
        if w.guests.matches_at(chars, i)
            && !(i > 0 && crate::numeral::is_numeral_char(chars[i - 1]))
        {
            return true;
        }
    }
    false
}

/// Whether a word of learning (`进修`) or of people who come to learn or be
/// treated (`学员`, `患者`) starts at `i`: people taken in there are no
/// guests sent, and people who come there give nothing.
fn learning_at(chars: &[char], i: usize) -> bool {
    let w = role_words();
    w.learn.matches_at(chars, i) || w.learners.matches_at(chars, i)
}

/// Where the clause holding `at_` starts, looking back no further than `from`.
fn clause_start(chars: &[char], from: usize, at_: usize) -> usize {
    (from..at_)
        .rev()
        .find(|&i| ends_clause(chars[i]))
        .map_or(from, |i| i + 1)
}

/// Where the clause holding `at_` ends, looking on no further than `to`.
fn clause_end(chars: &[char], at_: usize, to: usize) -> usize {
    (at_..to).find(|&i| ends_clause(chars[i])).unwrap_or(to)
}

/// Whether the party at `at_` is the object of a completed verb or an aid
/// word before it in its own clause (`完成了县中医院国医堂建设`,
/// `改造提升了县人民医院…`): where help went, not who gave it.
fn governed(chars: &[char], sentence_start: usize, at_: usize, names: &[Span]) -> bool {
    governor(chars, sentence_start, at_, names).is_some()
}

/// What governs the party at `at_` in its clause: `Some(true)` an aid word
/// (`托管B`, `改造提升了B`), `Some(false)` only a completed verb (`完成了B`).
/// An aid word inside one of the sentence's `names` is the name's, and
/// governs nothing (`浙江省援疆指挥部组织B…`).
fn governor(chars: &[char], sentence_start: usize, at_: usize, names: &[Span]) -> Option<bool> {
    // a verb governs what is near it: look back at most 30 characters, so a
    // clause with no punctuation costs no more than a short one
    let near = sentence_start.max(at_.saturating_sub(30));
    let from = clause_start(chars, near, at_);
    let in_name = |i: usize| names.iter().any(|n| n.start <= i && i < n.end);
    if (from..at_).any(|i| !in_name(i) && triggers().longest_at(chars, i).is_some()) {
        Some(true)
    } else if (from..at_).any(|i| chars[i] == '了') {
        Some(false)
    } else {
        None
    }
}

/// The date written right before a record's donors, in a list that dates
/// each of them (`2018年11月6日A，12月11日B与…`): each pair has its own.
/// `lo` is the index of the sentence's first entity.
fn own_date(chars: &[char], entities: &[Entity], lo: usize, donors: &[PartyRef]) -> Option<usize> {
    let first = donors.iter().map(|d| d.entity).min()?;
    let start = entities[first].span.start;
    (lo..first).rev().find(|&k| {
        let sp = entities[k].span;
        sp.end <= start
            && matches!(entities[k].value, EntityValue::Date(_))
            && chars[sp.end..start].iter().all(|c| c.is_whitespace())
    })
}

/// Where a leading `在…帮助下，` (`支持下`, `指导下` …) phrase opens (its 在)
/// and ends (after its comma), when the sentence or a clause before
/// `trigger` opens with one.
fn helped_phrase(chars: &[char], s: usize, trigger: usize) -> Option<(usize, usize)> {
    // the phrase opens the sentence or a clause before the act
    // (`近日，在A的远程指导下，B…`)
    let mut from = s;
    while from < trigger {
        let open = (from..trigger).find(|&i| !chars[i].is_whitespace())?;
        // (a colon opens a clause too: `B汇报了成效：在A的支持下，该院…`;
        // the act word may be inside the phrase: `在对口帮扶单位A的指导下，`)
        let is_sep = |i: &usize| matches!(chars[*i], '，' | ',' | '：' | ':');
        let sep = if chars[open] == '在' {
            (open..chars.len())
                .take_while(|&i| !matches!(chars[i], '。' | '！' | '？' | '；' | '\n'))
                .find(is_sep)?
        } else {
            (open..trigger).find(is_sep)?
        };
        if matches!(chars[sep], '，' | ',')
            && chars[open] == '在'
            && role_words().helped_tails.ends_at(chars, open, sep)
        {
            return Some((open, sep + 1));
        }
        from = sep + 1;
    }
    None
}

/// A `在…下` phrase of help inside a clause before the act, after the
/// clause's subject (`B自2022年在A帮扶下筹建`): where 在 stands and where
/// the phrase's tail (`帮扶下`) ends.
fn inner_helped_phrase(chars: &[char], s: usize, trigger: usize) -> Option<(usize, usize)> {
    let tails = &role_words().helped_tails;
    let mut open = None;
    // (a phrase near the act: a bounded look back, so a sentence of many
    // triggers stays linear)
    let from = s.max(trigger.saturating_sub(80));
    for i in from..trigger {
        match chars[i] {
            c if ends_clause(c) => open = None,
            '在' if i > from && !ends_clause(chars[i - 1]) => open = Some(i),
            _ => {}
        }
        if let Some(o) = open
            && tails.ends_at(chars, o + 1, i + 1)
        {
            return Some((o, i + 1));
        }
    }
    None
}

/// A party written as the site that opens a sentence or clause: `在 B，…`
/// (`在 B 内，…`), with nothing between it and the comma.
fn leading_site(chars: &[char], entities: &[Entity], parties: &[usize], s: usize) -> Option<usize> {
    parties.iter().copied().find(|&k| {
        let sp = entities[k].span;
        // (`记者在B看到，`: the witness before 在 does not count)
        let at_ = sp.start.saturating_sub(1);
        let clause_start = |i: usize| i == s || ends_clause(chars[i - 1]);
        // (or a topic: `对于B，A…`)
        let topic = || {
            role_words().topic_openers.values().iter().any(|w| {
                let n = w.chars().count();
                sp.start >= s + n && at(chars, sp.start - n, w) && clause_start(sp.start - n)
            })
        };
        let opens = sp.start > s
            && (chars[at_] == '在'
                && (clause_start(at_)
                    || role_words().witnesses.values().iter().any(|w| {
                        let n = w.chars().count();
                        at_ >= s + n && at(chars, at_ - n, w) && clause_start(at_ - n)
                    }))
                || topic());
        if !opens {
            return false;
        }
        let mut end = sp.end;
        if let Some((n, _)) = role_words().site_tails.longest_at(chars, end) {
            end += n;
        }
        chars.get(end).is_some_and(|&c| matches!(c, '，' | ','))
    })
}

/// Whether the word at `i` is inside a quoted saying that names no party
/// and no speaker's side (`“援藏一阵子，友谊一辈子。”李华说`): a slogan,
/// not an act.  A saying has a clause break inside its quotes; a quoted
/// name or term (`“组团式”援藏`) has none.
fn in_slogan(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    i: usize,
    s: usize,
    e: usize,
) -> bool {
    let Some(open) = (s..i).rev().find(|&j| matches!(chars[j], '“' | '”')) else {
        return false;
    };
    if chars[open] != '“' {
        return false;
    }
    let Some(close) = (i..e).find(|&j| matches!(chars[j], '”' | '“')) else {
        return false;
    };
    chars[close] == '”'
        && chars[open..close]
            .iter()
            .any(|&c| matches!(c, '，' | '。' | '！' | '；'))
        && !parties.iter().any(|&k| {
            let sp = entities[k].span;
            sp.start > open && sp.end <= close
        })
        && role_words()
            .first_person
            .find_in(chars, open, close)
            .is_none()
}

/// Whether the word at `i` is inside a quoted name of a programme with no
/// party in it (`“帮扶全国乡镇卫生院爱心工程”`, `「万名医师支援农村卫生工程」`;
/// role_words: programme_name): the name of the programme, not an act.
/// Such a name holds no clause break, so its quotes are in the clause
/// `(s, e)` of the word.
fn in_programme_name(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    i: usize,
    (s, e): (usize, usize),
) -> bool {
    let opens = |c: char| matches!(c, '“' | '「' | '『');
    let closes = |c: char| matches!(c, '”' | '」' | '』');
    let Some(open) = (s..i).rev().find(|&j| opens(chars[j]) || closes(chars[j])) else {
        return false;
    };
    let Some(close) = (i..e).find(|&j| opens(chars[j]) || closes(chars[j])) else {
        return false;
    };
    opens(chars[open])
        && closes(chars[close])
        && !chars[open..close]
            .iter()
            .any(|&c| ends_clause(c) || c == '，')
        && role_words().programme_names.ends_at(chars, open + 1, close)
        && !parties[parties.partition_point(|&k| entities[k].span.start <= open)..]
            .iter()
            .take_while(|&&k| entities[k].span.start < close)
            .any(|&k| entities[k].span.end <= close)
}

/// Whether the aid word at `i`, of type `kind`, inside a frame of time
/// `from..close` that 自/从 opens (`自2016年广东省开展“组团式”医疗援藏以来，`),
/// is told again after the frame by a subject of its own, up to `to`
/// (`…A已累计选派120余名专家到B`):
/// the frame dates that act, and tells none of its own — its parties are
/// background.  (An act of another type in a frame stays: `自A与B结对以来，
/// A累计派出…` tells the pairing.)
fn told_since(
    chars: &[char],
    i: usize,
    kind: AidType,
    (from, close, to): (usize, usize, usize),
    bodies: &[usize],
) -> bool {
    // (the word, not a name's first character: `从江县与A结对以来`; and
    // with no body before it, which is the sentence's subject: `A自2010年
    // 承担对口支援B任务以来，累计投入援疆资金…`)
    (from..i).any(|j| {
        matches!(chars[j], '自' | '从')
            && bodies.binary_search(&j).is_err()
            && !bodies.iter().any(|&b| b >= from && b < j)
    }) && (close..to).any(|j| {
        // (by a subject of its own: with none, the frame's body is the
        // subject of the act told after it: `自2015年A实施“组团式”援藏以来，
        // 已累计选派…，帮助B…`)
        triggers()
            .longest_at(chars, j)
            .is_some_and(|(_, &k)| k == kind)
            && bodies.iter().any(|&b| b > close && b < j)
    })
}

/// Where a third-person pronoun is the subject of a clause in `from..to`
/// (`他带领科室…`, `，但她第二天就…`, `他们还深入…`): it opens the clause, or
/// follows a conjunction that does (`data/role_words.txt`: third_person,
/// clause_conjunction).  Not `其他`, `他人`, `他乡`.
fn pronoun_subject(chars: &[char], from: usize, to: usize) -> Option<usize> {
    let w = role_words();
    let opens = |p: usize| p == from || ends_clause(chars[p - 1]) || chars[p - 1] == '。';
    let after_conjunction = |p: usize| {
        (p.saturating_sub(2).max(from)..p).any(|q| {
            w.clause_conjunctions
                .longest_at(chars, q)
                .is_some_and(|(n, _)| q + n == p && opens(q))
        })
    };
    (from..to).find(|&p| {
        w.third_person.matches_at(chars, p)
            && !w.not_third_person.matches_at(chars, p)
            && (opens(p) || after_conjunction(p))
    })
}

/// Whether a sending whose words end at `from` sends people to learn: a
/// word of going, then a word of learning, in the clause up to `to`
/// (`选派10名骨干到A医院进修学习`).
fn sends_to_learn(chars: &[char], from: usize, to: usize) -> bool {
    let w = role_words();
    (from..to)
        .find(|&i| w.goes_to.matches_at(chars, i))
        .is_some_and(|g| (g + 1..to).any(|i| w.learn.matches_at(chars, i)))
}

/// `…到 X 进修`: (X, the party of those who go) when the learn word after X
/// is the trigger at `trigger`.
fn learning_parties(
    chars: &[char],
    entities: &[Entity],
    parties: &[usize],
    trigger: usize,
    s: usize,
) -> Option<(usize, usize)> {
    let w = role_words();
    let (pos, host) = parties.iter().enumerate().find_map(|(n, &k)| {
        let sp = entities[k].span;
        let goes = w.goes_to.ends_at(chars, s, sp.start);
        // the learn word follows X closely, in its clause (`到X参加培训`)
        let learns = (sp.end..(sp.end + 3).min(trigger + 1))
            .take_while(|&i| !ends_clause(chars[i]) && chars[i] != '。')
            .any(|i| {
                w.learn
                    .prefixes_at(chars, i)
                    .any(|(n, _)| (i..i + n).contains(&trigger))
            });
        (goes && learns).then_some((n, k))
    })?;
    // the goers' own party, in the host's clause (`接收该院医生到…`)
    let trainees = parties[..pos].last().copied()?;
    let between = entities[trainees].span.end..entities[host].span.start;
    if between.clone().any(|i| ends_clause(chars[i])) {
        return None;
    }
    Some((host, trainees))
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
) -> Roles {
    let plain = |donors, recipients, confidence| Roles {
        donors,
        recipients,
        confidence,
        symmetric: false,
        by_position: false,
        parts_named: false,
    };
    let span = |k: usize| entities[k].span;
    let party = |k: usize, role: Role| PartyRef { entity: k, role };
    let names: Vec<Span> = parties.iter().map(|&k| span(k)).collect();
    // 1. Arrows: every `A→B` of the sentence (`A→B，C→D`), pairing up.
    // An item of a list an earlier sentence opened (the trigger stands
    // before this sentence) links its pairs by dashes too (`1.A——B；`).
    let list_item = trigger < s;
    let mut arrows: (Vec<PartyRef>, Vec<PartyRef>) = (Vec::new(), Vec::new());
    // (the words between party `j - 1` and party `j`)
    let link = |j: usize| -> Option<String> {
        let (p, q) = (span(parties[j - 1]), span(parties[j]));
        (q.start >= p.end).then(|| chars[p.end..q.start].iter().collect())
    };
    let pairs = |l: &String| is_arrow_link(l) || list_item && is_dash_link(l);
    for k in 0..parties.len().saturating_sub(1) {
        if link(k + 1).is_some_and(|l| pairs(&l)) {
            arrows.0.push(party(parties[k], Role::Extending));
            arrows.1.push(party(parties[k + 1], Role::Direct));
            // (and the parties listed with its receiver: `A——B、C` — not
            // the giver of a pair of its own: `A→B、C→D`)
            for j in k + 2..parties.len() {
                let gives = j + 1 < parties.len() && link(j + 1).is_some_and(|l| pairs(&l));
                if gives || !link(j).is_some_and(|l| coordinates(&l)) {
                    break;
                }
                arrows.0.push(party(parties[k], Role::Extending));
                arrows.1.push(party(parties[j], Role::Direct));
            }
        }
    }
    if !arrows.0.is_empty() {
        return plain(arrows.0, arrows.1, 0.9);
    }
    // Helped: `在A的帮助下，B新开展…` — B receives, A (where named) gives.
    if let Some((open, close)) = helped_phrase(chars, s, trigger) {
        // (where the clause after it names its own giver and, after a
        // marker, where help goes — `在A的支持下，B为C捐赠…`, `…，B与C签订
        // …协议` — the phrase names who backs the act, and the act is read
        // from its own words)
        let after: Vec<usize> = parties
            .iter()
            .copied()
            .filter(|&k| span(k).start >= close)
            .collect();
        if let [b, c, ..] = after[..]
            && span(b).end <= trigger
            && (span(b).end..span(c).start).any(|i| {
                (marker_at(chars, i).is_some() || role_words().mutual.matches_at(chars, i))
                    && !in_part_word(chars, i)
            })
        {
            return roles(chars, entities, &after, trigger, close, e, carried);
        }
        let helpers: Vec<PartyRef> = parties
            .iter()
            .copied()
            .filter(|&k| span(k).start > open && span(k).end <= close)
            .map(|k| party(k, Role::Extending))
            .collect();
        if let Some(&helped) = parties.iter().find(|&&k| span(k).start >= close) {
            return plain(helpers, vec![party(helped, Role::Direct)], 0.7);
        }
        // (no party after it: `在宁波专家的帮助下，医院骨科完成手术300台` —
        // the helpers give, to whoever the article helps; they are no
        // receivers of their own help)
        if !helpers.is_empty() {
            return plain(helpers, Vec::new(), 0.7);
        }
    }
    // Helped inside a clause: `B自2022年在A帮扶下筹建，…` — B, the clause's
    // subject before 在, receives; A, inside the phrase, gives.
    if let Some((open, close)) = inner_helped_phrase(chars, s, trigger) {
        let helpers: Vec<PartyRef> = parties
            .iter()
            .copied()
            .filter(|&k| span(k).start > open && span(k).end <= close)
            .map(|k| party(k, Role::Extending))
            .collect();
        let clause_start = clause_start(chars, s, open);
        if let Some(&helped) = parties
            .iter()
            .rev()
            .find(|&&k| span(k).start >= clause_start && span(k).end <= open)
            && !helpers.is_empty()
        {
            return plain(helpers, vec![party(helped, Role::Direct)], 0.7);
        }
    }
    // A leading site: `在B，A开展义诊…` — B is where the act happens, so
    // B is no subject, and the recipient where nothing else is.
    if let Some(site) = leading_site(chars, entities, parties, s) {
        let rest: Vec<usize> = parties.iter().copied().filter(|&k| k != site).collect();
        let mut r = roles(chars, entities, &rest, trigger, s, e, carried);
        if r.recipients.is_empty() && !r.donors.iter().any(|d| d.entity == site) {
            r.recipients.push(party(site, Role::Direct));
        }
        return r;
    }
    // Joining: `B加入A医联体`, `B纳入A牵头的专科联盟` — the joiner receives,
    // the body whose consortium it is gives (or the consortium, where it is
    // one name: `B加入A消化专科联盟`) — the one that leads it, where the
    // text says so (`B加入A牵头组建的湘西医联体`: A, not 湘西).
    let between = |j: usize| {
        parties
            .iter()
            .copied()
            .filter(move |&k| span(k).start > j && span(k).start < trigger)
    };
    if triggers()
        .longest_at(chars, trigger)
        .is_some_and(|(_, &k)| k == AidType::Consortium)
        && let Some(j) = (s..trigger)
            .rev()
            .find(|&i| role_words().joins.matches_at(chars, i))
        && let Some(lead) = between(j)
            .find(|&k| role_words().leads.matches_at(chars, span(k).end))
            .or_else(|| between(j).next_back())
        && let Some(&joiner) = parties.iter().rev().find(|&&k| span(k).end <= j)
    {
        return plain(
            vec![party(lead, Role::Extending)],
            vec![party(joiner, Role::Direct)],
            0.8,
        );
    }
    // Going to learn: `接收该院6名医生到邢台进修`, `环县医生赴天津跟岗学习` —
    // the party the trainees go to hosts the training and gives; their own
    // party, the nearest before the going, receives.  The subject that
    // opens the sentence (`A…接收该院医生到…`), where there is one before
    // them, gives for the host.
    if let Some((host, trainees)) = learning_parties(chars, entities, parties, trigger, s) {
        // (all of a list they come from: `组织A县、B县医务人员赴C进修`)
        let trainees: Vec<usize> = parties
            .iter()
            .map(|&k| list_from(chars, entities, parties, k))
            .find(|l| l.contains(&trainees))
            .unwrap_or_else(|| vec![trainees]);
        let first = trainees[0];
        let subject = parties.iter().copied().find(|&k| {
            span(k).end <= span(first).start && !governed(chars, s, span(k).start, &names)
        });
        let mut donors = vec![party(subject.unwrap_or(host), Role::Extending)];
        if let Some(sj) = subject
            && matches!(entities[host].value, EntityValue::Institution(_))
            && !same_or_within(entities, sj, host)
        {
            donors.push(party(host, Role::Implementing));
        }
        return plain(
            donors,
            trainees.iter().map(|&k| party(k, Role::Direct)).collect(),
            0.7,
        );
    }
    // A share of what a body's project costs: `B…项目总投资1309万元，其中A
    // 援建900万元` — A, opening the act's clause, gives to B, the body an
    // earlier clause puts before the total.
    if let Some((giver, owner)) = share_of_a_project(chars, entities, parties, trigger, s, e) {
        return plain(
            vec![party(giver, Role::Extending)],
            vec![party(owner, Role::Direct)],
            0.7,
        );
    }
    // 3. Passive: B 接受 A 的…, B 依托 A…, B 获 A…支持: the party right
    // after the verb gives.  So does one after a verb of hosting whose
    // people it names are guests sent (`B接收北京专家坐诊`, not `A接收B的
    // 医生进修`, where B's staff come to learn).
    let w = role_words();
    if let Some(p) = passive_at(chars, entities, parties, s, e) {
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
            return plain(
                vec![party(a, Role::Extending)],
                vec![party(b, Role::Direct)],
                0.8,
            );
        }
    }
    // `A接收B的12名医生进修`: for training, the host gives and the party
    // whose staff it hosts receives.
    if triggers()
        .longest_at(chars, trigger)
        .is_some_and(|(_, &k)| k == AidType::Training)
        && let Some((p, b)) = (s..trigger).find_map(|i| {
            w.hosting.prefixes_at(chars, i).find_map(|(n, _)| {
                parties
                    .iter()
                    .find(|&&k| span(k).start == i + n)
                    .map(|&k| (i, k))
            })
        })
        // (the host is the sentence's subject, or the giver carried:
        // `A派出专家到B出诊，并接收B医师进修` — not where the people went,
        // `…赴B开展帮扶，接收B县医务人员进修`)
        && let givers = parties
            .iter()
            .find(|&&k| span(k).end <= p && !marks_recipient_before(chars, span(k).start))
            .map(|&k| vec![k])
            .or_else(|| carried.map(<[usize]>::to_vec))
            .unwrap_or_default()
        && !givers.is_empty()
    {
        // (all of a list it hosts the staff of: `接收A和B的医务人员进修`)
        return plain(
            givers.iter().map(|&k| party(k, Role::Extending)).collect(),
            list_from(chars, entities, parties, b)
                .into_iter()
                .map(|k| party(k, Role::Direct))
                .collect(),
            0.8,
        );
    }
    // `以A为牵头单位，B、C等8家医疗机构为成员单位的…集团`: the lead gives,
    // the members receive, whatever the order.
    {
        let w = role_words();
        // the lists followed, within their clause, by 为 (作为, 成为) and a
        // part (a batch may come between: `成为首批成员单位`), or by a lead
        // word itself (`A牵头成立…联盟`)
        let part_of = |k: usize| {
            let list = list_from(chars, entities, parties, k);
            let end = span(*list.last().unwrap_or(&k)).end;
            if w.leads.matches_at(chars, end) {
                return Some((list, true));
            }
            // the part named right before the party, after the body whose
            // part it is: `B的对口帮扶单位A` (A leads), `A的受援医院B`; and
            // that body, which plays the other part
            let start = span(k).start;
            let part_between = |from: usize, to: usize| {
                (from..to).find_map(|i| {
                    let n = |x: &Words| x.longest_at(chars, i).map(|(n, _)| n);
                    if n(&w.leads) == Some(to - i) {
                        Some((i, true))
                    } else if n(&w.members) == Some(to - i) {
                        Some((i, false))
                    } else {
                        None
                    }
                })
            };
            let possessed = |at: usize| {
                at > s && chars[at - 1] == '的' && parties.iter().any(|&q| span(q).end + 1 == at)
            };
            if let Some((at, lead)) = part_between(start.saturating_sub(6).max(s), start)
                && possessed(at)
            {
                return Some((list, lead));
            }
            if chars.get(end) == Some(&'的')
                && let Some(&next) = parties.iter().find(|&&q| {
                    let q0 = span(q).start;
                    q0 > end + 1 && q0 <= end + 7
                })
                && let Some((at, lead)) = part_between(end + 1, span(next).start)
                && at == end + 1
            {
                return Some((list, !lead));
            }
            // the part named first: `支援单位为A，受援单位是B`, `受援方：B`
            let link = (start.saturating_sub(1).max(s)..start)
                .find(|&i| matches!(chars[i], '：' | ':'))
                .or_else(|| {
                    (start.saturating_sub(2).max(s)..start).find(|&i| {
                        w.copulas
                            .longest_at(chars, i)
                            .is_some_and(|(n, _)| i + n == start)
                    })
                });
            if let Some(l) = link {
                let from = l.saturating_sub(6).max(s);
                if w.leads.ends_at(chars, from, l) {
                    return Some((list, true));
                }
                if w.members.ends_at(chars, from, l) {
                    return Some((list, false));
                }
            }
            // (with no other party between: `青岚县以A为牵头单位` makes A
            // the lead, not the place)
            let (be, n) = (end..(end + 12).min(e))
                .take_while(|&i| !ends_clause(chars[i]))
                .find_map(|i| w.copulas.longest_at(chars, i).map(|(n, _)| (i, n)))?;
            if parties.iter().any(|&q| (end..be).contains(&span(q).start)) {
                return None;
            }
            let part = (be + n..(be + n + 3).min(e))
                .take_while(|&i| !ends_clause(chars[i]))
                .find(|&i| w.leads.matches_at(chars, i) || w.members.matches_at(chars, i))?;
            Some((list, w.leads.matches_at(chars, part)))
        };
        let (mut leads, mut members) = (Vec::new(), Vec::new());
        let mut k = 0;
        while k < parties.len() {
            if let Some((list, lead)) = part_of(parties[k]) {
                k += list.len();
                if lead { &mut leads } else { &mut members }.extend(list);
            } else {
                k += 1;
            }
        }
        // `以A为牵头单位，整合B、C，组建医共体`: in a grouping whose lead
        // alone is named as such, the parties named after the lead are its
        // members
        let grouping = triggers()
            .longest_at(chars, trigger)
            .is_some_and(|(_, &t)| t.is_mutual());
        // (`由A牵头，联合B…组建的…`: see the 由 reading below)
        if grouping
            && members.is_empty()
            && let [lead] = leads[..]
            && !w.leads.matches_at(chars, span(lead).end)
        {
            members = parties
                .iter()
                .copied()
                .filter(|&q| span(q).start >= span(lead).end)
                .collect();
        }
        if !leads.is_empty() && !members.is_empty() {
            return Roles {
                parts_named: true,
                ..plain(
                    leads
                        .into_iter()
                        .map(|k| party(k, Role::Extending))
                        .collect(),
                    members
                        .into_iter()
                        .map(|k| party(k, Role::Direct))
                        .collect(),
                    0.8,
                )
            };
        }
    }
    // `受A派遣，B…`, `受A委托`: A commissioned the act and gives as the
    // body accountable for it, beside whatever the rest of the sentence
    // says of the others.
    let answers = |k: usize, words: &Words| {
        role_words().agent_openers.ends_at(chars, s, span(k).start)
            && words.matches_at(chars, span(k).end)
    };
    if let Some(&a) = parties
        .iter()
        .find(|&&k| answers(k, &role_words().commissions))
    {
        let rest: Vec<usize> = parties.iter().copied().filter(|&k| k != a).collect();
        let mut r = roles(chars, entities, &rest, trigger, s, e, carried);
        r.recipients.retain(|p| p.entity != a);
        r.donors.retain(|p| p.entity != a);
        // (a body of the receiver's own place that commissions the help
        // asks for it: `受承德市人民政府委托，A托管承德市中心医院`)
        let asker = |p: &PartyRef| seated_within(&entities[a], &entities[p.entity]);
        if !r.recipients.iter().any(asker) {
            r.donors.insert(0, party(a, Role::Accountable));
        }
        return r;
    }
    // `受A邀请，B专家赴该院…`, `应A之邀`: A is the host.
    if let Some(&a) = parties
        .iter()
        .find(|&&k| answers(k, &role_words().invitations))
    {
        let rest: Vec<usize> = parties.iter().copied().filter(|&k| k != a).collect();
        let mut r = roles(chars, entities, &rest, trigger, s, e, carried);
        r.donors.retain(|p| p.entity != a);
        // (`赴该院` there is the host, whichever body `该院` was read as)
        let donors = r.donors.clone();
        r.recipients.retain(|p| {
            !donors
                .iter()
                .any(|d| same_or_within(entities, d.entity, p.entity))
        });
        if r.recipients.is_empty() {
            r.recipients.push(party(a, Role::Direct));
        }
        return r;
    }
    // 由 A 牵头
    if let Some(p) = any_between(chars, s, e, &["由"])
        && let Some(&a) = parties.iter().find(|&&k| span(k).start == p + 1)
    {
        let a = innermost(entities, parties, a);
        {
            // `由A、B等…组成`: a list after 由 gives together
            let mut givers = list_from(chars, entities, parties, a);
            // …and so does one it joins in a clause of its own before the
            // act (`由A牵头，联合B、C，组建…医疗队，对口支援D`)
            if let Some(&j) = parties.iter().find(|&&k| {
                let st = span(k).start;
                st > span(a).end
                    && st < trigger
                    && role_words().coordinators.values().iter().any(|w| {
                        w.chars().count() >= 2
                            && st >= w.chars().count()
                            && at(chars, st - w.chars().count(), w)
                            && {
                                let c = st - w.chars().count();
                                c == s || ends_clause(chars[c - 1])
                            }
                    })
            }) {
                // (where a body is left to receive: `由A牵头，联合B、C等26家
                // 医疗机构共同组建的专科联盟在重庆成立` forms a grouping of
                // them all, whose members receive)
                let joined = list_from(chars, entities, parties, j);
                let end = span(*joined.last().unwrap_or(&j)).end;
                if parties
                    .iter()
                    .any(|&k| span(k).start > end && chars[span(k).start - 1] != '在')
                {
                    givers.extend(joined);
                }
            }
            let after = span(*givers.last().unwrap_or(&a)).end;
            // …and where a sender is carried (`上海…医疗队抵达…。医疗队由A、
            // B等8家医院的骨干组成`), the listed bodies are the members who
            // carry out its sending, as people's origins are (below)
            let clause_end = clause_end(chars, after, e);
            if carried.is_some()
                && role_words()
                    .compositions
                    .find_in(chars, after, clause_end)
                    .is_some()
            {
                return origin_roles(chars, entities, parties, givers, trigger, s, e, carried);
            }
            let mut rest: Vec<usize> = parties
                .iter()
                .copied()
                .filter(|&k| !givers.contains(&k) && span(k).start > after)
                .collect();
            // where it happens (`…在保定成立`) is no side, beside one that is
            if rest.len() > 1 {
                // (the whole address after 在: `在甘肃省临夏州东乡县举办`)
                rest.retain(|&k| {
                    address_start(entities, parties, k)
                        .checked_sub(1)
                        .is_none_or(|i| chars[i] != '在')
                });
            }
            // a party that takes on the work (`由A统筹，B具体负责`) gives too,
            // and so do the bodies its people come from (`医疗队由A组建，队员
            // 来自B、C等12家医院`)
            // (or that a team is made of: `此次义诊由A组织，医疗队由B、C等8家
            // 医院的15名专家组成`)
            let composes = |k: usize| {
                let list = list_from(chars, entities, parties, k);
                let after = span(*list.last().unwrap_or(&k)).end;
                chars[span(k).start - 1] == '由'
                    && role_words()
                        .compositions
                        .find_in(chars, after, self::clause_end(chars, after, e))
                        .is_some()
            };
            let origin = rest
                .iter()
                .copied()
                .find(|&k| role_words().origins.ends_at(chars, s, span(k).start) || composes(k))
                .map(|k| list_from(chars, entities, parties, k))
                .unwrap_or_default();
            // (a body opening a share of the whole with an act of money of
            // its own gives that share: `由A援建的B…，总投资420万元，其中C
            // 出资300万元`)
            let shares_giver = |k: usize| {
                let sp = span(k);
                let c0 = clause_start(chars, s, sp.start);
                role_words()
                    .parts_of_whole
                    .longest_at(chars, c0)
                    .is_some_and(|(n, _)| c0 + n == sp.start)
                    && (sp.end..self::clause_end(chars, sp.end, e)).any(|j| {
                        triggers().longest_at(chars, j).is_some_and(|(_, &t)| {
                            matches!(t, AidType::Funding | AidType::Equipment)
                        })
                    })
            };
            let (doers, rest): (Vec<usize>, Vec<usize>) = rest.into_iter().partition(|&k| {
                origin.contains(&k)
                    || role_words().giver_verbs.matches_at(chars, span(k).end)
                    || shares_giver(k)
            });
            // (a later clause with its own act and its own marked receiver
            // is that act's: `…义诊团队走进B、C，…，并向D捐赠药品` — B and C
            // for the clinic, D for the gift)
            let marked = |k: usize| {
                let st = span(k).start;
                (st.saturating_sub(4).max(s)..st).any(|i| marker_at(chars, i) == Some(st - i))
            };
            let clause_of = |k: usize| {
                let st = span(k).start;
                (clause_start(chars, s, st), self::clause_end(chars, st, e))
            };
            let trigger_clause = (
                clause_start(chars, s, trigger),
                self::clause_end(chars, trigger, e),
            );
            // (an act of another type: not the clause's 帮扶 of the same
            // sending, `，赴C开展帮扶`)
            let kind = triggers().longest_at(chars, trigger).map(|(_, &k)| k);
            let own_act = |c: (usize, usize)| {
                c != trigger_clause
                    && (c.0..c.1).any(|j| {
                        triggers()
                            .longest_at(chars, j)
                            .is_some_and(|(_, &k)| k != AidType::Pairing && Some(k) != kind)
                    })
            };
            let rest: Vec<usize> = if rest
                .iter()
                .any(|&k| clause_of(k) == trigger_clause && marked(k))
            {
                rest.into_iter()
                    .filter(|&k| clause_of(k) == trigger_clause)
                    .collect()
            } else {
                rest.into_iter()
                    .filter(|&k| !(marked(k) && own_act(clause_of(k))))
                    .collect()
            };
            // (with a subject before 由 that receives, `B由A派驻的院长管理，
            // C专家团队…`, a party opening a later clause unmarked is that
            // clause's own subject)
            let topic = parties
                .iter()
                .any(|&k| span(k).end <= p && k != a && entities[k].name() != entities[a].name())
                && trigger > p;
            let rest: Vec<PartyRef> = rest
                .into_iter()
                .filter(|&k| !topic || clause_of(k) == trigger_clause || marked(k))
                .map(|k| party(k, Role::Direct))
                .collect();
            // (bodies whose people make up the team extend the help, they
            // do not organise it: `由A、B、C三家医院专家组成的医疗队`)
            let composed = role_words()
                .compositions
                .find_in(chars, after, clause_end)
                .is_some();
            let leads = if composed {
                Role::Extending
            } else {
                Role::Accountable
            };
            if !rest.is_empty() {
                let givers = givers
                    .iter()
                    .map(|&k| party(k, leads))
                    .chain(doers.iter().map(|&k| party(k, Role::Implementing)))
                    .collect();
                return plain(givers, rest, 0.7);
            }
            if !doers.is_empty() {
                // the giving side named, and no receiver: the sentences
                // after go on with its givers
                let givers = givers
                    .iter()
                    .map(|&k| party(k, Role::Accountable))
                    .chain(doers.iter().map(|&k| party(k, Role::Implementing)))
                    .collect();
                return plain(givers, Vec::new(), 0.0);
            }
            // `B…由A派驻专家管理`: the subject before 由 receives what A does
            // (not A itself written in full before: `A全面托管B，院长…由A派出
            // 的专家担任` — B)
            let before: Vec<PartyRef> = parties
                .iter()
                .copied()
                .filter(|&k| span(k).end <= p && k != a && entities[k].name() != entities[a].name())
                .take(1)
                .map(|k| party(k, Role::Direct))
                .collect();
            if !before.is_empty() && trigger > p {
                return plain(vec![party(a, Role::Extending)], before, 0.7);
            }
            // the giving side named, and no other party at all
            if before.is_empty() {
                return plain(
                    givers.iter().map(|&k| party(k, Role::Extending)).collect(),
                    Vec::new(),
                    0.7,
                );
            }
        }
    }
    // Where people come from (`成员来自A、B等11家医院`, `由来自A的专家组成`):
    // that list gives.  Beside a sender named or carried, its hospitals
    // implement; alone, it extends the help.  People who come to learn
    // (`接收来自B的进修人员`) are the other side, which the rules below find.
    if let Some(&a) = parties
        .iter()
        .find(|&&k| role_words().origins.ends_at(chars, s, span(k).start))
        && let from = list_from(chars, entities, parties, a)
        && let after = span(*from.last().unwrap_or(&a)).end
        && let clause_end = clause_end(chars, after, e)
    {
        if !(after..clause_end).any(|i| learning_at(chars, i)) {
            return origin_roles(chars, entities, parties, from, trigger, s, e, carried);
        }
        // (people who come from there to learn, told first: `来自B、C两县的
        // 86名乡村医生参加培训` — the list receives, from the giver carried)
        if from.first() == parties.first() {
            let givers = carried.unwrap_or_default();
            return plain(
                givers.iter().map(|&k| party(k, Role::Extending)).collect(),
                from.iter().map(|&k| party(k, Role::Direct)).collect(),
                0.7,
            );
        }
    }
    // 2. Subject, 组织, recipient marker.
    // A party that a completed verb or an aid word before it in its own
    // clause governs (`完成了县中医院国医堂建设`, `改造提升了县人民医院…`) is
    // that act's object — where help went — not a subject.
    // So is one that praises others in a clause before the act's
    // (`B卫健委通报表扬了优秀援疆医疗人才，我院派驻C的…` — B praises, and
    // gives nothing), unless the act's clause goes on with its subject
    // (`…，并选派10名专家到C`; role_words: subject_goes_on).
    let goes_on = role_words()
        .subject_goes_on
        .matches_at(chars, clause_start(chars, s, trigger));
    let objects: Vec<usize> = parties
        .iter()
        .copied()
        .filter(|&k| {
            let sp = span(k);
            let end = clause_end(chars, sp.end, e);
            sp.end <= trigger
                && (governed(chars, s, sp.start, &names)
                    || end <= trigger
                        && !goes_on
                        && role_words()
                            .appraisals
                            .find_in(chars, sp.end, end)
                            .is_some())
        })
        .collect();
    let before: Vec<usize> = parties
        .iter()
        .copied()
        .filter(|&k| span(k).end <= trigger && !objects.contains(&k))
        .collect();
    let organise = any_between(chars, s, trigger, &["组织", "率"]);
    let mut donors: Vec<PartyRef> = Vec::new();
    let mut confidence = 0.7;
    // 从 A 选派…: the party the help comes from is the donor, wherever
    // the sentence starts.
    let source = parties
        .iter()
        .copied()
        .find(|&k| span(k).start > s && chars[span(k).start - 1] == '从')
        .map(|k| innermost(entities, parties, k))
        .filter(|&k| !role_words().departures.matches_at(chars, span(k).end));
    // The recipient marker: the first marker after the subject.  Where the
    // giver is carried and the first party is written right after a marker
    // (`医疗队围绕…，为B带教…`), there is no subject before it and that
    // marker is the one — unless a party unmarked in the act's own clause
    // is its subject (`为B捐赠…，A投入资金…`: A gives the money).
    // (not the 为 of a verb that names what its subject is: `王强作为A
    // 援疆干部来到B` — A's batch, and A sends)
    let benefactive_before = |k: usize| {
        let at_ = span(k).start;
        let w = &role_words().benefactives;
        (at_.saturating_sub(4).max(s)..at_)
            .find(|&i| w.longest_at(chars, i).is_some_and(|(n, _)| i + n == at_))
            .filter(|_| !names_what_it_is(chars, at_))
    };
    // (the trigger's own clause, which the marker rule below reads too)
    let clause_start = clause_start(chars, s, trigger);
    let marked_first = before
        .first()
        .and_then(|&k| benefactive_before(k))
        .filter(|_| {
            // (a party listed with the one before it, or its address, is
            // that party's: `深入那曲市色尼区、比如县`)
            // (or where no party of the sentence is unmarked: `医管局表示，
            // 向B捐赠…` — B receives, whoever gives)
            (carried.is_some() || parties.iter().all(|&j| benefactive_before(j).is_some()))
                && !before.iter().enumerate().any(|(n, &j)| {
                    span(j).start >= clause_start
                        && benefactive_before(j).is_none()
                        && !(n > 0 && joined(chars, entities, before[n - 1], j))
                })
        });
    let subject_end = match (source, marked_first) {
        (None, Some(m)) => m,
        _ => source
            .or(before.first().copied())
            .map_or(s, |k| span(k).end),
    };
    // (the shortest at the first place one is written; not the 在 of a
    // meeting's venue, `…总结会在霸州市召开`, which marks no receiver)
    // (entities come in span order: those starting after 在 by bisection)
    let venue = |i: usize| {
        chars[i] == '在'
            && entities[entities.partition_point(|x| x.span.start <= i)..]
                .iter()
                .take_while(|x| x.span.start == i + 1)
                .any(|x| is_venue(chars, x.span))
    };
    let marker = (subject_end..e).find_map(|i| {
        let markers = &role_words().recipient_markers;
        markers
            .prefixes_at(chars, i)
            .find(|&(n, _)| !names_what_it_is(chars, i + n) && !in_part_word(chars, i))
            .filter(|_| !venue(i))
            .map(|(n, _)| (i, n))
            .or_else(|| enters_province(chars, i).then_some((i, 1)))
    });
    // Of the markers between that one and the first party after it, the
    // nearest to the party governs it: `…签订了对口帮扶协议，并向C捐赠` (向, not
    // the 对 of 对口), `在全省首个与B签订` (与, not 在).
    let marker = marker.map(|(m, len)| {
        let next_party = parties
            .iter()
            .map(|&k| span(k).start)
            .find(|&p| p > m)
            .unwrap_or(m);
        (m..next_party)
            .rev()
            .find_map(|i| marker_at(chars, i).map(|len| (i, len)))
            .unwrap_or((m, len))
    });
    // `A抵达X，向B捐赠…`: a marker in the trigger's own clause, right before
    // a party, governs that trigger over one in an earlier clause (which
    // says where the donor went, or what an earlier act was).
    // (before the trigger or after it: `并投入资金500万元用于B改扩建`; the
    // act word itself, right before its object: `…，援建B门诊综合楼、C住院
    // 大楼等项目38个`)
    let clause_end = clause_end(chars, trigger, e);
    let moved = matches!(marker, Some((m, _)) if m < clause_start);
    let marker = match marker {
        Some((m, _)) if m < clause_start => (clause_start..clause_end)
            .find_map(|i| {
                // (the act word may take an aspect particle: `援建了B…`)
                let len = marker_at(chars, i).or_else(|| {
                    (i == trigger)
                        .then(|| triggers().longest_at(chars, i).map(|(n, _)| n))
                        .flatten()
                        .map(|n| n + usize::from(chars.get(i + n) == Some(&'了')))
                })?;
                parties
                    .iter()
                    .any(|&k| span(k).start == i + len)
                    .then_some((i, len))
            })
            .or(marker),
        _ => marker,
    };
    let gives_itself = triggers()
        .longest_at(chars, trigger)
        .is_some_and(|(_, &k)| matches!(k, AidType::Funding | AidType::Equipment));
    // (where that clause names its own subject before the marker, that
    // subject gives: `A对口支援B，C向D捐赠…` — C, not A; a party a marker
    // leads is no subject: `在B为D…`)
    // (and where the marker is an earlier clause's 与, which joins two
    // sides of that clause's act, a party opening the act's own clause
    // gives by its act of money or goods: `A与B共建C，D区政府投入资金…`
    // — D, up to the act word; an act a subject does at home, `B新开展
    // 新技术`, says nothing of who gives)
    let own_subjects_end = match marker {
        Some((m, _)) if moved && m >= clause_start => Some(m),
        Some((m, _))
            if m < clause_start
                && gives_itself
                && role_words().mutual.matches_at(chars, m)
                && parties.iter().any(|&k| span(k).start == clause_start) =>
        {
            Some(trigger)
        }
        _ => None,
    };
    let own_subjects: Vec<usize> = own_subjects_end.map_or_else(Vec::new, |until| {
        parties
            .iter()
            .copied()
            .filter(|&k| {
                let sp = span(k);
                sp.start >= clause_start
                    && sp.end <= until
                    && !objects.contains(&k)
                    && marker_before(chars, clause_start, sp.start).is_none()
            })
            .collect()
    });
    let subjects: Vec<usize> = match marker {
        _ if source.is_some() => source.into_iter().collect(),
        _ if !own_subjects.is_empty() => own_subjects,
        // (none before the first party's 为, whichever marker governs; and
        // none an earlier marker leads: `A选派骨干常驻B，重点帮扶C` — B is
        // where the people went, not who helps C; a mutual 与 still names a
        // side, and 在 a helper: `在A对口帮扶下，B…`)
        Some((m, _)) => parties
            .iter()
            .copied()
            .filter(|&k| span(k).end <= marked_first.unwrap_or(m).min(m))
            // (nor the object of an act an earlier clause tells: `托管B以来，
            // A派出专家常驻B` — A sends; in the act's own clause a title's
            // aid word takes none: `对口帮扶单位A派出…`)
            .filter(|&k| !(objects.contains(&k) && span(k).end <= clause_start))
            .filter(|&k| {
                // (a marker before its address: `赴宁夏固原市`)
                marker_before(chars, s, address_start(entities, parties, k))
                    .is_none_or(|i| chars[i] == '在' || role_words().mutual.matches_at(chars, i))
            })
            .collect(),
        None => before.clone(),
    };
    // (an act's clause that opens with its own subject has that giver, not
    // a body an earlier clause names with no act: `B项目总投资3000万元，A向C
    // 捐赠设备` — A)
    let subjects = if subjects.iter().any(|&k| span(k).start == clause_start)
        && (s..clause_start).all(|j| triggers().longest_at(chars, j).is_none())
    {
        subjects
            .into_iter()
            .filter(|&k| span(k).start >= clause_start)
            .collect()
    } else {
        subjects
    };
    // A party inside a leading phrase that says what someone is names their
    // batch, where a body follows it: `作为北京市第十批援疆干部人才，A医院
    // 医师王强来到B` — A sends.
    let batch = |k: usize| {
        role_words()
            .naming_verbs
            .matches_at(chars, self::clause_start(chars, s, span(k).start))
    };
    // (a leading frame of time names the relation the act is told within,
    // not the act's subject, where one follows it: `A与B结对帮扶以来，C累计
    // 向B投入…，援建…` — C builds)
    let subjects = match leading_frame(chars, s, trigger) {
        Some(c) if subjects.iter().any(|&k| span(k).start > c) => subjects
            .into_iter()
            .filter(|&k| span(k).start > c)
            .collect(),
        _ => subjects,
    };
    // (a batch in a phrase of its own, with no body after it, leaves the
    // giver to the sentence before, which named the person's body: `李华是A
    // 医师。…作为深圳市第十一批援疆干部人才，她来到B`; one in the act's own
    // clause is the giver: `王强作为北京市第十批援疆干部来到B`)
    let subjects = if subjects.iter().any(|&k| !batch(k)) {
        subjects.into_iter().filter(|&k| !batch(k)).collect()
    } else if carried.is_some()
        && subjects
            .iter()
            .all(|&k| self::clause_start(chars, s, span(k).start) < clause_start)
    {
        Vec::new()
    } else {
        subjects
    };
    // (an organiser the sentence does not name leaves the bodies it
    // organises the givers: `我市将组织A、B等5家医院对口支援C`)
    let organise = organise.filter(|&o| subjects.iter().any(|&k| span(k).end <= o));
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
        // phrases (…河北省儿童医院，12月11日河北省妇幼保健中心…).  A party
        // after other words is their object, not a subject
        // (`南开区著眼提升环县县级医院…水平，先后选派…`): the list stops there.
        for (n, &k) in subjects.iter().enumerate() {
            if n > 0 && !joined(chars, entities, subjects[n - 1], k) {
                break;
            }
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
        let code = |k: usize| seat(&entities[k]);
        for w in recipients.windows(2) {
            let gap: String = chars[span(w[0]).end..span(w[1]).start]
                .iter()
                .filter(|c| !c.is_whitespace())
                .collect();
            if coordinates(&gap) {
                keep.push(w[1]);
            } else if gap.is_empty()
                && (matches!(
                    (&entities[w[0]].value, &entities[w[1]].value),
                    (EntityValue::Place(_), EntityValue::Place(_))
                ) || matches!((code(w[0]), code(w[1])), (Some(a), Some(b)) if Lexicon::contains(a, b)))
            {
                // 雄安新区安新县: the most specific place is the recipient.
                // Two places written with nothing between are an address,
                // larger first, whatever the code tables say (安新县 keeps
                // its Baoding code under the new area).
                keep.pop();
                keep.push(w[1]);
            } else {
                break;
            }
        }
        recipients = keep;
    }
    // `B被确定为A对口帮扶医院`: a party a naming verb puts before the
    // trigger is the other side of the relation, and which side gives is
    // the relation's to say, by standing.
    let mut named_side = false;
    if recipients.is_empty()
        && let Some(&o) = parties.iter().skip(1).find(|&&k| {
            let st = span(k).start;
            st < trigger && marker.is_none_or(|(m, _)| m > st) && names_what_it_is(chars, st)
        })
    {
        recipients.push(o);
        named_side = true;
    }
    // `A承担了B新院区的援建任务`: with no recipient after the trigger, a
    // party after the first whose act it is (`B的` right before the aid
    // word) is where the help went.
    if recipients.is_empty()
        && let Some(&o) = parties.iter().skip(1).find(|&&k| {
            let end = span(k).end;
            end < trigger && chars[end] == '的' && trigger - end <= 3
        })
    {
        recipients.push(o);
    }
    // `A托管B以来，已派出…`: with no recipient after the trigger, the object
    // of an aid word before it is where the help went.
    if recipients.is_empty()
        && let Some(&o) = objects
            .iter()
            .find(|&&k| governor(chars, s, span(k).start, &names) == Some(true))
    {
        recipients.push(o);
    }
    // `支援重庆市武隆区医疗队…，奔赴武隆区人民医院、武隆区中医院…`:
    // receivers that are places, and a later word of going there or
    // being posted there that leads bodies seated in them — the bodies
    // receive (the most specific names).  (Not a word of use: `…资金，
    // 用于B…` tells where part of it went.)
    let going = |i: usize, n: usize| {
        let w = role_words();
        w.goes_to.find_in(chars, i, i + n).is_some()
            || w.arrivals.find_in(chars, i, i + n).is_some()
            || triggers()
                .longest_at(chars, i)
                .is_some_and(|(len, &k)| len == n && k == AidType::Personnel)
    };
    if !recipients.is_empty()
        && recipients
            .iter()
            .all(|&k| matches!(entities[k].value, EntityValue::Place(_)))
        && let Some(&last) = recipients.last()
        && let Some(bodies) = (span(last).end..e).find_map(|i| {
            let n = marker_at(chars, i).filter(|&n| going(i, n))?;
            let &first = parties.iter().find(|&&k| span(k).start == i + n)?;
            let list = list_from(chars, entities, parties, first);
            list.iter()
                .all(|&b| {
                    matches!(entities[b].value, EntityValue::Institution(_))
                        && recipients
                            .iter()
                            .any(|&p| seated_within(&entities[p], &entities[b]))
                })
                .then_some(list)
        })
    {
        recipients = bodies;
    }
    // `派驻B的A骨科专家王明，…`: a sending that opens its clause, naming
    // where people went and then whose people they are — A's people at B.
    if donors.is_empty()
        && let [b] = recipients[..]
        && chars.get(span(b).end) == Some(&'的')
        && !parties
            .iter()
            .any(|&k| (clause_start..trigger).contains(&span(k).start))
        && let Some(&a) = parties.iter().find(|&&k| span(k).start == span(b).end + 1)
        && let Some(p) =
            role_words()
                .person_nouns
                .find_in(chars, span(a).end, (span(a).end + 8).min(e))
        && !(span(a).end..p).any(|i| ends_clause(chars[i]))
    {
        donors.push(party(a, Role::Extending));
    }
    if donors.is_empty()
        && let Some(c) = carried
    {
        donors = c.iter().map(|&k| party(k, Role::Extending)).collect();
        confidence = 0.5;
    }
    // Donor lists: keep the coordinated block nearest the marker.
    donors.retain(|d| !recipients.contains(&d.entity));
    // `天津市南开区`: of a place written right before one of its own
    // divisions, the more specific gives (GUIDELINES: the most specific
    // name the sentence gives).
    let inner = |a: usize, b: usize| {
        let (x, y) = (&entities[a], &entities[b]);
        matches!(y.value, EntityValue::Place(_)) && addresses(x, y)
    };
    let all: Vec<usize> = donors.iter().map(|d| d.entity).collect();
    donors.retain(|d| !all.iter().any(|&b| inner(d.entity, b)));
    let recipients = recipients
        .into_iter()
        .map(|k| party(k, Role::Direct))
        .collect();
    Roles {
        donors,
        recipients,
        confidence,
        symmetric: named_side
            || marker.is_some_and(|(m, _)| role_words().mutual.matches_at(chars, m)),
        by_position: source.is_none(),
        parts_named: false,
    }
}
