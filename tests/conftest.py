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
