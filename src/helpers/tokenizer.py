"""The only module that imports jieba: domain-aware segmentation that keeps figures whole.

Figures are found first and become one token each: 36.1万亿元, 180万户, 20多条, 12.2%, 2025年9月末,
2025—2027年. A qualifier before a figure (近, 超, 约 ...) is a token of its own, so 近180万户 is
近 + 180万户: the figure is the same token whatever qualifies it, and the qualifier stays visible.
The rest is cut by a private tokenizer (no global jieba state) holding jieba's own dictionary plus
the shipped domain dictionary. The engine is jieba_fast_dat (jieba's algorithm in C++, about ten
times faster) where it is installed, else jieba itself; both give the same tokens (a test checks
this on the seed). The environment variable HELPERS_SEGMENTER=jieba, read at each call, forces the
pure-jieba engine where the fast one is installed (to run the suite as the fallback would).
Part-of-speech tags come from jieba's dictionary, the domain dictionary's own
tags, a list of corrections, and jieba.posseg's HMM for words in none of them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import importlib
import importlib.util
import logging
import os
import pickle
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import jieba
import pandas as pd

try:  # the fast engine: same algorithm and, with jieba's dictionary, the same tokens
    import jieba_fast_dat
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    jieba_fast_dat = None

from helpers import numerals, periods, traditional
from helpers.chinese import PUNCTUATION
from helpers.paths import CACHE

#: Frequency given to domain words with none of their own: high enough that they win (jieba #222/#267).
DOMAIN_FREQ = 200_000
#: True where the fast engine's wheel is installed.
FAST_ENGINE_INSTALLED = jieba_fast_dat is not None
#: Segmentation engines: "jieba_fast_dat" where installed, "jieba" always.
ENGINES = ("jieba_fast_dat", "jieba") if FAST_ENGINE_INSTALLED else ("jieba",)
#: The engine used when none is named: the fastest installed.
DEFAULT_ENGINE = ENGINES[0]
#: Environment variable naming the engine to use when none is named (read at each call, not at import).
ENGINE_VARIABLE = "HELPERS_SEGMENTER"
JIEBA_DICT = Path(jieba.__file__).resolve().parent / "dict.txt"
#: POS tag of a figure token (jieba's numeral tag) and of punctuation.
FIGURE_POS = "m"
PUNCT_POS = "x"

NUMBER = r"[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?"
# Dates and periods a figure token may be (statistics come from helpers.numerals, the grammar the
# extractor uses), never starting or ending inside a run of letters and digits (G20, 5G stay words):
#   2025—2027年 (range of years)       2025年9月末, 2025年第三季度, 9月末 (dates)
# Each pattern opens with a look-ahead for the digit it starts with, so the scan jumps from digit to digit
# instead of trying the look-behind and every alternative at each character (three times faster).
RE_DATE_FIGURE = re.compile(
    rf"(?=[0-9０-９])(?<![A-Za-z0-9０-９.．])(?:{NUMBER}\s*[—–\-~～至到]\s*{NUMBER}年"
    rf"|[0-9]{{4}}年(?:第[一二三四1-4]季度|[上下]半年|[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?(?:末|底|初|上旬|中旬|下旬)?)?"
    rf"|[0-9]{{1,2}}月[0-9]{{1,2}}日|[0-9]{{1,2}}月(?:末|底|初|上旬|中旬|下旬))(?![A-Za-z])"
)
# A bare Arabic number (a code, a count without a unit): one token too.
RE_BARE_NUMBER = re.compile(rf"(?=[0-9０-９])(?<![A-Za-z0-9０-９.．]){NUMBER}(?![A-Za-z0-9０-９])")
# A character that a figure holds (a numeral, 年 of 今年, 月 of 本月, 纪 of 本世纪): text without one holds none.
RE_MAY_HOLD_FIGURE = re.compile(rf"[0-9０-９{numerals.CN_NUMERAL_CHARS}数几年月季纪紀]")
RE_LATIN = re.compile(r"[A-Za-z][A-Za-z\-]*")
# Any digit, ASCII or full-width: text without one holds no figure (the grammar's own).
RE_DIGIT = numerals.RE_DIGIT

#: The date figure_spans reads periods against: any date reads the same extents; January, so that every day
#: number (1日 to 31日) is one.
_SPAN_BASE = dt.date(2000, 1, 1)


class Token(NamedTuple):
    """One token with its offsets in the text it was cut from.

    ``kind`` is ``word``, ``figure``, ``punct`` or ``space``. A named tuple rather than a frozen
    dataclass: an article has tens of thousands of tokens, and a tuple is built at a fifth of the
    cost (no guarded ``__setattr__`` per field).
    """

    text: str
    pos: str
    start: int
    end: int
    kind: str = "word"


def domain_dictionary() -> dict[str, str]:
    """The shipped domain dictionary as {word: pos}."""
    entries: dict[str, str] = {}
    text = resources.files("helpers").joinpath("data/domain_dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        entries[parts[0]] = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else "n"
    return entries


def pos_fixes() -> dict[str, str]:
    """Corrected POS tags for ordinary words jieba tags wrongly in this genre (惠及 is no place name)."""
    text = resources.files("helpers").joinpath("data/pos_fixes.txt").read_text(encoding="utf-8")
    pairs = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word: pos for word, pos in pairs}


def load_stopwords(path: Path | str | None = None) -> frozenset[str]:
    """Stopwords separated by white space (``#`` starts a comment); default: the shipped news/policy list."""
    if path is None:
        text = resources.files("helpers").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() for w in line.split("#", 1)[0].split())


