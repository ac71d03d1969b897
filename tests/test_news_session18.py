"""Readings added in the eighteenth session, from the errors of the MSRA benchmark (how people are named in running
news text), the patterns session 17's last reviews left, and session 18's blind reviews. Names are invented or come from
jieba's dictionary (none occurs in the national news file)."""
from __future__ import annotations

import pytest

from kg.model import EntityType as T
from kg.tagger import tag_text

from readings import article, awards_in, bodies, carriers, held, honours, memberships, persons, read, relations


def tagged(text):
    """(text, type) of each mention `kg mentions` gives."""
    return [(m.text, m.type) for m in tag_text(text)]


@pytest.mark.parametrize("text, who", [
    # a lone surname before a post or a form of address refers to someone the reader knows
    ("柯院长在会上说，今年要抓好家庭医生签约服务。", "柯"),
    ("阚先生这是头一回来医院。", "阚"),
    ("大家都来听蒯主任讲课。", "蒯"),
    # a given name alone before 同志, the way party texts name a leader
    ("亦佳同志生前十分关心卫生工作。", "亦佳"),
])
def test_short_references_to_people(text, who):
    assert (who, T.PERSON) in tagged(text)


@pytest.mark.parametrize("text", [
    "这是古老的传统。",                       # 古老: a word of the dictionary, no 古 addressed as 老
    "他被调往县疾控中心任所长。",               # 任: the verb, no surname
    "这也是张路老师在医院讲的。",               # 路: the end of a name whose surname is before it
    "各位先生们请入座。",
])
def test_no_short_reference_where_the_words_say_otherwise(text):
    assert [m for m in tag_text(text) if m.type == T.PERSON and len(m.text) == 1] == []


@pytest.mark.parametrize("text, not_person", [
    ("乌申斯基博物馆今天开放。", "乌申斯基"),       # a transliteration before a building's head names the building
    ("游客来到乌尔比诺湖畔。", "乌尔比诺"),
    ("在乌尔根奇，我们参观了医院。", "乌尔根奇"),     # after 在 and closed by punctuation: where, not who
    ("这支队伍保持高水平发展。", "高水平"),          # 高 and a frequent common word, which jieba calls a name
])
def test_words_the_dictionary_calls_names_that_are_no_one(text, not_person):
    assert (not_person, T.PERSON) not in tagged(text)


@pytest.mark.parametrize("text, expected", [
    # a frequent word the dictionary tags as a name, after a post, before a verb or an adverb or a preposition
    ("国务院总理林冲亲切会见了代表。", [("林冲", "总理", "国务院")]),
    ("宁安市卫生健康委主任李逵对此作出部署。", [("李逵", "主任", "宁安市卫生健康委员会")]),
])
def test_frequent_dictionary_names_after_posts_before_verbs(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, not_name", [
    ("转达柯明远总书记关怀牵挂。", "关怀"),          # the post is the name's before it: 关怀 is the verb
    ("院长荣获表彰。", "荣获"),
])
def test_frequent_words_after_posts_of_named_people_stay_words(text, not_name):
    assert not_name not in persons(text)


@pytest.mark.parametrize("text, names", [
    # a paper's lead with no brackets credits its reporters
    ("本报记者周瑜报道：市卫生健康委今天召开会议。", ["周瑜"]),
    ("本报北京1月21日讯 记者黄文澜、阚岚报道：市卫生健康委今天召开会议。", ["阚岚", "黄文澜"]),
])
def test_reporters_credited_in_a_lead(text, names):
    assert [n for n in persons(text) if n in names] == sorted(names)


@pytest.mark.parametrize("text, expected", [
    # the holders named right after the title they hold
    ("“七一勋章”获得者：黄文澜、阚岚。", [("阚岚", "七一勋章"), ("黄文澜", "七一勋章")]),
])
def test_holders_named_after_the_title(text, expected):
    assert honours(text) == expected


def test_a_headline_naming_a_holder():
    assert awards_in("“七一勋章”获得者：黄文澜\n她扎根山区四十年，守护群众健康。\n") == [("黄文澜", "七一勋章", (), None)]


