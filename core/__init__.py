"""Parallax's core: pure Python, no Qt. The stages, in the order data flows through them:

=========  ====================================================================================
bottom     ``core.model`` (documents, links, rows), ``core.options``, ``core.budget``, ``core.errors``
text       ``core.text``: plain text to paragraphs and sentences; matching keys of words
load       ``core.load``: files and pasted text to clean documents (formats, wraps, boilerplate, metadata)
align      ``core.align``: sentence links (splits, merges, moves, reuse) and the paragraph rows
diff       ``core.diff``: the word diff of each link
facts      ``core.facts``: figures and quotes compared
engine     ``core.engine``: ``compare()`` runs the stages above and returns a ``Comparison``
report     ``core.report``: the one ``Report`` the window and every export show
corpus     ``core.corpus`` (beside report): an on-disk index of a corpus, the verified sources of an article
           in it, every reuse pair (optionally on Dask); it verifies candidates with ``compare``
export     ``core.export``: JSON and HTML
=========  ====================================================================================

A package imports only from the rows before its own in this table (import-linter checks it in ``make test``);
nothing in ``core`` imports ``ui`` or Qt.

Public API
----------
compare(left, right, options=None) -> Comparison
    Align two articles sentence by sentence (1:1, splits, merges, moves, reuse), diff the words of every
    link, compare figures and quotes, and derive the paragraph rows. ``left`` and ``right`` are Documents or
    plain texts.
CompareOptions, AlignmentThresholds, DiffThresholds
    What to ignore in word diffs, the time budget and cancel hook, and the tuned thresholds (with units).
ComparisonCancelled
    Raised by ``compare`` when ``options.should_cancel`` returns true.
load_article(path) -> Document, article_from_text(text, name) -> Document
    Read an article (.txt .md .html .docx .odt .pdf .rtf, or pasted text): decoding, hard-wrap repair,
    boilerplate set aside, headline/standfirst/byline/date/dateline as metadata. Failures raise LoadError.
combine_sources(documents) -> Document
    Several sources of one rewrite (versions of a story, in order) as one left document; text they share
    stands once, in the earliest source that has it.
LoadError, LoadFailure
    The one error loading raises, with a reason code and a message a person understands.
document_from_text(text, name, title) -> Document, document_from_paragraphs(paragraphs, name, title)
    Split already clean text into paragraphs (blank lines, or one a line) and sentences, nothing more.
Comparison, Document, Paragraph, Source, Sentence, SentenceId, Side, Link, LinkKind, DiffOp, OpKind, Row, RowKind,
ComparisonState
    The frozen result model (see ``core.model`` for its coordinates).
comparison_to_dict(comparison), write_json(comparison, target)
    The ``parallax/1`` JSON format (``docs/comparison-format.md``).

>>> from core import compare
>>> result = compare("A storm hit the coast.\\n\\nTwo people died.", "Two people died.\\n\\nA storm hit the coast.")
>>> [(row.left, row.right, row.kind.value) for row in result.rows]
[((), (0,), 'moved'), ((0,), (1,), 'identical'), ((1,), (), 'moved')]

The names are imported on first use (PEP 562), so that ``main.py --json`` on two text files never loads the
HTML exporter, the report or the readers of binary formats and their libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.budget import ComparisonCancelled
    from core.engine import Comparison, compare
    from core.errors import LoadError, LoadFailure
    from core.export import comparison_to_dict, write_json
    from core.load import article_from_text, combine_sources, load_article
    from core.model import (
        ComparisonState,
        DiffOp,
        Document,
        Link,
        LinkKind,
        OpKind,
        Paragraph,
        Row,
        RowKind,
        Sentence,
        SentenceId,
        Side,
        Source,
    )
    from core.options import AlignmentThresholds, CompareOptions, DiffThresholds
    from core.text import document_from_paragraphs, document_from_text

_HOMES = {
    "ComparisonCancelled": "core.budget",
    "Comparison": "core.engine",
    "compare": "core.engine",
    "LoadError": "core.errors",
    "LoadFailure": "core.errors",
    "comparison_to_dict": "core.export.to_json",
    "write_json": "core.export.to_json",
    "article_from_text": "core.load",
    "combine_sources": "core.load",
    "load_article": "core.load",
    "AlignmentThresholds": "core.options",
    "CompareOptions": "core.options",
    "DiffThresholds": "core.options",
    "document_from_paragraphs": "core.text",
    "document_from_text": "core.text",
    **dict.fromkeys(
        """ComparisonState DiffOp Document Link LinkKind OpKind Paragraph Row RowKind Sentence SentenceId
        Side Source""".split(),
        "core.model",
    ),
}


__getattr__ = lazy_names(__name__, _HOMES)


__all__ = [
    "AlignmentThresholds",
    "CompareOptions",
    "Comparison",
    "ComparisonCancelled",
    "ComparisonState",
    "DiffOp",
    "DiffThresholds",
    "Document",
    "Link",
    "LinkKind",
    "LoadError",
    "LoadFailure",
    "OpKind",
    "Paragraph",
    "Row",
    "RowKind",
    "Sentence",
    "SentenceId",
    "Side",
    "Source",
    "article_from_text",
    "combine_sources",
    "compare",
    "comparison_to_dict",
    "document_from_paragraphs",
    "document_from_text",
    "load_article",
    "write_json",
]
