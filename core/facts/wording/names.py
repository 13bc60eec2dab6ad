"""Names in a reworded link: which persons, places, organisations and titles one side has and the other lacks.

API: ``name_changes(left, right, regions) -> list[tuple[int, list[Unit], list[Unit]]]``: per changed diff op
(by index), the names of the left and of the right that the other side does not have; ``name_units(scan)``.

A name is a run of capitalised words (joined by "of", "for", "and", "de", ..., or by " & ": "Marks & Spencer"),
not counting a sentence's first word unless it is a known place or a name elsewhere in the texts, honorifics (Mr,
Dr), months and days; a word with an ampersand between letters ("A&E", "AT&T", "P&O") is one word.
A name is the same on the other side when every one of its words is there in any case ("Ukrainian President" / "the
Ukrainian president"), when it is an acronym of a name there or the reverse ("NIS" / "National Intelligence
Service"), when the other side names the person by surname alone ("Seth Jones" / "Jones"), when it starts with a
compass word the other side uses for it ("North Korean" / "the North's"), and through demonyms and capitals ("South
Korean" / "South Korea", "Pyongyang" / "North Korea"). Keys fold case, accents, possessives and doubled letters
("Zelensky" / "Zelenskyy"); an acronym is one with a possessive ("the WHO's" / "the World Health Organization") and
with an ampersand ("M&S" / "Marks & Spencer"). Office titles written lower case ("the prime minister") are found by
``core.facts.wording.titles`` and reported with the names of their changed text, except a title of the original in
apposition to a name the rewrite keeps ("the Russian president, Putin" / "Putin", "Anna Berg, the health minister"
/ "Anna Berg") when the rewrite has none of its offices and adds no title in its changed text: the same person is
meant and no other role is claimed ("former president Tom Hale" / "president Tom Hale", a title added, or a title
changed, are still reported).

>>> from core.facts.wording.scan import scan
>>> [u.text for u in name_units(scan("The talks in Geneva were led by Dr Maria Lopez of the World Bank."))]
['Geneva', 'Maria Lopez', 'World Bank']
>>> [u.text for u in name_units(scan("Staff at A&E and at Marks & Spencer said AT&T's deal held."))]
['A&E', 'Marks & Spencer', "AT&T's"]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Scan, Unit
from core.facts.wording.kinds import Span
from core.facts.wording.scan import SENTENCE_START, narrow, split_tokens, token_words, words_of
from core.facts.wording.sentence_names import speaker_at_start
from core.facts.wording.short_forms import short_form
from core.facts.wording.titles import leading_title, same_title, title_units, title_words
from core.text.terms import STOP_WORDS

_CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*")
_DOUBLED = re.compile(r"(.)\1+")
_CAPITALISED_ASCII = narrow(_CAPITALISED)
_APPOSITION = re.compile(r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z][\w'’.-]*\s+)*")  # "Berg, the "
_NAME_BEFORE_HYPHEN = re.compile(r"-[^A-Z].*$")  # what follows a name's last capitalised part ("US-led": "-led")
_JOINING = lx.NAME_CONNECTORS | {"&"}  # what joins two capitalised words into one name ("Marks & Spencer")
_FIRST = itemgetter(0)  # a token's text, a text's first letter
_SECOND = itemgetter(1)  # a span's end
_THIRD = itemgetter(2)  # a changed op's span on the right
_GROUP = itemgetter(1)  # a match's first group: as the template r"\1", without the template's Python-level expansion


@lru_cache(maxsize=8192)
def name_key(word: str) -> tuple[str, ...]:
    """The keys of one word: lower case, no accents or possessive, doubled letters single, aliases expanded.

    >>> name_key("Koreans"), name_key("Zelenskyy"), name_key("Seoul"), name_key("Britain's"), name_key("Russian")
    (('korea',), ('zelensky',), ('south', 'korea'), ('united', 'kingdom'), ('rusia',))
    >>> name_key("Berg-led"), name_key("US-backed"), name_key("Kremlin-run"), name_key("Coca-Cola"), name_key("UK’s")
    (('berg',), ('united', 'states'), ('rusia',), ('coca-cola',), ('united', 'kingdom'))
    """
    if "-" in word and not word.split("-")[-1][:1].isupper():
        word = _NAME_BEFORE_HYPHEN.sub("", word) or word  # "Kremlin-backed", "Berg-led": the name is "Kremlin"
    acronym = lx.ACRONYM_ALIASES.get(word.replace(".", "").replace("’", "'").removesuffix("'s"))  # "UK’s": "UK"
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


def _bare(word: str) -> str:
    """A word without its possessive ("WHO's", "NHS’s": "WHO", "NHS")."""
    return word.removesuffix("'s").removesuffix("’s")


def _single(key: str) -> str:
    return _DOUBLED.sub(_GROUP, key) if _DOUBLED.search(key) else key  # a search costs less than a sub


def _unit(scan: Scan, words: list[int]) -> Unit:
    named = [scan.words[k] for k in words if scan.lows[k] not in lx.NAME_CONNECTORS]
    keys = frozenset(key for word in named for key in name_key(word))
    start, end = scan.starts[words[0]], scan.ends[words[-1]]
    initials = "".join(word[0] for word in named)
    return Unit(scan.text[start:end], start, end, keys, initials, name_key(named[-1])[-1])


def _capitals(scan: Scan) -> dict[int, bool]:
    """The capitalised tokens of a scan, by index: whether each starts a sentence (``scan.starts_sentence``, inline:
    once per capitalised token)."""
    text, starts, found = scan.text, scan.starts, {}
    for k in [k for k, word in enumerate(scan.words) if word[0].isupper()]:
        start = starts[k]
        before = text[start - 4 if start > 4 else 0 : start].rstrip()
        found[k] = (not before and start < 4) or before[-1:] in SENTENCE_START
    return found


def _is_name_word(scan: Scan, k: int, capitalised_later: frozenset[str], starts: dict[int, bool]) -> bool:
    low, word = scan.lows[k], scan.words[k]
    if k not in starts or low in lx.NOT_NAMES or low.rstrip(".") in lx.HONORIFICS:
        return False
    if low in lx.LOADED and word.isupper():
        return False  # shouted, not a name
    if not starts[k]:
        return True
    if low in STOP_WORDS or low in lx.DETERMINERS:
        return False
    joined = k + 1 in starts and scan.text[scan.ends[k] : scan.starts[k + 1]] == " "  # the next word capitalised
    if joined or low in lx.ALIASES or word.isupper() or word in capitalised_later:
        return True
    after = scan.lows[k + 1] if k + 1 < len(scan.lows) else ""
    return after in lx.REPORTING and speaker_at_start(scan, k)  # "Haddad said": a speaker (``sentence_names``)


def name_units(
    scan: Scan,
    capitalised_later: frozenset[str] = frozenset(),
    starts: dict[int, bool] | None = None,
    changed: list[Span] | None = None,
) -> list[Unit]:
    """The names of one text, in order; ``capitalised_later``: words known as names from mid-sentence use;
    ``starts``: its ``_capitals``, when known; ``changed``: when given, only the names overlapping one of these
    spans (the changed text, in text order) are made."""
    units: list[Unit] = []
    current: list[int] = []
    text, ends, count, lows = scan.text, scan.ends, len(scan.lows), scan.lows
    starts = _capitals(scan) if starts is None else starts
    capitalised = sorted(starts)
    k, at = 0, 0  # the token read, the next capitalised one by position in ``capitalised``
    while True:
        if not current:  # a token that is not capitalised neither starts nor joins a name: skip to the next one
            at = bisect_left(capitalised, k, at)
            if at == len(capitalised):
                break
            k = capitalised[at]
            if k >= count:
                break
            if _is_name_word(scan, k, capitalised_later, starts):
                current.append(k)
            k += 1
            continue
        if k >= count:
            break
        name = k in starts and _is_name_word(scan, k, capitalised_later, starts)  # not capitalised: no name word
        gap = text[ends[current[-1]] : scan.starts[k]]
        if (gap == " " and (name or lows[k] in lx.NAME_CONNECTORS)) or (gap == " & " and name):
            current.append(k)
        else:
            _close(scan, current, units, changed)
            if name:
                current.append(k)
        k += 1
    _close(scan, current, units, changed)
    return units


def _close(scan: Scan, current: list[int], units: list[Unit], changed: list[Span] | None) -> None:
    while current and scan.lows[current[-1]] in lx.NAME_CONNECTORS:
        current.pop()
    del current[: leading_title(scan, current)]  # "Mayor Ann Lee": the office is a title (``titles``), the name Ann Lee
    if current and (changed is None or _overlaps(scan.starts[current[0]], scan.ends[current[-1]], changed)):
        units.append(_unit(scan, current))
    current.clear()


def _overlaps(start: int, end: int, spans: list[Span]) -> bool:
    """Whether ``start..end`` overlaps one of ``spans`` (as ``_op_of`` tells it), spans in text order (a diff's
    changed ops: neither starts nor ends ever decrease): only the first span ending after ``start`` can."""
    k = bisect_right(spans, start, key=_SECOND)
    return k < len(spans) and spans[k][0] < end


def _mid_sentence_capitals(scan: Scan, starts: dict[int, bool]) -> set[str]:
    return {scan.words[k] for k, first in starts.items() if not first}


def _spelled(scan: Scan, acronym: str) -> Span | None:
    """Where ``scan`` spells out ``acronym``: by its initials, else as the name it defines in parentheses."""
    found = _expansion(scan, acronym)
    return found if found is not None or "(" not in scan.text else _defined(scan, acronym)


def _expansion(scan: Scan, acronym: str) -> Span | None:
    """Where ``scan`` spells out ``acronym`` (capitalised words with those initials; connectors, "the" and "and"
    skipped: "Food and Drug Administration" / "FDA"; an ampersand in it stands for no word: "M&S")."""
    acronym = acronym.replace("&", "")
    if not acronym or acronym[0] not in scan.text:
        return None  # no token starts with its first letter
    words = scan.words
    for first, token in enumerate(words):
        if token[0] != acronym[0] or token.isupper():
            continue
        k, letters = first, 0
        while k < len(words) and letters < len(acronym):
            word = words[k]
            if word[0] == acronym[letters] and word[0].isupper():
                letters += 1
            elif word.lower() not in lx.NAME_CONNECTORS and word not in ("the", "and", "&"):
                break
            k += 1
        if letters == len(acronym):
            return scan.starts[first], scan.ends[k - 1]
    return None


def _defined(scan: Scan, acronym: str) -> Span | None:
    """Where ``scan`` defines ``acronym`` in parentheses after the name it stands for, whatever its initials
    ("UK Health Security Agency (UKHSA)", "European Centre for Disease Prevention and Control (ECDC)"): the run
    of capitalised words and connectors before "(", starting with the acronym's first letter."""
    at = scan.text.find(f"({acronym})")
    if at < 0:
        at = scan.text.find(f"({acronym} )")
        if at < 0:
            return None
    k = bisect_left(scan.starts, at) - 1  # the last token before "("
    if k < 0 or scan.text[scan.ends[k] : at].strip():
        return None  # no word right before it (or a window of the text left it out)
    last, first = k, -1
    joining = lx.NAME_CONNECTORS | {"and", "&"}
    while k >= 0 and scan.lows[k] not in lx.DETERMINERS and (scan.words[k][0].isupper() or scan.lows[k] in joining):
        if scan.words[k][0].isupper():
            first = k
        if k > 0 and scan.text[scan.ends[k - 1] : scan.starts[k]] != " ":
            break  # punctuation before this word: the name starts here
        k -= 1
    if first < 0 or scan.words[first][0] != acronym[0]:
        return None
    return scan.starts[first], scan.ends[last]


