"""The explorers as widgets: controls drive the result, and their display data carry a static copy of it."""

import re

from helpers import plotting, widgets
from helpers.stated import extract_figures


def test_concordance_explorer_follows_its_box_and_marks_the_match(seed):
    explorer = widgets.concordance_explorer(seed, "普惠金融")
    assert "“普惠金融”: 30 occurrence(s)." in explorer.result.value
    assert explorer.result.value.count("<mark>普惠金融</mark>") == 30
    explorer.children[0].value = "党建联建"
    assert "“党建联建”: 4 occurrence(s)." in explorer.result.value
    explorer.children[0].value = ""
    assert explorer.result.value == '<div class="jp-RenderedHTMLCommon"><p>Type a word or phrase to see its lines.</p></div>'


def test_an_explorers_display_data_hold_its_result_as_static_html(seed):
    bundle = widgets.concordance_explorer(seed, "普惠金融")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/html"].startswith('<div class="explorer"><p><b>Concordance of “普惠金融”</b></p>')
    assert "interactive in JupyterLab" in bundle["text/plain"]


def test_table_html_escapes_and_leaves_missing_values_blank():
    import pandas as pd

    html = widgets.table_html(pd.DataFrame({"a": ["<b>", None], "b": pd.array([1, None], dtype="Int64")}))
    assert "<td>&lt;b&gt;</td>" in html
    assert re.findall(r"<td>(.*?)</td>", html) == ["&lt;b&gt;", "1", "", ""]


def test_terms_explorer_draws_the_chosen_terms_and_counts_them_per_part(seed):
    plotting.style()
    explorer = widgets.terms_explorer(seed, ["党建", "普惠金融"], choices=["中国银行"])
    assert explorer.result.value.startswith('<div class="jp-RenderedHTMLCommon"><img alt="dispersion" src="data:image/png;base64,')
    assert "<th>党建</th><th>普惠金融</th>" in explorer.result.value
    explorer.children[0].value = ["中国银行"]
    assert "<th>中国银行</th>" in explorer.result.value and "<th>党建</th>" not in explorer.result.value
    explorer.children[0].value = []
    assert explorer.result.value == '<div class="jp-RenderedHTMLCommon"><p>Pick one or more terms.</p></div>'


def test_figures_explorer_filters_as_its_controls_change(seed):
    explorer = widgets.figures_explorer(seed, extract_figures(seed))
    total = len(extract_figures(seed))
    assert f"<p>{total} of {total} figures.</p>" in explorer.result.value
    kinds = explorer.children[0].children[0]
    kinds.value = ("money",)
    assert f"<p>3 of {total} figures.</p>" in explorer.result.value
    assert "<td>36.1万亿</td>" in explorer.result.value
    explorer.children[1].value = "碳中和"
    assert f"<p>0 of {total} figures.</p>" in explorer.result.value
