"""Speakers of quotes: whether two may be one person, and whether the rewrite gives a quote to another.

API: ``same_speaker(one, other) -> bool``, ``given_away(quote, source, documents) -> bool``,
``anonymous(speaker) -> bool``.
"""

from __future__ import annotations

from core.facts.quotes import Quote
from core.model import Document


def same_speaker(one: str, other: str) -> bool:
    """Whether two speakers may be one person: either unknown, the words of one among the other's ("Vance" /
    "Peter Vance", "Smith" / "Smith's"), or one the other's initials ("DH" / "Department of Health").

    >>> same_speaker("Peter Vance", "Vance"), same_speaker("Smith", ""), same_speaker("Smith", "Jones")
    (True, True, False)
    >>> same_speaker("DH", "Department of Health")
    True
    """
    words = [set(name.casefold().replace("’", "'").replace("'s", "").rstrip(".,").split()) for name in (one, other)]
    if not words[0] or not words[1] or words[0] <= words[1] or words[1] <= words[0]:
        return True
    initials = ["".join(w[0] for w in name.split() if w[0].isupper()) for name in (one, other)]
    return one.replace(".", "") in (initials[1], other) or other.replace(".", "") in (initials[0], one)


def given_away(quote: Quote, source: Quote, documents: tuple[Document, Document]) -> bool:
    """Whether the rewrite gives a quote of the original to another speaker: both named beside a reporting verb
    (a sentence's subject is only a guess), not ``same_speaker``, and neither paragraph naming the other's speaker
    (a title for a name, "US Attorney General" / "Loretta Lynch", or a body for its member: the same speaker
    named another way, which the paragraph shows). A named speaker replaced by an anonymous one ("Mr Reid said" /
    "a company spokesman said") is given away; one anonymous speaker for another is not."""
    if not (quote.named and source.named) or same_speaker(quote.speaker, source.speaker):
        return False
    if anonymous(quote.speaker) and anonymous(source.speaker):
        return False  # "a spokesman" / "a spokeswoman": nobody named on either side
    texts = documents[1].paragraphs[quote.paragraph].text, documents[0].paragraphs[source.paragraph].text
    return not any(_named_in(name, text) for name, text in ((source.speaker, texts[0]), (quote.speaker, texts[1])))


def anonymous(speaker: str) -> bool:
    """Whether a speaker is a role said with an indefinite article, naming nobody ("a company spokesman", "one
    resident"; not "the mayor", who may be a person the article names).

    >>> anonymous("a company spokesman"), anonymous("the mayor"), anonymous("Ann Lee")
    (True, False, False)
    """
    words = speaker.split()
    return len(words) > 1 and words[0] in _INDEFINITE


_INDEFINITE = frozenset(("a", "an", "one", "another"))


def _named_in(name: str, text: str) -> bool:
    """Whether a paragraph names a speaker: every capitalised word of it stands there; a role said with an
    indefinite article (``anonymous``) only when its other words do ("Tom Hale, a company spokesman, said")."""
    if anonymous(name):
        return name.split(None, 1)[1].casefold() in text.casefold()
    return all(word in text for word in name.split() if word[:1].isupper())
