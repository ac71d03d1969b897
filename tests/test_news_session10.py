"""Readings added in the tenth session from blind reviews of national news. Every person's name is invented."""
from __future__ import annotations

import pytest

from readings import carriers


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
