"""Tables styled for reading in a notebook, with a stable text form (no memory addresses)."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

NUMBER_FORMAT = "{:,.4g}"


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
        styler = styler.format(dict.fromkeys(self._numbers, NUMBER_FORMAT), na_rep="—")
        return styler.to_html()

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)


def styled(frame: pd.DataFrame, *, numbers: Iterable[str] = ("value", "low", "high"), name: str = "table") -> StyledTable:
    """Wrap ``frame`` for display: numbers in ``numbers`` to four significant digits, no index."""
    return StyledTable(frame, numbers=numbers, name=name)
