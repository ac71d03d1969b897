"""The entity tagger on its own (`kg mentions`): typed spans of a line of text, for users who tag text
and for comparison with public NER benchmarks."""
from __future__ import annotations

from kg.extract.orgs import find_orgs
from kg.extract.people import find_people, find_roles
from kg.gazetteer import gazetteer
from kg.model import EntityType as T, Mention
from kg.segment import split_sentences, tokenize


def tag_text(text: str) -> list[Mention]:
    """The entity tagger on its own: mentions of every type in a line of text, in order."""
    out: list[Mention] = []
    for s in split_sentences(text):
        t = s.text
        toks = tokenize(t)
        spans = find_orgs(t, toks)
        for sp in spans:
            out.append(Mention(s.start + sp.start, s.start + sp.end, sp.type, sp.text))
        taken = [(sp.start, sp.end) for sp in spans]
        roles = find_roles(t, taken)
        for r in roles:
            out.append(Mention(s.start + r.start, s.start + r.end, T.ROLE, r.text))
        for a, b in find_people(t, toks, [r.end for r in roles] + [sp.end for sp in spans],
                                taken + [(r.start, r.end) for r in roles]):
            out.append(Mention(s.start + a, s.start + b, T.PERSON, t[a:b]))
        busy = taken + [(m.start - s.start, m.end - s.start) for m in out]
        for tok in toks:
            if tok.pos == "ns" and not any(a < tok.end and tok.start < b for a, b in busy):
                if gazetteer().candidates(tok.word):
                    out.append(Mention(s.start + tok.start, s.start + tok.end, T.PLACE, tok.word))
    return sorted(set(out), key=lambda m: (m.start, m.end, m.type.value))
