"""With several sources, each rewrite sentence is linked to the version of it the rewrite was written from."""

from __future__ import annotations

from core import combine_sources, compare, document_from_text
from core.engine import Verdict
from core.facts import FigureStatus

FIRST_TAKE = "\n\n".join(
    [
        "Ferry service to Inchmore suspended after hull damage",
        (
            "The only ferry to the island of Inchmore has been taken out of service after its hull was damaged on"
            " rocks near the pier."
        ),
        ("The operator, Clyde Link, said repairs would be finished and the MV Sorrel would sail again on Monday."),
        "About 400 islanders depend on the crossing for food deliveries, medical visits and school.",
        'Councillor Iain Baird said the island had been left "cut off at the worst possible time".',
        "A fishing boat has been chartered to carry urgent medical supplies.",
    ]
)

FOLLOW_UP = "\n\n".join(
    [
        "Inchmore ferry repairs delayed as parts fail to arrive",
        (
            "Islanders on Inchmore face a longer wait for their ferry after replacement parts for the damaged "
            "vessel were held up in Glasgow."
        ),
        ("Clyde Link said on Thursday that repairs would be finished and the MV Sorrel would sail again on Friday."),
        "The company has apologised and promised free crossings for a month once the service resumes.",
        "Shopkeepers on the island say fresh milk and bread have run out.",
    ]
)

COMBINED = "\n\n".join(
    [
        "Inchmore still waiting for its ferry",
        (
            "The only ferry to the island of Inchmore was taken out of service after its hull was damaged on "
            "rocks near the pier."
        ),
        (
            "Replacement parts for the damaged vessel were held up in Glasgow, and Clyde Link said repairs would "
            "be finished and the MV Sorrel would sail again on Friday."
        ),
        "About 400 islanders depend on the crossing for food deliveries, medical visits and school.",
        "The company has apologised and promised free crossings for a month once the service resumes.",
    ]
)


# Three reports on one town's flood barrier, and a feature that takes one sentence from each: under the share two
# texts on one subject have by chance for each of them.
BARRIER_VOTE = "\n\n".join(
    [
        "Council approves Wyreford flood barrier",
        "Wyreford council voted on Tuesday to build a removable flood barrier along the quay.",
        "The barrier will cost £2.1m and should be finished before next winter.",
        (
            "Engineer Martha Quigley told councillors that the steel panels could be slotted into place by a crew"
            " of six in under four hours."
        ),
        "Opposition members wanted the money spent on dredging instead.",
    ]
)

TRADERS = "\n\n".join(
    [
        "Wyreford traders split over quay works",
        "Shop owners on Wyreford quay are divided over the new flood barrier.",
        ("Café owner Dev Malhotra said the panels would hide the river view that draws his customers in summer."),
        "Others say insurance premiums have doubled since the last flood.",
        "The chamber of commerce will hold a public meeting next month.",
    ]
)

DESIGN = "\n\n".join(
    [
        "Wyreford barrier design unveiled",
        "Drawings of the Wyreford flood barrier were put on show at the library on Thursday.",
        (
            "The design borrows from barriers already used in several Dutch river towns, where panels are stored "
            "in a depot on high ground."
        ),
        "Visitors were invited to leave comments before the plans go to the planning committee.",
        "A model of the quay will stay on display until the end of the month.",
    ]
)

FEATURE = "\n\n".join(
    [
        "Will Wyreford's barrier keep the river out?",
        "Residents of Wyreford have lived with the threat of flooding for as long as anyone can remember.",
        (
            "The last serious flood, in 2019, reached the doorsteps of the houses on Mill Row and ruined the "
            "ground floor of the old granary."
        ),
        "Now the town is getting a barrier, and opinion is divided.",
        (
            "The steel panels could be slotted into place by a crew of six in under four hours, according to the "
            "engineers."
        ),
        "Some fear the panels would hide the river view that draws visitors in summer.",
        (
            "Panels are stored in a depot on high ground until a warning comes, as in the Dutch towns whose "
            "barriers the design borrows from."
        ),
        (
            "Pensioner Gwen Ellis, who has lived on Mill Row for fifty years, says she will believe it works when"
            " she sees it."
        ),
        (
            "The Environment Agency says the river is rising higher each decade, and that doing nothing is not an"
            " option."
        ),
        "Whatever happens, the people of Wyreford will be watching the water closely this winter.",
    ]
)


