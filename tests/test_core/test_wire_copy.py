"""Agency wire copy in the 7-bit feed style loads as an article; real binary data is still refused."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from core import LoadError, LoadFailure, article_from_text, compare, load_article
from core.facts import FigureKind, extract_figures

STORY = [
    "Families whose homes were flooded last week are to receive grants of up to £30,000 each, the council "
    "announced today.",
    "The money will come from an emergency fund set up after the river burst its banks on Tuesday night.",
    "“We are relieved that help is finally on its way,” said one resident, who asked not to be named.",
    "Council leader Mary Hollis said the first payments would be made within a fortnight.",
    "“Nobody should have to wait months to rebuild their lives,” she said.",
    "Around 400 homes in the valley were damaged, and 35 people spent three nights in a school hall.",
    "Engineers are still assessing the damage to two road bridges north of the town.",
    "The Environment Agency said river levels had fallen but warned of more rain at the weekend.",
    "Insurers estimate the total cost of the flooding at more than £12m.",
    "A public meeting will be held at the town hall on Thursday evening.",
]


def feed_story(paragraphs: list[str], mark: str = "\x19", framed: bool = True) -> str:
    """One story as a UK 7-bit feed sends it: £ as #, TeX quotes, hard wraps, '<' ends, a slug block."""
    body = []
    for paragraph in paragraphs:
        seven_bit = paragraph.replace("£", "#").replace("“", "``").replace("”", "''")
        lines = textwrap.wrap(seven_bit, width=72)
        lines[-1] += "<"
        body.append(mark + "\n".join(lines))
    slug = [
        "-" * 60,
        "09:12 14/06/01: Page 2 (HHH) HOME Flood",
        "-" * 60,
        "HOME Flood",
        "By Peter Marsh, PA News",
    ]
    text = "\n".join([*slug, *body[:5], "more", *body[5:], "ends"]) + "\n"
    return f"\x01PA0123 4 hhh 0912\n\x02{text}\x03" if framed else text


def test_a_feed_story_with_control_bytes_loads_as_an_article(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    data = feed_story(STORY).encode("ascii")
    assert data.count(b"\x19") == 10
    path.write_bytes(data)
    document = load_article(path)
    assert [p.text for p in document.paragraphs] == STORY
    assert document.byline == "By Peter Marsh, PA News"
    for line in ("09:12 14/06/01: Page 2 (HHH) HOME Flood", "HOME Flood", "more", "ends"):
        assert line in document.boilerplate
    assert any(line.startswith("-----") for line in document.boilerplate)
    assert "PA0123 4 hhh 0912" in document.boilerplate


def test_a_feed_without_control_bytes_is_recognised_by_its_habits() -> None:
    document = article_from_text(feed_story(STORY, mark="", framed=False))
    assert [p.text for p in document.paragraphs] == STORY
    assert "ends" in document.boilerplate and document.byline == "By Peter Marsh, PA News"


def test_pound_signs_and_tex_quotes_are_read_only_in_a_feed() -> None:
    wire = article_from_text(feed_story(STORY))
    money = [f for f in extract_figures(wire.paragraphs[0].text) if f.kind is FigureKind.MONEY]
    assert [(f.text, f.unit, f.low) for f in money] == [("up to £30,000", "£", 30000.0)]
    plain = article_from_text(
        "Ticket #30,000 was sold on Monday, the organisers of the fair said in a statement.\n\n"
        "They called it ``a record'' for the event, which began in 1990 and now draws big crowds."
    )
    assert "#30,000" in plain.paragraphs[0].text and "£" not in plain.paragraphs[0].text
    assert "``a record''" in plain.paragraphs[1].text


def test_the_feed_copy_compares_cleanly_with_the_published_story() -> None:
    published = article_from_text("Flood grants announced\n\n" + "\n\n".join(STORY))
    comparison = compare(article_from_text(feed_story(STORY)), published)
    assert all(link.kind.value == "identical" for link in comparison.links)
    assert {f.status.value for f in comparison.numbers} == {"same"}
    assert {q.status.value for q in comparison.quotes} <= {"verbatim", "kept"}


def binary_files() -> list[tuple[str, bytes]]:
    noise = random.Random(12).randbytes(4096)
    return [
        ("png", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8),
        ("jpeg", b"\xff\xd8\xff\xe0" + bytes(range(1, 256)) * 8),
        ("elf", b"\x7fELF\x02\x01\x01" + b"\x3e" * 100),
        ("exe", b"MZ\x90\x00\x03" + b"\xff" * 100),
        ("zip", b"PK\x03\x04\x14" + b"x" * 100),
        ("gif", b"GIF89a\x10\x00\x10\x00\x80" + b"\x01" * 50),
        ("nul-filled", b"\x00" * 2048),
        ("noise without NUL", noise.replace(b"\x00", b"\x01")),
    ]


@pytest.mark.parametrize(("kind", "data"), binary_files(), ids=[kind for kind, _ in binary_files()])
def test_real_binary_files_are_still_refused(tmp_path: Path, kind: str, data: bytes) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError) as caught:
        load_article(path)
    assert caught.value.reason is LoadFailure.BINARY
    assert str(caught.value) == "photo.txt is not a text file (it holds binary data)"


