"""Length-preserving folding of Chinese text for matching: fold(text)[i] always corresponds to text[i].

Decision: extractors match on ``fold(text)`` and cut evidence from the original text at the same
offsets, so every character maps to exactly one character. What is folded:

* full-width ASCII U+FF01–U+FF5E → ASCII (Ａ→A, １→1, （→(, ，→, ：→: ；→; ！→! ？→?) — so patterns
  are written with the ASCII form and match both forms, which are mixed freely in real text;
* the ideographic space U+3000 → " ";
* Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs → the unified ideograph
  (text copied out of PDFs often has ⽣ U+2F63 for 生).

Chinese punctuation with no ASCII counterpart (。、“”‘’《》【】—…·) is kept as is, and so are case
and everything else: no NFKC on the whole string, which could change lengths (…→..., ㎡→m2).
"""
from __future__ import annotations

import re
import unicodedata


def _build_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    ranges = [(0x2F00, 0x2FD6), (0xF900, 0xFADA), (0x2F800, 0x2FA1E)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Map full-width ASCII, the ideographic space and compatibility ideographs to their plain forms, one char for one."""
    return text.translate(_TABLE)


_ALNUM = {cp: chr(cp - 0xFEE0) for cp in range(0xFF10, 0xFF5F)
          if chr(cp - 0xFEE0).isalnum()} | {0x3000: " "}


_FULL_WIDTH = re.compile("[%s]" % "".join(map(chr, sorted(_ALNUM))))


def fold_alnum(text: str) -> str:
    """Full-width letters and digits (２０２１, ＡＥＤ) and the ideographic space as ASCII, one for one;
    Chinese punctuation is left as it is, since the extraction patterns are written with it."""
    # (most text has none: a search is far cheaper than a translation through a dict)
    return text.translate(_ALNUM) if _FULL_WIDTH.search(text) else text
