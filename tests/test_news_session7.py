"""Readings added in the seventh session from blind reviews of national news: a frequent two-character name
with its third character cut off, prepositions after a post, national bodies named side by side, and a
bracketed name between a body and its post. Every sentence and name is invented."""
from __future__ import annotations

import pytest

from kg.model import HonourAward, Relation

from readings import bodies, carriers, honours, memberships, persons, places, read, units


@pytest.mark.parametrize("text, expected", [
    # 王明/nr|远/a|接受: the dictionary knows the first two characters as a frequent name; after a post the
    # third one before a verb is the name's
    ("河北省卫生健康委员会原党组书记、主任王明远接受审查调查。",
     [("王明远", "主任", "河北省卫生健康委员会"), ("王明远", "党组书记", "河北省卫生健康委员会")]),
    # a bracketed other name or office between the body and the post
    ("河北省卫生健康委员会机关党委（人事处）原副书记宗立红违规收受礼金。",
     [("宗立红", "副书记", "河北省卫生健康委员会机关党委")]),
])
def test_posts_and_names(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition and a frequent noun after a post are no name (向/p|全军/n)
    ("主席向全军发出号召。", []),
    ("院长向群众介绍情况。", []),
    # a real name opening with the same character still is one
    ("副院长向阳明介绍情况。", ["向阳明"]),
    # and the third character is no function word (王明|在): the name the dictionary lists, closed by 在, is read
    ("主任王明在会上说。", ["王明"]),
])
def test_names_after_posts(text, expected):
    assert persons(text) == expected


def test_a_national_body_named_right_after_another_is_not_its_unit():
    text = "中央纪委国家监委网站消息，多地通报了典型问题。"
    assert bodies(text) == ["中央纪委", "国家监委"]
    assert units(text) == []


@pytest.mark.parametrize("text, expected", [
    # a roll of names set apart by full-width spaces: once two items are names, each that could be one is
    ("丁学宏　万立新　马晓云　刘金海（满族）　许海平", sorted(["丁学宏", "万立新", "刘金海", "马晓云", "许海平"])),
    # spaces alone make no roll of words that are no names
    ("春季　夏季　秋季　冬季", []),
])
def test_rolls_of_names(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title right after the name, the body (and 的) right before it
    ("江城市金银潭医院的夏立安医生每周都会回访。", [("夏立安", "医生", "江城市金银潭医院")]),
    ("河北省人民医院夏立安主任说，患者已经好转。", [("夏立安", "主任", "河北省人民医院")]),
    # an academician is one of an academy, not of the body before the name
    ("河北省农林科学院夏立安院士说，种子已经出苗。", [("夏立安", None, "河北省农林科学院")]),
    # the first member of a list after a post, found by the post, opens the list for the others
    ("国务院副总理柯春兰、欧阳立华、蒋平出席会议。",
     sorted([("柯春兰", "副总理", "国务院"), ("欧阳立华", "副总理", "国务院"), ("蒋平", "副总理", "国务院")])),
])
def test_titles_after_names_and_lists_after_posts(text, expected):
    assert memberships(text) == expected


def test_a_title_after_a_name_closing_a_clause_cues_the_name():
    assert persons("记者见到了夏立安医生。") == ["夏立安"]


@pytest.mark.parametrize("text, expected", [
    # words that describe a person by their ending (…员, …干部, …模范, 四弟), the name closing its clause
    ("会上，离休干部柯立旭，飞行员刘立健分别发言。", ["刘立健", "柯立旭"]),
    ("排雷英雄、时代楷模杜富平说，要坚持。", ["杜富平"]),
    ("医废收运员李立军和同事出车上路。", ["李立军"]),
    # not 人员 (people at large), and not a name before an adverb or a verb (指战员闻令即动)
    ("密接人员应隔尽隔。", []),
    ("指战员闻令即动。", []),
])
def test_names_after_words_describing_people(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 副委员长 is a post of one body, as 委员长 is
    ("柯立平副委员长主持会议。", [("柯立平", "副委员长", "全国人大常委会")]),
    # an occupation after a body and before a name
    ("四川航空集团有限责任公司飞行员刘立健发言。", [("刘立健", "飞行员", "四川航空集团有限责任公司")]),
])
def test_posts_of_one_body_and_occupations(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the members of a body (组成人员), a second body named with it, each a member with no post
    ("全国人大常委会、专门委员会组成人员吕彩华、张守平、袁立，围绕问题提出询问。",
     [("吕彩华", None, "全国人大常委会"), ("张守平", None, "全国人大常委会"), ("袁立", None, "全国人大常委会")]),
    # a four-character name the cut leaves a character short: a name character tagged alone before a date,
    # or 和 before the list's 、 (no conjunction stands there)
    ("全国人大常委会副委员长、中央代表团副团长白玛顿杰20日率分团看望群众。",
     [("白玛顿杰", "副团长", "中央代表团"), ("白玛顿杰", "副委员长", "全国人大常委会")]),
])
def test_members_and_four_character_names(text, expected):
    assert memberships(text) == expected


