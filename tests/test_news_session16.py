"""Readings added in the sixteenth session, from blind reviews of national news and of the corpus's genre, and from
the public benchmarks' error analysis. Names are invented (none occurs in the national news file)."""
from __future__ import annotations

import pytest

from kg.model import EntityType as T, Membership
from kg.tagger import tag_text
from readings import BODY_TYPES, awards_in, carriers, honours, memberships, persons, posts_in, read


def tagged_persons(text):
    """The persons `kg mentions` tags in text."""
    return [m.text for m in tag_text(text) if m.type == T.PERSON]


def memberships_former(text):
    """(person, post, body, former) of each membership read."""
    r, labels = read(text)
    return [(labels[f.person], labels[f.role] if f.role else None, labels[f.organization], f.former)
            for f in r.facts if isinstance(f, Membership)]


def classes(text):
    """(label, class) of each body read."""
    r, _ = read(text)
    return [(e.label, e.type.value) for e in r.entities if e.type in BODY_TYPES]


ROLL = "出席会议的委员：甄立恒柏凤琪邝少棠（女）贲建勋裘文樵简丽萍（女，回族）蔺仲彦鄢德钧濮家骏"


def test_a_roll_of_names_run_together_is_cut_into_names():
    # no mark between the names; the notes in brackets (（女）, （回族）) go on with the roll
    assert tagged_persons(ROLL) == ["甄立恒", "柏凤琪", "邝少棠", "贲建勋", "裘文樵", "简丽萍", "蔺仲彦", "鄢德钧", "濮家骏"]
    assert persons(ROLL) == sorted(["甄立恒", "柏凤琪", "邝少棠", "贲建勋", "裘文樵", "简丽萍", "蔺仲彦", "鄢德钧",
                                    "濮家骏"])


def test_a_short_piece_between_notes_belongs_to_the_roll():
    text = "名单：甄立恒柏凤琪邝少棠（女）贲建勋（回族）裘文樵简丽萍（女）"
    assert tagged_persons(text) == ["甄立恒", "柏凤琪", "邝少棠", "贲建勋", "裘文樵", "简丽萍"]


def test_a_name_the_article_gave_before_decides_the_cut():
    # 甄立恒柏凤 | 琪… or 甄立 | 恒柏凤…: the name read in full earlier settles where one name ends
    text = "柏凤主持会议。出席会议的有甄立恒柏凤邝少棠贲建勋等同志。"
    assert {"柏凤", "邝少棠", "贲建勋"} <= set(persons(text))


@pytest.mark.parametrize("text", [
    "阿富汗塔利班发言人穆贾希德表示。",        # a country and a post in the run: no roll
    "山上石头往山下滚，唯独他不怕。",           # words, not names
    "双职工家庭居多。",
])
def test_runs_that_are_no_rolls(text):
    got = tagged_persons(text)
    assert not {"塔利班", "穆贾", "山上", "双职工", "家庭"} & set(got), got


@pytest.mark.parametrize("text, name", [
    # a frequent word the dictionary tags as a name is one right after a post where punctuation, 在 or a day closes it
    ("国务院总理李鹏在东京出席招待会。", "李鹏"),
    ("全国人大常委会委员长乔石，全国政协主席李瑞环出席。", "乔石"),
])
def test_frequent_dictionary_names_after_posts(text, name):
    assert name in tagged_persons(text)


@pytest.mark.parametrize("text, not_name", [
    ("院长荣获表彰。", "院长荣获"),                 # 荣获 runs on as a verb: no name
    ("全国政协主席荣誉称号。", "荣誉"),
])
def test_frequent_words_after_posts_stay_words(text, not_name):
    assert not_name not in tagged_persons(text)
    assert "荣获" not in tagged_persons(text)


@pytest.mark.parametrize("text, name", [
    ("（本报记者甄立恒摄）", "甄立恒"),
    ("（新华社记者濮骏摄）", "濮骏"),              # 摄 the cut glues to a two-character name is no part of it
])
def test_a_photographers_name_without_the_verb(text, name):
    assert name in tagged_persons(text)
    assert name + "摄" not in tagged_persons(text)


