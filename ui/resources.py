"""Icons for the window, from the ``assets`` package (package data, wherever Parallax is installed)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from assets import ICONS, SAMPLES

__all__ = ["SAMPLES", "icon"]


def icon(name: str) -> QIcon:
    """An icon from ``assets/icons/<name>.svg``."""
    return QIcon(str(ICONS / f"{name}.svg"))
