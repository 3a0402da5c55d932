"""Execute the numbered notebooks on a fresh kernel each, deterministically, and export HTML.

Usage: ``python -m helpers.report [--article PATH] [--out DIR] [--force] [--workers N]``. Without
``--article`` the notebooks run in place on the seed and HTML goes to build/html/; with it, executed
copies, HTML and figures go under build/<article-stem>/ and no tracked file changes.

Notebooks run at once, one per core, each on its own fresh kernel in its own process. A notebook
whose cells, helper package (code, data, requirements) and article (and, for a notebook with a
``CORPUS`` parameter, the default corpus) are unchanged since its last run, and whose outputs are
still there as it wrote them, is skipped (an execution cache in .cache/report/, keyed by those
hashes: a few lines here rather than jupyter-cache, whose database stores whole executed notebooks
where this runner only needs to know whether to run).

The article is loaded once before any notebook runs: a file ``load_article`` rejects (missing,
empty, binary, undecodable) stops the run with one line, ``error: <message>``, on stderr and exit
status 2, and nothing is written. Cells tagged ``seed-only`` (commentary on the seed's own facts)
are dropped when the notebooks run on another article. A cell that fails is reported in one line
(notebook, cell, exception); the other notebooks still run, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import nbformat

from helpers.article import load_article
from helpers.errors import ArticleError, StructureWarning
from helpers.fonts import embed_font
from helpers.index import write_index
from helpers.lab import KERNEL_DISPLAY_NAME, KERNEL_NAME
from helpers.paths import BUILD, CACHE, CORPUS, NOTEBOOKS, ROOT, SEED_ARTICLE, figures_dir

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
#: Cells holding commentary on the seed's own facts: dropped when running on another article.
SEED_ONLY_TAG = "seed-only"
TIMEOUT_SECONDS = 900
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
#: The kernel's messages are encrypted with CurveZMQ keys the manager makes for each kernel (ipykernel's
#: kernelspec declares it supports them), so no kernel warns that it runs over TCP without encryption.
TRANSPORT_ENCRYPTION = "auto"


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

    @classmethod
    def many(cls, lines: list[str]) -> NotebookFailure:
        """The failures of a run, one line each."""
        failure = cls.__new__(cls)
        Exception.__init__(failure, "\n".join(lines))
        failure.notebook, failure.cell, failure.ename, failure.evalue = "", "", "", ""
        return failure


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
def _strip_volatile(nb: nbformat.NotebookNode) -> None:
    """Drop what changes from run to run: timings, widget state, and widget views (random model ids,
    and nothing to show without a live kernel: an explorer's static HTML stays in the same output)."""
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)


def write_html(nb: nbformat.NotebookNode, out: Path) -> Path:
    """The standalone HTML copy of an executed notebook (the Lab's look, the CJK font subset inline)."""
    from nbconvert import HTMLExporter

    out.parent.mkdir(parents=True, exist_ok=True)
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    out.write_text(embed_font(body), encoding="utf-8")
    return out


def execute(path: Path, *, out: Path, article: Path | None = None, figures: Path | None = None,
            html_dir: Path | None = None, parameters: dict[str, object] | None = None) -> Path:
    """Execute one notebook on a fresh kernel (cwd: its own folder) and write it to ``out``.

    ``article`` and ``figures`` (where the notebook saves its charts; default: the article's own
    folder) are injected as parameters, and so is each of ``parameters`` (``{"CORPUS": …}``). On
    another article than the seed, cells tagged ``seed-only`` are dropped first. Raises
    ``NotebookFailure`` (notebook, cell id, exception) when a cell fails; nothing is written then.
    """
    nb = nbformat.read(path, as_version=4)
    params: dict[str, object] = {}
    if article is not None:
        params["ARTICLE"] = str(article)
    if figures is not None:
        params["FIGURES"] = str(figures)
    params.update(parameters or {})
    if params:
        inject_parameters(nb, params)
    if not is_seed(article):
        drop_seed_only(nb)
    # Imported here, not at the top: a run with nothing to execute, or a rejected article, stays quick.
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from traitlets.config import Config

    client = NotebookClient(
        nb,
        kernel_name=KERNEL_NAME,
        config=Config({"KernelManager": {"transport_encryption": TRANSPORT_ENCRYPTION}}),
        timeout=TIMEOUT_SECONDS,
        record_timing=False,
        shutdown_kernel="immediate",  # every cell has replied and its outputs are in: nothing to wait for
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        raise NotebookFailure(path.name, _failed_cell(nb), exc.ename, exc.evalue) from None
    _strip_volatile(nb)
    nb.metadata["kernelspec"] = {"display_name": KERNEL_DISPLAY_NAME, "language": "python", "name": KERNEL_NAME}
    out.parent.mkdir(parents=True, exist_ok=True)
    text = nbformat.writes(nb) + "\n"
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    if html_dir is not None:
        write_html(nb, html_dir / f"{path.stem}.html")
    return out


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def code_digest() -> str:
    """A hash of everything a notebook's outputs depend on besides the notebook and the article:
    the helper package's code and data, and the pinned requirements."""
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".txt") and "__pycache__" not in p.parts)
    parts = [str(p.relative_to(package)).encode() + b"\0" + p.read_bytes() for p in files]
    requirements = ROOT / "requirements.txt"
    if requirements.is_file():
        parts.append(requirements.read_bytes())
    return _digest(*parts)


