"""Typed access to the window's persistent settings (QSettings): geometry, options, recent comparisons, zoom.

Tests pass their own QSettings (an INI file in a temporary folder), so they never touch the user's.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

OPTIONS = ("ignore_case", "ignore_punctuation", "ignore_quote_style", "hide_unchanged", "show_boilerplate",
           "show_findings", "show_legend", "cosmetic_dimmed", "cosmetic_shown", "cosmetic_hidden")  # fmt: skip
DEFAULTS = {"ignore_quote_style": True, "show_findings": True, "show_legend": True, "cosmetic_dimmed": True}
MAX_RECENT = 10


class Settings:
    """The settings Parallax keeps between runs."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("Parallax", "Parallax")

    def option(self, name: str) -> bool:
        value = self.store.value(f"options/{name}", DEFAULTS.get(name, False))
        return value in (True, "true", "1", 1)

    def set_option(self, name: str, value: bool) -> None:
        self.store.setValue(f"options/{name}", value)

    def bytes(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{name}", value)

    def zoom(self) -> int:
        value = self.store.value("window/zoom", 0)
        return int(value) if isinstance(value, (int, str)) and str(value).lstrip("-").isdigit() else 0

    def set_zoom(self, steps: int) -> None:
        self.store.setValue("window/zoom", steps)

    def folder(self) -> str:
        """The folder the last open or save dialog was in ("" before the first)."""
        value = self.store.value("dialogs/folder", "")
        return value if isinstance(value, str) else ""

    def set_folder(self, folder: str) -> None:
        self.store.setValue("dialogs/folder", folder)

    def corpus_folder(self) -> str:
        """The corpus folder File > Find Sources / Find Rewrites last searched ("" before the first)."""
        value = self.store.value("find/corpus", "")
        return value if isinstance(value, str) else ""

    def set_corpus_folder(self, folder: str) -> None:
        self.store.setValue("find/corpus", folder)

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
        entries = ["\n".join(paths)] + ["\n".join(old) for old in self.recent() if old != paths]
        self.store.setValue("recent/pairs", entries[:MAX_RECENT])

    def sync(self) -> None:
        self.store.sync()
