"""Loader speed on long texts: seconds and MB/s at 0.5 to 5 MB, to show the loader runs in linear time.

Two kinds of text, built at run time from the clean paragraphs of the real articles in
tests/data/articles (shuffled with a fixed seed, under one headline and byline): page copy (blank
lines between paragraphs) and one long paragraph hard-wrapped at 72 columns. Each is written to a
temporary file and loaded once. Reports figures; asserts nothing.
"""

from __future__ import annotations

import random
import tempfile
import time
import warnings
from pathlib import Path

from helpers import load_article
from helpers.paths import ROOT
from helpers.relay import wrap

SIZES_MB = (0.5, 1, 2, 5)


def paragraphs() -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [p for path in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) for p in load_article(path).paragraphs]


def build(pool: list[str], megabytes: float, rng: random.Random) -> str:
    parts, size = [], 0
    while size < megabytes * 1e6:
        paragraph = rng.choice(pool)
        parts.append(paragraph)
        size += len(paragraph.encode()) + 2
    return "标题\n\n记者 张三 报道\n\n" + "\n\n".join(parts) + "\n"


def wrapped(text: str) -> str:
    """The body as one paragraph, hard-wrapped at 72 columns."""
    head, _, body = text.partition("报道\n\n")
    return head + "报道\n\n" + "\n".join(wrap(body.replace("\n", ""), 72)) + "\n"


def main() -> None:
    pool = paragraphs()
    rng = random.Random(0)
    print(f"{'copy':>8} {'MB':>5} {'seconds':>8} {'MB/s':>6} {'paragraphs':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in SIZES_MB:
            page = build(pool, megabytes, rng)
            for name, text in (("page", page), ("wrapped", wrapped(page))):
                path = Path(folder) / f"{name}-{megabytes}.txt"
                path.write_text(text, encoding="utf-8")
                start = time.perf_counter()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    article = load_article(path)
                seconds = time.perf_counter() - start
                print(f"{name:>8} {megabytes:>5} {seconds:>8.2f} {megabytes / seconds:>6.2f} {len(article.paragraphs):>10}")


if __name__ == "__main__":
    main()
