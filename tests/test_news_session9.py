"""Readings added in the ninth session from blind reviews of national news: towns the gazetteer lacks before
their clinic, ministries' departments named by several field words, surnames that are also function words right
after a word for a kind of person, adverbs the cut glued to a name's last character. Every person's name is
invented."""
from __future__ import annotations

import pytest

from readings import bodies, carriers, honours, memberships, persons, places, units


@pytest.mark.parametrize("text, expected", [
    # a town no gazetteer lists, named whole between a preposition and its clinic
    ("在石家畈镇卫生院，医疗团队开始查房。", ["石家畈镇卫生院"]),
    ("医生们来到王家畈乡中心卫生院，看望病人。", ["王家畈乡中心卫生院"]),
    # no town: a function word or a kind of place before 镇
    ("全县各乡镇卫生院都有医生。", []),
    ("要重点对镇卫生院进行检查。", []),
    # a kind of hospital after 的 is no hospital's name, however the tagger tags the word
    ("他在儿童医院工作。", []),
])
def test_town_clinics_and_kinds_of_hospital(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry's department named by several field words, 与 joining two of them, 指导 closing them
    ("教育部体育卫生与艺术教育司有关负责人介绍。", [("教育部体育卫生与艺术教育司", "教育部")]),
    ("农业农村部农村合作经济指导司有关负责人介绍。", [("农业农村部农村合作经济指导司", "农业农村部")]),
    # the cut's rare word over 部 and the department's first character (某部优|抚司)
    ("退役军人事务部优抚司司长刘明远说。", [("退役军人事务部优抚司", "退役军人事务部")]),
])
def test_ministry_departments(text, expected):
    assert units(text) == expected


def test_an_inter_ministerial_meeting_names_no_ministry():
    assert bodies("卫生部际联席会议召开。") == []


@pytest.mark.parametrize("text, expected", [
    # 于, 和 as surnames right after a word for a kind of person, the given name a name or the age just before
    ("62岁的村民于长顺5天前出现咳嗽。", ["于长顺"]),
    ("村医和燕取消了春节休假。", ["和燕"]),
    # the same words as the function words they usually are
    ("患者和家属都很满意。", []),
    ("老人和老伴都来了。", []),
    ("患者和医护都来了。", []),
    ("患者于当天出院。", []),
    ("此前老人曾有使用呼吸机的经历。", []),
    # an adverb the cut glued to the name's last character (某某正|在 read as 正在)
    ("45岁的魏琛正在接受治疗。", ["魏琛"]),
    ("患者钱凡是第一次来。", ["钱凡"]),
])
def test_names_after_a_kind_of_person(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the tagger marks, opening its clause, then 等 and a count of people
    ("丹增曲培等18名同志被推选为“勤学上进好青年”。", ["丹增曲培"]),
    ("柏鹏英等34名同志被推选为“扶贫助困好青年”。", ["柏鹏英"]),
    # a surname the tagger read as another word (许/m), its given name read as a name, written three times
    ("对某市第三人民医院医生许卫东来说，今天很特殊。许卫东穿着手术服走进来。许卫东是主刀医生。", ["许卫东"]),
    # a dotted name after a word for a kind of person; a worker after 员工
    ("村民沙则·阿木提几年前患上了腰椎间盘突出。", ["沙则·阿木提"]),
    ("某客车车辆段员工姜望明，当时就主动加入了小分队。", ["姜望明"]),
    # a name-like run before a bridge is the bridge's
    ("中马友谊大桥开通。中马友谊大桥实现了百年夙愿。总统说，中马友谊大桥很好。", []),
])
def test_names_in_counted_lists_recurring_and_after_kinds(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("武汉铁路局武昌客车车辆段员工姜望明说。", ["武汉铁路局武昌客车车辆段"]),
    ("中央指导组前往武汉女子监狱查看。", ["中央指导组", "武汉女子监狱"]),
    ("广东省职业病防治院开展工作。", ["广东省职业病防治院"]),
    # a union of hospitals is no hospital; a kind of group is no group
    ("中方愿同非方成立中非医院联盟。", ["中非医院联盟"]),
    ("以色列国防军和巴勒斯坦武装组织继续交火。", ["以色列国防军"]),
    # a national headquarters by its short name, listed before a body
    ("国家防总、应急管理部等部门持续会商。", ["国家防汛抗旱总指挥部", "应急管理部"]),   # (by its full name since session 17)
    # a place's quarter before a proper name ends the body's name; a quarter in a body's own name stays
    ("治多县西部工作委员会召开会议。", ["治多县西部工作委员会"]),
])
def test_heads_of_other_bodies(text, expected):
    assert bodies(text) == expected


