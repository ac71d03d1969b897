"""What the pipeline reads in a short invented article, as sorted tuples of labels (shared by the news tests)."""
from __future__ import annotations

from kg.articles import make_documents
from kg.model import EntityType as T, HonourAward, Membership, Relation
from kg.pipeline import extract_document

BODY_TYPES = (T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION, T.PARTY_ORGANIZATION, T.ORGANIZATION)


def read(text: str):
    """The article result of text under a one-word headline, and its entities' labels by key."""
    (doc,) = make_documents("q.txt", "", "新闻\n" + text + "\n")
    r = extract_document(doc)
    return r, {e.key: e.label for e in r.entities}


def persons(text):
    """The persons read."""
    r, _ = read(text)
    return sorted(e.label for e in r.entities if e.type == T.PERSON)


def bodies(text):
    """The organisations of every class read."""
    r, _ = read(text)
    return sorted(e.label for e in r.entities if e.type in BODY_TYPES)


def places(text):
    """The places read."""
    r, _ = read(text)
    return sorted(e.label for e in r.entities if e.type == T.PLACE)


def memberships(text):
    """(person, post or None, body) of each membership read."""
    r, labels = read(text)
    return sorted((labels[f.person], labels[f.role] if f.role else None, labels[f.organization])
                  for f in r.facts if isinstance(f, Membership))


def relations(text, predicate):
    """(subject, object) of each relation of one predicate read."""
    r, labels = read(text)
    return sorted((labels[f.subject], labels[f.object]) for f in r.facts
                  if isinstance(f, Relation) and f.predicate == predicate)


def units(text):
    """(unit, body) of each subOrganizationOf read."""
    return relations(text, "subOrganizationOf")


def carriers(text):
    """(body, programme) of each carriesOut read."""
    return relations(text, "carriesOut")


def honours(text):
    """(recipient, honour) of each award read."""
    r, labels = read(text)
    return sorted((labels[f.recipient], labels[f.honour]) for f in r.facts if isinstance(f, HonourAward))


def article(text):
    """The result of text read as one article (its first line the title), and its entities' labels by key."""
    (doc,) = make_documents("q.txt", "", text)
    r = extract_document(doc)
    return r, {e.key: e.label for e in r.entities}


def posts_in(text):
    """(person, post or None, body) of each membership read in an article with its own title."""
    r, labels = article(text)
    return sorted((labels[f.person], labels[f.role] if f.role else None, labels[f.organization])
                  for f in r.facts if isinstance(f, Membership))


def awards_in(text):
    """(recipient, honour, conferrers, year) of each award read in an article with its own title."""
    r, labels = article(text)
    return sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by), f.year)
                  for f in r.facts if isinstance(f, HonourAward))


def carried_in(text):
    """(body, programme) of each carriesOut read in an article with its own title."""
    r, labels = article(text)
    return sorted((labels[f.subject], labels[f.object]) for f in r.facts
                  if isinstance(f, Relation) and f.predicate == "carriesOut")


def held(text):
    """(person, post or None, body, former) of each membership read in an article with its own title."""
    r, labels = article(text)
    return sorted((labels[f.person], labels[f.role] if f.role else None, labels[f.organization], f.former)
                  for f in r.facts if isinstance(f, Membership))
