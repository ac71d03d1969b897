"""Readings added in the tenth session from blind reviews of national news. Every person's name is invented."""
from __future__ import annotations

import pytest

from kg.model import HonourAward, Membership, Relation

from readings import bodies, carriers, memberships, persons, places, read, relations, units


@pytest.mark.parametrize("text, expected", [
    # a named plan after the verb that launches it, the nation as its scope
    ("近日，教育部启动全国县域普通高中乡村教师岗位计划。", [("教育部", "全国县域普通高中乡村教师岗位计划")]),
    # the year of the edition before the name is no part of it; a slogan of round counts is
    ("今天，人力资源社会保障部启动2024年百日千万就业专项行动。", [("人力资源和社会保障部", "百日千万就业专项行动")]),
    ("今天，教育部启动2025年义务教育阳光招生专项行动。", [("教育部", "义务教育阳光招生专项行动")]),
    # no programme: a plan of work, a count of actions
    ("今天，教育部制定工作计划。", []),
    ("今天，教育部启动全国两项行动。", []),
])
def test_launched_programmes_with_a_year_or_a_scope(text, expected):
    assert carriers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry named by its fields, opening the clause before 等 and a count of departments
    ("人力资源社会保障部等五部门联合印发通知。", ["人力资源和社会保障部"]),
    ("人力资源社会保障部等部门联合印发通知。", ["人力资源和社会保障部"]),
    # a world body the tagger knows whole: the noun the cut left before it is no part of its name
    ("美国政府此举是甩锅世界卫生组织。", ["世界卫生组织", "美国政府"]),
    # 市政府 listed after a county-level city's committee is that city's government
    ("当天，平度市委、市政府派出工作组。", ["平度市委", "平度市政府"]),
])
def test_bodies_from_the_tenth_sessions_reviews(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the post a person took on joining a body, said by what the person did
    ("刘明远到公安县沙场福利院担任院长。", [("刘明远", "院长", "公安县沙场福利院")]),
    ("刘明远，1991年初到公安县人民医院担任院长。", [("刘明远", "院长", "公安县人民医院")]),
    ("刘明远进入四川省第四人民医院成为一名护士。", [("刘明远", "护士", "四川省第四人民医院")]),
    # 作为某队的队长: a second post, in the clause after the name's first
    ("西城区人民医院的副院长刘明远，三年前作为北京市第三批援青医疗队的队长来到玉树。",
     [("刘明远", "副院长", "西城区人民医院"), ("刘明远", "队长", "北京市第三批援青医疗队")]),
    # 所在的: the body the person works in, no post
    ("医生刘明远介绍了情况。如今，刘明远所在的公安县人民医院收治了患者。", [("刘明远", None, "公安县人民医院")]),
    # 是 a place and a community's committee 的 post
    ("吴小满是武汉长湖地社区居委会的网格员。", [("吴小满", "网格员", "长湖地社区居委会")]),
    # a visit is no post
    ("刘明远到公安县人民医院看望病人。", []),
])
def test_posts_said_by_what_the_person_did(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the cut glued 部长's 长 to the transliterated name after the ministry
    ("美国能源部长格兰霍姆表示，价格会下降。", [("格兰霍姆", "部长", "美国能源部")]),
    # a dotted name ends before the verb of leading a group
    ("埃塞俄比亚卫生部长利娅·塔德塞带领20多家医院的负责人参观。", [("利娅·塔德塞", "部长", "埃塞俄比亚卫生部")]),
])
def test_foreign_ministers_names(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region's full name written before 政府 (the head's first characters end the place's name)
    ("香港特别行政区政府加快修建方舱医院。", ["香港特别行政区政府"]),
    ("在广西壮族自治区政府的支持下，工作顺利。", ["广西壮族自治区政府"]),
    # 特区政府 is the government of the one region the article names; with none named, no body
    ("香港疫情依然严峻。各界呼吁特区政府加快修建方舱医院。", ["香港特区政府"]),
    ("各界呼吁特区政府加快修建方舱医院。", []),
    # a standing committee's working body named without the congress the article named
    ("全国人大常委会会议举行。受委员长会议委托，常委会法制工作委员会主任刘明远作了说明。",
     ["全国人大", "全国人大常委会", "全国人大常委会法制工作委员会"]),
    # a national congress's committee named in full, then without the congress: one body
    ("会议听取了全国人大宪法法律委副主任委员刘明远的报告。会议又听取了其他报告。宪法法律委认为草案已比较成熟。",
     ["全国人大", "全国人大宪法法律委"]),
])
def test_bodies_named_by_the_articles_region_or_congress(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country, then words up to 党 right before a party's post: a party abroad, whatever the cut made of it
    ("巴西民主工党总书记迪瓦斯表示支持。", [("迪瓦斯", "总书记", "巴西民主工党")]),
    ("尼日尔争取民主和社会主义党主席巴卡姆表示支持。", [("巴卡姆", "主席", "尼日尔争取民主和社会主义党")]),
    ("澳大利亚共产党全国主席莫尼亚表示支持。", [("莫尼亚", "全国主席", "澳大利亚共产党")]),
])
def test_parties_abroad_before_their_posts(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words describing a party are no name of one; the name after them is
    ("韩国最大在野党党首遇袭受伤。", []),
    ("韩国最大在野党共同民主党党首今天参加活动。", ["共同民主党"]),
])
def test_described_parties_abroad(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an abbreviation the tagger knows, before the press conference it holds
    ("国家卫生健康委今天在国新办发布会上表示，疫情形势向好。", ["国务院新闻办公室", "国家卫生健康委员会"]),
    # an ordinal of bodies or a count of places inside makes a kind of body, not one
    ("玉树州人民医院通过评审，成为玉树州第一家三级综合医院。", ["玉树州人民医院"]),
    ("陕西、江苏、浙江、广东四省援助医疗队抵达。", []),
])
def test_abbreviated_hosts_and_counted_kinds(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 名叫 opening a clause after one about a person: the name closing it, whatever its origin
    ("嫌疑人41岁，名叫山下秀也。", ["山下秀也"]),
    # about no person: no name
    ("这个村子，名为幸福村。", []),
])
def test_names_after_called(text, expected):
    assert persons(text) == expected


