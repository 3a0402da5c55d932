"""An article's metadata from outside its text: the name of its file (``outlet-YYYYMMDD-slug.txt``) and the
date forms a metadata field is written in. Read by the corpus for every document and by ``Article.published``
for a single file, so both date an article alike."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

#: File name of a dated article: outlet, then an 8-digit date or ``unknown``, then a slug:
#: ``renminribao-20250520-kunshan`` → (renminribao, 20250520); ``hebei-stats-unknown-agri-h1`` → (hebei-stats, unknown).
RE_DATED_NAME = re.compile(r"^(?P<outlet>.+?)-(?P<date>\d{8}|unknown)-.+$")
#: A date at the start of a metadata field: 20250520, 2025-05-20 (time after it ignored), 2025/5/20, 2024年3月5日.
RE_DATE = re.compile(r"((?:19|20)\d{2})[-/.年]?\s*(1[0-2]|0?[1-9])[-/.月]?\s*(3[01]|[12]\d|0?[1-9])(?!\d)")
#: Metadata fields a JSON Lines record may carry besides ``text``.
METADATA_FIELDS = ("title", "date", "outlet", "url")


def name_metadata(name: str) -> dict[str, str]:
    """Metadata read from a file name of the form ``outlet-YYYYMMDD-slug.txt`` (else empty fields).

    >>> name_metadata("renminribao-20250520-kunshan.txt")["date"], name_metadata("a/rmrb-unknown-x.txt")["outlet"]
    ('2025-05-20', 'rmrb')
    >>> name_metadata("notes.txt")["outlet"], name_metadata("x-20251399-y.txt")["date"]
    ('', '')
    """
    meta = dict.fromkeys(METADATA_FIELDS, "")
    match = RE_DATED_NAME.match(Path(name).stem)
    if match:
        meta["outlet"] = match.group("outlet")
        meta["date"] = iso_date(match.group("date"))
    return meta


def iso_date(text: str) -> str:
    """A date as ISO ``YYYY-MM-DD``, or ``""`` where ``text`` holds no calendar date.

    >>> [iso_date(t) for t in ("20250520", "2025-05-20T08:00:00", "2024年3月5日", "2025/2/30", "unknown")]
    ['2025-05-20', '2025-05-20', '2024-03-05', '', '']
    """
    match = RE_DATE.match(str(text).strip())
    if not match:
        return ""
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return ""


def name_date(name: str | Path) -> dt.date | None:
    """The date a file's name gives it (``name_metadata``), or None.

    >>> name_date("tests/data/articles/renminribao-20250520-kunshan.txt"), name_date("seed.txt")
    (datetime.date(2025, 5, 20), None)
    """
    found = name_metadata(str(name))["date"]
    return dt.date.fromisoformat(found) if found else None
