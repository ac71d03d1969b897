"""Programmes as national news names them: who hosts them (由…主办的), a head before the quoted name, and a
place, not a body, as the actor."""
from __future__ import annotations

import pytest

from kg.articles import make_documents
from kg.model import Relation
from kg.pipeline import extract_document


def carried(text: str) -> set[tuple[str, str]]:
    (doc,) = make_documents("q.txt", "", text)
    r = extract_document(doc)
    lab = {e.key: e.label for e in r.entities}
    return {(lab[f.subject], lab[f.object]) for f in r.facts if isinstance(f, Relation) and f.predicate == "carriesOut"}


@pytest.mark.parametrize("text, expected", [
    ("新闻\n由江南省卫生健康委员会、江南省红十字会共同主办的主题活动“健康江南行”今天启动。\n",
     {("江南省卫生健康委员会", "健康江南行"), ("江南省红十字会", "健康江南行")}),
    ("新闻\n江南省卫生健康委员会今天启动“健康江南行”主题活动。\n",
     {("江南省卫生健康委员会", "健康江南行")}),
    # bodies acting together before a launching verb; a quoted name holding its own head
    ("新闻\n江南省民政厅、江南省总工会、江南省妇联启动就业援助“暖冬助学活动”。\n",
     {("江南省民政厅", "暖冬助学活动"), ("江南省总工会", "暖冬助学活动"), ("江南省妇联", "暖冬助学活动")}),
    ("新闻\n江南省民政厅会同江南省总工会开展“暖冬助学活动”。\n",
     {("江南省民政厅", "暖冬助学活动"), ("江南省总工会", "暖冬助学活动")}),
    # a count of the bodies after the list (等9部门) still joins them
    ("新闻\n日前，江岭资源部、海洋渔业部等9部门联合开展2025年“春风暖人”服务行动。\n",
     {("江岭资源部", "春风暖人"), ("海洋渔业部", "春风暖人")}),
    # an action named in full after the verb that launches it; a quoted name before APP is a product
    ("新闻\n江南省卫生健康委员会近日启动了全省托育服务质量提升三年行动。\n",
     {("江南省卫生健康委员会", "托育服务质量提升三年行动")}),
    ("新闻\n可登录江南省卫生健康委员会网站或通过“健康江南行”APP查询。\n", set()),
    # a law's title and a campaign's head name a campaign
    ("新闻\n江岭资源部、海洋渔业部等六部门今天启动《海洋保护法》宣传周。\n",
     {("江岭资源部", "《海洋保护法》宣传周"), ("海洋渔业部", "《海洋保护法》宣传周")}),
])
def test_who_runs_a_programme(text, expected):
    assert carried(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a campaign month or year, counted nouns inside a long slogan, a two-character stem before 建设年
    ("新闻\n江南市卫生健康委员会开展纪律教育月活动。\n", {("江南市卫生健康委员会", "纪律教育月活动")}),
    ("新闻\n江南市卫生健康委员会开展一名党员一面旗帜主题活动。\n", {("江南市卫生健康委员会", "一名党员一面旗帜主题活动")}),
    ("新闻\n江南市卫生健康委员会深入开展支部建设年、提升服务效能活动年。\n",
     {("江南市卫生健康委员会", "支部建设年"), ("江南市卫生健康委员会", "提升服务效能活动年")}),
    # a campaign's own verb and scope open its name (全国打击某某专项行动)
    ("新闻\n渔业林木部部署开展全国打击毁苗专项行动。\n", {("渔业林木部", "全国打击毁苗专项行动")}),
    ("新闻\n渔业林木部部署开展打击考场作弊等专项行动。\n", {("渔业林木部", "打击考场作弊专项行动")}),
    # a plan of action a body publishes (《…提升计划（年份）》); a plan of development is a document
    ("新闻\n渔业林木部今天发布《健康渔民行动提升计划（2021—2025年）》。\n", {("渔业林木部", "健康渔民行动提升计划")}),
    ("新闻\n渔业林木部印发《渔业发展规划》。\n", set()),
    # a campaign month or week counted by its editions (第32个某某卫生月)
    ("新闻\n全国爱卫会部署开展第32个青松卫生月活动。\n", {("全国爱国卫生运动委员会", "青松卫生月")}),
    ("新闻\n这是他住院的第3个月。\n", set()),
])
def test_unquoted_names_with_numerals_and_years(text, expected):
    assert carried(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the initiative a plan is drawn up for, after the plan's scope or body; not an ordinary task
    ("新闻\n江南县卫生健康局制定下发县卫生健康系统廉洁进科室实施方案。\n", {("江南县卫生健康局", "廉洁进科室")}),
    ("新闻\n江南市卫生健康委员会制定《江南市卫生健康委员会窗口服务提质建设实施方案》。\n",
     {("江南市卫生健康委员会", "窗口服务提质建设")}),
    ("新闻\n江南市卫生健康委员会制定疫情防控实施方案。\n", set()),
])
def test_the_initiative_a_plan_names(text, expected):
    assert carried(text) == expected


