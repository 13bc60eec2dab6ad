"""The wording checks of one link: attribution, hedges, negation, names, loaded words and time references.

API: ``substantive_changes(left_text, right_text, diff, days_apart=None) -> tuple[Change, ...]``.

Each check finds its items on both sides (``scan``) and compares them by group over the whole link, so that a
word that only moved, or a synonym within a group, is cosmetic. Where one side has more of a group than the
other, the surplus items (those inside the diff's changed ops first) make one change of that kind. Negators are
compared by count alone ("has not met" / "never met" is cosmetic); the speaker of an attribution is compared
when the reporting verbs agree. ``days_apart`` (the rewrite's date minus the original's, in days) lets a time
note say when a shift is what the dates predict ("today" in the original, "yesterday" a day later).

>>> from core import compare
>>> link = compare("Police said the man fled.", "Police claimed the man allegedly fled.").links[0]
>>> for c in substantive_changes("Police said the man fled.", "Police claimed the man allegedly fled.", link.diff):
...     print(c.kind.value, repr(c.left), repr(c.right), c.note)
attribution 'said' 'claimed' reporting verb: said -> claimed
hedge '' 'allegedly' hedge added: allegedly
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter, sub

from core.facts.wording import lexicon as lx
from core.facts.wording.kinds import Change, ChangeKind, Span
from core.facts.wording.names import name_changes
from core.facts.wording.precheck import needed
from core.facts.wording.scan import Item, Scan, scan
from core.model import DiffOp, OpKind
from core.text.terms import term_key

Region = tuple[int, Span, Span]  # (op index, left span, right span) of a changed op
CONTEXT = 40  # characters: how far around a changed op the wording checks look (a reporting verb's speaker)
_term_key = lru_cache(maxsize=65_536)(term_key)
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)


def _windows(spans: list[Span], length: int) -> list[Span]:
    """The changed spans widened by ``CONTEXT`` characters each way, merged: equal text beyond them holds the
    same items on both sides, so the wording checks need look no further."""
    if (
        spans[0][0] <= CONTEXT
        and spans[-1][1] >= length - CONTEXT
        and max(map(sub, map(_FIRST, spans[1:]), map(_SECOND, spans)), default=0) <= 2 * CONTEXT
    ):
        return [(0, length)]  # no gap between changes wider than twice the context (most links), found by C maps
    return _merged_windows(spans, length)


def _merged_windows(spans: list[Span], length: int) -> list[Span]:
    """``_windows`` the long way: each span widened, then merged with the one before when they touch."""
    merged: list[Span] = []
    for start, end in spans:
        start, end = max(0, start - CONTEXT), min(length, end + CONTEXT)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _regions(diff: Sequence[DiffOp]) -> list[Region]:
    equal = OpKind.EQUAL
    return [
        (k, (op.left_start, op.left_start + len(op.left)), (op.right_start, op.right_start + len(op.right)))
        for k, op in enumerate(diff)
        if op.op is not equal
    ]


def _changed(item: Item, spans: list[Span]) -> bool:
    return any((a < item.end and item.start < b) or a == b == item.start for a, b in spans)


def _surplus(mine: list[Item], theirs: list[Item], spans: list[Span], by_count: bool = False) -> list[Item]:
    """My items beyond the other side's, by group (or by count alone), those in changed text first."""
    ordered = sorted(mine, key=lambda item: not _changed(item, spans))
    if by_count:
        return sorted(ordered[: max(0, len(mine) - len(theirs))], key=lambda item: item.start)
    extra: dict[str, int] = {}  # my surplus by group (a Counter's subtraction costs a Python call or more)
    for item in mine:
        extra[item.group] = extra.get(item.group, 0) + 1
    for item in theirs:
        if item.group in extra:
            extra[item.group] -= 1
    chosen = []
    for item in ordered:
        if extra.get(item.group, 0) > 0:
            extra[item.group] -= 1
            chosen.append(item)
    return sorted(chosen, key=lambda item: item.start)


