"""NITF and NewsML-G2 wire XML: the story only, with entity expansion and network access off."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import LoadError, LoadFailure, load_article
from core.load import SUPPORTED_SUFFIXES

HEADLINE = "Ferry services resume after storm"
PARAGRAPHS = [
    "Ferry services between the islands resumed on Wednesday after three days of cancellations.",
    "The operator said about 2,000 passengers had been affected by the storm.",
    "Extra sailings will run until Sunday to clear the backlog, it added.",
]


def nitf() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<nitf version="-//IPTC//DTD NITF 3.6//EN">'
        "<head><title>FERRY-SERVICES</title><docdata><doc-id id-string='abc-123'/>"
        "<key-list><keyword key='transport'/></key-list><doc.rights owner='Example Agency'/></docdata></head>"
        f"<body><body.head><hedline><hl1>{HEADLINE}</hl1></hedline>"
        "<byline>By Ann Lee <byttl>Transport Correspondent</byttl></byline>"
        "<dateline><location>KIRKWALL</location><story.date norm='20250305'>5 March 2025</story.date></dateline>"
        f"</body.head><body.content>{paragraphs}"
        "<media media-type='image'><media-caption><p>A ferry leaves the harbour.</p></media-caption></media>"
        "</body.content><body.end><tagline>Copyright Example Agency</tagline></body.end></body></nitf>"
    )


def newsml(inline: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:1" version="1" standard="NewsML-G2"'
        ' standardversion="2.29">'
        "<catalogRef href='http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml'/>"
        "<rightsInfo><copyrightHolder><name>Example Agency</name></copyrightHolder></rightsInfo>"
        "<itemMeta><itemClass qcode='ninat:text'/><provider qcode='nprov:EXA'/>"
        "<versionCreated>2025-03-05T09:30:00Z</versionCreated></itemMeta>"
        "<contentMeta><contentCreated>2025-03-05T09:00:00Z</contentCreated>"
        "<subject qcode='medtop:20000349'><name>transport</name></subject>"
        f"<headline>{HEADLINE}</headline><by>By Ann Lee</by><dateline>KIRKWALL, March 5</dateline>"
        "<slugline>FERRY-SERVICES</slugline></contentMeta>"
        f"<contentSet>{inline}</contentSet></newsItem>"
    )


def inline_nitf() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<inlineXML contenttype='application/nitf+xml'><nitf xmlns='http://iptc.org/std/NITF/2006-10-18/'>"
        f"<body><body.content>{paragraphs}</body.content></body></nitf></inlineXML>"
    )


def inline_xhtml() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<inlineXML contenttype='application/xhtml+xml'><html xmlns='http://www.w3.org/1999/xhtml'>"
        f"<head><title>{HEADLINE}</title></head><body>{paragraphs}</body></html></inlineXML>"
    )


def test_xml_is_a_supported_suffix() -> None:
    assert ".xml" in SUPPORTED_SUFFIXES


def test_nitf_gives_headline_byline_dateline_and_body_only(tmp_path: Path) -> None:
    document = load_article(write(tmp_path, nitf()))
    assert document.title == HEADLINE
    assert document.byline == "By Ann Lee Transport Correspondent"
    assert document.dateline == "KIRKWALL" and document.date == "5 March 2025"
    assert [p.text for p in document.paragraphs] == PARAGRAPHS  # no caption, tagline, keywords or doc id


@pytest.mark.parametrize("inline", [inline_nitf(), inline_xhtml()], ids=["inline NITF", "inline XHTML"])
def test_newsml_g2_gives_the_story_from_its_content_set(tmp_path: Path, inline: str) -> None:
    document = load_article(write(tmp_path, newsml(inline)))
    assert document.title == HEADLINE and document.byline == "By Ann Lee"
    assert document.dateline == "KIRKWALL, March 5" and document.date == "2025-03-05T09:00:00Z"
    assert [p.text for p in document.paragraphs] == PARAGRAPHS


def test_newsml_g2_inline_data_text(tmp_path: Path) -> None:
    inline = "<inlineData contenttype='text/plain'>" + "\n\n".join(PARAGRAPHS) + "</inlineData>"
    document = load_article(write(tmp_path, newsml(inline)))
    assert [p.text for p in document.paragraphs] == PARAGRAPHS


def test_entities_are_never_expanded_nor_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    doctype = f'<!DOCTYPE nitf [<!ENTITY word "lol"><!ENTITY xxe SYSTEM "file://{secret}">]>'
    text = nitf().replace("<nitf ", f"{doctype}<nitf ", 1)
    text = text.replace(PARAGRAPHS[0], f"{PARAGRAPHS[0]} &xxe; &word;")
    document = load_article(write(tmp_path, text))
    joined = " ".join(p.text for p in document.paragraphs)
    assert "TOP-SECRET-CONTENT" not in joined and " lol" not in joined
    assert PARAGRAPHS[0] in joined


def test_an_entity_bomb_is_never_expanded(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY l{k + 1} "&l{k};&l{k};&l{k};&l{k};&l{k};&l{k};&l{k};&l{k};">' for k in range(9))
    text = nitf().replace("<nitf ", f'<!DOCTYPE nitf [<!ENTITY l0 "lol">{laughs}]><nitf ', 1)
    path = write(tmp_path, text.replace(PARAGRAPHS[0], f"{PARAGRAPHS[0]} &l9;"))
    try:
        document = load_article(path)
    except LoadError as error:  # libxml2 2.12+ refuses the declarations outright
        assert str(error).startswith("story.xml declares entities that expand enormously")
    else:  # older ones keep the reference unexpanded
        assert "lollol" not in document.paragraphs[0].text and len(document.paragraphs[0].text) < 200


@pytest.mark.parametrize(
    ("text", "reason", "message"),
    [
        ("<nitf><body><body.content><p>Cut off", LoadFailure.CORRUPT, "story.xml is damaged: its XML cannot be read"),
        ("<config><item>1</item></config>", LoadFailure.UNSUPPORTED, "story.xml is XML but not a news story"),
        ("<nitf><body><body.content></body.content></body></nitf>", LoadFailure.NO_ARTICLE, "story.xml holds no"),
    ],
)
def test_bad_xml_gets_a_clear_message(tmp_path: Path, text: str, reason: LoadFailure, message: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_article(write(tmp_path, text))
    assert caught.value.reason is reason and str(caught.value).startswith(message)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.xml"
    path.write_text(text, encoding="utf-8")
    return path
