"""The records of the quote check: what became of a quote (``QuoteStatus``) and one quote's finding
(``QuoteFinding``), made by ``core.facts.quote_check`` (which exports them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from core.model import DiffOp, SentenceId, Side


class QuoteStatus(enum.StrEnum):
    """What became of a quote."""

    VERBATIM = "verbatim"
    TRIMMED = "trimmed"
    ALTERED = "altered"
    UNSUPPORTED = "unsupported"
    KEPT = "kept"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class QuoteFinding:
    """A quote of one side, its status, the quote it matched on the other side, and for altered ones the diff."""

    side: Side
    text: str
    status: QuoteStatus
    speaker: str
    at: SentenceId
    span: tuple[int, int]  # half-open character offsets of the quote's words in the sentence at ``at``
    match: str = ""
    diff: tuple[DiffOp, ...] = ()
    note: str = ""  # why a status was given that the quote marks alone would not give (scare quotes)
    speaker_was: str = ""  # a right quote's speaker in the original, when the rewrite gives it to another
    unquoted: str = ""  # a kept left quote's words, as written, that the rewrite has outside quotation marks
    shortened: str = ""  # a kept left quote's words, as written, that its rewrite cuts off a sentence of it
    extended: str = ""  # an altered right quote's words, as written, that its original lacks (none taken away)
    removed: str = ""  # an altered right quote's original's words, as written, that it lacks (none added)
    pieces: tuple[tuple[SentenceId, int, int], ...] = ()  # the quote's words in each sentence it spans (sentence
    # offsets, reading order); () for a finding made by hand: ``span`` at ``at``
    focus: SentenceId | None = None  # the sentence of the first words the rewrite changed (altered, cut short or
    # unquoted), where the quote's finding belongs; None: ``at``

    @property
    def inside(self) -> str:
        """How an altered quote's words changed inside it, naming them, as every note of it says: "extended: words
        added inside the quote: “…”", "altered: words removed inside the quote: “…”"; "" when it both adds and
        removes, or is no altered quote.

        >>> QuoteFinding(Side.RIGHT, "A c.", QuoteStatus.ALTERED, "", SentenceId(0, 0), (0, 4), removed="b").inside
        'altered: words removed inside the quote: “b”'
        """
        if self.extended:
            return f"extended: words added inside the quote: “{self.extended}”"
        return f"altered: words removed inside the quote: “{self.removed}”" if self.removed else ""

    @property
    def home(self) -> SentenceId:
        """The sentence this finding belongs to: where the quote's words changed (``focus``), else where it starts."""
        return self.at if self.focus is None else self.focus

    @property
    def reattribution(self) -> str:
        """How a quote given to another speaker is said wherever it is reported ("now attributed to Jones (the
        original: Smith)"), so that a change's note and a finding can be matched; "" when it was not."""
        return f"now attributed to {self.speaker} (the original: {self.speaker_was})" if self.speaker_was else ""
