"""The one call that opens an analysis notebook: its article, its figure writer and display options."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import plotting
from helpers.article import Article
from helpers.paths import SEED_ARTICLE, project_path
from helpers.prose import open_article

#: pandas display options every notebook runs with: long Chinese sentences shown whole, and tables of up
#: to 500 rows (an article's quotes, figures or titles) shown whole; a longer one is cut and says so.
DISPLAY_OPTIONS = {"display.max_colwidth": None, "display.max_rows": 500, "display.min_rows": 20}


def start(article: Path | str = SEED_ARTICLE, *, figures: Path | str | None = None) -> tuple[Article, plotting.FigureWriter]:
    """Load ``article`` (a path relative to the project folder, or absolute), set the display
    options and the chart style, and return the article with the writer for its figures.

    ``figures`` is the folder the writer saves into (None: figures/ for the seed, build/<stem>/figures/
    for another article). A loader warning is shown as one line (``prose.open_article``).

    In a notebook, after the ``parameters`` cell (ARTICLE, FIGURES)::

        article, figures = notebook.start(ARTICLE, figures=FIGURES)
        ax = plotting.bar_chart(...)
        figures.save_figure(ax.figure, "02-section-sizes")
    """
    path = project_path(article)
    loaded = open_article(path)
    for option, value in DISPLAY_OPTIONS.items():
        pd.set_option(option, value)
    return loaded, plotting.setup(article=path, folder=figures)