def _joins(gap: str) -> bool:
    """Whether the text between two capitalised words makes them one name ("San Francisco", "Ministry of X")."""
    return gap == " " or (len(gap) <= 5 and gap[:1] == gap[-1:] == " " and gap.strip() in _JOINING)


class _Other:
    """What one side's whole text offers the other side's names: word keys, capitalised words, and (when needed)
    its acronyms, where ``against`` (the scan whose names are looked for here) spells them out, its tokens and
    its lone capitalised words."""

    def __init__(self, scan: Scan, against: Scan | None = None) -> None:
        self.text = text = scan.text
        words = token_words(scan.words, text) if scan.whole else words_of(text)
        unique = set(words)
        self.keys = set(chain.from_iterable(map(name_key, unique)))
        self._unique, self._words = unique, words
        self._acronyms: list[str] | None = None
        self._against = against
        self._spelled: list[Span] | None = None
        self._capitals: set[str] | None = None
        self._scan: Scan | None = scan if scan.whole else None
        self._alone: set[str] | None = None

    def acronyms(self) -> list[str]:
        """Its words in capitals of two to six letters, without a possessive ("M&S" as written)."""
        if self._acronyms is None:
            words, text = self._words, self.text
            possessive = "'s" in text or "’s" in text
            shouted = filter(str.isupper, map(_bare, words) if possessive else words)  # the few words in capitals
            self._acronyms = [a for w in shouted if 2 <= len(a := w.replace(".", "")) <= 6]
        return self._acronyms

    def spelled(self) -> list[Span]:
        """Where ``against`` spells out one of these acronyms (``_spelled``; none without ``against``), made for
        the first of its names that the keys do not settle (most names are settled by them)."""
        if self._spelled is None:
            against = self._against
            found = [] if against is None else [s for a in self.acronyms() if (s := _spelled(against, a)) is not None]
            self._spelled = found
        return self._spelled

    def capitals(self) -> set[str]:
        """Its capitalised words, without a possessive."""
        if self._capitals is None:
            self._capitals = {w.replace("’", "'").removesuffix("'s") for w in self._unique if w[0].isupper()}
        return self._capitals

    def scan(self) -> Scan:
        if self._scan is None:
            self._scan = Scan(self.text, *split_tokens(self.text))
        return self._scan

    def alone(self) -> set[str]:
        """Keys of capitalised words standing alone as a name (a surname: "Jones", "Mr Jones")."""
        if self._alone is None:
            found = (_CAPITALISED_ASCII if self.text.isascii() else _CAPITALISED).finditer(self.text)
            spans = [(m.start(), m.end(), m.group().rstrip(".")) for m in found]
            self._alone = set()
            for k, (start, end, word) in enumerate(spans):
                before = k > 0 and _joins(self.text[spans[k - 1][1] : start])
                if before and spans[k - 1][2].lower() in lx.HONORIFICS:
                    before = False  # "Mr Jones" is Jones alone
                if not before and not (k + 1 < len(spans) and _joins(self.text[end : spans[k + 1][0]])):
                    self._alone.add(name_key(word)[-1])
        return self._alone


