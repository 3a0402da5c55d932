"""Invariants of the figure grammar: low ≤ value ≤ high on every row whatever the text (a Hypothesis
property), and every statistic the extractor reports is exactly one token of the tokenizer, on the seed
and on every real article of the corpus."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.numerals import (
    MONEY_UNITS,
    PER_UNITS,
    PERCENT_UNITS,
    POST_QUALIFIERS,
    PRE_QUALIFIERS,
    RE_STATISTIC,
    _statistic_matches,
    find_statistics,
)
from helpers.periods import find_periods
from helpers.stated import extract_figures, statistics
from helpers.tokenizer import tokens_frame

sys.path.insert(0, str(Path(__file__).parent))  # tests/loaded.py: the real texts loaded and read once per process
import loaded  # noqa: E402

CORPUS_TEXTS = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_d1ace56c1790a754.txt"

arabic = st.one_of(
    st.integers(min_value=0, max_value=10**7).map(str),
    st.decimals(min_value=0, max_value=10**5, places=2, allow_nan=False).map(str),
    st.integers(min_value=1000, max_value=10**7).map(lambda n: f"{n:,}"),
)
chinese = st.sampled_from(["一", "两", "三", "十", "十五", "二十", "一百二十", "三千", "三万五", "一亿三千万", "十二点二", "八九",
                           "三四十", "五六千", "数十", "数百", "几十", "十几", "二〇二五", "壹万贰仟", "百", "千"])
number = st.one_of(arabic, chinese)
pieces = st.tuples(
    st.sampled_from(["", *PRE_QUALIFIERS, "上"]),
    st.sampled_from(["", "", "负", "-"]),
    number,
    st.sampled_from(["", "", "多", "余"]),
    st.sampled_from(["", "", " ", "万", "亿", "万亿", "千万亿", "万多亿", "千", "百万", "个亿"]),
    st.one_of(st.just(""), st.tuples(st.sampled_from(["", "%", "万", "元"]), st.sampled_from(["-", "到", "至", "——", "~"]),
                                     number, st.sampled_from(["", "万", "亿"])).map("".join)),
    st.sampled_from(["", *MONEY_UNITS, *PERCENT_UNITS, "户", "家", "个", "吨", "倍", "千瓦时", "条"]),
    st.sampled_from(["", "", "/吨", "/天", *(f"/{u}" for u in PER_UNITS[:5])]),
    st.sampled_from(["", "", "角", "一角七分", "整"]),
    st.sampled_from(["", *POST_QUALIFIERS, "（含）以上"]),
)
text = st.lists(st.tuples(st.sampled_from(["", "同比", "增长", "下降", "，", "规模达", "从", "百分之", "第"]), pieces), min_size=1, max_size=4)


def _ordered(low: float, value: float, high: float) -> bool:
    return not any(math.isnan(x) for x in (low, value, high)) and low <= value <= high


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text)
def test_low_value_high_hold_for_every_reading(parts):
    sentence = "".join(lead + "".join(p) for lead, p in parts) + "。"
    for r in find_statistics(sentence):
        assert _ordered(r.low, r.value, r.high), (sentence, r)
        assert sentence[r.start:r.end] == r.surface and r.start <= r.token_start < r.token_end <= r.end


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text)
def test_low_value_high_hold_for_every_extracted_row(parts):
    sentence = "".join(lead + "".join(p) for lead, p in parts) + "。"
    for row in statistics(extract_figures(sentence)).itertuples():
        assert _ordered(row.low, row.value, row.high), (sentence, row)


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text, st.text(alphabet="大约为不少于超近逾上负-−－一二三十百千万亿0123456789.%元，。的 ", max_size=12))
def test_the_candidate_scan_finds_what_finditer_finds(parts, noise):
    """_statistic_matches tries the pattern only where a match can begin: the same matches as
    RE_STATISTIC.finditer, in order, on generated text with qualifiers, signs and numerals strewn in."""
    sentence = noise + "".join(lead + "".join(p) for lead, p in parts) + noise[::-1]
    expected = [m.span() for m in RE_STATISTIC.finditer(sentence) if m.end() > m.start()]
    assert [m.span() for m in _statistic_matches(sentence)] == expected, sentence


def test_the_candidate_scan_finds_what_finditer_finds_on_every_real_line():
    lines = [line for path in [SEED, *CORPUS_TEXTS] for line in path.read_text(encoding="utf-8-sig").split("\n")]
    assert len(lines) >= 1973  # the raw lines of the seed and the 86 corpus texts, blank ones included
    for line in lines:
        assert [m.span() for m in _statistic_matches(line)] == [m.span() for m in RE_STATISTIC.finditer(line)], line


def test_every_real_line_reads_its_periods_with_no_date_to_count_from():
    """A copy with no date (a pasted text, a corpus record with none) reads every line's periods: each is placed
    in a year or says why not. A year running on to an unknown date once sent the reading into endless recursion."""
    lines = [line for path in [SEED, *CORPUS_TEXTS] for line in path.read_text(encoding="utf-8-sig").split("\n")]
    periods = [p for line in lines for p in find_periods(line)]
    assert len(periods) > 1000
    unplaced = [p for p in periods if not p.first]
    assert all(p.last for p in periods if p.first) and len(unplaced) > 700
    # each says why, naming what it could not place: 9月末: no year stated…; 今年 unresolved: the text states no date…
    assert all(p.note and p.note.split(":")[0].split(" ")[0] in p.surface for p in unplaced), [p for p in unplaced if not p.note][:3]


@pytest.mark.parametrize("path", [SEED, *CORPUS_TEXTS], ids=[p.stem for p in [SEED, *CORPUS_TEXTS]])
def test_every_statistic_is_one_token_and_its_interval_holds(path):
    article = loaded.article(path)
    figures = statistics(loaded.figures(path))
    tokens = tokens_frame(article)
    figure_tokens = {(s, e) for s, e, k in zip(tokens["start"], tokens["end"], tokens["kind"], strict=True) if k == "figure"}
    for row in figures.itertuples():
        start = row.start + row.surface.index(row.token)
        assert (start, start + len(row.token)) in figure_tokens, (row.surface, row.token)
        assert _ordered(row.low, row.value, row.high), row.surface


@pytest.mark.parametrize("path", [SEED, *CORPUS_TEXTS], ids=[p.stem for p in [SEED, *CORPUS_TEXTS]])
def test_every_date_and_period_is_one_token(path):
    """Dates and periods with their days are one figure token; 今年 with nothing to count from is one
    token of any kind. Five-year plans (“十五五”时期) are formulations with their quotes, not tokens."""
    article = loaded.article(path)
    table = loaded.figures(path)
    dated = table[table["kind"].isin(["date", "period"]) & ~table["note"].str.contains("five-year plan")]
    tokens = tokens_frame(article)
    spans = {(s, e): k for s, e, k in zip(tokens["start"], tokens["end"], tokens["kind"], strict=True)}
    for row in dated.itertuples():
        kind = spans.get((row.start, row.end))
        assert kind == "figure" if row.period_start else kind is not None, (row.surface, row.note)
