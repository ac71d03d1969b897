"""Places in national news: a place is read only where a name means it, not inside other words."""
from __future__ import annotations

import pytest

from kg.articles import make_documents
from kg.model import EntityType as T
from kg.model import Relation
from kg.pipeline import extract_document
from kg.resolve import leading_place


def located(text: str) -> tuple[set, set]:
    (doc,) = make_documents("p.txt", "", text)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    places = {e.label for e in r.entities if e.key.startswith("place:")}
    return places, {(lab[f.subject], lab[f.object]) for f in r.facts
                    if isinstance(f, Relation) and f.predicate == "locatedIn"}


@pytest.mark.parametrize("name, expected", [
    ("四川省遂宁市大英县人民医院", "大英县"),
    ("湖北省武汉市公安局", "武汉市"),          # 公安 after 武汉市 is the police, not 公安县 of another city
    ("江苏省苏州市公安局", "苏州市"),
    ("武汉市江岸区卫生健康局", "江岸区"),
])
def test_a_place_after_a_place_lies_inside_it(name, expected):
    place, _ = leading_place(name, frozenset())
    assert place is not None and place.name == expected


@pytest.mark.parametrize("text, places, rels", [
    ("新闻\n今天，武汉市公安局的民警正在执勤。\n", {"武汉市", "湖北省"}, {("武汉市公安局", "武汉市")}),
    ("新闻\n截至北京时间今天16时，累计报告确诊病例100例。\n", set(), set()),
    ("新闻\n今天上午，北京举行了义诊活动。\n", {"北京市"}, set()),
    # a county-level short name right after its own province is that place (the tagger may call it a name)
    ("新闻\n内蒙古满洲里现有确诊病例6例。\n", {"内蒙古自治区", "呼伦贝尔市", "满洲里市"}, set()),
    ("新闻\n浙江嘉兴迅速开展核酸检测。\n", {"浙江省", "嘉兴市"}, set()),
    # a heading of the gazetteer is no place: a county-level city under its province
    ("新闻\n湖北天门市开展排查。\n", {"湖北省", "天门市"}, set()),
    # no place begins inside a word (千|叶县, 滨|海城市); one after a place does (辽宁|海城市)
    ("新闻\n在千叶县，一名患者高烧至40℃。\n", set(), set()),
    ("新闻\n这里是滨海城市。\n", set(), set()),
    ("新闻\n辽宁海城市报告病例。\n", {"辽宁省", "鞍山市", "海城市"}, set()),
    # a town right after its county, whatever the tagger makes of it (石期/n 市镇/n)
    ("新闻\n这是发生在湖南省东安县石期市镇司法调解室里的一幕。\n", {"湖南省", "永州市", "东安县", "石期市镇"}, set()),
    # a province's and a city's short names the tagger keeps as one word (辽宁大连/ns)
    ("新闻\n5月19日，辽宁大连中小学全部返校。\n", {"辽宁省", "大连市"}, set()),
    # no county begins inside a common word (完成县 is no 成县), so a bare 县 names no county here
    ("新闻\n今年完成县中医院改造。\n", set(), set()),
    # a 、-list member the tagger calls a name, between places of one province, is a place of it
    ("新闻\n工作组前往贵港、玉林、梧州。\n", {"广西壮族自治区", "贵港市", "玉林市", "梧州市"}, set()),
    # a city's short name the tagger took for a word, after its province or in an article about its province
    ("新闻\n大瑞铁路连接云南大理和瑞丽。\n", {"云南省", "大理白族自治州"}, set()),
    ("新闻\n吉林省正从省内松原、通化等地调运物资。\n", {"吉林省", "松原市", "通化市"}, set()),
    # a district named like another place's, right after that place, is part of it (通州老城区); a place's name
    # ending inside a longer one (三|沙市) is the longer one's
    ("新闻\n北京市今天通报，在通州老城区，社区医院正在建设。\n", {"北京市", "通州区"}, set()),
    ("新闻\n位于三沙市七连屿的西沙洲。\n", {"海南省", "三沙市"}, set()),
    # members of a list of places whatever the tagger calls them (恩施/n, 仙桃/n, 天门/ns)
    ("新闻\n湖北恩施、仙桃、天门、潜江等地开展义诊。\n", {"湖北省", "恩施土家族苗族自治州", "仙桃市", "天门市", "潜江市"}, set()),
    # an autonomous prefecture by its short name and 州
    ("新闻\n四川凉山州开展义诊。\n", {"四川省", "凉山彝族自治州"}, set()),
    # 和 joining two words is no county 和县; after its province it is
    ("新闻\n组建城市医疗集团和县域医共体。\n", set(), set()),
    ("新闻\n沿线大中城市和县市区受益。\n", set(), set()),
])
def test_places_in_news(text, places, rels):
    assert located(text) == (places, rels)


def test_a_group_named_without_where_it_was_sent_is_one_node():
    (doc,) = make_documents("g.txt", "", "新闻\n中央赴江南指导组召开会议。中央指导组看望医务人员。\n")
    orgs = [e for e in extract_document(doc).entities if e.type.is_organization]
    assert [(e.label, tuple(e.alt_labels)) for e in orgs] == [("中央赴江南指导组", ("中央指导组",))]


