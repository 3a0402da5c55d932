"""Read an article file's bytes into normalised lines, counting every normalisation."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

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
# A share of control characters above this marks a file as binary.
MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class Line:
    """One non-empty source line after normalisation, with its 1-based line number."""

    number: int
    text: str


@dataclass(frozen=True)
class ReadResult:
    """What was read: the raw decoded text, its encoding, the clean lines and what changed."""

    path: Path
    encoding: str
    raw_text: str
    lines: tuple[Line, ...]
    blank_line_paragraphs: bool
    normalisation: dict[str, int] = field(default_factory=dict)


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


def normalise_line(line: str, counts: Counter[str]) -> str:
    """NFC, no zero-width characters, no indents, single spaces; full-width punctuation kept."""
    nfc = unicodedata.normalize("NFC", line)
    if nfc != line:
        counts["nfc"] += 1
    text = RE_ZERO_WIDTH.sub("", nfc)
    counts["zero_width"] += len(nfc) - len(text)
    stripped = text.strip(" \t\u00a0\u3000")
    if stripped != text.rstrip(" \t\u00a0\u3000"):
        counts["indents"] += 1
    counts["fullwidth_spaces"] += stripped.count("\u3000")
    return RE_SPACES.sub(" ", stripped)


def read_lines(path: Path | str) -> ReadResult:
    """Read and normalise an article file; the file itself is only ever read.

    Raises FileNotFoundError for a missing file and an ``ArticleError`` subclass for an empty,
    binary or undecodable one.
    """
    path = Path(path)
    data = path.read_bytes()
    raw_text, encoding = decode(path, data)
    counts: Counter[str] = Counter()
    counts["crlf"] = raw_text.count("\r\n")
    counts["cr"] = raw_text.count("\r") - counts["crlf"]
    text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for number, raw_line in enumerate(text.split("\n"), start=1):
        clean = normalise_line(raw_line, counts)
        if clean:
            lines.append(Line(number, clean))
    if not lines:
        raise EmptyArticleError(path, "holds no visible text")
    numbers = [line.number for line in lines]
    blank_separated = any(b - a > 1 for a, b in itertools.pairwise(numbers))
    return ReadResult(
        path=path,
        encoding=encoding,
        raw_text=raw_text,
        lines=tuple(lines),
        blank_line_paragraphs=blank_separated,
        normalisation={k: v for k, v in sorted(counts.items()) if v},
    )
