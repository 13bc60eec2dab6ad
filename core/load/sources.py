"""Several sources as one left document: the versions of a story in order, shared text standing once.

API: ``combine_sources(documents) -> Document``; ``without_sentences(document, dropped) -> (Document, new ids)``,
the document with some sentences left out (a paragraph left empty is left out) and where each kept sentence is
now. Near copies (one sentence in two versions) all stay here: the comparison keeps the version the rewrite
matches (``core.load.near_copies``, ``core.engine``).

The paragraphs of every source follow one another in the order given, each with its ``source`` index. A
sentence of a later source that an earlier source already has (the same words, case and punctuation aside,
at least ``MIN_SHARED_WORDS`` of them) stands only in the earliest source: the later paragraph keeps its other
sentences, or is left out when nothing else remains (a paragraph repeated whole is left out whatever its
length). The earlier paragraph's ``also_in`` names the sources that repeat it and each source's ``repeated``
counts its sentences standing elsewhere, so the comparison aligns shared text once, to the earliest version.
One document is returned unchanged.

>>> first = document_from_text("Floods hit the town on Tuesday.\\n\\nNo one was hurt.", name="take1.txt")
>>> second = document_from_text("Floods hit the town on Tuesday. Two bridges closed.\\n\\nNo one was hurt.",
...                             name="take2.txt")
>>> combined = combine_sources([first, second])
>>> [(p.source, p.text, p.also_in) for p in combined.paragraphs]
[(0, 'Floods hit the town on Tuesday.', (1,)), (0, 'No one was hurt.', (1,)), (1, 'Two bridges closed.', ())]
>>> [(s.name, s.repeated) for s in combined.sources]
[('take1.txt', 0), ('take2.txt', 2)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.load.near_copies import folded_words
from core.model import Document, Paragraph, Sentence, SentenceId, Source
from core.text.paragraphs import document_from_text  # noqa: F401  (used by the doctest)

MIN_SHARED_WORDS = 4  # words: a shorter sentence ("No one was hurt.") stands once only when its whole
# paragraph is repeated, since two different stories may share it by chance


def _rebuilt(paragraph: Paragraph, kept: list[Sentence], source: int) -> Paragraph:
    """The paragraph with only ``kept`` sentences, joined by one space, offsets recomputed."""
    if len(kept) == len(paragraph.sentences):
        return replace(paragraph, source=source)
    sentences, start = [], 0
    for sentence in kept:
        sentences.append(Sentence(sentence.text, start, start + len(sentence.text)))
        start += len(sentence.text) + 1
    return Paragraph(" ".join(s.text for s in kept), tuple(sentences), source)


def combine_sources(documents: Sequence[Document]) -> Document:
    """One left document from several sources (see the module docstring)."""
    if len(documents) == 1:
        return documents[0]
    paragraphs: list[Paragraph] = []
    also_in: dict[int, set[int]] = {}  # paragraph index -> later sources repeating it
    earliest: dict[tuple[str, ...], int] = {}  # sentence key -> paragraph index of its first copy
    sources = []
    for number, document in enumerate(documents):
        repeated, own = 0, []
        for paragraph in document.paragraphs:
            keys = [folded_words(s.text) for s in paragraph.sentences]
            whole = all(key in earliest for key in keys)
            shared = [whole or (key in earliest and len(key) >= MIN_SHARED_WORDS) for key in keys]
            for key, is_shared in zip(keys, shared, strict=True):
                if is_shared:
                    also_in.setdefault(earliest[key], set()).add(number)
            repeated += sum(shared)
            kept = [s for s, is_shared in zip(paragraph.sentences, shared, strict=True) if not is_shared]
            if kept:
                own.append((_rebuilt(paragraph, kept, number), keys))
        for paragraph, keys in own:  # a source's own sentences join the index after the whole source is read
            for key in keys:
                earliest.setdefault(key, len(paragraphs))
            paragraphs.append(paragraph)
        sources.append(Source(document.name, document.title, document.byline, document.date, repeated))
    paragraphs = [
        replace(p, also_in=tuple(sorted(also_in[i]))) if i in also_in else p for i, p in enumerate(paragraphs)
    ]
    first = documents[0]
    return Document(
        name=", ".join(d.name for d in documents),
        title=first.title,
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(line for d in documents for line in d.boilerplate),
        standfirst=first.standfirst,
        byline=first.byline,
        date=first.date,
        dateline=first.dateline,
        sources=tuple(sources),
    )


def without_sentences(document: Document, dropped: set[SentenceId]) -> tuple[Document, dict[SentenceId, SentenceId]]:
    """The document without the ``dropped`` sentences, and each kept sentence's new address.

    >>> doc = document_from_text("One two. Three four.\\n\\nFive six.")
    >>> smaller, moved = without_sentences(doc, {SentenceId(0, 0), SentenceId(1, 0)})
    >>> [p.text for p in smaller.paragraphs], moved
    (['Three four.'], {SentenceId(paragraph=0, sentence=1): SentenceId(paragraph=0, sentence=0)})
    """
    paragraphs: list[Paragraph] = []
    moved: dict[SentenceId, SentenceId] = {}
    for p, paragraph in enumerate(document.paragraphs):
        kept = [s for s in range(len(paragraph.sentences)) if SentenceId(p, s) not in dropped]
        if not kept:
            continue
        for new, s in enumerate(kept):
            moved[SentenceId(p, s)] = SentenceId(len(paragraphs), new)
        rebuilt = _rebuilt(paragraph, [paragraph.sentences[s] for s in kept], paragraph.source)
        variants = tuple(
            replace(v, sentence=moved[SentenceId(p, v.sentence)].sentence)
            for v in paragraph.variants
            if SentenceId(p, v.sentence) in moved
        )
        paragraphs.append(replace(rebuilt, also_in=paragraph.also_in, variants=variants))
    return replace(document, paragraphs=tuple(paragraphs)), moved