def _quiet() -> None:
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    if jieba_fast_dat is not None:
        jieba_fast_dat.setLogLevel(logging.WARNING)


def default_engine() -> str:
    """The engine used when a call names none: $HELPERS_SEGMENTER if set, else ``DEFAULT_ENGINE``.

    Raises ValueError for an engine that is not installed (see ``ENGINES``).
    """
    engine = os.environ.get(ENGINE_VARIABLE) or DEFAULT_ENGINE
    if engine not in ENGINES:
        raise ValueError(f"unknown segmentation engine {engine!r} (from ${ENGINE_VARIABLE}); available: {', '.join(ENGINES)}")
    return engine


@cache
def _segmenter(engine: str):  # noqa: ANN202 - jieba.Tokenizer or jieba_fast_dat.Tokenizer
    """A private tokenizer on jieba's dictionary plus the domain words, cached in the project's .cache/."""
    _quiet()
    CACHE.mkdir(parents=True, exist_ok=True)
    if engine == "jieba_fast_dat" and jieba_fast_dat is not None:
        tokenizer = jieba_fast_dat.Tokenizer(dictionary=str(JIEBA_DICT))
        tokenizer.cache_file = str(CACHE / "jieba_fast_dat.cache")
    elif engine == "jieba":
        tokenizer = jieba.Tokenizer()
        tokenizer.tmp_dir = str(CACHE)
        tokenizer.cache_file = "jieba.cache"
    else:
        raise ValueError(f"unknown segmentation engine {engine!r}; available: {', '.join(ENGINES)}")
    tokenizer.initialize()
    for word, pos in _domain().items():
        tokenizer.add_word(word, DOMAIN_FREQ, pos)
    return tokenizer


