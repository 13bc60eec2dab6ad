"""Exporters: a comparison's report written out as JSON (``parallax/1``) or one self-contained HTML page.

Every file is written atomically (a failed write leaves an existing file untouched).

API
---
comparison_to_dict(comparison) -> dict, write_json(comparison, target)
comparison_to_html(comparison, options=None, compared_at=None) -> str, write_html(comparison, target, options)
write_text_atomically(target, text)
"""

from core.export.atomic import write_text_atomically
from core.export.to_html import comparison_to_html, write_html
from core.export.to_json import comparison_to_dict, write_json

__all__ = ["comparison_to_dict", "comparison_to_html", "write_html", "write_json", "write_text_atomically"]
