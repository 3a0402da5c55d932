"""Stated figures on real articles against hand-checked gold (tests/data/figures/): the issue's bars are
recall ≥ 95%, precision ≥ 97%, unit and qualifier right on ≥ 95% of matched figures, about on ≥ 85%.
The per-article table prints at the end of the run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/figure_gold.py, shared with conftest's summary
from figure_gold import gold_files, report, score  # noqa: E402


def test_there_is_gold_from_more_than_one_outlet():
    names = [p.stem for p in gold_files()]
    assert len(names) >= 4
    assert len({n.split("-")[0] for n in names}) >= 4


@pytest.mark.parametrize("path", gold_files(), ids=[p.stem for p in gold_files()])
def test_every_figure_found_has_its_value(path):
    """The value of every matched figure is right; on the articles the rules were developed against
    (held_out false), every gold figure is found."""
    row = score(path)
    assert row["matched"] == 0 or row["value"] == 1.0, row  # an empty gold list (no statistic stated) matches nothing
    if not json.loads(path.read_text(encoding="utf-8"))["held_out"]:
        assert row["recall"] == 1.0, row


def test_the_issue_bars_hold_on_the_pooled_figures():
    total = report().iloc[-1]
    assert total["recall"] >= 0.95 and total["precision"] >= 0.97, total
    assert total["unit"] >= 0.95 and total["qualifier"] >= 0.95, total["wrong"]


def test_the_issue_bar_for_what_a_figure_measures_holds_on_the_pooled_figures():
    """The issue's bar, on the pooled matched figures: 1,850 of 2,155 (85.8%) on the 123 texts when round 11's rules
    were written (1,539 of 1,809 on 106 texts when it was first met). Most of these texts were read while rules were
    written; held out, before rules were written for them, the share was 63.8%, 46.3%, 62.1%, 83.5%, 72.6%, 56.2%,
    60.7% and 81.7% on rounds 4 to 11 (tests/data/figures/README.md)."""
    assert report().iloc[-1]["about"] >= 0.85


def test_what_a_figure_measures_does_not_fall_below_its_last_measure():
    """A regression floor, not the issue's bar: about 1,840 of 2,156 pooled matched figures (85.3%) when held-out
    round 11 joined, before rules were written for it (1,667 of 2,020 for round 10, 1,412 of 1,797 for round 9).
    Each held-out round moves the pooled share; the floor moves only then, never for a change of the rules; a
    change that loses more than about 100 of them fails here."""
    assert report().iloc[-1]["about"] >= 0.80
