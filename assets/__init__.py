"""Parallax's bundled files, shipped in the wheel as package data, found where this package is installed.

API: ``ROOT`` (this folder, wherever it is installed), ``ICONS`` (``icons/<name>.svg``), ``SAMPLES`` (the
sample pair, ``samples/original.txt`` and ``samples/rewrite.txt``), ``SAMPLE_PAIR`` (their paths as strings),
``DESKTOP_ENTRY`` (the freedesktop ``.desktop`` template).

>>> all(Path(path).is_file() for path in SAMPLE_PAIR), (ICONS / "parallax.svg").is_file()
(True, True)
"""

from __future__ import annotations

from pathlib import Path

# An ordinary folder, as ``importlib.resources.files(__name__)`` would give: pip and pipx install unzipped (and
# importing importlib.resources costs start-up time, 10-40 ms, for nothing).
ROOT = Path(__file__).resolve().parent
ICONS = ROOT / "icons"
SAMPLES = ROOT / "samples"
SAMPLE_PAIR = (str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))
DESKTOP_ENTRY = ROOT / "desktop" / "parallax.desktop"
