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