def test_a_place_keeps_the_name_the_text_gives_it():
    # a county-level city since made a district: the text's form stays a label of the place
    r, _ = read("山东省加大改革力度。在蓬莱市中医医院，医生们正在工作。")
    place = next(e for e in r.entities if e.label == "蓬莱区")
    assert "蓬莱市" in place.alt_labels


@pytest.mark.parametrize("text, expected", [
    # a quarter of the place between it and 的
    ("位于武汉市疫情中心地带的中部战区总医院收治了患者。", [("中部战区总医院", "武汉市")]),
    ("位于武汉市城区的中部战区总医院收治了患者。", [("中部战区总医院", "武汉市")]),
])
def test_located_in_a_quarter_of_a_place(text, expected):
    assert relations(text, "locatedIn") == expected


def test_a_bodys_task_force_named_by_its_task_is_its_unit():
    text = "国家卫生健康委疫情应对处置工作领导小组专家组组长刘明远今天表示，形势向好。"
    assert memberships(text) == [("刘明远", "组长", "国家卫生健康委员会疫情应对处置工作领导小组专家组")]
    assert units(text) == [("国家卫生健康委员会疫情应对处置工作领导小组", "国家卫生健康委员会"),
                           ("国家卫生健康委员会疫情应对处置工作领导小组专家组", "国家卫生健康委员会疫情应对处置工作领导小组")]


@pytest.mark.parametrize("text, expected", [
    # a short word no kind of hospital, after a district, names the hospital
    ("北京西城区广安医院的副院长刘明远说。", ["西城区广安医院"]),
    # a kind of hospital, or a list's next item, does not
    ("他来到海淀区大型医院。", []),
    ("各地改建、新建医院。", []),
])
def test_hospitals_named_short_after_a_district(text, expected):
    assert bodies(text) == expected


