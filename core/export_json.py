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

from core.model import Comparison, Document

FORMAT = "parallax/1"
PRETTY_MAX_LINKS = 2_000  # links: larger results are written compact (indenting makes json use its slow encoder)


def _document(document: Document) -> dict[str, Any]:
    return {
        "name": document.name,
        "title": document.title,
        "paragraphs": [{"text": p.text, "sentences": [s.text for s in p.sentences]} for p in document.paragraphs],
        "boilerplate": list(document.boilerplate),
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """Plain JSON-ready data for a comparison."""
    return {
        "format": FORMAT,
        "state": comparison.state.value,
        "seconds": comparison.seconds,
        "left": _document(comparison.left),
        "right": _document(comparison.right),
        "links": [
            {
                "left": [list(s) for s in link.left],
                "right": [list(s) for s in link.right],
                "kind": link.kind.value,
                "similarity": link.similarity,
                "reused": link.reused,
                "diff": [{"op": op.op.value, "left": op.left, "right": op.right} for op in link.diff],
            }
            for link in comparison.links
        ],
        "rows": [{"left": list(r.left), "right": list(r.right), "kind": r.kind.value} for r in comparison.rows],
        "numbers": list(comparison.numbers),
        "quotes": list(comparison.quotes),
        "summary": dict(comparison.summary),
    }


def write_json(comparison: Comparison, target: str | Path) -> None:
    """Write the comparison as JSON to a file (atomically: a temporary file, then a rename) or to ``"-"``."""
    data = comparison_to_dict(comparison)
    indent = 1 if len(comparison.links) <= PRETTY_MAX_LINKS else None
    if str(target) == "-":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=indent)
        sys.stdout.write("\n")
        return
    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=indent)
            stream.write("\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
