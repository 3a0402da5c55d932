"""Read an article file's bytes into normalised lines, counting every normalisation."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from helpers.chinese import has_body_punctuation
from helpers.errors import BinaryArticleError, EmptyArticleError, UndecodableArticleError

# Byte-order marks, tried before anything else.
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control characters that never belong in article text (tab, LF, CR and FF are allowed).
RE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Private-use code points: what GB18030 makes of bytes that were not GB18030 text.
RE_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff\ufffd]")
# Zero-width characters left by web and layout tools: “普惠\u200b金融”.
RE_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# Any run of horizontal white space, full-width (U+3000) and no-break spaces included.
RE_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# A space with a Chinese character or full-width mark on both sides: “普惠 金融”, “发展 。”.
# In running text it is layout debris; in headings and bylines it separates phrases.
RE_STRAY_SPACE = re.compile(
    r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’…—]) (?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’…—])"
)
# A space a web page's typesetting puts between Chinese and an Arabic number or a Latin word (“截至 2025 年 6 月末，
# 余额达 35.6 万亿元，超 3.47 万户”, “LPR 改革”), or before a percent sign: in running text it keeps the figure
# grammar from reading 超 as a qualifier of 3.47万户 and 年 as part of a date. Latin words keep their own spaces.
RE_AUTO_SPACE = re.compile(
    r"(?<=[\u3400-\u9fff])[ \u00a0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u00a0](?=[\u3400-\u9fff])|(?<=[0-9])[ \u00a0](?=[%％‰])"
)
# An indent at the start of a line: two or more spaces, a full-width space or a tab: “　　金融是……”.
RE_INDENT = re.compile(r"^(?:[\u3000\t]|[ \u00a0]{2,})")
# A paragraph indent inside a line: “……全局。　　方向是……”, “……丹麦的绿色蜕变　　上世纪……” (web copies
# flattened to one line keep their indents; the indent marks where the next paragraph starts). Two
# full-width spaces mark one anywhere; four plain spaces only after a finished sentence.
RE_INLINE_INDENT = re.compile(r"(?:(?<=[。！？!?”’」』）);])[ \u00a0]*[ \u00a0]{4,}|(?<=\S)[ \u00a0]*\u3000{2,})(?=\S)")
# A line opened by an indent of plain spaces marks a paragraph inside it by the same indent after a finished sentence,
# however short: “  冯师傅介绍,……赚的钱并没有增多。  23日,青岛市抚顺路……” (a copy indenting by two spaces).
RE_PLAIN_INDENT = re.compile(r"^[ \u00a0]{2,}(?=\S)")
# A photo credit in brackets with more text run on after it in the same line: “……游泳。（记者 姚冬琴 摄）中丹
# 环境合作“一拍即合”” (a one-line web copy); the credit closes its caption, so the line breaks there.
RE_CREDIT_BREAK = re.compile(r"(?<=[摄攝][）)])(?=[^\s，。；、,;）)])")
# A paragraph break a web page flattened to one space: “……收購進展總體順利。 國家糧食和物資儲備局……”. Chinese
# text sets no space after a full stop, but one stray space is no evidence (“……之际。 不断上升的利率……”, a
# run-in heading “（1）建立和完善……机制。 坚决执行……”): a line must break so at least this often, or twice where
# every piece is a paragraph's length (“……人均消費3054元。 參照……統計調查。 北京、天津……”, a 新華社 dispatch of three
# paragraphs, 116, 76 and 173 characters, on one line), not a sentence's (“…平稳增长。 就业总体稳定。 物价…”).
RE_SPACED_BREAK = re.compile(r"(?:(?<=[。！？])|(?<=[。！？][”’」』]))[ \u00a0](?=[^\s\u3000])")
MIN_SPACED_BREAKS = 3
MIN_SPACED_PARAGRAPH = 60
# Pinyin a web page's converter set after characters (實(shí)現(xiàn), 34萬(wàn)余人次): the page's markup, not the author's
# text, and it breaks every word and figure it falls in. Only a syllable with a tone mark right after a Chinese
# character is one, so (M2), (GDP), (nc) and (图片来自网络) stay.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
RE_PINYIN_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")
# HTML character entities left in web copies: “&nbsp;”, “&amp;”, “&#12288;”.
RE_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
# HTML tags a web page's export left in the copy: an archive's “<figure>”, “<img src="…" alt="">”, “<figcaption>…
# </figcaption>”, a paragraph's “<p>”, a break's “<br/>”. Only tags of known names are markup: “增速<5%” is text.
RE_HTML_TAG = re.compile(
    r"</?(?:figure|figcaption|img|picture|source|video|audio|iframe|p|br|hr|div|span|section|article|header|footer|"
    r"strong|b|em|i|u|a|font|center|sup|sub|blockquote|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th)(?:\s[^<>]*)?/?>",
    re.IGNORECASE)
# The head of a list of related articles opening a line, Simplified or Traditional: “相關報道：”, “相关阅读：”.
RE_RELATED_PREFIX = re.compile(r"^(?:相[关關](?:阅读|閱讀|閲讀|新闻|新聞|报道|報道|文章|内容|內容)|延伸[阅閱閲]读|推荐阅读)"
                               r"\s*[:：︰]\s*")
RE_CAPTION_OPEN = re.compile(r"<figcaption\b", re.IGNORECASE)
RE_CAPTION_CLOSE = re.compile(r"</figcaption\b", re.IGNORECASE)
# Markdown of archived copies: “# 标题”, “### 引题”, “> 本报记者 ……”, “**小标题**”, and a YAML front
# matter block fenced by “---” at the top of the file.
RE_MD_HEADING = re.compile(r"^(#{1,6})\s+(?=\S)")
# A row of a table set out in spaces, as bulletins print them: “肉猪出栏量          万头          59.3              9.0”:
# cells parted by runs of three spaces or more, no sentence punctuation, a number among the cells after the first;
# its header (“指标名称            单位          数量”) has cells of words, and is one where a row follows it.
RE_CELL_GAP = re.compile(r"[ \u3000\u00a0]{3,}")
RE_TABLE_CELLS = re.compile(rf"^\S+(?:{RE_CELL_GAP.pattern}\S+)+$")
RE_NUMBER_CELL = re.compile(r"^[-+－−]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$")
MAX_TABLE_ROW_CHARS = 80
# A Markdown link in an archived page: “[網址：hkcnews.com/aboutus/#subscribe](/web/2021…/https://www.hkcnews.com/…)”:
# its text is kept, the brackets and the address are markup. (An empty one, “![]()”, is a lost picture: matter.)
RE_MD_LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\(([^()\s]*)\)")
# In a copy with no link to an address (no / . : or # in it), brackets and a bracketed word in Chinese are no link:
# “……[高清回放][比赛实录](三儿)” closes a portal's copy with a bar of links and the writer's signature. (A page's
# links may point to a word, “[澳紐美安全條約](澳紐美安全條約)”: a page holds links to addresses too.)
RE_ADDRESS_MARK = re.compile(r"[/.:#]")
RE_MD_ADDRESS_LINK = re.compile(
    rf"(?<!!)\[([^\[\]]+)\]\((?=[^()\s]*{RE_ADDRESS_MARK.pattern}|[^()\s\u3400-\u9fff]*\))([^()\s]*)\)")
# A Markdown thematic break below the front matter (“---” before an archive page's back matter): a break, no text.
RE_MD_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
RE_MD_QUOTE = re.compile(r"^>\s?(?=\S)")
RE_MD_BOLD = re.compile(r"^\*\*(?=\S)(.+?)\*\*$")
# Emphasis marks, paired: in running text two or three (“**全文**”, “***作者為加拿大約克大學教授***”), one only around a
# whole line (“*本文原刊台灣 上報*”): marks, not words. A single star in running text is the author's: *ST太和, a stock.
# Not masked names or numbers (张**、李**, 138***1234): the marks stand clear of digits and Latin letters, and what they
# wrap opens and closes on a word, not on punctuation.
RE_MD_EMPHASIS = re.compile(r"(?<![*\\0-9A-Za-z])(\*{2,3})(?=[^\s*、，。；：,;.])(.+?)(?<=[^\s*、，；：,;])\1(?![*0-9A-Za-z])"
                            r"|^(\*)(?!ST)(?=[^\s*])(.+)(?<=[^\s*])\*$")
# A Hugo shortcode, as an archived site's pages embed a video: “{{< video src="https://…" >}}”.
RE_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}")
RE_FENCE = re.compile(r"^-{3}\s*$")
MAX_FRONT_MATTER_LINES = 60
# A share of control characters above this marks a file as binary.
MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class Line:
    """One non-empty source line after normalisation, with its 1-based line number.

    ``indent`` is True where the raw line opened with an indent (a paragraph start in indented
    copy); ``blank_before`` where a blank line (or the start of the file) precedes it. A raw line
    that held several indented paragraphs gives one ``Line`` per paragraph, all with its number.
    """

    number: int
    text: str
    indent: bool = False
    blank_before: bool = False
    markup: str = ""  # "" | front_matter | h1 … h6 | quote | bold | table | figcaption | link: the markup the line carried
    indent_cols: int = 0  # width of the indent in columns (a full-width space 2, a tab 4)
    runs_on: bool = False  # carries on the line above: set at the page's margin, or a heading's line after its break


@dataclass(frozen=True)
class ReadResult:
    """What was read: the raw decoded text, its encoding, the clean lines and what changed."""

    path: Path
    encoding: str
    raw_text: str
    lines: tuple[Line, ...]
    normalisation: dict[str, int] = field(default_factory=dict)
    markup_removed: str = ""  # Markdown marks, HTML tags and entities, zero-width characters and what NFC changed, taken out
    markup_added: str = ""  # what the entities stood for (“&amp;” -> “&”) and what NFC made of what it changed


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decode article bytes: a BOM's encoding, else UTF-8, else GB18030; raise on anything else."""
    if not data.strip():
        raise EmptyArticleError(path, "the file is empty or holds only white space")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                problem = f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}"
                raise UndecodableArticleError(path, problem) from exc
    if b"\x00" in data:
        raise BinaryArticleError(path, "holds NUL bytes: binary data, not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and RE_PRIVATE_USE.search(text):
            break
        controls = len(RE_CONTROL.findall(text))
        if controls > MAX_CONTROL_SHARE * len(text):
            raise BinaryArticleError(path, f"{controls} control characters in {len(text)}: binary data, not text")
        return text, encoding
    raise UndecodableArticleError(path, "is neither UTF-8 nor GB18030 text; re-save it as UTF-8")


def normalise_line(line: str, counts: Counter[str], removed: list[str] | None = None, added: list[str] | None = None,
                   ) -> str:
    """NFC, no zero-width characters, no indents, single spaces; full-width punctuation kept.

    What NFC and the zero-width cut change is put in ``removed`` and ``added``, where given, for the ledger: 路 (U+F937,
    a compatibility ideograph a Big5 conversion left) is 路 (U+8DEF) after NFC, and a zero-width space is gone.
    """
    nfc = unicodedata.normalize("NFC", line)
    if nfc != line:
        counts["nfc"] += 1
        if removed is not None and added is not None:
            before, after = Counter(line), Counter(nfc)
            removed.append("".join((before - after).elements()))
            added.append("".join((after - before).elements()))
    text = RE_ZERO_WIDTH.sub("", nfc)
    counts["zero_width"] += len(nfc) - len(text)
    if removed is not None and len(text) < len(nfc):
        removed.append("".join(RE_ZERO_WIDTH.findall(nfc)))
    stripped = text.strip(" \t\u00a0\u3000")
    if stripped != text.rstrip(" \t\u00a0\u3000"):
        counts["indents"] += 1
    counts["fullwidth_spaces"] += stripped.count("\u3000")
    return RE_SPACES.sub(" ", stripped)


def _visible(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


# A page's left margin: the indent most full lines share, at least this many columns, and over half of them.
MIN_MARGIN_COLS = 8
MIN_FULL_LINE_CHARS = 20  # a line this long runs to the right edge, or near it
MARGIN_SHARE = 0.5


def _strip_margin(lines: list[Line]) -> list[Line]:
    """Lines set in a margin (an archive's text indented 13 columns, its paragraphs 17: “             论报》５月５日报道，”
    under “                 顿切夫司长是……”) measured from the margin: a line at the margin carries on the paragraph above
    it and only a deeper one opens a paragraph (each line had opened one, short lines becoming headings). A margin's
    lines run on from the line above, no blank line between."""
    full = [line.indent_cols for line in lines if len(line.text) >= MIN_FULL_LINE_CHARS and line.markup != "front_matter"]
    counts = Counter(full)
    # the margin: the least indent shared by full lines (two at least) with most full lines at it or deeper (新华社's
    # dispatches: as many paragraph openings at 17 columns as lines at 13, and a first line flush left)
    margin = next((c for c in sorted(counts) if c >= MIN_MARGIN_COLS and counts[c] >= 2
                   and sum(n for k, n in counts.items() if k >= c) > MARGIN_SHARE * len(full)), None)
    if margin is None:
        return lines
    at_margin = [line for line in lines if line.indent_cols == margin and line.markup != "front_matter"]
    if sum(not line.blank_before for line in at_margin) <= MARGIN_SHARE * len(at_margin):
        return lines  # lines apart, each after a blank line: paragraphs indented alike (光明日报's page), no margin
    out = []
    for line in lines:
        if line.markup == "front_matter" or not line.indent or line.indent_cols < margin:
            out.append(line)
            continue
        cols = line.indent_cols - margin
        out.append(replace(line, indent=cols >= 2, indent_cols=cols, runs_on=cols == 0))
    return out


def _indent_cols(text: str) -> int:
    """Columns of white space opening ``text``: a full-width space counts two, a tab four."""
    cols = 0
    for ch in text:
        if ch == "\u3000":
            cols += 2
        elif ch == "\t":
            cols += 4
        elif ch in " \u00a0":
            cols += 1
        else:
            break
    return cols


def _front_matter_end(lines: list[str]) -> int:
    """Line number of the closing fence of a YAML front matter block at the top, or 0 if none."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not RE_FENCE.match(lines[first]):
        return 0
    for i in range(first + 1, min(len(lines), first + MAX_FRONT_MATTER_LINES)):
        if RE_FENCE.match(lines[i]):
            return i + 1
    return 0


def _strip_markup(line: str, counts: Counter[str], removed: list[str]) -> tuple[str, str]:
    """A line without its Markdown prefix, bold or emphasis marks, and the kind of markup it carried (a heading's
    level, a quote, a bold line); the marks taken off are appended to ``removed``."""
    kind = ""
    heading = RE_MD_HEADING.match(line)
    quote = RE_MD_QUOTE.match(line) if heading is None else None
    bold = RE_MD_BOLD.match(line) if heading is None and quote is None else None
    if heading:
        counts["markup_chars"] += len(heading.group(1))
        removed.append(heading.group(1))
        line, kind = line[heading.end():], f"h{len(heading.group(1))}"
    elif quote:
        counts["markup_chars"] += 1
        removed.append(">")
        line, kind = line[quote.end():], "quote"
    elif bold and not RE_MD_EMPHASIS.search(bold.group(1)):
        counts["markup_chars"] += 4
        removed.append("****")
        return bold.group(1).strip(), "bold"
    marks = [(m.group(1) or m.group(3)) * 2 for m in RE_MD_EMPHASIS.finditer(line)]
    if marks:  # “#### **眾大笑**”, “**全文**” in a sentence: the marks go, the words stay
        counts["markup_chars"] += sum(map(len, marks))
        removed += marks
        line = RE_MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), line).strip()
    return line, kind


def _inline_indent(line: str) -> re.Pattern[str]:
    """What marks a paragraph indent inside ``line``: ``RE_INLINE_INDENT``, or for a line opened by plain spaces
    (``RE_PLAIN_INDENT``) as many plain spaces after a finished sentence."""
    own = RE_PLAIN_INDENT.match(line)
    if own is None or len(own.group()) >= 4:
        return RE_INLINE_INDENT
    return re.compile(RE_INLINE_INDENT.pattern + rf"|(?<=[。！？!?”’」』）);])[ \u00a0]{{{len(own.group())},}}(?=\S)")


def _spaced_paragraphs(line: str) -> bool:
    """Whether the spaces after full stops in ``line`` are flattened paragraph breaks (``RE_SPACED_BREAK``)."""
    breaks = len(RE_SPACED_BREAK.findall(line))
    if breaks >= MIN_SPACED_BREAKS:
        return True
    return breaks == MIN_SPACED_BREAKS - 1 and min(map(len, RE_SPACED_BREAK.split(line))) >= MIN_SPACED_PARAGRAPH


def _table_row(raw: str) -> str:
    """'row' where a raw line is a table row with a number in it, 'cells' where it is cells of words only, else ''."""
    text = raw.strip()
    if len(text) > MAX_TABLE_ROW_CHARS or has_body_punctuation(text) or not RE_TABLE_CELLS.match(text):
        return ""
    cells = RE_CELL_GAP.split(text)
    return "row" if any(RE_NUMBER_CELL.match(c) for c in cells[1:]) else "cells"


def _mark_table_rows(lines: list[Line], raw_lines: list[str]) -> list[Line]:
    """``lines`` with a table's rows (and its header, over a row) marked ``table``: each row stays a block of its own,
    never joined to the next line nor taken for a sub-heading (a bulletin's 40 rows read as 40 sections)."""
    kinds = [_table_row(raw_lines[line.number - 1]) if not line.markup else "" for line in lines]
    out = []
    for i, line in enumerate(lines):
        row = kinds[i] == "row" or (kinds[i] == "cells" and i + 1 < len(lines) and kinds[i + 1] == "row")
        out.append(replace(line, markup="table") if row else line)
    return out


def read_lines(path: Path | str, *, data: bytes | None = None) -> ReadResult:
    """Read and normalise an article file; the file itself is only ever read.

    ``data``, where given, is the article's bytes (a member of a zip, a line of JSON Lines) and
    ``path`` only names it in errors. Raises FileNotFoundError for a missing file and an
    ``ArticleError`` subclass for an empty, binary or undecodable one.
    """
    path = Path(path)
    data = path.read_bytes() if data is None else data
    raw_text, encoding = decode(path, data)
    counts: Counter[str] = Counter()
    counts["crlf"] = raw_text.count("\r\n")
    counts["cr"] = raw_text.count("\r") - counts["crlf"]
    text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    front_matter = _front_matter_end(raw_lines)
    lines = []
    markup_removed: list[str] = []
    markup_added: list[str] = []
    blank = True
    in_caption = False  # inside an HTML <figcaption>: a picture's caption, whatever it says
    md_link = RE_MD_LINK if "](" in text and any(
        RE_ADDRESS_MARK.search(m.group(2)) for m in RE_MD_LINK.finditer(text)) else RE_MD_ADDRESS_LINK
    for number, raw_line in enumerate(raw_lines, start=1):
        if number <= front_matter:
            if raw_line.strip():
                lines.append(Line(number, raw_line.strip(), blank_before=blank, markup="front_matter"))
                blank = False
            else:
                blank = True
            continue
        tags = RE_HTML_TAG.findall(raw_line) + RE_SHORTCODE.findall(raw_line)
        opened = any(RE_CAPTION_OPEN.match(tag) for tag in tags)
        closed = any(RE_CAPTION_CLOSE.match(tag) for tag in tags)
        caption_line = in_caption or opened
        if opened or closed:
            in_caption = not closed
        if tags:  # a tag's text is no one's words: taken out (a line of tags alone is a break), what it wraps kept
            counts["html_tags"] += len(tags)
            counts["markup_chars"] += sum(map(_visible, tags))
            markup_removed += tags
            raw_line = RE_SHORTCODE.sub("", RE_HTML_TAG.sub("", raw_line))
        # a line that is one link, alone or after the head of a list of related articles (“相關報道：[……](…)”)
        whole_link = md_link.fullmatch(RE_RELATED_PREFIX.sub("", raw_line.strip())) is not None
        for link in md_link.finditer(raw_line):
            counts["markdown_links"] += 1
            marks = ["[", f"]({link.group(2)})"]
            counts["markup_chars"] += sum(map(_visible, marks))
            markup_removed += marks
        raw_line = md_link.sub(r"\1", raw_line)
        unescaped = RE_ENTITY.sub(lambda m: html.unescape(m.group()), raw_line)
        if unescaped != raw_line:
            entities = RE_ENTITY.findall(raw_line)
            counts["html_entities"] += len(entities)
            counts["markup_chars"] += _visible(raw_line) - _visible(unescaped)
            markup_removed += entities
            markup_added += [html.unescape(e) for e in entities]
        glosses = RE_PINYIN_GLOSS.findall(unescaped)
        if glosses:
            counts["pinyin_glosses"] += len(glosses)
            counts["markup_chars"] += sum(map(len, glosses))
            markup_removed += glosses
            unescaped = RE_PINYIN_GLOSS.sub("", unescaped)
        parts = [p for piece in _inline_indent(unescaped).split(unescaped) for p in RE_CREDIT_BREAK.split(piece)]
        # a piece after a spaced break opens a paragraph but carries no indent (the copy stays one-a-line)
        spaced_at: set[int] = set()
        if _spaced_paragraphs(unescaped):
            split: list[str] = []
            for piece in parts:
                pieces = RE_SPACED_BREAK.split(piece)
                spaced_at.update(range(len(split) + 1, len(split) + len(pieces)))
                split += pieces
            parts = split
        if len(parts) > 1:
            counts["inline_breaks"] += len(parts) - 1
        visible = False  # whether the raw line holds anything but white space
        for index, part in enumerate(parts):
            clean = normalise_line(part, counts, markup_removed, markup_added)
            if not clean:
                continue
            if RE_MD_RULE.match(clean):
                counts["markup_chars"] += len(clean)
                markup_removed.append(clean)
                continue  # the line stays blank: what follows opens a block of its own
            visible = True
            clean, markup = _strip_markup(clean, counts, markup_removed)
            markup = markup or ("figcaption" if caption_line else "link" if whole_link else "")
            # “### 宣布有意參選␣␣” over “負面新聞一直不斷”: the heading's second line, after its break
            heading_break = not markup and not blank and index == 0 and bool(lines) and lines[-1].number == number - 1 \
                and lines[-1].markup.startswith("h") and raw_lines[number - 2].endswith("  ")
            if heading_break:
                markup = lines[-1].markup
            if clean:
                lead = unicodedata.normalize("NFC", RE_ZERO_WIDTH.sub("", part))
                indent = (index > 0 and index not in spaced_at) or bool(RE_INDENT.match(lead))
                lines.append(Line(number, clean, indent=indent, blank_before=blank, markup=markup,
                                  indent_cols=_indent_cols(lead) if index == 0 or index in spaced_at else 4,
                                  runs_on=heading_break))
                blank = False
        if not visible:
            blank = True
    if not lines:
        raise EmptyArticleError(path, "holds no visible text")
    lines = _mark_table_rows(_strip_margin(lines), raw_lines)
    return ReadResult(
        path=path,
        encoding=encoding,
        raw_text=raw_text,
        lines=tuple(lines),
        normalisation={k: v for k, v in sorted(counts.items()) if v},
        markup_removed="".join(markup_removed),
        markup_added="".join(markup_added),
    )
