"""Cleaning a long text a piece of lines at a time (so no one regular-expression call holds the interpreter for
long) gives exactly the text that cleaning it in one pass gives, wherever the pieces end."""

from __future__ import annotations

import random

import pytest

from core.load import decode

ALPHABET = "ab \n\r\u00a0\u200b\x01\u2028\u2029\t\ufeff"


def test_pieces_end_after_a_newline_and_cover_the_text() -> None:
    text = "one\r\ntwo\nthree\r\n\nfour"
    pieces = list(decode._pieces(text, 2))
    assert "".join(pieces) == text and len(pieces) > 2
    assert all(piece.endswith("\n") for piece in pieces[:-1])


@pytest.mark.parametrize("size", [1, 3, 17])
def test_cleaning_in_pieces_is_cleaning_at_once(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    rng = random.Random(size)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300))) for _ in range(200)]
    whole = [decode.clean_text(text) for text in texts]  # pieces far longer than any text: one pass each
    monkeypatch.setattr(decode, "CLEAN_PIECE", size)
    assert [decode.clean_text(text) for text in texts] == whole
    assert any(len(list(decode._pieces(text, size))) > 3 for text in texts)  # really cut into pieces
