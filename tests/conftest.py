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


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Print the per-text agreement with gold whenever a corpus test ran (computed here, in the
    main process, so that it prints with pytest-xdist too)."""
    ran = any("test_corpus.py" in getattr(report, "nodeid", "")
              for reports in terminalreporter.stats.values() for report in reports)
    if not ran:
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
