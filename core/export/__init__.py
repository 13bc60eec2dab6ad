"""Exporters: a report written out as JSON (``parallax/1``) or one self-contained HTML page.

Every file is written atomically (a failed write leaves an existing file untouched).

API
---
comparison_to_dict(comparison) -> dict, write_json(comparison, target)
report_to_html(report, compared_at=None, progress=None) -> str, write_html(report, target, progress=None)
write_text_atomically(target, text)
clobbered(target, articles=(), corpora=()) -> str | None
    What is wrong with writing ``target``: it is one of the articles compared, or inside a corpus folder.

Each name is imported on first use (PEP 562): writing JSON never loads the HTML exporter and the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.export.atomic import write_text_atomically
    from core.export.clobber import clobbered
    from core.export.to_html import report_to_html, write_html
    from core.export.to_json import comparison_to_dict, write_json

_HOMES = {
    "write_text_atomically": "core.export.atomic",
    "clobbered": "core.export.clobber",
    "report_to_html": "core.export.to_html",
    "write_html": "core.export.to_html",
    "comparison_to_dict": "core.export.to_json",
    "write_json": "core.export.to_json",
}


__getattr__ = lazy_names(__name__, _HOMES)


__all__ = ["clobbered", "comparison_to_dict", "report_to_html", "write_html", "write_json", "write_text_atomically"]