def test_a_branch_hospital_stands_in_the_place_its_own_name_gives():
    from readings import read
    r, _ = read("在北京儿童医院保定医院，记者看到患者很多。")
    lab = {e.key: e.label for e in r.entities}
    located = {(lab[f.subject], lab[f.object]) for f in r.facts if getattr(f, "predicate", "") == "locatedIn"}
    assert ("北京儿童医院保定医院", "保定市") in located


@pytest.mark.parametrize("text, expected", [
    # bodies listed at the sentence's start, acting together with no 等 closing the list
    ("国家卫生健康委、教育部和民政部联合启动以“健康你我”为主题的健康家庭月活动。",
     [("国家卫生健康委员会", "健康家庭月活动"), ("教育部", "健康家庭月活动"), ("民政部", "健康家庭月活动")]),
    ("住房城乡建设部、国家体育总局今天在北京启动“乒乓进社区”活动。",
     [("住房城乡建设部", "乒乓进社区"), ("国家体育总局", "乒乓进社区")]),
])
def test_bodies_acting_together_each_run_the_programme(text, expected):
    assert carriers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an honorific between the name and its 是-clause; a generation and a standing between the body and the post
    ("罗岩代表是襄阳市中心医院院长。", [("罗岩", "院长", "襄阳市中心医院")]),
    ("武汉市青山区钢花小学90后青年教师钱雨辰说。", [("钱雨辰", "教师", "武汉市青山区钢花小学")]),
    # a unit the news leaves unnamed (某学院), and an institute, between the body and the post
    ("国防大学某学院正高级工程师谷晓峰说。", [("谷晓峰", "正高级工程师", "国防大学")]),
    ("广东省职业病防治院职业卫生评价所主管医师韦可可说。", [("韦可可", "主管医师", "广东省职业病防治院")]),
])
def test_posts_with_words_between(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("由中国和非洲联盟轮值主席国南非、论坛共同主席国塞内加尔共同发起。", []),
    ("多个国际和地区组织的负责人向中方表示慰问和支持。", []),
    ("打好社区战、街巷战、楼栋战。", []),
    ("培养更多战略科学家、卓越工程师、大国工匠。", []),
    # names sharing a last character stay names
    ("记者王文华、李文华报道。", ["李文华", "王文华"]),
    ("某区议会议员参选人何君瑶遇袭受伤。", ["何君瑶"]),
])
def test_no_person_from_a_presiding_country_a_side_or_parallel_nouns(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two fields joined by 和 before one head, the first a set phrase (自然资源/l)
    ("新组建的海南省旅游和文化广电体育厅挂牌成立。", ["海南省旅游和文化广电体育厅"]),
    ("海南省自然资源和规划厅发布通知。", ["海南省自然资源和规划厅"]),
    # a national body after 和 is its own; a one-character word after 和 joins nothing
    ("国务院办公厅会同各地区和国家卫生健康委推动建立了机制。", ["国务院办公厅", "国家卫生健康委员会"]),
    ("班禅还到乡村、企业和藏医院考察。", ["藏医院"]),
    # no body: a place acting on its government, running hospitals, a building, counterpart or owned hospitals
    ("怀宁县调度政府、派出所、医院三方联动。", []),
    ("从落实政府办医责任等方面提出建议。", []),
    ("在协和医院门诊大楼，患者需扫码登记。", ["协和医院"]),
    ("推进中非对口医院合作。", []),
    ("既有部属、省属、市属和区属医院，也有民营医院。", []),
    # a verb between a body and a task group ends the body
    ("国家药监局会同吉林省局组成调查组进驻企业。", ["吉林省局", "国家药品监督管理局"]),
])
def test_body_boundaries_from_the_reviews(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # teams named by where they went, or where they are, are no one team
    ("多地支援湖北医疗队撤离武汉。", []),
    ("强调进一步加强支援湖北医疗队工作。", []),
    ("以及在汉医疗队代表参加会议。", []),
    ("感谢各省区市医疗队的突出贡献。", []),
    # a province's, the army's, the state's, a batch's team is one
    ("四川省援鄂医疗队返回成都。", ["四川省援鄂医疗队"]),
    ("军队支援湖北医疗队进驻医院。", ["军队支援湖北医疗队"]),
])
def test_teams_named_only_by_where_they_went(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a department written in Latin letters between the body and the post
    ("武汉市肺科医院ICU主任韦明正在夜间查房。", [("韦明", "主任", "武汉市肺科医院")]),
    # after a Party branch's post, an administrative post is the department's
    ("中国医科大学附属第一医院重症医学科党支部书记、副主任丁仁宇说。",
     [("丁仁宇", "书记", "中国医科大学附属第一医院重症医学科党支部"), ("丁仁宇", "副主任", "中国医科大学附属第一医院重症医学科")]),
    # a community whose secretary is named is a body
    ("彭静怡是武汉市武昌区徐家棚街道水岸星城社区书记。", [("彭静怡", "书记", "水岸星城社区")]),
])
def test_posts_of_departments_and_communities(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word the tagger knows as an organisation, opening a clause and reporting
    ("中科院介绍，新的研究取得进展。", ["中科院"]),
    # not a country's kind of firm, nor the news source's opening
    ("美国公司宣布裁员。", []),
    ("央视网消息，今天天气晴。", []),
])
def test_tagged_bodies_that_report(text, expected):
    assert bodies(text) == expected


