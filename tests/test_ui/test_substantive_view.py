"""The window shows substantive changes in place, and View > Cosmetic Changes dims, shows or hides the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from core.report import Mark
from tests.test_ui.conftest import FakePrompter, wait_for_comparison
from ui.main_window import MainWindow
from ui.palette import CosmeticMode, current_theme
from ui.settings import Settings

ORIGINAL = "The council said the pool would reopen in June.\n\nThe old hall was painted blue.\n"
REWRITE = "The council claimed the pool might reopen in June.\n\nThe old hall was painted a deep blue.\n"


def open_pair(qtbot: QtBot, window: MainWindow, prompter: FakePrompter, folder: Path) -> None:
    left, right = folder / "original.txt", folder / "rewrite.txt"
    left.write_text(ORIGINAL, encoding="utf-8")
    right.write_text(REWRITE, encoding="utf-8")
    prompter.files = [str(left), str(right)]
    window.actions_by_name["open-left"].trigger()
    window.actions_by_name["open-right"].trigger()
    wait_for_comparison(qtbot, window)


def formats(window: MainWindow, row: int) -> dict[str, tuple[bool, bool, str]]:
    """Each word of a row's rewrite side: (underlined, bold, foreground colour) as the delegate lays it out."""
    view = window.presentation.rows[row]
    _, right = window.view.row_delegate.documents(view, row, 400)
    found = {}
    block = right.document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            for word in fragment.text().split():
                found[word] = (fmt.fontUnderline(), fmt.fontWeight() >= 700, fmt.foreground().color().name())
            iterator += 1
        block = block.next()
    return found


def test_cosmetic_changes_dimmed_shown_hidden(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    open_pair(qtbot, window, prompter, tmp_path)
    actions = window.actions_by_name
    assert actions["cosmetic_dimmed"].isChecked()  # the default
    muted = QColor(current_theme().muted).name()
    dimmed = formats(window, 1)
    assert dimmed["deep"][0] and dimmed["deep"][2] == muted  # underlined still (its shape), but grey
    actions["cosmetic_shown"].trigger()
    assert not actions["cosmetic_dimmed"].isChecked()  # one at a time
    shown = formats(window, 1)
    assert shown["deep"][0] and shown["deep"][2] != muted
    actions["cosmetic_hidden"].trigger()
    hidden = formats(window, 1)
    assert not hidden["deep"][0] and hidden["deep"][2] != muted  # shown as unchanged text
    assert formats(window, 0)["claimed"][:2] == (True, True)  # substantive marks stay whatever the choice
    assert window.preferences.settings.cosmetic_mode() is CosmeticMode.HIDDEN


def test_substantive_words_carry_tags_and_notes(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    open_pair(qtbot, window, prompter, tmp_path)
    runs = window.presentation.rows[0].right
    tags = [run.text for run in runs if Mark.CHANGE_TAG in run.marks]
    assert tags == ["attr", "hedge"]
    text = window.view.row_delegate.documents(window.presentation.rows[0], 0, 400)[1].document.toPlainText()
    assert "attrclaimed" in "".join(text.split())  # the tag stands in front of its words in the laid-out row
    model = window.panel.model
    findings = [str(model.data(model.index(k))) for k in range(model.rowCount())]
    assert any("reporting verb: said -> claimed" in f for f in findings)
    assert any("1 sentence reworded cosmetically" in f for f in findings)


def _window(qtbot: QtBot, settings: Settings, prompter: FakePrompter) -> MainWindow:
    main = MainWindow(settings, prompter)
    qtbot.addWidget(main)
    return main


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({"options/cosmetic": "hidden"}, CosmeticMode.HIDDEN),
        ({"options/cosmetic": "Shown"}, CosmeticMode.SHOWN),
        ({"options/cosmetic": "sparkly"}, CosmeticMode.DIMMED),  # unknown: the default
        ({"options/cosmetic_hidden": "true", "options/cosmetic_dimmed": "false"}, CosmeticMode.HIDDEN),  # old flags
        ({"options/cosmetic_shown": True}, CosmeticMode.SHOWN),
        ({}, CosmeticMode.DIMMED),
    ],
)
def test_cosmetic_mode_is_read_from_old_and_new_settings(
    qtbot: QtBot, tmp_path: Path, prompter: FakePrompter, stored: dict[str, object], expected: CosmeticMode
) -> None:
    store = QSettings(str(tmp_path / "kept.ini"), QSettings.Format.IniFormat)
    for key, value in stored.items():
        store.setValue(key, value)
    store.sync()
    settings = Settings(QSettings(str(tmp_path / "kept.ini"), QSettings.Format.IniFormat))
    assert settings.cosmetic_mode() is expected
    window = _window(qtbot, settings, prompter)
    assert window.preferences.cosmetic_mode() is expected
    assert window.view.row_delegate.cosmetic is expected
    checked = [mode for mode in CosmeticMode if window.actions_by_name[f"cosmetic_{mode.value}"].isChecked()]
    assert checked == [expected]


def test_cosmetic_mode_is_kept_as_its_value_between_runs(qtbot: QtBot, tmp_path: Path, prompter: FakePrompter) -> None:
    path = str(tmp_path / "kept.ini")
    first = _window(qtbot, Settings(QSettings(path, QSettings.Format.IniFormat)), prompter)
    first.actions_by_name["cosmetic_shown"].trigger()
    first.preferences.settings.sync()
    raw = QSettings(path, QSettings.Format.IniFormat)
    assert raw.value("options/cosmetic") == "shown" and raw.value("options/cosmetic_dimmed") is None
    second = _window(qtbot, Settings(QSettings(path, QSettings.Format.IniFormat)), prompter)
    assert second.view.row_delegate.cosmetic is CosmeticMode.SHOWN
