"""Shared fixtures: hand-made article results so the graph stage is tested without extraction."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.model import (ArticleResult, Document, Entity, EntityType as T, Evidence, HonourAward,
                      Membership, Relation)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _doc(doc_id: str, text: str, title: str, authors: tuple[str, ...]) -> Document:
    return Document(doc_id=doc_id, source_file=f"{doc_id}.txt", text=text, title=title, authors=authors,
                    content_hash=hashlib.sha256(text.encode()).hexdigest())


def make_results() -> list[ArticleResult]:
    """Two small articles sharing one agency; written here, not taken from any corpus."""
    t1 = "青石县卫生健康局局长周明远表示。青石县人民医院被白河市卫生健康委员会评为2021年度先进集体。"
    s1 = Evidence("青石县卫生健康局局长周明远表示。", 0, 16)
    s2 = Evidence(t1[16:], 16, len(t1))
    ents1 = (
        Entity("org:青石县卫生健康局", T.GOVERNMENT_AGENCY, "青石县卫生健康局", ("青石县卫健局",)),
        Entity("org:青石县人民医院", T.MEDICAL_INSTITUTION, "青石县人民医院"),
        Entity("org:白河市卫生健康委员会", T.GOVERNMENT_AGENCY, "白河市卫生健康委员会", ("白河市卫健委",)),
        Entity("person:周明远@org:青石县卫生健康局", T.PERSON, "周明远"),
        Entity("person:李文@article:a1", T.PERSON, "李文"),
        Entity("role:局长", T.ROLE, "局长"),
        Entity("honour:先进集体", T.HONOUR, "先进集体"),
        Entity("program:家庭医生签约服务", T.PROGRAM, "家庭医生签约服务"),
        Entity("place:青石县", T.PLACE, "青石县", admin_level="county"),
        Entity("place:白河市", T.PLACE, "白河市", admin_level="city"),
    )
    facts1 = (
        Membership("person:周明远@org:青石县卫生健康局", "org:青石县卫生健康局", "role:局长", s1),
        HonourAward("org:青石县人民医院", "honour:先进集体", s2, conferred_by=("org:白河市卫生健康委员会",),
                    year=2021),
        Relation("org:青石县人民医院", "subOrganizationOf", "org:青石县卫生健康局"),
        Relation("org:青石县卫生健康局", "locatedIn", "place:青石县"),
        Relation("place:青石县", "containedInPlace", "place:白河市"),
        Relation("org:青石县卫生健康局", "carriesOut", "program:家庭医生签约服务", s1),
    )
    t2 = "青石县卫生健康局机关党委书记王芳主持会议。"
    e2 = Evidence(t2, 0, len(t2))
    ents2 = (
        Entity("org:青石县卫生健康局", T.GOVERNMENT_AGENCY, "青石县卫生健康局"),
        Entity("org:青石县卫生健康局机关党委", T.PARTY_ORGANIZATION, "青石县卫生健康局机关党委"),
        Entity("person:王芳@org:青石县卫生健康局机关党委", T.PERSON, "王芳"),
        Entity("role:党委书记", T.ROLE, "党委书记", ("书记",)),
    )
    facts2 = (
        Membership("person:王芳@org:青石县卫生健康局机关党委", "org:青石县卫生健康局机关党委", "role:党委书记",
                   e2, former=True),
        Relation("org:青石县卫生健康局机关党委", "subOrganizationOf", "org:青石县卫生健康局"),
    )
    return [
        ArticleResult(_doc("a1", t1, "青石县卫生健康局纪实", ("李文",)), ents1, facts1,
                      authors=("person:李文@article:a1",)),
        ArticleResult(_doc("a2", t2, "机关党委会议", ()), ents2, facts2),
    ]


@pytest.fixture
def results() -> list[ArticleResult]:
    return make_results()


@pytest.fixture
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    return SHARED
