"""The window's export commands: HTML report, PDF, print, JSON; each asks for a file and reports errors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from core import write_json
from core.export.to_html import write_html
from ui.printing import print_report
from ui.prompter import Prompter
from ui.session import Session


class Exporter:
    """Exports the session's comparison; ``report`` shows a line in the status bar."""

    def __init__(self, session: Session, prompter: Prompter, report: Callable[[str], None], parent: QWidget) -> None:
        self.session = session
        self.prompter = prompter
        self.report = report
        self.parent = parent

    def _report_name(self, suffix: str) -> str:
        comparison = self.session.comparison
        assert comparison is not None
        words = f"{comparison.left.title or comparison.left.name} vs {comparison.right.title or comparison.right.name}"
        safe = "".join(c if c.isalnum() or c in " -" else " " for c in words)
        return "-".join(safe.lower().split())[:80] + suffix

    def html(self) -> None:
        comparison = self.session.comparison
        if comparison is None:
            self.prompter.error("Nothing to export", "Compare two articles first.")
            return
        path = self.prompter.save_file(
            "Export the comparison as an HTML report", self._report_name(".html"), "HTML report (*.html)"
        )
        if path:
            try:
                write_html(comparison, path, self.session.options)
            except OSError as error:
                self.prompter.error("Export failed", f"{path} cannot be written ({error.strerror or error}).")
            else:
                self.report(f"Report written to {path}")

    def pdf(self) -> None:
        if self.session.comparison is None:
            self.prompter.error("Nothing to export", "Compare two articles first.")
            return
        path = self.prompter.save_file("Export the report as PDF", self._report_name(".pdf"), "PDF (*.pdf)")
        if path:
            print_report(self.session.comparison, self.session.options, pdf_path=path)
            self.report(f"PDF written to {path}")

    def print(self) -> None:
        if self.session.comparison is None:
            self.prompter.error("Nothing to print", "Compare two articles first.")
            return
        print_report(self.session.comparison, self.session.options, parent=self.parent)

    def json(self) -> None:
        comparison = self.session.comparison
        if comparison is None:
            self.prompter.error("Nothing to export", "Compare two articles first.")
            return
        path = self.prompter.save_file("Export the comparison as JSON", "comparison.json", "JSON (*.json)")
        if path:
            try:
                write_json(comparison, path)
            except OSError as error:
                self.prompter.error("Export failed", f"{path} cannot be written ({error.strerror or error}).")
