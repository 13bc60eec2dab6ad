"""The interim window shows the comparison core computed: marked removals, additions and moves."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.app import build_window
from ui.main_window import MainWindow
from ui.rendering import comparison_html

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "samples"


def sample_window(qtbot: QtBot) -> MainWindow:
    left, right = SAMPLES / "original.txt", SAMPLES / "rewrite.txt"
    window = build_window((str(left), left.read_text()), (str(right), right.read_text()))
    qtbot.addWidget(window)
    return window


def test_window_shows_both_articles_and_the_changes(qtbot: QtBot) -> None:
    window = sample_window(qtbot)
    window.show()
    text = window.view.toPlainText()
    assert "Kelmsford underwater" in text and "River Alder bursts its banks" in text
    assert "[moved]" in text
    html = window.view.toHtml()
    assert "line-through" in html and "underline" in html
    assert "9 links, 2 moved" in window.statusBar().currentMessage()


def test_article_text_is_escaped() -> None:
    from core import compare

    html = comparison_html(compare("A <b>bold</b> & <script>x()</script> claim.", "A plain claim."))
    assert "<script>" not in html and "&lt;script&gt;" in html
