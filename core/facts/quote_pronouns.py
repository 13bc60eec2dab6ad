"""Speakers given by a pronoun: "“…,” he said.", "She added that … “…”", "…, saying it would “…”".

API: ``pronoun_of(text, start, end, sentence_start) -> str``, ``pronoun_after(text, start, end) -> str``,
``Mention``, ``Antecedents(document)``, ``.resolve(pronoun, paragraph, offset, sentence_start, spoken) -> (str, bool)``.

``pronoun_of`` tells whether a quote's speaker is a pronoun beside a reporting verb ("he", "she", "they"), or a
"saying" with no subject of its own ("saying"; "He welcomed it, saying …" is "he"). ``Antecedents.resolve`` finds
whom it stands for, as a reader would: the latest speaker before the quote in its paragraph, then in the
``LOOK_BACK`` paragraphs before it. A speaker is a name or a role beside a reporting verb ("Mark Fellowes, who
chairs the group, said", "said Ann Lee", "A spokeswoman for the trust said"), a quote's named speaker
(``spoken``), or the name a sentence opens with when a pronoun in it reports speech ("Councillor Ruth Akers
criticised the defences, which she said …"). A name only mentioned ("Police arrested Tom Hale") is no speaker.
"he" and "she" stand for a person: not an organisation (a name after "the", one holding "of", one ending in a
word of ``BODIES``, a lone capitalised word never seen inside a sentence: "Campaigners said"), nor a Mr when
"she" (Mr, Mrs, Ms, Miss before the name or its surname anywhere in the article: no guess from first names).
"they" stands for the latest speaker only when that is no person ("The council said … “…,” they said."). A
"saying" is its own sentence's subject's, or nobody's. "" when no speaker fits.

>>> from core.text.paragraphs import document_from_text
>>> document = document_from_text("Ann Lee said the vote was fair.\\n\\nPolice later arrested Tom Hale.")
>>> Antecedents(document).resolve("she", 1, 30, 0, [])
('Ann Lee', True)
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from core.facts.look_back import ends_with
from core.facts.quote_words import (
    BODIES,
    NAME,
    PEOPLE,
    VERBS,
    by_the_verb,
    person_of,
    sentence_end_cut,
    without_lead_in,
    without_title,
)
from core.model import Document
from core.text.terms import STOP_WORDS

LOOK_BACK = 3  # paragraphs before the quote's own searched for its speaker
_AUX = r"(?:has|have|had|also|then|later|again|earlier|previously)"
_SPOKE = (
    rf"{VERBS}|revealed|reveals|announced|announces|confirmed|confirms|admitted|admits|denied|denies|stressed|"
    r"stresses|suggested|suggests|concluded|concludes|commented|comments|acknowledged|acknowledges|complained|"
    r"complains|urged|urges|recalled|recalls|believes|believed|thinks|agreed|agrees|responded|responds|predicted|"
    r"predicts|emphasised|emphasized|conceded|concedes|maintained|maintains|continued|continues"
)  # reporting verbs beyond those that name a quote's speaker (``VERBS``): "René Meulensteen revealed how ..."
_PRONOUN_AFTER = re.compile(
    rf"[\s,]*(?:(he|she|they)\s+(?:{_AUX}\s+){{0,2}}(?:{_SPOKE})|(?:said|says|added|adds)\s+(he|she|they))\b"
)  # "“…,” he said", "“…,” she later added", "“…,” said he"
_PRONOUN_BEFORE = re.compile(rf"\b([Hh]e|[Ss]he|[Tt]hey)\s+(?:{_AUX}\s+){{0,2}}(?:{_SPOKE})\b[^“”\"]{{0,40}}$")
_SAYING = re.compile(r",\s+saying\b[^“”\",]{0,40}$")  # "…, saying it would “…”"
_FIRST_WORD = re.compile(r"[ “\"]*\s*(\S*)")  # a sentence's first word, past its opening marks
_CLAUSE = re.compile(rf"\b(?:he|she)\s+(?:{_AUX}\s+){{0,2}}(?:{_SPOKE})\b|,\s+saying\b")  # in running text
_NAMED = re.compile(
    rf"{NAME}(?:,[^,“”\"]{{1,60}},|,)?\s+(?:{_AUX}\s+){{0,2}}(?:{_SPOKE})\b"
    rf"|,\s+(?:said|says|added|adds)\s+(?:(?!the\s)[a-z][\w-]*\s+){{0,3}}?(?:the\s+)?{NAME}"
)  # "Mark Fellowes, who chairs the group, said", "Dr Amara Osei, said" (after "The trust's chief executive,")
_ARTICLE = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)"
_ROLE = re.compile(
    rf"(?:^|[.;,:!?]\s+|\b(?:but|and|while)\s+)({_ARTICLE}\s+(?:[a-z][\w’'-]*\s+){{0,3}}?[a-z][\w’'-]*)"
    rf"\s+(?:{_AUX}\s+){{0,2}}(?:{_SPOKE})\b"
    rf"|[,”\"]\s*(?:said|says|added|adds)\s+({_ARTICLE}\s+(?:[a-z][\w’'-]*\s+){{0,2}}?[a-z][\w’'-]*)"
    r"(?=\s*(?:[.;:!?]|,(?!\s*[A-Z]))|$)"
)  # "A spokeswoman for the trust said", "..., the mayor told", "“…,” says one teenager." (a role before a
# name in apposition is not the speaker: "said the engineer, Tom Hale")
_VERBISH = rf"[a-z]+ed|{_AUX}|will|would|can|could|may|might|must|should|did|does|{_SPOKE}"  # no "was": passive
_OPENING = re.compile(rf"[\s“\"]*{NAME}(?:((?:\s+[a-z][\w-]*){{1,3}})\s+{NAME})?\s+(?:{_VERBISH})\b")
# a sentence's subject: a name opening it before a verb ("Thirteen-year-old Bennett has three phones.")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w’'-]+)")
_INSIDE = re.compile(r"(?<=[\w,”\"’] )[A-Z][\w’'-]*")  # capitalised words inside a sentence or after a quote
_GENDER = {"mr": "he", "mr.": "he", "sir": "he", "mrs": "she", "mrs.": "she", "ms": "she", "ms.": "she"}
_GENDER |= {"miss": "she", "dame": "she"}
_PRONOUNS = frozenset(("he", "she", "they"))
_ROLE_GENDER = {word: "he" for word in "man boy father son husband brother spokesman chairman businessman".split()}
_ROLE_GENDER |= {
    w: "she" for w in "woman girl mother daughter wife sister spokeswoman chairwoman businesswoman".split()
}
_THINGS = frozenset("paper newspaper letter computer order chapter poster number other".split())  # no agents
_AGENT = re.compile(r"[a-z-]*(?:er|or|ist|ian|man|woman|person)$")  # "shopkeeper", "campaigner", "chairwoman"


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker named before a quote: where (paragraph, character offset) and as written."""

    paragraph: int
    offset: int
    name: str
    opening: bool = False  # only the subject opening a sentence that reports no speech: heard in its paragraph
    guessed: bool = False  # a quote's speaker guessed from its sentence's subject, not named beside a verb


