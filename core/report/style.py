"""The colours of the marks (one palette for the window and the report) and the HTML report's style sheet.

API: ``Palette``, ``LIGHT``, ``DARK`` (Okabe-Ito based: readable when colour-blind), ``REPORT_CSS`` (the window's
marks, a print layout, dark mode and phone widths, in the palettes' colours), ``for_qt_rich_text(html)``: the
report adapted to Qt's rich text, which prints it from the window (the rules it understands, light colours).

>>> "background-color: #fbd7bd" in for_qt_rich_text("<style>del { background: var(--removed); }</style>")
True
"""

import re
from dataclasses import astuple, dataclass, fields


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours of one theme (CSS hex). Colour is never the only cue: every mark has a shape too."""

    ink: str
    muted: str
    line: str  # row rules and borders
    paper: str
    gap: str  # the empty side of a row
    removed: str
    added: str
    figure: str
    quote: str
    moved: str
    selected: str  # the selected link's text, in the window


LIGHT = Palette(ink="#1d1d1d", muted="#666666", line="#d4d4d4", paper="#ffffff", gap="#f0f0f0",
                removed="#fbd7bd", added="#cfe6f8", figure="#ffe27a", quote="#e8d5f2", moved="#5b3a8c",
                selected="#b8e6c4")  # fmt: skip
DARK = Palette(ink="#e8e8e8", muted="#aaaaaa", line="#444444", paper="#1c1c1c", gap="#2a2a2a",
               removed="#6b3a1f", added="#1f4a6b", figure="#7a6200", quote="#4b2d5c", moved="#d3b8ff",
               selected="#245c36")  # fmt: skip


def _variables(palette: Palette) -> str:
    return " ".join(f"--{field.name}: {value};" for field, value in zip(fields(palette), astuple(palette), strict=True))


_CSS_TEMPLATE = """
:root { LIGHT_VARIABLES }
@media (prefers-color-scheme: dark) {
  :root { DARK_VARIABLES }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 16px; font: 15px/1.45 system-ui, sans-serif;
  color: var(--ink); background: var(--paper); }
header.articles { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; border-bottom: 2px solid var(--line); }
header.articles h2 { margin: 0; font-size: 1.15em; }
.label, .meta { color: var(--muted); font-size: 0.85em; }
section { margin: 18px 0; }
h1 { font-size: 1.35em; margin: 0 0 8px; }
h3 { margin: 0 0 6px; }
ol.findings { padding-left: 1.4em; margin: 0; }
ol.findings li { margin: 2px 0; }
table.rows { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.n { width: 3.2em; } col.side { width: calc(50% - 1.6em); }
.chunk { content-visibility: auto; contain-intrinsic-size: auto 9000px; }
ol.findings.chunk { contain-intrinsic-size: auto 11000px; padding-left: 3.6em; }  /* numbers stay inside */
table.rows th, table.rows td { border-bottom: 1px solid var(--line); vertical-align: top; padding: 6px 8px;
  text-align: left; }
table.rows td { overflow-wrap: anywhere; }
table.rows td + td { border-left: 1px solid var(--line); }
table.rows th.n { width: 3.2em; color: var(--muted); font-weight: normal; text-align: right; }
td.gap { background: repeating-linear-gradient(135deg, var(--gap) 0 6px, transparent 6px 12px);
  color: var(--muted); font-style: italic; }
del { background: var(--removed); text-decoration: line-through; color: inherit; }
ins { background: var(--added); text-decoration: underline; color: inherit; }
mark.figure { background: var(--figure); color: inherit; font-weight: bold; outline: 1.5px solid currentColor;
  outline-offset: 0; }
mark.figure.piece { outline: none; }
span.figure-frame { outline: 1.5px solid currentColor; outline-offset: 0; }
span.quote { background: var(--quote); font-style: italic; text-decoration: underline wavy; }
span.quote.added { text-decoration: none; }  /* words inserted in a quote: the insertion's own underline */
a.moved { color: var(--moved); font-weight: bold; }
span.source { font-size: 0.75em; font-weight: 600; color: var(--muted); background: var(--gap);
  border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; white-space: nowrap; }
span.change { font-weight: bold; text-decoration: underline dotted 2px; }
span.change-tag { font-size: 0.7em; font-weight: 700; color: var(--moved); vertical-align: super;
  border: 1px solid currentColor; border-radius: 3px; padding: 0 2px; margin: 0 0.45em 0 0.2em;
  white-space: nowrap; }  /* the words beside it read apart */
span.cosmetic { opacity: 0.55; }
span.cosmetic del, span.cosmetic ins { background: none; }
ol.sources { margin: 4px 0 0; padding-left: 0; list-style: none; }
ol.sources li { margin: 2px 0; }
dl.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0; }
dl.legend dt { display: inline; } dl.legend dd { display: inline; margin: 0 0 0 4px; color: var(--muted); }
dl.legend div.entry { display: inline; }
:target { outline: 3px solid var(--moved); outline-offset: -3px; }
@media (max-width: 700px) {
  header.articles { grid-template-columns: 1fr; }
  table.rows, table.rows tbody, table.rows tr, table.rows td, table.rows th { display: block; width: 100%; }
  table.rows colgroup { display: none; }
  table.rows thead { display: none; }
  table.rows th.n { text-align: left; }
  table.rows td + td { border-left: none; border-top: 1px dashed var(--line); }
  table.rows td::before { content: attr(data-side); display: block; color: var(--muted); font-size: 0.8em; }
}
@media print {
  @page { margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, li { break-inside: avoid; }
  .chunk { content-visibility: visible; }
  thead { display: table-header-group; }
  a.moved { text-decoration: none; }
}
"""

_QT_RULES = """
del { background-color: var(--removed); text-decoration: line-through; }
ins { background-color: var(--added); text-decoration: underline; }
mark.figure { background-color: var(--figure); font-weight: bold; }
span.quote { background-color: var(--quote); font-style: italic; }
a.moved { color: var(--moved); font-weight: bold; }
span.source { background-color: var(--gap); color: var(--muted); font-size: small; font-weight: 600; }
span.change { font-weight: bold; text-decoration: underline; }
span.change-tag { color: var(--moved); font-size: small; font-weight: bold; vertical-align: super; }
span.cosmetic { color: var(--muted); }
td.gap { background-color: var(--gap); color: var(--muted); font-style: italic; }
th.n, .label, .meta { color: var(--muted); }
table.rows { border-collapse: collapse; border-width: 1px; border-style: solid; border-color: var(--line); }
td { padding: 4px; }
"""  # the subset of the style sheet that Qt's rich text understands
REPORT_CSS = _CSS_TEMPLATE.replace("LIGHT_VARIABLES", _variables(LIGHT)).replace("DARK_VARIABLES", _variables(DARK))
QT_CSS = re.sub(r"var\(--([a-z]+)\)", lambda match: str(getattr(LIGHT, match.group(1))), _QT_RULES)  # no variables


def for_qt_rich_text(html: str) -> str:
    """``html`` with the report's style sheet swapped for ``QT_CSS``: Qt's rich text, which prints the report
    from the window, knows neither CSS variables nor the ``background`` shorthand nor ``@media``."""
    return re.sub(r"<style>.*?</style>", lambda _: f"<style>{QT_CSS}</style>", html, count=1, flags=re.S)
