"""Project paths, built from this file's location, never from the working directory."""

from __future__ import annotations

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
    """Where figures of an article go by default: figures/ for the seed, build/<stem>/figures otherwise.

    >>> figures_dir() == FIGURES, figures_dir("elsewhere/other.txt") == BUILD / "other" / "figures"
    (True, True)
    """
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
