"""With several sources, each rewrite sentence is linked to the version of it the rewrite was written from."""

from __future__ import annotations

from core import combine_sources, compare, document_from_text
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


def test_a_follow_ups_sentence_is_linked_to_the_follow_up_and_no_date_changes() -> None:
    left = combine_sources([document_from_text(FIRST_TAKE, name="first"), document_from_text(FOLLOW_UP, name="next")])
    result = compare(left, COMBINED)
    friday = next(sid for sid in result.right.sentence_ids() if "Friday" in result.right.sentence(sid).text)
    link = next(link for link in result.links if friday in link.right)
    assert {result.left.paragraphs[sid.paragraph].source for sid in link.left} == {1}, "the follow-up's version"
    changed = [f for f in result.numbers if f.status is FigureStatus.CHANGED]
    assert not changed, [(f.left.text if f.left else "", f.right.text if f.right else "") for f in changed]
