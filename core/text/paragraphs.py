"""Plain text to :class:`~core.model.Document`: paragraphs, then sentences.

Paragraphs are separated by blank lines; a text with no blank line has one paragraph a line. Inside a
paragraph, line breaks become single spaces. Reading files in other formats, boilerplate and hard-wrap repair
belong to the loading stage, not here.

>>> doc = document_from_text("Title line\\n\\nFirst one. Second one.\\nSame paragraph.", name="a.txt")
>>> [len(p.sentences) for p in doc.paragraphs]
[1, 3]
>>> doc.paragraphs[1].text
'First one. Second one. Same paragraph.'
"""

from __future__ import annotations

import re

from core.model import Document, Paragraph, Sentence
from core.text.sentences import split_sentences

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraph texts of a plain text, each with inner line breaks folded to spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    paragraphs = []
    for block in blocks:
        joined = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if joined:
            paragraphs.append(joined)
    return paragraphs


def paragraph_from_text(text: str) -> Paragraph:
    """A paragraph with its sentences."""
    return Paragraph(text, tuple(Sentence(text[a:b], a, b) for a, b in split_sentences(text)))


def document_from_text(text: str, name: str = "", title: str = "") -> Document:
    """A document from plain text (see the module docstring)."""
    paragraphs = tuple(paragraph_from_text(p) for p in split_paragraphs(text))
    return Document(name=name, title=title, paragraphs=paragraphs)


def document_from_paragraphs(paragraphs: list[str], name: str = "", title: str = "") -> Document:
    """A document whose paragraphs are already known (e.g. one verse or one line each)."""
    built = tuple(paragraph_from_text(p.strip()) for p in paragraphs if p.strip())
    return Document(name=name, title=title, paragraphs=built)
