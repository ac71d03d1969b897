"""The fast tokenizer gives exactly jieba.posseg's tokens (word, tag, offsets) with the project's user words."""
from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from kg import segment
from kg.segment import _fast, _tagger, split_sentences, tokenize, tokenize_reference

ROOT = Path(__file__).resolve().parent.parent

EDGE_CASES = [
    "",
    " ",
    "\r\n",
    "\n\n  \t",
    "卫生健康综合行政执法大队队长张三丰表示",
    "县卫健局党委书记、局长陈立新主持会议。",
    "COVID-19疫苗接种率达到95.5%，covid19 mRNA-1273",
    "2021年12月31日，A股上涨3.5%；GDP增长8.1％",
    "ＡＢＣ１２３全角字符与半角abc123混排",
    "😀表情符号🏥医院",
    "齉龘靐朤燚",                       # rare characters, outside most of the dictionary
    "的了吗呢吧啊哦嗯",                 # single-character words in a row
    "王建华总书记在中央政治局会议上强调",
    "……——“”‘’「」『』【】",
    "a.b.c 1.2.3 ... #&+_",
    "欧阳娜娜和司马懿以及诸葛亮，上官婉儿",
    "CT检查和MRI，a b c，x光片，5G网络，iPhone手机，B超，T恤",   # ASCII words jieba-rs joins or keeps
]


def units(title: str, text: str) -> list[str]:
    """What the pipeline tokenizes: the title, each sentence, each sentence with its line breaks joined."""
    out = [title] if title else []
    for s in split_sentences(text):
        out.append(s.text)
        if "\n" in s.text:
            out.append(re.sub(r"\s*\n\s*", "", s.text))
    return out


def as_tuples(tokens) -> list[tuple]:
    return [(t.start, t.end, t.word, t.pos) for t in tokens]


def assert_same(texts: list[str]) -> None:
    # both routes: jieba-rs's (the default where rjieba is installed) and the pure-Python one
    for fast in (_fast(), segment.FastTagger(_tagger(), native=False)):
        bad = [u for u in texts if as_tuples(fast.tokenize(u)) != as_tuples(tokenize_reference(u))]
        assert not bad, f"{len(bad)} of {len(texts)} differ, e.g. {bad[:3]}"


def test_edge_cases_match_jieba():
    assert_same(EDGE_CASES)


def test_sample_corpus_matches_jieba():
    texts = []
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        texts += units("", p.read_text(encoding="utf-8"))
    assert len(texts) > 100
    assert_same(texts)


@pytest.mark.parametrize("name, n", [("xwlb_health.jsonl", 200), ("xwlb_2018_2026_all.jsonl", 150)])
def test_news_items_match_jieba(shared, name, n):
    path = shared / "data" / "xwlb" / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in itertools.islice(f, n):
            item = json.loads(line)
            texts += units(item.get("title") or "", item.get("text") or "")
    assert_same(texts)


def test_repeated_calls_are_stable():
    # the memo tables must give the same answer the second time
    text = "县卫健局党委书记、局长陈立新主持会议，齉龘靐朤燚参加。"
    assert as_tuples(tokenize(text)) == as_tuples(tokenize(text)) == as_tuples(tokenize_reference(text))


def test_viterbi_matches_jieba():
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi
    v = segment._Viterbi()
    for s in ["了由", "的新", "月赴华", "齉龘靐朤燚", "张三丰", "欧阳娜娜", "郑", "王建华主席会见"]:
        assert v.run(s) == viterbi(s, char_state_tab_P, start_P, trans_P, emit_P), s


def test_kg_tokenizer_env_forces_jieba(monkeypatch):
    monkeypatch.setenv("KG_TOKENIZER", "jieba")
    monkeypatch.setattr(segment, "_fast", lambda: pytest.fail("the fast path was used"))
    assert segment.backend() == "jieba"
    assert as_tuples(tokenize("县卫生健康局局长")) == as_tuples(tokenize_reference("县卫生健康局局长"))


def test_user_words_are_tagged_before_any_cut():
    tags = _tagger().word_tag_tab
    assert tags.get("卫生健康综合行政执法大队") == "nt"
    assert [(t.word, t.pos) for t in tokenize("卫生健康综合行政执法大队")] == [("卫生健康综合行政执法大队", "nt")]


def test_offsets_cover_the_text():
    text = "今年以来，县卫生健康局 坚持以人民为中心。\r\nCOVID-19"
    toks = tokenize(text)
    assert "".join(t.word for t in toks) == text
    assert all(text[t.start:t.end] == t.word for t in toks)


def test_a_line_break_inside_a_paragraph_does_not_end_its_sentence():
    from kg.segment import split_sentences
    text = ("近年来，青松县人民医院坚持以患者为中心，持续改善医疗服务，不断提升群众就医\n"
            "获得感，得到了社会各界的广泛好评和充分肯定。\n")
    assert [s.text.replace("\n", "") for s in split_sentences(text)] == [text.replace("\n", "")]


def test_a_headline_line_without_punctuation_ends_where_it_ends():
    from kg.segment import split_sentences
    text = "青松县人民医院开展医疗服务质量提升专项行动取得明显成效\n近日，青松县人民医院召开总结大会，表彰先进集体和个人。\n"
    assert [s.text for s in split_sentences(text)] == [
        "青松县人民医院开展医疗服务质量提升专项行动取得明显成效", "近日，青松县人民医院召开总结大会，表彰先进集体和个人。"]


def test_a_headline_with_a_colon_or_quotes_is_still_a_headline():
    from kg.segment import split_sentences
    text = "青松县：“健康小屋”进村入户惠及十万余名群众\n近日，青松县人民医院召开总结大会，表彰先进集体和个人。\n"
    assert [s.text for s in split_sentences(text)][0] == "青松县：“健康小屋”进村入户惠及十万余名群众"
