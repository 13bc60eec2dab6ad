"""Choosing what to compare: File > Open, paste, drag and drop, swap. Puts articles on the session's sides and
starts a comparison as soon as both sides have one; never computes anything itself.

A file that cannot be used at once (missing, empty, a folder, binary data in a text file: ``core.load.check_choice``)
is refused when chosen, with a message, and never becomes a side; ``chosen`` is told every time the sides chosen
before a comparison change, for the column heads to show them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from core import LoadError, Side, article_from_text
from core.corpus import CommonFeatures
from core.load import check_choice
from ui.prompter import Prompter
from ui.session import Session
from ui.worker import Source

_NAMES = {Side.LEFT: "left", Side.RIGHT: "right"}


class SourcePicker:
    """Gets articles in for the session; ``say`` shows a status line."""

    def __init__(
        self,
        session: Session,
        prompter: Prompter,
        say: Callable[[str], None],
        chosen: Callable[[], None] = lambda: None,
    ) -> None:
        self.session = session
        self.prompter = prompter
        self.say = say
        self.chosen = chosen

    def compare(self, left: Source, right: Source, stock: CommonFeatures | None = None) -> None:
        self.session.compare(left, right, stock)

    def current(self, side: Side) -> Source | None:
        return self.session.left if side is Side.LEFT else self.session.right

    def refused(self, side: Side, source: Source) -> bool:
        """Whether a file of ``source`` cannot be used (said, with a message box); text read already can."""
        paths = (source,) if isinstance(source, str) else source if isinstance(source, tuple) else ()
        for path in paths:
            try:
                check_choice(path)
            except LoadError as error:
                kept = self.current(side)
                still = f" The {_NAMES[side]} side keeps {source_name(kept)}." if kept is not None else ""
                self.say(f"Not opened: {error}.{still}")  # first: the status line reads so while the box is up
                self.prompter.error("Parallax cannot use this file", f"{error}.{still}")
                return True
        return False

    def load_side(self, side: Side, source: Source) -> None:
        """Put an article on one side, unless it is refused; compares as soon as both sides have one."""
        if self.refused(side, source):
            return
        other = self.current(side.other)
        if other is None:
            if side is Side.LEFT:
                self.session.left = source
            else:
                self.session.right = source
            chosen = f"{len(source)} sources" if isinstance(source, tuple) else f"{_NAMES[side].capitalize()} article"
            self.say(f"{chosen} chosen; now open the {_NAMES[side.other]} one.")
            self.chosen()
        elif side is Side.LEFT:
            self.compare(source, other)
        else:
            self.compare(other, source)

    def open(self, side: Side) -> None:
        if side is Side.LEFT:
            paths = self.prompter.open_files("Open the original (left) article, or several sources")
            if paths:
                self.load_side(side, paths[0] if len(paths) == 1 else tuple(paths))
            return
        path = self.prompter.open_file("Open the rewrite (right) article")
        if path:
            self.load_side(side, path)

    def paste(self, side: Side) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.prompter.error("Nothing to paste", "The clipboard holds no text. Copy an article first.")
            return
        self._text(side, text, "pasted text")

    def swap(self) -> None:
        if isinstance(self.session.left, tuple):
            self.say("Several sources cannot change sides: open one article on the left to swap.")
        elif self.session.left is not None and self.session.right is not None:
            self.compare(self.session.right, self.session.left, self.session.stock)  # the same two articles

    def drop(self, data: QMimeData, side: Side) -> bool:
        """Take dropped files or text onto ``side``; False when nothing was usable. Several files dropped on the
        left become its sources; on the right, two are both sides and more are sources, then the rewrite."""
        paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        if len(paths) >= 2 and side is Side.LEFT:
            self.load_side(side, tuple(paths))
        elif len(paths) >= 2:
            left: Source = paths[0] if len(paths) == 2 else tuple(paths[:-1])
            if not self.refused(Side.LEFT, left) and not self.refused(Side.RIGHT, paths[-1]):
                self.compare(left, paths[-1])
        elif paths:
            self.load_side(side, paths[0])
        elif data.hasText() and data.text().strip():
            return self._text(side, data.text(), "dropped text")
        return True

    def _text(self, side: Side, text: str, name: str) -> bool:
        try:
            self.load_side(side, article_from_text(text, name))
        except Exception as error:
            self.prompter.error(f"Cannot use the {name}", str(error))
            return False
        return True


def source_name(source: Source) -> str:
    """How a chosen side is named: a file's name, a text's name, or how many sources."""
    if isinstance(source, str):
        return Path(source).name
    if isinstance(source, tuple):
        return f"{len(source)} sources"
    return source.name
