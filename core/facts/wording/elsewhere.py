"""Changes that another link of the same sentence or paragraph answers: words one link drops that a neighbouring
link still says, or a name one link drops that a neighbouring link adds.

API: ``said_elsewhere(left, right, links, result) -> dict[int, tuple[Change, ...]]``: ``result`` (the changes of each
link, by link index, as ``link_changes`` makes them) less those answered by a neighbouring link:

- a sentence split in two, each half linked to the one left sentence ("Drivers will strike from Monday after
  talks broke down on Wednesday" / "Drivers will strike from Monday." ... "Talks broke down on Wednesday."):
  words dropped in one link of it that another link of it says (in its right sentences) are dropped by neither,
  and so are the names of a names change that another link of it says ("name dropped: Network Rail / Dawlish",
  the other half saying "Dawlish": "name dropped: Network Rail"); an attribution the other half keeps for its
  own claim still leaves this half's claim unattributed (``core.facts.wording.split_claims``);
- a name a link adds, dropping none, that both texts name before it (the original in the link's paragraphs or
  the two before them, the rewrite in the two paragraphs before the link or earlier in its own): "the road
  reopened" -> "the A338 reopened", both leads naming the A338, is a reference made explicit;
- a name moved to another sentence of the same paragraph ("Jane Okafor, the council leader, said the road would
  close. The closure starts in May." / "The road will close, the council said. Council leader Jane Okafor said
  the closure starts in May."): a name a link drops that a link sharing a paragraph with it (on either side) adds
  is neither dropped nor added; the same name is one with the same words in any case, or by its last words
  alone ("Jane Okafor" / "Okafor"). What the move changes in attribution is the attribution check's.

Both read the links around a link through one index (``_Around``): of its left sentences, or of its paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import replace

from core.facts.wording import lexicon as lx
from core.facts.wording.kinds import Change, ChangeKind
from core.model import Document, Link, link_text

_PART = " / "  # between the names of one names change (``detect``)
_NAMES = ChangeKind.NAMES


class _Around:
    """The links sharing a key (a left sentence, a paragraph) with each link, from one index of keys to links."""

    def __init__(self, links: Sequence[Link], keys: Callable[[Link], Iterable[Hashable]]) -> None:
        self.links, self.keys = links, keys
        self.index: dict[Hashable, list[int]] = {}
        self.shared: set[Hashable] = set()  # the keys of more than one link
        index = self.index  # a plain loop, each link's list made once: fewer instructions than ``setdefault``
        for k, link in enumerate(links):
            for key in keys(link):
                found = index.get(key)
                if found is None:
                    index[key] = [k]
                else:
                    found.append(k)
                    self.shared.add(key)

    def of(self, k: int) -> list[int]:
        """The other links sharing a key with link ``k``, in link order (none when no key of it is shared)."""
        keys = self.keys(self.links[k])
        if self.shared.isdisjoint(keys):
            return []
        return sorted({j for key in keys for j in self.index[key] if j != k})


def _sentences(link: Link) -> Iterable[Hashable]:
    return link.left


def _paragraphs(link: Link) -> Iterable[Hashable]:
    """A link's paragraphs: an original's paragraph ``p`` as ``p``, a rewrite's as ``~p`` (below zero)."""
    left, right = link.left, link.right
    if len(left) == 1 and len(right) == 1:  # most links: one sentence each, without comprehensions
        return left[0][0], ~right[0][0]
    return [sid[0] for sid in left] + [~sid[0] for sid in right]


def said_elsewhere(
    left: Document, right: Document, links: Sequence[Link], result: dict[int, tuple[Change, ...]]
) -> dict[int, tuple[Change, ...]]:
    """``result`` less the changes a neighbouring link answers (see the module docstring)."""
    if any(link.reused for link in links):
        result = _said_by_a_sibling((left, right), _Around(links, _sentences), result)
    if any(c.kind is _NAMES for changes in result.values() for c in changes):
        result = _names_moved((left, right), _Around(links, _paragraphs), result)
    if any(c.kind is _NAMES and not c.left for changes in result.values() for c in changes):
        result = _named_before((left, right), links, result)
    return result


NAMED_BEFORE = 2  # paragraphs: how far before a link's own the original's naming of a name counts


