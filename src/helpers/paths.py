"""Project paths, built from this file's location, never from the working directory."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_d1ace56c1790a754.txt"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"
BUILD = ROOT / "build"
#: The corpus of real articles with their gold structure files (tests/data/articles).
CORPUS = ROOT / "tests" / "data" / "articles"
CACHE = ROOT / ".cache"


def figures_dir(article: Path | str | None = None) -> Path:
    """Where figures of an article go: figures/ for the seed, build/<stem>/figures otherwise.

    The environment variable HELPERS_FIGURES_DIR overrides both (the notebook test uses it so
    that it never writes into the tracked figures/).
    """
    override = os.environ.get("HELPERS_FIGURES_DIR")
    if override:
        return Path(override)
    if article is None or Path(article).resolve() == SEED_ARTICLE:
        return FIGURES
    return BUILD / Path(article).stem / "figures"


def project_path(path: Path | str) -> Path:
    """An absolute path as is; a relative one taken from the project folder, wherever the caller runs.

    >>> project_path("seeds/000_d1ace56c1790a754.txt") == SEED_ARTICLE
    True
    """
    path = Path(path)
    return path if path.is_absolute() else ROOT / path
