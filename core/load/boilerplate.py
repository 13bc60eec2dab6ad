"""Lines that are not article text: "CONTINUE READING", share bars, newsletter prompts, comment-form footers.

API: ``is_boilerplate(line) -> bool``, ``is_navigation(line) -> bool``, ``is_menu(paragraphs, k) -> bool``,
``trim_edges(paragraphs) -> (leading, body, trailing)``.

A line is boilerplate when it matches one of ``PATTERNS`` (English, plus the comment footers that blog
platforms print in other languages); a cookie notice ("We use cookies to ... Accept all") may be longer than the
others. A site's menu on one line ("Home | News | Sport | Weather") is boilerplate wherever it stands, unless it is
the header row of a table (``is_menu``). At the top of an article, lone section names ("World", "UK news") before
the headline are boilerplate too, and so are short lines after the last paragraph of prose ("POPULAR"); credit
lines ("By Ann Lee", "Reporting by ...") and list items under a short sub-heading stay article text.
Boilerplate is never deleted: loaders put it in ``Document.boilerplate`` where the user can see it.

>>> [is_boilerplate(s) for s in ["CONTINUE READING", "Follow Acme News on Google News", "Read more: Rates rise",
...                              "Sem comentários:", "The river rose overnight."]]
[True, True, True, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from core.text import SENTENCE_ENDS, any_of_pattern, word_count

_NETWORKS = (
    r"(facebook|twitter|x|whatsapp|linkedin|e-?mail|messenger|reddit|pinterest|telegram|bluesky|threads|flipboard|"
    r"sms|print|copy link)"
)  # the networks a share bar names
_COOKIE_BUTTON = (
    r"((accept|reject|allow|decline|refuse) (all|necessary|essential|optional)( cookies)?|"
    r"(accept|reject|allow|decline|refuse) cookies|"
    r"(manage|customi[sz]e|change|update)( my| your)?( cookie)? (preferences|settings|cookies|choices|options)|"
    r"cookie (settings|preferences|policy|notice|consent)|got it|i agree|i accept)"
)  # a cookie notice's buttons ("Accept" alone is not one: an article may have a one-word line "Accept")
_COOKIE_NOTICE = re.compile(
    r"(we( and our( \w+)? partners)?|(this|our) (web ?)?(site|page)|this website|[\w.-]+\.(com|co\.uk|org|net))"
    r"( \w+){0,2} uses? cookies\b(?=.*\b(accept|agree|consent|preferences|settings|continu|cookie policy|privacy|"
    r"improve|experience|personali[sz]|analy[sz]e|traffic|ads|advertising)).*|"
    r"by (continuing|using|browsing|clicking)\b.{0,60}\byou (agree|consent)\b.{0,40}\bcookies\b.*",
    re.IGNORECASE,
)  # a cookie notice opens by saying the site uses cookies and asks for consent (a longer line than other boilerplate)
COOKIE_MAX_CHARS = 600  # characters: a longer paragraph is article text, even one opening "We use cookies to ..."
_PATTERNS = [
    r"(continue|keep) reading\W*",
    r"read (more|next|also|the full story)\b.*",
    r"(related|see also|more on this story|most (read|popular|viewed)|popular|trending|recommended)\W*(:.*)?",
    r"advertisement\W*|sponsored( content)?\W*|scroll to continue.*",
    r"follow .{1,60} on (google news|twitter|x|facebook|instagram|telegram|threads|linkedin|whatsapp|tiktok)\b.*",
    r"(share|tweet|email|print|save)( this)?( (article|story|page|on \w+))?\W*",
    r"share on \w+.*|click (here|to share).*|copy link\W*",
    # a share bar naming its networks: "Share this article: Facebook | Twitter", "Facebook Twitter WhatsApp Email"
    rf"(share( this( article| story| page| post)?| on)?\s*[:\-–]?\s*)?{_NETWORKS}((\s*[|,/·•]\s*|\s+){_NETWORKS})+\W*",
    rf"share( this( article| story| page| post)?)?\s*[:\-–]?\s*{_NETWORKS}\W*",
    # a cookie notice and its buttons: "We use cookies to improve ... Accept all", "Accept all / Manage preferences"
    rf"{_COOKIE_BUTTON}(\s*[|/·•]?\s*{_COOKIE_BUTTON})*\W*",
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
    "cookie",
    "accept",
    "reject",
    "allow",
    "decline",
    "refuse",
    "manage",
    "customi",
    "got it",
    "agree",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "mail",
    "messenger",
    "reddit",
    "pinterest",
    "telegram",
    "bluesky",
    "threads",
    "flipboard",
    "sms",
    "print",
    "copy link",
)
_CUE = re.compile(any_of_pattern(_LONG_LINE_CUES))  # one scan of a trie: a third of a flat alternation's time
SECTION_MAX_WORDS = 3  # words: a lone line this short, outside the body, is a section name or a menu item
_TERMINAL = tuple(SENTENCE_ENDS + '"”’)」』')
TAIL_PROSE_WORDS = 12  # words: a paragraph this long after the last full sentence is article text, not a footer
_BY = re.compile(r"by\s", re.IGNORECASE)
_CREDIT = re.compile(r"(by|(additional |with )?(reporting|editing|writing|research)( by|:))\s+\S", re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """Whether one line (or paragraph) is boilerplate by its wording alone."""
    line = line.strip()
    lower = line.lower()
    if "cookie" in lower and len(line) <= COOKIE_MAX_CHARS and _COOKIE_NOTICE.fullmatch(line):
        return True
    if len(line) > BOILERPLATE_MAX_CHARS:
        return False
    words = word_count(line)
    if words > 4 and not _CUE.search(lower):
        return False  # the patterns that match longer lines all contain one of these words
    if _BOILERPLATE.fullmatch(line):
        return True
    return not _is_sentence(line, SENTENCE_MIN_WORDS, words) and bool(_UNLESS_SENTENCE.fullmatch(line))


_MENU_SEPARATOR = re.compile(r"\s*[|•»›>]\s*")  # between a menu's items, or a breadcrumb trail's
MENU_MIN_ITEMS = 3  # items: a shorter run ("Budget 2026 | What it means") is no menu
MENU_ITEM_WORDS = 3  # words: a longer item is a phrase, not a menu entry
_MENU_CHARS = re.compile(r"[|•»›>]")


def is_navigation(line: str) -> bool:
    """A site's menu or breadcrumb trail on one line: ``MENU_MIN_ITEMS`` items or more parted by "|", "•", "»",
    "›" or ">", each of at most ``MENU_ITEM_WORDS`` words, none in lower case, ending a sentence or a byline
    ("By Ann Lee"), and most of them one capitalised word ("Home | News | Sport | Weather", "Home » World »
    Europe").

    >>> is_navigation("Home | News | Sport | Weather"), is_navigation("Budget 2026 | What it means for you")
    (True, False)
    """
    if not _MENU_CHARS.search(line):
        return False
    items = [item for item in _MENU_SEPARATOR.split(line.strip()) if item]
    if len(items) < MENU_MIN_ITEMS:
        return False
    for item in items:
        if word_count(item) > MENU_ITEM_WORDS or item[0].islower() or item.endswith(_TERMINAL) or _BY.match(item):
            return False
    return 2 * sum(1 for item in items if word_count(item) == 1 and item[0].isupper()) > len(items)


def is_menu(paragraphs: Sequence[str], k: int) -> bool:
    """Whether ``paragraphs[k]`` is a navigation line (``is_navigation``) rather than a row of a table (a web
    page's table rows are cells parted by " | "): no paragraph beside it has as many "|" cells."""
    line = paragraphs[k]
    if not is_navigation(line):
        return False
    cells = line.count("|")
    return not cells or not any(paragraphs[j].count("|") == cells for j in (k - 1, k + 1) if 0 <= j < len(paragraphs))


def _is_sentence(paragraph: str, least: int = BODY_SENTENCE_WORDS, words: int | None = None) -> bool:
    """Whether ``paragraph`` ends a sentence and has ``least`` words or more (``words``: its count, if known)."""
    if not paragraph.rstrip().endswith(_TERMINAL):
        return False
    return (word_count(paragraph) if words is None else words) >= least


def _is_lone_label(paragraphs: Sequence[str], k: int) -> bool:
    """A short line that is no sentence, a boilerplate line, or a menu (``is_menu``)."""
    paragraph = paragraphs[k]
    short = 0 < word_count(paragraph) <= SECTION_MAX_WORDS and not paragraph.rstrip().endswith(tuple(SENTENCE_ENDS))
    return short or is_boilerplate(paragraph) or is_menu(paragraphs, k)


def _is_prose(paragraph: str) -> bool:
    """A full sentence, or a paragraph long enough to be article text without one (a list item)."""
    return _is_sentence(paragraph) or word_count(paragraph) >= TAIL_PROSE_WORDS


def trim_edges(
    paragraphs: list[str], keep: Callable[[str], bool], starts_body: Callable[[str], bool] = _is_sentence
) -> tuple[list[str], list[str], list[str]]:
    """Split off lone labels before the headline and short lines after the last paragraph of prose.

    Boilerplate lines ("MOST READ") and menus (``is_menu``: "Home | News | Sport") count as lone labels, and a
    menu is never taken for the headline. A text made only of lone labels is kept whole (there is
    no body to tell them from). The label just above a byline (``keep``) or a paragraph that starts the body
    (``starts_body``: the heading step's test) is the headline, however short; above a longer headline it is a
    section name ("World" above "Big defeat for the army"). After the last paragraph of prose (a full
    sentence, or ``TAIL_PROSE_WORDS`` words: a list item under a short sub-heading), the tail from the next lone
    label on is set aside, except credit lines ("By Ann Lee", "Reporting by ...").
    """
    start = next((k for k, p in enumerate(paragraphs) if not _is_lone_label(paragraphs, k) or keep(p)), len(paragraphs))
    if start == len(paragraphs):
        return [], paragraphs, []
    if start > 0 and (starts_body(paragraphs[start]) or keep(paragraphs[start])) and not is_menu(paragraphs, start - 1):
        start -= 1  # "Storm hits Britain" above "By Ann Lee" or the first sentence is a headline, not a section
    end = len(paragraphs)
    last_prose = next((k for k in range(len(paragraphs) - 1, -1, -1) if _is_prose(paragraphs[k])), -1)
    if last_prose >= start:
        end = last_prose + 1
        while end < len(paragraphs) and (not _is_lone_label(paragraphs, end) or _CREDIT.match(paragraphs[end])):
            end += 1
    return paragraphs[:start], paragraphs[start:end], paragraphs[end:]
