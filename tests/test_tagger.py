"""The `kg mentions` tagger: exact offsets and types on hand-written sentences, and the benchmark script."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.model import EntityType as T
from kg.tagger import tag_text

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

# Sentences written for these tests; the people in them are invented.
CASES = [
    ("安吉县卫生健康局局长周明远在白河市调研，记者李文静报道。",
     [("安吉县卫生健康局", T.GOVERNMENT_AGENCY), ("局长", T.ROLE), ("周明远", T.PERSON), ("白河市", T.PLACE),
      ("记者", T.ROLE), ("李文静", T.PERSON)]),
    ("华科公司总经理赵建国和营销总监孙丽表示，公司位于朝阳区望京路。",
     [("华科公司", T.ORGANIZATION), ("总经理", T.ROLE), ("赵建国", T.PERSON), ("营销总监", T.ROLE),
      ("孙丽", T.PERSON), ("朝阳区", T.PLACE), ("望京路", T.PLACE)]),
    ("据新华社报道，美国海军与日军举行演习，丹尼斯·霍珀出席。",
     [("美国海军", T.GOVERNMENT_AGENCY), ("日军", T.GOVERNMENT_AGENCY), ("丹尼斯·霍珀", T.PERSON)]),
    ("中美两国元首会谈，驻美大使出席。",
     [("中", T.PLACE), ("美", T.PLACE), ("美", T.PLACE), ("大使", T.ROLE)]),
    ("湖州市疾控中心开展检测", [("湖州市疾控中心", T.MEDICAL_INSTITUTION)]),
    # armed forces and offices the dictionary calls common nouns; a place opens their name
    ("江南国海上自卫队和志愿军出动，先到街道办事处登记。",
     [("海上自卫队", T.GOVERNMENT_AGENCY), ("志愿军", T.GOVERNMENT_AGENCY), ("街道办事处", T.GOVERNMENT_AGENCY)]),
    ("香港证监会和央行今天表示，民政局已核实。",
     [("香港证监会", T.GOVERNMENT_AGENCY), ("央行", T.GOVERNMENT_AGENCY), ("民政局", T.GOVERNMENT_AGENCY)]),
    # one-character country names in a pair or list; a division tagged as a body; a generic tail cut off
    ("港澳台同胞和中日两国人民欢聚，中华人民共和国江南特别行政区成立，亚太地区和平。",
     [("港", T.PLACE), ("澳", T.PLACE), ("台", T.PLACE), ("中", T.PLACE), ("日", T.PLACE), ("亚太", T.PLACE)]),
    # places abbreviated inside words: a side, a visit, people of Chinese origin, a slogan, the strait's sides
    ("中方欢迎他访华，两岸关系和港人治港都谈到了。",
     [("中", T.PLACE), ("华", T.PLACE), ("两岸", T.PLACE), ("港", T.PLACE)]),
    # a transliterated name right before a title held abroad
    ("我同丹尼森总统举行了会谈。", [("丹尼森", T.PERSON), ("总统", T.ROLE)]),
    # a city the tagger took for a common word, listed among places
    ("南京、合肥、昆明都在下雨。", [("南京", T.PLACE), ("合肥", T.PLACE), ("昆明", T.PLACE)]),
    # a country's minister, whose post shares the ministry's 部, is one title
    ("土耳其农业部长王建国今天表示。", [("土耳其农业部长", T.ROLE), ("王建国", T.PERSON)]),
    # a title closing a longer word; a term of office is no part of a body's name
    ("本报记者王建国报道，他向第十一届全国人大常委会作报告。",
     [("记者", T.ROLE), ("王建国", T.PERSON), ("全国人大常委会", T.GOVERNMENT_AGENCY)]),
]


@pytest.mark.parametrize("text, unwanted", [
    # a champion, a person's given name ending in 军, a firm's department, a body inside a work's title
    ("他获得世界冠军", ("世界冠军", T.GOVERNMENT_AGENCY)), ("她获得亚军", ("亚军", T.GOVERNMENT_AGENCY)),
    ("总裁王小军认为", ("王小军", T.GOVERNMENT_AGENCY)),
    ("江南银行分行营业部表示", ("营业部", T.GOVERNMENT_AGENCY)),
    ("游戏《南洋陆军3》发售", ("南洋陆军", T.GOVERNMENT_AGENCY)),
    # a team before 队 or 主场, a surname with a form of address
    ("王建国队主场取胜", ("王建国", T.PERSON)), ("王先生说", ("王先生", T.PERSON)),
    # words that are no posts; common words the dictionary tags as places
    ("工作人员和嘉宾到场", ("工作人员", T.ROLE)),
    ("加强治安管理", ("治安", T.PLACE)), ("他回国了", ("回国", T.PLACE)),
])
def test_not_mentions(text, unwanted):
    assert unwanted not in [(m.text, m.type) for m in tag_text(text)]


@pytest.mark.parametrize("text, expected", CASES)
def test_mentions(text, expected):
    ms = tag_text(text)
    assert all(text[m.start:m.end] == m.text for m in ms)
    got = [(m.text, m.type) for m in ms]
    for want in expected:
        assert want in got, (want, got)


@pytest.mark.parametrize("text", ["广大干部职工积极参与，和平友好合作。", "他们在城市里努力提高水平。", ""])
def test_no_mentions_in_common_words(text):
    assert [m for m in tag_text(text) if m.type in (T.PERSON, T.PLACE)] == []


def test_mentions_do_not_overlap_and_keep_offsets_across_sentences():
    text = "周明远到安吉县。\n李文静在湖州市卫生健康委员会任主任。"
    ms = tag_text(text)
    assert all(text[m.start:m.end] == m.text for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    assert ("李文静", T.PERSON) in [(m.text, m.type) for m in ms]


def test_bench_script_prints_a_table():
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data is absent")
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "ner.py"), "--limit", "50"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "CLUENER2020 dev: 50 sentences" in r.stdout and "MSRA NER test: 50 sentences" in r.stdout
    assert "Resume NER dev+test, names only: 50 sentences" in r.stdout
    for label in ("name", "position", "PER", "LOC", "NAME"):
        assert any(line.startswith(label + " ") for line in r.stdout.splitlines()), label


def test_bench_script_without_data_exits_zero(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "ner.py"), "--cluener", str(tmp_path / "no.json"),
                        "--msra", str(tmp_path / "no.txt"), "--resume", str(tmp_path / "no")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0
    assert "not found" in r.stderr and "no benchmark data found" in r.stdout


def test_bmes_spans_read_single_and_multi_character_names():
    sys.path.insert(0, str(ROOT / "bench"))
    from ner import bmes_spans
    assert bmes_spans(["B-NAME", "M-NAME", "E-NAME", "O", "S-NAME", "B-ORG", "E-ORG"]) == \
        {("NAME", 0, 3), ("NAME", 4, 5), ("ORG", 5, 7)}


def test_honours_and_programmes_are_tagged():
    text = "2021年，安吉县人民医院被湖州市卫生健康委员会评为先进集体，并深入开展“健康进万家”活动。"
    got = {(m.text, m.type.value) for m in tag_text(text)}
    assert ("先进集体", "Honour") in got and ("健康进万家", "Program") in got
