"""Readings added in the fifteenth session, from blind reviews of national news and of the corpus's genre. Names are
invented (none occurs in the national news file)."""
from __future__ import annotations

import pytest

from readings import awards_in, bodies, carriers, honours, memberships, persons, posts_in, units


@pytest.mark.parametrize("text, name", [
    # a name jieba's dictionary lists as frequent (a namesake's fame), before a verb only a person takes
    ("王纬宇说，今年要把基层卫生工作做实。", "王纬宇"),
    ("韩子奇表示，要做好疫苗接种工作。", "韩子奇"),
    # 镇长某志|平等/a 出席: the name's last character and 等 made a word
    ("镇长严志平等出席。", "严志平"),
])
def test_names_read_whole(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "王纬宇纪念馆今天开馆。",           # no verb only a person takes: a hall, no person named
    "平等出席是一项权利。",
])
def test_no_name_without_a_cue(text):
    assert persons(text) == []


def test_names_the_cut_split_after_posts():
    text = "丰城市委书记鹿建社和市长白云立陪同调研。"
    # 社 may close a given name right after a post; 市长白云|立/v 陪同: no verb stands right before 陪同, the one
    # character is the name's last
    assert ("鹿建社", "书记", "丰城市委") in memberships(text)
    assert "白云立" in persons(text)


def test_a_single_verb_after_a_name_stays_a_verb_before_other_words():
    assert "白云立" not in persons("市长白云立下军令状。")


@pytest.mark.parametrize("text, expected", [
    # an event a body hosts, named unquoted with its head, or quoted with a campaign's head of its own
    ("由丰城市妇联主办的好家风主题展览展演活动今天举行。", ("丰城市妇联", "好家风主题展览展演活动")),
    ("由共青团丰城市委主办的“大学生暑期实践周”今天启动。", ("共青团丰城市委", "大学生暑期实践周")),
    # 第二批: the batch is no part of the name; 启动 is no part of a body's name before it
    ("江西省教育厅启动第二批中小学急救教育试点工作。", ("江西省教育厅", "中小学急救教育试点")),
])
def test_hosted_and_launched_programmes(text, expected):
    body, programme = expected
    got = carriers(text)
    assert any(b.endswith(body) and p == programme for b, p in got), got


@pytest.mark.parametrize("text", [
    "由丰城市文联主办的“山水之间”书画展今天开幕。",      # a quoted title with no campaign's head: an exhibition's name
    "由丰城市政府举办的大型聚集活动一律暂停。",          # 大型: a kind of event, no name
])
def test_hosted_events_that_are_no_programmes(text):
    assert carriers(text) == []


def test_no_body_across_the_verb_that_launches_a_programme():
    assert bodies("江西省教育厅启动第二批中小学急救教育试点工作。") == ["江西省教育厅"]


def test_a_commission_named_short_keeps_former_posts_after_it():
    got = memberships("新闻\n丰城市发展改革委原党组书记、主任鹿建社接受审查。")
    assert ("鹿建社", "主任", "丰城市发展和改革委员会") in got
    assert not any("原党组" in body for _, _, body in got)


@pytest.mark.parametrize("text, expected", [
    # 现任道/q 县…: a county of one character the cut tagged otherwise opens the body's name, and the compound post
    # after it is read whole
    ("严晓岚现任道县卫生健康局党组成员、副局长。", [("严晓岚", "党组成员", "道县卫生健康局"),
                                         ("严晓岚", "副局长", "道县卫生健康局")]),
])
def test_a_one_character_county_opens_a_body(text, expected):
    got = memberships(text)
    assert all(m in got for m in expected), got


def test_a_one_character_countys_party_committee_keeps_its_level():
    assert "道县县委" in bodies("经县委研究，决定任命鹿建社为道县卫生健康局局长。")
    assert "丰城市委" in bodies("经市委研究，决定任命鹿建社为丰城市卫生健康委员会主任。")


def test_xianyou_ends_a_bodys_name():
    assert bodies("海口市人民医院团委现有团支部12个。") == ["海口市人民医院", "海口市人民医院团委"]


