"""Hedge items that qualify no claim: an ability, not how sure anyone is of what is told.

API: ``no_hedge(side, item) -> bool``.

A modal is a hedge where it qualifies a claim ("the plant could close", "prices may rise"). These uses of an
ability word qualify none, so they are never a hedge added or dropped (``detect``), though each still pairs
with an ability word on the other side ("everything we could" / "everything we were able to" is cosmetic):

- "able" negated ("had not been able to", "wasn't able to", "unable") or achieved ("were able to", "has been
  able to"; not after a modal or "if": "would have been able to", "if they were able to" are hypotheses): what
  did or did not happen;
- "can" / "could" (or "cannot") in a relative clause on a quantity, its subject a pronoun or a noun after a
  determiner: "everything we can", "all it could", "whatever they could afford", "everything that the council
  can", "as much as it can", "as best we can", "the most it can"; not "as far as we can tell" (a hedge), nor
  "everything could change", "anything that could help" or "all the money could be lost" (the quantity is the
  subject: a possibility);
- "can" / "could" in a clause of time or purpose opened by before, until, till or "so that", one to three words
  of subject between ("before they could be used", "until the bridge could be inspected", "so that teachers
  could attend"): when or why something was done. The words between must be the clause's subject, one word or
  a determiner's noun phrase ("Before Christmas prices could rise", "Until then the plant could stay open" are
  hedges); punctuation between stops it ("Before the vote, the plant could close"), and so does a pronoun after
  other words ("before Christmas they could").

The words must follow one another with no punctuation between. A scan of windows of a text may lack the words
before an item: then the item stays a hedge.

>>> from core.facts.wording.scan import scan
>>> side = scan("We did everything we could, but the plant could close before anyone could stop it.")
>>> [(item.text, no_hedge(side, item)) for item in side.hedges]
[('could', True), ('could', False), ('could', True)]
"""

from __future__ import annotations

from bisect import bisect_left

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Item, Scan

ABILITY_MODALS = frozenset("can could cannot".split())  # the modals that may say an ability
QUANTITIES = frozenset("everything anything all whatever nothing".split())  # "everything we can"
SUPERLATIVES = frozenset("most best least".split())  # after "the": "the most it can"
SUBJECT_PRONOUNS = frozenset("i we you he she it they one".split())
CLAUSE_OPENERS = frozenset("before until till".split())  # and "so that": a clause of time or purpose
HYPOTHESIS = frozenset("if unless whether would could might may should".split())  # "if they were able to"
ACHIEVED = frozenset("was were been".split())  # "were able to", "has been able to"
CLAUSE_SUBJECT_WORDS = 3  # the most words between a clause's opener and its modal ("before the old tank could")


def no_hedge(side: Scan, item: Item) -> bool:
    """Whether a hedge item of ``side`` is an ability word that qualifies no claim (the module docstring)."""
    k = bisect_left(side.starts, item.start)
    if item.group != "possible" or k >= len(side.lows) or side.starts[k] != item.start:
        return False
    low = side.lows[k]
    if low in lx.ABILITY:
        return _stated_ability(side.lows, k)
    if lx.CONTRACTED_MODALS.get(low, low) not in ABILITY_MODALS:
        return False
    return _on_a_quantity(side, k) or _in_time_or_purpose_clause(side, k)


def _stated_ability(lows: list[str], k: int) -> bool:
    """Whether "able" at token ``k`` is negated or achieved: what did or did not happen."""
    if any(w in lx.ABILITY_NEGATORS or w.endswith("n't") for w in lows[max(0, k - 2) : k + 2]):
        return True
    return k > 0 and lows[k - 1] in ACHIEVED and HYPOTHESIS.isdisjoint(lows[max(0, k - 4) : k - 1])


def _joined(side: Scan, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` follow one another with nothing but spaces between."""
    text, starts, ends = side.text, side.starts, side.ends
    return first >= 0 and all(not text[ends[j] : starts[j + 1]].strip() for j in range(first, last))


def _subject_start(lows: list[str], k: int) -> int:
    """Where the subject of the modal at token ``k`` begins when it is a pronoun ("we can") or a noun after a
    determiner ("the council can"), else -1."""
    if k >= 1 and lows[k - 1] in SUBJECT_PRONOUNS:
        return k - 1
    if k >= 2 and lows[k - 2] in lx.DETERMINERS and lows[k - 2] not in ("that", "this") and lows[k - 1].isalpha():
        return k - 2
    return -1


def _on_a_quantity(side: Scan, k: int) -> bool:
    """Whether the modal at token ``k`` closes a relative clause on a quantity ("everything we can")."""
    lows = side.lows
    j = _subject_start(lows, k) - 1
    if j >= 0 and lows[j] == "that":
        j -= 1  # "everything that we can"
    if j < 0:
        return False
    word = lows[j]
    if word == "all" and lows[j + 1] in lx.DETERMINERS:
        return False  # "all the money could be lost": "all the money" is the subject, no relative clause
    if word in QUANTITIES:
        return _joined(side, j, k)
    if word in SUPERLATIVES and j >= 1 and lows[j - 1] in ("the", "as"):  # "the most it can", "as best we can"
        return _joined(side, j - 1, k)
    if word == "as" and j >= 2 and lows[j - 2] == "as" and lows[j - 1] != "far":  # "as much as", not "as far as"
        return _joined(side, j - 2, k)
    return False


def _in_time_or_purpose_clause(side: Scan, k: int) -> bool:
    """Whether the modal at token ``k`` stands in a clause of time or purpose ("before they could be used")."""
    lows = side.lows
    for words in range(1, CLAUSE_SUBJECT_WORDS + 1):
        j = k - words - 1
        if j < 0:
            return False
        opener = lows[j] in CLAUSE_OPENERS or (lows[j] == "that" and j >= 1 and lows[j - 1] == "so")
        if opener:
            pronoun_inside = words > 1 and not SUBJECT_PRONOUNS.isdisjoint(lows[j + 1 : k])
            subject = words == 1 or lows[j + 1] in lx.DETERMINERS  # "they", "teachers", "the old tank"
            return subject and not pronoun_inside and _joined(side, j, k)
    return False
