"""Where a word stands in a text as a word of its own, found by a plain string search.

API: ``standing(text, word, joining, endings=("",)) -> Iterator[Span]``.

A word stands at an offset when the text holds it there with no word character (what a regex reads as ``\\w``:
a letter, a digit or "_", ``str.isalnum``) and none of ``joining`` right before it, and, after it, one of
``endings`` (tried in order) followed by none of them either: the matches, in order and not overlapping, of
``re.finditer(rf"(?<![\\w{J}]){re.escape(word)}(?:{E})(?![\\w{J}])", text)`` for ``joining`` J and the
alternatives E. No pattern is compiled for each word looked up (a compile costs a thousand times the search).

>>> list(standing("Security said the security of it", "security", "'’-"))
[(18, 26)]
>>> list(standing("P&O's ships and P&O-run ferries", "P&O", "&'’-", ("'s", "")))
[(0, 5)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from core.facts.wording.kinds import Span


def _joins(char: str, joining: str) -> bool:
    return char.isalnum() or char == "_" or char in joining


def _end(text: str, end: int, joining: str, endings: Sequence[str]) -> int:
    """Where the first of ``endings`` that stands at ``end`` with nothing joining after it ends, or -1."""
    for ending in endings:
        after = end + len(ending)
        if text.startswith(ending, end) and (after >= len(text) or not _joins(text[after], joining)):
            return after
    return -1


def standing(text: str, word: str, joining: str, endings: Sequence[str] = ("",)) -> Iterator[Span]:
    """The spans where ``word`` stands as a word of its own in ``text`` (see the module docstring)."""
    at = text.find(word)
    while at >= 0:
        end = -1 if at > 0 and _joins(text[at - 1], joining) else _end(text, at + len(word), joining, endings)
        if end >= 0:
            yield at, end
        at = text.find(word, end if end > at else at + 1)
