"""Keyness: which terms a text uses more (or less) than a reference corpus, by two standard measures.

``log_likelihood`` is Dunning's G² (1993) in the form of Rayson & Garside (2000); ``log_odds`` is the
weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008,
"Fightin' Words", section 3.5), with its z-score. The prior of each term is its pooled count in text and
reference times ``prior_scale``, so a term seen once or twice is shrunk toward zero instead of topping
the list. Both are signed: positive where the text uses the term more than the reference.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Columns of ``keyness``.
COLUMNS = ("term", "count", "reference", "per_1000", "reference_per_1000", "log_likelihood", "log_odds", "z")
#: G² above this is significant at p < 0.01 with one degree of freedom (Rayson & Garside's usual cut-off 6.63).
LL_CRITICAL_01 = 6.63


def log_likelihood(a: np.ndarray, b: np.ndarray, n_a: float, n_b: float) -> np.ndarray:
    """Signed G² of counts ``a`` in a text of ``n_a`` words against ``b`` in a reference of ``n_b``.

    >>> round(float(log_likelihood(np.array([10]), np.array([20]), 100, 1000)[0]), 4)
    13.5795
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    e_a = n_a * (a + b) / (n_a + n_b)
    e_b = n_b * (a + b) / (n_a + n_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        term_a = np.where(a > 0, a * np.log(a / e_a), 0.0)
        term_b = np.where(b > 0, b * np.log(b / e_b), 0.0)
    g2 = 2 * (term_a + term_b)
    return np.where(a / n_a >= b / n_b, g2, -g2)


def log_odds(a: np.ndarray, b: np.ndarray, prior: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Monroe et al.'s weighted log-odds ratio (text against reference) and its z-score.

    ``prior`` is the Dirichlet prior of each term (α_w); the totals are the sums of the arrays, so
    pass every term of the vocabulary.
    """
    a, b, prior = (np.asarray(x, dtype=float) for x in (a, b, prior))
    n_a, n_b, alpha0 = a.sum(), b.sum(), prior.sum()
    delta = np.log((a + prior) / (n_a + alpha0 - a - prior)) - np.log((b + prior) / (n_b + alpha0 - b - prior))
    variance = 1 / (a + prior) + 1 / (b + prior)
    return delta, delta / np.sqrt(variance)


def keyness(counts: pd.Series, reference: pd.Series, *, words: int | None = None, reference_words: int | None = None,
            prior_scale: float = 1.0) -> pd.DataFrame:
    """Every term of ``counts`` (the text's term counts) scored against ``reference`` (the corpus's).

    ``words`` and ``reference_words`` are the running words per-1000 rates and G² are taken over
    (default: the sums of the counts). Columns: ``term``, ``count``, ``reference``, ``per_1000``,
    ``reference_per_1000``, ``log_likelihood`` (signed G²), ``log_odds`` and ``z`` (Monroe et al.),
    highest ``z`` first (ties by term). Terms only in the reference enter the log-odds totals but are
    not rows.
    """
    vocabulary = counts.index.union(reference.index)
    a = counts.reindex(vocabulary, fill_value=0).astype(float)
    b = reference.reindex(vocabulary, fill_value=0).astype(float)
    if a.sum() == 0:
        return pd.DataFrame(columns=list(COLUMNS))
    n_a = float(words or a.sum())
    n_b = float(reference_words or b.sum() or 1)
    delta, z = log_odds(a.to_numpy(), b.to_numpy(), prior_scale * (a + b).to_numpy())
    table = pd.DataFrame({
        "term": vocabulary, "count": a.astype(int).to_numpy(), "reference": b.astype(int).to_numpy(),
        "per_1000": (1000 * a / n_a).round(2).to_numpy(), "reference_per_1000": (1000 * b / n_b).round(3).to_numpy(),
        "log_likelihood": log_likelihood(a.to_numpy(), b.to_numpy(), n_a, n_b).round(3),
        "log_odds": delta.round(4), "z": z.round(3),
    })
    table = table[table["count"] > 0]
    return table.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
