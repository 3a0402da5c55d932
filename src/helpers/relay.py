"""Re-lay a loaded article as another kind of copy: page fragments, indented web copy (with and
without blank lines), one paragraph a line, CRLF, hard-wrapped.

The same article in another layout must load to the same paragraphs, headings and captions; the
tests use this to check that the loader's rules hold across copy shapes, not for one file's shape.

>>> from helpers import load_article
>>> text = relay(load_article(), "indented")
>>> text.splitlines()[8].startswith("　　金融是")
True
"""

from __future__ import annotations

import re

from helpers.article import Article
from helpers.chinese import CLOSE_QUOTES, OPEN_QUOTES, PUNCTUATION
from helpers.layout import display_width

#: The layouts ``relay`` writes.
LAYOUTS = ("page", "indented", "tight", "single", "crlf", "wrapped")
INDENT = "\u3000\u3000"
# Page copy breaks a paragraph longer than this, about two thirds of the way in.
FRAGMENT_MIN_CHARS = 80
# An explicit photo credit (摄, 供图 …); a caption with a bare “……图” credit is set inside the paragraph
# it follows, as a page layout sets it, since only there does a bare credit read as one.
RE_EXPLICIT = re.compile(r"摄|攝|供图|图\s*[/／:：丨|]|[/／]\s*图|图片来源|视觉中国|新华社发|资料照片|资料图片")


def _units(article: Article, *, interrupt: bool) -> list[tuple[str, str]]:
    """(kind, text) in reading order: header lines (banner and column label included: the page's own lines
    over the headline, which a copy in another shape prints too), byline lines, standfirst, then the body.

    With ``interrupt``, a caption whose credit is a bare “……图” interrupts the paragraph before it,
    as a page layout sets it: that paragraph is given as ("paragraph", first part), the caption and
    credit, then ("continued", the rest). Web copy without blank lines sets captions between
    paragraphs.
    """
    units: list[tuple[str, str]] = []
    for text in (article.banner, article.column, article.kicker, article.headline, article.subtitle):
        if text:
            units.append(("header", text))
    units.extend(("header", text) for text in article.byline_lines)
    units.extend(("standfirst", text) for text in article.standfirst)
    blocks = article.blocks
    for i, block in enumerate(blocks):
        if block.kind in ("lead", "paragraph"):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            after = blocks[i + 2] if i + 2 < len(blocks) else None
            bare = (interrupt and nxt is not None and nxt.kind == "caption" and after is not None and after.kind == "credit"
                    and not RE_EXPLICIT.search(after.text) and len(block.text) > FRAGMENT_MIN_CHARS)
            if bare:
                at = _break_point(block.text)
                units += [("paragraph", block.text[:at]), ("caption", nxt.text), ("credit", after.text),
                          ("continued", block.text[at:])]
            else:
                units.append(("paragraph", block.text))
        elif block.kind in ("heading", "pull_quote", "caption", "credit"):
            if units and units[-1][0] == "continued" and block.kind in ("caption", "credit"):
                continue  # already set inside its paragraph
            units.append((block.kind, block.text))
    return units


def _break_point(text: str) -> int:
    """Where a page layout breaks a long paragraph: about two thirds in, never next to punctuation
    or between two equal characters (which the loader would read as a repeat at a caption break)."""
    at = 2 * len(text) // 3
    stops = set(PUNCTUATION + OPEN_QUOTES + CLOSE_QUOTES + "0123456789.%")
    while at < len(text) - 1 and (text[at - 1] in stops or text[at] in stops or text[at - 1] == text[at]
                                  or (_latin(text[at - 1]) and _latin(text[at])) or text[at].isspace()):
        at += 1
    return at


# A Latin letter: the only characters either side of a line break that the loader joins with a space.
RE_LETTER = re.compile(r"[A-Za-z]")


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def wrap(text: str, width: int) -> list[str]:
    """``text`` hard-wrapped at ``width`` columns (a Chinese character takes two), as fixed-width copy is.

    A space the loader would not put back at the break (it does only between two Latin letters) is not left
    at a line's end: the word before it goes to the next line with it (“今年 1至4月” stays on one line), where
    the line keeps another word (at a width narrower than two words, a line may still end on the space).
    """
    lines, words = [], []
    used = 0
    for word in re.findall(r"[A-Za-z0-9.%]+ ?|.", text):  # a Latin word (with its space) is never split
        size = display_width(word)
        if used + size > width and words:
            carry: list[str] = []
            line = "".join(words)
            if line.endswith(" ") and not (RE_LETTER.match(line.rstrip(" ")[-1:]) and RE_LETTER.match(word[0])):
                carry = words[-2:] if words[-1] == " " and len(words) > 2 else words[-1:] if len(words) > 1 else []
                line = "".join(words[: len(words) - len(carry)])
            lines.append(line.rstrip(" ") if line.endswith(" ") and _latin(word[0]) else line)
            words, used = carry, sum(display_width(w) for w in carry)
        words.append(word)
        used += size
    return lines + ["".join(words)]


def relay(article: Article, layout: str, *, width: int = 72) -> str:
    """The article's text laid out as ``layout`` (one of ``LAYOUTS``); ``width`` is the wrap width in columns."""
    if layout == "crlf":
        return article.raw_text.replace("\r\n", "\n").replace("\n", "\r\n")
    lines: list[str] = []
    previous = ""
    for kind, text in _units(article, interrupt=layout in ("page", "indented", "wrapped")):
        if kind == "standfirst":  # a standfirst is one visual block: its lines run on without blank lines
            if previous == "standfirst" and lines and lines[-1] == "":
                lines.pop()
            if layout == "wrapped":
                lines += wrap(text, width) + [""]
            elif layout in ("tight", "single"):
                lines += [(INDENT + text) if layout == "tight" else text]
            else:
                lines += [(INDENT + text) if layout == "indented" else text, ""]
            previous = kind
            continue
        previous = kind
        if layout == "page":
            if kind == "paragraph" and len(text) > FRAGMENT_MIN_CHARS:
                at = _break_point(text)
                lines += [text[:at], "", text[at:], ""]
            else:
                lines += [text, ""]
        elif layout == "indented":
            lines += [(INDENT + text) if kind in ("paragraph", "standfirst") else text, ""]
        elif layout == "tight":  # indented web copy with no blank lines: only the indents mark paragraphs
            lines += [(INDENT + text) if kind in ("paragraph", "standfirst") else text]
        elif layout == "single":
            lines += [text]
        elif layout == "wrapped":
            if kind in ("paragraph", "continued"):
                lines += wrap(text, width) + [""]
            else:
                lines += [text, ""]
        else:
            raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    return "\n".join(lines).rstrip("\n") + "\n"
