"""A corpus of articles in, one set of tables out: each article through the same loader, tokenizer, terms and figures.

A corpus is a folder of ``.txt`` files (searched recursively), a JSON Lines file (one article a line:
``text`` plus optional ``title``, ``date``, ``outlet``, ``url``) or a zip holding either. ``documents``
lists its articles as ``Document`` references (where each one is, not its text), so a worker process
can read its own share; ``analyse`` turns one document into ``ArticleTables``, a pure function of its
bytes and metadata. Tables are sized for a corpus: one row per article, paragraph, term of an
article, stated figure, repair or error; never one row per token.

A ``.txt`` file's metadata comes from its name where it follows ``outlet-YYYYMMDD-slug.txt`` (the
naming of tests/data/articles): ``renminribao-20250520-kunshan.txt`` is outlet ``renminribao``,
date ``2025-05-20``; ``unknown`` in place of the date leaves the date empty.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.article import Article, load_article
from helpers.chinese import han_count
from helpers.errors import ArticleError, StructureWarning
from helpers.metadata import METADATA_FIELDS, iso_date, name_metadata
from helpers.paths import ROOT
from helpers.stated import stated_figures
from helpers.terms import is_term
from helpers.tokenizer import forget, line_tokens, load_stopwords

#: File suffixes read as JSON Lines.
JSONL_SUFFIXES = (".jsonl", ".ndjson")

#: Columns and dtypes of each table (``ArticleTables``): stable, so partitions concatenate and compare.
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "doc_id": "string", "source": "string", "content_hash": "string", "title": "string", "headline": "string",
        "date": "string", "outlet": "string", "url": "string", "shape": "string", "encoding": "string",
        "bytes": "int64", "chars": "int64", "han": "int64", "sections": "int64", "paragraphs": "int64",
        "sentences": "int64", "captions": "int64", "repairs": "int64", "has_byline": "bool", "reporters": "string",
        "words": "int64", "term_tokens": "int64", "distinct_terms": "int64", "figures": "int64",
        "ledger_closes": "bool", "warnings": "string",
    },
    "paragraphs": {  # every block of the article in reading order (``Article.to_frame``), header and captions too
        "doc_id": "string", "order": "int64", "kind": "string", "section": "Int64", "paragraph": "Int64",
        "chars": "int64", "sentences": "int64", "text": "string",
    },
    "terms": {"doc_id": "string", "term": "string", "count": "int64", "blocks": "int64", "pos": "string"},
    "figures": {
        "doc_id": "string", "surface": "string", "start": "int64", "end": "int64", "section": "Int64",
        "paragraph": "Int64", "sentence": "int64", "kind": "string", "value": "float64", "unit": "string",
        "qualifier": "string", "low": "float64", "high": "float64", "interval": "string", "about": "string",
        "subject": "string", "source": "string", "change": "string", "as_of": "string", "as_of_inferred": "bool",
        "period_start": "string", "period_end": "string", "note": "string", "sentence_text": "string",
    },
    "repairs": {
        "doc_id": "string", "kind": "string", "first_line": "int64", "before": "string", "after": "string",
        "note": "string",
    },
    "errors": {"doc_id": "string", "source": "string", "content_hash": "string", "error": "string", "reason": "string"},
}
#: The tables, in the order they are written.
TABLES = tuple(SCHEMAS)
#: Columns that order each table's rows (rows of one article keep their reading order).
SORT_KEYS: dict[str, list[str]] = {
    "articles": ["doc_id"], "paragraphs": ["doc_id", "order"], "terms": ["doc_id", "term"],
    "figures": ["doc_id", "start", "end"], "repairs": ["doc_id"], "errors": ["doc_id"],
}


class CorpusError(ValueError):
    """A corpus path that is not a folder, a JSON Lines file or a zip of either."""


@dataclass(frozen=True, slots=True)
class Document:
    """Where one article of a corpus is: enough for any process to read it, not its text.

    ``container`` is the file holding it (the .txt itself, the .jsonl or the .zip); ``member`` the
    name inside a zip (else ""); ``line`` the 1-based line of a JSON Lines record (else 0), which
    starts at byte ``offset`` and is ``length`` bytes long, so it is read alone.
    ``doc_id`` names it uniquely within the corpus: ``sub/name.txt``, ``news.jsonl:12``,
    ``archive.zip!sub/name.txt``, ``archive.zip!news.jsonl:12``.
    """

    doc_id: str
    container: str
    member: str = ""
    line: int = 0
    offset: int = 0
    length: int = 0

    def read(self) -> tuple[bytes, dict[str, str]]:
        """The article's bytes and its metadata (title, date, outlet, url; missing ones empty)."""
        path = Path(self.container)
        if self.line:
            if self.member:
                raw = _zip_member(str(path), path.stat().st_mtime_ns, self.member)[self.offset:self.offset + self.length]
            else:
                with path.open("rb") as handle:
                    handle.seek(self.offset)
                    raw = handle.read(self.length)
            return _jsonl_record(raw, self.doc_id)
        if self.member:
            with zipfile.ZipFile(path) as archive:
                return archive.read(self.member), name_metadata(self.member)
        return path.read_bytes(), name_metadata(path.name)


