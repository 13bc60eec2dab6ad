"""The records of a scan: ``Item`` (a wording item), ``Unit`` (a name or office title) and ``Scan`` (a text's
tokens as parallel lists and its items by check). Built by ``core.facts.wording.scan``, read by the checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Item(NamedTuple):
    """A wording item: its group (what is compared), its words, its span, and for reporting verbs the speaker."""

    group: str
    text: str
    start: int
    end: int
    head: str = ""


class Unit(NamedTuple):
    """A name (or a lower-case office title): its text, span, word keys, initials and last word's key."""

    text: str
    start: int
    end: int
    keys: frozenset[str]
    initials: str
    last: str
    title: bool = False  # an office title written lower case (``core.facts.wording.titles``)


@dataclass(slots=True)
class Scan:
    """The tokens of one text (as parallel lists: as written, lower case, start and end offsets) and its items,
    by check."""

    text: str
    words: list[str]
    lows: list[str]
    starts: list[int]
    ends: list[int]
    reporting: list[Item] = field(default_factory=list)
    hedges: list[Item] = field(default_factory=list)
    negators: list[Item] = field(default_factory=list)
    loaded: list[Item] = field(default_factory=list)
    times: list[Item] = field(default_factory=list)
    shouted: list[int] = field(default_factory=list)  # tokens in capitals, four letters or more, by index
    whole: bool = False  # whether the tokens are those of the whole text (no window left any out)

    def item(self, group: str, first: int, last: int, head: str = "") -> Item:
        """An item over tokens ``first..last``."""
        start, end = self.starts[first], self.ends[last]
        return Item(group, self.text[start:end], start, end, head)
