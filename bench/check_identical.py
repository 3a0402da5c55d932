"""Check that an optimisation changed no output: corpus tables and tokens of the 44 real articles.

``python bench/check_identical.py save SNAPSHOT`` records ``corpus.analyse_all`` on every article of
tests/data/articles (each table) and ``tokenize`` of every line of their texts; ``extract_figures`` of the seed and
of every article and the seed's ``term_table`` are recorded too. ``python
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
from helpers.stated import extract_figures
from helpers.terms import term_table
from helpers.tokenizer import tokenize


def _plain(tokens: list) -> tuple:
    """Tokens as plain tuples, so a snapshot outlives a change to the Token class itself."""
    return tuple((t.text, t.pos, t.start, t.end, t.kind) for t in tokens)


def snapshot() -> dict:
    docs = documents(CORPUS)
    tables = analyse_all(docs)
    tokens = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = load_article(path).text
        tokens.append([_plain(tokenize(line)) for line in text.split("\n")])
        tokens.append([_plain(tokenize(text))])  # the whole text as one string too (figure spans across lines)
    frames = {t: tables[t] for t in TABLES}
    seed = load_article()
    frames["seed figures"] = extract_figures(seed)
    frames["seed terms"] = term_table(seed)
    for path in sorted(CORPUS.glob("*.txt")):  # every column of extract_figures, not only the corpus table's
        frames[f"figures {path.stem}"] = extract_figures(load_article(path))
    return {"frames": frames, "tokens": tokens}


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
    for table in now["frames"]:
        same = before["frames"][table].equals(now["frames"][table])
        bad += not same
        print(f"{table[:50]:50} {len(now['frames'][table]):6} rows  {'same' if same else 'DIFFERENT'}")
    same = before["tokens"] == now["tokens"]
    bad += not same
    print(f"tokens     {sum(len(x) for x in now['tokens']):6} lists {'same' if same else 'DIFFERENT'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
