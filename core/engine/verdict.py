"""The verdict on a comparison: is the rewrite wholly derived from its source(s), partially, or independent?

API: ``Verdict`` (enum), ``ReuseMeasures`` (the measured quantities), ``VerdictThresholds`` (the thresholds,
with units), ``judge(measures, thresholds=VerdictThresholds()) -> tuple[Verdict, str]``: the verdict and its
reason, one sentence a person can check against the aligned view.

The quantities come from :func:`core.engine.reuse.measure_reuse`: a rewrite sentence is *taken* from a source
when it holds a *passage*, an unchanged run of the word diff of its link of at least three words, one of them
an ordinary content word (a name, a place or a figure does not count, so two independent reports of one event
that share only "Prime Minister Boris Johnson" and "12 May" stay independent), and no stock phrase of the
language made of common words ("burst its banks", "said in a statement") unless the linked sentences are alike
besides. The verdict reads the share of
the rewrite's words that stand in taken sentences, and weighs nothing else:

* ``wholly derived``: at least ``wholly`` (70%) of the words: little else than the source's text, reworded or
  not;
* ``independent``: under ``independent`` (20%): no more than two texts on one subject share by chance;
* ``partially derived``: in between, the source used alongside other material.

With several sources the share is that of all of them together, but a source whose own share is under
``independent`` is not counted (two texts on one subject share that much by chance, and chance does not add up
across sources); the reason gives each source's share.

Each threshold is midway between the shares measured on the two classes it divides (``bench/several_sources.py``
prints them): a rewrite made of its source alone measures about 90%, not 100%, because a sentence reworded
throughout holds no passage; one made half of new text about 45%; an independent article on the same subject
0-12%.

>>> measures = ReuseMeasures(sentences=11, words=200, taken_sentences=9, taken_words=142, verbatim_words=95)
>>> verdict, reason = judge(measures)
>>> verdict.value
'wholly derived'
>>> import textwrap
>>> print(textwrap.fill(reason, 100))
71% of the rewrite's words are in 9 of its 11 sentences, taken from the source (they share passages
of 3 or more words with it); 48% are the source's word for word.
>>> print(judge(ReuseMeasures(sentences=4, words=60, taken_sentences=0, taken_words=0, verbatim_words=0))[1])
None of the rewrite's 4 sentences shares a passage of 3 or more words with the source (names and figures aside).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Verdict(enum.StrEnum):
    """How much of the rewrite comes from its source(s)."""

    WHOLLY_DERIVED = "wholly derived"  # the rewrite's text comes from the source(s); little else
    PARTIALLY_DERIVED = "partially derived"  # it uses the source(s) alongside other material
    INDEPENDENT = "independent"  # written without the source's text, even if on the same event


@dataclass(frozen=True, slots=True)
class VerdictThresholds:
    """What counts as a shared passage, and the shares that divide the three verdicts."""

    passage_words: int = 3  # words: an unchanged run shorter than this is chance wording (a word trigram, the
    # unit of the METER corpus's reuse measures for wholly/partially/non-derived newspaper stories)
    passage_content_words: int = 1  # words: the run holds at least this many content words that are neither
    # names (capitalised) nor figures nor function words, so shared names and dates alone are no passage
    stock_run_words: int = 5  # words: a shorter run whose content words are all common is a stock phrase of
    # the language ("burst its banks", "were taken to hospital", "said in a statement"), no passage
    common_zipf: float = 4.0  # Zipf frequency (log10 of uses per billion words, core.text.frequency): a
    # content word at or above it is common (10 or more a million words: "boats" 4.3, "rescued" 3.9)
    copied_run_words: int = 12  # words: an unchanged run this long is copied, not shared by chance; with several
    # sources, one copied from counts towards the total even under ``independent`` (a sentence copied from each)
    stock_link_cosine: float = 0.4  # cosine (0-1): a stock phrase in a link this alike is a passage after all
    # (the source's sentence reworded around it); on the OneStopEnglish and Bible verdict pairs of
    # bench/several_sources.py, 0.35-0.4 keeps the derived classes' shares (0 loses 0.55 of 40 on the Bible)
    wholly: float = 0.7  # share (0-1) of the rewrite's words in taken sentences: at or above, wholly derived
    # (midway between about 0.9 measured on rewrites of one source alone and 0.45 on half new text)
    independent: float = 0.2  # share (0-1): below it, independent (midway between 0.45 and at most 0.12
    # measured on independent articles on the same subject)


@dataclass(frozen=True, slots=True)
class ReuseMeasures:
    """What the rewrite takes from its source(s), counted in words (white-space separated) and sentences."""

    sentences: int  # sentences of the rewrite
    words: int  # words of the rewrite
    taken_sentences: int  # rewrite sentences holding a passage shared with a source
    taken_words: int  # words of those sentences
    verbatim_words: int  # words of the rewrite inside shared passages
    sources: int = 1  # how many sources the rewrite was compared with (for the wording of the reason)
    source_words: tuple[int, ...] = ()  # with several sources: words of the sentences taken from each
    copied_sources: tuple[int, ...] = ()  # with several sources: those copied from word for word (counted at
    # any share: see ``VerdictThresholds.copied_run_words``)

    def source_share(self, source: int) -> float:
        """Share (0-1) of the rewrite's words in sentences taken from one source (several sources only)."""
        return self.source_words[source] / self.words if self.words and source < len(self.source_words) else 0.0

    @property
    def taken_share(self) -> float:
        """Share (0-1) of the rewrite's words that stand in taken sentences."""
        return self.taken_words / self.words if self.words else 0.0

    @property
    def verbatim_share(self) -> float:
        """Share (0-1) of the rewrite's words that are the source's word for word."""
        return self.verbatim_words / self.words if self.words else 0.0


