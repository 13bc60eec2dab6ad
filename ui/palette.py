"""Colours and text formats of the marks, for light and dark themes (Okabe-Ito based: readable when colour-blind).

Colour is never the only cue: removed text is struck through, added text underlined, changed figures framed
(over- and underlined, bold), flagged quotes italic with a wavy underline (words inserted or removed inside one,
and figures, keep their own colour and line, in italics), moved tags bold in brackets; the
source label of a left paragraph (several sources) is small, raised and grey; the words of a substantive
wording change are bold with a dotted underline, after their kind raised in purple ("attr", "hedge", "not");
cosmetic rewording is dimmed (grey, shapes kept), shown like any change, or hidden, as View > Cosmetic
Changes says.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from core.report import DARK, LIGHT, Mark, Palette

Theme = Palette  # the window's theme is the report's palette: one home for the colours (core.report.style)


def current_theme() -> Theme:
    """The dark theme when the application's window colour is dark, else the light one."""
    app = QApplication.instance()
    window = app.palette().color(QPalette.ColorRole.Window) if isinstance(app, QApplication) else QColor("white")
    return DARK if window.lightness() < 128 else LIGHT


def selection_format(theme: Theme) -> QTextCharFormat:
    """The look of the selected link's text on both sides: a green tint and a heavier weight."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(theme.selected))
    fmt.setFontWeight(600)
    return fmt


class CosmeticMode(enum.Enum):
    """View > Cosmetic Changes: how the marks of cosmetic rewording are drawn (the value is what settings keep)."""

    DIMMED = "dimmed"  # in grey, shapes kept (the default)
    SHOWN = "shown"  # like any change
    HIDDEN = "hidden"  # as unchanged text


_OWN_COLOUR = frozenset({Mark.ADDED, Mark.REMOVED, Mark.FIGURE})  # marks whose colour a flagged quote keeps


def char_format(
    marks: frozenset[Mark], theme: Theme, base: QTextCharFormat, cosmetic: CosmeticMode = CosmeticMode.DIMMED
) -> QTextCharFormat:
    """The text format for a run with these marks; ``cosmetic`` says how cosmetic rewording is shown."""
    fmt = QTextCharFormat(base)
    if Mark.COSMETIC in marks and cosmetic is not CosmeticMode.SHOWN:
        if cosmetic is CosmeticMode.HIDDEN:
            return fmt
        fmt.setForeground(QColor(theme.muted))
        fmt.setBackground(QColor(theme.gap))
        fmt.setFontStrikeOut(Mark.REMOVED in marks)
        fmt.setFontUnderline(Mark.ADDED in marks)
        return fmt
    if Mark.CHANGE in marks:
        fmt.setFontWeight(700)
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    if Mark.CHANGE_TAG in marks:  # the kind of a substantive change, raised in front of its words
        fmt.setForeground(QColor(theme.moved))
        fmt.setFontWeight(700)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    if Mark.REMOVED in marks:
        fmt.setBackground(QColor(theme.removed))
        fmt.setFontStrikeOut(True)
    if Mark.ADDED in marks:
        fmt.setBackground(QColor(theme.added))
        fmt.setFontUnderline(True)
    if Mark.FIGURE in marks:
        fmt.setBackground(QColor(theme.figure))
        fmt.setFontOverline(True)
        fmt.setFontUnderline(True)
        fmt.setFontWeight(700)
    if Mark.QUOTE in marks:  # words inserted, removed or a figure inside the quote keep their own colour and line
        fmt.setFontItalic(True)
        if not marks & _OWN_COLOUR:
            fmt.setBackground(QColor(theme.quote))
        if Mark.ADDED not in marks and Mark.FIGURE not in marks:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    if Mark.MOVED in marks:
        fmt.setForeground(QColor(theme.moved))
        fmt.setFontWeight(700)
        fmt.setAnchor(True)
    if Mark.SOURCE in marks:  # the small source label in front of a left paragraph
        fmt.setForeground(QColor(theme.muted))
        fmt.setBackground(QColor(theme.gap))
        fmt.setFontWeight(600)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    return fmt
