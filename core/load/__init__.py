"""Stage 2 of 7, load: files and pasted text to clean :class:`~core.model.Document` objects.

Decoding, format readers (text, agency wire copy, Markdown, RTF, HTML, Word, OpenDocument, PDF), hard-wrap
repair, boilerplate set aside (never deleted), headline/standfirst/byline/date/dateline as metadata, then
``core.text`` for sentences. Every failure raises :class:`~core.errors.LoadError` with a message a person understands.

API
---
load_article(path, read=None) -> Document, load_from_argument(argument, read=None) -> Document ("-": standard input)
ReadBefore
    What loading one text learnt that loading the next may use (lines known clean, paragraphs by text, shared).
check_file(path) -> None
    Raises the LoadError that reading the path would raise at once (missing, a folder, empty, too large).
check_choice(path) -> None
    ``check_file``, and for a text file binary data in its head: what refuses a file as soon as it is chosen.
repeated_file(paths) -> Repeated | None
    The first file given twice (by any two names), and whether as the rewrite (compared with itself).
article_from_text(text, name, known, read=None) -> Document
    The same pipeline on pasted or dropped text.
combine_sources(documents) -> Document
    Several sources (versions of a story) as one left document, text they share standing once, in the earliest.
near_copies(document, thresholds, stop) -> list[tuple[int, ...]], word_ratio(a, b) -> float
    (``core.load.near_copies``) The groups of one sentence's slightly different versions in several sources, which
    the engine folds into the version the rewrite matches; ``without_sentences(document, dropped)``
    (``core.load.sources``) leaves the folded ones out.
SUPPORTED_SUFFIXES, MAX_FILE_BYTES, STANDARD_STREAM ("-": standard input or output in a path argument)
as_typed(message, typed) -> str
    A loader's message naming the file as the user typed it.
is_boilerplate(line) -> bool
LIBRARY_LOGGERS
    The loggers of the format libraries, which repeat what a LoadError says; the application may quiet them.
OWN_READER_SUFFIXES
    The suffixes read without any of those libraries (no need to quiet them).
"""

from core.load.article import (
    MAX_FILE_BYTES,
    STANDARD_STREAM,
    SUPPORTED_SUFFIXES,
    ReadBefore,
    Repeated,
    article_from_text,
    as_typed,
    check_choice,
    check_file,
    load_article,
    load_from_argument,
    repeated_file,
)
from core.load.boilerplate import is_boilerplate
from core.load.libraries import LIBRARY_LOGGERS, OWN_READER_SUFFIXES
from core.load.sources import combine_sources

__all__ = [
    "LIBRARY_LOGGERS",
    "MAX_FILE_BYTES",
    "OWN_READER_SUFFIXES",
    "STANDARD_STREAM",
    "SUPPORTED_SUFFIXES",
    "ReadBefore",
    "Repeated",
    "article_from_text",
    "as_typed",
    "check_choice",
    "check_file",
    "combine_sources",
    "is_boilerplate",
    "load_article",
    "load_from_argument",
    "repeated_file",
]
