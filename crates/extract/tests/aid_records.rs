//! Aid records on made-up sentences: each test is one rule of the record
//! reader (`src/aid.rs`), written with places and institutions that are not
//! in the corpus, so a rule that only fits a seed fails here.

use bangfu_extract::{Extraction, Role, Status, extract};

/// (type, donor, recipient) of every record, implementing donors left out
/// (as the gold scoring does).
fn triples(text: &str) -> Vec<(String, String, String)> {
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let name = |k: usize| entities[k].name().to_string();
    let mut out = Vec::new();
    for r in &records {
        for d in r.donors.iter().filter(|d| d.role != Role::Implementing) {
            for rc in &r.recipients {
                out.push((r.kind.as_str().to_string(), name(d.entity), name(rc.entity)));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The donors, by name and role, of the one record the text gives.
fn sole_record_donors(text: &str) -> Vec<(String, Role)> {
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    assert_eq!(records.len(), 1, "{records:?}");
    records[0]
        .donors
        .iter()
        .map(|d| (entities[d.entity].name().to_string(), d.role))
        .collect()
}

fn t(kind: &str, d: &str, r: &str) -> (String, String, String) {
    (kind.to_string(), d.to_string(), r.to_string())
}

#[test]
fn a_relation_both_sides_sign_is_given_by_the_side_of_higher_standing() {
    // Written recipient-first; the Shanghai hospital gives.
    assert_eq!(
        triples("廊坊市人民医院与上海市第一人民医院签署对口帮扶协议。"),
        vec![t("agreement", "上海市第一人民医院", "廊坊市人民医院")]
    );
    // Written donor-first, it stays.
    assert_eq!(
        triples("上海市第一人民医院与廊坊市人民医院签署对口帮扶协议。"),
        vec![t("agreement", "上海市第一人民医院", "廊坊市人民医院")]
    );
}

#[test]
fn paired_support_is_a_relation() {
    // 对口支持: the word of Beijing's paired support (Xiong'an, Tongzhou)
    assert_eq!(
        triples("北京天坛医院对口支持雄安新区，提升当地医疗服务能力。"),
        vec![t("pairing", "北京天坛医院", "雄安新区")]
    );
}

#[test]
fn a_body_named_without_its_seat_keeps_the_order_written() {
    // A body named without its place (its seat unknown) is not known to
    // stand below a city's: the order written stands, either way.
    assert_eq!(
        triples("青岚长庚医院与保定市第二中心医院签订对口帮扶协议。"),
        vec![t("agreement", "青岚长庚医院", "保定市第二中心医院")]
    );
    assert_eq!(
        triples("保定市第二中心医院与青岚长庚医院签订对口帮扶协议。"),
        vec![t("agreement", "保定市第二中心医院", "青岚长庚医院")]
    );
    // …while a province's body still outranks a city's
    assert_eq!(
        triples("保定市第二中心医院与河北省人民医院签订对口帮扶协议。"),
        vec![t("agreement", "河北省人民医院", "保定市第二中心医院")]
    );
}

#[test]
fn the_place_a_rank_is_granted_at_is_no_side() {
    // `贵州省重点专科` is a rank of the province's, not the province helped
    assert_eq!(
        triples("湖滨市中医院对口帮扶青岚县中医院。在帮扶下，骨伤科成为贵州省临床重点专科。"),
        vec![
            t("discipline", "湖滨市中医院", "青岚县中医院"),
            t("pairing", "湖滨市中医院", "青岚县中医院"),
        ]
    );
}

#[test]
fn a_pointing_word_that_opened_the_sentence_before_is_what_it_was() {
    // the second 该院 is the first one's body, not the hospital the
    // sentence between names last
    let got = triples(
        "湖滨市中医院对口帮扶青岚县中医院。针对当地需求，该院与受援医院共建骨伤病区，\
         有效缓解了青岚县中医院业务用房不足问题。合作共建的骨伤科已平稳运作。\
         该院与受援医院已签订科室共建协议。",
    );
    assert!(
        got.contains(&t("agreement", "湖滨市中医院", "青岚县中医院")),
        "{got:?}"
    );
}

#[test]
fn a_clause_after_a_joint_act_gives_money_by_its_own_subject() {
    // the district's government, not the hospital of the joint act, puts
    // the money in
    assert_eq!(
        triples("湖滨区中医院与青岚县中医院共建骨伤病区，湖滨区政府投入资金1050万元。"),
        vec![t("funding", "湖滨区政府", "青岚县中医院")]
    );
}

#[test]
fn a_province_gone_to_by_its_abbreviation_is_a_side() {
    // `进疆`, `赴沪`: a verb of going and a province's one-character name
    assert_eq!(
        triples("湖滨市人民医院共选派医疗人才40名进疆。"),
        vec![t("personnel", "湖滨市人民医院", "疆")]
    );
    assert_eq!(
        triples("三年来，云南省医务人员1100余人次赴沪进修学习。"),
        vec![t("training", "沪", "云南省")]
    );
    // the people are counted, the verb of going no part of their noun;
    // and a province named among others is no side of the act
    let Extraction { entities, records } = extract("广东省共选派广东医疗人才407名进疆。", None);
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "personnel")
        .expect("a sending");
    assert_eq!(entities[r.recipients[0].entity].text, "疆");
    assert_eq!(r.persons.map(|k| entities[k].text.as_str()), Some("407名"));
    // (the 进 of 推进 before a grouping goes nowhere)
    let got = triples(
        "下一步，湖滨市卫生健康委将加强与河北省卫生健康委沟通，进一步推进京津冀医联体建设。",
    );
    assert!(got.iter().all(|(_, _, r)| r != "京津冀"), "{got:?}");
    // …named by the article's own name for the province where it has one
    assert_eq!(
        triples("上海市对口支援云南省。三年来，云南省医务人员1100余人次赴沪进修学习。"),
        vec![
            t("pairing", "上海市", "云南省"),
            t("training", "上海市", "云南省"),
        ]
    );
}

#[test]
fn a_relation_both_sides_enter_goes_on_from_the_side_that_gives() {
    // written receiver first, the relation goes on from the giver by
    // standing (Tianjin's district), as its record does
    assert_eq!(
        triples(
            "靖远县与天津市和平区深化东西部协作。2019年，落实资金1281.33万元，新建村卫生室2所。"
        ),
        vec![
            t("construction", "和平区", "靖远县"),
            t("funding", "和平区", "靖远县"),
            t("pairing", "和平区", "靖远县"),
        ]
    );
}

#[test]
fn an_act_pointed_back_at_and_described_is_the_act_before() {
    assert_eq!(
        triples(
            "湖滨市人民医院与青岚县人民医院签署对口帮扶合作协议。此次合作是京冀张医疗协同发展框架下的又一重要成果。"
        ),
        vec![t("agreement", "湖滨市人民医院", "青岚县人民医院")]
    );
}

#[test]
fn coordinated_signers_are_the_two_sides_and_a_later_clause_has_its_own_recipient() {
    let got = triples(
        "江苏省卫生健康委和威县卫生健康局签订了合作框架协议，并向威县人民医院捐赠了救护车2辆。",
    );
    assert!(
        got.contains(&t("agreement", "江苏省卫生健康委", "威县卫生健康局")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("equipment", "江苏省卫生健康委", "威县人民医院")),
        "{got:?}"
    );
    // A county's own bureau does not aid its county's hospital.
    assert!(
        !got.iter()
            .any(|x| x.1 == "威县卫生健康局" && x.2 == "威县人民医院"),
        "{got:?}"
    );
}

#[test]
fn a_county_hospital_forms_its_county_s_network() {
    let got =
        triples("临泉县人民医院牵头组建县域医共体，成员单位包括临泉县中医院、临泉县妇幼保健院。");
    assert_eq!(
        got,
        vec![
            t("consortium", "临泉县人民医院", "临泉县中医院"),
            t("consortium", "临泉县人民医院", "临泉县妇幼保健院"),
        ]
    );
    // (a county's bureau and its county's hospitals still are administration)
    let got = triples("临泉县卫生健康委员会牵头组建县域医共体，成员单位包括临泉县中医院。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_grouping_of_giving_provinces_gives_as_they_do() {
    // `京津` is Beijing and Tianjin, both giving sides of 京津冀协同发展.
    assert_eq!(
        triples("近年来，承德市不断深化与京津的医疗合作。"),
        vec![t("pairing", "京津", "承德市")]
    );
}

#[test]
fn a_list_with_a_counted_tail_is_one_side_of_a_later_clause_s_relation() {
    // `A、B等9家京津医院与C…`: the tail (`等9家京津医院`) closes the list,
    // and the clause is a relation of its own beside the first one.
    let got = triples(
        "近年来，承德市积极推进与京津医疗合作，目前已有北京佑安医院、天津市第一中心医院等9家京津医院与承德市14家医疗机构建立合作关系。",
    );
    assert!(
        got.contains(&t("pairing", "北京佑安医院", "承德市"))
            && got.contains(&t("pairing", "天津市第一中心医院", "承德市")),
        "{got:?}"
    );
}

#[test]
fn lists_of_equal_length_pair_up_unless_they_name_only_some_bodies() {
    // closed lists of two pair up in order
    let got = triples("济南市中心医院、青岛市市立医院对口帮扶郓城县人民医院、平邑县人民医院。");
    assert_eq!(
        got,
        vec![
            t("pairing", "济南市中心医院", "郓城县人民医院"),
            t("pairing", "青岛市市立医院", "平邑县人民医院"),
        ]
    );
    // lists that name only some of their bodies (等12家, 等地的20家) do not
    let got = triples(
        "确定济南市中心医院、青岛市市立医院等12家三级医院对口帮扶菏泽市、临沂市等地的20家县级医院。",
    );
    for giver in ["济南市中心医院", "青岛市市立医院"] {
        for receiver in ["菏泽市", "临沂市"] {
            assert!(
                got.contains(&t("pairing", giver, receiver)),
                "{giver} {receiver}: {got:?}"
            );
        }
    }
    // …unless 分别 says they do
    let got = triples(
        "济南市中心医院、青岛市市立医院等5家医院分别与郓城县人民医院、平邑县人民医院等结对。",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "济南市中心医院", "郓城县人民医院"),
            t("pairing", "青岛市市立医院", "平邑县人民医院"),
        ]
    );
}

#[test]
fn pairs_of_pairs_pair_up() {
    let got = triples("威县人民医院与上海市胸科医院、清河县人民医院与北京胸科医院建立合作关系。");
    assert_eq!(
        got,
        vec![
            t("pairing", "上海市胸科医院", "威县人民医院"),
            t("pairing", "北京胸科医院", "清河县人民医院"),
        ]
    );
}

#[test]
fn a_grouping_does_not_aid_its_own_members_and_nothing_aids_itself() {
    let got = triples("京津冀医联体是北京、天津、河北三地医院合作组建的医联体。");
    assert!(got.is_empty(), "{got:?}");
    let got = triples("京津冀协同推进北京、天津、河北的医联体建设。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_speaker_of_reported_speech_is_not_the_donor() {
    let got = triples("廊坊市副市长指出，上海市第一人民医院选派5名专家进驻廊坊市人民医院。");
    assert_eq!(
        got,
        vec![t("personnel", "上海市第一人民医院", "廊坊市人民医院")]
    );
}

#[test]
fn the_party_help_comes_from_gives() {
    let got = triples("对接喀什地区需求，2023年以来，从上海选派30名专家进驻喀什地区第一人民医院。");
    assert!(
        got.contains(&t("personnel", "上海", "喀什地区第一人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "喀什地区"), "{got:?}");
    // …but not where people set out from: the team's own hospital sends.
    let got = triples(
        "8月10日，岳阳市人民医院第四批援藏医疗队一行6人从长沙出发，前往山南市人民医院开展为期一年的医疗援助工作。",
    );
    assert!(
        got.contains(&t("personnel", "岳阳市人民医院", "山南市人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "长沙"), "{got:?}");
}

#[test]
fn questions_and_definitions_state_no_act() {
    assert!(
        triples("浦东新区卫生健康委与岷县卫生健康局协商，确定帮扶方式包括选派专家、捐赠设备。")
            .is_empty()
    );
    assert!(triples("上海市第一人民医院如何帮扶廊坊市人民医院？").is_empty());
    assert!(
        triples("组团式帮扶是指上海市卫生健康委选派专家到喀什地区第一人民医院工作。").is_empty()
    );
}

#[test]
fn a_heading_before_a_colon_is_the_topic_not_a_party() {
    let got =
        triples("叶城县对口帮扶：5月10日，上海市第六人民医院与叶城县人民医院签署对口帮扶协议。");
    assert_eq!(
        got,
        vec![t("agreement", "上海市第六人民医院", "叶城县人民医院")]
    );
}

#[test]
fn names_inside_a_document_title_are_not_parties() {
    let got = triples("上海市卫生健康委印发《上海市卫生健康委员会对口帮扶喀什地区工作方案》。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_party_after_a_passive_verb_gives() {
    let got = triples("廊坊市依托北京大学第一医院的技术支持，开展专科培训。");
    assert!(
        got.contains(&t("training", "北京大学第一医院", "廊坊市")),
        "{got:?}"
    );
}

#[test]
fn pairing_gives_way_to_the_specific_act_of_the_sentence() {
    let got = triples("上海市第一人民医院派出专家赴廊坊市人民医院开展对口帮扶工作。");
    assert_eq!(
        got,
        vec![t("personnel", "上海市第一人民医院", "廊坊市人民医院")]
    );
    // (nor when the act's own clause names no receiver and goes where the
    // pairing's clause says)
    let got = triples("上海市第一人民医院派出6人医疗队，进驻廊坊市人民医院开展对口帮扶。");
    assert_eq!(
        got,
        vec![t("personnel", "上海市第一人民医院", "廊坊市人民医院")]
    );
    // but a pairing that names a receiver of its own, beside an act whole
    // in its clause, stays (a partner after 与 is no such receiver)
    let got = triples("上海市第一人民医院与廊坊市人民政府签订合作协议，对廊坊市人民医院实施托管。");
    assert_eq!(
        got,
        [
            t("agreement", "上海市第一人民医院", "廊坊市人民政府"),
            t("pairing", "上海市第一人民医院", "廊坊市人民医院"),
        ]
    );
    let got =
        triples("廊坊市人民医院与北京儿童医院组建儿科专科联盟，加强与上海市第一人民医院合作。");
    assert!(got.iter().all(|r| r.0 != "pairing"), "{got:?}");
}

#[test]
fn general_news_yields_no_record() {
    assert!(triples("今年上半年，廊坊市人民医院门诊量同比增长12%，新建停车场一处。").is_empty());
    // Aid words outside health care: education, industry, transport.
    for text in [
        "上海市选派20名教师到甘肃省岷县支教，开展教学帮扶。",
        "上海市浦东新区对口帮扶云南省文山州，投入资金3000万元建设产业园。",
        "北京市与河北省签署交通一体化合作框架协议。",
        "天津市与华为公司签署战略合作协议。",
    ] {
        assert!(triples(text).is_empty(), "{text}: {:?}", triples(text));
    }
    // The same acts in health care are read.
    assert!(!triples("上海市选派20名医生到甘肃省岷县开展医疗帮扶。").is_empty());
    assert!(!triples("上海市第一人民医院与岷县签署合作框架协议。").is_empty());
}

#[test]
fn where_positions_decide_aid_flows_from_the_giving_side() {
    // The clause-initial place is the topic, not the giver.
    let got = triples(
        "聚焦定西市医疗短板，帮扶团队推动基础设施建设，2020年以来，上海市浦东新区共投入帮扶资金300万元。",
    );
    assert!(got.contains(&t("funding", "浦东新区", "定西市")), "{got:?}");
    assert!(!got.iter().any(|x| x.1 == "定西市"), "{got:?}");
    // Staff of the recipient going to the donor to study.
    let got = triples("定西市人民医院选派10名医生到上海市第一人民医院进修。");
    assert!(
        got.contains(&t("training", "上海市第一人民医院", "定西市人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "定西市人民医院"), "{got:?}");
    // Between two parties outside the giving provinces the order stands.
    let got = triples("定西市人民医院选派5名专家到岷县人民医院开展帮扶。");
    assert!(
        got.contains(&t("personnel", "定西市人民医院", "岷县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_pointing_word_stands_for_the_name_the_article_keeps_using() {
    let text = "浦东新区位于上海市东部。浦东新区卫生健康委负责全区卫生工作。2021年以来，我区对口帮扶甘肃省岷县。";
    let got = triples(text);
    assert_eq!(got, vec![t("pairing", "浦东新区", "岷县")]);
    let ex = extract(text, None);
    let pointer = ex.entities.iter().find(|e| e.text == "我区").unwrap();
    assert!(pointer.is_deictic());
    assert_eq!(pointer.name(), "浦东新区");
    // Nothing to point at: no entity, no record.
    let ex = extract("2021年以来，我区对口帮扶甘肃省岷县。", None);
    assert!(!ex.entities.iter().any(|e| e.is_deictic()), "{ex:?}");
    assert!(ex.records.is_empty());
    // `本区域` is not `本区`.
    let ex = extract("浦东新区医疗资源丰富，本区域内医院众多。", None);
    assert!(!ex.entities.iter().any(|e| e.is_deictic()), "{ex:?}");
    // `该院区`: the said campus
    let ex = extract(
        "湖滨医科大学附属医院青岚院区正式启用。该院区设置床位500张。",
        None,
    );
    let pointer = ex.entities.iter().find(|e| e.text == "该院区").unwrap();
    assert_eq!(pointer.name(), "湖滨医科大学附属医院青岚院区");
}

#[test]
fn a_leading_clause_of_purpose_or_basis_is_background() {
    let got =
        triples("为贯彻落实上海市对口帮扶工作要求，浦东新区人民医院选派5名专家进驻岷县人民医院。");
    assert_eq!(
        got,
        vec![t("personnel", "浦东新区人民医院", "岷县人民医院")]
    );
    // 为 before a party marks the recipient, not a purpose.
    let got = triples("为岷县人民医院捐赠救护车2辆，上海市第一人民医院投入资金50万元。");
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|x| x.2 == "岷县人民医院"), "{got:?}");
}

#[test]
fn an_aid_word_naming_a_meeting_is_its_topic() {
    let got = triples("市政府召开全市医联体建设推进会，岷县、漳县作交流发言。");
    assert!(got.is_empty(), "{got:?}");
    // The act announced at the meeting still counts.
    let got =
        triples("市政府召开对口帮扶工作推进会，会上上海市第一人民医院与岷县人民医院签署协议。");
    assert!(
        got.contains(&t("agreement", "上海市第一人民医院", "岷县人民医院")),
        "{got:?}"
    );
}

#[test]
fn pairs_of_pairs_hold_when_the_trigger_clause_names_a_grouping() {
    let got = triples(
        "岷县人民医院与上海市第一人民医院、漳县人民医院与江苏省人民医院建立合作关系，两所医院也纳入了长三角医联体。",
    );
    assert!(
        got.contains(&t("consortium", "上海市第一人民医院", "岷县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("consortium", "江苏省人民医院", "漳县人民医院")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|x| x.2 == "岷县人民医院" && x.1 != "上海市第一人民医院"),
        "{got:?}"
    );
}

#[test]
fn a_type_of_hospital_is_not_a_party() {
    let got = triples("定西市与上海市共同举办培训班，覆盖全市所有公立医院和县级医院。");
    assert!(
        !got.iter()
            .any(|x| x.2.contains("公立") || x.2.contains("县级")),
        "{got:?}"
    );
    let ex = extract("岷县县级医院和三级医院均参加。岷县人民医院参加。", None);
    let names: Vec<&str> = ex
        .entities
        .iter()
        .filter(|e| e.value.kind() == "institution")
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(names, vec!["岷县人民医院"]);
}

#[test]
fn a_short_form_is_the_same_body() {
    let got = triples(
        "区卫生健康委制定《2022年浦东新区卫生健康委对口帮扶工作方案》，确定区卫生健康委对口帮扶工作内容。",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_list_right_after_with_is_the_partner_side() {
    let got = triples(
        "上海市卫生健康委召开会议。我委5家医院牵头与江苏省、浙江省30家医院组建了8个专科联盟。",
    );
    assert!(!got.iter().any(|x| x.1 == "江苏省"), "{got:?}");
    assert!(
        got.contains(&t("consortium", "上海市卫生健康委", "江苏省"))
            || got.contains(&t("consortium", "上海市卫生健康委", "浙江省")),
        "{got:?}"
    );
}

#[test]
fn of_a_place_and_its_division_the_division_gives() {
    let got = triples("上海市浦东新区选派5名专家进驻岷县人民医院。");
    assert_eq!(got, vec![t("personnel", "浦东新区", "岷县人民医院")]);
}

#[test]
fn an_aid_word_after_a_verb_of_planning_is_a_topic() {
    let got = triples("浦东新区卫生健康委党委多次专题研究对口帮扶岷县医疗卫生工作。");
    assert!(got.is_empty(), "{got:?}");
    let got = triples("浦东新区卫生健康委对口帮扶岷县。");
    assert_eq!(got, vec![t("pairing", "浦东新区卫生健康委", "岷县")]);
    // a visit to look into the aid is no aid act either
    let got = triples("湘雅二医院院长张明带队赴龙山县人民医院调研帮扶工作。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn each_clause_whose_parties_pair_up_is_a_relation() {
    let got = triples(
        "即上海市第一人民医院与甘肃省岷县人民医院结对，江苏省人民医院与甘肃省漳县人民医院结对，浙江省人民医院与青海省玛多县人民医院结对。",
    );
    for (d, r) in [
        ("上海市第一人民医院", "甘肃省岷县人民医院"),
        ("江苏省人民医院", "甘肃省漳县人民医院"),
        ("浙江省人民医院", "青海省玛多县人民医院"),
    ] {
        assert!(got.contains(&t("pairing", d, r)), "{d} → {r}: {got:?}");
    }
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn an_institution_is_seated_in_the_most_specific_place_it_names() {
    let ex = extract("青海省玛多县人民医院", None);
    let inst = ex
        .entities
        .iter()
        .find_map(|e| match &e.value {
            bangfu_extract::EntityValue::Institution(i) => Some(i),
            _ => None,
        })
        .unwrap();
    // 玛多县 is 632626 in GB/T 2260, inside 青海省 (630000)
    assert_eq!(inst.code.as_deref(), Some("632626"));
}

#[test]
fn the_recipient_a_paragraph_points_at_is_its_last_named_one() {
    let text = "5月10日，上海市第一人民医院与岷县人民医院签署对口帮扶协议。在未来三年，上海市第一人民医院将派驻5名专家到受援医院工作；重点支持受援医院开展重点专科建设；免费接受受援医院的医务人员进修。";
    let got = triples(text);
    for kind in ["agreement", "personnel", "discipline", "training"] {
        assert!(
            got.contains(&t(kind, "上海市第一人民医院", "岷县人民医院")),
            "{kind}: {got:?}"
        );
    }
    // (the helped named so in other words too)
    let text = "上海市第一人民医院与岷县人民医院签署对口帮扶协议，上海市第一人民医院与漳县人民医院签署对口帮扶协议。上海市第一人民医院将派驻5名专家到被帮扶医院工作。";
    assert!(
        triples(text).contains(&t("personnel", "上海市第一人民医院", "漳县人民医院")),
        "{:?}",
        triples(text)
    );
    // …and so is the giver's own district or county, giving to it
    let text = "江苏省人民医院对口支援漳县人民医院，上海市浦东新区人民医院对口支援岷县人民医院。浦东新区将每年安排对口支援资金300万元，用于受援医院人才培养。";
    assert!(
        triples(text).contains(&t("funding", "浦东新区", "岷县人民医院")),
        "{:?}",
        triples(text)
    );
    // (not a province or city that only starts the giver's name)
    let text = "江苏省人民医院对口支援漳县人民医院，上海市第一人民医院对口支援岷县人民医院。上海市将每年安排对口支援资金300万元，用于受援医院人才培养。";
    assert!(
        !triples(text).iter().any(|x| x.0 == "funding"),
        "{:?}",
        triples(text)
    );
    // A pointer whose giver is not the last record's giver stays unresolved.
    let text = "江苏省人民医院与岷县人民医院结对，上海市第一人民医院与漳县人民医院结对。浙江省人民医院将派驻5名专家到受援医院工作。";
    let got = triples(text);
    assert!(!got.iter().any(|x| x.1 == "浙江省人民医院"), "{got:?}");
    // A new paragraph forgets the paragraph's acts but for the article's
    // last relation, whose giver is another here (and the article has no
    // main recipient).
    let text = "上海市第一人民医院与岷县人民医院签署对口帮扶协议，江苏省人民医院与漳县人民医院签署对口帮扶协议。\n上海市第一人民医院将派驻5名专家到受援医院工作。";
    let got = triples(text);
    assert!(!got.iter().any(|x| x.0 == "personnel"), "{got:?}");
}

#[test]
fn the_members_of_a_consortium_are_its_receivers_in_later_paragraphs() {
    let text = "9月5日，岷州市人民医院牵头，与宕昌县人民医院、礼县人民医院共同组建紧密型城市医疗集团。\n\
                根据方案，岷州市人民医院将向两家成员单位派驻管理团队，并投入帮扶资金900万元。";
    let got = triples(text);
    for kind in ["consortium", "personnel", "funding"] {
        for member in ["宕昌县人民医院", "礼县人民医院"] {
            assert!(
                got.contains(&t(kind, "岷州市人民医院", member)),
                "{kind} {member}: {got:?}"
            );
        }
    }
    // Another giver's act at "the members" is not theirs.
    let text = "9月5日，岷州市人民医院牵头，与宕昌县人民医院、礼县人民医院共同组建紧密型城市医疗集团。\n\
                兰州大学第一医院将向成员单位派驻管理团队。";
    let got = triples(text);
    assert!(!got.iter().any(|x| x.0 == "personnel"), "{got:?}");
}

#[test]
fn an_act_without_a_recipient_goes_to_the_article_s_main_recipient() {
    let text = "上海市第一人民医院对口帮扶岷县人民医院。上海市第一人民医院选派5名专家进驻岷县人民医院。\n在帮扶过程中，上海市第一人民医院健全人才培养机制，签订“师带徒”协议。";
    let got = triples(text);
    assert!(
        got.contains(&t("agreement", "上海市第一人民医院", "岷县人民医院")),
        "{got:?}"
    );
    // No main recipient (two named equally often): nothing is guessed.
    let text = "上海市第一人民医院选派5名专家进驻岷县人民医院。江苏省人民医院选派3名专家进驻漳县人民医院。\n在帮扶过程中，上海市第一人民医院签订“师带徒”协议。";
    let got = triples(text);
    assert!(!got.iter().any(|x| x.0 == "agreement"), "{got:?}");
    // A sentence that lists three acts at one body names it once, not
    // three times: here two bodies are named equally often.
    let text = "天津市第一人民医院选派专家进驻岷县人民医院，开展诊疗服务，实施新技术10项。天津市第一人民医院与漳县人民医院签署帮扶协议。\n下一步，天津市第一人民医院将继续开展“师带徒”培训。";
    let got = triples(text);
    assert!(!got.iter().any(|x| x.0 == "training"), "{got:?}");
}

#[test]
fn an_act_in_a_clause_that_names_no_body_goes_on_from_the_act_before() {
    let got = triples(
        "恩施州人民医院院长介绍，自2019年与湖北省人民医院建立合作关系以来，湖北省人民医院专家累计在该院完成手术600余台，培训医护人员1500人次。",
    );
    assert!(
        got.contains(&t("clinical_service", "湖北省人民医院", "恩施州人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("training", "湖北省人民医院", "恩施州人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_party_after_other_words_is_an_object_not_a_second_subject() {
    let got = triples(
        "上海市浦东新区著眼提升岷县人民医院管理水平，先后选派48名专家，分赴漳县人民医院开展医疗帮扶。",
    );
    assert!(!got.iter().any(|x| x.1 == "岷县人民医院"), "{got:?}");
    assert!(
        got.contains(&t("personnel", "浦东新区", "漳县人民医院")),
        "{got:?}"
    );
    // Dates between coordinated subjects keep them one list.
    let got =
        triples("3月5日上海市第一人民医院，3月8日江苏省人民医院先后选派专家进驻岷县人民医院。");
    assert!(
        got.contains(&t("personnel", "江苏省人民医院", "岷县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_province_s_authority_and_a_government_inside_it_is_administration() {
    let got = triples("定西市政府与甘肃省卫生健康委、上海市卫生健康委签订医疗合作框架协议。");
    assert!(
        got.contains(&t("agreement", "上海市卫生健康委", "定西市政府")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "甘肃省卫生健康委"), "{got:?}");
    // A province's hospital helping a county hospital in it is aid.
    let got = triples("甘肃省人民医院与岷县人民医院签订对口帮扶协议。");
    assert_eq!(got, vec![t("agreement", "甘肃省人民医院", "岷县人民医院")]);
}

#[test]
fn a_county_s_hospital_aids_its_townships_health_centres_but_its_authority_administers() {
    // The county tier of aid: a county hospital and a township's health
    // centre share the county's seat and are still two sides.
    let got = triples("11月5日，平陆县人民医院组织专家到平陆县杜马乡卫生院开展义诊。");
    assert_eq!(
        got,
        vec![t(
            "clinical_service",
            "平陆县人民医院",
            "平陆县杜马乡卫生院"
        )]
    );
    // Two hospitals of one county, or its authority and its hospital, are
    // administration.
    assert!(triples("平陆县人民医院与平陆县中医医院签订协议。").is_empty());
    assert!(triples("平陆县卫健委向平陆县人民医院拨付资金50万元。").is_empty());
}

#[test]
fn what_two_sides_build_together_is_the_recipient() {
    let got = triples("岷县人民政府与上海交通大学医学院深化合作共建岷县第二人民医院。");
    assert_eq!(
        got,
        vec![t("pairing", "上海交通大学医学院", "岷县第二人民医院")]
    );
}

#[test]
fn an_alliance_is_a_consortium() {
    let got = triples("岷县人民医院与上海市第一人民医院组建胸痛联盟。");
    assert_eq!(
        got,
        vec![t("consortium", "上海市第一人民医院", "岷县人民医院")]
    );
}

#[test]
fn a_named_operation_is_clinical_service() {
    let got = triples("上海市第一人民医院专家与岷县人民医院团队联手，完成首例前列腺癌根治术。");
    assert!(
        got.contains(&t("clinical_service", "上海市第一人民医院", "岷县人民医院")),
        "{got:?}"
    );
}

#[test]
fn the_said_hospital_is_the_one_named_last_before() {
    let text = "岷县人民医院是一家二级综合医院。上海市第一人民医院选派5名专家进驻该院。";
    let got = triples(text);
    assert_eq!(
        got,
        vec![t("personnel", "上海市第一人民医院", "岷县人民医院")]
    );
}

#[test]
fn a_pairing_in_its_own_clause_stands_beside_a_specific_act() {
    let got =
        triples("岷县人民医院与上海市第一人民医院合作更加紧密，与江苏省人民医院建立了医联体。");
    assert!(
        got.contains(&t("pairing", "上海市第一人民医院", "岷县人民医院")),
        "{got:?}"
    );
    assert!(got.iter().any(|x| x.0 == "consortium"), "{got:?}");
    // The specific act takes its parties from the pairing clause: no pairing.
    let got = triples("岷县人民医院与上海市第一人民医院建立合作关系，两所医院也纳入了医联体。");
    assert_eq!(
        got,
        vec![t("consortium", "上海市第一人民医院", "岷县人民医院")]
    );
    // A total of what the relation has done since is no act that takes the
    // pairing's place: both stand.
    let got = triples(
        "上海市第一人民医院与岷县人民医院自2019年起建立对口帮扶关系，五年来累计派出专家80余人次。",
    );
    assert!(
        got.contains(&t("pairing", "上海市第一人民医院", "岷县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("personnel", "上海市第一人民医院", "岷县人民医院")),
        "{got:?}"
    );
    // So does a pairing told with its giver before its word and its
    // receiver after it, beside the acts of later clauses — which take
    // their parties from it where they open with where help goes.
    let got = triples(
        "上海市第一人民医院自2019年起对口帮扶岷县人民医院，先后派驻专家56人次，帮助该院心内科成为甘肃省重点专科。",
    );
    for kind in ["pairing", "personnel", "discipline"] {
        assert!(
            got.contains(&t(kind, "上海市第一人民医院", "岷县人民医院")),
            "{kind}: {got:?}"
        );
    }
}

#[test]
fn a_sentence_naming_no_party_continues_the_paragraph_s_act() {
    let text = "上海市第一人民医院派出10名专家在岷县人民医院开展义诊。义诊后，专家们分别开展了手术示教、学科建设讨论和技术讲座。";
    let got = triples(text);
    for kind in ["training", "discipline"] {
        assert!(
            got.contains(&t(kind, "上海市第一人民医院", "岷县人民医院")),
            "{kind}: {got:?}"
        );
    }
    // nor across paragraphs once a sentence names a party of its own
    let text = "上海市第一人民医院派出10名专家在岷县人民医院开展义诊。\n岷县卫生健康局组织召开座谈会。专家们开展了手术示教。";
    assert!(
        !triples(text).iter().any(|x| x.0 == "training"),
        "{:?}",
        triples(text)
    );
}

#[test]
fn funding_states_a_sum() {
    let got = triples("上海市浦东新区加大资金投入，帮扶岷县人民医院改善条件。");
    assert!(!got.iter().any(|x| x.0 == "funding"), "{got:?}");
    let got = triples("上海市浦东新区投入帮扶资金300万元，支持岷县人民医院建设。");
    assert!(got.iter().any(|x| x.0 == "funding"), "{got:?}");
}

#[test]
fn a_clause_opening_with_yu_relates_the_subject_of_the_clause_before() {
    let got = triples("廊坊市人民医院与上海安定医院合作更加紧密，与上海胸科医院建立了医联体。");
    assert!(
        got.contains(&t("consortium", "上海胸科医院", "廊坊市人民医院")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|x| x.0 == "consortium" && x.1 == "上海安定医院"),
        "{got:?}"
    );
}

#[test]
fn a_place_before_the_trigger_names_the_kind_not_a_side() {
    let got = triples("威县人民医院与上海胸科医院建立了长三角医联体。");
    assert_eq!(got, vec![t("consortium", "上海胸科医院", "威县人民医院")]);
}

#[test]
fn a_coordinated_list_before_a_mutual_trigger_has_the_last_as_one_side() {
    let got = triples("加强上海市第一人民医院、上海市眼科医院和威县人民医院等医联体建设。");
    assert!(
        got.contains(&t("consortium", "上海市第一人民医院", "威县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("consortium", "上海市眼科医院", "威县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_co_signer_that_administers_the_other_side_is_not_a_donor() {
    let got = triples(
        "2024年3月1日，上海市卫生健康委、河北省卫生健康委和威县人民政府联合签署了合作协议。",
    );
    assert_eq!(
        got,
        vec![t("agreement", "上海市卫生健康委", "威县人民政府")]
    );
}

#[test]
fn an_address_of_two_places_is_its_smaller_place() {
    // the county keeps its old code under the new area; the text is an address
    let got = triples("上海市卫生健康委对口帮扶雄安新区容城县医疗卫生事业。");
    assert_eq!(got, vec![t("pairing", "上海市卫生健康委", "容城县")]);
}

#[test]
fn an_object_of_a_completed_verb_is_not_carried_as_a_subject() {
    // 完成了X建设: X is where the work was done; the next sentence's act
    // still comes from the paragraph's donor
    let got = triples(
        "上海市徐汇区共落实东西部协作资金500万元，帮扶威县；完成了县中医院门诊楼建设；改造提升了县人民医院病房。",
    );
    assert!(!got.iter().any(|x| x.1 == "县中医院"), "{got:?}");
}

#[test]
fn a_headline_and_the_body_that_dates_it_are_one_act_but_two_sums_are_two() {
    let text = "上海市第一人民医院与威县人民医院签署对口帮扶协议\n2023年3月6日，上海市第一人民医院与威县人民医院签署对口帮扶协议。";
    let Extraction { entities, records } = extract(text, Some((2023, 5, 1)));
    assert_eq!(records.len(), 1, "{records:?}");
    let r = &records[0];
    assert_eq!(r.evidence.len(), 2);
    assert_eq!(
        r.date.map(|d| entities[d].text.as_str()),
        Some("2023年3月6日")
    );
    let text = "上海市徐汇区向威县捐赠医疗设备，价值100万元。上海市徐汇区向威县捐赠医疗设备，价值200万元。";
    let Extraction { records, .. } = extract(text, Some((2023, 5, 1)));
    assert_eq!(
        records.iter().filter(|r| r.amount.is_some()).count(),
        2,
        "{records:?}"
    );
    // (one sum written exactly in the headline and about in the body is
    // the same sum)
    let text = "上海市徐汇区向威县人民医院捐赠价值100万元的医疗设备\n\
                5日，上海市徐汇区向威县人民医院捐赠CT机1台，价值约100万元。";
    let Extraction { records, .. } = extract(text, Some((2023, 5, 1)));
    assert_eq!(records.len(), 1, "{records:?}");
}

#[test]
fn a_medical_consortium_led_by_a_hospital_takes_its_members() {
    let got = triples(
        "广东省人民医院牵头组建的医疗联合体正式成立，成员单位包括广西百色市人民医院等15家医院。",
    );
    assert_eq!(
        got,
        vec![t("consortium", "广东省人民医院", "广西百色市人民医院")]
    );
    // and Xinjiang's prefectures go by their conventional short forms
    let got = triples("江苏省人民医院派出12名专家赴新疆克州人民医院开展组团式帮扶。");
    assert_eq!(
        got,
        vec![t("personnel", "江苏省人民医院", "新疆克州人民医院")]
    );
}

#[test]
fn the_object_of_an_aid_word_receives_what_follows() {
    // A托管B以来，已派出…: B is where the staff went
    let got = triples("四川大学华西医院托管凉山州人民医院以来，已派出管理和技术骨干80余人次。");
    assert_eq!(
        got,
        vec![t("personnel", "四川大学华西医院", "凉山州人民医院")]
    );
    // an object of a completed verb alone is not
    let got = triples("威县人民医院牵头创建了胸痛中心，成功实施手术20余例。");
    assert!(!got.iter().any(|x| x.2 == "胸痛中心"), "{got:?}");
}

#[test]
fn the_subject_before_you_receives_what_the_agent_after_it_does() {
    let got = triples("威县人民医院新院区于2022年1月运行，由上海市第一人民医院派驻专家团队管理。");
    assert!(
        got.contains(&t("personnel", "上海市第一人民医院", "威县人民医院新院区")),
        "{got:?}"
    );
}

#[test]
fn the_said_hospital_in_its_own_sentence_is_the_one_after_the_subject() {
    let got = triples(
        "邢台市人民医院帮助临城县人民医院建立重症医学科，并接收该院6名医生到邢台进修学习。",
    );
    assert_eq!(got, vec![t("training", "邢台市人民医院", "临城县人民医院")]);
}

#[test]
fn those_who_go_to_learn_are_trained_by_the_party_they_go_to() {
    // sent to learn: a training record the other way round, not personnel
    let got = triples("临城县人民医院选派8名医生到邢台市人民医院进修。");
    assert_eq!(got, vec![t("training", "邢台市人民医院", "临城县人民医院")]);
    let got = triples("平乡县医生赴天津市第一中心医院跟岗学习。");
    assert_eq!(got, vec![t("training", "天津市第一中心医院", "平乡县")]);
    // all of a list they come from receive, and the subject before the
    // list organises for the host
    let got = triples("天津市卫生健康委组织平乡县、临城县医务人员120人次赴天津进修学习。");
    assert_eq!(
        got,
        [
            t("training", "天津市卫生健康委", "临城县"),
            t("training", "天津市卫生健康委", "平乡县"),
        ]
    );
    // experts who go to a hospital to teach there are sent, and it receives
    let got = triples("邢台市人民医院选派专家到临城县人民医院开展培训。");
    assert!(
        got.contains(&t("personnel", "邢台市人民医院", "临城县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("training", "邢台市人民医院", "临城县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_leading_site_is_where_the_act_happens() {
    let got = triples("在临城县人民医院，邢台市人民医院专家团队开展义诊活动3次，完成手术45台。");
    assert_eq!(
        got,
        vec![t("clinical_service", "邢台市人民医院", "临城县人民医院")]
    );
    // `在A的帮助下` is no site: A helps
    let got = triples("在邢台市人民医院的帮助下，临城县人民医院开展了首例介入手术。");
    assert!(
        !got.iter()
            .any(|x| x.1 == "临城县人民医院" && x.2 == "邢台市人民医院"),
        "{got:?}"
    );
}

#[test]
fn things_given_by_any_verb_of_giving_are_equipment() {
    for text in [
        "邢台市人民医院把价值200万元的CT设备捐给了临城县人民医院。",
        "6月1日，邢台市人民医院向临城县人民医院赠送了一批医疗物资。",
        "6月1日，邢台市人民医院向临城县人民医院赠予呼吸机5台。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("equipment", "邢台市人民医院", "临城县人民医院")],
            "{text}"
        );
    }
}

#[test]
fn people_a_body_welcomes_were_sent_to_it() {
    for text in [
        "6月5日，临城县人民医院迎来了邢台市人民医院的5名专家。",
        "6月5日，临城县人民医院迎来了5名来自邢台市人民医院的专家。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("personnel", "邢台市人民医院", "临城县人民医院")],
            "{text}"
        );
    }
    // a welcome of no people counted is no sending
    assert!(triples("临城县人民医院迎来建院60周年，邢台市人民医院发来贺信。").is_empty());
    // (nor one with people counted in a later clause)
    let got = triples("临城县人民医院迎来建院60周年，邢台市人民医院的30名代表出席庆祝大会。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_leading_topic_is_where_the_act_goes() {
    // `对于B，A…`, `针对B的需求，A…`: B is what the sentence is about
    for text in [
        "对于临城县人民医院，邢台市人民医院给予了大力支持，捐赠了价值100万元的设备。",
        "针对临城县人民医院的需求，邢台市人民医院捐赠了价值100万元的设备。",
        "针对临城县人民医院需求，邢台市人民医院捐赠了价值100万元的设备。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("equipment", "邢台市人民医院", "临城县人民医院")],
            "{text}"
        );
    }
}

#[test]
fn helpers_with_no_party_after_them_help_the_article_s_receiver() {
    // `在A专家的帮助下，医院…`: A gives to the hospital the article is
    // about, and is not the one helped.
    let got = triples(
        "邢台市人民医院对口帮扶临城县人民医院。在邢台专家的帮助下，医院骨科完成手术300台。",
    );
    assert!(
        got.contains(&t("clinical_service", "邢台", "临城县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.2 == "邢台"), "{got:?}");
}

#[test]
fn bodies_acting_together_are_one_list_of_givers() {
    // `A联同B…`, `A携手B…`
    for joined in ["联同", "携手"] {
        let got = triples(&format!(
            "北京协和医院{joined}北京大学第一医院在岷县人民医院举办心脏介入技术培训班。"
        ));
        for giver in ["北京协和医院", "北京大学第一医院"] {
            assert!(
                got.contains(&t("training", giver, "岷县人民医院")),
                "{joined} {giver}: {got:?}"
            );
        }
    }
}

#[test]
fn a_centre_for_remote_care_is_a_facility_not_care_given() {
    let got = triples("北京协和医院出资500万元，资助岷县人民医院建设远程医疗中心。");
    assert!(got.iter().any(|x| x.0 == "funding"), "{got:?}");
    assert!(!got.iter().any(|x| x.0 == "clinical_service"), "{got:?}");
}

#[test]
fn measures_and_documents_of_care_are_no_acts() {
    // A hospital's volume of work is a measure, not an act…
    let got = triples(
        "邢台市人民医院对口帮扶临城县人民医院。在邢台专家的帮助下，医院骨科年手术量增长了四成。",
    );
    assert_eq!(got, vec![t("pairing", "邢台市人民医院", "临城县人民医院")]);
    // …and its written rules of care are documents, not care given.
    let got =
        triples("邢台市人民医院选派专家刘敏到临城县人民医院挂职。一年来，她制定了15项诊疗规范。");
    assert_eq!(
        got,
        vec![t("personnel", "邢台市人民医院", "临城县人民医院")]
    );
}

#[test]
fn each_act_takes_the_sum_of_its_own_clause() {
    let Extraction { entities, records } = extract(
        "苏州市立医院向泗县人民医院捐赠价值300万元的CT设备一台，并投入帮扶资金150万元用于急诊科改造。",
        Some((2024, 6, 1)),
    );
    let sum = |kind: &str| {
        let r = records.iter().find(|r| r.kind.as_str() == kind).unwrap();
        entities[r.amount.unwrap()].text.clone()
    };
    assert_eq!(sum("equipment"), "300万元");
    assert_eq!(sum("funding"), "150万元");
    // and a city's 市立医院 is one name
    assert_eq!(entities[records[0].donors[0].entity].text, "苏州市立医院");
}

#[test]
fn donors_dated_one_by_one_act_on_their_own_dates() {
    let Extraction { entities, records } = extract(
        "2023年3月2日邢台市人民医院，4月5日邢台市中医院分别启动了对临城县人民医院的帮扶工作。",
        Some((2024, 6, 1)),
    );
    let mut got: Vec<(String, String)> = records
        .iter()
        .map(|r| {
            (
                entities[r.donors[0].entity].text.clone(),
                r.date
                    .map(|d| match &entities[d].value {
                        bangfu_extract::EntityValue::Date(v) => v.value.clone(),
                        _ => unreachable!(),
                    })
                    .unwrap_or_default(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("邢台市中医院".to_string(), "2023-04-05".to_string()),
            ("邢台市人民医院".to_string(), "2023-03-02".to_string())
        ]
    );
}

#[test]
fn both_sides_are_the_two_parties_of_the_paragraph_s_last_act() {
    let got = triples(
        "苏州市立医院向泗县人民医院捐赠CT设备一台。双方还签订了《远程医疗合作协议》，苏州专家每月为当地患者会诊。",
    );
    assert!(
        got.contains(&t("agreement", "苏州市立医院", "泗县人民医院")),
        "{got:?}"
    );
    // a new paragraph opening with 双方 goes on with the last one's sides
    let got = triples("苏州市立医院向泗县人民医院捐赠CT设备一台。\n双方还签订了合作协议。");
    assert!(
        got.contains(&t("agreement", "苏州市立医院", "泗县人民医院")),
        "{got:?}"
    );
    // but not past a paragraph that names parties of its own
    let got = triples(
        "苏州市立医院向泗县人民医院捐赠CT设备一台。\n泗县县委书记出席仪式。\n双方还签订了合作协议。",
    );
    assert!(!got.iter().any(|x| x.0 == "agreement"), "{got:?}");
    // the relation the two entered, beside a total of what it has done
    // since, in a frame of time or not
    for tail in [
        "两院自2021年建立对口帮扶关系以来，已累计派出专家46人次。",
        "据悉，两院自2021年建立对口帮扶关系以来，湖滨市第一人民医院已累计派出专家46人次。",
        "两院于2021年建立对口帮扶关系，三年来累计派出专家46人次。",
    ] {
        let got = triples(&format!(
            "近日，湖滨市第一人民医院派出8名专家赴青岚县人民医院开展义诊。{tail}"
        ));
        assert!(
            got.contains(&t("pairing", "湖滨市第一人民医院", "青岚县人民医院")),
            "{tail} {got:?}"
        );
    }
}

#[test]
fn a_medical_team_sent_to_a_region_is_personnel() {
    let got = triples("8月12日，第十批江苏省援疆医疗队抵达伊宁市，开启为期一年半的援疆工作。");
    assert_eq!(got, vec![t("personnel", "江苏省", "伊宁市")]);
}

#[test]
fn we_are_the_body_that_signs() {
    // 我院 is the signing hospital, though the partner is named as often
    let text = "二〇二二年九月，我院与甘孜州泸定县人民医院签订对口支援协议。\n\
                截至今年6月底，派驻专家累计开展手术218台次。\n\
                四川省人民医院办公室\n\
                2023年7月5日";
    let got = triples(text);
    assert!(
        got.contains(&t("agreement", "四川省人民医院", "甘孜州泸定县人民医院")),
        "{got:?}"
    );
}

#[test]
fn centres_and_specialties_built_up_are_discipline() {
    let got =
        triples("自2018年起，华山医院帮助大理州人民医院创建国家级胸痛中心，新增二级学科4个。");
    assert!(
        got.contains(&t("discipline", "华山医院", "大理州人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_city_does_not_aid_its_own_district() {
    let got = triples(
        "自2021年与福州市鼓楼区建立结对帮扶关系以来，鼓楼区累计选派医疗专家46人次来我县开展帮扶。",
    );
    assert!(
        !got.iter().any(|x| x.1 == "福州市" && x.2 == "鼓楼区"),
        "{got:?}"
    );
}

#[test]
fn every_arrow_of_a_list_is_a_pair() {
    let got = triples(
        "明确了2024—2026年结对帮扶关系：市第一人民医院→永和县人民医院，市中心医院→大宁县人民医院，市中医医院→吉县中医院。",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "市中医医院", "吉县中医院"),
            t("pairing", "市中心医院", "大宁县人民医院"),
            t("pairing", "市第一人民医院", "永和县人民医院"),
        ]
    );
    // what the help covers is no act of its own
    let got = triples(
        "帮扶关系为太原市―→永和县，大同市―→大宁县。帮扶对象范围包括两县所有县直医疗卫生机构。",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // the parties listed with a receiver are the giver's too — but not one
    // that gives in a pair of its own
    let got = triples(
        "现将对口支援关系公布如下：\n1.南阳市中心医院——淅川县人民医院\n2.南阳市第二人民医院——内乡县人民医院、镇平县人民医院",
    );
    assert!(
        got.contains(&t("pairing", "南阳市第二人民医院", "镇平县人民医院")),
        "{got:?}"
    );
    let got = triples("帮扶关系为：市第一人民医院→永和县人民医院、市中心医院→大宁县人民医院。");
    assert_eq!(
        got,
        vec![
            t("pairing", "市中心医院", "大宁县人民医院"),
            t("pairing", "市第一人民医院", "永和县人民医院"),
        ]
    );
}

#[test]
fn the_helped_receive_from_the_helper_or_the_article_s_donor() {
    let got = triples("在山东省立医院的支持下，巫山县人民医院创建市级临床重点专科2个。");
    assert_eq!(got, vec![t("discipline", "山东省立医院", "巫山县人民医院")]);
    // no helper named: the article's main donor
    let got = triples(
        "山东省立医院选派专家到巫山县人民医院坐诊。\n在专家团队帮助下，巫山县人民医院新开展新技术58项。",
    );
    assert!(
        got.contains(&t("discipline", "山东省立医院", "巫山县人民医院")),
        "{got:?}"
    );
    // without the helped phrase a hospital acting on its own gives nothing
    let got =
        triples("山东省立医院选派专家到巫山县人民医院坐诊。\n巫山县人民医院新开展新技术58项。");
    assert!(!got.iter().any(|x| x.0 == "discipline"), "{got:?}");
}

#[test]
fn a_body_of_a_regional_grouping_is_not_aided_by_its_members() {
    let got = triples("以北京、天津各区和河北各地市为单位，组建京津冀医养结合联盟。");
    assert!(!got.iter().any(|x| x.2.starts_with("京津冀")), "{got:?}");
}

#[test]
fn foundations_and_charities_give() {
    let got = triples("中国红十字基金会向定西市人民医院捐赠救护车5辆，价值约150万元。");
    assert_eq!(
        got,
        vec![t("equipment", "中国红十字基金会", "定西市人民医院")]
    );
    let got = triples("浙江省慈善联合总会出资300万元，为景宁畲族自治县人民医院购置设备。");
    assert!(
        got.contains(&t(
            "funding",
            "浙江省慈善联合总会",
            "景宁畲族自治县人民医院"
        )),
        "{got:?}"
    );
}

#[test]
fn the_source_a_reporter_heard_from_is_not_a_party() {
    let got = triples(
        "记者从甘南州卫生健康委获悉，2022年以来，苏州市卫生健康委员会累计选派30名医疗骨干赴合作市人民医院开展帮扶。",
    );
    assert!(
        got.contains(&t("personnel", "苏州市卫生健康委员会", "合作市人民医院")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|x| x.1 != "甘南州卫生健康委" && x.2 != "甘南州卫生健康委"),
        "{got:?}"
    );
}

#[test]
fn a_department_starts_after_the_act_before_it() {
    let Extraction { records, .. } = extract(
        "根据协议，滨海市中心医院将派驻心血管内科、普外科、麻醉科等3个科室的5名专家常驻东岭县医院。",
        Some((2024, 6, 1)),
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "personnel")
        .expect("a personnel record");
    assert_eq!(r.departments, vec!["心血管内科", "普外科", "麻醉科"]);
}

#[test]
fn a_department_is_the_longest_known_name_ending_at_its_ke() {
    // not the verb before it, and a listed name needs no separator after
    let Extraction { records, .. } = extract(
        "滨海市中心医院将选派专家到东岭县医院，重点加强心内科、神经内科、重症医学科建设。",
        Some((2024, 6, 1)),
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "personnel")
        .expect("a personnel record");
    assert_eq!(r.departments, vec!["心内科", "神经内科", "重症医学科"]);
    // a hospital named after its speciality is no department
    let Extraction { records, .. } = extract(
        "滨海市眼科医院选派专家到东岭县医院坐诊。",
        Some((2024, 6, 1)),
    );
    assert!(
        records.iter().all(|r| r.departments.is_empty()),
        "{records:?}"
    );
}

#[test]
fn a_status_word_inside_a_name_says_nothing_of_the_act() {
    // 将 of 将台堡镇 is no 将 of the future; 今年以来 makes a running total
    let Extraction { records, .. } = extract(
        "今年以来，滨海市中心医院在西吉县将台堡镇卫生院开展义诊5次。",
        Some((2024, 6, 1)),
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "clinical_service")
        .expect("a clinical_service record");
    assert_eq!(r.status, bangfu_extract::Status::Cumulative);
}

#[test]
fn a_signing_is_an_agreement() {
    let got = triples("福建省立医院与西吉县人民医院“组团式”帮扶签约仪式在西吉县举行。");
    assert!(
        got.contains(&t("agreement", "福建省立医院", "西吉县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_treatment_centre_built_together_is_a_discipline() {
    let got = triples("滨海市中心医院与东岭县医院将共建心血管病诊疗中心。");
    assert!(got.iter().all(|x| x.0 != "clinical_service"), "{got:?}");
    assert!(got.iter().any(|x| x.0 == "discipline"), "{got:?}");
    // a centre of a discipline newly built is the discipline, no building
    assert_eq!(
        triples("湖滨市中心医院帮助青岚县人民医院新建卒中中心、胸痛中心。"),
        vec![t("discipline", "湖滨市中心医院", "青岚县人民医院")]
    );
}

#[test]
fn a_specialty_s_workstation_set_up_at_a_hospital_is_a_discipline() {
    for text in [
        "湖滨市中心医院在青岚县人民医院设立神经外科工作站。",
        "湖滨市中心医院在青岚县人民医院设立专家工作室。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("discipline", "湖滨市中心医院", "青岚县人民医院")],
            "{text}"
        );
    }
    // a station for remote consultations is the care it gives
    assert_eq!(
        triples("湖滨市中心医院在青岚县人民医院建立远程会诊工作站。"),
        vec![t("clinical_service", "湖滨市中心医院", "青岚县人民医院")]
    );
}

#[test]
fn a_marker_in_the_trigger_s_own_clause_names_its_recipient() {
    let got = triples("滨海市医院管理局代表团抵达黔南州，向黔南州第二人民医院捐赠医疗设备一批。");
    assert_eq!(
        got,
        vec![t("equipment", "滨海市医院管理局", "黔南州第二人民医院")]
    );
}

#[test]
fn the_said_hospital_is_the_topic_of_the_sentence_before() {
    let got = triples(
        "宁远县人民医院自2021年起接受湘南学院附属医院对口帮扶。在湘南学院附属医院的支持下，该院成功创建胸痛中心。",
    );
    assert!(
        got.contains(&t("discipline", "湘南学院附属医院", "宁远县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_list_an_act_opens_gives_one_record_per_linked_pair() {
    let got = triples(
        "2024年度对口帮扶关系如下：\n1.滨海市第一人民医院——黔南州人民医院；\n2.滨海市中医医院—黔东南州中医医院。\n各医院要按时派驻人员。",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "滨海市中医医院", "黔东南州中医医院"),
            t("pairing", "滨海市第一人民医院", "黔南州人民医院"),
        ]
    );
    // the items share the opening sentence's date
    let Extraction { entities, records } = extract(
        "2024年度对口帮扶关系如下：\n1.滨海市第一人民医院——黔南州人民医院；",
        Some((2024, 6, 1)),
    );
    assert_eq!(records.len(), 1);
    let date = records[0].date.expect("a date");
    assert_eq!(entities[date].text, "2024年");
    // a list no act opened is a list of names
    let got = triples("参会单位如下：\n1.滨海市第一人民医院——黔南州人民医院；");
    assert!(got.is_empty(), "{got:?}");
    // a numbered heading on a line of its own opens a list as a colon does
    let got = triples(
        "现将有关工作通知如下：\n\n一、支援关系\n1.滨海市第一人民医院——黔南州人民医院\n2.滨海市中医医院——黔东南州中医医院\n\n二、工作要求\n",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "滨海市中医医院", "黔东南州中医医院"),
            t("pairing", "滨海市第一人民医院", "黔南州人民医院"),
        ]
    );
    // but not a heading that runs on into a sentence
    let got = triples("一、支援关系稳定，滨海市第一人民医院——黔南州人民医院\n");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_paragraph_naming_no_party_goes_on_with_the_last_paragraph_s_act() {
    let got = triples(
        "7月2日至6日，江宁省人民医院巡回医疗队一行12人来到石楼县，在县人民医院开展巡回医疗。\n\
         活动期间，专家共接诊患者600余人次，培训乡村医生80余人。",
    );
    assert!(
        got.contains(&t("clinical_service", "江宁省人民医院", "石楼县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("training", "江宁省人民医院", "石楼县人民医院")),
        "{got:?}"
    );
    // A paragraph that counts bodies of its own before its act names new
    // givers, if not by name: it does not go on with the last act.
    let got = triples(
        "石楼县依托江宁医科大学对乡村医生开展培训。\n\
         全市9所市属医院对基层开展帮扶，共下沉专业技术人才300余人。",
    );
    assert_eq!(got, vec![t("training", "江宁医科大学", "石楼县")]);
    // Nor does a paragraph whose first sentence names a party.
    let got = triples(
        "江宁省人民医院医疗队来到石楼县开展义诊。\n\
         衡阳市卫生健康委员会表示，将培训乡村医生80余人。",
    );
    assert!(!got.iter().any(|x| x.0 == "training"), "{got:?}");
}

#[test]
fn a_team_doing_another_act_is_its_subject_not_a_sending() {
    // `医疗队专家共接诊`: the team does what it came for; no second sending
    // with the trainees' head count
    let extraction = extract(
        "江宁省人民医院向石楼县派出医疗队。医疗队专家共接诊患者600余人次，培训乡村医生80余人。",
        Some((2024, 6, 1)),
    );
    let personnel: Vec<_> = extraction
        .records
        .iter()
        .filter(|r| r.kind.as_str() == "personnel")
        .collect();
    assert_eq!(personnel.len(), 1, "{:?}", extraction.records);
    assert!(personnel[0].persons.is_none());
    // so in a later clause of its sentence
    assert_eq!(
        triples("江宁省人民医院医疗队联合石楼县人民医院，在石楼县开展义诊活动。"),
        vec![t("clinical_service", "江宁省人民医院", "石楼县")]
    );
    // a team the clause takes somewhere is sent
    assert!(
        triples("江宁省人民医院医疗队赴石楼县开展义诊。").contains(&t(
            "personnel",
            "江宁省人民医院",
            "石楼县"
        ))
    );
}

#[test]
fn a_level_of_care_is_not_care_given() {
    let got = triples("江宁省人民医院帮扶石楼县人民医院，提升了县级医院的诊疗水平和手术能力。");
    assert!(!got.iter().any(|x| x.0 == "clinical_service"), "{got:?}");
    let got = triples("江宁省人民医院专家在石楼县人民医院开展手术20台。");
    assert!(
        got.contains(&t("clinical_service", "江宁省人民医院", "石楼县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_news_outlet_telling_the_story_is_not_a_party() {
    for text in [
        "江宁日报讯 近日，记者在石楼县人民医院看到，衡阳市派出的医疗队正在开展义诊。",
        "新华社衡阳6月3日电 衡阳市向石楼县人民医院派出医疗队开展义诊。",
        "据江宁日报报道，衡阳市向石楼县人民医院派出医疗队开展义诊。",
    ] {
        let got = triples(text);
        assert!(!got.is_empty(), "{text}");
        assert!(
            !got.iter().any(|x| x.1.contains("日报")
                || x.2.contains("日报")
                || x.1.contains("新华社")
                || x.2.contains("新华社")),
            "{text}: {got:?}"
        );
        // the site the reporter saw it at (`记者在B看到，`) is where help went
        assert!(
            got.contains(&t("clinical_service", "衡阳市", "石楼县人民医院")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_giver_written_as_an_address_is_its_most_specific_place() {
    let got = triples("由江苏省泰州市派出的医疗队在石楼县人民医院开展义诊。");
    assert!(
        got.contains(&t("clinical_service", "泰州市", "石楼县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "江苏省"), "{got:?}");
    let got = triples("从江苏省泰州市选派20名专家进驻石楼县人民医院。");
    assert!(
        got.contains(&t("personnel", "泰州市", "石楼县人民医院")),
        "{got:?}"
    );
}

#[test]
fn people_counted_arriving_were_sent() {
    let got =
        triples("8月3日，来自衡阳市第一人民医院的20名医护人员抵达石楼县，开始为期半年的帮扶工作。");
    assert_eq!(got, vec![t("personnel", "衡阳市第一人民医院", "石楼县")]);
    // arriving with no one counted, or outside health care, is no sending
    assert!(triples("衡阳市第一人民医院领导抵达石楼县调研。").is_empty());
    assert!(triples("衡阳市的200名游客抵达石楼县旅游。").is_empty());
}

#[test]
fn a_leading_frame_of_time_or_attribution_is_background() {
    // the aid word of `自…以来，` frames the time; the act follows
    let got = triples(
        "据悉，自2016年实施“组团式”援疆以来，衡阳市累计选派医疗专家150名，支援石楼县人民医院。",
    );
    assert!(
        got.contains(&t("personnel", "衡阳市", "石楼县人民医院")),
        "{got:?}"
    );
    // a frame that names a body is part of the act
    let got = triples("自衡阳市第一人民医院对口帮扶石楼县人民医院以来，该院门诊量增长三成。");
    assert!(
        got.contains(&t("pairing", "衡阳市第一人民医院", "石楼县人民医院")),
        "{got:?}"
    );
}

#[test]
fn any_body_opening_a_paragraph_as_its_source_is_not_a_party() {
    let got = triples(
        "湖南省卫生健康委员会消息 7月16日，衡阳市“组团式”援疆医疗队一行24人启程赴石楼县人民医院。",
    );
    assert!(
        !got.iter().any(|x| x.1.contains("卫生健康委员会")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("personnel", "衡阳市", "石楼县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_giver_of_unknown_seat_is_not_turned_round_by_the_other_s_province() {
    // 开化县 is in a donor province (Zhejiang); a hospital known only by its
    // short name has no seat, so the order written stands
    let got = triples("浙大一院将定期派出专家到开化县人民医院坐诊。");
    assert_eq!(got, vec![t("personnel", "浙大一院", "开化县人民医院")]);
    // with both seats known, the party of a donor province still gives
    let got = triples("石楼县医生到上海市第一人民医院进修。");
    assert_eq!(got, vec![t("training", "上海市第一人民医院", "石楼县")]);
}

#[test]
fn business_and_aid_words_inside_names_are_no_act() {
    // an investment with health words is business
    assert!(
        triples("华康医药股份有限公司与衡阳市高新区管委会签订投资协议，公司将投资5亿元新建生产基地，主要生产医疗器械。")
            .is_empty()
    );
    // a company giving to a hospital is still aid
    assert!(
        triples("华康医药股份有限公司向石楼县人民医院捐赠价值50万元的医疗器械。").contains(&t(
            "equipment",
            "华康医药股份有限公司",
            "石楼县人民医院"
        ))
    );
    // 新技术 inside a body's name is no new technique; a head still is
    // the act (`…医联体`)
    let got = triples("衡阳市第一人民医院与东湖新技术开发区管委会座谈。");
    assert!(got.is_empty(), "{got:?}");
    // and the joiner receives from the body whose consortium it joins
    for text in [
        "石楼县人民医院正式加入衡阳市第一人民医院医联体。",
        "石楼县人民医院纳入衡阳市第一人民医院牵头的专科联盟。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("consortium", "衡阳市第一人民医院", "石楼县人民医院")],
            "{text}"
        );
    }
}

#[test]
fn guidance_is_training_and_stationed_staff_are_sent() {
    assert_eq!(
        triples("解放军总医院专家赴墨玉县人民医院开展技术指导。"),
        vec![t("training", "解放军总医院", "墨玉县人民医院")]
    );
    // 驻点 is the sending, so it ends the noun of the count before it
    let Extraction { entities, records } = extract(
        "四川大学华西医院每年选派20名医务人员驻点帮扶理塘县人民医院。",
        None,
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "personnel")
        .expect("a personnel record");
    let persons = &entities[r.persons.expect("a count of people")];
    match &persons.value {
        bangfu_extract::EntityValue::Count(c) => {
            assert_eq!(c.noun.as_deref(), Some("医务人员"));
        }
        v => panic!("{v:?}"),
    }
}

#[test]
fn money_used_for_a_body_goes_to_it_and_stays_in_its_clause() {
    let text = "湖南省卫生健康委向龙山县人民医院捐赠救护车一辆，并投入资金500万元用于龙山县里耶镇卫生院改扩建。";
    let got = triples(text);
    assert_eq!(
        got,
        vec![
            t("construction", "湖南省卫生健康委", "龙山县里耶镇卫生院"),
            t("equipment", "湖南省卫生健康委", "龙山县人民医院"),
            t("funding", "湖南省卫生健康委", "龙山县里耶镇卫生院"),
        ]
    );
    // the sum of the second clause's act is not the gift's of the first
    let Extraction { records, .. } = extract(text, None);
    let gift = records.iter().find(|r| r.kind.as_str() == "equipment");
    assert_eq!(gift.map(|r| r.amount), Some(None), "{records:?}");
}

#[test]
fn a_list_after_you_gives_together() {
    let got = triples("医疗队由湘雅医院、湘雅二医院等6家医院的专家组成，重点帮扶龙山县人民医院。");
    assert!(
        got.contains(&t("personnel", "湘雅医院", "龙山县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("personnel", "湘雅二医院", "龙山县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.2 == "湘雅二医院"), "{got:?}");
}

#[test]
fn the_said_hospital_in_a_speech_is_the_speaker_s() {
    let got = triples(
        "湘雅医院专家组成医疗队进驻龙山县人民医院。龙山县人民医院院长田明介绍，三年来，湖南省共选派120名医疗人才，帮助该院开展新技术40项。",
    );
    assert!(
        got.contains(&t("personnel", "湖南省", "龙山县人民医院")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|x| x.1 == "湖南省" && x.2 == "湘雅医院"),
        "{got:?}"
    );
}

#[test]
fn the_consortium_formed_is_no_side_and_its_site_is_no_recipient() {
    let got = triples(
        "11月26日，由湖南省儿童医院牵头，联合湘西州8家县级医院组建的湘西儿科专科联盟在吉首成立。",
    );
    assert_eq!(got, vec![t("consortium", "湖南省儿童医院", "湘西州")]);
}

#[test]
fn people_counted_in_a_clause_belong_to_its_act() {
    let Extraction { entities, records } = extract(
        "湘雅医院累计派出专家1300余人次到龙山县人民医院坐诊，接收龙山县进修医师260名。",
        None,
    );
    let persons = |kind: &str| {
        records
            .iter()
            .find(|r| r.kind.as_str() == kind)
            .and_then(|r| r.persons)
            .map(|k| entities[k].text.clone())
    };
    assert_eq!(persons("personnel").as_deref(), Some("1300余人次"));
    assert_eq!(persons("training").as_deref(), Some("260名"));
}

#[test]
fn a_sender_before_a_sending_gives_wherever_it_is_from() {
    // the receiving side is in a donor province; the words still say who sends
    assert_eq!(
        triples("香港玛丽医院每年派出十名专科医生到上海交通大学医学院附属瑞金医院交流。"),
        vec![t(
            "personnel",
            "香港玛丽医院",
            "上海交通大学医学院附属瑞金医院"
        )]
    );
    // staff going to learn are still trainees of the host
    let got = triples("龙山县人民医院选派5名医生到上海市第一人民医院进修学习。");
    assert!(
        got.contains(&t("training", "上海市第一人民医院", "龙山县人民医院")),
        "{got:?}"
    );
}

#[test]
fn the_team_sent_acts_for_its_sender_in_a_later_paragraph() {
    let text = "9月3日，齐鲁医院选派的医疗队一行8人抵达巫溪县人民医院，开始为期半年的帮扶工作。\n\
                9月5日，医疗队专家在巫溪县宁河街道开展义诊，为200余名群众提供健康咨询。";
    let got = triples(text);
    assert!(
        got.contains(&t("clinical_service", "齐鲁医院", "宁河街道")),
        "{got:?}"
    );
    // the team acting where it is (在) is not sent again
    assert!(
        !got.contains(&t("personnel", "齐鲁医院", "宁河街道")),
        "{got:?}"
    );
    // a team some other body owns (`区医疗队`) is not that team
    let text =
        "9月3日，齐鲁医院选派医疗队进驻巫溪县人民医院。\n区医疗队走进巫溪县宁河街道开展义诊。";
    let got = triples(text);
    assert!(
        !got.iter().any(|x| x.2 == "宁河街道" && x.1 == "齐鲁医院"),
        "{got:?}"
    );
}

#[test]
fn the_bodies_that_organise_and_carry_out_an_aid_are_no_recipients() {
    let got = triples("据了解，此次帮扶由江苏省卫生健康委统筹，南京鼓楼医院具体负责。");
    assert!(got.is_empty(), "{got:?}");
    // the receiver named after them still receives
    let got = triples("由江苏省卫生健康委统筹，南京鼓楼医院具体负责，帮扶商洛市中心医院。");
    assert!(got.iter().any(|x| x.2 == "商洛市中心医院"), "{got:?}");
    assert!(!got.iter().any(|x| x.2 == "南京鼓楼医院"), "{got:?}");
}

#[test]
fn bringing_doctors_and_medicine_is_care_given() {
    assert_eq!(
        triples("江苏省人民医院的专家团队远赴陕西省商洛市，为当地群众送医送药。"),
        vec![t("clinical_service", "江苏省人民医院", "商洛市")]
    );
}

#[test]
fn an_act_naming_no_receiver_goes_to_the_main_one_only_from_a_known_giver() {
    // a giver of the article's side: its act goes to the one helped
    let got = triples(
        "湖南省人民医院选派专家进驻龙山县人民医院。\n湖南省卫生健康委还投入专项资金500万元。",
    );
    assert!(
        got.contains(&t("funding", "湖南省卫生健康委", "龙山县人民医院")),
        "{got:?}"
    );
    // a body of elsewhere spending money is its own budget
    let got = triples(
        "湖南省人民医院选派专家进驻龙山县人民医院。\n2023年，广州市财政投入卫生健康领域资金12亿元。",
    );
    assert!(!got.iter().any(|x| x.0 == "funding"), "{got:?}");
}

#[test]
fn a_later_clause_naming_its_giver_and_receiver_is_an_act_of_its_own() {
    // the sentence's first sending names no giver; the later one does
    let got = triples(
        "持续组织选派人才支持湘西州建设，2023年以来，从长沙市20家医疗机构选派60名专家进驻龙山县。",
    );
    assert!(got.contains(&t("personnel", "长沙市", "龙山县")), "{got:?}");
    // two sendings in one sentence are two acts
    let got = triples("湘雅医院选派专家进驻龙山县人民医院，湘雅二医院选派专家进驻永顺县人民医院。");
    assert!(
        got.contains(&t("personnel", "湘雅医院", "龙山县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("personnel", "湘雅二医院", "永顺县人民医院")),
        "{got:?}"
    );
}

#[test]
fn where_people_come_from_gives_and_learners_from_a_place_receive() {
    // The team's members come from hospitals: they implement the sending
    // told before, and are no recipients of it.
    let text = "6月3日，湖滨省卫生健康委员会选派的医疗队一行18人抵达青岚县人民医院。\
                医疗队成员来自湖滨省第二人民医院、湖滨医科大学附属医院等6家医院。";
    let donors = sole_record_donors(text);
    let donors: Vec<(&str, Role)> = donors.iter().map(|(n, r)| (n.as_str(), *r)).collect();
    assert!(
        donors.contains(&("湖滨省第二人民医院", Role::Implementing))
            && donors.contains(&("湖滨医科大学附属医院", Role::Implementing)),
        "{donors:?}"
    );
    assert_eq!(
        triples(text),
        vec![t("personnel", "湖滨省卫生健康委员会", "青岚县人民医院")]
    );
    // With no sender named, the people's own hospitals send them.
    assert_eq!(
        triples(
            "由来自湖滨省第二人民医院、湖滨省肿瘤医院的12名专家组成的医疗队赴青岚县人民医院开展帮扶。"
        ),
        vec![
            t("personnel", "湖滨省第二人民医院", "青岚县人民医院"),
            t("personnel", "湖滨省肿瘤医院", "青岚县人民医院"),
        ]
    );
    // …and a list of them is no relation of its own, whatever clause
    // follows it with the body they go to.
    assert_eq!(
        triples(
            "队员来自湖滨省第二人民医院、湖滨医科大学附属医院等15家医院，将在青岚县人民医院开展为期一年的医疗帮扶工作。"
        ),
        vec![
            t("pairing", "湖滨医科大学附属医院", "青岚县人民医院"),
            t("pairing", "湖滨省第二人民医院", "青岚县人民医院"),
        ]
    );
    // Learners who come from a place are the side that receives.
    assert_eq!(
        triples("今年，湖滨省第二人民医院共接收来自青岚县的进修人员25名。"),
        vec![t("training", "湖滨省第二人民医院", "青岚县")]
    );
}

#[test]
fn building_a_clinical_department_builds_a_discipline() {
    assert_eq!(
        triples("湖滨省第二人民医院帮助青岚县人民医院新建了重症医学科。"),
        vec![t("discipline", "湖滨省第二人民医院", "青岚县人民医院")]
    );
    // A building is still a building.
    assert_eq!(
        triples("湖滨省第二人民医院帮助青岚县人民医院新建发热门诊楼。"),
        vec![t("construction", "湖滨省第二人民医院", "青岚县人民医院")]
    );
}

#[test]
fn a_sending_does_not_count_the_people_another_clause_trains() {
    let Extraction { entities, records } = extract(
        "湖滨省第二人民医院专家团队每周到青岚县人民医院坐诊、查房，培训当地医务人员80余人次。",
        Some((2024, 6, 1)),
    );
    let persons = |kind: &str| {
        records
            .iter()
            .find(|r| r.kind.as_str() == kind)
            .map(|r| r.persons.map(|k| entities[k].text.clone()))
    };
    assert_eq!(persons("personnel"), Some(None), "{records:?}");
    assert_eq!(persons("training"), Some(Some("80余人次".to_string())));
}

#[test]
fn a_body_that_commissions_the_act_gives_and_one_that_organises_a_team_is_no_recipient() {
    assert_eq!(
        triples("受湖滨省卫生健康委员会委托，湖滨省第二人民医院派出5名专家赴青岚县人民医院帮扶。"),
        vec![
            t("personnel", "湖滨省卫生健康委员会", "青岚县人民医院"),
            t("personnel", "湖滨省第二人民医院", "青岚县人民医院"),
        ]
    );
    // Sent abroad by a national body, organised by a province: neither is
    // the recipient of the other.
    assert_eq!(
        triples("受国家卫生健康委派遣，由湖滨省组建的第9批援外医疗队近日启程。"),
        vec![]
    );
    // A body that invites is the host.
    assert_eq!(
        triples("受青岚县人民医院邀请，湖滨省第二人民医院专家赴该院开展义诊。"),
        vec![t(
            "clinical_service",
            "湖滨省第二人民医院",
            "青岚县人民医院"
        )]
    );
    assert_eq!(
        triples("应青岚县人民医院之邀，湖滨省第二人民医院派出专家团队开展义诊。"),
        vec![
            t("clinical_service", "湖滨省第二人民医院", "青岚县人民医院"),
            t("personnel", "湖滨省第二人民医院", "青岚县人民医院"),
        ]
    );
}

#[test]
fn a_relation_of_equals_takes_the_direction_of_the_article_s_acts() {
    // The headline names the recipient first; standing cannot tell, the
    // sending below can.
    let got = triples(
        "青岚县人民医院与湖滨市第三医院结对帮扶\n\
         湖滨市第三医院选派5名专家到青岚县人民医院驻点帮扶。",
    );
    assert!(
        got.contains(&t("pairing", "湖滨市第三医院", "青岚县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "青岚县人民医院"), "{got:?}");
}

#[test]
fn one_person_by_post_arriving_to_take_a_post_or_in_an_aid_act_was_sent() {
    assert_eq!(
        triples("湖滨省第二人民医院副院长李强来到青岚县人民医院，担任执行院长。"),
        vec![t("personnel", "湖滨省第二人民医院", "青岚县人民医院")]
    );
    assert_eq!(
        triples("作为第三批援藏干部，湖滨省第二人民医院心内科主任医师王敏来到青岚县人民医院。"),
        vec![t("personnel", "湖滨省第二人民医院", "青岚县人民医院")]
    );
    // A visit is no sending.
    assert_eq!(
        triples("湖滨省第二人民医院院长李强来到青岚县人民医院调研。"),
        vec![]
    );
}

#[test]
fn a_helped_phrase_may_follow_a_leading_time_clause() {
    assert_eq!(
        triples("近日，在湖滨省人民医院的远程指导下，青岚县人民医院成功实施了首例介入手术。"),
        vec![t("clinical_service", "湖滨省人民医院", "青岚县人民医院")]
    );
}

#[test]
fn a_grouping_s_lead_gives_and_its_members_receive() {
    let got = triples(
        "以湖滨市第三医院为牵头单位，青岚县人民医院、湖滨市妇幼保健院等6家医疗机构为成员单位的湖滨医疗集团正式成立。",
    );
    assert_eq!(
        got,
        vec![
            t("consortium", "湖滨市第三医院", "湖滨市妇幼保健院"),
            t("consortium", "湖滨市第三医院", "青岚县人民医院"),
        ]
    );
}

#[test]
fn people_counted_and_then_going_somewhere_were_sent() {
    assert_eq!(
        triples(
            "6月12日，湖滨省卫生健康委员会组织湖滨市第三医院的12名专家，赴青岚县人民医院开展帮扶。"
        ),
        vec![t("personnel", "湖滨省卫生健康委员会", "青岚县人民医院")]
    );
    // Experts going to give a clinic are that act's, not a sending.
    assert_eq!(
        triples("湖滨市第三医院专家赴青岚县人民医院开展义诊。"),
        vec![t("clinical_service", "湖滨市第三医院", "青岚县人民医院")]
    );
    assert_eq!(
        triples("湖滨省医师协会组织30名专家赴青岚县人民医院开展义诊。"),
        vec![t("clinical_service", "湖滨省医师协会", "青岚县人民医院")]
    );
}

#[test]
fn partners_signing_in_an_article_with_no_aid_are_no_aid() {
    assert_eq!(
        triples(
            "8月5日，湖滨市第三医院与湖滨理工大学签署战略合作协议，双方将在人才培养、科研攻关等方面开展深度合作。"
        ),
        vec![]
    );
    // With paired assistance in the article, the signing is its act.
    assert_eq!(
        triples("湖滨市第三医院与青岚县人民医院签署对口帮扶协议。"),
        vec![t("agreement", "湖滨市第三医院", "青岚县人民医院")]
    );
}

#[test]
fn patients_who_come_from_a_place_make_it_the_receiving_side() {
    assert_eq!(
        triples("7月，湖滨市儿童医院收治来自青岚县的12名先天性心脏病患儿，并全部免费实施手术。"),
        vec![t("clinical_service", "湖滨市儿童医院", "青岚县")]
    );
}

#[test]
fn a_first_person_quotation_s_acts_are_given_by_its_speaker_s_body() {
    assert_eq!(
        triples("“今年我们将继续派出20名专家，重点帮扶青岚县人民医院。”湖滨市第三医院院长王伟说。"),
        vec![t("personnel", "湖滨市第三医院", "青岚县人民医院")]
    );
    // Praise of others' help by the receiving side's speaker gives it no act.
    let got = triples("“医疗队帮助青岚县人民医院提升了诊疗水平。”青岚县卫生健康局局长李明说。");
    assert!(!got.iter().any(|x| x.1 == "青岚县卫生健康局"), "{got:?}");
}

#[test]
fn the_said_centre_of_a_hospital_and_help_inside_a_clause() {
    // 该中心 is the hospital's unit named before; the clause's subject is
    // helped by the body inside its 在…帮扶下.
    assert_eq!(
        triples(
            "青岚县人民医院胸痛中心通过国家胸痛中心认证。\
             该中心自2022年在湖滨省人民医院帮扶下筹建，湖滨省人民医院心内科先后派出8名专家驻点指导。"
        ),
        vec![t("personnel", "湖滨省人民医院", "青岚县人民医院")]
    );
}

#[test]
fn a_team_named_after_its_sender_acts_for_it_in_later_sentences() {
    // (a new paragraph: nothing carries over from the first but the team)
    let got = triples(
        "完成任务的湖滨市第三医院第二批援疆医疗队12名队员平安返回。\n\
         去年3月，该医疗队抵达青岚县人民医院，接管了重症医学科。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨市第三医院", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_first_party_right_after_for_receives_when_the_giver_is_carried() {
    // The team's sender gives; the clause before the act names a way of
    // working, and the first party is written after 为.
    let got = triples(
        "2023年8月，第五批山东援青医疗队一行15人抵达海北州。\n\n\
         援青期间，医疗队围绕“以院包科”模式，为海北州人民医院带教本地医生40名，并向海北州人民医院捐赠超声设备2台。",
    );
    assert!(
        got.contains(&t("training", "山东", "海北州人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("equipment", "山东", "海北州人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "海北州人民医院"), "{got:?}");
    // the same after 对
    let got = triples(
        "2023年8月，第五批山东援青医疗队一行15人抵达海北州。\n\n\
         援青期间，医疗队围绕“以院包科”模式，对海北州人民医院重症医学科进行重点帮扶，开展新技术12项。",
    );
    assert!(
        got.contains(&t("discipline", "山东", "海北州人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "海北州人民医院"), "{got:?}");
}

#[test]
fn a_place_the_people_go_to_is_no_giver_however_its_address_is_written() {
    // `赴宁夏固原市`: 赴 governs the whole address; the place is where the
    // organised experts go, not a body that carries out the act.
    let text = "9月18日，福建医科大学附属协和医院组织12名专家赴宁夏固原市，在固原市人民医院和西吉县人民医院开展义诊活动。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let donors: Vec<&str> = records
        .iter()
        .flat_map(|r| &r.donors)
        .map(|d| entities[d.entity].name())
        .collect();
    assert_eq!(donors, vec!["福建医科大学附属协和医院"], "{records:?}");
    let got = triples(text);
    assert!(
        got.contains(&t(
            "clinical_service",
            "福建医科大学附属协和医院",
            "西吉县人民医院"
        )),
        "{got:?}"
    );
}

#[test]
fn a_team_made_of_the_people_of_listed_bodies_keeps_its_sender() {
    // `由A、B…组成` after a sending told: the bodies are its members, and a
    // later mention of one of them (`队长由A副院长担任`) receives nothing.
    let text = "6月3日，湖滨省卫生健康委员会选派的医疗队一行18人抵达青岚县人民医院。\
                医疗队由湖滨省第二人民医院、湖滨医科大学附属医院等6家医院的医疗骨干组成，\
                队长由湖滨省第二人民医院副院长担任。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let implementing: Vec<&str> = records
        .iter()
        .flat_map(|r| &r.donors)
        .filter(|d| d.role == Role::Implementing)
        .map(|d| entities[d.entity].name())
        .collect();
    assert!(
        implementing.contains(&"湖滨省第二人民医院")
            && implementing.contains(&"湖滨医科大学附属医院"),
        "{records:?}"
    );
    assert_eq!(
        triples(text),
        vec![t("personnel", "湖滨省卫生健康委员会", "青岚县人民医院")]
    );
    // With no sender before, the listed bodies give, as before.
    let got =
        triples("医疗队由湖滨省第二人民医院、湖滨省肿瘤医院的专家组成，赴青岚县人民医院开展帮扶。");
    assert!(
        got.contains(&t("personnel", "湖滨省第二人民医院", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_slogan_that_holds_a_trigger_is_no_act() {
    // resources sinking down is a slogan; experts sinking down are sent
    let got = triples("湖滨省第二人民医院推动优质医疗资源下沉青岚县人民医院。");
    assert!(!got.iter().any(|x| x.0 == "personnel"), "{got:?}");
    let got = triples("湖滨省第二人民医院推动优质医疗资源扩容下沉，与青岚县人民医院组建医联体。");
    assert!(!got.iter().any(|x| x.0 == "personnel"), "{got:?}");
    let got = triples("湖滨省第二人民医院专家下沉青岚县人民医院。");
    assert!(
        got.contains(&t("personnel", "湖滨省第二人民医院", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn the_experts_of_the_last_sending_act_for_its_sender_where_they_work() {
    // `专家们在B…`: the experts sent act for whoever sent them, at B
    let got = triples(
        "三年来，湖滨省第二人民医院先后派出4批共32名医疗专家到青岚县人民医院驻点帮扶。\n\n\
         专家们在青岚县人民医院开设“湖滨专家门诊”，开展手术1500余台。",
    );
    assert!(
        got.contains(&t(
            "clinical_service",
            "湖滨省第二人民医院",
            "青岚县人民医院"
        )),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "青岚县人民医院"), "{got:?}");
}

#[test]
fn hosting_experts_sent_receives_and_hosting_learners_gives() {
    // guests sent after the party: the party gives, the host receives
    let got = triples("2022年以来，青岚县人民医院累计接收湖滨省第二人民医院专家坐诊600余人次。");
    assert_eq!(
        got,
        vec![t("personnel", "湖滨省第二人民医院", "青岚县人民医院")]
    );
    // staff who come to learn: the host gives
    let got = triples("湖滨省第二人民医院接收青岚县人民医院12名医护人员免费进修。");
    assert_eq!(
        got,
        vec![t("training", "湖滨省第二人民医院", "青岚县人民医院")]
    );
    // (all of a list whose staff it hosts)
    let got = triples("湖滨省第二人民医院接收青岚县人民医院和石楼县人民医院的12名医护人员进修。");
    assert_eq!(
        got,
        [
            t("training", "湖滨省第二人民医院", "石楼县人民医院"),
            t("training", "湖滨省第二人民医院", "青岚县人民医院"),
        ]
    );
    // so does one who invites them (and those it invites to learn)
    let got = triples("青岚县人民医院邀请湖滨省第二人民医院专家来院坐诊、带教。");
    assert_eq!(
        got,
        [
            t("personnel", "湖滨省第二人民医院", "青岚县人民医院"),
            t("training", "湖滨省第二人民医院", "青岚县人民医院"),
        ]
    );
    let got = triples("湖滨省第二人民医院邀请青岚县人民医院医生来院进修。");
    assert_eq!(
        got,
        vec![t("training", "湖滨省第二人民医院", "青岚县人民医院")]
    );
    // (the host carried, not the place the people sent went to)
    let got = triples(
        "湖滨市人民医院与布拖县人民医院建立帮扶关系。\
         全年共选派医务人员28人次赴布拖开展帮扶，接收布拖县医务人员15人次进修。",
    );
    assert!(
        got.contains(&t("training", "湖滨市人民医院", "布拖县")),
        "{got:?}"
    );
    // (asking in is inviting: `请B专家会诊`)
    let got =
        triples("青岚县人民医院的疑难病例可以通过远程会诊系统，直接请湖滨省第二人民医院专家会诊。");
    assert_eq!(
        got,
        vec![t(
            "clinical_service",
            "湖滨省第二人民医院",
            "青岚县人民医院"
        )]
    );
    // a subject that hosts with no party after the verb receives from the
    // other side of its relation, in every act of the clause
    let got =
        triples("青岚县人民医院与湖滨省第二人民医院组建专科联盟，每月邀请省级专家来县坐诊、带教。");
    assert_eq!(
        got,
        [
            t("consortium", "湖滨省第二人民医院", "青岚县人民医院"),
            t("personnel", "湖滨省第二人民医院", "青岚县人民医院"),
            t("training", "湖滨省第二人民医院", "青岚县人民医院"),
        ]
    );
}

#[test]
fn a_pointing_word_is_not_the_partner_named_beside_it() {
    // the article keeps naming its partner city; `我市` is the other side
    let text = "安顺市与苏州市开展东西部协作。2023年，苏州市选派医疗人才86名到我市开展帮扶。\
                苏州市第一人民医院与安顺市人民医院共建心血管病区。苏州市妇幼保健院提供技术支持。";
    let ex = extract(text, None);
    let pointer = ex.entities.iter().find(|e| e.text == "我市").unwrap();
    assert_eq!(pointer.name(), "安顺市", "{:?}", ex.entities);
    let got = triples(text);
    assert!(got.contains(&t("personnel", "苏州市", "安顺市")), "{got:?}");
}

#[test]
fn a_helped_phrase_after_a_colon_opens_its_clause() {
    // the reporter before the colon is not the helper
    let got = triples(
        "座谈会上，青岚县人民医院汇报了帮扶成效：在湖滨省第二人民医院的支持下，该院新开展新技术12项。",
    );
    assert!(
        got.contains(&t("discipline", "湖滨省第二人民医院", "青岚县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "青岚县人民医院"), "{got:?}");
}

#[test]
fn a_donor_province_outranks_only_sides_inside_the_programmes_area() {
    // Guangdong gives under the programmes, not to Hong Kong: the order
    // written stands
    let got = triples("2023年，香港大学李嘉诚医学院与广州市番禺区中心医院签署合作备忘录。");
    assert_eq!(
        got,
        vec![t(
            "agreement",
            "香港大学李嘉诚医学院",
            "广州市番禺区中心医院"
        )]
    );
    // and a Hong Kong fund that gives keeps giving
    let got =
        triples("香港明德慈善信托基金捐资港币2000万元，支持广州市番禺区中心医院建设急诊大楼。");
    assert!(
        got.contains(&t(
            "funding",
            "香港明德慈善信托基金",
            "广州市番禺区中心医院"
        )),
        "{got:?}"
    );
    // inside the mainland the donor province still gives
    let got = triples("铜仁市人民医院与苏州市立医院签署对口帮扶协议。");
    assert_eq!(got, vec![t("agreement", "苏州市立医院", "铜仁市人民医院")]);
}

#[test]
fn a_time_after_an_act_told_is_background_where_an_act_follows() {
    // the signing was told before; the clinic is the act
    let got = triples(
        "3月5日，湖滨省第二人民医院与青岚县人民医院举行对口帮扶签约仪式。\
         签约仪式后，湖滨省第二人民医院10余名专家走进平陆县开展义诊活动。",
    );
    assert!(
        got.contains(&t("clinical_service", "湖滨省第二人民医院", "平陆县")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|x| x.0 == "agreement" && x.2 == "平陆县"),
        "{got:?}"
    );
    // with no act of its own the sentence goes on with the one told
    let got = triples("揭牌仪式后，湖滨省疾控中心与青岚县疾控中心进行深度对接。");
    assert_eq!(got, vec![t("pairing", "湖滨省疾控中心", "青岚县疾控中心")]);
}

#[test]
fn departments_named_before_the_act_word_are_the_acts_and_the_act_word_is_none() {
    let Extraction { records, .. } = extract(
        "根据协议，湖滨省第二人民医院将帮助青岚县人民医院建设康复医学科、针灸科2个重点专科。",
        Some((2024, 6, 1)),
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "discipline")
        .expect("a discipline record");
    assert_eq!(r.departments, vec!["康复医学科", "针灸科"]);
}

#[test]
fn people_by_post_who_go_on_in_a_clause_of_their_own_were_sent() {
    // the arrival opens its clause: its subject is the first clause's
    let got = triples(
        "近日，湖滨省第二人民医院心内科主任医师刘某、麻醉科副主任医师陈某作为第十批援疆干部人才，\
         赴阿克苏地区第一人民医院开展为期半年的医疗帮扶工作。",
    );
    assert!(
        got.contains(&t(
            "personnel",
            "湖滨省第二人民医院",
            "阿克苏地区第一人民医院"
        )),
        "{got:?}"
    );
}

#[test]
fn the_programmes_cooperation_is_a_pairing_and_a_later_clause_keeps_its_own_subject() {
    let got =
        triples("铜仁市与苏州市自2021年起开展东西部协作，苏州市还向望谟县人民医院捐赠救护车5辆。");
    assert!(got.contains(&t("pairing", "苏州市", "铜仁市")), "{got:?}");
    // the partner of the first clause gives nothing
    assert_eq!(
        got.iter()
            .filter(|x| x.0 == "equipment")
            .collect::<Vec<_>>(),
        vec![&t("equipment", "苏州市", "望谟县人民医院")]
    );
}

#[test]
fn an_approval_cited_before_the_act_is_background() {
    // the time that opens the sentence leads on to the approval; the body
    // that approves gives nothing
    let got =
        triples("去年12月，经湖滨市政府批准，湖滨市人民医院正式托管青岚县人民医院，派驻院长1名。");
    assert_eq!(
        got,
        vec![t("personnel", "湖滨市人民医院", "青岚县人民医院")]
    );
}

#[test]
fn a_datelines_date_is_the_reports_not_the_acts() {
    let Extraction { entities, records } = extract(
        "本报青岚11月8日电（记者 王某）11月6日，湖滨省卫生健康委员会与青岚县卫生健康局签订对口帮扶协议。",
        Some((2024, 11, 10)),
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "agreement")
        .expect("an agreement");
    assert_eq!(r.date.map(|d| entities[d].text.as_str()), Some("11月6日"));
    // …and a web outlet's `X月X日消息`, whose outlet is no party either
    let Extraction { entities, records } = extract(
        "湖滨网11月3日消息（见习记者 王某）11月2日，青岚县人民医院与湖滨市人民医院签订对口帮扶协议。",
        None,
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "agreement")
        .expect("an agreement");
    assert_eq!(r.date.map(|d| entities[d].text.as_str()), Some("11月2日"));
    assert!(
        records
            .iter()
            .flat_map(|r| r.donors.iter().chain(&r.recipients))
            .all(|p| entities[p.entity].text != "湖滨网"),
        "{records:?}"
    );
    assert_eq!(
        triples("湖滨网11月3日消息（见习记者 王某）11月2日，专家们赴青岚县人民医院开展义诊。"),
        vec![]
    );
}

#[test]
fn a_date_after_the_last_act_in_a_clause_of_no_act_is_another_event_s() {
    assert_eq!(
        dated("其中，湖滨省人民医院对口帮扶的青岚县人民医院，已于去年12月通过二级甲等医院复审。"),
        vec![("pairing".to_string(), None)]
    );
    // a time that leads on to the act is the act's
    assert_eq!(
        dated(
            "湖南省人民医院持续选派人才支持凤凰县建设，2023年以来，选派83名专家进驻凤凰县人民医院。"
        ),
        vec![("personnel".to_string(), Some("2023年以来".to_string()))]
    );
}

#[test]
fn a_report_s_date_is_not_the_date_of_what_it_reports() {
    // the day the reporter learnt it, not the time the sending covers
    assert_eq!(
        dated(
            "5月16日，记者从青岚县卫生健康局获悉，自2021年以来，湖滨省第二人民医院累计选派32名专家到青岚县人民医院帮扶。"
        ),
        vec![("personnel".to_string(), Some("2021年以来".to_string()))]
    );
    // where what is reported has no date, the report's stands
    assert_eq!(
        dated(
            "5月16日，记者从青岚县卫生健康局获悉，湖滨省第二人民医院选派32名专家到青岚县人民医院帮扶。"
        ),
        vec![("personnel".to_string(), Some("5月16日".to_string()))]
    );
}

#[test]
fn going_into_an_address_goes_to_its_most_specific_places() {
    let got = triples("山东省医疗队深入山西省运城市平陆县、芮城县等地开展巡回义诊。");
    assert!(
        got.contains(&t("clinical_service", "山东省", "平陆县"))
            && got.contains(&t("clinical_service", "山东省", "芮城县")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.2 == "山西省"), "{got:?}");
}

#[test]
fn the_party_whose_act_a_task_is_receives_it() {
    // `A承担了B的援建任务`: B's building is A's task
    let got = triples(
        "受湖滨省人民政府委托，湖滨医科大学附属第一医院承担了青岚县人民医院新院区的援建任务。",
    );
    assert!(
        got.contains(&t(
            "construction",
            "湖滨医科大学附属第一医院",
            "青岚县人民医院新院区"
        )),
        "{got:?}"
    );
}

#[test]
fn the_said_hospital_is_not_the_one_a_passive_verb_makes_the_giver() {
    let ex = extract(
        "青岚县人民医院得到了湖滨省第二人民医院的大力支持，先后有45名专家到该院工作。",
        Some((2024, 6, 1)),
    );
    let pointer = ex.entities.iter().find(|e| e.text == "该院").unwrap();
    assert_eq!(pointer.name(), "青岚县人民医院");
}

#[test]
fn the_said_hospital_after_a_subject_of_another_kind_is_the_one_named_since() {
    // the sentence opens with a party committee, not a 院: the hospital
    // named after it is still not the subject
    let ex = extract(
        "湖滨省第二人民医院专家团队赴青岚县开展帮扶\n8月5日，湖滨省第二人民医院党委书记带队，一行10人来到青岚县人民医院，并向该院捐赠了医疗设备。",
        Some((2024, 6, 1)),
    );
    let pointer = ex.entities.iter().find(|e| e.text == "该院").unwrap();
    assert_eq!(pointer.name(), "青岚县人民医院");
}

#[test]
fn a_body_that_leads_an_alliance_gives_to_the_members_it_names() {
    // a lead word right after the body, and a batch before the member word
    let got = triples(
        "日前，湖滨医科大学附属第一医院牵头成立县域胸痛专科联盟，青岚县人民医院、平陆县人民医院等12家医院成为首批成员单位。",
    );
    assert_eq!(
        got,
        vec![
            t("consortium", "湖滨医科大学附属第一医院", "平陆县人民医院"),
            t("consortium", "湖滨医科大学附属第一医院", "青岚县人民医院"),
        ]
    );
}

/// (type, date text) of every record.
fn dated(text: &str) -> Vec<(String, Option<String>)> {
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let mut out: Vec<(String, Option<String>)> = records
        .iter()
        .map(|r| {
            (
                r.kind.as_str().to_string(),
                r.date.map(|d| entities[d].text.clone()),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn an_act_done_takes_the_day_its_paragraph_gives() {
    // the clinic's day goes on to the training done after it
    let got = dated(
        "5月24日，湖滨省第二人民医院专家在青岚县人民医院开展义诊。义诊后，专家们为青岚县人民医院医护人员开展业务培训。",
    );
    assert_eq!(
        got,
        vec![
            ("clinical_service".to_string(), Some("5月24日".to_string())),
            ("training".to_string(), Some("5月24日".to_string())),
        ]
    );
    // not to a plan, and not across paragraphs
    let got = dated(
        "5月24日，湖滨省第二人民医院与青岚县人民医院签订协议。湖滨省第二人民医院将为青岚县人民医院培训医护人员。\n\
         湖滨省第二人民医院专家在青岚县人民医院开展义诊。",
    );
    assert!(
        got.contains(&("training".to_string(), None))
            && got.contains(&("clinical_service".to_string(), None)),
        "{got:?}"
    );
    // a paragraph that opens (past its indent) with a time of day alone
    // goes on with the day
    let got = dated(
        "5月24日，湖滨省第二人民医院专家到青岚县开展帮扶活动。\n         上午10时，湖滨省第二人民医院专家在青岚县人民医院开展义诊。",
    );
    assert!(
        got.contains(&("clinical_service".to_string(), Some("5月24日".to_string()))),
        "{got:?}"
    );
    // days of one event are a day's too, a period open since a day is not
    let got = dated(
        "6月3日至5日，青岚县人民医院迎来了湖滨省第二人民医院的专家。专家们在青岚县人民医院开展义诊。",
    );
    assert!(
        got.contains(&(
            "clinical_service".to_string(),
            Some("6月3日至5日".to_string())
        )),
        "{got:?}"
    );
    let got = dated(
        "2023年6月3日以来，湖滨省第二人民医院对口帮扶青岚县人民医院。湖滨省第二人民医院专家在青岚县人民医院开展义诊。",
    );
    assert!(
        got.contains(&("clinical_service".to_string(), None)),
        "{got:?}"
    );
    // nor a month: a day is the event's, a month the period's
    let got = dated(
        "2024年3月，湖滨省第二人民医院与青岚县人民医院签订协议。湖滨省第二人民医院专家在青岚县人民医院开展义诊。",
    );
    assert!(
        got.contains(&("clinical_service".to_string(), None)),
        "{got:?}"
    );
}

#[test]
fn the_items_of_a_list_share_the_status_of_the_one_that_opened_it() {
    let Extraction { records, .. } = extract(
        "根据协议，湖滨省第二人民医院将派驻专家到青岚县人民医院工作；为青岚县人民医院建立远程会诊模式；接收青岚县人民医院医务人员进修。",
        Some((2024, 6, 1)),
    );
    assert!(records.len() >= 2, "{records:?}");
    assert!(
        records.iter().all(|r| r.status == Status::Planned),
        "{records:?}"
    );
}

#[test]
fn the_bodies_a_team_comes_from_give_and_the_team_is_theirs_after() {
    // `由A组建，队员来自B、C`: B and C carry out A's sending, none receives;
    // the next paragraph's team is A's
    let got = triples(
        "医疗队由湖滨省卫生健康委员会组建，队员分别来自湖滨医科大学附属医院、湖滨省第二人民医院等9家医院。\n\
         半年来，医疗队累计为青岚县人民医院开展新技术12项，带教当地医务人员100余人次。",
    );
    assert!(
        got.contains(&t("training", "湖滨省卫生健康委员会", "青岚县人民医院")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(_, _, r)| r.starts_with("湖滨医科大学") || r == "湖滨省第二人民医院"),
        "{got:?}"
    );
}

#[test]
fn a_person_sent_by_post_goes_on_from_the_sentence_before() {
    // the giver carried from the sentence that named the person's hospital
    let got = triples(
        "李明是湖滨省第二人民医院骨科主任医师。2023年3月，他作为援疆干部人才，来到青岚县人民医院，担任骨科主任。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨省第二人民医院", "青岚县人民医院")),
        "{got:?}"
    );
    // and the province a batch is named after receives nothing
    let got = triples(
        "李明是湖滨省第二人民医院骨科主任医师。2023年3月，他作为湖滨省第五批援疆干部，来到青岚县人民医院，担任骨科主任。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨省第二人民医院", "青岚县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, _, r)| r == "湖滨省"), "{got:?}");
    // (a real place names the batch: the 作为 phrase holds it)
    let got = triples(
        "今年是湖滨省第二人民医院医师李华援疆的第二年。2023年2月，作为深圳市第十一批援疆干部人才，她来到青岚县人民医院，担任心内科主任。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨省第二人民医院", "青岚县人民医院")),
        "{got:?}"
    );
    // …and where the person's body follows the phrase, that body sends
    let got = triples(
        "2022年2月，作为北京市第十批援疆干部人才，北京大学人民医院骨科副主任医师王强来到和田地区人民医院，担任骨科主任。",
    );
    assert_eq!(
        got,
        vec![t("personnel", "北京大学人民医院", "和田地区人民医院")]
    );
}

#[test]
fn the_people_counted_for_a_training_are_those_of_no_other_act() {
    let Extraction { entities, records } = extract(
        "半年来，湖滨省第二人民医院专家在青岚县人民医院完成门诊诊疗3500余人次，举办专题讲座32场，培训当地医务人员800余人次。",
        Some((2024, 6, 1)),
    );
    let training = records
        .iter()
        .find(|r| r.kind.as_str() == "training")
        .expect("a training record");
    assert_eq!(
        training.persons.map(|k| entities[k].text.as_str()),
        Some("800余人次")
    );
}

#[test]
fn what_two_sides_build_is_the_act_of_its_own_clause_only() {
    // an agreement between A and B, whatever the next clause builds
    let got = triples(
        "5月20日，湖滨医科大学附属医院与青岚县人民政府签订对口帮扶协议，双方将共建湖滨医科大学附属医院青岚院区。",
    );
    assert!(
        got.contains(&t("agreement", "湖滨医科大学附属医院", "青岚县人民政府")),
        "{got:?}"
    );
    // but `A与B合作共建C` in one clause: C receives
    let got = triples(
        "湖滨医科大学附属医院与青岚县人民政府合作共建湖滨医科大学附属医院青岚院区，开展对口帮扶。",
    );
    assert!(
        !got.is_empty()
            && got
                .iter()
                .all(|(_, _, r)| r == "湖滨医科大学附属医院青岚院区"),
        "{got:?}"
    );
}

#[test]
fn a_clause_that_opens_with_its_own_giver_is_not_the_first_givers() {
    // B's money is not A's, in every act of B's clause
    let got = triples(
        "根据对口帮扶协议，湖滨医科大学附属医院将派出专家团队到青岚县人民医院常驻，青岚县人民政府投入资金2.3亿元用于院区改造和设备购置。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨医科大学附属医院", "青岚县人民医院")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(k, d, _)| d == "湖滨医科大学附属医院"
            && matches!(k.as_str(), "funding" | "construction" | "equipment")),
        "{got:?}"
    );
    // …also with a few words between the giver and its money, where no
    // other body comes between
    let got = triples(
        "湖滨医科大学附属医院将派出专家常驻青岚县人民医院，白沙县财政每年安排专项资金500万元用于医院建设。",
    );
    assert!(
        !got.iter()
            .any(|(k, d, _)| d == "湖滨医科大学附属医院" && k == "funding"),
        "{got:?}"
    );
    let got = triples(
        "湖滨医科大学附属医院将派出专家常驻青岚县人民医院，白沙县人民医院获湖滨医科大学附属医院资助500万元。",
    );
    assert!(
        got.contains(&t("funding", "湖滨医科大学附属医院", "白沙县人民医院")),
        "{got:?}"
    );
}

#[test]
fn put_into_use_and_effort_without_a_sum_are_no_funding() {
    // `投入使用` is no money put in
    let got = triples("青岚县捐赠的CT机在白沙县人民医院正式投入使用，价值约380万元。");
    assert!(!got.iter().any(|(k, _, _)| k == "funding"), "{got:?}");
    // and money with no sum leaves the relation its record
    let got = triples("这是青岚县与白沙县开展东西部协作以来，在医疗领域投入最大的一个项目。");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "pairing");
}

#[test]
fn only_words_name_the_senders_of_a_team() {
    // `由A组建`: the team is A's in the paragraphs after
    let got =
        triples("帮扶团队由湖滨省卫生健康委员会组建。\n帮扶团队为青岚县人民医院开展新技术5项。");
    assert_eq!(
        got,
        vec![t("discipline", "湖滨省卫生健康委员会", "青岚县人民医院")]
    );
    // but a body standing before the team word (`走进B诊室，帮扶专家…`) is
    // where the expert works, not who sent the team
    let got = triples(
        "“大哥，我们先检查一下您的嗓子。”……一大早，走进青岚县人民医院耳鼻喉科诊室，帮扶专家李明正耐心地询问患者的病史和症状。\n\
         帮扶专家还为白沙县中医院开展新技术5项。",
    );
    assert!(
        !got.iter().any(|(_, d, _)| d == "青岚县人民医院"),
        "{got:?}"
    );
}

#[test]
fn the_said_hospital_helped_by_a_sentence_s_subject_is_not_that_subject() {
    // `A派驻…，帮助该院…`: 该院 is the other hospital of the sentence before
    let got = triples(
        "2023年9月，湖滨省立医院与青岚县人民政府签署协议，全面托管青岚县人民医院。\
         一年来，湖滨省立医院先后派驻管理人员5名，帮助该院新开展新技术新项目58项。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨省立医院", "青岚县人民医院"))
            && got.contains(&t("discipline", "湖滨省立医院", "青岚县人民医院")),
        "{got:?}"
    );
    // (a leading time names no other giver: the sending's clause is not
    // read alone)
    let got = triples("一年来，湖滨省立医院先后派驻管理人员5名，帮助青岚县人民医院提升管理水平。");
    assert!(
        got.contains(&t("personnel", "湖滨省立医院", "青岚县人民医院")),
        "{got:?}"
    );
    // without a marker before it, the subject of the sentence before is
    // still what 该院 points at (`该院专家…`)
    let got = triples("湖滨省立医院与青岚县人民医院签署协议。该院专家还为白沙县中医院开展义诊。");
    assert!(
        got.contains(&t("clinical_service", "湖滨省立医院", "白沙县中医院")),
        "{got:?}"
    );
}

#[test]
fn a_paragraph_whose_team_acts_before_any_name_goes_on_with_the_last() {
    let got = triples(
        "3月15日，湖滨省第一中心医院组织16名专家，赴青岚县开展义诊活动。\n\
         活动期间，专家们共接诊群众1200余人次，并为青岚县人民医院医务人员开展专题培训4场。",
    );
    assert!(
        got.contains(&t("training", "湖滨省第一中心医院", "青岚县人民医院")),
        "{got:?}"
    );
    // a team that is itself the act (`区医疗队走入B`) is not the last
    // paragraph's
    let got = triples("湖滨省第一中心医院与青岚县人民医院签订对口帮扶协议。\n区医疗队走入白沙县。");
    assert!(!got.iter().any(|(_, _, r)| r == "白沙县"), "{got:?}");
}

#[test]
fn an_aid_word_inside_a_quoted_honour_names_the_honour() {
    let got = triples(
        "近日，青岚自治区卫生健康委员会公布了“最美援藏医生”名单，来自湖滨大学第一医院的李华、白沙大学华西医院的王强榜上有名。",
    );
    assert!(got.is_empty(), "{got:?}");
    let got = triples("青岚县人民医院授予湖滨省第二人民医院李华“优秀援藏干部”称号。");
    assert!(got.is_empty(), "{got:?}");
    let got = triples("青岚县人民医院为湖滨省第二人民医院李华授予“优秀援藏医生”。");
    assert!(got.is_empty(), "{got:?}");
    // a quoted programme that is no honour still names the act
    let got = triples("湖滨省第二人民医院对青岚县人民医院开展“组团式帮扶”。");
    assert!(
        got.iter()
            .any(|(_, d, r)| d == "湖滨省第二人民医院" && r == "青岚县人民医院"),
        "{got:?}"
    );
}

#[test]
fn the_body_a_giver_supports_receives() {
    let got = triples(
        "根据协议，青岚市卫生健康委员会将支持湖滨县人民医院建设区域医疗中心，计划三年内投入专项资金1.5亿元。",
    );
    assert!(
        got.contains(&t("funding", "青岚市卫生健康委员会", "湖滨县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_place_named_after_a_grouping_is_a_place() {
    // 闽宁镇 is a township, not Fujian and Ningxia: a hospital of Ningxia
    // aids its health centre
    let got = triples(
        "宁夏回族自治区人民医院与银川市永宁县闽宁镇卫生院签订协议。自治区人民医院将每周派出2名专家到闽宁镇卫生院坐诊。",
    );
    assert!(
        got.contains(&t(
            "personnel",
            "宁夏回族自治区人民医院",
            "银川市永宁县闽宁镇卫生院"
        )),
        "{got:?}"
    );
}

#[test]
fn the_bodies_counted_for_a_sending_are_those_of_no_other_act() {
    let Extraction { entities, records } = extract(
        "2014年以来，上海市先后选派380余名医疗人才赴青岚县开展帮扶，新建和改扩建县级医院4所。",
        Some((2024, 6, 1)),
    );
    let sent = records
        .iter()
        .find(|r| r.kind.as_str() == "personnel")
        .expect("a sending");
    assert_eq!(sent.institutions.map(|k| entities[k].text.as_str()), None);
    // beside a pairing, the bodies that pair are the senders
    let Extraction { entities, records } = extract(
        "2024年，湖滨省第一人民医院、湖滨省第二人民医院等10家医院继续对口支援青岚县人民医院，累计派出专家126人次。",
        Some((2024, 6, 1)),
    );
    let sent = records
        .iter()
        .find(|r| r.kind.as_str() == "personnel")
        .expect("a sending");
    assert_eq!(
        sent.institutions.map(|k| entities[k].text.as_str()),
        Some("10家")
    );
}

#[test]
fn a_time_run_up_to_now_makes_a_running_total() {
    for frame in ["五年来", "半年来", "几个月来"] {
        let Extraction { records, .. } = extract(
            &format!("{frame}，滨海市中心医院共派出专家190余人次到西吉县人民医院。"),
            Some((2024, 6, 1)),
        );
        assert!(
            !records.is_empty()
                && records
                    .iter()
                    .all(|r| r.status == bangfu_extract::Status::Cumulative),
            "{frame}: {records:?}"
        );
    }
}

#[test]
fn a_body_that_joins_a_named_alliance_is_taken_in_by_it() {
    let got = triples("5月10日，青岚县人民医院正式加入湖滨医科大学附属第一医院消化专科联盟。");
    assert_eq!(
        got,
        vec![t(
            "consortium",
            "湖滨医科大学附属第一医院消化专科联盟",
            "青岚县人民医院"
        )]
    );
    // the body the text says leads it gives, not a place its name opens with
    assert_eq!(
        triples("凤凰县人民医院加入湖南省人民医院牵头组建的湘西医联体。"),
        vec![t("consortium", "湖南省人民医院", "凤凰县人民医院")]
    );
}

#[test]
fn the_bodies_counted_for_a_sending_are_the_givers() {
    // 15 givers pair with 20 receivers; the sending counts the givers
    for text in [
        "湖滨省第一人民医院、湖滨省第二人民医院等15家医院与青岚县20家医院建立帮扶关系，全年选派医疗人才156名赴青岚县开展帮扶。",
        "湖滨省第一人民医院、湖滨省第二人民医院等15家医院与20家医院建立帮扶关系，全年选派医疗人才156名赴青岚县开展帮扶。",
    ] {
        let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
        let sent = records
            .iter()
            .find(|r| r.kind.as_str() == "personnel")
            .expect("a sending");
        assert_eq!(
            sent.institutions.map(|k| entities[k].text.as_str()),
            Some("15家"),
            "{text}"
        );
    }
}

#[test]
fn a_team_whose_senders_the_next_sentence_names_is_theirs_already() {
    let got = triples(
        "2023年7月，第九批援藏医疗队一行28人抵达青岚县，开始为期一年的援藏工作。医疗队由湖滨省卫生健康委员会组建。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨省卫生健康委员会", "青岚县")),
        "{got:?}"
    );
    // not across a paragraph
    let got = triples(
        "2023年7月，第九批援藏医疗队一行28人抵达青岚县。\n医疗队由湖滨省卫生健康委员会组建。",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_aid_word_in_a_helped_phrase_names_the_helper_where_an_act_follows() {
    let Extraction { records, .. } = extract(
        "在浙江援藏医疗队的帮助下，青岚县人民医院于2022年建成胸痛中心。",
        Some((2024, 6, 1)),
    );
    let kinds: Vec<&str> = records.iter().map(|r| r.kind.as_str()).collect();
    assert_eq!(kinds, ["discipline"], "{records:?}");
    // with no act after it, the phrase's own aid word is the act
    let got = triples("在湖滨省第二人民医院对口帮扶下，青岚县人民医院顺利通过三级医院评审。");
    assert_eq!(
        got,
        vec![t("pairing", "湖滨省第二人民医院", "青岚县人民医院")]
    );
}

#[test]
fn building_paid_for_or_helped_by_a_giver_is_construction() {
    for word in ["对口帮扶建设", "投资建设", "援助建设"] {
        let Extraction { records, .. } = extract(
            &format!("12月6日，由湖滨省人民医院{word}的青岚县人民医院新院区正式启用。"),
            Some((2024, 6, 1)),
        );
        assert!(
            records.iter().any(|r| r.kind.as_str() == "construction"),
            "{word}: {records:?}"
        );
    }
    // building-up alone names no construction
    let Extraction { records, .. } =
        extract("湖滨省人民医院助力青岚县健康县城建设。", Some((2024, 6, 1)));
    assert!(
        !records.iter().any(|r| r.kind.as_str() == "construction"),
        "{records:?}"
    );
}

#[test]
fn a_list_after_the_first_signer_s_with_is_the_other_side() {
    let got = triples(
        "11月8日，云南省第一人民医院与镇雄县人民医院、威信县人民医院等6家医院签约组建紧密型医联体。",
    );
    assert_eq!(
        got,
        vec![
            t("agreement", "云南省第一人民医院", "威信县人民医院"),
            t("agreement", "云南省第一人民医院", "镇雄县人民医院"),
            t("consortium", "云南省第一人民医院", "威信县人民医院"),
            t("consortium", "云南省第一人民医院", "镇雄县人民医院"),
        ]
    );
    // the list's last item may be joined by 和
    let got =
        triples("云南省第一人民医院与镇雄县人民医院、威信县人民医院和彝良县人民医院组建医联体。");
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|x| x.1 == "云南省第一人民医院"), "{got:?}");
}

#[test]
fn people_counted_by_their_posts_are_people() {
    let Extraction { entities, records } = extract(
        "五年来，湖滨省儿童医院先后派驻执行院长、业务院长及学科带头人共计54人，长期在青岚县人民医院工作。",
        None,
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "personnel")
        .expect("a sending");
    assert_eq!(r.persons.map(|k| entities[k].text.as_str()), Some("54人"));
}

#[test]
fn a_team_going_to_a_place_and_then_to_a_body_in_it_is_one_sending() {
    let Extraction { entities, records } = extract(
        "9月16日，浙江省第十一批援疆医疗队一行36人抵达喀什，开启为期一年半的援疆工作。本批医疗队将全部派驻喀什地区第二人民医院，开展“组团式”医疗援疆。",
        None,
    );
    let personnel: Vec<_> = records
        .iter()
        .filter(|r| r.kind.as_str() == "personnel")
        .collect();
    assert_eq!(personnel.len(), 1, "{records:?}");
    let r = personnel[0];
    assert_eq!(
        entities[r.recipients[0].entity].name(),
        "喀什地区第二人民医院"
    );
    assert_eq!(r.persons.map(|k| entities[k].text.as_str()), Some("36人"));
    // in two paragraphs (not as the team again), or with a body outside the
    // place, two acts
    let got =
        triples("9月16日，浙江省援疆医疗队抵达喀什。\n浙江省选派专家到喀什地区第二人民医院坐诊。");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = triples("9月16日，浙江省援疆医疗队抵达喀什。本批医疗队将派驻和田地区人民医院。");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn people_sent_somewhere_to_learn_are_trained_not_sent() {
    let got = triples(
        "湖滨省人民医院对口帮扶青岚县人民医院。受援医院每年选派10名业务骨干到支援医院进修学习。",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "湖滨省人民医院", "青岚县人民医院"),
            t("training", "湖滨省人民医院", "青岚县人民医院"),
        ]
    );
    // sent to work, they are sent
    let got = triples("湖滨省人民医院选派10名骨干到青岚县人民医院坐诊。");
    assert!(
        got.contains(&t("personnel", "湖滨省人民医院", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn slogans_name_no_act() {
    // the team a programme leaves behind is local staff, not a team sent
    let got = triples(
        "湖滨省人民医院派出专家到青岚县人民医院帮扶。\n他说，将把先进经验留在青岚县，打造一支带不走的医疗队。",
    );
    assert_eq!(
        got,
        vec![t("personnel", "湖滨省人民医院", "青岚县人民医院")]
    );
    // a quoted saying with no party in it is no act; a quoted term is
    let got = triples(
        "湖滨省人民医院派出专家到青岚县人民医院帮扶。\n“援藏一阵子，友谊一辈子。”李华说，他将把浙江的经验留在那曲，打造一支带不走的医疗队。",
    );
    assert_eq!(
        got,
        vec![t("personnel", "湖滨省人民医院", "青岚县人民医院")]
    );
    let got = triples("湖滨省人民医院在青岚县人民医院开展“组团式”帮扶。");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn the_person_sent_told_of_by_pronoun_acts_for_the_sender() {
    let got = triples(
        "2022年7月，湖滨省人民医院副主任医师李华作为援藏医疗队员，来到那曲市人民医院，担任心内科主任。\n初到那曲，高原反应让他头痛欲裂，但他第二天就走上了工作岗位。一年来，他带领科室开展新技术12项，完成手术300余台，培养本地医生6名。他还深入那曲市色尼区、比如县等地开展义诊8次。",
    );
    assert_eq!(
        got,
        vec![
            t("clinical_service", "湖滨省人民医院", "比如县"),
            t("clinical_service", "湖滨省人民医院", "色尼区"),
            t("clinical_service", "湖滨省人民医院", "那曲市人民医院"),
            t("discipline", "湖滨省人民医院", "那曲市人民医院"),
            t("personnel", "湖滨省人民医院", "那曲市人民医院"),
            t("training", "湖滨省人民医院", "那曲市人民医院"),
        ]
    );
    // with no sending before it, a pronoun carries nothing
    let got = triples("一年来，他带领科室开展新技术12项，完成手术300余台。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_team_s_members_origins_do_not_take_over_its_acts() {
    let got = triples(
        "湖滨省人民医院派出由12名专家组成的专家组，前往青岚县人民医院开展帮扶。专家组成员来自湖滨省肿瘤医院、湖滨省儿童医院等6家医院。\n交流期间，专家组将开展疑难病例会诊，并为青岚县人民医院的医护人员提供培训。",
    );
    assert_eq!(
        got,
        vec![
            t("clinical_service", "湖滨省人民医院", "青岚县人民医院"),
            t("personnel", "湖滨省人民医院", "青岚县人民医院"),
            t("training", "湖滨省人民医院", "青岚县人民医院"),
        ]
    );
    // nor do the bodies a team is made of, told with 由…组成
    let got = triples(
        "此次义诊由湖滨省卫生健康委员会组织，医疗队由湖滨省肿瘤医院、湖滨省儿童医院等8家医院的15名专家组成。",
    );
    assert!(
        !got.iter()
            .any(|x| x.2 == "湖滨省肿瘤医院" || x.2 == "湖滨省儿童医院"),
        "{got:?}"
    );
}

#[test]
fn a_list_of_givers_then_with_and_a_receiver_is_a_relation_of_its_own() {
    let got = triples(
        "近年来，江苏省与陕西省深化苏陕协作，江苏省人民医院、南京鼓楼医院等32家三级医院与陕西省56家县级医院建立对口帮扶关系。",
    );
    assert!(
        got.contains(&t("pairing", "江苏省人民医院", "陕西省")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("pairing", "南京鼓楼医院", "陕西省")),
        "{got:?}"
    );
}

#[test]
fn a_place_written_short_and_in_full_is_one_side() {
    let Extraction { records, .. } = extract(
        "江苏对口支援陕西医疗卫生工作成效显著\n2023年，江苏省继续对口支援陕西省医疗卫生工作。",
        None,
    );
    let pairings = records
        .iter()
        .filter(|r| r.kind.as_str() == "pairing")
        .count();
    assert_eq!(pairings, 1, "{records:?}");
}

#[test]
fn a_frame_of_time_whose_act_is_told_again_is_background() {
    // since when is no party; the act is the one after it
    let got = triples(
        "近日，记者从林芝市卫生健康委员会了解到，自2016年广东省开展“组团式”医疗援藏以来，广州医科大学附属第一医院等广东省内医院已累计选派120余名专家到林芝市人民医院开展援助工作。",
    );
    assert_eq!(
        got,
        vec![t("personnel", "广州医科大学附属第一医院", "林芝市人民医院")]
    );
    // with no subject of its own after the frame, the frame's body is the
    // subject of the act told again
    let got = triples(
        "自2015年广州市实施“组团式”医疗援藏以来，已累计选派医疗人才320余人次，帮助林芝市人民医院创建三级甲等医院。",
    );
    assert_eq!(got, vec![t("personnel", "广州市", "林芝市人民医院")]);
    // an act of another type in the frame stays its own
    let got = triples(
        "自2016年广州医科大学附属第一医院与林芝市人民医院结对以来，广州医科大学附属第一医院累计选派120余名专家到林芝市人民医院。",
    );
    assert!(
        got.contains(&t("pairing", "广州医科大学附属第一医院", "林芝市人民医院")),
        "{got:?}"
    );
    // a subject before the frame's 自 is the sentence's, not background
    let got = triples(
        "北京市自2010年承担对口支援和田地区任务以来，累计投入医疗卫生援疆资金15.6亿元，援建和田地区人民医院等项目86个。",
    );
    assert!(
        got.contains(&t("construction", "北京市", "和田地区人民医院")),
        "{got:?}"
    );
    // a relation of the frame that the sentence tells again between other
    // bodies is stated — its sides given with their city, and a county
    // whose name starts with 从 (no word of since)
    for (text, d, r) in [
        (
            "温州市鹿城区与雷波县结对以来，鹿城区人民医院与雷波县中医医院也签订了结对帮扶协议。",
            "鹿城区",
            "雷波县",
        ),
        (
            "西湖区与从江县结对以来，西湖区人民医院与从江县人民医院也签订了结对帮扶协议。",
            "西湖区",
            "从江县",
        ),
    ] {
        let got = triples(text);
        assert!(got.contains(&t("pairing", d, r)), "{text}: {got:?}");
    }
}

#[test]
fn a_headline_s_place_and_the_team_told_again_are_the_act_at_the_body() {
    // the headline's place is the body the article names
    let got = triples(
        "湖滨省人民医院援助林芝 “组团式”帮扶结硕果\n2023年，湖滨省人民医院选派20名专家到林芝市人民医院开展援助工作。",
    );
    assert_eq!(
        got,
        vec![t("personnel", "湖滨省人民医院", "林芝市人民医院")]
    );
    // …and takes the body's status: a running total stays one
    let Extraction { records, .. } = extract(
        "湖滨省人民医院援助林芝 “组团式”帮扶结硕果\n2016年以来，湖滨省人民医院已累计选派120余名专家到林芝市人民医院开展援助工作。",
        None,
    );
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].status, Status::Cumulative);
    // the team, told again at the hospitals of the cities it went to, is
    // the one sending, as first told
    let Extraction { entities, records } = extract(
        "北京协和医院专家赴内蒙古开展巡回医疗\n8月7日至12日，北京协和医院组织由18名专家组成的巡回医疗队，赴内蒙古自治区赤峰市、通辽市开展巡回医疗活动。\n6天时间里，医疗队先后走进赤峰市医院、通辽市医院，累计义诊患者2100余人次。",
        Some((2024, 9, 1)),
    );
    let personnel: Vec<_> = records
        .iter()
        .filter(|r| r.kind.as_str() == "personnel")
        .collect();
    assert_eq!(personnel.len(), 1, "{records:?}");
    let r = personnel[0];
    let to: Vec<&str> = r
        .recipients
        .iter()
        .map(|p| entities[p.entity].name())
        .collect();
    assert_eq!(to, ["赤峰市医院", "通辽市医院"]);
    assert_eq!(r.persons.map(|k| entities[k].text.as_str()), Some("18名"));
    assert_eq!(r.status, Status::Completed);
}

#[test]
fn a_paragraph_its_speaker_s_body_opens_goes_on_with_that_body_s_act() {
    let got = triples(
        "3月15日上午，青岚县人民医院与城关镇卫生院、新集镇卫生院共同签署紧密型县域医共体协议。\n青岚县人民医院院长在签约仪式上表示，医院将向各成员单位派驻业务院长1名，并免费接收乡镇卫生院医务人员进修。",
    );
    for kind in ["personnel", "training"] {
        for to in ["城关镇卫生院", "新集镇卫生院"] {
            assert!(
                got.contains(&t(kind, "青岚县人民医院", to)),
                "{kind} {to} {got:?}"
            );
        }
    }
}

#[test]
fn a_team_s_later_clause_with_its_own_act_and_receiver_is_that_act_s() {
    let got = triples(
        "10月20日至22日，由重庆医科大学附属儿童医院、重庆医科大学附属第一医院等医院专家组成的义诊团队走进城口县、巫溪县，为当地群众义诊1500余人次，并向城口县人民医院捐赠价值20万元的药品。",
    );
    assert_eq!(
        got,
        vec![
            t("clinical_service", "重庆医科大学附属儿童医院", "城口县"),
            t("clinical_service", "重庆医科大学附属儿童医院", "巫溪县"),
            t("clinical_service", "重庆医科大学附属第一医院", "城口县"),
            t("clinical_service", "重庆医科大学附属第一医院", "巫溪县"),
            t("equipment", "重庆医科大学附属儿童医院", "城口县人民医院"),
            t("equipment", "重庆医科大学附属第一医院", "城口县人民医院"),
        ]
    );
}

#[test]
fn a_team_s_receiver_is_not_the_one_a_later_act_marks() {
    let got = triples(
        "由湖滨省人民医院、湖滨省肿瘤医院专家组成的医疗队，于10月抵达称多县人民医院，并向玉树州人民医院捐赠药品。",
    );
    assert_eq!(
        got,
        vec![
            t("equipment", "湖滨省人民医院", "玉树州人民医院"),
            t("equipment", "湖滨省肿瘤医院", "玉树州人民医院"),
            t("personnel", "湖滨省人民医院", "称多县人民医院"),
            t("personnel", "湖滨省肿瘤医院", "称多县人民医院"),
        ]
    );
}

#[test]
fn signing_again_is_an_agreement_and_staying_at_a_body_marks_it() {
    let got = triples("会上，深圳市人民医院与和平县人民政府续签为期五年的帮扶协议。");
    assert_eq!(
        got,
        vec![t("agreement", "深圳市人民医院", "和平县人民政府")]
    );
    let got = triples(
        "这一变化得益于北京市对称多县的对口支援。2021年以来，湖滨省人民医院先后选派3批15名专家常驻称多县人民医院，帮助医院开展胃肠镜检查等新技术20余项。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨省人民医院", "称多县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_visit_is_no_sending() {
    let Extraction { entities, records } = extract(
        "十年来，浙江大学医学院附属邵逸夫医院先后派出管理和技术骨干180余人次到阿拉尔医院，帮助阿拉尔医院建成国家级胸痛中心。\n8月15日，浙江大学医学院附属邵逸夫医院院长一行来到阿拉尔医院调研，并与第一师卫生健康委签署新一轮托管协议。",
        Some((2024, 9, 1)),
    );
    let personnel: Vec<_> = records
        .iter()
        .filter(|r| r.kind.as_str() == "personnel")
        .collect();
    // the visit is no sending, and gives the total no day
    assert_eq!(personnel.len(), 1, "{records:?}");
    assert_eq!(personnel[0].date, None, "{records:?}");
    assert_eq!(
        personnel[0].persons.map(|k| entities[k].text.as_str()),
        Some("180余人次")
    );
}

#[test]
fn a_remote_care_network_is_a_consortium() {
    let got = triples(
        "2023年6月，北京协和医院与若尔盖县人民医院建立远程医疗协作网，截至目前已开展远程会诊320例。",
    );
    assert!(
        got.contains(&t("consortium", "北京协和医院", "若尔盖县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("clinical_service", "北京协和医院", "若尔盖县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_host_that_welcomes_a_team_receives_it() {
    // the guest word may come late in the clause, after an aspect particle
    assert_eq!(
        triples("近日，宁城县中心医院迎来了北京协和医院由8名专家组成的医疗队。"),
        vec![t("personnel", "北京协和医院", "宁城县中心医院")]
    );
    assert_eq!(
        triples("6月3日，青田县人民医院迎来了浙江省人民医院的医疗专家，开展义诊。"),
        vec![t("clinical_service", "浙江省人民医院", "青田县人民医院")]
    );
    assert_eq!(
        triples("青田县人民医院接收浙江省人民医院的专家坐诊。"),
        vec![t("personnel", "浙江省人民医院", "青田县人民医院")]
    );
    // people who come to learn are no guests, though a count's classifier
    // and its noun spell a guest word (`23名医务人员`)
    let got = triples(
        "2021年以来，浙江省人民医院先后派出专家42人次常驻青田县人民医院，并接收青田县人民医院23名医务人员到浙江省人民医院进修学习。",
    );
    assert!(
        got.contains(&t("personnel", "浙江省人民医院", "青田县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("training", "浙江省人民医院", "青田县人民医院")),
        "{got:?}"
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn the_said_hospital_helped_is_not_the_subject_that_opens_the_clause() {
    // `该院` after help points past the clause's own subject (the giver,
    // written short) to the other body named before it
    let got = triples(
        "据了解，自2021年浙江省人民医院与青田县人民医院建立对口帮扶关系以来，省人民医院先后派出专家常驻青田，帮助该院建成胸痛中心。",
    );
    assert!(
        got.contains(&t("discipline", "浙江省人民医院", "青田县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "青田县人民医院"), "{got:?}");
}

/// The people of each record: the values of its count and of the counts
/// listed with it.
fn people(text: &str) -> Vec<(String, Vec<f64>)> {
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let value = |k: usize| match &entities[k].value {
        bangfu_extract::EntityValue::Count(c) => c.value.unwrap_or(f64::NAN),
        _ => f64::NAN,
    };
    records
        .iter()
        .map(|r| {
            let parts = r.persons.into_iter().chain(r.persons_also.iter().copied());
            (r.kind.as_str().to_string(), parts.map(value).collect())
        })
        .collect()
}

#[test]
fn people_counted_in_one_list_are_all_the_acts() {
    assert_eq!(
        people("浙江省人民医院派出执行院长1名、科室主任10名长期驻点青田县人民医院。"),
        vec![("personnel".to_string(), vec![1.0, 10.0])]
    );
    assert_eq!(
        people("湖北省人民医院选派3名医生和2名护士到恩施州人民医院工作。"),
        vec![("personnel".to_string(), vec![3.0, 2.0])]
    );
    // (a coordinator inside an item's noun does not end the list)
    assert_eq!(
        people("浙江省人民医院派驻执行院长1名、科室主任及骨干医师46名常驻青田县人民医院。"),
        vec![("personnel".to_string(), vec![1.0, 46.0])]
    );
    assert_eq!(
        people("浙江省人民医院派驻医生1名和护士、药师及技师6名常驻青田县人民医院。"),
        vec![("personnel".to_string(), vec![1.0, 6.0])]
    );
    // a part of the whole is not another part, a comma ends the list, and
    // a count of other things is not people
    assert_eq!(
        people("湖北省人民医院选派专家10名、其中主任医师3名到恩施州人民医院工作。"),
        vec![("personnel".to_string(), vec![10.0])]
    );
    assert_eq!(
        people("湖北省人民医院向恩施州人民医院派出专家12名，培训医务人员300名。")
            .into_iter()
            .map(|p| p.1)
            .collect::<Vec<_>>(),
        vec![vec![12.0], vec![300.0]]
    );
    assert_eq!(
        people("湖北省人民医院向恩施州人民医院派出医疗队1支、专家8名。"),
        vec![("personnel".to_string(), vec![8.0])]
    );
    assert_eq!(
        people("湖北省人民医院向恩施州人民医院派出专家8名、救护车2辆。")[0].1,
        vec![8.0]
    );
    // the list is whole whichever of its counts stands nearest the act
    assert_eq!(
        people("3名医生和2名护士由湖北省人民医院选派到恩施州人民医院工作。"),
        vec![("personnel".to_string(), vec![2.0, 3.0])]
    );
}

#[test]
fn both_sides_are_the_last_relation_s_before_a_later_act_s() {
    let got = triples(
        "浙江省人民医院托管青田县人民医院。浙江省卫生健康委员会还安排专项资金500万元，支持青田县人民医院建设。下一步，双方将组建专科联盟。",
    );
    assert!(
        got.contains(&t("consortium", "浙江省人民医院", "青田县人民医院")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|x| x.0 == "consortium" && x.1 == "浙江省卫生健康委员会"),
        "{got:?}"
    );
    // with no relation told, the paragraph's last act's
    let got = triples("浙江省卫生健康委员会向青田县人民医院捐赠救护车2辆。双方签订了合作协议。");
    assert!(
        got.contains(&t("agreement", "浙江省卫生健康委员会", "青田县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_clause_s_own_subject_gives_its_act_after_a_relation_of_other_parties() {
    // `A对口支援B，C向D捐赠…`: C gives, not the sentence's first party
    // (whose relation stands beside it)
    let got =
        triples("此外，苏州市对口支援拉萨市林周县，南京鼓楼医院向林周县人民医院捐赠救护车2辆。");
    assert_eq!(
        got,
        vec![
            t("equipment", "南京鼓楼医院", "林周县人民医院"),
            t("pairing", "苏州市", "林周县")
        ]
    );
    // a clause with no subject of its own goes on with the sentence's
    let got = triples("南京鼓楼医院医疗队抵达林周县，向林周县人民医院捐赠救护车2辆。");
    assert!(
        got.contains(&t("equipment", "南京鼓楼医院", "林周县人民医院")),
        "{got:?}"
    );
}

#[test]
fn help_to_the_first_party_of_a_sentence_whose_giver_is_carried() {
    // `通过三年对口帮扶，帮助B重点发展…`: B receives from the giver carried
    let got = triples(
        "3月14日，南京鼓楼医院与林周县人民医院签署了对口帮扶协议。通过三年对口帮扶，帮助林周县人民医院重点发展急诊科、微创手术中心、胸痛中心。",
    );
    assert!(
        got.contains(&t("discipline", "南京鼓楼医院", "林周县人民医院")),
        "{got:?}"
    );
    // a unit named after the care it gives is no care given
    assert!(!got.iter().any(|x| x.0 == "clinical_service"), "{got:?}");
}

/// (type, duration text) of every record.
fn lasting(text: &str) -> Vec<(String, Option<String>)> {
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let mut out: Vec<(String, Option<String>)> = records
        .iter()
        .map(|r| {
            (
                r.kind.as_str().to_string(),
                r.duration.map(|d| entities[d].text.clone()),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_length_of_time_is_the_nearest_act_s_or_the_frame_of_all() {
    let got = lasting(
        "天津市第一中心医院向临夏州人民医院捐赠价值120万元的设备，并派出专家5人，对该院急诊科开展为期三个月的帮扶。",
    );
    assert_eq!(
        got,
        vec![
            ("equipment".to_string(), None),
            ("personnel".to_string(), Some("为期三个月".to_string())),
        ]
    );
    let got = lasting(
        "三年来，天津市第一中心医院向临夏州人民医院捐赠救护车3辆，培训临夏州人民医院医务人员200人次。",
    );
    assert!(
        got.iter().all(|(_, d)| d.as_deref() == Some("三年来")),
        "{got:?}"
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn the_sides_named_as_parts_give_and_receive() {
    // the part named first, with 为, 是 or a colon
    let expected = vec![t("pairing", "中山大学附属第一医院", "百色市人民医院")];
    assert_eq!(
        triples("本次帮扶的受援单位为百色市人民医院，支援单位为中山大学附属第一医院。"),
        expected
    );
    assert_eq!(
        triples("对口帮扶：支援方是中山大学附属第一医院，受援方是百色市人民医院。"),
        expected
    );
    assert_eq!(
        triples("本轮帮扶，受援医院：百色市人民医院，支援医院：中山大学附属第一医院。"),
        expected
    );
}

#[test]
fn a_person_from_a_body_who_arrives_with_a_post_was_sent() {
    assert_eq!(
        triples(
            "来自浙江大学医学院附属第二医院的张伟，2023年8月作为第十一批援疆干部来到阿克苏地区第一人民医院，担任副院长。"
        ),
        vec![t(
            "personnel",
            "浙江大学医学院附属第二医院",
            "阿克苏地区第一人民医院"
        )]
    );
}

#[test]
fn a_body_named_as_another_s_partner_is_the_other_side_of_the_relation() {
    // `被确定为`, `列为` name what the subject is: their 为 marks no
    // recipient, and standing says which side gives, whichever is named
    let expected = vec![t("pairing", "四川省人民医院", "平昌县人民医院")];
    for text in [
        "平昌县人民医院被确定为四川省人民医院对口帮扶医院。",
        "四川省人民医院被确定为平昌县人民医院对口帮扶医院。",
        "平昌县人民医院被列为四川省人民医院的对口支援单位。",
    ] {
        assert_eq!(triples(text), expected, "{text}");
    }
}

#[test]
fn the_said_hospital_a_speaker_s_body_helps_is_the_other_side() {
    // the speaker's body (its party committee) gives; 该院 is the body the
    // paragraph paired it with, and the place its people stay is no giver
    let got = triples(
        "7月18日，南昌大学第一附属医院与寻乌县人民医院签订帮扶协议。南昌大学第一附属医院党委书记表示，医院将继续选派骨干常驻寻乌，重点帮扶该院建设胸痛中心。",
    );
    assert!(
        got.contains(&t("discipline", "南昌大学第一附属医院", "寻乌县人民医院")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|x| x.1 == "寻乌" || x.2 == "南昌大学第一附属医院"),
        "{got:?}"
    );
    // so with the hospital itself speaking
    let got = triples(
        "7月18日，南昌大学第一附属医院与寻乌县人民医院签订帮扶协议。南昌大学第一附属医院院长表示，医院将重点帮扶该院建设胸痛中心。",
    );
    assert!(
        got.contains(&t("discipline", "南昌大学第一附属医院", "寻乌县人民医院")),
        "{got:?}"
    );
}

#[test]
fn an_act_named_in_a_meeting_s_name_is_its_topic_but_a_relation_is_stated() {
    let got = triples("7月18日，南昌大学第一附属医院“组团式”帮扶寻乌县人民医院工作推进会召开。");
    assert_eq!(
        got,
        vec![t("pairing", "南昌大学第一附属医院", "寻乌县人民医院")]
    );
}

#[test]
fn a_denied_act_is_no_act() {
    for text in [
        "受疫情影响，湖北省人民医院原计划为恩施州人民医院举办的培训班未能如期举办。",
        "截至目前，湖北省人民医院尚未与恩施州人民医院签署帮扶协议。",
        // a condition, not a deed
        "“以前要去成都市第一人民医院才能做的手术，现在在昭觉县人民医院就能做了。”患者说。",
    ] {
        assert!(triples(text).is_empty(), "{text}: {:?}", triples(text));
    }
    // a denial further before the act word says what is new, not what failed
    assert_eq!(
        triples("湖北省人民医院帮助恩施州人民医院开展了该院此前没有开展过的新技术。"),
        vec![t("discipline", "湖北省人民医院", "恩施州人民医院")]
    );
    // 未来 is no denial
    assert_eq!(
        triples("未来三年，湖北省人民医院将为恩施州人民医院培训医护人员100名。"),
        vec![t("training", "湖北省人民医院", "恩施州人民医院")]
    );
}

#[test]
fn pairs_told_after_an_agreement_that_borrows_from_before_them_stay() {
    let got = triples(
        "2021年以来，广州市白云区与毕节市纳雍县深化东西部协作，两地卫生健康部门签订合作协议，白云区人民医院与纳雍县人民医院、白云区中医医院与纳雍县中医医院分别结成帮扶对子。",
    );
    assert!(
        got.contains(&t("pairing", "白云区人民医院", "纳雍县人民医院")),
        "{got:?}"
    );
    assert!(
        got.contains(&t("pairing", "白云区中医医院", "纳雍县中医医院")),
        "{got:?}"
    );
    assert!(got.contains(&t("agreement", "白云区", "纳雍县")), "{got:?}");
}

#[test]
fn equipment_named_after_care_is_no_care_given() {
    let got =
        triples("郑州大学第一附属医院向卢氏县人民医院捐赠了价值80万元的远程会诊设备和手术器械。");
    assert_eq!(
        got,
        vec![t("equipment", "郑州大学第一附属医院", "卢氏县人民医院")]
    );
}

#[test]
fn an_item_naming_both_sides_as_parts_across_a_semicolon_is_one_act() {
    let got = triples(
        "现将对口支援关系公布如下：\n支援医院：兰州大学第一医院；受援医院：临夏县人民医院。\n受援医院：积石山县人民医院；支援医院：兰州大学第二医院。",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "兰州大学第一医院", "临夏县人民医院"),
            t("pairing", "兰州大学第二医院", "积石山县人民医院"),
        ]
    );
}

#[test]
fn the_shares_of_a_sum_go_to_each_receiver_and_the_total_is_not_summed_again() {
    let text = "近日，山东省财政厅下达医疗卫生对口支援资金6500万元，支持菏泽、临沂等5市。其中，菏泽市1800万元，临沂市1500万元。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let got: Vec<(String, String, Option<f64>, bool)> = records
        .iter()
        .map(|r| {
            let yuan = r.amount.and_then(|a| match &entities[a].value {
                bangfu_extract::EntityValue::Amount(x) => x.yuan,
                _ => None,
            });
            (
                r.kind.as_str().to_string(),
                r.recipients
                    .iter()
                    .map(|p| entities[p.entity].name().to_string())
                    .collect::<Vec<_>>()
                    .join("、"),
                yuan,
                r.recommended_for_aggregates,
            )
        })
        .collect();
    let f = |r: &str, y: f64, rec: bool| ("funding".to_string(), r.to_string(), Some(y), rec);
    assert_eq!(
        got,
        vec![
            f("菏泽、临沂", 6.5e7, false),
            f("菏泽市", 1.8e7, true),
            f("临沂市", 1.5e7, true),
        ]
    );
    // a sentence of shares needs a sum for each party, and a total told
    // before it
    let got = triples(
        "近日，山东省财政厅下达医疗卫生对口支援资金6500万元，支持菏泽、临沂等5市。其中，菏泽市1800万元，临沂市承担配套。",
    );
    assert!(!got.iter().any(|x| x.2 == "菏泽市"), "{got:?}");
    let Extraction { records, .. } =
        extract("其中，菏泽市1800万元，临沂市1500万元。", Some((2024, 6, 1)));
    assert!(records.is_empty(), "{records:?}");
}

#[test]
fn posts_filled_by_a_giver_s_people_serve_the_body_it_took_over() {
    let got = triples(
        "2022年9月，山东省立医院全面托管莘县人民医院，院长、副院长及8个临床科室主任均由省立医院派出的专家担任。",
    );
    assert!(
        got.contains(&t("personnel", "山东省立医院", "莘县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_paragraph_going_on_with_receivers_counted_goes_on_with_the_act() {
    let got = triples(
        "4月16日，洪雅县人民医院的15名专家先后到止戈镇卫生院、柳江镇卫生院开展巡回义诊活动。\n活动期间，专家们还为2家卫生院的医务人员开展了业务培训。",
    );
    assert!(
        got.contains(&t("training", "洪雅县人民医院", "止戈镇卫生院")),
        "{got:?}"
    );
    // …and so does one that counts them by the word for receivers
    let got = triples(
        "洪雅县人民医院对口帮扶止戈镇卫生院和柳江镇卫生院，共派出专家26名。\n医院免费接收两家受援医院的38名医务人员进修。",
    );
    assert!(
        got.contains(&t("training", "洪雅县人民医院", "柳江镇卫生院")),
        "{got:?}"
    );
    // bodies counted as givers still start an act of their own
    let got = triples(
        "4月16日，洪雅县人民医院的15名专家先后到止戈镇卫生院、柳江镇卫生院开展巡回义诊活动。\n全县13家医院为群众开展了健康培训。",
    );
    assert!(!got.iter().any(|x| x.0 == "training"), "{got:?}");
}

#[test]
fn an_item_s_heading_is_no_act_of_its_own() {
    let got = triples(
        "一是选派骨干。湖北省人民医院向恩施州人民医院选派医疗骨干18名。二是捐赠设备。湖北省人民医院向恩施州人民医院捐赠彩超设备价值65万元。",
    );
    assert_eq!(
        got,
        vec![
            t("equipment", "湖北省人民医院", "恩施州人民医院"),
            t("personnel", "湖北省人民医院", "恩施州人民医院"),
        ]
    );
    let Extraction { records, .. } = extract(
        "湖北省人民医院与恩施州人民医院签约。二是捐赠设备。",
        Some((2024, 6, 1)),
    );
    assert!(
        records.iter().all(|r| r.kind.as_str() != "equipment"),
        "{records:?}"
    );
}

#[test]
fn a_city_sending_to_its_own_counties_aids_them() {
    let got = triples("今年以来，遵义市选派医疗专家120名到正安县、道真县开展帮扶。");
    assert!(got.contains(&t("personnel", "遵义市", "正安县")), "{got:?}");
    assert!(got.contains(&t("personnel", "遵义市", "道真县")), "{got:?}");
    // written together, a city and its county are one place
    let got = triples("遵义市正安县选派医疗专家20名到务川县开展帮扶。");
    assert!(
        !got.iter().any(|x| x.1 == "遵义市" && x.2 == "正安县"),
        "{got:?}"
    );
}

#[test]
fn the_ways_and_fields_a_phrase_lists_are_topics_not_acts() {
    let got = triples(
        "今年4月，宁波市第一医院与布拖县人民医院签订对口帮扶协议，双方约定在学科建设、人才培养、远程会诊等方面开展全方位合作。",
    );
    assert_eq!(
        got,
        vec![t("agreement", "宁波市第一医院", "布拖县人民医院")]
    );
    let got = triples(
        "昆明市儿童医院将通过远程会诊、进修培训等方式，帮助曲靖市妇幼保健院提升儿科服务能力。",
    );
    assert!(
        !got.iter()
            .any(|x| x.0 == "clinical_service" || x.0 == "training"),
        "{got:?}"
    );
    // a site opened by 在 with no field closing it is where the act is done
    let got = triples("昆明市儿童医院专家在曲靖市妇幼保健院开展义诊和业务培训。");
    assert!(
        got.contains(&t("clinical_service", "昆明市儿童医院", "曲靖市妇幼保健院")),
        "{got:?}"
    );
}

#[test]
fn relations_told_by_you_clause_by_clause_pair_up() {
    let got = triples(
        "其中，威宁县人民医院由贵州省人民医院帮扶，赫章县人民医院由贵州医科大学附属医院帮扶。",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "贵州医科大学附属医院", "赫章县人民医院"),
            t("pairing", "贵州省人民医院", "威宁县人民医院"),
        ]
    );
}

#[test]
fn directed_relations_clause_by_clause_pair_up() {
    let got = triples(
        "其中，贵州省人民医院对口帮扶威宁县人民医院，贵州医科大学附属医院对口帮扶赫章县人民医院。",
    );
    assert_eq!(
        got,
        vec![
            t("pairing", "贵州医科大学附属医院", "赫章县人民医院"),
            t("pairing", "贵州省人民医院", "威宁县人民医院"),
        ]
    );
}

#[test]
fn a_consortium_s_parts_named_before_their_members() {
    let got = triples(
        "联盟牵头单位为昆明市儿童医院，成员单位包括曲靖市妇幼保健院、玉溪市儿童医院等36家医疗机构。",
    );
    assert_eq!(
        got,
        vec![
            t("consortium", "昆明市儿童医院", "曲靖市妇幼保健院"),
            t("consortium", "昆明市儿童医院", "玉溪市儿童医院"),
        ]
    );
}

#[test]
fn an_act_word_right_before_its_object_in_a_later_clause_names_its_receiver() {
    let got = triples(
        "十五年来，上海先后选派480余名医疗人才援助喀什地区，援建喀什地区第一人民医院门诊综合楼等项目38个。",
    );
    assert!(
        got.contains(&t("construction", "上海", "喀什地区第一人民医院")),
        "{got:?}"
    );
    assert!(got.contains(&t("personnel", "上海", "喀什地区")), "{got:?}");
}

#[test]
fn a_headline_s_halves_are_its_own_sentences() {
    // the place after the sending word is where the team went, not the
    // programme the second half names
    assert_eq!(
        triples("湖滨医院专家团队进驻唐山 京津冀医疗协同再添新成果"),
        vec![t("personnel", "湖滨医院", "唐山")]
    );
}

#[test]
fn a_heading_that_tells_an_act_does_not_go_on_with_the_paragraph_before() {
    let got = triples(
        "5月10日，湖滨省人民医院与岷县人民医院签署对口帮扶协议。在未来三年，湖滨省人民医院将派驻专家到受援医院工作；免费接受受援医院的医务人员进修学习等。\n\n多种形式 精准发力 区医疗队走入漳县\n\n5月24日，湖滨市卫生健康委组织专家赴漳县人民医院开展义诊。",
    );
    assert!(
        !got.iter().any(|x| x.1 == "湖滨省人民医院" && x.2 == "漳县"),
        "{got:?}"
    );
    // a short paragraph of prose is no heading: it goes on with the act
    let got = triples("湖滨省人民医院派出专家到岷县人民医院坐诊。\n专家们还开展了业务培训。");
    assert!(
        got.contains(&t("training", "湖滨省人民医院", "岷县人民医院")),
        "{got:?}"
    );
}

#[test]
fn the_body_a_copula_says_one_helps_is_its_recipient() {
    for text in [
        "林芝市人民医院是广东省对口支援的重点医院。",
        "林芝市人民医院为广东省对口帮扶医院。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("pairing", "广东省", "林芝市人民医院")],
            "{text}"
        );
    }
    // the giver's address may start with the places that qualify it
    assert_eq!(
        triples("据了解，镇雄县是浙江省宁波市东西部协作结对县，两地医疗合作不断深化。"),
        vec![t("pairing", "宁波市", "镇雄县")]
    );
    // (what it is may be any kind of body: `…对口帮扶单位`; standing does
    // not decide between these two)
    assert_eq!(
        triples("青岚县人民医院为湖滨市人民医院对口帮扶单位。"),
        vec![t("pairing", "湖滨市人民医院", "青岚县人民医院")]
    );
    // nor where 为 marks whom an act is done for: the act word describes
    // no kind of body (`A为B捐赠设备`)
    for text in [
        "湖滨市第一人民医院为石楼县人民医院捐赠设备。",
        "湖滨市第一人民医院为青岚县人民医院培训医生20名。",
    ] {
        let got = triples(text);
        assert!(
            got.len() == 1 && got[0].1 == "湖滨市第一人民医院",
            "{text} {got:?}"
        );
    }
    // where the act word has an object of its own, that is no reading of it
    let got = triples("林芝市人民医院是广东省对口支援米林县人民医院的牵头单位。");
    assert!(
        !got.contains(&t("pairing", "广东省", "林芝市人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_sentence_whose_every_body_a_marker_leads_names_no_giver() {
    // the paragraph before gave; this one goes on with its giver
    let got = triples(
        "湖滨省医院管理局派出医护人员前往青岚县人民医院。\n该局表示，自去年8月以来，已先后派出两批共25名医生到当地工作，并向该院捐赠价值约300万元的康复设备。",
    );
    assert!(
        got.contains(&t("equipment", "湖滨省医院管理局", "青岚县人民医院")),
        "{got:?}"
    );
    // and the body the marker leads is never the giver
    let Extraction { records, entities } = extract(
        "院方表示，向青岚县人民医院捐赠康复设备。此外，还派出专家到平陆县人民医院开展义诊。",
        None,
    );
    assert!(
        !records
            .iter()
            .flat_map(|r| &r.donors)
            .any(|d| entities[d.entity].text == "青岚县人民医院"),
        "{records:?}"
    );
}

#[test]
fn money_granted_is_funding() {
    for word in ["拨款", "资助", "捐助"] {
        let text = format!("湖滨省红十字会{word}500万元，支持青岚县人民医院建设康复中心。");
        assert!(
            triples(&text).contains(&t("funding", "湖滨省红十字会", "青岚县人民医院")),
            "{text}: {:?}",
            triples(&text)
        );
    }
}

#[test]
fn of_two_receivers_named_as_often_the_headline_s_is_the_article_s() {
    let text = "湖滨医科大学附属第一医院托管青岚县人民医院满三年\n2021年6月，湖滨医科大学附属第一医院与青岚县人民政府签订合作协议。三年来，湖滨医科大学附属第一医院先后派驻专家42人次，常驻医院开展带教工作。";
    let got = triples(text);
    assert!(
        got.contains(&t(
            "personnel",
            "湖滨医科大学附属第一医院",
            "青岚县人民医院"
        )),
        "{got:?}"
    );
    // told in a sentence, not a headline, the tie stays unbroken
    let got = triples(&text.replacen('\n', "。", 1));
    assert!(!got.iter().any(|x| x.0 == "personnel"), "{got:?}");
}

#[test]
fn an_aid_word_that_names_a_time_is_no_act() {
    let got = triples(
        "湖滨医科大学附属第一医院托管青岚县人民医院。\n湖滨医科大学附属第一医院青岚医院门诊量由托管前的每年30万人次增长到96万人次。",
    );
    assert_eq!(
        got,
        vec![t("pairing", "湖滨医科大学附属第一医院", "青岚县人民医院")]
    );
    // …but a journey is: 前往
    let got = triples("湖滨医科大学附属第一医院组织义诊前往青岚县人民医院。");
    assert!(!got.is_empty(), "{got:?}");
}

#[test]
fn an_officer_speaks_for_the_body_when_the_speech_names_no_other() {
    let got = triples(
        "由湖滨省第二人民医院援建的青岚县人民医院创伤中心正式投入使用。该中心总投资1200万元。\n湖滨省第二人民医院副院长王军表示，医院将继续派出骨科专家常驻青岚县。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨省第二人民医院", "青岚县")),
        "{got:?}"
    );
    // nor for a team named before the speaker's post
    let got = triples(
        "湖滨省第八批援藏医疗队领队、青岚县人民医院院长陈刚说：“我们将把更多好技术留在青岚县。”",
    );
    assert!(!got.iter().any(|x| x.1 == "青岚县人民医院"), "{got:?}");
    // a speech that names the partner speaks of another's act
    let got = triples(
        "湖滨省第二人民医院专家在青岚县人民医院开展义诊。\n青岚县卫生健康委员会主任王明表示，将以此次义诊为契机，深化与湖滨省第二人民医院的合作。",
    );
    assert!(
        !got.iter()
            .any(|x| x.1 == "青岚县卫生健康委员会" || x.2 == "青岚县卫生健康委员会"),
        "{got:?}"
    );
}

#[test]
fn a_body_another_joins_with_gives_with_it() {
    assert_eq!(
        triples("苏州市立医院联合无锡市人民医院专家团队，在察布查尔县人民医院开展义诊活动。"),
        vec![
            t("clinical_service", "无锡市人民医院", "察布查尔县人民医院"),
            t("clinical_service", "苏州市立医院", "察布查尔县人民医院"),
        ]
    );
}

#[test]
fn a_list_of_givers_before_a_pairing_word_with_an_object_is_one_side() {
    assert_eq!(
        triples("杭州市第一人民医院、杭州市中医院等5家三级医院对口支援阿克苏地区5家县级医院。"),
        vec![
            t("pairing", "杭州市中医院", "阿克苏地区"),
            t("pairing", "杭州市第一人民医院", "阿克苏地区"),
        ]
    );
}

#[test]
fn bodies_an_unnamed_organiser_organises_give() {
    assert_eq!(
        triples("今年，将继续组织杭州市第一人民医院对口支援阿克苏地区。"),
        vec![t("pairing", "杭州市第一人民医院", "阿克苏地区")]
    );
    // a named organiser is accountable, the bodies it organises implement
    assert_eq!(
        triples("杭州市卫生健康委组织杭州市第一人民医院对口支援阿克苏地区。"),
        vec![t("pairing", "杭州市卫生健康委", "阿克苏地区")]
    );
}

#[test]
fn projects_of_cooperation_are_no_act() {
    assert_eq!(
        triples("湖滨省人民医院派出专家常驻岷县人民医院。重大合作项目成效显著。"),
        vec![t("personnel", "湖滨省人民医院", "岷县人民医院")]
    );
}

#[test]
fn bodies_a_marker_leads_are_where_the_act_goes_not_its_two_sides() {
    let got = triples(
        "山东省援藏医疗队15名队员抵达日喀则市，分别进驻日喀则市人民医院和昂仁县人民医院开展帮扶工作。",
    );
    assert!(
        !got.iter()
            .any(|(_, d, r)| d == "日喀则市人民医院" && r == "昂仁县人民医院"),
        "{got:?}"
    );
}

#[test]
fn a_table_s_rows_are_the_relations_its_header_names() {
    let text = "附件：城市三级医院对口帮扶县级医院名单\n\
                序号\t支援医院\t受援县\t受援医院\n\
                1\t大理州人民医院\t漾濞县\t漾濞县人民医院\n\
                2\t\t云龙县\t云龙县人民医院\n\
                3\t保山市人民医院\t施甸县\t\n\
                请各医院按照要求做好帮扶工作。\n\
                4\t楚雄州人民医院\t双柏县\t双柏县人民医院";
    let got = triples(text);
    assert_eq!(
        got,
        [
            // the county where the row names no body
            t("pairing", "保山市人民医院", "施甸县"),
            // the body, not its county, where a row names both
            t("pairing", "大理州人民医院", "云龙县人民医院"),
            t("pairing", "大理州人民医院", "漾濞县人民医院"),
        ]
    );
    // (the line of another shape ends the table: row 4 is no relation;
    // row 2's empty giving cell is the one above, merged)
    let ex = extract(text, Some((2024, 6, 1)));
    let r = &ex.records[0];
    assert_eq!(r.trigger, "支援医院");
    assert!(!r.recommended_for_aggregates);
    // a lead body and its members
    let got = triples("序号\t牵头医院\t成员单位\n1\t曲靖市第一人民医院\t陆良县人民医院");
    assert_eq!(
        got,
        [t("consortium", "曲靖市第一人民医院", "陆良县人民医院")]
    );
    // a table whose header names no sides lists no relation
    let got = triples("序号\t医院\t地址\n1\t曲靖市第一人民医院\t陆良县人民医院");
    assert!(got.is_empty(), "{got:?}");
    // no header: numbered rows of two bodies under a line naming the
    // relation list giver, then receiver — under any other line, nothing
    let rows = "1\t曲靖市第一人民医院\t陆良县人民医院\n2\t玉溪市人民医院\t华宁县人民医院";
    let got = triples(&format!("一、对口支援关系\n{rows}"));
    assert_eq!(
        got,
        [
            t("pairing", "曲靖市第一人民医院", "陆良县人民医院"),
            t("pairing", "玉溪市人民医院", "华宁县人民医院"),
        ]
    );
    for line in ["一、医院名录", "一、捐赠设备情况"] {
        let got = triples(&format!("{line}\n{rows}"));
        assert!(got.is_empty(), "{line}: {got:?}");
    }
}

/// Each record as (type, its first donor, its recipients, the number of
/// people sent or trained).
type Row = (String, String, String, Option<f64>);
fn rows_of(text: &str) -> Vec<Row> {
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let name = |k: usize| entities[k].name().to_string();
    records
        .iter()
        .map(|r| {
            let receivers: Vec<String> = r.recipients.iter().map(|p| name(p.entity)).collect();
            (
                r.kind.as_str().to_string(),
                name(r.donors[0].entity),
                receivers.join("、"),
                r.persons.and_then(|k| match &entities[k].value {
                    bangfu_extract::EntityValue::Count(c) => c.value,
                    _ => None,
                }),
            )
        })
        .collect()
}

fn row(kind: &str, d: &str, r: &str, n: Option<f64>) -> Row {
    (kind.to_string(), d.to_string(), r.to_string(), n)
}

#[test]
fn a_column_of_people_sent_makes_each_row_a_sending_of_that_many() {
    let text = "序号\t支援医院\t受援医院\t派驻人数\n\
                1\t大理州人民医院\t漾濞县人民医院\t6人\n\
                2\t保山市人民医院\t施甸县人民医院\t";
    // (a row with an empty count is the relation alone)
    assert_eq!(
        rows_of(text),
        [
            row("pairing", "大理州人民医院", "漾濞县人民医院", None),
            row("personnel", "大理州人民医院", "漾濞县人民医院", Some(6.0)),
            row("pairing", "保山市人民医院", "施甸县人民医院", None),
        ]
    );
    // a bare number under the header of people sent is a sending too, of
    // a number that is no count of the text's; a nought is none
    let text = "支援医院\t受援医院\t派驻人数\n\
                大理州人民医院\t漾濞县人民医院\t6\n\
                保山市人民医院\t施甸县人民医院\t0";
    assert_eq!(
        rows_of(text),
        [
            row("pairing", "大理州人民医院", "漾濞县人民医院", None),
            row("personnel", "大理州人民医院", "漾濞县人民医院", None),
            row("pairing", "保山市人民医院", "施甸县人民医院", None),
        ]
    );
}

#[test]
fn labelled_fields_are_a_row_whose_header_they_carry() {
    // one line a task; a field of another kind between (`帮扶方式`, which
    // holds the column word `帮扶方`) is no new row
    let text = "一、帮扶单位：大理州人民医院；受援单位：漾濞县人民医院；帮扶方式：托管；派驻人数：7人。\n\
                二、帮扶单位：保山市人民医院；受援单位：施甸县人民医院、昌宁县人民医院。";
    assert_eq!(
        rows_of(text),
        [
            row("pairing", "大理州人民医院", "漾濞县人民医院", None),
            row("personnel", "大理州人民医院", "漾濞县人民医院", Some(7.0)),
            row(
                "pairing",
                "保山市人民医院",
                "施甸县人民医院、昌宁县人民医院",
                None
            ),
        ]
    );
    // one field a line, blocks one after another; the words of the
    // fields (`支援`, `派出`) are no acts of their own
    // (nor does a notice's issuer give them: `X关于…的通知`)
    let text = "云南省卫生健康委关于下达对口支援任务的通知\n\
                支援医院：大理州人民医院\n受援医院：漾濞县人民医院\n派出人数：3名\n\n\
                支援医院：保山市人民医院\n受援医院：施甸县人民医院";
    assert_eq!(
        rows_of(text),
        [
            row("pairing", "大理州人民医院", "漾濞县人民医院", None),
            row("personnel", "大理州人民医院", "漾濞县人民医院", Some(3.0)),
            row("pairing", "保山市人民医院", "施甸县人民医院", None),
        ]
    );
    // a line of text between two fields parts them: no relation
    let got = rows_of("支援医院：大理州人民医院\n请各单位高度重视。\n受援医院：漾濞县人民医院");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_act_at_a_place_goes_to_the_bodies_there_its_sentence_names_next() {
    let got = triples(
        "7月25日，由江苏省选派的第五批援疆医疗队一行30人抵达伊宁市，将在伊宁市人民医院开展为期一年的医疗援疆工作。",
    );
    assert_eq!(got, [t("personnel", "江苏省", "伊宁市人民医院")]);
    // several bodies, listed
    let got = triples(
        "江苏省选派的医疗队一行30人抵达伊宁市，分别进驻伊宁市人民医院和伊宁市中医医院开展帮扶。",
    );
    assert_eq!(
        got,
        [
            t("personnel", "江苏省", "伊宁市中医医院"),
            t("personnel", "江苏省", "伊宁市人民医院"),
        ]
    );
    // one body for two counties is another act's
    let got = triples(
        "由江苏省人民医院专家组成的义诊团队走进伊宁县、霍城县，为当地群众义诊1500余人次，并向伊宁县人民医院捐赠价值20万元的设备。",
    );
    assert!(
        got.contains(&t("clinical_service", "江苏省人民医院", "霍城县")),
        "{got:?}"
    );
    // …and so is a body its clause gives a gift of its own
    let got = triples(
        "5月，苏州市立医院专家团队走进察布查尔县，为当地群众开展义诊，并向察布查尔县人民医院捐赠价值50万元的医疗设备。",
    );
    assert!(
        got.contains(&t("clinical_service", "苏州市立医院", "察布查尔县")),
        "{got:?}"
    );
    // a clause with parties of its own is another relation
    let got = triples(
        "常州市武进区与伊宁县结对以来，武进区人民医院与伊宁县人民医院也签订了结对帮扶协议。",
    );
    assert!(got.contains(&t("pairing", "武进区", "伊宁县")), "{got:?}");
}

#[test]
fn a_hospital_s_act_with_no_receiver_goes_to_the_body_the_article_is_about() {
    // the headline names the county, the text the county's hospital: one
    // recipient at two levels, and a hospital helps the hospital
    let text = "江宁省人民医院专家团队赴伊宁县开展帮扶\n\
                近日，江宁省人民医院心血管内科等5个科室的8名专家来到伊宁县人民医院，开展为期一周的帮扶活动。\n\
                帮扶期间，江宁省人民医院专家共完成疑难手术12台，培训当地医务人员300余人次。";
    let got = triples(text);
    assert!(
        got.contains(&t("training", "江宁省人民医院", "伊宁县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.2 == "伊宁县"), "{got:?}");
    // a province gives to the county as named
    let text = "浙江省医疗卫生对口支援伊宁县\n\
                近日，浙江省人民医院专家来到伊宁县人民医院开展义诊。\n\
                此外，浙江省今年投入帮扶资金500万元用于医疗设备购置。";
    let got = triples(text);
    assert!(got.contains(&t("funding", "浙江省", "伊宁县")), "{got:?}");
    // and so does a government body
    let got = triples(&text.replace("此外，浙江省今年", "此外，浙江省卫生健康委员会今年"));
    assert!(
        got.contains(&t("funding", "浙江省卫生健康委员会", "伊宁县")),
        "{got:?}"
    );
}

#[test]
fn a_branch_in_another_place_is_helped_by_its_parent_s_place() {
    // the branch is seated in 海口, so 上海 helping it is no self-help
    let got = triples("在上海专家团队的帮助下，上海市第六人民医院海口医院开展新技术新项目30项。");
    assert_eq!(got, [t("discipline", "上海", "上海市第六人民医院海口医院")]);
}

#[test]
fn the_part_of_a_sum_a_later_clause_gives_the_receivers_is_theirs() {
    let text = "2023年，浙江省财政安排东西部协作资金2亿元，其中5000万元用于支持伊宁县、霍城县等8个县医疗卫生事业发展。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let funding: Vec<Option<f64>> = records
        .iter()
        .filter(|r| r.kind.as_str() == "funding")
        .map(|r| {
            r.amount.and_then(|a| match &entities[a].value {
                bangfu_extract::EntityValue::Amount(x) => x.yuan,
                _ => None,
            })
        })
        .collect();
    assert_eq!(funding, [Some(5e7)]);
    // a later clause that tells an act of its own keeps its sum
    let text = "浙江省人民医院捐赠价值300万元的医疗设备，并为伊宁县人民医院投入资金150万元。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let sums: Vec<(&str, Option<f64>)> = records
        .iter()
        .map(|r| {
            (
                r.kind.as_str(),
                r.amount.and_then(|a| match &entities[a].value {
                    bangfu_extract::EntityValue::Amount(x) => x.yuan,
                    _ => None,
                }),
            )
        })
        .collect();
    assert_eq!(sums, [("equipment", Some(3e6)), ("funding", Some(1.5e6))]);
}

#[test]
fn a_dateline_s_place_takes_no_part_in_the_story() {
    let got = triples(
        "本报兰州5月22日电 5月20日上午，天津市第三中心医院通过远程会诊系统，为临夏州人民医院的一名患者进行了会诊。",
    );
    assert_eq!(
        got,
        [t(
            "clinical_service",
            "天津市第三中心医院",
            "临夏州人民医院"
        )]
    );
}

#[test]
fn the_receiver_s_own_government_that_commissions_the_help_gives_none() {
    let got = triples("2021年6月，受赤峰市人民政府委托，江苏省人民医院正式托管赤峰市中心医院。");
    assert_eq!(got, [t("pairing", "江苏省人民医院", "赤峰市中心医院")]);
    // a commission from elsewhere is the giving side's, accountable
    let got = triples("受江苏省卫生健康委员会委托，江苏省人民医院正式托管赤峰市中心医院。");
    assert!(
        got.contains(&t("pairing", "江苏省卫生健康委员会", "赤峰市中心医院")),
        "{got:?}"
    );
}

#[test]
fn a_party_opening_a_later_clause_after_a_passive_is_that_clause_s_subject() {
    let got = triples(
        "三年来，伊宁市中心医院由江苏省人民医院派驻的执行院长进行管理，江苏专家团队累计在伊宁市开展手术2600余台。",
    );
    assert!(
        got.contains(&t("personnel", "江苏省人民医院", "伊宁市中心医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.2 == "江苏"), "{got:?}");
}

#[test]
fn an_act_pointed_back_at_with_no_receiver_named_is_the_act_told_before() {
    let text = "8月16日，新疆医科大学第一附属医院与伊犁州友谊医院签署对口帮扶协议。\n\
                签约仪式上，新疆医科大学第一附属医院向伊犁州友谊医院捐赠了价值80万元的医疗设备。伊犁州卫生健康委主任表示，此次签约是落实城乡医院对口支援工作的重要举措。";
    let got = triples(text);
    assert_eq!(
        got,
        [
            t("agreement", "新疆医科大学第一附属医院", "伊犁州友谊医院"),
            t("equipment", "新疆医科大学第一附属医院", "伊犁州友谊医院"),
        ]
    );
    // `本次` with a receiver named is this time's act
    let got = triples(
        "浙江省肿瘤医院派出5名专家到伊宁县人民医院。浙江省人民医院本次派出了17名专家，在伊宁县人民医院进行了义诊。",
    );
    assert!(
        got.contains(&t("personnel", "浙江省人民医院", "伊宁县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_province_written_with_two_of_its_abbreviations_is_no_grouping() {
    // 新 and 疆 both stand for Xinjiang: a Xinjiang body helping a county
    // of its own region is aid, not a grouping helping its member
    let got = triples("新疆医科大学第一附属医院向伊宁县人民医院捐赠了价值80万元的医疗设备。");
    assert_eq!(
        got,
        [t("equipment", "新疆医科大学第一附属医院", "伊宁县人民医院")]
    );
}

#[test]
fn a_body_s_official_speaks_for_it_past_a_receiver_named_in_the_speech() {
    let text = "北京安贞医院帮扶张家口市第二医院，协助建成心血管病中心。\n\
                北京市医院管理中心有关负责人表示，下一步，市属医院将继续加大对张家口的帮扶力度。";
    let got = triples(text);
    assert!(
        got.contains(&t("pairing", "北京市医院管理中心", "张家口")),
        "{got:?}"
    );
    assert!(
        !got.contains(&t("pairing", "北京安贞医院", "张家口")),
        "{got:?}"
    );
}

#[test]
fn building_a_hospital_s_branch_is_the_parent_s_act_for_it() {
    let text = "上海市第六人民医院派驻专家20名到海口市人民医院。\n\
                上海市第六人民医院海口医院于2024年4月开工建设，加快推进复旦大学附属华山医院福建医院建设。";
    let got = triples(text);
    assert!(
        got.contains(&t(
            "construction",
            "上海市第六人民医院",
            "上海市第六人民医院海口医院"
        )),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|x| x.1 == "上海市第六人民医院海口医院"),
        "{got:?}"
    );
    // and so is opening it
    let got = triples(
        "上海市第六人民医院派驻专家20名到海口市人民医院。\n上海市第六人民医院海口医院正式揭牌。",
    );
    assert!(
        got.contains(&t(
            "pairing",
            "上海市第六人民医院",
            "上海市第六人民医院海口医院"
        )),
        "{got:?}"
    );
    // a parent the article never names alone gives no party
    let got = triples("上海市第六人民医院海口医院于2024年4月开工建设。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_clause_s_own_giver_of_money_reaches_the_clause_that_says_what_it_is_for() {
    let got = triples(
        "杭州市西湖区卫生健康局与伊宁县卫生健康委签订医疗卫生帮扶协议，西湖区投入东西部协作资金300万元，用于伊宁县人民医院、伊宁县中医医院能力提升建设。",
    );
    for r in ["伊宁县人民医院", "伊宁县中医医院"] {
        assert!(got.contains(&t("funding", "西湖区", r)), "{got:?}");
    }
}

#[test]
fn a_side_named_by_its_part_before_its_name_is_that_side() {
    // `对口帮扶单位A`: the title's 帮扶 takes no object, A gives
    assert_eq!(
        triples("对口帮扶单位湖滨市第一人民医院派出6名专家到青岚县人民医院。"),
        vec![t("personnel", "湖滨市第一人民医院", "青岚县人民医院")]
    );
    // `B的对口帮扶单位A`: A gives to B, whichever is written first
    assert_eq!(
        triples("青岚县人民医院的对口帮扶单位湖滨市第一人民医院派出6名专家。"),
        vec![t("personnel", "湖滨市第一人民医院", "青岚县人民医院")]
    );
    assert_eq!(
        triples("湖滨市第一人民医院的受援医院青岚县人民医院开展新技术5项。"),
        vec![t("discipline", "湖滨市第一人民医院", "青岚县人民医院")]
    );
}

#[test]
fn an_act_word_inside_a_leading_helped_phrase_is_the_relation_it_names() {
    assert_eq!(
        triples(
            "2022年以来，在对口帮扶单位湖滨市第一人民医院的指导下，青岚县人民医院建立了急救绿色通道。"
        ),
        vec![t("pairing", "湖滨市第一人民医院", "青岚县人民医院")]
    );
}

#[test]
fn a_body_that_assesses_the_work_is_no_side() {
    let got = triples(
        "青岚县人民医院卒中中心通过国家卫生健康委脑卒中防治工程委员会认证。湖滨市第一人民医院对口帮扶青岚县人民医院。",
    );
    assert!(!got.iter().any(|x| x.1.contains("卫生健康委")), "{got:?}");
    assert!(
        got.contains(&t("pairing", "湖滨市第一人民医院", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn trainees_counted_by_where_they_come_from_receive_from_the_organiser() {
    let got = triples(
        "6月12日，由湖滨省卫生健康委员会主办、湖滨医科大学附属医院承办的乡村医生培训班开班。来自凤冈、湄潭、余庆三县的86名乡村医生参加培训。培训为期15天，内容涵盖常见病诊疗、慢病管理等。",
    );
    assert_eq!(
        got,
        vec![
            t("training", "湖滨省卫生健康委员会", "余庆"),
            t("training", "湖滨省卫生健康委员会", "凤冈"),
            t("training", "湖滨省卫生健康委员会", "湄潭"),
        ]
    );
}

#[test]
fn an_organiser_of_an_event_gives_and_receives_nothing() {
    let ex = extract(
        "由湖滨省卫生健康委员会主办、湖滨医科大学附属医院承办的培训班为青岚县人民医院培训医护人员60名。",
        Some((2024, 6, 1)),
    );
    let name = |k: usize| ex.entities[k].name().to_string();
    let r = &ex.records[0];
    let donors: Vec<String> = r.donors.iter().map(|d| name(d.entity)).collect();
    let recipients: Vec<String> = r.recipients.iter().map(|d| name(d.entity)).collect();
    assert_eq!(
        donors,
        vec!["湖滨省卫生健康委员会", "湖滨医科大学附属医院"],
        "{:?}",
        ex.records
    );
    assert_eq!(recipients, vec!["青岚县人民医院"]);
}

#[test]
fn money_given_as_such_is_funding_and_goods_worth_a_sum_are_equipment() {
    let kinds = |text: &str| -> Vec<String> {
        extract(text, None)
            .records
            .iter()
            .map(|r| r.kind.as_str().to_string())
            .collect()
    };
    assert_eq!(
        kinds("湖滨市第一人民医院向青岚县人民医院捐赠港币五十万元，用于购置眼科设备。"),
        ["funding"]
    );
    assert_eq!(
        kinds("湖滨市第一人民医院向青岚县人民医院捐赠了500万元。"),
        ["funding"]
    );
    assert_eq!(
        kinds("湖滨市第一人民医院向青岚县人民医院捐赠价值500万元的医疗设备。"),
        ["equipment"]
    );
    assert_eq!(
        kinds("湖滨市第一人民医院向青岚县人民医院捐赠500万元的医疗设备。"),
        ["equipment"]
    );
}

#[test]
fn a_body_a_share_of_the_whole_goes_to_does_not_take_the_whole() {
    let got = triples(
        "2023年，杭州市投入东西部协作资金1850万元，支持阿坝州改善医疗卫生条件，其中安排680万元用于马尔康市人民医院综合楼改扩建。",
    );
    assert!(got.contains(&t("funding", "杭州市", "阿坝州")), "{got:?}");
    assert!(
        got.contains(&t("construction", "杭州市", "马尔康市人民医院")),
        "{got:?}"
    );
    assert!(
        !got.contains(&t("funding", "杭州市", "马尔康市人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_platform_for_remote_care_is_a_facility_not_care_given() {
    assert_eq!(
        triples("由湖滨医科大学第一附属医院援建的青岚县人民医院远程会诊平台投入使用。"),
        vec![t(
            "construction",
            "湖滨医科大学第一附属医院",
            "青岚县人民医院"
        )]
    );
}

#[test]
fn a_body_opening_a_share_with_money_of_its_own_gives_it() {
    let ex = extract(
        "由湖滨医科大学第一附属医院援建的青岚县人民医院住院楼投入使用，项目总投资420万元，其中湖滨市慈善总会出资300万元。",
        Some((2024, 6, 1)),
    );
    let name = |k: usize| ex.entities[k].name().to_string();
    assert!(!ex.records.is_empty());
    for r in &ex.records {
        let recipients: Vec<String> = r.recipients.iter().map(|p| name(p.entity)).collect();
        let donors: Vec<String> = r.donors.iter().map(|p| name(p.entity)).collect();
        assert_eq!(recipients, ["青岚县人民医院"], "{:?}", ex.records);
        assert!(donors.contains(&"湖滨市慈善总会".to_string()), "{donors:?}");
    }
}

#[test]
fn one_body_named_in_full_and_short_gives_once() {
    let ex = extract(
        "由安澜医科大学第一附属医院援建的青岚县人民医院住院楼投入使用，项目总投资420万元，其中安医大一附院出资300万元。",
        Some((2024, 6, 1)),
    );
    assert!(!ex.records.is_empty());
    for r in &ex.records {
        assert_eq!(r.donors.len(), 1, "{:?}", ex.records);
    }
}

#[test]
fn a_headline_s_place_merged_with_the_body_s_act_goes_to_the_body_the_text_names() {
    let got = triples(
        "湖滨二院派专家团队赴景东县开展帮扶\n近日，湖滨医科大学第二医院派出由7名专家组成的帮扶团队抵达云南省景东彝族自治县，在景东县人民医院开展为期半年的帮扶工作。",
    );
    assert!(
        got.contains(&t("personnel", "湖滨医科大学第二医院", "景东县人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.2 == "景东县"), "{got:?}");
}

#[test]
fn the_place_a_team_comes_home_to_receives_nothing() {
    let got = triples(
        "11月2日，由湖滨省人民医院组派的第23批援外医疗队一行12人圆满完成为期一年的援外任务，返回长沙。援外期间，医疗队累计诊治患者1.5万人次。",
    );
    assert!(!got.iter().any(|x| x.2 == "长沙"), "{got:?}");
    // going there is still going there
    let got = triples("湖滨省人民医院派出医疗队一行12人前往长沙开展义诊。");
    assert!(got.iter().any(|x| x.2 == "长沙"), "{got:?}");
}

#[test]
fn bodies_whose_people_make_up_a_team_extend_the_help() {
    let ex = extract(
        "由湖滨市第一医院、湖滨大学第二医院专家组成的医疗队，近日在青岚县人民医院开展义诊。",
        Some((2024, 6, 1)),
    );
    assert!(!ex.records.is_empty());
    for r in &ex.records {
        assert_eq!(r.donors.len(), 2, "{:?}", ex.records);
        assert!(
            r.donors.iter().all(|d| d.role == Role::Extending),
            "{:?}",
            r.donors
        );
    }
}

#[test]
fn sending_down_is_a_sending() {
    assert_eq!(
        triples("湖滨市第一医院向石坝镇卫生院下派医务人员3名。"),
        vec![t("personnel", "湖滨市第一医院", "石坝镇卫生院")]
    );
}

#[test]
fn a_body_whose_official_attends_the_ceremony_is_no_side() {
    let got = triples(
        "湖滨市第一医院与张家口市第三医院共建的儿科联合病房正式揭牌。张家口市卫生健康委员会副主任出席揭牌仪式。",
    );
    assert!(
        !got.iter().any(|x| x.1 == "张家口市卫生健康委员会"),
        "{got:?}"
    );
}

#[test]
fn bodies_a_lead_joins_in_a_clause_of_their_own_give_with_it() {
    let got = triples(
        "由湖滨医科大学第一附属医院牵头，联合湖滨省人民医院、湖滨医科大学第二附属医院，组建了包括45名专家的医疗队，于7月1日起对口支援青岚县人民医院。",
    );
    assert!(got.iter().all(|x| x.2 == "青岚县人民医院"), "{got:?}");
    assert!(
        got.contains(&t("personnel", "湖滨省人民医院", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn bodies_a_lead_joins_into_a_grouping_are_its_members() {
    let got = triples(
        "9月20日，由湖滨医科大学附属儿童医院牵头，联合湖滨省妇幼保健院、青岚县人民医院等26家医疗机构共同组建的儿科专科联盟在重庆成立。",
    );
    assert!(
        got.contains(&t(
            "consortium",
            "湖滨医科大学附属儿童医院",
            "青岚县人民医院"
        )),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "青岚县人民医院"), "{got:?}");
}

#[test]
fn a_university_s_hospital_of_no_seat_ranks_above_a_prefecture_s() {
    assert_eq!(
        triples("云南省文山州人民医院与湖滨大学附属第一医院签订对口支援协议。"),
        vec![t(
            "agreement",
            "湖滨大学附属第一医院",
            "云南省文山州人民医院"
        )]
    );
}

#[test]
fn a_clause_that_joins_its_bodies_to_the_subject_before_has_it_as_the_other_side() {
    let got = triples(
        "由湖滨医科大学附属儿童医院牵头，联合湖滨省妇幼保健院、青岚县人民医院等26家医疗机构共同组建儿科专科联盟。",
    );
    assert_eq!(
        got,
        vec![
            t("consortium", "湖滨医科大学附属儿童医院", "湖滨省妇幼保健院"),
            t("consortium", "湖滨医科大学附属儿童医院", "青岚县人民医院"),
        ]
    );
}

#[test]
fn the_date_of_a_share_does_not_date_the_whole() {
    let got = dated(
        "截至目前，湖滨医科大学总医院已累计选派专家203人次赴青岚县人民医院开展帮扶，其中2024年选派31人次。",
    );
    assert!(!got.is_empty());
    assert!(got.iter().all(|(_, d)| d.is_none()), "{got:?}");
}

#[test]
fn a_county_hospital_sending_to_another_hospital_of_its_county_aids_it() {
    assert_eq!(
        triples("岳西县人民医院向岳西县中医院下派医务人员36名。"),
        vec![t("personnel", "岳西县人民医院", "岳西县中医院")]
    );
    // a county's own bureau and its hospital stay administration
    assert!(triples("岳西县卫生健康委向岳西县人民医院下派医务人员36名。").is_empty());
}

#[test]
fn people_named_by_a_trade_of_theirs_are_people() {
    let got = people("湖滨市第一医院向青岚县人民医院派出2名康复治疗师。");
    assert_eq!(got, vec![("personnel".to_string(), vec![2.0])]);
}

#[test]
fn the_matters_a_talk_is_on_are_topics() {
    let got = triples(
        "湖滨市第一医院院长一行赴青岚县人民医院考察，双方就深化对口帮扶、共建重点专科等事宜进行了深入交流。",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn touring_care_is_care_given() {
    assert_eq!(
        triples("湖滨市第一医院组织专家12人前往青岚县人民医院开展巡回医疗。"),
        vec![t("clinical_service", "湖滨市第一医院", "青岚县人民医院")]
    );
}

#[test]
fn a_headline_s_act_at_a_region_is_the_body_s_act_at_places_in_it() {
    let got = triples(
        "湖滨市第一医院专家赴甘肃开展义诊\n5月3日，湖滨市第一医院专家赴甘肃省临夏州、甘南州开展义诊。",
    );
    assert_eq!(
        got,
        vec![
            t("clinical_service", "湖滨市第一医院", "临夏州"),
            t("clinical_service", "湖滨市第一医院", "甘南州")
        ]
    );
    // a place outside the headline's is another act
    let got = triples(
        "湖滨市第一医院专家赴甘肃开展义诊\n5月3日，湖滨市第一医院专家赴青海省海北州开展义诊。",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // several places, each holding some of the body's bodies
    let got = triples(
        "河北省儿童医院与张家口市、承德市3家县级医院建立专科联盟\n\
         日前，河北省儿童医院与崇礼区医院、赤城县医院、隆化县医院建立儿科专科联盟。",
    );
    assert_eq!(
        got,
        vec![
            t("consortium", "河北省儿童医院", "崇礼区医院"),
            t("consortium", "河北省儿童医院", "赤城县医院"),
            t("consortium", "河北省儿童医院", "隆化县医院")
        ]
    );
    // (not where a place holds none of them)
    let got = triples(
        "河北省儿童医院与张家口市、保定市3家县级医院建立专科联盟\n\
         日前，河北省儿童医院与崇礼区医院、赤城县医院、隆化县医院建立儿科专科联盟。",
    );
    assert_eq!(got.len(), 5, "{got:?}");
    // the headline's one receiver among the several the body's act names
    let ex = extract(
        "江苏援藏医疗队助力日喀则市人民医院\n8月初，江苏省第十批援藏医疗队15名队员抵达日喀则市，分别进驻日喀则市人民医院和昂仁县人民医院开展帮扶工作。",
        Some((2024, 6, 1)),
    );
    assert_eq!(ex.records.len(), 1, "{:?}", ex.records);
    assert_eq!(ex.records[0].recipients.len(), 2);
    // the headline's giver may be the place the body's giver is seated in
    let got =
        triples("苏州医疗队赴铜仁义诊\n5月3日，苏州市立医院组织12名专家赴铜仁市石阡县开展义诊。");
    assert!(
        got.contains(&t("clinical_service", "苏州市立医院", "石阡县"))
            && !got
                .iter()
                .any(|r| r.1 == "苏州" && r.0 == "clinical_service"),
        "{got:?}"
    );
    // not a body seated elsewhere
    let got =
        triples("苏州医疗队赴铜仁义诊\n5月3日，无锡市人民医院组织12名专家赴铜仁市石阡县开展义诊。");
    assert!(
        got.contains(&t("clinical_service", "苏州", "铜仁")),
        "{got:?}"
    );
}

#[test]
fn a_subject_joining_bodies_to_a_grouping_leads_it() {
    for verb in ["联合", "整合"] {
        assert_eq!(
            triples(&format!(
                "湖滨市第一医院{verb}青岚县人民医院、石楼县人民医院组建专科联盟。"
            )),
            vec![
                t("consortium", "湖滨市第一医院", "石楼县人民医院"),
                t("consortium", "湖滨市第一医院", "青岚县人民医院"),
            ],
            "{verb}"
        );
    }
    // joined to an act of giving, they give with it
    assert_eq!(
        triples("湖滨市第一医院整合湖滨市第二医院专家力量，赴青岚县人民医院开展义诊。"),
        vec![
            t("clinical_service", "湖滨市第一医院", "青岚县人民医院"),
            t("clinical_service", "湖滨市第二医院", "青岚县人民医院"),
        ]
    );
}

#[test]
fn a_grouping_s_lead_named_as_such_has_the_bodies_after_it_as_members() {
    assert_eq!(
        triples("石楼县以县人民医院为牵头单位，整合县中医院、县妇幼保健院，组建紧密型县域医共体。"),
        vec![
            t("consortium", "石楼县人民医院", "石楼县中医院"),
            t("consortium", "石楼县人民医院", "石楼县妇幼保健院"),
        ]
    );
    // the place the grouping is in is no side, even before a named part
    assert_eq!(
        triples("石楼县以石楼县人民医院为牵头单位，石楼县中医院为成员单位，组建紧密型县域医共体。"),
        vec![t("consortium", "石楼县人民医院", "石楼县中医院")]
    );
}

#[test]
fn a_meeting_s_venue_is_no_side() {
    assert_eq!(
        triples("5月17日，湖滨市第一医院托管青岚县人民医院五周年总结会在霸州市召开。"),
        vec![t("pairing", "湖滨市第一医院", "青岚县人民医院")]
    );
    // a place where care is given is its receiver
    assert_eq!(
        triples("5月17日，湖滨市第一医院专家在霸州市开展义诊。"),
        vec![t("clinical_service", "湖滨市第一医院", "霸州市")]
    );
}

#[test]
fn work_praised_or_met_on_is_no_act() {
    // the work an official praises
    let got = triples("湖滨市卫健委对青岚县医共体建设工作给予充分肯定。");
    assert!(got.is_empty(), "{got:?}");
    // the topic of an exchange meeting
    let got = triples("湖滨市卫健委主持召开青岚县医共体建设经验交流会，青岚县人民医院参加。");
    assert!(got.is_empty(), "{got:?}");
    // praise in another clause leaves the act
    assert_eq!(
        triples("湖滨市第一医院与青岚县人民医院组建医联体，受到省卫健委充分肯定。"),
        vec![t("consortium", "湖滨市第一医院", "青岚县人民医院")]
    );
}

#[test]
fn a_team_arriving_at_a_place_and_posted_to_its_bodies_goes_to_the_bodies() {
    assert_eq!(
        triples(
            "2024年2月，苏州市第十批医疗队20名队员到达石楼县，分别派驻石楼县人民医院和石楼县中医院。"
        ),
        vec![
            t("personnel", "苏州市", "石楼县中医院"),
            t("personnel", "苏州市", "石楼县人民医院"),
        ]
    );
}

#[test]
fn people_taking_posts_at_a_body_of_the_place_they_reach_go_to_the_body() {
    let Extraction { records, .. } = extract(
        "浙江省人民医院“组团式”帮扶那曲市人民医院纪实\n2023年7月，浙江省人民医院医疗队一行9人抵达那曲，分别担任那曲市人民医院副院长及重症医学科主任。",
        None,
    );
    let personnel: Vec<_> = records
        .iter()
        .filter(|r| r.kind.as_str() == "personnel")
        .collect();
    // one act, told in the headline and in the body
    assert_eq!(personnel.len(), 1, "{records:?}");
    assert_eq!(personnel[0].evidence.len(), 2, "{records:?}");
    assert_eq!(
        triples(
            "2023年7月，浙江省人民医院医疗队一行9人抵达那曲，分别担任那曲市人民医院副院长及重症医学科主任。"
        ),
        vec![t("personnel", "浙江省人民医院", "那曲市人民医院")]
    );
}

#[test]
fn a_sending_planned_is_not_merged_into_one_done() {
    let Extraction { records, .. } = extract(
        "7月18日，南昌大学第二附属医院帮扶安远县人民医院工作推进会召开。南昌大学第二附属医院院长表示，医院将继续选派优秀医疗骨干常驻安远，重点帮扶该院建设胸痛中心。\n据了解，自2021年帮扶以来，南昌大学第二附属医院已派出4批次共32名专家，帮助安远县人民医院成功创建二级甲等医院。",
        None,
    );
    let mut statuses: Vec<Status> = records
        .iter()
        .filter(|r| r.kind.as_str() == "personnel")
        .map(|r| r.status)
        .collect();
    statuses.sort_by_key(|s| format!("{s:?}"));
    assert_eq!(
        statuses,
        [Status::Cumulative, Status::Planned],
        "{records:?}"
    );
}

#[test]
fn departments_set_up_are_a_discipline_built_up() {
    assert_eq!(
        triples("湖滨市第一医院帮助青岚县人民医院新建科室3个。"),
        vec![t("discipline", "湖滨市第一医院", "青岚县人民医院")]
    );
    // a building set up stays construction
    assert_eq!(
        triples("湖滨市第一医院帮助青岚县人民医院新建住院楼1栋。"),
        vec![t("construction", "湖滨市第一医院", "青岚县人民医院")]
    );
}

#[test]
fn an_act_word_with_an_aspect_particle_still_takes_its_object() {
    let got = triples(
        "2021年以来，苏州市与青岚县深化东西部协作，累计投入协作资金1.2亿元，援建了青岚县人民医院住院综合楼。",
    );
    assert!(
        got.contains(&t("construction", "苏州市", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn a_bracket_numbered_heading_run_into_its_item_states_no_act_of_its_own() {
    let got = triples(
        "湖滨市第一医院对口支援青岚县人民医院、石楼县人民医院。\n（二）捐赠设备。向青岚县人民医院捐赠心电监护仪5台。",
    );
    let equipment: Vec<_> = got.iter().filter(|x| x.0 == "equipment").collect();
    assert_eq!(
        equipment,
        [&t("equipment", "湖滨市第一医院", "青岚县人民医院")]
    );
}

#[test]
fn where_a_ceremony_is_held_is_no_receiver_where_care_is_given_is() {
    let got = triples("7月30日，苏州市第十批援藏医疗队出征仪式在南京举行。");
    assert!(got.is_empty(), "{got:?}");
    assert_eq!(
        triples("7月30日，苏州市第一人民医院专家义诊活动在石楼县举行。"),
        vec![t("clinical_service", "苏州市第一人民医院", "石楼县")]
    );
}

#[test]
fn trainees_hosted_where_the_giver_is_at_home_learn_from_the_giver() {
    let got = triples(
        "根据协议，江苏省人民医院每年将选派专家到青岚县人民医院坐诊，并接收青岚县人民医院医务人员到南京进修。",
    );
    assert!(
        got.contains(&t("training", "江苏省人民医院", "青岚县人民医院")),
        "{got:?}"
    );
    // a place that is not the giver's home hosts them
    let got = triples(
        "根据协议，江苏省人民医院每年将选派专家到青岚县人民医院坐诊，并接收青岚县人民医院医务人员到上海进修。",
    );
    assert!(
        got.contains(&t("training", "上海", "青岚县人民医院")),
        "{got:?}"
    );
}

#[test]
fn the_experts_who_teach_are_not_counted_as_the_trained() {
    let Extraction { records, .. } = extract(
        "9月5日，苏州市第一人民医院组织15名专家赴青岚县人民医院开展义诊和手术带教。",
        None,
    );
    let training = records
        .iter()
        .find(|r| r.kind.as_str() == "training")
        .expect("a training record");
    assert_eq!(training.persons, None, "{records:?}");
    // the trained, counted, are
    let Extraction {
        entities: e2,
        records: r2,
    } = extract(
        "9月5日，苏州市第一人民医院组织15名专家赴青岚县人民医院开展手术带教，培训当地医务人员300余人次。",
        None,
    );
    let training = r2
        .iter()
        .find(|r| r.kind.as_str() == "training")
        .expect("a training record");
    assert_eq!(
        training.persons.map(|k| e2[k].text.as_str()),
        Some("300余人次"),
        "{r2:?}"
    );
}

#[test]
fn acts_under_a_heading_of_plans_are_planned() {
    let Extraction { records, .. } = extract(
        "二、主要工作\n湖滨市第一医院向青岚县人民医院捐赠心电监护仪5台。\n三、今后工作打算\n湖滨市第一医院继续向青岚县人民医院派驻专家。\n四、存在问题\n湖滨市第一医院为青岚县人民医院培训医生20名。",
        None,
    );
    let status = |kind: &str| {
        records
            .iter()
            .find(|r| r.kind.as_str() == kind)
            .map(|r| r.status)
    };
    assert_eq!(status("equipment"), Some(Status::Completed), "{records:?}");
    assert_eq!(status("personnel"), Some(Status::Planned), "{records:?}");
    // the next heading ends the section
    assert_eq!(status("training"), Some(Status::Completed), "{records:?}");
}

#[test]
fn one_act_told_of_a_body_and_of_a_body_named_after_it_is_one_record() {
    let Extraction { records, .. } = extract(
        "6月12日，湖滨市第一医院神经内科专科联盟签约仪式举行，湖滨市第一医院分别与青岚县人民医院、石楼县人民医院签订合作协议。",
        None,
    );
    let agreements: Vec<_> = records
        .iter()
        .filter(|r| r.kind.as_str() == "agreement")
        .collect();
    assert_eq!(agreements.len(), 1, "{records:?}");
    assert_eq!(agreements[0].evidence.len(), 2, "{records:?}");
}

#[test]
fn the_object_of_an_act_is_no_subject_of_the_next_and_a_name_s_aid_word_governs_nothing() {
    // B, the object of 托管 in the frame, is where A's people go — A sends.
    assert_eq!(
        triples(
            "自2020年托管青岚县人民医院以来，湖滨市第一人民医院先后派出专家120人次常驻青岚县人民医院。"
        ),
        vec![t("personnel", "湖滨市第一人民医院", "青岚县人民医院")]
    );
    // 援疆 inside the command's name is no act whose objects the
    // hospitals it organises would be: they carry out its sending.
    let text = "湖滨市援疆指挥部组织湖滨市第一人民医院、湖滨市中医院等5家医院，\
                以“组团式”方式对口支援阿克苏地区第一人民医院。";
    let donors = sole_record_donors(text);
    let donors: Vec<(&str, Role)> = donors.iter().map(|(n, r)| (n.as_str(), *r)).collect();
    assert_eq!(
        donors,
        vec![
            ("湖滨市援疆指挥部", Role::Accountable),
            ("湖滨市第一人民医院", Role::Implementing),
            ("湖滨市中医院", Role::Implementing)
        ]
    );
}

#[test]
fn medicines_handed_out_free_are_supplies_given() {
    let text = "5月3日，湖滨市第一人民医院赴青岚县开展义诊，共接诊患者600余人次，免费发放药品价值3万余元。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let eq = records
        .iter()
        .find(|r| r.kind.as_str() == "equipment")
        .expect("an equipment record");
    assert_eq!(entities[eq.donors[0].entity].name(), "湖滨市第一人民医院");
    assert_eq!(entities[eq.recipients[0].entity].name(), "青岚县");
    let amount = eq.amount.map(|k| entities[k].text.clone());
    assert_eq!(amount.as_deref(), Some("3万余元"));
}

#[test]
fn people_sent_named_by_where_they_went_and_whose_they_are_are_their_body_s() {
    assert_eq!(
        triples("派驻青岚县人民医院的湖滨市第一人民医院骨科专家李华，半年来完成关节置换手术46台。"),
        vec![
            t("clinical_service", "湖滨市第一人民医院", "青岚县人民医院"),
            t("personnel", "湖滨市第一人民医院", "青岚县人民医院"),
        ]
    );
    // a body after 的 that names no people is what the place's is
    assert!(
        !triples("派驻青岚县人民医院的湖滨市第一人民医院，半年来完成手术46台。")
            .iter()
            .any(|r| r.1 == "湖滨市第一人民医院"),
    );
}

#[test]
fn an_act_each_giver_of_the_relations_just_told_carries_out_is_each_pair_s() {
    let text = "根据安排，湖滨市第一人民医院帮扶青岚县人民医院，湖滨市中医院帮扶石楼县中医院。\
                每家支援医院每年派驻不少于8名医务人员。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let mut sent: Vec<(&str, &str, Option<String>)> = records
        .iter()
        .filter(|r| r.kind.as_str() == "personnel")
        .map(|r| {
            (
                entities[r.donors[0].entity].name(),
                entities[r.recipients[0].entity].name(),
                r.persons.map(|k| entities[k].text.clone()),
            )
        })
        .collect();
    sent.sort();
    assert_eq!(
        sent,
        vec![
            (
                "湖滨市中医院",
                "石楼县中医院",
                Some("不少于8名".to_string())
            ),
            (
                "湖滨市第一人民医院",
                "青岚县人民医院",
                Some("不少于8名".to_string())
            ),
        ]
    );
    // without the word for each giver, the sentence names nobody
    let text = "根据安排，湖滨市第一人民医院帮扶青岚县人民医院，湖滨市中医院帮扶石楼县中医院。\
                今后将派驻不少于8名医务人员。";
    let got = triples(text);
    assert!(
        !got.iter()
            .any(|r| r.0 == "personnel" && r.1 == "湖滨市中医院" && r.2 == "青岚县人民医院"),
        "{got:?}"
    );
    // the giving side named first and `each` right before the act: the
    // same (and people described before 的 are the people counted)
    let text = "根据安排，湖滨市第一人民医院帮扶青岚县人民医院，湖滨市中医院帮扶石楼县中医院。\
                两家支援医院每年各派出不少于6名中级职称的医务人员。";
    assert_eq!(
        rows_of(text)
            .into_iter()
            .filter(|r| r.0 == "personnel")
            .collect::<Vec<_>>(),
        [
            row(
                "personnel",
                "湖滨市第一人民医院",
                "青岚县人民医院",
                Some(6.0)
            ),
            row("personnel", "湖滨市中医院", "石楼县中医院", Some(6.0)),
        ]
    );
    // (`各` before the act, with no giving side named: nobody)
    let text = "根据安排，湖滨市第一人民医院帮扶青岚县人民医院，湖滨市中医院帮扶石楼县中医院。\
                今后每年各派出不少于6名医务人员。";
    assert!(
        rows_of(text).iter().all(|r| r.0 != "personnel"),
        "{:?}",
        rows_of(text)
    );
    // a notice's pairs, then its requirements under their own heading: the
    // relations of the last paragraph that told any (or of the lines of
    // pairs that end there)
    let text = "湖滨市人民医院帮扶石楼县人民医院。\n\
                一、帮扶关系\n湖滨市第一人民医院帮扶青岚县人民医院；\n湖滨市中医院帮扶石楼县中医院。\n\
                二、工作要求\n各支援医院每年派驻不少于5名医务人员。";
    assert_eq!(
        rows_of(text)
            .into_iter()
            .filter(|r| r.0 == "personnel")
            .collect::<Vec<_>>(),
        [
            row(
                "personnel",
                "湖滨市第一人民医院",
                "青岚县人民医院",
                Some(5.0)
            ),
            row("personnel", "湖滨市中医院", "石楼县中医院", Some(5.0)),
        ]
    );
    // so is the giving side opening a requirement, with no `各`
    let text = "一、帮扶关系\n湖滨市第一人民医院帮扶青岚县人民医院；\n湖滨市中医院帮扶石楼县中医院。\n\
                二、工作要求\n（一）支援医院要帮助受援医院建设1至2个重点专科。";
    assert_eq!(
        rows_of(text)
            .into_iter()
            .filter(|r| r.0 == "discipline")
            .collect::<Vec<_>>(),
        [
            row("discipline", "湖滨市第一人民医院", "青岚县人民医院", None),
            row("discipline", "湖滨市中医院", "石楼县中医院", None),
        ]
    );
}

#[test]
fn bodies_a_team_goes_to_in_the_place_it_was_sent_to_receive() {
    // the team is named after the place; where it goes there is more specific
    assert_eq!(
        triples(
            "6月5日，江苏省第三批支援日喀则市医疗队20名队员从南京出发，奔赴日喀则市人民医院、昂仁县人民医院开展为期半年的医疗帮扶。"
        ),
        vec![
            t("personnel", "江苏省", "日喀则市人民医院"),
            t("personnel", "江苏省", "昂仁县人民医院"),
        ]
    );
    // money used in part at a body there still went to the place
    let got = triples(
        "宁波市投入资金1000万元，支持凉山州改善医疗条件，其中安排300万元用于昭觉县人民医院改扩建。",
    );
    assert!(got.contains(&t("funding", "宁波市", "凉山州")), "{got:?}");
    // nor does a body elsewhere take the place's part
    assert_eq!(
        triples(
            "6月5日，江苏省第三批支援日喀则市医疗队20名队员从南京出发，奔赴拉萨市人民医院开展帮扶。"
        ),
        vec![t("personnel", "江苏省", "日喀则市")]
    );
}

#[test]
fn a_notice_s_issuer_gives_what_its_text_names_no_giver_for() {
    let head =
        "湖滨省卫生健康委员会关于下达2024年医疗卫生对口帮扶资金的通知\n\n各有关市卫生健康委：\n";
    let got = triples(&format!(
        "{head}经研究，现下达2024年补助资金1200万元，用于支持湖滨市第一人民医院对口帮扶青岚县人民医院。"
    ));
    assert!(
        got.contains(&t("funding", "湖滨省卫生健康委员会", "湖滨市第一人民医院")),
        "{got:?}"
    );
    // a title that is no document's names no issuer
    let got = triples(
        "湖滨省卫生健康委员会关于帮扶工作的几点思考\n\n经研究，现下达2024年补助资金1200万元，用于支持湖滨市第一人民医院对口帮扶青岚县人民医院。",
    );
    assert!(
        !got.iter().any(|r| r.1 == "湖滨省卫生健康委员会"),
        "{got:?}"
    );
}

#[test]
fn the_shares_of_a_sum_given_to_no_one_named_are_its_records() {
    let head = "山东省卫生健康委员会关于下达2024年对口支援资金的通知\n\n各有关市卫生健康委：\n";
    let want = vec![
        ("临沂市", "1500万元"),
        ("聊城市", "1200万元"),
        ("菏泽市", "1800万元"),
    ];
    for body in [
        "经研究，下达2024年对口支援资金4500万元。其中，菏泽市1800万元，临沂市1500万元，聊城市1200万元。",
        "经研究，下达2024年对口支援资金4500万元，其中：菏泽市1800万元，临沂市1500万元，聊城市1200万元。",
    ] {
        let Extraction { entities, records } =
            extract(&format!("{head}{body}"), Some((2024, 6, 1)));
        let mut got: Vec<(&str, &str)> = records
            .iter()
            .filter(|r| r.kind.as_str() == "funding")
            .map(|r| {
                assert_eq!(entities[r.donors[0].entity].name(), "山东省卫生健康委员会");
                (
                    entities[r.recipients[0].entity].name(),
                    r.amount.map_or("", |k| entities[k].text.as_str()),
                )
            })
            .collect();
        got.sort();
        assert_eq!(got, want, "{body}");
    }
}

#[test]
fn a_body_that_praises_others_in_an_earlier_clause_gives_nothing() {
    assert_eq!(
        triples(
            "近日，湖滨省卫生健康委员会通报表扬了优秀援疆医疗人才，我院派驻青岚县人民医院的主任医师李华榜上有名。"
        ),
        vec![]
    );
    // one whose clause the act's goes on with is the act's subject
    assert_eq!(
        triples(
            "近日，湖滨省卫生健康委员会通报表扬了优秀援疆医疗人才，并选派10名专家到青岚县人民医院。"
        ),
        vec![t("personnel", "湖滨省卫生健康委员会", "青岚县人民医院")]
    );
}

#[test]
fn a_team_told_again_as_the_subject_went_where_it_was_sent() {
    let got = triples(
        "6月5日，江苏省第三批援藏医疗队20名队员从南京出发，奔赴日喀则市人民医院、昂仁县人民医院开展医疗帮扶。\
         医疗队由湖滨市第一人民医院、湖滨医科大学附属医院选派。",
    );
    // all of it went to both: its givers do not pair up with the places
    for giver in ["湖滨市第一人民医院", "湖滨医科大学附属医院"] {
        for to in ["日喀则市人民医院", "昂仁县人民医院"] {
            assert!(
                got.contains(&t("personnel", giver, to)),
                "{giver} {to} {got:?}"
            );
        }
    }
    // nor do they pair up with them in what the next paragraph tells
    let got = triples(
        "6月5日，江苏省第三批援藏医疗队20名队员从南京出发，奔赴日喀则市人民医院、昂仁县人民医院开展医疗帮扶。\
         医疗队由湖滨市第一人民医院、湖滨医科大学附属医院选派。\n\
         此前两批医疗队共完成手术650台，培训当地医务人员3000余人次。",
    );
    let care = |to: &str| got.contains(&t("clinical_service", "湖滨市第一人民医院", to));
    assert_eq!(care("日喀则市人民医院"), care("昂仁县人民医院"), "{got:?}");
}

#[test]
fn a_team_of_volunteers_sent_is_people_sent_not_people_trained() {
    let text = "湖滨市第一人民医院组织医疗义工队一行15人前往石楼县，在石楼县人民医院开展为期五天的义诊及培训活动。";
    let Extraction { entities, records } = extract(text, Some((2024, 6, 1)));
    let persons = |kind: &str| {
        records
            .iter()
            .find(|r| r.kind.as_str() == kind)
            .map(|r| r.persons.map(|k| entities[k].text.clone()))
    };
    assert_eq!(persons("personnel"), Some(Some("15人".to_string())));
    assert_eq!(persons("training"), Some(None));
}

#[test]
fn the_items_of_a_list_go_on_from_what_came_before_the_list() {
    let text = "一、基本情况\n\
                2023年，江苏省共派出医疗卫生专业技术人员112名到石楼县开展帮扶工作。\n\
                二、主要做法\n\
                （一）组团式帮扶。南京市第一医院组团式帮扶石楼县人民医院，派出专家15名。\n\
                （二）远程医疗。苏州市立医院与石楼县中医院建立远程会诊中心，全年开展远程会诊350例。\n\
                （三）人才培养。全年培养基层卫生人才2400人次。";
    let got = triples(text);
    // the third item's act is the giver's told before the list, at the
    // place told there — not the second item's
    assert!(got.contains(&t("training", "江苏省", "石楼县")), "{got:?}");
    assert!(
        !got.iter()
            .any(|r| r.0 == "training" && r.1 == "苏州市立医院"),
        "{got:?}"
    );
    // (a paragraph that is no item goes on from the one before it)
    let text = "二、主要做法\n\
                （一）组团式帮扶。南京市第一医院组团式帮扶石楼县人民医院，派出专家15名。\n\
                （二）远程医疗。苏州市立医院与石楼县中医院建立远程会诊中心，全年开展远程会诊350例。\n\
                全年培养基层卫生人才2400人次。";
    assert!(
        triples(text).contains(&t("training", "苏州市立医院", "石楼县中医院")),
        "{:?}",
        triples(text)
    );
    // (and a list numbered from one again is a new list)
    let text = "（一）组团式帮扶。南京市第一医院组团式帮扶石楼县人民医院，派出专家15名。\n\
                （二）远程医疗。南京市第一医院开展远程会诊350例。\n\
                三、下一步工作\n\
                2024年，苏州市立医院将继续帮扶石楼县中医院。\n\
                （一）人才培养。全年计划培养基层卫生人才500人次。";
    assert!(
        triples(text).contains(&t("training", "苏州市立医院", "石楼县中医院")),
        "{:?}",
        triples(text)
    );
}

#[test]
fn the_experts_named_by_their_aid_are_the_team_the_last_sending_sent() {
    let text = "2023年，江苏省选派医疗人才86人次赴日喀则市开展组团式医疗援藏工作。\n\
                一年来，援藏专家在日喀则市人民医院开展新技术新项目21项，带教本地医务人员35名。";
    let got = triples(text);
    for kind in ["discipline", "training"] {
        assert!(
            got.contains(&t(kind, "江苏省", "日喀则市人民医院")),
            "{kind}: {got:?}"
        );
    }
}

#[test]
fn a_group_counted_by_a_person_unit_is_its_people() {
    assert_eq!(
        rows_of("湖滨市第一人民医院向青岚县人民医院派驻了以副院长李强为组长的5人管理团队。"),
        [row(
            "personnel",
            "湖滨市第一人民医院",
            "青岚县人民医院",
            Some(5.0)
        )]
    );
    // (groups counted by another unit are no head count)
    assert_eq!(
        rows_of("湖滨市第一人民医院派出3个医疗队赴青岚县人民医院开展帮扶。"),
        [row(
            "personnel",
            "湖滨市第一人民医院",
            "青岚县人民医院",
            None
        )]
    );
}

#[test]
fn places_that_locate_the_bodies_after_them_are_no_parties() {
    assert_eq!(
        triples(
            "河北省儿童医院牵头与张家口市、承德市的崇礼区医院、赤城县医院等5家县级医院建立儿科专科联盟。"
        ),
        vec![
            t("consortium", "河北省儿童医院", "崇礼区医院"),
            t("consortium", "河北省儿童医院", "赤城县医院")
        ]
    );
    // (a place before 的 and no body stays the receiver)
    assert_eq!(
        triples("湖滨市第一人民医院向青岚县的3家乡镇卫生院捐赠设备。"),
        vec![t("equipment", "湖滨市第一人民医院", "青岚县")]
    );
}

#[test]
fn the_body_whose_batch_a_person_is_sends_them() {
    // (作为 names what the person is: its 为 marks nobody helped)
    for (text, giver) in [
        (
            "王强作为北京市第十批援疆干部来到和田地区人民医院。",
            "北京市",
        ),
        (
            "王强作为北京市海淀医院援疆干部来到和田地区人民医院。",
            "北京市海淀医院",
        ),
    ] {
        assert_eq!(
            triples(text),
            vec![t("personnel", giver, "和田地区人民医院")],
            "{text}"
        );
    }
}

#[test]
fn a_list_of_pairs_after_a_colon_goes_on_past_semicolons() {
    let want = vec![
        t("pairing", "湖滨市中医院", "青岚县中医院"),
        t("pairing", "湖滨市妇幼保健院", "石楼县妇幼保健院"),
        t("pairing", "湖滨市第一人民医院", "青岚县人民医院"),
    ];
    // in one line, and one pair a line
    for text in [
        "帮扶关系如下：湖滨市第一人民医院→青岚县人民医院；湖滨市中医院→青岚县中医院；\
         湖滨市妇幼保健院→石楼县妇幼保健院。",
        "帮扶关系如下：\n湖滨市第一人民医院→青岚县人民医院；\n湖滨市中医院→青岚县中医院；\n\
         湖滨市妇幼保健院→石楼县妇幼保健院。",
        // (any arrow the normaliser keeps a line of pairs for)
        "帮扶关系如下：\n湖滨市第一人民医院⇒青岚县人民医院；\n湖滨市中医院⇒青岚县中医院；\n\
         湖滨市妇幼保健院⇒石楼县妇幼保健院。",
    ] {
        assert_eq!(triples(text), want, "{text}");
    }
}

#[test]
fn the_subject_after_a_leading_frame_gives_and_goes_on() {
    // the frame's relation is told; the body after it does the acts, in its
    // clauses and in the sentence after
    let got = triples(
        "天津市滨海新区与甘肃省环县结对帮扶以来，湖滨区卫生健康委员会累计向环县投入帮扶资金2600万元，\
         援建环县人民医院住院楼1栋；选派医疗骨干120人次赴环县挂职帮扶。",
    );
    for want in [
        t("pairing", "滨海新区", "环县"),
        t("funding", "湖滨区卫生健康委员会", "环县"),
        t("construction", "湖滨区卫生健康委员会", "环县人民医院"),
        t("personnel", "湖滨区卫生健康委员会", "环县"),
    ] {
        assert!(got.contains(&want), "{want:?} {got:?}");
    }
}

#[test]
fn two_bodies_joined_before_an_act_with_no_object_give_by_standing() {
    for text in [
        "威县人民医院与河北省人民医院建立远程会诊合作关系。",
        "近日，威县人民医院与河北省人民医院开通远程会诊。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("clinical_service", "河北省人民医院", "威县人民医院")],
            "{text}"
        );
    }
    // (bodies of one standing: the order written)
    assert_eq!(
        triples("湖滨市第一人民医院与青岚县人民医院开展远程会诊。"),
        vec![t(
            "clinical_service",
            "湖滨市第一人民医院",
            "青岚县人民医院"
        )]
    );
}

#[test]
fn money_set_aside_for_a_purpose_is_funding() {
    // (托管 names what the money is for: no relation of its own here)
    let got = triples("2023年，湖滨市政府安排托管经费800万元，支持青岚县人民医院学科建设。");
    assert!(
        got.contains(&t("funding", "湖滨市政府", "青岚县人民医院"))
            && !got.iter().any(|r| r.0 == "pairing"),
        "{got:?}"
    );
}

#[test]
fn a_programme_named_by_two_provinces_names_the_side_helped() {
    // 沪 is Shanghai, 滇 Yunnan: the giver's act that names no receiver is
    // Yunnan's, as the article names it (in the headline here)
    let text = "沪滇协作助力云南卫生事业发展\n\n2021年至2023年，上海市累计投入沪滇协作卫生健康领域财政援助资金2.6亿元，实施项目180个。";
    assert_eq!(triples(text), vec![t("funding", "上海市", "云南")]);
    // or the first place the article names in it
    let text = "普洱市卫生事业发展纪实\n\n上海市累计投入沪滇协作医疗卫生资金2.6亿元。";
    assert_eq!(triples(text), vec![t("funding", "上海市", "普洱市")]);
    // the giver must be in the first province; a grouping of three and a
    // place named after two name no side
    for text in [
        "云南卫生事业发展纪实\n\n北京市累计投入沪滇协作医疗卫生资金2.6亿元。",
        "河北卫生事业发展纪实\n\n北京市累计投入京津冀协作医疗卫生资金2.6亿元。",
        "宁夏卫生事业发展纪实\n\n福建省累计投入闽宁镇医疗卫生资金2.6亿元。",
    ] {
        assert_eq!(triples(text), vec![], "{text}");
    }
}

#[test]
fn a_word_of_building_before_a_clinical_department_builds_a_discipline() {
    for text in [
        "青岚市中心医院帮助湖滨县人民医院建成重症医学科。",
        "青岚市中心医院帮助湖滨县人民医院建设康复科、新生儿科。",
    ] {
        assert_eq!(
            triples(text),
            vec![t("discipline", "青岚市中心医院", "湖滨县人民医院")],
            "{text}"
        );
    }
    // not a department's building, nor a word of building alone
    assert_eq!(
        triples("青岚市中心医院为湖滨县人民医院新建儿科病房楼。"),
        vec![t("construction", "青岚市中心医院", "湖滨县人民医院")]
    );
    assert_eq!(
        triples("青岚市中心医院帮助湖滨县人民医院建设智慧医院。"),
        vec![]
    );
}

#[test]
fn a_clause_that_names_only_where_help_goes_is_an_act_of_its_own() {
    for (text, kind) in [
        (
            "青岚市中心医院向湖滨县人民医院捐赠呼吸机5台，向青岚县中医院捐赠监护仪10台。",
            "equipment",
        ),
        (
            "青岚市中心医院帮助湖滨县人民医院建设胸痛中心，帮助青岚县中医院建设卒中中心。",
            "discipline",
        ),
        (
            "青岚市中心医院选派5名专家到湖滨县人民医院，选派3名专家到青岚县中医院。",
            "personnel",
        ),
    ] {
        assert_eq!(
            triples(text),
            vec![
                t(kind, "青岚市中心医院", "湖滨县人民医院"),
                t(kind, "青岚市中心医院", "青岚县中医院")
            ],
            "{text}"
        );
    }
    // the place the receiver before is in is where the act is done, no
    // receiver of its own
    let got = triples(
        "中山大学肿瘤防治中心将接收云南省肿瘤医院15名骨干医师进修，并每季度派专家赴昆明开展技术指导。",
    );
    assert_eq!(
        got.iter().filter(|x| x.0 == "training").collect::<Vec<_>>(),
        vec![&t("training", "中山大学肿瘤防治中心", "云南省肿瘤医院")]
    );
}

#[test]
fn each_of_a_kind_of_body_is_the_receiving_side_of_the_last_relation() {
    let text = "青岚市第二人民医院与东湖镇卫生院、西山镇卫生院签订对口帮扶协议。\n根据协议，青岚市第二人民医院每周安排1名医生到各卫生院坐诊。";
    let got = triples(text);
    assert!(
        got.contains(&t("personnel", "青岚市第二人民医院", "东湖镇卫生院"))
            && got.contains(&t("personnel", "青岚市第二人民医院", "西山镇卫生院")),
        "{got:?}"
    );
    // a kind of body with no 各 is none named
    let text = "青岚市第二人民医院与东湖镇卫生院、西山镇卫生院签订对口帮扶协议。\n根据协议，青岚市第二人民医院每周安排1名医生到卫生院坐诊。";
    assert!(
        triples(text).iter().all(|x| x.0 != "personnel"),
        "{:?}",
        triples(text)
    );
}

#[test]
fn a_level_s_purse_is_the_article_s_place_of_that_level() {
    let text = "湖北省人民医院牵头组建援疆医疗队，进驻博尔塔拉蒙古自治州人民医院。\n全年省级财政安排援藏援疆卫生资金4500万元，其中山南市2800万元，博州1700万元。";
    let got = triples(text);
    assert!(
        got.contains(&t("funding", "湖北省", "山南市"))
            && got.contains(&t("funding", "湖北省", "博州")),
        "{got:?}"
    );
    assert!(
        got.iter().all(|x| x.0 != "funding" || x.1 == "湖北省"),
        "{got:?}"
    );
    // a purse pays for more than the bodies the article tells of: with no
    // receiver of its own, none
    let text = "西安交通大学第一附属医院对口支援镇安县医院，选派12名专家。\n省财政下达对口支援专项资金3000万元，重点支持陕南地区县级医院能力建设。\n陕西省卫生健康委员会通报。";
    assert!(
        triples(text).iter().all(|x| x.0 != "funding"),
        "{:?}",
        triples(text)
    );
}

#[test]
fn a_person_s_part_in_a_programme_is_their_being_sent() {
    // a post right after the programme's word
    assert_eq!(
        triples("北京大学第三医院骨科医生王磊曾作为第九批援疆医生在墨玉县人民医院工作了一年半。"),
        vec![t("personnel", "北京大学第三医院", "墨玉县人民医院")]
    );
    // a person the subject of its clause
    assert_eq!(
        triples(
            "李娜是北京大学人民医院的护士，她也报名参加了援疆工作，目前在和田地区人民医院工作。"
        ),
        vec![t("personnel", "北京大学人民医院", "和田地区人民医院")]
    );
    // or a person's, however the clause opens: one sending told twice
    assert_eq!(
        triples(
            "2023年2月，北京大学第三医院骨科医生王磊作为援疆干部，来到和田地区人民医院工作。这是他第二次援疆。"
        ),
        vec![t("personnel", "北京大学第三医院", "和田地区人民医院")]
    );
    // not where the clause tells another act of theirs
    assert_eq!(
        triples("湖滨市中心医院帮扶专家助力青岚县人民医院开展新技术5项。"),
        vec![t("discipline", "湖滨市中心医院", "青岚县人民医院")]
    );
}

#[test]
fn a_notice_s_requirements_are_acts_to_be_done() {
    let status = |heading: &str| {
        let text = format!(
            "一、帮扶关系\n湖滨市第一人民医院帮扶青岚县人民医院。\n{heading}\n湖滨市第一人民医院每年向青岚县人民医院派驻医务人员5名。"
        );
        let Extraction { records, .. } = extract(&text, None);
        records
            .iter()
            .find(|r| r.kind.as_str() == "personnel")
            .map(|r| r.status)
    };
    assert_eq!(status("二、工作要求"), Some(Status::Planned));
    assert_eq!(status("二、主要成效"), Some(Status::Completed));
}

#[test]
fn the_writer_a_commission_points_at_and_the_leadership_its_work_is_under() {
    // `我委` is the commission that wrote the report, whose name ends in
    // 委员会; the city's party committee and government whose leadership
    // frames the work are no sides of it
    let text = "杭州市卫生健康委员会\n2023年度东西部协作工作总结\n2023年，在市委、市政府的坚强领导下，我委认真贯彻落实东西部协作工作部署，持续深化与恩施州的卫生健康协作。全年选派医疗卫生专业技术人员86名赴恩施州开展帮扶。";
    let known = bangfu_extract::Known {
        publishers: vec![bangfu_extract::Span::new(0, 10)],
    };
    let Extraction { entities, records } = bangfu_extract::extract_with(text, None, &known);
    let names = |ps: &[bangfu_extract::PartyRef]| {
        ps.iter()
            .map(|p| entities[p.entity].name())
            .collect::<Vec<_>>()
            .join("+")
    };
    let got: Vec<(String, String, String)> = records
        .iter()
        .map(|r| {
            (
                r.kind.as_str().to_string(),
                names(&r.donors),
                names(&r.recipients),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            t("pairing", "杭州市卫生健康委员会", "恩施州"),
            t("personnel", "杭州市卫生健康委员会", "恩施州")
        ]
    );
}

/// A list's heading and the total a `其中` sentence breaks down are the
/// trigger of the records read below them: the trigger lies before the
/// evidence, which is the line or sentence naming the pair.
#[test]
fn a_trigger_may_precede_the_sentence_its_record_is_read_in() {
    for text in [
        "对口帮扶关系：\n广州市第一人民医院→毕节市第一人民医院\n",
        "湖南省卫生健康委下达城乡医院对口支援补助资金700万元，其中湘西州400万元、怀化市300万元。",
    ] {
        let ex = extract(text, None);
        assert!(!ex.records.is_empty(), "{text}");
        assert!(
            ex.records
                .iter()
                .any(|r| r.evidence[0].trigger.end <= r.evidence[0].sentence.start),
            "{text}: {:?}",
            ex.records
        );
        assert_eq!(ex.check(text), Ok(()), "{text}");
    }
}

/// A sum given to a place stays with the place when a later clause of the
/// sentence tells a sum of its own for a body seated there: that body is
/// the later sum's receiver, not a more specific name for the first.
#[test]
fn a_later_sum_for_a_body_does_not_move_an_earlier_sum_to_it() {
    let text = "2023年，宁波市向黔西南州提供医疗帮扶资金共计1.2亿元，投入资金2600万元用于兴义市人民医院改扩建。";
    let ex = extract(text, Some((2024, 6, 1)));
    let got: Vec<(String, f64)> = ex
        .records
        .iter()
        .filter(|r| r.kind.as_str() == "funding")
        .map(|r| {
            let a = r.amount.map(|k| &ex.entities[k].value);
            let yuan = match a {
                Some(bangfu_extract::EntityValue::Amount(a)) => a.yuan.unwrap_or(0.0),
                _ => 0.0,
            };
            (ex.entities[r.recipients[0].entity].name().to_string(), yuan)
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("黔西南州".to_string(), 1.2e8),
            ("兴义市人民医院".to_string(), 2.6e7)
        ]
    );
}

/// A word of giving goods before money itself (`捐赠资金…`, `捐赠善款…`)
/// gives money: funding, not equipment; money and goods given together
/// are both.
#[test]
fn giving_money_is_funding_and_money_with_goods_is_both() {
    let d = "宁波市第二医院";
    let r = "兴义市人民医院";
    for text in [
        "宁波市第二医院向兴义市人民医院捐赠善款30万元。",
        "宁波市第二医院向兴义市人民医院捐赠了资金30万元。",
        "宁波市第二医院向兴义市人民医院捐赠30万元。",
    ] {
        assert_eq!(triples(text), vec![t("funding", d, r)], "{text}");
    }
    assert_eq!(
        triples("宁波市第二医院向兴义市人民医院捐赠资金30万元和彩超一台。"),
        vec![t("equipment", d, r), t("funding", d, r)]
    );
    assert_eq!(
        triples("宁波市第二医院向兴义市人民医院捐赠价值30万元的彩超一台。"),
        vec![t("equipment", d, r)]
    );
}

/// A later clause whose only body is the object of a word of building or
/// acting after its act (`…，并投入资金2600万元新建C`) is an act of its
/// own: the giver goes on, the body receives, the sum is its own — not a
/// second telling of the first act.
#[test]
fn a_later_clause_whose_body_is_what_is_built_is_its_own_act() {
    for verb in ["新建", "建设", "改扩建"] {
        let text = format!(
            "宁波市向黔西南州提供医疗帮扶资金1.2亿元，并投入资金2600万元{verb}兴义市人民医院。"
        );
        let got = triples(&text);
        assert!(
            got.contains(&t("funding", "宁波市", "黔西南州")),
            "{text}: {got:?}"
        );
        assert!(
            got.contains(&t("funding", "宁波市", "兴义市人民医院")),
            "{text}: {got:?}"
        );
    }
}

/// The shares of a sum may be told sum first and what it is for after
/// (`其中2300万元用于A建设，1500万元用于B建设`): each is the act to its
/// body with its own sum, as `其中A 2300万元，B 1500万元` is.
#[test]
fn shares_told_as_sums_used_for_bodies_are_acts_to_those_bodies() {
    let text = "2025年，宁波市与黔西南州深化医疗协作，全年投入帮扶资金8600万元，其中2300万元用于兴义市人民医院建设，1500万元用于安龙县人民医院建设。";
    let ex = extract(text, Some((2026, 1, 1)));
    let mut got: Vec<(String, f64)> = ex
        .records
        .iter()
        .filter(|r| r.kind.as_str() == "funding")
        .map(|r| {
            let yuan = match r.amount.map(|k| &ex.entities[k].value) {
                Some(bangfu_extract::EntityValue::Amount(a)) => a.yuan.unwrap_or(0.0),
                _ => 0.0,
            };
            (ex.entities[r.recipients[0].entity].name().to_string(), yuan)
        })
        .collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        got,
        vec![
            ("兴义市人民医院".to_string(), 2.3e7),
            ("安龙县人民医院".to_string(), 1.5e7),
            ("黔西南州".to_string(), 8.6e7),
        ]
    );
}

/// Of two partners named together as givers, a place below a province
/// that holds every receiver is the side helped, beside a giver from
/// elsewhere; a province beside another giver still gives.
#[test]
fn a_partner_place_does_not_give_to_what_is_seated_in_it() {
    let got = triples("大连市与六盘水市深化医疗协作，帮助盘州市人民医院建设卒中中心。");
    assert!(
        got.contains(&t("discipline", "大连市", "盘州市人民医院")),
        "{got:?}"
    );
    assert!(!got.iter().any(|x| x.1 == "六盘水市"), "{got:?}");
    let got = triples("大连市和贵州省共同帮助盘州市人民医院建设卒中中心。");
    assert!(
        got.contains(&t("discipline", "贵州省", "盘州市人民医院")),
        "{got:?}"
    );
}

/// A relation two sides enter together (`A与B州深化协作`) is between them,
/// though a later clause helps a body seated in B州: the pairing stays
/// with B州, the specific act goes to the body.
#[test]
fn a_relation_entered_together_stays_between_its_sides() {
    let got = triples("大连市与六盘水市深化医疗协作，帮助盘州市人民医院建设卒中中心。");
    assert!(got.contains(&t("pairing", "大连市", "六盘水市")), "{got:?}");
    assert!(
        got.contains(&t("discipline", "大连市", "盘州市人民医院")),
        "{got:?}"
    );
    assert!(
        !got.contains(&t("pairing", "大连市", "盘州市人民医院")),
        "{got:?}"
    );
}

#[test]
fn departments_a_hospital_is_known_for_built_at_the_receiver_are_a_discipline() {
    assert_eq!(
        triples("湖滨市口腔医院协助青岚县人民医院建设颌面外科、种植牙等特色科室。"),
        vec![t("discipline", "湖滨市口腔医院", "青岚县人民医院")]
    );
    assert_eq!(
        triples("湖滨市中医医院帮助青岚县中医医院打造针灸科等优势专科。"),
        vec![t("discipline", "湖滨市中医医院", "青岚县中医医院")]
    );
}

#[test]
fn a_consortium_a_gift_goes_to_is_no_consortium_formed() {
    // the group named as where the gift goes, in its name or after it
    assert_eq!(
        triples("湖滨市第一医院为青岚县人民医院医共体捐赠救护车5辆。"),
        vec![t("equipment", "湖滨市第一医院", "青岚县人民医院")]
    );
    assert_eq!(
        triples("湖滨市援疆指挥部为库车市医疗集团捐赠救护车5辆。"),
        vec![t("equipment", "湖滨市援疆指挥部", "库车市医疗集团")]
    );
    // one formed, and a gift besides, are two acts
    assert_eq!(
        triples("湖滨市第一医院与青岚县人民医院组建医联体，并为青岚县人民医院捐赠救护车5辆。"),
        vec![
            t("consortium", "湖滨市第一医院", "青岚县人民医院"),
            t("equipment", "湖滨市第一医院", "青岚县人民医院")
        ]
    );
}

#[test]
fn a_whole_address_after_zai_is_where_it_happens() {
    assert_eq!(
        triples("由湖滨市红十字会援建的东乡县青岚卫生院奠基仪式在甘肃省临夏回族自治州东乡县举办。"),
        vec![t("construction", "湖滨市红十字会", "东乡县青岚卫生院")]
    );
}

#[test]
fn a_share_of_a_body_s_project_is_given_to_that_body() {
    assert_eq!(
        triples("青岚县中心卫生院综合楼重建项目总投资1309.4万元，其中湖滨市红十字会出资900万元。"),
        vec![t("funding", "湖滨市红十字会", "青岚县中心卫生院")]
    );
    assert_eq!(
        triples("青岚县人民医院门诊楼项目总投资3000万元，湖滨市第一医院援建1000万元。"),
        vec![t("construction", "湖滨市第一医院", "青岚县人民医院")]
    );
}

#[test]
fn an_act_s_clause_that_opens_with_its_giver_is_not_given_by_an_earlier_clause_s_body() {
    assert_eq!(
        triples(
            "青岚县人民医院项目总投资3000万元，湖滨市第一医院向青岚县中医医院捐赠设备价值50万元。"
        ),
        vec![t("equipment", "湖滨市第一医院", "青岚县中医医院")]
    );
    // (a clause that tells an act of its own keeps its subject for it)
    assert!(
        triples("湖滨市第一医院选派专家进驻青岚县人民医院，青岚县中医医院向专家赠送锦旗。")
            .contains(&t("personnel", "湖滨市第一医院", "青岚县人民医院"))
    );
}

#[test]
fn a_phrase_of_backing_before_an_act_with_its_own_sides_names_no_side() {
    assert_eq!(
        triples("在宁波市卫生健康委的支持下，宁波市第一医院为兴义市人民医院捐赠救护车一辆。"),
        vec![t("equipment", "宁波市第一医院", "兴义市人民医院")]
    );
    assert_eq!(
        triples(
            "7月14日，在宁波市卫生健康委的指导下，宁波市第一医院院长张三与兴义市人民医院院长李四签订了对口帮扶协议。"
        ),
        vec![t("agreement", "宁波市第一医院", "兴义市人民医院")]
    );
    // (one helped alone is helped by the phrase's body)
    assert_eq!(
        triples("在宁波市第一医院的帮助下，兴义市人民医院新开展手术10项。"),
        vec![t("clinical_service", "宁波市第一医院", "兴义市人民医院")]
    );
}

#[test]
fn a_headline_s_year_and_the_body_s_day_date_one_act() {
    let Extraction { entities, records } = extract(
        "宁波市第一医院与兴义市人民医院签订2012年对口帮扶协议\n2012年2月29日，宁波市第一医院与兴义市人民医院签订了对口帮扶协议。",
        None,
    );
    let agreements: Vec<Option<&str>> = records
        .iter()
        .filter(|r| r.kind.as_str() == "agreement")
        .map(|r| r.date.map(|d| entities[d].text.as_str()))
        .collect();
    // one act, dated by the more precise of the two
    assert_eq!(agreements, vec![Some("2012年2月29日")]);
}

#[test]
fn people_a_list_names_by_where_they_were_sent_are_no_act_of_the_bodies_before() {
    assert!(
        triples("签约仪式举行\n2月29日，我院与分宜县人民医院签订了对口支援协议，市卫生局领导、双方医院院领导、派驻分宜县人民医院的医师等22人参加签约仪式。")
            .iter()
            .all(|(kind, _, _)| kind != "personnel")
    );
    // (a sending that opens its own item still is one)
    assert_eq!(
        triples("宁波市第一医院派驻兴义市人民医院的医师王强获得表彰。"),
        vec![t("personnel", "宁波市第一医院", "兴义市人民医院")]
    );
}

#[test]
fn a_paragraph_that_opens_on_the_aid_of_another_region_takes_no_giver_from_the_last() {
    let text = "帮扶见成效\n河南省人民医院对口帮扶兰考县中心医院，加强心内科等专科建设。\n与此同时，“组团式”援疆援藏工作扎实推进。已派出四批共699名专家支援西藏8所医院。";
    assert_eq!(
        triples(text),
        vec![t("discipline", "河南省人民医院", "兰考县中心医院")]
    );
    // (one that goes on with help where the last went keeps its giver)
    let text = "帮扶见成效\n上海市第一人民医院对口帮扶喀什地区第二人民医院，加强心内科等专科建设。\n与此同时，“组团式”援疆工作扎实推进，已派出专家20名到喀什地区第二人民医院。";
    assert!(triples(text).contains(&t(
        "personnel",
        "上海市第一人民医院",
        "喀什地区第二人民医院"
    )));
}

#[test]
fn a_quoted_name_of_a_programme_is_no_act() {
    assert!(
        triples("湖滨日报讯\n13日，由卫生部发起的『帮扶全国乡镇卫生院爱心工程』在黑龙江省启动。")
            .is_empty()
    );
    assert!(triples("湖滨日报讯\n“万名医师支援农村卫生工程”在黑龙江省启动。").is_empty());
    // (one that names its parties still tells their relation)
    assert_eq!(
        triples("湖滨日报讯\n宁波市第一医院启动“对口帮扶兴义市人民医院工程”。"),
        vec![t("pairing", "宁波市第一医院", "兴义市人民医院")]
    );
}

#[test]
fn the_values_of_goods_given_together_are_listed_with_the_gift() {
    let Extraction { entities, records } = extract(
        "湖滨日报讯\n宁波市第一医院向兴义市人民医院捐赠了一台价值60多万元的诊断机和一台价值10万元的摄片机。",
        None,
    );
    let r = records
        .iter()
        .find(|r| r.kind.as_str() == "equipment")
        .expect("a gift");
    let texts: Vec<&str> = r
        .amount
        .into_iter()
        .chain(r.amount_also.iter().copied())
        .map(|k| entities[k].text.as_str())
        .collect();
    assert_eq!(texts, vec!["60多万元", "10万元"]);
    // (money given beside goods is a sum of its own)
    let Extraction { records, .. } = extract(
        "湖滨日报讯\n宁波市第一医院向兴义市人民医院捐赠价值10万元的设备，并投入资金50万元。",
        None,
    );
    assert!(records.iter().all(|r| r.amount_also.is_empty()));
}

#[test]
fn dalian_gives_as_the_programme_s_eastern_city() {
    // trainees sent to learn at two of its hospitals learn from them
    assert_eq!(
        triples("盘州市选派45名医务人员到大连市中心医院、大连医科大学附属第一医院进修学习。"),
        vec![
            t("training", "大连医科大学附属第一医院", "盘州市"),
            t("training", "大连市中心医院", "盘州市")
        ]
    );
    // a relation both sign, written the receiver first
    assert_eq!(
        triples("六盘水市人民医院与大连市中心医院签订对口帮扶协议。"),
        vec![t("agreement", "大连市中心医院", "六盘水市人民医院")]
    );
}

#[test]
fn names_inside_a_document_s_title_name_no_party_of_a_paragraph_going_on() {
    // `两地` then names the sides of the act before
    let text = "协作见成效\n2024年以来，大连市甘井子区投入资金1200万元，支持盘州市卫生事业发展。\n两地还签订了《大连市甘井子区—盘州市医疗卫生合作框架协议》，建立了远程会诊平台。";
    assert!(triples(text).contains(&t("agreement", "甘井子区", "盘州市")));
}
