"""Check that an optimisation changed no output: corpus tables and tokens of the 44 real articles.

``python bench/check_identical.py save SNAPSHOT`` records ``corpus.analyse_all`` on every article of
tests/data/articles (each table) and ``tokenize`` of every line of their texts; ``python
bench/check_identical.py compare SNAPSHOT`` recomputes both and says whether each table is equal
(``DataFrame.equals``, dtypes included) and the tokens are identical. Exit status 1 on a difference.
"""

from __future__ import annotations

import pickle
import sys
import warnings
from pathlib import Path

from helpers.article import load_article
from helpers.corpus import TABLES, analyse_all, documents
from helpers.paths import CORPUS
from helpers.tokenizer import tokenize


def snapshot() -> dict:
    docs = documents(CORPUS)
    tables = analyse_all(docs)
    tokens = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = load_article(path).text
        tokens.append([tuple(tokenize(line)) for line in text.split("\n")])
        tokens.append([tuple(tokenize(text))])  # the whole text as one string too (figure spans across lines)
    return {"frames": {t: tables[t] for t in TABLES}, "tokens": tokens}


def main() -> int:
    mode, target = sys.argv[1], Path(sys.argv[2])
    warnings.simplefilter("ignore")
    now = snapshot()
    if mode == "save":
        target.write_bytes(pickle.dumps(now))
        print(f"saved {sum(len(f) for f in now['frames'].values())} rows, {len(now['tokens'])} token lists to {target}")
        return 0
    before = pickle.loads(target.read_bytes())
    bad = 0
    for table in TABLES:
        same = before["frames"][table].equals(now["frames"][table])
        bad += not same
        print(f"{table:10} {len(now['frames'][table]):6} rows  {'same' if same else 'DIFFERENT'}")
    same = before["tokens"] == now["tokens"]
    bad += not same
    print(f"tokens     {sum(len(x) for x in now['tokens']):6} lists {'same' if same else 'DIFFERENT'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
