"""Tables that describe the article's structure: outline, per-section sizes, pull quotes."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from helpers.article import Article
from helpers.chinese import han_count

#: Columns of ``section_summary``.
SUMMARY_COLUMNS = ("section", "heading", "paragraphs", "sentences", "chars", "han", "mean_sentence_chars")


def outline(article: Article) -> str:
    """The article's outline as text: kind of copy, header, byline, standfirst, lead, sections with
    their paragraph counts, captions, and how many matter lines were removed.

    >>> from helpers import load_article
    >>> print(outline(load_article()).splitlines()[0])
    版式 copy: page
    """
    lines = [f"版式 copy: {article.shape}"]
    for label, value in (("栏目 banner", article.banner), ("专栏 column", article.column), ("引题 kicker", article.kicker),
                         ("标题 headline", article.headline), ("副题 subtitle", article.subtitle)):
        if value:
            lines.append(f"{label}: {value}")
    if article.byline:
        place = article.byline.place or "—"
        kind = "电头 dateline" if article.byline.dateline else "署名 byline"
        lines.append(f"{kind}: {article.byline.outlet or '—'} / {'、'.join(article.byline.reporters)} / {place}")
    for text in article.standfirst:
        lines.append(f"提要 standfirst: {text}")
    lines.append(f"导语 lead: {len(article.lead)} paragraphs")
    for section in article.sections:
        lines.append(f"{section.number}. {section.heading}  ({len(section.paragraphs)} paragraphs)")
        if section.pull_quote:
            lines.append(f"   引语 pull quote: {section.pull_quote.text}")
    for caption in article.captions:
        credit = f" [{caption.credit}]" if caption.credit else ""
        lines.append(f"图片说明 caption (section {caption.section}, after paragraph {caption.after_paragraph}): "
                     f"{caption.text}{credit}")
    if article.matter:
        lines.append(f"删除的附属信息 matter removed: {len(article.matter)} lines")
    return "\n".join(lines)


def section_titles(article: Article, sections: Iterable[object]) -> list[str]:
    """``Article.section_title`` for each value of a ``section`` column, <NA> (the header) included.

    >>> from helpers import load_article
    >>> section_titles(load_article(), [0, pd.NA])
    ['导语', '标题']
    """
    return [article.section_title(None if pd.isna(s) else int(s)) for s in sections]


def section_summary(article: Article) -> pd.DataFrame:
    """Paragraphs, sentences and characters per part: 导语 (lead, section 0) then each section.

    Counts cover paragraphs only (not headings, pull quotes or captions). ``chars`` counts every
    character, ``han`` only Chinese characters; ``mean_sentence_chars`` is chars per sentence.
    """
    rows = []
    sentences = article.sentences_frame()
    parts = [(0, article.lead)] + [(s.number, s.paragraphs) for s in article.sections]
    for number, paragraphs in parts:
        kind = "lead" if number == 0 else "paragraph"
        n_sentences = int(((sentences["section"] == number) & (sentences["kind"] == kind)).sum())
        chars = sum(len(p) for p in paragraphs)
        rows.append({
            "section": number,
            "heading": article.section_title(number),
            "paragraphs": len(paragraphs),
            "sentences": n_sentences,
            "chars": chars,
            "han": sum(han_count(p) for p in paragraphs),
            "mean_sentence_chars": round(chars / n_sentences, 1) if n_sentences else 0.0,
        })
    return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))


def pull_quotes_frame(article: Article) -> pd.DataFrame:
    """Each pull quote, the paragraph of its section that repeats it, and the repeated sentence."""
    rows = []
    for section in article.sections:
        quote = section.pull_quote
        if quote is None:
            continue
        paragraph = section.paragraphs[quote.paragraph - 1] if quote.paragraph else ""
        rows.append({
            "section": section.number,
            "heading": section.heading,
            "pull_quote": quote.text,
            "repeats_paragraph": quote.paragraph,
            "offset": quote.offset,
            "exact": quote.exact,
            "position": round(quote.offset / len(paragraph), 2) if paragraph else None,
        })
    return pd.DataFrame(rows, columns=["section", "heading", "pull_quote", "repeats_paragraph", "offset", "exact", "position"])


def map_frame(article: Article) -> pd.DataFrame:
    """``Article.to_frame()`` with a ``repeats`` column: for a pull quote, the paragraph it repeats."""
    frame = article.to_frame()
    repeats = {s.number: s.pull_quote.paragraph for s in article.sections if s.pull_quote}
    frame["repeats"] = [
        repeats.get(section) if kind == "pull_quote" else None
        for kind, section in zip(frame["kind"], frame["section"], strict=True)
    ]
    frame["repeats"] = frame["repeats"].astype("Int64")
    return frame


def _visible(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


#: The removals of ``size_ledger``, by repair kind: (kind, label).
LEDGER_REMOVALS = (
    ("matter", "− front and back matter lines (来源, 责任编辑, stamps, navigation …)"),
    ("duplicate", "− layout duplicates"),
    ("overlap", "− repeated characters dropped at caption breaks"),
    ("label", "− archive field labels"),
)


def size_ledger(article: Article) -> pd.DataFrame:
    """Raw versus clean size, step by step, in visible (non-space) characters.

    Rows (``step`` is a stable key, ``label`` says it in words): ``raw_all`` the file with white
    space, ``raw`` its visible characters, ``markup`` Markdown marks and HTML entities, one row per
    kind of logged removal (``matter``, ``duplicate``, ``overlap``, ``label``), ``clean`` every
    block of the article, ``counted`` the counted ``text`` (without page labels, byline, credits,
    pull quotes and standfirst). ``check`` on the ``clean`` row says whether raw minus markup minus
    removals equals the clean article character for character (``Article.ledger``); it is blank
    on the other rows.
    """
    ledger = article.ledger()
    removed = {kind: sum(_visible(r.removed) for r in article.repairs if r.kind == kind) for kind, _ in LEDGER_REMOVALS}
    rows = [
        ("raw_all", "raw file (all characters, white space included)", len(article.raw_text)),
        ("raw", "raw file (visible characters)", ledger["raw"]),
        ("markup", "− Markdown marks and HTML entities", -ledger["markup"]),
        *((kind, label, -removed[kind]) for kind, label in LEDGER_REMOVALS),
        ("clean", "= clean article, every block", ledger["blocks"]),
        ("counted", "counted text (Article.text)", _visible(article.text)),
    ]
    frame = pd.DataFrame(rows, columns=["step", "label", "chars"])
    verdict = "closes" if ledger["closes"] else "does not close"
    frame["check"] = [verdict if step == "clean" else "" for step in frame["step"]]
    return frame
