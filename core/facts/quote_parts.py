"""Quotes kept in part: the words of an original's quote that the rewrite took out of quotation marks, cut off,
or put inside it.

API: ``unquoted_part(text, key, matched, stands_unquoted, term_words) -> str``, ``PART_UNQUOTED``;
``cut_part(text, key, matched, stands) -> str``; ``added_part(source, text) -> str``,
``removed_part(source, text) -> str``.

A rewrite may quote only part of a quote and state the rest as its own words: 'Lee said: "We have won. The
others cheated."' becomes 'Lee said: "We have won." The others cheated.' The quote is kept (its rewrite quote
stands word for word in it), yet the second sentence is now the reporter's claim, not the speaker's. So the
words of a kept quote that none of its rewrite quotes (``matched``, as quote keys) holds, more of them in a row
than a quoted term has (``term_words``), are returned as written when ``stands_unquoted`` says the rewrite has
them outside every quote of its own.

>>> from core.facts.quotes import quote_key
>>> text = "We have won the vote. The others cheated at every count."
>>> unquoted_part(text, quote_key(text), ["we have won the vote"], lambda words: True, 4)
'The others cheated at every count.'
>>> unquoted_part(text, quote_key(text), ["we have won the vote the others cheated"], lambda words: True, 4)
''

A rewrite may also quote a sentence cut short, as if it were the whole of what was said: 'Lee said: "We will fix the
roads, but not this year."' becomes 'Lee said: "We will fix the roads."'. ``cut_part`` gives the words of a sentence
of the original's quote that its rewrite quotes (``matched``, as quote keys, each standing word for word in the
quote) leave out, when they quote the rest of that sentence: ``CUT_MIN_WORDS`` words or more in a row that the
rewrite does not state anywhere (a whole sentence left out is the quote kept in part, not a sentence cut).
``added_part`` gives the words a rewrite's quote holds that its original's does not (words put in the speaker's
mouth), when it adds words and takes none away or changes none: 'We will fix the roads.' / 'We will fix the roads,
whatever the cost.'.

>>> text = "We will fix the roads, but not this year. Then the bridges."
>>> key = quote_key(text)
>>> lacks = lambda words: False  # the rewrite has none of the words
>>> cut_part(text, key, ["we will fix the roads"], lacks), cut_part(text, key, ["then the bridges"], lacks)
('but not this year.', '')
>>> added_part("We will fix the roads.", "We will fix the roads, whatever the cost,"), added_part("A b c.", "A d c.")
('whatever the cost', '')
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from core.facts.quotes import quote_key

PART_UNQUOTED = "quoted in the original; the rewrite has these words outside quotation marks, as its own claim"
CUT_MIN_WORDS = 2  # words: the fewest a sentence of a quote must lose, in a row, to be a quote cut short
_JOINERS = frozenset("and but or so then also".split())  # words that join quotes merged into one: no words added
_ENDS = ".!?"  # what ends a sentence of a quote (its last word's last mark, quote marks and brackets aside)


def unquoted_part(
    text: str, key: str, matched: list[str], stands_unquoted: Callable[[str], bool], term_words: int
) -> str:
    """The first run of more than ``term_words`` words of a quote (``text``, its ``key``) that no key of
    ``matched`` covers and that ``stands_unquoted`` (given the run's key), as written; "" when there is none."""
    words = key.split()
    covered = [word == "|" for word in words]  # an ellipsis ends a run
    for other in matched:
        matcher = difflib.SequenceMatcher(None, other.replace("|", " ").split(), words, autojunk=False)
        for block in matcher.get_matching_blocks():
            covered[block.b : block.b + block.size] = [True] * block.size
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and not covered[end]:
            end += 1
        run = " ".join(words[start:end])
        if end - start > term_words and stands_unquoted(run):
            return _as_written(text, (start, end), len(words)) or run
        start = end + 1
    return ""


def _as_written(text: str, run: tuple[int, int], count: int) -> str:
    """The words ``run`` (by index among a quote key's ``count`` words) of a quote's ``text``, as written; "" when
    the text's tokens do not give the key's words one for one."""
    tokens = text.split()
    owners = [k for k, token in enumerate(tokens) for _ in quote_key(token).split()]
    if len(owners) != count:
        return ""
    return " ".join(tokens[owners[run[0]] : owners[run[1] - 1] + 1]).strip(" ,;:")


def cut_part(text: str, key: str, matched: list[str], stands: Callable[[str], bool]) -> str:
    """The first run of ``CUT_MIN_WORDS`` words or more of one sentence of a quote (``text``, its ``key``) that no
    key of ``matched`` holds, where one of them holds another word of that sentence, and that ``stands`` (given
    the run's key) says the rewrite lacks; "" when there is none (see the module docstring)."""
    words = key.split()
    sentences = _sentence_of_words(text, len(words))
    if not sentences or "|" in words:
        return ""
    covered = [False] * len(words)
    padded = f" {key} "
    for other in matched:
        for piece in (p.strip() for p in other.split("|")):
            at = padded.find(f" {piece} ") if piece else -1
            if at >= 0:
                first = padded[:at].count(" ")
                covered[first : first + len(piece.split())] = [True] * len(piece.split())
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and not covered[end] and sentences[end] == sentences[start]:
            end += 1
        kept = any(c for c, s in zip(covered, sentences, strict=True) if s == sentences[start])
        if end - start >= CUT_MIN_WORDS and kept and not stands(" ".join(words[start:end])):
            return _as_written(text, (start, end), len(words))
        start = max(end, start + 1)
    return ""


def _sentence_of_words(text: str, count: int) -> list[int]:
    """The sentence (by number within the quote) of each of the ``count`` words of a quote's key, or [] when the
    text's tokens do not give the key's words one for one."""
    sentences, number = [], 0
    for token in text.split():
        sentences += [number] * len(quote_key(token).split())
        number += token.rstrip("”’\"')]").endswith(tuple(_ENDS))
    return sentences if len(sentences) == count else []


def added_part(source: str, text: str) -> str:
    """The words of a rewrite's quote (``text``) that its original's (``source``) lacks, as written, runs joined
    by " … ", when the rewrite only adds words to it; "" when it drops or changes any. A run of joining words
    alone ("and": two quotes merged into one) adds nothing."""
    words, source_words = quote_key(text).replace("|", " ").split(), quote_key(source).replace("|", " ").split()
    matcher = difflib.SequenceMatcher(None, source_words, words, autojunk=False)
    runs = []
    for op, _, _, start, end in matcher.get_opcodes():
        if op in ("replace", "delete"):
            return ""
        if op == "insert" and not _JOINERS.issuperset(words[start:end]):
            runs.append(_as_written(text, (start, end), len(words)) or " ".join(words[start:end]))
    return " … ".join(runs)


def removed_part(source: str, text: str) -> str:
    """The words of an original's quote (``source``) that its rewrite's (``text``) lacks inside it, between words
    it keeps, as written, runs joined by " … ", when the rewrite only takes words out (its words stand in order in
    the original's: the shortest such stretch is the one it quotes); "" when it adds or changes any. Words left out
    before its first word or after its last are the quote cut, not words taken out of it; a run of joining words
    alone takes nothing out.

    >>> removed_part("There is no immediate danger to life.", "There is no danger to life.")
    'immediate'
    >>> removed_part("At last they were exhausted. They were almost dead! Then they rested.", "They were dead!")
    'almost'
    """
    words, source_words = quote_key(text).replace("|", " ").split(), quote_key(source).replace("|", " ").split()
    picked = _tightest(words, source_words)
    if picked is None:
        return ""
    chosen, runs, start = set(picked), [], picked[0]
    for k in range(picked[0], picked[-1] + 1):
        if k in chosen:
            if start < k and not _JOINERS.issuperset(source_words[start:k]):
                runs.append(_as_written(source, (start, k), len(source_words)) or " ".join(source_words[start:k]))
            start = k + 1
    return " … ".join(runs)


def _tightest(words: list[str], source_words: list[str]) -> list[int] | None:
    """The positions in ``source_words`` of ``words``, in order, over the shortest stretch (each word as early as
    it can stand after the first); None when they do not all stand there in order."""
    best: list[int] | None = None
    for first in (k for k, word in enumerate(source_words) if words and word == words[0]):
        picked, at = [first], first + 1
        for word in words[1:]:
            while at < len(source_words) and source_words[at] != word:
                at += 1
            if at == len(source_words):
                return best  # no later first word finds them all either
            picked.append(at)
            at += 1
        if best is None or picked[-1] - picked[0] < best[-1] - best[0]:
            best = picked
    return best
