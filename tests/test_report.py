"""The notebook runner: parameter injection, seed-only cells, bad input stopped in one line, and HTML
copies that carry their own CJK font."""

import base64
import io
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from fontTools.ttLib import TTFont

from helpers.fonts import embed_font, font_face_css
from helpers.paths import BUILD, SEED_ARTICLE
from helpers.report import (
    NotebookFailure,
    drop_seed_only,
    execute,
    inject_parameters,
    is_seed,
    main,
    run,
)


def test_inject_parameters_after_the_parameters_cell():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# t"), nbformat.v4.new_code_cell('ARTICLE = "seed.txt"', metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print(ARTICLE)")]
    inject_parameters(nb, {"ARTICLE": "/data/其他文章.txt"})
    assert [c.source for c in nb.cells] == ["# t", 'ARTICLE = "seed.txt"', '# Injected parameters\nARTICLE = "/data/其他文章.txt"',
                                            "print(ARTICLE)"]
    assert nb.cells[2].metadata["tags"] == ["injected-parameters"]


def test_inject_parameters_needs_a_parameters_cell():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1")]
    with pytest.raises(ValueError, match="no cell tagged 'parameters'"):
        inject_parameters(nb, {"ARTICLE": "a.txt"})


def test_embedded_font_holds_exactly_the_chinese_of_the_page():
    css = font_face_css("普惠金融 draws “毛细血管” 36.1万亿元")
    data = re.search(r"base64,([A-Za-z0-9+/=]+)\)", css).group(1)
    font = TTFont(io.BytesIO(base64.b64decode(data)))
    cmap = font.getBestCmap()
    assert {ord(ch) for ch in "普惠金融毛细血管万亿元“”"} <= set(cmap)
    assert ord("d") not in cmap  # Latin text falls through to the reader's fonts
    assert '--jp-content-font-family: "Helpers CJK"' in css


def test_embed_font_goes_into_the_head():
    html = embed_font("<html><head><title>t</title></head><body>中国银行</body></html>")
    assert html.index("@font-face") < html.index("</head>") < html.index("中国银行")


def test_drop_seed_only_removes_exactly_the_tagged_cells():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# 01 · t"),
                nbformat.v4.new_markdown_cell("In the seed, 普惠金融 and 中国银行 carry the article.", metadata={"tags": ["seed-only"]}),
                nbformat.v4.new_code_cell("say(top_terms_sentence(terms))", metadata={"tags": ["parameters"]})]
    assert drop_seed_only(nb) == 1
    assert [c.source for c in nb.cells] == ["# 01 · t", "say(top_terms_sentence(terms))"]
    assert drop_seed_only(nb) == 0


@pytest.mark.parametrize(("article", "expected"), [(None, True), (SEED_ARTICLE, True), (Path("/data/其他文章.txt"), False)])
def test_is_seed(article, expected):
    assert is_seed(article) is expected


def test_notebook_failure_is_one_line():
    failure = NotebookFailure("06-word-clouds.ipynb", "nb06-05", "ValueError",
                              "We need at least 1 word to plot a word cloud, got 0.\nmore detail")
    assert str(failure) == "06-word-clouds.ipynb, cell nb06-05: ValueError: We need at least 1 word to plot a word cloud, got 0."


