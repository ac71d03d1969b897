"""Readings added in the twelfth session, from blind reviews of articles of the corpus's genre. Names are invented."""
from __future__ import annotations

import pytest

from kg.articles import make_documents
from kg.model import EntityType as T, Membership
from readings import (article as _article, awards_in as _awards_in, bodies, carried_in as _carried_in, honours,
                      memberships, persons, posts_in as _posts_in, units)


@pytest.mark.parametrize("text, expected", [
    # a county-level city the cut broke in two (横/v 州市/n) opens the hospital's name
    ("近日，横州市人民医院召开职工大会。", ["横州市人民医院"]),
    # a town the gazetteer knows, its 镇 cut off as a verb, opens the association's name
    ("白驼镇计生协组织志愿者入户走访。", ["白驼镇计划生育协会"]),
    # a town's central school is one body, not a unit of a "town centre"
    ("城关镇中心幼儿园开展消防演练。", ["城关镇中心幼儿园"]),
])
def test_bodies_named_after_divisions_the_cut_broke(text, expected):
    assert bodies(text) == expected


def test_a_town_school_is_no_unit_of_a_centre():
    assert units("城关镇中心小学开展消防演练。") == []


def test_a_town_association_post():
    assert memberships("白驼镇计生协会长邬晓岚介绍了情况。") == [("邬晓岚", "会长", "白驼镇计划生育协会")]


@pytest.mark.parametrize("text, expected", [
    # a calling praised (优秀, 最美, 十佳 + 护士, 村医, 乡村医生…) is an honour, quoted or not
    ("柏秀芝获评优秀护士。", [("柏秀芝", "优秀护士")]),
    ("柏秀芝被评为全省优秀乡村医生。", [("柏秀芝", "全省优秀乡村医生")]),
    ("柏秀芝荣获十佳医师称号。", [("柏秀芝", "十佳医师")]),
    # a calling alone after 评为 is a professional rank, no honour
    ("柏秀芝被评为主任医师。", []),
    ("柏秀芝被评为副主任护师。", []),
    # the cut took a name's last character for a verb (韦春/nr 来/v) before the award verb
    ("韦春来获评“最美乡村医生”。", [("韦春来", "最美乡村医生")]),
    ("潘德来荣获二等奖。", [("潘德来", "二等奖")]),
    # an adverb between the name and the verb is no part of the name
    ("魏建新再获评先进个人。", [("魏建新", "先进个人")]),
])
def test_honours_of_callings_and_names_cut_short(text, expected):
    assert honours(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rarer surnames (贠, 剡, 冶, 南, 喇, 郄) after a post
    ("县人民医院党委书记贠志平说，要做好工作。", [("贠志平", "党委书记", "甘谷县人民医院")]),
    ("县中医医院护士剡文秀走进病房。", [("剡文秀", "护士", "甘谷县中医医院")]),
    ("县妇幼保健院副院长冶春兰表示，要做好工作。", [("冶春兰", "副院长", "甘谷县妇幼保健院")]),
    ("县卫生健康局副局长南晓华带队检查。", [("南晓华", "副局长", "甘谷县卫生健康局")]),
])
def test_rarer_surnames_after_posts(text, expected):
    assert memberships("甘谷县卫生健康局开展工作。" + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a department or branch named bare as a clause's subject before an award verb: the unit of the body just named
    ("兴国县妇幼保健院产科开展工作。2022年，产科被赣州市妇女联合会授予“赣州市巾帼文明岗”称号。",
     [("兴国县妇幼保健院产科", "赣州市巾帼文明岗")]),
    ("龙沙区疾控中心设有6个科室。2023年，免疫规划科被共青团齐齐哈尔市委授予“齐齐哈尔市青年文明号”称号。",
     [("龙沙区疾病预防控制中心免疫规划科", "齐齐哈尔市青年文明号")]),
    ("万年县人民医院党委下设4个党支部。2023年7月，外科党支部被中共万年县委授予“全县先进基层党组织”称号。",
     [("万年县人民医院外科党支部", "全县先进基层党组织")]),
    # the unit opening the later clause holds the title, not the person of the clause before
    ("上饶市中心血站采血科科长龚悦宁带领团队开展工作，采血科2022年被共青团上饶市委授予“上饶市青年文明号”称号。",
     [("上饶市中心血站采血科", "上饶市青年文明号")]),
])
def test_bare_units_honoured(text, expected):
    assert honours(text) == expected


_TEAM = "会昌县卫生健康综合监督执法大队：守护群众健康\n会昌县卫生健康综合监督执法大队开展执法检查。"


