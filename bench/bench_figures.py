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
from helpers.tokenizer import plain_jieba_cut, warm_up

TARGET_BYTES = 1024 * 1024


def corpus() -> str:
    """About 1 MB: the seed and the corpus articles' texts, repeated."""
    paths = [None, *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        texts = [load_article(p).text if p else load_article().text for p in paths]
    text = "\n".join(texts)
    return "\n".join([text] * (TARGET_BYTES // len(text.encode()) + 1))


def rate(work, text: str) -> tuple[float, float]:
    start = time.perf_counter()
    work(text)
    seconds = time.perf_counter() - start
    return seconds, len(text.encode()) / seconds / 1e6


def main() -> None:
    text = corpus()
    print(f"text: {len(text.encode()) / 1e6:.2f} MB (the seed and {len(list(Path(ROOT, 'tests/data/articles').glob('*.txt')))}"
          " corpus articles, repeated)")
    plain_jieba_cut("预热")
    warm_up()
    extract_figures("预热2.5亿元。")
    base_s, base = rate(plain_jieba_cut, text)
    print(f"jieba.lcut:                {base_s:6.2f} s  {base:.3f} MB/s")
    grammar_s, grammar = rate(find_statistics, text)
    print(f"numerals.find_statistics:  {grammar_s:6.2f} s  {grammar:.3f} MB/s  (ratio to jieba.lcut: {grammar / base:.2f})")
    figures_s, figures = rate(extract_figures, text)
    print(f"stated.extract_figures:    {figures_s:6.2f} s  {figures:.3f} MB/s  (ratio to jieba.lcut: {figures / base:.2f})")


if __name__ == "__main__":
    main()
