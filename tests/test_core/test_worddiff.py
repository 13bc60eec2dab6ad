"""Word diffs: exact rebuilding of both texts, figures kept whole, no confetti, and the ignore options."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core import CompareOptions, OpKind
from core.diff.worddiff import _straight_quotes, tokenize, word_diff


def marked(left: str, right: str, options: CompareOptions | None = None) -> str:
    ops = word_diff(left, right, options or CompareOptions())
    assert "".join(op.left for op in ops) == left
    assert "".join(op.right for op in ops) == right
    return "".join(op.left if op.op is OpKind.EQUAL else f"[{op.left.strip()}->{op.right.strip()}]" for op in ops)


def test_numbers_are_single_tokens() -> None:
    assert [t.text for t in tokenize("About 11,000 troops, 2.5% of mid-January's total.")] == [
        "About",
        "11,000",
        "troops",
        ",",
        "2.5",
        "%",
        "of",
        "mid-January's",
        "total",
        ".",
    ]


def test_changed_qualifier_shows_beside_an_unchanged_figure() -> None:
    text = marked(
        "Officials said about 300 soldiers were killed.", "Officials said more than 300 soldiers were killed."
    )
    assert text == "Officials said [about->more than]300 soldiers were killed."


def test_changed_figure_is_its_own_change() -> None:
    assert marked("A force of 11,000 troops.", "A force of 12,000 troops.") == "A force of [11,000->12,000]troops."


def test_function_word_islands_are_folded_into_the_change() -> None:
    text = marked(
        "The minister resigned in the morning after the vote.",
        "The secretary quit during the afternoon following the vote.",
    )
    assert "[the" not in text.lower().replace("[minister", "")  # no lone "the" kept between two edits
    assert text.endswith("the vote.")
    assert text.count("[") == 1


def test_figures_between_edits_are_never_folded() -> None:
    text = marked(
        "At least 300 people were killed and more than 2,700 wounded in the attack.",
        "About 300 people died and some 2,700 were injured in the assault.",
    )
    assert "300 people" in text and "2,700" in text.replace("[", " ")


def test_offsets_point_into_the_texts() -> None:
    left, right = "Prices rose sharply in May.", "Prices fell slightly in May."
    for op in word_diff(left, right, CompareOptions()):
        assert left[op.left_start : op.left_start + len(op.left)] == op.left
        assert right[op.right_start : op.right_start + len(op.right)] == op.right


def test_ignore_case() -> None:
    left, right = "The Prime Minister spoke.", "the prime minister spoke."
    assert all(op.op is OpKind.EQUAL for op in word_diff(left, right, CompareOptions(ignore_case=True)))
    assert any(op.op is not OpKind.EQUAL for op in word_diff(left, right, CompareOptions()))


def test_ignore_punctuation() -> None:
    left, right = "Yes, he said; it was over.", "Yes he said it was over!"
    assert all(op.op is OpKind.EQUAL for op in word_diff(left, right, CompareOptions(ignore_punctuation=True)))
    assert marked(left, right, CompareOptions(ignore_punctuation=True)) == left


def test_quote_style_is_ignored_by_default_and_can_count() -> None:
    left, right = "She called it “a disgrace”.", 'She called it "a disgrace".'
    assert all(op.op is OpKind.EQUAL for op in word_diff(left, right, CompareOptions()))
    assert any(op.op is not OpKind.EQUAL for op in word_diff(left, right, CompareOptions(ignore_quote_style=False)))


def test_only_punctuation_on_one_side() -> None:
    assert marked("...", "Words here.", CompareOptions(ignore_punctuation=True)) == "[...->Words here.]"


def test_a_shared_content_word_between_two_long_edits_stays_verbatim() -> None:
    text = marked(
        "Rescue teams working through the whole night reached survivors trapped beneath the station rubble.",
        "Volunteers and firefighters digging by hand since dusk reached people buried under collapsed homes nearby.",
    )
    assert "]reached [" in text  # a word both texts share is not shown as changed, whatever surrounds it


@given(st.text(alphabet="ab ,.“”„«»‘’‚'\"é"))
def test_straight_quotes_maps_each_mark_as_a_table_would(text: str) -> None:
    table = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
    assert _straight_quotes(text) == text.translate(table)
