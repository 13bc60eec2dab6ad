"""The bottom of the model: documents, sentence links and display rows (frozen dataclasses and enums).

It knows nothing of the stages above it: the figure and quote findings and the summary belong to
:class:`core.engine.Comparison`, which holds these.

Coordinates
-----------
* The left document may be made of several sources (versions of a story, in the order given): each paragraph
  has the index of its ``source`` in ``Document.sources``; ``Paragraph.also_in`` names the later sources that
  repeat its text (shown and aligned once, here), and ``Paragraph.variants`` the near copies of its sentences in
  other sources (one sentence in two versions, shown once: in the version the rewrite matches). A document of
  one source has ``sources == ()`` and every ``source`` 0; :meth:`Document.source_list` describes it either way.
* A sentence is addressed by a :class:`SentenceId` ``(paragraph, sentence)``, both 0-based.
* ``Sentence.start`` / ``Sentence.end`` are half-open Python character offsets into ``Paragraph.text``.
* A link's text on one side is its sentences' texts joined by one space (:func:`link_text`). The ``left`` and
  ``right`` strings of its :class:`DiffOp` list, concatenated in order, rebuild those two texts exactly, and
  ``DiffOp.left_start`` / ``right_start`` are character offsets into them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple


class Side(enum.StrEnum):
    """Which article of a comparison: the original (left) or the rewrite (right)."""

    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        """The other side.

        >>> Side.LEFT.other
        <Side.RIGHT: 'right'>
        """
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class SentenceId(NamedTuple):
    """Where a sentence is: paragraph index and sentence index within that paragraph (both 0-based)."""

    paragraph: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text and its half-open span ``[start, end)`` in the paragraph text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Variant:
    """Another source's slightly different version of sentence ``sentence`` of a paragraph (a near copy), which
    stands only here: its ``source``, its ``text``, and ``diff``, the word diff from this sentence to it."""

    sentence: int
    source: int
    text: str
    diff: tuple[DiffOp, ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph and its sentences, in reading order; every non-space character is in one sentence.

    ``source`` is the index of the source it comes from (0 in a one-source document); ``also_in`` the indices
    of later sources that repeat some of its text, which stands here only; ``variants`` the near copies of its
    sentences that other sources have, in sentence order.
    """

    text: str
    sentences: tuple[Sentence, ...]
    source: int = 0
    also_in: tuple[int, ...] = ()
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """One source of a several-source document: its file name and metadata, how many of its sentences repeat an
    earlier source's (``repeated``: they stand once, in the earliest source that has them), and how many stand
    as a near copy in another source's paragraph (``near_copies``: a :class:`Variant` there)."""

    name: str
    title: str = ""
    byline: str = ""
    date: str = ""
    repeated: int = 0
    near_copies: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """One article as ``core`` sees it: metadata, body paragraphs, and the lines set aside as not article text."""

    name: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    boilerplate: tuple[str, ...] = ()
    standfirst: str = ""
    byline: str = ""
    date: str = ""
    dateline: str = ""
    sources: tuple[Source, ...] = ()  # several sources in order; () when the document is one article

    def source_list(self) -> tuple[Source, ...]:
        """The sources of the document: ``sources``, or the document itself as its one source.

        >>> Document("a.txt", "Floods", ()).source_list()
        (Source(name='a.txt', title='Floods', byline='', date='', repeated=0, near_copies=0),)
        """
        return self.sources or (Source(self.name, self.title, self.byline, self.date),)

    def sentence(self, sid: SentenceId) -> Sentence:
        """The sentence at ``sid``."""
        return self.paragraphs[sid.paragraph].sentences[sid.sentence]

    def sentence_ids(self) -> list[SentenceId]:
        """Every sentence of the document in reading order."""
        return [SentenceId(p, s) for p, para in enumerate(self.paragraphs) for s in range(len(para.sentences))]


class OpKind(enum.StrEnum):
    """What a word-diff operation does to the left text to get the right text."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"
    REPLACE = "replace"


class DiffOp(NamedTuple):
    """One step of a word diff: ``left`` becomes ``right`` (an empty string on the side that has nothing).

    ``left_start`` and ``right_start`` are character offsets of the two strings in the link's texts.
    A NamedTuple rather than a dataclass: a whole-Bible comparison makes a few hundred thousand of them.
    """

    op: OpKind
    left: str
    right: str
    left_start: int
    right_start: int

    def text(self, side: Side) -> str:
        """The string of this op on ``side``."""
        return self.left if side is Side.LEFT else self.right


class LinkKind(enum.StrEnum):
    """How a group of left sentences relates to the right sentences it is linked to."""

    IDENTICAL = "identical"  # same words in the same order, in the same place (under the diff options)
    CHANGED = "changed"  # reworded, in the same place
    MOVED = "moved"  # linked out of reading order: the text went elsewhere in the other article


@dataclass(frozen=True, slots=True)
class Link:
    """Left sentences that became right sentences (1:1, 1:n, n:1 or n:m), with the word diff between them.

    ``reused`` marks a second link of a left sentence that the rewrite used twice.
    """

    left: tuple[SentenceId, ...]
    right: tuple[SentenceId, ...]
    kind: LinkKind
    similarity: float
    diff: tuple[DiffOp, ...]
    reused: bool = False

    def ids(self, side: Side) -> tuple[SentenceId, ...]:
        """The sentences of this link on ``side``."""
        return self.left if side is Side.LEFT else self.right


class RowKind(enum.StrEnum):
    """What a display row shows."""

    IDENTICAL = "identical"  # every sentence on both sides linked and identical
    CHANGED = "changed"  # linked paragraphs with some change, split, merge or unlinked sentence
    ADDED = "added"  # right paragraph(s) with nothing from the left
    REMOVED = "removed"  # left paragraph(s) the right does not use
    MOVED = "moved"  # a paragraph whose linked text sits elsewhere in the other article


@dataclass(frozen=True, slots=True)
class Row:
    """A display row: left paragraphs beside right paragraphs (either side may be empty)."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    kind: RowKind


class ComparisonState(enum.StrEnum):
    """Whether the comparison finished or the time budget cut it short (the result is lossless either way)."""

    COMPLETE = "complete"
    PARTIAL = "partial"  # the time budget ran out: some text is left unaligned or diffed coarsely


def link_text(document: Document, ids: tuple[SentenceId, ...]) -> str:
    """The text of one side of a link: its sentences joined by one space.

    >>> doc = Document("d", "", (Paragraph("A b. C d.", (Sentence("A b.", 0, 4), Sentence("C d.", 5, 9))),))
    >>> link_text(doc, (SentenceId(0, 0), SentenceId(0, 1)))
    'A b. C d.'
    """
    if len(ids) == 1:  # most links: the one sentence, read without a generator and a join
        sid = ids[0]
        return document.paragraphs[sid.paragraph].sentences[sid.sentence].text
    return " ".join(document.sentence(sid).text for sid in ids)