@pytest.mark.parametrize("text, expected", [
    # in an article about a 大队, its own posts named bare are posts in it
    ("“人少事多。”大队长朱岚宁说。", [("朱岚宁", "大队长", "会昌县卫生健康综合监督执法大队")]),
    ("副大队长朱岚宁带领监督组检查。", [("朱岚宁", "副大队长", "会昌县卫生健康综合监督执法大队")]),
    ("教导员危建邦介绍，大队坚持学习。", [("危建邦", "教导员", "会昌县卫生健康综合监督执法大队")]),
])
def test_bare_posts_of_a_team(text, expected):
    got = _posts_in(_TEAM + text + "\n")
    assert got == expected


def test_roll_lines_of_a_name_then_its_body_and_post():
    text = ("泰和县卫生健康委员会表彰先进个人，名单如下：\n"
            "万瑾瑶　泰和县人民医院心血管内科主任\n甘雨晴　马市镇中心卫生院院长\n"
            "文琬瑶　苏溪镇中心卫生院党支部书记、副院长\n袁晟宁　泰和县人民医院\n")
    assert memberships(text) == [
        ("万瑾瑶", "主任", "泰和县人民医院心血管内科"), ("文琬瑶", "书记", "苏溪镇中心卫生院党支部"),
        ("文琬瑶", "副院长", "苏溪镇中心卫生院"), ("甘雨晴", "院长", "马市镇中心卫生院"), ("袁晟宁", None, "泰和县人民医院")]


@pytest.mark.parametrize("text, expected", [
    # the cut glued a department to its head's post (内科主任/n): the department is still named
    ("泰和县人民医院心血管内科主任万瑾瑶说，要做好工作。", ["泰和县人民医院", "泰和县人民医院心血管内科"]),
    # a doctor described (资深儿科医生) names no department
    ("泰和县人民医院资深儿科医生万瑾瑶说，要做好工作。", ["泰和县人民医院"]),
])
def test_departments_glued_to_posts(text, expected):
    assert bodies(text) == expected


_ROLL = ("喜报！临泽县人民医院2023年度荣誉榜出炉\n一年来，医院获得市级以上荣誉19项。现将部分荣誉公布如下：\n"
         "一、集体荣誉\n◆临泽县人民医院被张掖市卫生健康委员会评为“全市卫生健康系统先进集体”；\n"
         "二、个人荣誉\n◆党委书记、院长缑亚芳获评张掖市“优秀医院管理者”；\n"
         "◆以下同志被中共临泽县委评为“优秀共产党员”：\n外科 姚锦华\n放射科 赵廷福\n"
         "◆2023年度“临泽县最美医生”：\n魏巧云（妇产科）\n")


def test_rolls_sorted_by_kind_of_holder():
    got = [a[:3] for a in _awards_in(_ROLL)]
    # 集体荣誉 / 个人荣誉 sort the roll and are no honours; the lead line names the honour and its conferrer
    assert got == [
        ("临泽县人民医院", "全市卫生健康系统先进集体", ("张掖市卫生健康委员会",)),
        ("姚锦华", "优秀共产党员", ("临泽县委",)),
        ("缑亚芳", "张掖市优秀医院管理者", ()),
        ("赵廷福", "优秀共产党员", ("临泽县委",)),
        ("魏巧云", "临泽县最美医生", ()),
    ]


def test_a_roll_of_titles_for_branches_and_people():
    text = ("在日前召开的表彰大会上，医院党委对2023年度共青团工作先进集体和个人进行了表彰：\n"
            "五四红旗团支部：急诊科团支部\n优秀共青团员：苗佳琪、屈浩宇\n")
    got = [a[:3] for a in _awards_in("敦化市医院：青春志愿行\n敦化市医院开展志愿服务。" + text)]
    # 五四红旗团支部 heading a roll is a title, no branch; the ward's branch is the hospital's; the body that
    # commended them confers each title
    assert got == [("屈浩宇", "优秀共青团员", ("敦化市医院党委",)), ("敦化市医院急诊科团支部", "五四红旗团支部", ("敦化市医院党委",)),
                   ("苗佳琪", "优秀共青团员", ("敦化市医院党委",))]
    assert "五四红旗团支部" not in bodies("敦化市医院开展志愿服务。" + text)


def test_a_ward_is_a_hospitals_not_a_blood_stations():
    text = "敦化市医院：青春志愿行\n延边州中心血站的同志也来了。急诊科护士长宫雪婷介绍了情况。"
    r, labels = _article(text)
    assert "敦化市医院急诊科" in labels.values()


_BUREAU = "甘谷县卫生健康局：党建引领发展\n甘谷县卫生健康局召开会议。"



@pytest.mark.parametrize("text, expected", [
    # 局党组成员/nnt: the Party group opening a post's word, after the bureau named bare
    ("局党组成员、副局长王海琳分管机关党建工作。",
     [("王海琳", "党组成员", "甘谷县卫生健康局"), ("王海琳", "副局长", "甘谷县卫生健康局")]),
    # the League committee's secretary holds the post in the committee the article named
    ("局团委组织青年志愿者服务。团委书记慕天宁介绍了情况。", [("慕天宁", "团委书记", "甘谷县卫生健康局团委")]),
])
def test_posts_of_the_bureaus_party_and_league_bodies(text, expected):
    assert _posts_in(_BUREAU + text + "\n") == expected


