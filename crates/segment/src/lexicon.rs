//! The place lexicon: GB/T 2260 divisions, the short forms news writes for
//! them, named areas and one-character province abbreviations.
//!
//! The division table (`data/divisions.tsv`) is generated from the vendored
//! MIT tables by `data/gen/divisions.py`; nothing in it is typed by hand.
//! Short forms are *derived* here, by rule, as the data's README asks:
//!
//! * a province or city drops its generic suffix (`河北省` → `河北`,
//!   `保定市` → `保定`, `阿拉善盟` → `阿拉善`);
//! * an autonomous unit drops its ethnic names (`广西壮族自治区` → `广西`,
//!   `莫力达瓦达斡尔族自治旗` → `莫力达瓦旗` and `莫力达瓦`);
//! * a county drops `县` (`安新县` → `安新`) — but a district drops `区`
//!   only where three characters or more are left (`石景山区` → `石景山`;
//!   `朝阳区` → `朝阳` would make a place of a common word), and not
//!   where jieba's dictionary knows the short form as a frequent word
//!   (`和平县` → `和平`) or as a word of another kind (`岳阳楼`);
//! * a short form shorter than two characters, or one that two different
//!   divisions would share, is not derived (it stays a name, without a code,
//!   only where the table itself has it).

use crate::vocab::{Trie, data_lines};
use rustc_hash::FxHashMap as HashMap;

/// The administrative level of a division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Province,
    City,
    County,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
        }
    }
}

/// One row of the division table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    /// Six-digit GB/T 2260 code.
    pub code: String,
    pub name: String,
    pub level: Level,
    /// False for units that no longer exist (崇文区, 宣武区).
    pub current: bool,
}

/// How a surface form names a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// The full name of a division (`安新县`).
    Division,
    /// A derived short form (`安新`, `河北`).
    ShortForm,
    /// A named area or regional grouping (`京津冀`, `雄安新区`).
    Area,
    /// A one-character province abbreviation (`津`).
    Abbreviation,
}

/// What a surface form resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceEntry {
    pub kind: PlaceKind,
    /// GB/T 2260 code where the form resolves to one division.
    pub code: Option<String>,
    pub level: Option<Level>,
}

/// All place names bangfu knows, by surface form.
pub struct Lexicon {
    divisions: Vec<Division>,
    by_name: HashMap<String, PlaceEntry>,
    /// The same names (two or more chars) for matching in text.
    trie: Trie<PlaceEntry>,
    abbreviations: HashMap<char, String>,
    /// Abbreviations another place or a common word shares (`宁`, `青`).
    shared_abbreviations: Vec<char>,
}

const DIVISIONS: &str = include_str!("../data/divisions.tsv");
const AREAS: &str = include_str!("../data/areas.txt");
const ETHNIC: &str = include_str!("../data/ethnic.txt");
const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
const GENERIC_NAMES: &str = include_str!("../data/generic_names.txt");
const CONVENTIONAL: &str = include_str!("../data/conventional_short_forms.txt");
const DISTRICT_TAILS: &str = include_str!("../data/district_tails.txt");

