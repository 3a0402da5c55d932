"""Charts show Chinese with the bundled font, and save_figure writes the same bytes every time."""

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from helpers import fonts, plotting  # noqa: E402
from helpers.outline import map_frame  # noqa: E402


@pytest.fixture
def out_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_FIGURES_DIR", str(tmp_path))
    assert plotting.setup() == tmp_path
    yield tmp_path
    plt.close("all")


def test_font_is_the_bundled_noto_sans_cjk():
    path = fonts.cjk_font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf"
    plotting.setup()
    assert font_manager.findfont("Noto Sans CJK SC", fallback_to_default=False) == str(path)


def test_chinese_labels_draw_without_missing_glyph_warnings(out_dir):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax = plotting.bar_chart(pd.Series([36.1, -2.71], index=["普惠小微贷款", "中国银行"]),
                                xlabel="机构", ylabel="余额（万亿元）", title="普惠金融“最后一公里”")
        plotting.save_figure(ax.figure, "labels")
    assert [str(w.message) for w in caught if "missing from" in str(w.message)] == []
    assert sorted(p.name for p in out_dir.iterdir()) == ["labels.png", "labels.svg"]


def test_missing_glyph_fails_the_save(out_dir):
    ax = plotting.bar_chart(pd.Series([1], index=["\ue000"]))
    with pytest.raises(RuntimeError, match="missing from"):
        plotting.save_figure(ax.figure, "private-use")


def test_save_figure_is_deterministic_and_has_no_date(out_dir, seed):
    contents = []
    for _ in range(2):
        ax = plotting.article_map(map_frame(seed))
        plotting.save_figure(ax.figure, "map")
        plt.close("all")
        contents.append(((out_dir / "map.png").read_bytes(), (out_dir / "map.svg").read_bytes()))
    assert contents[0] == contents[1]
    svg = contents[0][1].decode()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in contents[0][0]
    assert "<text" not in svg  # text drawn as paths: the SVG needs no font to show Chinese


def test_largest_cloud_words_are_the_top_terms_in_order(seed):
    from helpers.terms import cloud_weights, term_table

    table = term_table(seed)
    cloud = plotting.cloud_layout(cloud_weights(table))
    words = [word for (word, _), *_ in cloud.layout_[:10]]
    sizes = [size for _, size, *_ in cloud.layout_[:10]]
    assert words == table["term"].head(10).tolist()
    assert sizes == sorted(sizes, reverse=True)
    counts = table["count"].head(10).tolist()
    assert all(abs(size - plotting.CLOUD_MAX_FONT * c / counts[0]) <= 1 for size, c in zip(sizes, counts, strict=True))


def test_word_cloud_is_deterministic(out_dir, seed):
    from helpers.terms import cloud_weights, term_table

    weights = cloud_weights(term_table(seed))
    contents = []
    for _ in range(2):
        ax = plotting.word_cloud(weights, mask=plotting.coin_mask())
        plotting.save_figure(ax.figure, "cloud")
        plt.close("all")
        contents.append((out_dir / "cloud.png").read_bytes())
    assert contents[0] == contents[1]


def test_word_cloud_refuses_characters_the_font_lacks():
    with pytest.raises(ValueError, match="cannot draw"):
        plotting.cloud_layout({"普惠\ue000": 3, "金融": 2})


def _texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


