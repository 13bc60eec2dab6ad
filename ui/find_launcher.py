"""File > Find Sources... and File > Find Rewrites...: which article to search for, and where results open.

``CorpusFinder(session, prompter, settings, compare, parent)`` keeps one :class:`ui.find_dialog.FindDialog`
per direction (shown again, not rebuilt, so a search keeps running when it is hidden). Find Sources searches for
the sources of the current right-hand article (a file, or pasted text), Find Rewrites for the rewrites of the
current left-hand one; with no such article the dialog asks for a file. A search compares with the
session's options (View > Ignore Case ...), those the opened result is compared with. A result opens through ``compare``
(the window's ``compare_sources``), with the stock lines its search set aside.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core import Document
from core.corpus import CommonFeatures
from ui.find_dialog import FindDialog
from ui.prompter import Prompter
from ui.session import Session
from ui.settings import Settings
from ui.worker import Source


class CorpusFinder(QObject):
    """Opens the two find dialogs (see the module docstring)."""

    def __init__(self, session: Session, prompter: Prompter, settings: Settings,
                 compare: Callable[[Source, Source, CommonFeatures], None], parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.prompter = prompter
        self.settings = settings
        self.compare = compare
        self.window = parent
        self.index_folder: str | None = None  # None: the user's data folder (tests choose their own)
        self.dialogs: dict[bool, FindDialog] = {}

    def _dialog(self, reverse: bool) -> FindDialog:
        dialog = self.dialogs.get(reverse)
        if dialog is None:
            dialog = FindDialog(reverse, self.prompter, self.settings, self.window)
            dialog.open_requested.connect(self.compare)
            dialog.options = lambda: self.session.options
            self.dialogs[reverse] = dialog
        dialog.index_folder = self.index_folder
        return dialog

    def show(self, reverse: bool) -> FindDialog:
        """Show the dialog of one direction, with the current article of the matching side if there is one (with
        only one article open, on either side, that one: "parallax FILE" puts it on the left)."""
        dialog = self._dialog(reverse)
        current = self.session.left if reverse else self.session.right
        if current is None and self.session.comparison is None:  # one article open so far, on either side: that one
            current = self.session.right if reverse else self.session.left
        article = current if isinstance(current, (str, Document)) else None
        if article is not None or dialog.article is None:
            dialog.set_article(article)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.focus_next_step()
        if dialog.article is None and not dialog.running:
            dialog.choose_article.click()  # nothing open on that side: ask for the article straight away
        return dialog

    def find_sources(self) -> None:
        self.show(False)

    def find_rewrites(self) -> None:
        self.show(True)

    def wait(self) -> None:
        """Stop every running search and wait for it (on closing the window)."""
        for dialog in self.dialogs.values():
            thread = dialog.search_thread
            if thread is not None:
                thread.cancel()
                thread.wait(10_000)
