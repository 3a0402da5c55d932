"""Where the bundled CJK font is: one place for the charts and for the HTML copies' embedded font."""

from __future__ import annotations

import importlib.util
from pathlib import Path

#: The CJK font shipped by the PyPI package mplfonts (installed through requirements.txt).
CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"


def cjk_font_path() -> Path:
    """Path of the bundled CJK font file, for matplotlib, wordcloud's ``font_path`` and the HTML copies.

    Raises RuntimeError, saying how to install it, when the font package is missing.
    """
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the CJK font package mplfonts is missing: run `make report` (or pip install -r requirements.txt)")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / CJK_FONT_FILE
    if not path.is_file():
        raise RuntimeError(f"the CJK font file is missing: {path}")
    return path
