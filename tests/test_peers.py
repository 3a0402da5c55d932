"""Peers' public test suites (cn2an; JioNLP's money parser, money extractor and time parser) as regression tests.

Each case is in scope (it must pass) or out of scope (it must pass or be refused with a ValueError
naming the input: never a silent wrong value). The pass rate per suite prints at the end of the run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/peers.py: the judges, shared with conftest's summary
from peers import (  # noqa: E402
    cn2an_cases,
    jionlp_extractor_cases,
    jionlp_money_cases,
    jionlp_time_cases,
    judge_cn2an,
    judge_jionlp_extractor,
    judge_jionlp_money,
    judge_jionlp_time,
    report,
)


def _ids(cases):
    return [f"{c.get('suite', 'case')}-{i}" for i, c in enumerate(cases)]


CN2AN = cn2an_cases()
MONEY = jionlp_money_cases()
EXTRACTOR = jionlp_extractor_cases()
TIME = jionlp_time_cases()


def _check(outcome):
    if outcome.scope == "in":
        assert outcome.result == "pass", (outcome.input, outcome.detail)
    else:
        assert outcome.result in ("pass", "refused"), (outcome.input, outcome.detail)


@pytest.mark.parametrize("case", CN2AN, ids=_ids(CN2AN))
def test_cn2an_case(case):
    _check(judge_cn2an(case))


@pytest.mark.parametrize("case", MONEY, ids=_ids(MONEY))
def test_jionlp_money_parser_case(case):
    _check(judge_jionlp_money(case))


@pytest.mark.parametrize("case", EXTRACTOR, ids=_ids(EXTRACTOR))
def test_jionlp_money_extractor_case(case):
    _check(judge_jionlp_extractor(case))


@pytest.mark.parametrize("case", TIME, ids=_ids(TIME))
def test_jionlp_time_parser_case(case):
    _check(judge_jionlp_time(case))


def test_the_case_files_are_what_the_readme_says():
    rows = {suite: (cases, in_scope) for suite, cases, in_scope, *_ in report()}
    assert rows["cn2an.strict"] == (90, 90)
    assert rows["cn2an.normal"] == (30, 30)
    assert rows["jionlp.money_parser"] == (54, 39)
    assert rows["jionlp.money_extractor"] == (14, 12)
    assert rows["jionlp.time_parser"] == (414, 62)
    assert sum(cases for cases, _ in rows.values()) == 738


def test_every_out_of_scope_case_has_a_reason():
    for case in CN2AN + MONEY + EXTRACTOR + TIME:
        assert case["scope"] in ("in", "out", "convention")
        assert case["scope"] == "in" or case["note"], case


def test_a_wrong_reading_is_caught():
    """The judge is not a test that cannot fail: a case with a wrong expected value is judged wrong."""
    case = {"suite": "cn2an.strict", "input": "一百二十", "expected": "102.0", "scope": "in", "note": ""}
    assert judge_cn2an(case).result == "wrong"
    money = dict(MONEY[0], low="1.0", high="1.0")
    assert judge_jionlp_money(money).result == "wrong"
    time = {"input": "2018年1－9月份", "base": "", "first": "2018-01-01", "last": "2018-01-31", "scope": "in", "note": ""}
    assert judge_jionlp_time(time).result == "wrong"
