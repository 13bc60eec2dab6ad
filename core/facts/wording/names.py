"""Names in a reworded link: which persons, places, organisations and titles one side has and the other lacks.

API: ``name_changes(left, right, regions) -> list[tuple[int, list[Unit], list[Unit]]]``: per changed diff op
(by index), the names of the left and of the right that the other side does not have; ``name_units(scan)``.

A name is a run of capitalised words (joined by "of", "for", "and", "de", ...), not counting a sentence's
first word unless it is a known place or a name elsewhere in the texts, honorifics (Mr, Dr), months and days.
A name is the same on the other side when every one of its words is there in any case ("Ukrainian President"
/ "the Ukrainian president"), when it is an acronym of a name there or the reverse ("NIS" / "National
Intelligence Service"), when the other side names the person by surname alone ("Seth Jones" / "Jones"), when
it starts with a compass word the other side uses for it ("North Korean" / "the North's"), and through
demonyms and capitals ("South Korean" / "South Korea", "Pyongyang" / "North Korea"). Keys fold case,
accents, possessives and doubled letters ("Zelensky" / "Zelenskyy").

>>> from core.facts.wording.scan import scan
>>> [u.text for u in name_units(scan("The talks in Geneva were led by Dr Maria Lopez of the World Bank."))]
['Geneva', 'Maria Lopez', 'World Bank']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from core.facts.wording import lexicon as lx
from core.facts.wording.kinds import Span
from core.facts.wording.scan import Scan
from core.text.terms import STOP_WORDS

_DOUBLED = re.compile(r"(.)\1+")
_SENTENCE_START = frozenset('.!?:"“”‘(')


class Unit(NamedTuple):
    """A name: its text, span, word keys and initials."""

    text: str
    start: int
    end: int
    keys: frozenset[str]
    initials: str
    last: str


@lru_cache(maxsize=8192)
def name_key(word: str) -> tuple[str, ...]:
    """The keys of one word: lower case, no accents or possessive, doubled letters single, aliases expanded.

    >>> name_key("Koreans"), name_key("Zelenskyy"), name_key("Seoul"), name_key("Britain's"), name_key("Russian")
    (('korea',), ('zelensky',), ('south', 'korea'), ('united', 'kingdom'), ('rusia',))
    """
    acronym = lx.ACRONYM_ALIASES.get(word.replace(".", ""))
    if acronym:
        return tuple(_single(key) for key in acronym.split())
    low = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    low = low.removesuffix("s") if low.endswith("ans") else low
    alias = lx.ALIASES.get(low)
    if alias:
        return tuple(_single(key) for key in alias.split())
    if low.endswith("an") and len(low) > 5:
        low = low[:-1]  # a demonym of a country in -a: Kenyan, Australian, Syrian
    return (_single(low),)


def _single(key: str) -> str:
    return _DOUBLED.sub(r"\1", key)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_START


def _unit(scan: Scan, words: list[int]) -> Unit:
    tokens = scan.tokens
    named = [tokens[k] for k in words if tokens[k].low not in lx.NAME_CONNECTORS]
    keys = frozenset(key for token in named for key in name_key(token.text))
    start, end = tokens[words[0]].start, tokens[words[-1]].end
    initials = "".join(token.text[0] for token in named)
    return Unit(scan.text[start:end], start, end, keys, initials, name_key(named[-1].text)[-1])


def _is_name_word(scan: Scan, k: int, capitalised_later: frozenset[str]) -> bool:
    token = scan.tokens[k]
    if not token.text[0].isupper() or token.low in lx.NOT_NAMES or token.low.rstrip(".") in lx.HONORIFICS:
        return False
    if token.low in lx.LOADED and token.text.isupper():
        return False  # shouted, not a name
    if not _starts_sentence(scan.text, token.start):
        return True
    if token.low in STOP_WORDS or token.low in lx.DETERMINERS:
        return False
    following = scan.tokens[k + 1] if k + 1 < len(scan.tokens) else None
    joined = following is not None and following.text[0].isupper() and scan.text[token.end : following.start] == " "
    return joined or token.low in lx.ALIASES or token.text.isupper() or token.text in capitalised_later


def name_units(scan: Scan, capitalised_later: frozenset[str] = frozenset()) -> list[Unit]:
    """The names of one text, in order; ``capitalised_later``: words known as names from mid-sentence use."""
    units: list[Unit] = []
    current: list[int] = []
    tokens = scan.tokens
    for k, token in enumerate(tokens):
        if _is_name_word(scan, k, capitalised_later) and (
            not current or scan.text[tokens[current[-1]].end : token.start] == " "
        ):
            current.append(k)
            continue
        if current and token.low in lx.NAME_CONNECTORS and scan.text[tokens[current[-1]].end : token.start] == " ":
            current.append(k)
            continue
        _close(scan, current, units)
        current = [k] if _is_name_word(scan, k, capitalised_later) else []
    _close(scan, current, units)
    return units


def _close(scan: Scan, current: list[int], units: list[Unit]) -> None:
    while current and scan.tokens[current[-1]].low in lx.NAME_CONNECTORS:
        current.pop()
    if current:
        units.append(_unit(scan, current))
    current.clear()


def _mid_sentence_capitals(scan: Scan) -> set[str]:
    return {t.text for t in scan.tokens if t.text[0].isupper() and not _starts_sentence(scan.text, t.start)}


def _expansion(scan: Scan, acronym: str) -> Span | None:
    """Where ``scan`` spells out ``acronym`` (capitalised words with those initials, connectors skipped)."""
    tokens = scan.tokens
    for first, token in enumerate(tokens):
        if token.text[0] != acronym[0] or token.text.isupper():
            continue
        k, letters = first, 0
        while k < len(tokens) and letters < len(acronym):
            word = tokens[k].text
            if word[0] == acronym[letters] and word[0].isupper():
                letters += 1
            elif word.lower() not in lx.NAME_CONNECTORS and word != "the":
                break
            k += 1
        if letters == len(acronym):
            return token.start, tokens[k - 1].end
    return None


def _acronyms(scan: Scan) -> list[str]:
    return [t.text.replace(".", "") for t in scan.tokens if t.text.isupper() and 2 <= len(t.text.replace(".", "")) <= 6]


def _same_name(unit: Unit, keys: set[str], others: list[Unit], capitals: set[str], spelled: list[Span],
               other: Scan) -> bool:  # fmt: skip
    """Whether the other side has this name (see the module docstring)."""
    if unit.keys <= keys:
        return True
    if any(len(o.keys) == 1 and unit.last in o.keys for o in others):  # "Seth Jones" / "Jones"
        return True
    if any(a <= unit.start and unit.end <= b for a, b in spelled):  # "National Health Service" / "NHS"
        return True
    if unit.text.isupper() and _expansion(other, unit.text.replace(".", "")) is not None:
        return True
    first = unit.text.split()[0]
    return first.lower() in lx.COMPASS and first in capitals


def name_changes(
    left: Scan, right: Scan, regions: list[tuple[int, tuple[int, int], tuple[int, int]]]
) -> list[tuple[int, list[Unit], list[Unit]]]:
    """Names missing from the other side, grouped by the changed diff op they stand in.

    ``regions`` holds ``(op index, left span, right span)`` for each changed op of the link.
    """
    later = frozenset(_mid_sentence_capitals(left) | _mid_sentence_capitals(right))
    units = (name_units(left, later), name_units(right, later))
    keys = [{k for t in s.tokens for k in name_key(t.text)} for s in (left, right)]
    capitals = [
        {t.text.replace("’", "'").removesuffix("'s") for t in s.tokens if t.text[0].isupper()} for s in (left, right)
    ]
    scans = (left, right)
    found: dict[int, tuple[list[Unit], list[Unit]]] = {}
    for side in (0, 1):
        spelled: list[Span] | None = None
        for unit in units[side]:
            op = next((o for o, *spans in regions if spans[side][0] < unit.end and unit.start < spans[side][1]), None)
            if op is None:
                continue
            if spelled is None:
                spelled = [s for a in _acronyms(scans[1 - side]) if (s := _expansion(scans[side], a)) is not None]
            if _same_name(unit, keys[1 - side], units[1 - side], capitals[1 - side], spelled, scans[1 - side]):
                continue
            found.setdefault(op, ([], []))[side].append(unit)
    return [(op, pair[0], pair[1]) for op, pair in sorted(found.items())]