def test_towns_listed_before_a_shared_head():
    assert bodies("甘谷县人民医院牵头与新兴镇、六峰镇卫生院组建医共体。") == ["六峰镇卫生院", "新兴镇卫生院", "甘谷县人民医院"]


def test_appointments_read_out_by_someone_else():
    text = ("绥化市第一医院召开干部大会\n市卫健委副主任郗振宇出席会议。会上，郗振宇宣读了任免决定：任命隋铭川同志为"
            "绥化市第一医院党委副书记、院长，免去其绥化市中医医院党委副书记、院长职务；免去庞德山同志的绥化市第一医院院长职务。\n")
    r, labels = _article(text)
    got = sorted((labels[f.person], labels[f.role], labels[f.organization], f.former) for f in r.facts
                 if isinstance(f, Membership))
    # 其 is the one just appointed, not the one reading the decision; a name with 同志 after 免去 is a person
    assert got == [("庞德山", "院长", "绥化市第一医院", True),
                   ("郗振宇", "副主任", "绥化市卫生健康委员会", False),
                   ("隋铭川", "党委副书记", "绥化市中医医院", True), ("隋铭川", "党委副书记", "绥化市第一医院", False),
                   ("隋铭川", "院长", "绥化市中医医院", True), ("隋铭川", "院长", "绥化市第一医院", False)]


def test_a_bare_branch_and_department_in_an_article_about_a_hospital():
    text = "万年县人民医院：党建品牌\n内科党支部书记、心血管内科主任黄亦清带领党员开展义诊。\n"
    assert _posts_in(text) == [("黄亦清", "主任", "万年县人民医院心血管内科"), ("黄亦清", "书记", "万年县人民医院内科党支部")]


def test_a_subtitle_names_the_articles_body():
    text = "一支部一品牌 党旗飘扬在一线\n万年县人民医院党委推进党建与业务深度融合\n院长、党委副书记陈楚宁表示，要擦亮品牌。\n"
    assert ("陈楚宁", "院长", "万年县人民医院") in _posts_in(text)


def test_branch_brands_in_headings_and_as_brands():
    text = ("万年县人民医院：党建品牌\n内科党支部：“心连心·医路同行”\n内科党支部书记黄亦清带领党员开展义诊。\n"
            "行政后勤党支部则以“后勤服务零距离”为品牌，推出报修服务。\n")
    got = _carried_in(text)
    assert got == [("万年县人民医院内科党支部", "心连心·医路同行"), ("万年县人民医院行政后勤党支部", "后勤服务零距离")]


@pytest.mark.parametrize("text, expected", [
    # a hospital's division names its Party branch (内科, 医技, 行政后勤), with or without a post after it
    ("医技党支部：“精准医技”", ["医技党支部"]),
    ("行政后勤党支部则以品牌推出服务。", ["行政后勤党支部"]),
    # a kind of branch is none
    ("基层党支部要加强建设。", []),
])
def test_branches_of_divisions(text, expected):
    from kg.extract.orgs import find_orgs
    from kg.segment import tokenize
    assert [sp.text for sp in find_orgs(text, tokenize(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # the cut glued a name's last character to the word after it (某筱|岚说/n, 某蕴|芝从/n)
    ("医院党委书记王筱岚说，要加强管理。", ["王筱岚"]),
    ("产科主任刘蕴芝从医二十年。", ["刘蕴芝"]),
    # a surname and a form of address is no name
    ("禾川镇居民刘先生说，服务很好。", []),
])
def test_names_glued_or_addressed(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 共青团|某省委/nt: the League's committee, not the province's Party committee
    ("护士边雅芬被共青团甘肃省委授予“甘肃省青年文明号”。", ["共青团甘肃省委"]),
    # a numeral opening a town's name (二道/m 白河/ns 镇)
    ("二道白河镇中心卫生院荣获“优质服务示范卫生院”称号。", ["二道白河镇中心卫生院"]),
])
def test_names_of_bodies_the_cut_broke(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a partly quoted name keeps its unquoted head; a short quoted name keeps a specific one
    ("三是推进“两癌”免费筛查。", ["两癌免费筛查"]),
    # unquoted work named by a four-character head (综合防治, 集中整治, 免费接种), a verb opening what it works on
    ("医院还扎实推进出生缺陷综合防治。", ["出生缺陷综合防治"]),
    ("纪检监察组深入开展医药领域腐败问题集中整治。", ["医药领域腐败问题集中整治"]),
    # names listed after a quoted programme share its verb
    ("在全区开展“预防接种进校园”活动、结核病防治项目和全民健康生活方式行动。",
     ["预防接种进校园", "结核病防治项目", "全民健康生活方式行动"]),
    # a campaign of creating something, quoted, with 创建工作
    ("大力推进“健康乡村示范村”创建工作。", ["健康乡村示范村"]),
    # a bare verb and head name nothing
    ("开展集中整治。", []),
])
def test_programmes_of_specific_heads_and_lists(text, expected):
    from kg.extract.programs import find_programs
    from kg.segment import tokenize
    assert [n for _, _, n in sorted(find_programs(text, tokenize(text)))] == expected


