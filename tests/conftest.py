"""Shared fixtures: the seed article, loaded once, and a writer for synthetic article files."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from helpers import Article


@pytest.fixture(scope="session")
def seed() -> Article:
    """The seed, loaded once per test process. Imported here: the main process of a pytest-xdist run,
    which runs no test, then starts its workers without loading the loader and pandas first (0.4 s)."""
    from helpers import load_article

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


#: Summaries a test process has worked out already, by name, as the lines to print: the main process of a
#: pytest-xdist run prints them from the workers' (``pytest_testnodedown``) instead of working them out again
#: after every test has finished (about 5 s of re-loading and re-extracting the corpus at the end of a run).
_SUMMARIES: dict[str, list[str]] = {}


@pytest.fixture(scope="session")
def corpus_report():
    """``helpers.gold.corpus_report`` on the corpus, computed once per test process."""
    from helpers.gold import corpus_report as report

    table = report(CORPUS)
    _SUMMARIES["corpus"] = _corpus_lines(table)
    return table


def _ran(terminalreporter, name: str) -> bool:
    return any(name in getattr(report, "nodeid", "") for reports in terminalreporter.stats.values() for report in reports)


def _peer_lines() -> list[str]:
    """The pass rate per peer suite (cn2an, JioNLP), in scope and out of scope."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from peers import report

    lines = [f"{'suite':24} {'cases':>5} {'in scope':>9} {'passed':>7} {'rate':>7} {'out':>4} {'pass/refused':>12}"]
    for suite, cases, in_scope, passed, out, refused in report():
        rate = f"{passed / in_scope:.1%}" if in_scope else "-"
        lines.append(f"{suite:24} {cases:5} {in_scope:9} {passed:7} {rate:>7} {out:4} {refused:12}")
    return lines


def _figure_gold_lines() -> list[str]:
    """Stated figures against the hand-checked gold, per article."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from figure_gold import report

    table = report()
    shown = table.drop(columns=["wrong"]).assign(name=table["name"].str.slice(0, 40))
    return shown.to_string(index=False, float_format=lambda x: f"{x:.3f}").split("\n")


def _corpus_lines(table) -> list[str]:
    shown = table.assign(name=table["name"].str.slice(0, 44)).drop(columns=["shape"])
    return [*shown.to_string(index=False).split("\n"),
            f"fully right: {int(table['fully_right'].sum())} of {len(table)} ({table['fully_right'].mean():.1%})"]


def pytest_sessionfinish(session) -> None:
    """In a pytest-xdist worker: hand the summaries it has worked out to the main process."""
    output = getattr(session.config, "workeroutput", None)
    if output is None:
        return
    import sys

    figure_gold = sys.modules.get("figure_gold")
    if figure_gold is not None and figure_gold.report.cache_info().currsize:
        _SUMMARIES["figure_gold"] = _figure_gold_lines()
    if "peers" in sys.modules:
        _SUMMARIES["peers"] = _peer_lines()
    output["summaries"] = dict(_SUMMARIES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """In the main process of a pytest-xdist run: keep what each worker worked out."""
    _SUMMARIES.update(getattr(node, "workeroutput", {}).get("summaries", {}))


def _section(terminalreporter, title: str, lines: list[str]) -> None:
    terminalreporter.section(title)
    for line in lines:
        terminalreporter.write_line(line)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Print the per-text agreement with gold whenever a corpus test ran, and the peer suites' pass
    rates whenever a peer test ran (in the main process, so that it prints with pytest-xdist too: from
    what a worker worked out, else worked out here)."""
    if _ran(terminalreporter, "test_peers.py"):
        _section(terminalreporter, "peers: cn2an and JioNLP test cases", _SUMMARIES.get("peers") or _peer_lines())
    if _ran(terminalreporter, "test_figure_gold.py"):
        lines = _SUMMARIES.get("figure_gold") or _figure_gold_lines()
        _section(terminalreporter, "stated figures against hand-checked gold (tests/data/figures)", lines)
    if _ran(terminalreporter, "test_corpus.py"):
        if "corpus" not in _SUMMARIES:
            from helpers.gold import corpus_report as report

            _SUMMARIES["corpus"] = _corpus_lines(report(CORPUS))
        _section(terminalreporter, "corpus: loader against the hand-checked gold files", _SUMMARIES["corpus"])


#: Full collections the collector has made in this test process, and how many of them the long-lived heap
#: has been frozen after (``pytest_runtest_teardown``).
_FULL_COLLECTIONS = [0, 0]


def _count_full_collection(phase: str, info: dict) -> None:
    if phase == "stop" and info["generation"] == 2:
        _FULL_COLLECTIONS[0] += 1


def pytest_collection_finish(session) -> None:
    """Once the tests are collected, the modules and their tables are there for the whole run: move them to
    the collector's permanent generation, so that its full collections do not walk them again and again."""
    gc.freeze()
    if _count_full_collection not in gc.callbacks:
        gc.callbacks.append(_count_full_collection)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):  # noqa: ANN201 - a hook wrapper
    """After a test in which the collector made a full collection, and after its fixtures are torn down, freeze
    what survived: the session's loaded corpus, dictionaries and caches, which live to the end of the run. A
    test process spent about 2.9 of its 33 s in collections, 2.5 of them in 15 full ones walking that heap;
    0.8 s with this. What is garbage is collected first, so nothing the test left behind is frozen."""
    yield
    if _FULL_COLLECTIONS[0] != _FULL_COLLECTIONS[1]:
        gc.collect()  # a full collection itself: counted, so the count is taken after it
        gc.freeze()
        _FULL_COLLECTIONS[1] = _FULL_COLLECTIONS[0]


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:
    """Last of all in a test process: move every object to the collector's permanent generation. The
    interpreter's exit then does not walk the whole heap (the loaded corpus, the dictionaries, pandas) for
    cycles to free just before the process ends: about 1 s of each pytest-xdist worker's exit, which the main
    process waits for."""
    gc.freeze()


def pytest_ignore_collect(collection_path, config):
    """The browser tests (tests/e2e) run only when asked for with ``-m e2e`` (``make e2e``)."""
    if collection_path.name == "e2e" and "e2e" not in (config.option.markexpr or ""):
        return True
    return None
