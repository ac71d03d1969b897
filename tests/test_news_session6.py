"""Whole-article readings added from the sixth review of national news: names the cut splits but the article
repeats, names read earlier, posts of one body after a name, bodies named by a sentence's place, places that
are not, and the party centres and special-region governments. Every sentence and name is invented."""
from __future__ import annotations

import pytest

from kg.model import EntityType as T, HonourAward, Membership, Relation

from readings import bodies, carriers, memberships, persons, places, read


@pytest.mark.parametrize("text, expected", [
    # a name the cut splits (邱/nr 晨光/n), written three times in the article, is a name everywhere
    ("作为专家组成员，邱晨光每天要巡诊。十年前，邱晨光在北京参加救治。邱晨光说，患者正在好转。", ["邱晨光"]),
    # twice is not enough; nor is a surname that is a verb here, or one glued to the word before
    ("作为专家组成员，邱晨光每天要巡诊。邱晨光说，患者正在好转。", []),
    ("要戴口罩。坚持戴口罩。不戴口罩的人要劝导。", []),
    ("京张高铁开通。京张高铁全线贯通。京张高铁运营平稳。", []),
    # a quoted name is a ship's, a typhoon's, a brand's
    ("“邱晨光”号靠港。“邱晨光”号卸货。“邱晨光”号离港。", []),
    # a three-character name the tagger reads whole, with no cue, but written three times; not a two-character one
    ("今年，兰冬梅已经九十岁。每天清晨，兰冬梅都去公园。邻居们都认识兰冬梅。", ["兰冬梅"]),
    # a name read once with a cue is read again later without one
    ("院长邓晨曦主持会议。会后邓晨曦来到病房。", ["邓晨曦"]),
    # a media outlet named like a person is none
    ("据福克斯新闻报道，当地医院收治了患者。", []),
])
def test_names_the_article_vouches_for(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a post that only one body has, right after the name, names that body
    ("全国人民向陈明远总书记表示敬意。", [("陈明远", "总书记", "中共中央")]),
    # not when the sentence cites the person's words, nor in an article naming another party's secretary
    ("各地学习贯彻陈明远总书记重要讲话精神。", []),
    ("阮某某总书记会见代表团。某国共产党中央委员会总书记阮某某表示欢迎。", []),
    ("全国人大常委会第五次会议在北京举行。栗明远委员长主持。", [("栗明远", "委员长", "全国人大常委会")]),
    ("某国最高人民会议常任委员会委员长崔明远到访。崔明远委员长表示感谢。", []),
    # a party the tagger knows and its central committee
    ("农工党中央主席柯某某出席会议。", [("柯某某", "主席", "农工党中央")]),
])
def test_posts_after_names_and_party_centres(text, expected):
    assert [m for m in memberships(text) if not m[2].startswith("某国")] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare 省委 takes the province the sentence named before it, not another level's place
    ("在浙江，省委宣讲团深入基层。", ["浙江省委"]),
    # a name's part the tagger reads as a place is no such place (韩|玉山 is a person)
    ("村民韩玉山被送到了县中心医院急救医学科。", []),
    # a special region's government
    ("香港特区政府今天举行升旗仪式。", ["香港特区政府"]),
    # 发展改革委员会 is written out already: it is not expanded again
    ("国家发展改革委员会等6部门联合印发通知。", ["国家发展和改革委员会"]),
    # a region's bodies are no body; a prefecture named 地区 is a place
    ("专项资金已投向中西部地区乡镇卫生院。", []),
    ("大兴安岭地区人民医院收治患者。", ["大兴安岭地区人民医院"]),
    # grades and kinds of hospital, alone or after a place, are no hospital
    ("患者集中到高水平综合医院救治。", []),
    ("北京市三级医院门急诊量下降。", []),
    # a hospital named by two or three characters of its own, after a verb of a visit
    ("孙明远深入考察青松医院。", ["青松医院"]),
])
def test_bodies_named_by_places(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, absent", [
    # 六成 is a fraction: 成都 is not named
    ("这里的患者六成都是老年人。", "成都市"),
    # 资源 + 县域 and 公安 + 分局: common words, not the counties of those short names
    ("强化医疗卫生资源县域统筹。", "资源县"),
    ("疫情发生后，公安分局组建青年突击队。", "公安县"),
])
def test_common_words_are_no_places(text, absent):
    assert absent not in places(text)


