"""The window's export commands: HTML report, PDF, print, JSON. Each asks for a file on the GUI thread, then
writes in an :class:`~ui.export_worker.ExportThread` from the report already built, so the window never
freezes; ``started``, ``progressed``, ``finished`` and ``failed`` tell the window how it goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from core.report import Report
from ui.export_worker import ExportThread, Task
from ui.prompter import Prompter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# The HTML writer and Qt's printing are imported on the first export, not at start-up (they are not needed to
# show a comparison, and the window should paint as soon as it can).

HTML_SHARE = 0.6  # of a PDF's or a print's progress bar: writing the report's HTML; Qt's printing takes the rest


def export_name(report: Report, suffix: str) -> str:
    """The file name an export suggests: the two titles, lower case, joined by dashes (at most 80 characters).

    >>> from core import compare
    >>> from core.report import build_report
    >>> export_name(build_report(compare("A.", "B.")), ".html")
    'left-vs-right.html'
    """
    safe = "".join(c if c.isalnum() or c in " -" else " " for c in report.title)
    return "-".join(safe.lower().split())[:80] + suffix


class Exporter(QObject):
    """Exports the session's report; one export runs at a time."""

    started = Signal()
    progressed = Signal(int)
    finished = Signal(str)  # the status line to show
    failed = Signal(str)

    def __init__(
        self,
        report: Callable[[], Report | None],
        prompter: Prompter,
        parent: QWidget,
        inputs: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._inputs = inputs  # the files the report compares: an export never overwrites one
        self.prompter = prompter
        self.parent_widget = parent
        self.worker: ExportThread | None = None

    @property
    def busy(self) -> bool:
        """Whether an export runs (until its end has been announced)."""
        return self.worker is not None

    def _ready(self, verb: str) -> Report | None:
        report = self._report()
        if report is None:
            self.prompter.error(f"Nothing to {verb}", "Compare two articles first.")
        elif self.busy:
            self.prompter.error("An export is running", "Wait for it to finish, or cancel it (Esc).")
            return None
        return report

    def _ask(self, title: str, report: Report, suffix: str, file_filter: str) -> str | None:
        """The file chosen to write, unless it is one of the articles compared (refused, with a message)."""
        from core.export import clobbered

        inputs = self._inputs()
        path = self.prompter.save_file(title, export_name(report, suffix), file_filter, inputs)
        problem = path and clobbered(path, inputs)
        if problem:
            self.prompter.error("Not written", f"{problem}.")
            return None
        return path

    def html(self) -> None:
        report = self._ready("export")
        path = report and self._ask("Export the comparison as an HTML report", report, ".html", "HTML report (*.html)")
        if report is not None and path:
            self.run(_html_task(report, path), path)

    def pdf(self) -> None:
        report = self._ready("export")
        path = report and self._ask("Export the report as PDF", report, ".pdf", "PDF (*.pdf)")
        if report is not None and path:
            from ui.printing import pdf_printer

            self.run(_print_task(report, lambda: pdf_printer(path), f"PDF written to {path}"), path)

    def print(self) -> None:
        report = self._ready("print")
        from ui.printing import ask_printer

        printer = ask_printer(self.parent_widget) if report is not None else None
        if report is not None and printer is not None:
            self.run(_print_task(report, lambda: printer, "Report sent to the printer"), printer.printerName())

    def json(self) -> None:
        report = self._ready("export")
        path = report and self._ask("Export the comparison as JSON", report, ".json", "JSON (*.json)")
        if report is not None and path:
            self.run(_json_task(report, path), path)

    def run(self, task: Task, target: str) -> None:
        """Run an export task in a worker thread; ``target`` names what it writes, for messages."""
        self.worker = ExportThread(task, target, self)
        self.worker.progressed.connect(self.progressed)
        self.worker.succeeded.connect(lambda message: self._ended(self.finished, message))
        self.worker.failed.connect(lambda message: self._ended(self.failed, message))
        self.started.emit()
        self.worker.start()

    def _ended(self, signal: SignalInstance, message: str) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()  # it has emitted its last signal: let the thread end before it is dropped
        signal.emit(message)

    def cancel(self) -> bool:
        """Cancel the running export; False when none runs."""
        if not self.busy or self.worker is None:
            return False
        self.worker.cancel()
        return True

    def wait(self) -> None:
        """Let a running export finish (on closing the window)."""
        if self.worker is not None:
            self.worker.wait()


def _html_task(report: Report, path: str) -> Task:
    def task(progress: Callable[[float], None]) -> str:
        from core.export import write_html

        write_html(report, path, progress)
        return f"Report written to {path}"

    return task


def _json_task(report: Report, path: str) -> Task:
    def task(progress: Callable[[float], None]) -> str:
        from core import write_json  # the JSON writer is loaded when first used, not at start-up

        write_json(report.comparison, path)
        progress(1.0)
        return f"JSON written to {path}"

    return task


def _print_task(report: Report, printer: Callable[[], QPrinter], message: str) -> Task:
    """Write the report's HTML, then let Qt print it; the printer (a PDF file's) is made in the worker."""

    def task(progress: Callable[[float], None]) -> str:
        from core.export import report_to_html
        from ui.printing import print_html

        html = report_to_html(report, progress=lambda fraction: progress(HTML_SHARE * fraction))
        print_html(html, printer())
        progress(1.0)
        return message

    return task
