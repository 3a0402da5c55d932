"""The notebook runner: parameter injection and HTML copies that carry their own CJK font."""

import base64
import io
import re

import nbformat
import pytest
from fontTools.ttLib import TTFont

from helpers.report import embed_font, font_face_css, inject_parameters


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
