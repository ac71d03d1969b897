"""Readings added in the thirteenth session, from blind reviews of articles of the corpus's genre. Names are invented."""
from __future__ import annotations

import pytest

from kg.articles import make_documents
from kg.extract.honours import roll_item
from kg.extract.people import plausible_name
from readings import article as _article, awards_in as _awards_in, carried_in as _carried_in, persons, posts_in as _posts_in


def test_a_tie_for_the_article_subject_goes_to_the_body_named_first():
    # two hospitals named once each: the bare 医院 of the article is the one it opens on, not the first in code order
    text = ("守护山区百姓健康\n在某地，有一家深受信赖的医院——西吉县中医医院。医院向兴隆镇中心卫生院派驻骨干。"
            "医院党总支书记、院长韦立诚介绍了情况。")
    assert ("韦立诚", "院长", "西吉县中医医院") in _posts_in(text)


@pytest.mark.parametrize("name", ["纳思远", "萨永辉", "庹明清", "拓雅静"])
def test_surnames_of_the_north_west(name):
    assert name in persons(f"科室主任{name}从医二十余年。")


@pytest.mark.parametrize("name", ["萨沃纳", "纳杰拉", "纳爱斯"])
def test_a_transliteration_opening_with_such_a_surname_is_no_chinese_name(name):
    assert not plausible_name(name)


def test_credit_lines_end_a_roll_of_honour():
    text = ("陈仓区卫生健康局表彰先进\n优秀乡村医生\n冉秋岚　拓石镇卫生院乡村医生\n苗青禾　赤沙镇卫生院乡村医生\n\n"
            "来源：陈仓区卫生健康局\n作者：韦立诚\n编辑：单若溪\n审核：邢海舟\n")
    got = _awards_in(text)
    assert [a[0] for a in got] == ["冉秋岚", "苗青禾"]


@pytest.mark.parametrize("text, expected", [
    ("2023年，执法员靳松柏荣获“五一巾帼标兵”称号。", ("靳松柏", "执法员", "利通区卫生健康综合行政执法大队")),
    ("卫生监督员阚一鸣带队检查游泳场所。", ("阚一鸣", "卫生监督员", "利通区卫生健康综合行政执法大队")),
])
def test_law_enforcement_posts(text, expected):
    assert expected in _posts_in("利通区卫生健康综合行政执法大队开展专项检查\n" + text)


def test_a_name_whose_last_character_the_cut_glued_to_zuo():
    # 谭家|骏作/n 工作报告: the dictionary knows 骏作 as a word
    got = _posts_in("万州区卫生健康委员会召开大会\n区卫生健康委党委书记、主任谭家骏作工作报告。")
    assert ("谭家骏", "主任", "万州区卫生健康委员会") in got


def test_a_roll_written_as_one_sentence_with_bodies_in_brackets():
    text = ("某区召开表彰大会\n会议宣读了《万州区卫生健康委员会关于表彰2024年度先进集体和先进个人的决定》。\n\n"
            "先进集体（2个）：万州区妇幼保健院、分水镇中心卫生院。\n\n"
            "先进个人（2名）：温子骞（万州区中医院）、柏乐然（万州区疾病预防控制中心）。\n")
    awards = _awards_in(text)
    assert ("万州区妇幼保健院", "先进集体", ("万州区卫生健康委员会",), 2024) in awards
    assert ("温子骞", "先进个人", ("万州区卫生健康委员会",), 2024) in awards
    assert ("柏乐然", None, "万州区疾病预防控制中心") in _posts_in(text)


@pytest.mark.parametrize("line, expected", [
    ("万州区妇幼保健院、分水镇中心卫生院、武陵镇卫生院。", True),       # a roll written as a sentence: a list and a stop
    ("温子骞（万州区中医院）、柏乐然（万州区疾病预防控制中心）。", True),
    # one sentence of a story (after a headline) is no roll, whatever stop closes it
    ("某协会代表大会今天在北京闭幕，大会选举产生了新一届理事会，温子骞当选为协会主席。", False),
    ("大会选举产生了新一届理事会。", False),
])
def test_a_roll_line_may_close_on_a_stop_only_when_it_is_a_list(line, expected):
    assert roll_item(line) is expected


