"""Word diff of two short texts (one link), cleaned up so that it reads like an editor's markup.

API: ``word_diff(left, right, options) -> tuple[DiffOp, ...]``, ``tokenize(text) -> list[Token]``.

Tokens are words (``11,000``, ``2.5``, ``don't``, ``mid-January`` stay whole) and single punctuation marks;
each token carries the white space after it, so the ops rebuild both texts exactly. ``difflib`` compares token
keys with ``autojunk=False``. The clean-up then folds unchanged islands between two edits into the edit when
they are only function words or punctuation (``weak_island_max`` tokens at most), or a single content word
between long edits; an island that holds a number is never folded, so surviving figures stay visible.
Ignoring case, punctuation or quote style changes the keys, never the text.

>>> ops = word_diff("About 300 soldiers were killed.", "More than 300 soldiers died.", CompareOptions())
>>> [(op.op.value, op.left, op.right) for op in ops]
[('replace', 'About ', 'More than '), ('equal', '300 soldiers ', '300 soldiers '), ('replace', 'were killed', 'died'), ('equal', '.', '.')]
"""

from __future__ import annotations

import difflib
import re
from typing import NamedTuple

from core.model import DiffOp, OpKind
from core.options import CompareOptions, DiffThresholds
from core.terms import STOP_WORDS

_TOKEN = re.compile(r"(\w+(?:[-.,'’]\w+)*|[^\w\s])(\s*)")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


class Token(NamedTuple):
    """A word or punctuation mark, the white space after it, and where it starts in the text."""

    text: str
    space: str
    start: int


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``; their ``text + space`` concatenated rebuild it (after any leading white space)."""
    return [Token(m.group(1), m.group(2), m.start()) for m in _TOKEN.finditer(text)]


def _is_weak(token: str) -> bool:
    return not token[0].isalnum() or token.lower() in STOP_WORDS


def _fold_islands(codes: list[list[object]], left: list[str], right: list[str], limits: DiffThresholds) -> list[list[object]]:
    """Turn short unchanged islands between edits into part of the edit, then merge neighbouring edits."""
    for k in range(1, len(codes) - 1):
        tag, i1, i2, _, _ = codes[k]
        if tag != "equal" or codes[k - 1][0] == "equal" or codes[k + 1][0] == "equal":
            continue
        words = left[i1:i2]  # type: ignore[misc]
        if any(w[0].isdigit() for w in words):
            continue
        weak = all(_is_weak(w) for w in words) and len(words) <= limits.weak_island_max
        edit_sizes = [max(c[2] - c[1], c[4] - c[3]) for c in (codes[k - 1], codes[k + 1])]  # type: ignore[operator]
        lone = len(words) <= limits.strong_island_max and min(edit_sizes) >= limits.strong_island_edit_min
        if weak or lone:
            codes[k][0] = "replace"
    merged: list[list[object]] = []
    for code in codes:
        if merged and code[0] != "equal" and merged[-1][0] != "equal":
            merged[-1][2], merged[-1][4] = code[2], code[4]
            merged[-1][0] = "replace"
        else:
            merged.append(list(code))
    for code in merged:
        if code[0] == "replace" and code[1] == code[2]:
            code[0] = "insert"
        elif code[0] == "replace" and code[3] == code[4]:
            code[0] = "delete"
    return merged


def _significant(text: str, tokens: list[Token], options: CompareOptions) -> tuple[list[int], list[str]]:
    """Indices and keys of the tokens that take part in the comparison (punctuation may be ignored)."""
    if options.ignore_quote_style:
        text = text.translate(_QUOTES)  # one character for one: token offsets stay valid
    keys = [text[t.start : t.start + len(t.text)] for t in tokens]
    if not (options.ignore_case or options.ignore_punctuation):
        return list(range(len(tokens))), keys
    keep, kept_keys = [], []
    for index, key in enumerate(keys):
        if options.ignore_case:
            key = key.casefold()
        if options.ignore_punctuation:
            key = "".join(c for c in key if c.isalnum())
        if key:
            keep.append(index)
            kept_keys.append(key)
    return keep, kept_keys


def word_diff(left: str, right: str, options: CompareOptions) -> tuple[DiffOp, ...]:
    """The cleaned-up word diff that turns ``left`` into ``right`` (see the module docstring)."""
    if left == right:
        return (DiffOp(OpKind.EQUAL, left, right, 0, 0),)
    left_tokens, right_tokens = tokenize(left), tokenize(right)
    left_keep, left_keys = _significant(left, left_tokens, options)
    right_keep, right_keys = _significant(right, right_tokens, options)
    if not left_keep or not right_keep:  # one side holds nothing to compare (e.g. only ignored punctuation)
        kind = OpKind.EQUAL if left_keys == right_keys else OpKind.REPLACE
        return (DiffOp(kind, left, right, 0, 0),)
    matcher = difflib.SequenceMatcher(None, left_keys, right_keys, autojunk=False)
    codes: list[list[object]] = [list(c) for c in matcher.get_opcodes()]
    words = [left_tokens[i].text for i in left_keep]
    codes = _fold_islands(codes, words, [right_tokens[j].text for j in right_keep], options.diff)
    return _to_ops(codes, left, right, _cuts(left_tokens, left_keep, len(left)), _cuts(right_tokens, right_keep, len(right)))


def _cuts(tokens: list[Token], keep: list[int], length: int) -> list[int]:
    """Character offset where each compared token's stretch starts; ignored tokens ride with the one before."""
    cuts = [tokens[i].start for i in keep]
    if cuts:
        cuts[0] = 0
    return cuts + [length]


def _to_ops(codes: list[list[object]], left: str, right: str, left_cuts: list[int], right_cuts: list[int]) -> tuple[DiffOp, ...]:
    ops = []
    for tag, i1, i2, j1, j2 in codes:
        a, b = left_cuts[i1], left_cuts[i2]  # type: ignore[index]
        c, d = right_cuts[j1], right_cuts[j2]  # type: ignore[index]
        ops.append(DiffOp(OpKind(tag), left[a:b], right[c:d], a, c))
    return tuple(ops)
