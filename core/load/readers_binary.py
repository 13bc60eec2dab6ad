"""Readers of packaged formats: Word (.docx), OpenDocument (.odt), PDF and saved web pages.

API: ``docx_paragraphs(path)``, ``odt_paragraphs(path)``, ``pdf_pages(path)``, ``html_article(data)``,
``without_site_name(title, sitename, author)``.

Each returns text for the loading pipeline, or raises :class:`~core.errors.LoadError` with a message a person
understands: a damaged file, a password-protected PDF, a PDF of scanned images, a page with no article in it
(every word a menu link, a form or a button; a page of a few words of its own, such as "Test", loads).
The libraries behind them (python-docx, pypdf, trafilatura) are imported only when such a file is opened.
Tables of a web page are kept, one row a paragraph with its cells between " | " (a results table or a list of
figures is article text). The date is the page's declared publication date, never a copyright year. The
title is the page's declared one without the site's name or the author at its end ("How to Build a Shed | eHow").
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from core.errors import LoadError, LoadFailure
from core.text import word_count

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # bytes: a .docx/.odt whose parts unpack to more is refused (zip bombs)
_DAMAGED_ARCHIVE = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError)
ARTICLE_MIN_WORDS = 6  # words: a page with a paragraph this long holds text; a shorter one is checked for menus
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


class WebArticle(NamedTuple):
    """The article a web page holds, as trafilatura found it."""

    paragraphs: list[str]
    title: str
    byline: str
    date: str


def _check_zip(path: Path, member: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except _DAMAGED_ARCHIVE as error:  # incl. NotImplementedError for a damaged "version needed" field
        raise LoadError(LoadFailure.CORRUPT, f"{path.name} is damaged: it is not a valid {path.suffix} file") from error
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise LoadError(LoadFailure.TOO_LARGE, f"{path.name} unpacks to more than 200 MB: it is not an article")
    if member not in archive.namelist():
        raise LoadError(LoadFailure.CORRUPT, f"{path.name} is damaged: it has no {member}")
    return archive


def docx_paragraphs(path: Path) -> tuple[list[str], str]:
    """The paragraphs of a Word document, and its title if its properties or a Title style give one."""
    _check_zip(path, "word/document.xml").close()
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise LoadError(LoadFailure.CORRUPT, f"{path.name} is damaged: Word could not read it either") from error
    title = (document.core_properties.title or "").strip()
    paragraphs = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if text and paragraph.style is not None and paragraph.style.name == "Title" and not title:
            title = text
        elif text:
            paragraphs.append(text)
    return paragraphs, title


def _odf_text(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{_ODF_TEXT}}}c", "1")))
        elif tag in ("tab", "line-break"):
            parts.append(" ")
        elif tag != "note":
            parts.append(_odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def odt_paragraphs(path: Path) -> list[str]:
    """The paragraphs and headings of an OpenDocument text, in order."""
    with _check_zip(path, "content.xml") as archive:
        try:
            data = archive.read("content.xml")
        except _DAMAGED_ARCHIVE as error:  # a member whose bytes were damaged or cut short
            raise LoadError(LoadFailure.CORRUPT, f"{path.name} is damaged: its text cannot be unpacked") from error
    try:
        root = ElementTree.fromstring(data)
        wanted = {f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h"}
        paragraphs = []
        for element in root.iter():
            if element.tag in wanted:
                text = " ".join(_odf_text(element).split())
                if text:
                    paragraphs.append(text)
    except (ElementTree.ParseError, RecursionError, ValueError) as error:
        raise LoadError(LoadFailure.CORRUPT, f"{path.name} is damaged: its text is not valid XML") from error
    return paragraphs


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF that has a text layer."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(
                LoadFailure.ENCRYPTED,
                f"{path.name} is protected by a password: open it, save an unprotected copy, and compare that",
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise LoadError(LoadFailure.CORRUPT, f"{path.name} is damaged: its PDF structure cannot be read") from error
    except Exception as error:  # pypdf's decryption and parsing raise more kinds on damaged files
        raise LoadError(LoadFailure.CORRUPT, f"{path.name} is damaged: {error.__class__.__name__}") from error
    if not any(page.strip() for page in pages):
        raise LoadError(
            LoadFailure.NO_TEXT_LAYER, f"{path.name} has no text layer: it is a scanned image. Run it through OCR first"
        )
    return pages


_RULE_ROW = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")  # the "|---|---|" line under a table's header


def _table_row(line: str) -> str:
    """A table row as trafilatura writes it ("| Green | 12,400 | 8 |") as one line of cells ("Green | 12,400 | 8")."""
    if line.startswith("|") and line.endswith("|"):
        return " | ".join(cell.strip() for cell in line.strip("|").split("|"))
    return line


_NOT_READING = "//script|//style|//noscript|//template|//nav|//form|//button|//select|//label|//textarea"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NAVIGATION_LINK = "//a[@href and not(starts-with(normalize-space(@href), 'javascript:'))]"


def _reading_text(data: bytes | str) -> bool:
    """Whether a page has any words outside navigation: links that lead somewhere, forms, buttons, scripts.

    A page of a few words ("Test", two short headings) is a page of text, and loads; a page whose every word is
    a menu link or a form label holds no article.
    """
    from lxml import etree
    from lxml import html as lxml_html

    if isinstance(data, str):
        data = _XML_DECLARATION.sub("", data, count=1)  # lxml refuses a str that declares its encoding
    try:
        root = lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return False
    for element in root.xpath(f"{_NOT_READING}|{_NAVIGATION_LINK}"):
        element.drop_tree()
    body = root.find("body")
    return body is not None and word_count(str(body.text_content())) > 0


def html_article(data: bytes | str, name: str) -> WebArticle:
    """The article body and metadata of a saved web page (navigation, share bars and comments left out)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # the page's own publication date only: the extensive search takes a footer's copyright year for one
        date_extraction_params={"extensive_search": False, "original_date": True},
    )

    def field(key: str) -> str:
        return str(getattr(result, key, None) or "").strip()

    text = field("text")
    if not any(word_count(line) >= ARTICLE_MIN_WORDS for line in text.split("\n")) and not _reading_text(data):
        raise LoadError(LoadFailure.NO_ARTICLE, f"{name} holds no article text (a menu, a form or an empty page)")
    paragraphs = [_table_row(line.strip()) for line in text.split("\n") if line.strip() and not _RULE_ROW.match(line)]
    title = without_site_name(field("title"), field("sitename"), field("author"))
    return WebArticle(paragraphs, title, field("author"), field("date"))


_TITLE_TAIL = re.compile(r"^(?P<head>.{8,}?)\s+[|\-–—·]\s+(?P<tail>[^|\-–—·]{2,60})$")


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def without_site_name(title: str, sitename: str, author: str) -> str:
    """A page's declared title without the site's name or the author tacked on at its end.

    >>> without_site_name("How to Build a Shed | eHow", "Ehow", "")
    'How to Build a Shed'
    >>> without_site_name("Whale strandings | Ann Lee", "The Guardian", "Ann Lee")
    'Whale strandings'
    >>> without_site_name("Minecraft 1.8 - The Bountiful Update", "Minecraft Update News", "")
    'Minecraft 1.8 - The Bountiful Update'
    """
    match = _TITLE_TAIL.match(title)
    if match is None:
        return title
    tail, site = _letters(match.group("tail")), _letters(sitename)
    named = len(tail) >= 3 and (tail in site or tail == _letters(author))
    return match.group("head").strip() if named else title
