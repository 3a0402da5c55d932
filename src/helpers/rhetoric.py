"""Rhetoric of policy reporting: quoted phrases and their kinds, 《titles》, and the heading pattern.

Quoted spans (“…”) are classified by these rules, first match wins:

1. ``quotation`` – words of a document or speaker: the span follows a verb of saying
   (提出, 要求, 强调, 指出, 明确, 表示, 认为; a colon may stand between), or it is long (15
   characters or more) and holds clause punctuation (，；).
2. ``metaphor_slogan`` (numbered formulation) – a short span holding a numeral: 三会一课, 十五五,
   第一议题, 1对N.
3. ``programme`` – a named programme, product, activity or mechanism: the span ends like a
   product name (…贷, …宝, …通, …计划, …工程), or a programme noun follows the closing quote
   (服务总队, 活动, 板块, 制度, 品牌, 产品, 方案, 平台, 专项). A phrase that is a programme once
   is a programme at every occurrence (“书记面对面”活动 … 社区里“书记面对面”的倾听).
4. ``organisation`` – the name of a body: it ends in 小组, 委员会, 中心, 领导小组, 办公室, 部, 局.
5. ``metaphor_slogan`` – a short figurative phrase or slogan: at most 12 characters with no
   clause punctuation (毛细血管, 定盘星, 最后一公里, 放得出), or parallel items of at most six
   characters joined by 、 or + (短、小、频、急; 党建引领+银政联动+场景深耕).
6. ``other`` – anything else.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import pandas as pd

from helpers.article import Article
from helpers.chinese import heading_phrases
from helpers.tokenizer import span_tokens

# A quoted span: “毛细血管”, “短、小、频、急”, “大力发展科技金融、……数字金融”.
RE_QUOTED = re.compile(r"“(?P<inner>[^“”]{1,80})”")
# A title in 《》: 《银行业保险业普惠金融高质量发展实施方案》.
RE_TITLE = re.compile(r"《(?P<inner>[^《》]{1,80})》")
RE_SAYING_BEFORE = re.compile(r"(?:提出|要求|强调|指出|明确|表示|认为|提到|写道)[：:]?$")
RE_PRODUCT_END = re.compile(r"(?:贷|宝|通|计划|工程)$")
RE_PROGRAMME_AFTER = re.compile(r"^(?:服务总队|活动|板块|制度|品牌|产品|方案|平台|专项|特色服务)")
RE_NUMBERED = re.compile(r"[一二三四五六七八九十两0-9]")
RE_PARALLEL = re.compile(r"[^、+，；]{1,6}(?:[、+][^、+，；]{1,6})+")
MAX_NUMBERED_CHARS = 8
RE_ORGANISATION_END = re.compile(r"(?:领导小组|小组|委员会|中心|办公室|部|局)$")
CLAUSE_PUNCT = "，；,;"
MAX_SLOGAN_CHARS = 12
MIN_QUOTATION_CHARS = 15
#: Columns of ``quoted_spans``.
QUOTE_COLUMNS = ("text", "kind", "start", "end", "position", "section", "paragraph", "context")


@dataclass(frozen=True)
class QuotedSpan:
    """A “quoted” phrase of the clean text and what kind of phrase it is."""

    text: str
    kind: str
    start: int  # offsets into Article.text (of the phrase, without the quotes)
    end: int
    position: float  # start / length of the text
    section: int | None
    paragraph: int | None
    context: str


def classify_quote(inner: str, before: str, after: str) -> str:
    """The kind of a quoted phrase given the text just before and after its quotes (see module doc)."""
    if RE_SAYING_BEFORE.search(before) or (len(inner) >= MIN_QUOTATION_CHARS and any(p in inner for p in CLAUSE_PUNCT)):
        return "quotation"
    if len(inner) <= MAX_NUMBERED_CHARS and RE_NUMBERED.search(inner):
        return "metaphor_slogan"
    if RE_PRODUCT_END.search(inner) or RE_PROGRAMME_AFTER.match(after):
        return "programme"
    if RE_ORGANISATION_END.search(inner):
        return "organisation"
    if (len(inner) <= MAX_SLOGAN_CHARS and not any(p in inner for p in CLAUSE_PUNCT)) or RE_PARALLEL.fullmatch(inner):
        return "metaphor_slogan"
    return "other"


def _place(article: Article, offset: int) -> tuple[int | None, int | None]:
    sentence = next((s for s in article.sentences if s.start <= offset < s.end + 1), None)
    return (sentence.section, sentence.paragraph) if sentence else (None, None)


def quoted_spans(article: Article) -> pd.DataFrame:
    """Every “…” span of ``Article.text`` with its kind, place and a little context.

    A quotation that runs on from the one before it (“坚持党的领导”“不折不扣……”) takes that one's
    kind, since the verb of saying stands before the first only.
    """
    text = article.text
    spans: list[QuotedSpan] = []
    previous_end, previous_kind = -2, ""
    for match in RE_QUOTED.finditer(text):
        start, end = match.span("inner")
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 8):match.start()]
        after = text[match.end():match.end() + 6]
        kind = classify_quote(match["inner"], before, after)
        if match.start() == previous_end and previous_kind == "quotation":
            kind = "quotation"
        section, paragraph = _place(article, match.start())
        context = text[max(line_start, match.start() - 10):min(len(text), match.end() + 10)].split("\n")[0]
        spans.append(QuotedSpan(match["inner"], kind, start, end, round(start / len(text), 4), section, paragraph, context))
        previous_end, previous_kind = match.end(), kind
    programmes = {s.text for s in spans if s.kind == "programme"}
    spans = [QuotedSpan(**{**asdict(s), "kind": "programme"}) if s.text in programmes else s for s in spans]
    frame = pd.DataFrame([asdict(s) for s in spans], columns=list(QUOTE_COLUMNS))
    return frame.astype({"section": "Int64", "paragraph": "Int64"})


def titles(article: Article) -> pd.DataFrame:
    """Every 《title》 with the organisation named nearest to it in its sentence (by characters).

    Columns: title, start, section, paragraph, organisation, distance (characters between them;
    <NA> where the sentence names none).
    """
    rows = []
    for sentence in article.sentences:
        found = list(RE_TITLE.finditer(sentence.text))
        if not found:
            continue
        tokens = span_tokens(article.text, sentence.start, sentence.start + len(sentence.text))
        orgs = [t for t in tokens if t.pos == "nt"]
        for match in found:
            def gap(token, match=match):  # noqa: ANN001, ANN202
                if token.end <= match.start():
                    return match.start() - token.end
                if token.start >= match.end():
                    return token.start - match.end()
                return 0
            outside = [t for t in orgs if t.end <= match.start() or t.start >= match.end()]
            nearest = min(outside, key=lambda t: (gap(t), t.start), default=None)
            rows.append({
                "title": match["inner"], "start": sentence.start + match.start(), "section": sentence.section,
                "paragraph": sentence.paragraph, "organisation": nearest.text if nearest else "",
                "distance": gap(nearest) if nearest else None,
            })
    frame = pd.DataFrame(rows, columns=["title", "start", "section", "paragraph", "organisation", "distance"])
    return frame.astype({"section": "Int64", "paragraph": "Int64", "distance": "Int64"})


def heading_pattern(article: Article) -> pd.DataFrame:
    """The headline and sub-headings as pairs of short parallel phrases (split at the first space of
    any kind, ``chinese.heading_phrases``: the same first phrase as the charts' short titles).

    Columns: kind (headline, heading), text, first, second (the two phrases; second is empty
    where there is no space), first_chars, second_chars, first_starts_with (its first two
    characters), ends_with_quote (the second phrase closes on a quoted metaphor: “毛细血管”),
    quoted (that metaphor).
    """
    rows = []
    items = [("headline", article.headline)] if article.headline else []
    items += [("heading", s.heading) for s in article.sections]
    for kind, text in items:
        first, second = heading_phrases(text)
        quoted = re.search(r"“([^”]+)”$", second or first)
        rows.append({
            "kind": kind, "text": text, "first": first, "second": second, "first_chars": len(first),
            "second_chars": len(second), "first_starts_with": first[:2], "ends_with_quote": bool(quoted),
            "quoted": quoted.group(1) if quoted else "",
        })
    return pd.DataFrame(rows, columns=["kind", "text", "first", "second", "first_chars", "second_chars",
                                       "first_starts_with", "ends_with_quote", "quoted"])
