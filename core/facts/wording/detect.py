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

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from operator import attrgetter, itemgetter

from core.facts.wording import lexicon as lx
from core.facts.wording.ability import no_hedge
from core.facts.wording.items import Item, Scan
from core.facts.wording.kinds import Change, ChangeKind, Span
from core.facts.wording.names import name_changes
from core.facts.wording.negation import unrestated
from core.facts.wording.overlap import Overlaps, touching
from core.facts.wording.permission import restated_as_permission
from core.facts.wording.precheck import needed
from core.facts.wording.scan import scan
from core.facts.wording.shown import in_context, reports_shown
from core.model import DiffOp, OpKind
from core.text.terms import term_key

Region = tuple[int, Span, Span]  # (op index, left span, right span) of a changed op
CONTEXT = 40  # characters: how far around a changed op the wording checks look (a reporting verb's speaker)
_term_key = lru_cache(maxsize=65_536)(term_key)
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)
_LEFT_START, _RIGHT_START = itemgetter(3), itemgetter(4)  # a DiffOp's offsets
_TEXT, _START = attrgetter("text"), attrgetter("start")


def _windows(spans: list[Span], length: int) -> list[Span]:
    """The changed spans widened by ``CONTEXT`` characters each way, merged: equal text beyond them holds the
    same items on both sides, so the wording checks need look no further."""
    if spans[0][0] <= CONTEXT and spans[-1][1] >= length - CONTEXT:
        end = spans[0][1]
        for start, stop in spans:  # a plain loop over the few spans (C maps and max() cost more)
            if start - end > 2 * CONTEXT:
                break
            end = stop
        else:
            return [(0, length)]  # no gap between changes wider than twice the context (most links)
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
    return bool(touching(item, spans))


def _surplus(
    mine: list[Item], theirs: list[Item], spans: list[Span], by_count: bool = False, their_spans: Sequence[Span] = ()
) -> list[Item]:
    """My items beyond the other side's, by group (or by count alone): first those whose words the other side does
    not hold at all ("reputedly ... are said to" / "are said to": "reputedly" went), then those whose changed op
    holds no item of their group on the other side (``their_spans``: the other side's spans of the same ops;
    "said" -> "stated" answer each other, the "told" left over is the one dropped), then those in changed text."""

    groups: dict[str, Overlaps] = {}  # the other side's items of each group, asked of its spans by bisection

    def answered(item: Item) -> bool:
        ops = touching(item, spans)
        if ops and item.group not in groups:
            groups[item.group] = Overlaps([other for other in theirs if other.group == item.group])
        return any(groups[item.group].any(their_spans[k]) for k in ops if k < len(their_spans))

    kept = {other.text.lower() for other in theirs}  # words the other side still has, wherever they stand
    ordered = sorted(
        mine,
        key=lambda item: (item.text.lower() in kept, bool(their_spans) and answered(item), not _changed(item, spans)),
    )
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


Shown = tuple[Callable[[Item], str], Callable[[Item], str]]  # how an item of each side reads in a note


def _note(what: str, left: Sequence[Item], right: Sequence[Item], shown: Shown = (_TEXT, _TEXT)) -> str:
    """The note of a change, its words as written (``shown`` tells how each side's items read: a quoted context)."""
    return _worded(what, (", ".join(map(shown[0], left)), ", ".join(map(shown[1], right))))


def _worded(what: str, words: tuple[str, str]) -> str:
    """A change's note from the words of its two sides (one may be "")."""
    if words[0] and words[1]:
        return f"{what}: {words[0]} -> {words[1]}"
    return f"{what} {'dropped' if words[0] else 'added'}: {words[0] or words[1]}"


