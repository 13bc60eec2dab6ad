"""Quote speakers a code review found wrong: a weekday before "saying" is no speaker, and of two roles that speak
in one sentence the one nearest the quote says it."""

from __future__ import annotations

from core import article_from_text
from core.facts.quotes import extract_quotes

HEAD = (
    "Storm closes the coast road\n\n"
    "The coast road was shut overnight after waves damaged the sea wall near the harbour.\n\n"
)
TAIL = "\n\nThe road is expected to reopen at the weekend, engineers said after an inspection.\n"


def speakers(paragraph: str) -> list[str]:
    return [q.speaker for q in extract_quotes(article_from_text(HEAD + paragraph + TAIL, "a.txt"))]


def test_a_weekday_before_saying_is_no_speaker() -> None:
    assert "Monday" not in speakers('Police issued a warning on Monday saying "stay indoors until the wind drops".')


def test_the_role_nearest_the_quote_says_it() -> None:
    found = speakers('Repairs usually take a week, the council said, but a resident said: "It took a month last time."')
    assert found == ["a resident"]
