"""Run a corpus through ``corpus.analyse`` in partitions, in one process or on Dask, into a Parquet dataset.

Usage: ``python -m helpers.corpus_run CORPUS [--out DIR] [--scheduler ADDRESS] [--workers N] [--single]
[--notebook [--article PATH]]``. With ``--notebook``, notebook 08 then runs on the corpus (and the seed, or
``--article``) into the output folder: ``notebooks/08-corpus.ipynb``, ``html/`` and ``figures/``.

The corpus is cut into partitions of about ``target_docs`` articles; each partition is a pure task
(its documents in, its tables written out as one Parquet file per table), so it runs unchanged in
this process, in a worker of a local Dask cluster (the default: one worker process per core, one
thread each) or on an existing cluster (``--scheduler`` or the ``DASK_SCHEDULER_ADDRESS`` variable;
its workers must see the corpus and the output folder at the same paths). Workers write their own
partitions; only a few counts come back, so no process ever holds the corpus.

A partition's key is a hash of the helper package's code and of the ``doc_id`` and content hash of
each of its articles; a partition whose key is already written is reused. Boundaries between
partitions are content-defined (an article whose hash is 0 modulo ``target_docs`` closes its partition
once it holds half that many), so adding or changing one article recomputes its own partition and
seldom more.

Layout of the output folder (one folder per corpus, build/corpus/<name>/ by default)::

    tables/articles/part-<key>.parquet  tables/paragraphs/…  tables/terms/…  tables/figures/…  …/repairs  …/errors
    tables/_done/<key>.json             a partition's counts, written last: the partition is finished
    tables/manifest.json                the partitions of the last run, in order, and its counts

(``make corpus`` puts notebook 08's ``notebooks/``, ``html/`` and ``figures/`` beside ``tables/``.)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import pandas as pd

from helpers.corpus import (
    TABLES,
    ArticleTables,
    CorpusError,
    Document,
    analyse_all,
    concat,
    conform,
    content_hash,
    documents,
    shown,
)
from helpers.paths import BUILD, NOTEBOOKS, project_path

#: The environment variable naming a running Dask scheduler (Dask's own convention).
SCHEDULER_VARIABLE = "DASK_SCHEDULER_ADDRESS"
#: Articles per partition, on average, in a large corpus (boundaries are content-defined, between half and
#: twice this). A small corpus gets smaller partitions (``target_size``), so that its work spreads over workers.
TARGET_DOCS = 64
MIN_TARGET_DOCS = 4
#: Partitions a cluster is given at once: this many per worker thread it has now (at least ``MIN_IN_FLIGHT``, so a
#: cluster still starting, or scaling up from none, sees work to scale for); read again as each partition finishes.
IN_FLIGHT_PER_THREAD = 4
MIN_IN_FLIGHT = 8
#: A partition is closed once its articles reach this many bytes, whatever their hashes.
MAX_PARTITION_BYTES = 4_000_000
DONE = "_done"
MANIFEST = "manifest.json"
#: The notebook that reads a corpus against an article.
CORPUS_NOTEBOOK = NOTEBOOKS / "08-corpus.ipynb"


@dataclass(frozen=True)
class Partition:
    """A run of documents processed and written together, named by ``key`` (a hash of the pipeline and of its
    documents' ids and content hashes, which are not kept: a worker needs only where each document is)."""

    key: str
    docs: tuple[Document, ...]
    bytes: int


@dataclass(frozen=True)
class RunSummary:
    """What a run did: articles in, articles analysed, errors, partitions computed and reused."""

    out: Path
    articles_in: int
    articles_out: int
    errors: int
    partitions: int
    reused: int
    bytes: int
    seconds: float

    def to_frame(self) -> pd.DataFrame:
        """One row: ``articles_in``, ``articles_out``, ``errors``, ``partitions``, ``reused``, ``bytes``, ``seconds``."""
        return pd.DataFrame([{k: getattr(self, k) for k in
                              ("articles_in", "articles_out", "errors", "partitions", "reused", "bytes", "seconds")}])


def corpus_name(source: Path | str) -> str:
    """The folder name a corpus's outputs go under: its file or folder name without suffix.

    >>> corpus_name("tests/data/articles"), corpus_name("/data/news-2024.jsonl")
    ('articles', 'news-2024')
    """
    return Path(source).stem


def default_out(source: Path | str) -> Path:
    """build/corpus/<name>/ for a corpus."""
    return BUILD / "corpus" / corpus_name(source)


def pipeline_digest() -> str:
    """A hash of the helper package's code and data and the pinned requirements (``report.code_digest``)."""
    from helpers.report import code_digest

    return code_digest()[:16]


def target_size(articles: int) -> int:
    """Articles per partition for a corpus of ``articles``: about 16 partitions, in powers of two from
    ``MIN_TARGET_DOCS`` to ``TARGET_DOCS``, so the partitions only change when the corpus doubles.

    >>> [target_size(n) for n in (44, 100, 1000, 300_000)]
    [4, 4, 32, 64]
    """
    size = MIN_TARGET_DOCS
    while size * 2 <= min(TARGET_DOCS, articles / 16):
        size *= 2
    return size


def plan(source: Path | str, *, target_docs: int | None = None, max_bytes: int = MAX_PARTITION_BYTES,
         pipeline: str | None = None) -> list[Partition]:
    """The partitions of a corpus, each keyed by the pipeline and its articles' ids and content hashes.

    ``target_docs``: articles per partition on average (default: ``target_size`` of the corpus). Reads
    each article once to hash it (streaming: one article in memory at a time).
    """
    pipeline = pipeline or pipeline_digest()
    listed = documents(source)
    target_docs = target_docs or target_size(len(listed))
    partitions: list[Partition] = []
    docs: list[Document] = []
    hashes: list[str] = []
    size = 0

    def close() -> None:
        nonlocal docs, hashes, size
        if docs:
            key = content_hash(json.dumps([pipeline, [[d.doc_id, h] for d, h in zip(docs, hashes, strict=True)]]).encode())
            partitions.append(Partition(key, tuple(docs), size))
        docs, hashes, size = [], [], 0

    for doc in listed:
        try:
            data, meta = doc.read()
            digest = content_hash(data, meta)
        except (ValueError, OSError, KeyError):  # read again, and reported, by ``analyse``
            data, digest = b"", "unreadable"
        docs.append(doc)
        hashes.append(digest)
        size += len(data)
        boundary = int(content_hash(digest.encode()), 16) % target_docs == 0
        if (boundary and len(docs) >= target_docs // 2) or len(docs) >= 2 * target_docs or size >= max_bytes:
            close()
    close()
    return partitions


#: The folder of the Parquet dataset inside a corpus's output folder.
TABLES_DIR = "tables"


def _part_path(out: Path, table: str, key: str) -> Path:
    return out / TABLES_DIR / table / f"part-{key}.parquet"


def _write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    write(partial)
    partial.replace(path)


def _finished(partition: Partition, out: Path) -> dict[str, int | str | bool] | None:
    """The counts of a partition already written in full to ``out`` (``reused`` True), else None."""
    done = out / TABLES_DIR / DONE / f"{partition.key}.json"
    if done.is_file() and all(_part_path(out, t, partition.key).is_file() for t in TABLES):
        return {**json.loads(done.read_text(encoding="utf-8")), "reused": True}
    return None


def run_partition(partition: Partition, out: Path | str) -> dict[str, int | str | bool]:
    """Analyse one partition and write its tables (or reuse them if its key is already written).

    Returns its counts: ``key``, ``articles_in``, ``articles_out``, ``errors``, ``bytes``, ``reused``.
    """
    out = Path(out)
    finished = _finished(partition, out)
    if finished is not None:
        return finished
    tables = analyse_all(list(partition.docs))
    for table in TABLES:
        _write_atomic(_part_path(out, table, partition.key), lambda p, t=table: tables[t].to_parquet(p, index=False))
    counts = {"key": partition.key, "articles_in": len(partition.docs), "articles_out": len(tables["articles"]),
              "errors": len(tables["errors"]), "bytes": partition.bytes}
    done = out / TABLES_DIR / DONE / f"{partition.key}.json"
    _write_atomic(done, lambda p: p.write_text(json.dumps(counts, sort_keys=True), encoding="utf-8"))
    return {**counts, "reused": False}


class Progress:
    """One line per finished partition: articles done of all, and articles per second."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.stream, self.done, self.start = total, stream, 0, time.perf_counter()

    def update(self, counts: dict) -> None:
        self.done += int(counts["articles_in"])
        if self.stream is None:
            return
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        note = " (reused)" if counts.get("reused") else ""
        print(f"corpus: {self.done}/{self.total} articles, {self.done / elapsed:.1f} articles/s{note}",
              file=self.stream, flush=True)


def _client(scheduler: str | None, workers: int | None):  # noqa: ANN202 - (distributed.Client, LocalCluster | None)
    """A client on ``scheduler`` (or $DASK_SCHEDULER_ADDRESS), else on a new local cluster of processes."""
    from distributed import Client

    address = scheduler or os.environ.get(SCHEDULER_VARIABLE)
    if address:
        return Client(address), None
    cluster = local_cluster(workers)
    return Client(cluster), cluster


#: What a local cluster's worker processes start with already imported, where they are forked from one server
#: process (``local_cluster``): Dask, pandas and the whole pipeline.
WORKER_PRELOAD = ("distributed", "pandas", "pyarrow", "helpers.corpus")


def local_cluster(workers: int | None = None):  # noqa: ANN201 - distributed.LocalCluster
    """A local Dask cluster of ``workers`` processes (default: one per core), one thread each (the pipeline
    holds the GIL). Its HTTP endpoints take any free port (8787 may be another cluster's). Its workers run
    without Dask's statistical profiler, which samples every worker's stack every 10 ms and keeps each
    second's call tree for its dashboard (not installed here): over a long run those trees were most of a
    worker's memory, which grew from 288 to 450 MB over a 1 GB corpus while the pipeline itself stays flat.

    Where the platform has a fork server (Linux, macOS), the workers are forked from it, and it has imported
    ``WORKER_PRELOAD`` once (Dask's ``multiprocessing-method: forkserver``, as Dask's own test suite starts its
    workers): with Dask's default, spawn, each worker starts Python and imports Dask, pandas and the pipeline
    again, about 1.5 s of CPU per worker. The server is one per process and keeps the modules it imported
    first: code changed since then reaches a new cluster only from a new process (a restarted kernel)."""
    import multiprocessing

    import dask
    from distributed import LocalCluster

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    settings = {"distributed.worker.profile.enabled": False, "distributed.worker.multiprocessing-method": method}
    with dask.config.set(settings):
        if method == "forkserver":
            from distributed.utils import get_mp_context

            get_mp_context()  # Dask sets its own preload list once per process; this one replaces it
            multiprocessing.get_context("forkserver").set_forkserver_preload(list(WORKER_PRELOAD))
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                            dashboard_address=":0")


def build(source: Path | str, *, out: Path | str | None = None, single: bool = False, client: object | None = None,
          scheduler: str | None = None, workers: int | None = None, target_docs: int | None = None,
          progress: TextIO | bool | None = True) -> RunSummary:
    """Analyse a corpus into a Parquet dataset in ``out`` (default build/corpus/<name>/) and say what was done.

    ``single``: in this process. Otherwise on Dask: ``client`` if given (left open), else a client on
    ``scheduler`` or $DASK_SCHEDULER_ADDRESS, else on a local cluster of ``workers`` processes (default:
    one per core), closed at the end. Partitions already written are reused. ``progress``: True for a
    line per finished partition on stderr, a stream to write them there, None or False for none.
    Raises ``CorpusError`` for a path that is not a corpus.
    """
    stream = sys.stderr if progress is True else (progress or None)
    source = project_path(source)
    out = project_path(out) if out is not None else default_out(source)
    start = time.perf_counter()
    partitions = plan(source, target_docs=target_docs)
    tracker = Progress(sum(len(p.docs) for p in partitions), stream)
    results: list[dict] = []
    pending = []
    for partition in partitions:  # reused partitions are counted here: no cluster starts for them
        finished = _finished(partition, out)
        if finished is None:
            pending.append(partition)
        else:
            results.append(finished)
            tracker.update(finished)
    if single:
        for partition in pending:
            results.append(run_partition(partition, out))
            tracker.update(results[-1])
    elif pending:
        from distributed import as_completed

        own = client is None
        cluster = None
        if own:
            client, cluster = _client(scheduler, workers)
        try:
            # Largest first (the longest-processing-time rule): the small ones fill the end, where a worker
            # with nothing left to take would otherwise wait for one that took a large partition last.
            largest_first = iter(sorted(pending, key=lambda p: (-p.bytes, p.key)))
            # A bounded number of partitions in flight, topped up as each finishes to what the cluster's threads
            # can take at that moment (workers may join or leave): the scheduler never holds the whole corpus's
            # task list (a 1 GB corpus sent at once is a 30 MB graph, which Dask warns about), and the first
            # results come back while the rest are still to be sent.
            futures = as_completed()
            in_flight = 0

            def top_up() -> None:
                nonlocal in_flight
                window = max(MIN_IN_FLIGHT, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))
                while in_flight < window and (partition := next(largest_first, None)) is not None:
                    futures.add(client.submit(run_partition, partition, out=str(out), pure=False))
                    in_flight += 1

            top_up()
            for future in futures:
                in_flight -= 1
                results.append(future.result())
                tracker.update(results[-1])
                top_up()
        finally:
            if own:
                client.close()
                if cluster is not None:
                    cluster.close()
    _tidy(out, {p.key for p in partitions})
    summary = RunSummary(out, sum(r["articles_in"] for r in results), sum(r["articles_out"] for r in results),
                         sum(r["errors"] for r in results), len(results), sum(bool(r["reused"]) for r in results),
                         sum(p.bytes for p in partitions), time.perf_counter() - start)
    manifest = {"source": shown(source), "partitions": [p.key for p in partitions], "articles_in": summary.articles_in,
                "articles_out": summary.articles_out, "errors": summary.errors}
    text = json.dumps(manifest, indent=1, ensure_ascii=False)
    _write_atomic(out / TABLES_DIR / MANIFEST, lambda p: p.write_text(text, encoding="utf-8"))
    return summary


def _tidy(out: Path, keys: set[str]) -> None:
    """Remove partitions of earlier runs that this corpus no longer has (a changed or removed article)."""
    for folder in [out / TABLES_DIR / t for t in TABLES]:
        for path in folder.glob("part-*.parquet") if folder.is_dir() else ():
            if path.name.removeprefix("part-").split(".")[0] not in keys:
                path.unlink(missing_ok=True)
    done = out / TABLES_DIR / DONE
    for path in done.glob("*.json") if done.is_dir() else ():
        if path.stem not in keys:
            path.unlink(missing_ok=True)


def read_tables(out: Path | str) -> ArticleTables:
    """The tables of the last run written to ``out``, each whole, rows in ``corpus.SORT_KEYS`` order.

    For a corpus too large for memory, read one table's parts (``out/tables/<table>/``) with pandas
    or Dask instead.
    """
    out = project_path(out)
    keys = json.loads((out / TABLES_DIR / MANIFEST).read_text(encoding="utf-8"))["partitions"]
    frames = {}
    for table in TABLES:
        parts = [pd.read_parquet(_part_path(out, table, key)) for key in keys]
        parts = [p for p in parts if not p.empty]
        frames[table] = conform(pd.concat(parts, ignore_index=True), table) if parts else conform(pd.DataFrame(), table)
    return concat([ArticleTables(frames)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder of .txt, a .jsonl file or a .zip of either")
    parser.add_argument("--out", type=Path, help="output folder (default: build/corpus/<name>/)")
    parser.add_argument("--scheduler", help=f"address of a running Dask scheduler (default: ${SCHEDULER_VARIABLE}, "
                                            "else a local cluster)")
    parser.add_argument("--workers", type=int, help="local cluster worker processes (default: one per core)")
    parser.add_argument("--single", action="store_true", help="run in this process, without Dask")
    parser.add_argument("--notebook", action="store_true", help="then run notebook 08 on the corpus into the output folder")
    parser.add_argument("--article", type=Path, help="with --notebook: the article to read against the corpus "
                                                     "(default: the seed)")
    args = parser.parse_args(argv)
    try:
        summary = build(args.corpus, out=args.out, single=args.single, scheduler=args.scheduler, workers=args.workers)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rate = summary.articles_in / summary.seconds if summary.seconds else 0.0
    print(f"corpus: {summary.articles_in} articles in, {summary.articles_out} analysed, {summary.errors} errors; "
          f"{summary.partitions} partitions ({summary.reused} reused); {summary.bytes / 1e6:.2f} MB in "
          f"{summary.seconds:.1f} s, {rate:.1f} articles/s; tables in {shown(summary.out / TABLES_DIR)}")
    if args.notebook:
        return run_notebook(args.corpus, summary.out, article=args.article)
    return 0


def run_notebook(corpus: Path, out: Path, *, article: Path | None = None) -> int:
    """Execute notebook 08 on ``corpus`` (and ``article``) into ``out``; 1 and one line on a failing cell."""
    from helpers.report import NotebookFailure, execute

    target = out / "notebooks" / CORPUS_NOTEBOOK.name
    print(f"executing {CORPUS_NOTEBOOK.name} on {shown(project_path(corpus))}", flush=True)
    try:
        execute(CORPUS_NOTEBOOK, out=target, article=project_path(article).resolve() if article else None,
                figures=out / "figures", html_dir=out / "html",
                parameters={"CORPUS": str(project_path(corpus)), "CORPUS_TABLES": str(out)})
    except NotebookFailure as failure:
        print(f"failed: {failure}", file=sys.stderr)
        return 1
    print(f"notebook: {shown(target)}; charts in {shown(out / 'figures')}; HTML in {shown(out / 'html')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
