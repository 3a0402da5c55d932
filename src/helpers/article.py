"""The Article record and ``load_article``: a raw news feature in, a clean structured article out."""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from helpers.chinese import Span, split_sentences
from helpers.errors import StructureWarning
from helpers.layout import REFERENCES_REMOVED, Byline, Caption, Repair, Section, analyse
from helpers.matter import publication_date
from helpers.metadata import name_date
from helpers.paths import SEED_ARTICLE
from helpers.reading import read_lines

#: Block kinds whose text is part of ``Article.text``: what the author wrote, once each.
#: Kicker, subtitle and standfirst are shown in ``blocks`` but not counted: they restate the article.
COUNTED_KINDS = ("headline", "lead", "heading", "paragraph", "caption")

#: Columns of ``Article.to_frame()``.
BLOCK_COLUMNS = ("order", "kind", "section", "heading", "paragraph", "text", "chars", "sentences", "counted")


@dataclass(frozen=True)
class TextBlock:
    """One block of the article in reading order.

    ``section`` is 0 for the lead (and the caption of a lead paragraph), 1.. for sections, and
    None for the header (banner, column, headline, byline). ``paragraph`` numbers paragraphs
    within their section from 1; a caption carries the number of the paragraph it interrupted.
    """

    # banner | column | kicker | headline | subtitle | byline | standfirst | lead | heading | pull_quote
    # | paragraph | caption | credit
    kind: str
    section: int | None
    paragraph: int | None
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of ``Article.text`` with its place in the article."""

    kind: str
    section: int | None
    paragraph: int | None
    number: int  # 1-based within its block
    text: str
    start: int  # offsets into Article.text
    end: int


@dataclass(frozen=True)
class Article:
    """A clean, structured news feature with the audit trail of every repair made to it."""

    path: Path
    encoding: str
    raw_text: str
    banner: str | None
    column: str | None
    headline: str | None
    byline: Byline | None
    lead: tuple[str, ...]
    sections: tuple[Section, ...]
    captions: tuple[Caption, ...]
    repairs: tuple[Repair, ...]
    removed: tuple[str, ...]
    normalisation: dict[str, int]
    warnings: tuple[str, ...]
    shape: str = "page"  # page | indented | single | wrapped: the kind of copy, see ``layout.detect_shape``
    kicker: str | None = None
    subtitle: str | None = None
    standfirst: tuple[str, ...] = ()
    matter: tuple[str, ...] = ()  # front and back matter lines removed (原标题, 来源, 责任编辑 …)
    byline_lines: tuple[str, ...] = ()  # the byline lines as printed (one per section in some copies)
    markup_removed: str = ""  # Markdown marks and HTML entities the reader took out
    markup_added: str = ""  # the characters those entities stood for

    @cached_property
    def blocks(self) -> tuple[TextBlock, ...]:
        """Every block in reading order; a caption and its credit follow the paragraph they interrupted."""
        out: list[TextBlock] = []
        for kind, text in (("banner", self.banner), ("column", self.column), ("kicker", self.kicker),
                           ("headline", self.headline), ("subtitle", self.subtitle)):
            if text:
                out.append(TextBlock(kind, None, None, text))
        out.extend(TextBlock("byline", None, None, text) for text in self.byline_lines)
        out.extend(TextBlock("standfirst", None, None, text) for text in self.standfirst)
        self._add_paragraphs(out, 0, "lead", self.lead)
        for section in self.sections:
            out.append(TextBlock("heading", section.number, None, section.heading))
            if section.pull_quote:
                out.append(TextBlock("pull_quote", section.number, None, section.pull_quote.text))
            self._add_paragraphs(out, section.number, "paragraph", section.paragraphs)
        return tuple(out)

    def _add_paragraphs(self, out: list[TextBlock], section: int, kind: str, paragraphs: tuple[str, ...]) -> None:
        self._add_captions(out, section, 0)  # captions standing before the part's first paragraph
        for number, text in enumerate(paragraphs, start=1):
            out.append(TextBlock(kind, section, number, text))
            self._add_captions(out, section, number)

    def _add_captions(self, out: list[TextBlock], section: int, number: int) -> None:
        for caption in self.captions:
            if caption.section == section and caption.after_paragraph == number:
                if caption.text:  # a credit alone: a picture whose caption the copy does not hold
                    out.append(TextBlock("caption", section, number or None, caption.text))
                if caption.credit:
                    out.append(TextBlock("credit", section, number or None, caption.credit))

    @cached_property
    def text(self) -> str:
        """The clean running text used for counting, one block a line, in reading order.

        It holds the headline, the lead, every sub-heading and paragraph, and the photo captions:
        what the author wrote, once each. It leaves out the banner and column label (series
        labels, not this article), the byline and photo credit, the pull quotes (each repeats a
        sentence of its section) and the removed layout duplicates.
        """
        return "\n".join(b.text for b in self.blocks if b.kind in COUNTED_KINDS)

    @cached_property
    def _block_sentences(self) -> tuple[list[Span], ...]:
        """``split_sentences`` of each block of ``blocks``, split once for ``sentences`` and ``block_rows``."""
        return tuple(split_sentences(b.text) for b in self.blocks)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences of ``text`` with section, paragraph and offsets into ``text``."""
        out: list[Sentence] = []
        offset = 0
        for block, spans in zip(self.blocks, self._block_sentences, strict=True):
            if block.kind not in COUNTED_KINDS:
                continue
            for number, span in enumerate(spans, start=1):
                out.append(Sentence(block.kind, block.section, block.paragraph, number, span.text,
                                    offset + span.start, offset + span.end))
            offset += len(block.text) + 1
        return tuple(out)

    @cached_property
    def published(self) -> dt.date | None:
        """The date the article was published: the one its file's name gives (``outlet-YYYYMMDD-slug.txt``, as the
        corpus reads it: ``metadata.name_date``), else the one the copy's own matter gives (a portal's stamp, an
        archive record's date, an e-paper's edition: ``matter.publication_date``), else None. What the text counts
        from the writing (今年, 去年) and a month it states no year for are read against it."""
        named = name_date(self.path)
        if named is not None:
            return named
        cited = {r.before for r in self.repairs if r.note == REFERENCES_REMOVED}  # (a work cited: its own date)
        found = publication_date([line for line in self.matter if line not in cited])
        try:
            return dt.date(*found) if found else None
        except ValueError:  # 2月30日: no such day
            return None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Lead and section paragraphs in reading order."""
        return self.lead + tuple(p for s in self.sections for p in s.paragraphs)

    def section_title(self, number: int | None) -> str:
        """A short label for a section number: 导语 (lead) for 0, the heading for 1.., 标题 for None."""
        if number is None:
            return "标题"
        if number == 0:
            return "导语"
        return self.sections[number - 1].heading

    def to_frame(self) -> pd.DataFrame:
        """One row per block in reading order.

        Columns: ``order`` (0..), ``kind``, ``section`` (0 lead, 1.. sections, <NA> header),
        ``heading`` (section heading, 导语 for the lead), ``paragraph`` (1-based within its
        section), ``text``, ``chars`` (characters), ``sentences``, ``counted`` (part of ``text``).
        """
        frame = pd.DataFrame(self.block_rows(), columns=list(BLOCK_COLUMNS))
        return frame.astype({"section": "Int64", "paragraph": "Int64"})

    def block_rows(self) -> list[dict[str, object]]:
        """The rows of ``to_frame`` as dicts (for callers that build one table for many articles)."""
        return [
            {
                "order": order,
                "kind": b.kind,
                "section": b.section,
                "heading": self.section_title(b.section),
                "paragraph": b.paragraph,
                "text": b.text,
                "chars": len(b.text),
                "sentences": len(spans),
                "counted": b.kind in COUNTED_KINDS,
            }
            for order, (b, spans) in enumerate(zip(self.blocks, self._block_sentences, strict=True))
        ]

    def ledger(self) -> dict[str, int | bool]:
        """Where every visible character of the raw file went: nothing the author wrote is lost.

        ``raw`` (visible characters of the file) = ``markup`` (Markdown marks, HTML entities, less
        what the entities stood for; zero-width characters;
        what NFC changed, less what it made of it) + ``removed`` (matter lines, layout duplicates, repeated
        characters at caption breaks, archive labels: every removal in the repair log) + ``blocks``
        (every block of ``blocks``: header, byline lines, standfirst, paragraphs, pull quotes,
        captions, credits). ``closes`` says whether the two sides hold the same characters, each
        as often: compared as multisets, since captions move; the order within each block is
        checked by the tests that re-lay and reload an article.

        >>> load_article().ledger()["closes"]
        True
        """
        removed_text = "".join(r.removed for r in self.repairs)
        blocks_text = "".join(b.text for b in self.blocks)
        # raw + added == blocks + removed + markup as multisets of visible characters: each side counted
        # once from its joined text (in C), white space taken out, compared as plain dicts (no zero counts)
        left = Counter(self.raw_text + self.markup_added)
        right = Counter(blocks_text + removed_text + self.markup_removed)
        spaces = [ch for ch in left.keys() | right.keys() if ch.isspace()]
        for ch in spaces:
            left.pop(ch, None)
            right.pop(ch, None)

        def visible(text: str) -> int:
            return len(text) - sum(text.count(ch) for ch in spaces)

        added = visible(self.markup_added)
        return {"raw": visible(self.raw_text), "markup": visible(self.markup_removed) - added,
                "removed": visible(removed_text), "blocks": visible(blocks_text), "closes": dict.__eq__(left, right)}

    def repairs_frame(self) -> pd.DataFrame:
        """The repair log: one row per repair with kind, source lines, before, after and a note."""
        return pd.DataFrame(self.repair_rows(), columns=["kind", "lines", "first_line", "before", "after", "note"])

    def repair_rows(self) -> list[dict[str, object]]:
        """The rows of ``repairs_frame`` as dicts."""
        return [
            {"kind": r.kind, "lines": "–".join(map(str, (r.lines[0], r.lines[-1]))) if len(r.lines) > 1 else str(r.lines[0]),
             "first_line": r.lines[0], "before": r.before, "after": r.after, "note": r.note}
            for r in self.repairs
        ]

    def sentences_frame(self) -> pd.DataFrame:
        """One row per sentence of ``text``: kind, section, paragraph, number, text, chars, start, end."""
        rows = [
            {"kind": s.kind, "section": s.section, "paragraph": s.paragraph, "number": s.number,
             "text": s.text, "chars": len(s.text), "start": s.start, "end": s.end}
            for s in self.sentences
        ]
        frame = pd.DataFrame(rows, columns=["kind", "section", "paragraph", "number", "text", "chars", "start", "end"])
        return frame.astype({"section": "Int64", "paragraph": "Int64"})


def load_article(path: Path | str | None = None, *, data: bytes | None = None) -> Article:
    """Load, repair and structure a news feature (default: the seed article).

    Raises FileNotFoundError for a missing file; ``EmptyArticleError``, ``BinaryArticleError`` or
    ``UndecodableArticleError`` (all ``ArticleError``, a ValueError) for a file that is not
    article text. ``data``, where given, is the article's bytes, not read from ``path``, which then
    only names it (an article from a zip or a JSON Lines file). Emits ``StructureWarning`` where the
    feature's structure is missing (no byline, no sub-headings); the article then loads with what was
    found. The file is only read.

    >>> article = load_article()
    >>> article.byline.reporters
    ('张漫游',)
    """
    path = Path(path) if path is not None else SEED_ARTICLE
    read = read_lines(path, data=data)
    layout = analyse(read.lines)
    for message in layout.warnings:
        warnings.warn(f"{path.name}: {message}", StructureWarning, stacklevel=2)
    return Article(
        path=path,
        encoding=read.encoding,
        raw_text=read.raw_text,
        banner=layout.banner,
        column=layout.column,
        headline=layout.headline,
        byline=layout.byline,
        lead=tuple(b.text for b in layout.lead),
        sections=tuple(layout.sections),
        captions=tuple(layout.captions),
        repairs=tuple(layout.repairs),
        removed=tuple(b.text for b in layout.removed),
        normalisation=dict(read.normalisation),
        warnings=tuple(layout.warnings),
        shape=layout.shape,
        kicker=layout.kicker,
        subtitle=layout.subtitle,
        standfirst=tuple(b.text for b in layout.standfirst),
        matter=tuple(b.text for b in layout.matter),
        byline_lines=tuple(b.text for b in layout.bylines),
        markup_removed=read.markup_removed,
        markup_added=read.markup_added,
    )
