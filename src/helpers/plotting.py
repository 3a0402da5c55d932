"""The only module that imports matplotlib and wordcloud: CJK font, style, charts and saving.

``setup()`` registers the font, sets the style and returns a ``FigureWriter`` that knows where
figures go; chart functions take data and ``ax=None`` and return the Axes; only the writer saves.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator
from PIL import Image, ImageDraw
from wordcloud import WordCloud

from helpers.fonts import cjk_font_path
from helpers.paths import figures_dir, project_path
from helpers.presentation import SECTION_COLOURS, section_colour, short_labels

#: Font fallback order: the CJK font first, DejaVu (bundled with matplotlib) for anything it lacks.
FONT_FAMILY = ["Noto Sans CJK SC", "DejaVu Sans"]
DPI = 150
SVG_HASHSALT = "helpers-figures"
#: The seed of the network layout: the same picture on every run.
NETWORK_SEED = 7
RE_MISSING_GLYPH = r".*missing from (current )?font.*"
#: Settings that make a saved file repeat byte for byte, applied by ``FigureWriter`` on every save.
SAVE_SETTINGS = {"svg.fonttype": "path", "svg.hashsalt": SVG_HASHSALT}


def style() -> None:
    """Register the bundled CJK font with matplotlib and set the project's deterministic style."""
    font_manager.fontManager.addfont(str(cjk_font_path()))
    mpl.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": FONT_FAMILY,
            "axes.unicode_minus": False,  # ASCII hyphen-minus: present in every font
            "figure.dpi": 100,
            "savefig.dpi": DPI,
            "savefig.bbox": "tight",
            "svg.fonttype": "path",  # text as outlines: the SVG shows Chinese without the font
            "svg.hashsalt": SVG_HASHSALT,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 12,
            "axes.titleweight": "normal",  # the bundled CJK font has one weight
        }
    )


@dataclass(frozen=True)
class FigureWriter:
    """Writes an article's figures and tables into one ``folder``, created on the first save.

    >>> FigureWriter("/tmp/figures").folder.name
    'figures'
    """

    folder: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "folder", Path(self.folder))

    def save_figure(self, fig: Figure, name: str) -> None:
        """Write ``fig`` as name.png and name.svg (in ``folder``) with no date or software metadata.

        PNG at a fixed dpi; SVG with text as paths and a fixed hash salt, so a re-run writes the
        same bytes. Raises RuntimeError if any glyph is missing from the fonts (boxes instead of
        characters).
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        with warnings.catch_warnings(), mpl.rc_context(SAVE_SETTINGS):
            warnings.filterwarnings("error", message=RE_MISSING_GLYPH)
            for fmt, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
                path = self.folder / f"{name}.{fmt}"
                try:
                    fig.savefig(path, format=fmt, metadata=metadata, dpi=DPI, bbox_inches="tight")
                except UserWarning as exc:
                    raise RuntimeError(f"figure {name!r}: {exc}") from exc

    def save_table(self, frame: pd.DataFrame, name: str) -> None:
        """Write a table as name.csv in ``folder`` (UTF-8 with BOM, so spreadsheets read the Chinese)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        frame.to_csv(self.folder / f"{name}.csv", index=False, encoding="utf-8-sig", lineterminator="\n")


def setup(*, article: Path | str | None = None, folder: Path | str | None = None) -> FigureWriter:
    """Set the style (``style``) and return the writer for an article's figures.

    ``folder`` (relative to the project folder, or absolute) where given; else figures/ for the
    seed and build/<stem>/figures/ for another article (``paths.figures_dir``).
    """
    style()
    return FigureWriter(project_path(folder) if folder is not None else figures_dir(article))


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


#: What an empty chart says in place of its data.
EMPTY_MESSAGE = "无数据 nothing to show"


def empty_state(ax: Axes | None = None, *, message: str = EMPTY_MESSAGE, title: str = "") -> Axes:
    """An Axes with no data: a grey message in the middle, no ticks, and the chart's title.

    Every chart function draws this when given no data, so a notebook run on an article without
    (say) figures or sub-headings still saves its figure and goes on.
    """
    ax = _axes(ax, (7, 2.5))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", color="#777777", fontsize=11)
    ax.set_title(title)
    return ax


#: More category labels than this under one axis stand upright: a bulletin's twelve section titles at a slant overlap.
MAX_SLANTED_LABELS = 8


def slant_labels(ax: Axes, rotation: int = 30) -> None:
    """Slant the x-axis labels by ``rotation`` degrees, or stand them upright where there are more than
    ``MAX_SLANTED_LABELS`` (each title then has its own column of space)."""
    ax.tick_params(axis="x", rotation=90 if len(ax.get_xticks()) > MAX_SLANTED_LABELS else rotation)


