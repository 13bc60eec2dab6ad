"""The comparison as one self-contained HTML report: opens offline in any browser, looks like the window.

API: ``comparison_to_html(comparison, options=None, compared_at=None) -> str``, ``write_html(comparison, target)``.

Everything is inline (styles; no script, font or image to fetch) and a Content-Security-Policy forbids every
remote load. Every piece of article text is escaped, so an article holding ``<script>`` or ``javascript:`` shows
them as text. Removed and added words are ``<del>`` and ``<ins>``; changed figures ``<mark>``; moved text links
both ways with anchors; rows are real tables with headers, a hundred rows each, which a browser lays out only
when they come near the screen (so a 9,000-row report opens in seconds). The report is written atomically.

>>> from core import compare
>>> html = comparison_to_html(compare("A storm hit.", "A <b>storm</b> hit."))
>>> "&lt;b&gt;" in html and "<b>" not in html
True
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from core.engine import Comparison
from core.engine.summary import Summary
from core.export.atomic import write_text_atomically
from core.model import Document
from core.options import CompareOptions
from core.report.findings import list_findings
from core.report.presentation import Mark, RowView, Run, gap_text, present
from core.report.style import REPORT_CSS

ROWS_PER_CHUNK = 100  # rows per table: a browser lays out only the tables near the screen (content-visibility)
FINDINGS_PER_CHUNK = 500  # findings per list, for the same reason
HEAD = (
    '<thead><tr><th class="n" scope="col">#</th><th scope="col">Original</th><th scope="col">Rewrite</th></tr></thead>'
)
COLUMNS = '<colgroup><col class="n"><col class="side"><col class="side"></colgroup>'
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"


def _run_html(run: Run) -> str:
    text = escape(run.text)
    if Mark.MOVED in run.marks and run.target is not None:
        return f'<a class="moved" href="#row-{run.target + 1}">{text}</a>'
    if Mark.FIGURE in run.marks:
        text = f'<mark class="figure" title="{escape(run.note, quote=True)}">{text}</mark>'
    if Mark.QUOTE in run.marks:
        text = f'<span class="quote" title="{escape(run.note, quote=True)}">{text}</span>'
    if Mark.REMOVED in run.marks:
        text = f"<del>{text}</del>"
    if Mark.ADDED in run.marks:
        text = f"<ins>{text}</ins>"
    return text


def _cell(runs: tuple[Run, ...], side: str, gap: str) -> str:
    label = "Original" if side == "left" else "Rewrite"
    if not runs:
        return f'<td class="gap" data-side="{label}">{escape(gap)}</td>'
    body = "".join(_run_html(run) for run in runs).replace("\n", "<br><br>")
    return f'<td data-side="{label}">{body}</td>'


def _row(number: int, row: RowView) -> str:
    left_gap, right_gap = gap_text(row)
    return (
        f'<tr id="row-{number}" class="{row.kind.value}"><th class="n" scope="row">{number}</th>'
        f"{_cell(row.left, 'left', left_gap)}{_cell(row.right, 'right', right_gap)}</tr>"
    )


def _article(label: str, document: Document) -> str:
    details = " · ".join(escape(part) for part in (document.name, document.byline, document.date) if part)
    standfirst = f"<p>{escape(document.standfirst)}</p>" if document.standfirst else ""
    return (
        f'<div><div class="label">{label}</div><h2>{escape(document.title or document.name)}</h2>'
        f'<div class="meta">{details}</div>{standfirst}</div>'
    )


def _summary(summary: Summary | None) -> str:
    if summary is None:
        return "<p>The time budget ran out before figures, quotes and the summary were checked.</p>"
    credit = f"yes, “{escape(summary.credit)}”" if summary.credit else "no"
    figures, quotes = summary.figures, summary.quotes
    return (
        f"<p><strong>{summary.right_from_left:.0%}</strong> of the rewrite's sentences come from the original; "
        f"<strong>{summary.left_reused:.0%}</strong> of the original's sentences are reused. "
        f"{summary.changed} reworded, {summary.moved} moved, {summary.identical} unchanged; "
        f"sentences added: {summary.added}, left out: {summary.removed}. "
        f"Figures: {figures.get('changed', 0)} changed, {figures.get('removed', 0)} dropped, "
        f"{figures.get('added', 0)} new, {figures.get('same', 0)} unchanged. "
        f"Quotes: {quotes.get('unsupported', 0)} unsupported, {quotes.get('altered', 0)} altered, "
        f"{quotes.get('dropped', 0)} dropped. Credits a source: {credit}.</p>"
    )


def _options(options: CompareOptions | None) -> str:
    options = options or CompareOptions()
    ignored = [
        name
        for name, on in (
            ("case", options.ignore_case),
            ("punctuation", options.ignore_punctuation),
            ("quote style", options.ignore_quote_style),
        )
        if on
    ]
    return "ignoring " + ", ".join(ignored) if ignored else "ignoring nothing"


LEGEND = (
    '<dl class="legend"><dt><del>struck through</del></dt><dd>removed from the original</dd>'
    "<dt><ins>underlined</ins></dt><dd>added by the rewrite</dd>"
    '<dt><mark class="figure">framed</mark></dt><dd>a figure changed, dropped or added</dd>'
    '<dt><span class="quote">wavy</span></dt><dd>a quote altered, unsupported or dropped</dd>'
    '<dt><a class="moved" href="#rows">[moved to row N]</a></dt><dd>moved text; follow the link</dd></dl>'
)


def comparison_to_html(
    comparison: Comparison, options: CompareOptions | None = None, compared_at: datetime | None = None
) -> str:
    """The report as a string (see the module docstring)."""
    view = present(comparison)
    when = (compared_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    items = [
        f'<li><a href="#row-{f.row + 1}">{escape(f.icon)} {escape(f.text)}</a></li>' for f in list_findings(comparison)
    ]
    kind = "findings chunk" if len(items) > FINDINGS_PER_CHUNK else "findings"  # a chunk clips: wider numbers
    findings = "".join(
        f'<ol class="{kind}" start="{start + 1}">{"".join(items[start : start + FINDINGS_PER_CHUNK])}</ol>'
        for start in range(0, len(items), FINDINGS_PER_CHUNK)
    )
    rows = [_row(k + 1, row) for k, row in enumerate(view.rows)]
    tables = "".join(
        f'<div class="chunk"><table class="rows">{COLUMNS}{"" if start else HEAD}'
        f"<tbody>{''.join(rows[start : start + ROWS_PER_CHUNK])}</tbody></table></div>"
        for start in range(0, len(rows), ROWS_PER_CHUNK)
    )
    title = f"{comparison.left.title or comparison.left.name} vs {comparison.right.title or comparison.right.name}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Parallax: {escape(title)}</title><style>{REPORT_CSS}</style></head><body>"
        f'<header class="articles">{_article("ORIGINAL", comparison.left)}{_article("REWRITE", comparison.right)}'
        "</header>"
        f'<p class="meta">Compared by Parallax on {when}, {_options(options)}; {len(view.rows)} rows.</p>'
        f'<section id="summary"><h1>Summary</h1>{_summary(comparison.summary)}</section>'
        f'<section id="findings"><h1>Findings</h1>{findings or "<ol class=findings><li>None.</li></ol>"}</section>'
        f'<section id="rows"><h1>Side by side</h1>{LEGEND}{tables or f"<table class=rows>{HEAD}</table>"}'
        "</section></body></html>\n"
    )


def write_html(comparison: Comparison, target: str | Path, options: CompareOptions | None = None) -> None:
    """Write the report to a file atomically (a failed write leaves any existing file untouched)."""
    write_text_atomically(target, comparison_to_html(comparison, options))