EMPTY_CHARTS = {
    "bar_chart": lambda: plotting.bar_chart(pd.Series(dtype=float), title="增速 Stated growth rates"),
    "bar_chart_all_nan": lambda: plotting.bar_chart(pd.Series({"plain jieba.lcut": float("nan"), "helpers.tokenize": float("nan")})),
    "repair_positions": lambda: plotting.repair_positions(pd.DataFrame(columns=["kind", "first_line"]), total_lines=3),
    "grouped_boxplot": lambda: plotting.grouped_boxplot({"导语": []}),
    "article_map": lambda: plotting.article_map(pd.DataFrame(columns=["section", "kind", "chars", "paragraph", "heading"])),
    "heatmap": lambda: plotting.heatmap(pd.DataFrame()),
    "dispersion_plot": lambda: plotting.dispersion_plot(pd.DataFrame(columns=["term", "position"]), []),
    "network": lambda: plotting.network(pd.DataFrame(columns=["source", "target", "sentences"])),
    "interval_plot": lambda: plotting.interval_plot(pd.DataFrame(columns=["value", "low", "high", "qualifier", "label"]), log=True),
    "timeline": lambda: plotting.timeline(pd.DataFrame(columns=["surface", "period_start", "period_end"])),
    "phrase_pairs": lambda: plotting.phrase_pairs(pd.DataFrame(columns=["kind", "first", "second", "quoted", "ends_with_quote"])),
    "stacked_bars": lambda: plotting.stacked_bars(pd.DataFrame()),
}


@pytest.mark.parametrize("name", EMPTY_CHARTS)
def test_every_chart_draws_an_empty_state_from_no_data(name, out_dir):
    ax = EMPTY_CHARTS[name]()
    assert _texts(ax) == [plotting.EMPTY_MESSAGE] or _texts(ax) == ["无修复 no repairs"]
    plotting.save_figure(ax.figure, name)
    assert sorted(p.name for p in out_dir.iterdir()) == [f"{name}.png", f"{name}.svg"]


def test_bar_chart_empty_state_keeps_its_title():
    ax = plotting.bar_chart(pd.Series(dtype=float), title="增速 Stated growth rates")
    assert ax.get_title() == "增速 Stated growth rates"


@pytest.mark.parametrize("frequencies", [{}, {"金融": 0}], ids=["no words", "zero weights"])
def test_word_cloud_of_no_words_is_an_empty_state_not_an_error(frequencies, out_dir):
    ax = plotting.word_cloud(frequencies, title="全文词云 The whole article", mask=plotting.coin_mask())
    assert _texts(ax) == ["无词可画 no terms to draw"]
    assert ax.get_title() == "全文词云 The whole article"
    plotting.save_figure(ax.figure, "empty-cloud")
    assert plotting.largest_words(frequencies).empty


def test_largest_words_match_the_cloud(seed):
    from helpers.terms import cloud_weights, term_table

    weights = cloud_weights(term_table(seed))
    largest = plotting.largest_words(weights)
    assert list(largest.columns) == ["cloud word", "count", "font size"]
    assert largest["cloud word"].tolist() == term_table(seed)["term"].head(10).tolist()
    assert largest["count"].tolist() == [weights[w] for w in largest["cloud word"]]


def test_section_clouds_one_panel_per_part_and_one_empty_panel_for_none(out_dir, seed):
    from helpers.terms import section_frequencies

    counts = section_frequencies(seed, relative=False)
    titles = {s: seed.section_title(s).split(" ")[0] for s in range(len(seed.sections) + 1)}
    fig = plotting.section_clouds(counts, titles, title="各部分词云")
    drawn = [ax.get_title() for ax in fig.axes if ax.axison or ax.images]
    assert drawn == ["导语", "党建联建破壁垒", "党建领航筑体系", "党建聚力促融合", "筑牢底线防风险"]
    empty = plotting.section_clouds(pd.DataFrame(), {}, title="各部分词云")
    assert [t.get_text() for t in empty.axes[0].texts] == ["无词可画 no terms to draw"]
    plotting.save_figure(empty, "empty-sections")


def test_article_map_draws_captions_that_interrupt_no_paragraph(out_dir):
    blocks = pd.DataFrame({
        "kind": ["lead", "caption", "credit", "lead"], "section": pd.array([0, 0, 0, 0], dtype="Int64"),
        "paragraph": pd.array([1, None, None, 2], dtype="Int64"), "chars": [40, 20, 8, 30],
        "heading": ["导语"] * 4, "repeats": pd.array([None] * 4, dtype="Int64"),
    })
    ax = plotting.article_map(blocks)
    assert [t.get_text() for t in ax.texts] == ["1", "2"]
    plotting.save_figure(ax.figure, "map-free-caption")
