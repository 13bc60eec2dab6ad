"""The wording checks (core.facts.wording): each kind found, its traps left alone, and the gold set sampled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import compare
from core.facts.wording import Change, ChangeKind, link_changes, substantive_changes

GOLD = Path(__file__).resolve().parents[2] / "bench" / "data" / "substantive_gold.jsonl"


def changes(left: str, right: str) -> list[Change]:
    comparison = compare(left, right)
    found = link_changes(comparison.left, comparison.right, comparison.links, comparison.numbers, comparison.quotes)
    return [change for index in sorted(found) for change in found[index]]


def kinds(left: str, right: str) -> list[str]:
    return [change.kind.value for change in changes(left, right)]


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("The inspectors said the pipes were sound.", "The inspectors conceded the pipes were sound.", "attribution"),
        ("The pipes were sound, the inspectors said.", "The pipes were sound.", "attribution"),
        ("The pipes were sound.", "The pipes were sound, according to the owners.", "attribution"),
        ("Neighbours said the pipes were sound.", "Plumbers said the pipes were sound.", "attribution"),
        ("The owner hid the keys.", "The owner reportedly hid the keys.", "hedge"),
        ("The owner is thought to have hid the keys.", "The owner hid the keys.", "hedge"),
        ("The club will sell the ground.", "The club might sell the ground.", "hedge"),
        ("The club must sell the ground.", "The club should sell the ground.", "hedge"),
        ("The club sold the ground.", "The club never sold the ground.", "negation"),
        ("The club hasn't sold the ground.", "The club has sold the ground.", "negation"),
        ("The club sold the ground to Marlow Estates.", "The club sold the ground to Fenwick Homes.", "names"),
        ("The ferry sailed to Oslo.", "The ferry sailed to Bergen.", "names"),
        ("The club sold the ground.", "The club sold the ground in a humiliating climbdown.", "loaded"),
        ("The club sold the ground.", "The club sold the ground!", "loaded"),
        ("The club sold the ground yesterday.", "The club sold the ground last month.", "time"),
        ("The club sold 40 acres.", "The club sold 60 acres.", "figure"),
        ('The chairman called it "a sad day".', 'The chairman called it "a dark day".', "quote"),
    ],
)
def test_each_kind_is_found(left: str, right: str, kind: str) -> None:
    assert kind in kinds(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The club is not expected to sell the ground.", "The club is expected not to sell the ground."),
        ("The chairman said the club would sell.", "The chairman says the club will sell."),
        ("The chairman stated that the club had sold.", "The chairman told fans the club had sold."),
        ("The Royal Society for the Protection of Birds bought it.", "The RSPB bought it."),
        ("Martin Ruiz, the chairman, sold it.", "The chairman, Mr Ruiz, sold it."),
        ("The Norwegian navy sailed in May.", "The navy of Norway sailed in May."),
        ("The harbour was modernised.", "The harbor was modernized."),
        ("The club didn't sell the ground.", "The club did not sell the ground."),
        ("The ground may flood.", "The ground might flood."),
        ("The club has never sold land.", "The club never sold land."),
        ("The club could not sell.", "The club was unable to sell."),
    ],
)
def test_cosmetic_rewordings_are_left_alone(left: str, right: str) -> None:
    assert kinds(left, right) == []


def test_change_words_and_spans() -> None:
    left, right = "Police said the van was stolen.", "Police alleged the van was stolen."
    diff = compare(left, right).links[0].diff
    (change,) = substantive_changes(left, right, diff)
    assert (change.kind, change.left, change.right) == (ChangeKind.ATTRIBUTION, "said", "alleged")
    assert [left[a:b] for a, b in change.left_spans] == ["said"]
    assert [right[a:b] for a, b in change.right_spans] == ["alleged"]


def test_unchanged_link_has_no_changes() -> None:
    text = "Police said the van, not the car, was stolen yesterday in Leeds."
    assert substantive_changes(text, text, compare(text, text).links[0].diff) == ()


def test_time_shift_the_dates_predict_is_noted() -> None:
    left, right = "The bridge reopened today.", "The bridge reopened yesterday."
    diff = compare(left, right).links[0].diff
    (expected,) = substantive_changes(left, right, diff, days_apart=1)
    (unexpected,) = substantive_changes(left, right, diff, days_apart=3)
    assert "as the dates predict" in expected.note
    assert "as the dates predict" not in unexpected.note


def test_changes_are_ranked_heaviest_first() -> None:
    found = changes("Officials said 12 boats sank.", "12 boats sank in a shocking disaster, and 30 did not.")
    ranks = [kind.value for kind in ChangeKind]
    order = ["figure", "quote", "negation", "attribution", "names", "hedge", "loaded", "time"]
    assert set(ranks) == set(order)
    positions = [order.index(change.kind.value) for change in found]
    assert positions == sorted(positions) and len(positions) >= 2


def test_stop_hook_ends_early() -> None:
    comparison = compare("The fleet said it sailed.", "The fleet claimed it sailed.")
    found = link_changes(comparison.left, comparison.right, comparison.links, (), (), stop=lambda: True)
    assert found == {}


def test_gold_sample_agrees_by_kind() -> None:
    pairs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()][::4]
    agreed = sum(sorted(kinds(p["left"], p["right"])) == sorted(c["kind"] for c in p["changes"]) for p in pairs)
    assert agreed >= 0.85 * len(pairs)


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("The president opened the new bridge.", "The prime minister opened the new bridge.",
         "title changed: president -> prime minister"),
        ("The minister resigned after the vote.", "The deputy minister resigned after the vote.",
         "title added: deputy minister"),
        ("The former governor toured the docks.", "The governor toured the docks.",
         "title dropped: former governor"),
        ("The vice-president chaired the meeting.", "The president chaired the meeting.",
         "title changed: vice-president -> president"),
    ],
)  # fmt: skip
def test_a_lower_case_office_title_changed_is_a_name_change(left: str, right: str, note: str) -> None:
    found = [change for change in changes(left, right) if change.kind is ChangeKind.NAMES]
    assert [change.note for change in found] == [note]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The health minister opened the clinic.", "The minister for health opened the clinic."),  # reordered
        ("The president spoke first.", "The President spoke first."),  # capitals only
        ("The president met the minister.", "The minister met the president."),  # moved
        ("The mayor announced that the fair would go ahead.", "The fair would go ahead."),  # the attribution's
        ("The chief worry was the cost of the bridge.", "The worry was the cost of the bridge."),  # an adjective
    ],
)
def test_titles_only_moved_recased_or_part_of_an_attribution_are_not_name_changes(left: str, right: str) -> None:
    assert "names" not in kinds(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The pact was signed by the Danish premier, Lars Holm, in Oslo.", "The pact was signed by Lars Holm in Oslo."),
        ("Ruth Akers, the county sheriff, closed the road.", "Ruth Akers closed the road."),
        ("The ferry was launched by mayor Ines Duval on Friday.", "The ferry was launched by Ines Duval on Friday."),
        ("Jon Vik, a former ambassador, wrote the letter.", "Jon Vik wrote the letter."),
    ],
)  # fmt: skip
def test_a_title_dropped_beside_a_name_both_keep_is_cosmetic(left: str, right: str) -> None:
    assert "names" not in kinds(left, right)  # the same person is meant, and no other role is claimed


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ("The former mayor Ines Duval opened the ferry.", "The mayor Ines Duval opened the ferry.",
         "title dropped: former mayor"),  # the office stays, its "former" goes: a role changed
        ("The sheriff, Ruth Akers, closed the road.", "The deputy sheriff, Ruth Akers, closed the road.",
         "title added: deputy sheriff"),
        ("Ruth Akers closed the road.", "The sheriff, Ruth Akers, closed the road.", "title added: sheriff"),
        ("The sheriff and Ruth Akers closed the road.", "Ruth Akers closed the road.", "title dropped: sheriff"),
    ],
)  # fmt: skip
def test_a_title_beside_a_name_that_changes_a_role_or_another_person_is_reported(
    left: str, right: str, note: str
) -> None:
    assert [c.note for c in changes(left, right) if c.kind is ChangeKind.NAMES] == [note]


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("The couple ran the scheme from a garage.", "The couple are alleged to have run the scheme from a garage.",
         "hedge"),  # "is alleged to", like "is said to"
        ("The ferry will sail at the end of the month.", "The ferry will sail at the end of the year.", "time"),
        ("The club will move grounds next season.", "The club will move grounds this season.", "time"),
        ("Fuel prices rose in the spring.", "Fuel prices skyrocketed in the spring.", "loaded"),
        ("The review criticised the council.", "The damning review criticised the council.", "loaded"),
        ("The keeper made a mistake late on.", "The keeper made a howler late on.", "loaded"),
    ],
)  # fmt: skip
def test_wording_found_beyond_the_first_word_lists(left: str, right: str, kind: str) -> None:
    assert kinds(left, right) == [kind]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The coroner, who led the hearing, told the jury the crash was an accident.",
         "The coroner, who led the hearing, told jurors the crash was an accident."),  # the addressed, no speaker
        ("The Civil Aviation and Safety Authority grounded the jets, the airline said.",
         "The CASA grounded the jets, the airline said."),  # an acronym skips "and"
    ],
)  # fmt: skip
def test_addressees_and_acronyms_with_and_are_cosmetic(left: str, right: str) -> None:
    assert kinds(left, right) == []


def test_a_title_dropped_beside_a_name_is_reported_when_the_rewrite_gives_another_title_elsewhere() -> None:
    left = "Ines Duval, the deputy mayor of the town, opened the new ferry terminal on Friday."
    right = "The governor Ines Duval opened the new ferry terminal on Friday."  # another role, in another place
    notes = [c.note for c in changes(left, right) if c.kind is ChangeKind.NAMES]
    assert notes == ["title added: governor", "title dropped: deputy mayor"]


def test_a_span_of_time_said_without_a_number_is_a_time_reference() -> None:
    from core import compare as compare_texts

    def notes(left: str, right: str) -> list[str]:
        comparison = compare_texts(left, right)
        return [c.note for changes in comparison.changes.values() for c in changes if c.kind is ChangeKind.TIME]

    assert notes(
        "The pier was neglected for decades, residents said.", "The pier was neglected for years, residents said."
    ) == ["time reference: for decades -> for years"]
    assert (
        notes(
            "The pier was neglected for years, residents said.",
            "The pier was neglected for many years, residents said.",
        )
        == []
    )
    assert notes("The mine has been shut for months.", "The mine shut months ago.") == [
        "time reference: for months -> months ago"
    ]