def test_a_local_party_committee_with_and_without_its_party():
    # 中共某县委 and 县委 in an article about the county are one body
    assert bodies("临泽县人民医院党委被中共临泽县委授予“全县先进基层党组织”称号。医院在县委的领导下开展工作。") == [
        "临泽县人民医院", "临泽县人民医院党委", "临泽县委"]


@pytest.mark.parametrize("text, expected", [
    # the departments a body lists after 内设/设有 are its units (a list closed by 科室, or of three or more)
    ("龙沙区疾控中心内设办公室、免疫规划科、健康教育科3个科室。",
     [("龙沙区疾病预防控制中心免疫规划科", "龙沙区疾病预防控制中心"), ("龙沙区疾病预防控制中心办公室", "龙沙区疾病预防控制中心"),
      ("龙沙区疾病预防控制中心健康教育科", "龙沙区疾病预防控制中心")]),
    ("敦化市医院设有急诊科、儿科等科室。", [("敦化市医院儿科", "敦化市医院"), ("敦化市医院急诊科", "敦化市医院")]),
    # words that are no names make no list
    ("敦化市医院设置了发热门诊或者发热诊室。", []),
])
def test_departments_a_body_lists(text, expected):
    assert units(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a 的 inside the quoted title is the title's own
    ("明月镇中心卫生院被吉林省卫生健康委员会评为“省级群众满意的乡镇卫生院”。",
     [("明月镇中心卫生院", "省级群众满意的乡镇卫生院")]),
    # a bare 血站 with the year before the verb of award is the station in view
    ("定西市中心血站开展工作。站长闵志清介绍，血站2023年被甘肃省卫生健康委员会评为“全省血液安全管理先进单位”。",
     [("定西市中心血站", "全省血液安全管理先进单位")]),
])
def test_honours_with_de_in_quotes_and_years_before_the_verb(text, expected):
    assert honours(text) == expected


def test_a_described_person_opening_the_sentence_is_its_subject():
    text = "上饶市中心血站开展活动。广丰区市民俞满堂累计献血130余次，荣获全国无偿献血奉献奖金奖。"
    assert honours(text) == [("俞满堂", "全国无偿献血奉献奖金奖")]


def test_a_towns_association_named_bare_after_the_town():
    assert ("佟淑芳", "会长", "依龙镇计划生育协会") in memberships(
        "依安县计生协开展家庭发展活动。在依龙镇，镇计生协会长佟淑芳带领协会志愿者入户走访。")


@pytest.mark.parametrize("text, expected", [
    # a station's or team's bare head opening a clause, then an adverb and a verb, is the body the article is about
    ("上饶市中心血站：热血青春\n血站还联合上饶市红十字会开展“献血进机关、进企业、进社区”行动。\n",
     [("上饶市中心血站", "献血进机关、进企业、进社区"), ("上饶市红十字会", "献血进机关、进企业、进社区")]),
    # 普法宣传 heads a quoted campaign of legal education
    ("会昌县卫生健康综合监督执法大队：守护健康\n大队还在全县中小学开展“法律进校园”普法宣传。\n",
     [("会昌县卫生健康综合监督执法大队", "法律进校园")]),
])
def test_bare_heads_acting_and_legal_education(text, expected):
    assert _carried_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan for a place names the initiative without the place; building a clean hospital is a campaign
    ("市卫健委制定《定西市清廉医院建设实施方案》。", ["清廉医院建设"]),
    ("全面推进清廉医院建设。", ["清廉医院建设"]),
    ("制定清廉医院建设实施方案。", ["清廉医院建设"]),
])
def test_clean_hospital_campaigns(text, expected):
    from kg.extract.programs import find_programs
    from kg.segment import tokenize
    assert [n for _, _, n in sorted(find_programs(text, tokenize(text)))] == expected


@pytest.mark.parametrize("text, expected", [
    # a team named after its service is no programme; a verb phrase after a quoted word has no head
    ("医院组建了“青春护航”青年志愿服务队。", []),
    ("能穿上‘红马甲’为乡亲们服务，我感到自豪。", []),
    ("开展“青春护航”志愿服务。", ["青春护航"]),
])
def test_teams_and_verb_phrases_are_no_programmes(text, expected):
    from kg.extract.programs import find_programs
    from kg.segment import tokenize
    assert [n for _, _, n in sorted(find_programs(text, tokenize(text)))] == expected


