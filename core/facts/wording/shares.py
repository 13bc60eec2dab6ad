"""The speaker of a reporting verb whose subject is a share of a group: "a quarter of those surveyed said",
"half of the respondents said", "most of them said", "a third said".

API: ``share_speaker(scan, i) -> str | None``: for the reporting verb at token ``i``, None when its subject (the
words before it back to the clause's start, ``SHARE_REACH`` at most) opens with no share word; else the speaker
word the share is of: the first content word after "of" ("half of the respondents": "respondents"), or "" when
the share names no group ("a third", "one in five", "most of them", "a quarter of those with the longest
commutes": a pronoun); None too for a share word before a noun ("most residents", "one Dutch newspaper": the
noun is the speaker, found as any other). A share is no speaker: "a quarter of those ... said"
/ "a third said" is the same group, the figure change (a quarter -> a third) the figures' finding; so a head
of "" is compared with nothing, and words inside the subject's modifiers ("commutes") are never its head.

>>> from core.facts.wording.scan import scan
>>> side = scan("A quarter of those with the longest commutes said they were tired.")
>>> share_speaker(side, side.lows.index("said"))
''
>>> side = scan("Half of the respondents said they were tired.")
>>> share_speaker(side, side.lows.index("said"))
'respondents'
>>> side = scan("Officials said they were tired.")
>>> share_speaker(side, side.lows.index("said")) is None
True
"""

from __future__ import annotations

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Scan
from core.text.terms import STOP_WORDS

SHARE_WORDS = frozenset(
    "half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths most many some few several "
    "majority minority all none both each".split()
)  # words that name a share of a group, not a speaker
SHARE_REACH = 10  # words: the most between a clause's start and its reporting verb that a share subject spans
_CLAUSE_OPENERS = frozenset("that and but while because as when if although though whereas".split())
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred".split()
)  # "two thirds", "one in five", "two of the officials": a count before a group
_SHARE_LINKS = frozenset("in per cent percent %".split())  # "one in five", "40 per cent"
_SKIPPED = frozenset({"a", "an", "the", "about", "nearly", "almost", "around", "roughly", "just", "over", "only"})


def _clause_start(scan: Scan, i: int) -> int:
    """The first token of the clause that the reporting verb at token ``i`` closes its subject in: back over
    tokens joined by spaces alone, to a clause opener ("that", "and") or ``SHARE_REACH`` words."""
    text, starts, ends, lows = scan.text, scan.starts, scan.ends, scan.lows
    k = i
    while k > 0 and i - k < SHARE_REACH and not text[ends[k - 1] : starts[k]].strip():
        if lows[k - 1] in _CLAUSE_OPENERS:
            break
        k -= 1
    return k


def _share_word(low: str) -> bool:
    return low in SHARE_WORDS or low in NUMBER_WORDS or low[:1].isdigit()


def share_speaker(scan: Scan, i: int) -> str | None:
    """The speaker word of a share subject before the reporting verb at token ``i`` (see the module docstring)."""
    k = _clause_start(scan, i)
    lows = scan.lows
    while k < i and lows[k] in _SKIPPED:
        k += 1
    if k >= i or not _share_word(lows[k]):
        return None
    while k < i and (_share_word(lows[k]) or lows[k] in _SHARE_LINKS):
        k += 1  # "two thirds", "one in five", "40 per cent"
    if k < i and lows[k] != "of":
        return None  # "most residents said", "one Dutch newspaper wrote": a plain noun phrase, its noun the speaker
    k += 1
    while k < i and lows[k] in lx.DETERMINERS and lows[k] not in ("those", "these"):
        k += 1
    if k >= i or lows[k] in STOP_WORDS or not lows[k].isalpha() or (k and scan.words[k][:1].isupper()):
        return ""  # no group named, or a name ("half of Labour MPs": the names check covers it)
    return lows[k]
