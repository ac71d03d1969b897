"""Administrative divisions of China (province → city → county → town) from jionlp's gazetteer."""
from __future__ import annotations

import importlib.util
import io
import zipfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import KGError

LEVEL_BY_DEPTH = {0: "province", 1: "city", 2: "county", 3: "town"}


@dataclass(frozen=True)
class Place:
    """One administrative division and its ancestors (nearest first)."""

    name: str
    level: str                      # province, city, county, district, town
    code: str                       # admin code where the gazetteer gives one, else parent code + name
    parents: tuple[str, ...] = ()   # full names, nearest first (county, city, province)
    alias: str = ""

    @property
    def parent(self) -> str | None:
        return self.parents[0] if self.parents else None


def _gazetteer_lines() -> list[str]:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.origin:
        raise KGError("the gazetteer needs the jionlp package (pip install jionlp); it is not installed")
    folder = Path(spec.origin).parent / "dictionary"
    txt, zipped = folder / "china_location.txt", folder / "china_location.zip"
    if txt.exists():
        return txt.read_text(encoding="utf-8").splitlines()
    if zipped.exists():
        with zipfile.ZipFile(zipped) as zf:
            name = next(n for n in zf.namelist() if n.endswith(".txt"))
            return io.TextIOWrapper(zf.open(name), encoding="utf-8").read().splitlines()
    raise KGError(f"jionlp's gazetteer was not found in {folder}: expected china_location.txt or .zip")


class Gazetteer:
    """Look places up by full name or short alias; ambiguous names are resolved by context."""

    def __init__(self, lines: list[str]):
        self.by_name: dict[str, list[Place]] = {}
        self.by_alias: dict[str, list[Place]] = {}
        chain: list[str] = []
        codes: list[str] = []
        used: dict[str, str] = {}
        for line in lines:
            if not line.strip():
                continue
            depth = len(line) - len(line.lstrip("\t"))
            if depth > 3:
                continue                     # villages and communities: too many, too ambiguous
            parts = line.strip().split("\t")
            name = parts[0]
            code = parts[1] if len(parts) > 1 else ""
            alias = parts[2] if len(parts) > 2 else ""
            if name.endswith("特区") and alias.endswith("特"):
                alias = alias[:-1]              # 某某特区 is short for 某某, not 某某特 as the source has it
            del chain[depth:], codes[depth:]
            # 省直辖县级行政区划 is a heading of the source, not a division: no parent, no place of its own
            parents = tuple(dict.fromkeys(reversed([p for p in chain if p != name and "直辖" not in p])))
            if "直辖" in name:
                chain.append(name), codes.append(parts[1] if len(parts) > 1 else "")
                continue
            # municipalities repeat themselves as their own city (重庆市 → 重庆市)
            if depth == 1 and chain and (chain[0] == name or (code and codes and code == codes[0])):
                chain.append(chain[0]), codes.append(codes[0])
                continue
            level = LEVEL_BY_DEPTH[depth]
            if level == "county" and name.endswith("区"):
                level = "district"
            code = code or f"{codes[-1] if codes else ''}:{name}"
            if code in used and used[code] != name:
                code = f"{code}:{name}"         # a few divisions share a code in the source (特别行政区的区, 开发区)
            used.setdefault(code, name)
            place = Place(name, level, code, parents, alias if alias != name else "")
            self.by_name.setdefault(name, []).append(place)
            if depth <= 2 and len(alias) >= 2 and alias != name:
                for a in alias.split("/"):
                    self.by_alias.setdefault(a, []).append(place)
                    # 景宁畲族自治县 is written 景宁县: the short name plus the level's own character
                    short = a + ("县" if name.endswith("县") else "市" if name.endswith("市") else "州" if name.endswith("自治州") else "")
                    if short != a and short != name and short not in self.by_name:
                        self.by_alias.setdefault(short, []).append(place)
                    # …and 威宁自治县, 湘西自治州: the short name plus the autonomous level
                    auto = a + ("自治县" if name.endswith("自治县") else "自治州" if name.endswith("自治州") else "")
                    if auto != a and auto != name and auto not in self.by_name:
                        self.by_alias.setdefault(auto, []).append(place)
            chain.append(name)
            codes.append(code)

    def candidates(self, name: str) -> list[Place]:
        """Every place this name (full or short) may denote."""
        return self.by_name.get(name) or self.by_alias.get(name, [])

    def lookup(self, name: str, context: frozenset[str] = frozenset()) -> Place | None:
        """The place a name denotes, given names of places known to be nearby; None when unknown or ambiguous."""
        cands = self.candidates(name)
        if not cands:
            return None
        if len(cands) == 1 and (cands[0].level not in ("town",) or context & set(cands[0].parents)):
            return cands[0]
        inside = [p for p in cands if context & set(p.parents)]
        if len(inside) == 1:
            p = inside[0]
            if p.level == "town" and len(p.parents) >= 2 and not context & set(p.parents[:-1]) and \
                    self._other_county_in(context, p):
                return None     # 某坪镇 in an article about a county: not the town of that name in another county
            return p
        if len(inside) > 1:
            # the most specific context wins: a county named in context beats its province
            best = [p for p in inside if p.parents and p.parents[0] in context]
            if len(best) == 1:
                return best[0]
        top = [p for p in cands if p.level in ("province", "city")]
        if len(top) == 1 and not inside:
            return top[0]
        return None

    def _other_county_in(self, context: frozenset[str], town: Place) -> bool:
        """Whether the context names a county or district of the town's province other than the town's own."""
        return any(q.level in ("county", "district") and q.parents and q.parents[-1] == town.parents[-1] and
                   q.name not in town.parents for c in context for q in self.candidates(c))

    @cached_property
    def short_city_names(self) -> frozenset[str]:
        """Two-character names that may denote a city-level place (桂林, 大理): the set a pass over every word
        asks first."""
        return frozenset(n for table in (self.by_name, self.by_alias) for n, ps in table.items()
                         if len(n) == 2 and any(p.level == "city" for p in ps))

    def names(self) -> set[str]:
        """All full names of provinces, cities, counties and towns."""
        return set(self.by_name)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded once."""
    return Gazetteer(_gazetteer_lines())


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Country, capital and major city names from jionlp's world list (empty when it is absent)."""
    import re
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.origin:
        return frozenset()
    path = Path(spec.origin).parent / "dictionary" / "world_location.txt"
    if not path.exists():
        return frozenset()
    han = re.compile(r"^[\u4e00-\u9fff]+$")
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for field in line.split("\t"):
            for name in field.split("/"):
                name = name.strip().rstrip(":：")
                if len(name) >= 2 and han.match(name):
                    names.add(name)
    return frozenset(names) | _FORMER_AND_REGIONS


# states that are no more and regions of the world, which the world list leaves out
_FORMER_AND_REGIONS = frozenset("南斯拉夫 扎伊尔 苏联 捷克斯洛伐克 东德 西德 锡兰 加勒比 巴尔干".split())


def known_place(word: str) -> bool:
    """word names a Chinese division (any level, short names included) or a place of the world list."""
    return bool(gazetteer().candidates(word)) or word in world_places()
