"""Readings added in the ninth session from blind reviews of national news: towns the gazetteer lacks before
their clinic, ministries' departments named by several field words, surnames that are also function words right
after a word for a kind of person, adverbs the cut glued to a name's last character. Every person's name is
invented."""
from __future__ import annotations

import pytest

from readings import bodies, persons, units


@pytest.mark.parametrize("text, expected", [
    # a town no gazetteer lists, named whole between a preposition and its clinic
    ("在石家畈镇卫生院，医疗团队开始查房。", ["石家畈镇卫生院"]),
    ("医生们来到王家畈乡中心卫生院，看望病人。", ["王家畈乡中心卫生院"]),
    # no town: a function word or a kind of place before 镇
    ("全县各乡镇卫生院都有医生。", []),
    ("要重点对镇卫生院进行检查。", []),
    # a kind of hospital after 的 is no hospital's name, however the tagger tags the word
    ("他在儿童医院工作。", []),
])
def test_town_clinics_and_kinds_of_hospital(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry's department named by several field words, 与 joining two of them, 指导 closing them
    ("教育部体育卫生与艺术教育司有关负责人介绍。", [("教育部体育卫生与艺术教育司", "教育部")]),
    ("农业农村部农村合作经济指导司有关负责人介绍。", [("农业农村部农村合作经济指导司", "农业农村部")]),
    # the cut's rare word over 部 and the department's first character (某部优|抚司)
    ("退役军人事务部优抚司司长刘明远说。", [("退役军人事务部优抚司", "退役军人事务部")]),
])
def test_ministry_departments(text, expected):
    assert units(text) == expected


def test_an_inter_ministerial_meeting_names_no_ministry():
    assert bodies("卫生部际联席会议召开。") == []


@pytest.mark.parametrize("text, expected", [
    # 于, 和 as surnames right after a word for a kind of person, the given name a name or the age just before
    ("62岁的村民于长顺5天前出现咳嗽。", ["于长顺"]),
    ("村医和燕取消了春节休假。", ["和燕"]),
    # the same words as the function words they usually are
    ("患者和家属都很满意。", []),
    ("老人和老伴都来了。", []),
    ("患者和医护都来了。", []),
    ("患者于当天出院。", []),
    ("此前老人曾有使用呼吸机的经历。", []),
    # an adverb the cut glued to the name's last character (某某正|在 read as 正在)
    ("45岁的魏琛正在接受治疗。", ["魏琛"]),
    ("患者钱凡是第一次来。", ["钱凡"]),
])
def test_names_after_a_kind_of_person(text, expected):
    assert persons(text) == expected
