"""Shared fixtures: the seed article, loaded once, and a writer for synthetic article files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import Article, load_article


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article()


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """Write text (or bytes) to a file in a temporary folder and return its path."""

    def write(content: str | bytes, *, name: str = "article.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write


#: The corpus of real articles, each with its gold structure file.
CORPUS = Path(__file__).parent / "data" / "articles"
CORPUS_TEXTS = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_report():
    """``helpers.gold.corpus_report`` on the corpus, computed once per test process."""
    from helpers.gold import corpus_report as report

    return report(CORPUS)


def _ran(terminalreporter, name: str) -> bool:
    return any(name in getattr(report, "nodeid", "") for reports in terminalreporter.stats.values() for report in reports)


def _peer_summary(terminalreporter) -> None:
    """The pass rate per peer suite (cn2an, JioNLP), in scope and out of scope."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from peers import report

    terminalreporter.section("peers: cn2an and JioNLP test cases")
    terminalreporter.write_line(f"{'suite':24} {'cases':>5} {'in scope':>9} {'passed':>7} {'rate':>7} {'out':>4} {'pass/refused':>12}")
    for suite, cases, in_scope, passed, out, refused in report():
        rate = f"{passed / in_scope:.1%}" if in_scope else "-"
        terminalreporter.write_line(f"{suite:24} {cases:5} {in_scope:9} {passed:7} {rate:>7} {out:4} {refused:12}")


def _figure_gold_summary(terminalreporter) -> None:
    """Stated figures against the hand-checked gold, per article."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from figure_gold import report

    table = report()
    terminalreporter.section("stated figures against hand-checked gold (tests/data/figures)")
    shown = table.drop(columns=["wrong"]).assign(name=table["name"].str.slice(0, 40))
    terminalreporter.write_line(shown.to_string(index=False, float_format=lambda x: f"{x:.3f}"))


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Print the per-text agreement with gold whenever a corpus test ran, and the peer suites' pass
    rates whenever a peer test ran (computed here, in the main process, so that it prints with
    pytest-xdist too)."""
    if _ran(terminalreporter, "test_peers.py"):
        _peer_summary(terminalreporter)
    if _ran(terminalreporter, "test_figure_gold.py"):
        _figure_gold_summary(terminalreporter)
    if not _ran(terminalreporter, "test_corpus.py"):
        return
    from helpers.gold import corpus_report as report

    table = report(CORPUS)
    terminalreporter.section("corpus: loader against the hand-checked gold files")
    shown = table.assign(name=table["name"].str.slice(0, 44)).drop(columns=["shape"])
    terminalreporter.write_line(shown.to_string(index=False))
    terminalreporter.write_line(f"fully right: {int(table['fully_right'].sum())} of {len(table)} "
                                f"({table['fully_right'].mean():.1%})")


def pytest_ignore_collect(collection_path, config):
    """The browser tests (tests/e2e) run only when asked for with ``-m e2e`` (``make e2e``)."""
    if collection_path.name == "e2e" and "e2e" not in (config.option.markexpr or ""):
        return True
    return None
