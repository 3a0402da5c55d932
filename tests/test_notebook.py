"""The notebooks' one opening call: article, figure writer and display options, nothing hidden."""

import pandas as pd
import pytest

from helpers import notebook
from helpers.paths import BUILD, CORPUS, FIGURES


@pytest.fixture
def restore_pandas_options():
    with pd.option_context("display.max_colwidth", 50):
        yield


def test_start_on_the_seed_gives_the_article_and_a_writer_for_figures(restore_pandas_options):
    article, figures = notebook.start("seeds/000_d1ace56c1790a754.txt")
    assert article.headline == "党建领航 中国银行打通普惠金融“最后一公里”"
    assert figures.folder == FIGURES
    assert pd.get_option("display.max_colwidth") is None


def test_start_defaults_to_the_seed(restore_pandas_options):
    article, figures = notebook.start()
    assert article.sections[0].heading == "党建联建破壁垒 精准滴灌实体经济“毛细血管”"
    assert figures.folder == FIGURES


def test_figures_of_another_article_go_to_its_build_folder_or_where_asked(restore_pandas_options, tmp_path):
    source = tmp_path / "lianghui.txt"
    source.write_bytes((CORPUS / "rmrb-20200521-lianghui-daibiao.txt").read_bytes())
    article, figures = notebook.start(source)
    assert len(article.sections) == 6
    assert figures.folder == BUILD / "lianghui" / "figures"
    assert not figures.folder.exists() or figures.folder.is_dir()  # nothing is written before a save
    _, elsewhere = notebook.start(source, figures=tmp_path / "figs")
    assert elsewhere.folder == tmp_path / "figs"
    assert not (tmp_path / "figs").exists()


def test_start_on_a_missing_file_raises_and_writes_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        notebook.start(tmp_path / "missing.txt", figures=tmp_path / "figs")
    assert list(tmp_path.iterdir()) == []
