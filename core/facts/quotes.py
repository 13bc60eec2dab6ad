"""Quoted passages in an article, with who said them.

API: ``extract_quotes(document, stop=None) -> list[Quote]`` (``stop`` polled every ``POLL`` quotes: when it says
so, the quotes found so far), ``quote_key(text) -> str``.

Double quotes may be curly, straight, guillemets (« », ‹ ›) or TeX-style (``like this''); UK single quotes count
only where they open after a space or bracket and close before a space or punctuation, so apostrophes (don't,
O'Neill, Korea's) are never taken for quotes. A quote may span sentences, and paragraphs where each new
paragraph re-opens it (the news convention).
Single quoted words count too: a rewrite that puts "shocking" in quotation marks claims someone said it.
The speaker is a capitalised name next to a reporting verb ("Jones said", "said Jones", "said opposition leader
Peter Vance", "according to the mayor"; ``named``), else the subject of a sentence that reports speech (a guess),
else a pronoun's ("he said", "she added", "..., saying"; whom it stands for: ``core.facts.quote_pronouns``), else
the speaker of the previous quote in the same paragraph. A name may hold "of" ("Department of Health").

>>> [(q.text, q.speaker) for q in extract_quotes(document_from_text(
...     "“We will rebuild,” the mayor, Ann Lee, said. “It will take years.” Critics called it 'a fantasy'."))]
[('We will rebuild,', 'Ann Lee'), ('It will take years.', 'Ann Lee'), ('a fantasy', 'Critics')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.facts.quote_pronouns import Antecedents, Mention, pronoun_after, pronoun_of
from core.facts.quote_words import NAME as _NAME
from core.facts.quote_words import VERBS as _VERBS
from core.facts.quote_words import by_the_verb, person_of, without_title
from core.facts.quote_words import sentence_end_cut as _sentence_end_cut
from core.facts.quote_words import without_lead_in as _without_lead_in
from core.model import Document, SentenceId
from core.text.paragraphs import document_from_text  # noqa: F401  (used by the doctest)
from core.text.terms import STOP_WORDS

_MARKS = re.compile("``|''|[“”«»‹›„\"‘’']")
_OPEN_DOUBLE = ("“", "«", "„", "‹", "``")
_CLOSE_DOUBLE = ("”", "»", "›", "''")
_WORD_CHAR = re.compile(r"\w")
_NOT_ROLES = "in on at to from by for with of after before during about as when while who that this last next".split()
_NOT_ROLES += "it he she they we the a an".split()
_PRONOUNS = "(?:i|you|it|he|she|they|we|who|which|that)"  # no word of a role said with an article
_ROLE = rf"(?:(?:(?:the|a|an)\s+)?(?:(?!(?:{'|'.join(_NOT_ROLES)})\s)[a-z][\w-]*\s+){{1,3}})?"
# lower-case words naming a speaker's role before the name ("said opposition leader Peter Vance"), never a
# preposition or a pronoun ("said on Monday", "said in London" name no speaker), nor an article alone ("what they
# called a US-led “hegemony”": an adjective, no speaker)
_AFTER = re.compile(
    rf"^[\s,]*(?:{_VERBS})\s+(?:the\s+|a\s+)?[a-z][\w\s-]{{0,30}}?,\s*{_NAME}|^[\s,]*(?:{_VERBS})\s+{_ROLE}{_NAME}"
    rf"|^[\s,]*{_NAME}\s+(?:{_VERBS})\b|^[\s,]*[^“”\".]{{0,40}}?,\s*{_NAME},\s+(?:{_VERBS})\b"
    rf"|^[\s,]*{_NAME}\s+of\s+(?:the\s+)?[A-Z][^“”\".,]{{0,60}}?\s+(?:{_VERBS})\b"
)  # the last: "“…,” Maria Gomez of the Patients' Group said" (a person's name only: ``_PERSON_GROUP``)
_PERSON_GROUP = 5  # the group of ``_AFTER`` that holds a person's name before "of (the) ..."
_NOT_ROLE_WORDS = "|".join(
    [
        *_NOT_ROLES,
        *"and or but nor outside inside beside near behind beyond across along among around amid toward"
        " towards via despite against between through".split(),
    ]
)  # conjunctions join names and prepositions place them: neither is a role
_ROLE_WORD = rf"(?!(?:{_NOT_ROLE_WORDS})\s)(?![a-z][\w-]*(?:ing|ed|ly)\s)[a-z][\w-]*"  # a noun, no participle
_ROLE_THEN_NAME = re.compile(rf"\s+(?:{_ROLE_WORD}\s+){{1,3}}{_NAME}")  # "Lowmarsh shopkeeper Dev Patel"
_VOICE = re.compile(
    r"[\s“\"]*(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?:\w+\s+)?(?:submission|statement|report|"
    r"letter|spokesman|spokeswoman|spokesperson|spokespeople|office|ministry|government|website|lawyers?)\b"
)  # an owner speaking through its document or spokesperson ("Google's spokesman said"): a subject's owner
_SUBJECT = re.compile(rf"^[\s“\"]*{_NAME}")
_REPORTING = re.compile(rf"\b(?:{_VERBS})\b")
_BEFORE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?)|[A-Z][\w.-]*['’]s)\s+[^,“”\".]{{1,40}}?,\s*{_NAME},\s+(?:{_VERBS})\b[^“”\"]{{0,40}}$"
    rf"|{_NAME}(?:,[^,“”\"]{{1,60}},)?\s+(?:{_VERBS})\b[^“”\"]{{0,40}}$|(?:{_VERBS})\s+{_ROLE}{_NAME}[\s,:]*$"
    rf"|{_NAME}\s+saying\b[^“”\",]{{0,40}}$"
)  # "The churchwarden, Ann Lee, said": the name in apposition, first; "Ann Lee, the mayor, said"; "said Ann Lee";
# "Germany's foreign minister, Anna Berger, said" (after an owner's role too); "with Ann Lee saying that" (the
# participle only right after a name: "spoke to Noah, saying" names no one)
_BEFORE_VERB_FIRST = 3  # the group of ``_BEFORE`` whose name comes after its verb ("said Ann Lee")
_SPEECH = r"said|says|told|tells|added|adds|explained|warned|warns|insisted|stated|noted|asked|replied|argued|wrote"
_AUXILIARIES = r"(?:has|have|had|also|then|later|again|earlier|previously)"  # "the government has argued"
_ROLE_SUBJECT = re.compile(
    rf"(?:^[\s“\"]*|[,;]\s+(?:(?:but|and|while|whereas|though|although)\s+)?)((?:[Tt]he|[Aa]n?)\s+(?:(?!(?:{_PRONOUNS}|{_AUXILIARIES})\s)[\w’'-]+\s+){{0,4}}?"
    rf"(?!{_PRONOUNS}\s)[\w’'.-]+)(?:\s+{_AUXILIARIES}){{0,2}}\s+(?:{_SPEECH})\b[^“”\"]{{0,40}}$"
)  # a role that says the quote, at the start of its clause: "..., a spokeswoman said:", "The harbour master told",
# "..., but a resident said:"
_ROLE_WORDS = rf"(?:(?!(?:{_PRONOUNS}|the|a|an)\s)[\w’'-]+\s+){{0,3}}?(?!{_PRONOUNS}\s)[a-z][\w’'-]*"
_OWNER = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|&))*"  # "Harwood Foods", "the Bank of England"
_ROLE_NOUN = (
    rf"(?:the|a|an|one|another)\s+{_ROLE_WORDS}(?:\s+(?:for|of|at|from)\s+(?:the\s+)?(?:{_OWNER}|{_ROLE_WORDS}))?"
)
_ROLE_AFTER = re.compile(
    rf"^[\s,]*({_ROLE_NOUN})(?:\s+{_AUXILIARIES}){{0,2}}\s+(?:{_SPEECH})\b"
    rf"|^[\s,]*(?:said|says|added|adds|told)\s+({_ROLE_NOUN})(?=\s*(?:[.;:!?]|,(?!\s*[A-Z]))|$)"
)  # a role that says the quote, right after it: "“…,” a company spokesman said.", "“…,” said the harbour master.",
# "a spokesman for the firm said"; no article inside but after "for", "of", ...: "“…” the day the minister said"
_NOT_NAMES = frozenset(
    "The A An He She It They We I In On At This That But And Officials Monday Tuesday Wednesday Thursday Friday"
    " Saturday Sunday".split()
)  # "a warning on Monday saying ...": no speaker
_CLAUSE_START = re.compile(r"[,;]\s+")
_ARTICLES = ("the", "a", "an")
_LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")  # the lower-case word after a name
_BRACKETS = re.compile(r"\[[^\]]*\]")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_PUNCTUATION = re.compile(r"[^\w\s|]")
_QUOTE_CHARS = "“”„«»‹›‘’\"'`"  # dropped from quote keys


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: its text (without the marks), where it starts, and who said it ("" when unknown)."""

    text: str
    paragraph: int
    start: int  # character offset in the paragraph where the quote's text begins
    at: SentenceId
    speaker: str
    named: bool = False  # whether the speaker stood next to a reporting verb ("said X"), not the sentence's subject
    parts: tuple[tuple[int, int, int], ...] = ()  # (paragraph, start, end): its words in each paragraph it spans,
    # in the order ``text`` joins them with a space (() for a quote made by hand: ``paragraph`` from ``start``)