def _named_before(
    documents: tuple[Document, Document], links: Sequence[Link], result: dict[int, tuple[Change, ...]]
) -> dict[int, tuple[Change, ...]]:
    """``result`` without the names a link adds, dropping none, that the original names itself in the link's
    paragraphs or the ``NAMED_BEFORE`` before them and the rewrite before the link (in its paragraph or those
    before): a reference made explicit ("the road reopened" -> "the A338 reopened", the A338 named in both
    leads), no new name. A name the rewrite moved here from an earlier sentence it left unnamed stays added.
    Each text is split into words only when it holds every word of such a name (``_named_in``)."""
    kept: dict[int, tuple[Change, ...]] = {}
    for index, changes in result.items():
        if any(c.kind is _NAMES and c.right and not c.left for c in changes):
            link = links[index]
            named = {_words(part) for c in changes if c.kind is _NAMES and not c.left for part in _split(c, 1)}
            found = _named_in(_folded(_text_before(documents[0], link)), named)
            found = _named_in(_folded(_text_told_before(documents[1], link)), found) if found else found
            if found:
                moved: Moved = (set(), found)
                sides = link_text(documents[0], link.left), link_text(documents[1], link.right)
                changes = tuple(c for c in (_without(c, moved, sides) if not c.left else c for c in changes) if c)
        if changes:
            kept[index] = changes
    return kept


def _folded(text: str) -> str:
    """A text as ``_words`` reads it before splitting it at spaces."""
    return text.casefold().replace("’", "'").replace("'s", "").replace("-", " ")


