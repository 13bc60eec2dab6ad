"""Office titles written lower case: "the president" / "the prime minister", "minister" / "deputy minister".

API: ``title_units(scan) -> list[Unit]``, ``same_title(unit, other_words) -> bool``, ``title_words(text) -> set``.

A title is a run of lower-case words of ``lx.TITLE_WORDS`` (a hyphenated word counts when each of its parts is
one: "vice-president") holding at least one office (``lx.TITLE_HEADS``); its modifiers say which office it is or
whether it is still held ("deputy", "prime", "foreign", "former"). Capitalised titles are names
(``core.facts.wording.names``). A title is the same on the other side when each of its words is there in any case
("the health minister" / "the minister for health", "the president" / "the President"), so that a title changed,
gained a modifier or lost one is reported, and a title only moved or reordered is not.

>>> from core.facts.wording.scan import scan
>>> [u.text for u in title_units(scan("The former vice-president met the Prime Minister and a deputy minister."))]
['former vice-president', 'deputy minister']
>>> unit = title_units(scan("the prime minister said"))[0]
>>> same_title(unit, title_words("The Prime Minister spoke.")), same_title(unit, title_words("The minister spoke."))
(True, False)
"""

from __future__ import annotations

import re

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Scan, Unit
from core.facts.wording.scan import narrow, starts_sentence

_WORDS = re.compile(r"[^\W\d_][\w-]*")
_WORDS_ASCII = narrow(_WORDS)


def _parts(low: str) -> list[str] | None:
    """The title words of one lower-case token, or None when it is not one."""
    if low in lx.TITLE_WORDS:
        return [low]
    if "-" in low:
        parts = low.split("-")
        if all(part in lx.TITLE_WORDS for part in parts):
            return parts
    return None


def title_units(scan: Scan) -> list[Unit]:
    """The lower-case titles of a scan, in order."""
    if lx.TITLE_HEADS.isdisjoint(scan.lows) and "-" not in scan.text:
        return []  # no office (the common case: every title holds one, ``_office``), tested without a Python loop
    units: list[Unit] = []
    run: list[int] = []
    words: list[str] = []
    text, starts, ends = scan.text, scan.starts, scan.ends
    for k, low in enumerate(scan.lows):
        capital = not scan.words[k][:1].islower()
        parts = _parts(low) if not capital or not run or text[starts[run[-1]]].isupper() else None
        joined = run and text[ends[run[-1]] : starts[k]] == " "
        if parts is not None and (not run or joined):
            run.append(k)
            words.extend(parts)
            continue
        _close(scan, run, words, units)
        run, words = ([k], list(parts)) if parts is not None else ([], [])
    _close(scan, run, words, units)
    return units


def leading_title(scan: Scan, tokens: list[int]) -> int:
    """How many of a name's first tokens are an office written in capitals before it ("Mayor Ann Lee", "Prime
    Minister Keir Starmer": 1, 2); 0 when none, or when nothing but the office would be left."""
    words: list[str] = []
    for count, k in enumerate(tokens[:-1]):
        parts = _parts(scan.lows[k])
        if parts is None:
            break
        words.extend(parts)
        following = scan.lows[tokens[count + 1]]
        if _office(words) and _parts(following) is None:
            return 0 if following in lx.NAME_CONNECTORS else count + 1  # "Director of Planning" is one office
    return 0


def _written_as_title(scan: Scan, run: list[int]) -> bool:
    """Whether a run of title words is an office: written lower case ("the deputy mayor"), or in capitals where
    a sentence starts with it ("Deputy mayor Ann Lee said") or a name follows it ("said Mayor Ann Lee")."""
    text, first, last = scan.text, run[0], run[-1]
    if scan.words[first][:1].islower():
        return True
    if starts_sentence(text, scan.starts[first]):
        return True
    after = last + 1
    if after >= len(scan.words):
        return False
    return scan.words[after][:1].isupper() and text[scan.ends[last] : scan.starts[after]] == " "


def _office(words: list[str]) -> bool:
    """Whether a run of title words names an office: it holds a head, and a head that is also an adjective
    ("chief", "executive") counts only last in a run of two or more ("police chief", "chief executive", never
    "the chief reason")."""
    if any(word in lx.TITLE_HEADS and word not in lx.TITLE_ADJECTIVES for word in words):
        return True
    return len(words) >= 2 and words[-1] in lx.TITLE_ADJECTIVES


def _close(scan: Scan, run: list[int], words: list[str], units: list[Unit]) -> None:
    if run and _office(words) and _written_as_title(scan, run):
        start, end = scan.starts[run[0]], scan.ends[run[-1]]
        units.append(Unit(scan.text[start:end], start, end, frozenset(words), "", words[-1], title=True))


def title_words(text: str) -> set[str]:
    """The lower-case words of a text, hyphenated words split too: what the other side offers a title."""
    low = text.lower()
    words = set((_WORDS_ASCII if low.isascii() else _WORDS).findall(low))
    return words | {part for word in words if "-" in word for part in word.split("-")}


def same_title(unit: Unit, other_words: set[str]) -> bool:
    """Whether the other side (its ``title_words``) has every word of this title."""
    return unit.keys <= other_words
