//! What a count counts: the noun phrase of `30余名帮扶专家`, `床位1000张`,
//! `门急诊诊疗3.7万人次`.
//!
//! GUIDELINES.md wants the noun "as written", which in news is a phrase, not
//! a word: modifiers, verbs that modify (`四家帮扶医院`), coordinated
//! modifiers (`管理和技术骨干`), quotes (`“旗舰”国医堂`).  The phrase is read
//! over jieba's words, first after the classifier and, when nothing is
//! there, before the number.  jieba's tags are the evidence, but they are
//! noisy where it matters (`指导/n`, `高水平/nr`, `新建村/ns`), so the
//! vocabulary that settles what a tag cannot — words between a noun and its
//! number, scope words, verbs that never start a counted phrase — is data,
//! `data/count_words.txt`, not code.

use crate::Count;
use crate::aid::AidType;
use crate::names::WordIndex;
use crate::text::{self, at};
use crate::{numeral, quantity};

/// The classes of `data/count_words.txt`.
struct CountWords {
    /// Between a counted noun and the number after it (`医疗机构已达89家`).
    measure: Vec<&'static str>,
    /// Scopes a count without being what it counts (`全市三级医院达到5家`).
    scope: Vec<&'static str>,
    /// An activity counted by the verb that names it (`占地249亩`).
    activity: Vec<&'static str>,
    /// A verb, whatever jieba's tag, that begins no counted phrase
    /// (`指导/n 手术2.07万例`, `规划/n 床位1800张`).
    verb: Vec<&'static str>,
    /// People an activity serves (`群众`, `患者`).
    served: Vec<&'static str>,
    /// What has phases numbered with 期 (`项目`, `工程`).
    phase_of: Vec<&'static str>,
    /// A one-character adverb that opens a predicate (`已`, `均`).
    adverb: Vec<&'static str>,
}

fn words() -> &'static CountWords {
    static W: std::sync::OnceLock<CountWords> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut w = CountWords {
            measure: Vec::new(),
            scope: Vec::new(),
            activity: Vec::new(),
            verb: Vec::new(),
            served: Vec::new(),
            phase_of: Vec::new(),
            adverb: Vec::new(),
        };
        for line in bangfu_segment::data_lines(include_str!("../data/count_words.txt")) {
            let (word, class) = line.split_once('\t').unwrap_or((line, ""));
            match class {
                "measure" => w.measure.push(word),
                "scope" => w.scope.push(word),
                "activity" => w.activity.push(word),
                "verb" => w.verb.push(word),
                "served" => w.served.push(word),
                "phase_of" => w.phase_of.push(word),
                "adverb" => w.adverb.push(word),
                _ => panic!("count_words.txt: unknown class in {line:?}"),
            }
        }
        w
    })
}

/// Whether a number read as a count is one.  Some numbers with a classifier
/// count nothing:
///
/// - a phase: `期` with a project or building (`一期项目`, `…院区二期`;
///   count_words.txt's class `phase_of`) or right after a name or date
///   (`after_name`) numbers its stages;
/// - a part: a count is of whole things, so `每千人托位数达到4.53个` is a
///   ratio, not 4.53 of anything;
/// - a rate: a clause that divides by a number (`每千人口`, `每10万人`) makes
///   the numbers in it ratios (`每千人口床位6张`), and the divisor itself
///   (`10万人`) no count;
/// - an indefinite: `某一项诊疗技术` is "a certain", not one;
/// - an idiom of 一: a repeated measure (`一批一批`, `一个个`) means "one
///   after another", and `一` with a classifier and nothing counted
///   (`一家亲`, `作为一家`) is the article "a".  `1家` written in digits
///   still counts.
pub(crate) fn is_count(
    chars: &[char],
    start: usize,
    end: usize,
    c: &Count,
    after_name: bool,
) -> bool {
    if c.value.is_some_and(|v| v.fract() != 0.0) {
        return false;
    }
    // a phase of a project (`一期项目`, `医院项目二期`, and after any name
    // or date: `北京协和医学院天津医院二期`), not a count of sessions
    // (`两期培训班`)
    if c.unit.as_deref() == Some("期")
        && (after_name
            || words().phase_of.iter().any(|p| {
                let n = p.chars().count();
                at(chars, end, p) || start >= n && at(chars, start - n, p)
            }))
    {
        return false;
    }
    let clause_start = chars[..start]
        .iter()
        .rposition(|&ch| is_clause_end(ch))
        .map_or(0, |k| k + 1);
    let divides = (clause_start..start).any(|k| {
        chars[k] == '每'
            && chars
                .get(k + 1)
                .is_some_and(|&n| numeral::is_numeral_char(n))
    });
    if divides || start > 0 && chars[start - 1] == '某' {
        return false;
    }
    let text = &chars[start..end];
    let n = text.len();
    let repeated = chars.get(end..end + n) == Some(text)
        || start >= n && &chars[start - n..start] == text
        // `一个个`: the classifier again
        || c.unit.as_deref().is_some_and(|u| {
            let u: Vec<char> = u.chars().collect();
            chars.get(end..end + u.len()) == Some(&u[..])
        });
    let written_one = text.first() == Some(&'一');
    !(written_one && (repeated || c.noun.is_none()))
}

