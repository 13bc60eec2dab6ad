"""Reading articles: files of any supported format, or pasted text, into clean :class:`~core.model.Document`.

API: ``load_article(path, read=None) -> Document``, ``article_from_text(text, name, known, read=None) -> Document``,
``ReadBefore``, ``SUPPORTED_SUFFIXES``, ``MAX_FILE_BYTES``.

Pipeline: read and decode (``core.load.decode``, ``core.load.readers_text``, ``core.load.readers_binary``,
``core.load.news_xml``; agency wire copy: ``core.load.wire``) -> clean invisible characters -> set boilerplate
lines aside (``core.load.boilerplate``) -> drop PDF page numbers and running heads (``core.load.page_edges``)
-> join hard-wrapped lines (``core.load.unwrap``) -> headline, standfirst, byline, date and dateline
(``core.load.metadata``) -> sentences. Nothing is dropped silently: every line that is not body text or
metadata ends up in ``Document.boilerplate``. Every failure raises :class:`~core.errors.LoadError`.

>>> doc = article_from_text("World\\n\\nFloods hit the valley\\n\\nBy Ann Lee\\n\\nHeavy rain flooded dozens of "
...                         "homes in the valley overnight, officials said.\\n\\nCONTINUE READING\\n\\nPOPULAR")
>>> doc.title, doc.byline, [p.text for p in doc.paragraphs], doc.boilerplate
('Floods hit the valley', 'By Ann Lee', ['Heavy rain flooded dozens of homes in the valley overnight, officials \
said.'], ('World', 'CONTINUE READING', 'POPULAR'))
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from core.errors import LoadError, LoadFailure
from core.load.boilerplate import is_boilerplate, is_menu, trim_edges
from core.load.decode import clean_text, decode_html, decode_text
from core.load.metadata import (
    NO_METADATA,
    Metadata,
    looks_like_metadata,
    reads_as_body,
    split_metadata,
)
from core.load.page_edges import PAGE_NUMBER, strip_page_edges
from core.load.unwrap import unwrap
from core.load.wire import read_wire
from core.model import Document, Paragraph
from core.text.paragraphs import document_from_paragraphs

MAX_FILE_BYTES = 50 * 1024 * 1024  # bytes: a larger file is refused (an article is rarely over 1 MB)
STANDARD_STREAM = "-"  # a path argument for standard input (an article) or standard output (a report)


def as_typed(message: str, typed: str) -> str:
    """A loader's message naming the file as the user typed it (the loader names files by their name alone)."""
    name = Path(typed).name
    if typed == STANDARD_STREAM or message.startswith(typed):
        return message
    if message.startswith(name):
        return typed + message[len(name) :]
    return f"{typed}: {message}"  # a message that names no file ("this RTF file is damaged ...")