def _stamp(path: Path) -> str:
    """A file's size and modification time: what a cache of what was read from it is keyed by."""
    stat = path.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def _pickled(name: str, key: str, read):  # noqa: ANN001, ANN202 - read() -> the value kept
    """``read()``, kept as a pickle in .cache/``name`` under ``key``: loaded from there while the key is the same,
    read again (and written atomically) when it differs or the file is missing or broken."""
    cache_file = CACHE / name
    if cache_file.is_file():
        try:
            with cache_file.open("rb") as handle:
                stored_key, value = pickle.load(handle)
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            stored_key = None
        if stored_key == key:
            return value
    value = read()
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cache_file.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as handle:
        pickle.dump((key, value), handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(cache_file)
    return value


@cache
def pos_table() -> dict[str, str]:
    """{word: tag}: jieba's dictionary tags, then the domain tags, then the corrections.

    jieba's part is read from its dict.txt once and kept as a pickle in .cache/ (keyed by the
    file's size and modification time), which loads several times faster than the text.
    """
    def read() -> dict[str, str]:
        tags = {}
        with JIEBA_DICT.open(encoding="utf-8") as handle:
            for line in handle:
                word, _, tag = line.split()
                tags[word] = tag
        return tags

    tags = _pickled("jieba_pos.pickle", _stamp(JIEBA_DICT), read)
    tags.update(_domain())
    tags.update(pos_fixes())
    return tags


def _engine(engine: str):  # noqa: ANN202
    """The segmenter, the POS table and the domain dictionary, each built once per process."""
    return _segmenter(engine), pos_table(), _domain()


@cache
def _domain() -> dict[str, str]:
    return domain_dictionary()


def warm_up(engine: str | None = None) -> None:
    """Load the dictionary now rather than at the first call to ``tokenize``."""
    _engine(engine or default_engine())


# Chinese characters as jieba.posseg sees them; anything else it tags without its HMM.
RE_POSSEG_HAN = re.compile(r"^[\u4E00-\u9FD5]+$")


@cache
def _fast_posseg_viterbi():  # noqa: ANN202 - the C++ function, or None
    """jieba_fast_dat's POS Viterbi in C++ (about 15 times faster than jieba.posseg's) loaded with
    jieba.posseg's own model, where the wheel is installed; else None.

    It returns the words the states make, with their tags, and leaves out a word left unfinished at
    the end (a reading ending in B or M): ``_tag_unknown`` then asks the Python Viterbi, so the tags
    are jieba.posseg's in every case (a test compares the two on the real articles' unknown words).
    """
    if jieba_fast_dat is None:
        return None
    from jieba_fast_dat import _jieba_fast_dat_functions_py3 as functions

    start, trans, emit, states = posseg_model()
    functions.load_hmm_model(start, trans, emit, states)
    return functions._posseg_viterbi_cpp


@cache
def posseg_model() -> tuple[dict, dict, dict, dict]:
    """jieba.posseg's HMM: its start, transition and emission probabilities and each character's states.

    Kept as a pickle in .cache/, keyed by jieba's version and its four model files: importing jieba.posseg
    to reach the tables also reads the whole dictionary again into a word-tag table of its own (about
    0.25 s in every kernel), where the pickle loads in 0.01 s. The tables are jieba.posseg's own, taken
    from it when the pickle is missing or stale.
    """
    folder = Path(jieba.__file__).parent / "posseg"
    key = f"{jieba.__version__}-" + "-".join(
        _stamp(folder / f"{name}.py") for name in ("prob_start", "prob_trans", "prob_emit", "char_state_tab"))

    def read() -> tuple[dict, dict, dict, dict]:
        posseg = importlib.import_module("jieba.posseg")
        return posseg.start_P, posseg.trans_P, posseg.emit_P, posseg.char_state_tab_P

    return _pickled("jieba_posseg_hmm.pickle", key, read)


@cache
def _tag_unknown(word: str) -> str:
    """POS of a word in no dictionary, as jieba.posseg would tag it on its own.

    Chinese: jieba.posseg's HMM (one word in its reading gets that word's tag, else ``x``);
    anything else: ``m`` for numbers, ``eng`` for Latin letters, ``x`` otherwise.
    """
    if not RE_POSSEG_HAN.match(word):
        if re.fullmatch(r"[.0-9]+", word):
            return "m"
        return "eng" if re.fullmatch(r"[a-zA-Z0-9]+", word) else "x"
    fast = _fast_posseg_viterbi()
    if fast is not None:
        _, pairs = fast(word)
        if sum(len(pair.word) for pair in pairs) == len(word):  # read whole: the words jieba.posseg's loop makes
            return pairs[0].flag if len(pairs) == 1 else "x"
        if pairs:  # words, then an unfinished one: two words or more, as jieba.posseg's loop reads them
            return "x"
    return _tag_unknown_python(word)  # one unfinished word: its tag is its first state's, which only Python gives


@cache
def _posseg_viterbi():  # noqa: ANN202 - jieba.posseg.viterbi.viterbi
    """jieba.posseg's pure Python Viterbi, loaded from its own file (jieba/posseg/viterbi.py, which needs
    nothing of its package): importing it as ``jieba.posseg.viterbi`` would run the package, which
    reads the whole dictionary again (see ``posseg_model``)."""
    path = Path(jieba.__file__).parent / "posseg" / "viterbi.py"
    spec = importlib.util.spec_from_file_location("jieba_posseg_viterbi", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.viterbi


def _tag_unknown_python(word: str) -> str:
    """``_tag_unknown`` of a Chinese word by jieba.posseg's own (pure Python) Viterbi."""
    start, trans, emit, char_states = posseg_model()
    _, states = _posseg_viterbi()(word, char_states, start, trans, emit)
    return _tag_of_states(word, states)


def _tag_of_states(word: str, states: list[tuple[str, str]]) -> str:
    """The tag of ``word`` from its Viterbi states ((B/M/E/S, tag) per character) read as jieba.posseg reads them:
    the tag of the one word they make, else ``x``."""
    words: list[tuple[str, str]] = []
    begin = following = 0
    for i, (state, tag) in enumerate(states):  # the same reading as jieba.posseg's own loop
        if state == "B":
            begin = i
        elif state in "ES":
            words.append((word[begin if state == "E" else i:i + 1], tag))
            following = i + 1
    if following < len(word):
        words.append((word[following:], states[following][1]))
    return words[0][1] if len(words) == 1 else "x"


@cache
def _digit_terms() -> re.Pattern[str] | None:
    """One pattern for the domain words that contain digits (1对N), longest first."""
    words = sorted((w for w in _domain() if RE_DIGIT.search(w)), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))) if words else None