def notebook_digest(path: Path) -> str:
    """A hash of a notebook's cells as written (type, source, tags), not of its outputs."""
    nb = nbformat.read(path, as_version=4)
    cells = [[c.cell_type, c.source, sorted(c.get("metadata", {}).get("tags", []))] for c in nb.cells]
    return _digest(json.dumps(cells, ensure_ascii=False).encode())


def uses_corpus(path: Path) -> bool:
    """True when a notebook's ``parameters`` cell sets ``CORPUS``: its outputs depend on the corpus too."""
    nb = nbformat.read(path, as_version=4)
    return any(PARAMETERS_TAG in c.get("metadata", {}).get("tags", []) and re.search(r"^CORPUS\s*=", c.source, re.M)
               for c in nb.cells)


def corpus_digest(folder: Path = CORPUS) -> str:
    """A hash of every file of a corpus folder (names and bytes), the default input of notebook 08."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return _digest(*(str(p.relative_to(folder)).encode() + b"\0" + p.read_bytes() for p in files))


def _file_digest(path: Path) -> str:
    return _digest(path.read_bytes())


@dataclass(frozen=True)
class Job:
    """One notebook to execute: where it comes from, where its outputs go, and its cache key."""

    source: Path
    target: Path
    html_dir: Path
    figures: Path
    article: Path | None
    key: str
    cache: Path = CACHE / "report"
    inject_figures: bool = False  # only when the outputs go elsewhere than the article's own folders

    @property
    def record(self) -> Path:
        return self.cache / f"{_digest(str(self.target).encode())[:24]}.json"

    def outputs(self) -> list[Path]:
        """The files this notebook writes: itself, its HTML copy, and its figures (named NN-…)."""
        prefix = self.source.name[:3]
        figures = sorted(self.figures.glob(f"{prefix}*")) if self.figures.is_dir() else []
        return [self.target, self.html_dir / f"{self.source.stem}.html", *figures]

    def fresh(self) -> bool:
        """True when the last run had this key and every output it wrote is still there, unchanged."""
        if not self.record.is_file():
            return False
        record = json.loads(self.record.read_text(encoding="utf-8"))
        if record.get("key") != self.key or not record.get("outputs"):
            return False
        return all(Path(name).is_file() and _file_digest(Path(name)) == digest for name, digest in record["outputs"].items())

    def remember(self, seconds: float | None = None) -> None:
        """Record the key and the outputs' digests, and how long the run took (to schedule the next one)."""
        self.record.parent.mkdir(parents=True, exist_ok=True)
        outputs = {str(p): _file_digest(p) for p in self.outputs() if p.is_file()}
        record = {"key": self.key, "outputs": outputs}
        if seconds is not None:
            record["seconds"] = round(seconds, 1)
        self.record.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")

    def last_seconds(self) -> float | None:
        """How long the last recorded run of this notebook took, if one was recorded."""
        if not self.record.is_file():
            return None
        return json.loads(self.record.read_text(encoding="utf-8")).get("seconds")