@pytest.mark.parametrize("text", [
    "南斯拉夫方面重申其立场。",       # a state that is no more
    "扎伊尔反政府军攻占首都。",
    "这里住着许多芬兰人。",             # a people, no person
])
def test_former_states_and_peoples_are_no_persons(text):
    assert tagged_persons(text) == []


def test_a_tie_without_a_post_beside_a_post_in_the_same_body_is_dropped():
    text = "甄立恒率丰城市医疗队赶赴灾区。丰城市医疗队队长甄立恒说，队员们都很辛苦。"
    got = [m for m in memberships(text) if m[0] == "甄立恒"]
    assert ("甄立恒", "队长", "丰城市医疗队") in got
    assert ("甄立恒", None, "丰城市医疗队") not in got


@pytest.mark.parametrize("text, expected", [
    # the posts of a 时任 clause closed by 的 and a name: held then, so former
    ("1998年，时任丰城市委副书记的甄立恒同志带队进藏。", ("甄立恒", "副书记", "丰城市委", True)),
    ("时任丰城市人民医院院长的甄立恒带领医护人员奔赴一线。", ("甄立恒", "院长", "丰城市人民医院", True)),
    # 现任: held now
    ("现任丰城市人民医院院长的甄立恒介绍了情况。", ("甄立恒", "院长", "丰城市人民医院", False)),
])
def test_posts_of_a_held_then_clause(text, expected):
    name, post, body, former = expected
    assert any(m[:3] == (name, post, body) and m[3] == former for m in memberships_former(text)), memberships_former(text)


@pytest.mark.parametrize("name", ["中宣部", "中组部", "中联部"])
def test_party_centre_departments_by_their_short_names(name):
    assert (name, "PartyOrganization") in classes(name + "今天发布通知。")


@pytest.mark.parametrize("text, expected", [
    # 专项整治 and 监督抽查 head a quoted name, 、 inside it or not
    ("丰城市卫生监督所开展“双随机、一公开”监督抽查。", "双随机、一公开"),
    ("丰城市卫生监督所开展“清源”专项整治。", "清源专项整治"),
    # 为期2年的 between the verb and the name
    ("住房城乡建设部开展为期2年的完整社区建设试点。", "完整社区建设试点"),
])
def test_programme_heads_and_spans(text, expected):
    assert expected in [p for _, p in carriers(text)], carriers(text)


@pytest.mark.parametrize("text, name", [
    ("美国总统坎贝尔曼多次表示要加征关税。", "坎贝尔曼"),       # a count after a name held abroad ends it
    ("免去次旦曲扎同志丰城市中心血站站长职务。", "次旦曲扎"),    # a Tibetan name of four characters after 免去
    ("医共体党委书记、总院长卫国强介绍，今年要做好工作。", "卫国强"),   # 卫国|强: a word, then the name's last character
])
def test_names_in_news_and_notices(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, expected", [
    # 秦国|衡领/nr 誓: the name whose first two characters make a place's word, before 领誓
    ("丰城市人民医院党支部书记、院长秦国衡领誓。", ("秦国衡", "院长", "丰城市人民医院")),
    # 同时挂任, 挂职: a post taken on secondment
    ("邝伟杰同时挂任丰城市人民医院副院长。", ("邝伟杰", "副院长", "丰城市人民医院")),
    ("邝伟杰挂职丰城市人民医院副院长。", ("邝伟杰", "副院长", "丰城市人民医院")),
    ("丰城市人民医院挂职副院长邝伟杰说。", ("邝伟杰", "副院长", "丰城市人民医院")),
])
def test_posts_on_secondment_and_names_before_an_oath(text, expected):
    assert expected in memberships(text)


def test_a_verb_after_a_post_is_no_name():
    assert persons("多名议员公开反对这项法案。") == []


