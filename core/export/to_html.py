"""The comparison as one self-contained HTML report: opens offline in any browser, looks like the window.

API: ``report_to_html(report, compared_at=None, progress=None) -> str``, ``write_html(report, target, progress)``.

Everything is inline (styles; no script, font or image to fetch) and a Content-Security-Policy forbids every
remote load. Every piece of article text is escaped, so an article holding ``<script>`` or ``javascript:`` shows
them as text. Removed and added words are ``<del>`` and ``<ins>``; changed figures ``<mark>``; moved text links
both ways with anchors; rows are real tables with headers, a hundred rows each, which a browser lays out only
when they come near the screen (so a 9,000-row report opens in seconds). The report is written atomically.

>>> from core import compare
>>> from core.report import build_report
>>> html = report_to_html(build_report(compare("A storm hit.", "A <b>storm</b> hit.")))
>>> "&lt;b&gt;" in html and "<b>" not in html
True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

from core.export.atomic import write_text_atomically
from core.model import Document, Side
from core.report import (
    LEGEND,
    REPORT_CSS,
    LegendEntry,
    Mark,
    Report,
    RowView,
    Run,
    gap_text,
    heading,
    legend_entries,
    options_text,
    source_headings,
    summary_lines,
)

ROWS_PER_CHUNK = 100  # rows per table: a browser lays out only the tables near the screen (content-visibility)
FINDINGS_PER_CHUNK = 500  # findings per list, for the same reason
HEAD = (
    '<thead><tr><th class="n" scope="col">#</th><th scope="col">Original</th><th scope="col">Rewrite</th></tr></thead>'
)
COLUMNS = '<colgroup><col class="n"><col class="side"><col class="side"></colgroup>'
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"


def _title(note: str) -> str:
    """A note as a title attribute's value: escaped, its line breaks kept as character references (the cell's own
    line breaks become ``<br>`` after, which an attribute must not get)."""
    return escape(note, quote=True).replace("\n", "&#10;")


def _run_html(run: Run, framed: bool = True) -> str:
    """A run's HTML; ``framed`` False: a figure's piece, without a frame of its own (``_runs_html`` draws one round
    all the pieces)."""
    text = escape(run.text)
    if Mark.MOVED in run.marks and run.target is not None:
        return f'<a class="moved" href="#row-{run.target + 1}">{text}</a>'
    if Mark.SOURCE in run.marks:
        return f'<span class="source" title="{_title(run.note)}">{text}</span>'
    if Mark.CHANGE_TAG in run.marks:
        return f'<span class="change-tag" title="{_title(run.note)}">{text}</span>'
    if Mark.CHANGE in run.marks:
        text = f'<span class="change" title="{_title(run.note)}">{text}</span>'
    if Mark.FIGURE in run.marks:
        kind = "figure" if framed else "figure piece"
        text = f'<mark class="{kind}" title="{_title(run.note)}">{text}</mark>'
    if Mark.REMOVED in run.marks:
        text = f"<del>{text}</del>"
    if Mark.ADDED in run.marks:
        text = f"<ins>{text}</ins>"
    if Mark.QUOTE in run.marks:  # outside the insertion or deletion, whose colour then shows on top of the quote's
        kind = "quote added" if Mark.ADDED in run.marks else "quote"
        text = f'<span class="{kind}" title="{_title(run.note)}">{text}</span>'
    if Mark.COSMETIC in run.marks:
        text = f'<span class="cosmetic">{text}</span>'
    return text


_LABEL = {Side.LEFT: "Original", Side.RIGHT: "Rewrite"}


def _is_figure_piece(run: Run) -> bool:
    return Mark.FIGURE in run.marks and Mark.MOVED not in run.marks and not run.marks & _WHOLE_RUN_MARKS


_WHOLE_RUN_MARKS = frozenset({Mark.SOURCE, Mark.CHANGE_TAG})  # runs drawn as one element of their own


def _runs_html(runs: tuple[Run, ...]) -> str:
    """The runs' HTML, one frame round each figure, though the diff cut it in pieces ("8" changed, "%" kept)."""
    pieces: list[str] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        if not _is_figure_piece(run):
            pieces.append(_run_html(run))
            k += 1
            continue
        end = k + 1
        while end < len(runs) and _is_figure_piece(runs[end]) and runs[end].note == run.note:
            end += 1
        if end - k == 1:
            pieces.append(_run_html(run))
        else:
            inner = "".join(_run_html(piece, framed=False) for piece in runs[k:end])
            pieces.append(f'<span class="figure-frame">{inner}</span>')
        k = end
    return "".join(pieces)


def _cell(runs: tuple[Run, ...], side: Side, gap: str) -> str:
    if not runs:
        return f'<td class="gap" data-side="{_LABEL[side]}">{escape(gap)}</td>'
    body = _runs_html(runs).replace("\n", "<br><br>")
    return f'<td data-side="{_LABEL[side]}">{body}</td>'


