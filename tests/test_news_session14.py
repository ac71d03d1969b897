"""Readings added in the fourteenth session, from blind reviews of national news and of the corpus's genre. Names are
invented."""
from __future__ import annotations

import pytest

from kg.model import Membership
from readings import article as _article, bodies, memberships, persons, posts_in as _posts_in


def _posts_with_tense(text):
    """(person, post, body, former) of each membership read in an article with its own title."""
    r, labels = _article(text)
    return sorted((labels[f.person], labels[f.role] if f.role else None, labels[f.organization], f.former)
                  for f in r.facts if isinstance(f, Membership))


@pytest.mark.parametrize("text, expected", [
    # the cut splits 施|明哲: the one an appointment removes is read whole all the same
    ("免去施明哲的海淀区人民医院院长职务。", ("施明哲", "院长", "海淀区人民医院", True)),
    ("调任郑晓岚为海淀区疾病预防控制中心主任。", ("郑晓岚", "主任", "海淀区疾病预防控制中心", False)),
    ("施明哲同志不再担任海淀区卫生健康委员会主任职务。", ("施明哲", "主任", "海淀区卫生健康委员会", True)),
    ("海淀区卫生健康委员会新任主任柯文亮到任。", ("柯文亮", "主任", "海淀区卫生健康委员会", False)),
    # 柯文|亮任/n: the cut glued 任 to the name; neither is part of the body after it
    ("此前，柯文亮任朝阳区妇幼保健院院长。", ("柯文亮", "院长", "朝阳区妇幼保健院", False)),
])
def test_appointment_wording(text, expected):
    assert expected in _posts_with_tense("人事任免\n" + text)


def test_a_name_before_ren_is_no_part_of_the_body():
    assert bodies("此前，柯文亮任朝阳区妇幼保健院院长。") == ["朝阳区妇幼保健院"]


def test_two_provinces_in_a_headline_name_two_committees():
    text = "安徽山东省委主要负责同志职务调整\n邝书远同志任山东省委书记，岑嘉树同志不再担任山东省委书记职务。"
    got = _posts_with_tense(text)
    assert ("邝书远", "书记", "山东省委", False) in got
    assert ("岑嘉树", "书记", "山东省委", True) in got
    assert not any(body.startswith("安徽") for _, _, body, _ in got)


def test_a_notice_line_on_one_person_gives_the_posts_held_now():
    text = ("常德市卫生健康委员会任前公示\n向卓岚，男，1975年8月出生，湖南汉寿人，主任医师，现任常德市第一人民医院党委委员、"
            "副院长，分管医疗工作。")
    got = _posts_with_tense(text)
    assert ("向卓岚", "副院长", "常德市第一人民医院", False) in got
    assert ("向卓岚", "党委委员", "常德市第一人民医院", False) in got


def test_a_comrade_nominated_whose_surname_the_cut_read_as_a_preposition():
    assert persons("拟提名向卓岚同志为常德市第二人民医院院长人选，现予以任前公示。") == ["向卓岚"]


def test_the_party_committee_of_a_hospital_named_with_zhonggong():
    r, labels = _article("人事任免\n罗湘茗同志任中共常德市中医医院委员会副书记，不再担任常德市中医医院副院长职务。")
    types = {e.label: e.type.value for e in r.entities}
    assert types["常德市中医医院党委"] == "PartyOrganization"      # 中共某院委员会 is the hospital's 党委
    assert types["常德市中医医院"] == "MedicalInstitution"
    assert "中共常德市中医医院" not in types
    got = _posts_with_tense("人事任免\n罗湘茗同志任中共常德市中医医院委员会副书记，不再担任常德市中医医院副院长职务。")
    assert ("罗湘茗", "副书记", "常德市中医医院党委", False) in got
    assert ("罗湘茗", "副院长", "常德市中医医院", True) in got


def test_a_branch_committee_written_in_full_is_one_body():
    got = bodies("皮德远同志任中共常德市妇幼保健院总支部委员会书记。")
    assert got == ["常德市妇幼保健院", "常德市妇幼保健院党总支"]