@pytest.mark.parametrize("text, expected", [
    # quoted names side by side share the head after the last; the words before the head stay as written
    ("新闻\n江南省教育厅推进“清网2030”“护苗2030”专项行动。\n",
     {("江南省教育厅", "清网2030"), ("江南省教育厅", "护苗2030")}),
    ("新闻\n江南省教育厅开展“短视频”专项治理行动。\n", {("江南省教育厅", "短视频专项治理行动")}),
    # a count before the head names a set of actions, each quoted name one of them
    ("新闻\n江南省教育厅实施“师德铸魂”“警示长鸣”等六大行动。\n",
     {("江南省教育厅", "师德铸魂"), ("江南省教育厅", "警示长鸣")}),
    # the action a plan of action is for
    ("新闻\n江南省邮政管理局发布《快件进乡三年行动方案》。\n", {("江南省邮政管理局", "快件进乡三年行动")}),
])
def test_quoted_runs_counted_heads_and_action_plans(text, expected):
    assert carried(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新闻\n江南市卫生健康委员会要求各地把发展普惠托育作为重要民生工程。\n", set()),
    # a kind of project, a principle in quotes, a deed: no programme
    ("新闻\n江南市卫生健康委员会统筹推进重大标志性工程建设。\n", set()),
    ("新闻\n江南市卫生健康委员会广泛开展群众性文化活动。\n", set()),
    ("新闻\n江南市卫生健康委员会落实“医者治医”、“专家治院”原则。\n", set()),
    ("新闻\n江南市卫生健康委员会号召把热情付诸实际行动。\n", set()),
    ("新闻\n江南市卫生健康委员会开展两个专项行动。\n", set()),
])
def test_a_clause_is_no_programme(text, expected):
    assert carried(text) == expected


def test_a_place_acting_takes_no_body_from_the_title():
    text = ("江南市卫生健康委员会：推进家庭医生签约服务\n江南市卫生健康委员会全面推进家庭医生签约服务。"
            "北京已将出院患者全部纳入家庭医生签约服务范围。\n")
    (doc,) = make_documents("q.txt", "", text)
    r = extract_document(doc)
    rels = [f for f in r.facts if isinstance(f, Relation) and f.predicate == "carriesOut"]
    assert rels and all("北京" not in r.evidence.sentence for r in rels)


def test_a_headline_in_a_bulletin_takes_no_body_from_the_story_before():
    text = ("国内联播快讯\n江南省教育厅召开会议\n江南省教育厅今天召开会议，部署秋季开学工作。\n"
            "青川新区“三园一馆”项目开工\n青川新区首批公共服务项目今天开工。\n")
    assert carried(text) == set()



def test_a_press_office_runs_none_of_the_programmes_it_announces():
    assert carried("新闻\n国务院新闻办公室今天举行发布会，介绍“护苗2030”专项行动。\n") == set()