@pytest.mark.parametrize("text, body", [
    ("共青团大同市委书记石岚在会上讲话。", "共青团大同市委"),
    ("共青团大同市委员会书记石岚在会上讲话。", "共青团大同市委员会"),
])
def test_the_leagues_committee_of_a_city_is_one_body_as_written(text, body):
    assert memberships(text) == [("石岚", "书记", body)]
    assert (body, "大同市") in relations(text, "locatedIn")


def test_a_decisions_roll_of_names_with_their_bodies_in_brackets():
    text = "渭南市卫生健康委员会决定，授予以下同志“渭南市优秀医生”称号：\n黄文澜（澄城县医院）\n阚岚（蒲城县中医医院）"
    assert memberships(text) == [("阚岚", None, "蒲城县中医医院"), ("黄文澜", None, "澄城县医院")]
    r, labels = read(text)
    assert sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by))
                  for f in r.facts if hasattr(f, "honour")) == \
        [("阚岚", "渭南市优秀医生", ("渭南市卫生健康委员会",)), ("黄文澜", "渭南市优秀医生", ("渭南市卫生健康委员会",))]


@pytest.mark.parametrize("text", [
    "澄城县卫生健康局局长、原澄城县医院院长阚岚出席会议。",
    "原澄城县医院院长、现任澄城县卫生健康局局长阚岚出席会议。",
    "原澄城县医院院长、现澄城县卫生健康局局长阚岚出席会议。",
])
def test_a_chain_of_a_current_and_a_former_post(text):
    assert held("新闻\n" + text) == [("阚岚", "局长", "澄城县卫生健康局", False), ("阚岚", "院长", "澄城县医院", True)]


@pytest.mark.parametrize("text, expected", [
    # a name opening a clause, then where and what the person served as
    ("黄文澜在澄城县医院心内科当了七年护士长。", [("黄文澜", "护士长", "澄城县医院心内科")]),
    ("2010年，柯明远在澄城县医院任护士长。", [("柯明远", "护士长", "澄城县医院")]),
    ("此后，蒯立诚在澄城县医院工作了十年。", [("蒯立诚", None, "澄城县医院")]),
])
def test_a_name_known_by_where_it_served(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, not_person", [
    ("柯明远，男，中国国籍，无境外永久居留权。", "居留权"),      # a frequent word and a head of abstract nouns
    ("2010年5月至今任康达新材董事。", "任康达"),              # 任 the verb after a date, a firm's name after it
])
def test_profile_words_that_are_no_names(text, not_person):
    assert (not_person, T.PERSON) not in tagged(text)


@pytest.mark.parametrize("text, name", [
    ("蒯立诚先生：1966年12月出生，现任某公司董事。", "蒯立诚"),
    ("阚文澜女士，大学学历，中国国籍。", "阚文澜"),
])
def test_a_profile_opens_on_its_persons_name(text, name):
    assert (name, T.PERSON) in tagged(text)


def test_a_profiles_person_holds_the_posts_the_line_gives():
    assert memberships("蒯立诚先生，现任澄城县医院院长。") == [("蒯立诚", "院长", "澄城县医院")]


@pytest.mark.parametrize("text, body, cls", [
    # 和/与 between two fields inside one name, the first a field adjective or a field verb
    ("美国卫生与公众服务部发布通知。", "美国卫生与公众服务部", T.GOVERNMENT_AGENCY),
    ("美国疾病控制与预防中心发布报告。", "美国疾病控制与预防中心", T.MEDICAL_INSTITUTION),
    ("利比亚国家疾病控制中心宣布进入紧急状态。", "利比亚国家疾病控制中心", T.MEDICAL_INSTITUTION),
])
def test_fields_joined_inside_a_name(text, body, cls):
    r, labels = read(text)
    assert [(e.label, e.type) for e in r.entities if e.label == body] == [(body, cls)]


def test_two_bodies_joined_by_he_stay_two():

    assert "县卫健局和医保局" not in " ".join(bodies("县卫健局和医保局联合开展检查。"))


def test_he_before_a_word_after_a_post_is_no_surname():
    assert persons("中日双方12名省长和知事出席论坛。") == []