@pytest.mark.parametrize("text, name", [
    ("孩子的日渐好转让曹慧英一家人看到了希望。", "曹慧英"),
    ("中国选手任子岚在决赛中夺冠。", "任子岚"),
])
def test_names_cued_by_a_household_or_an_athlete(text, name):
    assert name in persons(text)


def test_a_director_of_a_firm():
    assert ("郭琬", "副总监", "楚康医药有限公司物流中心") in memberships("楚康医药有限公司物流中心副总监郭琬带着同事运送物资。")
    assert persons("公司物流中心副总监郭琬就带着同事运送物资。") == ["郭琬"]


def test_a_post_of_a_project_is_not_held_in_the_school_the_sentence_opens_in():
    got = memberships("在莲湖中学，学生们欢迎探测器项目执行总监柯雨桥的到来。")
    assert not any(body == "莲湖中学" for _, _, body in got)


@pytest.mark.parametrize("text, place", [
    ("电影《南京照相馆》暂列档期票房榜第一。", None),
    ("《河北雄安新区条例》今天起施行。", "雄安新区"),
])
def test_a_place_in_a_film_title_is_none_the_text_speaks_of(text, place):
    from readings import places
    got = places(text)
    assert (place in got) if place else "南京市" not in got


def test_a_ministry_opening_its_clause_on_xiada():
    assert bodies("财政部会同农业农村部下达救灾资金。") == ["农业农村部", "财政部"]


@pytest.mark.parametrize("text, name", [
    ("鹿邑县人民医院院长禹向阳作交流发言。", "禹向阳"),     # 向阳/nr: a given name the dictionary lists as a name
    ("村党支部书记龙庆和说，村里建起了卫生室。", "龙庆和"),  # 和 before a verb of speech ends no conjunction
])
def test_given_names_with_characters_that_are_also_function_words(text, name):
    assert persons(text) == [name]


def test_a_newspaper_is_a_body():
    assert "江淮日报社" in bodies("安徽省卫生健康委员会、江淮日报社联合开展评选。")


def test_a_town_the_gazetteer_lists_only_in_another_county_of_the_province_is_left_unplaced():
    from kg.gazetteer import gazetteer
    gz = gazetteer()
    # the only 高坪镇 of 湖南 the gazetteer lists is 浏阳's; an article about 隆回县 means its own
    assert gz.lookup("高坪镇", frozenset({"隆回县", "邵阳市", "湖南省"})) is None
    assert gz.lookup("高坪镇", frozenset({"湖南省"})).parents[0] == "浏阳市"
    assert gz.lookup("高坪镇", frozenset({"浏阳市", "湖南省"})).parents[0] == "浏阳市"


@pytest.mark.parametrize("text, expected", [
    # the host of the meeting the title is given at confers it
    ("2023年6月，在中共英德市委召开的庆祝大会上，医院党委被授予“英德市先进基层党组织”称号。",
     ("英德市人民医院党委", "英德市先进基层党组织", ("英德市委",), 2023)),
    # the conferrer named after the honour
    ("赖俊涛同志获评2023年度“英德市优秀共产党员”，由中共英德市委表彰。",
     ("赖俊涛", "英德市优秀共产党员", ("英德市委",), 2023)),
    # the body that issues the notice
    ("清远市卫生健康局印发通报，医院护理部被评为“清远市优质护理服务先进集体”。",
     ("英德市人民医院护理部", "清远市优质护理服务先进集体", ("清远市卫生健康局",), None)),
    # the body that commends
    ("医院获英德市精神文明建设委员会表彰，再次荣膺“英德市文明单位”称号。",
     ("英德市人民医院", "英德市文明单位", ("英德市精神文明建设委员会",), None)),
    # the year in brackets after the title, one award not two
    ("护理部主任邓秀芸被清远市妇女联合会授予“清远市三八红旗手”称号（2023年）。",
     ("邓秀芸", "清远市三八红旗手", ("清远市妇女联合会",), 2023)),
    # the quarter is when, not a part of the title
    ("护士谭丽珂入选2023年第三季度“清远好人榜”。", ("谭丽珂", "清远好人榜", (), 2023)),
])
def test_conferrers_and_years_of_a_hospital_honour_roll(text, expected):
    from readings import awards_in
    assert awards_in("英德市人民医院喜报\n" + text) == [expected]


