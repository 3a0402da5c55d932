"""Corpus mode speed: per-core pipeline MB/s by stage, 1 → 2 Dask workers, peak memory per worker by corpus size.

The corpus is built at run time from the real articles in tests/data/articles, repeated and shuffled
(fixed seed) to each size and written to a temporary JSON Lines file: nothing is committed. Each copy of
an article gets a line of its own (第N篇) so no two records are the same bytes. Reports figures; asserts
nothing.

Usage: ``python bench/bench_corpus.py [--sizes 2,4,8] [--scaling-mb 4] [--per-core-mb 1]``. The issue's
100 MB and 1 GB points are ``--sizes 100,1000`` (about 2 and 22 minutes on two cores, at 0.75 MB/s).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

from helpers.corpus import analyse_all, documents
from helpers.corpus_run import build, local_cluster, plan
from helpers.paths import CORPUS
from helpers.tokenizer import forget, load_stopwords, plain_jieba_cut, tokenize, warm_up


def texts() -> list[str]:
    return [p.read_bytes().decode("utf-8-sig") for p in sorted(CORPUS.glob("*.txt"))]


def make_corpus(path: Path, megabytes: float, *, seed: int = 0) -> int:
    """A JSON Lines corpus of about ``megabytes`` MB of article text; returns its article count."""
    pool, rng, size, n = texts(), random.Random(seed), 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1e6:
            text = f"第{n}篇\n\n" + rng.choice(pool)
            record = {"text": text, "date": f"20{10 + n % 16:02d}-0{1 + n % 9}-1{n % 10}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            size += len(text.encode())
            n += 1
    return n


def _peak_rss_mb() -> float:
    """This process's peak resident memory since it started its program (VmHWM). Not ``ru_maxrss``: a process
    spawned by fork and exec keeps the peak its parent had at the fork, so a Dask worker spawned by a big
    benchmark process reported that process's memory (314 against 257 MB for the same worker run)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # no /proc (not Linux)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def per_core(path: Path) -> dict[str, float]:
    """One process: the whole pipeline once cold (first pass), then each stage and the whole again, warm."""
    from helpers.article import load_article
    from helpers.corpus import _term_counts
    from helpers.stated import stated_figures

    warm_up()
    stopwords = load_stopwords()
    docs = documents(path)
    datas = [doc.read()[0] for doc in docs]
    megabytes = sum(map(len, datas)) / 1e6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()  # cold: each unknown word meets the HMM tagger once per process
        analyse_all(docs)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        articles = [load_article(doc.doc_id, data=data) for doc, data in zip(docs, datas, strict=True)]
        load = time.perf_counter() - start
        start = time.perf_counter()
        for article in articles:
            forget()  # as corpus mode does before each article: no copy reuses another's work
            _term_counts(article, stopwords)
        terms = time.perf_counter() - start
        start = time.perf_counter()
        for article in articles:
            forget()
            stated_figures(article)
        figures = time.perf_counter() - start
        start = time.perf_counter()
        analyse_all(docs)  # what a partition runs: every stage, the tables typed once
        whole = time.perf_counter() - start
    text = "\n".join(a.text for a in articles)
    start = time.perf_counter()
    for line in text.split("\n"):
        forget()  # the corpus repeats articles: each line is cut as new text would be
        tokenize(line)
    ours = time.perf_counter() - start
    plain_jieba_cut("预热")
    start = time.perf_counter()
    for line in text.split("\n"):
        plain_jieba_cut(line)
    jieba_seconds = time.perf_counter() - start
    return {"megabytes": megabytes, "articles": len(docs), "cold": cold, "load": load, "terms": terms, "figures": figures,
            "whole": whole, "tokenize": ours, "jieba": jieba_seconds, "text_mb": len(text.encode()) / 1e6}


def on_cluster(path: Path, workers: int) -> dict[str, float]:
    """The corpus on a fresh local cluster of ``workers`` processes (one thread each), warmed first."""
    from distributed import Client

    with tempfile.TemporaryDirectory() as out, local_cluster(workers) as cluster, Client(cluster) as client:
        client.run(warm_up)
        cpu = client.run(_cpu_seconds)
        start = time.perf_counter()
        summary = build(path, out=out, client=client, progress=None)
        seconds = time.perf_counter() - start
        cpu = {worker: used - cpu[worker] for worker, used in client.run(_cpu_seconds).items()}
        peaks = client.run(_peak_rss_mb)
    # The busiest worker's CPU seconds: what the run would take with a core to each worker, whatever else
    # the machine runs (on a shared machine the wall clock also counts other people's processes).
    return {"seconds": seconds, "articles": summary.articles_in, "megabytes": summary.bytes / 1e6,
            "partitions": summary.partitions, "peak_mb": max(peaks.values()), "busiest_cpu": max(cpu.values())}


