"""The tokens of a text without a regex, when its characters allow: what ``scan``'s token pattern finds, for
fewer instructions (a regex split costs a few thousand instructions per token, ``str.split`` a few hundred).

API: ``plain_tokens(part, start) -> Tokens | None``: the tokens of ``part`` (a text or a window of one, starting
at offset ``start``) as ``scan.split_tokens`` gives them (as written, lower case with straight apostrophes,
starts, ends), or None when the text holds what only the pattern reads: a digit (figures take commas and points),
an underscore, an exclamation mark (a token of its own), an acronym ("U.S."), an ampersand between letters
("AT&T": one token), both a straight and a curly apostrophe, or a character outside ASCII but for quotation
marks and dashes.

In the rest of text, a token is a run of ASCII letters, apostrophes and hyphens from its first letter on, less
its trailing apostrophes and hyphens: every other character is a gap (one character for one: offsets kept).

>>> plain_tokens("“Don’t,” said  Jo-Ann.", 10)
(['Don’t', 'said', 'Jo-Ann'], ["don't", 'said', 'jo-ann'], [11, 19, 25], [16, 23, 31])
>>> plain_tokens("At 9 a.m.", 0) is None, plain_tokens("the U.S. says", 0) is None, plain_tokens("at A&E", 0) is None
(True, True, True)
"""

from __future__ import annotations

import re
import string
from itertools import repeat

Tokens = tuple[list[str], list[str], list[int], list[int]]  # as written, lower case, starts, ends

_MARKS = "“”‘—"  # the non-ASCII characters most news text has outside words: gaps, made spaces
_RUN = frozenset(string.ascii_letters + "'-")
_RUNS = bytes(c if chr(c) in _RUN else ord(" ") for c in range(256))  # ASCII outside runs made spaces
_ACRONYM = re.compile(r"[A-Z]\.[A-Z]\.", re.ASCII)
_CLASSES = bytes(
    ord("#") if chr(c) in "0123456789_!" else ord("A") if chr(c) in string.ascii_uppercase else c if c == 46 else 32
    for c in range(256)
)  # what only the pattern reads made "#", capitals "A", points kept: ``_ACRONYM`` can match only where "A.A." does
_JOINED = re.compile(r"[^\W\d_]&[^\W\d_]")  # an ampersand inside a word ("P&O"), which only the pattern reads
_EDGES = "'-"  # what a run holds before its first letter and after its last one


def plain_tokens(part: str, start: int) -> Tokens | None:
    """The tokens of ``part`` at offset ``start``, or None (see the module docstring)."""
    if "&" in part and _JOINED.search(part):
        return None
    plain, curly = part, False
    if not plain.isascii():
        for mark in _MARKS:
            plain = plain.replace(mark, " ") if mark in plain else plain
        if "’" in plain:
            if "'" in plain:
                return None  # the words as written could not be told from the straightened ones
            plain, curly = plain.replace("’", "'"), True
        if not plain.isascii():
            return None
    data = plain.encode("ascii")
    classes = data.translate(_CLASSES)
    if classes.find(b"#") >= 0 or (classes.find(b"A.A.") >= 0 and _ACRONYM.search(plain)):  # ``find``, not ``in``:
        # bytes' ``in`` first reads its operand as an int, raising and clearing a TypeError with a formatted message
        return None
    gapped = data.translate(_RUNS).decode("ascii")
    if "'" in plain or "-" in plain:
        found, starts, ends = _stripped_runs(gapped.split(" "), start)
        words = list(map(str.replace, found, repeat("'"), repeat("’"))) if curly else found
        return words, list(map(str.lower, found)), starts, ends
    # no run to strip: the lower-case words are those of the lower-case text (one call, not one a word)
    found, starts, ends = _runs(gapped.split(" "), start)
    return found, gapped.lower().split(), starts, ends


def _runs(pieces: list[str], start: int) -> tuple[list[str], list[int], list[int]]:
    """The non-empty pieces of a text split at every space, where each starts and where it ends, the text at offset
    ``start``. A plain loop: fewer instructions than chained C maps (each step of each map makes an int or a call)."""
    found: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = start
    for piece in pieces:
        if piece:
            found.append(piece)
            starts.append(at)
            at += len(piece)
            ends.append(at)
        at += 1
    return found, starts, ends


def _stripped_runs(pieces: list[str], start: int) -> tuple[list[str], list[int], list[int]]:
    """``_runs`` with each piece less its leading and trailing apostrophes and hyphens (a piece of them alone
    is no token): the words, their starts and ends."""
    found: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = start
    for piece in pieces:
        if piece:
            word = piece.lstrip(_EDGES)
            if word:
                first = at + len(piece) - len(word)
                word = word.rstrip(_EDGES)
                found.append(word)
                starts.append(first)
                ends.append(first + len(word))
            at += len(piece)
        at += 1
    return found, starts, ends
