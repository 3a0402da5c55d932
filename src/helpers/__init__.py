"""Helpers for analysing a Chinese news feature: load, repair, segment, count and chart it."""

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
]
