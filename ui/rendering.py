"""A comparison as rich text for the interim view: rows side by side, changes marked without relying on colour.

Removed words are struck through on a red tint, added words underlined on a green tint; moved text carries
a "moved" tag. Every piece of article text is escaped.
"""

from __future__ import annotations

from html import escape

from core import Comparison, Document, Link, LinkKind, OpKind, SentenceId

STYLE = """
table { border-collapse: collapse; }
td { vertical-align: top; padding: 6px 10px; border-bottom: 1px solid #d0d0d0; }
td.num { color: #777; font-size: small; }
del { background: #fbd5d5; text-decoration: line-through; }
ins { background: #cdeed6; text-decoration: underline; }
span.tag { color: #6a4c93; font-size: small; font-weight: bold; }
span.gap { color: #888; font-style: italic; }
"""


def _side_html(
    document: Document, paragraph: int, first_links: dict[SentenceId, Link], covered: set[SentenceId], is_left: bool
) -> str:
    parts = []
    for s, sentence in enumerate(document.paragraphs[paragraph].sentences):
        sid = SentenceId(paragraph, s)
        link = first_links.get(sid)
        if link is not None:
            tag = '<span class="tag">[moved] </span>' if link.kind is LinkKind.MOVED else ""
            parts.append(tag + _diff_html(link, is_left))
        elif sid not in covered:
            marker = "del" if is_left else "ins"
            parts.append(f"<{marker}>{escape(sentence.text)}</{marker}>")
    return " ".join(parts)


def _diff_html(link: Link, is_left: bool) -> str:
    out = []
    for op in link.diff:
        text = op.left if is_left else op.right
        if not text:
            continue
        if op.op is OpKind.EQUAL:
            out.append(escape(text))
        else:
            marker = "del" if is_left else "ins"
            out.append(f"<{marker}>{escape(text)}</{marker}>")
    return "".join(out)


def _heading(document: Document) -> str:
    """Title, then source file, byline and date in small type."""
    details = " · ".join(escape(part) for part in (document.name, document.byline, document.date) if part)
    return f"{escape(document.title or document.name)}<br><small>{details}</small>"


def comparison_html(comparison: Comparison) -> str:
    """The whole comparison as one HTML table (one row per display row)."""
    first_left: dict[SentenceId, Link] = {}
    first_right: dict[SentenceId, Link] = {}
    for link in comparison.links:
        first_left.setdefault(link.left[0], link)
        first_right.setdefault(link.right[0], link)
    covered_left = {s for k in comparison.links for s in k.left}
    covered_right = {s for k in comparison.links for s in k.right}
    rows = []
    for number, row in enumerate(comparison.rows, start=1):
        left = "<br><br>".join(_side_html(comparison.left, p, first_left, covered_left, True) for p in row.left)
        right = "<br><br>".join(_side_html(comparison.right, p, first_right, covered_right, False) for p in row.right)
        left = left or f'<span class="gap">({row.kind.value})</span>'
        right = right or f'<span class="gap">({row.kind.value})</span>'
        rows.append(f'<tr><td class="num">{number}</td><td width="48%">{left}</td><td width="48%">{right}</td></tr>')
    header_cells = "".join(f"<th>{_heading(document)}</th>" for document in (comparison.left, comparison.right))
    header = f"<tr><th></th>{header_cells}</tr>"
    table = f"<table width='100%'>{header}{''.join(rows)}</table>"
    return f"<html><head><style>{STYLE}</style></head><body>{table}</body></html>"