def test_a_credit_label_after_another_is_no_name():
    assert persons("作者：通讯员 卢佩菡\n海口市人民医院团委召开大会。") == ["卢佩菡"]


def test_a_roll_of_unit_and_name_lines_is_no_by_line():
    from kg.articles import make_documents
    body = "为表彰先进，经委党组研究，决定授予郜某某等同志“全市卫生健康工作先进个人”称号。希望受到表彰的个人珍惜荣誉，再接再厉。" * 3
    roll = "\n".join(f"{unit}　　　　{name}" for unit, name in (("丰城市人民医院", "卢佩菡"), ("丰城市妇幼保健院", "严晓岚"),
                                                          ("丰城市中心血站", "鹿新平")))
    docs = make_documents("r.txt", "", "丰城市卫生健康委员会关于表彰先进个人的决定\n" + body + "\n先进个人（3名）\n" + roll + "\n")
    assert len(docs) == 1                       # the roll opens no second article
    assert docs[0].authors == ()                # and its names are no writers


def test_a_societys_specialty_branch_is_one_unit_and_its_term_board_no_body():
    text = "大会选举产生了南通市医师协会疼痛科医师分会第一届委员会。"
    assert bodies(text) == ["南通市医师协会", "南通市医师协会疼痛科医师分会"]
    assert ("南通市医学会儿科专业委员会", "南通市医学会") in units("南通市医学会儿科专业委员会成立。")


def test_a_roll_line_of_unit_and_name_ties_the_name_to_the_unit():
    text = ("丰城市卫生健康委员会关于表彰先进个人的决定\n经研究，决定授予郜某某等10名同志“2023年度全市卫生健康工作先进个人”称号。\n"
            "先进个人（2名）\n丰城市人民医院　　　　卢佩菡\n丰城市中心血站　　　　严晓岚\n")
    got = posts_in(text)
    assert ("卢佩菡", None, "丰城市人民医院") in got and ("严晓岚", None, "丰城市中心血站") in got
    assert ("卢佩菡", "全市卫生健康工作先进个人") in [(a, b) for a, b, _, _ in awards_in(text)]


def test_ranks_of_an_award_listed_under_its_list():
    text = ("海南省无偿献血表彰\n2023年度全国无偿献血奉献奖获奖名单\n金奖：卢佩菡　严晓岚\n银奖：白云立　苏云立\n")
    got = {(a, b) for a, b, _, _ in awards_in(text)}
    assert {("卢佩菡", "全国无偿献血奉献奖金奖"), ("严晓岚", "全国无偿献血奉献奖金奖"),
            ("白云立", "全国无偿献血奉献奖银奖"), ("苏云立", "全国无偿献血奉献奖银奖")} <= got
    assert not any(a == "银奖" for a, _ in got)


def test_a_rank_with_no_award_listed_above_heads_nothing():
    assert awards_in("表彰\n他在2018年获得铜奖。\n一等奖：卢佩菡\n") == []


@pytest.mark.parametrize("text, expected", [
    # a team's whole name in the quotes; 该团队 the team named last
    ("丰城市人民医院“心晴护理团队”成立于2018年。2023年，该团队被丰城市总工会授予“丰城市工人先锋号”称号。",
     ("心晴护理团队", "丰城市工人先锋号")),
    ("丰城市人民医院急诊医学科团支部有团员20名。该团支部曾于2022年被共青团丰城市委评为“丰城市五四红旗团支部”。",
     ("丰城市人民医院急诊医学科团支部", "丰城市五四红旗团支部")),
])
def test_the_team_a_demonstrative_names(text, expected):
    assert expected in honours(text)


def test_a_demonstrative_team_with_no_team_named_is_nothing():
    assert bodies("该团队被丰城市总工会授予“丰城市工人先锋号”称号。") == ["丰城市总工会"]


