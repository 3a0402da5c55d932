"""Every notebook runs top to bottom on a fresh kernel, on the seed and on other articles, and on
another article its outputs name nothing of the seed that the article does not hold."""

import re
from pathlib import Path

import nbformat
import pytest

from helpers.paths import ROOT
from helpers.report import SEED_ONLY_TAG, execute, notebook_paths

# What would make a re-run change the notebook: memory addresses, absolute paths of this machine.
RE_VOLATILE = re.compile(r" at 0x[0-9a-f]+|/tmp/|/home/|" + re.escape(str(ROOT)))
# A table cell that shows a missing value as a word where a blank or a value is meant.
RE_MISSING_CELL = re.compile(r"<td[^>]*>\s*(None|&lt;NA&gt;|<NA>|NaN|nan|NaT)\s*</td>")

NOTEBOOKS = notebook_paths()
# A short article with one section, no figures and no domain terms: every chart must cope.
BARE_ARTICLE = "标题在此 副题\n\n记者 王小五 报道\n\n第一段完整。\n\n一、小标题 副题\n\n第二段完整，没有数字。\n"
OTHER_ARTICLES = {"bare": BARE_ARTICLE.encode("utf-8")}


def _problems(nb: nbformat.NotebookNode) -> list[str]:
    out = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                out.append(f"{cell.id}: {output.ename}: {output.evalue}")
            text = output.get("text", "") + str(output.get("data", {}).get("text/plain", ""))
            if "missing from" in text or "Traceback" in text:
                out.append(f"{cell.id}: {text[:200]}")
            if output.output_type == "stream" and output.name == "stderr":
                out.append(f"{cell.id}: stderr: {text[:200]}")
            table = "".join(output.get("data", {}).get("text/html", ""))
            if RE_MISSING_CELL.search(table):
                out.append(f"{cell.id}: a table cell shows {RE_MISSING_CELL.search(table).group(1)}")
            if re.search(r"<p>\d+ rows × \d+ columns</p>", table):
                out.append(f"{cell.id}: a table is cut short")
            if "application/vnd.jupyter.widget-view+json" in output.get("data", {}):
                out.append(f"{cell.id}: a widget view (random model id) is saved")
            if RE_VOLATILE.search(text):
                out.append(f"{cell.id}: run-specific text in output: {RE_VOLATILE.search(text).group()}")
    return out


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_the_seed(path: Path, tmp_path):
    out = execute(path, out=tmp_path / path.name, figures=tmp_path / "figures")
    nb = nbformat.read(out, as_version=4)
    assert _problems(nb) == []
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code")
    assert list((tmp_path / "figures").glob("*.png")), "the notebook saved no figure"
    assert sorted(p.stem for p in (tmp_path / "figures").glob("*.png")) == sorted(
        p.stem for p in (tmp_path / "figures").glob("*.svg"))


@pytest.mark.notebooks
@pytest.mark.parametrize("name", OTHER_ARTICLES)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_another_article(path: Path, name: str, tmp_path):
    article = tmp_path / f"{name}.txt"
    article.write_bytes(OTHER_ARTICLES[name])
    out = execute(path, out=tmp_path / "out" / path.name, article=article, figures=tmp_path / "figures")
    nb = nbformat.read(out, as_version=4)
    assert _problems(nb) == []
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    assert article.read_bytes() == OTHER_ARTICLES[name]
    assert list((tmp_path / "figures").glob("*.png")), "the notebook saved no figure where its FIGURES parameter says"


# Real texts other than the seed, from the corpus (tests/data/articles, sources in SOURCES.md there), of
# three outlets and three copy shapes.
TRUTH_ARTICLES = [ROOT / "tests" / "data" / "articles" / f"{name}.txt" for name in (
    "renminribao-20250520-kunshan",  # 人民日报, page copy in Markdown, sub-headed, a byline with its citation
    "rmrb-20191015-hubei-5g",  # 人民日报, indented copy, a dateline with four reporters, no sub-heading
    "bocom-20240517-board-resolution",  # a listed bank's announcement, hard-wrapped PDF text, numbered headings
)]
#: One of them is given to the notebooks as GB18030 with CRLF line ends, as Windows tools save Chinese text.
RECODED = "rmrb-20191015-hubei-5g"


