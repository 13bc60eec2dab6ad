"""Stage 7 of 7, report: what a reader is shown of a comparison, the same for the window and every export.

API
---
present(comparison) -> Presentation (RowView, Run, Mark), plain_text(runs), gap_text(row)
list_findings(comparison) -> list[Finding]
REPORT_CSS, for_qt_rich_text(html)
"""

from core.report.findings import Finding, list_findings
from core.report.presentation import Mark, Presentation, RowView, Run, gap_text, plain_text, present
from core.report.style import QT_CSS, REPORT_CSS, for_qt_rich_text

__all__ = [
    "QT_CSS",
    "REPORT_CSS",
    "Finding",
    "Mark",
    "Presentation",
    "RowView",
    "Run",
    "for_qt_rich_text",
    "gap_text",
    "list_findings",
    "plain_text",
    "present",
]