@cache
def _numeral_terms() -> re.Pattern[str] | None:
    """One pattern for the domain words that hold Chinese numerals (五篇大文章, 三会一课), longest first."""
    chars = set(numerals.CN_NUMERAL_CHARS)
    words = sorted((w for w in _domain() if chars & set(w) and not RE_DIGIT.search(w)), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))) if words else None


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``spans`` (sorted, none overlapping another) that overlap [start, end)."""
    i = bisect.bisect_left(spans, (start, start))
    if i and spans[i - 1][1] > start:
        i -= 1
    out = []
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] > start:
            out.append(spans[i])
        i += 1
    return out


#: Dictionary tags of names: a place, a person, an organisation, another proper name.
NAME_TAGS = frozenset({"ns", "nr", "nt", "nz", "nrt", "nrfg"})


def opens_a_name(text: str, start: int, end: int) -> bool:
    """Whether a name in the dictionaries starts at ``start`` and runs on past ``end``: the 九万 of 九万大山 (a
    mountain range, ns) is no count of ninety thousand. Asked of a number with no unit only."""
    tags = pos_table()
    return any(tags.get(traditional.fold(text[start:stop])) in NAME_TAGS
               for stop in range(end + 1, min(len(text), start + 8) + 1))


def figure_spans(text: str, read: str | None = None) -> list[tuple[int, int]]:
    """Where the figure tokens of ``text`` are: dates and periods (``periods.find_periods``, the
    extractor's grammar, then RE_DATE_FIGURE), then statistics (``numerals.statistics_of``,
    without their qualifier words), then bare Arabic numbers. ``read`` is the text as read (a Traditional
    copy's simplified reading, the same length); the statistics are the line's own, as the extractor reads them."""
    read = text if read is None else read
    spans: list[tuple[int, int]] = []  # kept sorted, so a long text costs no more per figure than a short one

    def take(start: int, end: int) -> None:
        if not _overlapping(spans, start, end):
            bisect.insort(spans, (start, end))

    # The year and the base only let a month or a day stand alone and 今年 reach as far as the extractor reads it
    # where the publication date is known (今年1月至9月, 国家统计局16日发布); no value is kept.
    for period in periods.find_periods(read, year=2000, base=_SPAN_BASE):
        take(period.start, period.end)  # 今年 too, unresolved or not: a date, kept out of keyword lists
    digits = RE_DIGIT.search(read) is not None  # a date figure and a bare number each hold one
    if digits and ("年" in read or "月" in read):
        for match in RE_DATE_FIGURE.finditer(read):
            take(*match.span())
    for reading in numerals.statistics_of(text):  # shared with the extractor, which reads the same lines
        if reading.unit or not opens_a_name(read, reading.token_start, reading.token_end):
            take(reading.token_start, reading.token_end)
    if digits:
        for match in RE_BARE_NUMBER.finditer(read):
            take(*match.span())
    return spans


def _protected_spans(text: str, read: str) -> list[tuple[int, int, str]]:
    """Figures, and domain words that contain digits (1对N) or numerals (五篇大文章) where a figure
    would cut them, as (start, end, kind) in order; ``read`` is ``text`` as read (see ``figure_spans``)."""
    if not RE_MAY_HOLD_FIGURE.search(read):
        return []
    pattern = _digit_terms()
    words = [(m.start(), m.end()) for m in pattern.finditer(read)] if pattern and RE_DIGIT.search(read) else []
    figures = [span for span in figure_spans(text, read) if not _overlapping(words, *span)]
    numeral_words = _numeral_terms()
    if figures and numeral_words:
        for m in numeral_words.finditer(read):
            cut = _overlapping(figures, m.start(), m.end())
            if cut:
                figures = [span for span in figures if span not in cut]
                words.append(m.span())
    return sorted([(s, e, "word") for s, e in words] + [(s, e, "figure") for s, e in figures])


#: Words classified so far, {word: (pos, kind)}: a word's tag and kind depend on the word alone, so each
#: distinct word is classified once per process. Cleared when it reaches ``WORD_CLASS_LIMIT`` entries.
_WORD_CLASSES: dict[str, tuple[str, str]] = {}
WORD_CLASS_LIMIT = 500_000


def _classify(word: str) -> tuple[str, str]:
    """(pos, kind) of a word jieba cut: the dictionaries' tag, else space, punctuation, Latin or the HMM's tag."""
    tag = pos_table().get(word)
    if tag is not None and tag != PUNCT_POS:
        found = (tag, "word")
    elif word.isspace():
        found = (PUNCT_POS, "space")
    elif all(ch in PUNCTUATION for ch in word):
        found = (PUNCT_POS, "punct")
    elif RE_LATIN.fullmatch(word):
        found = ("eng", "word")
    else:
        found = (tag or _tag_unknown(word), "word")
    if len(_WORD_CLASSES) >= WORD_CLASS_LIMIT:
        _WORD_CLASSES.clear()
    _WORD_CLASSES[word] = found
    return found


def _cut_plain(text: str, offset: int, out: list[Token], engine: str) -> None:
    classes = _WORD_CLASSES
    make = tuple.__new__  # Token(word, tag, start, pos, kind) without the keyword handling of Token's __new__
    append = out.append
    pos = offset
    for word in _segmenter(engine).lcut(text, HMM=True):
        start, pos = pos, pos + len(word)
        tag, kind = classes.get(word) or _classify(word)
        append(make(Token, (word, tag, start, pos, kind)))


@cache
def _hmm_tie_chars() -> re.Pattern[str]:
    """Chinese characters jieba's HMM gives no probability as a word of their own (no S emission: 譓, 製, 雳).

    In a run of characters the dictionary does not know, every reading of such a character can be impossible at
    once; jieba then breaks the tie by state name and the C++ engine by order, so the two cut differently
    (变更为杨譓鹏: 为/杨/譓/鹏 against 为杨/譓鹏). Where every character can stand alone, some reading is possible
    and the two agree (20,000 random runs of such characters: none differed). Built from jieba's own model.
    """
    from jieba.finalseg.prob_emit import P as emit  # jieba's HMM model, a table of probabilities

    alone = emit["S"]
    missing = [chr(c) for c in range(0x4E00, 0x9FD6) if chr(c) not in alone]
    return re.compile("[" + "".join(missing) + "]")


def tokenize(text: str, *, engine: str | None = None) -> list[Token]:
    """Cut ``text`` into tokens with POS tags and offsets; figures stay whole.

    ``engine`` chooses the segmenter (see ``ENGINES``; None: ``default_engine()``); every engine
    gives the same tokens: the fast engine leaves a line holding a character on which its HMM and
    jieba's break a tie differently to jieba itself (``_hmm_tie_chars``; 2 of the corpus's 1,212 lines, read in
    their simplified reading). A Cantonese copy pays for it: 嘅, 喺 and 佢 are such characters, so its lines are cut
    by jieba, about 2.7 times slower.

    >>> [t.text for t in tokenize("惠及近180万户小微企业")]
    ['惠及', '近', '180万户', '小微企业']
    """
    engine = engine or default_engine()
    folded = traditional.fold(text)
    if engine != "jieba" and _hmm_tie_chars().search(folded):
        engine = "jieba"
    spans = _protected_spans(text, folded)
    if folded is not text:  # a Traditional copy: cut as its simplified reading, shown in its own characters
        make = tuple.__new__
        return [make(Token, (text[t.start:t.end], t.pos, t.start, t.end, t.kind)) for t in _tokenize(folded, engine, spans)]
    return _tokenize(text, engine, spans)


def _tokenize(text: str, engine: str, spans: list[tuple[int, int, str]]) -> list[Token]:
    _, _, domain = _engine(engine)
    out: list[Token] = []
    pos = 0
    for start, end, kind in spans:
        if start > pos:
            _cut_plain(text[pos:start], pos, out, engine)
        if kind == "figure":
            out.append(Token(text[start:end], FIGURE_POS, start, end, "figure"))
        else:
            out.append(Token(text[start:end], domain[text[start:end]], start, end))
        pos = end
    if pos < len(text):
        _cut_plain(text[pos:], pos, out, engine)
    return out


def plain_jieba_cut(text: str) -> list[str]:
    """Plain ``jieba.lcut`` with jieba's own dictionary only: the baseline the notebooks compare against."""
    _quiet()
    return jieba.lcut(text)


