"""The interim window shows the comparison core computed: marked removals, additions and moves."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from core import LinkKind, compare, load_article
from ui.app import build_window
from ui.main_window import MainWindow
from ui.rendering import comparison_html

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "samples"


def sample_window(qtbot: QtBot) -> MainWindow:
    left, right = SAMPLES / "original.txt", SAMPLES / "rewrite.txt"
    window = build_window(str(left), str(right))
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
    expected = compare(load_article(SAMPLES / "original.txt"), load_article(SAMPLES / "rewrite.txt"))
    moved = sum(1 for link in expected.links if link.kind is LinkKind.MOVED)
    assert moved >= 1
    assert f"{len(expected.links)} links, {moved} moved" in window.statusBar().currentMessage()
    assert "River Alder bursts its banks as storm hits Kelmsford" in text  # the headline, shown as a heading


def test_article_text_is_escaped() -> None:
    html = comparison_html(compare("A <b>bold</b> & <script>x()</script> claim.", "A plain claim."))
    assert "<script>" not in html and "&lt;script&gt;" in html
