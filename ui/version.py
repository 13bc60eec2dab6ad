"""Parallax's version, from the installed package's metadata (``pyproject.toml``); never imports Qt.

API: ``version()``.

>>> version()[0].isdigit()
True
"""

from __future__ import annotations

UNKNOWN = "unknown (not installed)"


def version() -> str:
    """The version pip installed, e.g. ``0.1.0``."""
    from importlib.metadata import PackageNotFoundError  # 20-30 ms to import: only when asked (About, --version)
    from importlib.metadata import version as installed

    try:
        return installed("parallax")
    except PackageNotFoundError:
        return UNKNOWN