def bar_chart(values: pd.Series, *, ax: Axes | None = None, xlabel: str = "", ylabel: str = "",
              title: str = "", colours: Sequence[str] | None = None, horizontal: bool = False) -> Axes:
    """Bars with their value written at the end; labels from the Series index."""
    ax = _axes(ax, (7, 4))
    values = values.dropna()
    if values.empty:
        return empty_state(ax, title=title)
    labels = [str(i) for i in values.index]
    colour = list(colours) if colours is not None else SECTION_COLOURS[1]
    if horizontal:
        bars = ax.barh(labels[::-1], values.to_numpy()[::-1], color=colour[::-1] if isinstance(colour, list) else colour)
    else:
        bars = ax.bar(labels, values.to_numpy(), color=colour)
    ax.bar_label(bars, fmt="%g", padding=2, fontsize=9)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return ax


def repair_positions(repairs: pd.DataFrame, *, total_lines: int, ax: Axes | None = None) -> Axes:
    """Where the repairs fall along the raw file: one row per repair kind, a mark per repair."""
    ax = _axes(ax, (8, 3))
    if repairs.empty:
        return empty_state(ax, message="无修复 no repairs")
    kinds = sorted(repairs["kind"].unique())
    for row, kind in enumerate(kinds):
        lines = repairs.loc[repairs["kind"] == kind, "first_line"]
        ax.scatter(lines, [row] * len(lines), s=80, marker="|" if kind == "join" else "o",
                   color=SECTION_COLOURS[(row + 1) % len(SECTION_COLOURS)], linewidths=2, zorder=3)
    ax.set_yticks(range(len(kinds)), kinds)
    ax.set_xlim(0, total_lines + 1)
    ax.set_ylim(-0.7, len(kinds) - 0.3)
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlabel("原文行号 (line in the raw file)")
    ax.set_ylabel("修复类型 (repair kind)")
    return ax


def grouped_boxplot(groups: dict[str, Sequence[float]], *, ax: Axes | None = None, xlabel: str = "",
                    ylabel: str = "", title: str = "", colours: Mapping[str, str] | None = None) -> Axes:
    """One box per group with every observation drawn over it (small samples stay visible).

    ``colours`` gives each group's dots a colour ({label: colour}); by default the groups take
    the section colours in order (导语 first).
    """
    ax = _axes(ax, (8, 4))
    groups = {label: values for label, values in groups.items() if len(values)}
    if not groups:
        return empty_state(ax, title=title)
    labels = list(groups)
    ax.boxplot([list(v) for v in groups.values()], tick_labels=labels, widths=0.5, showfliers=False)
    for i, (label, values) in enumerate(groups.items(), start=1):
        offsets = [((j % 5) - 2) * 0.05 for j in range(len(values))]
        colour = colours[label] if colours is not None else section_colour(i - 1)
        ax.scatter([i + o for o in offsets], list(values), s=14, alpha=0.7, color=colour, zorder=3)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return ax


# A bracket-shaped arrow path: up from the pull quote, across, down onto the paragraph.
BRACKET = "arc,angleA=90,angleB=90,armA=9,armB=9,rad=4"


