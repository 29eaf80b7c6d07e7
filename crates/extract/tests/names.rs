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
    // seated where it is, not where its parent is
    let ex = extract("上海市第六人民医院海口医院开诊。", None);
    let code = ex.entities.iter().find_map(|e| match &e.value {
        EntityValue::Institution(i) => Some(i.code.clone()),
        _ => None,
    });
    assert_eq!(code, Some(Some("460100".to_string())));
    // a hospital of a kind after the place written short is a branch too,
    // one after a division written in full that division's own
    assert_eq!(
        names("湖滨儿科研究所廊坊儿童医院挂牌。", "institution"),
        vec!["湖滨儿科研究所廊坊儿童医院"]
    );
    assert_eq!(
        names("湖滨大学第一医院静海区中医医院开诊。", "institution"),
        vec!["湖滨大学第一医院", "静海区中医医院"]
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
    // and so is a place and a kind of area (`四川灾区医院`: the disaster
    // area's hospitals)
    for text in ["医管局派员支援四川灾区医院", "专家走进云南偏远医院"] {
        assert!(names(text, "institution").is_empty(), "{text}");
    }
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

#[test]
fn a_branch_whose_place_jieba_misreads_is_still_one_name() {
    // 保定 and 邢台 are often read as verbs; the branch is one name anyway
    assert_eq!(
        names("上海儿童医院邢台医院获批项目。", "institution"),
        vec!["上海儿童医院邢台医院"]
    );
}

#[test]
fn a_place_and_a_two_character_name_before_a_hospital_is_a_name() {
    // 安定 (stable), 佑安: words a segmenter reads as verbs
    assert_eq!(
        names("廊坊市人民医院与上海安定医院签订协议。", "institution"),
        vec!["廊坊市人民医院", "上海安定医院"]
    );
}

#[test]
fn departments_of_an_authority_and_national_bodies() {
    assert_eq!(
        names("国家卫健委医政司到威县调研。", "institution"),
        vec!["国家卫健委医政司"]
    );
    assert_eq!(
        names("与国家卫生人才交流中心签订协议。", "institution"),
        vec!["国家卫生人才交流中心"]
    );
    // 司 inside a word is no head
    assert!(
        names("威县卫生健康局的上司和司机来了。", "institution")
            .iter()
            .all(|n| n == "威县卫生健康局")
    );
}

#[test]
fn a_campus_of_a_hospital_is_part_of_its_name() {
    assert_eq!(
        names("上海市第一人民医院南院与威县人民医院结对。", "institution"),
        vec!["上海市第一人民医院南院", "威县人民医院"]
    );
}

#[test]
fn list_members_that_are_only_a_kind_share_the_first_member_s_seat() {
    assert_eq!(
        names(
            "专家进驻威县人民医院、中医院、妇幼保健院和疾控中心开展工作。",
            "institution"
        ),
        vec![
            "威县人民医院",
            "威县中医院",
            "威县妇幼保健院",
            "威县疾控中心"
        ]
    );
    // a list that starts with a type names no seat
    assert!(names("县医院、中医院、妇幼保健院", "institution").is_empty());
}

#[test]
fn a_level_character_and_a_proper_head_is_a_short_name() {
    // 县 alone is tagged as a morpheme; 县人民医院 is still the county's hospital
    assert_eq!(
        names("专家分赴县人民医院、县中医院开展帮扶。", "institution"),
        vec!["县人民医院", "县中医院"]
    );
}

#[test]
fn words_before_the_seat_that_name_no_place_are_not_in_the_name() {
    assert_eq!(
        names("专家进驻新区威县人民医院。", "institution"),
        vec!["威县人民医院"]
    );
    // a headline's longer run of nouns (助力 is a noun to jieba)
    assert_eq!(
        names("江苏援疆医疗队助力伊犁州友谊医院提升能力", "institution"),
        vec!["伊犁州友谊医院"]
    );
    assert_eq!(
        names("援藏医疗队助力日喀则市人民医院", "institution"),
        vec!["日喀则市人民医院"]
    );
    // a name whose first part is a body keeps it
    assert_eq!(
        names("首都医科大学附属北京妇产医院派出专家", "institution"),
        vec!["首都医科大学附属北京妇产医院"]
    );
}

#[test]
fn a_district_named_by_its_kind_is_the_common_word() {
    // 新区, 城区, 郊区 are historical district names, and common words
    assert!(names("新区建设，城区和郊区的卫生院", "place").is_empty());
}

#[test]
fn a_status_sought_or_granted_or_a_project_is_not_a_body() {
    assert!(names("争创国家心血管病医学中心。", "institution").is_empty());
    assert!(names("该科室获批市重点研究室。", "institution").is_empty());
    assert!(names("加快建设国家区域医疗中心项目。", "institution").is_empty());
    // a hospital being built is named as a project and is still a body
    assert_eq!(
        names("重大项目有上海市第六人民医院海口医院项目。", "institution"),
        vec!["上海市第六人民医院海口医院"]
    );
}

#[test]
fn a_role_noun_before_a_name_is_not_part_of_it() {
    assert_eq!(
        names(
            "岷县人民医院的对口帮扶单位北京协和医院派出5名专家。",
            "institution"
        ),
        vec!["岷县人民医院", "北京协和医院"]
    );
}

#[test]
fn a_body_of_the_hospital_named_by_no_name_is_no_name() {
    // `医院党委`, `医院办公室`: a generic head, then a head of its parts
    assert!(names("医院党委书记李华为队员们送行。", "institution").is_empty());
    assert!(names("医院办公室主任李华主持会议。", "institution").is_empty());
    // (a name before them still names the body)
    assert_eq!(
        names("岷县人民医院党委书记李华为队员们送行。", "institution"),
        vec!["岷县人民医院党委"]
    );
}

#[test]
fn kinds_of_hospital_are_not_names() {
    assert!(names("三家县级中医院纳入三级管理。", "institution").is_empty());
    assert!(names("不用再到省城大医院看病了。", "institution").is_empty());
    // a name followed by its count is a kind counted
    assert!(names("新建村卫生室9所。", "institution").is_empty());
    // …and a place and a head after a count of two or more bodies
    assert!(names("共有12家江苏医院参与。", "institution").is_empty());
    assert!(names("已有十多家浙江医院参与。", "institution").is_empty());
    assert!(names("三所省级医院参与。", "institution").is_empty());
    // (one body counted is named: `一家` before a name)
    assert_eq!(
        names("他来到一家武汉医院工作。", "institution"),
        vec!["武汉医院"]
    );
}

#[test]
fn county_level_cities_by_short_form_and_areas_inside_names() {
    assert_eq!(
        names("定州、易县、唐县三家县级中医院纳入三级管理。", "place"),
        vec!["定州", "易县", "唐县"]
    );
    // a named area inside an institution's name is part of the name
    assert!(names("河北雄安新区管委会主任出席。", "place").is_empty());
}

#[test]
fn organisations_the_segmenter_knows_and_level_committees() {
    assert_eq!(
        names("新华社海口6月1日电 市委、市政府高度重视。", "institution"),
        vec!["新华社", "市委", "市政府"]
    );
    // a numbered hospital of a university
    assert_eq!(
        names("组织海南医大二院专家赴琼中县。", "institution"),
        vec!["海南医大二院"]
    );
    // the body whose secretary speaks
    assert_eq!(
        names("海口市卫生健康委党委书记出席。", "institution"),
        vec!["海口市卫生健康委党委"]
    );
}

#[test]
fn a_publisher_an_earlier_stage_found_is_an_organisation() {
    // the normaliser reads `来源: 海南发布` off the page; extraction takes the
    // span it is given (the whole page goes through the CLI in
    // tests/integration.rs)
    let text = "发布日期: 2024-05-10\n来源: 海南发布\n正文第一段。";
    let start = text.chars().position(|c| c == '海').unwrap();
    let known = bangfu_extract::Known {
        publishers: vec![bangfu_extract::Span::new(start, start + 4)],
    };
    let ex = bangfu_extract::extract_with(text, None, &known);
    let got: Vec<(&str, String)> = ex
        .entities
        .iter()
        .filter_map(|e| match &e.value {
            EntityValue::Institution(i) => Some((e.text.as_str(), format!("{:?}", i.kind))),
            _ => None,
        })
        .collect();
    assert_eq!(got, vec![("海南发布", "Media".to_string())]);
    // without it, the name alone is no organisation
    assert!(names(text, "institution").is_empty());
}

#[test]
fn a_level_character_inside_a_word_starts_no_short_name() {
    // 区 of 区域 is no district: a regional centre is a kind
    assert!(names("双方共建区域医疗中心。", "institution").is_empty());
    assert_eq!(
        names("区卫生计生委召开会议。", "institution"),
        vec!["区卫生计生委"]
    );
}

#[test]
fn a_shared_district_name_after_its_city_is_the_district_there() {
    let ex = extract("福州市鼓楼区与宁德市蕉城区结对，鼓楼区选派专家。", None);
    let codes: Vec<(String, Option<String>)> = ex
        .entities
        .iter()
        .filter_map(|e| match &e.value {
            EntityValue::Place(p) => Some((e.text.clone(), p.code.clone())),
            _ => None,
        })
        .collect();
    let code_of = |n: usize| codes[n].1.as_deref();
    assert_eq!(codes[1].0, "鼓楼区");
    assert_eq!(code_of(1), Some("350102"));
    // the later mention alone is the same district
    assert_eq!(codes.last().unwrap().0, "鼓楼区");
    assert_eq!(codes.last().unwrap().1.as_deref(), Some("350102"));
    // alone, with nothing to tell which, it has no code
    let ex = extract("鼓楼区选派专家。", None);
    assert!(ex.entities.iter().all(|e| match &e.value {
        EntityValue::Place(p) => p.code.is_none(),
        _ => true,
    }));
}

/// (text, full name) of every institution.
fn full_names(text: &str) -> Vec<(String, String)> {
    extract(text, None)
        .entities
        .iter()
        .filter_map(|e| match &e.value {
            EntityValue::Institution(i) => Some((e.text.clone(), i.name.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_short_name_in_brackets_is_the_name_before_it() {
    let names = full_names("北京大学第三医院（北医三院）与延庆区医院签约。北医三院派出专家10名。");
    let full = "北京大学第三医院".to_string();
    assert_eq!(names[1], ("北医三院".to_string(), full.clone()));
    assert_eq!(names[3], ("北医三院".to_string(), full));
    // a bracketed note that is no name is left alone
    let ex = extract("某县人民医院（原某县医院）开诊。", None);
    assert!(ex.entities.iter().all(|e| match &e.value {
        EntityValue::Institution(i) => i.name == e.text,
        _ => true,
    }));
}

#[test]
fn a_company_s_brand_after_its_city_is_in_its_name() {
    assert_eq!(
        names(
            "深圳迈瑞生物医疗电子股份有限公司向昭觉县人民医院捐赠设备。",
            "institution"
        ),
        vec!["深圳迈瑞生物医疗电子股份有限公司", "昭觉县人民医院"]
    );
    assert_eq!(
        names("上海联影医疗科技股份有限公司捐赠CT一台。", "institution"),
        vec!["上海联影医疗科技股份有限公司"]
    );
    // a verb of going between a city and a company is no brand
    assert!(
        !names("天津到某某医疗器械有限公司考察。", "institution")
            .iter()
            .any(|n| n.starts_with("天津"))
    );
}

#[test]
fn a_later_tail_of_one_earlier_name_is_that_name() {
    // (南方 is a word of direction that starts the name)
    let got = full_names("南方医科大学附属滨江长青医院与东岭县医院签约。长青医院派出专家5名。");
    assert_eq!(
        got.last().unwrap(),
        &(
            "长青医院".to_string(),
            "南方医科大学附属滨江长青医院".to_string()
        )
    );
    // a tail two earlier names share stays as written
    let got = full_names("东岭县人民医院和西岭县人民医院签约。人民医院派出专家5名。");
    assert!(got.iter().all(|(t, n)| t == n), "{got:?}");
    // — unless the two are one body: a shorter name, itself the tail of
    // the full one, shares its tails with it
    let got = full_names(
        "南方医科大学附属滨江长青医院与东岭县医院签约。此前，东岭县医院已与滨江长青医院合作。长青医院派出专家5名。",
    );
    let full = "南方医科大学附属滨江长青医院";
    assert!(
        got.iter()
            .filter(|(t, _)| t.ends_with("长青医院"))
            .all(|(_, n)| n == full),
        "{got:?}"
    );
    assert_eq!(got.last().unwrap().0, "长青医院", "{got:?}");
}

#[test]
fn a_name_s_own_part_after_its_seat_stands_alone_for_the_body() {
    // 灯塔/n is a common noun: `灯塔医院` alone would be no name
    let got = full_names("杭州市灯塔医院派出专家5名。灯塔医院专家还开展了义诊。");
    assert_eq!(
        got,
        [
            ("杭州市灯塔医院".to_string(), "杭州市灯塔医院".to_string()),
            ("灯塔医院".to_string(), "杭州市灯塔医院".to_string())
        ]
    );
    // with its campus named right after it
    let got = full_names("杭州市灯塔医院派出专家5名。（灯塔医院西院区）已投入使用。");
    assert_eq!(
        got.last().unwrap(),
        &(
            "灯塔医院西院区".to_string(),
            "杭州市灯塔医院西院区".to_string()
        )
    );
    // after the university a hospital belongs to
    let got = full_names("江宁医科大学灯塔医院与石楼县人民医院签约，灯塔医院将派驻专家。");
    assert_eq!(got.last().unwrap().1, "江宁医科大学灯塔医院", "{got:?}");
    assert_eq!(got.len(), 3, "{got:?}");
    // a part two names share, or one inside a longer word, stays unread
    let got = full_names("杭州市灯塔医院和湖州市灯塔医院签约。灯塔医院派出专家。");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = full_names("杭州市灯塔医院派出专家。新灯塔医院正在建设。");
    assert_eq!(got.len(), 1, "{got:?}");
    // the part starts after a seat or a body, not inside the name's own
    // words (`康复医院` is a kind of hospital)
    let got = full_names("杭州市灯塔康复医院派出专家。康复医院是一类专科医院。");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_headline_s_short_name_is_the_body_s_full_name() {
    let got =
        full_names("省人民医院专家走进石楼县\n7月2日，江宁省人民医院专家来到石楼县开展义诊。");
    let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["江宁省人民医院", "江宁省人民医院"]);
    // a short name two full names share stays as written
    let got = full_names("县人民医院\n石楼县人民医院与永和县人民医院");
    assert_eq!(got[0], ("县人民医院".to_string(), "县人民医院".to_string()));
    assert_eq!(got.len(), 3, "{got:?}");
}

/// Places with their levels.
fn levels(text: &str) -> Vec<(String, Option<String>)> {
    extract(text, None)
        .entities
        .into_iter()
        .filter_map(|e| match e.value {
            EntityValue::Place(p) => Some((e.text, p.level)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_township_after_its_county_is_a_place_and_inside_a_name() {
    // Townships are in no table; jieba cuts them into single characters.
    assert_eq!(
        names(
            "专家到临县白文镇卫生院和永和县阁底乡卫生院坐诊。",
            "institution"
        ),
        vec!["临县白文镇卫生院", "永和县阁底乡卫生院"]
    );
    assert_eq!(
        names("和田县拉依喀乡卫生院、岚县东村镇中心卫生院", "institution"),
        vec!["和田县拉依喀乡卫生院", "岚县东村镇中心卫生院"]
    );
    let got = levels("义诊在平陆县杜马乡举行，随后来到大兴区黄村镇。");
    let want = [
        ("平陆县", Some("county")),
        ("杜马乡", Some("township")),
        ("大兴区", Some("county")),
        ("黄村镇", Some("township")),
    ];
    assert_eq!(
        got,
        want.map(|(n, l)| (n.to_string(), l.map(str::to_string)))
    );
}

#[test]
fn a_word_that_ends_in_a_township_suffix_is_no_township() {
    for text in [
        "平陆县各乡镇卫生院负责人参加会议。",
        "平陆县城乡居民医保宣讲。",
        "平陆县举办乡村医生培训班。",
        "专家来到平陆县老乡家中。",
        "平陆县开展城乡义诊活动。",
    ] {
        let got = levels(text);
        assert!(
            got.iter().all(|(_, l)| l.as_deref() != Some("township")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_numeral_inside_a_place_name_is_no_count_and_a_count_after_a_place_is_no_name() {
    // 陆 and 伍 are financial numerals (6, 5); here they are part of a name.
    let kinds = |text: &str| -> Vec<(String, String)> {
        extract(text, None)
            .entities
            .into_iter()
            .map(|e| (e.value.kind().to_string(), e.text))
            .collect()
    };
    let pair = |k: &str, t: &str| (k.to_string(), t.to_string());
    assert_eq!(kinds("专家来到平陆县。"), vec![pair("place", "平陆县")]);
    assert_eq!(kinds("伍家岗区"), vec![pair("place", "伍家岗区")]);
    assert_eq!(
        kinds("三河市两家医院"),
        vec![pair("place", "三河市"), pair("count", "两家")]
    );
}

#[test]
fn a_direction_right_before_a_head_begins_a_name() {
    assert_eq!(
        names(
            "南方医科大学南方医院、北京中医药大学东方医院",
            "institution"
        ),
        vec!["南方医科大学南方医院", "北京中医药大学东方医院"]
    );
    // before a common noun it is a region
    assert!(names("东部地区医院对口帮扶西部地区医院。", "institution").is_empty());
}

#[test]
fn a_township_alone_before_its_health_centre_is_read_with_it() {
    assert_eq!(
        names(
            "选派医师下沉到谭棚镇卫生院、长官镇卫生院等基层医疗机构。",
            "institution"
        ),
        vec!["谭棚镇卫生院", "长官镇卫生院"]
    );
    // a listed one starts right after the list mark, whatever jieba made
    // of its first character (保/v)
    assert_eq!(
        names("与唐集镇卫生院、保滩镇卫生院签订协议。", "institution"),
        vec!["唐集镇卫生院", "保滩镇卫生院"]
    );
    let got = levels("下沉到谭棚镇卫生院");
    assert_eq!(
        got,
        vec![("谭棚镇".to_string(), Some("township".to_string()))]
    );
    // kinds of health centre are no names
    for text in [
        "全县各乡镇卫生院",
        "推动远程医疗服务向各县市人民医院延伸",
        "组织乡镇卫生院医生培训",
        "城市医院对口支援县级医院",
    ] {
        assert!(names(text, "institution").is_empty(), "{text}");
    }
}

#[test]
fn a_national_level_is_a_kind_not_a_national_body() {
    assert!(names("全市3家国家级急性呼吸道传染病哨点医院", "institution").is_empty());
    assert_eq!(
        names("国家儿童医学中心专家到平陆县义诊。", "institution"),
        vec!["国家儿童医学中心"]
    );
}

#[test]
fn a_county_the_table_lists_only_the_tail_of_is_one_unlisted_place() {
    // 岚县 and 威县 are in GB/T 2260; 青岚县 and 南威县 are not.
    let text = "专家抵达青岚县人民医院，随后前往南威县开展义诊。";
    assert_eq!(names(text, "institution"), vec!["青岚县人民医院"]);
    // (the seat of the hospital is a place too, as GUIDELINES.md counts it)
    assert_eq!(
        places_with_codes(text),
        [("青岚县".to_string(), false), ("南威县".to_string(), false)]
    );
    // A preposition or verb before a listed county is no part of its name.
    assert_eq!(
        places_with_codes("在岚县开展巡回医疗，赴威县人民医院坐诊。"),
        [("岚县".to_string(), true), ("威县".to_string(), true)]
    );
}

/// Each place of `text` as written, and whether a division code resolved.
fn places_with_codes(text: &str) -> Vec<(String, bool)> {
    extract(text, None)
        .entities
        .iter()
        .filter_map(|e| match &e.value {
            EntityValue::Place(p) => Some((e.text.clone(), p.code.is_some())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_contraction_of_one_longer_name_in_the_article_is_that_body() {
    assert_eq!(
        names_of("青州医科大学第二附属医院派出专家。青医大二附院还捐赠了设备。"),
        ["青州医科大学第二附属医院", "青州医科大学第二附属医院"]
    );
    assert_eq!(
        names_of("东岭大学医学院附属第一医院派出专家，东岭大一院还捐赠了设备。"),
        ["东岭大学医学院附属第一医院", "东岭大学医学院附属第一医院"]
    );
    // Not contractions: another hospital of the same city, a name keeping
    // neither the 大 of 大学 nor a number, a common short form.
    assert_eq!(
        names_of("青州医科大学第二附属医院和青州医院"),
        ["青州医科大学第二附属医院", "青州医院"]
    );
    assert_eq!(
        names_of("北京南山门医院保安医院与北京山安医院"),
        ["北京南山门医院保安医院", "北京山安医院"]
    );
    // A word whose first character is left out gives nothing more: 医大
    // here is not the 医 of 中医药大学.
    assert_eq!(
        names_of("湖滨市医大二院和湖滨市中医药大学第二附属医院"),
        ["湖滨市医大二院", "湖滨市中医药大学第二附属医院"]
    );
    assert_eq!(
        names_of("区疾控中心和区疾病预防控制中心"),
        ["区疾控中心", "区疾病预防控制中心"]
    );
}

fn names_of(text: &str) -> Vec<String> {
    full_names(text).into_iter().map(|(_, name)| name).collect()
}

#[test]
fn a_certification_passed_is_a_designation_not_a_body() {
    let got = names(
        "青岚县人民医院胸痛中心通过国家胸痛中心认证。",
        "institution",
    );
    assert_eq!(got, vec!["青岚县人民医院"]);
}

#[test]
fn a_body_before_its_head_s_title_written_as_one_word_ends_there() {
    // jieba writes 医院院长 as one word
    assert_eq!(
        names(
            "湖滨市第三医院院长王伟说，青岚县卫生健康局局长李明表示。",
            "institution"
        ),
        vec!["湖滨市第三医院", "青岚县卫生健康局"]
    );
}

#[test]
fn a_paired_assistance_command_is_a_body() {
    assert_eq!(
        names(
            "湖滨市援疆指挥部投入资金2000万元，湖滨省援藏指挥部也派出专家。",
            "institution"
        ),
        vec!["湖滨市援疆指挥部", "湖滨省援藏指挥部"]
    );
    // the programme's front, before its command, is in the name
    assert_eq!(
        names("湖滨省援疆前方指挥部投入资金2000万元。", "institution"),
        vec!["湖滨省援疆前方指挥部"]
    );
    // …and so are the programme's words and the place it helps
    assert_eq!(
        names(
            "江西省对口支援新疆工作前方指挥部为医院争取资金500万元。",
            "institution"
        ),
        vec!["江西省对口支援新疆工作前方指挥部"]
    );
    // (an aid word before any other head is the act between two bodies)
    assert_eq!(
        names("湖滨市人民医院对口支援新疆青岚县人民医院。", "institution"),
        vec!["湖滨市人民医院", "新疆青岚县人民医院"]
    );
}

#[test]
fn a_body_whose_seat_is_written_short_and_in_full_is_one_body() {
    assert_eq!(
        names_of(
            "红河哈尼族彝族自治州第三人民医院与湖滨医院合作，红河州第三人民医院新建了疼痛科。"
        ),
        [
            "红河哈尼族彝族自治州第三人民医院",
            "湖滨医院",
            "红河哈尼族彝族自治州第三人民医院"
        ]
    );
}

#[test]
fn a_declared_short_name_stands_for_its_body_wherever_it_is_written() {
    let text = "湖滨医科大学附属第一医院（以下简称“湖医附一院”）与青岚县人民医院签约。\
                此后，湖医附一院为青岚县人民医院捐赠彩超2台。";
    let ex = extract(text, None);
    let named: Vec<(String, String)> = ex
        .entities
        .iter()
        .filter_map(|e| match &e.value {
            EntityValue::Institution(i) => Some((e.text.clone(), i.name.clone())),
            _ => None,
        })
        .collect();
    assert!(
        named.contains(&(
            "湖医附一院".to_string(),
            "湖滨医科大学附属第一医院".to_string()
        )),
        "{named:?}"
    );
    // the declaration itself is not a second mention
    assert_eq!(
        named.iter().filter(|(t, _)| t == "湖医附一院").count(),
        1,
        "{named:?}"
    );
    // unquoted, after 简称
    let ex = extract(
        "湖滨省妇幼保健院（简称省妇幼）派出专家。省妇幼专家到青岚县义诊。",
        None,
    );
    assert!(
        ex.entities.iter().any(|e| e.text == "省妇幼"
            && matches!(&e.value, EntityValue::Institution(i) if i.name == "湖滨省妇幼保健院")),
        "{:?}",
        ex.entities
    );
}

#[test]
fn clinics_by_other_names_and_charitable_funds_are_bodies() {
    assert_eq!(
        names(
            "平陆县杜马乡卫生所、运城市盐湖区北城社区卫生服务站",
            "institution"
        ),
        vec!["平陆县杜马乡卫生所", "运城市盐湖区北城社区卫生服务站"]
    );
    assert_eq!(
        names("香港明德慈善信托基金捐资2000万元。", "institution"),
        vec!["香港明德慈善信托基金"]
    );
    // a fund that is money is no body
    assert!(names("医保基金支出增长。", "institution").is_empty());
    // an approval's 经 is no part of the approver's name
    assert_eq!(
        names("经市政府批准，平陆县人民医院挂牌。", "institution"),
        vec!["市政府", "平陆县人民医院"]
    );
}

#[test]
fn a_contraction_the_words_cut_up_is_still_the_body() {
    let ex = extract(
        "湖滨医科大学附属第一医院派出专家。湖医大附一院专家到青岚县坐诊。",
        None,
    );
    let short = ex
        .entities
        .iter()
        .find(|e| e.text == "湖医大附一院")
        .expect("the contraction is a mention");
    assert_eq!(short.name(), "湖滨医科大学附属第一医院");
    // another number is another hospital: no contraction of this one
    let ex = extract(
        "湖滨医科大学附属第一医院派出专家。湖医大附二院专家到青岚县坐诊。",
        None,
    );
    assert!(
        !ex.entities
            .iter()
            .any(|e| e.text.starts_with("湖医大") && e.name() == "湖滨医科大学附属第一医院"),
        "{:?}",
        ex.entities
    );
}

#[test]
fn an_aid_word_before_a_hospital_head_is_no_name() {
    // a hospital Wenzhou built, not one called 温州援建医院
    assert!(names("温州援建医院正式开诊。", "institution").is_empty());
    // a two-character name jieba reads as a verb still is one
    assert_eq!(
        names("北京佑安医院专家到场。", "institution"),
        vec!["北京佑安医院"]
    );
}

#[test]
fn a_seats_hospital_written_short_is_the_full_body() {
    let ex = extract(
        "运城市平陆县人民医院与芮城县中医医院签约。平陆县医院专家到芮城县中医院坐诊。",
        None,
    );
    let name_of = |text: &str| {
        ex.entities
            .iter()
            .find(|e| e.text == text)
            .map(|e| e.name().to_string())
    };
    assert_eq!(
        name_of("平陆县医院").as_deref(),
        Some("运城市平陆县人民医院")
    );
    assert_eq!(name_of("芮城县中医院").as_deref(), Some("芮城县中医医院"));
}

#[test]
fn a_number_and_a_kind_is_a_count_not_a_historical_district() {
    // 一区 and 二区 were districts of 伊犁 once; in running text they count
    assert!(names("帮助四县一区建设乡镇卫生院。", "place").is_empty());
    let ex = extract("帮助四县一区建设乡镇卫生院。", None);
    assert!(
        ex.entities
            .iter()
            .any(|e| e.text == "一"
                && matches!(&e.value, EntityValue::Count(c) if c.value == Some(1.0))),
        "{:?}",
        ex.entities
    );
}

#[test]
fn an_aid_word_before_a_hospital_head_names_a_role() {
    // the cooperating hospital of 北京天坛医院 is no second body
    assert_eq!(
        names(
            "青岚县人民医院已挂牌成为北京天坛医院协作医院。",
            "institution"
        ),
        vec!["青岚县人民医院", "北京天坛医院"]
    );
    // a command named by its programme is a body
    assert_eq!(
        names("北京市援疆指挥部投入资金。", "institution"),
        vec!["北京市援疆指挥部"]
    );
}

#[test]
fn an_idiom_of_manner_and_a_phrase_that_opens_with_a_head_are_no_name() {
    // `紧紧围绕/l` is a verb phrase; `中心工作` is the centre of the work
    assert_eq!(
        names(
            "全县卫生健康系统紧紧围绕县委、县政府中心工作，扎实推进健康县城建设。",
            "institution"
        ),
        vec!["县委", "县政府"]
    );
    // an idiom that holds no adverb of manner still is (`临床医学/l`)
    assert_eq!(
        names("青岚省临床医学研究中心揭牌。", "institution"),
        vec!["青岚省临床医学研究中心"]
    );
}

#[test]
fn a_level_s_committee_written_short_is_the_full_body_named_before() {
    let full = |text: &str| -> Vec<String> {
        extract(text, None)
            .entities
            .into_iter()
            .filter(|e| e.value.kind() == "institution")
            .map(|e| e.name().to_string())
            .collect()
    };
    // 委员会 and 委 are one committee, however the short form is cut
    for short in ["市卫生健康委", "市卫健委"] {
        let got = full(&format!(
            "湖州市卫生健康委员会召开会议。{short}将支持青岚区。"
        ));
        assert_eq!(got, vec!["湖州市卫生健康委员会"; 2], "{short}");
    }
    // a committee of another level is another body
    let got = full("湖州市卫生健康委员会召开会议。县卫健委将支持青岚区。");
    assert_eq!(got[1], "县卫健委");
}

#[test]
fn a_level_s_body_is_the_one_of_the_division_its_paragraph_is_at() {
    let full = |text: &str| -> Vec<(String, Option<String>)> {
        extract(text, None)
            .entities
            .into_iter()
            .filter_map(|e| match e.value {
                EntityValue::Institution(i) => Some((i.name, i.code)),
                _ => None,
            })
            .collect()
    };
    let got = full("医疗队来到石楼县，在县人民医院开展义诊，并与县卫健委座谈。");
    assert_eq!(
        got,
        vec![
            ("石楼县人民医院".to_string(), Some("141126".to_string())),
            ("石楼县卫健委".to_string(), Some("141126".to_string())),
        ]
    );
    // the last division of the level named: a city's body after a county
    let got = full("专家到吕梁市石楼县义诊，市人民医院派出5人。");
    assert_eq!(got[0].0, "吕梁市人民医院");
    // not a division named in another paragraph
    let got = full("医疗队来到石楼县。\n县人民医院开展义诊。");
    assert_eq!(got[0], ("县人民医院".to_string(), None));
    // nor a name that only opens with a level character
    let got = full("来到吕梁市，市场监管局检查药房。");
    assert_eq!(got, vec![("市场监管局".to_string(), None)]);
}

#[test]
fn a_name_several_divisions_share_is_the_one_in_the_place_named_before() {
    let codes = |text: &str| -> Vec<(String, Option<String>)> {
        extract(text, None)
            .entities
            .into_iter()
            .filter_map(|e| match e.value {
                EntityValue::Place(p) => Some((e.text, p.code)),
                _ => None,
            })
            .collect()
    };
    let place = |n: &str, c: Option<&str>| (n.to_string(), c.map(str::to_string));
    assert_eq!(
        codes("天津市组织专家赴甘肃义诊。和平区派出10名医生。"),
        vec![
            place("天津市", Some("120000")),
            place("甘肃", Some("620000")),
            place("和平区", Some("120101"))
        ]
    );
    assert_eq!(
        codes("沈阳市组织专家义诊，和平区派出10名医生。")[1],
        place("和平区", Some("210102"))
    );
    // the nearest such place first
    assert_eq!(
        codes("沈阳市专家到天津市交流，和平区派出10名医生。")[2],
        place("和平区", Some("120101"))
    );
    // named before no such place, it stays unresolved
    assert_eq!(codes("和平区派出10名医生。"), vec![place("和平区", None)]);
}

#[test]
fn a_digit_before_a_level_counts_divisions_in_no_name() {
    assert!(
        names("湖滨市三家医院与青岚三县医院结对。", "institution").is_empty(),
        "{:?}",
        names("湖滨市三家医院与青岚三县医院结对。", "institution")
    );
    // an ordinal stays in the name
    assert_eq!(
        names("平陆县第三人民医院开诊。", "institution"),
        vec!["平陆县第三人民医院"]
    );
}

#[test]
fn a_hospital_the_segmenter_keeps_as_one_word_is_a_name() {
    // 北京积水潭医院 is one word, tagged as a common noun
    assert_eq!(
        names("2021年以来，北京积水潭医院先后选派专家。", "institution"),
        vec!["北京积水潭医院"]
    );
    // a news site kept as one word is the source, a body of its own
    assert_eq!(
        names(
            "深圳新闻网讯 3月28日，深圳市人民医院召开会议。",
            "institution"
        ),
        vec!["深圳新闻网", "深圳市人民医院"]
    );
}

#[test]
fn hospitals_of_the_ethnic_medicines_and_banners_written_short() {
    assert_eq!(
        names("通辽市蒙医医院与德宏州傣医医院开展交流。", "institution"),
        vec!["通辽市蒙医医院", "德宏州傣医医院"]
    );
    // a banner by its wing and place (`科尔沁左翼中旗` → 科左中旗)
    assert_eq!(
        names(
            "科左中旗人民医院、科右前旗蒙医医院开展义诊。",
            "institution"
        ),
        vec!["科左中旗人民医院", "科右前旗蒙医医院"]
    );
    assert_eq!(names("专家来到阿左旗。", "place"), vec!["阿左旗"]);
}

#[test]
fn a_hospital_s_campus_is_one_name() {
    assert_eq!(
        names("武汉协和医院西院区与恩施州中心医院合作。", "institution"),
        vec!["武汉协和医院西院区", "恩施州中心医院"]
    );
}

#[test]
fn a_hospital_authority_is_one_body_not_a_hospital_s_unit() {
    assert_eq!(
        names_of("北京市医院管理中心和广州市医管局"),
        ["北京市医院管理中心", "广州市医管局"]
    );
}

#[test]
fn a_prefecture_s_directly_run_units_in_a_list_are_the_prefecture() {
    assert_eq!(
        names("江苏省对口支援新疆伊犁州直、克州和兵团第四师。", "place"),
        ["江苏省", "新疆", "伊犁州直", "克州"]
    );
    // not 直 opening another word
    assert_eq!(names("专家在伊犁州直接开展义诊。", "place"), ["伊犁州"]);
}

#[test]
fn a_township_s_central_health_centre_is_one_name_after_a_township_alone() {
    assert_eq!(
        names(
            "青岚县人民医院与土桥镇中心卫生院组建医共体。",
            "institution"
        ),
        vec!["青岚县人民医院", "土桥镇中心卫生院"]
    );
    assert_eq!(
        names("专家到黄坪乡中心卫生院坐诊。", "institution"),
        vec!["黄坪乡中心卫生院"]
    );
}

#[test]
fn a_contraction_whose_first_character_the_words_cut_off_is_still_the_body() {
    // jieba cuts 其中/安/医大: the contraction is 安医大二附院 all the same
    let got = full_names("安澜医科大学第二附属医院援建了远程平台，其中安医大二附院出资300万元。");
    assert_eq!(
        got[1],
        (
            "安医大二附院".to_string(),
            "安澜医科大学第二附属医院".to_string()
        ),
        "{got:?}"
    );
    // with no full name it contracts, the character stays out
    let got = full_names("其中安医大一附院出资300万元。");
    assert!(got.iter().all(|(t, _)| !t.starts_with('安')), "{got:?}");
}

#[test]
fn a_generic_head_before_a_place_names_a_part_not_a_body() {
    assert_eq!(
        names(
            "青岚县人民医院的帮扶医院湖滨省人民医院派出专家6名。",
            "institution"
        ),
        vec!["青岚县人民医院", "湖滨省人民医院"]
    );
}

#[test]
fn a_count_with_a_head_of_its_own_after_a_list_sums_it_up() {
    // `三家医院` sums up the list: its last body is still a body
    assert_eq!(
        names(
            "由湖滨市第一医院、青岚县人民医院、北京大学第一医院三家医院专家组成医疗队。",
            "institution"
        ),
        vec!["湖滨市第一医院", "青岚县人民医院", "北京大学第一医院"]
    );
    // a name before a count of bodies alone is a kind counted
    assert!(names("新建村卫生室9所。", "institution").is_empty());
}

#[test]
fn a_society_or_fund_a_hospital_set_up_is_a_body_of_its_own() {
    assert_eq!(
        names(
            "湖滨市第一医院慈善会向青岚县人民医院捐赠设备。",
            "institution"
        ),
        vec!["湖滨市第一医院慈善会", "青岚县人民医院"]
    );
    assert_eq!(
        names(
            "湖滨市第一医院基金会向青岚县人民医院捐赠设备。",
            "institution"
        ),
        vec!["湖滨市第一医院基金会", "青岚县人民医院"]
    );
    // a centre inside a hospital is one of its units
    assert_eq!(
        names("湖滨市第一医院胸痛中心揭牌。", "institution"),
        vec!["湖滨市第一医院"]
    );
}

#[test]
fn a_corps_division_s_hospital_goes_by_its_own_part() {
    let got: Vec<(String, String)> = extract(
        "苏州市第一人民医院与新疆生产建设兵团第五师医院签署协议，每年选派专家到第五师医院坐诊。",
        None,
    )
    .entities
    .into_iter()
    .filter(|e| e.value.kind() == "institution")
    .map(|e| (e.text.clone(), e.name().to_string()))
    .collect();
    assert_eq!(
        got.last(),
        Some(&(
            "第五师医院".to_string(),
            "新疆生产建设兵团第五师医院".to_string()
        )),
        "{got:?}"
    );
}

#[test]
fn a_two_character_name_cut_into_a_name_character_and_a_verb_is_one_name() {
    // jieba reads `岚/nr 达/v`, `柯/nr 安/v`: the verb is the name's second character
    assert_eq!(
        names("湖滨市人民医院派出专家常驻岚达医院。", "institution"),
        vec!["湖滨市人民医院", "岚达医院"]
    );
    assert_eq!(
        names("湖滨市人民医院托管石楼柯安医院。", "institution"),
        vec!["湖滨市人民医院", "石楼柯安医院"]
    );
    // a verb of going is no part of a name
    assert!(names("王到医院看病。", "institution").is_empty());
}

#[test]
fn a_subtitle_s_dash_and_its_word_of_record_are_no_part_of_a_name() {
    // (`北京协和医院` is one word of the segmenter's, whose name the reader
    // takes whole and then extends left: not over a dash between clauses)
    assert_eq!(
        names("——北京协和医院援疆专家团队", "institution"),
        vec!["北京协和医院"]
    );
    assert_eq!(
        names("——记吉林大学第一医院援疆专家团队", "institution"),
        vec!["吉林大学第一医院"]
    );
    // (a single dash inside a name still joins its parts)
    let got = names("中国—东盟医院合作联盟成立。", "institution");
    assert!(got.iter().any(|n| n.starts_with("中国—东盟")), "{got:?}");
}

#[test]
fn bodies_for_one_disease_are_named_by_it() {
    // a centre, institute or hospital of prevention and treatment
    assert_eq!(
        names(
            "湖滨大学肿瘤防治中心向青岚县人民医院捐赠设备，湖滨市结核病防治所、\
             青岚县职业病防治院派出专家。",
            "institution"
        ),
        vec![
            "湖滨大学肿瘤防治中心",
            "青岚县人民医院",
            "湖滨市结核病防治所",
            "青岚县职业病防治院"
        ]
    );
    // (a region's county hospitals are a type of body, not one)
    assert_eq!(
        names("支持陕南、陕北地区县级医院建设。", "institution"),
        Vec::<String>::new()
    );
}

#[test]
fn a_zone_a_city_runs_is_part_of_its_bodies_names() {
    assert_eq!(
        names(
            "湖滨医院与万盛经开区人民医院、青岚高新区卫生院签署协议。",
            "institution"
        ),
        vec!["湖滨医院", "万盛经开区人民医院", "青岚高新区卫生院"]
    );
}

#[test]
fn a_level_and_a_numbered_hospital_is_that_hospital_for_short() {
    // written alone it is a name as written, as `市卫健委` is
    assert_eq!(
        names("市二院专家在东湖镇卫生院开展义诊。", "institution"),
        vec!["市二院", "东湖镇卫生院"]
    );
    // after the full name, that body (a made-up seat: by the name alone)
    let ex = extract(
        "青岚市第二人民医院与东湖镇卫生院签约。市二院专家还来到东湖镇卫生院。",
        None,
    );
    let short: Vec<&str> = ex
        .entities
        .iter()
        .filter(|e| e.text == "市二院")
        .map(|e| e.name())
        .collect();
    assert_eq!(short, vec!["青岚市第二人民医院"]);
    // a number alone, or a level with no number, is no name
    assert_eq!(
        names("二院专家来到东湖镇卫生院。", "institution"),
        vec!["东湖镇卫生院"]
    );
    assert_eq!(
        names("县医院专家来到东湖镇卫生院。", "institution"),
        vec!["东湖镇卫生院"]
    );
}

#[test]
fn townships_listed_after_a_county_s_first_are_places_too() {
    assert_eq!(
        names("专家在西吉县将台堡镇、兴隆镇和火石寨乡开展义诊。", "place"),
        vec!["西吉县", "将台堡镇", "兴隆镇", "火石寨乡"]
    );
    // not a word of quantity in the list
    assert_eq!(
        names("专家在西吉县将台堡镇、各乡镇开展义诊。", "place"),
        vec!["西吉县", "将台堡镇"]
    );
}

/// Names nest but never cross: a body's name whose words begin inside a
/// place starts at the place (`中区政府`, `环县委` — the words cut 中/区政府
/// and 环/县委), and the character that ends a body's name begins no
/// county read by its shape (`…金融局曹县` is 曹县, not a county 局曹县).
#[test]
fn names_nest_and_never_cross() {
    assert_eq!(
        names("专家来到中区政府座谈。", "institution"),
        vec!["中区政府"]
    );
    assert_eq!(names("他在环县委工作。", "institution"), vec!["环县委"]);
    assert_eq!(names("市金融局曹县分局", "place"), vec!["曹县"]);
    assert_eq!(names("长城网环县讯", "place"), vec!["环县"]);
    // (on any text: a name read by its shape that runs out of a body's
    // name is dropped — `人局乡` out of the misread `容城县人局`)
    for t in ["帮扶中区政府", "市金融局曹县", "容城县人局乡建设委"] {
        let ex = extract(t, None);
        assert_eq!(ex.check(t), Ok(()), "{t}");
    }
}

#[test]
fn a_ministry_is_a_whole_name_standing_alone() {
    assert_eq!(
        names(
            "卫生部、财政部和人力资源社会保障部联合印发通知，审计署参加。",
            "institution"
        ),
        vec!["卫生部", "财政部", "人力资源社会保障部", "审计署"]
    );
    // its earlier name after 原 is the body's
    assert_eq!(
        names("原卫生部专家组到湖滨县人民医院。", "institution"),
        vec!["卫生部", "湖滨县人民医院"]
    );
    // a kind of department is no body (卫生部门, 财政部门)
    assert!(
        names(
            "市卫生部门和财政部门共同推进，全部干部参加。",
            "institution"
        )
        .is_empty()
    );
}

#[test]
fn a_district_of_three_characters_is_written_without_its_level() {
    assert_eq!(
        names("医疗队奔赴青岚县、海拉尔、石景山等地开展义诊。", "place"),
        vec!["青岚县", "海拉尔", "石景山"]
    );
    // two characters left would be a common word (南开区 is never 南开)
    assert_eq!(names("南开专家到青岚县。", "place"), vec!["青岚县"]);
}

#[test]
fn an_ordinal_of_rounds_and_a_kind_of_hospital_name_no_body() {
    // the second round of a programme, and the town-and-country hospitals
    assert!(names("湖滨省第二轮城乡医院对口支援工作启动。", "institution").is_empty());
    assert!(names("青岚市第三批县域医院专家出发。", "institution").is_empty());
    assert!(names("推进贵州省城乡医院对口支援。", "institution").is_empty());
    // (an ordinal of a hospital's number is its name)
    assert_eq!(
        names("青岚市第三人民医院专家出发。", "institution"),
        vec!["青岚市第三人民医院"]
    );
}

#[test]
fn two_divisions_side_by_side_are_two_places_not_an_address() {
    assert_eq!(
        names("浙江省贵州省城乡医院对口支援工作启动。", "place"),
        vec!["浙江省", "贵州省"]
    );
    assert_eq!(
        names("北京市天津市第一中心医院专家。", "institution"),
        vec!["天津市第一中心医院"]
    );
    // an address names the body's seat, and a short form runs into a name
    assert_eq!(
        names("浙江省宁波市湖滨医院和北京朝阳医院专家。", "institution"),
        vec!["浙江省宁波市湖滨医院", "北京朝阳医院"]
    );
}

#[test]
fn the_nation_and_kinds_alone_are_a_kind_nationwide() {
    assert!(names("全国乡镇卫生院和全国三级医院参加。", "institution").is_empty());
    // (the nation and a name of its own is a national body)
    assert_eq!(
        names("国家医学考试中心和中国康复研究中心参加。", "institution"),
        vec!["国家医学考试中心", "中国康复研究中心"]
    );
}

#[test]
fn a_named_area_is_a_place_not_a_centre() {
    // `城市副中心` (Beijing's sub-centre, written without the city) is an
    // area of segment's areas.txt; jieba's 城市/ns had made it a body
    // headed 中心
    let text = "城市副中心已建成两家三级医院院区。";
    assert_eq!(names(text, "institution"), Vec::<String>::new());
    assert_eq!(names(text, "place"), vec!["城市副中心"]);
}

#[test]
fn the_formal_and_parts_two_names() {
    // 暨 joins two names (jieba tags it nt): the name after it starts at
    // its place
    assert_eq!(
        names("两院共建骨伤病区暨青岚县中医院湖滨楼。", "institution"),
        vec!["青岚县中医院"]
    );
}

#[test]
fn a_province_s_abbreviation_after_a_verb_of_going_is_the_province() {
    assert_eq!(names("共选派医疗人才407名进疆。", "place"), vec!["疆"]);
    assert_eq!(names("专家赴黔开展帮扶。", "place"), vec!["黔"]);
    // not one a city shares (宁: Nanjing), a person's name or an adjective
    // (jieba: 秦/nr, 黑/a), nor a grouping a verb's character runs into
    assert_eq!(names("专家来宁指导。", "place"), Vec::<String>::new());
    assert_eq!(names("进秦，入黑。", "place"), Vec::<String>::new());
    assert_eq!(names("推进京津冀医联体建设。", "place"), vec!["京津冀"]);
}

#[test]
fn a_short_form_after_a_place_that_does_not_hold_it_is_part_of_a_name() {
    // Shanghai's 中山 hospital, not the city of Guangdong
    assert_eq!(
        names(
            "组织上海中山、华山等20家知名三甲医院与受援医院签署协议。",
            "place"
        ),
        vec!["上海"]
    );
    // one the place holds is a place of its own
    assert_eq!(
        names("河北保定的专家前来指导。", "place"),
        vec!["河北", "保定"]
    );
}

#[test]
fn a_name_does_not_run_back_over_the_word_of_paired_help() {
    // jieba cuts 对口协作 into two verbal nouns, name words both; the
    // segmenter's domain dictionary keeps it one verb, as 对口帮扶
    assert_eq!(
        names(
            "自湖滨市卫健委对口协作青岚县卫健局以来，双方交流频繁。",
            "institution"
        ),
        vec!["湖滨市卫健委", "青岚县卫健局"]
    );
    assert_eq!(
        names("湖滨市第一医院对口支持青岚县卫健局。", "institution"),
        vec!["湖滨市第一医院", "青岚县卫健局"]
    );
}

#[test]
fn a_hospital_named_after_its_former_district_is_a_name() {
    // jieba keeps `宣武医院` one common noun; 宣武区 is a district no more
    assert_eq!(
        names("宣武医院派出专家到雄安新区坐诊。", "institution"),
        vec!["宣武医院"]
    );
    // a kind of hospital kept whole by jieba is still no name
    assert_eq!(
        names("肿瘤医院派出专家。", "institution"),
        Vec::<String>::new()
    );
}