def test_a_places_team_named_short_is_the_one_team_of_the_place():
    text = "新疆医疗队护士长刘明远说。新疆第二批支援湖北医疗队今天抵达武汉。"
    assert bodies(text) == ["新疆第二批支援湖北医疗队"]
    assert memberships(text) == [("刘明远", "护士长", "新疆第二批支援湖北医疗队")]


@pytest.mark.parametrize("text, expected", [
    # 队员 with no body of its own: the team named just before
    ("四川省第三批援鄂医疗队今天出发。队员刘明远说，我们有信心。", [("刘明远", "队员", "四川省第三批援鄂医疗队")]),
    # no team named: no body
    ("队员刘明远说，我们有信心。", []),
])
def test_a_team_member_of_the_team_just_named(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 前 after the country opening a body's name makes the post a former one, not part of the name
    ("美国前食品和药物管理局局长戈特利斯26日表示，疫苗有效。", [("戈特利斯", "局长", "美国食品和药物管理局")]),
])
def test_former_posts_abroad(text, expected):
    got = memberships(text)
    assert got == expected
    r, labels = read(text)
    assert [f.former for f in r.facts if isinstance(f, Membership)] == [True]


@pytest.mark.parametrize("text, expected", [
    # in a list of names that acts, a surname the tagger marks alone before a word that is its given name
    ("郑全国、尤小权陪同调研。", ["尤小权", "郑全国"]),
    # places in a list are no names
    ("江西、湖南参加会议。", []),
])
def test_listed_names_that_act(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a university's numbered hospital by its common short name; a team it sends is its unit
    ("由浙大二院的医疗骨干刘明远担任院长。", ["浙大二院"]),
    ("吉大一院第五批医疗队正忙着。", ["吉大一院", "吉大一院第五批医疗队"]),
    ("要扩大一院两区的规模。", []),
    # a ministry's name has no 国家 before it; a national headquarters keeps it
    ("国家应急管理部今天发布通知。", ["应急管理部"]),
    ("国家防汛抗旱总指挥部今天发布通知。", ["国家防汛抗旱总指挥部"]),
    # a province's government named short and in full in one article: one body
    ("陕西省人民政府发布通知。陕西省政府还要求各地落实。", ["陕西省人民政府"]),
])
def test_short_names_of_hospitals_ministries_and_governments(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 街道办 heads a sub-district's office
    ("永清街道办工作人员上门服务。", ["永清街道办"]),
    # no verb of coordinating opens a hospital's name; no 中心 before a harbour; no body glued to a word before it
    ("在组织协调广州总医院进行远程会诊的同时，医疗队出发了。", ["广州总医院"]),
    ("儋州白马井中心渔港停满渔船。", []),
    ("东京残奥组委今天宣布延期。", []),
])
def test_body_edges_from_the_second_round_of_reviews(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the tagger marks, cued by kin before it, a form of address after it, or a clause it opens before 从
    ("晚上11点，马小凌从驻地出发前往医院。", ["马小凌"]),
    ("她的爱人黄小超也是一名医生。", ["黄小超"]),
    ("胡小琳大姐每天都来。", ["胡小琳"]),
    # the name goes on past the tagger's word: no shorter name
    ("9岁的儿子彭宇佑异常顽皮。", ["彭宇佑"]),
])
def test_names_cued_by_kin_address_or_a_clause(text, expected):
    assert persons(text) == expected


def test_a_hospital_named_after_the_kind_it_is_counted_among():
    text = "在全国第一批国家区域医疗中心复旦大学附属中山医院厦门医院，已经实现一体化管理。"
    assert bodies(text) == ["复旦大学", "复旦大学附属中山医院", "复旦大学附属中山医院厦门医院"]
    assert "中山市" not in places(text)       # (a place inside a hospital's name is none the text names)


@pytest.mark.parametrize("text, expected", [
    # 率 a group: one of the group the person leads, no post said
    ("副总理刘明远率中央指导组到武汉市检查。", [("刘明远", None, "中央指导组")]),
])
def test_leading_a_group(text, expected):
    assert memberships(text) == expected


