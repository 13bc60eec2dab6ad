"""A word standing alone in a text is found by a string search (``core.facts.wording.standing``), as the regex it
replaces found it, and the names checks compile no pattern for each word they look up (issue 15's cost)."""

from __future__ import annotations

import re

import pytest

from core.facts.wording import sentence_names, short_forms
from core.facts.wording.scan import scan
from core.facts.wording.standing import standing

TEXTS = [
    "Security said the security of it was tight.",
    "The security-minded staff and security’s chief met; security_code, insecurity.",
    "P&O's ships, P&O’s crew, P&O-run ferries, P&Os, (P&O) and P&O.",
    "Leeds A&E, Leeds's hospital, leeds, Leeds-born, Leeds1 and Leeds.",
    "Naïve résumé: résumés, a résumé’s, résumé.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("word", ["security", "P&O", "Leeds", "leeds", "résumé", "s"])
def test_standing_finds_what_the_regex_finds(text: str, word: str) -> None:
    for joining, endings, pattern in (("'’-", ("",), ""), ("&'’-", ("'s", "’s", ""), "(?:['’]s)?")):
        regex = rf"(?<![\w{re.escape(joining)}]){re.escape(word)}{pattern}(?![\w{re.escape(joining)}])"
        assert list(standing(text, word, joining, endings)) == [m.span() for m in re.finditer(regex, text)]


def _no_compile(*args: object, **kwargs: object) -> re.Pattern[str]:
    raise AssertionError("a pattern compiled for one word")


def test_names_look_words_up_without_compiling_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    s = scan("Haddad said the port would reopen. Vantage said so, from a vantage point.")
    other = "Staff at P&O’s port said P&O would sail."
    monkeypatch.setattr(re, "search", _no_compile)
    monkeypatch.setattr(re, "finditer", _no_compile)
    assert [sentence_names.speaker_at_start(s, k) for k in (0, 6)] == [True, False]
    assert short_forms.short_form("P&O Ferries", other)
