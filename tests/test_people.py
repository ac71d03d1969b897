"""Corpus-level identity of people: which same-name mentions become one node, and which stay apart."""
from __future__ import annotations

from kg.model import ArticleResult, Document, Entity, EntityType as T, Evidence, Membership
from kg.people import resolve_people

EV = Evidence("句子。", 0, 3)


def art(doc_id: str, people: list[str], posts: list[tuple[str, str]] = ()) -> ArticleResult:
    ents = [Entity(k, T.PERSON, k.split(":")[1].split("@")[0]) for k in people]
    ents += [Entity(o, T.GOVERNMENT_AGENCY, o[4:]) for _, o in posts]
    facts = [Membership(p, o, None, EV) for p, o in posts]
    return ArticleResult(Document(doc_id, doc_id, "句子。"), tuple(ents), tuple(facts))


def people(results):
    return sorted({e.key for r in results for e in r.entities if e.type == T.PERSON})


def test_same_name_same_body_is_one_person_and_posts_link_bodies():
    a = art("a", ["person:周明远@org:甲局"], [("person:周明远@org:甲局", "org:甲局"), ("person:周明远@org:甲局", "org:乙委")])
    b = art("b", ["person:周明远@org:乙委"], [("person:周明远@org:乙委", "org:乙委")])
    out, rules = resolve_people([a, b])
    assert people(out) == ["person:周明远@org:乙委"] or people(out) == ["person:周明远@org:甲局"]
    assert set(rules.values()) == {"same-name-linked-by-organisation"}


def test_same_name_in_unrelated_bodies_stays_two():
    a = art("a", ["person:王泓宇@org:甲局"], [("person:王泓宇@org:甲局", "org:甲局")])
    b = art("b", ["person:王泓宇@org:丙院"], [("person:王泓宇@org:丙院", "org:丙院")])
    out, _ = resolve_people([a, b])
    assert len(people(out)) == 2


def test_unanchored_mention_joins_the_only_known_person():
    a = art("a", ["person:周明远@org:甲局"], [("person:周明远@org:甲局", "org:甲局")])
    b = art("b", ["person:周明远@article:b"])
    out, rules = resolve_people([a, b])
    assert people(out) == ["person:周明远@org:甲局"]
    assert rules["person:周明远@org:甲局"] == "unique-name-in-corpus"


def test_unanchored_mentions_with_the_same_people_are_one():
    a = art("a", ["person:周明远@org:甲局"], [("person:周明远@org:甲局", "org:甲局")])
    b = art("b", ["person:周明远@article:b", "person:林晓燕@article:b"])
    c = art("c", ["person:周明远@article:c", "person:林晓燕@article:c"])
    d = art("d", ["person:林晓燕@article:d"])          # nobody known beside her: stays apart
    out, _ = resolve_people([a, b, c, d])
    lin = [k for k in people(out) if k.startswith("person:林晓燕")]
    assert len(lin) == 2


def test_split_names_are_never_merged():
    a = art("a", ["person:周明远@org:甲局"], [("person:周明远@org:甲局", "org:甲局")])
    b = art("b", ["person:周明远@article:b"])
    out, _ = resolve_people([a, b], never_merge=frozenset({"周明远"}))
    assert len(people(out)) == 2


def test_a_transliterated_name_is_one_person_across_articles():
    a = art("a", ["person:默伦克尔@article:a"])
    b = art("b", ["person:默伦克尔@article:b"])
    c = art("c", ["person:王晓燕@article:c"])
    d = art("d", ["person:王晓燕@article:d"])           # a Chinese name with nothing linking it stays apart
    out, rules = resolve_people([a, b, c, d])
    assert [k for k in people(out) if "默伦克尔" in k] == ["person:默伦克尔@article:a"]
    assert len([k for k in people(out) if "王晓燕" in k]) == 2
    assert rules["person:默伦克尔@article:a"] == "same-foreign-name-across-articles"


def test_one_name_in_national_posts_is_one_person():
    a = art("a", ["person:周明远@org:国务院"], [("person:周明远@org:国务院", "org:国务院")])
    b = art("b", ["person:周明远@org:中央某某委员会"], [("person:周明远@org:中央某某委员会", "org:中央某某委员会")])
    out, rules = resolve_people([a, b])
    assert len(people(out)) == 1
    assert set(rules.values()) == {"same-name-in-national-posts"}
    # a national post and a local one: not enough to tell
    c = art("c", ["person:周明远@org:甲县医院"], [("person:周明远@org:甲县医院", "org:甲县医院")])
    out, _ = resolve_people([a, c])
    assert len(people(out)) == 2


def test_posts_in_national_societies_and_party_centres_are_national():
    a = art("a", ["person:周明远@org:中国红十字会"], [("person:周明远@org:中国红十字会", "org:中国红十字会")])
    b = art("b", ["person:周明远@org:某工党中央"], [("person:周明远@org:某工党中央", "org:某工党中央")])
    out, rules = resolve_people([a, b])
    assert len(people(out)) == 1
    assert set(rules.values()) == {"same-name-in-national-posts"}


def test_posts_in_firms_named_for_the_country_are_not_national():
    a = art("a", ["person:周明远@org:中国某某集团"], [("person:周明远@org:中国某某集团", "org:中国某某集团")])
    b = art("b", ["person:周明远@org:中国某某银行"], [("person:周明远@org:中国某某银行", "org:中国某某银行")])
    out, _ = resolve_people([a, b])
    assert len(people(out)) == 2


def test_national_holders_stay_one_person_beside_a_provincial_post_elsewhere():
    a = art("a", ["person:周明远@org:国务院"], [("person:周明远@org:国务院", "org:国务院")])
    b = art("b", ["person:周明远@org:中央某某委员会"], [("person:周明远@org:中央某某委员会", "org:中央某某委员会")])
    c = art("c", ["person:周明远@org:某省人民政府"], [("person:周明远@org:某省人民政府", "org:某省人民政府")])
    out, _ = resolve_people([a, b, c])
    assert len(people(out)) == 2


def test_a_transliterated_name_written_short_is_the_one_dotted_name_it_ends():
    a = art("a", ["person:罗伯特·默伦克尔@article:a"])
    b = art("b", ["person:默伦克尔@article:b"])
    out, rules = resolve_people([a, b])
    assert people(out) == ["person:罗伯特·默伦克尔@article:a"]
    labels = {e.label: e.alt_labels for r in out for e in r.entities}
    assert labels["罗伯特·默伦克尔"] == ("默伦克尔",)
    assert rules["person:罗伯特·默伦克尔@article:a"] == "short-form-of-a-dotted-name"
    # two dotted names ending so: which one is meant, nothing tells
    c = art("c", ["person:安娜·默伦克尔@article:c"])
    out, _ = resolve_people([a, b, c])
    assert len(people(out)) == 3
