"""Table-driven tests of the recognisers and extractors, on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.articles import make_documents
from kg.extract.honours import Span, clean_honour, find_awards
from kg.extract.orgs import find_orgs
from kg.extract.people import find_people, find_roles, plausible_name
from kg.extract.programs import find_programs
from kg.model import EntityType as T, HonourAward, Membership, Relation
from kg.pipeline import extract_document
from kg.tagger import tag_text
from kg.segment import split_sentences, tokenize


def orgs_of(text):
    return [(o.text, o.type) for o in find_orgs(text, tokenize(text))]


@pytest.mark.parametrize("text, expected", [
    ("安吉县卫生健康局局长周明远表示", [("安吉县卫生健康局", T.GOVERNMENT_AGENCY)]),
    ("完成县人民医院改造", [("县人民医院", T.MEDICAL_INSTITUTION)]),
    ("湖州市疾控中心开展检测", [("湖州市疾控中心", T.MEDICAL_INSTITUTION)]),
    ("市肿瘤医院行政第一党支部书记林晓燕", [("市肿瘤医院行政第一党支部", T.PARTY_ORGANIZATION)]),
    ("湖州市中心血站献血组被评为先进", [("湖州市中心血站献血组", T.ORGANIZATION)]),
    ("安吉县卫生健康局团委组织青年", [("安吉县卫生健康局团委", T.PARTY_ORGANIZATION)]),
    ("教育部部长表示", [("教育部", T.GOVERNMENT_AGENCY)]),
    ("司法部部长表示", [("司法部", T.GOVERNMENT_AGENCY)]),
    ("构建开放型经济新格局", []),
    ("与街道、社区党组织对接", []),
    ("桂花卫生院公卫楼投入使用", [("桂花卫生院", T.MEDICAL_INSTITUTION)]),
    ("国家卫健委发布通知", [("国家卫健委", T.GOVERNMENT_AGENCY)]),
    ("中国医师协会确定试点", [("中国医师协会", T.ORGANIZATION)]),
    ("北京市委书记出席", [("北京市委", T.PARTY_ORGANIZATION)]),
    ("被市委、市政府评为", [("市委", T.PARTY_ORGANIZATION), ("市政府", T.GOVERNMENT_AGENCY)]),
    ("在思想上政治上行动上同党中央保持一致", [("党中央", T.PARTY_ORGANIZATION)]),
    ("全国1000多家城市三级医院对口帮扶", []),
    # not organisations: a common word ending in a head, generic phrases, quoted honours, a quantity
    ("广大干部职工积极参与", []),
    ("建设区域性医学中心", []),
    ("荣获“湖州市五四红旗团委”称号", []),
    ("三人组成3人小组", []),
    ("参加党委中心组学习", []),
])
def test_organisations(text, expected):
    assert orgs_of(text) == expected


def test_nested_unit_knows_its_parent():
    text = "湖州市中心血站献血组"
    (o,) = find_orgs(text, tokenize(text))
    assert text[:o.parent_end] == "湖州市中心血站"


@pytest.mark.parametrize("text, roles, people", [
    ("安吉县卫生健康局党委书记、局长周明远表示", ["党委书记", "局长"], ["周明远"]),
    ("医院党委书记、院长陈立新表示", ["党委书记", "院长"], ["陈立新"]),
    ("据钱文静介绍，该院已完成改造", [], ["钱文静"]),
    ("赵晓东、钱文静、孙一鸣组成三人小组", [], ["赵晓东", "钱文静", "孙一鸣"]),
    ("群众的获得感、幸福感、安全感不断增强", [], []),
    ("原副院长陈立新", ["副院长"], ["陈立新"]),
])
def test_posts_and_people(text, roles, people):
    toks = tokenize(text)
    orgs = find_orgs(text, toks)
    taken = [(o.start, o.end) for o in orgs]
    found_roles = find_roles(text, taken)
    assert [r.text for r in found_roles] == roles
    spans = find_people(text, toks, [r.end for r in found_roles] + [o.end for o in orgs],
                        taken + [(r.start, r.end) for r in found_roles])
    assert [text[a:b] for a, b in spans] == people


def test_former_post_is_marked():
    (r,) = find_roles("原副院长陈立新")
    assert r.former


@pytest.mark.parametrize("name, ok", [
    ("周明远", True), ("欧阳晓", True), ("幸福感", False), ("班子", False), ("和委属", False), ("文明", False),
])
def test_plausible_names(name, ok):
    assert plausible_name(name, strict=True) is ok


def awards(text, spans, subject=None):
    return [(h.recipient, h.honour, h.conferrers, h.year, h.period) for h in find_awards(text, spans, subject)]


@pytest.mark.parametrize("text, spans, subject, expected", [
    ("2020年，安吉县人民医院被湖州市卫生健康委员会评为先进集体。",
     [Span(6, 13, "hosp"), Span(14, 24, "wjw")], None,
     [("hosp", "先进集体", ("wjw",), 2020, None)]),
    ("2021年，该院被市委、市政府评为2019年至2020年度文明单位标兵。",
     [Span(6, 8, "hosp"), Span(9, 11, "sw"), Span(12, 15, "szf")], None,
     [("hosp", "文明单位标兵", ("sw", "szf"), 2021, "2019年至2020年度")]),
    ("安吉县疾控中心强化监测，获评浙江省规范化疾控机构、全国卫生系统先进集体。",
     [Span(0, 7, "cdc")], "cdc",
     [("cdc", "浙江省规范化疾控机构", (), None, None), ("cdc", "全国卫生系统先进集体", (), None, None)]),
    ("湖州市委授予安吉县人民医院“先进基层党组织”称号。",
     [Span(0, 4, "sw"), Span(6, 13, "hosp")], None,
     [("hosp", "先进基层党组织", ("sw",), None, None)]),
    ("涌现出“湖州好青年”安吉县人民医院林晓燕等先进个人。",
     [Span(10, 17, "hosp"), Span(17, 20, "lin", True)], None,
     [("lin", "湖州好青年", (), None, None)]),
    # an aim is not an award; nor is a count of unnamed people
    ("以创建省级文明单位为目标，积极争创全国文明单位。", [], "bureau", []),
    ("全院9人获得抗疫先进个人称号。", [Span(0, 2, "hosp")], "hosp", []),
    ("警方查获的“某某案”作出判决。", [Span(0, 2, "police")], None, []),
])
def test_awards(text, spans, subject, expected):
    assert awards(text, spans, subject) == expected


@pytest.mark.parametrize("raw, expected", [
    ("“2021年度优秀单位”称号", ("优秀单位", 2021, None)),
    ("2019年至2020年度文明单位标兵", ("文明单位标兵", None, "2019年至2020年度")),
    ("第三批示范医院", ("示范医院", None, None)),
])
def test_clean_honour(raw, expected):
    assert clean_honour(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("深入推进“健康进万家”活动", ["健康进万家"]),
    ("积极开展“文明新风 你我同行”等主题党日活动", ["文明新风 你我同行"]),
    ("扎实开展“五史”教育", ["五史教育"]),
    ("深入开展爱国卫生运动", ["爱国卫生运动"]),
    ("以文明新风进社区活动为载体", ["文明新风进社区活动"]),
    ("扎实开展出生缺陷筛查工程和免费健康检查项目", ["出生缺陷筛查工程", "免费健康检查项目"]),
    ("承担老年人就医“一站通”改革项目", ["老年人就医一站通改革项目"]),
    # not programmes: a quoted word inside a longer name, a plan document
    ("开展“五四”青年节主题团日活动", []),
    ("组织开展现场观摩活动", []),
])
def test_programmes(text, expected):
    assert [name for _, _, name in find_programs(text, tokenize(text))] == expected


def test_sentences_keep_offsets_and_join_page_breaks():
    text = "第一句话。第二句话很长很长很长很长很长很长很长很长很长很长很长安吉县人民\n\n医院党委召开会议。\n标题"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["第一句话。", text[5:text.index("。", 5) + 1], "标题"]
    assert all(text[s.start:s.end] == s.text for s in sents)


ARTICLE = """安吉县卫生健康局 守护群众健康

