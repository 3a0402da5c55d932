"""The shareable report's front page: build/html/index.html (build/<stem>/html/index.html for another article).

It opens with the article's headline, byline and size, then lists each notebook with the question its
first cell asks and its first chart as a thumbnail, each linking to the notebook's HTML copy beside it.
The page is one self-contained file (thumbnails inline, the CJK font subset inline), so it works from
``file://``, from any static web server and offline, with Chinese drawn by the bundled font.
"""

from __future__ import annotations

import base64
import html
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import nbformat

from helpers.article import Article, load_article
from helpers.fonts import embed_font

#: Thumbnail width in pixels (the chart keeps its proportions).
THUMB_WIDTH = 360
RE_QUESTION = re.compile(r"\*\*Question\.\*\*\s*(.+)")
RE_TITLE = re.compile(r"^#\s+(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    """One notebook on the front page: its title, question, HTML copy and first chart (PNG bytes or None)."""

    name: str
    title: str
    question: str
    href: str
    thumbnail: bytes | None


def entry(notebook: Path) -> Entry:
    """Read an executed notebook: the title and question from its first markdown cell, its first PNG output."""
    nb = nbformat.read(notebook, as_version=4)
    first = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    title = RE_TITLE.search(first)
    question = RE_QUESTION.search(first)
    png = next((o["data"]["image/png"] for c in nb.cells if c.cell_type == "code"
                for o in c.get("outputs", []) if "image/png" in o.get("data", {})), None)
    return Entry(notebook.stem, title.group(1).strip() if title else notebook.stem,
                 question.group(1).strip() if question else "", f"{notebook.stem}.html",
                 _thumbnail(base64.b64decode(png)) if png else None)


def _thumbnail(png: bytes) -> bytes:
    """The chart scaled to ``THUMB_WIDTH`` pixels wide, as PNG bytes with no metadata (the same bytes every run)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        image = image.convert("RGB")
        height = max(1, round(image.height * THUMB_WIDTH / image.width))
        small = image.resize((THUMB_WIDTH, height), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        small.save(out, format="PNG", optimize=True)
        return out.getvalue()


def article_summary(article: Article) -> dict[str, str]:
    """What the page says about the article: headline, byline, and its size in characters, paragraphs, sections."""
    byline = " / ".join(article.byline_lines) if article.byline_lines else ""
    size = (f"{len(article.text)} characters of text, {len(article.paragraphs)} paragraphs, "
            f"{len(article.sections)} sections")
    return {"headline": article.headline or "(no headline found)", "byline": byline, "size": size}


def page(summary: dict[str, str], entries: list[Entry], *, source: str) -> str:
    """The front page's HTML (before the font is embedded)."""
    items = []
    for e in entries:
        thumb = (f'<img src="data:image/png;base64,{base64.b64encode(e.thumbnail).decode("ascii")}" alt="{html.escape(e.title)}">'
                 if e.thumbnail else '<div class="nothumb">no chart</div>')
        items.append(
            f'<li><a href="{html.escape(e.href)}">{thumb}<h2>{html.escape(e.title)}</h2></a>'
            f"<p>{html.escape(e.question)}</p></li>"
        )
    byline = f'<p class="byline">{html.escape(summary["byline"])}</p>' if summary["byline"] else ""
    return f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(summary["headline"])}</title>
<style>
body {{ margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }}
h1 {{ font-size: 1.7rem; margin-bottom: .3rem; }}
.byline, .size, .source {{ color: #555; margin: .2rem 0; }}
ul {{ list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1.2rem; }}
li {{ border: 1px solid #ddd; border-radius: 6px; padding: .8rem; }}
li a {{ color: inherit; text-decoration: none; }}
li img {{ width: 100%; height: 13rem; object-fit: contain; display: block; }}
li h2 {{ font-size: 1.1rem; margin: .6rem 0 .3rem; color: #0b5394; }}
.nothumb {{ height: 13rem; background: #f4f4f4; display: flex; align-items: center; justify-content: center; color: #888; }}
</style>
</head>
<body>
<h1>{html.escape(summary["headline"])}</h1>
{byline}
<p class="size">{html.escape(summary["size"])}</p>
<p class="source">Article: {html.escape(source)}</p>
<ul>
{chr(10).join(items)}
</ul>
</body>
</html>
"""


def write_index(article: Path | None, notebooks: list[Path], html_dir: Path, *, source: str) -> Path:
    """Write ``html_dir``/index.html for the executed ``notebooks`` (only when its bytes change); return it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the report has already said what the article lacks
        loaded = load_article(article)
    entries = [entry(p) for p in notebooks if p.is_file()]
    text = embed_font(page(article_summary(loaded), entries, source=source))
    out = html_dir / "index.html"
    html_dir.mkdir(parents=True, exist_ok=True)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    return out