def quote_key(text: str) -> str:
    """A quote's words for matching: case, quote marks, punctuation and [insertions] ignored; ellipses kept as |.

    >>> quote_key("“Again, [it’s] hard to know … with 1,000 killed.”")
    'again hard to know | with 1000 killed'
    """
    text = _without_quote_marks(text.casefold())
    if "[" in text:  # (a scan for the character, several times faster than the regex finding none)
        text = _BRACKETS.sub(" ", text)
    if "…" in text or "..." in text:
        text = _ELLIPSIS.sub(" | ", text)
    text = text.replace(",", "").replace(".", "")  # dropped; other punctuation parts words (no call per mark)
    return " ".join(_PUNCTUATION.sub(" ", text).replace("|", " | ").split())


def _without_quote_marks(text: str) -> str:
    """``text`` without quote marks: one ``str.replace`` per mark it holds (``str.translate`` looks each character
    of a non-ASCII text up in its table, 7x slower on the paragraphs of a Bible).

    >>> _without_quote_marks("“It’s `fine'”")
    'Its fine'
    """
    for mark in _QUOTE_CHARS:
        if mark in text:
            text = text.replace(mark, "")
    return text


def _is_single_opener(text: str, k: int) -> bool:
    before = text[k - 1] if k else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (before.isspace() or before in '([—–-“"') and bool(_WORD_CHAR.match(after))