def test_a_county_named_in_full_is_stillread():
    assert "公安县" in places("湖北省公安县人民医院收治患者。")


def test_an_honour_quoted_before_de_chenghao():
    r, labels = read("湘江县人民医院通过了验收，还获得了“爱婴医院”的称号。")
    got = [(labels[f.recipient], labels[f.honour]) for f in r.facts if isinstance(f, HonourAward)]
    assert got == [("湘江县人民医院", "爱婴医院")]


def test_a_region_name_located_in_its_region():
    r, labels = read("香港特区政府今天举行升旗仪式。")
    located = [(labels[f.subject], labels.get(f.object, f.object)) for f in r.facts
               if isinstance(f, Relation) and f.predicate == "locatedIn"]
    assert located == [("香港特区政府", "香港特别行政区")]


@pytest.mark.parametrize("text, expected", [
    # words before a name the sentence also gives bare are no part of it (a bad cut: 出院/n 时雷/n)
    ("今天，青松山医院又有患者出院，出院时青松山医院的医护人员送上祝福。", ["青松山医院"]),
    # a one-character object of the verb before the name (援|港) is no part of it
    ("中央援港青衣方舱医院交付使用。", ["青衣方舱医院"]),
    # a city's short name before a university the dictionary knows by its own name is where it is
    ("武汉华中科技大学附属协和医院派出医疗队。", ["华中科技大学", "华中科技大学附属协和医院"]),
    # but a generic university's name keeps its city (广州医科大学), as does one the dictionary knows whole
    ("广州医科大学附属第一医院派出医疗队。", ["广州医科大学", "广州医科大学附属第一医院"]),
])
def test_words_before_names_that_are_no_part_of_them(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name opening the sentence, a comma, then its body with 的 and a post closing the clause
    ("邹晓伟，武汉市青松街社区卫生服务中心的主任，同时也是一名老党员。",
     [("邹晓伟", "主任", "武汉市青松街社区卫生服务中心")]),
    # or its body, a department and a post closing the clause
    ("邹晓伟，华中科技大学同济医院心血管内科医生，他要尽早完成手术。", [("邹晓伟", "医生", "华中科技大学同济医院心血管内科")]),
    # a post closing the clause is not one before another name
    ("邹晓伟，武汉市人民医院院长柯立伟和我们一起。", [("柯立伟", "院长", "武汉市人民医院")]),
    # a head nurse named bare is one of the ward or hospital named just before
    ("武汉市人民医院的护士们坚守岗位。护士长柯立伟说，大家都很累。", [("柯立伟", "护士长", "武汉市人民医院")]),
])
def test_appositions_and_bare_posts(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a programme opening its sentence, run in the bodies named after it
    ("“健康光明行动”在甘肃省人民医院和兰州市第一人民医院同时启动。",
     [("兰州市第一人民医院", "健康光明行动"), ("甘肃省人民医院", "健康光明行动")]),
    # in the course of a programme, the clause's subject runs it
    ("在“青松守护”主题教育过程中，国家移民管理局推出便民措施。", [("国家移民管理局", "青松守护")]),
])
def test_programmes_run_by_bodies_named_after_them(text, expected):
    assert carriers(text) == expected


def test_a_preposition_after_a_post_is_no_surname():
    assert persons("各个方舱医院院长从接到通知开始就忙碌起来。") == []
    assert persons("市人民医院院长于明远主持会议。") == ["于明远"]


def test_a_body_named_like_a_division_is_not_located_in_itself():
    r, labels = read("兴隆林业局组织职工参加。")
    assert not [f for f in r.facts if isinstance(f, Relation) and f.predicate == "locatedIn"]


def test_a_centre_the_tagger_knows_opens_a_hospital_name():
    assert bodies("来自航天中心医院的医生参加会诊。") == ["航天中心医院"]
    assert bodies("他来到购物中心医院门口。") == []


def test_a_name_the_dictionary_lists_as_an_unknown_place_before_a_title():
    # 徐坤明/ns in jieba's dictionary; no division of that name: before 院士 it is a person
    assert persons("徐坤明院士表示，疫情可防可控。") == ["徐坤明"]


def test_a_team_before_a_hospital_is_no_part_of_its_name():
    assert memberships("国家支援湖北医疗队北京青松医院内科护士长夏明莹说。") == [("夏明莹", "护士长", "北京青松医院内科")]


