"""Lines that are not article text: "CONTINUE READING", share bars, newsletter prompts, comment-form footers.

API: ``is_boilerplate(line) -> bool``, ``trim_edges(paragraphs) -> (leading, body, trailing)``.

A line is boilerplate when it matches one of ``PATTERNS`` (English, plus the comment footers that blog
platforms print in other languages). At the top of an article, lone section names ("World", "UK news") before
the headline are boilerplate too, and so are short lines after the last paragraph of prose ("POPULAR"); credit
lines ("By Ann Lee", "Reporting by ...") and list items under a short sub-heading stay article text.
Boilerplate is never deleted: loaders put it in ``Document.boilerplate`` where the user can see it.

>>> [is_boilerplate(s) for s in ["CONTINUE READING", "Follow Acme News on Google News", "Read more: Rates rise",
...                              "Sem comentários:", "The river rose overnight."]]
[True, True, True, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.text import SENTENCE_ENDS, word_count

_PATTERNS = [
    r"(continue|keep) reading\W*",
    r"read (more|next|also|the full story)\b.*",
    r"(related|see also|more on this story|most (read|popular|viewed)|popular|trending|recommended)\W*(:.*)?",
    r"advertisement\W*|sponsored( content)?\W*|scroll to continue.*",
    r"follow .{1,60} on (google news|twitter|x|facebook|instagram|telegram|threads|linkedin|whatsapp|tiktok)\b.*",
    r"(share|tweet|email|print|save)( this)?( (article|story|page|on \w+))?\W*",
    r"share on \w+.*|click (here|to share).*|copy link\W*",
    r".*\b(sign up|subscribe)\b.{0,80}\b(newsletter|updates|inbox|alerts)\b.*",
    r".*\bnewsletter\b.{0,40}(sign up|subscribe|inbox)\b.*",
    r"(photo|image|picture|video|illustration)( credit)?\s*[:/].{0,80}",
    r"(©|\(c\)|copyright\s*(©|\(c\)|\d{4})).{0,120}|.*\ball rights reserved\b.*",
    r"tags?\s*:.*|topics?\s*:.*|categories\s*:.*",
    r"updated( at)?\s*:?",
    r"\d+\s+comments?\W*|(leave|post|add|view|show) (a |all )?(comment|reply|comments)\b.*|log in to (comment|reply).*",
    r"(no comments|reply|report|like|likes)\W*",
    # comment-form footers in other languages (Blogger, WordPress and the like)
    r"sem coment[aá]rios\W*|enviar um coment[aá]rio\W*|postar um coment[aá]rio\W*",
    r"no hay comentarios\W*|publicar un comentario\W*|deja un comentario\W*",
    r"aucun commentaire\W*|publier un commentaire\W*|laisser un commentaire\W*",
    r"keine kommentare\W*|kommentar (ver[oö]ffentlichen|schreiben)\W*",
    r"nessun commento\W*|posta un commento\W*|lascia un commento\W*",
    r"geen reacties\W*|een reactie (posten|plaatsen)\W*",
    r"brak komentarzy\W*|opublikuj komentarz\W*",
    r"δεν υπάρχουν σχόλια\W*|δημοσίευση σχολίου\W*",
    r"нет комментариев\W*|оставить комментарий\W*|отправить комментарий\W*",
]
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# Lines that open like a sentence of the article ("Copyright lawyers said ...", "Published in 1998, the report
# found ..."): boilerplate only when they are not a full sentence (SENTENCE_MIN_WORDS words ending one).
_UNLESS_SENTENCE = re.compile(
    r"(?:(©|\(c\)|copyright\b).{0,120})|(?:(posted|published|filed|written) (by|in|under)\b.{0,80})", re.IGNORECASE
)
SENTENCE_MIN_WORDS = 8  # words: a line this long that ends a sentence is article text, whatever its first word
BODY_SENTENCE_WORDS = 6  # words: a paragraph this long that ends a sentence starts (or ends) the body
BOILERPLATE_MAX_CHARS = 240  # characters: a longer line is article text, whatever words it has
_LONG_LINE_CUES = (
    "read",
    "related",
    "see also",
    "more on",
    "most",
    "scroll",
    "follow",
    "share",
    "click",
    "sign up",
    "subscribe",
    "newsletter",
    "photo",
    "image",
    "picture",
    "video",
    "illustration",
    "©",
    "(c)",
    "copyright",
    "rights reserved",
    "posted",
    "published",
    "filed",
    "written",
    "tag",
    "topic",
    "categor",
    "comment",
    "reply",
    "log in",
    "reacti",
    "komentar",
    "σχόλι",
    "коммент",
    "trending",
    "popular",
    "recommended",
    "coment",
    "kommentar",
    "σχολ",
    "advert",
    "sponsor",
    "continue",
    "keep reading",
    "updated",
)
_CUE = re.compile("|".join(map(re.escape, _LONG_LINE_CUES)))  # one scan instead of one `in` per cue
SECTION_MAX_WORDS = 3  # words: a lone line this short, outside the body, is a section name or a menu item
_TERMINAL = tuple(SENTENCE_ENDS + '"”’)」』')
TAIL_PROSE_WORDS = 12  # words: a paragraph this long after the last full sentence is article text, not a footer
_CREDIT = re.compile(r"(by|(additional |with )?(reporting|editing|writing|research)( by|:))\s+\S", re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """Whether one line (or paragraph) is boilerplate by its wording alone."""
    line = line.strip()
    if len(line) > BOILERPLATE_MAX_CHARS:
        return False
    words = word_count(line)
    if words > 4 and not _CUE.search(line.lower()):
        return False  # the patterns that match longer lines all contain one of these words
    if _BOILERPLATE.fullmatch(line):
        return True
    return not _is_sentence(line, SENTENCE_MIN_WORDS, words) and bool(_UNLESS_SENTENCE.fullmatch(line))


def _is_sentence(paragraph: str, least: int = BODY_SENTENCE_WORDS, words: int | None = None) -> bool:
    """Whether ``paragraph`` ends a sentence and has ``least`` words or more (``words``: its count, if known)."""
    if not paragraph.rstrip().endswith(_TERMINAL):
        return False
    return (word_count(paragraph) if words is None else words) >= least


def _is_lone_label(paragraph: str) -> bool:
    short = 0 < word_count(paragraph) <= SECTION_MAX_WORDS and not paragraph.rstrip().endswith(tuple(SENTENCE_ENDS))
    return short or is_boilerplate(paragraph)


def _is_prose(paragraph: str) -> bool:
    """A full sentence, or a paragraph long enough to be article text without one (a list item)."""
    return _is_sentence(paragraph) or word_count(paragraph) >= TAIL_PROSE_WORDS


def trim_edges(
    paragraphs: list[str], keep: Callable[[str], bool], starts_body: Callable[[str], bool] = _is_sentence
) -> tuple[list[str], list[str], list[str]]:
    """Split off lone labels before the headline and short lines after the last paragraph of prose.

    Boilerplate lines ("MOST READ") count as lone labels. A text made only of lone labels is kept whole (there is
    no body to tell them from). The label just above a byline (``keep``) or a paragraph that starts the body
    (``starts_body``: the heading step's test) is the headline, however short; above a longer headline it is a
    section name ("World" above "Big defeat for the army"). After the last paragraph of prose (a full
    sentence, or ``TAIL_PROSE_WORDS`` words: a list item under a short sub-heading), the tail from the next lone
    label on is set aside, except credit lines ("By Ann Lee", "Reporting by ...").
    """
    start = next((k for k, p in enumerate(paragraphs) if not _is_lone_label(p) or keep(p)), len(paragraphs))
    if start == len(paragraphs):
        return [], paragraphs, []
    if start > 0 and (starts_body(paragraphs[start]) or keep(paragraphs[start])):
        start -= 1  # "Storm hits Britain" above "By Ann Lee" or the first sentence is a headline, not a section
    end = len(paragraphs)
    last_prose = next((k for k in range(len(paragraphs) - 1, -1, -1) if _is_prose(paragraphs[k])), -1)
    if last_prose >= start:
        end = last_prose + 1
        while end < len(paragraphs) and (not _is_lone_label(paragraphs[end]) or _CREDIT.match(paragraphs[end])):
            end += 1
    return paragraphs[:start], paragraphs[start:end], paragraphs[end:]