def test_a_list_item_ending_in_he_before_a_comma_is_a_name():
    assert "那顺乌和" in persons("全国人大常委会组成人员吕彩华、那顺乌和、袁立提出询问。")


@pytest.mark.parametrize("text, expected", [
    # a district named in full that the tagger took for a verb opens the body's name
    ("武汉市硚口区公安分局民警方立豪说。", ["硚口区公安分局"]),
    # a ministry whose last two characters make a rare word of the dictionary's
    ("公安部、应急管理部等部门也作出部署。", ["公安部", "应急管理部"]),
    # a hospital's campus (院区) is no court
    ("华中科技大学同济医院中法院区的医务人员坚守岗位。", ["华中科技大学", "华中科技大学同济医院"]),
    # no body: verbs and a whole country's before a kind, kinds of hospital, those against a government
    ("周楼村距离市医院约100公里。", []),
    ("武汉市大力新建、改扩建定点医院。", []),
    ("武汉市定点收治医院要担负起日常救治主体责任。", []),
    ("本月9日，全美养老院中入住老人确诊病例增多。", []),
    ("叙利亚反政府武装当晚使用火箭弹。", []),
])
def test_bodies_named_and_not(text, expected):
    assert bodies(text) == sorted(expected)


def test_a_unit_with_a_city_of_its_own_is_no_unit_of_the_body_before():
    text = "荆州区人武部出动50名民兵，武警荆州支队同步出动72名官兵。"
    assert bodies(text) == ["武警荆州支队", "荆州区人武部"]
    assert units(text) == []


def test_bodies_listed_before_deng_each_run_the_programme_and_its_bare_head_is_it():
    text = ("各地积极推进“健康守门人”主题教育。"
            "河北省卫生健康委员会、河北省民政厅、某某办等迅速召开动员部署会，对主题教育进行细致部署。")
    assert carriers(text) == sorted([("河北省民政厅", "健康守门人"), ("河北省卫生健康委员会", "健康守门人")])


def test_a_bare_head_is_no_programme_when_the_article_quoted_none():
    assert carriers("河北省卫生健康委员会、河北省民政厅等对主题教育进行部署。") == []


@pytest.mark.parametrize("text, expected", [
    # offices of the centre or the State Council cut short, as items of a list
    ("中央政法委、中央财办、中央外办等制定实施方案。", ["中央外办", "中央政法委", "中央财办"]),
    ("中央政研室、中央改革办等召开动员部署会。", ["中央改革办", "中央政研室"]),
    ("中央财办分管日常工作的副主任、中央农办主任韩立秀说。", ["中央农办", "中央财办"]),
])
def test_central_offices_cut_short(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title opening a clause, its holder named after it, past the body and post that describe the holder
    ("第七届全国助人为乐模范、湖北省军区武汉第七离职干部休养所离休干部柯立旭，第七届全国敬业奉献模范、"
     "四川航空集团有限责任公司飞行员刘立健发言。",
     [("刘立健", "全国敬业奉献模范"), ("柯立旭", "全国助人为乐模范")]),
    ("排雷英雄、时代楷模杜富平说，要坚持。", [("杜富平", "时代楷模")]),
    # not inside a clause (学习…), nor a title that names a selection or a campaign
    ("学习全国劳动模范柯立旭的精神。", []),
    ("全国劳动模范评选活动启动，柯立旭说。", []),
])
def test_titles_before_their_holders(text, expected):
    assert honours(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a post in a body the rules do not read (…研究中心) does not cut the chain of posts before it
    ("清华大学法学院教授、卫生法研究中心主任王立光说。", [("王立光", "教授", "清华大学法学院")]),
    # a unit and the person's age between the body and the post
    ("武汉市肺科医院ICU监护室26岁的护士朱立静说。", [("朱立静", "护士", "武汉市肺科医院")]),
    # a city's head of government listed after another person keeps the city's government, not the posts before
    ("国务院副总理柯春兰、重庆市市长蒋立平出席。",
     [("柯春兰", "副总理", "国务院"), ("蒋立平", "市长", "重庆市人民政府")]),
])
def test_chains_of_posts(text, expected):
    assert memberships(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a firm's legal form and its group are part of its name, no unit of it
    ("四川航空集团有限责任公司飞行员刘立健发言。", ["四川航空集团有限责任公司"]),
    ("中国铁路成都局集团有限公司发布消息。", ["中国铁路成都局集团有限公司"]),
    # after 附属, whatever words name the hospital
    ("东南大学附属中大医院副院长邱立波说。", ["东南大学", "东南大学附属中大医院"]),
])
def test_firms_and_affiliated_hospitals(text, expected):
    assert bodies(text) == expected
    assert all(u[0] != u[1] + "有限公司" for u in units(text))


