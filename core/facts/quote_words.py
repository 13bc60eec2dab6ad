"""Words of quote attribution shared by ``core.facts.quotes`` and ``core.facts.quote_pronouns``: the reporting
verbs, the pattern of a capitalised name, and the clean-up of a name found beside a verb.

API: ``VERBS``, ``NAME`` (regular-expression sources), ``BODIES``, ``PEOPLE`` (words), ``without_lead_in(name) ->
str``, ``sentence_end_cut(name) -> str``, ``by_the_verb(name) -> str``, ``without_title(name) -> str``,
``person_of(before) -> str``.
"""

from __future__ import annotations

import re

VERBS = (
    r"said|says|say|told|tells|added|adds|explained|claimed|claims|wrote|writes|warned|warns|insisted|stated|"
    r"noted|asked|asks|replied|argued|argues|declared|estimated|described|called|calling|describing|"
    r"according\s+to"
)
NAME = r"((?:the\s+)?[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|(?:de|van|von|al|bin)\b|of(?=\s+[A-Z]))){0,3})"

BODIES = frozenset(
    """police agency commission council office ministry department service services trust foods ltd limited plc
    inc corp corporation company firm group bank university college school hospital party government committee
    board authority association union court news times network institute foundation club team army navy force
    forces federation organisation organization society fund church league""".split()
)  # the last word of an organisation's name ("West Yorkshire Police", "Harwood Foods Ltd"): no "he" or "she"
PEOPLE = frozenset(
    """man woman boy girl resident witness neighbour neighbor mother father son daughter wife husband friend
    passenger patient student teacher worker nurse doctor officer owner survivor victim spokesman spokeswoman
    spokesperson minister secretary president mayor leader chief executive director chairman chairwoman chair
    councillor councilor senator governor ambassador envoy judge prosecutor lawyer attorney inspector
    superintendent constable commissioner manager founder head engineer archivist curator professor detective
    sergeant captain coach bishop dean editor economist scientist researcher historian principal headteacher
    deputy assistant analyst""".split()
)  # a role that is a person ("a spokeswoman for the trust", "a neighbour"): not "the trust"
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


def by_the_verb(name: str) -> str:
    """The words of a name found before a reporting verb that stand in the verb's sentence: a name may run on from
    the end of the sentence before ("Benin. Director Susan Clarke" said: "Director Susan Clarke").

    >>> by_the_verb("Benin. Director Susan Clarke"), by_the_verb("Dr. Ann Lee"), by_the_verb("Ann Lee")
    ('Director Susan Clarke', 'Dr. Ann Lee', 'Ann Lee')
    """
    while (cut := sentence_end_cut(name)) != name:
        name = name[len(cut) :].strip()
    return name


def without_title(name: str) -> str:
    """A person's name without the capitalised role words before it ("Director Susan Clarke" -> "Susan Clarke",
    "Chief Executive Tim Cook" -> "Tim Cook"), when two words or more are left; Mr, Dr and the like stay.

    >>> without_title("Director Susan Clarke"), without_title("President Biden"), without_title("Head Office")
    ('Susan Clarke', 'President Biden', 'Head Office')
    """
    words = name.split()
    while len(words) > 2 and words[0].lower() in PEOPLE and words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


_PERSON_OF = re.compile(r"(?:^|(?<=\s))([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,4})\s+of\s+(?:the\s+)?$")
_NOT_PEOPLE = frozenset("The A An This That These Those He She It They We I".split())


def person_of(before: str, name: str = "") -> str:
    """The person a body's name belongs to, in "Maria Gomez of the Northfield Patients' Group said": the name of
    two capitalised words or more in one sentence (``by_the_verb``; the last no body's: ``BODIES``) that
    ``before``, the text up to the body's name, ends with, followed by "of" or "of the"; "" for none ("The
    Department of the Environment" is a body's name). Given the ``name`` found after ``before``, its words before
    an "of" may end the person's name ("Tom" and "Okafor of Riverside Tenants").

    >>> person_of("Maria Gomez of the "), person_of("in Benin. Mr. Tom Hale of "), person_of("The Department of the ")
    ('Maria Gomez', 'Mr. Tom Hale', '')
    >>> person_of("Tom ", "Okafor of Riverside Tenants"), person_of("the ", "Duke of Kent")
    ('Tom Okafor', '')
    """
    head, of, _ = name.partition(" of ")
    before = f"{before}{head} of " if of else before
    found = _PERSON_OF.search(before[-80:])
    words = by_the_verb(found.group(1)).split() if found else []
    if len(words) < 2 or words[0] in _NOT_PEOPLE or words[-1].lower() in BODIES:
        return ""
    return " ".join(words)
