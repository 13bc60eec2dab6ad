"""Exporters: a report written out as JSON (``parallax/1``) or one self-contained HTML page.

Every file is written atomically (a failed write leaves an existing file untouched).

API
---
comparison_to_dict(comparison) -> dict, write_json(comparison, target)
report_to_html(report, compared_at=None, progress=None) -> str, write_html(report, target, progress=None)
write_text_atomically(target, text)
"""

from core.export.atomic import write_text_atomically
from core.export.to_html import report_to_html, write_html
from core.export.to_json import comparison_to_dict, write_json

__all__ = ["comparison_to_dict", "report_to_html", "write_html", "write_json", "write_text_atomically"]
