"""Readings added in the sixteenth session, from blind reviews of national news and of the corpus's genre, and from
the public benchmarks' error analysis. Names are invented (none occurs in the national news file)."""
from __future__ import annotations

import pytest

from kg.model import EntityType as T
from kg.tagger import tag_text
from readings import persons


def tagged_persons(text):
    """The persons `kg mentions` tags in text."""
    return [m.text for m in tag_text(text) if m.type == T.PERSON]


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