@pytest.mark.parametrize("out", [False, True], ids=["default folder", "--out"])
@pytest.mark.parametrize("content", [b"", "\n\u3000 \n".encode(), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
                         ids=["empty", "white space", "binary"])
def test_report_on_a_rejected_article_exits_2_with_one_line_and_writes_nothing(content, out, write_article, tmp_path,
                                                                               capsys):
    # The command's own entry point, in this process (the missing-article test below runs it as a real command).
    article = write_article(content, name="坏文章.txt")
    argv = ["--article", str(article)] + (["--out", str(tmp_path / "out")] if out else [])
    assert main(argv) == 2
    result = capsys.readouterr()
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {article}: ")  # the loader's message, naming the file
    assert not (tmp_path / "out").exists()
    assert not (BUILD / "坏文章").exists()
    assert article.read_bytes() == content


def test_report_on_a_missing_article_exits_2_with_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "helpers.report", "--article", str(tmp_path / "nowhere.txt")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: No such file or directory: {tmp_path / 'nowhere.txt'}"]


def _notebook(folder: Path, name: str, cells: list) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = cells
    for i, cell in enumerate(nb.cells):
        cell.id = f"c{i}"
    path = folder / name
    nbformat.write(nb, path)
    return path


@pytest.mark.notebooks
def test_execute_drops_seed_only_cells_on_another_article_only(tmp_path, write_article):
    path = _notebook(tmp_path, "01-t.ipynb", [
        nbformat.v4.new_code_cell('ARTICLE = "seed"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell('print("seed fact")', metadata={"tags": ["seed-only"]}),
        nbformat.v4.new_code_cell("print(ARTICLE == 'seed')"),
    ])
    other = write_article("标题\n\n正文。\n")
    on_other = nbformat.read(execute(path, out=tmp_path / "other.ipynb", article=other), as_version=4)
    assert [c.id for c in on_other.cells] == ["c0", "injected-parameters", "c2"]
    on_seed = nbformat.read(execute(path, out=tmp_path / "seed.ipynb", article=SEED_ARTICLE), as_version=4)
    assert [c.id for c in on_seed.cells] == ["c0", "injected-parameters", "c1", "c2"]


@pytest.mark.notebooks
def test_a_failing_cell_is_reported_in_one_line_and_the_other_notebooks_still_run(tmp_path, capsys, write_article):
    bad = _notebook(tmp_path, "01-bad.ipynb", [
        nbformat.v4.new_code_cell('ARTICLE = "seed"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise ValueError('We need at least 1 word to plot a word cloud, got 0.')"),
    ])
    good = _notebook(tmp_path, "02-good.ipynb", [nbformat.v4.new_code_cell('ARTICLE = "seed"', metadata={"tags": ["parameters"]})])
    article = write_article("标题\n\n正文。\n")
    with pytest.raises(NotebookFailure) as raised:
        run(article=article, out_dir=tmp_path / "out", notebooks=[bad, good])
    assert str(raised.value) == "01-bad.ipynb, cell c1: ValueError: We need at least 1 word to plot a word cloud, got 0."
    assert capsys.readouterr().err.splitlines() == [f"failed: {raised.value}"]
    assert [p.name for p in (tmp_path / "out" / "notebooks").iterdir()] == ["02-good.ipynb"]


def _said(out: str) -> list[str]:
    """What a run printed before its last line, which names the front page it wrote."""
    lines = out.splitlines()
    assert lines[-1] == "front page index.html"
    return lines[:-1]


def _printing(folder: Path, name: str, text: str) -> Path:
    return _notebook(folder, name, [
        nbformat.v4.new_code_cell('ARTICLE = "seed"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(f"print({text!r})"),
    ])


@pytest.mark.notebooks
def test_an_unchanged_notebook_is_not_run_again_and_a_changed_one_is(tmp_path, capsys, write_article):
    first, second = _printing(tmp_path, "01-a.ipynb", "甲"), _printing(tmp_path, "02-b.ipynb", "乙")
    article, out, cache = write_article("标题\n\n正文。\n"), tmp_path / "out", tmp_path / "cache"
    run(article=article, out_dir=out, notebooks=[first, second], cache=cache)
    assert _said(capsys.readouterr().out) == ["executing 01-a.ipynb", "executing 02-b.ipynb"]
    written = {p.name: p.read_bytes() for p in (out / "notebooks").iterdir()}
    run(article=article, out_dir=out, notebooks=[first, second], cache=cache)
    assert _said(capsys.readouterr().out) == ["unchanged, skipped 01-a.ipynb", "unchanged, skipped 02-b.ipynb"]
    _printing(tmp_path, "02-b.ipynb", "丙")
    run(article=article, out_dir=out, notebooks=[first, second], cache=cache)
    assert _said(capsys.readouterr().out) == ["unchanged, skipped 01-a.ipynb", "executing 02-b.ipynb"]
    assert (out / "notebooks" / "01-a.ipynb").read_bytes() == written["01-a.ipynb"]
    assert "丙" in (out / "notebooks" / "02-b.ipynb").read_text(encoding="utf-8")
    (out / "html" / "01-a.html").unlink()  # an output gone: the notebook runs again
    article.write_text("标题\n\n另一段正文。\n", encoding="utf-8")  # and a changed article runs both
    run(article=article, out_dir=out, notebooks=[first, second], cache=cache)
    assert _said(capsys.readouterr().out) == ["executing 01-a.ipynb", "executing 02-b.ipynb"]
    run(article=article, out_dir=out, notebooks=[first, second], cache=cache, force=True)
    assert _said(capsys.readouterr().out) == ["executing 01-a.ipynb", "executing 02-b.ipynb"]


@pytest.mark.notebooks
def test_notebooks_run_at_once_write_the_same_bytes_as_one_at_a_time(tmp_path, write_article):
    notebooks = [_printing(tmp_path, f"0{i}-n.ipynb", text) for i, text in enumerate(["甲", "乙", "丙"], start=1)]
    article, out = write_article("标题\n\n正文。\n"), tmp_path / "out"

    def written() -> dict[str, bytes]:
        return {f"{p.parent.name}/{p.name}": p.read_bytes() for sub in ("notebooks", "html") for p in (out / sub).iterdir()}

    run(article=article, out_dir=out, notebooks=notebooks, workers=1, cache=tmp_path / "cache")
    one_at_a_time = written()
    run(article=article, out_dir=out, notebooks=notebooks, workers=2, cache=tmp_path / "cache", force=True)
    assert written() == one_at_a_time and len(one_at_a_time) == 7  # 3 notebooks, 3 HTML copies, index.html


@pytest.mark.notebooks
def test_kernels_start_with_encrypted_transport_and_print_no_warning(tmp_path, capfd, write_article):
    path = _printing(tmp_path, "01-a.ipynb", "甲")
    run(article=write_article("标题\n\n正文。\n"), out_dir=tmp_path / "out", notebooks=[path], cache=tmp_path / "cache")
    captured = capfd.readouterr()
    assert _said(captured.out) == ["executing 01-a.ipynb"]
    assert captured.err == ""


def test_a_notebook_with_a_corpus_parameter_depends_on_the_corpus(tmp_path):
    from helpers.report import corpus_digest, notebook_paths, uses_corpus

    assert [p.name for p in notebook_paths() if uses_corpus(p)] == ["08-corpus.ipynb"]
    (tmp_path / "a.txt").write_text("正文。\n", encoding="utf-8")
    before = corpus_digest(tmp_path)
    assert corpus_digest(tmp_path) == before
    (tmp_path / "a.txt").write_text("另一段正文。\n", encoding="utf-8")
    changed = corpus_digest(tmp_path)
    (tmp_path / "b.txt").write_text("正文。\n", encoding="utf-8")
    assert len({before, changed, corpus_digest(tmp_path)}) == 3


def test_the_longest_notebook_of_the_last_run_goes_first_and_untimed_ones_before_it(tmp_path, write_article):
    from helpers.report import longest_first, plan

    notebooks = [_printing(tmp_path, f"0{i}-n.ipynb", "甲") for i in range(1, 5)]
    jobs = plan(article=write_article("标题\n\n正文。\n"), out_dir=tmp_path / "out", notebooks=notebooks,
                cache=tmp_path / "cache")
    assert longest_first(jobs) == jobs  # nothing timed yet: notebook order
    for job, seconds in zip(jobs[:3], [2.0, 7.5, 3.1], strict=True):
        job.remember(seconds)
    assert [job.last_seconds() for job in jobs] == [2.0, 7.5, 3.1, None]
    assert [job.source.name for job in longest_first(jobs)] == ["04-n.ipynb", "02-n.ipynb", "03-n.ipynb", "01-n.ipynb"]
