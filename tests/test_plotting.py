"""Charts show Chinese with the bundled font, and the figure writer writes the same bytes every time."""

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from helpers import fonts, load_article, plotting  # noqa: E402
from helpers.outline import map_frame  # noqa: E402
from helpers.presentation import cloud_weights, short_titles  # noqa: E402


@pytest.fixture
def writer(tmp_path):
    plotting.style()
    yield plotting.FigureWriter(tmp_path)
    plt.close("all")


@pytest.fixture
def out_dir(writer):
    return writer.folder


def test_font_is_the_bundled_noto_sans_cjk():
    path = fonts.cjk_font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf"
    plotting.style()
    assert font_manager.findfont("Noto Sans CJK SC", fallback_to_default=False) == str(path)


def test_chinese_labels_draw_without_missing_glyph_warnings(out_dir, writer):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax = plotting.bar_chart(pd.Series([36.1, -2.71], index=["普惠小微贷款", "中国银行"]),
                                xlabel="机构", ylabel="余额（万亿元）", title="普惠金融“最后一公里”")
        writer.save_figure(ax.figure, "labels")
    assert [str(w.message) for w in caught if "missing from" in str(w.message)] == []
    assert sorted(p.name for p in out_dir.iterdir()) == ["labels.png", "labels.svg"]


def test_missing_glyph_fails_the_save(writer):
    ax = plotting.bar_chart(pd.Series([1], index=["\ue000"]))
    with pytest.raises(RuntimeError, match="missing from"):
        writer.save_figure(ax.figure, "private-use")


def test_save_figure_is_deterministic_and_has_no_date(out_dir, seed, writer):
    contents = []
    for _ in range(2):
        ax = plotting.article_map(map_frame(seed))
        writer.save_figure(ax.figure, "map")
        plt.close("all")
        contents.append(((out_dir / "map.png").read_bytes(), (out_dir / "map.svg").read_bytes()))
    assert contents[0] == contents[1]
    svg = contents[0][1].decode()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert b"Software" not in contents[0][0]
    assert "<text" not in svg  # text drawn as paths: the SVG needs no font to show Chinese


def test_largest_cloud_words_are_the_top_terms_in_order(seed):
    from helpers.terms import term_table

    table = term_table(seed)
    cloud = plotting.cloud_layout(cloud_weights(table))
    words = [word for (word, _), *_ in cloud.layout_[:10]]
    sizes = [size for _, size, *_ in cloud.layout_[:10]]
    assert words == table["term"].head(10).tolist()
    assert sizes == sorted(sizes, reverse=True)
    counts = table["count"].head(10).tolist()
    assert all(abs(size - plotting.CLOUD_MAX_FONT * c / counts[0]) <= 1 for size, c in zip(sizes, counts, strict=True))


def test_word_cloud_is_deterministic(out_dir, seed, writer):
    from helpers.terms import term_table

    weights = cloud_weights(term_table(seed))
    contents = []
    for _ in range(2):
        ax = plotting.word_cloud(weights, mask=plotting.coin_mask())
        writer.save_figure(ax.figure, "cloud")
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
def test_every_chart_draws_an_empty_state_from_no_data(name, out_dir, writer):
    ax = EMPTY_CHARTS[name]()
    assert _texts(ax) == [plotting.EMPTY_MESSAGE] or _texts(ax) == ["无修复 no repairs"]
    writer.save_figure(ax.figure, name)
    assert sorted(p.name for p in out_dir.iterdir()) == [f"{name}.png", f"{name}.svg"]


def test_bar_chart_empty_state_keeps_its_title():
    ax = plotting.bar_chart(pd.Series(dtype=float), title="增速 Stated growth rates")
    assert ax.get_title() == "增速 Stated growth rates"


@pytest.mark.parametrize("frequencies", [{}, {"金融": 0}], ids=["no words", "zero weights"])
def test_word_cloud_of_no_words_is_an_empty_state_not_an_error(frequencies, writer):
    ax = plotting.word_cloud(frequencies, title="全文词云 The whole article", mask=plotting.coin_mask())
    assert _texts(ax) == ["无词可画 no terms to draw"]
    assert ax.get_title() == "全文词云 The whole article"
    writer.save_figure(ax.figure, "empty-cloud")
    assert plotting.largest_words(frequencies).empty


def test_largest_words_match_the_cloud(seed):
    from helpers.terms import term_table

    weights = cloud_weights(term_table(seed))
    largest = plotting.largest_words(weights)
    assert list(largest.columns) == ["cloud word", "count", "font size"]
    assert largest["cloud word"].tolist() == term_table(seed)["term"].head(10).tolist()
    assert largest["count"].tolist() == [weights[w] for w in largest["cloud word"]]


def test_section_clouds_one_panel_per_part_and_one_empty_panel_for_none(writer, seed):
    from helpers.terms import section_frequencies

    counts = section_frequencies(seed, relative=False)
    titles = short_titles(seed)
    fig = plotting.section_clouds(counts, titles, title="各部分词云")
    drawn = [ax.get_title() for ax in fig.axes if ax.axison or ax.images]
    assert drawn == ["导语", "党建联建破壁垒", "党建领航筑体系", "党建聚力促融合", "筑牢底线防风险"]
    empty = plotting.section_clouds(pd.DataFrame(), {}, title="各部分词云")
    assert [t.get_text() for t in empty.axes[0].texts] == ["无词可画 no terms to draw"]
    writer.save_figure(empty, "empty-sections")


