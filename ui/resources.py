"""The one place that knows where ``assets/`` is: icons and the sample articles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ASSETS = Path(__file__).resolve().parent.parent / "assets"
SAMPLES = ASSETS / "samples"


def icon(name: str) -> QIcon:
    """An icon from ``assets/icons/<name>.svg``."""
    return QIcon(str(ASSETS / "icons" / f"{name}.svg"))