def pronoun_of(text: str, start: int, end: int, sentence_start: int) -> str:
    """The pronoun that reports the quote ``text[start:end]`` of a paragraph ("he", "she", "they"), "saying" for a
    "saying" with no subject of its own, "" for none.

    >>> pronoun_of("“We lost,” she said.", 1, 9, 0), pronoun_of("He agreed, saying it was “fine”.", 26, 30, 0)
    ('she', 'he')
    >>> pronoun_of("Lee agreed, saying it was “fine”.", 27, 31, 0), pronoun_of("“We lost,” Lee said.", 1, 9, 0)
    ('saying', '')
    """
    after = pronoun_after(text, start, end)
    if after:
        return after
    before = _PRONOUN_BEFORE.search(text, max(0, start - 140), max(0, start - 1))
    if before:
        return before.group(1).lower()
    stop = max(sentence_start, start - 1)  # the sentence before the quote, searched in place: no copy per quote
    if not ends_with(_SAYING, text, stop, sentence_start):
        return ""
    found = _FIRST_WORD.match(text, sentence_start, stop)  # (it always matches, if only the empty word)
    first = found.group(1).lower() if found else ""
    return first if first in _PRONOUNS else "saying"


def pronoun_after(text: str, start: int, end: int) -> str:
    """The pronoun of a reporting clause right after the quote ``text[start:end]`` ("“…,” she said"), "" for none:
    the quote's own attribution, before any name an earlier sentence ends with ("said Mr Hale. “…,” she added").

    >>> pronoun_after("“We lost,” she added.", 1, 9), pronoun_after("“We lost.” She left.", 1, 9)
    ('she', '')
    """
    after = None if text[start:end].rstrip().endswith(".") else _PRONOUN_AFTER.match(text, end + 1)
    return (after.group(1) or after.group(2)).lower() if after else ""