def _plural_of(key: str, keys: set[str]) -> bool:
    """Whether a name's word key stands on the other side in the singular or the plural ("dvd" / "dvds")."""
    return (key.endswith("s") and key[:-1] in keys) or key + "s" in keys


def _same_name(unit: Unit, other: _Other) -> bool:
    """Whether the other side has this name (see the module docstring)."""
    if unit.keys <= other.keys or all(_plural_of(key, other.keys) for key in unit.keys - other.keys):
        return True  # "DVD" / "DVDs", "the Tower" / "the Towers": one name, counted otherwise
    if " " in unit.text and (unit.last in other.alone() or short_form(unit.text, other.text)):
        return True  # "Seth Jones" / "Jones", "P&O Ferries" / "P&O" (``short_forms``)
    if any(a <= unit.start and unit.end <= b for a, b in other.spelled()):  # "National Health Service" / "NHS"
        return True
    bare = _bare(unit.text)
    if bare.isupper() and _expansion(other.scan(), bare.replace(".", "")) is not None:
        return True  # "NHS" / "National Health Service", "the WHO's" / "World Health Organization"
    first = unit.text.split()[0]
    return first.lower() in lx.COMPASS and first in other.capitals()


def name_changes(
    left: Scan,
    right: Scan,
    regions: list[tuple[int, tuple[int, int], tuple[int, int]]],
    speakers: tuple[set[str], set[str]] = (set(), set()),
) -> list[tuple[int, list[Unit], list[Unit]]]:
    """Names missing from the other side, grouped by the changed diff op they stand in.

    ``left`` and ``right`` may hold the tokens of the changed text and its surroundings only; the other side's
    whole text is read for what it offers. ``regions`` holds ``(op index, left span, right span)`` for each
    changed op of the link. ``speakers``: on each side, the speakers of reporting verbs in changed text; a title
    ending in one ("the mayor announced") is the attribution check's.
    """
    starts = (_capitals(left), _capitals(right))
    later = frozenset(_mid_sentence_capitals(left, starts[0]) | _mid_sentence_capitals(right, starts[1]))
    changed = ([r[1] for r in regions], [r[2] for r in regions])  # names in equal text are on both sides
    units = (name_units(left, later, starts[0], changed[0]), name_units(right, later, starts[1], changed[1]))
    scans = (left, right)
    titles = (title_units(left), title_units(right))  # each side's, read once: the other side's are counterparts
    others: list[_Other | None] = [None, None]
    found: dict[int, tuple[list[Unit], list[Unit]]] = {}
    for side in (0, 1):
        for unit in units[side]:
            op = _op_of(unit, side, regions)
            if op is None:
                continue
            other = others[1 - side] or _Other(scans[1 - side], scans[side])
            others[1 - side] = other
            if not _same_name(unit, other):
                found.setdefault(op, ([], []))[side].append(unit)
        _titles(scans, titles, side, regions, found, speakers)
    return [(op, _in_order(pair[0]), _in_order(pair[1])) for op, pair in sorted(found.items())]