@pytest.mark.parametrize("text, expected", [
    # banks, archives and army units are bodies; kinds of bank and the banking field are not
    ("光大银行、中信银行等股份制银行都已调整政策。", ["中信银行", "光大银行"]),
    ("来自世界银行的数据显示，占比维持在10%以上。", ["世界银行"]),
    ("外资银行和非银行机构都已调整政策。", []),
    ("中国银行保险监督管理委员会发布通知。", ["中国银行保险监督管理委员会"]),
    ("凉山军分区组织官兵参加救援。", ["凉山军分区"]),
    ("邯郸市档案馆开放。", ["邯郸市档案馆"]),
    # 原 between a county and its bureau marks the post as former, the bureau is the county's
    ("重庆市巫山县原环保局党组书记宋立堂违规收受礼金。", ["巫山县环保局党组"]),
])
def test_banks_army_units_and_former_bureaus(text, expected):
    assert bodies(text) == expected


def test_a_dotted_name_after_an_age_starts_after_de():
    assert persons("83岁的卡罗琳·贝斯特、87岁的亚历克斯·利克接种了疫苗。") == ["亚历克斯·利克", "卡罗琳·贝斯特"]


@pytest.mark.parametrize("text, expected", [
    # teams a province, a hospital or the state sends, with the aid they bring in their name
    ("我们来认识吉林省援鄂医疗队的一位护士长高立岚。", [("高立岚", "护士长", "吉林省援鄂医疗队")]),
    ("内蒙古援助湖北第三医疗队队员毕立波说。", [("毕立波", "队员", "内蒙古援助湖北第三医疗队")]),
    ("北京大学援鄂医疗队的吴立超就是其中之一。", [("吴立超", None, "北京大学援鄂医疗队")]),
    # a team before a hospital is no part of it; the post goes to the body right before it
    ("国家支援湖北医疗队北京医院肾内科主任毛立辉说。", [("毛立辉", "主任", "北京医院肾内科")]),
    # a group named by its task alone is no body: the post stays in the hospital the sentence names
    ("武汉市肺科医院是定点医院，在这里，医院新冠肺炎救治专家组组长杜立辉一直在坚持。", [("杜立辉", "组长", "武汉市肺科医院")]),
])
def test_teams(text, expected):
    assert memberships(text) == expected


def test_a_team_is_not_located_in_the_place_that_sends_it():
    r, labels = read("吉林省援鄂医疗队抵达武汉。")
    assert [labels[f.object] for f in r.facts if isinstance(f, Relation) and f.predicate == "locatedIn"] == []


def test_a_name_the_dictionary_lists_as_a_place_after_de_before_a_title():
    # (米南加/ns: a word of the dictionary's places, no place of the gazetteer's, read as a name)
    assert persons("拥有55年党龄的米南加院士领誓。") == ["米南加"]


def test_one_name_with_posts_in_two_units_of_an_article_is_one_person():
    text = "武汉大学人民医院东院区心内科副主任余立镭说。在武汉大学人民医院东院区，心内科副主任余立镭正在查房。"
    assert persons(text) == ["余立镭"]