@pytest.mark.parametrize("text, name", [
    ("站长杨通明获“全国无偿献血先进个人”称号。", "杨通明"),     # 获 and a quote close the name
    ("院长陈为民说，今年将扩建病房。", "陈为民"),               # 为 opening a given name after a post
    ("凯里市人民医院护士滚丽萍获评优秀护士。", "滚丽萍"),       # a Miao and Dong surname
    ("延吉市医院院长玄明哲介绍了情况。", "玄明哲"),             # a Korean surname
])
def test_names_after_posts_the_cut_made_words_of(text, name):
    assert name in persons(text)


def test_a_clause_opening_on_a_name_before_ren_and_a_body():
    assert memberships("魏宏图任凯里市人民医院院长。") == [("魏宏图", "院长", "凯里市人民医院")]
    assert persons("1983年，她创办儿科，成为首任儿科主任。") == []      # 成为 is the verb: no 成某某


def test_a_list_of_names_before_a_verb_of_award():
    assert honours("太永浩、玉善姬、具贤淑获评优秀护士。") == sorted([("具贤淑", "优秀护士"), ("玉善姬", "优秀护士"),
                                                                 ("太永浩", "优秀护士")])


def test_a_credit_line_keeps_every_name_its_labels_vouch_for():
    assert persons("文/玉善姬 编辑/卢在赫") == ["卢在赫", "玉善姬"]


def test_a_former_post_in_the_bureau_named_bare():
    text = "龙南市卫生健康局召开干部大会\n近日，龙南市卫生健康局召开干部大会。原局党组成员、副局长李振国出席会议。"
    assert held(text) == [("李振国", "党组成员", "龙南市卫生健康局", True), ("李振国", "副局长", "龙南市卫生健康局", True)]


@pytest.mark.parametrize("text, name", [
    # a short foreign name after a title only held abroad, the country named before it
    ("美国国务卿布洛肯表示。", "布洛肯"),
    ("沙特国王萨洛曼日前致信法国总统马尔龙说，沙特将动用一切手段。", "马尔龙"),
    ("伊朗常驻联合国代表阿里斯卡尔致函安理会。", "阿里斯卡尔"),
])
def test_foreign_names_after_titles_held_abroad(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, expected", [
    ("汶川县绵虒镇造林专业合作社社长周远涛介绍。", [("周远涛", "社长", "汶川县绵虒镇造林专业合作社")]),
    ("联合国人权理事会特别报告员莫福森表示。", [("莫福森", "特别报告员", "联合国人权理事会")]),
])
def test_cooperatives_and_rapporteurs(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, body, runs", [
    ("全国总工会拨付9.6亿元中央财政资金开展职工困难帮扶项目。", "全国总工会", "职工困难帮扶项目"),
    ("国务院安委办决定开展打击非法盗采矿产资源专项整治。", "国务院安委办", "打击非法盗采矿产资源专项整治"),
])
def test_national_bodies_by_the_names_they_are_known_by(text, body, runs):
    assert body in bodies(text)
    assert carriers(text) == [(body, runs)]


def test_a_name_the_cut_split_before_an_adverb_and_a_verb_of_award():
    assert honours("几十年来，刘祥发先后获评“兴国县优秀乡村医生”。") == [("刘祥发", "兴国县优秀乡村医生")]


def test_a_name_after_a_kind_of_worker():
    assert persons("执法人员李昊阳获个人二等奖。") == ["李昊阳"]


def test_a_former_post_in_a_shi_clause():
    assert held("龙井市医院表彰\n吴松植是该院原副院长。") == [("吴松植", "副院长", "龙井市医院", True)]


def test_a_roll_of_holders_under_the_honour_they_got():
    text = "龙井市医院表彰\n获得“延边州优秀医师”称号的有：\n韩东旭（普外科副主任）\n禹铁军（内科党支部书记）\n"
    assert sorted(a[:2] for a in awards_in(text)) == [("禹铁军", "延边州优秀医师"), ("韩东旭", "延边州优秀医师")]


def test_a_long_quoted_campaign_name_with_its_own_head():
    assert carriers("黔东南州疾控中心持续开展“百千万志愿者结核病防治知识传播活动”。") == \
        [("黔东南州疾病预防控制中心", "百千万志愿者结核病防治知识传播活动")]


