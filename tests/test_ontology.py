"""Tests of ontology/: every kg: term used anywhere is defined, labelled and commented; shapes cover every class."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, RdfFormat, Store

from kg.vocab import KG, KG_IRI, KG_TERMS, OWL, PREFIXES, RDF, RDFS, SH, Namespace, ontology_dir

ROOT = Path(__file__).resolve().parent.parent
KG_USE = re.compile(r"\bkg:([A-Za-z][A-Za-z0-9_]*)")


def load(name: str) -> Store:
    store = Store()
    store.load(path=str(ontology_dir() / name), format=RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def ontology() -> Store:
    return load("kg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Store:
    return load("shapes.ttl")


def defined(store: Store) -> set[str]:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    return {q.subject.value[len(KG_IRI):] for q in store.quads_for_pattern(None, RDF.type, None)
            if q.object in kinds and isinstance(q.subject, NamedNode) and q.subject.value.startswith(KG_IRI)}


def kg_terms_in(text: str) -> set[str]:
    return set(KG_USE.findall(text))


def test_ontology_dir_holds_both_files():
    assert (ontology_dir() / "kg.ttl").is_file()
    assert (ontology_dir() / "shapes.ttl").is_file()


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_packaged_copies_match_the_sources(name):
    # An installed kg has no repository around it and reads the copies in kg/data/.
    assert (ROOT / "kg" / "data" / name).read_bytes() == (ROOT / "ontology" / name).read_bytes()


def test_every_vocab_term_is_defined(ontology):
    assert set(KG_TERMS) <= defined(ontology)


def test_every_defined_term_is_in_vocab(ontology):
    assert defined(ontology) <= set(KG_TERMS)


@pytest.mark.parametrize("term", KG_TERMS)
def test_each_term_has_labels_and_comment(term, ontology):
    s = KG[term]
    labels = [q.object for q in ontology.quads_for_pattern(s, RDFS.label, None)]
    assert {lit.language for lit in labels if isinstance(lit, Literal)} >= {"zh", "en"}, term
    assert list(ontology.quads_for_pattern(s, RDFS.comment, None)), term


def test_property_domains_and_ranges(ontology):
    for term in KG_TERMS:
        if term[0].islower() and term != "mentions":
            assert list(ontology.quads_for_pattern(KG[term], RDFS.range, None)), term
        if term[0].islower():
            assert list(ontology.quads_for_pattern(KG[term], RDFS.domain, None)), term


def test_class_hierarchy(ontology):
    org = Namespace(PREFIXES["org"])
    for cls, parent in (("GovernmentAgency", org.FormalOrganization), ("MedicalInstitution", org.FormalOrganization),
                        ("PartyOrganization", org.Organization)):
        assert list(ontology.quads_for_pattern(KG[cls], RDFS.subClassOf, parent)), cls


def test_closed_namespace_rejects_misspelt_terms():
    with pytest.raises(AttributeError, match="locatedIn"):
        KG.locatedAt  # noqa: B018


def test_every_kg_term_the_code_uses_is_defined(ontology):
    used: set[str] = set()
    for path in (ROOT / "kg").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= kg_terms_in(text)
        used |= set(re.findall(r"\bKG\.([A-Za-z][A-Za-z0-9_]*)", text)) - {"iri", "terms"}
        used |= set(re.findall(r"\bKG\[\"([A-Za-z0-9_]+)\"\]", text))
    assert used - defined(ontology) == set()


def test_every_kg_term_in_the_shapes_is_defined(ontology):
    text = (ontology_dir() / "shapes.ttl").read_text(encoding="utf-8")
    assert kg_terms_in(text) - defined(ontology) == set()


def test_shapes_cover_every_class(shapes):
    targets = {q.object.value for q in shapes.quads_for_pattern(None, SH.targetClass, None)}
    p = PREFIXES
    expected = {p["org"] + "Organization", p["org"] + "Role", p["org"] + "Membership", p["foaf"] + "Person",
                p["schema"] + "NewsArticle"} | {KG_IRI + c for c in KG_TERMS if c[0].isupper()}
    assert expected <= targets


def test_vocabulary_spec_terms_are_defined(ontology, shared):
    text = (shared / "spec" / "vocabulary.md").read_text(encoding="utf-8")
    terms = {t for t in re.findall(r"`kg:([A-Za-z]+)`", text)}
    assert terms and terms - defined(ontology) == set()


def test_competency_query_terms_are_defined(ontology, shared):
    for q in (shared / "spec" / "cq").glob("*.rq"):
        assert kg_terms_in(q.read_text(encoding="utf-8")) - defined(ontology) == set(), q.name
