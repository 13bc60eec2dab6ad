"""The window under load and faults: overlapping comparisons, cancels at any moment, closing mid-comparison,
exports that fail. No hang, no thread left running, no stale result shown, no file half-written."""

from __future__ import annotations

import errno
import os
import random
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.test_ui.conftest import SAMPLES, FakePrompter, wait_for_comparison, wait_for_export
from ui.main_window import MainWindow

ORIGINAL, REWRITE = str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt")


def test_a_second_comparison_cancels_the_first(qtbot: QtBot, window: MainWindow) -> None:
    window.compare_sources(ORIGINAL, REWRITE)
    window.compare_sources(REWRITE, ORIGINAL)  # asked for at once: the first is cancelled, its result ignored
    wait_for_comparison(qtbot, window)
    qtbot.wait(200)
    assert window.session.comparison is not None
    assert window.session.comparison.left.name == "rewrite.txt"
    qtbot.waitUntil(lambda: not window.session._threads, timeout=10_000)


def test_cancel_at_random_moments(qtbot: QtBot, window: MainWindow) -> None:
    rng = random.Random(5)
    for _ in range(8):
        window.compare_sources(ORIGINAL, REWRITE)
        qtbot.wait(rng.randint(0, 30))
        window.cancel()
        assert not window.session.busy
    qtbot.waitUntil(lambda: not window.session._threads, timeout=10_000)
    window.compare_sources(ORIGINAL, REWRITE)
    wait_for_comparison(qtbot, window)
    assert window.session.comparison is not None and window.session.comparison.right.name == "rewrite.txt"


def test_closing_mid_comparison_stops_every_thread(qtbot: QtBot, window: MainWindow) -> None:
    threads = []
    for _ in range(3):
        window.compare_sources(ORIGINAL, REWRITE)
        threads.append(window.session._threads[window.session._token])
    window.close()
    assert all(thread.isFinished() for thread in threads)


@pytest.mark.parametrize("fault", [errno.ENOSPC, errno.EACCES])
def test_export_faults_keep_the_old_file(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    fault: int,
) -> None:  # fmt: skip
    window.compare_sources(ORIGINAL, REWRITE)
    wait_for_comparison(qtbot, window)
    target = tmp_path / "report.html"
    target.write_text("the old report")

    def failing_replace(source: str, destination: str) -> None:
        raise OSError(fault, os.strerror(fault))

    monkeypatch.setattr(os, "replace", failing_replace)
    prompter.files = [str(target)]
    window.actions_by_name["export-html"].trigger()
    wait_for_export(qtbot, window)
    assert target.read_text() == "the old report"
    assert [p.name for p in tmp_path.iterdir() if p.name != "parallax.ini"] == ["report.html"]
    assert prompter.errors and os.strerror(fault) in prompter.errors[-1][1]