def test_a_body_named_again_without_its_place_is_one_node():
    # 东湖 alone is also a district elsewhere: the place named in front decides
    (doc,) = make_documents("d.txt", "", "新闻\n武汉东湖医院今天收治病人。东湖医院有医护人员3000名。\n")
    orgs = [e for e in extract_document(doc).entities if e.type.is_organization]
    assert [(e.label, tuple(e.alt_labels)) for e in orgs] == [("武汉东湖医院", ("东湖医院",))]


@pytest.mark.parametrize("name, place", [
    ("永丰村青松卫生室", None),          # a village named like a county is not that county
    ("永丰县人民医院", "永丰县"),
    ("共和国青松医院", None),            # 共和国 is a word, not 共和 (a county) and 国
    ("武汉国际青松中心", "武汉市"),      # 国际 opens no word with the place
    ("广西区委", "广西壮族自治区"),      # an autonomous region calls itself 区
    ("公安部", None),                    # 公安部 is a word: no 公安县 in it
    ("玉树州人民医院", "玉树藏族自治州"),  # the place's own level character, shortened
])
def test_a_short_place_name_the_name_goes_on_from(name, place):
    from kg.resolve import leading_place
    got, _ = leading_place(name, frozenset())
    assert (got.name if got else None) == place


def test_an_organisation_named_after_a_city_is_not_in_it():
    from kg.pipeline import _places
    from kg.resolve import PlaceContext
    from kg.pipeline import _Article
    (doc,) = make_documents("p.txt", "", "新闻\n会议举行。\n")
    art = _Article(doc, PlaceContext())
    art.add("org:苏州合作组织", T.ORGANIZATION, "苏州合作组织")
    art.add("org:苏州合作医疗办公室", T.GOVERNMENT_AGENCY, "苏州合作医疗办公室")
    _places(art)
    located = {f.subject for f in art.facts if isinstance(f, Relation) and f.predicate == "locatedIn"}
    assert located == {"org:苏州合作医疗办公室"}


def test_a_county_short_name_opening_a_body_far_from_the_article_places_locates_nothing():
    places, rels = located("新闻\n北京市卫生健康委员会介绍，友谊医院新院区已正式开诊。\n")
    assert "友谊县" not in places and ("友谊医院", "友谊县") not in rels


@pytest.mark.parametrize("text, expected", [
    # a kind of body written bare is the one just named, the national one among ministries, or none at all
    ("新闻\n南洋国疾控中心主任表示。疾控中心的工作一再受到干预。\n", ["南洋国疾病预防控制中心"]),
    ("新闻\n国务院办公厅、渔业林木部、卫生健康委负责人作了发言。\n", ["国务院办公厅", "渔业林木部", "国家卫生健康委员会"]),
    ("新闻\n卫生健康委要求各地加强监测。疾控中心发布提示。\n", []),
    # a field's bureau named bare is the one of the city the sentence names before it (a real city: the
    # gazetteer's); with no place it is none; a national or foreign bureau is not such a one
    ("新闻\n在江西宜春，司法局全面推行法律援助。\n", ["宜春市司法局"]),
    ("新闻\n司法局发布通知。\n", []),
    # a general bureau is a national one
    ("新闻\n市场监管总局相关负责人介绍情况。\n", ["国家市场监督管理总局"]),
    # a body of a kind qualified by a city's short name is named with the city's full name; a proper name is not
    ("新闻\n柯立华是武汉第三医院急诊科主任。武汉市第三医院收治患者。\n", ["武汉市第三医院", "武汉市第三医院急诊科"]),
    ("新闻\n武汉青松医院收治患者。\n", ["武汉青松医院"]),
])
def test_a_bare_kind_of_body_is_the_one_the_context_names(text, expected):
    (doc,) = make_documents("k.txt", "", text)
    assert sorted(e.label for e in extract_document(doc).entities if e.type.is_organization) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a city written before a university's name is no part of it, but is where the university is; the campus 东院区
    # is the campus 东院 (real cities: the gazetteer's)
    ("新闻\n武汉市青松科技大学附属医院东院区收治病人。\n",
     {("青松科技大学", "locatedIn", "武汉市"), ("青松科技大学附属医院", "subOrganizationOf", "青松科技大学"),
      ("青松科技大学附属医院东院", "subOrganizationOf", "青松科技大学附属医院")}),
    # a generic university (职业大学, 第二医学院) keeps its city
    ("新闻\n苏州市职业大学招生。\n", {("苏州市职业大学", "locatedIn", "苏州市")}),
])
def test_a_city_before_a_university(text, expected):
    (doc,) = make_documents("u.txt", "", text)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    assert {(lab[f.subject], f.predicate, lab[f.object]) for f in r.facts if isinstance(f, Relation)
            and f.predicate in ("locatedIn", "subOrganizationOf")} == expected


def test_a_special_district_is_short_for_its_name_without_te_qu():
    from kg.gazetteer import gazetteer
    gz = gazetteer()
    assert [p.name for p in gz.candidates("六枝")] == ["六枝特区"] and gz.candidates("六枝特") == []
