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
from core.text.sentences import has_boundary, split_sentences

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SLICE = 20_000  # paragraphs: built a slice at a time, so that no single C-level loop holds the interpreter long


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


def _paragraphs(texts: list[str], made: dict[str, Paragraph] | None = None) -> tuple[Paragraph, ...]:
    """``paragraph_from_text`` of each of some stripped, non-empty texts; one with no sentence boundary (a line of
    a list, a verse) is one sentence, made without splitting it. ``made``, given, holds paragraphs by text, made
    before (by another document's loading) or now: a text found there is that paragraph, shared (it is frozen).

    >>> [[s.text for s in p.sentences] for p in _paragraphs(["One line.", "Two. Three."])]
    [['One line.'], ['Two.', 'Three.']]
    """
    built: list[Paragraph] = []
    for start in range(0, len(texts), _SLICE):
        chunk = texts[start : start + _SLICE]
        if made is not None:
            new = [text for text in chunk if text not in made]
            made.update(zip(new, _made(new), strict=True))
            built += map(made.__getitem__, chunk)
            continue
        built += _made(chunk)
    return tuple(built)


def _made(texts: list[str]) -> list[Paragraph]:
    """The paragraphs of some texts (see ``_paragraphs``)."""
    split = list(map(has_boundary, texts))
    return [
        paragraph_from_text(text) if many else Paragraph(text, (Sentence(text, 0, len(text)),))
        for text, many in zip(texts, split, strict=True)
    ]


def document_from_text(text: str, name: str = "", title: str = "") -> Document:
    """A document from plain text (see the module docstring)."""
    return Document(name=name, title=title, paragraphs=_paragraphs(split_paragraphs(text)))


def document_from_paragraphs(
    paragraphs: list[str], name: str = "", title: str = "", made: dict[str, Paragraph] | None = None
) -> Document:
    """A document whose paragraphs are already known (e.g. one verse or one line each); ``made``: paragraphs by
    text to share, and fill (see ``_paragraphs``)."""
    stripped = [p for p in map(str.strip, paragraphs) if p]
    return Document(name=name, title=title, paragraphs=_paragraphs(stripped, made))
