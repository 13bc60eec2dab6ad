"""Quotes kept in part: the words of an original's quote that the rewrite took out of quotation marks.

API: ``unquoted_part(text, key, matched, stands_unquoted, term_words) -> str``, ``PART_UNQUOTED``.

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
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from core.facts.quotes import quote_key

PART_UNQUOTED = "quoted in the original; the rewrite has these words outside quotation marks, as its own claim"


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