def test_a_field_the_tagger_calls_an_adjective_names_a_body():
    # 健康/a inside 某县医疗健康集团
    assert bodies("以县人民医院为牵头单位，组建了安图县医疗健康集团。") == ["安图县人民医院", "安图县医疗健康集团"]


def test_a_hospital_divisions_branch_is_the_hospitals_not_the_conferrers():
    text = ("万年县人民医院：党建品牌\n今年6月，内科党支部被中共上饶市卫生健康工作委员会评为“五星党支部”。\n"
            "外科党支部书记罗慧清是普外科的学科带头人。\n")
    assert ("罗慧清", "书记", "万年县人民医院外科党支部") in _posts_in(text)


def test_bodies_opening_a_clause_together_run_its_programme():
    text = ("秦安县疾控中心：接种进校园\n活动现场，县疾控中心和县妇幼保健院的医务人员还开展了“疫苗接种进校园”宣传活动。\n"
            "临洮县人民医院、安定区人民医院等单位也开展了“一院一品”清廉文化创建活动。\n")
    got = _carried_in(text)
    # 安定区 is a district, whatever its words say (安定 is a verb too)
    assert got == sorted([("临洮县人民医院", "一院一品清廉文化创建活动"), ("安定区人民医院", "一院一品清廉文化创建活动"),
                          ("秦安县妇幼保健院", "疫苗接种进校园宣传活动"), ("秦安县疾病预防控制中心", "疫苗接种进校园宣传活动")])


def test_departments_on_a_rolls_lines_and_bulleted_units():
    text = ("喜报！临泽县人民医院2023年度荣誉榜出炉\n现将荣誉公布如下：\n一、集体荣誉\n"
            "◆护理部荣获张掖市妇女联合会授予的“张掖市巾帼文明岗”称号；\n二、个人荣誉\n"
            "◆以下同志被中共临泽县委评为“优秀共产党员”：\n外科 姚锦秀\n◆2023年度“临泽县最美医生”：\n魏巧霞（妇产科）\n")
    assert _posts_in(text) == [("姚锦秀", None, "临泽县人民医院外科"), ("魏巧霞", None, "临泽县人民医院妇产科")]
    assert ("临泽县人民医院护理部", "张掖市巾帼文明岗") in [a[:2] for a in _awards_in(text)]


def test_brands_counted_after_their_owners():
    text = "甘谷县卫生健康局：党建\n县人民医院“仁心护航”、县中医医院“岐黄薪火”等7个支部品牌各具特色。\n"
    assert _carried_in(text) == [
        ("甘谷县中医医院", "岐黄薪火"), ("甘谷县人民医院", "仁心护航")]


def test_a_pronoun_sent_to_a_body_to_take_a_post():
    assert ("边雅芳", "护士", "张家川县马鹿镇卫生院") in memberships(
        "张家川县人民医院护士边雅芳从医15年。2008年，她被分配到张家川县马鹿镇卫生院当护士。")


_STORY = ("近日，龙岩市卫生健康委员会在长汀县召开全市医共体建设现场推进会，各县（市、区）卫生健康局负责人参加会议，"
          "会议总结了一年来的工作，部署了下一步任务，要求各地抓好落实，让群众在家门口看好病。")


@pytest.mark.parametrize("text, authors", [
    # 文/甲　图/某委: a body credited for the pictures does not unmake the writer's credit
    ("龙岩：医共体建设按下快进键\n文/邱筱澜　图/龙岩市卫健委\n" + _STORY + "\n", ("邱筱澜",)),
    ("龙岩：医共体建设按下快进键\n" + _STORY + "\n文/钟雯静　图/龙岩市卫健委\n", ("钟雯静",)),
    # 某院　甲　文/图: the unit, the name, then the label
    ("龙岩：医共体建设按下快进键\n长汀县人民医院　骆霏霏　文/图\n" + _STORY + "\n", ("骆霏霏",)),
    # a name alone under the ——subtitle
    ("守护群众健康的蓝盾卫士\n——记龙岩市卫生健康综合行政执法大队\n饶雨晴\n" + _STORY + "\n", ("饶雨晴",)),
    # a news agency's lead: the label vouches for a rare surname (植)
    ("龙岩启动健康行动\n本报讯（记者 巫静雯 通讯员 植嘉宁）" + _STORY + "\n", ("巫静雯", "植嘉宁")),
])
def test_bylines_of_the_genre(text, authors):
    (doc,) = make_documents("q.txt", "", text)
    assert doc.authors == authors


