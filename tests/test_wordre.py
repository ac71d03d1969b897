"""The trie-built word pattern matches exactly what the flat longest-first alternation matches."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from kg.lexicon import ROLES
from kg.wordre import words_pattern

_CHARS = st.sampled_from("主任副院长局委科中心医卫生党支部书记")


def _flat(words):
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(_CHARS, min_size=1, max_size=4), min_size=1, max_size=12),
       text=st.text(_CHARS, max_size=30))
def test_same_matches_as_the_flat_alternation(words, text):
    trie = re.compile(words_pattern(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _flat(words).finditer(text)]


def test_the_longest_post_at_a_position_wins():
    pattern = re.compile(words_pattern(ROLES))
    assert pattern.match("党委副书记、院长").group(0) == "党委副书记"
    assert pattern.match("副主任医师").group(0) == "副主任医师"


def test_inside_a_larger_pattern_it_backtracks_to_a_shorter_word():
    # (某某主任委员 must give way to 主任 when what follows needs it)
    pattern = re.compile("(?:" + words_pattern(["主任", "主任委员"]) + ")委")
    assert pattern.match("主任委员委").group(0) == "主任委员委"
    assert pattern.match("主任委").group(0) == "主任委"


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError, match="empty word"):
        words_pattern(["主任", ""])
