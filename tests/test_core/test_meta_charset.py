"""A saved web page is read in the encoding its ``<meta charset>`` declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import load_article

PAGES = [
    (
        "windows-1251",
        "Наводнение в долине",
        [
            "Сильный дождь затопил десятки домов в долине в ночь на понедельник, сообщили власти.",
            "Спасатели на лодках добирались до семей, оставшихся на верхних этажах.",
        ],
    ),
    (
        "euc-kr",
        "계곡에 홍수 발생",
        [
            "월요일 밤 폭우로 계곡의 주택 수십 채가 물에 잠겼다고 당국이 밝혔다.",
            "구조대는 보트를 타고 위층에 갇힌 가족들에게 다가갔다.",
        ],
    ),
    (
        "gb2312",
        "暴雨袭击山谷",
        [
            "周一晚上的暴雨使山谷里数十户房屋被淹，官员表示救援工作仍在进行。",
            "救援人员乘船前往被困在楼上的家庭，河水水位仍在上涨。",
        ],
    ),
]


@pytest.mark.parametrize(("encoding", "title", "paragraphs"), PAGES, ids=[p[0] for p in PAGES])
@pytest.mark.parametrize("style", ["charset", "http-equiv"])
def test_meta_charset_is_honoured(tmp_path: Path, encoding: str, title: str, paragraphs: list[str], style: str) -> None:
    meta = (
        f'<meta charset="{encoding}">'
        if style == "charset"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">'
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    markup = (  # real pages carry far more Latin-letter markup than article text, which misleads guessing
        "<style>"
        + "body { font-family: Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 40em; } " * 30
        + "</style><script>window.dataLayer = window.dataLayer || []; function track() { return true; }</script>"
    )
    page = (
        f"<html><head>{meta}<title>{title}</title>{markup}</head><body><article><h1>{title}</h1>{body}</article>"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    document = load_article(path)
    assert [p.text for p in document.paragraphs] == paragraphs