@pytest.mark.parametrize("text, expected", [
    # a name ends before 现任, 则, 曾任, 全程 (the cut took its last character into the next word or left it alone)
    ("原大队长黄梓宁现任邵武市卫生健康局副局长。", ["黄梓宁"]),
    ("退休教师饶冬岚则是这里的常客。", ["饶冬岚"]),
    ("南方医院护理部副主任邝绮雯则深入病区。", ["邝绮雯"]),
    ("党委书记、院长陆景琛全程陪同。", ["陆景琛"]),
])
def test_names_before_adverbs_of_time_and_manner(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a team's or a group's bare head before a post, in an article about it
    ("潞城区卫生健康综合行政执法大队：蓝盾\n大队教导员侯晓峰介绍，大队坚持党建引领。\n",
     [("侯晓峰", "教导员", "潞城区卫生健康综合行政执法大队")]),
    ("长子县医疗集团：县域医改\n集团党委书记、总院长申国梁介绍，集团成立了专家团队。\n",
     [("申国梁", "党委书记", "长子县医疗集团"), ("申国梁", "总院长", "长子县医疗集团")]),
])
def test_bare_heads_of_teams_and_groups_before_posts(text, expected):
    assert _posts_in(text) == expected


def test_a_roll_heading_noting_the_kind_of_holder():
    text = ("喜报！梅州4个单位获全国无偿献血表彰\n部分获奖名单如下：\n无偿献血志愿服务终身荣誉奖\n曾泓宁\n"
            "无偿献血促进奖（单位奖）\n梅州市人民医院　兴宁市人民医院\n")
    got = honours(text)
    assert ("梅州市人民医院", "无偿献血促进奖") in got and ("兴宁市人民医院", "无偿献血促进奖") in got
    assert not any(r.endswith("医院") and h == "无偿献血志愿服务终身荣誉奖" for r, h in got)


def test_bodies_listed_before_a_count_of_them_win_the_title():
    assert honours("双桥区人民医院、滦平县医院等6家单位获评“承德市健康促进示范单位”。") == [
        ("双桥区人民医院", "承德市健康促进示范单位"), ("滦平县医院", "承德市健康促进示范单位")]


@pytest.mark.parametrize("title, text, expected", [
    # a county named in the title by its short name (长阳 for 长阳土家族自治县)
    ("长阳召开卫生健康工作表彰大会", "长阳土家族自治县表彰先进。宜昌市卫生健康委员会和宜昌市中心医院派员参加。"
                               "县卫生健康局在县人民医院召开大会。",
     ["宜昌市中心医院", "宜昌市卫生健康委员会", "长阳土家族自治县人民医院", "长阳土家族自治县卫生健康局"]),
    # one county of the city named in full, and bodies of a bare 县
    ("卫生健康工作表彰大会召开", "长阳土家族自治县召开大会，湖北省卫生健康委员会和宜昌市卫生健康委员会派员参加。"
                           "县人民医院作了发言。",
     ["宜昌市卫生健康委员会", "湖北省卫生健康委员会", "长阳土家族自治县人民医院"]),
])
def test_the_county_of_bare_county_bodies(title, text, expected):
    r, _ = _article(title + "\n" + text + "\n")
    assert sorted(e.label for e in r.entities if e.type in (T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION)) == expected


def test_a_roll_of_described_people_set_off_by_commas():
    text = ("县人民医院心血管内科主任滕绍安，县中医医院副院长牟春兰，资丘镇卫生院全科医生蒲晓雯等20名同志"
            "被评为“长阳好医生”。")
    assert honours("长阳土家族自治县召开表彰大会。" + text) == sorted(
        [("滕绍安", "长阳好医生"), ("牟春兰", "长阳好医生"), ("蒲晓雯", "长阳好医生")])
    assert ("蒲晓雯", "全科医生", "资丘镇卫生院") in memberships("长阳土家族自治县召开表彰大会。" + text)


@pytest.mark.parametrize("text, expected", [
    ("卫生院推行“一人一档一策”健康管理。", ["一人一档一策"]),
    ("牵头开设“实验室微课堂”。", ["实验室微课堂"]),
    ("县妇幼保健院持续开展“两癌”免费筛查和出生缺陷综合防治项目。", ["两癌免费筛查", "出生缺陷综合防治"]),
])
def test_more_heads_of_programmes(text, expected):
    from kg.extract.programs import find_programs
    from kg.segment import tokenize
    assert [n for _, _, n in sorted(find_programs(text, tokenize(text)))] == expected


def test_a_name_before_an_adverb_of_frequency():
    assert persons("县卫健委党组书记、主任詹明森多次带队深入一线。") == ["詹明森"]


@pytest.mark.parametrize("text, expected", [
    # 某某是2022年某委评选的“Z”: the holder, the year and the body that chose it
    ("隆化县医院副院长柏秀芝是2022年河北省卫生健康委员会评选的“河北省名医”。", [("柏秀芝", "河北省名医")]),
    # a grade is no honour
    ("隆化县医院是河北省卫生健康委员会评定的“三级甲等医院”。", []),
    # 大队又获评: the team in view
    ("邵武市卫生健康综合行政执法大队开展检查。2023年，大队又获评“福建省卫生健康行政执法案卷评查优秀单位”。",
     [("邵武市卫生健康综合行政执法大队", "福建省卫生健康行政执法案卷评查优秀单位")]),
])
def test_honours_chosen_by_a_body_and_of_a_team(text, expected):
    assert honours(text) == expected


