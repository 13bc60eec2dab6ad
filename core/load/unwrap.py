"""Hard-wrapped text back into paragraphs, with or without blank lines between them.

API: ``unwrap(lines) -> list[str]``, ``wrap_width(lines) -> int | None``, ``blocks(lines) -> list[str]`` (lines
between blank lines joined, for text whose paragraphs are marked).

A text is hard-wrapped when most of its lines come close to one width (30 to 130 characters). Then a line
break is kept as a paragraph break only when the next line's first word would have fitted on the line (so the
wrap did not cause it) and the break is not inside a sentence before a word in lower case (text wrapped by hand
leaves lines short), or when the line ends a sentence right before a short paragraph opener. Text pasted
from some news sites puts each paragraph's first word or two alone on a line ("North Korean" /
"troops sent to fight ..."); when a text does that at least ``OPENER_MIN`` times, such a short first line is
joined to what follows. Words hyphenated across a line end are joined ("infor-" / "mation");
the hyphen stays after a common compound head ("well-" / "known") or an acronym ("US-" / "based"), or when
the text uses the hyphenated form elsewhere, unless it also uses the joined one. Text that is not wrapped keeps
one paragraph per line, or per block of lines between blank lines (a first block of short lines each opening in
a capital is a header typed as a stack of lines: one paragraph a line).

>>> wrapped = ["The council met on Monday to discuss the new", "budget, which raises spending on trans-",
...            "port by 12 per cent.", "Opposition members said the plan was unfair to", "the poorest families."]
>>> unwrap(wrapped)
['The council met on Monday to discuss the new budget, which raises spending on transport by 12 per cent.', \
'Opposition members said the plan was unfair to the poorest families.']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.load.metadata import (
    byline_and_date,
    looks_like_byline,
    looks_like_date,
    looks_like_metadata,
    only_date_words,
    runs_on,
)

WIDTH_RANGE = (30, 130)  # characters: widths a hard wrap is looked for in
NEAR_FULL = 0.72  # share of the width from which a line counts as filled by the wrap
WRAPPED_SHARE = 0.5  # share of non-blank lines that must be near full for the text to count as wrapped
OPENER_WORDS = 3  # words: the longest paragraph opener left alone on its line
MID_SENTENCE_SHARE = 0.5  # share of lines a wrapped text breaks mid-sentence (one paragraph a line: almost none)
PROPORTIONAL_SLACK = 0.15  # share of the width a word must leave free to surely have fitted, in PDF text
OUTLIER = 1.15  # lines longer than this times the typical long line (a URL, a table) do not set the width
OPENER_MIN = 3  # openers a text must show before short first lines are joined to the next line
HEADER_LINE_WORDS = 24  # words: the longest line of a header typed as a stack of lines (a headline's length)
HEADER_BLOCKS = 6  # blocks: a byline or date line heading one of these keeps its own paragraph (metadata.HEADER_MAX)
HEADER_LINES_MAX = 5  # lines: the most header lines looked for at the top of a block

# First halves of hyphenated compounds ("well-known", "mid-January"): a line ending in one keeps its hyphen.
COMPOUND_HEADS = frozenset(
    """well self long short high low full part half non anti pro ex co mid post pre cross all so far old one two
    three four five six seven eight nine ten twenty first second third much ill big small little best free hard
    open world record time war state left right year week day month front top hands man""".split()
)
_TERMINAL = re.compile(r"[.!?…:][\"'”’)\]]*$|[\"”’]$")
_STARTS_PARAGRAPH = re.compile(r"[\"'“‘(\[]?[A-Z0-9À-ÖØ-ÞΑ-ΩА-Я]")
_HYPHENATED = re.compile(r"(\w+)-$")


def wrap_width(lines: list[str]) -> int | None:
    """The wrap width of a text (its longest ordinary line), or None when it is not hard-wrapped."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    typical = lengths[int(0.9 * (len(lengths) - 1))]
    if not WIDTH_RANGE[0] <= typical <= WIDTH_RANGE[1]:
        return None  # (before the scan below: a list of short lines is told at once)
    wordy = [len(line) for line in lines if len(line.split()) > OPENER_WORDS]  # openers say nothing of the wrap
    near = sum(1 for n in wordy if n >= NEAR_FULL * typical)
    if not wordy:
        return None
    if near < WRAPPED_SHARE * len(wordy):
        return None
    mid_sentence = sum(1 for line in lines if line.strip() and not _ends_sentence(line.rstrip()))
    if mid_sentence < MID_SENTENCE_SHARE * len(lengths):
        return None  # one paragraph a line that happen to be of similar length
    return max(n for n in lengths if n <= OUTLIER * typical)


