"""Window tests: each gets its own settings file and a prompter that records instead of showing dialogs."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.prompter import Prompter
from ui.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "samples"


class FakePrompter(Prompter):
    """Answers file dialogs from a queue and records error messages."""

    def __init__(self) -> None:
        self.files: list[str | list[str] | None] = []
        self.errors: list[tuple[str, str]] = []

    def open_file(self, title: str) -> str | None:
        return self._next()

    def _next(self) -> str | None:
        chosen = self.files.pop(0) if self.files else None
        assert chosen is None or isinstance(chosen, str), "a list answers open_files only"
        return chosen

    def open_files(self, title: str) -> list[str]:
        chosen = self.files.pop(0) if self.files else None
        return [] if chosen is None else [chosen] if isinstance(chosen, str) else list(chosen)

    def open_folder(self, title: str) -> str | None:
        return self._next()

    def save_file(self, title: str, suggested: str, file_filter: str, near: Sequence[str] = ()) -> str | None:
        return self._next()

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, prompter: FakePrompter) -> Iterator[MainWindow]:
    main = MainWindow(settings, prompter)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    yield main
    main.session.wait()


def wait_for_export(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the export the window runs has ended (written, failed or cancelled)."""
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30_000)


def wait_for_comparison(qtbot: QtBot, window: MainWindow, before: object = None) -> None:
    """Wait until the window shows a comparison other than ``before``."""
    qtbot.waitUntil(
        lambda: window.session.comparison is not None and window.session.comparison is not before, timeout=15_000
    )
    QApplication.processEvents()
    time.sleep(0.01)