def test_a_byline_of_a_unit_and_its_writers():
    (doc,) = make_documents("q.txt", "", "省级专家团队走进隆化\n隆化县医院 段润霞 卢鹏飞\n" + _STORY + "\n")
    assert doc.authors == ("段润霞", "卢鹏飞")


@pytest.mark.parametrize("text, expected", [
    # what is done to the one cared for (为老人查体, 为患者施针) is no name, however the dictionary tags it
    ("广东省中医院针灸科主任医师修敬宁现场为腰腿痛患者施针。", ["修敬宁"]),
    ("护士长王晓燕耐心地为一位头晕多年的老人查体。", ["王晓燕"]),
])
def test_acts_of_care_are_no_names(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the League's committee of a place, written in full
    ("活动由英德市卫生健康局、共青团英德市委员会联合主办。", ["共青团英德市委员会", "英德市卫生健康局"]),
    # a hospital's division branches listed: the first named with its hospital, the second sharing it
    ("浦城县医院内科党总支、外科党总支分别完成换届。",
     ["浦城县医院", "浦城县医院内科", "浦城县医院内科党总支", "浦城县医院外科党总支"]),
])
def test_league_committees_and_sibling_branches(text, expected):
    assert bodies(text) == expected


def test_brands_each_made_by_the_branch_before_them():
    text = "淅川县中医院：党建\n急诊科党支部打造的“生命绿道”品牌、儿科党支部打造的“童心守护”品牌深受好评。\n"
    assert _carried_in(text) == [
        ("淅川县中医院儿科党支部", "童心守护"), ("淅川县中医院急诊科党支部", "生命绿道")]


def test_a_career_of_posts_held_one_after_another():
    text = "丁怀远先后任谢桥镇卫生院副院长、院长，颍上县卫生局医政股股长，颍上县中医院副院长。"
    r, labels = _article("颍上县中医院：书记\n" + text + "\n")
    got = sorted((labels[f.person], labels[f.role], labels[f.organization], f.former) for f in r.facts
                 if isinstance(f, Membership))
    # the verb the cut glued to the town (任谢桥/nr) is no part of it; each post is held in the body before it
    assert got == [("丁怀远", "副院长", "谢桥镇卫生院", True), ("丁怀远", "副院长", "颍上县中医院", True),
                   ("丁怀远", "股长", "颍上县卫生局医政股", True), ("丁怀远", "院长", "谢桥镇卫生院", True)]


def test_a_career_after_a_clause_about_the_person():
    text = ("淅川县中医院：初心\n淅川县中医院党委书记樊世清从医三十年。他1990年参加工作，先后任荆紫关镇卫生院外科医生、"
            "副院长，淅川县中医院副院长。\n")
    got = _posts_in(text)
    assert ("樊世清", "副院长", "荆紫关镇卫生院") in got and ("樊世清", "医生", "荆紫关镇卫生院外科") in got


def test_a_bare_prefecture_body_in_an_article_about_an_autonomous_prefecture():
    text = ("黔东南州召开卫生健康工作会议\n黔东南苗族侗族自治州召开会议。州卫生健康局党组书记、局长邹弘远作工作报告。\n")
    assert _posts_in(text) == [("邹弘远", "党组书记", "黔东南苗族侗族自治州卫生健康局"),
                               ("邹弘远", "局长", "黔东南苗族侗族自治州卫生健康局")]


def test_a_department_right_after_its_hospital_wins_the_title():
    assert honours("从江县人民医院心血管内科也荣获“黔东南州青年文明号”称号。") == [
        ("从江县人民医院心血管内科", "黔东南州青年文明号")]
    # a hospital named after a specialty is one body
    assert bodies("武汉肺科医院收治患者。") == ["武汉肺科医院"]


def test_the_body_in_brackets_after_a_name_on_a_roll():
    text = "黔东南州卫生健康工作会议\n会议宣读了表彰决定。\n先进个人（2名）\n杨通宁（黎平县人民医院）\n吴秀芝（从江县妇幼保健院）\n"
    assert _posts_in(text) == [("吴秀芝", None, "从江县妇幼保健院"), ("杨通宁", None, "黎平县人民医院")]


@pytest.mark.parametrize("text, expected", [
    # 该支部, 该站: the body of that kind named last
    ("柯城区卫生健康局机关第一党支部开展活动。该支部2023年被中共柯城区委组织部授予“五星级党支部”称号。",
     [("柯城区卫生健康局机关第一党支部", "五星级党支部")]),
    ("定西市中心血站开展活动。该站2023年被甘肃省卫生健康委员会评为“全省先进单位”。", [("定西市中心血站", "全省先进单位")]),
])
def test_this_branch_and_this_station(text, expected):
    assert honours(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("丽水市中医院副院长麻建华具体牵头。", ["麻建华"]),
    ("丽水市中医院院长留国安说，要做好工作。", ["留国安"]),
    ("丽水市中医院心血管内科主任沈炜林一上午看了30个病人。", ["沈炜林"]),
])
def test_more_name_endings_and_surnames(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the service a department gives (献血/v, 采血/v) opens its name
    ("盐城市中心血站献血服务科团支部组建了志愿服务队。",
     ["盐城市中心血站", "盐城市中心血站献血服务科", "盐城市中心血站献血服务科团支部"]),
])
def test_departments_named_by_their_service(text, expected):
    assert bodies(text) == expected