@pytest.mark.parametrize("text", [
    # 马占|林任/n 大水坑镇…: a name and the verb the cut glued, then a town the gazetteer knows opening the body
    "经研究决定：马占林任大水坑镇中心卫生院院长，同时担任盐池县人民医院大水坑分院执行院长。",
    "马占林任大水坑镇中心卫生院院长，兼任盐池县人民医院大水坑分院执行院长。",
])
def test_a_second_post_taken_in_a_clause_with_no_subject(text):
    got = posts_in("盐池县卫生健康局关于职务任免的通知\n" + text)
    assert ("马占林", "院长", "大水坑镇中心卫生院") in got
    assert ("马占林", "执行院长", "盐池县人民医院大水坑分院") in got
    assert not any(body.startswith("马占林") for _, _, body in got)


def test_bodies_commended_then_granted_a_title_all_hold_it():
    text = "大会上，迁安市人民医院、迁安市中医医院、迁安市妇幼保健院等8个单位受到表彰，被授予“2023年度全市卫生健康工作先进集体”称号。"
    got = {a for a, _ in honours(text)}
    assert got == {"迁安市人民医院", "迁安市中医医院", "迁安市妇幼保健院"}


def test_a_campaign_named_with_organisation_in_it():
    # 非法社会组织: what the campaign fights, no verb 组织 opening a second programme
    assert ("民政部", "打击整治非法社会组织专项行动") in carriers("民政部等11个部门自今年6月起联合开展打击整治非法社会组织专项行动。")


@pytest.mark.parametrize("text, expected", [
    ("由开原市爱国卫生运动委员会办公室统筹，开原市卫生健康局牵头，开原市教育局、开原市妇联等成员单位协同，在全市深入开展城乡环境卫生整洁行动。",
     {"开原市爱国卫生运动委员会办公室", "开原市卫生健康局", "开原市教育局", "开原市妇联"}),
    ("丰城市医疗保障局牵头，联合丰城市卫生健康局、丰城市公安局开展打击欺诈骗保专项整治行动。",
     {"丰城市医疗保障局", "丰城市卫生健康局", "丰城市公安局"}),
])
def test_every_body_of_a_joint_campaign_runs_it(text, expected):
    assert {b for b, _ in carriers(text)} == expected


def test_a_plan_published_names_its_service():
    assert ("国家卫生健康委员会", "探索老年痴呆防治特色服务") in carriers("国家卫生健康委近日公布《探索老年痴呆防治特色服务工作方案》。")


@pytest.mark.parametrize("text, expected", [
    # fields of medicine the tagger reads as verbs (呼吸/v, 消毒/vn … 防制/v) name a body all the same
    ("北京市呼吸疾病研究所所长卢佩菡表示。", ("卢佩菡", "所长", "北京市呼吸疾病研究所")),
    ("开原市疾控中心消毒与病媒生物防制科科长卢佩菡介绍。", ("卢佩菡", "科长", "开原市疾病预防控制中心消毒与病媒生物防制科")),
    ("泸州市第一人民医院呼吸与危重症医学科主任卢佩菡介绍。", ("卢佩菡", "主任", "泸州市第一人民医院呼吸与危重症医学科")),
    # a department named bare after the hospital, its branch; a section after a ward of three levels
    ("在丰城市人民医院病房里，呼吸与危重症医学科党支部书记卢佩菡带领团队。",
     ("卢佩菡", "书记", "丰城市人民医院呼吸与危重症医学科党支部")),
    ("在丰城市人民医院呼吸与危重症医学科一病区，医务科主任卢佩菡带领团队。", ("卢佩菡", "主任", "丰城市人民医院医务科")),
])
def test_departments_named_by_fields(text, expected):
    assert expected in memberships(text)


