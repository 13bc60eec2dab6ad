"""Word diff of two short texts (one link), cleaned up so that it reads like an editor's markup.

API: ``word_diff(left, right, options) -> tuple[DiffOp, ...]``, ``tokenize(text) -> list[Token]``.

Tokens are words (``11,000``, ``2.5``, ``don't``, ``mid-January`` stay whole) and single punctuation marks;
each token carries the white space after it, so the ops rebuild both texts exactly. ``difflib`` compares token
keys with ``autojunk=False``. The clean-up then folds unchanged islands between two edits into the edit when
they are only function words or punctuation (``weak_island_max`` tokens at most); content words both texts
share stay visible as verbatim (``strong_island_max`` can fold short runs of them between long edits; it is 0),
and an island that holds a number is never folded, so surviving figures stay visible.
Ignoring case, punctuation or quote style changes the keys, never the text.

>>> ops = word_diff("About 300 soldiers were killed.", "More than 300 soldiers died.", CompareOptions())
>>> for op in ops:
...     print(op.op.value, repr(op.left), repr(op.right))
replace 'About ' 'More than '
equal '300 soldiers ' '300 soldiers '
replace 'were killed' 'died'
equal '.' '.'
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from core.model import DiffOp, OpKind
from core.options import CompareOptions, DiffThresholds
from core.text.terms import STOP_WORDS

# A token and the white space after it: (?:\w+(?:[-.,'’]\w+)*|[^\w\s])\s* with possessive repeats (the same
# tokens, as nothing after a repeat can fail and send the regex back into it; a fifth fewer instructions)
_PIECE = re.compile(r"(?:\w++(?:[-.,'’]\w++)*+|[^\w\s])\s*+")
_CURLY = re.compile("[“”„«»‘’‚]")  # only texts holding one of these need _straight_quotes
_QUOTES = (("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"))


_OP_KINDS = {kind.value: kind for kind in OpKind}
Opcode = tuple[str, int, int, int, int]  # difflib's (tag, i1, i2, j1, j2) over compared tokens


class Token(NamedTuple):
    """A word or punctuation mark, the white space after it, and where it starts in the text."""

    text: str
    space: str
    start: int


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``; their ``text + space`` concatenated rebuild it (after any leading white space).

    >>> [(t.text, t.space, t.start) for t in tokenize("About 11,000 troops.")]
    [('About', ' ', 0), ('11,000', ' ', 6), ('troops', '', 13), ('.', '', 19)]
    """
    pieces = _PIECE.findall(text)
    words = [piece.rstrip() for piece in pieces]
    return [
        Token(word, piece[len(word) :], start)
        for word, piece, start in zip(words, pieces, _offsets(text, pieces)[:-1], strict=True)
    ]


def _offsets(text: str, pieces: list[str]) -> list[int]:
    """Start offsets of the pieces (tokens with their white space), then where the last ends: they are contiguous
    after the leading white space."""
    return list(accumulate(map(len, pieces), initial=len(text) - len(text.lstrip())))


def _is_weak(token: str) -> bool:
    return not token[0].isalnum() or token.lower() in STOP_WORDS


def _fold_islands(codes: list[Opcode], left: list[str], limits: DiffThresholds) -> list[Opcode]:
    """Turn short unchanged islands between edits into part of the edit, then merge neighbouring edits."""
    longest = max(limits.weak_island_max, limits.strong_island_max)
    tags = None  # made at the first island folded
    for k in range(1, len(codes) - 1):
        tag, i1, i2, _, _ = codes[k]
        if tag != "equal" or i2 - i1 > longest:
            continue  # difflib alternates equal runs and edits: an equal run inside the list is an island
        words = left[i1:i2]
        if any(w[0].isdigit() for w in words):
            continue
        weak = len(words) <= limits.weak_island_max and all(map(_is_weak, words))
        if not weak and len(words) <= limits.strong_island_max:
            before, after = codes[k - 1], codes[k + 1]
            edit = min(max(before[2] - before[1], before[4] - before[3]), max(after[2] - after[1], after[4] - after[3]))
            weak = edit >= limits.strong_island_edit_min
        if weak:
            tags = tags or [code[0] for code in codes]
            tags[k] = "replace"
    if tags is None:
        return codes  # difflib never puts two edits side by side: nothing to merge
    merged: list[Opcode] = []
    for tag, (_, i1, i2, j1, j2) in zip(tags, codes, strict=True):
        if merged and tag != "equal" and merged[-1][0] != "equal":
            _, i0, _, j0, _ = merged.pop()
            i1, j1 = i0, j0
        if tag != "equal":
            tag = "insert" if i1 == i2 else "delete" if j1 == j2 else "replace"
        merged.append((tag, i1, i2, j1, j2))
    return merged


def _compared(text: str, options: CompareOptions) -> tuple[list[str], list[int]]:
    """The keys of the tokens that take part in the comparison, and where each one's stretch of ``text`` starts
    (the first at 0: leading white space and ignored tokens ride with a neighbour), then ``len(text)``."""
    if options.ignore_quote_style and _CURLY.search(text):
        text = _straight_quotes(text)  # one character for one, quotes only: the tokens stay the same
    pieces = _PIECE.findall(text)
    cuts = _offsets(text, pieces)
    keys = list(map(str.rstrip, pieces))
    if options.ignore_case or options.ignore_punctuation:
        keys, cuts = _ignoring(keys, cuts, options)
    cuts[0] = 0
    return keys, cuts


