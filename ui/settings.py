"""Typed access to the window's persistent settings (QSettings): geometry, options, recent comparisons, zoom,
how cosmetic rewording is marked.

Tests pass their own QSettings (an INI file in a temporary folder), so they never touch the user's.

A value is written only when it changes: every write makes QSettings save the file from the event loop, with two
``fdatasync`` calls on the GUI thread, which a busy disk can hold for a second; showing or reloading a comparison
with nothing changed writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ui.palette import CosmeticMode

OPTIONS = ("ignore_case", "ignore_punctuation", "ignore_quote_style", "hide_unchanged", "show_boilerplate",
           "show_findings", "show_legend")  # fmt: skip
DEFAULTS = {"ignore_quote_style": True, "show_findings": True, "show_legend": True}
MAX_RECENT = 10


def _is_true(value: object) -> bool:
    """A stored flag: QSettings gives back a bool, or the text of one from an INI file."""
    return value in (True, "true", "1", 1)


class Settings:
    """The settings Parallax keeps between runs."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("Parallax", "Parallax")

    def option(self, name: str) -> bool:
        return _is_true(self.store.value(f"options/{name}", DEFAULTS.get(name, False)))

    def set_option(self, name: str, value: bool) -> None:
        if self.option(name) == value:
            return  # unchanged (or the default, never stored)
        self.store.setValue(f"options/{name}", value)

    def cosmetic_mode(self) -> CosmeticMode:
        """View > Cosmetic Changes as last chosen: kept as its value ("dimmed", "shown", "hidden"); settings saved
        before that kept one flag a mode ("options/cosmetic_hidden" true), read when the value is absent."""
        value = self.store.value("options/cosmetic")
        if isinstance(value, str):
            return next((mode for mode in CosmeticMode if mode.value == value.strip().lower()), CosmeticMode.DIMMED)
        for mode in CosmeticMode:
            if _is_true(self.store.value(f"options/cosmetic_{mode.value}")):
                return mode
        return CosmeticMode.DIMMED

    def set_cosmetic_mode(self, mode: CosmeticMode) -> None:
        stale = [key for old in CosmeticMode if self.store.contains(key := f"options/cosmetic_{old.value}")]
        if not stale and self.cosmetic_mode() is mode:
            return  # unchanged (or the default, never stored): nothing to write
        self.store.setValue("options/cosmetic", mode.value)
        for key in stale:
            self.store.remove(key)

    def bytes(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{name}", value)

    def zoom(self) -> int:
        value = self.store.value("window/zoom", 0)
        return int(value) if isinstance(value, (int, str)) and str(value).lstrip("-").isdigit() else 0

    def set_zoom(self, steps: int) -> None:
        if self.zoom() != steps:
            self.store.setValue("window/zoom", steps)

    def _text(self, key: str) -> str:
        value = self.store.value(key, "")
        return value if isinstance(value, str) else ""

    def _set_text(self, key: str, text: str) -> None:
        if self._text(key) != text:  # written only on a change: each write saves the file on the GUI thread
            self.store.setValue(key, text)

    def folder(self) -> str:
        """The folder the last open or save dialog was in ("" before the first)."""
        return self._text("dialogs/folder")

    def set_folder(self, folder: str) -> None:
        self._set_text("dialogs/folder", folder)

    def corpus_folder(self) -> str:
        """The corpus folder File > Find Sources / Find Rewrites last searched ("" before the first)."""
        return self._text("find/corpus")

    def set_corpus_folder(self, folder: str) -> None:
        self._set_text("find/corpus", folder)

    def forget_recent(self, paths: tuple[str, ...]) -> None:
        """Drop a comparison from the recent list (one of its files is gone)."""
        self.store.setValue("recent/pairs", ["\n".join(old) for old in self.recent() if old != paths])

    def recent(self) -> list[tuple[str, ...]]:
        """Recent comparisons, newest first: each the files compared, the rewrite last (several sources first)."""
        pairs = self.store.value("recent/pairs", [])
        items = pairs if isinstance(pairs, list) else [pairs] if pairs else []
        return [tuple(item.split("\n")) for item in items if isinstance(item, str) and "\n" in item]

    def add_recent(self, paths: tuple[str, ...]) -> None:
        """Put a comparison of files (two, or several sources then the rewrite) first in the recent list."""
        known = self.recent()
        if known and known[0] == paths:
            return  # already first: a reload
        entries = ["\n".join(paths)] + ["\n".join(old) for old in known if old != paths]
        self.store.setValue("recent/pairs", entries[:MAX_RECENT])

    def sync(self) -> None:
        self.store.sync()