def _change(kind: ChangeKind, note: str, left: Sequence[Item], right: Sequence[Item]) -> Change:
    return Change(
        kind,
        ", ".join(item.text for item in left),
        ", ".join(item.text for item in right),
        note,
        tuple((item.start, item.end) for item in left),
        tuple((item.start, item.end) for item in right),
    )


def _note(what: str, left: Sequence[Item], right: Sequence[Item]) -> str:
    words = (", ".join(i.text.lower() for i in left), ", ".join(i.text.lower() for i in right))
    if left and right:
        return f"{what}: {words[0]} -> {words[1]}"
    return f"{what} {'dropped' if left else 'added'}: {words[0] or words[1]}"


def _compare(kind: ChangeKind, what: str, sides: tuple[list[Item], list[Item]], spans: tuple[list[Span], list[Span]],
             by_count: bool = False) -> Change | None:  # fmt: skip
    if not sides[0] and not sides[1]:
        return None  # no item of the kind on either side (most checks of most links)
    if len(sides[0]) == len(sides[1]) and (
        by_count or sorted(i.group for i in sides[0]) == sorted(i.group for i in sides[1])
    ):
        return None  # the same items on both sides (most links): nothing to pick
    left = _surplus(sides[0], sides[1], spans[0], by_count)
    right = _surplus(sides[1], sides[0], spans[1], by_count)
    if not left and not right:
        return None
    return _change(kind, _note(what, left, right), left, right)


def _attribution(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]]) -> Change | None:
    sides = (scans[0].reporting, scans[1].reporting)
    found = _compare(ChangeKind.ATTRIBUTION, "attribution", sides, spans)
    if found is not None:
        if found.left and found.right:
            return Change(found.kind, found.left, found.right, f"reporting verb: {found.left.lower()} -> "
                          f"{found.right.lower()}", found.left_spans, found.right_spans)  # fmt: skip
        if found.left and not sides[1]:
            return Change(found.kind, found.left, "", f"{found.note} (the claim is no longer attributed)",
                          found.left_spans)  # fmt: skip
        return found
    if not sides[0] or not sides[1] or not any(item.head for item in sides[0]) or not any(i.head for i in sides[1]):
        return None  # a speaker changed needs reporting verbs with speakers on both sides
    heads = []
    for mine, theirs in ((scans[0], scans[1]), (scans[1], scans[0])):
        keys = set(map(_term_key, theirs.lows))
        side_spans = spans[0] if mine is scans[0] else spans[1]
        heads.append([item for item in mine.reporting if item.head and _term_key(item.head) not in keys
                      and _head_changed(mine, item, side_spans)])  # fmt: skip
    if heads[0] and heads[1]:
        left, right = heads[0][:1], heads[1][:1]
        return Change(ChangeKind.ATTRIBUTION, left[0].head, right[0].head,
                      f"speaker changed: {left[0].head} -> {right[0].head}",
                      ((left[0].start, left[0].end),), ((right[0].start, right[0].end),))  # fmt: skip
    return None


def _head_changed(side: Scan, item: Item, spans: list[Span]) -> bool:
    """Whether the speaker word of a reporting item stands in changed text."""
    return any(
        _changed(Item("", "", start, end), spans)
        for low, start, end in zip(side.lows, side.starts, side.ends, strict=True)
        if low == item.head
    )


