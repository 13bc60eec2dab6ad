"""A site's menu line, a cookie notice and a share bar are boilerplate set aside, never headline or body; a headline
with a "|" in it, a table's header row and a news paragraph about cookies stay article text."""

from __future__ import annotations

from pathlib import Path

from core.load import article_from_text, is_boilerplate, load_article
from core.load.boilerplate import is_menu, is_navigation

BODY = (
    "The lido on Marsh Lane will stay shut until June after inspectors found cracks in its tank, the council said.\n\n"
    "Repairs are expected to cost £640,000, and the work will start once a contractor has been chosen.\n\n"
    "Swimmers have been offered places at the leisure centre in Brockwell, three miles away."
)
HEADLINE = "Marsh Lane lido to stay shut until June after cracks found"


def _text(*parts: str) -> str:
    return "\n\n".join(parts)


def test_a_menu_line_above_the_headline_is_boilerplate_and_the_headline_is_the_headline() -> None:
    for menu in ("Home | News | Sport | Weather | Business", "Home » Local » Brockwell", "News • Sport • Culture"):
        document = article_from_text(_text(menu, HEADLINE, BODY))
        assert document.title == HEADLINE, menu
        assert document.standfirst == ""
        assert menu in document.boilerplate
        assert all(menu not in p.text for p in document.paragraphs)


def test_a_menu_line_above_a_byline_is_not_taken_for_the_headline() -> None:
    document = article_from_text(_text("Home | Local | Politics", "By Ruth Ames", BODY))
    assert document.title != "Home | Local | Politics"
    assert "Home | Local | Politics" in document.boilerplate and document.byline == "By Ruth Ames"


def test_a_menu_line_between_paragraphs_and_at_the_end_is_set_aside() -> None:
    first, second, third = BODY.split("\n\n")
    document = article_from_text(
        _text(HEADLINE, first, "UK | World | Business | Politics", second, third, "Home | Contact | Jobs")
    )
    assert [p.text for p in document.paragraphs] == [first, second, third]
    assert {"UK | World | Business | Politics", "Home | Contact | Jobs"} <= set(document.boilerplate)


def test_a_headline_with_a_bar_in_it_stays_the_headline() -> None:
    for headline in (
        "Budget 2026 | What it means for you",
        "Live | Storm Dara hits the west coast",
        "Election 2026 | Results | What happens next",
    ):
        assert not is_navigation(headline), headline
        document = article_from_text(_text(headline, "By Ruth Ames", BODY))
        assert document.title == headline
        assert headline not in document.boilerplate


def test_a_byline_parted_by_bars_and_a_table_header_are_no_menus() -> None:
    assert not is_navigation("By Ruth Ames | Politics | Europe")
    rows = [
        "The results came in overnight, the returning officer said.",
        "Ward | Winner | Party",
        "Abbey | Okafor | Green",
        "Castle | Jones | Labour",
    ]
    assert is_navigation(rows[1]) and not any(is_menu(rows, k) for k in range(len(rows)))
    assert is_menu(["The results came in.", "Home | News | Sport", "Turnout was 41 per cent."], 1)


def test_a_table_of_names_in_a_web_page_is_kept(tmp_path: Path) -> None:
    page = f"""<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>
    <p>{BODY.split(chr(10))[0]}</p><table><tr><th>Ward</th><th>Winner</th><th>Party</th></tr>
    <tr><td>Abbey</td><td>Okafor</td><td>Green</td></tr><tr><td>Castle</td><td>Jones</td><td>Labour</td></tr></table>
    <p>{BODY.split(chr(10))[-1]}</p></article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [p.text for p in load_article(path).paragraphs]
    assert "Ward | Winner | Party" in texts and "Abbey | Okafor | Green" in texts and "Castle | Jones | Labour" in texts


COOKIE_NOTICES = (
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept all",
    "This website uses cookies to analyse traffic and personalise ads. Accept all / Manage preferences",
    "We and our partners use cookies to store and access information on your device. Reject all  Accept all",
    "By using this site you agree to our use of cookies.",
    "Accept all cookies",
    "Accept all / Manage preferences",
    "Cookie settings",
)


def test_cookie_notices_and_their_buttons_are_boilerplate() -> None:
    for notice in COOKIE_NOTICES:
        assert is_boilerplate(notice), notice
    long_notice = "We use cookies and similar technologies " + "to measure and improve our services, " * 9 + "Accept"
    assert 240 < len(long_notice) < 600 and is_boilerplate(long_notice)


def test_a_cookie_notice_at_the_end_of_an_article_is_set_aside() -> None:
    document = article_from_text(_text(HEADLINE, BODY, COOKIE_NOTICES[0]))
    assert COOKIE_NOTICES[0] in document.boilerplate
    assert all("cookies" not in p.text for p in document.paragraphs)


def test_news_about_cookies_stays_article_text() -> None:
    paragraphs = (
        "We use cookies from a bakery on the high street, said the café's owner, who has run it since 2009.",
        "The regulator said 40% of sites it checked set tracking cookies before visitors could accept or refuse them.",
        "Police said the cookies sold at the fair had been laced with cannabis and urged parents to check.",
        "Accept",
    )
    for paragraph in paragraphs:
        assert not is_boilerplate(paragraph), paragraph
    document = article_from_text(_text(HEADLINE, *paragraphs[:3], BODY))
    assert [p.text for p in document.paragraphs][:3] == list(paragraphs[:3])


def test_share_bars_naming_their_networks_are_boilerplate() -> None:
    for bar in ("Share this article: Facebook | Twitter", "Share: WhatsApp", "Facebook Twitter WhatsApp Email",
                "Share this story - Facebook, X, LinkedIn, Copy link"):  # fmt: skip
        assert is_boilerplate(bar), bar
    for line in (
        "Facebook and Twitter were fined £2m by the regulator on Monday.",
        "Share prices fell on Twitter news",
    ):
        assert not is_boilerplate(line), line


def test_a_share_bar_after_the_last_paragraph_of_a_markdown_article_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    text = f"# {HEADLINE}\n\n{BODY}\n\n**Share this article:** [Facebook](https://facebook.com) | [X](https://x.com)\n"
    path.write_text(text, encoding="utf-8")
    document = load_article(path)
    assert "Share this article: Facebook | X" in document.boilerplate
    assert document.paragraphs[-1].text.startswith("Swimmers have been offered")
