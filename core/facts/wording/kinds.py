"""What a substantive change is: its kind, the words on each side, a one-line note, and where the words stand.

>>> Change(ChangeKind.HEDGE, "allegedly", "", "hedge dropped: allegedly").kind.value
'hedge'
>>> [kind.value for kind in sorted(ChangeKind, key=RANK.get)][:3]
['figure', 'quote', 'negation']
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

Span = tuple[int, int]  # half-open character offsets into one side's link text


class ChangeKind(enum.StrEnum):
    """What kind of substantive change a reworded link holds."""

    ATTRIBUTION = "attribution"  # reporting verb's stance, an attribution added or dropped, the speaker changed
    HEDGE = "hedge"  # allegedly, reportedly, "is said to", will <-> may: certainty changed
    NEGATION = "negation"  # a not, never, no, denied on one side only
    NAMES = "names"  # a person, place, organisation or title changed, added or dropped
    LOADED = "loaded"  # evaluative or sensational words, exclamation marks, capitals
    TIME = "time"  # yesterday, today, last week: a relative time reference
    FIGURE = "figure"  # a figure changed, dropped or added (core.facts figures)
    QUOTE = "quote"  # a quotation altered, unsupported or dropped (core.facts quotes)


# How much each kind weighs for a reader, heaviest first (the findings list and the report keep this order).
_ORDER = (ChangeKind.FIGURE, ChangeKind.QUOTE, ChangeKind.NEGATION, ChangeKind.ATTRIBUTION, ChangeKind.NAMES,
          ChangeKind.HEDGE, ChangeKind.LOADED, ChangeKind.TIME)  # fmt: skip
RANK = {kind: position for position, kind in enumerate(_ORDER)}


@dataclass(frozen=True, slots=True)
class Change:
    """One substantive change of a link: the words on the left and on the right ("" where a side has none), a
    note for a reader, and the spans of those words in the link's left and right texts (for marking them)."""

    kind: ChangeKind
    left: str
    right: str
    note: str
    left_spans: tuple[Span, ...] = ()
    right_spans: tuple[Span, ...] = ()
