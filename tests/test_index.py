"""The report's front page: the article's headline, byline and size, and one card per notebook."""

import base64
import io

import nbformat
from PIL import Image

from helpers import index
from helpers.paths import NOTEBOOKS


def _png(width: int, height: int) -> str:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "orange").save(out, format="PNG")
    return base64.b64encode(out.getvalue()).decode("ascii")


def _notebook(path, *, markdown: str, png: str | None):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("chart()")
    if png:
        cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": "<Figure>"})]
    nb.cells = [nbformat.v4.new_markdown_cell(markdown), cell]
    nbformat.write(nb, path)
    return path


def test_entry_reads_title_question_and_first_chart(tmp_path):
    path = _notebook(tmp_path / "02-x.ipynb", markdown="# 02 · Section structure\n\n**Question.** How is it built?\n\nMore.",
                     png=_png(720, 360))
    e = index.entry(path)
    assert (e.name, e.title, e.question, e.href) == ("02-x", "02 · Section structure", "How is it built?", "02-x.html")
    with Image.open(io.BytesIO(e.thumbnail)) as thumb:
        assert thumb.size == (index.THUMB_WIDTH, 180)


def test_entry_without_a_chart_has_no_thumbnail(tmp_path):
    assert index.entry(_notebook(tmp_path / "01-x.ipynb", markdown="no title", png=None)).thumbnail is None


def test_page_escapes_and_links_each_notebook():
    entries = [index.Entry("01-a", "01 · <A>", "Why?", "01-a.html", None)]
    html = index.page({"headline": "标题", "byline": "本报记者 王五", "size": "9 characters"}, entries, source="a.txt")
    assert "<h1>标题</h1>" in html and '<p class="byline">本报记者 王五</p>' in html
    assert '<a href="01-a.html">' in html and "01 · &lt;A&gt;" in html and "no chart" in html


def test_the_seeds_front_page_holds_its_headline_byline_size_and_every_notebook(seed, tmp_path):
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    out = index.write_index(None, notebooks, tmp_path, source="seeds/000_d1ace56c1790a754.txt")
    html = out.read_text(encoding="utf-8")
    assert "<h1>党建领航 中国银行打通普惠金融“最后一公里”</h1>" in html
    assert '<p class="byline">中经记者 张漫游 北京报道</p>' in html
    assert f"{len(seed.text)} characters of text, 31 paragraphs, 4 sections" in html
    assert [f'<a href="{p.stem}.html">' in html for p in notebooks] == [True] * len(notebooks)
    assert html.count('<img src="data:image/png;base64,') == len(notebooks)
    assert "@font-face" in html  # the CJK subset, as in the HTML copies
    first = out.read_bytes()
    index.write_index(None, notebooks, tmp_path, source="seeds/000_d1ace56c1790a754.txt")
    assert out.read_bytes() == first
