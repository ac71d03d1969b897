"""fold(): one character for one, so offsets found in fold(text) cut the same span of text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kg.normalize import fold


@pytest.mark.parametrize("text, expected", [
    ("ＡＢＣ１２３ａｂｃ", "ABC123abc"),
    ("（一）　第１条：", "(一) 第1条:"),
    ("会议，要求；好！吗？", "会议,要求;好!吗?"),
    ("“先进集体”。、《通知》【】……·—", "“先进集体”。、《通知》【】……·—"),
    ("卫⽣健康", "卫生健康"),          # Kangxi radical ⽣ U+2F63 in PDF-copied text
    ("\uf900", "\u8c48"),              # CJK compatibility ideograph
    ("㎡ ① Ⅱ ﬁ", "㎡ ① Ⅱ ﬁ"),          # compatibility forms outside the folded blocks stay
    ("Abc 123", "Abc 123"),
])
def test_fold_examples(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_offsets_cut_original_evidence() -> None:
    text = "青石县卫生健康局（卫健局）局长周明远，ＸＸ项目。"
    folded = fold(text)
    start = folded.index("(卫健局)")
    assert text[start:start + len("(卫健局)")] == "（卫健局）"


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_fold_preserves_length_per_character(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(fold(ch) == f for ch, f in zip(text, folded))
    assert fold(folded) == folded


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(min_codepoint=0xFF00, max_codepoint=0xFF70)), st.text(alphabet="abc一二，。"))
def test_fold_is_local(a: str, b: str) -> None:
    assert fold(a + b) == fold(a) + fold(b)
