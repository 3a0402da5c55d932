"""Errors and warnings raised on bad input, each naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class ArticleError(ValueError):
    """An article file that cannot be read as text: empty, binary or in an unknown encoding."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class EmptyArticleError(ArticleError):
    """The file is empty or holds only whitespace."""


class BinaryArticleError(ArticleError):
    """The file holds binary data (NUL bytes or control characters), not text."""


class UndecodableArticleError(ArticleError):
    """The bytes are neither UTF-8 nor GB18030 text."""


class StructureWarning(UserWarning):
    """The article loaded, but part of the expected news-feature structure is missing."""