def test_a_foreign_places_quarter_is_no_chinese_district():
    assert places("大马士革东古塔区据称发生袭击。") == []


def test_a_name_then_the_kin_the_sentence_is_about():
    assert persons("护士柳贝的妈妈突然晕倒在家里。") == ["柳贝"]


@pytest.mark.parametrize("text, expected", [
    # a numbered department (重症医学二科) and its temporary Party branch; a hospital named right after 是
    ("罗淑芬是火神山医院重症医学二科临时党支部委员、护士长。",
     [("罗淑芬", "委员", "火神山医院重症医学二科临时党支部"), ("罗淑芬", "护士长", "火神山医院重症医学二科")]),
    # a body-and-post segment closed by a comma, then another, before the name: all the person's
    ("武汉市硚口区委常委，区公安分局党委书记、局长张晓兰说。",
     [("张晓兰", "党委书记", "硚口区公安分局"), ("张晓兰", "局长", "硚口区公安分局"), ("张晓兰", "常委", "硚口区委")]),
])
def test_numbered_departments_and_comma_chains(text, expected):
    assert sorted(memberships(text)) == sorted(expected)


def test_a_kind_of_hospital_after_shi_is_none():
    assert bodies("这里是综合性医院。") == []


@pytest.mark.parametrize("text, expected", [
    # an institute named by the work it does (检定, 监测), a service's school, a numbered army unit, a place's police,
    # a party the tagger knows by its whole name
    ("所有疫苗均需报请中国食品药品检定研究院批签发。", ["中国食品药品检定研究院"]),
    ("海军潜艇学院某研究所主任说。", ["海军潜艇学院"]),
    ("给96911部队某研究室记三等功。", ["96911部队"]),
    ("据香港警方介绍，事件正在调查。", ["香港警方"]),
    ("中国致公党召开会议。", ["中国致公党"]),
    # none: a party inside a document's title, a verb the tagger calls a noun inside a chain
    ("新修订的《中国共产党纪律处分条例》正式施行。", []),
    ("国家药监局责令某某公司停止生产。", ["国家药品监督管理局"]),
])
def test_more_heads_of_bodies(text, expected):
    assert bodies(text) == expected


