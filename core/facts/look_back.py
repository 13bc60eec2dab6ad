"""Whether a pattern anchored at the end (``...$``) matches the text just before an offset, in time that does not
grow with the length of the text before it.

API: ``ends_with(pattern, text, end, begin=0, reach=LOOK_BACK) -> re.Match[str] | None``.

``pattern.search(text, 0, end)`` asks the same, but scans from the start of the text: called once per figure or
quote of one sentence of 600,000 words (no full stop in 3.6 MB), it made the comparison quadratic. Here the search
starts ``reach`` characters before ``end``. That is exact for a pattern whose parts are all shorter than ``reach``
together except one run of white space (``\\s+``): a match that starts before the window covers its first
character with that run, so when that character is white space the window is moved back to just before the run.
A match found is the same one ``pattern.search(text, 0, end)`` would find unless several overlap (only its truth
and its groups near ``end`` are used). Word boundaries and look-behinds see the text before the window, as a
search from 0 does.

>>> import re
>>> saying = re.compile(r",\\s+saying\\b[^“”\\",]{0,40}$")
>>> text = "word " * 100 + "he agreed, saying it was"
>>> bool(ends_with(saying, text, len(text))), bool(ends_with(saying, text, len(text) - 20))
(True, False)
>>> spaced = "word, " + " " * 300 + "saying so"
>>> bool(ends_with(saying, spaced, len(spaced))) == bool(saying.search(spaced, 0, len(spaced)))
True
"""

from __future__ import annotations

import re

LOOK_BACK = 256  # characters searched before ``end``: more than any pattern given here spans, its space run apart


def ends_with(
    pattern: re.Pattern[str], text: str, end: int, begin: int = 0, reach: int = LOOK_BACK
) -> re.Match[str] | None:
    """``pattern`` (anchored by ``$``) searched in the ``reach`` characters before ``end``, none before ``begin``
    (see the module; for a pattern that looks at nothing before its match, ``text[begin:end]`` searched whole)."""
    start = max(begin, end - reach)
    if start > begin and text[start].isspace():  # a match from further back would hold this run of white space
        while start > begin and text[start - 1].isspace():
            start -= 1
        start = max(begin, start - reach)
    return pattern.search(text, start, end)