/// A mark that ends a clause or a sentence.
fn is_clause_end(c: char) -> bool {
    text::ends_clause(c) || matches!(c, '。' | '！' | '？' | '\n')
}

/// The noun a count counts: the noun phrase after the classifier
/// (`30余名帮扶专家`), or, when none follows, the one before the number
/// (`床位1000张`, `医疗机构已达89家`); for a bare count, the noun itself.
/// The noun's char span.
pub(crate) fn noun(
    chars: &[char],
    idx: &WordIndex,
    start: usize,
    end: usize,
    unit: Option<&str>,
) -> Option<(usize, usize)> {
    let bare = unit.is_none();
    let people = unit.is_some_and(crate::aid::is_person_unit);
    if bare {
        let e = quantity::bare_noun_at(chars, end)?;
        return Some((end, e));
    }
    // A quoted noun right after: 三个“更加”.
    if matches!(chars.get(end), Some('“' | '"'))
        && let Some(close) = chars[end + 1..]
            .iter()
            .take(12)
            .position(|&c| c == '”' || c == '"')
    {
        return Some((end + 1, end + 1 + close));
    }
    let noun_like = |w: &bangfu_segment::Word| {
        let t = w.tag;
        (t.starts_with('n')
            || t == "vn"
            || t == "j"
            || t == "b"
            || t == "a"
            || t == "l"
            || t == "an")
            && w.text
                .chars()
                .all(|c| c.is_alphanumeric() && !c.is_ascii_digit())
    };
    // a noun that names no place, body, person or brand
    let common = |w: &bangfu_segment::Word| {
        noun_like(w) && !matches!(w.tag, "ns" | "nr" | "nrt" | "nt" | "nz")
    };
    // After the classifier: modifiers, then nouns, ending at the last word
    // that can head a noun phrase (`四家帮扶医院`: a verb before the first
    // noun modifies it; `西医类医院`, `紧密型县域医共体`: 类/型 join two
    // nouns; `5家机构成功`: an adjective after the head is not in it).
    let head = |w: &bangfu_segment::Word| {
        (w.tag.starts_with('n') || w.tag == "vn" || w.tag == "j") && noun_like(w)
    };
    let han = |w: &bangfu_segment::Word| w.text.chars().all(|c| c.is_alphabetic());
    // whether a noun phrase can end before word `j`: nothing follows, or a
    // gap, a mark, a coordinator or 等 does
    let ends_before = |j: usize| {
        idx.words.get(j).is_none_or(|b| {
            j > 0 && b.start > idx.words[j - 1].end
                || b.tag == "x"
                || crate::aid::coordinates(b.text)
                || b.text == "等"
        })
    };
    let mut e = end;
    let mut head_end = end;
    let mut k = idx.words.partition_point(|w| w.start < end);
    while let Some(w) = idx.words.get(k) {
        if w.start != e {
            break;
        }
        // A verb inside a phrase of things modifies its last noun
        // (`7个重点帮扶科室`, `25支医疗应急处置队伍`): one or two verbs,
        // then one noun that ends the phrase, after a word that is no body
        // or team acting (`3家医院帮扶乡镇卫生院`) and in a count that is
        // not of people (`3名专家指导手术`).
        if head_end > end && !people && matches!(w.tag, "v" | "vn") {
            let acting = k > 0 && {
                let p = idx.words[k - 1].text;
                crate::names::is_institution_head(p) || crate::aid::names_team(p)
            };
            let verbs = idx.words[k..]
                .iter()
                .take(2)
                .take_while(|v| {
                    matches!(v.tag, "v" | "vn")
                        && !words().verb.contains(&v.text)
                        && crate::aid::trigger_type(v.text) != Some(AidType::Personnel)
                        // (nor signing, the predicate: `12家医疗机构签订合作协议`)
                        && crate::aid::trigger_opening(v.text)
                            .is_none_or(|(_, k)| k != AidType::Agreement)
                })
                .count();
            // (up to three nouns after them: `眼科/n 超声/v 乳化/n 设备/vn`)
            let nouns = idx.words[(k + verbs).min(idx.words.len())..]
                .iter()
                .take(3)
                .take_while(|n| {
                    (n.tag.starts_with('n') || matches!(n.tag, "j" | "vn"))
                        && common(n)
                        && !words().verb.contains(&n.text)
                })
                .count();
            if !acting && let Some(m) = (1..=nouns).find(|&m| ends_before(k + verbs + m)) {
                e = idx.words[k + verbs + m - 1].end;
                head_end = e;
                k += verbs + m;
                continue;
            }
        }
        // jieba's classifier inside a noun (`名/q 老中医`)
        let classifier_morpheme = w.tag == "q"
            && w.text.chars().count() == 1
            && idx
                .words
                .get(k + 1)
                .is_some_and(|n| n.start == w.end && noun_like(n));
        // a one-character adverb between nouns is jieba's cut of one
        // (`传染病/n 直/d 报/n 单位`)
        let adverb_morpheme = w.tag == "d"
            && w.text.chars().count() == 1
            && !words().adverb.contains(&w.text)
            && head_end == e
            && e > end
            && idx
                .words
                .get(k + 1)
                .is_some_and(|n| n.start == w.end && head(n));
        // a division jieba leaves as a morpheme is a noun (`7个县/zg`;
        // the bare-count nouns of quantity.rs)
        let division =
            matches!(w.tag, "zg" | "ng") && quantity::bare_noun_at(chars, w.start) == Some(w.end);
        // a distinguishing word after the head that ends the phrase or
        // names people is jieba's tag for a noun (`科室/n 主任/b，`,
        // `6名科室主任/b常驻`)
        let closing_b = w.tag == "b"
            && head_end == e
            && e > end
            && (crate::aid::names_people(w.text) || ends_before(k + 1));
        // the act or state of what is counted ends it (`31个医联体建设`)
        if head_end > end && words().verb.contains(&w.text) {
            break;
        }
        let next_nounish = idx.words.get(k + 1).is_some_and(noun_like);
        // a verb modifies a common noun (帮扶医院), not a name (到秦皇岛市)
        // — or a division jieba leaves as a morpheme (`12个脱贫/v 县/zg`)
        let next_division = idx.words.get(k + 1).is_some_and(|n| {
            matches!(n.tag, "zg" | "ng") && quantity::bare_noun_at(chars, n.start) == Some(n.end)
        });
        let next_common = idx.words.get(k + 1).is_some_and(common);
        // (not a verb of going, which says where what is counted goes:
        // `医务人员15名到院进修`)
        let modifier = w.tag == "v"
            && head_end == end
            && (next_common || next_division)
            && han(w)
            && !crate::aid::is_going(w.text)
            // (`407名进疆`: a verb of going before a province)
            && !crate::aid::role_words().enters.contains(w.text);
        // a one-character localizer opening the noun is jieba's cut of a
        // modifier (`10名中/f 高级职称/n 专家`)
        // — and so does a level's 以上/以下 (`23家二级/b 以上/f 医院`)
        let localizer = w.tag == "f"
            && next_common
            && (w.text.chars().count() == 1 && head_end == end && e == end
                || matches!(w.text, "以上" | "以下")
                    && k > 0
                    && idx.words[k - 1].tag == "b"
                    && idx.words[k - 1].end == w.start
                    && e > end);
        // an idiom that describes, before the noun and then 的 or another
        // description (`4名德才兼备的医生`, `作风过硬、技术精湛的护士`)
        let describing_idiom = w.tag == "i"
            && head_end == end
            && idx
                .words
                .get(k + 1)
                .is_some_and(|n| n.start == w.end && matches!(n.text, "的" | "、"));
        let joint = matches!(w.text, "类" | "型" | "级") && e > end && next_nounish;
        // a one-character morpheme inside the phrase (`复杂性肾/zg肿瘤患者`)
        let morpheme = matches!(w.tag, "zg" | "ng") && e > end && next_nounish && han(w);
        // after the head, a word that opens with signing is the predicate,
        // whatever jieba tags it (`12家县级医院签订协议/n`)
        let signs =
            crate::aid::trigger_opening(w.text).is_some_and(|(_, k)| k == AidType::Agreement);
        if head_end > end && (crate::aid::is_act_verb(w.text) || signs) {
            break;
        }
        // a verbal noun before a name is the predicate, not a head
        // (`医疗人才286人次援助喀什地区…`: the noun is before the number)
        let next_name = idx
            .words
            .get(k + 1)
            .is_some_and(|n| matches!(n.tag, "ns" | "nr" | "nrt" | "nt" | "nz"));
        if head_end == end && w.tag == "vn" && next_name {
            break;
        }
        // a person's name after the head is no part of it (`6名队员凯旋`:
        // jieba takes 凯旋 for a name; `3名专家王某、李某`)
        if head_end > end && w.tag == "nr" {
            break;
        }
        // a Latin word before a Han noun modifies it (`一台CT机`, `DR设备`)
        let latin = w.tag == "eng"
            && w.text.chars().all(|c| c.is_ascii_alphabetic())
            && idx
                .words
                .get(k + 1)
                .is_some_and(|n| n.start == w.end && head(n) && han(n));
        // after the head, a verbal noun before a verb is the act's manner
        // (`5名医务人员免费进修`, `10名专家会诊指导`), not part of the noun
        if head_end > end
            && w.tag == "vn"
            && idx
                .words
                .get(k + 1)
                .is_some_and(|n| n.start == w.end && matches!(n.tag, "v" | "vn"))
        {
            break;
        }
        // `、` before a noun-like word lists; another coordinator joins two
        // modifiers of one head (`8名管理和技术骨干`), while after a noun
        // it ends the count's noun (`7~8名专家及基层师资培训人员`: 专家)
        let after_modifier = k > 0 && matches!(idx.words[k - 1].tag, "vn" | "a" | "b" | "an");
        let listed = e > end
            && (w.text == "、" && next_nounish
                || crate::aid::coordinates(w.text) && after_modifier && next_common);
        if division || closing_b {
            e = w.end;
            head_end = e;
            k += 1;
            continue;
        }
        if noun_like(w)
            || modifier
            || joint
            || listed
            || morpheme
            || latin
            || classifier_morpheme
            || adverb_morpheme
            || localizer
            || describing_idiom
        {
            e = w.end;
            if head(w) {
                head_end = e;
            }
            k += 1;
        } else {
            break;
        }
    }
    if e > end {
        // People described before `的` are the people after it
        // (`6名中级以上职称的医务人员`), where those before it are none
        // (`包括45名专家的医疗队`: the team is not what is counted)
        // — also where the description ends on what is said of a noun
        // (`4名政治素质高、专业能力强的医生`: 强 is no head, yet the phrase
        // before 的 is all description) or is an idiom (`4名德才兼备的医生`).
        let named =
            |a: usize, b: usize| crate::aid::names_people(&chars[a..b].iter().collect::<String>());
        let de = [head_end, e]
            .into_iter()
            .find(|&i| i > end && chars.get(i) == Some(&'的'));
        if people
            && !named(end, head_end)
            && let Some(de) = de
            && let Some((a, b)) = noun(chars, idx, start, de + 1, unit)
            // (the phrase after 的, not one read before the number)
            && a == de + 1
            && named(a, b)
        {
            return Some((end, b));
        }
    }
    if head_end > end {
        return Some((end, head_end));
    }
    // Before the number, skipping the words between a noun and its number
    // (`医疗机构已达89家`)…
    let mut s = start;
    if let Some(w) = words().measure.iter().find(|w| {
        let n = w.chars().count();
        s >= n && at(chars, s - n, w)
    }) {
        s -= w.chars().count();
    }
    // …and so is the verb of a noun written before it (`村卫生室改造12所`;
    // not `成功实施20余例`, where nothing counted is before the verb)
    if let Some(w) = idx.ending_at(s).filter(|w| {
        words().verb.contains(&w.text)
            && idx
                .ending_at(w.start)
                .is_some_and(|n| n.tag.starts_with('n') || matches!(n.tag, "j" | "zg" | "ng"))
    }) {
        s = w.start;
    }
    // `“旗舰”国医堂28个`: a quote before the number is part of the noun;
    // one that is the whole noun (`“师带徒”55人`) gives its inside.
    let quote_before = |at: usize| -> Option<usize> {
        if at == 0 || !matches!(chars[at - 1], '”' | '"') {
            return None;
        }
        (at.saturating_sub(14)..at - 1)
            .rev()
            .find(|&i| matches!(chars[i], '“' | '"'))
    };
    if let Some(open) = quote_before(s) {
        return Some((open + 1, s - 1));
    }
    let mut b = s;
    let mut k = idx.words.partition_point(|w| w.end <= s);
    // A short gloss in brackets after a noun belongs to it
    // (`名中医工作室(站)38个`).
    if s > 0
        && matches!(chars[s - 1], ')' | '）')
        && let Some(open) = (s.saturating_sub(6)..s - 1)
            .rev()
            .find(|&i| matches!(chars[i], '(' | '（'))
        && chars[open + 1..s - 1].iter().all(|c| c.is_alphabetic())
        && idx.ending_at(open).is_some_and(noun_like)
    {
        b = open;
        k = idx.words.partition_point(|w| w.end <= open);
    }
    // Right before the number, a verb can be the thing counted: an activity
    // done to people (`临床带教2069人次`, `义诊1200人次`, `占地249亩`), or
    // a verbal noun that ends a compound (`远程医疗合作4.5万例`; jieba's
    // `彩超/j 设备/vn`) — not a verb whose object the count is (`新建3所`,
    // `捐赠2台`, `选派386人次`).  Nouns and verbal nouns before it modify it
    // (`临床/vn 带教`).
    // An agent before a verbal noun is its subject (`医院协作3家`).
    let agent = |w: &bangfu_segment::Word| {
        crate::names::is_institution_head(w.text) || crate::aid::names_actor(w.text)
    };
    let mut activity = false;
    if let Some(w) = k
        .checked_sub(1)
        .map(|k| &idx.words[k])
        .filter(|w| w.end == s)
    {
        let kind = crate::aid::trigger_type(w.text);
        let acts = matches!(kind, Some(AidType::Training | AidType::ClinicalService))
            || words().activity.contains(&w.text);
        let compound = w.tag == "vn"
            && k >= 2
            && idx.words[k - 2].end == w.start
            && (common(&idx.words[k - 2]) && !agent(&idx.words[k - 2])
                // (`DR/eng 设备/vn`)
                || idx.words[k - 2].tag == "eng");
        if matches!(w.tag, "v" | "vn") && (acts || compound) && !words().verb.contains(&w.text) {
            activity = true;
            b = w.start;
            k -= 1;
        }
    }
    while k > 0 {
        let w = &idx.words[k - 1];
        // before the number a verbal noun is the verb (`设置床位1000张`), a
        // scope word is no part of what is counted (`全市`), and a person's
        // name (the tag jieba gives 荣获) no part of a thing
        // (a verbal noun joined to a noun before it modifies the head:
        // `专业技术和管理人才1335人次`)
        let coordinated_vn = w.tag == "vn"
            && (k >= 3 && crate::aid::coordinates(idx.words[k - 2].text) && common(&idx.words[k - 3])
                // (or one joined to the noun after it: `管理和技术骨干27人`)
                || idx
                    .words
                    .get(k)
                    .is_some_and(|n| n.start == b && crate::aid::coordinates(n.text)));
        // the people an activity serves are its object, not its name
        // (`为群众义诊1500余人次`)
        if activity && words().served.contains(&w.text) {
            break;
        }
        let modifies_activity = activity && w.tag == "vn";
        // a verb between two nouns of one phrase is part of its name
        // (`全自动/nz 生化/vn 分析仪`, `多普勒/nrt 超声/v 诊断仪`) — not an
        // act, a verb of count_words.txt, or one whose subject is a body
        // (`医院/n 接收/v 医生`)
        let inner_verb = matches!(w.tag, "v" | "vn")
            && b < s
            && k >= 2
            && {
                let p = &idx.words[k - 2];
                p.end == w.start
                    && noun_like(p)
                    && !agent(p)
                    && !matches!(p.tag, "ns" | "nt" | "nr")
                    && !words().scope.contains(&p.text)
            }
            && crate::aid::trigger_type(w.text).is_none()
            && !words().verb.contains(&w.text)
            && !words().activity.contains(&w.text)
            && !words().measure.contains(&w.text);
        // a Latin word before the noun modifies it (`DR设备1台`)
        let latin = w.tag == "eng" && b < s && w.text.chars().all(|c| c.is_ascii_alphabetic());
        if (inner_verb || latin) && w.end == b {
            b = w.start;
            k -= 1;
            continue;
        }
        if w.end != b
            || w.tag == "vn" && !coordinated_vn && !modifies_activity
            || w.tag == "nr"
            || words().scope.contains(&w.text)
            || words().verb.contains(&w.text)
        {
            break;
        }
        // nor is the act that sends them (`选派医疗卫生人才386人次`: jieba
        // tags 选派 a noun)
        if crate::aid::is_act_verb(w.text) {
            break;
        }
        // `新技术、新项目21项`, `专业技术和管理人才1335人次`: a list of
        // common nouns
        let joins = crate::aid::coordinates(w.text)
            && b < s
            && k >= 2
            && common(&idx.words[k - 2])
            && idx.words.get(k).is_some_and(common);
        // a division before what is counted is where, not what
        // (`援建凤庆县村卫生室15所`); a region's name is a kind
        // (`京津冀医联体20个`)
        if w.tag == "ns"
            && b < s
            && w.text
                .chars()
                .last()
                .is_some_and(|c| crate::names::ADMIN_CHARS.contains(&c))
        {
            break;
        }
        // a one-character morpheme before a noun (`村/zg 卫生室`), and
        // jieba's classifier inside a noun (`名/q 中医`, `国医/n 堂/q`) —
        // not one after a number (`5家医院专家20名`), nor after a verb of
        // one character, with which it is one word jieba cut (`获/v 批/q`)
        let morpheme = matches!(w.tag, "zg" | "ng") && b < s && han(w);
        let classifier_morpheme = w.tag == "q"
            && w.text.chars().count() == 1
            && han(w)
            && (k < 2 || {
                let p = &idx.words[k - 2];
                p.tag != "m" && !(p.tag == "v" && p.text.chars().count() == 1)
            })
            && (b < s || k >= 2 && idx.words[k - 2].end == w.start && noun_like(&idx.words[k - 2]));
        if !noun_like(w) && !joins && !morpheme && !classifier_morpheme {
            break;
        }
        b = w.start;
        k -= 1;
    }
    if let Some(open) = quote_before(b).filter(|_| b < s) {
        b = open;
    }
    // a verb jieba glued to the next noun (`新建村/ns 卫生室`)
    if let Some(v) = words()
        .verb
        .iter()
        .find(|v| b + v.chars().count() < s && at(chars, b, v))
    {
        b += v.chars().count();
    }
    // a phrase never starts with the word that joins it (`和技术骨干`)
    let k = idx.words.partition_point(|w| w.start < b);
    if let Some(w) = idx
        .words
        .get(k)
        .filter(|w| w.start == b && crate::aid::coordinates(w.text))
    {
        b = w.end;
    }
    (b < s).then_some((b, s))
}

