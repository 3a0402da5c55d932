"""Helpers for analysing a Chinese news feature: load, repair, segment, count and chart it.

The names used most are importable from here: ``from helpers import load_article, tokenize,
term_table, kwic, extract_figures``. They load on first use (PEP 562), so ``import helpers`` stays
light (no pandas, no jieba, no matplotlib).
"""

import importlib

from helpers.errors import (
    ArticleError,
    BinaryArticleError,
    EmptyArticleError,
    StructureWarning,
    UndecodableArticleError,
)

#: Names re-exported lazily: name -> the module that defines it. A function named like its module
#: (``outline``, ``relay``) is left out: once the module is imported, ``helpers.outline`` is the module.
#: The loader's names are lazy too: ``import helpers.errors`` (pytest's warning filter, in every test
#: process) imports this package first, and the loader brings pandas (0.4 s).
LAZY = {
    "Article": "article",
    "Sentence": "article",
    "TextBlock": "article",
    "load_article": "article",
    "split_sentences": "chinese",
    "Byline": "layout",
    "Caption": "layout",
    "PullQuote": "layout",
    "Repair": "layout",
    "Section": "layout",
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
    "ArticleError",
    "BinaryArticleError",
    "EmptyArticleError",
    "StructureWarning",
    "UndecodableArticleError",
    *LAZY,
]
