"""The hedge of a figure: the words right before it (or "on average" after it) as a ``Qualifier``.

API: ``qualifier(text, start) -> (Qualifier, begin)``: the hedge right before ``start`` and where its words begin;
``hedge_read(text, number, qualifier, counted) -> (Qualifier, begin)``: that hedge read again once the counted
thing is known (``number`` is the figure's number ``(begin, start, end)``).

- The last one to three words before a figure, from ``core.facts.figure_words.QUALIFIERS`` (the longest phrase
  wins: "just under" over "under"): about (approximate), more than (lower bound), up to (upper bound), nearly
  (near), and "an average of", "a mean of", "a median of", "on average", "averaging" (average).
- **An average after it**: "waited nine weeks on average" is an average, like "an average of nine weeks".
- **"Over" meaning "during"**: before an amount of time, "over" tells when, not how much, where it opens a clause
  (the sentence's start, or after a comma, semicolon, colon, dash or bracket: "Over two years, a team...") or
  follows a verb of change ("prices rose over two years", "payments spread over three months") or a figure
  ("a 5% rise over two years"), and wherever "over the" stands before it ("over the two years": a definite
  period): the figure is exact. Elsewhere it is a lower bound: "for over two years", "in over a decade", "over
  200 people" (a count, not a span of time).

>>> text = "Waits of an average of 9 weeks"
>>> qualifier(text, text.index("9"))
(<Qualifier.AVERAGE: 'average'>, 9)
>>> def read(text: str) -> tuple[Qualifier, int]:
...     start = text.index("two")
...     hedge, begin = qualifier(text, start)
...     return hedge_read(text, (begin, start, start + 3), hedge, "years")
>>> read("Over two years, a team grew."), read("It ran for over two years.")
((<Qualifier.EXACT: 'exact'>, 5), (<Qualifier.LOWER_BOUND: 'lower bound'>, 11))
"""

from __future__ import annotations

import re

from core.facts.counted import unit_of_time
from core.facts.figure_model import Qualifier
from core.facts.figure_words import QUALIFIERS

_LETTERS = re.compile(r"[a-z]+")
_ADJACENT = re.compile(r"[a-z]+(?:\s+[a-z]+)*[\s“‘\"'(\[]*")  # a hedge's words, side by side, up to the figure
_QUALIFIER_ENDS = frozenset(phrase.split()[-1] for phrase in QUALIFIERS)  # the last word of some hedge
_PREPOSITIONS = frozenset("under over below above beyond".split())  # bounds that also govern nouns
_ARTICLE_QUALIFIER = re.compile(r"\b(?:an estimated|an approximate|a total of|a maximum of)\s+$")
_AVERAGE_AFTER = re.compile(r"\s*,?\s+on\s+(?:an\s+)?average\b", re.IGNORECASE)
_AVERAGE_REACH = 64  # characters after a figure within which "on average" is looked for
_CLAUSE_OPENS = ",;:([–—-"  # the character before a clause-opening "over" ("..., over two years, ...")
_CHANGE_VERBS = frozenset(
    """rose risen rise rises rising fell fallen fall falls falling grew grown grow grows growing increased increase
    increases increasing decreased decrease decreases declined decline declines dropped drop drops climbed climb
    climbs jumped jump soared surged slumped plunged doubled tripled trebled halved improved improve worsened
    expanded expand shrank shrunk changed change built build developed develop evolved spread spreads paid repaid
    phased staggered gathered collected recovered gained""".split()
)


def qualifier(text: str, start: int) -> tuple[Qualifier, int]:
    """The qualifier right before ``start`` (its last one to three words) and where it begins."""
    before = text[max(0, start - 32) : start].lower()
    if before and not before[-1].isspace() and before[-1] not in "“‘\"'([":
        return Qualifier.EXACT, start  # "20-cent": a number run on from a word has no hedge of its own
    words = _LETTERS.findall(before)
    if not words or (words[-1] not in _QUALIFIER_ENDS and (words[-1] not in ("a", "an") or len(words) < 2)):
        return Qualifier.EXACT, start  # no hedge ends with the last word (most figures: no hedge at all)
    found = list(_LETTERS.finditer(before))
    if found and found[-1].group(0) in ("a", "an") and not _ARTICLE_QUALIFIER.search(before):
        found.pop()  # "at least an 8.5": the article stands between the hedge and the figure
        if found and found[-1].group(0) in _PREPOSITIONS and not text[start : start + 1].isalpha():
            return Qualifier.EXACT, start  # "under a £4.2m scheme": the preposition governs the noun, not the sum
    for size in (3, 2, 1):
        if len(found) >= size:
            relation = QUALIFIERS.get(" ".join(m.group(0) for m in found[-size:]))
            if relation is not None and _ADJACENT.fullmatch(before, found[-size].start()):
                return Qualifier(relation), start - len(before) + found[-size].start()
    return Qualifier.EXACT, start


def hedge_read(text: str, number: tuple[int, int, int], hedge: Qualifier, counted: str) -> tuple[Qualifier, int]:
    """``hedge`` (found by ``qualifier`` at ``number[0]``, the figure's number at ``number[1]``-``number[2]``)
    read again with the counted thing: an average said after the figure, "over" meaning "during" (module
    docstring). Returns the qualifier and where the figure's words begin."""
    begin, start, end = number
    if hedge is Qualifier.EXACT:
        tail = text[end : end + _AVERAGE_REACH]
        if "average" in tail.lower() and _AVERAGE_AFTER.match(tail, len(counted) + (tail[:1] == " ")):
            return Qualifier.AVERAGE, begin
        return hedge, begin
    words = " ".join(text[begin:start].lower().split()) if hedge is Qualifier.LOWER_BOUND else ""
    during = words == "over the" or (words == "over" and _opens_clause_or_follows_a_change(text, begin))
    if during and unit_of_time(counted):  # "over the two years", "Over two years, ...": when, not how much
        return Qualifier.EXACT, start
    return hedge, begin


def _opens_clause_or_follows_a_change(text: str, at: int) -> bool:
    """Whether the word at ``at`` ("over") opens the text or a clause, or follows a verb of change or a figure."""
    before = text[max(0, at - 40) : at].rstrip()
    if not before or before[-1] in _CLAUSE_OPENS or before[-1] in "%" or before[-1].isdigit():
        return True
    words = _LETTERS.findall(before.lower())
    return bool(words) and before.lower().endswith(words[-1]) and words[-1] in _CHANGE_VERBS