def test_a_post_after_its_portfolio():
    got = _posts_in("为妇女儿童健康撑起一片蓝天\n——靖边县妇幼保健院筛查行动纪实\n分管公共卫生工作的副院长费嘉树介绍，医院开展筛查。")
    assert got == [("费嘉树", "副院长", "靖边县妇幼保健院")]


def test_the_bare_party_branch_of_the_body_the_article_is_about():
    got = _posts_in("利通区卫生健康综合行政执法大队织密监督网\n大队党支部书记、大队长景若琳介绍，大队坚持依法执法。")
    assert sorted(got) == [("景若琳", "书记", "利通区卫生健康综合行政执法大队党支部"),
                           ("景若琳", "大队长", "利通区卫生健康综合行政执法大队")]


def test_a_post_of_the_subjects_kind_when_the_title_names_no_body():
    text = ("守护山区百姓健康\n在某地，有一家深受信赖的医院——西吉县中医医院。医院开放床位260张。\n\n"
            "特色专科亮点纷呈\n\n治未病科由副院长霍清扬分管。")
    assert ("霍清扬", "副院长", "西吉县中医医院") in _posts_in(text)


def test_a_party_post_in_a_place_clause_is_not_the_subjects():
    text = ("一线故事\n武汉市肺科医院医护人员坚守岗位。武汉市肺科医院检验科加班加点。\n在某某社区，党委书记骆晨曦带着大伙清理卫生死角。")
    assert ("骆晨曦", "党委书记", "武汉市肺科医院") not in _posts_in(text)


def test_bodies_acting_together_before_the_venue_of_their_launch():
    text = ("某县启动校园传染病防控行动\n3月5日，云阳县卫生健康委员会、云阳县教育委员会、云阳县疾病预防控制中心在青龙街道云阳县第一初级中学"
            "联合举行春季校园传染病防控“护苗行动”启动仪式。")
    assert _carried_in(text) == [("云阳县卫生健康委员会", "护苗行动"), ("云阳县教育委员会", "护苗行动"),
                                 ("云阳县疾病预防控制中心", "护苗行动")]


def test_a_body_that_will_act_with_partners_acts_too():
    text = ("某县启动校园传染病防控行动\n活动期间，县疾病预防控制中心还将联合双江街道社区卫生服务中心、"
            "青龙街道社区卫生服务中心开展“健康知识进校园”活动。")
    assert ("云阳县疾病预防控制中心", "健康知识进校园") in _carried_in(text.replace("某县", "云阳县"))


def test_an_agency_sections_party_branches_and_their_brands():
    text = ("汉中市卫生健康委员会机关党建工作纪实\n委机关党委指导各支部创建品牌。医政医管科党支部打造“医心向党”品牌，"
            "疾病预防控制科党支部打造“疾控尖兵”品牌。")
    assert _carried_in(text) == [("汉中市卫生健康委员会医政医管科党支部", "医心向党"),
                                 ("汉中市卫生健康委员会疾病预防控制科党支部", "疾控尖兵")]


def test_a_hospitals_clinical_division_branch_stays_the_hospitals():
    text = "汉中市中医医院党建工作纪实\n骨伤科党支部打造“医心向党”品牌，内科党支部打造“仁心”品牌。"
    assert _carried_in(text) == [("汉中市中医医院内科党支部", "仁心"), ("汉中市中医医院骨伤科党支部", "医心向党")]


@pytest.mark.parametrize("text", [
    "医院为慢病患者提供“一对一”健康管理服务。",
    "医院专家开展“面对面”宣讲活动。",
])
def test_quoted_words_of_manner_name_no_programme(text):
    assert _carried_in("营山县人民医院开展慢病管理\n" + text) == []


@pytest.mark.parametrize("text, expected", [
    ("科左中旗卫健委召开会议\n通辽市科尔沁左翼中旗卫生健康委员会召开会议。党组成员、副主任孟和图雅，副主任萨仁其其格参加会议。",
     [("孟和图雅", "党组成员", "科尔沁左翼中旗卫生健康委员会"), ("孟和图雅", "副主任", "科尔沁左翼中旗卫生健康委员会"),
      ("萨仁其其格", "副主任", "科尔沁左翼中旗卫生健康委员会")]),
    ("玉树州藏医院开展义诊\n玉树藏族自治州藏医院组织专家义诊。党委书记、院长扎西卓玛说，医院将持续开展义诊。",
     [("扎西卓玛", "党委书记", "玉树藏族自治州藏医院"), ("扎西卓玛", "院长", "玉树藏族自治州藏医院")]),
])
def test_mongolian_and_tibetan_names_after_posts(text, expected):
    assert _posts_in(text) == expected