周明远 林晓燕

今年以来，县卫生健康局坚持以人民为中心，扎实开展“健康进万家”活动。
2021年，县人民医院被湖州市卫生健康委员会评为先进集体。
县卫生健康局党委书记、局长陈立新表示，要深入开展爱国卫生运动。
县疾控中心检验科主任赵晓东带领团队完成检测任务。
"""


@pytest.fixture(scope="module")
def article():
    (doc,) = make_documents("a.txt", "", ARTICLE)
    return extract_document(doc)


def test_article_title_and_byline(article):
    assert article.document.title == "安吉县卫生健康局 守护群众健康"
    labels = {e.key: e.label for e in article.entities}
    assert sorted(labels[a] for a in article.authors) == ["周明远", "林晓燕"]


def test_article_canonical_names_use_place_context(article):
    orgs = {e.label: e for e in article.entities if e.type.is_organization}
    assert "安吉县人民医院" in orgs and "县人民医院" in orgs["安吉县人民医院"].alt_labels
    assert "安吉县疾病预防控制中心" in orgs
    assert orgs["安吉县疾病预防控制中心检验科"].type == T.ORGANIZATION


def test_article_facts(article):
    lab = {e.key: e.label for e in article.entities}
    mems = {(lab[f.person], lab.get(f.role), lab[f.organization]) for f in article.facts if isinstance(f, Membership)}
    assert mems == {("陈立新", "党委书记", "安吉县卫生健康局"), ("陈立新", "局长", "安吉县卫生健康局"),
                    ("赵晓东", "主任", "安吉县疾病预防控制中心检验科")}
    (award,) = [f for f in article.facts if isinstance(f, HonourAward)]
    assert (lab[award.recipient], lab[award.honour], [lab[c] for c in award.conferred_by], award.year) == \
        ("安吉县人民医院", "先进集体", ["湖州市卫生健康委员会"], 2021)
    assert article.document.text[award.evidence.start:award.evidence.end] == award.evidence.sentence
    progs = {(lab[f.subject], lab[f.object]) for f in article.facts if isinstance(f, Relation) and f.predicate == "carriesOut"}
    assert progs == {("安吉县卫生健康局", "健康进万家"), ("安吉县卫生健康局", "爱国卫生运动")}
    rels = {(lab[f.subject], f.predicate, lab[f.object]) for f in article.facts if isinstance(f, Relation)}
    assert ("安吉县", "containedInPlace", "湖州市") in rels and ("湖州市", "containedInPlace", "浙江省") in rels
    assert ("安吉县卫生健康局", "locatedIn", "安吉县") in rels
    assert ("安吉县疾病预防控制中心检验科", "subOrganizationOf", "安吉县疾病预防控制中心") in rels


def test_two_articles_in_one_file_are_split():
    text = ARTICLE + "\n钱文静 孙一鸣\n\n湖州市中心医院 推进改革\n\n" + "湖州市中心医院党委书记、院长林晓燕表示，医院坚持改革。" * 10
    docs = make_documents("b.txt", "", text)
    assert [d.title for d in docs] == ["安吉县卫生健康局 守护群众健康", "湖州市中心医院 推进改革"]
    assert docs[0].authors == ("周明远", "林晓燕", "钱文静", "孙一鸣")
    assert docs[0].doc_id == "b.txt#1" and docs[1].doc_id == "b.txt#2"


def test_trailing_author_in_parentheses():
    (doc,) = make_documents("c.txt", "", "某某纪实\n\n" + "安吉县人民医院坚持改革。" * 30 + "（钱文静）")
    assert doc.authors == ("钱文静",)


def test_tag_text_offsets_and_types():
    text = "安吉县卫生健康局局长周明远在湖州市调研"
    ms = tag_text(text)
    got = {(m.text, m.type) for m in ms}
    assert {("安吉县卫生健康局", T.GOVERNMENT_AGENCY), ("局长", T.ROLE), ("周明远", T.PERSON),
            ("湖州市", T.PLACE)} <= got
    assert all(text[m.start:m.end] == m.text for m in ms)


@pytest.mark.parametrize("sentence, expected", [
    ("会议决定，陈立新任安吉县卫生健康局局长。", {("陈立新", "局长", "安吉县卫生健康局", False)}),
    ("免去陈立新的安吉县人民医院院长职务。", {("陈立新", "院长", "安吉县人民医院", True)}),
    ("陈立新同志现任湖州市中心医院党委书记、院长。",
     {("陈立新", "党委书记", "湖州市中心医院", False), ("陈立新", "院长", "湖州市中心医院", False)}),
    ("陈立新的发言很精彩。", set()),
])
def test_posts_named_after_the_person(sentence, expected):
    (doc,) = make_documents("p.txt", "", "标题\n" + sentence, title="标题")
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    got = {(lab[f.person], lab.get(f.role), lab[f.organization], f.former) for f in r.facts if isinstance(f, Membership)}
    assert got == expected


def test_full_width_digits_are_read_and_evidence_stays_verbatim():
    (doc,) = make_documents("w.txt", "", "标题\n２０２１年，安吉县人民医院被湖州市卫生健康委员会评为先进集体。", title="标题")
    r = extract_document(doc)
    (award,) = [f for f in r.facts if isinstance(f, HonourAward)]
    assert award.year == 2021
    assert "２０２１年" in award.evidence.sentence
    assert doc.text[award.evidence.start:award.evidence.end] == award.evidence.sentence


FEATURE = """守护百姓健康 争做时代先锋
——记安吉县人民医院党委

