"""The one place that converts between Python character offsets and Qt's UTF-16 positions."""

from __future__ import annotations


def utf16_length(text: str) -> int:
    """How many UTF-16 code units Qt counts for ``text`` (characters beyond the BMP, e.g. emoji, count twice).

    >>> utf16_length("a😀b")
    4
    """
    if text.isascii():  # most article text: one unit a character (a C-speed check, no loop in Python)
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def utf16_offsets(texts: list[str]) -> list[int]:
    """UTF-16 start position of each text when they are written one after another."""
    starts, position = [], 0
    for text in texts:
        starts.append(position)
        position += utf16_length(text)
    return starts
