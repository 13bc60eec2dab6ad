"""Printing the HTML report, or saving it as PDF, through Qt's printing of the same report.

Qt paints a document on a printer from any thread, so the exporter runs ``print_html`` in its worker; only
``ask_printer`` (a dialog) needs the GUI thread.
"""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from core.export import report_to_html
from core.report import Report, for_qt_rich_text


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def pdf_printer(path: str) -> QPrinter:
    """A printer that writes a PDF file."""
    printer = _printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return printer


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """Ask which printer to use (GUI thread only); None when the user cancels."""
    printer = _printer()
    return printer if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted else None


def html_document(html: str) -> QTextDocument:
    """The HTML report as Qt's rich text, with the marks' colours (see ``core.report.for_qt_rich_text``)."""
    document = QTextDocument()
    document.setHtml(for_qt_rich_text(html))
    return document


def report_document(report: Report) -> QTextDocument:
    """The report as Qt's rich text."""
    return html_document(report_to_html(report))


def print_html(html: str, printer: QPrinter) -> None:
    """Print a report's HTML on ``printer`` (a real one, or a PDF file)."""
    html_document(html).print_(printer)
