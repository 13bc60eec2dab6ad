"""Parallax's comparison engine: pure Python, no Qt.

Public API
----------
compare(left, right, options=None) -> Comparison
    Align two articles sentence by sentence (1:1, splits, merges, moves, reuse), diff the words of every
    link, and derive the paragraph rows to display. ``left`` and ``right`` are Documents or plain texts.
CompareOptions, AlignmentThresholds, DiffThresholds
    What to ignore in word diffs, the time budget and cancel hook, and the tuned thresholds (with units).
ComparisonCancelled
    Raised by ``compare`` when ``options.should_cancel`` returns true.
load_article(path) -> Document, article_from_text(text, name) -> Document
    Read an article (.txt .md .html .docx .odt .pdf .rtf, or pasted text): decoding, hard-wrap repair,
    boilerplate set aside, headline/standfirst/byline/date/dateline as metadata. Failures raise LoadError.
LoadError, LoadFailure
    The one error loading raises, with a reason code and a message a person understands.
document_from_text(text, name, title) -> Document, document_from_paragraphs(paragraphs, name, title)
    Split already clean text into paragraphs (blank lines, or one a line) and sentences, nothing more.
Comparison, Document, Paragraph, Sentence, SentenceId, Link, LinkKind, DiffOp, OpKind, Row, RowKind,
ComparisonState
    The frozen result model (see ``core.model`` for its coordinates).
comparison_to_dict(comparison), write_json(comparison, target)
    The ``parallax/1`` JSON format (``docs/comparison-format.md``).

>>> result = compare("A storm hit the coast.\\n\\nTwo people died.", "Two people died.\\n\\nA storm hit the coast.")
>>> [(row.left, row.right, row.kind.value) for row in result.rows]
[((), (0,), 'moved'), ((0,), (1,), 'identical'), ((1,), (), 'moved')]
"""

from core.budget import ComparisonCancelled
from core.document import document_from_paragraphs, document_from_text
from core.engine import compare
from core.errors import LoadError, LoadFailure
from core.export_json import comparison_to_dict, write_json
from core.loading import article_from_text, load_article
from core.model import (
    Comparison,
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
)
from core.options import AlignmentThresholds, CompareOptions, DiffThresholds

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
    "article_from_text",
    "compare",
    "comparison_to_dict",
    "document_from_paragraphs",
    "document_from_text",
    "load_article",
    "write_json",
]