def test_article_map_draws_captions_that_interrupt_no_paragraph(writer):
    blocks = pd.DataFrame({
        "kind": ["lead", "caption", "credit", "lead"], "section": pd.array([0, 0, 0, 0], dtype="Int64"),
        "paragraph": pd.array([1, None, None, 2], dtype="Int64"), "chars": [40, 20, 8, 30],
        "heading": ["导语"] * 4, "repeats": pd.array([None] * 4, dtype="Int64"),
    })
    ax = plotting.article_map(blocks)
    assert [t.get_text() for t in ax.texts] == ["1", "2"]
    writer.save_figure(ax.figure, "map-free-caption")


def test_setup_returns_a_writer_for_the_article_default_folder_or_the_one_given(tmp_path):
    from helpers.paths import BUILD, FIGURES, SEED_ARTICLE

    assert plotting.setup().folder == FIGURES
    assert plotting.setup(article=SEED_ARTICLE).folder == FIGURES
    assert plotting.setup(article=tmp_path / "other.txt").folder == BUILD / "other" / "figures"
    assert plotting.setup(article=SEED_ARTICLE, folder=tmp_path / "mine").folder == tmp_path / "mine"


def test_two_writers_write_into_their_own_folders_and_nowhere_else(tmp_path):
    plotting.style()
    first, second = plotting.FigureWriter(tmp_path / "a"), plotting.FigureWriter(tmp_path / "b")
    ax = plotting.bar_chart(pd.Series([1, 2], index=["导语", "党建联建破壁垒"]))
    first.save_figure(ax.figure, "one")
    second.save_table(pd.DataFrame({"surface": ["36.1万亿元"], "value": [3.61e13]}), "two")
    plt.close("all")
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.*")) == ["a/one.png", "a/one.svg", "b/two.csv"]
    assert (tmp_path / "b" / "two.csv").read_bytes() == "\ufeffsurface,value\n36.1万亿元,36100000000000.0\n".encode()


def test_saved_svg_repeats_whatever_the_global_style(writer):
    contents = []
    for salt in ("one", "two"):
        with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "none"}):
            ax = plotting.bar_chart(pd.Series([36.1], index=["普惠小微贷款"]))
            writer.save_figure(ax.figure, "bars")
            plt.close("all")
        contents.append((writer.folder / "bars.svg").read_bytes())
    assert contents[0] == contents[1]
    assert b"<text" not in contents[0]


def _label_node_clashes(ax) -> list[str]:
    """Labels whose box overlaps any node's circle, in pixels of the drawn figure."""
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    scale = ax.figure.dpi / 72
    circles = [(ax.transData.transform(c.get_offsets()[0]), (c.get_sizes()[0] / np.pi) ** 0.5 * scale) for c in ax.collections]
    out = []
    for text in ax.texts:
        box = text.get_window_extent(renderer)
        for (cx, cy), r in circles:
            nx_, ny_ = min(max(cx, box.x0), box.x1), min(max(cy, box.y0), box.y1)
            if (nx_ - cx) ** 2 + (ny_ - cy) ** 2 < r * r:
                out.append(text.get_text())
                break
    return out


def test_network_labels_sit_beside_their_nodes_never_on_a_node(seed):
    from helpers.terms import cooccurrence, term_table

    plotting.style()
    edges = cooccurrence(seed, terms=term_table(seed).head(25)["term"], min_count=2).head(40)
    ax = plotting.network(edges)
    assert sorted(t.get_text() for t in ax.texts) == sorted(set(edges["source"]) | set(edges["target"]))
    assert "普惠金融" in [t.get_text() for t in ax.texts]
    assert _label_node_clashes(ax) == []
    plt.close(ax.figure)


def test_money_is_tracked_on_an_axis_in_yi_or_wan_of_its_unit():
    assert plotting._axis_scale(pd.Series([2.09105e11, 3.2517e10]), "元") == (1e8, "亿元")
    assert plotting._axis_scale(pd.Series([56.68, 21.71]), "元/股") == (1.0, "元/股")
    assert plotting._axis_scale(pd.Series([4.9, 9.8]), "%") == (1.0, "%")


def test_tracked_points_of_one_date_that_would_overlap_are_left_unlabelled_and_counted():
    # five revenues of one day close together, and one far above them that sets the axis
    points = pd.DataFrame({
        "about": ["营业收入"] * 6, "unit": ["元"] * 6, "doc_id": [f"a{i}" for i in range(6)],
        "date": ["2021-09-03"] * 5 + ["2024-01-01"], "dated_by": ["published"] * 6,
        "value": [1e10, 1.01e10, 1.02e10, 1.03e10, 1.04e10, 2e11],
        "surface": ["100亿元", "101亿元", "102亿元", "103亿元", "104亿元", "2000亿元"]})
    fig = plotting.figure_tracks(points)
    ax = fig.axes[0]
    labels = [t for t in ax.texts if "亿元 ·" in t.get_text()]
    assert 2 <= len(labels) < 6 and f"{6 - len(labels)} 点未标注" in ax.get_title()
    assert ax.get_ylabel() == "数值 value (亿元)"


def test_many_section_titles_stand_upright_and_a_few_slant():
    # the twelve section titles of 深圳市统计信息局's 1998 bulletin (1999), and the seed's six parts
    bulletin = ["一、综合", "二、农业", "三、工业和建筑业", "四、固定资产投资", "五、交通运输和邮电通信业", "六、国内贸易和市场物价",
                "七、对外经济贸易和旅游", "八、财政、金融和保险", "九、科学技术和教育", "十、文化、卫生和体育",
                "十一、城市建设和环境保护", "十二、人口和人民生活"]
    fig, (many, few) = plt.subplots(1, 2)
    many.bar(bulletin, range(12))
    few.bar(list(short_titles(load_article()).values()), range(6))
    plotting.slant_labels(many)
    plotting.slant_labels(few)
    assert {label.get_rotation() for label in many.get_xticklabels()} == {90.0}
    assert {label.get_rotation() for label in few.get_xticklabels()} == {30.0}
    plt.close(fig)