def test_a_credit_line_naming_the_paper_of_its_reporter():
    r, labels = _article("某院开展义诊\n医院开展义诊活动。\n文/汕尾日报记者 郑逸岚 通讯员 陈思琦\n")
    assert [labels[a] for a in r.authors] == ["郑逸岚", "陈思琦"]


def test_a_ministry_named_without_he():
    assert bodies("住房城乡建设部、财政部联合印发通知。") == ["住房城乡建设部", "财政部"]


def test_a_time_said_from_now_opens_no_programme_name():
    from readings import carriers
    got = carriers("人力资源社会保障部表示，本周专项行动正在推出4个专场。")
    assert not any(p.startswith("本周") for _, p in got)


def test_a_numbered_notice_line_on_one_person():
    got = _posts_with_tense("人事公示\n1.禄文睿，男，彝族，1979年8月生，主任医师，现任昭通市第一人民医院副院长（试用期一年）。")
    assert got == [("禄文睿", "副院长", "昭通市第一人民医院", False)]


def test_the_party_group_of_a_commission_in_a_notice_title_leaves_the_commission_a_government_body():
    r, labels = _article("中共昭通市卫生健康委员会党组关于拟任职人选的公示\n经市卫生健康委员会党组会议研究，现予公示。\n"
                         "联系地址：昭阳区海楼路市卫生健康委员会办公室。\n")
    types = {e.label: e.type.value for e in r.entities}
    assert types["昭通市卫生健康委员会"] == "GovernmentAgency"
    assert types["中共昭通市卫生健康委员会党组"] == "PartyOrganization"
    assert "昭通市卫生健康委员会办公室" in types
    assert not any(label.startswith(("中共昭通市卫生健康委员会办", "昭阳区")) for label, t in types.items() if t != "Place")


@pytest.mark.parametrize("text, expected", [
    ("办公室主任冒思琪介绍了情况。", "冒思琪"),
    ("副院长陇海涛带队下乡。", "陇海涛"),
])
def test_rarer_surnames_after_a_post(text, expected):
    assert persons(text) == [expected]


@pytest.mark.parametrize("text", ["冒着大雨前行。", "陇海铁路通车。"])
def test_the_rarer_surnames_open_no_name_without_a_cue(text):
    assert persons(text) == []


def test_yuan_before_its_party_committee_is_the_hospital_of_the_article():
    got = _posts_in("大理州妇幼保健院喜报\n院党委书记段宏昭表示，要抓好党建。")
    assert got == [("段宏昭", "党委书记", "大理州妇幼保健院")]


def test_a_village_clinic_named_by_a_word_the_cut_knows_as_a_name():
    got = memberships("丹桂村卫生室乡村医生普正朗提前将通知送到各村民小组。")
    assert got == [("普正朗", "乡村医生", "丹桂村卫生室")]
    assert bodies("公办村卫生室全覆盖。") == []


def test_a_named_team_of_a_centre_its_captain_and_its_honour():
    text = ("城南街道社区卫生服务中心家庭医生团队\n“暖阳”家庭医生团队队长柏若岚介绍，团队共有8名成员。"
            "2023年，“暖阳”家庭医生团队被评为“如皋市优秀家庭医生团队”。")
    assert ("柏若岚", "队长", "暖阳家庭医生团队") in _posts_in(text)
    from readings import awards_in
    assert [(a[0], a[1]) for a in awards_in(text)] == [("暖阳家庭医生团队", "如皋市优秀家庭医生团队")]


@pytest.mark.parametrize("text", ["团队荣获“十佳”家庭医生团队称号。", "九支“文艺轻骑兵”小分队深入田间地头演出。"])
def test_a_quoted_word_before_team_that_names_no_team(text):
    assert bodies(text) == []