def test_a_list_of_names_after_a_kind_of_donor():
    assert persons("凯里市献血者欧金花、张黔生等132人获“全国无偿献血奉献奖”。") == ["张黔生", "欧金花"]


@pytest.mark.parametrize("text, expected", [
    # the people named are among those counted: each holds what all got
    ("凯里市献血者欧金花、张黔生等132人获“全国无偿献血奉献奖”。",
     [("张黔生", "全国无偿献血奉献奖"), ("欧金花", "全国无偿献血奉献奖")]),
    ("河北省某中学教师鲍思远等10人获评“全国教书育人楷模”。", [("鲍思远", "全国教书育人楷模")]),
])
def test_named_people_among_those_counted_hold_the_honour(text, expected):
    assert honours(text) == expected


@pytest.mark.parametrize("text, body", [
    ("美国食品及药物管理局前局长斯科特·戈特维尔近日表示。", "美国食品及药物管理局"),
])
def test_ji_between_two_fields_inside_a_name(text, body):
    assert body in bodies(text)


@pytest.mark.parametrize("text, not_body", [
    ("会议邀请外国领导人及国际组织参加。", "外国领导人及国际组织"),
    ("韩国海警及地方政府参与救援。", "韩国海警及地方政府"),
])
def test_ji_between_two_kinds_joins_no_name(text, not_body):
    assert not_body not in bodies(text)


@pytest.mark.parametrize("text, expected", [
    # a year in one award's clause is no other award's year
    ("瑞金市妇幼保健院先后被江西省卫生健康委员会评为“全省妇幼健康工作先进集体”，2022年被授予“江西省爱婴医院”称号。",
     [("瑞金市妇幼保健院", "全省妇幼健康工作先进集体", ("江西省卫生健康委员会",), None),
      ("瑞金市妇幼保健院", "江西省爱婴医院", (), 2022)]),
    ("于都县人民医院护士易春华获评2023年度“赣州市巾帼建功标兵”，副院长曾兰芳荣获“于都县优秀共产党员”称号。",
     [("易春华", "赣州市巾帼建功标兵", (), 2023), ("曾兰芳", "于都县优秀共产党员", (), None)]),
    # a year opening the sentence is every award's
    ("2023年，于都县人民医院护士易春华获评“赣州市巾帼建功标兵”，副院长曾兰芳荣获“于都县优秀共产党员”称号。",
     [("易春华", "赣州市巾帼建功标兵", (), 2023), ("曾兰芳", "于都县优秀共产党员", (), 2023)]),
])
def test_each_award_keeps_its_own_year(text, expected):
    assert awards_in("新闻\n" + text + "\n") == expected


def test_a_name_glued_to_de_opens_no_body():
    # the cut glues 的 to some names of its dictionary (某高的/nrfg): the span of the body starts after it
    from kg.extract.orgs import OrgSpan, _past_possessor
    from kg.segment import Token
    text = "免去柯高的全国人大环境与资源保护委员会委员职务。"
    tokens = [Token(0, 2, "免去", "v"), Token(2, 5, "柯高的", "nrfg"), Token(5, 9, "全国人大", "nt")]
    sp = _past_possessor(text, tokens, OrgSpan(2, 19, text[2:19], T.GOVERNMENT_AGENCY))
    assert (sp.start, sp.text) == (5, "全国人大环境与资源保护委员会")
    assert persons("会议决定" + text) == ["柯高"]


def test_a_dictionary_name_after_a_verb_of_appointment():
    assert memberships("会议决定任命林冲为全国人大环境与资源保护委员会主任委员。") == \
        [("林冲", "主任委员", "全国人大环境与资源保护委员会")]


@pytest.mark.parametrize("text, not_body", [
    ("非洲国家和国际组织代表出席。", "非洲国家和国际组织"),
    ("驻华使节和国际组织代表出席。", "驻华使节和国际组织"),
])
def test_he_between_two_kinds_joins_no_name(text, not_body):
    assert not_body not in bodies(text)


@pytest.mark.parametrize("text, name", [
    ("“对违法行为我们坚持零容忍。”所长、党支部书记阿鲁日哈介绍，该所开展专项整治。", "阿鲁日哈"),
    ("州妇联副主席吉木拉妞出席仪式。", "吉木拉妞"),
])
def test_more_yi_names(text, name):
    assert name in persons(text)


