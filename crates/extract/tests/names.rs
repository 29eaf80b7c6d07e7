//! Institutions and places on made-up text (names not in the corpus).

use bangfu_extract::{EntityValue, extract};

fn names(text: &str, kind: &str) -> Vec<String> {
    extract(text, None)
        .entities
        .into_iter()
        .filter(|e| e.value.kind() == kind && !e.is_deictic())
        .map(|e| match &e.value {
            EntityValue::Institution(i) if i.elided => i.name.clone(),
            _ => e.text.clone(),
        })
        .collect()
}

#[test]
fn a_hospital_s_branch_in_a_place_is_one_name() {
    assert_eq!(
        names("上海市第六人民医院海口医院开诊。", "institution"),
        vec!["上海市第六人民医院海口医院"]
    );
    assert_eq!(
        names("复旦大学附属华山医院福建医院正式挂牌。", "institution"),
        vec!["复旦大学附属华山医院福建医院"]
    );
    // A health authority after a hospital is a second body.
    assert_eq!(
        names("上海市第六人民医院海南省卫生健康委员会", "institution"),
        vec!["上海市第六人民医院", "海南省卫生健康委员会"]
    );
}

#[test]
fn a_dash_between_clauses_ends_a_name() {
    assert_eq!(
        names(
            "新成立了两个局——海口市中医药管理局和海口市疾病预防控制局。",
            "institution"
        ),
        vec!["海口市中医药管理局", "海口市疾病预防控制局"]
    );
}

#[test]
fn a_short_form_inside_a_name_is_not_a_place_but_a_full_seat_is() {
    let places = names(
        "上海交通大学医学院附属瑞金医院与海口市人民医院合作。",
        "place",
    );
    assert_eq!(places, vec!["海口市"]);
    let places = names("上海专家到海口开展义诊。", "place");
    assert_eq!(places, vec!["上海", "海口"]);
}

#[test]
fn an_administrative_level_and_a_name_is_that_level_s_body() {
    // a level and a type is a type
    assert!(names("县医院", "institution").is_empty());
    assert!(names("县级医院", "institution").is_empty());
    // a named section of a bureau is one name
    assert_eq!(
        names("岷县卫健局基层卫生股", "institution"),
        vec!["岷县卫健局基层卫生股"]
    );
}

#[test]
fn a_province_before_its_division_is_two_places_a_city_before_its_own_is_one() {
    assert_eq!(
        names("专家赴甘肃岷县人民医院开展义诊。", "place"),
        vec!["甘肃", "岷县"]
    );
    assert_eq!(names("专家赴定西岷县开展义诊。", "place"), vec!["定西岷县"]);
}

#[test]
fn a_news_site_and_an_administrative_committee_are_bodies_a_common_noun_is_not() {
    assert_eq!(
        names(
            "本报讯(燕赵网记者李明)近日，岷县新区管委召开会议。",
            "institution"
        ),
        vec!["燕赵网", "岷县新区管委"]
    );
    assert!(names("互联网医院建设加快，旅行社复工。", "institution").is_empty());
}

#[test]
fn offices_listed_beside_a_recognised_office_are_offices() {
    let got = names(
        "3月5日，市卫健委中医处、护理处、科教处率20名专家来岷县考察。",
        "institution",
    );
    assert_eq!(got, vec!["市卫健委中医处", "护理处", "科教处"], "{got:?}");
    // a list of the same heads with no recognised member gives nothing
    assert!(names("3月5日，好处、坏处、难处都有。", "institution").is_empty());
}

#[test]
fn a_centre_is_a_body_when_named_not_a_department_a_place_or_a_tally() {
    assert_eq!(
        names("区社管中心和岷县疾控中心派员参加。", "institution"),
        vec!["区社管中心", "岷县疾控中心"]
    );
    // a clinical unit of a hospital, a named area, a tally of kinds
    assert_eq!(
        names("岷县人民医院胸痛中心挂牌。", "institution"),
        vec!["岷县人民医院"]
    );
    assert!(names("对接北京城市副中心资源。", "institution").is_empty());
    assert!(names("建成五大临床服务中心。", "institution").is_empty());
}
