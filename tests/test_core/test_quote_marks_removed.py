"""A quote the rewrite keeps only in part, stating the rest as its own words, reports the quote marks removed
(``core.facts.quote_parts``)."""

from __future__ import annotations

from core import compare, document_from_text
from core.facts.quote_check import QuoteStatus, check_quotes
from core.report import FindingKind, list_findings

ORIGINAL = "The mayor, Ann Lee, said: “The new bridge will open in May. Every trader on the quay will gain from it.”"
PART = "Every trader on the quay will gain from it."
REWRITE = f"The mayor, Ann Lee, said: “The new bridge will open in May.” {PART}"


def test_the_words_left_outside_the_quote_are_reported() -> None:
    (finding,) = check_quotes(document_from_text(ORIGINAL), document_from_text(REWRITE))[1:]
    assert finding.status is QuoteStatus.KEPT and finding.unquoted == PART
    assert PART in finding.note


def test_a_quote_kept_whole_has_no_note() -> None:
    rewrite = "“The new bridge will open in May. Every trader on the quay will gain from it,” Ann Lee said."
    (finding,) = check_quotes(document_from_text(ORIGINAL), document_from_text(rewrite))[1:]
    assert finding.status is QuoteStatus.KEPT and finding.note == "" and finding.unquoted == ""


def test_a_part_the_rewrite_drops_is_no_quote_marks_removed() -> None:
    rewrite = "The mayor, Ann Lee, said: “The new bridge will open in May.” Traders were not asked."
    (finding,) = check_quotes(document_from_text(ORIGINAL), document_from_text(rewrite))[1:]
    assert finding.note == ""


def test_it_is_a_substantive_quote_change_and_a_finding() -> None:
    comparison = compare(document_from_text(ORIGINAL), document_from_text(REWRITE))
    notes = [change.note for changes in comparison.changes.values() for change in changes]
    assert any(note.startswith(f"quote marks removed: “{PART.rstrip('.')}”") for note in notes), notes
    found = list_findings(comparison)
    assert any(f.kind is FindingKind.QUOTE_MARKS and "quote marks removed" in f.text for f in found)
