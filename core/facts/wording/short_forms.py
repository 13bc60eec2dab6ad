"""A name shortened to its leading part: "P&O Ferries" / "P&O", "Ryanair Holdings" / "Ryanair".

API: ``short_form(name, other_text, thresholds=SHORT_FORM) -> bool``; ``ShortFormThresholds``.

An organisation is often named in full once and by its short form after ("P&O Ferries ... P&O said"), as a person
is by surname (``names._same_name``). A name of two words or more is the same name as its first word when the
other text names that word alone: standing by itself (no capitalised word right after it, "P&O Cruises" is
another name; none right before it, but a sentence's first word) and never written there in lower case. The first
word must itself be a name, not a common word that opens many names ("New York" / "New", "British Airways" /
"British", "Apple Music" / "Apple"): an acronym or a word with an ampersand ("BBC", "P&O"), else a word that is
neither a demonym or place alias (``lexicon.ALIASES``), a compass word nor a common English word
(``ShortFormThresholds.common_zipf``). The words it drops must say what the named thing is, common words
("Ferries", "Retail", "Holdings": ``ShortFormThresholds.descriptor_zipf``), not a name of their own ("Leeds A&E"
/ "Leeds", "DFDS Seaways" / "DFDS" are still names dropped).

>>> short_form("P&O Ferries", "Sailings resumed. P&O said the storm had passed.")
True
>>> short_form("P&O Ferries", "P&O Cruises said the storm had passed."), short_form("New York", "New rules.")
(False, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.facts.wording import lexicon as lx
from core.facts.wording.standing import standing
from core.text.frequency import zipf
from core.text.terms import STOP_WORDS


@dataclass(frozen=True)
class ShortFormThresholds:
    common_zipf: float = 4.5  # Zipf (log10 uses per billion words): a first word this common is no short form
    # ("new" 6.6, "british" 5.1, "apple" 4.8; "ryanair", "tesco" under 4)
    descriptor_zipf: float = 3.0  # Zipf: the words after it must be this common, words that say what it is
    # ("ferries" 3.18, "retail" 4.55, "holdings" 4.0), no name of their own ("A&E", "Seaways" 0)


SHORT_FORM = ShortFormThresholds()
_JOINING = "&'’-"  # what joins a word to the next one: no word of its own stands there
_POSSESSIVE = ("'s", "’s", "")  # what may end the first word where it stands alone ("P&O's")
_NEXT_NAME = re.compile(r" (?:&|[A-Z]|(?:of|for|de|la|van|von) [A-Z])")  # what continues a name after a word


def _own_name(word: str, thresholds: ShortFormThresholds) -> bool:
    """Whether ``word`` names something by itself (module docstring)."""
    if "&" in word or (word.isupper() and len(word.replace(".", "")) >= 2):
        return True
    low = word.lower()
    return (
        word[:1].isupper()
        and low not in lx.ALIASES
        and low not in lx.COMPASS
        and low not in STOP_WORDS
        and zipf(low) < thresholds.common_zipf
    )


def _descriptor(word: str, thresholds: ShortFormThresholds) -> bool:
    """Whether a word after a name's first says what it is ("Ferries", "Retail", "Holdings", "of"), not a name of
    its own (an acronym, a rare word: "A&E", "Seaways")."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    if low in lx.NAME_CONNECTORS or low in ("&", "and", "the"):
        return True
    return not word.isupper() and low.isalpha() and zipf(low) >= thresholds.descriptor_zipf


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of ``text`` stands alone: no capitalised word joined to it either side."""
    if _NEXT_NAME.match(text, end):
        return False
    before = text[:start]
    if not before.endswith(" ") or before.endswith((". ", "! ", "? ", ": ")):
        return True
    previous = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    return not previous[:1].isupper() or previous.lower() in STOP_WORDS  # "When P&O ..."


def short_form(name: str, other_text: str, thresholds: ShortFormThresholds = SHORT_FORM) -> bool:
    """Whether ``other_text`` names ``name`` by its first word alone (module docstring)."""
    words = name.split()
    first = words[0].removesuffix("'s").removesuffix("’s") if len(words) >= 2 else ""
    if not first or first not in other_text or not _own_name(first, thresholds):
        return False
    if not all(_descriptor(word, thresholds) for word in words[1:]):
        return False  # "Leeds A&E" / "Leeds": a name of its own went
    low = first.lower()
    if low != first and next(standing(other_text, low, _JOINING), None) is not None:
        return False  # written in lower case there: a common word after all
    found = standing(other_text, first, _JOINING, _POSSESSIVE)
    return any(_alone(other_text, start, end) for start, end in found)