def _is_single_closer(text: str, k: int) -> bool:
    after = text[k + 1] if k + 1 < len(text) else " "
    return not _WORD_CHAR.match(after)


def _spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Quoted spans of one paragraph (inner offsets), and whether a double quote is left open at its end."""
    spans: list[tuple[int, int]] = []
    double_open: int | None = None
    single_open: int | None = None
    for mark in _MARKS.finditer(text):
        k, char = mark.start(), mark.group(0)
        if char in _OPEN_DOUBLE or (char == '"' and double_open is None):
            if double_open is None:
                double_open = k + len(char)
        elif char in _CLOSE_DOUBLE or char == '"':
            if double_open is not None:
                spans.append((double_open, k))
                double_open = None
        elif char in "‘'" and single_open is None and double_open is None and _is_single_opener(text, k):
            single_open = k + 1
        elif char in "’'" and single_open is not None and _is_single_closer(text, k):
            spans.append((single_open, k))
            single_open = None
    if double_open is not None:
        spans.append((double_open, len(text)))
    return sorted(spans), double_open is not None


SUBJECT_REACH = 2_000  # characters: a sentence's start further before a quote gives it no speaker (see _speaker)


def _speaker(text: str, start: int, end: int, sentence_start: int) -> tuple[str, bool]:
    """The name next to a reporting verb after the quote (unless the quote ends its sentence), or before it,
    or else the subject of the quote's sentence when that sentence reports speech; and whether it stood next to
    the verb (the subject is a guess: "Asked about it, he said ..." gives "Asked").

    Only the ``SUBJECT_REACH`` characters before the quote are read for the subject and a role opening a clause:
    a sentence's start further back is no guess a reader would make, and reading from it for every quote made one
    sentence of 600,000 words (no full stop) quadratic. Shorter sentences are read whole, as before."""
    ends_sentence = text[start:end].rstrip().endswith(".")
    after = None if ends_sentence else _AFTER.search(text[end + 1 : end + 120])
    window = text[max(0, start - 140) : max(0, start - 1)]
    reports = _REPORTING.search(window) is not None or " saying" in window  # a cheap test before costly patterns
    before = _BEFORE.search(window) if reports else None
    stop = max(sentence_start, start - 1)
    whole = stop - sentence_start <= SUBJECT_REACH  # the sentence's start is within reach
    sentence = text[sentence_start if whole else stop - SUBJECT_REACH : stop]
    subject = _SUBJECT.search(sentence) if whole and reports and _REPORTING.search(sentence) else None
    if subject and not _agrees(subject.group(1), sentence):
        subject = None
    later = after and _ROLE_THEN_NAME.match(after.string, after.end())  # "said Lowmarsh shopkeeper Dev Patel"
    if later:
        return without_title(_sentence_end_cut(later.group(1)).rstrip(".,")), True
    if not ends_sentence and (after is None or _modifier(after)):
        role_after = _ROLE_AFTER.match(text[end + 1 : end + 120])  # "“…,” a company spokesman said."
        if role_after:
            return _role(role_after.group(1) or role_after.group(2)), True
    voice = _VOICE.match(sentence) if subject else None  # "The UK's submission ... said": the UK speaks through it
    if voice:
        return voice.group(1), False
    for k, match in enumerate((after, before, subject)):
        if k == 2 and reports and (role := _nearest_role(sentence, whole)):
            return _role(role.group(1)), True  # "Markings were restored, a spokeswoman said:": not "Markings"
        if match and not (match is after and _modifier(match)) and (name := _matched_name(match)):
            return name, match is not subject
    return "", False


def _matched_name(match: re.Match[str]) -> str:
    """The speaker's name an ``_AFTER``, ``_BEFORE`` or ``_SUBJECT`` match found, cleaned ("" for none): a name before
    its verb only its words in the verb's sentence ("… the Oba of Benin. Director Susan Clarke said"), the person a
    body belongs to ("Maria Gomez of the Northfield Patients' Group said": ``person_of``), no title before it
    ("Director Susan Clarke": ``without_title``)."""
    k = next((k for k, group in enumerate(match.groups(), 1) if group), 0)
    name = match.group(k).strip() if k else ""
    if match.re is _AFTER and k == _PERSON_GROUP and not person_of(f"{by_the_verb(name)} of "):
        return ""  # "“…,” The Department of the Environment said": a body's name
    if match.re is _BEFORE and k != _BEFORE_VERB_FIRST:
        name = person_of(match.string[: match.start(k)], name) or by_the_verb(name)
    name = _sentence_end_cut(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)).rstrip(".,")
    if not name or name.split()[0] in _NOT_NAMES:
        return ""
    return without_title(_without_lead_in(name))


def _nearest_role(sentence: str, whole: bool = True) -> re.Match[str] | None:
    """``_ROLE_SUBJECT`` in the clause nearest the quote ("..., the council said, but a resident said:": the
    resident); at the start of ``sentence`` only when it is the ``whole`` sentence, not the end of a long one."""
    clauses = [m.start() for m in _CLAUSE_START.finditer(sentence)]
    for clause in reversed([0, *clauses] if whole else clauses):
        found = _ROLE_SUBJECT.match(sentence, clause)
        if found:
            return found
    return None


def _role(words: str) -> str:
    """A role that speaks, as a reader would name it: its article in lower case, a full stop after it dropped.

    >>> _role("A spokeswoman for the trust"), _role("the harbour master.")
    ('a spokeswoman for the trust', 'the harbour master')
    """
    article, rest = words.split(None, 1)
    return f"{article.lower()} {rest}".rstrip(".,")


def _agrees(subject: str, sentence: str) -> bool:
    """Whether the sentence's subject can be who a pronoun before its last reporting verb stands for: "they" or
    "we" after two parties named between ("North Korea ... after Kim and Putin agreed a pact against what they
    called a 'hegemony'") means those parties, not the subject; otherwise the subject stands ("Google attacked what
    they called 'a witch hunt'").

    >>> _agrees("Norway", "Norway signed a pact with Sweden and Finland against what they called a")
    False
    >>> _agrees("Google", "Google attacked what they called a"), _agrees("Putin", "Putin attacked what he called")
    (True, True)
    """
    verbs = list(_REPORTING.finditer(sentence))
    before = sentence[: verbs[-1].start()].split()[-1:] if verbs else []
    if not before or before[0].lower() not in _PLURAL_PRONOUNS:
        return True
    between = sentence[sentence.find(subject) + len(subject) : verbs[-1].start()]
    return _TWO_PARTIES.search(between) is None


_PLURAL_PRONOUNS = frozenset(("they", "we"))
_TWO_PARTIES = re.compile(r"[A-Z][\w’'.-]+,?\s+and\s+(?:the\s+)?[\w\s,’'.-]{0,40}?[A-Z]")  # "Kim ... and ... Putin"


def _modifier(match: re.Match[str]) -> bool:
    """Whether the name a match found, after an article, modifies the word after it ("says the University of Warsaw
    biologist", "said a Kremlin spokesman"): no speaker's name."""
    k = next((k for k, group in enumerate(match.groups(), 1) if group), 0)
    text, start, end = match.string, match.start(k), match.end(k)
    before = (text[:start].split() or [""])[-1].lower()
    after = _LOWER_WORD.match(text, end)
    article = match.group(k).split()[0].lower() in _ARTICLES or before in _ARTICLES
    return article and after is not None and after.group(1) not in STOP_WORDS


def _sentence_at(document: Document, paragraph: int, offset: int) -> SentenceId:
    sentences = document.paragraphs[paragraph].sentences
    index = next((s for s, sentence in enumerate(sentences) if sentence.end > offset), len(sentences) - 1)
    return SentenceId(paragraph, max(0, index))


def _introduced(document: Document, paragraph: int) -> tuple[str, bool]:
    """The speaker a paragraph ending in a colon introduces for the quote that opens the next ("A spokeswoman
    said:" and the quote below it), as ``_speaker`` finds it beside a reporting verb before a quote; ("", False)
    for any other ending, or where only the sentence's subject is there to guess ("Ferry operator CalMac ...
    warned passengers:" is no "Ferry")."""
    previous = document.paragraphs[paragraph]
    text = previous.text.rstrip()
    if not text.endswith(":"):
        return "", False
    sentence_start = previous.sentences[-1].start if previous.sentences else 0
    found = _speaker(text, len(text) + 1, len(text) + 1, min(sentence_start, len(text)))
    return found if found[1] else ("", False)  # a sentence's subject is only a guess: not across paragraphs


POLL = 64  # quotes read between two polls of ``stop`` (one paragraph may hold thousands)


def extract_quotes(document: Document, stop: Callable[[], bool] | None = None) -> list[Quote]:
    """Every quote of a document in reading order (see the module docstring); when ``stop`` says so, those so far."""
    quotes: list[Quote] = []
    carried: Quote | None = None  # a quote left open at the end of the previous paragraph
    spoken: list[Mention] = []  # the speakers of the quotes so far, for a pronoun's antecedent
    antecedents = Antecedents(document)  # whom a pronoun stands for (read only when one is found)
    for p, paragraph in enumerate(document.paragraphs):
        text = paragraph.text
        if carried is None and not _MARKS.search(text):
            continue
        spans, left_open = _spans(text)
        previous_speaker = ("", False)
        for index, (start, end) in enumerate(spans):
            if stop is not None and len(quotes) % POLL == POLL - 1 and stop():
                return quotes
            raw = text[start:end]
            body = raw.strip()
            if not body:
                continue
            start += len(raw) - len(raw.lstrip())  # where the quote's words begin
            if carried is not None and index == 0 and start <= 1:
                speaker = (carried.speaker, carried.named) if carried.speaker else _speaker(text, start, end, 0)
                parts = (*carried.parts, (p, start, start + len(body)))
                quotes[-1] = Quote(
                    f"{carried.text} {body}", carried.paragraph, carried.start, carried.at, *speaker, parts
                )
                previous_speaker = speaker
                continue
            at = _sentence_at(document, p, start)
            sentence_start = paragraph.sentences[at.sentence].start if paragraph.sentences else 0
            found = ("", False)
            if pronoun := pronoun_after(text, start, end):  # the quote's own attribution: "“…,” she said"
                found = antecedents.resolve(pronoun, p, start, sentence_start, spoken)
            if not found[0]:
                found = _speaker(text, start, end, sentence_start)
            if not found[0] and index == 0 and start <= 1 and p:
                found = _introduced(document, p - 1)
            if not found[0] and (pronoun := pronoun_of(text, start, end, sentence_start)):
                found = antecedents.resolve(pronoun, p, start, sentence_start, spoken)
            speaker = found if found[0] else previous_speaker
            quotes.append(Quote(body, p, start, at, *speaker, ((p, start, start + len(body)),)))
            previous_speaker = speaker
            if speaker[0]:
                spoken.append(Mention(p, start, speaker[0], guessed=not speaker[1]))
        carried = quotes[-1] if left_open and quotes and quotes[-1].paragraph == p else None
    return quotes
