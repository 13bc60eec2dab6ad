"""Choosing the sides one at a time: a file that cannot be used is refused when chosen and never shown as
chosen; a good file chosen stays chosen; the column heads always name what is chosen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.test_ui.conftest import FakePrompter, wait_for_comparison
from ui.main_window import MainWindow
from ui.startup import start_with

NOISE = bytes((k * 73 + 41) % 256 for k in range(3000))  # bytes no text encoding reads as text


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _pair(folder: Path) -> tuple[str, str]:
    left = _write(folder, "a.txt", "Ships left the harbour at dawn.\n\nThe mayor waved them off from the pier.\n")
    right = _write(folder, "b.txt", "Ships left the harbour at noon.\n\nThe mayor waved from the old pier.\n")
    return left, right


def test_a_binary_file_given_at_start_is_refused_not_chosen(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(NOISE)
    start_with(window, str(tmp_path / "nowhere.txt"), str(binary))
    ((_, text),) = prompter.errors
    assert "binary.txt is not a text file" in text and "one is loaded" not in text
    assert window.session.left is None and window.session.right is None
    assert "binary.txt" not in window.header.right.text() and "Drop an article" in window.header.right.text()


def test_opening_a_binary_file_keeps_the_good_one_chosen(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    left, _ = _pair(tmp_path)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(NOISE)
    prompter.files = [left, str(binary)]
    window.actions_by_name["open-left"].trigger()
    assert "a.txt" in window.header.left.text() and "chosen" in window.header.left.text()
    window.actions_by_name["open-right"].trigger()
    ((_, text),) = prompter.errors
    assert "binary.txt is not a text file" in text
    assert window.session.left == left and window.session.right is None and not window.session.busy
    assert "a.txt" in window.header.left.text() and "binary.txt" not in window.header.right.text()
    assert "binary.txt" in window.status.text()


def test_the_heads_follow_the_sides_chosen(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    left, right = _pair(tmp_path)
    prompter.files = [right]
    window.actions_by_name["open-right"].trigger()
    assert "b.txt" in window.header.right.text() and "Drop an article" in window.header.left.text()
    prompter.files = [left]
    window.actions_by_name["open-left"].trigger()
    wait_for_comparison(qtbot, window)
    assert "a.txt" in window.header.left.text() and "b.txt" in window.header.right.text()


def test_a_side_that_fails_in_the_worker_is_dropped_and_the_other_kept(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    left, _ = _pair(tmp_path)
    late = tmp_path / "late.txt"  # passes the check when chosen, then holds binary data when read
    late.write_text("A line of text.\n", encoding="utf-8")
    prompter.files = [str(late)]
    window.actions_by_name["open-right"].trigger()
    late.write_bytes(NOISE)
    prompter.files = [left]
    window.actions_by_name["open-left"].trigger()
    qtbot.waitUntil(lambda: bool(prompter.errors) and not window.session.busy, timeout=15_000)
    assert window.session.left == left and window.session.right is None
    assert "a.txt" in window.header.left.text() and "late.txt" not in window.header.right.text()