@functools.lru_cache(maxsize=2)
def _zip_member(path: str, mtime_ns: int, member: str) -> bytes:
    """A JSON Lines member of a zip, decompressed once per process for all its records (keyed by mtime)."""
    with zipfile.ZipFile(path) as archive:
        return archive.read(member)


@dataclass(frozen=True)
class ArticleTables:
    """The tables of one document (or of many, concatenated): see ``SCHEMAS`` for their columns."""

    frames: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getitem__(self, table: str) -> pd.DataFrame:
        return self.frames.get(table, empty(table))

    def to_frame(self, table: str) -> pd.DataFrame:
        """One table with its documented columns and dtypes."""
        return self[table]


def empty(table: str) -> pd.DataFrame:
    """An empty table with the columns and dtypes of ``table``."""
    return conform(pd.DataFrame(columns=list(SCHEMAS[table])), table)


def conform(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """``frame`` with exactly the columns of ``table`` in order, each of its documented dtype."""
    schema = SCHEMAS[table]
    frame = frame.reindex(columns=list(schema))
    return frame.astype(schema).reset_index(drop=True)


def concat(parts: list[ArticleTables]) -> ArticleTables:
    """The tables of many documents as one, rows ordered by ``SORT_KEYS`` (the same order however they ran)."""
    frames = {}
    for table in TABLES:
        pieces = [p.frames[table] for p in parts if table in p.frames and not p.frames[table].empty]
        frame = pd.concat(pieces, ignore_index=True) if pieces else empty(table)
        frames[table] = conform(frame.sort_values(SORT_KEYS[table], kind="stable"), table)
    return ArticleTables(frames)


def _jsonl_record(raw: bytes, doc_id: str) -> tuple[bytes, dict[str, str]]:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ArticleError(doc_id, f"line is not JSON: {exc.msg}") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ArticleError(doc_id, "record has no \"text\" string")
    meta = {key: str(record.get(key) or "") for key in METADATA_FIELDS}
    meta["date"] = iso_date(meta["date"]) if meta["date"] else ""
    return record["text"].encode("utf-8"), meta


def _jsonl_lines(lines: Iterator[bytes] | list[bytes]) -> list[tuple[int, int, int]]:
    """(1-based number, byte offset, length) of each non-blank line of a JSON Lines file, read line by line."""
    out, offset = [], 0
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            out.append((number, offset, len(raw)))
        offset += len(raw)
    return out


def _jsonl_documents(prefix: str, container: Path, member: str = "") -> list[Document]:
    if member:
        with zipfile.ZipFile(container) as archive, archive.open(member) as handle:
            lines = _jsonl_lines(handle)
    else:
        with container.open("rb") as handle:
            lines = _jsonl_lines(handle)
    where = str(container)  # one string for all its records, not a copy each
    return [Document(f"{prefix}:{n}", where, member=member, line=n, offset=o, length=k) for n, o, k in lines]


def documents(source: Path | str) -> list[Document]:
    """Every article of a corpus, in a stable order (by ``doc_id``).

    Raises ``CorpusError`` for a path that is missing or not a folder, a ``.jsonl`` file or a ``.zip``.

    >>> from helpers.paths import CORPUS
    >>> docs = documents(CORPUS)
    >>> len(docs), docs[0].doc_id
    (123, '21shijijingjibaodao-20211223-xiaofei.txt')
    """
    source = Path(source)
    if source.is_dir():
        docs = [Document(str(p.relative_to(source)), str(p)) for p in source.rglob("*.txt") if p.is_file()]
        for path in source.rglob("*"):
            if path.suffix in JSONL_SUFFIXES and path.is_file():
                docs += _jsonl_documents(str(path.relative_to(source)), path)
    elif source.is_file() and source.suffix in JSONL_SUFFIXES:
        docs = _jsonl_documents(source.name, source)
    elif source.is_file() and zipfile.is_zipfile(source):
        docs = []
        with zipfile.ZipFile(source) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                if info.filename.endswith(".txt"):
                    docs.append(Document(f"{source.name}!{info.filename}", str(source), member=info.filename))
                elif info.filename.endswith(JSONL_SUFFIXES):
                    docs += _jsonl_documents(f"{source.name}!{info.filename}", source, info.filename)
    elif not source.exists():
        raise CorpusError(f"{source}: no such corpus (a folder of .txt, a .jsonl file or a .zip of either)")
    else:
        raise CorpusError(f"{source}: not a corpus (a folder of .txt, a .jsonl file or a .zip of either)")
    return sorted(docs, key=lambda d: d.doc_id)


def content_hash(data: bytes, meta: dict[str, str] | None = None) -> str:
    """A short SHA-256 of an article's bytes and metadata: the key its results are kept under.

    >>> content_hash("普惠金融".encode())
    '016f62ab77cf0f27'
    """
    digest = hashlib.sha256(data)
    if meta:
        digest.update(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


def _commonest(tags: dict[str, int]) -> str:
    """The most frequent tag, the first in sorted order on a tie (most terms have one tag)."""
    if len(tags) == 1:
        return next(iter(tags))
    return max(sorted(tags), key=lambda tag: tags[tag])


def _term_counts(article: Article, stopwords: frozenset[str]) -> tuple[list[dict], int, int]:
    """Terms of ``article.text`` (``terms.is_term``): count, blocks they occur in, most frequent POS.

    One tokenization of each block; returns the rows (term, count, blocks, pos), the running words
    (word and figure tokens, as ``term_table`` counts them) and the term tokens.
    """
    pairs: Counter[tuple[str, str]] = Counter()  # (term, pos): one count per token, tallied in C
    blocks: Counter[str] = Counter()
    verdicts: dict[str, bool] = {}  # is_term of each distinct word, asked once per article
    words = 0
    for tokens in line_tokens(article.text):  # shared with the figures' sentences
        terms = []
        for token in tokens:
            kind = token.kind
            if kind == "word":
                text = token.text
                term = verdicts.get(text)
                if term is None:
                    term = verdicts[text] = is_term(text, kind, stopwords=stopwords)
                if term:
                    terms.append((text, token.pos))
            elif kind != "figure":
                continue
            words += 1
        pairs.update(terms)
        blocks.update({text for text, _ in terms})
    counts: dict[str, int] = {}  # in order of first occurrence, as the rows always were
    tags: dict[str, dict[str, int]] = {}
    for (term, pos), n in pairs.items():
        counts[term] = counts.get(term, 0) + n
        tags.setdefault(term, {})[pos] = n
    rows = [{"term": term, "count": n, "blocks": blocks[term], "pos": _commonest(tags[term])} for term, n in counts.items()]
    return rows, words, sum(counts.values())


def shown(path: Path | str) -> str:
    """A path as tables show it: relative to the project folder when inside it, so outputs name no machine.

    >>> shown(ROOT / "tests" / "data" / "articles" / "a.txt"), shown("/data/news.jsonl")
    ('tests/data/articles/a.txt', '/data/news.jsonl')
    """
    path = Path(path)
    return str(path.relative_to(ROOT)) if path.is_absolute() and path.is_relative_to(ROOT) else str(path)


def _pieces(doc: Document, stopwords: frozenset[str]) -> dict[str, list[dict]]:
    """One document's rows of each table as dicts, not yet typed.

    Typing and concatenating happen once per batch (``_assemble``): per article they cost more than
    the analysis itself.
    """
    data = b""
    forget()  # no article served the cached work of another (copies share lines); memory stays flat
    try:
        data, meta = doc.read()
    except ArticleError as exc:  # a JSON Lines line that is no record or has no text
        return _error(doc, data, exc, exc.problem)
    except (OSError, KeyError) as exc:  # a missing file, a member missing from its zip
        return _error(doc, data, exc, f"{type(exc).__name__}: {exc}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StructureWarning)
            article = load_article(doc.doc_id, data=data)
        return _analysed(doc, data, meta, article, stopwords)
    except ArticleError as exc:
        return _error(doc, data, exc, exc.problem)
    except Exception as exc:  # noqa: BLE001 - a fault in the helpers on one text must not stop a corpus run
        return _error(doc, data, exc, f"a fault in the helpers, not in the text (please report it): {exc!r}")


def _error(doc: Document, data: bytes, exc: Exception, reason: str) -> dict[str, list[dict]]:
    """The one ``errors`` row of a document that gives no article."""
    return {"errors": [{"doc_id": doc.doc_id, "source": shown(doc.container), "content_hash": content_hash(data),
                        "error": type(exc).__name__, "reason": reason}]}


def _analysed(doc: Document, data: bytes, meta: dict, article: Article, stopwords: frozenset[str]) -> dict[str, list[dict]]:
    """The rows of a loaded article (``_pieces``)."""
    terms, words, term_tokens = _term_counts(article, stopwords)
    sentences = article.sentences
    published = dt.date.fromisoformat(meta["date"]) if meta["date"] else None  # 今年 and 上半年 read against it
    figures = [{**vars(f), "sentence_text": sentences[f.sentence].text, "doc_id": doc.doc_id}
               for f in stated_figures(article, published=published)]
    blocks = [{**row, "doc_id": doc.doc_id} for row in article.block_rows()]
    ledger = article.ledger()
    row = {
        "doc_id": doc.doc_id, "source": shown(doc.container), "content_hash": content_hash(data),
        "title": meta["title"] or article.headline or "", "headline": article.headline or "",
        "date": meta["date"], "outlet": meta["outlet"], "url": meta["url"], "shape": article.shape,
        "encoding": article.encoding, "bytes": len(data), "chars": len(article.text), "han": han_count(article.text),
        "sections": len(article.sections), "paragraphs": sum(b["kind"] in ("lead", "paragraph") for b in blocks),
        "sentences": len(article.sentences), "captions": len(article.captions), "repairs": len(article.repairs),
        "has_byline": article.byline is not None, "reporters": "、".join(article.byline.reporters) if article.byline else "",
        "words": words, "term_tokens": term_tokens, "distinct_terms": len(terms), "figures": len(figures),
        "ledger_closes": bool(ledger["closes"]), "warnings": "; ".join(article.warnings),
    }
    for term in terms:
        term["doc_id"] = doc.doc_id
    repairs = [{**row, "doc_id": doc.doc_id} for row in article.repair_rows()]
    return {"articles": [row], "terms": terms, "paragraphs": blocks, "figures": figures, "repairs": repairs}


def _assemble(pieces: list[dict[str, list]]) -> ArticleTables:
    """The pieces of many documents as typed tables, rows in ``SORT_KEYS`` order."""
    frames = {}
    for table in TABLES:
        rows = [row for piece in pieces for row in piece.get(table, [])]
        frame = pd.DataFrame(rows, columns=list(SCHEMAS[table])) if rows else empty(table)
        frames[table] = conform(conform(frame, table).sort_values(SORT_KEYS[table], kind="stable"), table)
    return ArticleTables(frames)


def analyse(doc: Document, *, stopwords: frozenset[str] | None = None) -> ArticleTables:
    """One document through the loader, tokenizer, terms and stated figures: its tables.

    A document that cannot be read as an article (empty, binary, undecodable, a JSON Lines record
    without text, a missing file) gives one row in ``errors`` with the loader's reason and no other
    row. Structure warnings (no byline, no sub-headings) are kept in ``articles.warnings``.
    """
    return _assemble([_pieces(doc, stopwords if stopwords is not None else load_stopwords())])


def analyse_path(path: Path | str) -> ArticleTables:
    """One article file's tables, as a corpus article's (``doc_id`` its file name, metadata from the name)."""
    path = Path(path)
    return analyse(Document(path.name, str(path)))


def analyse_all(docs: list[Document]) -> ArticleTables:
    """``analyse`` on each document, in one process, the tables typed and concatenated once."""
    stopwords = load_stopwords()
    return _assemble([_pieces(doc, stopwords) for doc in docs])
