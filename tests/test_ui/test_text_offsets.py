"""Python offsets against Qt's UTF-16 positions: emoji count twice."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from ui.text_offsets import utf16_length, utf16_offsets


def test_lengths_match_qt() -> None:
    for text in ("plain", "café", "😀 emoji", "中文", "a😀b😀"):
        document = QTextDocument(text)
        assert utf16_length(text) == document.characterCount() - 1


def test_offsets_of_runs() -> None:
    assert utf16_offsets(["a😀", "b", "😀c"]) == [0, 3, 4]