def _compare(kind: ChangeKind, what: str, sides: tuple[list[Item], list[Item]], spans: tuple[list[Span], list[Span]],
             by_count: bool = False) -> Change | None:  # fmt: skip
    if not sides[0] and not sides[1]:
        return None  # no item of the kind on either side (most checks of most links)
    if len(sides[0]) == len(sides[1]) and (
        by_count or sorted(i.group for i in sides[0]) == sorted(i.group for i in sides[1])
    ):
        return None  # the same items on both sides (most links): nothing to pick
    left = _surplus(sides[0], sides[1], spans[0], by_count, spans[1])
    right = _surplus(sides[1], sides[0], spans[1], by_count, spans[0])
    if not left and not right:
        return None
    return _change(kind, _note(what, left, right), left, right)


def _attribution(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]]) -> Change | None:
    sides = (scans[0].reporting, scans[1].reporting)
    found = _compare(ChangeKind.ATTRIBUTION, "attribution", sides, spans)
    if found is not None:
        if found.left and found.right:
            what = _unnamed(found, sides) or "reporting verb"
            return Change(found.kind, found.left, found.right, f"{what}: {found.left} -> {found.right}",
                          found.left_spans, found.right_spans)  # fmt: skip
        left, right = ([i for i in sides[s] if (i.start, i.end) in spans_] for s, spans_ in
                       ((0, found.left_spans), (1, found.right_spans)))  # fmt: skip
        note = _worded("attribution", (reports_shown(scans[0], left), reports_shown(scans[1], right)))
        # "attribution added: “she added”", not "...: added"; "“police said, adding”", not "“adding”"
        if found.left and not sides[1]:
            note += " (the claim is no longer attributed)"
        return replace(found, note=note)
    if not sides[0] or not sides[1] or not any(item.head for item in sides[0]) or not any(i.head for i in sides[1]):
        return None  # a speaker changed needs reporting verbs with speakers on both sides
    heads = [_new_heads(scans[0], scans[1], spans[0])]
    if heads[0]:  # a speaker changed needs a new one on each side: the right side is read only then
        heads.append(_new_heads(scans[1], scans[0], spans[1]))
    if heads[0] and heads[1]:
        left, right = heads[0][:1], heads[1][:1]
        words = _written(scans[0], left[0].head), _written(scans[1], right[0].head)
        return Change(ChangeKind.ATTRIBUTION, *words, f"{_SPEAKER_CHANGED} {words[0]} -> {words[1]}",
                      ((left[0].start, left[0].end),), ((right[0].start, right[0].end),))  # fmt: skip
    return None


_SPEAKER_CHANGED = "speaker changed:"


def _unnamed(found: Change, sides: tuple[list[Item], list[Item]]) -> str:
    """How a changed reporting verb reads when one side's speaker is left unnamed ("said" -> "the jury was told":
    "speaker no longer named"), or "" when both or neither name one."""
    unnamed = [
        all(item.group == lx.UNNAMED for item in side if (item.start, item.end) in spans)
        for side, spans in zip(sides, (found.left_spans, found.right_spans), strict=True)
    ]
    if unnamed[0] == unnamed[1]:
        return ""
    return "speaker now named" if unnamed[0] else "speaker no longer named"


def _new_heads(mine: Scan, theirs: Scan, spans: list[Span]) -> list[Item]:
    """The reporting items of ``mine`` whose speaker word stands in changed text and whose key the other side
    lacks. A speaker word among the other side's words has its key there: the keys are made only for the rest."""
    keys: set[str] | None = None
    found = []
    for item in mine.reporting:
        if not item.head or item.head in theirs.lows:
            continue
        keys = set(map(_term_key, theirs.lows)) if keys is None else keys
        if _term_key(item.head) not in keys and _head_changed(mine, item, spans):
            found.append(item)
    return found


def _written(side: Scan, low: str) -> str:
    """A speaker word as the text writes it ("Harlow", not "harlow")."""
    return next((word for word, key in zip(side.words, side.lows, strict=True) if key == low), low)


def _head_changed(side: Scan, item: Item, spans: list[Span]) -> bool:
    """Whether the speaker word of a reporting item stands in changed text."""
    return any(
        _changed(Item("", "", start, end), spans)
        for low, start, end in zip(side.lows, side.starts, side.ends, strict=True)
        if low == item.head
    )


