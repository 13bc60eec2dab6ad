"""The shortcuts of the wording checks (issue 15's cost) skip only work that cannot find anything."""

from __future__ import annotations

import pytest

from core.facts.wording import titles
from core.facts.wording.scan import scan, token_words, words_of


def _no_token_read(low: str) -> list[str] | None:
    raise AssertionError(f"title words read one by one: {low!r}")


def test_a_text_without_an_office_is_not_read_for_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    # "first", "state", "city", "party" and "home" are title modifiers, but a title holds an office
    text = "The first state visit to the city was a party at home."
    monkeypatch.setattr(titles, "_parts", _no_token_read)
    assert titles.title_units(scan(text)) == []


def test_a_text_with_an_office_is_still_read_for_titles() -> None:
    found = titles.title_units(scan("The city council leader and the former home secretary met."))
    assert [unit.text for unit in found] == ["city council leader", "former home secretary"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Leeds said the O’Neill family's well-known shop had closed.",
        "The U.S. envoy met “the mayor” — and left.",
        "Ann Lee, the mayor, said it was 90C at 3pm on the 1st!",
        "Nobody came!",
    ],
)
def test_the_words_of_a_text_are_its_tokens_unless_it_holds_a_figure_or_an_exclamation_mark(text: str) -> None:
    tokens = scan(text).words
    words = token_words(tokens, text)
    assert words == token_words(tokens) == words_of(text)  # the short way and the long way agree
    assert (words is tokens) == (not any(c.isdigit() or c == "!" for c in text))  # no copy without a figure or "!"


@pytest.mark.parametrize(
    ("text", "shouted"),
    [
        ("It was HUGE news", True),
        ("The BBC and NHS", False),
        ("ÉTAT, naïve ABCD’s", True),
        ("", False),
        ("AAA A", False),
    ],
)
def test_four_capitals_in_a_row_are_found_by_a_byte_search(text: str, shouted: bool) -> None:
    from core.facts.wording.scan import has_shout

    assert has_shout(text) is shouted


def test_a_check_without_items_of_its_kind_is_not_called(monkeypatch: pytest.MonkeyPatch) -> None:
    from core import compare
    from core.facts.wording import detect

    def no_call(*args: object) -> None:
        raise AssertionError("a check called with no item of its kind on either side")

    for check in ("_negation", "_hedge", "_loaded", "_time"):
        monkeypatch.setattr(detect, check, no_call)
    a, b = "Police said the van overturned near Leeds.", "Officers claimed the lorry overturned near York."
    notes = [change.note for change in detect.substantive_changes(a, b, compare(a, b).links[0].diff)]
    assert notes == ["reporting verb: said -> claimed", "name changed: Leeds -> York"]


@pytest.mark.parametrize(
    "text",
    ["Mayor Ann O’Neill-Smith met AT&T's CEO", "naïve Éric and ÆON, x2Y _Z a'B -C", "", "ABC", "fooBar Baz.Qux"],
)
def test_the_precheck_finds_the_capitalised_words_a_word_boundary_finds(text: str) -> None:
    import re

    from core.facts.wording import precheck

    by_boundary = re.compile(r"\b[A-Z][\w'’-]*")
    assert precheck._CAPITALISED.findall(text) == by_boundary.findall(text)
    if text.isascii():
        assert precheck._CAPITALISED_ASCII.findall(text) == re.compile(by_boundary.pattern, re.ASCII).findall(text)


def test_acronyms_are_spelled_out_only_for_a_name_its_keys_do_not_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.facts.wording import names

    def no_spelling(*args: object) -> None:
        raise AssertionError("an acronym looked up for a name the other side has")

    monkeypatch.setattr(names, "_spelled", no_spelling)
    left, right = scan("The NHS said Leeds was ready."), scan("Leeds is ready, the NHS said.")
    assert names.name_changes(left, right, [(0, (0, 29), (0, 29))]) == []


def test_an_acronym_spelled_out_is_still_the_same_name() -> None:
    from core.facts.wording import names

    left, right = scan("The National Health Service said so."), scan("The NHS said so.")
    assert names.name_changes(left, right, [(0, (4, 30), (4, 7))]) == []
