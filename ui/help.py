"""Help > Keyboard Shortcuts and Help > How to Read This: two small windows of text, never modal.

``shortcuts_html(actions)`` lists every action that has a shortcut, read from the actions themselves (so the list
is what the keys really do); ``READING_HTML`` is the short "how to read this" page, its marks from
``core.report.LEGEND``.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.report import LEGEND

KEYS_WITHOUT_ACTIONS = (  # handled by the rows and the findings list themselves
    ("Tab", "move between the rows and the findings list"),
    ("Up / Down", "move along the rows or the findings"),
    ("Enter", "on a row: follow its moved text, or select its text and its counterpart; on a finding: go to its row"),
)


def shortcuts_html(actions: Mapping[str, QAction]) -> str:
    """A table of every action's shortcuts (as this platform writes them) and what it does."""
    rows = []
    for action in actions.values():
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        if keys:
            what = escape(action.text().replace("&", "").rstrip("…"))
            rows.append(f"<tr><td><b>{escape(' or '.join(keys))}</b></td><td>{what}</td></tr>")
    rows += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in KEYS_WITHOUT_ACTIONS]
    return "<h3>Keyboard shortcuts</h3><table cellpadding=3>" + "".join(rows) + "</table>"


READING_HTML = (
    "<h3>How to read this</h3>"
    "<p><b>Rows.</b> Each row puts paragraphs of the original (left) beside the paragraphs of the rewrite (right) "
    "they became. A hatched side means the paragraph has no counterpart there: added by the rewrite, or left out. "
    "Row numbers are in the gutter.</p>"
    "<p><b>Marks.</b> Colour is never the only cue:</p><ul>"
    + "".join(f"<li><b>{escape(entry.sample)}</b>: {escape(entry.meaning)}</li>" for entry in LEGEND)
    + "</ul>"
    "<p><b>Moved text</b> carries a tag, [moved to row N] or [moved from row N]: click it to go to the other place. "
    "Click any other text to highlight it and its counterpart on the other side; the status bar says how similar "
    "they are.</p>"
    "<p><b>Hover</b> a figure or a quote for its note: both values, the hedge (about, more than, up to) and what is "
    "counted; the quote's status and speaker.</p>"
    "<p><b>Summary and findings</b> (the side panel): how much of the rewrite comes from the original, then what to "
    "check first: changed figures, quotes the original never had or that were altered, dropped figures and "
    "quotes, moved, added and removed paragraphs. Click a finding to go to its row.</p>"
    "<p><b>Overview bar</b> (right of the rows): one mark per changed row at its place; click to go there. "
    "F8 and Shift+F8 step through the changes.</p>"
)


def show_text(parent: QWidget, title: str, html: str) -> QDialog:
    """A non-modal window showing ``html``; returns it (shown)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    browser = QTextBrowser(dialog)
    browser.setHtml(html)
    browser.setOpenLinks(False)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 520)
    dialog.show()
    return dialog