def _as_given(article: Path, folder: Path) -> Path:
    """The article file the notebooks read: the corpus file itself, or for RECODED a GB18030/CRLF copy."""
    if article.stem != RECODED:
        return article
    copy = folder / f"{article.stem}-gb18030-crlf.txt"
    copy.write_bytes(_raw_text(article).replace("\r\n", "\n").replace("\n", "\r\n").encode("gb18030"))
    return copy
# Cells whose output is the same on every article (the extractor run on fixed passages in notebook 05):
# they state nothing about the article, so the truth test does not read them.
FIXED_EXAMPLE_TAG = "fixed-example"
# Names and figures of the seed, by hand from seeds/000_d1ace56c1790a754.txt: none may appear in an
# output about another article unless that article holds it too.
SEED_TERMS = (
    "中国银行", "普惠金融", "张漫游", "深圳", "益华电子城", "36.1万亿元", "2.71万亿元", "12.2%", "11.2%", "近180万户",
    "超4000万元", "中国人民银行", "党建", "薪火助苗", "十五五", "2025", "中国经营报", "中经记者", "宝安支行", "电子商圈贷",
    "毛细血管", "定盘星", "压舱石", "最后一公里", "五篇大文章", "书记面对面", "梅富社区", "党建联建", "普惠小微贷款",
    "国家金融监督管理总局", "超60户", "20多条", "16名居民", "三会一课", "四不两直", "领航新征程", "第三季度", "小个专",
    "五专机制", "第一议题",
)


def _raw_text(path: Path) -> str:
    """The article's text as the file holds it (UTF-8, else GB18030), independent of the loader."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def reader_texts(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """(cell id, text) for everything a reader sees that could state a fact about the article: every
    output (streams, Markdown, plain text, HTML) and every markdown cell but the first. The first is
    the notebook's header: its title, question, default input (the seed) and methods, whose examples
    come from the seed and say so."""
    out = []
    for index, cell in enumerate(nb.cells):
        if FIXED_EXAMPLE_TAG in cell.metadata.get("tags", []):
            continue
        if cell.cell_type == "markdown" and index > 0:
            out.append((cell.id, cell.source))
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                out.append((cell.id, output.text))
            for mime in ("text/markdown", "text/plain", "text/html"):
                value = output.get("data", {}).get(mime)
                if value:
                    out.append((cell.id, value if isinstance(value, str) else "".join(value)))
    return out


def test_seed_terms_are_in_the_seed(seed):
    assert [t for t in SEED_TERMS if t not in seed.raw_text] == []
    assert len(SEED_TERMS) >= 25


def test_there_are_three_other_articles_each_missing_seed_terms():
    assert len(TRUTH_ARTICLES) >= 3
    for path in TRUTH_ARTICLES:
        assert [t for t in SEED_TERMS if t not in _raw_text(path)], f"{path.name} holds every seed term: it tests nothing"


@pytest.mark.notebooks
@pytest.mark.parametrize("article", TRUTH_ARTICLES, ids=[p.stem for p in TRUTH_ARTICLES])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_tells_the_truth_about_another_article(path: Path, article: Path, tmp_path):
    given = _as_given(article, tmp_path)
    before = given.read_bytes()
    out = execute(path, out=tmp_path / "out" / path.name, article=given, figures=tmp_path / "figures")
    nb = nbformat.read(out, as_version=4)
    assert _problems(nb) == []
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    assert given.read_bytes() == before
    assert list((tmp_path / "figures").glob("*.png")), "the notebook saved no figure where its FIGURES parameter says"
    assert [c.id for c in nb.cells if SEED_ONLY_TAG in c.metadata.get("tags", [])] == []
    raw = _raw_text(article)
    foreign = sorted({(cell, term) for cell, text in reader_texts(nb) for term in SEED_TERMS
                      if term in text and term not in raw})
    assert foreign == [], f"outputs name seed terms that {article.name} does not hold"
