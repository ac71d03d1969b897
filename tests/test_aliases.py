"""Merging across articles: a body one article names only by the short name another article gives it."""
from __future__ import annotations

from kg.aliases import apply_aliases, short_names
from kg.model import ArticleResult, Document, Entity
from kg.model import EntityType as T


def _result(doc_id: str, *orgs: tuple[str, tuple[str, ...]]) -> ArticleResult:
    doc = Document(doc_id=doc_id, source_file=doc_id, text="x")
    return ArticleResult(doc, tuple(Entity(f"org:{label}", T.ORGANIZATION, label, alts) for label, alts in orgs))


def test_a_short_name_given_in_one_article_merges_a_body_named_so_in_another():
    results = [_result("a", ("世界营养组织", ("世营组织",))), _result("b", ("世界营养组织", ())),
               _result("c", ("世营组织", ()))]
    assert short_names(results) == {"org:世营组织": "org:世界营养组织"}
    merged, table = apply_aliases(results, None)
    (entity,) = merged[2].entities
    assert (entity.key, entity.label) == ("org:世界营养组织", "世界营养组织")
    assert "short-name-across-articles" in table


def test_no_merge_when_the_short_name_is_two_bodies_or_a_kind_and_the_rarer_full_name_folds():
    # one short name given to two bodies
    two = [_result("a", ("江南大学附属医院", ("附院总部",))), _result("b", ("青川大学附属医院", ("附院总部",))),
           _result("c", ("江南大学附属医院", ()), ("青川大学附属医院", ())), _result("d", ("附院总部", ()))]
    assert short_names(two) == {}
    # a kind of body (中心医院), whose it is only its own article knew
    kind = [_result("a", ("江南市中心医院", ("中心医院",))), _result("b", ("江南市中心医院", ())),
            _result("c", ("中心医院", ()))]
    assert short_names(kind) == {}
    # a "fuller" name read once (with words glued on, or a task force's full name) does not take over a body named
    # often: it folds into the common form
    glued = [_result("a", ("小组向青松医院", ("青松医院",)))] + [_result(f"b{i}", ("青松医院", ())) for i in range(3)]
    assert short_names(glued) == {"org:小组向青松医院": "org:青松医院"}
    group = [_result("a", ("中央赴某省指导组", ("中央指导组",)))] + [_result(f"b{i}", ("中央指导组", ())) for i in range(2)]
    assert short_names(group) == {"org:中央赴某省指导组": "org:中央指导组"}


def test_a_place_before_the_same_name_merges_even_when_named_once():
    # 某市某某医院 (named once, with its short name) and a bare 某某医院 elsewhere: one hospital, under the commoner
    # form (a real city: the gazetteer's); a county's short name before a name is no such place
    once = [_result("a", ("武汉青松山医院", ("青松山医院",))), _result("b", ("青松山医院", ()))]
    assert short_names(once) == {"org:青松山医院": "org:武汉青松山医院"}
    often = once + [_result("c", ("青松山医院", ()))]
    assert short_names(often) == {"org:武汉青松山医院": "org:青松山医院"}
    county = [_result("a", ("通道青松山委员会", ("青松山委员会",))), _result("b", ("青松山委员会", ()))]
    assert short_names(county) == {}


def test_a_placed_name_in_one_article_and_the_bare_name_in_another_are_one_body():
    # no article gives the short form beside the full one: the place before the same proper name is enough
    apart = [_result("a", ("武汉青松山医院", ())), _result("b", ("青松山医院", ()))]
    assert short_names(apart) == {"org:青松山医院": "org:武汉青松山医院"}
    university = [_result("a", ("上海江岭大学", ())), _result("b", ("江岭大学", ())), _result("c", ("江岭大学", ()))]
    assert short_names(university) == {"org:上海江岭大学": "org:江岭大学"}
    # not a kind of hospital, which every city has
    for kind in ("肺科医院", "优抚医院", "第三医院", "中医医院"):
        assert short_names([_result("a", ("武汉" + kind, ())), _result("b", (kind, ()))]) == {}, kind
    # nor two cities' hospitals of one name
    two = [_result("a", ("武汉青松山医院", ())), _result("b", ("上海青松山医院", ())), _result("c", ("青松山医院", ()))]
    assert short_names(two) == {}


def test_one_place_written_short_and_in_full_is_one_body_across_articles():
    results = [_result("a", ("武汉青松山医院", ())), _result("b", ("武汉市青松山医院", ())), _result("c", ("武汉市青松山医院", ()))]
    assert short_names(results) == {"org:武汉青松山医院": "org:武汉市青松山医院"}


def test_a_universitys_hospital_written_with_or_without_its_school_and_the_place_before_it():
    results = [_result("a", ("江岭科技大学青松医院", ("青松医院", "武汉江岭科技大学青松医院"))),
               _result("b", ("江岭科技大学青松医院", ())),
               _result("c", ("江岭科技大学青松医学院附属青松医院", ())),
               _result("d", ("江岭科大青松医院", ())),
               _result("e", ("武汉青松医院", ())), _result("f", ("青松医院", ()))]
    assert short_names(results) == {"org:江岭科技大学青松医学院附属青松医院": "org:江岭科技大学青松医院",
                                    "org:江岭科大青松医院": "org:江岭科技大学青松医院",
                                    "org:武汉青松医院": "org:江岭科技大学青松医院",
                                    "org:青松医院": "org:江岭科技大学青松医院"}
    # a numbered hospital of the university is another body; so is another place's hospital of the name
    other = [_result("a", ("江岭大学第一医院", ())), _result("b", ("江岭大学附属第二医院", ())),
             _result("c", ("江岭科技大学青松医院", ("武汉江岭科技大学青松医院",))), _result("d", ("上海青松医院", ()))]
    assert short_names(other) == {}


def test_a_placed_short_name_goes_to_the_one_owner_written_with_that_place():
    results = [_result("a", ("江岭大学附属青松医院", ("青松医院", "武汉江岭大学附属青松医院"))),
               _result("b", ("北京青松医院", ("青松医院",))), _result("c", ("青松医院", ())),
               _result("d", ("武汉青松医院", ()))]
    assert short_names(results)["org:武汉青松医院"] == "org:江岭大学附属青松医院"
    assert "org:青松医院" not in short_names(results)       # (two bodies own the bare name)