@pytest.mark.parametrize("text, expected", [
    # a place and modifiers of a kind of hospital name no hospital; a place and 方舱 name one
    ("从武汉市地方定点医院确诊的患者开始陆续转入医院。", []),
    ("武汉市江汉方舱医院开始收治患者。", ["江汉方舱医院"]),
])
def test_kinds_of_hospital_after_a_place(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # posts taken up (赴任), and the body served in before the verb of the post
    ("2008年5月，柯春兰赴任世界银行副行长兼首席经济学家。",
     [("柯春兰", "副行长", "世界银行"), ("柯春兰", "首席经济学家", "世界银行")]),
    ("柯春兰曾在国务院农村发展研究中心发展研究所担任副所长。",
     [("柯春兰", "副所长", "国务院农村发展研究中心发展研究所")]),
    # an apposition whose clause a comma closes
    ("陈立润，中国科学院院士，著名数学家。", [("陈立润", "院士", "中国科学院")]),
    # graded posts of the civil service; a given name before a noun of the predicate (违规)
    ("河北省邯郸市档案馆四级调研员齐立杰违规使用公务用车。", [("齐立杰", "四级调研员", "邯郸市档案馆")]),
])
def test_posts_taken_up_and_served(text, expected):
    assert memberships(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("重庆市精心组织、分片包干，扩大接种能力。", []),
    ("代表团向世界数据组织成立致贺信。", ["世界数据组织"]),
])
def test_a_manner_before_zuzhi_is_no_body(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry opening its clause before 根据, 会同, 立即…
    ("工业和信息化部根据各地提出的需求清单，组织企业复工复产。", ["工业和信息化部"]),
    # 和 after a body ends it, whatever the cut made of 和 (和雷/nr, 和县/ns)
    ("医疗队接管了湖北省中西医结合医院和雷神山医院三个病区。", ["湖北省中西医结合医院", "雷神山医院"]),
    ("重点对地市级医院和县医院进行指导。", []),
])
def test_ministries_and_bodies_joined_by_he(text, expected):
    assert bodies(text) == sorted(expected)


def test_a_post_in_a_body_after_the_places_of_a_shi_clause():
    # 唐家墩/nr|街: a name before a street word is the street's
    assert memberships("董立芝是武汉市江汉区唐家墩街西桥社区党委书记，她所在的社区有7300多户。") == \
        [("董立芝", "书记", "江汉区唐家墩街西桥社区党委")]


def test_a_list_of_holders_of_a_national_title():
    assert honours("授予柯春兰、欧阳立华、蒋立平“人民英雄”国家荣誉称号。") == \
        sorted([("柯春兰", "人民英雄"), ("欧阳立华", "人民英雄"), ("蒋立平", "人民英雄")])


def test_a_name_after_a_word_of_kin_whatever_follows():
    assert persons("在他去世后，妻子王立红整理他的遗物时说。") == ["王立红"]


@pytest.mark.parametrize("text, expected", [
    # the team a hospital sends, the aid and the batch in its name, is the hospital's
    ("上海复旦大学附属中山医院第四批援鄂医疗队队长罗立哲说。",
     [("罗立哲", "队长", "上海复旦大学附属中山医院第四批援鄂医疗队")]),
    # a member with no post of the body worked in
    ("胡立富在常山县人民医院工作了三十年。", [("胡立富", None, "常山县人民医院")]),
])
def test_teams_of_hospitals_and_bodies_worked_in(text, expected):
    assert memberships(text) == expected


def test_a_team_in_a_hospital_is_no_team_of_it():
    assert all(not sub.endswith("医疗队") for sub, _ in
               units("广东医疗队进驻武汉协和医院西院的重症病区，江苏省人民医院的医疗队也已抵达。"))


def test_an_orchestra_and_the_broadcaster_are_bodies():
    assert bodies("武汉爱乐乐团与中央广播电视总台合作演出。") == ["中央广播电视总台", "武汉爱乐乐团"]


def test_the_body_where_an_honour_is_announced_confers_nothing():
    r, labels = read("中宣部、国家卫生健康委将于今晚在中央广播电视总台社会与法频道发布2019年“最美医生”先进事迹。"
                      "他们是柯春兰、蒋立平。")
    conferrers = {labels[c] for f in r.facts if isinstance(f, HonourAward) for c in f.conferred_by}
    assert "中央广播电视总台" not in conferrers


def test_a_province_and_its_city_the_tagger_reads_as_one_word_of_another_kind():
    r, labels = read("福建厦门捐赠了一批空气净化器。")
    assert [(labels[f.subject], labels[f.object]) for f in r.facts
            if isinstance(f, Relation) and f.predicate == "containedInPlace"] == [("厦门市", "福建省")]


@pytest.mark.parametrize("text", ["深圳市药品集团采购平台上线。", "各省市医疗队陆续抵达。", "患者可以去普通医院就诊。",
                                  "香港临时医院启用。"])
def test_kinds_and_verbs_are_no_bodies(text):
    assert bodies(text) == []