def test_names_each_with_its_unit_in_brackets_share_the_honour():
    text = "丰城市人民医院税晓蓉（心血管内科）、伍嘉陵（检验科）、龚芮（儿科）等12名同志被评为优秀共产党员。"
    assert {"税晓蓉", "伍嘉陵", "龚芮"} <= set(persons(text))
    assert {("税晓蓉", "优秀共产党员"), ("伍嘉陵", "优秀共产党员"), ("龚芮", "优秀共产党员")} <= set(honours(text))


def test_the_person_not_the_unit_in_brackets_holds_the_honour():
    text = "钟小蔓（湛江市中心血站）获得全国无偿献血促进奖。"
    assert honours(text) == [("钟小蔓", "全国无偿献血促进奖")]
    assert ("钟小蔓", None, "湛江市中心血站") in memberships(text)


def test_a_roll_of_the_holders_after_a_colon():
    text = "获评先进个人的同志（部分）：甄立伟（丰城市人民医院）、靳秋菊（丰城市中医院）。"
    assert honours(text) == [("甄立伟", "先进个人"), ("靳秋菊", "先进个人")]
    assert ("靳秋菊", None, "丰城市中医院") in memberships(text)


def test_one_name_with_a_body_in_brackets_is_no_list():
    # a body and its seat in brackets: no person
    assert persons("丰城医院（丰城市人民医院）今天开诊。") == []


@pytest.mark.parametrize("text, name", [
    # a rare surname the cut leaves alone (冶/zg, 喇/nr), then a given name it reads as a name
    ("冶海燕荣获2022年度“丰城市三八红旗手”称号。", "冶海燕"),
    ("儿科喇晓霞则把课堂搬到了村卫生室。", "喇晓霞"),
    ("该中心免疫规划科科长眭晓丹同时被评为全省先进个人。", "眭晓丹"),
    # Tibetan names of four characters: two syllables each
    ("州卫健委党组书记、主任索南昂求出席会议并讲话。", "索南昂求"),
    ("任命尕松旦增同志为丰城市人民医院副院长。", "尕松旦增"),
])
def test_rare_surnames_and_tibetan_names(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, programme", [
    # 实行/推行/落实 a quoted way of working: 管理, 模式, 政策
    ("丰城市卫生健康委员会全面实行乡村医生“乡聘村用”管理。", "乡聘村用"),
    ("丰城市卫生健康委员会实行人员、财务、药品耗材“三统一”管理。", "三统一"),
    ("丰城市卫生健康委员会推行“党建+业务”双融双促模式。", "党建+业务"),
    ("丰城市疾病预防控制中心落实“四免一关怀”政策。", "四免一关怀"),
])
def test_ways_of_working_put_in_place(text, programme):
    assert programme in [p for _, p in carriers(text)], carriers(text)


@pytest.mark.parametrize("text", [
    "丰城市教育局将建立从业人员“黑名单”管理制度。",       # a system of rules, no programme
    "丰城市卫生健康委员会落实“三孩”生育政策。",           # a two-character tag
    "丰城市卫生健康委员会落实“四类人员”分类集中管理措施。",
])
def test_rules_and_tags_are_no_ways_of_working(text):
    assert carriers(text) == []


@pytest.mark.parametrize("text, expected", [
    # a notice's name run straight into the body's name: the person and the post, former after 免去
    ("七、免去段家宏丰城市人民医院副院长职务，另有任用。", ("段家宏", "副院长", "丰城市人民医院", True)),
    ("任命段家宏丰城市人民医院副院长。", ("段家宏", "副院长", "丰城市人民医院", False)),
    ("免去段家宏同志丰城市人民医院副院长职务。", ("段家宏", "副院长", "丰城市人民医院", True)),
    ("免去段家宏的丰城市人民医院副院长职务。", ("段家宏", "副院长", "丰城市人民医院", True)),
])
def test_notice_lines_naming_the_body_right_after_the_name(text, expected):
    assert expected in memberships_former(text)
    assert "段家宏丰城市人民医院" not in [label for label, _ in classes(text)]


@pytest.mark.parametrize("text, not_a_name", [
    ("对全市中小学校的体育教师、班主任和校医开展培训。", "和校医"),     # a conjunction before a kind of people
    ("约翰斯·霍普金斯健康安全中心发布报告。", "约翰斯·霍普金斯"),       # a dotted name naming a body
])
def test_no_person(text, not_a_name):
    assert not_a_name not in persons(text)


