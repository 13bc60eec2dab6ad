"""The one report of a comparison: everything the window and every exporter show, built once, off the GUI thread.

API: ``build_report(comparison, progress=None) -> Report``; ``REPORT_STAGES``: its stages (``core.options.Stage``) by
the progress fraction each starts at (building the rows takes most of it; ``progress`` hears it as it goes).
``Report`` (frozen) holds the comparison (with the options it was
made with), the presentation of every row, the findings list, and the row lookups (which display row holds a
paragraph, which rows hold a link). Nothing downstream recomputes any of them.

>>> from core import compare
>>> report = build_report(compare("About 300 were hurt. Rain fell.", "More than 300 were hurt. Rain fell."))
>>> [finding.kind.value for finding in report.findings], report.link_rows(0)
(['figure-changed'], (0,))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.engine import Comparison
from core.options import CompareOptions, Stage
from core.report.findings import Finding, list_findings
from core.report.lookup import RowLookup, row_lookup
from core.report.presentation import Presentation, present

ROWS = Stage(0.0, "building rows")
FINDINGS = Stage(0.8, "listing findings")
REPORT_STAGES = (ROWS, FINDINGS)  # shares measured on the whole Bible and 600,000 short lines; 1.0 when done


@dataclass(frozen=True, slots=True)
class Report:
    """A comparison and all that is shown of it (see the module docstring)."""

    comparison: Comparison
    presentation: Presentation
    findings: tuple[Finding, ...]
    rows: RowLookup

    @property
    def options(self) -> CompareOptions:
        """The options the comparison was made with."""
        return self.comparison.options

    @property
    def title(self) -> str:
        """ "Original vs Rewrite", by the articles' titles (or file names)."""
        left, right = self.comparison.left, self.comparison.right
        return f"{left.title or left.name} vs {right.title or right.name}"

    @property
    def several_sources(self) -> bool:
        """Whether the left is several sources (its paragraphs then carry source labels)."""
        return bool(self.comparison.left.sources)

    def link_rows(self, link: int) -> tuple[int, ...]:
        """The display rows (0-based, in order) that hold some text of link number ``link``."""
        chosen = self.comparison.links[link]
        rows = {self.rows.left[s.paragraph] for s in chosen.left} | {self.rows.right[s.paragraph] for s in chosen.right}
        return tuple(sorted(rows))


def build_report(comparison: Comparison, progress: Callable[[float], None] | None = None) -> Report:
    """The report of a comparison (see the module docstring); ``progress`` hears the fraction done, in ``[0, 1]``,
    each stage of ``REPORT_STAGES`` starting at its own."""
    report = progress or (lambda fraction: None)
    report(ROWS.start)
    rows = row_lookup(comparison)
    presentation = present(comparison, rows, lambda done: report(ROWS.start + (FINDINGS.start - ROWS.start) * done))
    report(FINDINGS.start)
    findings = tuple(list_findings(comparison, rows))
    report(1.0)
    return Report(comparison, presentation, findings, rows)
