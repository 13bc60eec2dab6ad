"""Ordinals written as words that figure extraction leaves alone: "first" and "second".

API: ``spelled_ordinals(text) -> list[Figure]``.

"first" and "second" are rarely figures ("at first", "a second look", "for a second"), so
``core.facts.extract_figures`` does not read them. But when a rewrite writes "2nd" as "second" (or "second" as
"2nd"), the two are one figure: ``core.facts.figure_check`` reads these words, with this function, only in the
counterpart sentence of an ordinal in digits that found no partner, and pairs them like any other figure.

>>> [(f.text, f.kind.value, f.low) for f in spelled_ordinals("She came second, the first time she ran.")]
[('second', 'ordinal', 2.0), ('first', 'ordinal', 1.0)]
"""

from __future__ import annotations

import re

from core.facts.figures import Figure, FigureKind, Qualifier

_WORDS = {"first": 1, "second": 2}
_SPELLED = re.compile(r"(?<![\w-])(first|second)(?![\w-])", re.IGNORECASE)


def spelled_ordinals(text: str) -> list[Figure]:
    """The words "first" and "second" in a text, as ordinal figures of value 1 and 2."""
    figures = []
    for match in _SPELLED.finditer(text):
        value = float(_WORDS[match.group(1).lower()])
        figures.append(
            Figure(match.group(0), match.start(), match.end(), FigureKind.ORDINAL, value, value, Qualifier.EXACT,
                   "", f"{value:g}")
        )  # fmt: skip
    return figures