def _restated_degree(item: Item, other: Scan) -> bool:
    """Whether a word of degree is said on the other side by its adjective ("seriously hurt" / "with serious
    injuries", "slightly damaged" / "slight damage"): the same degree in another word class."""
    low = item.text.lower()
    return item.group in _ADJECTIVE_DEGREES and low.endswith("ly") and low[:-2] in other.lows


_ADJECTIVE_DEGREES = frozenset({lx.DEGREE + "severe", lx.DEGREE + "slight"})


def _no_hedge(scans: tuple[Scan, Scan], side: int, item: Item) -> bool:
    """Whether a hedge item of ``side`` qualifies no claim (``ability``) or says a possibility the other side
    says again as a permission ("could rest" / "let them rest": ``permission``)."""
    return no_hedge(scans[side], item) or restated_as_permission(scans[side], item, scans[1 - side])


def _hedge(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]]) -> Change | None:
    sides = (scans[0].hedges, scans[1].hedges)
    if any(item.group in _ADJECTIVE_DEGREES for side in sides for item in side):
        sides = tuple(  # type: ignore[assignment]
            [item for item in sides[s] if not _restated_degree(item, scans[1 - s])] for s in (0, 1)
        )
    found = _compare(ChangeKind.HEDGE, "hedge", sides, spans)
    if found is not None and any(_no_hedge(scans, s, i) for s in (0, 1) for i in sides[s]):
        left, right = (
            [i for i in _surplus(sides[s], sides[1 - s], spans[s]) if not _no_hedge(scans, s, i)] for s in (0, 1)
        )
        found = _change(found.kind, _note("hedge", left, right), left, right) if left or right else None
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
    hedge = found.note.split(": ")[-1].lower()
    verb = hedge.split(" ")[0]
    if not certain or (hedge not in lx.HEDGES and verb not in lx.OBLIGATION_VERBS and verb not in lx.INTENTION_VERBS):
        return found
    if lx.HEDGES.get(hedge, "").startswith(lx.DEGREE):
        return found  # "partly" dropped beside a "would" is no modality changed
    modal = Item("", other.words[certain[0]], other.starts[certain[0]], other.ends[certain[0]])
    pair = (found.left, modal.text) if side == 1 else (modal.text, found.right)
    left_spans = found.left_spans if side == 1 else ((modal.start, modal.end),)
    right_spans = found.right_spans if side == 0 else ((modal.start, modal.end),)
    return Change(found.kind, pair[0], pair[1], f"modality: {pair[0]} -> {pair[1]}", left_spans,
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


def _negation(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]]) -> Change | None:
    found = _compare(ChangeKind.NEGATION, "negation", (scans[0].negators, scans[1].negators), spans, by_count=True)
    if found is None:
        return None
    left, right = ([i for i in scans[s].negators if (i.start, i.end) in spans_] for s, spans_ in
                   ((0, found.left_spans), (1, found.right_spans)))  # fmt: skip
    left, right = unrestated(scans[0], left, scans[1]), unrestated(scans[1], right, scans[0])
    if not left and not right:
        return None
    note = _note("negation", left, right, (partial(in_context, scans[0]), partial(in_context, scans[1])))
    return _change(ChangeKind.NEGATION, note, left, right)


def _loaded_shown(side: Scan) -> Callable[[Item], str]:
    """How a loaded item reads: as written; an exclamation mark with the words it ends (“profits rose!”)."""
    return lambda item: in_context(side, item, 2, 0) if item.group == "!" else item.text


def _loaded_note(scans: tuple[Scan, Scan], left: Sequence[Item], right: Sequence[Item]) -> str:
    """Loaded words as written; an exclamation mark with the words it ends ("exclamation mark added: “profits
    rose!”")."""
    marks_only = all(item.group == "!" for item in (*left, *right))
    shown = (_loaded_shown(scans[0]), _loaded_shown(scans[1]))
    return _note("exclamation mark" if marks_only else "loaded wording", left, right, shown)