#[cfg(test)]
mod tests {
    use crate::{EntityValue, extract_entities};

    #[test]
    fn a_counted_noun_ends_at_its_head() {
        // a verb before the first noun modifies it; 类 and 型 join nouns
        assert_eq!(nouns("共有四家帮扶医院。"), [some("帮扶医院")]);
        assert_eq!(nouns("全市有18家西医类医院。"), [some("西医类医院")]);
        assert_eq!(
            nouns("建成18个紧密型县域医共体。"),
            [some("紧密型县域医共体")]
        );
        assert_eq!(nouns("选派17名知名专家、教授。"), [some("知名专家、教授")]);
        // a verb before a name is the predicate, and an adjective after
        // the head is not in the phrase
        assert_eq!(nouns("派驻专家93人次到秦皇岛市开展诊疗。"), [some("专家")]);
        // …and so is a verbal noun before a name (援助/vn 喀什地区)
        assert_eq!(
            nouns("累计选派医疗人才286人次援助喀什地区第二人民医院。"),
            [some("医疗人才")]
        );
        assert_eq!(nouns("5家机构成功入选。"), [some("机构")]);
        // a verb of sending or helping after the head is its predicate,
        // whatever its tag
        assert_eq!(
            nouns("33家优质医疗卫生机构选派专家。"),
            [some("优质医疗卫生机构")]
        );
        assert_eq!(nouns("三个重大项目助力京津冀发展。"), [some("重大项目")]);
        // a Latin word before a Han noun modifies it; a name after the head
        // (jieba's reading of 凯旋) is not in the phrase
        assert_eq!(nouns("捐赠了一台CT机。"), [some("CT机")]);
        assert_eq!(nouns("购置2台DR设备。"), [some("DR设备")]);
        assert_eq!(nouns("6名队员凯旋。"), [some("队员")]);
        // people described before 的 are the people after it; a thing
        // after it is no part of the people
        assert_eq!(
            nouns("派出4名高级职称的医务人员。"),
            [some("高级职称的医务人员")]
        );
        // …also where the description ends on what is said of its nouns
        assert_eq!(
            nouns("选派4名作风过硬、技术精湛的护士。"),
            [some("作风过硬、技术精湛的护士")]
        );
        assert_eq!(nouns("派出2名责任心强的医生。"), [some("责任心强的医生")]);
        assert_eq!(nouns("派出3名德才兼备的医生。"), [some("德才兼备的医生")]);
        assert_eq!(nouns("感谢3名专家的帮助。"), [some("专家")]);
        assert_eq!(nouns("组建包括12名专家的医疗队。"), [some("专家")]);
        // before the number: quotes, lists of common nouns, no scope words
        assert_eq!(nouns("建成“智慧”药房28个。"), [some("“智慧”药房")]);
        assert_eq!(nouns("开展“师带徒”55人。"), [some("师带徒")]);
        assert_eq!(nouns("开展新技术、新项目21项。"), [some("新技术、新项目")]);
        // a gloss in brackets, and jieba's classifiers inside a noun
        assert_eq!(nouns("建成名医工作室(站)12个。"), [some("名医工作室(站)")]);
        assert_eq!(nouns("建成“示范”国医堂9个。"), [some("“示范”国医堂")]);
        assert_eq!(nouns("建成名中医工作室6个。"), [some("名中医工作室")]);
        assert_eq!(
            nouns("组织5家医院专家20名。"),
            [some("医院专家"), some("医院专家")]
        );
        assert_eq!(nouns("今年获批课题12项。"), [some("课题")]);
        assert_eq!(nouns("其中这批30名。"), [None]);
        assert_eq!(nouns("共完成(含分站)12个。"), [None]);
        assert_eq!(nouns("建成示范基地(第1批)3个。"), [None]);
        assert_eq!(nouns("全市三级医院达到5家。"), [some("三级医院")]);
        assert_eq!(
            nouns("所有15家县直医疗卫生机构"),
            [some("县直医疗卫生机构")]
        );
        // before the number, the centres and services the domain names
        assert_eq!(nouns("建成卒中中心27家。"), [some("卒中中心")]);
        assert_eq!(nouns("捐赠医疗设备58台件。"), [some("医疗设备")]);
        // the act of sending before the number is not what is sent
        assert_eq!(
            nouns("先后选派医疗卫生人才386人次。"),
            [some("医疗卫生人才")]
        );
        // after the number a coordinator joins modifiers of one head, and
        // ends the noun after a head
        assert_eq!(
            nouns("每年选派不少于8名管理和技术骨干。"),
            [some("管理和技术骨干")]
        );
        assert_eq!(nouns("派出6名专家及基层师资培训人员。"), [some("专家")]);
        // a verbal noun before a verb after the head is the act's manner
        assert_eq!(nouns("接收该院5名医务人员免费进修。"), [some("医务人员")]);
        assert_eq!(nouns("12名专家会诊指导。"), [some("专家")]);
        assert_eq!(
            nouns("派出专业技术和管理人才1335人次。"),
            [some("专业技术和管理人才")]
        );
        // a verbal noun joined to the noun after it, before the number
        assert_eq!(
            nouns("先后选派管理和技术骨干27人常驻。"),
            [some("管理和技术骨干")]
        );
        assert_eq!(
            nouns("为一名复杂性肾肿瘤患者进行了手术。"),
            [some("复杂性肾肿瘤患者")]
        );
        // words jieba tags as a name (康复) or a number (the 点 of 哨点)
        // inside the noun
        assert_eq!(nouns("培训康复专业骨干69人。"), [some("康复专业骨干")]);
        assert_eq!(
            nouns("全市3家国家级急性呼吸道传染病哨点医院。"),
            [some("国家级急性呼吸道传染病哨点医院")]
        );
    }