记者 钱文静 通讯员 孙一鸣

近年来，安吉县人民医院党委坚持党建引领，先后荣获“浙江省先进基层党组织”“湖州市文明单位”等称号。2022年，医院被浙江省卫生健康委员会评为省级重点专科建设单位。
医院党委书记陈立新介绍，医院深入开展“三服务”活动。
在抗击疫情中，医院感染科主任、第一党支部书记赵晓东带领团队坚守一线，被授予“湖州市抗疫先进个人”称号。
原县人民医院院长王建华现已调任县中医院党委书记。
"""


def test_a_feature_about_a_hospital_party_committee():
    (doc,) = make_documents("f.txt", "", FEATURE)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    assert sorted(lab[a] for a in r.authors) == ["孙一鸣", "钱文静"]
    awards = {(lab[f.recipient], lab[f.honour], tuple(lab[c] for c in f.conferred_by), f.year)
              for f in r.facts if isinstance(f, HonourAward)}
    assert awards == {("安吉县人民医院党委", "浙江省先进基层党组织", (), None),
                      ("安吉县人民医院党委", "湖州市文明单位", (), None),
                      ("安吉县人民医院", "省级重点专科建设单位", ("浙江省卫生健康委员会",), 2022),
                      ("赵晓东", "湖州市抗疫先进个人", (), None)}
    mems = {(lab[f.person], lab.get(f.role), lab[f.organization], f.former)
            for f in r.facts if isinstance(f, Membership)}
    assert mems == {("陈立新", "党委书记", "安吉县人民医院", False),
                    ("赵晓东", "主任", "安吉县人民医院感染科", False),
                    ("赵晓东", "书记", "安吉县人民医院第一党支部", False),
                    ("王建华", "院长", "安吉县人民医院", True),
                    ("王建华", "党委书记", "安吉县中医院", False)}
    progs = {(lab[f.subject], lab[f.object]) for f in r.facts if isinstance(f, Relation) and f.predicate == "carriesOut"}
    assert progs == {("安吉县人民医院", "三服务")}


BUREAU = """德清县卫生健康局：聚焦民生实事 提升服务能力
今年以来，县卫生健康局党组坚持以人民为中心的发展思想，扎实推进“健康德清”建设。
一是深化党史学习教育。局党组书记、局长吴建国带头讲党课。二是强化队伍建设。县疾控中心、县妇幼保健院分别获评“浙江省青年文明号”和“全省三八红旗集体”。
县第一人民医院副院长沈丽华介绍，医院今年完成手术1.2万台。
在全省卫生健康系统表彰大会上，县卫生健康综合行政执法队被省卫生健康委授予“全省卫生监督工作先进集体”称号，执法队队长朱海峰获评“全省优秀卫生监督员”。
（德清县卫生健康局 姚丽娟）
"""


def test_a_county_bureau_report():
    (doc,) = make_documents("g.txt", "", BUREAU)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    assert [lab[a] for a in r.authors] == ["姚丽娟"]
    awards = {(lab[f.recipient], lab[f.honour], tuple(lab[c] for c in f.conferred_by))
              for f in r.facts if isinstance(f, HonourAward)}
    assert awards == {("德清县疾病预防控制中心", "浙江省青年文明号", ()),
                      ("德清县妇幼保健院", "全省三八红旗集体", ()),
                      ("德清县卫生健康综合行政执法队", "全省卫生监督工作先进集体", ("浙江省卫生健康委员会",)),
                      ("朱海峰", "全省优秀卫生监督员", ())}
    mems = {(lab[f.person], lab.get(f.role), lab[f.organization]) for f in r.facts if isinstance(f, Membership)}
    assert mems == {("吴建国", "党组书记", "德清县卫生健康局"), ("吴建国", "局长", "德清县卫生健康局"),
                    ("沈丽华", "副院长", "德清县第一人民医院"), ("朱海峰", "队长", "德清县卫生健康综合行政执法队")}
    assert "医院" not in lab.values()


COMMISSION = """绍兴市卫健委：以“清风卫健”建设推动行业作风持续好转

