"""One side of one row as a QTextDocument, laid out at a width, with a map from positions back to runs.

A substantive change's kind tag stands between thin spaces (``TAG_SPACE``), which count as the tag's in ``run_at``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextOption

from core.report import Mark, Run
from ui.palette import CosmeticMode, Theme, char_format, selection_format
from ui.text_offsets import utf16_offsets

MARGIN = 6.0  # pixels around the text inside a cell
WRAP = QTextOption()  # one text option for every row document (each used to make its own: 10% of a row's setup)
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
TAG_SPACE = "\u2009"  # a thin space each side of a raised kind tag ("not", "hedge"): the words beside it read apart


def shown_text(run: Run) -> str:
    """A run's text as the document holds it: a kind tag between thin spaces, other runs as they are."""
    return f"{TAG_SPACE}{run.text}{TAG_SPACE}" if Mark.CHANGE_TAG in run.marks else run.text


class RowDocument:
    """A laid-out side of a row; ``run_at`` tells which run a point falls on (for moved-text links)."""

    def __init__(
        self,
        runs: tuple[Run, ...],
        width: float,
        font: QFont,
        theme: Theme,
        placeholder: str,
        selected: int | None,
        cosmetic: CosmeticMode = CosmeticMode.DIMMED,
    ) -> None:
        self.runs = runs
        self.document = QTextDocument()
        self.document.setUndoRedoEnabled(False)  # never edited: no undo commands to record for every insertion
        self.document.setDefaultFont(font)
        self.document.setDocumentMargin(MARGIN)
        self.document.setDefaultTextOption(WRAP)
        self.document.setTextWidth(max(width, 40.0))
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()  # inside an edit block an insertion does not lay the line out to place the cursor
        base = QTextCharFormat()
        chosen = selection_format(theme)
        if not runs:
            italic = QTextCharFormat()
            italic.setFontItalic(True)
            cursor.insertText(placeholder, italic)
        for run in runs:
            fmt = char_format(run.marks, theme, base, cosmetic)
            if selected is not None and run.link == selected:
                fmt.merge(chosen)  # the selected link, and its counterpart on the other side
            if Mark.CHANGE_TAG in run.marks:  # the spaces plain, not raised: a raised space is a narrower one
                cursor.insertText(TAG_SPACE, base)
                cursor.insertText(run.text, fmt)
                cursor.insertText(TAG_SPACE, base)
            else:
                cursor.insertText(run.text, fmt)
        cursor.endEditBlock()
        self.starts = utf16_offsets([shown_text(run) for run in runs])

    def height(self) -> float:
        return float(self.document.size().height())

    def run_at(self, point: QPointF) -> Run | None:
        """The run under a point given in the document's coordinates, or None."""
        position = self.document.documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        index = next((k for k in range(len(self.starts) - 1, -1, -1) if self.starts[k] <= position), None)
        return None if index is None else self.runs[index]
