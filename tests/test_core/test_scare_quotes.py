"""A short quoted term whose words the other article uses unquoted is supported, with a note saying so."""

from __future__ import annotations

import json

import pytest

from core import compare, document_from_text
from core.export import comparison_to_dict
from core.facts.quote_check import SCARE_QUOTE_MAX_WORDS, UNQUOTED, QuoteStatus, check_quotes
from core.model import Side
from core.report import FindingKind, list_findings

ORIGINAL = (
    "The ferry operator gave the town a belated apology after the crossing was cancelled. "
    "Passengers called the new timetable a cruel joke at the public meeting."
)


@pytest.mark.parametrize(
    ("rewrite", "term"),
    [
        ("The ferry operator gave the town a “belated” apology after the crossing was cancelled.", "belated"),
        ("Passengers called the new timetable 'a cruel joke' at the public meeting.", "a cruel joke"),
    ],
)
def test_a_scare_quoted_term_the_original_uses_unquoted_is_supported(rewrite: str, term: str) -> None:
    (finding,) = [f for f in check_quotes(document_from_text(ORIGINAL), document_from_text(rewrite))]
    assert finding.text.strip(" ,.") == term
    assert finding.status is QuoteStatus.VERBATIM and finding.note == UNQUOTED[Side.RIGHT]


def test_a_scare_quoted_term_the_original_never_uses_is_unsupported() -> None:
    rewrite = "The ferry operator gave the town a “grudging” apology after the crossing was cancelled."
    (finding,) = check_quotes(document_from_text(ORIGINAL), document_from_text(rewrite))
    assert finding.status is QuoteStatus.UNSUPPORTED and finding.note == ""


def test_a_long_quote_made_of_the_originals_prose_is_still_unsupported() -> None:
    words = "the crossing was cancelled after the ferry operator gave the town a belated apology".split()
    assert len(words) > SCARE_QUOTE_MAX_WORDS
    original = "The ferry operator gave the town a belated apology. " + " ".join(words).capitalize() + "."
    rewrite = f"A spokesman said: “{' '.join(words).capitalize()}.”"
    (finding,) = check_quotes(document_from_text(original), document_from_text(rewrite))
    assert finding.status is QuoteStatus.UNSUPPORTED


def test_a_scare_quote_of_the_original_the_rewrite_uses_unquoted_is_kept() -> None:
    original = "Passengers called the new timetable “a cruel joke” at the public meeting."
    rewrite = "At the public meeting, passengers called the new timetable a cruel joke."
    (finding,) = check_quotes(document_from_text(original), document_from_text(rewrite))
    assert finding.side is Side.LEFT and finding.status is QuoteStatus.KEPT and finding.note == UNQUOTED[Side.LEFT]


def test_the_note_reaches_the_json_export() -> None:
    rewrite = "The ferry operator gave the town a “belated” apology after the crossing was cancelled."
    data = json.loads(
        json.dumps(comparison_to_dict(compare(document_from_text(ORIGINAL), document_from_text(rewrite))))
    )
    assert [q["note"] for q in data["quotes"]] == [UNQUOTED[Side.RIGHT]]


def test_quote_marks_added_to_the_originals_words_are_still_a_substantive_change() -> None:
    rewrite = "The ferry operator gave the town a “belated” apology after the crossing was cancelled."
    comparison = compare(document_from_text(ORIGINAL), document_from_text(rewrite))
    notes = [change.note for changes in comparison.changes.values() for change in changes]
    assert any(note.startswith("quote marks added: “belated”") for note in notes), notes


def test_the_findings_list_says_quote_marks_added_not_an_unsupported_quote() -> None:
    rewrite = "The ferry operator gave the town a “belated” apology after the crossing was cancelled."
    found = list_findings(compare(document_from_text(ORIGINAL), document_from_text(rewrite)))
    kinds = [f.kind for f in found]
    assert FindingKind.QUOTE_MARKS in kinds and FindingKind.QUOTE_UNSUPPORTED not in kinds
    assert any(f.text == "“belated”: quote marks added" for f in found), [f.text for f in found]


def test_looking_a_term_up_by_paragraph_finds_what_searching_the_whole_text_finds() -> None:
    """``_Unquoted`` searches only the paragraphs that hold a term's rarest word, indexed for the words of the
    terms it is told of (and widened for others): the answers are those of searching the article's whole text,
    ellipses, punctuation and case included."""
    import random

    from core.facts.quote_check import _Unquoted
    from core.facts.quotes import quote_key
    from core.text.paragraphs import document_from_paragraphs

    rng = random.Random(5)
    vocabulary = ["the", "harbour", "Fee", "fee", "rose", "…", "again,", "1,000", "boats", "said.", "(sic)"]
    for _ in range(40):
        paragraphs = [" ".join(rng.choices(vocabulary, k=rng.randrange(1, 12))) for _ in range(rng.randrange(1, 6))]
        whole = f" {' | '.join(quote_key(p) for p in paragraphs)} "
        keys = [quote_key(" ".join(rng.choices(vocabulary, k=rng.randrange(1, 4)))) for _ in range(30)]
        keys = [key for key in keys if key.split() and "|" not in key]
        document = document_from_paragraphs(paragraphs)
        unquoted, told = _Unquoted(document), _Unquoted(document, keys[: len(keys) // 2])  # told some terms first
        for key in keys:
            assert unquoted.holds(key) == told.holds(key) == (f" {key} " in whole), (paragraphs, key)