def test_bodies_in_a_long_quotation_are_read():
    # a long quotation is words shown or said, not a name: the body in it is read
    assert bodies("台网发布了一张“通海县人民医院的护士把新生儿抱到室外避震”的照片。") == ["通海县人民医院"]
    # a short quoted name is an honour or a slogan
    assert bodies("他获得“县人民医院好医生”称号。") == []


@pytest.mark.parametrize("text, expected", [
    # 是 a body's 职工: one of its people, no post
    ("杨小斌是西安电务段职工。", [("杨小斌", None, "西安电务段")]),
    ("刘明远是北京协和医院职工。", [("刘明远", None, "北京协和医院")]),
])
def test_one_of_a_bodys_people(text, expected):
    assert memberships(text) == expected


def test_a_town_the_gazetteer_lacks_named_after_its_county():
    text = "在孝南区杨店镇浐川村，副总理看望了村民。"
    r, labels = read(text)
    inside = sorted((labels[f.subject], labels[f.object]) for f in r.facts
                    if isinstance(f, Relation) and f.predicate == "containedInPlace")
    assert ("杨店镇", "孝南区") in inside and ("浐川村", "杨店镇") in inside
    # a county the cut glued to another word (市民|和县) opens no town
    assert "中川乡" not in places("救援队抵达海东市民和县中川乡金田村。")


def test_a_foreign_name_after_a_post_ends_before_a_noun_of_condition():
    assert persons("英国首相萨默逊状态稳定。") == ["萨默逊"]


def test_a_party_committees_departments_are_party_bodies():
    r, _ = read("中央组织部部长刘明远出席。省委宣传部副部长张小满主持。")
    kinds = {e.label: e.type.name for e in r.entities if e.label.endswith("部")}
    assert kinds == {"中央组织部": "PARTY_ORGANIZATION", "省委宣传部": "PARTY_ORGANIZATION"}


def test_a_firms_name_keeps_the_adjective_that_opens_its_brand():
    assert bodies("前往石家庄新奥燃气有限公司液化天然气应急储备站。") == ["石家庄新奥燃气有限公司"]


def test_a_known_name_then_a_verb_the_cut_glued_to_it():
    assert persons("护士陈小宏说了几句话。也让细心的陈小宏成了他们最贴心的人。") == ["陈小宏"]


@pytest.mark.parametrize("text, expected", [
    # the first of a list of hospitals, after nouns that are no part of its name
    ("视频连线同济医院、协和医院、中南医院的专家。", ["中南医院", "协和医院", "同济医院"]),
    # the hospitals of each district: a kind
    ("三甲医院和各区中心医院都在扩建。", []),
])
def test_listed_hospitals_and_kinds(text, expected):
    assert bodies(text) == expected


def test_a_transliterated_name_after_a_professor_abroad():
    assert memberships("哈佛医学院教授布朗斯森19日表示，疫苗有效。") == [("布朗斯森", "教授", "哈佛医学院")]


@pytest.mark.parametrize("text, expected", [
    # a service of the armed forces named as the subject of what it does
    ("2日凌晨，空军出动8架大型运输机。", ["空军"]),
    ("联勤保障部队所属医院抽组950人。", ["联勤保障部队"]),
    # services listed before the head they share: each service's body of that head
    ("解放军分别从陆军、海军、空军军医大学抽组3支医疗队。", ["海军军医大学", "空军军医大学", "解放军", "陆军军医大学"]),
    # a word for a kind of soldier is no body
    ("他是一名空军飞行员。", []),
])
def test_services_of_the_armed_forces(text, expected):
    assert bodies(text) == expected


def test_no_body_opens_at_another_names_head():
    assert bodies("1日下午，郑州联勤保障中心军队支援湖北医疗队乘坐火车抵达武汉。") == []


@pytest.mark.parametrize("text, expected", [
    # a university's two-character short name, an ordinal and 院; named after the university, not a place
    ("患者及中山五院从广州赶来。", ["中山五院"]),
    ("北医三院派出医疗队。", ["北医三院"]),
    # a count of schools and a hospital is no hospital's name
    ("建设三校一院项目。", []),
])
def test_numbered_hospitals_by_a_short_name(text, expected):
    assert bodies(text) == expected
    assert relations(text, "locatedIn") == []