def _ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line))


def _is_opener(line: str, following: str | None, width: int) -> bool:
    """A paragraph's first word or two alone on a line, followed by the rest of the paragraph."""
    return (
        following is not None
        and bool(following.strip())
        and len(line.split()) <= OPENER_WORDS
        and len(line) < width / 2
        and not _ends_sentence(line)
        and bool(_STARTS_PARAGRAPH.match(line))
    )


def _join(left: str, right: str, words: Callable[[], set[str]]) -> str:
    """Two lines of one paragraph joined; a word split at the line end is rejoined, hyphen and all if it had one.

    ``words`` gives the text's words (and hyphenated compounds), computed only when a hyphen needs them.
    """
    match = _HYPHENATED.search(left, max(0, len(left) - 64)) if left.endswith("-") else None
    if match and right[:1].islower():
        stem, tail = match.group(1), right.split(maxsplit=1)[0].rstrip(",.;:!?")
        known = words()
        compound = (
            stem.lower() in COMPOUND_HEADS
            or stem[-1].isdigit()
            or (stem.isupper() and len(stem) > 1)  # an acronym: "US-" / "based", "EU-" / "funded"
            or f"{stem}-{tail}".lower() in known
        )
        return left + right if compound and f"{stem}{tail}".lower() not in known else left[:-1] + right
    return f"{left} {right}"


def _next_word_fits(line: str, following: str, width: int, proportional: bool) -> bool:
    """Whether the next line's first word would have fitted at the end of this line.

    In a proportional font (PDF text) lines of one width hold different numbers of characters, so a word only
    surely fits with ``PROPORTIONAL_SLACK`` to spare, or when the line ends a sentence and the next starts one.
    """
    needed = len(line) + 1 + len(following.split()[0])
    if not proportional:
        return needed <= width
    if needed <= width * (1 - PROPORTIONAL_SLACK):
        return True
    return needed <= width and _ends_sentence(line) and bool(_STARTS_PARAGRAPH.match(following))


def _breaks_before(
    lines: list[str], k: int, width: int, first_in_paragraph: bool, openers: bool, proportional: bool, body: bool
) -> bool:
    """Whether a paragraph ends between line ``k`` and line ``k + 1`` of a wrapped text.

    A wrap moves a word to the next line only when it does not fit; when it would have fitted, the line ended
    for another reason: a paragraph, a heading, a byline.
    """
    line, following = lines[k], lines[k + 1]
    after = lines[k + 2] if k + 2 < len(lines) else None
    if line.strip() == "" or following.strip() == "":
        return True
    if _HYPHENATED.search(line) and following[:1].islower():
        return False  # a word split by the wrap ("trans-" / "port")
    if not _ends_sentence(line) and following[:1].islower():
        return False  # a sentence carried on: a hand-made wrap left this line short, no paragraph ends so
    if body and not _ends_sentence(line) and len(line) >= width / 2 and not _stands_alone(line, following):
        return False  # the same before a capital (a name) in the body: half a line of prose ends no paragraph
        # mid-sentence (above the body, headlines and standfirsts do)
    if not _next_word_fits(line, following, width, proportional):
        return openers and _ends_sentence(line) and _is_opener(following, after, width)
    return not (openers and first_in_paragraph and _is_opener(line, following, width) and not _apart(line, following))


def _apart(line: str, following: str) -> bool:
    """Whether a short line that could open a paragraph ("By Ann Lee", "12 March 2026") is a header line of its
    own: a byline or a date line that the next line does not carry on ("By Ann" / "Lee in Tokyo", "Fri 7 Feb" /
    "2025 05.05 GMT" are one line wrapped)."""
    if looks_like_byline(line, after_title=False):
        return not looks_like_byline(f"{line} {following}", after_title=False)
    return looks_like_date(line) and not only_date_words(following)


def _stands_alone(line: str, following: str) -> bool:
    """A line that ends without ending a sentence and is still no part of the next: a byline or a date, or
    the line before one (a headline)."""
    return looks_like_metadata(line) or looks_like_metadata(following)


