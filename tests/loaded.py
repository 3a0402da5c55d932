"""The real texts loaded, their figures read and the corpus analysed once per test process, for every test
module that checks them: each corpus-wide test reads the same objects instead of loading and reading the 123
texts again (tests/test_corpus.py, test_figure_invariants.py, figure_gold.py, test_corpus_stats.py,
test_keyness.py)."""

from __future__ import annotations

import functools
import warnings
from pathlib import Path

import pandas as pd

from helpers import Article, load_article
from helpers.corpus import ArticleTables, analyse_all, documents
from helpers.paths import CORPUS
from helpers.stated import extract_figures


def load_quietly(path: Path) -> Article:
    """``load_article`` with its structure warnings (expected on some real copy) not raised."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_article(path)


@functools.cache
def article(path: Path) -> Article:
    """The article of one file, loaded once per test process."""
    return load_quietly(path)


@functools.cache
def figures(path: Path) -> pd.DataFrame:
    """``extract_figures`` of that article, once per test process (every test reads it, none changes it)."""
    return extract_figures(article(path))


@functools.cache
def corpus_tables() -> ArticleTables:
    """``analyse_all`` on the real corpus (tests/data/articles), once per test process."""
    return analyse_all(documents(CORPUS))