def test_a_firm_named_short_is_the_firm_named_in_full():
    assert bodies("江南长青生物科技有限责任公司违法生产疫苗。国家药监局要求江南长青公司停止生产。") == \
        ["国家药品监督管理局", "江南长青生物科技有限责任公司"]


def test_a_hall_named_after_a_campaign_is_no_programme():
    from readings import read
    r, _ = read("山东某地主题教育展馆迎来不少游客。")
    assert not [e for e in r.entities if e.type.name == "PROGRAM"]


@pytest.mark.parametrize("text, expected", [
    # a name the tagger marks before 等 and what the people do together (a character such as 又 in it or not)
    ("张又青等参加活动。", ["张又青"]),
    ("吴栋、郎景文等专家发了言。", ["吴栋", "郎景文"]),
    # a surname and a common word opening clause after clause, each time before a verb
    ("钱海峰是某供电公司的一名职工。钱海峰又去看望老人。钱海峰说，要坚持下去。", ["钱海峰"]),
    # a transliterated name after a scientist's title
    ("美国病毒学家霍尔斯坦指出，病毒仍在传播。", ["霍尔斯坦"]),
    # a surname and a form of address is no name, however often it opens a clause
    ("刘爷爷今年86岁。刘爷爷终于放宽心。刘爷爷很快掌握了方法。", []),
])
def test_names_from_the_last_reviews(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("中科院武汉国家生物安全实验室主任王明华介绍。", [("王明华", "主任", "中科院武汉国家生物安全实验室")]),
    ("湖北省博物馆馆长王明华说。", [("王明华", "馆长", "湖北省博物馆")]),
])
def test_laboratories_and_museums(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("深圳边检总站推出申报系统。", ["深圳边检总站"]),
    # a time word or a verb of praise ends a body's name
    ("开港以来洋山边检站查验了船舶。", ["洋山边检站"]),
])
def test_border_stations(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pilot named unquoted after the verb that launches it; the longest head closing a name
    ("民政部表示，将开展婚俗改革试点。", [("民政部", "婚俗改革试点")]),
    ("国家卫生健康委印发意见，实施母婴安全行动提升计划。", [("国家卫生健康委员会", "母婴安全行动提升计划")]),
    # a short quoted name after 推行, or after 举行 and before a series
    ("国家卫生健康委在全国推行“落地检”。", [("国家卫生健康委员会", "落地检")]),
    ("中共中央宣传部今天举行“中国这十年”系列主题新闻发布会。", [("中共中央宣传部", "中国这十年")]),
    # no pilot without a name
    ("各地开展改革试点。", []),
])
def test_pilots_and_longer_heads(text, expected):
    assert carriers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a new area written after its province or city, listed by the gazetteer or not
    ("大连金普新区建立9个工作小组。", ["大连市", "辽宁省", "金普新区"]),
    ("与河北雄安新区形成两翼。", ["河北省", "雄安新区"]),
    ("支持建设国家级新区。", []),
])
def test_new_areas(text, expected):
    assert places(text) == expected


def test_a_foreign_deputy_then_a_date():
    assert persons("美国众议员科尔施坦11日自称检测呈阳性。") == ["科尔施坦"]


@pytest.mark.parametrize("text, expected", [
    # a time word before a ministry named by its field, and 将 after its 部 (the cut's 部将)
    ("今年工业和信息化部将开展适老化改造。", ["工业和信息化部"]),
    ("卫生部际联席会议召开。", []),
])
def test_field_ministries_after_a_time_word(text, expected):
    assert bodies(text) == expected


def test_an_award_received_with_huoban():
    assert honours("王明华院士获颁“某某勋章”。") == [("王明华", "某某勋章")]