def plan(*, article: Path | None = None, out_dir: Path | None = None, notebooks: list[Path] | None = None,
         cache: Path | None = None) -> list[Job]:
    """One ``Job`` per notebook: in place on the seed, or into build/<stem>/ (or ``out_dir``) for another article."""
    notebooks = notebooks or notebook_paths()
    if article is None and out_dir is None:
        nb_dir, html_dir = None, BUILD / "html"
    else:
        base = out_dir or BUILD / article.stem
        nb_dir, html_dir = base / "notebooks", base / "html"
    figures = out_dir / "figures" if out_dir is not None else figures_dir(article)
    code = code_digest()
    article_digest = _file_digest(article) if article is not None else _file_digest(SEED_ARTICLE)
    jobs = []
    corpus = None
    for path in notebooks:
        parts = [code.encode(), notebook_digest(path).encode(), article_digest.encode(), str(article).encode()]
        if uses_corpus(path):
            corpus = corpus or corpus_digest()
            parts.append(corpus.encode())
        key = _digest(*parts)
        target = path if nb_dir is None else nb_dir / path.name
        jobs.append(Job(path, target, html_dir, figures, article, key, cache or CACHE / "report", out_dir is not None))
    return jobs


def _execute_job(job: Job) -> str | None:
    """Run one job (in a worker process); return the one-line failure, or None."""
    started = time.perf_counter()
    try:
        execute(job.source, out=job.target, article=job.article, figures=job.figures if job.inject_figures else None,
                html_dir=job.html_dir)
    except NotebookFailure as failure:
        return str(failure)
    job.remember(time.perf_counter() - started)
    return None


def longest_first(jobs: list[Job]) -> list[Job]:
    """``jobs`` in the order to hand them to the workers: longest last run first, those never timed
    before them all, each group in notebook order. With two workers and one notebook three times
    longer than the others, starting it last would leave one core idle while it runs."""
    timed = {job: job.last_seconds() for job in jobs}
    return sorted(jobs, key=lambda job: -(timed[job] if timed[job] is not None else float("inf")))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def run(*, article: Path | None = None, out_dir: Path | None = None, notebooks: list[Path] | None = None,
        workers: int | None = None, force: bool = False, cache: Path | None = None) -> list[Path]:
    """Run the notebooks whose source, helper package or article changed since their last run,
    each on a fresh kernel, up to ``workers`` at once (default: one per core); skip the others,
    saying so. ``force`` runs every one. Outputs are the same bytes as a run one at a time. The
    cache records go to ``cache`` (default .cache/report/).

    A notebook that fails is reported in one line on stderr and the others still run; then a
    ``NotebookFailure`` naming the failures is raised.
    """
    jobs = plan(article=article, out_dir=out_dir, notebooks=notebooks, cache=cache)
    stale = [job for job in jobs if force or not job.fresh()]
    for job in jobs:
        if job not in stale:
            print(f"unchanged, skipped {_name(job.source)}", flush=True)
    failures: list[str] = []
    workers = max(1, min(workers or os.cpu_count() or 1, len(stale) or 1))
    if workers == 1:
        results = []
        for job in stale:
            print(f"executing {_name(job.source)}", flush=True)
            results.append(_execute_job(job))
    else:
        for job in stale:
            print(f"executing {_name(job.source)}", flush=True)
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            results = list(pool.map(_execute_job, longest_first(stale)))
    for failure in results:
        if failure is not None:
            print(f"failed: {failure}", file=sys.stderr, flush=True)
            failures.append(failure)
    if failures:
        raise NotebookFailure.many(failures)
    if jobs:
        index = write_index(article, [job.target for job in jobs], jobs[0].html_dir,
                            source=_name(article) if article is not None else _name(SEED_ARTICLE))
        print(f"front page {_name(index)}", flush=True)
    return [job.target for job in jobs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, help="article text file (default: the seed)")
    parser.add_argument("--out", type=Path, help="output folder (default: in place, or build/<stem>/)")
    parser.add_argument("--force", action="store_true", help="run every notebook, changed or not")
    parser.add_argument("--workers", type=int, help="notebooks run at once (default: one per core)")
    args = parser.parse_args(argv)
    article = args.article.resolve() if args.article else None
    try:
        check_article(article)
    except (ArticleError, OSError) as exc:
        message = f"{exc.strerror}: {args.article}" if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"error: {message}", file=sys.stderr)
        return 2
    try:
        run(article=article, out_dir=args.out.resolve() if args.out else None, force=args.force, workers=args.workers)
    except NotebookFailure:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