def test_a_subdistricts_community_health_centre():
    # 紫金/n 街道/n: a subdistrict the gazetteer knows names the centre
    assert bodies("紫金街道社区卫生服务中心获评先进集体。") == ["紫金街道社区卫生服务中心"]


def test_a_list_of_one_holders_honours_with_their_conferrers():
    text = ("多年来，盐城市中心血站先后获得以下荣誉：\n全国无偿献血促进奖单位奖（国家卫生健康委员会、中国红十字会总会，2022年）\n"
            "江苏省文明单位（2021年）\n血站将继续努力。\n")
    got = _awards_in("盐城市中心血站：热血\n" + text)
    # 以下荣誉 names no honour; each line is one, conferred by the bodies in its bracket, in its year
    assert got == [("盐城市中心血站", "全国无偿献血促进奖单位奖", ("国家卫生健康委员会", "中国红十字会总会"), 2022),
                   ("盐城市中心血站", "江苏省文明单位", (), 2021)]


@pytest.mark.parametrize("text, expected", [
    # surnames of Yunnan (杞, 寸, 刀, 普…), the ambiguous ones only with support (a post before them)
    ("会泽县人民医院党委书记杞文斌介绍，医院选派骨干医师。", ["杞文斌"]),
    ("会泽县人民医院院长普文彬说，要做好工作。", ["普文彬"]),
    ("会泽县人民医院副院长刀玉芬主持会议。", ["刀玉芬"]),
    # a post before a common word is no name (主任保证…)
    ("会泽县人民医院主任保证了安全。", []),
])
def test_surnames_of_yunnan(text, expected):
    assert persons(text) == expected


def test_the_year_of_a_run_of_clauses_set_off_by_semicolons():
    text = ("五台县卫生健康局：党建\n2023年，县疾病预防控制中心党支部被中共五台县委评为“五星级党支部”；"
            "阎丽芳获评“忻州市优秀共产党员”；局机关党委荣获“全县机关党建工作先进单位”称号。\n"
            "阎丽芳还获评“五台县优秀护士”。\n")
    got = {a[:2]: a[3] for a in _awards_in(text)}
    assert got[("阎丽芳", "忻州市优秀共产党员")] == 2023
    assert got[("五台县卫生健康局机关党委", "全县机关党建工作先进单位")] == 2023
    # after a full stop the year of the run is over
    assert got[("阎丽芳", "五台县优秀护士")] is None


def test_a_closing_bracket_of_unit_writer_and_label():
    (doc,) = make_documents("q.txt", "", "青春志愿行\n" + _STORY + "（院团委 白学宁 文/图）\n")
    assert doc.authors == ("白学宁",)


def test_a_titles_column_separator_is_no_part_of_the_body():
    r, labels = _article("荣誉榜丨潍坊市人民医院2023年度荣誉集锦\n潍坊市人民医院召开大会。\n")
    assert "潍坊市人民医院" in labels.values() and not any("丨" in v for v in labels.values())


def test_a_bulleted_post_in_an_article_about_the_body():
    # ◆ opens a list's line and is no part of the sentence; 初 is a surname (with support)
    text = "潍坊市人民医院2023年度荣誉集锦\n◆党委书记荆淑芬介绍，要做好工作。\n院长初永安在年度总结大会上表示，要做好工作。\n"
    assert _posts_in(text) == [("初永安", "院长", "潍坊市人民医院"), ("荆淑芬", "党委书记", "潍坊市人民医院")]


def test_a_bullet_opens_no_sentence():
    from kg.segment import split_sentences
    assert [s.text for s in split_sentences("◆甲院获评先进。\n● 乙院获评先进。")] == ["甲院获评先进。", "乙院获评先进。"]


@pytest.mark.parametrize("text, expected", [
    # 据 before a town the gazetteer lacks is no part of its name
    ("据九山镇卫生院统计，今年接诊增加。", ["九山镇卫生院"]),
    # a ward's nursing unit (护理单元) is a unit of its department
    ("潍坊市人民医院心血管内科护理单元荣获全国妇联授予的“全国巾帼文明岗”称号。",
     ["全国妇联", "潍坊市人民医院", "潍坊市人民医院心血管内科", "潍坊市人民医院心血管内科护理单元"]),
])
def test_nursing_units_and_towns_after_ju(text, expected):
    assert bodies(text) == expected
