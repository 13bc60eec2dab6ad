"""The loggers of the format libraries the readers use, named without importing any reader or library.

API: ``LIBRARY_LOGGERS``, ``OWN_READER_SUFFIXES``.

The libraries log their own complaints about damaged files, which LoadError already tells the user: an
application may silence these loggers (main.py and the window do); importing core never changes a logger.
Kept apart from ``core.load.readers_binary`` so that reading the names costs no zipfile or XML import.
"""

from __future__ import annotations

LIBRARY_LOGGERS = ("pypdf", "trafilatura", "htmldate", "courlan", "docx")
OWN_READER_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rtf")
"""Files with these suffixes are read by core's own code: loading one imports none of those libraries, so an
application need not quiet them (nor import logging) for a pair of .txt files."""