def test_text_that_starts_like_a_signature_word_is_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("RIFF between the two unions grew on Monday as talks collapsed for a third time.\n")
    assert load_article(path).paragraphs[0].text.startswith("RIFF between")


def test_paragraph_marks_past_the_first_megabyte_are_found() -> None:
    """The control-byte scan goes a megabyte at a time (the window's thread waits for each call): a mark in a
    later stretch counts as much as one at the top."""
    from core.load import wire

    filler = ["A line of ordinary text about the harbour and its boats, long enough to fill space."] * 20_000
    marked = [f"\x19   Paragraph {k} of the feed story, after a long run of plain lines." for k in range(4)]
    lines = filler + marked
    text = "\n".join(lines)
    assert len("\n".join(filler)) > 1 << 20
    assert wire._is_feed(text, lines)
    assert not wire._is_feed("\n".join(filler), filler)


def test_a_dateline_with_a_date_gives_the_article_its_date_and_leaves_the_body() -> None:
    from core import article_from_text

    article = article_from_text(
        "Rail bridge shut after flood\n\n"
        "KESTWICK BRIDGE, 3 March 2026 (Tamside Wire) - Engineers closed the old rail bridge on Tuesday after the "
        "river scoured away part of its central pier, the operator said.\n\n"
        "Buses will replace trains on the line for at least six weeks, the company added in a statement.\n",
        "wire.txt",
    )
    assert (article.dateline, article.date) == ("KESTWICK BRIDGE, 3 March 2026 (Tamside Wire)", "3 March 2026")
    assert article.paragraphs[0].text.startswith("Engineers closed the old rail bridge")


def test_a_press_release_line_for_immediate_release_is_its_date() -> None:
    from core import article_from_text
    from core.corpus.dates import parse_date

    release = article_from_text(
        "Harbour trust opens new lifeboat station\n\nFor immediate release - 9 February 2026\n\n"
        "The harbour trust today opened a lifeboat station on the north quay, funded by a two-year appeal.\n\n"
        "The station will house two boats and a crew of twenty volunteers, the trust said in a statement.\n",
        "release.txt",
    )
    assert release.date == "For immediate release - 9 February 2026"
    assert str(parse_date(release.date)) == "2026-02-09"
    assert release.paragraphs[0].text.startswith("The harbour trust today opened")


CALDER = [
    "Hundreds of people left their homes on Saturday after an earth dam above the village of Calderbrook gave "
    "way in heavy rain, the county fire service said.",
    "Water from the upper reservoir filled the main street to the depth of a metre within an hour, and two "
    "schools were opened as shelters for the night.",
    "No one was reported hurt. Engineers will inspect the lower dam on Sunday morning.",
]
HEADLINE = "RESERVOIR BREACH FORCES EVACUATION IN CALDERBROOK"


def agency_copy(slug: str, byline: str = "By Tom Hale, Northline News", rule: str = "-" * 40) -> str:
    """UK agency copy as a newsroom system prints it: slug line, the headline in capitals between dashed rules,
    a byline, the story hard-wrapped without blank lines, an end mark."""
    story = "\n".join("\n".join(textwrap.wrap(p, 69)) for p in CALDER)
    return "\n".join(line for line in (slug, rule, HEADLINE, rule, byline, story, "ends") if line) + "\n"


