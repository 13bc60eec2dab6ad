"""Whether an "unrelated" query really shares no text with the corpus, checked on the texts, not by the verdict.

An unrelated query is a version of a family none of whose versions is in the corpus; but a Bible piece can still
be in the corpus in another guise (the synoptic gospels, Kings and Chronicles, Isaiah 36-39 and 2 Kings 18-20,
the tabernacle told twice), and a page can quote another. ``shared_runs(queries, articles)`` says, for each
query, which corpus articles share with it a run of ``RUN_WORDS`` consecutive content words, word for word
(lower-cased, function words and punctuation left out, the outlets' stock lines never included: only the
articles' own paragraphs are compared). The criterion knows nothing of Parallax's verdict or its thresholds: a
query with such a run has a real shared passage, and a source found for it is not false.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

RUN_WORDS = 6  # consecutive content words: about a dozen running words of verbatim text
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FUNCTION_WORDS = frozenset(
    """a about after all also an and any are as at be been before being but by can could did do does doth
    each even for from had has hath have he her here him his how i if in into is it its let may me more most my
    no nor not now o of on one only or other our out over shall shalt she should so some such than that the thee
    their them then there these they thine this those thou through thy to unto up upon us was we were what when
    where which while who whom why will with would ye yea you your""".split()
)


class Article(Protocol):
    """What is compared of an article (``corpus_data.Article``): its key and its own paragraphs."""

    @property
    def key(self) -> str: ...

    @property
    def paragraphs(self) -> list[str]: ...


def content_words(text: str) -> list[str]:
    """The text's words, lower-cased, without function words (``"I am the Lord"`` -> ``['am', 'lord']``)."""
    return [w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _FUNCTION_WORDS]


def _runs(article: Article, length: int) -> Iterator[tuple[str, ...]]:
    for paragraph in article.paragraphs:
        words = content_words(paragraph)
        for start in range(len(words) - length + 1):
            yield tuple(words[start : start + length])


def shared_runs(queries: Sequence[Article], articles: Sequence[Article], length: int = RUN_WORDS) -> list[set[str]]:
    """For each query, the keys of the corpus articles sharing a run of ``length`` content words with it."""
    owners: dict[tuple[str, ...], list[int]] = {}
    for number, query in enumerate(queries):
        for run in _runs(query, length):
            owners.setdefault(run, []).append(number)
    found: list[set[str]] = [set() for _ in queries]
    for article in articles:
        for run in _runs(article, length):
            for number in owners.get(run, ()):
                found[number].add(article.key)
    return found
