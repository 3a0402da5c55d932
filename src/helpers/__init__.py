"""Helpers for analysing a Chinese news feature: load, repair, segment, count and chart it.

The names used most are importable from here: ``from helpers import load_article, tokenize,
term_table, kwic, extract_figures``. The analysis functions load on first use (PEP 562), so
``import helpers`` stays light (no jieba, no matplotlib).
"""

import importlib

from helpers.article import Article, Sentence, TextBlock, load_article
from helpers.chinese import split_sentences
from helpers.errors import (
    ArticleError,
    BinaryArticleError,
    EmptyArticleError,
    StructureWarning,
    UndecodableArticleError,
)
from helpers.layout import Byline, Caption, PullQuote, Repair, Section

#: Analysis functions re-exported lazily: name -> the module that defines it. A function named like its
#: module (``outline``, ``relay``) is left out: once the module is imported, ``helpers.outline`` is the module.
LAZY = {
    "tokenize": "tokenizer",
    "term_table": "terms",
    "kwic": "terms",
    "dispersion": "terms",
    "cooccurrence": "terms",
    "collocations": "terms",
    "distinctive_terms": "terms",
    "keywords_tfidf": "terms",
    "keywords_textrank": "terms",
    "extract_figures": "stated",
    "statistics": "stated",
    "derived_figures": "stated",
    "read_figure": "numerals",
    "find_statistics": "numerals",
    "parse_number": "numerals",
    "read_period": "periods",
    "find_periods": "periods",
    "quoted_spans": "rhetoric",
    "titles": "rhetoric",
    "heading_pattern": "rhetoric",
    "section_summary": "outline",
    "size_ledger": "outline",
    "oddities_frame": "checks",
    "corpus_report": "gold",
}


def __getattr__(name: str) -> object:
    if name in LAZY:
        value = getattr(importlib.import_module(f"helpers.{LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(LAZY))


__all__ = [
    "Article",
    "ArticleError",
    "BinaryArticleError",
    "Byline",
    "Caption",
    "EmptyArticleError",
    "PullQuote",
    "Repair",
    "Section",
    "Sentence",
    "StructureWarning",
    "TextBlock",
    "UndecodableArticleError",
    "load_article",
    "split_sentences",
    *LAZY,
]
