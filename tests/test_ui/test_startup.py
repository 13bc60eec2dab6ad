"""The window's first comparison from the command line: a missing file is named, the other side still loads."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from pytestqt.qtbot import QtBot

from tests.test_ui.conftest import SAMPLES, FakePrompter, wait_for_comparison
from ui.main_window import MainWindow
from ui.startup import start_with
from ui.version import version

ORIGINAL, REWRITE = str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt")


def test_missing_left_file_is_named_and_the_right_side_loads(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    missing = str(tmp_path / "nope.txt")
    start_with(window, missing, REWRITE)
    ((_, text),) = prompter.errors
    assert f"{missing}: no such file" in text and "previous comparison" not in text
    assert "rewrite (right) one is loaded" in text
    assert window.session.right == REWRITE and window.session.left is None
    assert missing in window.status.text()


def test_then_opening_the_missing_side_compares(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    start_with(window, str(tmp_path / "nope.txt"), REWRITE)
    prompter.files = [ORIGINAL]
    window.actions_by_name["open-left"].trigger()
    wait_for_comparison(qtbot, window)
    assert window.session.comparison is not None and window.session.comparison.left.name == "original.txt"


def test_one_file_given_loads_its_side_and_asks_for_the_other(window: MainWindow, prompter: FakePrompter) -> None:
    start_with(window, ORIGINAL, None)
    assert prompter.errors == [] and window.session.left == ORIGINAL
    assert "now open the right one" in window.status.text()


def test_both_missing_says_so_without_claiming_a_previous_comparison(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    start_with(window, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    ((_, text),) = prompter.errors
    assert "a.txt: no such file" in text and "b.txt: no such file" in text and "previous comparison" not in text


def test_a_failed_first_comparison_claims_no_previous_one(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    window.compare_sources(str(binary), REWRITE)
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=15_000)
    assert "previous comparison" not in prompter.errors[0][1]


def test_about_shows_the_version(window: MainWindow) -> None:
    with mock.patch("ui.main_window.QMessageBox.about") as about:
        window.actions_by_name["about"].trigger()
    (_, title, text), _ = about.call_args
    assert title == "About Parallax" and f"Parallax {version()}" in text and version()[0].isdigit()
