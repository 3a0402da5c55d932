"""Project paths come from the package's own location, and where figures go depends on the article only."""

from pathlib import Path

import pytest

from helpers import paths


def test_paths_are_built_from_the_package_location():
    assert paths.ROOT == Path(paths.__file__).resolve().parents[2]
    assert paths.SEED_ARTICLE.is_file()
    assert paths.CORPUS == paths.ROOT / "tests" / "data" / "articles"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (None, paths.FIGURES),
        (paths.SEED_ARTICLE, paths.FIGURES),
        ("tests/data/articles/rmrb-20200521-lianghui-daibiao.txt", paths.BUILD / "rmrb-20200521-lianghui-daibiao" / "figures"),
        ("/elsewhere/other.txt", paths.BUILD / "other" / "figures"),
    ],
)
def test_figures_dir_depends_on_the_article_only(article, expected, monkeypatch):
    monkeypatch.setenv("HELPERS_FIGURES_DIR", "/tmp/ignored")  # the old override is gone: nothing hidden
    assert paths.figures_dir(article) == expected


def test_project_path_takes_relative_paths_from_the_project_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert paths.project_path("seeds/000_d1ace56c1790a754.txt") == paths.SEED_ARTICLE
    assert paths.project_path(tmp_path / "a.txt") == tmp_path / "a.txt"