@pytest.mark.parametrize("text, expected", [
    # a post taken in a clause whose subject is 他 or a date: the person the article last named
    ("医生王明华说，要努力。大学毕业后，他回到草原，1991年任治多县委副书记。", [("王明华", "副书记", "治多县委")]),
    # 并担任 a bare post: the sentence's subject, in the body named just before
    ("医生王明华推动成立了治多县西部工作委员会，并担任书记。", [("王明华", "书记", "治多县西部工作委员会")]),
    # a post in a relative clause is the post of the name after it, not of the subject
    ("医生王明华说，1991年任治多县委副书记的人很能干。", []),
])
def test_posts_of_the_subject_of_a_clause(text, expected):
    assert memberships(text) == expected


def test_a_district_after_its_city_written_short_and_tagged_as_a_name():
    assert places("今天，湖南张家界永定区开启核酸检测。") == ["张家界市", "永定区", "湖南省"]


@pytest.mark.parametrize("text, expected", [
    # a foreign-sounding member of a list beside a state is a place; a name after a post stays one
    ("包括得克萨斯、田纳西、密苏里州等在内的多州接种率不足。", []),
    ("联合国秘书长泰雷斯科、埃及、约旦等多方强烈谴责。", ["泰雷斯科"]),
])
def test_a_foreign_list_of_places(text, expected):
    assert persons(text) == expected


def test_a_verb_of_saying_glued_to_its_subject_ends_a_name():
    assert bodies("美媒称美政府正重蹈覆辙") == []


def test_a_province_and_its_city_tagged_as_one_name_are_places():
    assert places("吉林长春某某方舱医院今天开始收治患者。") == ["吉林省", "长春市"]


def test_a_doubled_word_after_a_post_is_no_name():
    assert persons("牢记总书记殷殷嘱托。") == []


@pytest.mark.parametrize("text, expected", [
    ("国铁集团表示，将加强运输。", ["国铁集团"]),
    ("医药集团表示，将加强。", []),
])
def test_a_group_by_its_short_name_reporting(text, expected):
    assert bodies(text) == expected


def test_an_article_with_no_title_is_read():
    from kg.model import Document
    from kg.pipeline import extract_document
    doc = Document(doc_id="t.txt", source_file="t.txt", text="某市卫生健康局局长钱立新表示，要深入开展工作。", title=None)
    r = extract_document(doc)
    assert "钱立新" in {e.label for e in r.entities}


def test_a_listed_title_with_its_year():
    from readings import read
    from kg.model import HonourAward
    r, labels = read("全国妇联决定授予陈岫、桂小梅、王兰英10位优秀女性2020年度全国三八红旗手标兵荣誉称号。")
    got = sorted((labels[f.recipient], labels[f.honour], f.year) for f in r.facts if isinstance(f, HonourAward))
    assert got == [(n, "全国三八红旗手标兵", 2020) for n in ("桂小梅", "王兰英", "陈岫")]


def test_a_name_after_a_post_the_cut_split_before_a_verb_with_le():
    # 委主|任何|立青 报告/n 了: the post's last character glued to the surname, the verb tagged a noun
    assert memberships("国家发展改革委主任何立青报告了相关情况。") == [("何立青", "主任", "国家发展和改革委员会")]


@pytest.mark.parametrize("text, expected", [
    # a verb of protest and the people protesting are no part of the body's name
    ("民众抗议美国联邦政府应对疫情不力。", ["美国联邦政府"]),
    ("纽约民众抗议联邦政府。", []),
])
def test_no_protest_inside_a_body(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a team named by the hospital it went to help is no team; the hospital still is one
    ("广东支援雷神山医院医疗队抵达。", ["雷神山医院"]),
    ("北京协和医院医疗队抵达武汉。", ["北京协和医院", "北京协和医院医疗队"]),
])
def test_a_team_named_by_the_hospital_it_helps(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where a body stands, said before its name
    ("位于辽宁沈阳的中国医科大学附属第一医院正在筹建区域医疗中心。", [("中国医科大学附属第一医院", "沈阳市")]),
    # a site named after a body stands there, not the body
    ("位于广州的中华全国总工会旧址面向公众开放。", []),
])
def test_located_before_the_name(text, expected):
    from readings import relations
    assert relations(text, "locatedIn") == expected
