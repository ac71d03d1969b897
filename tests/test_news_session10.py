"""Readings added in the tenth session from blind reviews of national news. Every person's name is invented."""
from __future__ import annotations

import pytest

from readings import bodies, carriers


@pytest.mark.parametrize("text, expected", [
    # a named plan after the verb that launches it, the nation as its scope
    ("近日，教育部启动全国县域普通高中乡村教师岗位计划。", [("教育部", "全国县域普通高中乡村教师岗位计划")]),
    # the year of the edition before the name is no part of it; a slogan of round counts is
    ("今天，人力资源社会保障部启动2024年百日千万就业专项行动。", [("人力资源和社会保障部", "百日千万就业专项行动")]),
    ("今天，教育部启动2025年义务教育阳光招生专项行动。", [("教育部", "义务教育阳光招生专项行动")]),
    # no programme: a plan of work, a count of actions
    ("今天，教育部制定工作计划。", []),
    ("今天，教育部启动全国两项行动。", []),
])
def test_launched_programmes_with_a_year_or_a_scope(text, expected):
    assert carriers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry named by its fields, opening the clause before 等 and a count of departments
    ("人力资源社会保障部等五部门联合印发通知。", ["人力资源和社会保障部"]),
    ("人力资源社会保障部等部门联合印发通知。", ["人力资源和社会保障部"]),
    # a world body the tagger knows whole: the noun the cut left before it is no part of its name
    ("美国政府此举是甩锅世界卫生组织。", ["世界卫生组织", "美国政府"]),
    # 市政府 listed after a county-level city's committee is that city's government
    ("当天，平度市委、市政府派出工作组。", ["平度市委", "平度市政府"]),
])
def test_bodies_from_the_tenth_sessions_reviews(text, expected):
    assert bodies(text) == expected
