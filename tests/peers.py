"""Peers' public test cases (cn2an, JioNLP) as data, and how each is judged against our readers.

The case files in tests/data/peers/ hold only the peers' input/expected pairs (README.md there names
the repository, file and commit of each). A case is ``in`` scope (it must pass) or ``out`` of scope
(it must pass or raise ValueError: never a silent wrong value).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path

from helpers.numerals import find_statistics, parse_number, read_figure
from helpers.periods import read_period

PEERS = Path(__file__).parent / "data" / "peers"
#: JioNLP's definition of a money figure, and the qualifiers of ours that say the same.
DEFINITIONS = {"accurate": {"exact"}, "blur": {"approx", "range", "over"}, "blur+": {"over", "at_least"},
               "blur-": {"under", "nearly"}}


@dataclass(frozen=True)
class Outcome:
    suite: str
    input: str
    scope: str
    result: str  # pass | refused (raised, or left out) | wrong
    detail: str = ""


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def cn2an_cases() -> list[dict]:
    with (PEERS / "cn2an.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def judge_cn2an(case: dict) -> Outcome:
    text, expected = case["input"], case["expected"]
    money = any(ch in text for ch in "元圆角分整")
    try:
        value = read_figure(text, kind="money").value if money else parse_number(text)
    except ValueError as error:
        result = "pass" if expected == "ValueError" else "refused"
        return Outcome(case["suite"], text, case["scope"], result, str(error))
    if expected == "ValueError":
        return Outcome(case["suite"], text, case["scope"], "wrong", f"read {value!r}, expected ValueError")
    ok = _close(value, float(expected))
    return Outcome(case["suite"], text, case["scope"], "pass" if ok else "wrong", f"read {value!r}, expected {expected}")


def jionlp_money_cases() -> list[dict]:
    with (PEERS / "jionlp_money_parser.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def judge_jionlp_money(case: dict) -> Outcome:
    """JioNLP gives a value (or a [low, high] range) to the 分, a currency and a definition."""
    text = case["input"]
    try:
        r = read_figure(text, kind="money")
    except ValueError as error:
        return Outcome("jionlp.money_parser", text, case["scope"], "refused", str(error))
    if case["single"] == "True":
        got = (round(r.value, 2),) * 2
    else:
        got = (round(r.low, 2), round(r.high, 2))
    want = (float(case["low"]), float(case["high"]))
    checks = {"value": got == want, "currency": r.unit == case["case"],
              "definition": r.qualifier in DEFINITIONS[case["definition"]]}
    bad = [k for k, ok in checks.items() if not ok]
    detail = f"read {got} {r.unit} {r.qualifier}, expected {want} {case['case']} {case['definition']}"
    return Outcome("jionlp.money_parser", text, case["scope"], "wrong" if bad else "pass", detail)


def jionlp_extractor_cases() -> list[dict]:
    return json.loads((PEERS / "jionlp_money_extractor.json").read_text(encoding="utf-8"))


def judge_jionlp_extractor(case: dict) -> Outcome:
    """Every money figure of the text with its offsets; out of scope: ours must be among theirs."""
    found = [{"text": r.surface, "offset": [r.start, r.end]} for r in find_statistics(case["text"]) if r.kind == "money"]
    expected = case["expected"]
    if found == expected:
        result = "pass"
    elif case["scope"] == "out" and all(f in expected for f in found):
        result = "refused"  # the forms out of scope are left out, never read wrongly
    else:
        result = "wrong"
    return Outcome("jionlp.money_extractor", case["text"][:30], case["scope"], result, f"found {found}")


def jionlp_time_cases() -> list[dict]:
    with (PEERS / "jionlp_time_parser.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def judge_jionlp_time(case: dict) -> Outcome:
    """The first and last day of a date or period read against the case's base date. ``convention``
    cases (月底, 年底, 季度末: a last day for us, the last days for JioNLP) are judged on the last day."""
    text, scope = case["input"], case["scope"]
    base = dt.date.fromisoformat(case["base"]) if case["base"] else None
    try:
        p = read_period(text, base=base)
    except ValueError as error:
        return Outcome("jionlp.time_parser", text, "in" if scope == "convention" else scope, "refused", str(error))
    want = (case["first"], case["last"])
    ok = p.last == case["last"] if scope == "convention" else (p.first, p.last) == want
    return Outcome("jionlp.time_parser", text, "in" if scope == "convention" else scope, "pass" if ok else "wrong",
                   f"read {(p.first, p.last)}, expected {want}")


def all_outcomes() -> list[Outcome]:
    return ([judge_cn2an(c) for c in cn2an_cases()] + [judge_jionlp_money(c) for c in jionlp_money_cases()]
            + [judge_jionlp_extractor(c) for c in jionlp_extractor_cases()]
            + [judge_jionlp_time(c) for c in jionlp_time_cases()])


def report() -> list[tuple[str, int, int, int, int, int]]:
    """Per suite: cases, in scope, in scope passed, out of scope, out of scope passed or refused."""
    rows: dict[str, list[int]] = {}
    for o in all_outcomes():
        row = rows.setdefault(o.suite, [0, 0, 0, 0, 0])
        row[0] += 1
        if o.scope == "in":
            row[1] += 1
            row[2] += o.result == "pass"
        else:
            row[3] += 1
            row[4] += o.result in ("pass", "refused")
    return [(suite, *counts) for suite, counts in sorted(rows.items())]