@cache
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's shipped IDF table (jieba/analyse/idf.txt) and its median, for TF-IDF keywords.

    Kept as a pickle in .cache/ (keyed by the file's size and modification time): it loads in 0.07 s where
    parsing the text takes 0.5 s, in every kernel that ranks keywords. The file is found beside jieba's code, not
    through its package: importing jieba.analyse parses the whole table again for a keyword extractor of its own.
    """
    source = Path(jieba.__file__).parent / "analyse" / "idf.txt"

    def read() -> tuple[dict[str, float], float]:
        table = {}
        for line in source.read_text(encoding="utf-8").splitlines():
            word, _, value = line.strip().partition(" ")
            if value:
                table[word] = float(value)
        values = sorted(table.values())
        return table, values[len(values) // 2]

    return _pickled("jieba_idf.pickle", _stamp(source), read)


@functools.lru_cache(maxsize=32)
def _line_tokens(text: str, engine: str) -> tuple[tuple[Token, ...], ...]:
    return tuple(tuple(tokenize(line, engine=engine)) for line in text.split("\n"))


@functools.lru_cache(maxsize=32)
def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return tuple(starts)  # cached: a tuple, so no caller can change what another is served


def forget() -> None:
    """Drop the cached line tokens and line statistics. Corpus mode calls it before each article, so a
    worker's memory stays flat and no article is served work done for another (two copies of a text
    share lines); benchmarks call it so that repeated text is cut again, as new text would be."""
    _line_tokens.cache_clear()
    _line_starts.cache_clear()
    numerals.statistics_of.cache_clear()


def line_tokens(text: str, *, engine: str | None = None) -> tuple[tuple[Token, ...], ...]:
    """``tokenize`` of each line of ``text`` (offsets into the line), cut once per text and engine and
    kept for the last 32 texts: terms, figures and rhetoric of one article share one tokenization."""
    return _line_tokens(text, engine or default_engine())


def line_of(text: str, offset: int) -> tuple[int, int, int]:
    """(index, start, end) of the line of ``text`` that holds ``offset``; end is the offset of its line
    break, or the text's length for the last line."""
    starts = _line_starts(text)
    i = bisect.bisect_right(starts, offset) - 1
    return i, starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else len(text)


