"""A headline's figure and the other article's body: one figure, told in the headline on one side only.

API: ``headline_partners(left, right, removed, added) -> list[tuple[Figure, Located, bool]]``,
``told_in_body(figure, title, body) -> bool``.

A rewrite often moves a figure between its headline and its body: "Storm leaves 300 homes without power" as the
original's headline, "... leaving 300 homes without power" in the rewrite's first paragraph. Headlines are no
sentences of the body (``Document.title``), so the body's 300 was "new" and the headline's "dropped". A figure
left over in one body (added or removed once every other pairing is done) is the other side's headline figure
when the two are equal (``figure_values.equal_value``, qualifiers aside: "About 300" / "more than 300" is that
figure with its hedge changed), count the same thing (``same_counted``) and the headline and the sentence share
two content words (as ``figure_repeats.sentences_related``: "3 dead" in a headline is no "three trains" in an
unrelated line). ``told_in_body`` is the same test for the headlines' own comparison
(``core.facts.wording.headline_changes``): a headline figure dropped that the rewrite's body tells is not
dropped, nor one added that the original's body tells.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.facts.figure_model import Located
from core.facts.figure_values import equal_value, same_counted
from core.facts.figures import Figure, extract_figures
from core.model import Document
from core.text.terms import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]{4,}")
_REPORTING = frozenset(
    "said says told tells telling added adds stated claimed claims reported according announced confirmed".split()
)  # as ``figure_repeats``: "officials said" alone joins no two sentences


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower())) - STOP_WORDS - _REPORTING


def _one(headline: Figure, body: Figure) -> bool:
    return equal_value(headline, body) and same_counted(headline, body)


def headline_partners(
    left: Document, right: Document, removed: list[Located], added: list[Located]
) -> list[tuple[Figure, Located, bool]]:
    """Body figures left over that the other side's headline tells: (headline figure, body figure, whether the
    headline is the original's) each (module docstring). A headline figure may meet more than one."""
    found: list[tuple[Figure, Located, bool]] = []
    for title, body, original in ((left.title, added, True), (right.title, removed, False)):
        figures = extract_figures(title) if body and title.strip() else []
        if not figures:
            continue
        words, document = _words(title), right if original else left
        for located in body:
            match = next((f for f in figures if _one(f, located[0])), None)
            if match is not None and len(words & _words(document.sentence(located[1]).text)) >= 2:
                found.append((match, located, original))
    return found


def told_in_body(figure: Figure, title: str, body: Iterable[tuple[Figure, str]]) -> bool:
    """Whether a headline figure is told in the other article's body: ``body`` its figures with their sentences'
    texts (module docstring)."""
    words = _words(title)
    return any(_one(figure, other) and len(words & _words(text)) >= 2 for other, text in body)
