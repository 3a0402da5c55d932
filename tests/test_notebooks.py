"""Every notebook runs top to bottom on a fresh kernel, on the seed and on another article."""

import re
from pathlib import Path

import nbformat
import pytest

from helpers.paths import ROOT
from helpers.report import execute, notebook_paths

# What would make a re-run change the notebook: memory addresses, absolute paths of this machine.
RE_VOLATILE = re.compile(r" at 0x[0-9a-f]+|/tmp/|/home/|" + re.escape(str(ROOT)))

NOTEBOOKS = notebook_paths()
ANOTHER_ARTICLE = (
    "年度观察\n\n绿色金融 助力实体经济转型升级\n\n本报记者 李明 上海报道\n\n"
    "绿色金融是“五篇大文章”之一，关系经济高质量发展全局。\n\n"
    "截至2025年6月末，本外币绿色贷款余额42.39万亿元，同比增长14.4%。\n\n"
    "一、政策引领 夯实绿色发展基础\n\n"
    "政策体系持续完善。\n\n"
    "近年来，监管部门出台多项措施，政策体系持续完善。某银行已为超200家企业提供绿色融资。\n\n"
    "二、产品创新 拓宽融资渠道\n\n"
    "多家银行推出碳减排挂钩贷款，支持企业技术改造，累计发放贷款近500亿元。\n"
)

# A short article with one section, no figures and no domain terms: every chart must cope.
BARE_ARTICLE = "标题在此 副题\n\n记者 王小五 报道\n\n第一段完整。\n\n一、小标题 副题\n\n第二段完整，没有数字。\n"
OTHER_ARTICLES = {"green-gb18030-crlf": ANOTHER_ARTICLE.replace("\n", "\r\n").encode("gb18030"),
                  "bare": BARE_ARTICLE.encode("utf-8")}


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
            if RE_VOLATILE.search(text):
                out.append(f"{cell.id}: run-specific text in output: {RE_VOLATILE.search(text).group()}")
    return out


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_the_seed(path: Path, tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_FIGURES_DIR", str(tmp_path / "figures"))
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    out = execute(copy, out=copy)
    nb = nbformat.read(out, as_version=4)
    assert _problems(nb) == []
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code")
    assert list((tmp_path / "figures").glob("*.png")), "the notebook saved no figure"
    assert sorted(p.stem for p in (tmp_path / "figures").glob("*.png")) == sorted(
        p.stem for p in (tmp_path / "figures").glob("*.svg"))


@pytest.mark.notebooks
@pytest.mark.parametrize("name", OTHER_ARTICLES)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_another_article(path: Path, name: str, tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_FIGURES_DIR", str(tmp_path / "figures"))
    article = tmp_path / f"{name}.txt"
    article.write_bytes(OTHER_ARTICLES[name])
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    out = execute(copy, out=tmp_path / "out" / path.name, article=article)
    nb = nbformat.read(out, as_version=4)
    assert _problems(nb) == []
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    assert article.read_bytes() == OTHER_ARTICLES[name]