def test_the_later_categories_of_a_roll_keep_its_conferrer_and_year():
    text = ("关于表彰2024年度先进个人的通报\n讷河市卫生健康局印发了《讷河市卫生健康局关于表彰2024年度全市卫生健康系统先进集体和"
            "先进个人的决定》，授予戚长岳等5名同志“全市卫生健康系统先进个人”称号。现将名单通报如下：\n\n"
            "一、先进集体（1个）\n\n讷河市中医医院\n\n二、先进个人（5名）\n\n（一）优秀管理者（2名）\n\n"
            "戚长岳 讷河市人民医院副院长\n鞠红苓 讷河市疾病预防控制中心主任\n\n（二）优秀医师（1名）\n\n"
            "冷博远 讷河市人民医院心内科主任\n\n（三）优秀护士（1名）\n\n阚雪苓 讷河市中医医院护师\n\n"
            "（四）优秀乡村医生（1名）\n\n门丽珺 学田镇卫生院全科医生\n")
    from readings import awards_in
    got = {(a[0], a[1]): (a[2], a[3]) for a in awards_in(text)}
    for holder, honour in (("鞠红苓", "优秀管理者"), ("冷博远", "优秀医师"), ("阚雪苓", "优秀护士"), ("门丽珺", "优秀乡村医生")):
        assert got[(holder, honour)] == (("讷河市卫生健康局",), 2024)
    assert ("学田镇卫生院", "优秀乡村医生") not in got


@pytest.mark.parametrize("text, programme", [
    ("支部开展打击非法行医专项行动。", "打击非法行医专项行动"),
    ("自学习贯彻习近平新时代中国特色社会主义思想主题教育开展以来，医院党委坚持学思想。",
     "学习贯彻习近平新时代中国特色社会主义思想主题教育"),
])
def test_programme_names_kept_whole(text, programme):
    from readings import carriers
    assert programme in [p for _, p in carriers("如皋市中医院召开大会。" + text)]


def test_the_party_committee_of_a_hospital_named_two_ways_is_one_body():
    got = bodies("中共如皋市中医院委员会坚持学思想。如皋市中医院党委书记吴明哲主持会议。")
    assert got == ["如皋市中医院", "如皋市中医院党委"]


def test_a_quoted_short_name_after_a_list_takes_no_item_of_the_list():
    from readings import carriers
    got = [p for _, p in carriers("株洲市疾病预防控制中心开展结核病防治知识进社区、进校园、进家庭“三进”活动。")]
    assert got and not any(p.startswith("家庭") for p in got)


def test_a_career_after_tongzhi():
    got = _posts_with_tense("追忆老院长\n参加工作以来，陈德茗同志先后任海河乡卫生院副院长、长荡乡卫生院院长，2008年退休。")
    assert ("陈德茗", "副院长", "海河乡卫生院", True) in got
    assert ("陈德茗", "院长", "长荡乡卫生院", True) in got


def test_the_department_an_article_is_about_heads_and_honours():
    text = ("走进望奎县人民医院心血管内科\n医院胸痛中心通过国家认证。“守护好每一颗心。”这是科主任柏志岚常挂在嘴边的一句话。"
            "科室副主任邰振岳则把精力放在介入治疗上。2022年，科室被望奎县总工会授予“工人先锋号”称号。")
    posts = _posts_in(text)
    assert ("柏志岚", "科主任", "望奎县人民医院心血管内科") in posts
    assert ("邰振岳", "科室副主任", "望奎县人民医院心血管内科") in posts
    from readings import awards_in
    assert awards_in(text) == [("望奎县人民医院心血管内科", "工人先锋号", ("望奎县总工会",), 2022)]


def test_a_post_in_a_department_is_still_read_whole_before_a_rank():
    assert ("韦立岚", "主任医师", "望奎县人民医院骨科") in memberships("望奎县人民医院骨科主任医师韦立岚介绍。")


