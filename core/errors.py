"""The one error loading raises: :class:`LoadError`, with a reason code and a message a person understands."""

from __future__ import annotations

import enum


class LoadFailure(enum.StrEnum):
    """Why an article could not be read."""

    MISSING = "missing"  # no such file, or it vanished while being read
    FOLDER = "folder"  # a directory was given
    UNREADABLE = "unreadable"  # permissions or an I/O error
    EMPTY = "empty"  # no text at all
    TOO_LARGE = "too-large"  # over the size limit
    BINARY = "binary"  # not text in any encoding we know
    UNSUPPORTED = "unsupported"  # a format Parallax does not read
    CORRUPT = "corrupt"  # a damaged .docx, .odt, .pdf or .rtf
    ENCRYPTED = "encrypted"  # a password-protected PDF
    NO_TEXT_LAYER = "no-text-layer"  # a PDF of scanned images
    NO_ARTICLE = "no-article"  # a web page with no article in it


class LoadError(Exception):
    """An article that cannot be read; ``str(error)`` is the message to show.

    >>> str(LoadError(LoadFailure.NO_TEXT_LAYER, "report.pdf has no text layer: it is a scanned image"))
    'report.pdf has no text layer: it is a scanned image'
    """

    def __init__(self, reason: LoadFailure, message: str) -> None:
        super().__init__(message)
        self.reason = reason