def planning(path: Path) -> dict[str, float]:
    """The client's own step before any worker starts: reading and hashing every article into partitions
    (``plan``), its speed, and the memory the plan it keeps holds per article (by tracemalloc)."""
    plan(path)  # warm: the pipeline's digest, the file in the page cache
    start = time.perf_counter()
    partitions = plan(path)
    seconds = time.perf_counter() - start
    del partitions
    tracemalloc.start()
    partitions = plan(path)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    articles = sum(len(p.docs) for p in partitions)
    return {"seconds": seconds, "megabytes": sum(p.bytes for p in partitions) / 1e6, "articles": articles,
            "bytes_per_article": held / articles}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,4,8", help="corpus sizes in MB for the memory table")
    parser.add_argument("--scaling-mb", type=float, default=4, help="corpus size in MB for 1 → 2 workers")
    parser.add_argument("--per-core-mb", type=float, default=1, help="corpus size in MB for the per-core table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "per-core.jsonl"
        make_corpus(small, args.per_core_mb)
        r = per_core(small)
        mb = r["megabytes"]
        print(f"## One process: {r['articles']} articles, {mb:.2f} MB of raw text ({r['text_mb']:.2f} MB of clean text)\n")
        print("| stage | seconds | MB/s (raw) |\n| --- | ---: | ---: |")
        for stage in ("cold", "load", "terms", "figures", "whole"):
            print(f"| {stage} | {r[stage]:.2f} | {mb / r[stage]:.3f} |")
        print(f"\ntokenize {r['text_mb'] / r['tokenize']:.2f} MB/s, jieba.lcut {r['text_mb'] / r['jieba']:.2f} MB/s on the "
              f"same clean text: tokenize at {r['jieba'] / r['tokenize']:.2f}× jieba.lcut's speed\n")

        scaling = Path(folder) / "scaling.jsonl"
        make_corpus(scaling, args.scaling_mb, seed=1)
        one, two = on_cluster(scaling, 1), on_cluster(scaling, 2)
        print(f"## Dask, {one['articles']} articles, {one['megabytes']:.1f} MB, {one['partitions']} partitions\n")
        print("| workers | seconds | MB/s | articles/s | peak RSS per worker (MB) |\n| ---: | ---: | ---: | ---: | ---: |")
        for n, r in ((1, one), (2, two)):
            print(f"| {n} | {r['seconds']:.1f} | {r['megabytes'] / r['seconds']:.3f} | {r['articles'] / r['seconds']:.1f} | "
                  f"{r['peak_mb']:.0f} |")
        print(f"\n1 → 2 workers: {one['seconds'] / two['seconds']:.2f}× by the wall clock (the machine has 2 cores, shared); "
              f"{one['busiest_cpu'] / two['busiest_cpu']:.2f}× by the busiest worker's CPU seconds\n")

        p = planning(scaling)
        rate = p["megabytes"] / p["seconds"]
        per_gb = p["articles"] / p["megabytes"] * 1000
        print(f"## Planning, in the client alone: {p['articles']} articles, {p['megabytes']:.1f} MB\n")
        print(f"{p['seconds']:.2f} s, {rate:.0f} MB/s; the plan holds {p['bytes_per_article']:.0f} bytes per article. "
              f"A 10 GB archive of such articles ({per_gb * 10:,.0f} of them): about {10_000 / rate:.0f} s of planning "
              f"and {p['bytes_per_article'] * per_gb * 10 / 1e9:.1f} GB held in the client\n")

        print("## Peak memory per worker by corpus size (2 workers)\n")
        print("| MB | articles | partitions | seconds | peak RSS per worker (MB) |\n| ---: | ---: | ---: | ---: | ---: |")
        for size in (float(s) for s in args.sizes.split(",")):
            path = Path(folder) / f"size-{size}.jsonl"
            make_corpus(path, size, seed=2)
            r = on_cluster(path, 2)
            print(f"| {r['megabytes']:.1f} | {r['articles']} | {r['partitions']} | {r['seconds']:.1f} | {r['peak_mb']:.0f} |")
            path.unlink()


if __name__ == "__main__":
    main()
