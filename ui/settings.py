"""Typed access to the window's persistent settings (QSettings): geometry, options, recent comparisons, zoom.

Tests pass their own QSettings (an INI file in a temporary folder), so they never touch the user's.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

OPTIONS = ("ignore_case", "ignore_punctuation", "ignore_quote_style", "hide_unchanged", "show_boilerplate",
           "show_findings", "cosmetic_dimmed", "cosmetic_shown", "cosmetic_hidden")  # fmt: skip
DEFAULTS = {"ignore_quote_style": True, "show_findings": True, "cosmetic_dimmed": True}
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

    def recent(self) -> list[tuple[str, str]]:
        pairs = self.store.value("recent/pairs", [])
        items = pairs if isinstance(pairs, list) else [pairs] if pairs else []
        pairs_found = []
        for item in items:
            if isinstance(item, str) and "\n" in item:
                left, right = item.split("\n", 1)
                pairs_found.append((left, right))
        return pairs_found

    def add_recent(self, left: str, right: str) -> None:
        pairs = [f"{left}\n{right}"] + [f"{a}\n{b}" for a, b in self.recent() if (a, b) != (left, right)]
        self.store.setValue("recent/pairs", pairs[:MAX_RECENT])

    def sync(self) -> None:
        self.store.sync()
