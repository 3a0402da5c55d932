"""Tables that describe the article's structure: outline, per-section sizes, pull quotes."""

from __future__ import annotations

import pandas as pd

from helpers.article import Article
from helpers.chinese import han_count

#: Columns of ``section_summary``.
SUMMARY_COLUMNS = ("section", "heading", "paragraphs", "sentences", "chars", "han", "mean_sentence_chars")


def outline(article: Article) -> str:
    """The article's outline as indented text: header, lead, sections with their paragraph counts."""
    lines = []
    for label, value in (("栏目 banner", article.banner), ("专栏 column", article.column),
                         ("标题 headline", article.headline)):
        if value:
            lines.append(f"{label}: {value}")
    if article.byline:
        place = article.byline.place or "—"
        lines.append(f"署名 byline: {article.byline.outlet} / {'、'.join(article.byline.reporters)} / {place}")
    lines.append(f"导语 lead: {len(article.lead)} paragraphs")
    for section in article.sections:
        lines.append(f"{section.number}. {section.heading}  ({len(section.paragraphs)} paragraphs)")
        if section.pull_quote:
            lines.append(f"   引语 pull quote: {section.pull_quote.text}")
    for caption in article.captions:
        lines.append(f"图片说明 caption (section {caption.section}, after paragraph {caption.after_paragraph}): "
                     f"{caption.text} [{caption.credit}]")
    return "\n".join(lines)


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


def size_ledger(article: Article) -> pd.DataFrame:
    """Raw versus clean size, step by step, in visible (non-space) characters.

    Rows: the raw file, minus removed layout duplicates, minus characters dropped at caption
    overlaps, equals every clean block; then the counted ``text`` (without banner, column,
    byline, credit and pull quotes). ``check`` is True where the arithmetic closes.
    """
    raw = _visible(article.raw_text)
    removed = sum(_visible(t) for t in article.removed)
    overlaps = sum(1 for r in article.repairs if r.kind == "overlap")
    clean = sum(_visible(b.text) for b in article.blocks)
    counted = _visible(article.text)
    rows = [
        ("raw file (all characters, white space included)", len(article.raw_text)),
        ("raw file (visible characters)", raw),
        ("− removed layout duplicates", -removed),
        ("− repeated characters dropped at caption breaks", -overlaps),
        ("= clean article, every block", clean),
        ("counted text (Article.text)", counted),
    ]
    frame = pd.DataFrame(rows, columns=["step", "chars"])
    frame["check"] = [None, None, None, None, raw - removed - overlaps == clean, None]
    return frame