@pytest.mark.parametrize("text, expected", [
    # a group's numbered institute, the number written with 〇, is a unit of the group; named bare later, the same
    ("中国船舶集团第七〇二研究所所长刘明远表示。", [("刘明远", "所长", "中国船舶集团第七〇二研究所")]),
    ("某某重工第七六〇研究所码头进水。来不及多想，第七六〇研究所副所长刘明远冲向码头。",
     [("刘明远", "副所长", "某某重工第七六〇研究所")]),
])
def test_numbered_institutes(text, expected):
    assert memberships(text) == expected


def test_a_dotted_name_with_a_space_after_the_dot():
    assert persons("萨拉· 莫尔于12月7日被送回家后病情迅速恶化。") == ["萨拉·莫尔"]


def test_an_associations_branch_in_a_chain_of_posts():
    text = "全国政协常委、江南医学会副会长、江南医学会西藏分会会长刘明远出席。"
    assert memberships(text) == [("刘明远", "会长", "江南医学会西藏分会"), ("刘明远", "副会长", "江南医学会"),
                                 ("刘明远", "常委", "全国政协")]
    assert units(text) == [("江南医学会西藏分会", "江南医学会")]


def test_a_hospital_named_after_a_verb_of_taking_someone_there():
    assert bodies("渔民被送至永安医院救治。") == ["永安医院"]


def test_the_body_that_signs_an_order_of_awards_confers_them():
    r, labels = read("中央军委主席刘明远日前签署通令，给2名个人、1个单位记功。给江南工程大学教授张小满记一等功；给96717部队记二等功。")
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by))
                 for f in r.facts if isinstance(f, HonourAward))
    assert got == [("96717部队", "二等功", ("中央军委",)), ("张小满", "一等功", ("中央军委",))]


def test_a_numbered_room_between_a_body_and_a_post():
    assert memberships("江南工程大学导弹工程学院204教研室教授刘明远说。") == [("刘明远", "教授", "江南工程大学导弹工程学院")]


def test_a_verb_of_speech_the_cut_glued_to_a_name():
    # 林韬说/nrfg，: the cut read the name and 说 as one name
    assert persons("林韬说，等自己完全康复后要去献血。") == ["林韬"]


@pytest.mark.parametrize("text, expected", [
    # a facility opening or closing in a place stands there; a body acting there does not
    ("江汉方舱医院和青山方舱医院在湖北武汉正式休舱。", [("江汉方舱医院", "江汉区"), ("青山方舱医院", "武汉市")]),
    ("某某医院在武汉设立分院。", []),
])
def test_located_where_a_facility_opens_or_closes(text, expected):
    assert relations(text, "locatedIn") == expected


@pytest.mark.parametrize("text, expected", [
    # 她是某队里的一位护士: the post of the one person the sentence before named
    ("护士刘小沙今天出发了。1996年出生的她是四川省第三批援鄂医疗队里最年轻的一位护士。",
     [("刘小沙", "护士", "四川省第三批援鄂医疗队")]),
    # with kin in the sentence before, whom 他 means is not clear
    ("退休职工刘明远的儿子是其中之一。他是武昌医院的医生。", []),
])
def test_the_post_a_pronoun_is_given(text, expected):
    assert memberships(text) == expected


def test_a_counted_grant_then_the_list_of_its_holders():
    r, labels = read("中共中央宣传部今天授予3个抗疫一线医务人员英雄群体“时代楷模”称号。"
                     "这3个群体是：由江南医院、江北医院组建的江南市医疗队，江北市疾控中心工作队，南山医院“尖刀连”。")
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by))
                 for f in r.facts if isinstance(f, HonourAward))
    assert got == [("江北市疾病预防控制中心工作队", "时代楷模", ("中共中央宣传部",)),
                   ("江南市医疗队", "时代楷模", ("中共中央宣传部",))]
