"""A negation said twice over the same thing is no negation added (``core.facts.wording.detect``)."""

from __future__ import annotations

from core import compare, document_from_text


def _notes(original: str, rewrite: str) -> list[str]:
    comparison = compare(document_from_text(original), document_from_text(rewrite))
    return [change.note for changes in comparison.changes.values() for change in changes]


def test_a_negation_told_again_over_the_same_word_is_not_added() -> None:
    original = "The inspector said the bridge had stood without a guard rail on either side for a month."
    rewrite = "The inspector said the bridge had stood without rails, and for a month there was no guard rail at all."
    assert not [note for note in _notes(original, rewrite) if note.startswith("negation")]


def test_a_negation_over_another_word_is_still_added() -> None:
    original = "The inspector said the bridge had stood without a guard rail on either side for a month."
    rewrite = "The inspector said the bridge had stood without a guard rail for a month, and no repair was made."
    assert any(note.startswith("negation added") for note in _notes(original, rewrite))