    #[test]
    fn the_predicate_after_a_counted_noun_is_not_part_of_it() {
        // an adverb opening it (jieba: 已/d 全部/n)
        assert_eq!(nouns("医疗队12名队员已全部到岗。"), [some("队员")]);
        // signing, the predicate, not a verb that modifies a noun
        assert_eq!(
            nouns("与青岚县中医院等12家医疗机构签订合作协议。"),
            [some("医疗机构")]
        );
    }

    fn counts(text: &str) -> Vec<(String, Option<String>)> {
        extract_entities(text, None)
            .entities
            .iter()
            .filter_map(|e| match &e.value {
                EntityValue::Count(c) => Some((e.text.clone(), c.noun.clone())),
                _ => None,
            })
            .collect()
    }

    fn nouns(text: &str) -> Vec<Option<String>> {
        counts(text).into_iter().map(|(_, n)| n).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn an_activity_before_the_number_is_what_is_counted() {
        // an activity done to people, with the words that modify it
        assert_eq!(nouns("全年开展门诊诊疗2.1万人次。"), [some("门诊诊疗")]);
        assert_eq!(nouns("专家们坚持临床带教560人次。"), [some("临床带教")]);
        assert_eq!(nouns("组织教学查房120次。"), [some("教学查房")]);
        // …but not the people it serves
        assert_eq!(nouns("为当地群众义诊800余人次。"), [some("义诊")]);
        // the activity vocabulary of count_words.txt
        assert_eq!(nouns("新院区位于城东，占地120亩。"), [some("占地")]);
        // a verbal noun that ends a compound (jieba: 彩超/j 设备/vn)
        assert_eq!(nouns("向卫生院捐赠彩超设备一台。"), [some("彩超设备")]);
        assert_eq!(nouns("开展远程会诊合作600例。"), [some("远程会诊合作")]);
        // a verb whose object the count is counts nothing, and a body
        // before a verbal noun is its subject
        assert_eq!(nouns("今年新建3所。"), [None]);
        assert_eq!(nouns("为医院捐赠2台。"), [None]);
        assert_eq!(nouns("与医院协作3家。"), [None]);
        assert_eq!(nouns("由专家协作3家。"), [None]);
        assert_eq!(nouns("开展远程医疗合作4500例。"), [some("远程医疗合作")]);
        // …but what it is done to is counted
        assert_eq!(nouns("全县村卫生室改造12所。"), [some("村卫生室")]);
        // (people counted before a verb of going: where they go is no noun)
        assert_eq!(nouns("接收医务人员15名到院进修。"), [some("医务人员")]);
        assert_eq!(nouns("接收医务人员15人次来院进修。"), [some("医务人员")]);
        assert_eq!(nouns("援建凤庆县村卫生室15所。"), [some("村卫生室")]);
        assert_eq!(nouns("打造京津冀医联体20个。"), [some("京津冀医联体")]);
        assert_eq!(nouns("专家团队成功实施20余例。"), [None]);
        // training counts the people trained, who are not the training
        assert_eq!(nouns("累计培训300人次。"), [None]);
        assert_eq!(nouns("线下培训300人次。"), [None]);
        assert_eq!(nouns("乡村医生培训300人次。"), [some("乡村医生")]);
        // a verb jieba calls a noun starts no counted phrase
        assert_eq!(nouns("专家指导手术500例。"), [some("手术")]);
        assert_eq!(nouns("新院区规划床位600张。"), [some("床位")]);
        assert_eq!(nouns("去年新建村卫生室12所。"), [some("村卫生室")]);
    }

    #[test]
    fn parts_rates_and_idioms_of_one_are_not_counts() {
        assert!(counts("全县每千人口拥有床位6张。").is_empty());
        assert!(counts("每10万人口有全科医生3人。").is_empty());
        assert!(counts("平均每家达到2.5个。").is_empty());
        assert!(counts("围绕某一项技术开展帮扶。").is_empty());
        assert!(counts("一批一批专家接力帮扶。").is_empty());
        assert!(counts("新院区一期项目已投入使用，二期工程正在建设。").is_empty());
        assert!(counts("凤庆县医院项目二期已开工。").is_empty());
        assert_eq!(counts("举办3期培训班。"), [("3期".into(), some("培训班"))]);
        assert!(counts("医患情谊亲如一家。").is_empty());
        // a count of one with what it counts, or in digits, counts
        assert_eq!(
            counts("为一名患者进行手术。"),
            [("一名".into(), some("患者"))]
        );
        assert_eq!(counts("新增1家。"), [("1家".into(), None)]);
        // per year is no rate of a number
        assert_eq!(counts("每年选派5名专家。"), [("5名".into(), some("专家"))]);
    }

    #[test]
    fn a_verb_inside_a_phrase_of_things_modifies_its_noun() {
        assert_eq!(nouns("确定了5个重点帮扶专科。"), [some("重点帮扶专科")]);
        assert_eq!(
            nouns("组建3支卫生应急处置队伍。"),
            [some("卫生应急处置队伍")]
        );
        assert_eq!(
            nouns("组建2支医疗应急救援队伍。"),
            [some("医疗应急救援队伍")]
        );
        assert_eq!(
            nouns("捐赠了一台眼科超声乳化设备，价值约90万元。"),
            [some("眼科超声乳化设备")]
        );
        assert_eq!(
            nouns("建成4个名老中医传承工作室和1个基地。"),
            [some("名老中医传承工作室"), some("基地")]
        );
        // …not after a body or team that acts, nor in a count of people
        assert_eq!(nouns("3家医院帮扶科室。"), [some("医院")]);
        assert_eq!(nouns("2支医疗队帮扶科室。"), [some("医疗队")]);
        assert_eq!(nouns("派出3名专家帮扶科室。"), [some("专家")]);
        // …nor where the phrase goes on after the noun, or the verb is one
        // that starts no counted phrase or sends people
        assert_eq!(nouns("5个科室帮扶科室建设。"), [some("科室")]);
        assert_eq!(nouns("20个科室开展技术。"), [some("科室")]);
        assert_eq!(nouns("5个单位选派专家。"), [some("单位")]);
        // the act or state of what is counted ends it
        assert_eq!(nouns("推进15个医共体建设。"), [some("医共体")]);
        // jieba's cuts inside a noun: a classifier (名/q 老中医), an adverb
        // (直/d 报)
        assert_eq!(nouns("建成6个名老中医工作室。"), [some("名老中医工作室")]);
        assert_eq!(nouns("辖区120家传染病直报单位。"), [some("传染病直报单位")]);
        // …a division (县/zg), and a noun jieba calls distinguishing (主任/b)
        assert_eq!(nouns("支持甘孜州7个县建设胸痛中心。"), [some("县")]);
        assert_eq!(nouns("派驻十名科室主任，并投入资金。"), [some("科室主任")]);
        assert_eq!(nouns("覆盖全市12家县级医院。"), [some("县级医院")]);
        assert_eq!(nouns("派驻5名护士临时支援。"), [some("护士")]);
        assert_eq!(nouns("派驻6名科室主任常驻县医院。"), [some("科室主任")]);
        // a word that opens with signing ends the phrase (签订协议/n)
        assert_eq!(nouns("与8家县级医院签订协议。"), [some("县级医院")]);
        assert_eq!(nouns("其中有3家省级。"), [None]);
        // a verb before a division morpheme modifies it, and a localizer
        // opens a modifier (中/f 高级职称)
        assert_eq!(nouns("赴省内12个脱贫县开展帮扶。"), [some("脱贫县")]);
        assert_eq!(
            nouns("每年选派不少于10名中高级职称专家。"),
            [some("中高级职称专家")]
        );
        assert_eq!(
            nouns("全市23家二级以上医院共选派。"),
            [some("二级以上医院")]
        );
    }

    #[test]
    fn a_body_right_before_the_number_is_not_counted() {
        assert_eq!(
            counts("接收凤庆县人民医院三批次60余人进修。"),
            [("三批次".into(), None), ("60余人".into(), None)]
        );
        // a kind of body is what is counted, and so is a noun after the
        // classifier whatever precedes the number
        assert_eq!(nouns("建成卒中中心27家。"), [some("卒中中心")]);
        assert_eq!(
            nouns("天津市和平区中医医院、河西区中医医院2家中医医院选派6名专家。"),
            [some("中医医院"), some("专家")]
        );
    }

    #[test]
    fn a_verb_or_latin_word_inside_a_noun_before_the_number_is_part_of_it() {
        assert_eq!(
            nouns("采购全自动生化分析仪2台。"),
            [some("全自动生化分析仪")]
        );
        assert_eq!(nouns("捐赠CT设备1台。"), [some("CT设备")]);
        assert_eq!(nouns("完成心电诊断1.8万例。"), [some("心电诊断")]);
        // not a verb whose subject is a body, nor one of count_words.txt,
        // nor one after a scope word
        assert_eq!(nouns("县医院接收医生20名。"), [some("医生")]);
        assert_eq!(nouns("柔性引进学科带头人5名。"), [some("学科带头人")]);
        assert_eq!(nouns("全县共有乡镇卫生院18家。"), [some("乡镇卫生院")]);
        assert_eq!(nouns("县医院聘请专家20名。"), [some("专家")]);
        assert_eq!(nouns("团队累计门诊接诊2300人次。"), [some("门诊接诊")]);
        assert_eq!(nouns("全县建有乡镇卫生院18家。"), [some("乡镇卫生院")]);
    }
}