@pytest.mark.parametrize("text, expected", [
    # a Chinese name, then the premier's title and what its holder does
    ("卢建平总理要求，各地要做好防汛工作。", [("卢建平", "总理", "国务院")]),
    # a leader called abroad, or a transliterated name: some other government's premier
    ("习近平主席同卢建平总理通电话。", []),
    ("默伦克尔总理表示，将加强合作。", []),
    # the words cited, no act of the holder
    ("学习卢建平总理重要讲话精神。", []),
])
def test_the_premiers_title_after_a_name(text, expected):
    got = [m for m in memberships(text) if m[0] != "习近平"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("2022年，天津市宝坻区中医医院脾胃病科获评天津市中医重点专科。", ("宝坻区中医医院脾胃病科", "天津市中医重点专科")),
    ("六都寨镇中心卫生院被湖南省中医药管理局评为2023年度湖南省示范中医馆。", ("六都寨镇中心卫生院", "湖南省示范中医馆")),
])
def test_designations_of_departments_and_clinics_are_honours(text, expected):
    assert expected in honours(text)


def test_an_aim_opens_no_programme():
    assert carriers("甘州区卫生健康局以争创国家级艾滋病综合防治示范区为目标，扎实开展工作。") == []


def test_a_rolls_line_among_lines_of_two_columns_is_no_by_line():
    from kg.articles import make_documents
    body = "经院党委会研究决定，授予卢佩菡等3名同志“2023年度先进个人”称号。名单如下：" * 3
    roll = "财务科　卢佩菡\n麻醉科　严晓岚\n后勤保障部　鹿新平\n"
    docs = make_documents("r.txt", "", "丰城市妇幼保健院召开表彰大会\n作者：白云立\n" + body + "\n先进个人（3名）\n" + roll)
    assert len(docs) == 1 and docs[0].authors == ("白云立",)


def test_the_body_a_helper_assists_runs_the_programme_too():
    got = {b for b, _ in carriers("甘州区疾控中心配合甘州区教育局在全区12所中学开展“青春红丝带”进校园活动。")}
    assert got == {"甘州区疾病预防控制中心", "甘州区教育局"}


def test_qi_after_an_appointment_verb_is_the_person_named_before():
    got = posts_in("宝坻区卫生健康委员会关于干部任免的通知\n"
                   "免去卢佩菡同志宝坻区疾病预防控制中心副主任职务，任命其为宝坻区妇幼保健计划生育服务中心主任。")
    assert ("卢佩菡", "主任", "宝坻区妇幼保健计划生育服务中心") in got


def test_a_hosted_events_year_is_no_part_of_its_name():
    got = carriers("今天，由中央宣传部、中央网信办等十部门联合举办的2024年国家网络安全宣传周在南沙开幕。")
    assert ("中央宣传部", "国家网络安全宣传周") in got


def test_zhi_before_a_verb_closes_a_name():
    got = memberships("新昌县人民医院心血管内科主任卢穆之荣获浙江省医师协会授予的“浙江省优秀医师”称号。")
    assert ("卢穆之", "主任", "新昌县人民医院心血管内科") in got


def test_posts_elected_in_a_society_named_before():
    got = memberships("六盘水市医学会全科医学分会成立大会召开。大会选举产生了第一届委员会，"
                      "六盘水市人民医院全科医学科主任卢建平当选主任委员，严晓岚、卢佩菡当选副主任委员。")
    assert {("卢建平", "主任委员"), ("严晓岚", "副主任委员"), ("卢佩菡", "副主任委员")} <= \
        {(p, r) for p, r, b in got if b == "六盘水市医学会全科医学分会"}
    assert not any(b == "六盘水市人民医院全科医学科" and r.endswith("主任委员") for _, r, b in got)


def test_a_long_campaign_launched_for_a_period():
    got = carriers("市场监管总局等五部门联合部署开展为期5个月的集中用餐单位食品安全问题专项治理行动。")
    assert ("国家市场监督管理总局", "集中用餐单位食品安全问题专项治理行动") in got


@pytest.mark.parametrize("text", [
    "原焕古镇中心卫生院院长卢佩菡介绍。",
    "紫阳县人民医院专家并和焕古镇中心卫生院全科医生卢佩菡一起入户。",
])
def test_a_word_before_a_town_opening_a_body_is_no_part_of_its_name(text):
    assert "焕古镇中心卫生院" in bodies(text)
    assert not any(b[0] in "原和" for b in bodies(text))


