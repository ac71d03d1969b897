"""Readings added in the thirteenth session, from blind reviews of articles of the corpus's genre. Names are invented."""
from __future__ import annotations

import pytest

from kg.articles import make_documents
from kg.extract.people import plausible_name
from kg.model import HonourAward, Membership, Relation
from kg.pipeline import extract_document
from readings import memberships, persons


def _article(text):
    """The result of text read as one article (its first line the title), and its entities' labels by key."""
    (doc,) = make_documents("q.txt", "", text)
    r = extract_document(doc)
    return r, {e.key: e.label for e in r.entities}


def _posts_in(text):
    """(person, post or None, body) of each membership read."""
    r, labels = _article(text)
    return sorted((labels[f.person], labels[f.role] if f.role else None, labels[f.organization])
                  for f in r.facts if isinstance(f, Membership))


def _awards_in(text):
    """(recipient, honour, conferrers, year) of each award read."""
    r, labels = _article(text)
    return sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by), f.year)
                  for f in r.facts if isinstance(f, HonourAward))


def _carried_in(text):
    """(body, programme) of each carriesOut read."""
    r, labels = _article(text)
    return sorted((labels[f.subject], labels[f.object]) for f in r.facts
                  if isinstance(f, Relation) and f.predicate == "carriesOut")


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
