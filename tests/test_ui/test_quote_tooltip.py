"""The findings list's tooltip on a quote finding names who said it, and who said it in the original."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core import compare
from core.report import list_findings
from ui.findings_panel import FindingsModel


def tooltips(left: str, right: str) -> list[str]:
    model = FindingsModel()
    model.set_findings(list_findings(compare(left, right)))
    return [str(model.data(model.index(k), Qt.ItemDataRole.ToolTipRole)) for k in range(model.rowCount())]


def test_a_quote_given_to_another_speaker_names_both(qtbot: QtBot) -> None:
    found = tooltips(
        "“We will reopen the pier by June,” said Harlow. The pier shut in 2024.",
        "“We will reopen the pier by June,” said Penrose. The pier shut in 2024.",
    )
    assert any("said by Penrose; in the original, by Harlow" in tip for tip in found), found


def test_an_unsupported_quote_says_its_speaker_or_that_none_is_named(qtbot: QtBot) -> None:
    named = tooltips("The pier shut in 2024.", "The pier shut in 2024. “It was a disgrace,” said Penrose.")
    assert any("said by Penrose" in tip for tip in named), named
    unnamed = tooltips("The pier shut in 2024.", "The pier shut in 2024, in what some called “a disgrace to the town”.")
    assert any("speaker not named" in tip for tip in unnamed), unnamed