def test_a_follow_ups_sentence_is_linked_to_the_follow_up_and_no_date_changes() -> None:
    left = combine_sources([document_from_text(FIRST_TAKE, name="first"), document_from_text(FOLLOW_UP, name="next")])
    result = compare(left, COMBINED)
    friday = next(sid for sid in result.right.sentence_ids() if "Friday" in result.right.sentence(sid).text)
    link = next(link for link in result.links if friday in link.right)
    assert {result.left.paragraphs[sid.paragraph].source for sid in link.left} == {1}, "the follow-up's version"
    changed = [f for f in result.numbers if f.status is FigureStatus.CHANGED]
    assert not changed, [(f.left.text if f.left else "", f.right.text if f.right else "") for f in changed]


def test_chance_sharing_with_each_of_several_sources_does_not_add_up() -> None:
    sources = [document_from_text(text, name=f"s{k}") for k, text in enumerate((BARRIER_VOTE, TRADERS, DESIGN))]
    alone = [compare(source, FEATURE).summary for source in sources]
    assert all(s is not None and s.verdict is Verdict.INDEPENDENT and s.taken_share > 0 for s in alone)
    together = compare(combine_sources(sources), FEATURE).summary
    assert together is not None
    assert together.verdict is Verdict.INDEPENDENT, together.verdict_reason
    assert together.taken_from_sources == tuple(s.taken_share for s in alone if s is not None)
    assert "share by chance" in together.verdict_reason
    assert all(f"S{k + 1} {round(share * 100)}%" in together.verdict_reason for k, share in enumerate(
        together.taken_from_sources))  # fmt: skip


def test_a_source_among_others_never_gets_more_than_alone() -> None:
    """The first take and the follow-up share a sentence: together, the follow-up's version takes it from the
    first take, which keeps the rest of its share."""
    first, follow_up = document_from_text(FIRST_TAKE, name="first"), document_from_text(FOLLOW_UP, name="next")
    together = compare(combine_sources([first, follow_up]), COMBINED).summary
    alone = [compare(source, COMBINED).summary for source in (first, follow_up)]
    assert together is not None and all(s is not None for s in alone)
    shares = together.taken_from_sources
    assert len(shares) == 2 and all(share > 0 for share in shares)
    assert all(share <= s.taken_share for share, s in zip(shares, alone, strict=True) if s is not None)
    assert shares[0] < alone[0].taken_share  # type: ignore[union-attr]  # the Friday sentence went to the follow-up
    assert together.taken_share >= max(shares)


def test_a_sentence_copied_word_for_word_from_each_source_is_no_chance() -> None:
    """Each source gives the feature one sentence, copied whole: under the independence share each, but a long
    unchanged run is copying, not what two texts on one subject share, so the two count together."""
    sources = [document_from_text(text, name=f"s{k}") for k, text in enumerate((TRADERS, DESIGN))]
    copied = [
        "Café owner Dev Malhotra said the panels would hide the river view that draws his customers in summer.",
        "Drawings of the Wyreford flood barrier were put on show at the library on Thursday.",
    ]
    own = [p for k, p in enumerate(FEATURE.split("\n\n")) if k not in (5, 6)]
    feature = "\n\n".join([*own[:4], copied[0], copied[1], *own[4:6]])
    alone = [compare(source, feature).summary for source in sources]
    assert all(s is not None and s.verdict is Verdict.INDEPENDENT for s in alone)
    together = compare(combine_sources(sources), feature).summary
    assert together is not None
    assert together.verdict is Verdict.PARTIALLY_DERIVED, together.verdict_reason
    assert "copied word for word" in together.verdict_reason