def test_a_hospital_department_ending_in_bu_is_no_government_body():
    r, _ = read("青松山医院护理部组织培训。")
    assert {e.label: e.type for e in r.entities if e.label.endswith("护理部")} == {"青松山医院护理部": T.ORGANIZATION}


def test_one_place_written_short_and_in_full_is_one_body_in_an_article():
    assert bodies("武汉市泰康青松医院收治患者。武汉泰康青松医院医护人员坚守岗位。") == ["武汉市泰康青松医院"]
    assert bodies("国家药监局发布公告。国家药品监督管理局表示。") == ["国家药品监督管理局"]


@pytest.mark.parametrize("text, expected", [
    ("我们向柯尔克·巴里亚表示敬意。", ["柯尔克·巴里亚"]),
    ("代表团并与柯尔克·巴里亚，亲切握手。", ["柯尔克·巴里亚"]),
])
def test_words_before_a_dotted_name_are_no_part_of_it(text, expected):
    assert persons(text) == expected


def test_a_landmark_named_after_a_city_puts_no_body_in_it():
    # 广安门 is a gate the dictionary knows; the city 广安 is elsewhere
    assert "广安市" not in places("青松区广安门医院派出专家。")


@pytest.mark.parametrize("text, expected", [
    # a deputy to a congress: the congress inside the tagger's word for the deputy
    ("全国人大代表柯明远表示。", [("柯明远", "代表", "全国人大")]),
    ("全国人大代表、武汉市青松医院院长柯明远表示。", [("柯明远", "代表", "全国人大"), ("柯明远", "院长", "武汉市青松医院")]),
    # the posts before a name and the one its 是-clause states
    ("全国人大代表柯明远是西平县青松村党支部书记。", [("柯明远", "书记", "西平县青松村党支部"), ("柯明远", "代表", "全国人大")]),
    # a committee on deputies is no deputy
    ("全国人大常委会代表资格审查委员会主任委员柯明远作报告。", [("柯明远", "主任委员", "全国人大常委会代表资格审查委员会")]),
])
def test_deputies_and_is_clauses(text, expected):
    assert memberships(text) == expected


def test_a_name_before_laizi_and_a_body_is_one_of_its_staff():
    assert memberships("邹晓伟来自郑州大学第一附属医院感染科，已经在武汉工作了两个月。") == [
        ("邹晓伟", None, "郑州大学第一附属医院感染科")]


@pytest.mark.parametrize("text, expected", [
    # a former holder's post confirms a ministry as a present one does
    ("青松部原副部长孙明军涉嫌严重违纪。", [("孙明军", "副部长", "青松部")]),
    # a head of government holds the post in the people's government of the place named before
    ("湖南省委书记杜明毫、省长许明哲出席。", [("杜明毫", "书记", "湖南省委"), ("许明哲", "省长", "湖南省人民政府")]),
    ("武汉市市长周明旺介绍。", [("周明旺", "市长", "武汉市人民政府")]),
])
def test_former_posts_and_heads_of_government(text, expected):
    assert memberships(text) == expected


def test_a_counted_list_of_holders_may_hold_names_with_no_surname():
    r, labels = read("全国妇联决定授予朱明婷、拉巴次吉、格桑央金、陈明丽4位优秀女性全国三八红旗手标兵荣誉称号。")
    got = sorted(labels[f.recipient] for f in r.facts if isinstance(f, HonourAward))
    assert got == sorted(["朱明婷", "拉巴次吉", "格桑央金", "陈明丽"])


def test_a_list_of_holders_with_a_count_and_an_unquoted_title():
    r, labels = read("全国妇联决定授予朱明婷、何明智、陈明丽、林明芳4位优秀女性全国三八红旗手标兵荣誉称号。")
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by))
                 for f in r.facts if isinstance(f, HonourAward))
    assert got == [(n, "全国三八红旗手标兵", ("全国妇联",)) for n in sorted(["朱明婷", "何明智", "陈明丽", "林明芳"])]


def test_a_clause_opening_somewhere_else_takes_no_body_from_before():
    # the Party secretary of the community the clause opens in is no post in the hospital named before
    assert memberships("青松方舱医院收治患者。在武汉江岸区青松社区，“90后”党委书记叶明添带领大家。") == []
    # without that clause the bare post is the hospital's
    assert memberships("青松医院收治患者。党委书记叶明添带领大家。") == [("叶明添", "党委书记", "青松医院")]


