"""Where the bundled CJK font is: one place for the charts and for the HTML copies' embedded font."""

from __future__ import annotations

import base64
import importlib.util
import io
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


#: The code points the bundled font draws in a web page (``unicode-range``): CJK radicals, punctuation and
#: symbols, kana and bopomofo, the unified ideographs with their extensions, compatibility ideographs and
#: forms, and full-width forms. Latin text falls through to the reader's own fonts.
CJK_UNICODE_RANGE = ", ".join((
    "U+2E80-2FDF", "U+3000-30FF", "U+3100-312F", "U+3190-31FF", "U+3200-9FFF", "U+F900-FAFF", "U+FE30-FE4F", "U+FF00-FFEF",
    "U+20000-3134F",
))
#: The reader's own fonts after the bundled one: text, and code and text output.
SANS = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif'
MONO = 'Menlo, Consolas, "DejaVu Sans Mono", monospace'


def font_stacks_css(family: str, *, selector: str = ":root") -> str:
    """CSS that puts ``family`` first in JupyterLab's three font lists (interface, content, code), on ``selector``.

    ``family`` must cover only what it should draw (a ``unicode-range``, or a subset without ASCII):
    every other character falls through to the reader's fonts.
    """
    return (
        f'{selector} {{ --jp-ui-font-family: "{family}", {SANS}; '
        f'--jp-content-font-family: "{family}", {SANS}; '
        f'--jp-code-font-family: "{family}", {MONO}; }}\n'
        f'body {{ font-family: var(--jp-content-font-family); }}\n'
        # Form controls take the browser's own font, not the page's: a widget's text box would draw
        # typed Chinese as boxes.
        'input, textarea, select, button { font-family: var(--jp-ui-font-family); }\n'
    )


EMBEDDED_FAMILY = "Helpers CJK"


def font_face_css(text: str) -> str:
    """CSS that embeds the bundled CJK font, cut down to the characters of ``text``, as a data URL.

    An HTML copy is read in a browser, whose own fonts may have no Chinese; with this it shows
    Chinese everywhere, at about 150 KB for a notebook instead of the 16 MB font. The subset holds
    only characters beyond ASCII, so it comes first in the text font list and Latin text falls
    through to the reader's own fonts.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"
    options.notdef_outline = True
    # The same bytes on every run (no timestamp); the bounding boxes are the whole font's, not worked out
    # again by drawing every glyph of the subset three times (half the time of a subset). A browser lays
    # lines out by the ascent and descent, which subsetting leaves as they are.
    font = TTFont(str(cjk_font_path()), lazy=True, recalcTimestamp=False, recalcBBoxes=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted({ch for ch in text if ord(ch) > 127})))
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'@font-face {{ font-family: "{EMBEDDED_FAMILY}"; src: url(data:font/woff;base64,{data}) format("woff"); }}\n'
        + font_stacks_css(EMBEDDED_FAMILY)
    )


def embed_font(html: str) -> str:
    """``html`` with the CJK font subset for its own characters inlined before ``</head>``."""
    return html.replace("</head>", f"<style>\n{font_face_css(html)}</style>\n</head>", 1)