def test_government_run_is_no_office():
    assert classes("提高政府办基层医疗机构基本药物配备占比。") == []


def test_a_name_before_a_word_of_the_mind():
    text = "在安口镇卫生院院长柴玉坤眼里，这些都是小事。"
    assert "柴玉坤" in persons(text)


@pytest.mark.parametrize("text, title, holder", [
    # a unit of the body the article is about holds the honour, not the body
    ("丰城市疾病预防控制中心成立于1950年。2021年，该中心微生物检验科被共青团江西省委授予“江西省青年文明号”。",
     "丰城市疾病预防控制中心获殊荣", "丰城市疾病预防控制中心微生物检验科"),
    ("丰城市人民医院成立于1950年。我院产科护理团队被授予“江西省巾帼文明岗”称号。",
     "丰城市人民医院获殊荣", "丰城市人民医院产科护理团队"),
    # 该科室 / 该科: the department just named
    ("丰城市人民医院心血管内科成立于1990年。该科室被江西省卫生健康委员会评为省级临床重点专科。",
     "丰城市人民医院心血管内科获殊荣", "丰城市人民医院心血管内科"),
])
def test_units_of_the_articles_body_hold_honours(text, title, holder):
    assert [recipient for recipient, _, _, _ in awards_in(title + "\n" + text + "\n")] == [holder]


def test_ranks_of_an_award_the_text_set_out_before_and_the_bodies_of_an_untitled_decision():
    text = ("近日，国家卫生健康委、中国红十字会总会联合印发《关于表彰2022—2023年度全国无偿献血奉献奖获奖个人的决定》。\n"
            "全国无偿献血奉献奖按献血次数分设金奖、银奖、铜奖。丰城市部分获奖者名单如下：\n"
            "金奖：浦建功、孔令萱（丰城市人民医院）、钱兴旺\n银奖：晏家栋、邓春桃\n")
    got = {(a, b, c) for a, b, c, _ in awards_in(text)}
    both = ("国家卫生健康委员会", "中国红十字会总会")
    assert ("孔令萱", "全国无偿献血奉献奖金奖", both) in got, got
    assert ("邓春桃", "全国无偿献血奉献奖银奖", both) in got, got
    assert ("孔令萱", None, "丰城市人民医院") in posts_in(text)


@pytest.mark.parametrize("text, expected", [
    # a mayor's post after a Party committee's: the city government's, a county-level city's too
    ("丰城市委副书记、市长甄立恒出席。", ("甄立恒", "市长", "丰城市人民政府")),
    ("宜春市委常委、副市长甄立恒出席。", ("甄立恒", "副市长", "宜春市人民政府")),
    # 原任某镇卫生院副院长: 任 is no part of the body
    ("苗振宇原任大集镇卫生院副院长。", ("苗振宇", "副院长", "大集镇卫生院")),
    # 达 as a surname, named by a notice with 同志
    ("任命达海燕同志为凉州区妇幼保健院副院长。", ("达海燕", "副院长", "凉州区妇幼保健院")),
])
def test_bodies_of_posts_in_chains_and_notices(text, expected):
    assert expected in memberships(text)


@pytest.mark.parametrize("text, not_a_body", [
    ("今年60岁的武汉市民周丽珺学会了网购。", "武汉市民周丽珺学会"),          # 学会了: learnt
    ("按照干部管理权限报中共凉州区委组织部备案。", "管理权限报中共凉州区委组织部"),   # the words before 中共
    ("医疗基地落户北京大学第三医院崇礼院区。", "医疗基地落户北京大学第三医院崇礼院区"),   # 落户: a verb
])
def test_words_before_a_body_are_no_part_of_it(text, not_a_body):
    assert not_a_body not in [label for label, _ in classes(text)]