impl Lexicon {
    /// The process-wide lexicon (built with the shared [`Segmenter`], whose
    /// dictionary says which short forms would be common words).
    ///
    /// [`Segmenter`]: crate::Segmenter
    pub fn shared() -> &'static Lexicon {
        crate::Segmenter::shared().lexicon()
    }

    /// Loads the tables.  `common_word` says whether a derived county short
    /// form is a common word (`和平县` → `和平`), which is then not derived.
    /// `other_word` says whether the dictionary knows a form as a word that
    /// is not a place name (`同仁` colleagues, `灯塔` lighthouse): a
    /// county-level city's short form is derived only when it does not.
    pub(crate) fn load(
        common_word: &dyn Fn(&str) -> bool,
        other_word: &dyn Fn(&str) -> bool,
    ) -> Lexicon {
        let divisions: Vec<Division> = data_lines(DIVISIONS)
            .filter_map(|line| {
                let mut f = line.split('\t');
                let (code, name, level, status) = (f.next()?, f.next()?, f.next()?, f.next()?);
                let level = match level {
                    "province" => Level::Province,
                    "city" => Level::City,
                    _ => Level::County,
                };
                Some(Division {
                    code: code.to_string(),
                    name: name.to_string(),
                    level,
                    current: status == "current",
                })
            })
            .collect();
        let ethnic: Vec<&str> = data_lines(ETHNIC).flat_map(str::split_whitespace).collect();

        let generic: rustc_hash::FxHashSet<&str> = data_lines(GENERIC_NAMES).collect();
        let mut by_name: HashMap<String, PlaceEntry> = HashMap::default();
        // Full names: current before historical, higher level first (北京市
        // is both a province and its city; the province wins).
        let mut order: Vec<&Division> = divisions.iter().collect();
        order.sort_by_key(|d| (!d.current, d.level, d.code.clone()));
        let mut ambiguous_full: HashMap<&str, bool> = HashMap::default();
        // (names only a division that no longer exists had: a current one's
        // short form takes them over — `青龙县` is 青龙满族自治县 now, and
        // `东乡县` the Gansu county, Jiangxi's having become 东乡区)
        let mut historical_only: rustc_hash::FxHashSet<&str> = Default::default();
        for d in &order {
            // Districts named by their kind alone (新区, 郊区, 城区, 东区:
            // `data/generic_names.txt`) are that word in running text — a
            // campus, the suburbs, 雄安新区 for short — not the district.
            if generic.contains(d.name.as_str()) {
                continue;
            }
            if let Some(prev) = by_name.get(&d.name) {
                let same = prev.code.as_deref().is_some_and(|c| same_place(c, &d.code));
                if d.current && !same && prev.level == Some(d.level) {
                    ambiguous_full.insert(&d.name, true);
                }
                continue;
            }
            if !d.current {
                historical_only.insert(&d.name);
            }
            by_name.insert(
                d.name.clone(),
                PlaceEntry {
                    kind: PlaceKind::Division,
                    code: Some(d.code.clone()),
                    level: Some(d.level),
                },
            );
        }
        for (name, _) in ambiguous_full {
            if let Some(e) = by_name.get_mut(name) {
                e.code = None;
            }
        }

        // Derived short forms; a form two places would share is dropped.
        let mut short: HashMap<String, Option<&Division>> = HashMap::default();
        for d in order.iter().filter(|d| d.current) {
            for form in short_forms(&d.name, d.level, &ethnic) {
                // (a county-level city's or district's short form may be a
                // word of another kind: 同仁 colleagues, 岳阳楼 a tower)
                let city_form =
                    d.level == Level::County && (d.name.ends_with('市') || d.name.ends_with('区'));
                if by_name.contains_key(&form) && !historical_only.contains(form.as_str())
                    || (d.level == Level::County && common_word(&form))
                    || (city_form && other_word(&form))
                {
                    continue;
                }
                match short.get(&form) {
                    None => {
                        short.insert(form, Some(d));
                    }
                    Some(Some(prev)) if same_place(&prev.code, &d.code) => {}
                    // a city's county of the same name (承德市, 承德县): the
                    // short form is the city, as a province's city is the
                    // province (吉林省, 吉林市) — the one named after is
                    // inside it
                    Some(Some(prev))
                        if prev.level < d.level && Lexicon::contains(&prev.code, &d.code) => {}
                    Some(_) => {
                        short.insert(form, None);
                    }
                }
            }
        }
        // Conventional short forms no rule derives (克州): the division of
        // the code given.
        for line in data_lines(CONVENTIONAL) {
            let Some((form, code)) = line.split_once('\t') else {
                continue;
            };
            if let Some(d) = divisions.iter().find(|d| d.code == code && d.current) {
                short.entry(form.to_string()).or_insert(Some(d));
            }
        }
        for (form, d) in short {
            if let Some(d) = d {
                // (a form that was a division's full name reads as one)
                let kind = if historical_only.contains(form.as_str()) {
                    PlaceKind::Division
                } else {
                    PlaceKind::ShortForm
                };
                by_name.insert(
                    form,
                    PlaceEntry {
                        kind,
                        code: Some(d.code.clone()),
                        level: Some(d.level),
                    },
                );
            }
        }
        for line in data_lines(AREAS) {
            let name = line.split('\t').next().unwrap_or(line);
            // An area written as a division with its province before it
            // (`河北雄安新区`) is that division: it takes its code.
            let inner = name
                .char_indices()
                .skip(1)
                .find_map(|(b, _)| {
                    by_name
                        .get(&name[b..])
                        .filter(|e| e.kind == PlaceKind::Division)
                })
                .map(|e| (e.code.clone(), e.level));
            let (code, level) = inner.unwrap_or((None, None));
            by_name.entry(name.to_string()).or_insert(PlaceEntry {
                kind: PlaceKind::Area,
                code,
                level,
            });
        }
        let shared_abbreviations = data_lines(ABBREVIATIONS)
            .filter(|l| l.split('\t').nth(2) == Some("shared"))
            .filter_map(|l| l.chars().next())
            .collect();
        let abbreviations = data_lines(ABBREVIATIONS)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let c = f.next()?.chars().next()?;
                Some((c, f.next()?.to_string()))
            })
            .collect();
        let mut trie = Trie::new();
        for (name, entry) in &by_name {
            if name.chars().nth(1).is_some() {
                let _ = trie.insert(name, entry.clone());
            }
        }
        Lexicon {
            divisions,
            by_name,
            trie,
            abbreviations,
            shared_abbreviations,
        }
    }

    /// Every surface form of two or more characters.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }

    /// What `name` names, if it is a place bangfu knows.
    pub fn get(&self, name: &str) -> Option<&PlaceEntry> {
        self.by_name.get(name)
    }

    /// The province code a one-character abbreviation stands for (`津` →
    /// `120000`).
    pub fn abbreviation(&self, c: char) -> Option<&str> {
        self.abbreviations.get(&c).map(String::as_str)
    }

    /// The province code an abbreviation stands for where it stands alone
    /// (`进疆`, `赴黔`): not one another place or a common word shares
    /// (`来宁`, `来青`; `data/abbreviations.txt`'s `shared`).
    pub fn abbreviation_alone(&self, c: char) -> Option<&str> {
        if self.shared_abbreviations.contains(&c) {
            return None;
        }
        self.abbreviation(c)
    }

    /// The division with this code.
    pub fn division(&self, code: &str) -> Option<&Division> {
        self.divisions.iter().find(|d| d.code == code && d.current)
    }

    /// The current division called `name` inside `parent`: which of the
    /// four 鼓楼区 `福州市鼓楼区` means.
    pub fn division_within(&self, name: &str, parent: &str) -> Option<&Division> {
        self.divisions
            .iter()
            .find(|d| d.current && d.name == name && Lexicon::contains(parent, &d.code))
    }

    /// Whether the division `child` lies inside `parent` (by code prefix).
    pub fn contains(parent: &str, child: &str) -> bool {
        let keep = if parent.ends_with("0000") {
            2
        } else if parent.ends_with("00") {
            4
        } else {
            6
        };
        parent != child && parent.get(..keep) == child.get(..keep)
    }

    /// The longest place name starting at char `start` of `chars`, as a char
    /// count, with its entry.
    pub fn longest_at(&self, chars: &[char], start: usize) -> Option<(usize, &PlaceEntry)> {
        self.trie.longest_at(chars, start)
    }
}

