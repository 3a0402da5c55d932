"""Layout repair and structure detection: from normalised lines to the parts of a news feature.

The rules are keyed to the shape of a laid-out Chinese news feature (a byline, short sub-headings
with no sentence punctuation, credit lines ending in 图/摄), never to one article's strings.
Every change to the text is returned as a ``Repair``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from helpers.chinese import ends_paragraph, has_body_punctuation, split_sentences
from helpers.reading import RE_STRAY_SPACE, Line

# A byline: “中经记者 张漫游 北京报道”, “本报记者 张三 李四 上海报道”, “记者 王五 报道”.
RE_BYLINE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{0,8}(?:记者|通讯员))\s*"
    r"(?P<reporters>[\u4e00-\u9fff·]{2,5}(?:[\s、，][\u4e00-\u9fff·]{2,5})*?)"
    r"(?:\s+(?P<place>[\u4e00-\u9fff]{2,8}?))?\s*报道$"
)
# A photo credit line: “中国银行图”, “新华社记者 李四 摄”, “受访者供图”, “图/视觉中国”.
RE_CREDIT = re.compile(r"^(?:图\s*[/／:：]\s*\S.{0,20}|[^，。；！？]{1,24}?(?:\s*[/／]\s*)?(?:摄|供图|图))$")
# An explicit credit marker; a bare “……图” counts as a credit only where it interrupts a paragraph.
RE_EXPLICIT_CREDIT = re.compile(r"(?:摄|供图|[/／]\s*图|图\s*[/／:：])")
# Sub-heading shapes: two parallel phrases split by a space (“党建联建破壁垒 精准滴灌……”), an
# enumeration (“一、”, “（二）”, “3.”), or a closing quote or title mark at the end (“……“安全阀””).
RE_HEADING_SHAPE = re.compile(r"\S \S|^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])|[”》」]$")
# Longest sub-heading, and longest pull quote, in characters.
MAX_HEADING_CHARS = 40
MAX_PULL_QUOTE_CHARS = 80
# A block is a layout duplicate when this share of it repeats earlier body text verbatim.
DUPLICATE_SHARE = 0.8
MIN_DUPLICATE_CHARS = 16
# A pull quote that is not verbatim in its section still counts when a sentence matches this closely.
PULL_QUOTE_MATCH = 0.8


@dataclass(frozen=True)
class Repair:
    """One change made to the text, with the source lines it touched."""

    kind: str  # unwrap | join | caption | overlap | duplicate | stray_space
    lines: tuple[int, ...]
    before: str
    after: str
    note: str = ""


@dataclass
class Block:
    """A working block of text with the source lines it came from."""

    text: str
    lines: tuple[int, ...]
    kind: str = "body"

    @property
    def first_line(self) -> int:
        return self.lines[0]


@dataclass(frozen=True)
class Byline:
    """A parsed byline: outlet label, reporters and the place reported from."""

    text: str
    outlet: str
    reporters: tuple[str, ...]
    place: str | None


@dataclass(frozen=True)
class Caption:
    """A photo caption lifted out of the running text, with its credit and where it stood."""

    text: str
    credit: str
    section: int
    after_paragraph: int
    lines: tuple[int, ...]


@dataclass(frozen=True)
class PullQuote:
    """The short line after a sub-heading that repeats a sentence of its section."""

    text: str
    paragraph: int | None  # 1-based paragraph of the section that holds the repeat
    offset: int | None  # character offset of the repeat in that paragraph
    exact: bool


@dataclass(frozen=True)
class Section:
    """A sub-headed section: heading, pull quote and paragraphs (plain str)."""

    number: int
    heading: str
    pull_quote: PullQuote | None
    paragraphs: tuple[str, ...]
    lines: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)


@dataclass
class Layout:
    """Everything the layout pass found, before it is frozen into an ``Article``."""

    banner: str | None = None
    column: str | None = None
    headline: str | None = None
    byline: Byline | None = None
    lead: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    removed: list[Block] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def is_heading_like(text: str) -> bool:
    """Short and without sentence punctuation: a sub-heading, label or headline."""
    return len(text) <= MAX_HEADING_CHARS and not has_body_punctuation(text)


def parse_byline(text: str) -> Byline | None:
    """Parse “中经记者 张漫游 北京报道” into outlet, reporters and place; None if not a byline."""
    match = RE_BYLINE.match(text)
    if not match:
        return None
    reporters = tuple(r for r in re.split(r"[\s、，]+", match["reporters"]) if r)
    return Byline(text=text, outlet=match["outlet"], reporters=reporters, place=match["place"])


def blocks_from_lines(lines: tuple[Line, ...], *, blank_line_paragraphs: bool) -> tuple[list[Block], list[Repair]]:
    """Group lines into blocks: blank-line separated paragraphs (hard wraps joined) or one per line."""
    if not blank_line_paragraphs:
        return [Block(line.text, (line.number,)) for line in lines], []
    groups: list[list[Line]] = []
    for line in lines:
        credit = bool(RE_CREDIT.match(line.text)) and bool(RE_EXPLICIT_CREDIT.search(line.text))
        if groups and line.number == groups[-1][-1].number + 1 and not credit:
            groups[-1].append(line)
        else:
            groups.append([line])
    blocks, repairs = [], []
    for group in groups:
        text = "".join(line.text for line in group)
        numbers = tuple(line.number for line in group)
        if len(group) > 1:
            repairs.append(Repair("unwrap", numbers, "\n".join(line.text for line in group), text, "hard-wrapped lines joined"))
        blocks.append(Block(text, numbers))
    return blocks, repairs


def split_header(blocks: list[Block], layout: Layout) -> list[Block]:
    """Take banner, column label, headline and byline off the front; return the body blocks."""
    byline_at = next((i for i, b in enumerate(blocks[:8]) if parse_byline(b.text)), None)
    if byline_at is not None:
        header, body = blocks[:byline_at], blocks[byline_at + 1 :]
        layout.byline = parse_byline(blocks[byline_at].text)
    else:
        count = 0
        while count < min(3, len(blocks) - 1) and is_heading_like(blocks[count].text):
            count += 1
        header, body = blocks[:count], blocks[count:]
        layout.warnings.append("no byline found: the lines before the first sentence are taken as the header")
    if header:
        layout.headline = header[-1].text
        rest = header[:-1]
        column = next((b for b in reversed(rest) if len(b.text) <= 8), None)
        if column is not None:
            layout.column = column.text
            rest = [b for b in rest if b is not column]
        if rest:
            layout.banner = " ".join(b.text for b in rest)
    return body


def _join(first: Block, second: Block) -> Block:
    return Block(first.text + second.text, first.lines + second.lines, first.kind)


def lift_captions(body: list[Block], layout: Layout) -> list[Block]:
    """Lift photo captions and credits out of the running text, rejoining what they interrupted.

    Where the character before the break repeats right after it (获取 | 取第一手), the repeat is a
    layout artefact and is dropped.
    """
    out: list[Block] = []
    i = 0
    while i < len(body):
        block = body[i]
        nxt = body[i + 1] if i + 1 < len(body) else None
        interrupted = bool(out) and not ends_paragraph(out[-1].text) and i + 2 < len(body)
        is_credit_next = (
            nxt is not None
            and RE_CREDIT.match(nxt.text) is not None
            and has_body_punctuation(block.text)
            and (interrupted or RE_EXPLICIT_CREDIT.search(nxt.text) is not None)
        )
        if not is_credit_next:
            out.append(block)
            i += 1
            continue
        caption_lines = block.lines + nxt.lines
        layout.captions.append(Caption(block.text, nxt.text, -1, -1, caption_lines))
        i += 2
        if interrupted:
            before, after = out.pop(), body[i]
            tail, overlap = after.text, None
            if before.text and tail and before.text[-1] == tail[0]:
                overlap = Repair("overlap", (before.lines[-1], after.lines[0]), before.text[-4:] + "|" + tail[:4],
                                 before.text[-4:] + tail[1:4], f"repeated “{tail[0]}” at the break dropped")
                tail = tail[1:]
            joined = Block(before.text + tail, before.lines + after.lines)
            layout.repairs.append(
                Repair("caption", caption_lines, f"{before.text}\n{block.text}\n{nxt.text}\n{after.text}", joined.text,
                       f"caption lifted, paragraph rejoined (lines {before.lines[-1]} and {after.lines[0]})")
            )
            if overlap:
                layout.repairs.append(overlap)
            out.append(joined)
            i += 1
        else:
            layout.repairs.append(Repair("caption", caption_lines, f"{block.text}\n{nxt.text}", "", "caption lifted"))
    return out


def _is_source(blocks: list[Block], i: int) -> bool:
    """Blocks whose text a later duplicate may repeat: not headings, not pull-quote candidates."""
    if is_heading_like(blocks[i].text):
        return False
    return not (i > 0 and is_heading_like(blocks[i - 1].text) and len(blocks[i].text) <= MAX_PULL_QUOTE_CHARS)


def remove_duplicates(body: list[Block], layout: Layout) -> list[Block]:
    """Drop blocks whose text (at least 80%) repeats earlier body text verbatim: layout duplicates."""
    kept: list[Block] = []
    source = ""
    owners: list[tuple[int, Block]] = []  # (start offset in source, block)
    for i, block in enumerate(body):
        text = block.text
        if len(text) >= MIN_DUPLICATE_CHARS and source:
            match = SequenceMatcher(None, source, text, autojunk=False).find_longest_match(0, len(source), 0, len(text))
            if match.size >= DUPLICATE_SHARE * len(text):
                origin = [b for start, b in owners if start < match.a + match.size and start + len(b.text) > match.a]
                origin_lines = sorted({n for b in origin for n in b.lines})
                layout.removed.append(block)
                layout.repairs.append(
                    Repair("duplicate", block.lines, text, "",
                           f"{match.size} of {len(text)} characters repeat line(s) {', '.join(map(str, origin_lines))}")
                )
                continue
        kept.append(block)
        if _is_source(body, i):
            owners.append((len(source), block))
            source += text
    return kept


def mark_headings(body: list[Block]) -> None:
    """Mark sub-headings: short lines with no sentence punctuation that stand after a finished
    paragraph and have the shape of a heading or are followed by a pull quote.

    A short unpunctuated line without that evidence is a fragment of a broken paragraph
    (“第二段被拆成” | “两行。”) and is left for ``join_broken``.
    """
    for i, block in enumerate(body):
        after_paragraph = i == 0 or ends_paragraph(body[i - 1].text) or body[i - 1].kind == "heading"
        if not (is_heading_like(block.text) and after_paragraph and i + 1 < len(body)):
            continue
        if RE_HEADING_SHAPE.search(block.text) or _opens_with_pull_quote(body, i + 1):
            block.kind = "heading"


def _opens_with_pull_quote(body: list[Block], i: int) -> bool:
    """True where block ``i`` is a short sentence repeated verbatim in a later block of its section."""
    text = body[i].text
    if len(text) > MAX_PULL_QUOTE_CHARS or not ends_paragraph(text):
        return False
    for later in body[i + 1 :]:
        if is_heading_like(later.text) and RE_HEADING_SHAPE.search(later.text):
            return False
        if text in later.text:
            return True
    return False


def join_broken(body: list[Block], layout: Layout) -> list[Block]:
    """Join paragraphs broken mid-sentence or mid-word, without a space, up to the next heading."""
    out: list[Block] = []
    for block in body:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "body" and block.kind == "body" and not ends_paragraph(prev.text):
            joined = _join(prev, block)
            layout.repairs.append(
                Repair("join", (prev.lines[-1], block.lines[0]), f"{prev.text}\n{block.text}", joined.text,
                       f"broken at “{prev.text[-3:]}|{block.text[:3]}”")
            )
            out[-1] = joined
        else:
            out.append(Block(block.text, block.lines, block.kind))
    return out


def remove_stray_spaces(body: list[Block], layout: Layout) -> None:
    """Remove spaces between Chinese characters inside running text (not in headings)."""
    for block in body:
        if block.kind != "body" or not has_body_punctuation(block.text):
            continue
        clean = RE_STRAY_SPACE.sub("", block.text)
        if clean != block.text:
            layout.repairs.append(Repair("stray_space", block.lines, block.text, clean,
                                         f"{len(block.text) - len(clean)} space(s) removed"))
            block.text = clean


def find_pull_quote(candidate: str, paragraphs: list[str]) -> PullQuote | None:
    """The pull quote's repeat in its section's paragraphs, verbatim or as a close sentence."""
    core = candidate.strip()
    for number, paragraph in enumerate(paragraphs, start=1):
        offset = paragraph.find(core)
        if offset >= 0:
            return PullQuote(candidate, number, offset, True)
    best = (0.0, None, None)
    for number, paragraph in enumerate(paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            ratio = SequenceMatcher(None, core, sentence.text, autojunk=False).ratio()
            if ratio > best[0]:
                best = (ratio, number, sentence.start)
    if best[0] >= PULL_QUOTE_MATCH:
        return PullQuote(candidate, best[1], best[2], False)
    return None


def build_sections(body: list[Block], layout: Layout) -> None:
    """Split the body at headings into lead and sections; find each pull quote; place captions."""
    runs: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in body:
        if block.kind == "heading":
            runs.append((block, []))
        else:
            runs[-1][1].append(block)
    layout.lead = runs[0][1]
    for number, (heading, blocks) in enumerate(runs[1:], start=1):
        pull_quote = None
        if len(blocks) > 1 and len(blocks[0].text) <= MAX_PULL_QUOTE_CHARS:
            pull_quote = find_pull_quote(blocks[0].text, [b.text for b in blocks[1:]])
        paragraphs = blocks[1:] if pull_quote else blocks
        layout.sections.append(
            Section(number, heading.text, pull_quote, tuple(b.text for b in paragraphs), tuple(b.lines for b in paragraphs))
        )
    if not layout.sections:
        layout.warnings.append("no sub-headings found: the whole body is loaded as lead")
    _place_captions(layout, runs)


def _place_captions(layout: Layout, runs: list[tuple[Block | None, list[Block]]]) -> None:
    """Give each caption the section and paragraph it stood in (or after)."""
    placed = []
    for caption in layout.captions:
        where = (0, 0)
        for section, (_, blocks) in enumerate(runs):
            paragraphs = blocks
            if section and layout.sections[section - 1].pull_quote:
                paragraphs = blocks[1:]
            for number, block in enumerate(paragraphs, start=1):
                if block.first_line < caption.lines[0]:
                    where = (section, number)
        placed.append(Caption(caption.text, caption.credit, where[0], where[1], caption.lines))
    layout.captions = placed


def analyse(lines: tuple[Line, ...], *, blank_line_paragraphs: bool) -> Layout:
    """Run every layout rule in order and return the structure with its repair log."""
    layout = Layout()
    blocks, repairs = blocks_from_lines(lines, blank_line_paragraphs=blank_line_paragraphs)
    layout.repairs.extend(repairs)
    body = split_header(blocks, layout)
    body = lift_captions(body, layout)
    body = remove_duplicates(body, layout)
    mark_headings(body)
    body = join_broken(body, layout)
    remove_stray_spaces(body, layout)
    build_sections(body, layout)
    return layout
