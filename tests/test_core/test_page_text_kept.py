"""Text that the trims above the headline and after the last sentence, the heading step and the page check
must keep as article text (and what they must still set aside)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import LoadError, article_from_text, load_article

STORY = [
    "The harbour authority closed the northern pier on Tuesday after engineers found cracks in its supports.",
    "Repairs are expected to take at least three months, the authority said in a statement.",
]


def _page(tmp_path: Path, body: str, xhtml: bool = False) -> Path:
    path = tmp_path / ("page.xhtml" if xhtml else "page.html")
    start = '<?xml version="1.0" encoding="utf-8"?>\n' if xhtml else "<!DOCTYPE html>"
    path.write_text(f"{start}<html><head><title>A page</title></head><body>{body}</body></html>")
    return path


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Test", ["Test"]),
        ("<article><h2>First trial</h2><img src='a.png'><h2>Second trial</h2></article>", ["First", "Second"]),
        ("<a href='javascript:'><p>alpha</p><p>beta</p> gamma</a>", ["alpha", "beta", "gamma"]),
    ],
)
@pytest.mark.parametrize("xhtml", [False, True])
def test_a_page_of_a_few_words_of_its_own_loads(tmp_path: Path, body: str, words: list[str], xhtml: bool) -> None:
    document = load_article(_page(tmp_path, body, xhtml))
    shown = " ".join([document.title, document.standfirst, *(p.text for p in document.paragraphs)])
    assert all(word in shown for word in words), shown
    assert not document.boilerplate


def test_a_page_of_menu_links_and_a_form_is_still_refused(tmp_path: Path) -> None:
    body = "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>About us</a></li></ul><form><label>Email</label></form>"
    with pytest.raises(LoadError, match="holds no article text"):
        load_article(_page(tmp_path, body))


def test_list_items_under_a_short_heading_after_the_last_sentence_are_body() -> None:
    items = [
        "- Pier supports: divers will inspect every pile below the waterline and replace the worst of them",
        "- Ferry services: the morning crossings move to the southern quay until the pier reopens",
    ]
    document = article_from_text("\n\n".join(["Pier closed", *STORY, "What changes", *items]))
    body = [p.text for p in document.paragraphs]
    assert "What changes" in body and all(item in body for item in items)


def test_a_tail_of_short_links_after_the_last_sentence_is_still_set_aside() -> None:
    tail = ["MOST READ", "Council votes on parking fees", "Storm warning for the coast"]
    document = article_from_text("\n\n".join(["Pier closed", *STORY, *tail]))
    assert [p.text for p in document.paragraphs] == STORY
    assert all(line in document.boilerplate for line in tail)


def test_a_closing_credit_line_is_body() -> None:
    document = article_from_text("\n\n".join(["Pier closed", *STORY, "By Ann Lee"]))
    assert document.paragraphs[-1].text == "By Ann Lee"


@pytest.mark.parametrize("after", [STORY[0], "By Ann Lee"])
def test_a_headline_of_three_words_is_the_headline_not_a_section_name(after: str) -> None:
    document = article_from_text("\n\n".join(["World", "Harbour pier closed", after, *STORY[1:]]))
    assert document.title == "Harbour pier closed" and "World" in document.boilerplate


def test_a_section_name_above_a_longer_headline_is_set_aside() -> None:
    headline = "Big loss for the harbour authority as the northern pier closes for months"
    document = article_from_text("\n\n".join(["World", headline, *STORY]))
    assert document.title == headline and "World" in document.boilerplate


def test_a_heading_starting_with_an_article_is_no_byline() -> None:
    document = article_from_text("\n\n".join(["Harbour pier closed after cracks", "The Northern Pier", *STORY]))
    assert document.byline == ""


def test_a_lone_paragraph_cut_off_at_a_comma_is_body_not_standfirst() -> None:
    text = "\n\n".join(["Pier closed", STORY[0].rstrip(".") + ",", "Sign up to the Harbour Times briefing."])
    document = article_from_text(text)
    assert document.standfirst == "" and document.paragraphs[0].text.startswith("The harbour authority")


def test_a_standfirst_longer_than_the_body_below_it_is_body() -> None:
    opening = STORY[0].rstrip(".") + " and more were found"
    document = article_from_text("\n\n".join(["Harbour pier closed today", opening, "Updated at noon."]))
    assert document.standfirst == "" and document.paragraphs[0].text == opening


@pytest.mark.parametrize(
    "sentence",
    [
        "Copyright lawyers said the ruling would change how films are shared online.",
        "Published in 1998, the report found that most ferries ran late that winter.",
        "Written by a former harbour master, the book describes the port in the 1950s.",
    ],
)
def test_a_sentence_opening_like_a_footer_is_body(sentence: str) -> None:
    document = article_from_text("\n\n".join(["Pier closed", STORY[0], sentence, STORY[1]]))
    assert sentence in [p.text for p in document.paragraphs] and sentence not in document.boilerplate


@pytest.mark.parametrize(
    "footer", ["Copyright © 2025 Harbour Times", "Copyright 2025 Harbour Times", "Posted by Ann Lee in News"]
)
def test_footer_lines_are_still_boilerplate(footer: str) -> None:
    document = article_from_text("\n\n".join(["Pier closed", *STORY, footer]))
    assert footer in document.boilerplate


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour pier closed after cracks | Harbour Times", "Harbour pier closed after cracks"),
        ("Harbour pier closed after cracks - Ann Lee", "Harbour pier closed after cracks"),
        ("Harbour pier closed - what happens next", "Harbour pier closed - what happens next"),
    ],
)
def test_the_site_name_or_author_after_a_page_title_is_no_part_of_the_headline(
    tmp_path: Path, title: str, expected: str
) -> None:
    path = tmp_path / "page.html"
    head = (
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='Harbour Times'>"
        "<meta name='author' content='Ann Lee'>"
    )
    body = "".join(f"<p>{p}</p>" for p in STORY)
    path.write_text(f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>")
    assert load_article(path).title == expected


def test_a_long_first_sentence_leading_on_with_a_colon_is_body_not_a_headline() -> None:
    opening = "From the harbour authority to every skipper and crew member who moors a boat on the northern pier:"
    document = article_from_text("\n\n".join([opening, *STORY]))
    assert document.title == "" and document.paragraphs[0].text == opening


def test_a_short_heading_ending_in_a_colon_is_still_the_headline() -> None:
    document = article_from_text("\n\n".join(["Pier closed: what we know", *STORY]))
    assert document.title == "Pier closed: what we know"
