"""Frozen dataclasses passed between the pipeline stages: Document → Sentence → Mention → Entity → Fact."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class EntityType(str, Enum):
    """The kinds of thing the extractors recognise (the `kg mentions` types)."""

    PERSON = "Person"
    GOVERNMENT_AGENCY = "GovernmentAgency"
    MEDICAL_INSTITUTION = "MedicalInstitution"
    PARTY_ORGANIZATION = "PartyOrganization"
    ORGANIZATION = "Organization"
    ROLE = "Role"
    PLACE = "Place"
    HONOUR = "Honour"
    PROGRAM = "Program"

    @property
    def is_organization(self) -> bool:
        return self in ORG_TYPES


ORG_TYPES = frozenset({EntityType.GOVERNMENT_AGENCY, EntityType.MEDICAL_INSTITUTION,
                       EntityType.PARTY_ORGANIZATION, EntityType.ORGANIZATION})


@dataclass(frozen=True)
class Document:
    """One article: its text (after decoding and clean-up) and what is known about it."""

    doc_id: str                      # stable identity: source file, plus part number or JSON-lines id
    source_file: str                 # path relative to the corpus folder, POSIX separators
    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None          # ISO yyyy-mm-dd
    url: str | None = None
    source: str | None = None
    content_hash: str = ""           # SHA-256 hex of text


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document with its character offsets in the document text."""

    index: int
    start: int
    end: int                         # exclusive
    text: str


@dataclass(frozen=True)
class Mention:
    """A span of text recognised as an entity of some type."""

    start: int
    end: int                         # exclusive, offsets in the text the tagger was given
    type: EntityType
    text: str


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, verbatim, with its offsets in the article text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """One real-world thing: its identity key (from which the IRI is minted), class and names."""

    key: str                         # e.g. "org:湖州市卫生健康委员会"; equal keys are the same node
    type: EntityType
    label: str                       # canonical name
    alt_labels: tuple[str, ...] = () # other surface forms seen, sorted, label excluded
    admin_level: str | None = None   # places only: province, city, county, district, town, village, community


@dataclass(frozen=True)
class Membership:
    """A person's place in an organisation, with an optional post."""

    person: str                      # entity keys
    organization: str
    role: str | None
    evidence: Evidence
    former: bool = False


@dataclass(frozen=True)
class HonourAward:
    """One conferral of an honour on a person or organisation."""

    recipient: str
    honour: str
    evidence: Evidence
    conferred_by: tuple[str, ...] = ()     # entity keys: one conferral may come from several bodies
    year: int | None = None
    period: str | None = None


RELATIONS = ("subOrganizationOf", "locatedIn", "containedInPlace", "carriesOut")


@dataclass(frozen=True)
class Relation:
    """A plain link between two entities; predicate is one of RELATIONS."""

    subject: str
    predicate: str
    object: str
    evidence: Evidence | None = None


Fact = Membership | HonourAward | Relation


@dataclass(frozen=True)
class ArticleResult:
    """Everything read from one article: the graph stage turns this into its named graph."""

    document: Document
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    authors: tuple[str, ...] = ()    # entity keys of by-lined authors
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)
