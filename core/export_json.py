"""The comparison as JSON, format ``parallax/1`` (documented in ``docs/comparison-format.md``).

API: ``comparison_to_dict(comparison) -> dict``, ``write_json(comparison, target)`` (``"-"``: standard output).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from core.budget import collection_paused
from core.model import Comparison, Document

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
            }
            for link in comparison.links
        ],
        "rows": [{"left": r.left, "right": r.right, "kind": r.kind} for r in comparison.rows],
        "numbers": list(comparison.numbers),
        "quotes": list(comparison.quotes),
        "summary": dict(comparison.summary),
    }


def write_json(comparison: Comparison, target: str | Path) -> None:
    """Write the comparison as JSON to a file (atomically: a temporary file, then a rename) or to ``"-"``."""
    with collection_paused():
        data = comparison_to_dict(comparison)
        indent = 1 if len(comparison.links) <= PRETTY_MAX_LINKS else None
        text = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"  # dumps, not dump: only it uses the C encoder
    if str(target) == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
