"""How the items of a note read: quoted with the words beside them, so that a note names what changed.

API: ``in_context(side, item, before=1, after=1) -> str`` (a negator, an exclamation mark: "“did not go”"),
``with_speaker(side, item) -> str`` (a reporting verb with the words naming its speaker: "“she added”",
"“said the council leader”", "“according to police”"), ``reports_shown(side, items) -> str`` (several, a
participle after a reporting verb quoted with it: "“Devon and Cornwall Police said, adding”"), ``CONTEXT_AFTER``.

>>> from core.facts.wording.scan import scan
>>> side = scan("The road will close in May, the council leader added.")
>>> with_speaker(side, side.reporting[0])
'“the council leader added”'
>>> side = scan("Intelligence officials in the South claimed the unit had withdrawn.")
>>> with_speaker(side, side.reporting[0])
'“officials in the South claimed”'
>>> side = scan("The director took £2.4bn, court told")
>>> with_speaker(side, side.reporting[0])
'“court told”'
>>> side = scan("The road will close, according to the police.")
>>> with_speaker(side, side.reporting[0])
'“according to the police”'
"""

from __future__ import annotations

from bisect import bisect_left

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Item, Scan
from core.text.terms import STOP_WORDS

CONTEXT_AFTER = 3  # words: the most a note quotes after a negator ("is not the heir")
SPEAKER_WORDS = 3  # words: the most a note quotes of a reporting verb's speaker ("the council leader")
SPEAKER_REACH = 6  # words: the most before the verb when the quote would start with a preposition ("in the")
_PREPOSITIONS = frozenset("in of at on from for with by as into near over under".split())


def in_context(side: Scan, item: Item, before: int = 1, after: int = 1) -> str:
    """An item's words with up to ``before`` words before them and ``after`` after them (and, after, the function
    words up to the next content word, ``CONTEXT_AFTER`` words at most) in the same clause, quoted ("did not go",
    "is not the heir"): which of several "not"s a note means, what an exclamation mark ends."""
    first = bisect_left(side.starts, item.start)
    last = bisect_left(side.starts, item.end) - 1
    text, starts, ends = side.text, side.starts, side.ends
    while before and first > 0 and not text[ends[first - 1] : starts[first]].strip():
        first, before = first - 1, before - 1
    taken = 0
    while (
        after and taken < CONTEXT_AFTER and last + 1 < len(starts) and not text[ends[last] : starts[last + 1]].strip()
    ):
        last, taken = last + 1, taken + 1
        after -= side.lows[last] not in STOP_WORDS and side.lows[last] not in lx.DETERMINERS
    return f"“{text[min(starts[first], item.start) : max(ends[last], item.end)]}”"


def _joined(side: Scan, k: int) -> bool:
    """Whether token ``k`` and the next stand in one clause: nothing but space between them, and no comma, colon
    or semicolon closing token ``k`` ("£2.4bn, court told": "court told")."""
    return not side.text[side.ends[k] : side.starts[k + 1]].strip() and not side.words[k].endswith((",", ";", ":"))


def with_speaker(side: Scan, item: Item) -> str:
    """A reporting item quoted with its speaker's words in the same clause: before it ("officials said", up to
    ``SPEAKER_WORDS``, further back while the first is a preposition, to ``SPEAKER_REACH``: "officials in the
    South claimed"; from the noun phrase of its speaker word when that is among them), else after it
    ("said the council leader", "according to police": up to its speaker word; "said Ann Lee": a name), else the
    item alone ("saying")."""
    first = bisect_left(side.starts, item.start)
    last = bisect_left(side.starts, item.end) - 1
    text, starts, ends, lows = side.text, side.starts, side.ends, side.lows
    before = first
    while before > 0 and first - before < SPEAKER_WORDS and _joined(side, before - 1):
        before -= 1
    while (  # never from a preposition: "officials in the South claimed", not "in the South claimed"; nor from
        before < first  # the "and" of a name: "Devon and Cornwall Police said", not "and Cornwall Police said"
        and (lows[before] in _PREPOSITIONS or (lows[before] == "and" and side.words[before - 1][:1].isupper()))
        and first - before < SPEAKER_REACH
        and before > 0
        and _joined(side, before - 1)
    ):
        before -= 1
    after = last
    while (
        after + 1 < len(starts) and after - last < SPEAKER_WORDS and not text[ends[after] : starts[after + 1]].strip()
    ):
        after += 1
    if item.head and item.head in lows[last + 1 : after + 1]:
        after = lows.index(item.head, last + 1, after + 1)
        return f"“{text[item.start : ends[after]]}”"  # "according to police", "said the council leader"
    if before < first:
        if item.head in lows[before:first]:  # from the speaker's noun phrase on ("the council leader")
            at = lows.index(item.head, before, first)
            while at > before and lows[at - 1] not in STOP_WORDS and item.head not in STOP_WORDS:
                at -= 1  # "port officials said", not "the woman he said"
            before = at - 1 if at > before and lows[at - 1] in lx.DETERMINERS else at
        return f"“{text[starts[before] : item.end]}”"
    named = after > last and side.words[last + 1][:1].isupper()  # "said Arif Sayani", not "saying that many"
    return f"“{text[item.start : ends[after]]}”" if named else f"“{item.text}”"


def _verb_before(side: Scan, item: Item) -> Item | None:
    """The reporting item that a participle ("adding", "saying") follows after a comma, whose speaker it has."""
    if not item.text.lower().endswith("ing"):
        return None
    text = side.text
    return next((v for v in side.reporting if v.end < item.start and text[v.end : item.start].strip() == ","), None)


def reports_shown(side: Scan, items: list[Item]) -> str:
    """Reporting items quoted with their speakers (``with_speaker``), joined by commas; a participle after a
    reporting verb and a comma is quoted with that verb, whose speaker it has ("“Devon and Cornwall Police said,
    adding”"), not alone ("“adding”"), and with it once when both are listed."""
    shown: list[str] = []
    for k, item in enumerate(items):
        verb = _verb_before(side, item)
        if verb is None:
            shown.append(with_speaker(side, item))
            continue
        words = f"{with_speaker(side, verb)[:-1]}{side.text[verb.end : item.end]}”"
        if k and items[k - 1] == verb:
            shown[-1] = words
        else:
            shown.append(words)
    return ", ".join(shown)
