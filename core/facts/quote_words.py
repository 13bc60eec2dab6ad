"""Words of quote attribution shared by ``core.facts.quotes`` and ``core.facts.quote_pronouns``: the reporting
verbs, the pattern of a capitalised name, and the clean-up of a name found beside a verb.

API: ``VERBS``, ``NAME`` (regular-expression sources), ``without_lead_in(name) -> str``,
``sentence_end_cut(name) -> str``.
"""

from __future__ import annotations

VERBS = (
    r"said|says|say|told|tells|added|adds|explained|claimed|claims|wrote|writes|warned|warns|insisted|stated|"
    r"noted|asked|asks|replied|argued|argues|declared|estimated|described|called|calling|describing|"
    r"according\s+to"
)
NAME = r"((?:the\s+)?[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|(?:de|van|von|al|bin)\b|of(?=\s+[A-Z]))){0,3})"

_ABBREVIATED = frozenset("Mr. Mrs. Ms. Dr. St. Jr. Sr. Prof. Gen. Col. Sgt. Rev. Gov. Sen. Rep. Lt. Capt.".split())


def without_lead_in(name: str) -> str:
    """A name without the words a sentence opens with before it ("Then Joseph" -> "Joseph", "When" -> ""); none
    after a preposition ("To Sarah": whom it was said to) or where a possessive is left ("Joseph's": his brothers
    spoke). Only those words (``_LEAD_INS``): "May", "Will Smith" are names.

    >>> [without_lead_in(n) for n in ("Then Joseph", "When", "To Sarah", "When Joseph’s", "US", "His", "May")]
    ['Joseph', '', '', '', 'US', '', 'May']
    """
    words = name.split()
    while words and words[0].lower() in _LEAD_INS:
        if words[0].lower() in _PREPOSITIONS:
            return ""
        words = words[1:]
    if words and words[-1].endswith(("’s", "'s")):
        return ""  # "Joseph's brothers said": not Joseph (``_VOICE``: "the UK's submission said" is the UK's)
    return " ".join(words)


_PREPOSITIONS = frozenset("to for after about as with from of in on at by before since until upon into".split())
_LEAD_INS = _PREPOSITIONS | frozenset(
    """then when while once if so and but or yet although though because let his her their its our my your there
    here one more you it this that these those""".split()
)  # words a sentence opens with, capitalised there, that are no speaker's name


def sentence_end_cut(name: str) -> str:
    """A name cut where its sentence ends ("Penrose. The pier": "Penrose."), a full stop after an initial or an
    abbreviation ("J. Smith", "Dr. Lee", "U.S.") kept.

    >>> sentence_end_cut("Penrose. The"), sentence_end_cut("Dr. Ann Lee"), sentence_end_cut("J. R. Smith")
    ('Penrose.', 'Dr. Ann Lee', 'J. R. Smith')
    """
    words = name.split()
    for k, word in enumerate(words[:-1]):
        if word.endswith(".") and len(word.rstrip(".")) > 1 and "." not in word[:-1] and word not in _ABBREVIATED:
            return " ".join(words[: k + 1])
    return name