def _in_order(units: list[Unit]) -> list[Unit]:
    return sorted(units, key=lambda unit: unit.start)


def _op_of(unit: Unit, side: int, regions: list[tuple[int, tuple[int, int], tuple[int, int]]]) -> int | None:
    """The changed op whose span on ``side`` overlaps ``unit``: spans in text order, as ``_overlaps`` has them, so
    only the first ending after its start can (by bisection: a walk per name made one giant sentence quadratic)."""
    span: Callable[[tuple[int, Span, Span]], Span] = _THIRD if side else _SECOND  # (the op's span on ``side``)
    k = bisect_right(regions, unit.start, key=lambda region: span(region)[1])
    if k < len(regions):
        start, end = span(regions[k])
        if start < unit.end and unit.start < end:
            return regions[k][0]
    return None


def _titles(
    scans: tuple[Scan, Scan],
    titles: tuple[list[Unit], list[Unit]],
    side: int,
    regions: list[tuple[int, tuple[int, int], tuple[int, int]]],
    found: dict[int, tuple[list[Unit], list[Unit]]],
    speakers: tuple[set[str], set[str]],
) -> None:
    """Adds to ``found`` the lower-case titles (``titles``) of one side, in changed text, that the other lacks,
    with those of the other side in the same changed text ("minister" / "deputy minister": a title changed)."""
    other: set[str] | None = None
    for unit in titles[side]:
        op = _op_of(unit, side, regions)
        if op is None or unit.last in speakers[side]:
            continue
        other = title_words(scans[1 - side].text) if other is None else other
        if same_title(unit, other) or unit in found.get(op, ([], []))[side]:
            continue
        pair = found.get(op, ([], []))[1 - side]
        counterparts = [c for c in titles[1 - side] if _op_of(c, 1 - side, regions) == op and c not in pair]
        if (
            side == 0
            and not pair
            and not counterparts
            and not _title_added(scans, titles[1], regions)
            and _beside_kept_name(scans, unit, other)
        ):
            _drop_modifiers(scans[0].text, unit, op, found)
            continue  # "the Russian president, Putin" / "Putin": the same person, no other role claimed
        found.setdefault(op, ([], []))[side].append(unit)
        found[op][1 - side].extend(counterparts)


