"""Parallax's bundled files, shipped in the wheel as package data; found through ``importlib.resources``.

API: ``ROOT`` (this folder, wherever it is installed), ``ICONS`` (``icons/<name>.svg``), ``SAMPLES`` (the
sample pair, ``samples/original.txt`` and ``samples/rewrite.txt``), ``SAMPLE_PAIR`` (their paths as strings),
``DESKTOP_ENTRY`` (the freedesktop ``.desktop`` template).

>>> all(Path(path).is_file() for path in SAMPLE_PAIR), (ICONS / "parallax.svg").is_file()
(True, True)
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ROOT = Path(str(files(__name__)))  # an ordinary folder: Parallax is installed unzipped (pip, pipx, editable)
ICONS = ROOT / "icons"
SAMPLES = ROOT / "samples"
SAMPLE_PAIR = (str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"))
DESKTOP_ENTRY = ROOT / "desktop" / "parallax.desktop"