通讯员 周晓红

市人民医院院长、党委副书记钱国平表示，医院将清廉建设融入医疗服务全过程。
6月，市疾控中心、市中心血站被省卫生健康委评为2021年度全省卫生健康系统先进集体。越城区人民医院党总支书记李立新（原市人民医院副院长）说，我们将继续深化改革。
"""


def test_a_city_commission_report():
    (doc,) = make_documents("h.txt", "", COMMISSION)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    awards = {(lab[f.recipient], lab[f.honour], tuple(lab[c] for c in f.conferred_by), f.year)
              for f in r.facts if isinstance(f, HonourAward)}
    assert awards == {(u, "全省卫生健康系统先进集体", ("浙江省卫生健康委员会",), 2021)
                      for u in ("绍兴市疾病预防控制中心", "绍兴市中心血站")}
    mems = {(lab[f.person], lab.get(f.role), lab[f.organization], f.former)
            for f in r.facts if isinstance(f, Membership)}
    assert mems == {("钱国平", "院长", "绍兴市人民医院", False), ("钱国平", "党委副书记", "绍兴市人民医院", False),
                    ("李立新", "党总支书记", "越城区人民医院", False), ("李立新", "副院长", "绍兴市人民医院", True)}


@pytest.mark.parametrize("text, expected", [
    ("加快推进健康湖州建设", ["健康湖州"]),
    ("助力健康中国建设", ["健康中国"]),
    ("开展健康教育", []),
    ("大力倡导‘三减三健’等健康生活方式", []),
    ("深入开展‘五好’活动", ["五好"]),
])
def test_programmes_named_after_places_and_in_single_quotes(text, expected):
    assert [name for _, _, name in find_programs(text, tokenize(text))] == expected


def test_places_named_in_the_text_join_the_hierarchy():
    text = "湖州市卫生健康委员会 推进改革\n湖州市卫健委帮扶长兴县和德清县的乡村医生，并派员支援杭州。\n完成县级医院改造。"
    (doc,) = make_documents("p.txt", "", text)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    rels = {(lab[f.subject], lab[f.object]) for f in r.facts if isinstance(f, Relation) and f.predicate == "containedInPlace"}
    assert {("长兴县", "湖州市"), ("德清县", "湖州市"), ("湖州市", "浙江省"), ("杭州市", "浙江省")} <= rels
    assert "成县" not in lab.values()          # 完成县级: no place is made from ordinary words


def test_a_self_standing_name_inside_another_name_is_not_read():
    text = "农工党中央主席出席会议"
    assert [o.text for o in find_orgs(text, tokenize(text))] != ["党中央"]


BRANCH = """安吉县中医医院第二党支部开展“学思想 强党性”主题党日活动

3月15日，安吉县中医医院第二党支部组织全体党员开展“学思想 强党性”主题党日活动。活动由支部书记、骨伤科主任钱建华主持。
会上，医院党委副书记、院长孙立平为党员讲授专题党课。
"""


def test_a_party_branch_post():
    (doc,) = make_documents("b.txt", "", BRANCH)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    mems = {(lab[f.person], lab.get(f.role), lab[f.organization]) for f in r.facts if isinstance(f, Membership)}
    assert mems == {("钱建华", "支部书记", "安吉县中医医院第二党支部"), ("钱建华", "主任", "安吉县中医医院骨伤科"),
                    ("孙立平", "院长", "安吉县中医医院"), ("孙立平", "党委副书记", "安吉县中医医院")}
    progs = {(lab[f.subject], lab[f.object]) for f in r.facts if isinstance(f, Relation) and f.predicate == "carriesOut"}
    assert progs == {("安吉县中医医院第二党支部", "学思想 强党性")}
