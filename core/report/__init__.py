"""Stage 7 of 7, report: what a reader is shown of a comparison, the same for the window and every export.

One frozen :class:`Report` is built from a comparison, once and off the GUI thread; the window, the HTML, PDF,
print and JSON exports, the benchmarks and the tests all take it, so nothing downstream recomputes the
presentation, the findings or the row lookups. The words and colours the window and the report share live
here too (``texts``, ``style``), so they cannot drift apart.

API
---
build_report(comparison, progress=None) -> Report (comparison, options, presentation, findings, rows, link_rows(link));
REPORT_STAGES: its stages (core.options.Stage) by the progress fraction each starts at
present(comparison, rows=None, progress=None) -> Presentation (RowView, Run, Mark); plain_text(runs); gap_text(row);
source_label(document, paragraph) -> Run (the "S1" label of a left paragraph of several sources)
list_findings(comparison, rows=None) -> list[Finding]; FindingKind (in order of importance)
RowLookup, row_lookup(comparison)
summary_lines(summary), heading(document) -> Heading, source_headings(document) -> tuple[Heading, ...],
options_text(options), LEGEND, legend_entries(several_sources), count(n, noun)
Palette, LIGHT, DARK, REPORT_CSS, QT_CSS, for_qt_rich_text(html)
"""

from core.report.findings import Finding, FindingKind, list_findings
from core.report.lookup import RowLookup, row_lookup
from core.report.presentation import Mark, Presentation, RowView, Run, gap_text, plain_text, present, source_label
from core.report.report import REPORT_STAGES, Report, build_report
from core.report.style import DARK, LIGHT, QT_CSS, REPORT_CSS, Palette, for_qt_rich_text
from core.report.texts import (
    LEGEND,
    Heading,
    LegendEntry,
    count,
    heading,
    legend_entries,
    options_text,
    source_headings,
    summary_lines,
)

__all__ = [
    "DARK",
    "LEGEND",
    "LIGHT",
    "QT_CSS",
    "REPORT_CSS",
    "REPORT_STAGES",
    "Finding",
    "FindingKind",
    "Heading",
    "LegendEntry",
    "Mark",
    "Palette",
    "Presentation",
    "Report",
    "RowLookup",
    "RowView",
    "Run",
    "build_report",
    "count",
    "for_qt_rich_text",
    "gap_text",
    "heading",
    "legend_entries",
    "list_findings",
    "options_text",
    "plain_text",
    "present",
    "row_lookup",
    "source_headings",
    "source_label",
    "summary_lines",
]
