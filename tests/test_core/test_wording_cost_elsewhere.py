"""The shortcuts of the neighbouring-link checks (``core.facts.wording.elsewhere``, issue 15's cost) skip only
work that cannot find anything: a text is split into words, and a neighbour read alone, only when it holds the
name's words."""

from __future__ import annotations

import pytest

from core import compare
from core.facts.wording import ChangeKind, link_changes
from core.facts.wording import elsewhere as ew


class _Unsplittable(str):
    def split(self, *args: object, **kwargs: object) -> list[str]:
        raise AssertionError("the text was split into words")


def test_a_text_without_a_names_word_is_not_split() -> None:
    text = _Unsplittable(ew._folded("The road through Holmcote reopened at noon."))
    assert ew._named_in(text, {("b4520",), ("ashby", "road")}) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The B4520 near Holmcote was shut.", {("b4520",)}),
        ("Diversions ran through Ashby-de-la-Zouch.", set()),  # "ashby" and "road" both in it, "road" as no word
        ("Traffic on Ashby Road, “the B4520”, was light.", {("b4520",), ("ashby", "road")}),
        ("The firm’s B4520s were new.", set()),  # "b4520" inside a longer word only
    ],
)
def test_a_name_is_found_where_every_word_of_it_is_a_word_of_the_text(
    text: str, expected: set[tuple[str, ...]]
) -> None:
    folded = ew._folded(text)
    names = {("b4520",), ("ashby", "road")}
    words = {word.strip(ew._EDGES) for word in folded.split()}  # the words as the check always read them
    assert ew._named_in(folded, names) == {name for name in names if set(name) <= words} == expected


def _no_neighbour_read(*args: object) -> bool:
    raise AssertionError("a neighbouring link was read for a name that none of them holds")


def test_neighbours_without_the_names_last_word_are_not_read_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    left = "Priya Raman said the pier was unsafe. Repairs will begin next month."
    right = "The pier is unsafe, officials said. Repairs will begin next month."
    monkeypatch.setattr(ew, "_moved", _no_neighbour_read)
    c = compare(left, right)
    found = link_changes(c.left, c.right, c.links, c.numbers, c.quotes)
    assert [x.note for x in found[0] if x.kind is ChangeKind.NAMES] == ["name dropped: Priya Raman"]