def test_the_general_hospital_of_a_medical_group():
    text = "丰城市人民医院牵头组建医共体。总院副院长葛文海兼任招贤分院院长。医共体总院院长宁培鸿说，要做好工作。"
    got = posts_in("丰城市人民医院医共体建设\n" + text + "\n")
    assert ("葛文海", "副院长", "丰城市人民医院") in got and ("宁培鸿", "院长", "丰城市人民医院") in got


@pytest.mark.parametrize("text, name", [
    # Uyghur name parts the cut reads as adverbs and verbs, on either side of the dot
    ("副主任努尔比亚·阿不都拉则主攻重症感染。", "努尔比亚·阿不都拉"),
    ("丰城市人民医院党委书记阿不都克里木·托合提说，要做好工作。", "阿不都克里木·托合提"),
])
def test_uyghur_names_whole(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("name", ["中央办公厅", "中央纪委", "中央财办", "中央党校"])
def test_the_party_centres_offices(name):
    assert (name, "PartyOrganization") in classes(name + "、中央外办负责同志出席会议。")


def test_deng_before_a_title_closes_the_holders_not_opens_the_title():
    assert honours("全国妇联授予陈兰岚等全国三八红旗手标兵荣誉称号。") == [("陈兰岚", "全国三八红旗手标兵")]


def test_a_deputy_mayor_in_a_health_commissions_article_is_the_city_governments():
    text = "副市长秦若岚出席会议并讲话，市卫生健康委员会党组书记、主任卞立川作报告。"
    got = posts_in("丰城市卫生健康委员会召开会议\n" + text + "\n")
    assert ("秦若岚", "副市长", "丰城市人民政府") in got
    assert ("秦若岚", "副市长", "丰城市卫生健康委员会") not in got


def test_a_party_member_of_a_branch_and_a_roll_led_within_a_sentence():
    assert ("甘一鸣", None, "丰城市人民医院外科党支部") in memberships("丰城市人民医院外科党支部党员甘一鸣主动请缨。")
    assert honours("以下同志被评为先进个人：樊立新（妇科）、鞠长顺（内科）、甘一鸣（外科）。") == [
        ("樊立新", "先进个人"), ("甘一鸣", "先进个人"), ("鞠长顺", "先进个人")]


@pytest.mark.parametrize("text, expected", [
    # Mongolian names of five or six characters in a notice, however the cut splits them
    ("巴图温都苏任中共丰城市中医院委员会委员、副书记；", ("巴图温都苏", "副书记", "丰城市中医院党委")),
    ("宝音德力格尔任丰城市中心医院副院长；", ("宝音德力格尔", "副院长", "丰城市中心医院")),
    ("免去乌日根毕力格同志丰城市中心医院副院长职务。", ("乌日根毕力格", "副院长", "丰城市中心医院")),
    ("斯琴毕力格任锡林郭勒盟疾控中心主任。", ("斯琴毕力格", "主任", "锡林郭勒盟疾病预防控制中心")),
])
def test_mongolian_names_in_notices(text, expected):
    assert expected in memberships(text), memberships(text)


@pytest.mark.parametrize("text, expected", [
    ("近日，证监会批准丰城期货交易所开展交易。", ("证监会", "GovernmentAgency")),
    ("记者从审计署了解到，今年审计发现问题。", ("审计署", "GovernmentAgency")),
])
def test_national_bodies_by_their_short_names(text, expected):
    assert expected in classes(text)


def test_a_national_body_with_and_without_its_country_is_one():
    got = classes("中国证监会主席甄立恒表示，证监会将加强监管。")
    assert got == [("证监会", "GovernmentAgency")]


def test_one_of_a_set_of_people_counted_with_ren():
    assert honours("全国妇联授予陈兰岚等300人全国三八红旗手荣誉称号。") == [("陈兰岚", "全国三八红旗手")]


@pytest.mark.parametrize("text, body", [
    ("在孙各庄满族乡卫生院，全科医生关铭远正在坐诊。", "孙各庄满族乡卫生院"),     # the place before an ethnic township
    ("小王庄村卫生室是全镇最早的标准化卫生室。", "小王庄村卫生室"),               # a village's 小
    ("原小王庄村党支部书记芦国庆说。", "小王庄村党支部"),                         # 原: no part of the name
    ("副科长白晋川及丰城市疾病预防控制中心的同志参加。", "丰城市疾病预防控制中心"),   # 及: no part of it
    ("埃及社会主义党总书记沙班表示。", "埃及社会主义党"),                          # but a country's 及 is
])
def test_where_a_bodys_name_begins(text, body):
    assert body in [label for label, _ in classes(text)], classes(text)


def test_a_former_post_of_a_branch_whose_name_the_cut_glued_to_yuan():
    assert ("芦国庆", "书记", "小王庄村党支部", True) in memberships_former("原小王庄村党支部书记芦国庆说。")


@pytest.mark.parametrize("text, expected", [
    ("获得全国无偿献血奉献奖金奖的有王殿福等412人。", [("王殿福", "全国无偿献血奉献奖金奖")]),
    ("获得全国无偿献血奉献奖金奖的有王殿福、戴松柏等412人。",
     [("戴松柏", "全国无偿献血奉献奖金奖"), ("王殿福", "全国无偿献血奉献奖金奖")]),
])
def test_holders_after_de_you(text, expected):
    assert honours(text) == expected


def test_a_name_before_shouzhong():
    assert "戴松柏" in persons("肖振邦从原科主任戴松柏手中接过接力棒。")


@pytest.mark.parametrize("text, expected", [
    ("罗布占堆同志任丰城市人民医院党委副书记、院长，免去其丰城市藏医院副院长职务；", ("罗布占堆", "院长", "丰城市人民医院")),
    ("米玛仓决同志任丰城市藏医院副院长。", ("米玛仓决", "副院长", "丰城市藏医院")),
])
def test_more_tibetan_names_in_notices(text, expected):
    assert expected in memberships(text)


@pytest.mark.parametrize("text", [
    "根据丰卫党组发〔2025〕9号文件，任命甄立恒同志为丰城市人民医院副院长。",   # a document's number: no body, no person
    "经2025年3月12日委党组会议研究决定，任命甄立恒同志为副院长。",               # the date's 日: no part of a name
])
def test_document_numbers_and_dates_name_no_body(text):
    assert not any(label.startswith(("丰卫", "日委")) for label, _ in classes(text))
    assert persons(text) == ["甄立恒"]


def test_a_uyghur_name_closing_the_text_stays_inside_it():
    # (a name part found at the very end of the text: the span may not run past it)
    text = "记者 韩雪岚  通讯员 阿依努尔·卡德尔"
    assert [m.text for m in tag_text(text) if m.type == T.PERSON] == ["韩雪岚", "阿依努尔·卡德尔"]
    assert "阿依努尔·卡德尔" in persons("丰城市人民医院开展义诊。\n" + text)


@pytest.mark.parametrize("text, body", [
    ("工信部发布数据。工业和信息化部今天表示。", "工业和信息化部"),       # a ministry's short name and its full one: one body
    ("人社部今天发布。人力资源和社会保障部表示。", "人力资源和社会保障部"),
])
def test_ministries_short_and_full_are_one(text, body):
    assert [label for label, _ in classes(text)] == [body]


def test_a_press_office_holds_the_briefing_the_speaker_runs_the_programmes():
    text = "国新办今天召开新闻发布会，公安部有关负责人介绍，全国公安机关持续开展“云盾”“断链”等专项行动。"
    got = carriers(text)
    assert ("公安部", "云盾") in got and not any(b == "国务院新闻办公室" for b, _ in got), got


def test_he_before_zai_closes_a_name_after_a_post():
    text = "丰城市疾病预防控制中心党委书记、主任栾广和在启动仪式上介绍。"
    assert ("栾广和", "主任", "丰城市疾病预防控制中心") in memberships(text)


def test_appointed_as_a_ministers_post_the_name_and_wei_no_part_of_the_body():
    text = "任命甄立恒为自然资源部部长；"
    assert ("甄立恒", "部长", "自然资源部") in memberships(text)
    assert [label for label, _ in classes(text)] == ["自然资源部"]
