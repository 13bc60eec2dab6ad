"""The comparison as JSON, format ``parallax/1`` (documented in ``docs/comparison-format.md``).

API: ``comparison_to_dict(comparison) -> dict``, ``write_json(comparison, target)`` (``"-"``: standard output).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from core.budget import collection_paused
from core.engine import Comparison
from core.engine.summary import Summary
from core.export.atomic import write_text_atomically
from core.facts.figure_check import FigureFinding
from core.facts.figures import Figure, FigureKind
from core.facts.quote_check import QuoteFinding
from core.model import Document

FORMAT = "parallax/1"
PRETTY_MAX_LINKS = 500  # links: larger results are written compact, which json encodes several times faster


def _document(document: Document) -> dict[str, Any]:
    return {
        "name": document.name,
        "title": document.title,
        "paragraphs": [{"text": p.text, "sentences": [s.text for s in p.sentences]} for p in document.paragraphs],
        "boilerplate": list(document.boilerplate),
        "standfirst": document.standfirst,
        "byline": document.byline,
        "date": document.date,
        "dateline": document.dateline,
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """Data for ``json.dumps``: tuples stand for lists and str enums for their values, as json encodes them."""
    return {
        "format": FORMAT,
        "state": comparison.state.value,
        "seconds": comparison.seconds,
        "left": _document(comparison.left),
        "right": _document(comparison.right),
        "links": [
            {
                "left": link.left,  # tuples of SentenceId encode as [[p, s], ...]
                "right": link.right,
                "kind": link.kind,  # str enums encode as their value
                "similarity": link.similarity,
                "reused": link.reused,
                "diff": [{"op": op.op, "left": op.left, "right": op.right} for op in link.diff],
                "changes": [
                    {"kind": c.kind, "left": c.left, "right": c.right, "note": c.note}
                    for c in comparison.changes.get(index, ())
                ],
                "substantive": index in comparison.changes,
            }
            for index, link in enumerate(comparison.links)
        ],
        "rows": [{"left": r.left, "right": r.right, "kind": r.kind} for r in comparison.rows],
        "numbers": [_figure(f) for f in comparison.numbers],
        "quotes": [_quote(q) for q in comparison.quotes],
        "summary": {} if comparison.summary is None else _summary(comparison.summary),
    }


def _value(figure: Figure | None) -> float | str | list[float] | None:
    if figure is None:
        return None
    if figure.kind is FigureKind.DATE:
        return figure.key
    return figure.low if figure.low == figure.high else [figure.low, figure.high]


def _figure(finding: FigureFinding) -> dict[str, Any]:
    one = finding.left or finding.right
    return {
        "status": finding.status,
        "kind": one.kind if one else "",
        "left": finding.left.text if finding.left else None,
        "right": finding.right.text if finding.right else None,
        "value_left": _value(finding.left),
        "value_right": _value(finding.right),
        "qualifier_left": finding.left.qualifier if finding.left else None,
        "qualifier_right": finding.right.qualifier if finding.right else None,
        "counted_left": finding.left.counted if finding.left else None,
        "counted_right": finding.right.counted if finding.right else None,
        "note": finding.note,
        "left_at": finding.left_at,
        "right_at": finding.right_at,
    }


def _quote(finding: QuoteFinding) -> dict[str, Any]:
    return {
        "side": finding.side,
        "text": finding.text,
        "status": finding.status,
        "speaker": finding.speaker,
        "match": finding.match or None,
        "at": finding.at,
        "diff": [{"op": op.op, "left": op.left, "right": op.right} for op in finding.diff],
    }


def _summary(summary: Summary) -> dict[str, Any]:
    data = {name: getattr(summary, name) for name in summary.__slots__}
    data["credits_source"] = bool(summary.credit)
    return data


def write_json(comparison: Comparison, target: str | Path) -> None:
    """Write the comparison as JSON to a file (atomically: a temporary file, then a rename) or to ``"-"``."""
    with collection_paused():
        data = comparison_to_dict(comparison)
        indent = 1 if len(comparison.links) <= PRETTY_MAX_LINKS else None
        text = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"  # dumps, not dump: only it uses the C encoder
    if str(target) == "-":
        sys.stdout.write(text)
        return
    write_text_atomically(target, text)
