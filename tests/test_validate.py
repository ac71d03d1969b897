"""Tests of kg.validate and the `kg validate` command: SHACL conformance of exported graphs."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Quad

from kg.cli import main
from kg.errors import InputError
from kg.export import write_exports
from kg.graph import to_quads
from kg.iri import DEFAULT_BASE, mint
from kg.validate import default_shapes, validate_file
from kg.vocab import KG, ORG, RDF, RDFS


def write(quads: list[Quad], folder: Path) -> Path:
    write_exports(quads, folder)
    return folder / "graph.ttl"


@pytest.fixture
def quads(results) -> list[Quad]:
    return to_quads(results, DEFAULT_BASE)


@pytest.fixture
def good(quads, tmp_path) -> Path:
    return write(quads, tmp_path / "good")


@pytest.fixture
def no_evidence(quads, tmp_path) -> Path:
    memberships = {q.subject for q in quads if q.predicate == RDF.type and q.object == ORG.Membership}
    kept = [q for q in quads if not (q.subject in memberships and q.predicate == KG.evidence)]
    assert len(kept) == len(quads) - 2
    return write(kept, tmp_path / "bad")


def test_fixture_graph_conforms(good):
    conforms, text = validate_file(good, None)
    assert conforms, text


def test_other_formats_are_read_as_their_union(good):
    assert validate_file(good.with_name("graph.nq"))[0]
    assert validate_file(good.with_name("graph.trig"))[0]


def test_membership_without_evidence_does_not_conform(no_evidence):
    conforms, text = validate_file(no_evidence, default_shapes())
    assert not conforms
    assert "evidence" in text


@pytest.mark.parametrize("change", ["second_label", "english_label", "bad_level", "no_member", "bad_year"])
def test_broken_graphs_do_not_conform(change, quads, tmp_path):
    g = quads[0].graph_name
    agency = NamedNode(mint(DEFAULT_BASE, "org:青石县卫生健康局"))
    place = NamedNode(mint(DEFAULT_BASE, "place:青石县"))
    if change == "second_label":
        quads = quads + [Quad(agency, RDFS.label, Literal("另一个名字", language="zh"), g)]
    elif change == "english_label":
        quads = [Quad(q.subject, q.predicate, Literal(q.object.value, language="en"), g)
                 if q.subject == agency and q.predicate == RDFS.label else q for q in quads]
    elif change == "bad_level":
        quads = [Quad(q.subject, q.predicate, Literal("planet"), g)
                 if q.subject == place and q.predicate == KG.adminLevel else q for q in quads]
    elif change == "no_member":
        quads = [q for q in quads if q.predicate != ORG.member]
    elif change == "bad_year":
        quads = [Quad(q.subject, q.predicate, Literal(2021), g) if q.predicate == KG.year else q for q in quads]
    conforms, text = validate_file(write(quads, tmp_path), None)
    assert not conforms, change


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        validate_file(tmp_path / "absent.ttl", None)


def test_syntax_error_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix a: <http://x/> .\na:b a:c "x" .\na:b a:c <not an iri> .\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl.*line 3"):
        validate_file(bad, None)


def test_bad_shapes_file_is_an_input_error(good, tmp_path):
    with pytest.raises(InputError, match="shapes.ttl"):
        validate_file(good, tmp_path / "shapes.ttl")


def test_cli_exit_codes(good, no_evidence, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["validate", str(good)])
    assert ok.exit_code == 0, ok.output
    assert "Conforms: True" in ok.output
    bad = runner.invoke(main, ["validate", str(no_evidence)])
    assert bad.exit_code == 1
    assert "Conforms: False" in bad.output
    missing = runner.invoke(main, ["validate", str(tmp_path / "absent.ttl")])
    assert missing.exit_code == 2
    assert "absent.ttl" in missing.output


def test_cli_custom_shapes(good, tmp_path):
    shapes = tmp_path / "strict.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/healthkg/ontology#> .
<urn:s> a sh:NodeShape ; sh:targetClass kg:Place ;
    sh:property [ sh:path kg:adminLevel ; sh:in ( "province" ) ] .
""", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(good), "--shapes", str(shapes)])
    assert result.exit_code == 1, result.output


def test_award_from_several_bodies_conforms(tmp_path):
    from kg.model import ArticleResult, Document, Entity, EntityType as T, Evidence, HonourAward
    ents = (Entity("org:甲", T.ORGANIZATION, "甲"), Entity("org:乙", T.GOVERNMENT_AGENCY, "乙"),
            Entity("org:丙", T.GOVERNMENT_AGENCY, "丙"), Entity("honour:先进", T.HONOUR, "先进"))
    award = HonourAward("org:甲", "honour:先进", Evidence("甲获先进。", 0, 5), conferred_by=("org:乙", "org:丙"),
                        year=2020, period="2018—2020年")
    doc = Document("d", "d.txt", "甲获先进。")
    conforms, text = validate_file(write(to_quads([ArticleResult(doc, ents, (award,))]), tmp_path), None)
    assert conforms, text