@pytest.mark.parametrize(
    ("slug", "date"),
    [("ABC123 14/03/26 0912 GMT", "14/03/26"), ("NLN0456 14 Mar 2026 09:12 GMT", "14 Mar 2026"),
     ("09:12 14/03/26: Page 1 (HHH) HOME Reservoir", "14/03/26")],
)  # fmt: skip
def test_a_headline_between_rules_is_the_title_and_the_slug_gives_the_date(slug: str, date: str) -> None:
    document = article_from_text(agency_copy(slug), "wire.txt")
    assert (document.title, document.byline, document.date) == (HEADLINE, "By Tom Hale, Northline News", date)
    assert [p.text for p in document.paragraphs] == CALDER
    assert HEADLINE not in document.boilerplate and slug in document.boilerplate and "ends" in document.boilerplate


def test_a_date_the_story_gives_wins_over_the_slug_date() -> None:
    copy = agency_copy("ABC123 13/03/26 2350 GMT").replace(
        "Hundreds of people", "CALDERBROOK, 14 March 2026 (Northline) - Hundreds of people"
    )
    document = article_from_text(copy, "wire.txt")
    assert (document.title, document.date) == (HEADLINE, "14 March 2026")
    assert [p.text for p in document.paragraphs] == CALDER


def test_a_short_headline_under_the_slug_is_the_title_a_catchline_is_not() -> None:
    """A catchline is a word or two ("HOME Flood"); a line of four words or more under the slug is a headline."""
    copy = "\n".join(["09:12 14/03/26: Page 1 (HHH)", "HOME Reservoir", "Dam gives way above village", *CALDER, "ends"])
    document = article_from_text(copy, "wire.txt")
    assert (document.title, document.date) == ("Dam gives way above village", "14/03/26")
    assert "HOME Reservoir" in document.boilerplate and [p.text for p in document.paragraphs] == CALDER


def test_the_wire_headline_is_compared_with_the_rewrite_headline() -> None:
    """The headline set in capitals is its type style: no "loaded wording" for every word of it."""
    published = article_from_text(
        "Dam gives way above Calderbrook as hundreds flee\n\nBy Tom Hale\n\n" + "\n\n".join(CALDER), "story.txt"
    )
    comparison = compare(article_from_text(agency_copy("ABC123 14/03/26 0912 GMT"), "wire.txt"), published)
    assert comparison.left.title == HEADLINE
    assert all("loaded" not in change.note for change in comparison.headline)


def test_reuters_style_copy_reads_its_header_and_long_dateline() -> None:
    """A headline with an "UPDATE 1-" tag, a slug date line, a byline; the dateline names a country too."""
    copy = (
        "UPDATE 1-Reservoir breach forces evacuation in English village\n14-Mar-2026 09:12 GMT\nBy Tom Hale\n\n"
        "CALDERBROOK, England, March 14 (Northline) - " + "\n\n".join(CALDER) + "\n\n(Reporting by Tom Hale)\n"
    )
    document = article_from_text(copy, "wire.txt")
    assert document.title == "UPDATE 1-Reservoir breach forces evacuation in English village"
    assert (document.byline, document.date) == ("By Tom Hale", "14-Mar-2026 09:12 GMT")
    assert document.dateline == "CALDERBROOK, England, March 14 (Northline)"
    assert [p.text for p in document.paragraphs][:3] == CALDER


def test_ap_style_copy_keeps_the_agency_line_with_the_byline() -> None:
    """AP prints the agency's name on the line under the byline: part of the byline, not a standfirst."""
    copy = (
        "AP-EU--Britain-Reservoir Breach,1st Ld-Writethru\nReservoir breach forces evacuation in English village\n"
        "By TOM HALE\nAssociated Press\n\nCALDERBROOK, England (AP) — " + "\n\n".join(CALDER) + "\n"
    )
    document = article_from_text(copy, "wire.txt")
    assert (document.title, document.standfirst) == ("Reservoir breach forces evacuation in English village", "")
    assert (document.byline, document.dateline) == ("By TOM HALE, Associated Press", "CALDERBROOK, England (AP)")
    assert [p.text for p in document.paragraphs] == CALDER


def test_a_headline_set_in_capitals_shouts_no_word_one_word_in_capitals_still_does() -> None:
    from core.facts.wording import headline_changes
    from core.model import Document

    plain = "Reservoir breach forces evacuation in Calderbrook"
    assert headline_changes(Document("a", HEADLINE, ()), Document("b", plain, ())) == ()
    shouted = headline_changes(Document("a", plain, ()), Document("b", plain.replace("breach", "BREACH"), ()))
    assert [change.note for change in shouted] == ["loaded wording added: BREACH"]