def test_a_banner_names_its_bodies_as_a_county_does():
    text = ("科左中旗卫健委召开会议\n通辽市科尔沁左翼中旗卫生健康委员会召开会议。党组成员、旗疾病预防控制中心主任才让多杰参加会议。")
    got = _posts_in(text)
    assert ("才让多杰", "主任", "科左中旗疾病预防控制中心") in got or \
        ("才让多杰", "主任", "科尔沁左翼中旗疾病预防控制中心") in got


def test_a_red_flag_is_no_banner():
    from kg.resolve import place_context
    assert place_context("五星红旗迎风飘扬", "天安门广场升起五星红旗。红旗飘飘。").county is None


def test_the_members_of_sets_granted_a_title_listed_after():
    text = ("凤城市卫生健康局召开表彰大会\n凤城市卫生健康局决定授予凤城市中心医院急诊科等2个集体“2023年度全市卫生健康工作先进集体”称号，"
            "授予鄂晓春等2名同志“2023年度全市卫生健康工作先进个人”称号。\n\n"
            "受表彰的先进集体是：凤城市中心医院急诊科、宝山镇中心卫生院。\n\n"
            "受表彰的先进个人是：凤城市中心医院肾内科主任鄂晓春，凤城市中医院副院长邸立新。\n")
    got = _awards_in(text)
    assert ("宝山镇中心卫生院", "全市卫生健康工作先进集体", ("凤城市卫生健康局",), 2023) in got
    assert ("邸立新", "全市卫生健康工作先进个人", ("凤城市卫生健康局",), 2023) in got
    assert not any(a[0] == "邸立新" and a[1].endswith("集体") for a in got)
    assert len([a for a in got if a[0] == "凤城市中心医院急诊科"]) == 1


def test_a_clause_after_a_semicolon_goes_on_with_the_body_honoured():
    text = ("玉树州藏医院传承藏医药\n玉树藏族自治州藏医院始建于1979年。2019年，医院被国务院授予“全国民族团结进步模范集体”称号；"
            "2022年，被青海省卫生健康委员会评为“青海省文明单位”。")
    assert ("玉树藏族自治州藏医院", "青海省文明单位", ("青海省卫生健康委员会",), 2022) in _awards_in(text)


def test_a_group_named_with_its_head_is_a_unit_of_the_subject():
    got = _posts_in("海北州中心血站开展献血活动\n海北州中心血站开展无偿献血活动。机采组组长鄂晓春介绍，血站设立献血点。")
    assert got == [("鄂晓春", "组长", "海北州中心血站机采组")]


def test_a_task_team_with_its_head_is_no_unit():
    text = "某地新闻\n中央巡视组进驻金融单位。在进驻现场，各巡视组组长指出，要做好工作。"
    r, labels = _article(text)
    assert "巡视组" not in labels.values()


def test_the_head_of_a_body_whose_branch_was_just_named():
    got = _posts_in("大通县卫生健康局机关党建纪实\n县中医院党支部以“杏林先锋”为品牌，党支部书记、院长滕雨桐带领党员义诊。")
    assert got == [("滕雨桐", "党支部书记", "大通县中医院党支部"), ("滕雨桐", "院长", "大通县中医院")]


@pytest.mark.parametrize("text, expected", [
    ("内科党支部被中共琼中黎族苗族自治县委员会评为“全县先进基层党组织”。", ("琼中黎族苗族自治县委",)),
    ("内科党支部被中共大英县委员会评为“全县先进基层党组织”。", ("大英县委",)),
])
def test_a_county_party_committee_written_in_full_confers(text, expected):
    got = _awards_in("琼中县人民医院党委打造党建品牌\n" + text)
    assert [a[2] for a in got] == [expected]