def span_tokens(text: str, start: int, end: int, *, engine: str | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` (a sentence), offsets into that span, read from the tokens of
    its line (``line_tokens``) rather than cut again.

    jieba cuts at punctuation and white space, and a figure never spans a sentence's end, so a
    sentence's tokens are the same cut either way; where a span crosses a line or a token crosses its
    ends, the span is cut on its own (``tokenize(text[start:end])``).
    """
    engine = engine or default_engine()
    i, line_start, line_end = line_of(text, start)
    if end > line_end:
        return tokenize(text[start:end], engine=engine)
    tokens = _line_tokens(text, engine)[i]
    low, high = start - line_start, end - line_start
    first = bisect.bisect_right(tokens, low, key=lambda t: t.end)  # the first token ending after low
    out: list[Token] = []
    for token in tokens[first:]:
        if token.start >= high:
            break
        if token.start < low or token.end > high:
            return tokenize(text[start:end], engine=engine)
        out.append(Token(token.text, token.pos, token.start - low, token.end - low, token.kind))
    return out


def tokens_frame(article, *, engine: str | None = None) -> pd.DataFrame:  # noqa: ANN001 - helpers.article.Article
    """One row per token of ``article.text`` with its block kind, section, paragraph and sentence.

    Columns: ``token``, ``pos``, ``kind`` (word, figure, punct, space), ``start``, ``end``,
    ``block`` (headline, lead, heading, paragraph, caption), ``section`` (0 lead, 1.. sections,
    <NA> headline), ``paragraph``, ``sentence`` (0-based index into ``article.sentences``).
    Line breaks between blocks are not tokens.
    """
    rows = []
    sentences = article.sentences
    index = 0
    offset = 0
    for line, tokens in zip(article.text.split("\n"), line_tokens(article.text, engine=engine), strict=True):
        for token in tokens:
            start, end = offset + token.start, offset + token.end
            while index + 1 < len(sentences) and sentences[index].end <= start:
                index += 1
            sentence = sentences[index]
            rows.append((token.text, token.pos, token.kind, start, end, sentence.kind, sentence.section,
                         sentence.paragraph, index))
        offset += len(line) + 1
    columns = ["token", "pos", "kind", "start", "end", "block", "section", "paragraph", "sentence"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({"section": "Int64", "paragraph": "Int64"})