def test_the_conferrer_of_a_roll_with_its_own_lead_line_does_not_run_on():
    text = ("喜报！某院2023年度荣誉榜\n◆以下同志被中共临泽县委评为“优秀共产党员”：\n外科 姚锦岚\n\n"
            "◆2023年度“临泽县最美医生”：\n魏巧岚（妇产科）\n")
    from readings import awards_in
    got = {a[0]: a[2] for a in awards_in(text)}
    assert got == {"姚锦岚": ("临泽县委",), "魏巧岚": ()}


@pytest.mark.parametrize("text, expected", [
    ("欧洲央行副行长德金罗斯4日表示，通胀仍将维持较高水平。", ("德金罗斯", "副行长", "欧洲央行")),
    ("4日，国际足联主席因凡诺斯宣布，西班牙获得主办权。", ("因凡诺斯", "主席", "国际足联")),
])
def test_foreign_officials_after_a_post(text, expected):
    assert expected in memberships(text)


@pytest.mark.parametrize("text", ["做好刘家峡、海勃湾、小浪底等骨干水库工程科学调度。", "日前，查干湖冬季捕鱼大规模展开。"])
def test_lakes_gorges_and_bays_are_no_people(text):
    assert persons(text) == []


def test_a_national_association_joining_two_fields():
    assert bodies("中国物流与采购联合会今天公布数据。") == ["中国物流与采购联合会"]
    assert bodies("中国医药教育协会和中国科学技术协会联合发布。") == ["中国医药教育协会", "中国科学技术协会"]


def test_a_body_the_tagger_knows_whole_before_its_post():
    assert ("冯德莱斯", "主席", "欧盟委员会") in memberships("欧盟委员会主席冯德莱斯表示，将加强合作。")


def test_a_bare_department_named_again_after_another_hospital_is_the_articles_own():
    text = ("走进六安市人民医院肾内科\n六安市人民医院肾内科始建于1986年。\n科室与安徽医科大学第一附属医院肾脏内科建立专科联盟。\n"
            "近年来，肾内科先后荣获“安徽省青年文明号”、六安市人民医院“2023年度先进科室”等荣誉称号。\n")
    from readings import awards_in
    got = awards_in(text)
    assert {(a[0], a[1]) for a in got} == {("六安市人民医院肾内科", "安徽省青年文明号"), ("六安市人民医院肾内科", "先进科室")}


def test_a_branch_after_a_time_opening_runs_the_programmes_of_its_later_clauses():
    from readings import carried_in
    text = ("云岭镇卫生院党支部开展主题党日活动\n据了解，近年来云岭镇卫生院党支部坚持“党建+健康服务”工作模式，"
            "以“红色云岭·健康守护”党建品牌为牵引，常态化开展“我为群众办实事”实践活动。\n")
    got = carried_in(text)
    assert ("云岭镇卫生院党支部", "我为群众办实事") in got
    assert ("云岭镇卫生院", "我为群众办实事") not in got


@pytest.mark.parametrize("title, text, expected", [
    ("枝江市疾病预防控制中心开展活动", "该中心主任梅淑岚介绍，今年将扩大筛查范围。", ("梅淑岚", "主任", "枝江市疾病预防控制中心")),
    ("枝江市人民医院开展活动", "该院院长夏志岚介绍了情况。", ("夏志岚", "院长", "枝江市人民医院")),
])
def test_a_post_of_the_body_gai_stands_for(title, text, expected):
    assert expected in _posts_in(title + "\n" + text)


def test_of_two_departments_of_one_name_the_articles_bodys_own():
    text = ("记蒙城县妇幼保健院助产士\n2008年，吕芳岚进入蒙城县妇幼保健院产科，先后到复旦大学附属妇产科医院产科进修。"
            "2016年，她被任命为产科护士长。\n")
    assert ("吕芳岚", "护士长", "蒙城县妇幼保健院产科") in _posts_in(text)


def test_the_short_name_of_the_articles_own_squad_before_its_post():
    text = "武安市卫生健康综合执法大队开展医疗美容专项整治行动\n执法大队大队长焦云岚介绍,此次行动重点检查无证开展医疗美容行为。\n"
    assert ("焦云岚", "大队长", "武安市卫生健康综合执法大队") in _posts_in(text)