def article_map(blocks: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Sections as bands in reading order, paragraphs as blocks sized by length.

    ``blocks`` is ``Article.to_frame()``, optionally with a ``repeats`` column giving, for a pull
    quote, the paragraph it repeats (drawn as an arrow). Headings are dark blocks, pull quotes
    hatched blocks, and a ▲ marks the paragraph a photo caption interrupted.
    """
    ax = _axes(ax, (11, 4.5))
    body = blocks[blocks["section"].notna()]
    if body.empty:
        return empty_state(ax)
    sections = sorted(body["section"].unique())
    for row, section in enumerate(sections):
        y = len(sections) - 1 - row
        colour = section_colour(section)
        spans: dict[int, tuple[float, float]] = {}
        quotes: list[tuple[float, int]] = []
        captions: list[int] = []
        x = 0.0
        for _, block in body[body["section"] == section].iterrows():
            kind = block["kind"]
            if kind == "caption" and pd.notna(block["paragraph"]):  # a caption between paragraphs interrupts none
                captions.append(int(block["paragraph"]))
            if kind in ("caption", "credit"):
                continue
            width = float(block["chars"])
            face, edge, hatch = colour, "white", None
            if kind == "heading":
                face = "#333333"
            elif kind == "pull_quote":
                face, edge, hatch = "white", colour, "////"
                if "repeats" in block and pd.notna(block["repeats"]):
                    quotes.append((x + width / 2, int(block["repeats"])))
            ax.add_patch(Rectangle((x, y - 0.35), width, 0.7, facecolor=face, edgecolor=edge, hatch=hatch, linewidth=1.2))
            if kind in ("paragraph", "lead"):
                ax.text(x + width / 2, y, str(block["paragraph"]), ha="center", va="center", fontsize=8, color="white")
                spans[int(block["paragraph"])] = (x, width)
            x += width
        for quote_x, paragraph in quotes:
            if paragraph not in spans:
                continue
            start, width = spans[paragraph]
            ax.annotate("", xy=(start + width / 2, y + 0.36), xytext=(quote_x, y + 0.36),
                        arrowprops={"arrowstyle": "->", "color": "#333333", "connectionstyle": BRACKET})
        for paragraph in captions:
            if paragraph not in spans:
                continue
            start, width = spans[paragraph]
            ax.plot(start + width / 2, y + 0.5, marker="^", color="#D55E00", markersize=9, linestyle="")
    short = short_labels({int(s): body.loc[body["section"] == s, "heading"].iloc[0] for s in sections})
    labels = [short[int(s)] for s in sections]
    ax.set_yticks(range(len(sections)), labels[::-1])
    ax.set_ylim(-0.7, len(sections) - 0.1)
    ax.set_xlim(0, float(body.groupby("section")["chars"].sum().max()) * 1.02)
    ax.set_xlabel("字符 (characters, cumulative within each section)")
    handles = [
        Rectangle((0, 0), 1, 1, facecolor="#333333"),
        Rectangle((0, 0), 1, 1, facecolor="white", edgecolor="#555555", hatch="////"),
        plt.Line2D([], [], marker="^", color="#D55E00", linestyle=""),
    ]
    ax.legend(handles, ["小标题 heading", "引语 pull quote (→ the paragraph it repeats)", "图片说明 caption"],
              loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3, fontsize=8, frameon=False)
    return ax


def heatmap(values: pd.DataFrame, *, ax: Axes | None = None, xlabel: str = "", ylabel: str = "",
            title: str = "", colourbar_label: str = "") -> Axes:
    """A labelled heatmap of a small table (rows × columns), each cell annotated with its value."""
    if values.empty:
        return empty_state(ax, title=title)
    ax = _axes(ax, (1.4 + 1.1 * values.shape[1], 0.9 + 0.32 * values.shape[0]))
    image = ax.imshow(values.to_numpy(dtype=float), aspect="auto", cmap="YlOrRd")
    labels = [str(c) for c in values.columns]
    ax.set_xticks(range(values.shape[1]), labels, rotation=30 if max(map(len, labels)) > 3 else 0,
                  ha="right" if max(map(len, labels)) > 3 else "center")
    ax.set_yticks(range(values.shape[0]), [str(i) for i in values.index])
    peak = float(values.to_numpy().max()) or 1.0
    for (r, c), value in pd.DataFrame(values.to_numpy()).stack().items():
        ax.text(c, r, f"{value:g}", ha="center", va="center", fontsize=8,
                color="white" if value > 0.6 * peak else "black")
    ax.figure.colorbar(image, ax=ax, label=colourbar_label, shrink=0.8)
    ax.spines[:].set_visible(False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return ax


def dispersion_plot(positions: pd.DataFrame, terms: Sequence[str], *, boundaries: Sequence[float] = (),
                    ax: Axes | None = None) -> Axes:
    """A lexical dispersion plot: one row per term, a tick at each occurrence along the text (0..1).

    ``positions`` has columns ``term`` and ``position``; ``boundaries`` are section starts (0..1),
    drawn as dotted lines.
    """
    ax = _axes(ax, (10, 0.45 * len(terms) + 1.2))
    if not len(terms):
        return empty_state(ax)
    for row, term in enumerate(terms):
        xs = positions.loc[positions["term"] == term, "position"]
        ax.scatter(xs, [row] * len(xs), marker="|", s=220, linewidths=1.6,
                   color=SECTION_COLOURS[(row % (len(SECTION_COLOURS) - 1)) + 1])
    for x in boundaries:
        ax.axvline(x, color="#777777", linestyle=":", linewidth=1)
    ax.set_yticks(range(len(terms)), list(terms))
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("在文中的位置 Position in the article (0 = start, 1 = end)")
    return ax


def network(edges: pd.DataFrame, *, weight: str = "sentences", ax: Axes | None = None,
            node_sizes: dict[str, float] | None = None) -> Axes:
    """A co-occurrence network: edge width by ``weight`` (columns ``source`` and ``target``), node area
    by ``node_sizes`` (default: the node's total edge weight).

    Laid out by networkx's force-directed layout with a fixed seed, so a re-run draws the same picture;
    each label sits just below its own node, offset by the node's radius, never on top of it.
    """
    import networkx as nx

    if edges.empty:
        return empty_state(ax)
    ax = _axes(ax, (8, 8))
    graph = nx.Graph()
    for s, t, w in zip(edges["source"], edges["target"], edges[weight], strict=True):
        graph.add_edge(s, t, weight=float(w))
    strength = dict(graph.degree(weight="weight"))
    nodes = sorted(graph.nodes, key=lambda n: (-strength[n], n))
    place = nx.spring_layout(graph, seed=NETWORK_SEED, weight=None, k=3.0 / max(len(nodes), 1) ** 0.5, iterations=200)
    peak = float(edges[weight].max())
    for s, t, w in zip(edges["source"], edges["target"], edges[weight], strict=True):
        (x1, y1), (x2, y2) = place[s], place[t]
        ax.plot([x1, x2], [y1, y2], color="#0072B2", alpha=0.25 + 0.6 * w / peak, linewidth=0.5 + 4 * w / peak, zorder=1)
    sizes = node_sizes or strength
    top = max(sizes.values(), default=1.0) or 1.0
    radii = {}
    for n in nodes:
        area = 200 + 1400 * sizes.get(n, 0) / top  # points squared
        ax.scatter(*place[n], s=area, color="#E69F00", edgecolor="white", zorder=2)
        radii[n] = (area / np.pi) ** 0.5  # points
    xs, ys = zip(*place.values(), strict=True)
    pad = 0.2
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.apply_aspect()  # fix the axes' final box before measuring labels against nodes in pixels
    _place_labels(ax, {n: place[n] for n in nodes}, radii)
    return ax


def _place_labels(ax: Axes, place: dict[str, tuple[float, float]], radii: dict[str, float]) -> None:
    """Label each node just outside its circle: below, above, right, left or a diagonal, moving out step by
    step, at the first place whose label box overlaps no node and no label already placed."""
    figure = ax.figure
    renderer = figure.canvas.get_renderer()
    scale = figure.dpi / 72  # points to pixels
    centres = {n: ax.transData.transform(xy) for n, xy in place.items()}
    taken = []

    def clashes(box: object) -> bool:
        for n, (cx, cy) in centres.items():
            r = radii[n] * scale
            nx_ = min(max(cx, box.x0), box.x1)  # the box's nearest point to the circle's centre
            ny_ = min(max(cy, box.y0), box.y1)
            if (nx_ - cx) ** 2 + (ny_ - cy) ** 2 < r * r:
                return True
        return any(box.overlaps(other) for other in taken)

    directions = [(0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"), (-1, 0, "right", "center"),
                  (0.7, -0.7, "left", "top"), (-0.7, -0.7, "right", "top"), (0.7, 0.7, "left", "bottom"),
                  (-0.7, 0.7, "right", "bottom")]
    for n, xy in place.items():
        candidates = [((dx * (radii[n] + extra), dy * (radii[n] + extra)), ha, va)
                      for extra in (3, 14, 26, 40) for dx, dy, ha, va in directions]
        for i, (offset, ha, va) in enumerate(candidates):
            label = ax.annotate(n, xy, xytext=offset, textcoords="offset points", ha=ha, va=va, fontsize=10, zorder=3)
            box = label.get_window_extent(renderer)
            if not clashes(box) or i == len(candidates) - 1:
                taken.append(box)  # the last candidate is kept even if it clashes: a label is never dropped
                break
            label.remove()


QUALIFIER_MARKERS = {"exact": "o", "over": ">", "at_least": ">", "nearly": "<", "under": "<",
                     "approx": "D", "range": "|"}


def interval_plot(figures: pd.DataFrame, *, label: str = "label", ax: Axes | None = None, log: bool = False,
                  colour: str = "#0072B2") -> Axes:
    """Each stated figure as what its wording allows: a dot for an exact value, a band for a range
    (20多条 → [20, 30)), an arrow running off the axis for an open end (超4000万元 → (4000万, ∞)), a band
    ending at the value for 近/不足. ``figures`` has columns value, low, high, qualifier and ``label``
    (one row per figure, drawn top to bottom)."""
    ax = _axes(ax, (9, 0.7 * len(figures) + 1.2))
    if figures.empty:
        return empty_state(ax)
    ends = pd.concat([figures["value"], figures["low"], figures["high"]])
    ends = ends[(ends != float("inf")) & ends.notna() & ((ends > 0) if log else True)]
    top = float(ends.max()) if len(ends) else 1.0
    bottom = float(ends.min()) if len(ends) else 1.0
    right = top * 6 if log else top * 1.3
    for row, (_, f) in enumerate(figures.iterrows()):
        y = len(figures) - 1 - row
        low, high = f["low"], f["high"]
        if high == float("inf"):
            ax.annotate("", xy=(right, y), xytext=(max(low, bottom / 4 if log else 0), y),
                        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2, "alpha": 0.5})
        elif high > low:
            ax.plot([max(low, bottom / 4) if log else low, high], [y, y], color=colour, linewidth=7, alpha=0.35,
                    solid_capstyle="butt")
        bounded_over = f["qualifier"] == "over" and high not in (low, float("inf"))  # 20多条: a band, not an arrow
        marker = "s" if bounded_over else QUALIFIER_MARKERS.get(f["qualifier"], "o")
        ax.plot([f["value"]], [y], marker=marker, color=colour, markersize=9,
                linestyle="")
        ax.annotate(f"{f[label]}  [{f['qualifier']}]", (f["value"], y), textcoords="offset points", xytext=(0, 9),
                    ha="center", fontsize=9)
    if log:
        ax.set_xscale("log")
        ax.set_xlim(bottom / 4, right)
    else:
        ax.set_xlim(0, right)
    ax.set_yticks(range(len(figures)), [""] * len(figures))
    ax.set_ylim(-0.7, len(figures) - 0.1)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", alpha=0.3)
    return ax


def timeline(periods: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Dates as points and periods as spans on a time axis; columns surface, period_start, period_end.
    Periods with no dates (今年 with nothing to count from) are left out."""
    periods = periods[periods["period_start"].astype(bool)] if not periods.empty else periods
    ax = _axes(ax, (10, 0.5 * len(periods) + 1.4))
    if periods.empty:
        return empty_state(ax)
    for row, (_, p) in enumerate(periods.iterrows()):
        y = len(periods) - 1 - row
        start, end = pd.Timestamp(p["period_start"]), pd.Timestamp(p["period_end"])
        if start == end:
            ax.plot([start], [y], marker="o", color="#D55E00", markersize=8, linestyle="")
        else:
            ax.plot([start, end], [y, y], color="#009E73", linewidth=7, solid_capstyle="butt", alpha=0.8)
        ax.annotate(p["surface"], (start, y), textcoords="offset points", xytext=(4, 7), fontsize=9)
    ax.set_yticks(range(len(periods)), [""] * len(periods))
    ax.set_ylim(-0.7, len(periods) - 0.1)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlabel("时间 date")
    return ax


#: Word-cloud canvas and layout settings shared by every cloud, so clouds compare.
CLOUD_WIDTH, CLOUD_HEIGHT = 900, 500
CLOUD_RANDOM_STATE = 7
#: Largest font on the standard canvas: small enough that the top words fit at full size, so a
#: word's size stays proportional to its count (the cloud agrees with the bar chart).
CLOUD_MAX_FONT = 140


def missing_glyphs(words: Sequence[str]) -> list[str]:
    """Characters of ``words`` that the CJK font cannot draw (a word cloud would show boxes)."""
    charmap = FT2Font(str(cjk_font_path())).get_charmap()
    return sorted({ch for word in words for ch in word if ord(ch) not in charmap and not ch.isspace()})


def cloud_layout(frequencies: dict[str, float], *, colours: dict[str, str] | None = None, default_colour: str = "#0072B2",
                 mask: np.ndarray | None = None, max_font_size: int | None = CLOUD_MAX_FONT, max_words: int = 120,
                 random_state: int = CLOUD_RANDOM_STATE, width: int = CLOUD_WIDTH, height: int = CLOUD_HEIGHT) -> WordCloud:
    """Lay out a word cloud from the project's own counts (never wordcloud's tokenizer).

    Font size is proportional to the weight (relative_scaling=1), every word is horizontal, the
    layout is fixed by ``random_state`` and the colour of each word comes from ``colours`` (no
    random colour). Words are placed in the order given for equal weights. Raises ValueError if
    the font lacks a character.
    """
    missing = missing_glyphs(list(frequencies))
    if missing:
        raise ValueError(f"the CJK font cannot draw {''.join(missing)!r}: the cloud would show boxes")
    lookup = colours or {}
    cloud = WordCloud(
        font_path=str(cjk_font_path()), width=width, height=height, mask=mask, background_color="white",
        prefer_horizontal=1.0, relative_scaling=1.0, random_state=random_state, max_words=max_words, margin=4,
        min_font_size=8, collocations=False, include_numbers=True, normalize_plurals=False,
        color_func=lambda word, **_: lookup.get(word, default_colour),
    )
    return cloud.generate_from_frequencies(dict(frequencies), max_font_size=max_font_size)


def word_cloud(frequencies: dict[str, float], *, ax: Axes | None = None, legend: dict[str, str] | None = None,
               title: str = "", **layout: object) -> Axes:
    """Draw a word cloud (see ``cloud_layout`` for the options) with an optional colour legend.

    With no word of positive weight it draws ``empty_state`` instead: wordcloud itself refuses.
    """
    ax = _axes(ax, (9, 5.4))
    if not any(weight > 0 for weight in frequencies.values()):
        return empty_state(ax, message="无词可画 no terms to draw", title=title)
    cloud = cloud_layout(frequencies, **layout)
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    ax.set_title(title)
    if legend:
        handles = [Patch(facecolor=colour, label=label) for label, colour in legend.items()]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=min(len(handles), 5),
                  frameon=False, fontsize=9)
    return ax


def largest_words(frequencies: dict[str, float], *, top: int = 10, **layout: object) -> pd.DataFrame:
    """The ``top`` largest words of the cloud ``cloud_layout`` lays out, largest first.

    Columns: ``cloud word``, ``count`` (its weight), ``font size``. Empty when there is no word to lay out.
    """
    columns = ["cloud word", "count", "font size"]
    if not any(weight > 0 for weight in frequencies.values()):
        return pd.DataFrame(columns=columns)
    cloud = cloud_layout(frequencies, **layout)
    return pd.DataFrame([(word, frequencies[word], size) for (word, _), size, *_ in cloud.layout_[:top]], columns=columns)


def section_clouds(counts: pd.DataFrame, titles: dict[int, str], *, top: int = 40, max_font: int = 90,
                   title: str = "") -> Figure:
    """One word cloud per part, two to a row, on one scale: the largest font of each panel is its top
    count against the largest top count of any part, so equal counts draw equal sizes everywhere.

    ``counts`` is terms × parts (``section_frequencies(..., relative=False)``); ``titles`` names each
    part. With no part, or no term, it draws one empty panel.
    """
    parts = [part for part in counts.columns if (counts[part] > 0).any()]
    rows = max(1, (len(parts) + 1) // 2)
    fig, axes = subplots(rows, 2, figsize=(13, 3.4 * rows))
    peak = max((int(counts[part].max()) for part in parts), default=1)
    for ax, part in zip(axes.flat, parts, strict=False):
        column = counts[part][counts[part] > 0].sort_values(ascending=False, kind="stable").head(top)
        word_cloud(column.to_dict(), ax=ax, default_colour=section_colour(part),
                   width=600, height=330, max_font_size=max(12, round(max_font * column.iloc[0] / peak)),
                   title=titles.get(int(part), str(part)))
    if not parts:
        empty_state(axes.flat[0], message="无词可画 no terms to draw")
    for ax in axes.flat[max(1, len(parts)):]:
        ax.set_axis_off()
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def coin_mask(*, size: int = 800) -> np.ndarray:
    """A word-cloud mask drawn in code: a round coin with a square hole (铜钱), black where words go."""
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    margin, hole = size * 0.02, size * 0.13
    draw.ellipse((margin, margin, size - margin, size - margin), fill=0)
    draw.rectangle((size / 2 - hole, size / 2 - hole, size / 2 + hole, size / 2 + hole), fill=255)
    return np.array(image)


def phrase_pairs(pattern: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Headline and sub-headings as stacked bars of their two phrases, in characters: the first
    phrase, the second phrase, and the quoted metaphor that closes it; each segment labelled with
    its text. ``pattern`` is ``helpers.rhetoric.heading_pattern``."""
    ax = _axes(ax, (11, 0.75 * len(pattern) + 1.4))
    if pattern.empty:
        return empty_state(ax)
    colours = (SECTION_COLOURS[5], SECTION_COLOURS[2], SECTION_COLOURS[6])
    for row, (_, p) in enumerate(pattern.iterrows()):
        y = len(pattern) - 1 - row
        quoted = f"“{p['quoted']}”" if p["ends_with_quote"] else ""
        second = p["second"][: len(p["second"]) - len(quoted)] if quoted and p["second"] else p["second"]
        x = 0
        for text, colour in zip((p["first"], second, quoted), colours, strict=True):
            if not text:
                continue
            ax.barh(y, len(text), left=x, color=colour, edgecolor="white", height=0.7)
            ax.text(x + len(text) / 2, y, text, ha="center", va="center", fontsize=9, color="white")
            x += len(text)
    ax.set_yticks(range(len(pattern)), list(pattern["kind"])[::-1])
    ax.set_xlabel("字符 characters")
    handles = [Patch(facecolor=c, label=lab) for c, lab in zip(
        colours, ("第一短语 first phrase", "第二短语 second phrase", "引号隐喻 quoted metaphor"), strict=True)]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=3, frameon=False, fontsize=9)
    return ax


def subplots(rows: int = 1, cols: int = 1, *, figsize: tuple[float, float]) -> tuple[Figure, np.ndarray]:
    """A figure with a rows × cols grid of Axes (always a 2-D array), for small multiples."""
    fig, axes = plt.subplots(rows, cols, figsize=figsize, squeeze=False)
    return fig, axes


def stacked_bars(table: pd.DataFrame, *, ax: Axes | None = None, xlabel: str = "", ylabel: str = "",
                 title: str = "", legend_title: str = "") -> Axes:
    """One bar per row of ``table``, stacked by column, with a legend of the columns."""
    ax = _axes(ax, (9, 4.5))
    bottom = np.zeros(len(table))
    labels = [str(i) for i in table.index]
    for i, column in enumerate(table.columns):
        values = table[column].to_numpy(dtype=float)
        ax.bar(labels, values, bottom=bottom, color=SECTION_COLOURS[(i + 1) % len(SECTION_COLOURS)], label=str(column))
        bottom += values
    ax.set_ylim(0, max([1.0, *bottom]) * 1.1)
    if table.empty:
        ax.text(0.5, 0.5, EMPTY_MESSAGE, transform=ax.transAxes, ha="center", va="center", color="#777777")
    ax.tick_params(axis="x", rotation=20)
    if len(table.columns):
        ax.legend(title=legend_title, frameon=False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return ax


def keyness_chart(table: pd.DataFrame, *, top: int = 15, ax: Axes | None = None, title: str = "") -> Axes:
    """The ``top`` terms of a ``keyness.keyness`` table by log-odds z, as bars, each labelled with its
    counts (article / reference) and G². Bars beyond z = 1.96 are coloured; the rest are grey."""
    rows = table.head(top)
    ax = _axes(ax, (8, 0.38 * max(len(rows), 3) + 1.4))
    if rows.empty:
        return empty_state(ax, title=title)
    y = np.arange(len(rows))[::-1]
    colours = ["#D55E00" if z > 1.96 else "#BBBBBB" for z in rows["z"]]
    ax.barh(y, rows["z"].to_numpy(), color=colours)
    ax.set_yticks(y, rows["term"].tolist())
    for yi, (_, r) in zip(y, rows.iterrows(), strict=True):
        ax.annotate(f"{r['count']} / {r['reference']}  G²={r['log_likelihood']:.1f}", (max(r["z"], 0), yi),
                    textcoords="offset points", xytext=(4, 0), va="center", fontsize=8, color="#444444")
    ax.axvline(1.96, color="#777777", linestyle=":", linewidth=1)
    ax.set_xlim(min(0.0, float(rows["z"].min()) * 1.1), float(rows["z"].max()) * 1.45 + 0.5)
    ax.set_xlabel("加权对数优势比 z (Monroe et al. 2008)  weighted log-odds z")
    ax.set_title(title)
    return ax


def corpus_glance(articles: pd.DataFrame, *, top_outlets: int = 12) -> Figure:
    """Four small charts of a corpus: articles per outlet, per year, their sizes, their copy shapes."""
    fig, axes = subplots(2, 2, figsize=(12, 8))
    outlets = articles["outlet"].replace("", "(none)").value_counts()
    outlets = outlets.sort_index().sort_values(ascending=False, kind="stable").head(top_outlets)
    bar_chart(outlets, ax=axes[0, 0], horizontal=True, xlabel="篇数 articles", title=f"来源 outlets (top {top_outlets})")
    years = articles["date"].fillna("").str.slice(0, 4)
    undated = int(years.eq("").sum())
    per_year = years[years.ne("")].value_counts().sort_index()
    bar_chart(per_year, ax=axes[0, 1], xlabel="年份 year", ylabel="篇数 articles",
              title=f"发表年份 publication year ({undated} undated)")
    axes[0, 1].tick_params(axis="x", rotation=60, labelsize=8)
    chars = articles["chars"].to_numpy()
    if len(chars):
        axes[1, 0].hist(chars, bins=min(20, max(len(chars) // 2, 1)), color=SECTION_COLOURS[2])
        axes[1, 0].set_xlabel("正文字数 characters of text")
        axes[1, 0].set_ylabel("篇数 articles")
        axes[1, 0].set_title("篇幅 sizes")
    else:
        empty_state(axes[1, 0], title="篇幅 sizes")
    shapes = articles["shape"].value_counts().sort_index()
    bar_chart(shapes, ax=axes[1, 1], xlabel="排版形态 copy shape", ylabel="篇数 articles", title="排版形态 copy shapes")
    for ax, axis in ((axes[0, 0], "x"), (axes[0, 1], "y"), (axes[1, 0], "y"), (axes[1, 1], "y")):
        getattr(ax, f"{axis}axis").set_major_locator(MaxNLocator(integer=True))  # articles are counted whole
    fig.tight_layout()
    return fig


def trend_lines(rates: pd.DataFrame, *, ax: Axes | None = None, ylabel: str = "", title: str = "") -> Axes:
    """One line per column of ``rates`` over its index (periods in order), with a marker at each period.
    Years are placed on a numeric axis, so a gap of years shows as a gap; other periods are evenly spaced."""
    ax = _axes(ax, (10, 4.5))
    if rates.empty or rates.shape[1] == 0:
        return empty_state(ax, title=title)
    years = pd.to_numeric(pd.Series([str(i) for i in rates.index]), errors="coerce")
    x = years.to_numpy() if years.notna().all() else np.arange(len(rates))
    for i, column in enumerate(rates.columns):
        ax.plot(x, rates[column].to_numpy(), marker="o", linewidth=1.5, markersize=4,
                color=SECTION_COLOURS[1 + i % (len(SECTION_COLOURS) - 1)], label=str(column))
    ax.set_xticks(x, [str(i) for i in rates.index], rotation=60, fontsize=8)
    ax.set_xlabel(str(rates.index.name or ""))
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=9, ncol=min(5, rates.shape[1]))
    ax.grid(axis="y", alpha=0.3)
    return ax


#: Scales for a money axis: values shown in 亿 or 万 of their unit where they reach them.
MONEY_SCALES = ((1e8, "亿"), (1e4, "万"))


def _axis_scale(values: pd.Series, unit: str) -> tuple[float, str]:
    """(divisor, unit label) for an axis of ``values``: 2091.05亿元 reads as 2,091 on an axis in 亿元, not
    as 2.1 with an offset of 1e11; other units are shown as stated."""
    top = float(values.abs().max()) if len(values) else 0.0
    if unit.endswith("元") and "/" not in unit:
        for divisor, word in MONEY_SCALES:
            if top >= divisor:
                return divisor, f"{word}{unit}"
    return 1.0, unit


def figure_tracks(points: pd.DataFrame, *, highlight: str = "", cols: int = 2, max_panels: int = 6) -> Figure:
    """Small multiples, one per tracked quantity (about, unit): each stated value at its date, labelled
    with its article; a hollow marker where the date is the article's publication date, not its ``as_of``.
    Points of article ``highlight`` (a doc_id) are drawn in orange. Money is shown in 亿 or 万 of its unit.
    A label that would overlap one already placed is tried a little higher or lower, then left out, and
    the panel says how many points it leaves unlabelled (every point is in the table beside the chart).
    ``points`` as ``tracked_figures``."""
    groups = list(dict.fromkeys(zip(points["about"], points["unit"], strict=True)))[:max_panels]
    rows = max(1, -(-len(groups) // cols))
    fig, axes = subplots(rows, cols, figsize=(6 * cols, 3.4 * rows))
    flat = axes.ravel()
    if not groups:
        empty_state(flat[0], title="同一指标 same quantity in ≥ 2 articles")
    panels = []
    for ax, (about, unit) in zip(flat, groups, strict=False):
        group = points[(points["about"] == about) & (points["unit"] == unit)]
        divisor, shown_unit = _axis_scale(group["value"], unit)
        dates = pd.to_datetime(group["date"])
        marks = [(when, p["value"] / divisor, "#D55E00" if p["doc_id"] == highlight else "#0072B2",
                  f"{p['surface']} · {str(p['doc_id'])[:18]}")
                 for (_, p), when in zip(group.iterrows(), dates, strict=True)]
        for (when, value, colour, _), dated in zip(marks, group["dated_by"], strict=True):
            ax.plot([when], [value], marker="o", markersize=7, linestyle="", color=colour,
                    markerfacecolor=colour if dated == "as_of" else "white")
        ax.set_title(f"{about}（{unit}）", fontsize=10)
        ax.set_ylabel(f"数值 value ({shown_unit})")
        ax.grid(alpha=0.3)
        ax.tick_params(axis="x", rotation=30, labelsize=8)
        span = dates.max() - dates.min()
        pad = max(span * 0.25, pd.Timedelta(days=20))
        ax.set_xlim(dates.min() - pad, dates.max() + pad * 2)
        panels.append((ax, marks))
    for ax in flat[len(groups) or 1:]:
        ax.set_visible(False)
    fig.tight_layout()
    renderer = fig.canvas.get_renderer()
    for ax, marks in panels:  # labels last, placed against the final layout
        placed, left_out = [], 0
        for when, value, colour, text in marks:
            for dy in (4, -10, 14, -20):
                label = ax.annotate(text, (when, value), textcoords="offset points", xytext=(6, dy), fontsize=7,
                                    color=colour)
                box = label.get_window_extent(renderer)
                if not any(box.overlaps(other) for other in placed):
                    placed.append(box)
                    break
                label.remove()
            else:
                left_out += 1
        if left_out:  # said in the title, where no point can hide it
            ax.set_title(f"{ax.get_title()}  ·  {left_out} 点未标注 unlabelled, see table", fontsize=10)
    return fig
