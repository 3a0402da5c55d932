"""Execute the numbered notebooks on a fresh kernel each, deterministically, and export HTML.

Usage: ``python -m helpers.report [--article PATH] [--out DIR]``. Without ``--article`` the
notebooks run in place on the seed and HTML goes to build/html/; with it, executed copies, HTML
and figures go under build/<article-stem>/ and no tracked file changes.

The article is loaded once before any notebook runs: a file ``load_article`` rejects (missing,
empty, binary, undecodable) stops the run with one line, ``error: <message>``, on stderr and exit
status 2, and nothing is written. Cells tagged ``seed-only`` (commentary on the seed's own facts)
are dropped when the notebooks run on another article. A cell that fails is reported in one line
(notebook, cell, exception); the other notebooks still run, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import sys
import warnings
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

from helpers.article import load_article
from helpers.errors import ArticleError, StructureWarning
from helpers.fonts import cjk_font_path
from helpers.paths import BUILD, NOTEBOOKS, ROOT, SEED_ARTICLE

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
#: Cells holding commentary on the seed's own facts: dropped when running on another article.
SEED_ONLY_TAG = "seed-only"
TIMEOUT_SECONDS = 900


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks (NN-name.ipynb) in run order."""
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb"))


def inject_parameters(nb: nbformat.NotebookNode, params: dict[str, object]) -> None:
    """Insert a cell that overrides ``params`` right after the cell tagged ``parameters``."""
    index = next((i for i, c in enumerate(nb.cells) if PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])), None)
    if index is None:
        raise ValueError("notebook has no cell tagged 'parameters'")
    source = "# Injected parameters\n" + "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in params.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    cell.id = "injected-parameters"
    nb.cells.insert(index + 1, cell)


def is_seed(article: Path | None) -> bool:
    """True when ``article`` is None (the default, the seed) or the seed file itself."""
    return article is None or Path(article).resolve() == SEED_ARTICLE


def drop_seed_only(nb: nbformat.NotebookNode) -> int:
    """Remove the cells tagged ``seed-only`` from ``nb``; return how many were removed."""
    keep = [c for c in nb.cells if SEED_ONLY_TAG not in c.get("metadata", {}).get("tags", [])]
    dropped = len(nb.cells) - len(keep)
    nb.cells = keep
    return dropped


class NotebookFailure(Exception):
    """A notebook cell that raised: which notebook, which cell, and the exception in one line."""

    def __init__(self, notebook: str, cell: str, ename: str, evalue: str) -> None:
        self.notebook, self.cell, self.ename, self.evalue = notebook, cell, ename, evalue
        first_line = evalue.strip().splitlines()[0] if evalue.strip() else ""
        super().__init__(f"{notebook}, cell {cell}: {ename}: {first_line}")


def _failed_cell(nb: nbformat.NotebookNode) -> str:
    for index, cell in enumerate(nb.cells):
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return cell.get("id") or str(index)
    return "?"


def check_article(article: Path | None) -> None:
    """Load the article once, as every notebook will; raise what ``load_article`` raises for bad input."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        load_article(article)


#: The family name of the CJK font embedded in HTML copies, and the families placed before it.
EMBEDDED_FAMILY = "Helpers CJK"
SANS = 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif'
MONO = 'Menlo, Consolas, "DejaVu Sans Mono", monospace'


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
    font = TTFont(str(cjk_font_path()), lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted({ch for ch in text if ord(ch) > 127})))
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'@font-face {{ font-family: "{EMBEDDED_FAMILY}"; src: url(data:font/woff;base64,{data}) format("woff"); }}\n'
        f':root {{ --jp-ui-font-family: "{EMBEDDED_FAMILY}", {SANS}; '
        f'--jp-content-font-family: "{EMBEDDED_FAMILY}", {SANS}; '
        f'--jp-code-font-family: {MONO}, "{EMBEDDED_FAMILY}"; }}\n'
        f'body {{ font-family: var(--jp-content-font-family); }}\n'
    )


def embed_font(html: str) -> str:
    """``html`` with the CJK font subset for its own characters inlined before ``</head>``."""
    return html.replace("</head>", f"<style>\n{font_face_css(html)}</style>\n</head>", 1)


def _strip_volatile(nb: nbformat.NotebookNode) -> None:
    """Drop what changes from run to run: timings and widget state."""
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)


def execute(path: Path, *, out: Path, article: Path | None = None, html_dir: Path | None = None) -> Path:
    """Execute one notebook on a fresh kernel (cwd: its own folder) and write it to ``out``.

    On another article than the seed, cells tagged ``seed-only`` are dropped first. Raises
    ``NotebookFailure`` (notebook, cell id, exception) when a cell fails; nothing is written then.
    """
    nb = nbformat.read(path, as_version=4)
    if article is not None:
        inject_parameters(nb, {"ARTICLE": str(article)})
    if not is_seed(article):
        drop_seed_only(nb)
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=TIMEOUT_SECONDS,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        raise NotebookFailure(path.name, _failed_cell(nb), exc.ename, exc.evalue) from None
    _strip_volatile(nb)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = nbformat.writes(nb) + "\n"
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    if html_dir is not None:
        html_dir.mkdir(parents=True, exist_ok=True)
        body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
        (html_dir / f"{path.stem}.html").write_text(embed_font(body), encoding="utf-8")
    return out


def run(*, article: Path | None = None, out_dir: Path | None = None, notebooks: list[Path] | None = None) -> list[Path]:
    """Run every notebook in order: in place on the seed, or into build/<stem>/ for another article.

    A notebook that fails is reported in one line on stderr and the others still run; then the
    first ``NotebookFailure`` is raised.
    """
    notebooks = notebooks or notebook_paths()
    if article is None and out_dir is None:
        nb_dir, html_dir = None, BUILD / "html"
    else:
        base = out_dir or BUILD / article.stem
        nb_dir, html_dir = base / "notebooks", base / "html"
    written, failures = [], []
    for path in notebooks:
        target = path if nb_dir is None else nb_dir / path.name
        print(f"executing {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}", flush=True)
        try:
            written.append(execute(path, out=target, article=article, html_dir=html_dir))
        except NotebookFailure as failure:
            print(f"failed: {failure}", file=sys.stderr, flush=True)
            failures.append(failure)
    if failures:
        raise failures[0]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, help="article text file (default: the seed)")
    parser.add_argument("--out", type=Path, help="output folder (default: in place, or build/<stem>/)")
    args = parser.parse_args(argv)
    article = args.article.resolve() if args.article else None
    try:
        check_article(article)
    except (ArticleError, OSError) as exc:
        message = f"{exc.strerror}: {args.article}" if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"error: {message}", file=sys.stderr)
        return 2
    try:
        run(article=article, out_dir=args.out.resolve() if args.out else None)
    except NotebookFailure:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
