"""Figure extraction speed: ``extract_figures`` on about 1 MB of real text, as a ratio to ``jieba.lcut``
on the same text, and the number grammar alone (``numerals.find_statistics``).

Reports figures; asserts nothing. Run with `make bench`.
"""

from __future__ import annotations

import time
import warnings
from pathlib import Path

from helpers import load_article
from helpers.numerals import find_statistics
from helpers.paths import ROOT
from helpers.stated import extract_figures
from helpers.tokenizer import forget, plain_jieba_cut, warm_up

TARGET_BYTES = 1024 * 1024


def corpus() -> list[str]:
    """About 1 MB: the seed's and the corpus articles' texts, repeated, one string per article."""
    paths = [None, *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        texts = [load_article(p).text if p else load_article().text for p in paths]
    size = sum(len(t.encode()) for t in texts)
    return texts * (TARGET_BYTES // size + 1)


def rate(work, texts: list[str]) -> tuple[float, float]:
    """Seconds and MB/s of ``work`` on each text; the line caches are dropped before each one, so a
    repeated article is read as a new one would be (``tokenizer.forget``)."""
    seconds = 0.0
    for text in texts:
        forget()
        start = time.perf_counter()
        work(text)
        seconds += time.perf_counter() - start
    return seconds, sum(len(t.encode()) for t in texts) / seconds / 1e6


def main() -> None:
    texts = corpus()
    print(f"text: {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB (the seed and "
          f"{len(list(Path(ROOT, 'tests/data/articles').glob('*.txt')))} corpus articles, repeated)")
    plain_jieba_cut("预热")
    warm_up()
    extract_figures("预热2.5亿元。")
    base_s, base = rate(plain_jieba_cut, texts)
    print(f"jieba.lcut:                {base_s:6.2f} s  {base:.3f} MB/s")
    grammar_s, grammar = rate(find_statistics, texts)
    print(f"numerals.find_statistics:  {grammar_s:6.2f} s  {grammar:.3f} MB/s  (ratio to jieba.lcut: {grammar / base:.2f})")
    figures_s, figures = rate(extract_figures, texts)
    print(f"stated.extract_figures:    {figures_s:6.2f} s  {figures:.3f} MB/s  (ratio to jieba.lcut: {figures / base:.2f})")


if __name__ == "__main__":
    main()