SUPPORTED_SUFFIXES = (
    ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".odt", ".pdf", ".rtf", ".xml",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReadBefore:
    """What loading one text learnt that loading the next may use (the two files of one comparison: a list and
    its edited copy share nearly every line). ``clean``: stripped lines found to be neither boilerplate nor a page
    number, which their wording alone decides; ``paragraphs``: the paragraphs made, by text, shared between the
    documents (a paragraph is frozen; one text always makes the same one). Filled and used by
    ``article_from_text``; a loading given none learns nothing beyond itself."""

    clean: set[str] = field(default_factory=set)
    paragraphs: dict[str, Paragraph] = field(default_factory=dict)


def _set_aside(lines: list[str], clean: set[str] | None = None) -> tuple[list[str], list[str]]:
    """Lines with boilerplate blanked out (a paragraph break in their place), and the boilerplate itself.

    A boilerplate line that is a paragraph of its own (blank lines around it) stays, for ``_assemble`` to set
    aside: where it stands tells the end of the article ("MOST READ" and the links below it). ``clean``, given,
    receives the stripped lines found not to be boilerplate (no need to test them again); a line already in it
    is kept untested.
    """
    kept, aside = [], []
    for k, line in enumerate(lines):
        stripped = line.strip()
        if clean is not None and stripped in clean:
            kept.append(line)  # neither a page number nor boilerplate: found so before
        elif PAGE_NUMBER.fullmatch(stripped):
            aside.append(stripped)  # a page turned mid-paragraph: no paragraph break in its place
        elif stripped and is_boilerplate(stripped):
            alone = not (k and lines[k - 1].strip()) and not (k + 1 < len(lines) and lines[k + 1].strip())
            kept.append(line if alone else "")
            if not alone:
                aside.append(stripped)
        else:
            kept.append(line)
            if clean is not None and stripped:
                clean.add(stripped)
    return kept, aside


def _assemble(
    paragraphs: list[str],
    aside: list[str],
    name: str,
    known: Metadata = NO_METADATA,
    clean: AbstractSet[str] = frozenset(),
    made: dict[str, Paragraph] | None = None,
) -> Document:
    """The document of some paragraphs; ``clean`` holds texts already known not to be boilerplate, ``made``
    paragraphs by text to share (``ReadBefore``)."""
    leading, paragraphs, trailing = trim_edges(paragraphs, keep=looks_like_metadata, starts_body=reads_as_body)
    flags = [(p not in clean and is_boilerplate(p)) or is_menu(paragraphs, k) for k, p in enumerate(paragraphs)]
    body = [p for p, flag in zip(paragraphs, flags, strict=True) if not flag]
    aside = aside + [p for p, flag in zip(paragraphs, flags, strict=True) if flag]
    meta, body, displaced = split_metadata(body, known)
    aside = aside + displaced
    if not body:
        raise LoadError(LoadFailure.EMPTY, f"{name} has no text")
    document = document_from_paragraphs(body, name=name, title=meta.title, made=made)
    return replace(
        document,
        boilerplate=tuple(leading + aside + trailing),
        standfirst=meta.standfirst,
        byline=meta.byline,
        date=meta.date,
        dateline=meta.dateline,
    )


def article_from_text(
    text: str, name: str = "pasted text", known: Metadata = NO_METADATA, read: ReadBefore | None = None
) -> Document:
    """An article from plain text: pasted, read from a .txt file, or what a reader made of another format.

    Agency wire copy (``core.load.wire``) is recognised and read as such: its slug block's headline is the title,
    its slug line's date the date when the story gives none. ``read``: what loading another text
    learnt, to use and add to (``ReadBefore``; not for wire copy); the document is the same with it or without.
    """
    wire = read_wire(text)
    if wire is not None:
        paragraphs = [clean_text(p) for p in wire.paragraphs if clean_text(p).strip()]
        wired = known._replace(byline=known.byline or wire.byline, title=known.title or wire.title)
        document = _assemble(paragraphs, wire.aside, name, wired)
        return document if document.date else replace(document, date=wire.date)  # the slug's, when none other
    clean: set[str] = set() if read is None else read.clean
    lines, aside = _set_aside(clean_text(text).split("\n"), clean)
    if not any(line.strip() for line in lines) and not aside:
        raise LoadError(LoadFailure.EMPTY, f"{name} is empty")
    return _assemble(unwrap(lines), aside, name, known, clean, None if read is None else read.paragraphs)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError(LoadFailure.MISSING, f"{path.name} disappeared while it was being read") from None
    except OSError as error:
        raise LoadError(LoadFailure.UNREADABLE, f"{path.name} cannot be read ({error.strerror or error})") from None


def check_file(path: str | Path) -> None:
    """Raise the LoadError that reading this path would raise at once (missing, a folder, unreadable, empty,
    too large), without reading it: a cheap check before a file is handed to a worker."""
    path = Path(path)
    try:
        if path.is_dir():
            raise LoadError(LoadFailure.FOLDER, f"{path.name or path} is a folder, not a file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise LoadError(LoadFailure.MISSING, f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(LoadFailure.UNREADABLE, f"{path.name} cannot be read (permission denied)") from None
    if size > MAX_FILE_BYTES:
        raise LoadError(
            LoadFailure.TOO_LARGE,
            f"{path.name} is {size / 2**20:.0f} MB; Parallax reads articles up to {MAX_FILE_BYTES // 2**20} MB",
        )
    if size == 0:
        raise LoadError(LoadFailure.EMPTY, f"{path.name} is empty")


HEAD_BYTES = 65536  # bytes of a text file that ``check_choice`` reads to tell text from binary data
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rtf")  # read as decoded text: a binary one is told at once


def check_choice(path: str | Path) -> None:
    """Raise the LoadError that makes a file chosen in the window unusable at once: ``check_file``'s, and for a
    text file (by suffix, or none) binary data in its first ``HEAD_BYTES`` (a photo or a program renamed .txt).
    Formats read by a library are left to their loading."""
    path = Path(path)
    check_file(path)
    if path.suffix.lower() not in (*TEXT_SUFFIXES, ""):
        return
    try:
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError as error:
        raise LoadError(LoadFailure.UNREADABLE, f"{path.name} cannot be read ({error.strerror or error})") from None
    if len(head) == HEAD_BYTES and b"\n" in head:
        head = head[: head.rindex(b"\n") + 1]  # whole lines: no character cut in two
    decode_text(head, path.name)


class Repeated(NamedTuple):
    """A file given twice: the two paths it was given by, and whether the second is the last (the rewrite, so
    the file is compared with itself) rather than another source."""

    first: str
    second: str
    rewrite: bool


def repeated_file(paths: Sequence[str]) -> Repeated | None:
    """The first file given twice among ``paths`` (the same file by another name counts), or None; standard
    input and paths that cannot be read are left to their loading."""
    seen: dict[tuple[int, int], str] = {}
    for number, path in enumerate(paths):
        if path == STANDARD_STREAM:
            continue
        try:
            status = os.stat(path)
        except OSError:
            continue
        key = (status.st_dev, status.st_ino)
        if key in seen:
            return Repeated(seen[key], path, number == len(paths) - 1)
        seen[key] = path
    return None


def load_article(path: str | Path, read: ReadBefore | None = None) -> Document:
    """Read one article file; its format is chosen by its suffix (anything unknown is read as text). ``read``:
    see ``article_from_text`` (used for .txt files)."""
    path = Path(path)
    check_file(path)
    suffix, name = path.suffix.lower(), path.name
    if suffix in (".txt", ".text"):
        return article_from_text(decode_text(_read_bytes(path), name), name, read=read)
    from core.load.readers_binary import docx_paragraphs, html_article, odt_paragraphs, pdf_pages  # not for .txt
    from core.load.readers_text import markdown_to_text, rtf_to_text

    if suffix == ".docx":
        paragraphs, title = docx_paragraphs(path)
        return _assemble(paragraphs, [], name, Metadata(title=title))
    if suffix == ".odt":
        return _assemble(odt_paragraphs(path), [], name)
    if suffix == ".pdf":
        text, aside = strip_page_edges(pdf_pages(path))
        lines, more_aside = _set_aside(text.split("\n"))
        return _assemble(unwrap(lines, proportional=True), aside + more_aside, name)
    data = _read_bytes(path)
    if suffix == ".xml":
        from core.load.news_xml import news_xml  # only for .xml

        story = news_xml(data, name)
        paragraphs = [clean_text(p) for p in story.paragraphs]
        document = document_from_paragraphs(paragraphs, name=name, title=clean_text(story.title))
        return replace(document, byline=story.byline, date=story.date, dateline=story.dateline)
    if suffix in (".html", ".htm", ".xhtml"):
        web = html_article(decode_html(data, name), name)
        return _assemble(web.paragraphs, [], name, Metadata(title=web.title, byline=web.byline, date=web.date))
    text = decode_text(data, name)
    if suffix == ".rtf":
        return article_from_text(rtf_to_text(text), name)
    if suffix in (".md", ".markdown"):
        markdown, title = markdown_to_text(text)
        return article_from_text(markdown, name, Metadata(title=title))
    return article_from_text(text, name)


def load_from_argument(argument: str, read: ReadBefore | None = None) -> Document:
    """A command-line argument: a file path, or ``-`` for standard input (``read``: see ``article_from_text``)."""
    if argument != STANDARD_STREAM:
        return load_article(argument, read)
    import sys

    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(LoadFailure.TOO_LARGE, f"standard input is over {MAX_FILE_BYTES // 2**20} MB")
    if not data.strip():
        raise LoadError(LoadFailure.EMPTY, "standard input is empty")
    return article_from_text(decode_text(data, "standard input"), "standard input", read=read)
