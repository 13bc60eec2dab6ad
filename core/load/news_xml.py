"""Wire XML: NITF and IPTC NewsML-G2 stories (``.xml``) as agencies deliver them.

API: ``news_xml(data, name) -> NewsStory``.

Only the story is taken: headline, byline, dateline (and date) as metadata, and the body paragraphs; the
metadata, rights, keywords and media an agency packs around it are not article text. NITF gives them in
``body.head`` (``hedline/hl1``, ``byline``, ``dateline``) and ``body.content`` (``p``); NewsML-G2 in a
``newsItem``'s ``contentMeta`` (``headline``, ``by``, ``dateline``) and ``contentSet`` (``inlineXML`` holding
NITF or XHTML paragraphs, or ``inlineData`` text). The parser is lxml's, with entity expansion, DTD loading and
network access off, so an entity bomb or an external entity reads as the reference it is, never its expansion.

>>> story = news_xml(b"<nitf><body><body.head><hedline><hl1>Storm hits coast</hl1></hedline>"
...     b"<byline>By Ann Lee</byline></body.head><body.content><p>Rain fell.</p><p>Roads shut.</p>"
...     b"</body.content></body></nitf>", "story.xml")
>>> story.title, story.byline, story.paragraphs
('Storm hits coast', 'By Ann Lee', ['Rain fell.', 'Roads shut.'])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from core.errors import LoadError, LoadFailure

_SKIPPED = frozenset({"media", "media-caption", "media-producer", "note", "fn", "byline", "dateline", "caption"})
_BLOCKS = frozenset({"p", "hl2", "li"})


class NewsStory(NamedTuple):
    """The story of a wire XML file."""

    paragraphs: list[str]
    title: str
    byline: str
    date: str
    dateline: str


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _first(root: Any, *names: str) -> Any:
    for element in root.iter():
        if _local(element) in names:
            return element
    return None


def _paragraphs(container: Any) -> list[str]:
    """The text blocks (``p``, ``hl2``, ``li``) under an element, in order, outside media and notes."""
    found: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            name = _local(child)
            if name in _SKIPPED:
                continue
            if name in _BLOCKS:
                if text := _text(child):
                    found.append(text)
            else:
                walk(child)

    walk(container)
    return found


def _nitf(root: Any) -> NewsStory:
    content = _first(root, "body.content")
    dateline = _first(root, "dateline")
    location = _first(dateline, "location", "city") if dateline is not None else None
    date = _first(root, "story.date", "date.issue")
    date_text = _text(date) or ("" if date is None else date.get("norm", ""))
    return NewsStory(
        _paragraphs(content) if content is not None else [],
        _text(_first(root, "hl1")) or _text(_first(root, "title")),
        _text(_first(root, "byline")),
        date_text,
        _text(location) or _text(dateline),
    )


def _inline_data(items: Iterable[Any]) -> Iterator[str]:
    for item in items:
        for block in "".join(item.itertext()).split("\n\n"):
            if text := " ".join(block.split()):
                yield text


def _newsml(root: Any) -> NewsStory:
    item = root if _local(root) == "newsitem" else _first(root, "newsitem")
    if item is None:
        return NewsStory([], "", "", "", "")
    meta = _first(item, "contentmeta")
    content = _first(item, "contentset")
    paragraphs: list[str] = []
    if content is not None:
        inline = _first(content, "inlinexml")
        if inline is not None:
            body = next((e for e in (_first(inline, "body.content"), _first(inline, "body")) if e is not None), inline)
            paragraphs = _paragraphs(body)
        else:
            paragraphs = list(_inline_data(e for e in content.iter() if _local(e) == "inlinedata"))
    created = next(
        (
            e
            for e in map(lambda n: _first(item, n), ("contentcreated", "firstcreated", "versioncreated"))
            if e is not None
        ),
        None,
    )
    return NewsStory(
        paragraphs,
        _text(_first(meta, "headline")) if meta is not None else "",
        _text(_first(meta, "by")) if meta is not None else "",
        _text(created),
        _text(_first(meta, "dateline")) if meta is not None else "",
    )


def news_xml(data: bytes, name: str) -> NewsStory:
    """The story of an NITF or NewsML-G2 file (see the module docstring)."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True, recover=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        if "amplification" in str(error) or ("entity" in str(error).lower() and "loop" in str(error).lower()):
            raise LoadError(
                LoadFailure.TOO_LARGE, f"{name} declares entities that expand enormously (an entity bomb): not a story"
            ) from None
        raise LoadError(LoadFailure.CORRUPT, f"{name} is damaged: its XML cannot be read ({error})") from None
    kind = _local(root)
    if kind == "nitf":
        story = _nitf(root)
    elif kind in ("newsitem", "newsmessage", "packageitem"):
        story = _newsml(root)
    else:
        raise LoadError(LoadFailure.UNSUPPORTED, f"{name} is XML but not a news story (NITF or NewsML-G2)")
    if not story.paragraphs:
        raise LoadError(LoadFailure.NO_ARTICLE, f"{name} holds no story text")
    return story