def _loaded(scans: tuple[Scan, Scan], spans: tuple[list[Span], list[Span]]) -> Change | None:
    sides = ([*scans[0].loaded], [*scans[1].loaded])
    for side in (0, 1):
        if scans[side].shouted:
            other, mine = scans[1 - side], scans[side]
            plain = {low for low, word in zip(other.lows, other.words, strict=True) if not word.isupper()}
            sides[side].extend(Item("capitals", mine.words[k], mine.starts[k], mine.ends[k]) for k in mine.shouted
                               if mine.lows[k] in plain)  # fmt: skip
    found = _compare(ChangeKind.LOADED, "loaded wording", sides, spans)
    if found is None:
        return None
    left, right = (sorted((i for i in sides[s] if (i.start, i.end) in spans_), key=_START) for s, spans_ in
                   ((0, found.left_spans), (1, found.right_spans)))  # fmt: skip
    words = (", ".join(map(_loaded_shown(scans[0]), left)), ", ".join(map(_loaded_shown(scans[1]), right)))
    return Change(found.kind, *words, _loaded_note(scans, left, right), found.left_spans, found.right_spans)


def _changed_speakers(side: Scan, spans: list[Span], speaker: str) -> set[str]:
    """The speaker words of one side's reporting verbs in changed text, and ``speaker``, the one the attribution
    check reports as changed ("said the mayor" / "said the council leader"): a title that is one is that check's."""
    return {i.head for i in side.reporting if i.head and _changed(i, spans)} | ({speaker.lower()} if speaker else set())


def _names(
    scans: tuple[Scan, Scan], regions: list[Region], spans: tuple[list[Span], list[Span]], attribution: Change | None
) -> list[Change]:
    changed = ("", "") if attribution is None or not attribution.note.startswith(_SPEAKER_CHANGED) else (
        attribution.left, attribution.right)  # fmt: skip
    speakers = (_changed_speakers(scans[0], spans[0], changed[0]), _changed_speakers(scans[1], spans[1], changed[1]))
    changes: dict[str, Change] = {}  # by note: one name added in two places of a link is one change, both marked
    for _, left, right in name_changes(scans[0], scans[1], regions, speakers):
        if changed[0]:  # "speaker changed: Haddad -> officials" says the name went: no "name dropped: Haddad"
            left, right = ([u for u in units if u.text != changed[s]] for s, units in enumerate((left, right)))
            if not left and not right:
                continue
        words = (" / ".join(u.text for u in left), " / ".join(u.text for u in right))
        what = "title" if all(u.title for u in (*left, *right)) else "name"
        if left and right:
            note = f"{what} changed: {words[0]} -> {words[1]}"
        else:
            note = f"{what} {'dropped' if left else 'added'}: {words[0] or words[1]}"
        marks = tuple((u.start, u.end) for u in left), tuple((u.start, u.end) for u in right)
        same = changes.get(note)
        if same is not None:
            marks = same.left_spans + marks[0], same.right_spans + marks[1]
        changes[note] = Change(ChangeKind.NAMES, words[0], words[1], note, *marks)
    return list(changes.values())


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
    scans = left, right = (scan(left_text, words, windows[0]), scan(right_text, words, windows[1]))
    found = [  # a check with no item of its kind on either side finds nothing: it is not called (most checks)
        _attribution(scans, spans) if left.reporting or right.reporting else None,
        _negation(scans, spans) if left.negators or right.negators else None,
        _hedge(scans, spans) if left.hedges or right.hedges else None,
        _loaded(scans, spans) if left.loaded or right.loaded or left.shouted or right.shouted else None,
        _time(scans, spans, days_apart) if left.times or right.times else None,
    ]
    changes = [change for change in found if change is not None]
    if names:
        changes[1:1] = _names(scans, regions, spans, found[0])
    return tuple(changes)