def _drop_modifiers(text: str, title: Unit, op: int, found: dict[int, tuple[list[Unit], list[Unit]]]) -> None:
    """Leaves out the names of the original that modify a title dropped as cosmetic ("the Danish premier")."""
    if op in found:
        found[op][0][:] = [u for u in found[op][0] if not (u.end < title.start and text[u.end : title.start] == " ")]
        if not found[op][0] and not found[op][1]:
            del found[op]


def _title_added(scans: tuple[Scan, Scan], titles: list[Unit], regions: list[tuple[int, Span, Span]]) -> bool:
    """Whether the rewrite has a title, in changed text, that the original lacks (another role, maybe claimed
    for the same person in another place of the sentence: "X, the firm's vice-president" / "spokesman X")."""
    changed = [unit for unit in titles if _op_of(unit, 1, regions) is not None]
    return bool(changed) and not all(same_title(unit, title_words(scans[0].text)) for unit in changed)


def _beside_kept_name(scans: tuple[Scan, Scan], unit: Unit, other_words: set[str]) -> bool:
    """Whether a title of the original stands in apposition to a name the rewrite keeps ("the health minister,
    Anna Berg", "president Putin", "Anna Berg, the health minister"), and the rewrite has none of its offices:
    dropping it leaves who is meant as it was, where "former president Trump" / "president Trump" changes a role."""
    if not other_words.isdisjoint(unit.keys & lx.TITLE_HEADS):
        return False
    text = scans[0].text
    for name in name_units(scans[0]):
        after = name.start >= unit.end and text[unit.end : name.start] in (" ", ", ")
        if after or (name.end <= unit.start and _APPOSITION.fullmatch(text, name.end, unit.start)):
            return _same_name(name, _Other(scans[1]))
    return False