/// Two codes name the same place when one is a municipality's province row
/// and the other its city row (北京市 110000 / 110100).
fn same_place(a: &str, b: &str) -> bool {
    a == b
        || (a.get(..2) == b.get(..2)
            && matches!(&a[..2], "11" | "12" | "31" | "50")
            && (a.ends_with("0000") || b.ends_with("0000"))
            && (a.ends_with("00") && b.ends_with("00")))
}

/// `伊犁哈萨克` → 伊犁, `海西蒙古族藏族` → 海西: the ethnic names an
/// autonomous division carries, with or without 族 (`新疆维吾尔自治区`), as
/// long as a name of two or more characters is left (`内蒙古` is no
/// `内` + 蒙古, `西藏` no `西` + 藏).
fn strip_ethnic<'a>(mut base: &'a str, ethnic: &[&str]) -> &'a str {
    loop {
        let found = ethnic.iter().find_map(|e| {
            let bare = e.strip_suffix('族').filter(|b| b.chars().count() >= 2);
            [Some(*e), bare].into_iter().flatten().find(|form| {
                base.strip_suffix(form)
                    .is_some_and(|rest| rest.chars().count() >= 2)
            })
        });
        let Some(e) = found else {
            return base;
        };
        base = &base[..base.len() - e.len()];
    }
}

