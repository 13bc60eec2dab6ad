"""Every input format, built inside the test, read into the same clean article."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core import Document, article_from_text, load_article

HEADLINE = "Bridge closes after storm damage"
BODY = [
    "The old river bridge in Kelmsford was closed on Monday after engineers found cracks in two of its arches.",
    "Traffic was diverted through the town centre, adding up to 40 minutes to journeys at peak times.",
    "The council said repairs would cost about £2.5m and take at least six months.",
]


def body(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_plain_text_with_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(("\r\n\r\n".join([HEADLINE, *BODY]) + "\r\n").encode("utf-8"))
    document = load_article(path)
    assert document.title == HEADLINE and body(document) == BODY and document.name == "a.txt"


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    text = f"# {HEADLINE}\n\n*By Ann Lee*\n\n" + "\n\n".join(BODY).replace(
        "two of its", "[two](https://x.test) of **its**"
    )
    path.write_text(text, encoding="utf-8")
    document = load_article(path)
    assert document.title == HEADLINE and document.byline == "By Ann Lee" and body(document) == BODY


def test_html_page_gives_the_article_and_its_metadata(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        f"<html><head><title>{HEADLINE} | Kelmsford Echo</title><meta name='author' content='Ann Lee'>"
        "<meta property='article:published_time' content='2025-03-03T08:00:00Z'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{HEADLINE}</h1>{paragraphs}<div class='share'>Share this article</div></article>"
        "<aside><h3>Related</h3><a href='/x'>Other story about a road</a></aside>"
        "<footer>Copyright 2025 Kelmsford Echo. All rights reserved.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    document = load_article(path)
    assert document.title == HEADLINE and document.byline == "Ann Lee" and document.date == "2025-03-03"
    assert body(document) == BODY


def test_docx(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_paragraph(HEADLINE, style="Title")
    word.add_paragraph("")
    for paragraph in BODY:
        word.add_paragraph(paragraph)
    path = tmp_path / "a.docx"
    word.save(str(path))
    document = load_article(path)
    assert document.title == HEADLINE and body(document) == BODY


def test_odt(tmp_path: Path) -> None:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    paragraphs = "".join(f"<text:p>{p.replace('  ', ' <text:s/>')}</text:p>" for p in BODY)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>'
        f"<text:h>{HEADLINE}</text:h>{paragraphs}</office:text></office:body></office:document-content>"
    )
    path = tmp_path / "a.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    document = load_article(path)
    assert document.title == HEADLINE and body(document) == BODY


def test_pdf_with_wrapping_hyphenation_page_numbers_and_running_heads(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    long_text = " ".join(BODY * 3)
    for page in range(3):
        pdf.add_page()
        pdf.cell(0, 8, "Kelmsford Echo - Local news", new_x="LMARGIN", new_y="NEXT")
        if page == 0:
            pdf.multi_cell(0, 6, HEADLINE, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, long_text.replace("£", "GBP "), new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, str(page + 1), new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "a.pdf"
    pdf.output(str(path))
    document = load_article(path)
    text = " ".join(body(document))
    assert "Kelmsford Echo - Local news" in document.boilerplate and "2" in document.boilerplate
    assert "Kelmsford Echo - Local" not in text
    assert "engineers found cracks in two of its arches." in text
    assert document.title == HEADLINE


def test_rtf(tmp_path: Path) -> None:
    rtf_body = "\\par ".join(p.replace("£", "\\'a3") for p in [HEADLINE, *BODY])
    path = tmp_path / "a.rtf"
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}}{\\*\\generator Test;}\\f0 " + rtf_body + "\\par}"
    )
    document = load_article(path)
    assert document.title == HEADLINE and body(document) == BODY


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"],
)
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Café owners in Zürich said the “new rules” would cost them 1,000 francs a month, señor Müller noted."
    path = tmp_path / "a.txt"
    path.write_bytes(
        text.replace("“", '"').replace("”", '"').encode(encoding) if encoding == "latin-1" else text.encode(encoding)
    )
    assert body(load_article(path))[0].replace('"', "“", 1).replace('"', "”", 1) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Στην Αθήνα οι βουλευτές ψήφισαν τον νέο προϋπολογισμό μετά από πολύωρη συζήτηση στη Βουλή.", "cp1253"),
        ("В Москве депутаты приняли новый бюджет после долгого обсуждения в парламенте страны.", "cp1251"),
        ("東京の議会は長い議論の末、新しい予算案を可決した。", "utf-8"),
        ("הכנסת אישרה את התקציב החדש לאחר דיון ארוך.", "utf-8"),
    ],
)
def test_other_scripts_are_kept_intact(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert body(load_article(path)) == [text]


def test_invisible_characters_are_normalised() -> None:
    document = article_from_text("The infor\u00admation\u00a0was\u200b published on Monday by the local council.")
    assert body(document) == ["The information was published on Monday by the local council."]