def _row(number: int, row: RowView) -> str:
    left_gap, right_gap = gap_text(row)
    return (
        f'<tr id="row-{number}" class="{row.kind.value}"><th class="n" scope="row">{number}</th>'
        f"{_cell(row.left, Side.LEFT, left_gap)}{_cell(row.right, Side.RIGHT, right_gap)}</tr>"
    )


def _article(label: str, document: Document) -> str:
    sources = source_headings(document)
    if sources:
        items = "".join(f'<li><h2>{s.title}</h2><div class="meta">{s.details}</div></li>' for s in sources)
        return f'<div><div class="label">{len(sources)} SOURCES</div><ol class="sources">{items}</ol></div>'
    head = heading(document)
    standfirst = f"<p>{head.standfirst}</p>" if head.standfirst else ""
    return (
        f'<div><div class="label">{label}</div><h2>{head.title}</h2>'
        f'<div class="meta">{head.details}</div>{standfirst}</div>'
    )


_SAMPLE_HTML = {
    Mark.REMOVED: "<del>{}</del>",
    Mark.ADDED: "<ins>{}</ins>",
    Mark.FIGURE: '<mark class="figure">{}</mark>',
    Mark.QUOTE: '<span class="quote">{}</span>',
    Mark.MOVED: '<a class="moved" href="#rows">{}</a>',
    Mark.CHANGE: '<span class="change-tag">attr</span><span class="change">{}</span>',
    Mark.COSMETIC: '<span class="cosmetic"><ins>{}</ins></span>',  # dimmed, never struck: it reads as one word
    Mark.SOURCE: '<span class="source">{}</span>',
}


def legend_html(entries: tuple[LegendEntry, ...] = LEGEND) -> str:
    """The legend as a definition list, each mark drawn as the rows draw it."""
    items = (  # each sample and its meaning in one box: a line never ends between them
        f'<div class="entry"><dt>{_SAMPLE_HTML[e.mark].format(escape(e.sample))}</dt><dd>{escape(e.meaning)}</dd></div>'
        for e in entries
    )
    return '<dl class="legend">' + "".join(items) + "</dl>"


def _findings(report: Report) -> str:
    items = [f'<li><a href="#row-{f.row + 1}">{escape(f.icon)} {escape(f.text)}</a></li>' for f in report.findings]
    kind = "findings chunk" if len(items) > FINDINGS_PER_CHUNK else "findings"  # a chunk clips: wider numbers
    return "".join(
        f'<ol class="{kind}" start="{start + 1}">{"".join(items[start : start + FINDINGS_PER_CHUNK])}</ol>'
        for start in range(0, len(items), FINDINGS_PER_CHUNK)
    )


def _tables(report: Report, progress: Callable[[float], None] | None) -> str:
    view_rows = report.presentation.rows
    chunks = []
    for start in range(0, len(view_rows), ROWS_PER_CHUNK):
        if progress is not None:
            progress(start / len(view_rows))
        rows = "".join(_row(k + 1, view_rows[k]) for k in range(start, min(start + ROWS_PER_CHUNK, len(view_rows))))
        head = "" if start else HEAD
        chunks.append(f'<div class="chunk"><table class="rows">{COLUMNS}{head}<tbody>{rows}</tbody></table></div>')
    return "".join(chunks)


def report_to_html(
    report: Report, compared_at: datetime | None = None, progress: Callable[[float], None] | None = None
) -> str:
    """The report as a string (see the module docstring); ``progress`` hears the fraction of rows written."""
    comparison = report.comparison
    when = (compared_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    findings = _findings(report)
    tables = _tables(report, progress)
    summary = "<br>".join(summary_lines(comparison.summary))
    legend = legend_html(legend_entries(report.several_sources))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Parallax">'
        f"<title>Parallax: {escape(report.title)}</title><style>{REPORT_CSS}</style></head><body>"
        f'<header class="articles">{_article("ORIGINAL", comparison.left)}{_article("REWRITE", comparison.right)}'
        "</header>"
        f'<p class="meta">Compared by Parallax on {when}, {options_text(report.options)}; '
        f"{len(report.presentation.rows)} rows.</p>"
        f'<section id="summary"><h1>Summary</h1><p>{summary}</p></section>'
        f'<section id="findings"><h1>Findings</h1>{findings or "<ol class=findings><li>None.</li></ol>"}</section>'
        f'<section id="rows"><h1>Side by side</h1>{legend}{tables or f"<table class=rows>{HEAD}</table>"}'
        "</section></body></html>\n"
    )


def write_html(report: Report, target: str | Path, progress: Callable[[float], None] | None = None) -> None:
    """Write the report to a file atomically (a failed write leaves any existing file untouched)."""
    write_text_atomically(target, report_to_html(report, progress=progress))