@pytest.mark.parametrize("text, name", [
    # rarer surnames (税, 母, 畅), read after a post only
    ("江安县卫生健康局党组成员、副局长税晓岚分管公共卫生工作。", "税晓岚"),
    ("江安县疾病预防控制中心副主任母建平介绍。", "母建平"),
    ("江安县人民医院副院长畅佩菡表示。", "畅佩菡"),
])
def test_rarer_surnames_after_a_post(text, name):
    assert name in persons(text)


def test_rarer_surnames_that_are_words_name_nobody_alone():
    assert persons("他承担了这项工作，母亲也支持，畅通了渠道。") == []


def test_gai_tongzhi_is_the_person_the_notice_named():
    got = awards_in("任前公示\n卢佩菡，女，1985年5月出生，现任郓城县人民医院儿科主任。"
                    "该同志2021年被菏泽市卫生健康委员会评为“菏泽市优秀医师”。")
    assert ("卢佩菡", "菏泽市优秀医师", ("菏泽市卫生健康委员会",), 2021) in got


def test_yuan_before_its_party_branch_is_the_articles_hospital():
    got = posts_in("紫阳县焕古镇中心卫生院开展义诊活动\n院党支部书记、院长卢佩菡表示，要做好工作。")
    assert ("卢佩菡", "院长", "紫阳县焕古镇中心卫生院") in got


def test_a_city_central_hospital_is_one_body():
    # 某阳/ns 市中心/n 医院: the cut's 市中心 (city centre) opens no body of its own
    assert bodies("南阳市中心医院院长卢佩菡表示。") == ["南阳市中心医院"]


def test_grants_in_one_sentence_keep_their_own_titles_and_giver():
    got = awards_in("表彰大会\n南阳市卫生健康委员会决定，授予南阳市中心医院心血管内科等20个单位“2023年度全市卫生健康工作先进集体”称号，"
                    "授予卢建平等50名同志“2023年度全市卫生健康工作先进个人”称号。")
    assert ("卢建平", "全市卫生健康工作先进个人", ("南阳市卫生健康委员会",), 2023) in got
    got = honours("大会授予卢建平“共和国勋章”，授予严晓岚、卢佩菡“人民英雄”国家荣誉称号。")
    assert ("卢建平", "共和国勋章") in got and ("卢建平", "人民英雄") not in got and ("严晓岚", "人民英雄") in got


def test_a_name_the_dictionary_reads_as_a_mountain_after_a_grant():
    # 授予某洋山“…”: a three-character name the dictionary lists as a place no gazetteer knows
    assert ("万洋山", "共和国勋章") in honours("大会授予万洋山“共和国勋章”。")
    assert persons("北京市委书记卢建平在北京市调研。") == ["卢建平"]


@pytest.mark.parametrize("text, expected", [
    ("记者从国家统计局了解到，第四次全国农业普查目前进入全面实施阶段。", ("国家统计局", "第四次全国农业普查")),
    ("中央网信办、工业和信息化部、公安部近日联合开展个人信息保护系列专项行动。", ("公安部", "个人信息保护系列专项行动")),
])
def test_censuses_and_series_of_actions(text, expected):
    assert expected in carriers(text)


def test_a_surname_and_a_noun_the_cut_made_of_the_given_name_before_an_act():
    assert "卢战书" in persons("大会由卢建平主持，卢战书宣读主席令。")
    assert persons("宣战，战书宣读完毕。") == []


def test_yuanren_before_a_town_and_wo_yuan():
    got = posts_in("惠来县卫生健康局任免通知\n卢佩菡原任龙窝镇卫生院副院长。")
    assert ("卢佩菡", "副院长", "龙窝镇卫生院") in got
    # 我院 is the article's hospital, as 本院 is
    got = posts_in("惠来县人民医院喜报\n我院产科主任卢佩菡被评为“惠来县优秀医师”。")
    assert ("卢佩菡", "主任", "惠来县人民医院产科") in got
