"""Render the window offscreen on the bundled sample and save ``docs/screenshots/sample.png``.

QT_QPA_PLATFORM=offscreen python -m ui.screenshots
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.app import build_window

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    app = QApplication.instance() or QApplication([])
    samples = ROOT / "assets" / "samples"
    left, right = samples / "original.txt", samples / "rewrite.txt"
    window = build_window(str(left), str(right))
    window.show()
    app.processEvents()
    target = ROOT / "docs" / "screenshots" / "sample.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target))
    print(target)


if __name__ == "__main__":
    main()