@pytest.mark.parametrize("text, authors", [
    ("叶城县开展义诊\n本报讯（记者 孙晓蕾 通讯员 阿丽米热·努尔买买提）3月5日，叶城县人民医院开展义诊。\n",
     ("孙晓蕾", "阿丽米热·努尔买买提")),
    ("科左中旗卫健委召开会议\n\n文/萨仁高娃 图/吴海舟\n\n3月12日，会议召开。\n", ("萨仁高娃", "吴海舟")),
])
def test_credits_with_uyghur_mongolian_and_tibetan_names(text, authors):
    (doc,) = make_documents("q.txt", "", text)
    assert doc.authors == authors


def test_the_first_part_of_a_dotted_name_the_cut_broke_into_numerals():
    assert "米日古丽·亚森" in persons("米日古丽·亚森（叶城县维吾尔医医院）")
    assert "乔治·弗洛伊德" in persons("今年5月乔治·弗洛伊德在街头遇害。")


@pytest.mark.parametrize("text, name", [
    ("今年41岁的次仁央宗土生土长在布久乡。", "次仁央宗"),
    ("索朗旺姆说，卫生院的条件好了。", "索朗旺姆"),          # (the cut reads 索朗旺/nr: the last syllable is the name's)
    ("敖登格日乐带领队员入户随访。", "敖登格日乐"),
])
def test_mongolian_and_tibetan_names_opening_a_clause(text, name):
    assert name in persons(text)


def test_words_are_no_minority_names():
    # (the syllables of such names are words too: only a run of them standing where a name stands is one)
    assert persons("医院开展扎西德勒文艺演出。") == []


def test_he_before_a_preposition_ends_a_name():
    assert "满庆和" in persons("区卫健委党委书记、主任满庆和为受表彰的集体和个人代表颁发了证书。")


def test_an_appointment_after_a_former_post_keeps_the_name_out_of_the_body():
    got = _posts_in("密云区卫健委宣布任免决定\n任命原密云区医院副院长邝晓彤为密云区中医医院党委书记、院长；")
    assert ("邝晓彤", "院长", "密云区中医医院") in got
    r, labels = _article("密云区卫健委宣布任免决定\n任命原密云区医院副院长邝晓彤为密云区中医医院党委书记、院长；")
    assert not any("邝晓彤为" in label for label in labels.values())


def test_the_bodies_given_a_part_in_the_work_just_named_run_it():
    text = ("伊宁县启动疫苗接种\n9月10日上午，“适龄女生HPV疫苗免费接种”项目启动仪式在吉里于孜镇中心卫生院举行。"
            "此次接种工作由伊宁县卫生健康委员会牵头，伊宁县疾病预防控制中心具体实施，伊宁县教育局、伊宁县妇幼保健院和"
            "各乡镇卫生院协同配合。")
    got = [b for b, p in _carried_in(text) if p == "适龄女生HPV疫苗免费接种"]
    assert sorted(got) == sorted(["伊宁县卫生健康委员会", "伊宁县疾病预防控制中心", "伊宁县教育局", "伊宁县妇幼保健院"])


def test_a_department_of_the_body_a_demonstrative_stands_for():
    text = "闵行区妇幼保健院守护母婴安全\n闵行区妇幼保健院开展服务。2023年，该院产科被上海市妇女联合会授予“上海市巾帼文明岗”称号。"
    assert _awards_in(text) == [("闵行区妇幼保健院产科", "上海市巾帼文明岗", ("上海市妇女联合会",), 2023)]


@pytest.mark.parametrize("text, expected", [
    ("今年5月，双井社区卫生服务中心被朝阳区卫生健康委员会授予“家庭医生签约服务示范单位”称号。",
     [("双井社区卫生服务中心", "家庭医生签约服务示范单位", ("朝阳区卫生健康委员会",), None)]),
])
def test_a_community_health_centre_named_by_its_community(text, expected):
    assert _awards_in("朝阳区做实家庭医生签约服务\n" + text) == expected


def test_each_community_health_centre_is_no_body():
    # (各 and other words of kind before the head name no one centre)
    r, labels = _article("朝阳区做实家庭医生签约服务\n各社区卫生服务中心开展家庭医生签约服务。")
    assert not any(label.endswith("社区卫生服务中心") for label in labels.values())
