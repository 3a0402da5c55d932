"""Tables styled for reading in a notebook, with a stable text form (no memory addresses)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

#: Chinese place values for showing large numbers the way the article writes them.
CN_SCALES = ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"))


def format_number(value: float) -> str:
    """A number as Chinese writing shows it: 3.61e13 → '36.1万亿', 1.8e6 → '180万', inf → '∞'.

    >>> format_number(3.61e13), format_number(1_800_000), format_number(12.2), format_number(math.inf)
    ('36.1万亿', '180万', '12.2', '∞')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    for scale, name in CN_SCALES:
        if abs(value) >= scale:
            return f"{value / scale:.6g}{name}"
    return f"{value:.6g}"


class StyledTable:
    """A DataFrame shown as styled HTML in JupyterLab and as plain text elsewhere.

    pandas' Styler prints its memory address as its text form, which would change a notebook on
    every run; this wrapper prints the table instead.
    """

    def __init__(self, frame: pd.DataFrame, *, numbers: Iterable[str] = (), name: str = "table") -> None:
        self.frame = frame
        self._numbers = [c for c in numbers if c in frame.columns]
        self._name = name

    def _repr_html_(self) -> str:
        styler = self.frame.style.set_uuid(self._name).hide(axis="index")
        # A missing value is a blank, not None, <NA> or NaN; other decimals as pandas prints them (not 6 places).
        floats = [c for c in self.frame.columns if pd.api.types.is_float_dtype(self.frame[c]) and c not in self._numbers]
        styler = styler.format(na_rep="")
        if floats:  # subset given: a formatter dict alone would reset every other column to the default
            styler = styler.format("{:.6g}", subset=floats, na_rep="")
        if self._numbers:
            styler = styler.format(format_number, subset=self._numbers, na_rep="—")
        return styler.to_html()

    def __repr__(self) -> str:
        return blank_missing(self.frame).to_string(index=False)


def blank_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every missing value (None, <NA>, NaN, NaT) shown as an empty string, for display only.

    >>> blank_missing(pd.DataFrame({"a": [1, None]}).astype("Int64"))["a"].tolist()
    [1, '']
    """
    out = frame.copy()
    for column in frame.columns[frame.isna().any()]:
        out[column] = frame[column].astype(object).where(frame[column].notna(), "")
    return out


def styled(frame: pd.DataFrame, *, numbers: Iterable[str] = ("value", "low", "high"), name: str = "table") -> StyledTable:
    """Wrap ``frame`` for display: numbers in ``numbers`` written with 万/亿/万亿, no index."""
    return StyledTable(frame, numbers=numbers, name=name)