def test_a_credit_line_with_a_yi_name_after_an_editors_label():
    assert persons("文/吉克阿芝 罗雪峤　编辑：沙马莫色") == ["吉克阿芝", "沙马莫色", "罗雪峤"]


def test_a_headlines_verb_opens_no_body():
    assert bodies("深切缅怀庆元县人民医院原副院长吴文达同志") == ["庆元县人民医院"]


def test_ren_before_a_countys_body_is_the_verb():
    assert held("大埔县\n大埔县召开会议。蒯立诚任县人民医院院长。") == [("蒯立诚", "院长", "大埔县人民医院", False)]


@pytest.mark.parametrize("text, name", [
    ("护士丘海燕获评优秀护士。", "丘海燕"),                 # a Hakka surname
    ("阿拉善盟盟长黄文澜出席。", "黄文澜"),                 # 黄/a before a given name the cut tags nrfg
])
def test_more_surnames_cut_alone(text, name):
    assert name in persons(text)


def test_a_country_and_qian_before_a_post_are_no_name():
    assert "韩国前" not in persons("韩国前总理蒯立诚当天表示，将参加选举。")
    assert memberships("韩国前总理蒯立诚当天表示，将参加选举。") == []


@pytest.mark.parametrize("text, body", [
    ("国家外汇管理局发布数据。外汇局表示。", "国家外汇管理局"),
])
def test_national_bodies_short_and_full_are_one(text, body):
    assert bodies(text) == [body]


@pytest.mark.parametrize("text, name", [
    ("副院长于静波及护士长蒯立诚出席。", "于静波"),       # the name's last character and 及 made a word (波及)
    ("院长曾志勇为患者义诊。", "曾志勇"),                 # the name's last character and 为 made a word (勇为)
])
def test_names_whose_last_character_the_cut_joined_to_ji_or_wei(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, expected", [
    ("龙岩市中心血站志愿服务队队长蒯立诚介绍。", [("蒯立诚", "队长", "龙岩市中心血站志愿服务队")]),
    ("上杭县人民医院家庭医生团队队长蒯立诚介绍。", [("蒯立诚", "队长", "上杭县人民医院家庭医生团队")]),
])
def test_volunteer_corps_and_family_doctor_teams_are_bodies(text, expected):
    assert memberships(text) == expected


def test_bodies_named_after_the_prefecture_alone_are_the_articles_prefectures():
    text = ("盘点｜州妇幼保健院荣誉榜\n2023年，大理白族自治州妇幼保健院全面落实母婴安全五项制度。医院被云南省卫生健康委员会"
            "评为“云南省妇幼健康工作先进集体”。州卫生健康委员会对弥渡县妇幼保健院、鹤庆县妇幼保健院进行了表扬。\n")
    r, _ = article(text)
    names = sorted(e.label for e in r.entities if e.label.endswith(("保健院", "委员会")))
    assert "州妇幼保健院" not in names and "大理白族自治州妇幼保健院" in names
    assert "大理白族自治州卫生健康委员会" in names


def test_a_name_glued_to_wei_before_a_body_opens_no_body():
    # the cut may glue 为 to a name's end (某合|曼为/nr 某县人民医院): the body's span starts after it
    from kg.extract.orgs import OrgSpan, _past_possessor
    from kg.segment import Token
    text = "任命吐尔洪·卡德曼为伊宁县人民医院副院长。"
    tokens = [Token(0, 2, "任命", "n"), Token(7, 10, "德曼为", "nr"), Token(10, 13, "伊宁县", "ns")]
    sp = _past_possessor(text, tokens, OrgSpan(7, 17, text[7:17], T.MEDICAL_INSTITUTION))
    assert (sp.start, sp.text) == (10, "伊宁县人民医院")
    assert bodies("会议决定" + text) == ["伊宁县人民医院"]


@pytest.mark.parametrize("text, body", [
    ("蒯立诚常委代表台盟中央发言。", "台盟中央"),
    ("全国政协常委蒯立诚代表民进中央发言。", "民进中央"),
])
def test_the_democratic_parties_central_committees_with_no_post_after_them(text, body):
    assert body in bodies(text)
