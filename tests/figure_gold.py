"""Stated figures against hand-checked gold files (tests/data/figures/): recall, precision, and how
often the value, unit, qualifier and ``about`` of a matched figure are right."""

from __future__ import annotations

import functools
import json
import math
import sys
from pathlib import Path

import pandas as pd

from helpers.reading import RE_PINYIN_GLOSS
from helpers.stated import statistics

sys.path.insert(0, str(Path(__file__).parent))  # tests/loaded.py: the real texts loaded and read once per process
import loaded  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).parent / "data" / "figures"


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


@functools.cache  # one extraction per gold file per test process, shared by the tests and the summary
def score(path: Path) -> dict:
    gold = json.loads(path.read_text(encoding="utf-8"))
    found = statistics(loaded.figures(ROOT / gold["article"])).to_dict("records")
    used: set[int] = set()
    matched = []
    for g in gold["statistics"]:  # in reading order: the first unused extracted figure of the same surface
        # A hard-wrapped copy breaks a figure over two lines (百分之\n九点二, 159億美\n元): the gold keeps the
        # break as printed, the loader joins the lines, so the figure read from the joined text has none.
        # A web converter's pinyin glosses (34萬(wàn)余人次) are markup the reader takes out (helpers.reading).
        printed = RE_PINYIN_GLOSS.sub("", g["surface"].replace("\n", ""))
        i = next((i for i, f in enumerate(found) if i not in used and f["surface"] == printed), None)
        if i is not None:
            used.add(i)
            matched.append((g, found[i]))
    n = len(matched)

    def share(check) -> float:  # noqa: ANN001
        return sum(check(g, f) for g, f in matched) / n if n else math.nan

    return {
        "name": path.stem, "held_out": gold["held_out"], "gold": len(gold["statistics"]), "found": len(found), "matched": n,
        # An article that states no statistic has an empty list: nothing to recall, and every figure found is wrong.
        "recall": n / len(gold["statistics"]) if gold["statistics"] else math.nan,
        "precision": n / len(found) if found else math.nan,
        "value": share(lambda g, f: math.isclose(g["value"], f["value"], rel_tol=1e-9)),
        "unit": share(lambda g, f: g["unit"] == f["unit"]),
        "qualifier": share(lambda g, f: g["qualifier"] == f["qualifier"]),
        "about": share(lambda g, f: f["about"] in g["about"] or f["about"] in [RE_PINYIN_GLOSS.sub("", a) for a in g["about"]]),
        "wrong": [f"{f['surface']}: {k}" for g, f in matched for k in ("unit", "qualifier", "about")
                  if (f[k] not in [*g[k], *(RE_PINYIN_GLOSS.sub("", a) for a in g[k])] if k == "about" else f[k] != g[k])],
    }


@functools.cache
def report() -> pd.DataFrame:
    """One row per gold file, and a total row (figures pooled)."""
    rows = [score(p) for p in gold_files()]
    table = pd.DataFrame(rows)
    total = {"name": "all", "held_out": None, "gold": table["gold"].sum(), "found": table["found"].sum(), "matched": table["matched"].sum()}
    total["recall"] = total["matched"] / total["gold"]
    total["precision"] = total["matched"] / total["found"]
    for key in ("value", "unit", "qualifier", "about"):
        total[key] = (table[key] * table["matched"]).sum() / total["matched"]
    total["wrong"] = sum(table["wrong"], [])
    return pd.concat([table, pd.DataFrame([total])], ignore_index=True)