fn short_forms(name: &str, level: Level, ethnic: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |s: &str| {
        if s.chars().count() >= 2 && s != name {
            out.push(s.to_string());
        }
    };
    for (suffix, keep_suffix) in [
        ("特别行政区", None),
        ("自治区", None),
        ("自治州", Some("州")),
        ("自治县", Some("县")),
        ("自治旗", Some("旗")),
    ] {
        if let Some(base) = name.strip_suffix(suffix) {
            let base = strip_ethnic(base, ethnic);
            // a division named after its people alone (东乡族自治县) is
            // written with their name and its level (东乡县); the people's
            // name alone is no place
            if ethnic.contains(&base) {
                let people = base.strip_suffix('族').unwrap_or(base);
                if let Some(k) = keep_suffix {
                    push(&format!("{people}{k}"));
                }
                return out;
            }
            push(base);
            if let Some(k) = keep_suffix {
                push(&format!("{base}{k}"));
            }
            return out;
        }
    }
    match level {
        Level::Province | Level::City => {
            for suffix in ["省", "市", "地区", "盟"] {
                if let Some(base) = name.strip_suffix(suffix) {
                    push(base);
                }
            }
        }
        Level::County => {
            // a county or a county-level city (`安国市` → 安国); districts
            // keep their 区 — but for a name of three characters or more,
            // which no common word is (`石景山区` → 石景山, `海拉尔区` →
            // 海拉尔; not a new area's, `浦东新区`, nor a special one's:
            // data/district_tails.txt)
            if let Some(base) = name.strip_suffix('县').or_else(|| name.strip_suffix('市')) {
                push(base);
            } else if let Some(base) = name.strip_suffix('区')
                && base.chars().count() >= 3
                && !data_lines(DISTRICT_TAILS).any(|t| base.ends_with(t))
            {
                push(base);
            }
            // a banner named by its wing and place, as Inner Mongolia
            // writes it short: its first character, then the wing and the
            // place (`科尔沁左翼中旗` → 科左中旗, `阿拉善左旗` → 阿左旗,
            // `乌拉特前旗` → 乌前旗)
            if let Some(base) = name.strip_suffix('旗') {
                let chars: Vec<char> = base.chars().collect();
                let short = match chars[..] {
                    [
                        first,
                        ..,
                        side @ ('左' | '右'),
                        '翼',
                        at @ ('前' | '中' | '后'),
                    ] => Some(format!("{first}{side}{at}旗")),
                    [first, _, .., tail @ ('左' | '右' | '前' | '中' | '后')] => {
                        Some(format!("{first}{tail}旗"))
                    }
                    _ => None,
                };
                if let Some(short) = short {
                    push(&short);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_resolve_to_codes_and_levels() {
        let lx = Lexicon::shared();
        let e = lx.get("安新县").unwrap();
        assert_eq!(e.code.as_deref(), Some("130632"));
        assert_eq!(e.level, Some(Level::County));
        assert_eq!(lx.get("北京市").unwrap().level, Some(Level::Province));
        assert_eq!(lx.get("雄安新区").unwrap().kind, PlaceKind::Division);
    }

    #[test]
    fn short_forms_are_derived_by_rule() {
        let lx = Lexicon::shared();
        assert_eq!(lx.get("河北").unwrap().code.as_deref(), Some("130000"));
        assert_eq!(lx.get("天津").unwrap().code.as_deref(), Some("120000"));
        assert_eq!(lx.get("广西").unwrap().code.as_deref(), Some("450000"));
        // ethnic names without 族 go too, where a name is left
        assert_eq!(lx.get("新疆").unwrap().code.as_deref(), Some("650000"));
        assert_eq!(lx.get("伊犁州").unwrap().code.as_deref(), Some("654000"));
        assert_eq!(lx.get("内蒙古").unwrap().code.as_deref(), Some("150000"));
        // a name several divisions share has no code of its own, but one
        // inside a given parent
        assert_eq!(lx.get("鼓楼区").unwrap().code, None);
        assert_eq!(
            lx.division_within("鼓楼区", "350100")
                .map(|d| d.code.as_str()),
            Some("350102")
        );
        assert_eq!(lx.get("西藏").unwrap().code.as_deref(), Some("540000"));
        // a city and its county of one name: the short form is the city,
        // as a province's city of its name is the province
        assert_eq!(lx.get("承德").unwrap().code.as_deref(), Some("130800"));
        assert_eq!(lx.get("吉林").unwrap().code.as_deref(), Some("220000"));
        assert_eq!(lx.get("莫力达瓦旗").unwrap().kind, PlaceKind::ShortForm);
        assert!(lx.get("莫力达瓦").is_some());
        assert!(lx.get("安新").is_some());
        // Districts keep their 区, unless three characters or more are
        // left — even where jieba's dictionary takes them for a person's
        // name (石景山, 海拉尔 `nr`) — and not a new area's.
        assert!(lx.get("和平").is_none());
        assert!(lx.get("南开").is_none());
        assert!(lx.get("南开区").is_some());
        assert_eq!(lx.get("石景山").unwrap().code.as_deref(), Some("110107"));
        assert_eq!(lx.get("海拉尔").unwrap().code.as_deref(), Some("150702"));
        assert_eq!(lx.get("观山湖").unwrap().kind, PlaceKind::ShortForm);
        assert!(lx.get("浦东新").is_none() && lx.get("滨海新").is_none());
        // (a form jieba knows as a common noun stays none: 大渡口 `n`)
        assert!(lx.get("大渡口").is_none());
        // County-level cities lose their 市, unless the form is a word that
        // is no place (同仁 colleagues, 灯塔 lighthouse).
        assert_eq!(lx.get("定州").unwrap().kind, PlaceKind::ShortForm);
        assert_eq!(lx.get("高碑店").unwrap().code.as_deref(), Some("130684"));
        assert!(lx.get("同仁").is_none() && lx.get("灯塔").is_none());
        // Districts named by their kind are the common word.
        assert!(lx.get("新区").is_none() && lx.get("郊区").is_none());
        // Banners by wing and place, as Inner Mongolia writes them.
        assert_eq!(lx.get("科左中旗").unwrap().code.as_deref(), Some("150521"));
        assert_eq!(lx.get("科右前旗").unwrap().code.as_deref(), Some("152221"));
        assert_eq!(lx.get("阿左旗").unwrap().code.as_deref(), Some("152921"));
        assert_eq!(lx.get("乌前旗").unwrap().code.as_deref(), Some("150823"));
        // A division named after its people alone is their name and its
        // level, not the people's name; and a current division's short
        // form takes over a name only a former division had (the county
        // before it became autonomous, or one since made a district).
        assert_eq!(lx.get("东乡县").unwrap().code.as_deref(), Some("622926"));
        assert_eq!(lx.get("东乡县").unwrap().kind, PlaceKind::Division);
        assert!(lx.get("东乡").is_none());
        assert_eq!(lx.get("青龙县").unwrap().code.as_deref(), Some("130321"));
        assert_eq!(lx.get("崇文区").unwrap().code.as_deref(), Some("110103"));
        // Conventional short forms no rule derives.
        assert_eq!(lx.get("克州").unwrap().code.as_deref(), Some("653000"));
        // An area written as province + division takes the division's code.
        assert_eq!(
            lx.get("河北雄安新区").unwrap().code,
            lx.get("雄安新区").unwrap().code
        );
    }

    #[test]
    fn containment_by_code() {
        assert!(Lexicon::contains("130000", "130632"));
        assert!(Lexicon::contains("130600", "130632"));
        assert!(!Lexicon::contains("120000", "130632"));
    }

    #[test]
    fn areas_and_abbreviations() {
        let lx = Lexicon::shared();
        assert_eq!(lx.get("京津冀").unwrap().kind, PlaceKind::Area);
        assert_eq!(lx.abbreviation('冀'), Some("130000"));
    }
}
