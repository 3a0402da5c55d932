"""Tokenizer speed: the project's tokenizer against plain jieba.lcut, and the cold start.

Reports figures; asserts nothing. Run with `make bench`.
"""

from __future__ import annotations

import subprocess
import sys
import time

from helpers import load_article
from helpers.paths import CACHE, ROOT
from helpers.tokenizer import ENGINES, forget, plain_jieba_cut, tokenize, warm_up

TARGET_BYTES = 10 * 1024 * 1024
COLD = (
    "import time; t = time.perf_counter(); "
    "from helpers import load_article; from helpers.tokenizer import tokenize; "
    "tokenize(load_article().text); print(time.perf_counter() - t)"
)


def corpus() -> list[str]:
    """About 10 MB of lines: the seed's clean text repeated."""
    lines = load_article().text.split("\n")
    size = sum(len(line.encode()) for line in lines)
    return lines * (TARGET_BYTES // size + 1)


def throughput(cut, lines: list[str]) -> float:
    start = time.perf_counter()
    for line in lines:
        cut(line)
    seconds = time.perf_counter() - start
    return sum(len(line.encode()) for line in lines) / seconds / 1e6


def cold_start(*, cache: bool) -> tuple[float, float]:
    """Seconds to import, load the seed and tokenize it in a fresh process (wall clock, incl. imports)."""
    if not cache:
        for path in [*CACHE.glob("jieba*.cache"), *CACHE.glob("jieba*.pickle")]:
            path.unlink()
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", COLD], check=True, capture_output=True, text=True, cwd=ROOT)
    total = time.perf_counter() - start
    return total, float(out.stdout.strip())


def main() -> None:
    lines = corpus()
    mb = sum(len(line.encode()) for line in lines) / 1e6
    print(f"corpus: {mb:.1f} MB ({len(lines)} lines, the seed's clean text repeated)")
    plain_jieba_cut("预热")
    plain = throughput(plain_jieba_cut, lines)
    print(f"plain jieba.lcut:  {plain:.2f} MB/s")
    for engine in ENGINES:
        warm_up(engine)
        # forget(): the seed's lines repeat here, and a repeated line must be cut as a new one would be
        project = throughput(lambda line, engine=engine: (forget(), tokenize(line, engine=engine)), lines)
        print(f"helpers.tokenize, engine {engine}: {project:.2f} MB/s  (ratio to jieba.lcut: {project / plain:.2f})")
    try:
        import rjieba  # optional, not in requirements.txt
    except ImportError:
        print("rjieba: not installed (pip install rjieba to measure it)")
    else:
        fast = throughput(rjieba.cut, lines)
        print(f"rjieba.cut:        {fast:.2f} MB/s  (ratio to jieba.lcut: {fast / plain:.2f}); no user dictionary")
    for cache in (False, True):
        total, inner = cold_start(cache=cache)
        label = "with jieba cache   " if cache else "without jieba cache"
        print(f"fresh process {label}: {total:.2f} s wall (of which import+load+tokenize {inner:.2f} s)")


if __name__ == "__main__":
    main()
