"""The only module that imports ipywidgets: the notebooks' interactive explorers.

Each explorer is a box of controls over a result computed by ``helpers.explore`` on every change:

- ``concordance_explorer``: type any string, see its lines (part, paragraph, the match highlighted)
  and its count per part;
- ``terms_explorer``: pick terms, see where they fall along the article and their count per part;
- ``figures_explorer``: filter the stated figures by kind, qualifier, part or subject, each with its sentence.

Shown in JupyterLab with a live kernel, an explorer is interactive. Everywhere else (the executed
notebook as saved, its HTML copy, a text console) it shows its current result as static HTML: the
explorer adds that HTML to its display data, and ``helpers.report`` drops the widget view (which needs
a live kernel) from saved outputs, so the static result is what a reader without a kernel sees.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable, Iterable, Sequence

import ipywidgets as w
import pandas as pd

from helpers import explore, plotting
from helpers.article import Article
from helpers.tables import format_number

#: How many lines, terms or figures an explorer draws at most (it says when it stops short).
MAX_ROWS = 500


def table_html(frame: pd.DataFrame, *, classes: str = "explorer-table", marked: str | None = None) -> str:
    """``frame`` as an HTML table: every value escaped, blanks for missing values, no index.

    ``marked`` names a column whose cells are wrapped in <mark> (a concordance's match).
    """
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for values in frame.head(MAX_ROWS).itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, values, strict=True):
            text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
            text = html.escape(text)
            if column == marked:
                text = f"<mark>{text}</mark>"
            align = ' style="text-align:right"' if column == "left" else ""
            cells.append(f"<td{align}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = f"<p>… {len(frame) - MAX_ROWS} more rows not shown</p>" if len(frame) > MAX_ROWS else ""
    return f'<table class="{classes}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{more}'


class Explorer(w.VBox):
    """A box of controls and a result; its display data carry the current result as static HTML too."""

    def __init__(self, controls: Sequence[w.Widget], render: Callable[[], str], *, title: str) -> None:
        self._render = render
        self._title = title
        self.result = w.HTML(self._styled())
        super().__init__([*controls, self.result])

    def _styled(self) -> str:
        # The Lab's class for rendered HTML: its tables look like every other table in the notebook.
        return f'<div class="jp-RenderedHTMLCommon">{self._render()}</div>'

    def refresh(self, *_: object) -> None:
        """Recompute the result from the controls (called on every change)."""
        self.result.value = self._styled()

    def static_html(self) -> str:
        """The result as it stands, with the explorer's title: what a reader without a kernel sees."""
        return f"<div class=\"explorer\"><p><b>{html.escape(self._title)}</b></p>{self._render()}</div>"

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = self.static_html()
        bundle["text/plain"] = f"{self._title} (interactive in JupyterLab; static result above)"
        return bundle


def concordance_explorer(article: Article, query: str = "", *, window: int = 20) -> Explorer:
    """Type any string: its concordance lines and its count per part, updated as you type."""
    box = w.Text(value=query, description="查找 Find", placeholder="输入词语 type a word",
                 layout=w.Layout(width="24em"))

    def render() -> str:
        found = explore.concordance(article, box.value, window=window)
        if not found.query:
            return "<p>Type a word or phrase to see its lines.</p>"
        total = len(found.lines)
        counts = table_html(found.per_part.set_index("part").T.reset_index(drop=True))
        lines = table_html(found.lines.drop(columns="start"), marked="match") if total else ""
        return f"<p>“{html.escape(found.query)}”: {total} occurrence(s).</p>{counts}{lines}"

    explorer = Explorer([box], render, title=f"Concordance of “{query}”" if query else "Concordance")
    box.observe(explorer.refresh, names="value")
    return explorer


def _png(ax: object) -> str:
    """An Axes' figure as an <img> with the PNG inline, the figure closed."""
    buffer = io.BytesIO()
    figure = ax.figure  # type: ignore[attr-defined]
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    plotting.plt.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="dispersion" src="data:image/png;base64,{data}"/>'


def terms_explorer(article: Article, terms: Iterable[str], *, choices: Iterable[str] = ()) -> Explorer:
    """Pick terms (any of ``choices``, or type one): where they fall along the article, count per part."""
    initial = list(terms)
    picker = w.TagsInput(value=initial, allowed_tags=list(dict.fromkeys([*initial, *choices])), allow_duplicates=False)

    def render() -> str:
        spread = explore.term_spread(article, picker.value)
        if not spread.terms:
            return "<p>Pick one or more terms.</p>"
        ax = plotting.dispersion_plot(spread.positions, list(spread.terms), boundaries=explore.section_starts(article))
        return _png(ax) + table_html(spread.per_part)

    explorer = Explorer([picker], render, title="Terms: " + "、".join(initial))
    picker.observe(explorer.refresh, names="value")
    return explorer


def figures_explorer(article: Article, figures: pd.DataFrame) -> Explorer:
    """Filter the stated figures by kind, qualifier, part and subject; each row shows its sentence."""
    rows = explore.figure_rows(article, figures)

    def options(column: str) -> list[str]:
        return [v for v in dict.fromkeys(rows[column].fillna("")) if v]

    kinds = w.SelectMultiple(options=options("kind"), description="kind", rows=4)
    qualifiers = w.SelectMultiple(options=options("qualifier"), description="qualifier", rows=4)
    parts = w.SelectMultiple(options=options("part"), description="part", rows=4)
    subject = w.Text(description="subject", placeholder="例如 贷款")

    def render() -> str:
        found = explore.filter_figures(rows, kinds=kinds.value, qualifiers=qualifiers.value, parts=parts.value,
                                       subject=subject.value)
        shown = found[explore.FIGURE_COLUMNS].assign(value=found["value"].map(_number))
        return f"<p>{len(found)} of {len(rows)} figures.</p>" + table_html(shown)

    explorer = Explorer([w.HBox([kinds, qualifiers, parts]), subject], render, title="Stated figures")
    for control in (kinds, qualifiers, parts, subject):
        control.observe(explorer.refresh, names="value")
    return explorer


def _number(value: object) -> str:
    return "" if value is None or pd.isna(value) else format_number(float(value))
