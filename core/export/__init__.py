"""Exporters: a report written out as JSON (``parallax/1``) or one self-contained HTML page.

Every file is written atomically (a failed write leaves an existing file untouched).

API
---
comparison_to_dict(comparison) -> dict, write_json(comparison, target)
report_to_html(report, compared_at=None, progress=None) -> str, write_html(report, target, progress=None)
write_text_atomically(target, text)
"""

from typing import TYPE_CHECKING, Any

from core.export.atomic import write_text_atomically
from core.export.to_json import comparison_to_dict, write_json

if TYPE_CHECKING:
    from core.export.to_html import report_to_html, write_html


def __getattr__(name: str) -> Any:
    """The HTML writer is imported when first used: the window starts without it (a few ms of imports)."""
    if name in ("report_to_html", "write_html"):
        from core.export import to_html

        return getattr(to_html, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["comparison_to_dict", "report_to_html", "write_html", "write_json", "write_text_atomically"]
