"""The shortcuts of the wording checks (issue 15's cost) skip only work that cannot find anything."""

from __future__ import annotations

import pytest

from core.facts.wording import titles
from core.facts.wording.scan import scan


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
