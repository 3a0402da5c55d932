"""Charts show Chinese with the bundled font, and save_figure writes the same bytes every time."""

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from helpers import plotting  # noqa: E402
from helpers.outline import map_frame  # noqa: E402


@pytest.fixture
def out_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_FIGURES_DIR", str(tmp_path))
    assert plotting.setup() == tmp_path
    yield tmp_path
    plt.close("all")


def test_font_is_the_bundled_noto_sans_cjk():
    path = plotting.cjk_font_path()
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
