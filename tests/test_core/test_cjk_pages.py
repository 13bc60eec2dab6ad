"""Chinese and Japanese pages load whole: their words are counted by characters, not by spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import load_article
from core.text import word_count

PAGES = {
    "zh": (
        "暴雨袭击山谷",
        [
            "周一晚上的暴雨使山谷里数十户房屋被淹，官员表示救援工作仍在进行。",
            "救援人员乘船前往被困在楼上的家庭，河水水位仍在上涨。",
            "市政府表示，受灾家庭将获得临时住所和紧急资金援助。",
        ],
    ),
    "ja": (
        "大雨で谷が浸水",
        [
            "月曜日の夜の大雨で谷の数十軒の家が浸水したと当局が発表した。",
            "救助隊はボートで上の階に取り残された家族のもとへ向かった。",
            "市は被災した家族に仮の住まいと緊急の資金を提供すると述べた。",
        ],
    ),
}


def test_words_of_scripts_without_spaces_are_counted_by_characters() -> None:
    assert word_count("暴雨袭击山谷，数十户房屋被淹。") >= 6
    assert word_count("Floods hit the valley") == 4


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_cjk_web_page_is_neither_refused_nor_gutted(tmp_path: Path, language: str) -> None:
    title, paragraphs = PAGES[language]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f"<html lang='{language}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    document = load_article(path)
    assert [p.text for p in document.paragraphs] == paragraphs


@pytest.mark.parametrize("language", sorted(PAGES))
def test_cjk_text_keeps_every_paragraph(language: str) -> None:
    from core import article_from_text

    title, paragraphs = PAGES[language]
    document = article_from_text("\n\n".join([title, *paragraphs]))
    assert document.title == title and [p.text for p in document.paragraphs] == paragraphs