def judge(measures: ReuseMeasures, thresholds: VerdictThresholds | None = None) -> tuple[Verdict, str]:
    """The verdict on the measured reuse and the one-sentence reason for it (see the module docstring)."""
    thresholds = thresholds or VerdictThresholds()
    share = measures.taken_share
    if share >= thresholds.wholly:
        verdict = Verdict.WHOLLY_DERIVED
    elif share >= thresholds.independent:
        verdict = Verdict.PARTIALLY_DERIVED
    else:
        verdict = Verdict.INDEPENDENT
    return verdict, _reason(measures, thresholds)


def _reason(measures: ReuseMeasures, thresholds: VerdictThresholds) -> str:
    source = "the source" if measures.sources == 1 else f"the {measures.sources} sources"
    total = measures.sentences
    if measures.taken_sentences == 0 and any(measures.source_words):
        each = ", ".join(f"S{k + 1} {_percent(measures.source_share(k))}" for k in range(len(measures.source_words)))
        return (
            f"No source's passages hold {_percent(thresholds.independent)} of the rewrite's words (taken from each"
            f" source: {each}), no more than two texts on one subject share by chance; they are not added up."
        )
    if measures.taken_sentences == 0:
        plural = "sentence" if total == 1 else f"{total} sentences"
        return (
            f"None of the rewrite's {plural} shares a passage of {thresholds.passage_words} or more words "
            f"with {source} (names and figures aside)."
        )
    if measures.taken_sentences < total:
        where = f"in {measures.taken_sentences} of its {total} sentences"
    else:
        where = "in its one sentence" if total == 1 else f"in all {total} of its sentences"
    it = "it" if measures.sources == 1 else "them"
    possessive = "the source's" if measures.sources == 1 else "the sources'"
    return (
        f"{_percent(measures.taken_share)} of the rewrite's words are {where}, taken from {source} (they share "
        f"passages of {thresholds.passage_words} or more words with {it}); {_percent(measures.verbatim_share)} "
        f"are {possessive} word for word.{_by_source(measures, thresholds)}"
    )


def _by_source(measures: ReuseMeasures, thresholds: VerdictThresholds) -> str:
    """The share taken from each of several sources, and which of them were not counted (chance level)."""
    if not measures.source_words:
        return ""
    shares = [measures.source_share(k) for k in range(len(measures.source_words))]
    each = ", ".join(f"S{k + 1} {_percent(share)}" for k, share in enumerate(shares))
    under = [k for k, share in enumerate(shares) if 0 < share < thresholds.independent]
    chance = [f"S{k + 1}" for k in under if k not in measures.copied_sources]
    copied = [f"S{k + 1}" for k in under if k in measures.copied_sources]
    said = f" Taken from each source: {each}"
    under_line = f"under {_percent(thresholds.independent)}"
    if copied:
        said += f"; {_are(copied)} {under_line} but copied word for word (a run of {thresholds.copied_run_words}"
        said += " words or more), and counted"
    if chance:
        said += f"; {_are(chance)} {under_line}, as two texts on one subject share by chance, and not counted"
    return said + "."


def _are(names: list[str]) -> str:
    return f"{names[0]} is" if len(names) == 1 else f"{', '.join(names)} are"


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"