@pytest.mark.parametrize("text, expected", [
    # a village's or community's own Party body, a town the cut broke apart no part of it, and a conjunction in its name
    ("袁立敏，孝感市陡岗镇袁湖村党支部书记。", [("袁立敏", "书记", "袁湖村党支部")]),
    ("武汉市青和居社区党总支书记桂小妹发言。", [("桂小妹", "书记", "青和居社区党总支")]),
    # and no unit of a body the sentence named before
    ("江城市人民医院的医生和城口县周溪乡凉风村党支部书记伍立东交谈。",
     [("伍立东", "书记", "城口县周溪乡凉风村党支部")]),
])
def test_village_and_community_party_bodies(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text", ["经报教育部批准，学校成立。", "整个扬州医疗队都很团结。", "当地专科医院人满为患。"])
def test_words_before_a_name_that_are_no_part_of_it(text):
    assert all(not b.startswith(("经报", "整个", "专科")) for b in bodies(text))


@pytest.mark.parametrize("text, expected", [
    # 时 (when) after a name closes no given name; 署长 heads an agency
    ("记者正在采访河北省人民医院重症监护室主任柯明时，一个电话中断了采访。", [("柯明", "主任", "河北省人民医院")]),
    ("联合国开发计划署署长施立纳与会。", [("施立纳", "署长", "联合国开发计划署")]),
])
def test_names_ending_before_shi_and_heads_of_agencies(text, expected):
    assert memberships(text) == expected


def test_a_quoted_honour_closing_its_clause_with_no_chenghao_and_each_conferrer_of_a_list():
    r, labels = read("共青团中央、全国青联决定授予柯春兰、欧阳立华等34名同志“中国青年五四奖章”。")
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by))
                 for f in r.facts if isinstance(f, HonourAward))
    assert got == [("柯春兰", "中国青年五四奖章", ("共青团中央", "全国青联")),
                   ("欧阳立华", "中国青年五四奖章", ("共青团中央", "全国青联"))]


@pytest.mark.parametrize("text, expected", [
    # a name after 叫 that a word for a person opens; a name after a descriptor before 患 (falls ill)
    ("其中一位出院患者叫喻立凤，是河北省人民医院的一名护士。", ["喻立凤"]),
    ("河南省兰考县坝头乡居民许立奎患尿毒症。", ["许立奎"]),
    ("这个孩子叫什么，大家都不知道。", []),
])
def test_names_called_and_described(text, expected):
    assert persons(text) == expected


def test_a_form_of_address_between_a_name_and_its_shi_clause():
    assert memberships("87岁的王立欣老人是武汉爱乐乐团的小提琴手。") == [("王立欣", None, "武汉爱乐乐团")]


def test_names_after_an_age_before_a_form_of_address_for_elders():
    assert persons("102岁的覃立华爷爷和101岁的张立秀婆婆经过救治康复出院。") == ["张立秀", "覃立华"]


def test_an_action_launched_for_a_stated_term():
    assert carriers("国家卫生健康委、民政部等五部门近日联合部署为期三年的医养结合促进行动。") == \
        sorted([("国家卫生健康委员会", "医养结合促进行动"), ("民政部", "医养结合促进行动")])


def test_a_name_the_tagger_reads_whole_after_a_post_may_hold_he():
    assert memberships("科技部党组书记、部长柯和俊重点就科技工作作了说明。") == \
        [("柯和俊", "党组书记", "科技部"), ("柯和俊", "部长", "科技部")]


@pytest.mark.parametrize("text, expected", [
    # a designation many hospitals hold is no body; a national centre of one field is one
    ("要加强国家医学中心、区域医疗中心等基地建设。", []),
    ("推动建设国家区域医疗中心。", []),
    ("国家癌症中心发布报告。", ["国家癌症中心"]),
])
def test_designations_are_no_bodies(text, expected):
    assert bodies(text) == expected


def test_two_verbs_joined_by_he_open_a_programme_after_the_launching_verb():
    assert carriers("国务院常务会议要求，扎实开展树立和践行正确政绩观学习教育。") == \
        [("国务院", "树立和践行正确政绩观学习教育")]


def test_a_countrys_armed_groups_are_no_person():
    assert persons("以军与巴武装交火，巴武装称将继续抵抗。") == []


def test_a_theatre_command_and_its_hospital():
    assert bodies("中部战区总医院感染科主任柯立静说。") == ["中部战区总医院", "中部战区总医院感染科"]
    assert "南部战区" in bodies("南部战区陆军党委组织官兵投入救援。")