def _ignoring(keys: list[str], cuts: list[int], options: CompareOptions) -> tuple[list[str], list[int]]:
    """Keys without case or punctuation, the tokens left with none dropped (and their cuts)."""
    kept_keys, kept_cuts = [], []
    for key, cut in zip(keys, cuts, strict=False):  # cuts holds one more: the end
        if options.ignore_case:
            key = key.casefold()
        if options.ignore_punctuation:
            key = "".join(c for c in key if c.isalnum())
        if key:
            kept_keys.append(key)
            kept_cuts.append(cut)
    return kept_keys, [*kept_cuts, cuts[-1]]


def _straight_quotes(text: str) -> str:
    """``text`` with curly quotes and guillemets made straight: one ``str.replace`` per mark is about 25 times
    faster than ``str.translate``, which looks each character of a non-ASCII text up in its table.

    >>> print(_straight_quotes("«Non», dit-il. ‘It’s „fine“’"))
    "Non", dit-il. 'It's "fine"'
    """
    for curly, straight in _QUOTES:
        text = text.replace(curly, straight)
    return text


HUGE_TEXT_TOKENS = 4000  # tokens (words and gaps) a side, past which difflib's own heuristic sets aside words
# found in more than 1% of the text (its autojunk): a 300-clause sentence of repeated words took 30 s in the
# longest-match search; no sentence of news, of the Bible or of the benchmarks comes near


DIFF_POLL = 8  # longest-match searches between two polls of ``stop`` in a huge text's diff (the first few span it)


def _opcodes(left: list[str], right: list[str], stop: Callable[[], bool] | None = None) -> list[Opcode] | None:
    """difflib opcodes, after trimming the common prefix and suffix (cheap, and it spares difflib the work); for a
    huge text with a ``stop`` hook, None once it says so (its matching blocks searched with polls between)."""
    prefix = 0
    limit = min(len(left), len(right))
    while prefix < limit and left[prefix] == right[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and left[-1 - suffix] == right[-1 - suffix]:
        suffix += 1
    inner = left[prefix : len(left) - suffix], right[prefix : len(right) - suffix]
    huge = min(len(inner[0]), len(inner[1])) > HUGE_TEXT_TOKENS  # a sentence of hundreds of near-identical clauses
    middle = (
        _Polled(*inner, stop) if huge and stop is not None else difflib.SequenceMatcher(None, *inner, autojunk=huge)
    )
    try:
        opcodes = middle.get_opcodes()
    except _Stopped:
        return None
    codes: list[Opcode] = [("equal", 0, prefix, 0, prefix)] if prefix else []
    for tag, i1, i2, j1, j2 in opcodes:
        codes.append((tag, i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix))
    if suffix:
        codes.append(("equal", len(left) - suffix, len(left), len(right) - suffix, len(right)))
    return codes


class _Stopped(Exception):
    """The stop hook said so while a huge text was diffed."""


class _Polled(difflib.SequenceMatcher[str]):
    """difflib's matcher with ``stop`` polled every ``DIFF_POLL`` longest-match searches of its matching blocks
    (one sentence of 600,000 words took 40 s there); ``_Stopped`` once it says so. Found as difflib finds them: its
    own loop (the longest match, then the ranges on each side of it), adjacent blocks joined."""

    a: list[str]
    b: list[str]

    def __init__(self, left: list[str], right: list[str], stop: Callable[[], bool]) -> None:
        self.stop = stop
        super().__init__(None, left, right, autojunk=True)

    def get_matching_blocks(self) -> list[difflib.Match]:
        queue, found = [(0, len(self.a), 0, len(self.b))], []
        searches = 0
        while queue:
            searches += 1
            if searches % DIFF_POLL == 0 and self.stop():
                raise _Stopped
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = block = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(block)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        joined: list[tuple[int, int, int]] = []
        for i, j, k in sorted(found):  # adjacent blocks made one, as difflib does
            if joined and joined[-1][0] + joined[-1][2] == i and joined[-1][1] + joined[-1][2] == j:
                joined[-1] = (joined[-1][0], joined[-1][1], joined[-1][2] + k)
            else:
                joined.append((i, j, k))
        return [difflib.Match(*block) for block in [*joined, (len(self.a), len(self.b), 0)]]


def word_diff(
    left: str, right: str, options: CompareOptions, stop: Callable[[], bool] | None = None
) -> tuple[DiffOp, ...]:
    """The cleaned-up word diff that turns ``left`` into ``right`` (see the module docstring); for a text of more
    than ``HUGE_TEXT_TOKENS``, ``stop`` is polled as it is diffed: once it says so, one replacement of the whole."""
    if left == right:
        return (DiffOp(OpKind.EQUAL, left, right, 0, 0),)
    left_keys, left_cuts = _compared(left, options)
    right_keys, right_cuts = _compared(right, options)
    if not left_keys or not right_keys:  # one side holds nothing to compare (e.g. only ignored punctuation)
        kind = OpKind.EQUAL if left_keys == right_keys else OpKind.REPLACE
        return (DiffOp(kind, left, right, 0, 0),)
    found = _opcodes(left_keys, right_keys, stop)
    if found is None:  # stopped: coarse but lossless
        return (DiffOp(OpKind.REPLACE, left, right, 0, 0),)
    codes = _fold_islands(found, left_keys, options.diff)
    return _to_ops(codes, left, right, left_cuts, right_cuts)


def _to_ops(
    codes: list[Opcode], left: str, right: str, left_cuts: list[int], right_cuts: list[int]
) -> tuple[DiffOp, ...]:
    ops = []
    for tag, i1, i2, j1, j2 in codes:
        a, b = left_cuts[i1], left_cuts[i2]
        c, d = right_cuts[j1], right_cuts[j2]
        ops.append(DiffOp(_OP_KINDS[tag], left[a:b], right[c:d], a, c))
    return tuple(ops)
