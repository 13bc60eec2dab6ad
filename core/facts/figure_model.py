"""What a figure is: its kind, its qualifier and the figure itself (``core.facts.figures`` reads them from text).

API: ``Figure``, ``FigureKind``, ``Qualifier``, ``Located`` (a figure and the sentence it stands in).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from core.model import SentenceId


class FigureKind(enum.StrEnum):
    """What a figure measures; figures of different kinds are never compared."""

    COUNT = "count"
    SHARE = "share"  # a proportion: 50%, half, one in five (value is the fraction, 0.5)
    POINTS = "points"  # percentage points
    MONEY = "money"
    ORDINAL = "ordinal"
    DATE = "date"
    TIME = "time"  # a time of day: 3pm, 15:30, noon (value: minutes after midnight; key: "15:30")


class Qualifier(enum.StrEnum):
    """How a figure is hedged, as a relation to the true value."""

    EXACT = "exact"
    APPROXIMATE = "approximate"  # about, around, some, an estimated, roughly
    LOWER_BOUND = "lower bound"  # more than, over, at least, upwards of
    UPPER_BOUND = "upper bound"  # up to, as many as, at most, fewer than
    NEAR = "near"  # nearly, almost, just under
    AVERAGE = "average"  # an average of, a mean of, a median of, on average, averaging
    VAGUE = "vague"  # a magnitude without a number: hundreds, tens of thousands, several thousand (a range)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: its text (qualifier included), span ``[start, end)``, kind, value and what it counts.

    ``low`` and ``high`` are equal except for ranges; dates keep their normalised text in ``key`` instead.
    """

    text: str
    start: int
    end: int
    kind: FigureKind
    low: float
    high: float
    qualifier: Qualifier
    counted: str
    key: str
    unit: str = ""  # the currency of money ("£", "$")


Located = tuple[Figure, SentenceId]  # a figure and the sentence it stands in
