"""Regular expressions matching any word of a long list, built as a trie so that a scan is fast."""
from __future__ import annotations

import re
from collections.abc import Iterable


def words_pattern(words: Iterable[str]) -> str:
    """A pattern matching the longest word of words at a position, as "|".join of them longest first would.

    Python's re tries the alternatives of a|b|c one by one at every position; with hundreds of words (post titles,
    the heads of bodies' names) a scan spends its time there. Nested by shared prefixes, the alternatives at a
    position are tried once per character. Every word matching at one position is a prefix of the text there, so
    all lie on one path of the trie, and trying the deepest first gives the longest, as the flat pattern does."""
    trie: dict = {}
    for w in words:
        if not w:
            raise ValueError("words_pattern: an empty word would match everywhere; expected non-empty words")
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return _branch(trie) or "(?!)"


def _branch(node: dict) -> str:
    alts = [re.escape(c) + _branch(node[c]) for c in sorted(k for k in node if k)]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        # a word ends here: the longer words through this node are tried first, then this one
        return "(?:" + body + ")?"
    return body