class Antecedents:
    """Whom a pronoun stands for in one document: its paragraphs' speakers, found when first asked."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.found: dict[int, list[Mention]] = {}
        self._folded: dict[int, str] = {}
        self._in_order: dict[int, list[Mention]] = {}

    def resolve(
        self, pronoun: str, paragraph: int, offset: int, sentence_start: int, spoken: list[Mention]
    ) -> tuple[str, bool]:
        """The speaker ``pronoun`` (from ``pronoun_of``) of a quote at ``offset`` in ``paragraph`` stands for, among
        the speakers before it (``spoken``: the speakers of the quotes before it), and whether it was named beside a
        verb (not a guessed subject); ("", False) when none fits."""
        for mention in self.heard(paragraph, offset, spoken):
            if pronoun == "saying":
                same = mention.paragraph == paragraph and mention.offset >= sentence_start
                return (mention.name, not mention.guessed) if same else ("", False)
            if pronoun == "they":
                if not mention.opening:  # a speaker, not only a subject ("Norway signed a pact with Sweden and
                    return ("", False) if self.person(mention) else (mention.name, not mention.guessed)  # Finland
            elif self.person(mention) and self.gender(mention.name) in ("", pronoun):  # against what they called")
                return mention.name, not mention.guessed
        return "", False

    def heard(self, paragraph: int, offset: int, spoken: list[Mention]) -> Iterator[Mention]:
        """The speakers before ``offset`` in ``paragraph`` and in the ``LOOK_BACK`` paragraphs before it, the
        nearest first (reading order backwards; of two at one place, the later listed first); a sentence's subject
        (``opening``) only in ``paragraph``. Merged lazily from runs already in order (``spoken`` is, in reading
        order): a pronoun mostly stands for the last speaker or two, and one paragraph may hold thousands."""
        first, at = max(0, paragraph - LOOK_BACK), (paragraph, offset)
        runs: list[Iterable[Mention]] = []
        for p in range(paragraph, first - 1, -1):
            mentions = self.in_order(p)
            end = bisect_left(mentions, at, key=_where) if p == paragraph else len(mentions)
            runs.append(_backwards(mentions, 0, end))
        low, high = bisect_left(spoken, first, key=_paragraph), bisect_left(spoken, at, key=_where)
        runs.append(_backwards(spoken, low, high))
        merged = heapq.merge(*runs, key=_where, reverse=True)  # (stable: ties from the earlier run first)
        return (m for m in merged if m.paragraph == paragraph or not m.opening)

    def in_order(self, paragraph: int) -> list[Mention]:
        """``mentions(paragraph)`` in reading order (of two at one place, as listed)."""
        if paragraph not in self._in_order:
            self._in_order[paragraph] = sorted(self.mentions(paragraph), key=_where)
        return self._in_order[paragraph]

    def mentions(self, paragraph: int) -> list[Mention]:
        """The speakers a paragraph names beside a reporting verb and the names opening its sentences (``opening``
        unless a pronoun in the sentence reports speech), outside its quotes."""
        if paragraph in self.found:
            return self.found[paragraph]
        document = self.document.paragraphs[paragraph]
        text = _QUOTED.sub(_blanked, document.text)
        found = [Mention(paragraph, m.start(), name) for m in _NAMED.finditer(text) if (name := _name(m))]
        for role in _ROLE.finditer(text):
            words = role.group(1) or role.group(2)
            found.append(Mention(paragraph, role.start(), words[0].lower() + words[1:]))
        for sentence in document.sentences:
            opening = _OPENING.match(text, sentence.start, sentence.end)
            if opening and (name := _opening_name(opening)):
                clause = _CLAUSE.search(text, sentence.start, sentence.end)
                found.append(Mention(paragraph, clause.start() if clause else sentence.start, name, clause is None))
        self.found[paragraph] = found
        return found

    def person(self, mention: Mention) -> bool:
        """Whether a speaker may be "he" or "she" (see the module docstring)."""
        words = mention.name.split()
        if words[0][:1].islower():
            return any(word in PEOPLE or (_AGENT.match(word) and word not in _THINGS) for word in words)
        if words[0].lower() in _GENDER:
            return True
        if f"the {mention.name}".casefold() in self.folded(mention.paragraph):
            return False
        if any(word in ("of", "for", "and") for word in words) or words[-1].lower() in BODIES:
            return False
        return len(words) > 1 or words[0] in self.inside

    def folded(self, paragraph: int) -> str:
        """A paragraph's text casefolded, once (per speaker asked about, it made a paragraph of one long sentence
        quadratic)."""
        if paragraph not in self._folded:
            self._folded[paragraph] = self.document.paragraphs[paragraph].text.casefold()
        return self._folded[paragraph]

    def gender(self, name: str) -> str:
        """The gender the article shows for a name ("he", "she": Mr, Ms, ... before it or its surname), or a role
        says ("a spokeswoman for the trust": a word of ``_ROLE_GENDER``), else ""."""
        words = name.split()
        if words[0][:1].islower():
            return next((_ROLE_GENDER[word] for word in words if word in _ROLE_GENDER), "")
        return _GENDER.get(words[0].lower(), "") or self.honorifics.get(words[-1], "")

    @cached_property
    def honorifics(self) -> dict[str, str]:
        """The gender each surname is given by a Mr, Mrs, Ms or Miss before it ("" when both are)."""
        found: dict[str, str] = {}
        for paragraph in self.document.paragraphs:
            for match in _HONORIFIC.finditer(paragraph.text):
                gender = _GENDER[match.group(1).lower()]
                found[match.group(2)] = gender if found.get(match.group(2), gender) == gender else ""
        return found

    @cached_property
    def inside(self) -> frozenset[str]:
        """The capitalised words the article has inside a sentence, not only opening one: names."""
        return frozenset(w for paragraph in self.document.paragraphs for w in _INSIDE.findall(paragraph.text))


def _blanked(quoted: re.Match[str]) -> str:
    """A quote with its words blanked, its marks kept: no name inside it is a speaker; "“…,” says X" still reads."""
    marks = quoted.group(0)
    return marks[0] + " " * (len(marks) - 2) + marks[-1]


def _where(mention: Mention) -> tuple[int, int]:
    return mention.paragraph, mention.offset


def _paragraph(mention: Mention) -> int:
    return mention.paragraph


def _backwards(mentions: list[Mention], low: int, high: int) -> Iterator[Mention]:
    """``mentions[low:high]`` from the last, without a copy."""
    return (mentions[k] for k in range(high - 1, low - 1, -1))


def _name(match: re.Match[str]) -> str:
    """A speaker's name a ``_NAMED`` match found, cleaned as ``core.facts.quotes`` cleans one ("" for none): a name
    before its verb the words in the verb's sentence, or the person a body belongs to ("Maria Gomez of the ... Group
    said": ``person_of``)."""
    name = re.sub(r"^the\s+", "", next((group for group in match.groups() if group), "").strip(), flags=re.I)
    if match.group(1):
        name = person_of(match.string[: match.start(1)], name) or by_the_verb(name)
    else:
        name = sentence_end_cut(name).rstrip(".,")
    if not name or name.split()[0] in _NOT_NAMES:
        return ""
    return without_title(without_lead_in(name))


def _opening_name(match: re.Match[str]) -> str:
    """The name a sentence opens with (``_OPENING``), or the one after its role ("Council leader Jason Smithers")."""
    first, role, second = match.groups()
    words = role.split() if second else []
    if words and (words[-1] in PEOPLE or _AGENT.match(words[-1])) and STOP_WORDS.isdisjoint(words):
        return second
    name = sentence_end_cut(first).rstrip(".,")
    return "" if name.split()[0] in _NOT_NAMES else without_lead_in(name)


_NOT_NAMES = frozenset("The A An He She It They We I This That".split())