def test_a_party_group_post_before_a_post_of_another_body():
    text = ("张掖市卫健委党组召开作风建设专题会议\n会议由市卫健委党组书记、主任郭永岚主持。"
            "党组成员、市疾病预防控制中心主任雒建岚作了发言。\n")
    got = _posts_in(text)
    assert ("雒建岚", "党组成员", "张掖市卫生健康委员会") in got
    assert ("雒建岚", "主任", "张掖市疾病预防控制中心") in got


def test_the_verb_bushu_ends_no_body():
    assert bodies("国家药监局研究部署加强疫苗监管工作。") == ["国家药品监督管理局"]


def test_a_visit_after_a_foreign_post_names_no_one():
    assert persons("俄防长访伊朗") == []


def test_an_appointment_notices_glued_verbs():
    text = ("某县卫生健康局人事任免通知\n七、免去杨再禾同志滚贝侗族乡卫生院院长职务，调任同练瑶族乡卫生院院长。\n"
            "谢崇岚同志任中共融水苗族自治县人民医院委员会书记，免去其中共融水苗族自治县人民医院委员会副书记职务。\n")
    got = _posts_with_tense(text)
    assert ("杨再禾", "院长", "滚贝侗族乡卫生院", True) in got
    assert ("杨再禾", "院长", "同练瑶族乡卫生院", False) in got
    assert ("谢崇岚", "副书记", "融水苗族自治县人民医院党委", True) in got
    assert not any(body.startswith("调任") for _, _, body, _ in got)


@pytest.mark.parametrize("text, body", [
    ("宁波二院长期以来与县医院开展合作。", None),
    ("厦门大学附属第一医院专科医师下沉社区。", "厦门大学附属第一医院"),
])
def test_words_that_open_with_a_posts_or_a_units_last_character(text, body):
    assert persons(text) == []
    got = bodies(text)
    assert not any(b.endswith("专科") for b in got)
    assert body is None or body in got


def test_a_comrade_appointed_to_a_county_body_the_cut_glued_to_ren():
    text = "某县卫生健康局人事任免通知\n此前，梁承岚同志任县人民医院骨科主任。\n"
    assert ("梁承岚", "主任", "大英县人民医院骨科") in _posts_in(text.replace("某县", "大英县"))


@pytest.mark.parametrize("text, expected", [
    ("市疾控中心联合西秀区、平坝区、普定县疾控中心开展宣传。",
     ["安顺市疾病预防控制中心", "平坝区疾病预防控制中心", "普定县疾病预防控制中心", "西秀区疾病预防控制中心"]),
    ("江苏省、浙江省、安徽省人民医院专家参加会诊。", ["安徽省人民医院", "江苏省人民医院", "浙江省人民医院"]),
])
def test_divisions_listed_before_one_medical_body_each_have_it(text, expected):
    assert bodies(text) == expected


def test_a_notice_lines_next_sentence_goes_on_with_its_person():
    text = ("富平县卫生健康局任前公示\n雷振岚，男，汉族，1981年3月生，陕西富平人，主任医师。现任富平县医院急诊科主任，拟任富平县医院副院长。\n"
            "屈雅岚，女，汉族，1985年8月生，副主任医师。现任庄里镇中心卫生院副院长。\n")
    got = _posts_in(text)
    assert ("雷振岚", "主任", "富平县医院急诊科") in got
    assert ("屈雅岚", "副院长", "庄里镇中心卫生院") in got
    assert ("雷振岚", "副院长", "庄里镇中心卫生院") not in got


def test_a_countys_hospital_is_no_short_form_of_its_chinese_medicine_hospital():
    r, labels = _article("富平县卫生健康局任前公示\n富平县医院急诊科主任雷振岚介绍。\n富平县中医医院护理部副主任郭美岚参加。\n")
    bodies_read = {e.label: e.alt_labels for e in r.entities if e.key.startswith("org:")}
    assert "富平县医院" in bodies_read and "富平县中医医院" in bodies_read
    assert "富平县医院" not in bodies_read["富平县中医医院"]