def _hedge(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]]) -> Change | None:
    found = _compare(ChangeKind.HEDGE, "hedge", (scans[0].hedges, scans[1].hedges), spans)
    if found is None or (found.left and found.right):
        return found
    side = 1 if found.left else 0  # the side without the hedge: did it say "will" instead?
    other = scans[side]
    certain = [
        k
        for k, low in enumerate(other.lows)
        if lx.CONTRACTED_MODALS.get(low, low) in lx.CERTAIN_MODALS
        and _changed(Item("", "", other.starts[k], other.ends[k]), spans[side])
    ]
    hedge = found.note.split(": ")[-1]
    if not certain or (hedge not in lx.HEDGES and hedge.split(" ")[0] not in lx.OBLIGATION_VERBS):
        return found
    modal = Item("", other.words[certain[0]], other.starts[certain[0]], other.ends[certain[0]])
    pair = (found.left, modal.text) if side == 1 else (modal.text, found.right)
    left_spans = found.left_spans if side == 1 else ((modal.start, modal.end),)
    right_spans = found.right_spans if side == 0 else ((modal.start, modal.end),)
    return Change(found.kind, pair[0], pair[1], f"modality: {pair[0].lower()} -> {pair[1].lower()}", left_spans,
                  right_spans)  # fmt: skip


def _time(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]], days_apart: int | None) -> Change | None:
    found = _compare(ChangeKind.TIME, "time reference", (scans[0].times, scans[1].times), spans)
    if found is None or days_apart is None or not (found.left and found.right):
        return found
    offsets = lx.DAY_OFFSETS.get(found.left.lower()), lx.DAY_OFFSETS.get(found.right.lower())
    if offsets[0] is None or offsets[1] is None or offsets[0] - offsets[1] != days_apart:
        return found
    note = f"{found.note} (as the dates predict: the rewrite is {days_apart} day(s) later)"
    return Change(found.kind, found.left, found.right, note, found.left_spans, found.right_spans)


def _loaded(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]]) -> Change | None:
    sides = ([*scans[0].loaded], [*scans[1].loaded])
    for side in (0, 1):
        if scans[side].shouted:
            other, mine = scans[1 - side], scans[side]
            plain = {low for low, word in zip(other.lows, other.words, strict=True) if not word.isupper()}
            sides[side].extend(Item("capitals", mine.words[k], mine.starts[k], mine.ends[k]) for k in mine.shouted
                               if mine.lows[k] in plain)  # fmt: skip
    return _compare(ChangeKind.LOADED, "loaded wording", sides, spans)


def _names(scans: tuple[Scan, Scan], regions: list[Region], spans: tuple[list[Span], list[Span]]) -> list[Change]:
    speakers = ({i.head for i in scans[0].reporting if i.head and _changed(i, spans[0])},
                {i.head for i in scans[1].reporting if i.head and _changed(i, spans[1])})  # fmt: skip
    changes = []
    for _, left, right in name_changes(scans[0], scans[1], regions, speakers):
        words = (" / ".join(u.text for u in left), " / ".join(u.text for u in right))
        what = "title" if all(u.title for u in (*left, *right)) else "name"
        if left and right:
            note = f"{what} changed: {words[0]} -> {words[1]}"
        else:
            note = f"{what} {'dropped' if left else 'added'}: {words[0] or words[1]}"
        changes.append(Change(ChangeKind.NAMES, words[0], words[1], note, tuple((u.start, u.end) for u in left),
                              tuple((u.start, u.end) for u in right)))  # fmt: skip
    return changes


def substantive_changes(
    left_text: str, right_text: str, diff: Sequence[DiffOp], days_apart: int | None = None
) -> tuple[Change, ...]:
    """The wording changes of one link whose diff is ``diff`` (see the module docstring)."""
    words, names = needed(diff, left_text, right_text)  # neither when nothing changed
    if not words and not names:
        return ()
    regions = _regions(diff)
    spans = (list(map(_SECOND, regions)), list(map(_THIRD, regions)))
    windows = (_windows(spans[0], len(left_text)), _windows(spans[1], len(right_text)))
    scans = (scan(left_text, words, windows[0]), scan(right_text, words, windows[1]))
    found = [
        _attribution(scans, spans),
        _compare(ChangeKind.NEGATION, "negation", (scans[0].negators, scans[1].negators), spans, by_count=True),
        _hedge(scans, spans),
        _loaded(scans, spans),
        _time(scans, spans, days_apart),
    ]
    changes = [change for change in found if change is not None]
    if names:
        changes[1:1] = _names(scans, regions, spans)
    return tuple(changes)