def unwrap(lines: list[str], proportional: bool = False) -> list[str]:
    """Paragraphs of a text given as lines (see the module docstring); ``proportional`` for text from a PDF."""
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    width = wrap_width(lines)
    if width is None:
        if any(not line.strip() for line in lines):
            return blocks(lines)
        return [line.strip() for line in lines if line.strip()]
    word_set: list[set[str]] = []

    def words() -> set[str]:
        if not word_set:
            word_set.append({w.lower() for line in lines for w in re.findall(r"\w+(?:-\w+)*", line)})
        return word_set[0]

    opener_count = sum(
        1
        for k in range(len(lines) - 1)
        if _is_opener(lines[k], lines[k + 1], width) and len(lines[k + 1]) >= NEAR_FULL * width
    )
    openers = opener_count >= OPENER_MIN
    paragraphs: list[str] = []
    current = ""
    lines_in_current = 0
    for k, line in enumerate(lines):
        if line.strip():
            current = _join(current, line.strip(), words) if current else line.strip()
            lines_in_current += 1
        body = bool(paragraphs) and _ends_sentence(paragraphs[-1])  # a paragraph of prose has ended
        if k + 1 == len(lines) or _breaks_before(lines, k, width, lines_in_current == 1, openers, proportional, body):
            if current:
                paragraphs.append(current)
            current, lines_in_current = "", 0
    return paragraphs


def blocks(lines: list[str]) -> list[str]:
    """Blocks of lines between blank lines, each joined into one paragraph; but a first block that is a stack of
    short lines, each but the first opening in a capital ("PRESS RELEASE" / "Ferry fares to rise" / "By Ann
    Lee, 14 March 2026"), keeps one paragraph a line: a header typed without blank lines above a body with them.
    So does, in any of the first ``HEADER_BLOCKS`` blocks, a head of lines down to a byline or a date line ("By
    Ann Lee" / "12 March 2026", in any order): the lines after it are one paragraph, the body's first.

    >>> blocks(["Storm hits coast", "By Jane Doe", "", "A storm hit the coast", "on Monday."])
    ['Storm hits coast', 'By Jane Doe', 'A storm hit the coast on Monday.']
    >>> blocks(["Storm hits coast", "", "By Jane Doe", "12 March 2026", "", "A storm hit the coast", "on Monday."])
    ['Storm hits coast', 'By Jane Doe', '12 March 2026', 'A storm hit the coast on Monday.']
    """
    found: list[list[str]] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            found.append(current)
            current = []
    paragraphs: list[str] = []
    for index, block in enumerate(found):
        if index == 0 and _header_stack(block):
            paragraphs += block
            continue
        head = _dated_head(block) if index < HEADER_BLOCKS else 0
        paragraphs += block[:head]
        if block[head:]:
            paragraphs.append(" ".join(block[head:]))
    return paragraphs


def _header_stack(block: list[str]) -> bool:
    """Lines that stand apart: several, each of at most ``HEADER_LINE_WORDS`` words, none ending in a comma, a
    hyphen or a word that runs on ("... the council said on" / "Monday."), each after the first opening in a
    capital, a digit or a quotation mark."""
    return (
        len(block) > 1
        and all(len(line.split()) <= HEADER_LINE_WORDS and not runs_on(line) for line in block[:-1])
        and len(block[-1].split()) <= HEADER_LINE_WORDS
        and all(_STARTS_PARAGRAPH.match(line) for line in block[1:])
    )


def _names_author_or_day(line: str) -> bool:
    """A line that is surely no part of a sentence: "By Ann Lee", a date line or a version's history, or both on
    one line (a bare name is not enough: "North Korean" / "troops sent to ..." opens a paragraph)."""
    return looks_like_byline(line, after_title=False) or looks_like_date(line) or byline_and_date(line) is not None


def _dated_head(block: list[str]) -> int:
    """How many lines at the top of a block are header lines of their own: those down to the last byline or date
    line among its first ``HEADER_LINES_MAX``, when all of them stand apart (``_header_stack``) and the line after
    it does not carry a sentence on (lower case); 0 when there is no such line."""
    head = 0
    for k, line in enumerate(block[:HEADER_LINES_MAX]):
        if _names_author_or_day(line) and (k + 1 == len(block) or not block[k + 1][:1].islower()):
            head = k + 1
    return head if head == 1 or _header_stack(block[:head]) else 0  # else a paragraph's own lines