def _named_in(folded: str, names: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The names (as ``_words``) each of whose words is a word of a ``_folded`` text (edges stripped). A word of
    the text stands in it: a name with a word nowhere in it is none of its words, and the text is split only
    when some name's words all stand in it (the few)."""
    candidates = {name for name in names if all(word in folded for word in name)}
    if not candidates:
        return candidates
    words = {word.strip(_EDGES) for word in folded.split()}
    return {name for name in candidates if words.issuperset(name)}


def _text_told_before(right: Document, link: Link) -> str:
    """The rewrite's text before a link's first sentence, in its paragraph and the ``NAMED_BEFORE`` before."""
    first = link.right[0]
    paragraph = right.paragraphs[first.paragraph]
    text = " ".join(right.paragraphs[p].text for p in range(max(0, first.paragraph - NAMED_BEFORE), first.paragraph))
    return text + " " + " ".join(sentence.text for sentence in paragraph.sentences[: first.sentence])


def _text_before(left: Document, link: Link) -> str:
    """The original's paragraphs of a link and the ``NAMED_BEFORE`` before them."""
    paragraphs = sorted({sid.paragraph for sid in link.left})
    first = max(0, paragraphs[0] - NAMED_BEFORE) if paragraphs else 0
    return " ".join(left.paragraphs[p].text for p in range(first, paragraphs[-1] + 1)) if paragraphs else ""


def _said_by_a_sibling(
    documents: tuple[Document, Document], around: _Around, result: dict[int, tuple[Change, ...]]
) -> dict[int, tuple[Change, ...]]:
    """``result`` without the words dropped in one link of a left sentence that another link of it still says,
    and without the names a link drops that another link of it says (the rest of its names change kept)."""
    kept: dict[int, tuple[Change, ...]] = {}
    for index, changes in result.items():
        said = " ".join(link_text(documents[1], around.links[k].right) for k in around.of(index)).lower()
        if said:
            changes = tuple(c for c in changes if not _dropped_words_in(c, said))
        if said and any(c.kind is _NAMES and not c.right for c in changes):
            link = around.links[index]
            sides = link_text(documents[0], link.left), link_text(documents[1], link.right)
            moved: Moved = ({_words(p) for c in changes for p in _split(c, 0) if p.lower() in said}, set())
            changes = tuple(c for c in (_without(c, moved, sides) if not c.right else c for c in changes) if c)
        if changes:
            kept[index] = changes
    return kept


def _dropped_words_in(change: Change, said: str) -> bool:
    """Whether a change only drops words (none added) that ``said`` (lower case) holds, each of them."""
    if change.right or not change.left or change.kind in (ChangeKind.FIGURE, ChangeKind.QUOTE):
        return False  # figures are paired across the links already (``check_figures``); quotes by their words
    return all(part.lower() in said for part in change.left.split(", "))


def _words(name: str) -> tuple[str, ...]:
    return tuple(_folded(name).split())


class _Texts:
    """The words of each link's two sides (case folded, possessives off), made once and only when asked; link
    ``k``'s side ``side`` is kept under ``2 * k + side`` (an int hashes for less than a tuple)."""

    def __init__(self, documents: tuple[Document, Document], links: Sequence[Link]) -> None:
        self.documents, self.links = documents, links
        self.found: dict[int, tuple[set[str], set[str]]] = {}
        self.folded: dict[int, str] = {}

    def text(self, k: int, side: int) -> str:
        """Link ``k``'s text on ``side``, straight apostrophes, no possessives or hyphens."""
        ids = self.links[k].right if side else self.links[k].left
        return link_text(self.documents[side], ids).replace("’", "'").replace("'s", "").replace("-", " ")

    def holds(self, k: int, side: int, word: str) -> bool:
        """Whether ``word`` (case folded) stands anywhere in link ``k``'s text on ``side``, inside a word or not."""
        return word in self._folded(k, side)

    def _folded(self, k: int, side: int) -> str:
        found = self.folded.get(2 * k + side)
        if found is None:
            found = self.folded[2 * k + side] = self.text(k, side).casefold()
        return found

    def around(self, links: list[int], side: int) -> str:
        """The texts of ``links`` on ``side`` as ``holds`` reads them, one a line: a word without a space stands
        in this text when one of theirs holds it (one search for all the links)."""
        return "\n".join([self._folded(k, side) for k in links])

    def words(self, k: int, side: int) -> tuple[set[str], set[str]]:
        """Link ``k``'s words on ``side``, all and those written capitalised."""
        found = self.found.get(2 * k + side)
        if found is None:
            tokens = [token.strip(_EDGES) for token in self.text(k, side).split()]
            capitals = {token.casefold() for token in tokens if token[:1].isupper()}
            found = self.found[2 * k + side] = {token.casefold() for token in tokens}, capitals
        return found


_EDGES = "\"'“”‘.,;:!?()[]"  # what may stand on either side of a word in a text split at spaces


def _moved(name: tuple[str, ...], side: int, neighbour: int, texts: _Texts) -> bool:
    """Whether a name a link drops (``side`` 0) or adds (1) moved in (or out) of link ``neighbour``: its words,
    or a person's last name alone, stand on that link's other side and not all of them on its own side."""
    if not texts.holds(neighbour, 1 - side, name[-1]):
        return False  # its last word is nowhere there (most neighbours): no need to split the text
    there, capitals = texts.words(neighbour, 1 - side)
    if set(name) <= there:
        return not set(name) <= texts.words(neighbour, side)[0]
    person = len(name) > 1 and not any(word in lx.NAME_CONNECTORS for word in name)  # "Jane Okafor": "Okafor"
    return person and name[-1] in capitals and name[-1] not in texts.words(neighbour, side)[0]


def _names_moved(
    documents: tuple[Document, Document], around: _Around, result: dict[int, tuple[Change, ...]]
) -> dict[int, tuple[Change, ...]]:
    """``result`` without the names a link drops (adds) that a link sharing a paragraph with it has moved in
    (out): on its other side, not on its own."""
    texts = _Texts(documents, around.links)
    kept: dict[int, tuple[Change, ...]] = {}
    for index, changes in result.items():
        moved = _moved_names(changes, around.of(index), texts) if any(c.kind is _NAMES for c in changes) else None
        if moved is not None:
            link = around.links[index]
            sides = link_text(documents[0], link.left), link_text(documents[1], link.right)
            changes = tuple(c for c in (_without(c, moved, sides) for c in changes) if c is not None)
        if changes:
            kept[index] = changes
    return kept


Moved = tuple[set[tuple[str, ...]], set[tuple[str, ...]]]  # the names (as ``_words``) moved out, moved in


def _moved_names(changes: tuple[Change, ...], neighbours: list[int], texts: _Texts) -> Moved | None:
    """The names of a link's names changes that one of its ``neighbours`` moved in (dropped ones) or out (added
    ones), or None when there are none."""
    moved: Moved = (set(), set())
    for side in (0, 1):
        there: str | None = None  # the neighbours' other sides, read once: a name's last word nowhere there
        for change in changes:  # moved in from none of them (most names): no neighbour is read one by one
            if change.kind is _NAMES:
                for part in map(_words, _split(change, side)):
                    there = texts.around(neighbours, 1 - side) if there is None else there
                    if part and part[-1] not in there:
                        continue
                    if any(_moved(part, side, k, texts) for k in neighbours):
                        moved[side].add(part)
    return moved if moved[0] or moved[1] else None


def _split(change: Change, side: int) -> list[str]:
    text = change.right if side else change.left
    return text.split(_PART) if text else []


def _without(change: Change, moved: Moved, texts: tuple[str, str]) -> Change | None:
    """A names change less the names moved away (left) or in (right), and their marks (spans in the link's
    ``texts``); None when no name is left."""
    if change.kind is not _NAMES:
        return change
    sides = [[p for p in _split(change, side) if _words(p) not in moved[side]] for side in (0, 1)]
    if not sides[0] and not sides[1]:
        return None
    words = (_PART.join(sides[0]), _PART.join(sides[1]))
    if words == (change.left, change.right):
        return change
    what = "title" if change.note.startswith("title") or all(map(_title, sides[0] + sides[1])) else "name"
    if words[0] and words[1]:
        note = f"{what} changed: {words[0]} -> {words[1]}"
    else:
        note = f"{what} {'dropped' if words[0] else 'added'}: {words[0] or words[1]}"
    spans = [tuple(s for s in spans if texts[side][s[0] : s[1]] in sides[side])
             for side, spans in enumerate((change.left_spans, change.right_spans))]  # fmt: skip
    return replace(change, left=words[0], right=words[1], note=note, left_spans=spans[0], right_spans=spans[1])


def _title(part: str) -> bool:
    """Whether a name is an office title alone ("Council leader")."""
    return all(word in lx.TITLE_WORDS for word in _words(part))
