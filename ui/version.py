"""Parallax's version, from the installed package's metadata (``pyproject.toml``); never imports Qt.

API: ``version()``.

>>> version()[0].isdigit()
True
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _installed

UNKNOWN = "unknown (not installed)"


def version() -> str:
    """The version pip installed, e.g. ``0.1.0``."""
    try:
        return _installed("parallax")
    except PackageNotFoundError:
        return UNKNOWN