def test_posts_of_standing_and_a_former_segment_in_an_obituary_chain():
    got = memberships("湖北省卫生健康委员会常务副主任，原湖北省人民医院名誉院长柯明远同志逝世。")
    assert got == [("柯明远", "名誉院长", "湖北省人民医院"), ("柯明远", "常务副主任", "湖北省卫生健康委员会")]
    r, labels = read("湖北省卫生健康委员会常务副主任，原湖北省人民医院名誉院长柯明远同志逝世。")
    assert {labels[f.organization]: f.former for f in r.facts if isinstance(f, Membership)} == {
        "湖北省人民医院": True, "湖北省卫生健康委员会": False}


@pytest.mark.parametrize("text, expected", [
    # the government post listed after a Party group's post is held in the body itself
    ("湖北省卫生健康委员会党组书记、主任柯明远主持会议。",
     [("柯明远", "主任", "湖北省卫生健康委员会"), ("柯明远", "党组书记", "湖北省卫生健康委员会")]),
])
def test_posts_of_a_party_group_and_of_its_body(text, expected):
    assert memberships(text) == expected


def test_a_deputy_head_after_a_party_group_post_is_the_bodys():
    got = memberships("国务院调查组组长、青松监管总局党组书记、副局长柯明远介绍。")
    assert ("柯明远", "副局长", "国家青松监督管理总局") in got
    assert not [m for m in got if m[1] == "副局长" and m[2].endswith("党组")]


def test_a_quoted_tag_between_a_body_and_its_post():
    assert memberships("武汉市第一医院的“90后”护士李明茵说。") == [("李明茵", "护士", "武汉市第一医院")]


@pytest.mark.parametrize("text, expected", [
    # a provincial department after 据 (the word before the province bounds the name)
    ("据江苏省生态环境厅监测，水质达标。", ["江苏省生态环境厅"]),
    # a ministry opening its clause before a verb of policy
    ("青松和信息化部推动企业复工。", ["青松和信息化部"]),
    ("全体干部推动工作落实。", []),
])
def test_departments_and_ministries_opening_a_clause(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the centre's coordinating groups and delegations, named by their task or their sender alone
    ("中央新疆工作协调小组组长汪明洋出席。", [("汪明洋", "组长", "中央新疆工作协调小组")]),
    ("中央代表团团长汪明洋出席。", [("汪明洋", "团长", "中央代表团")]),
    # a country's delegation or a counted phrase is none
    ("中国代表团团长汪明洋出席。", []),
])
def test_groups_and_delegations_of_the_centre(text, expected):
    assert memberships(text) == expected


def test_a_counted_phrase_ending_in_daibiaotuan_is_no_body():
    assert bodies("国家展已接待近百个国内外代表团。") == []


def test_a_body_opening_the_clause_an_age_and_de_before_a_name():
    assert memberships("武汉市中心医院64岁的赵明苏和同事们奋战在重症病房。") == [("赵明苏", None, "武汉市中心医院")]
    assert memberships("来到武汉市中心医院64岁的赵明苏说。") == []


def test_here_names_the_body_named_just_before():
    assert memberships("武汉儿童医院收治了多名患儿。坚守在这里的新生儿内科主任曾明空说，孩子们都很勇敢。") == [
        ("曾明空", "主任", "武汉儿童医院新生儿内科")]


@pytest.mark.parametrize("text, expected", [
    # a name before a verb of thought or wish opens the clause as a speech verb does
    ("对于这个请求，梅明钢觉得义不容辞。", ["梅明钢"]),
    # a country's side (毛里塔尼亚 → 毛方) and a Chinese city's short name are no persons
    ("中方坚定支持毛方走符合自身国情的发展道路。", []),
    ("“心连心”艺术团赴宁德慰问演出。", []),
    # 和 before a form of address for an elder ends the name; before another noun it joins two
    ("患者陈明和老人康复出院。", ["陈明和"]),
    ("医生们开始检查，而陈明红和护士们的工作才刚刚开始。", []),
    # a name after 叫 where the sentence gives the person's people, whatever its first character
    ("这位藏族姑娘叫努明增，今年二十岁。", ["努明增"]),
    # the last given character the cut left alone before a speech verb
    ("吴明彬介绍，疫情形势总体平稳。", ["吴明彬"]),
])
def test_people_of_news_sentences(text, expected):
    assert persons(text) == expected
