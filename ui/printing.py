"""Printing the HTML report, or saving it as PDF, through Qt's printing of the same report."""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from core import CompareOptions, Comparison
from core.export.to_html import comparison_to_html
from core.report.style import for_qt_rich_text


def print_report(
    comparison: Comparison, options: CompareOptions, pdf_path: str | None = None, parent: QWidget | None = None
) -> bool:
    """Print the report (asking which printer), or write it to ``pdf_path``; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf_path)
    elif QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    report_document(comparison, options).print_(printer)
    return True


def report_document(comparison: Comparison, options: CompareOptions) -> QTextDocument:
    """The HTML report as Qt's rich text, with the marks' colours (see ``core.report.style.for_qt_rich_text``)."""
    document = QTextDocument()
    document.setHtml(for_qt_rich_text(comparison_to_html(comparison, options)))
    return document
