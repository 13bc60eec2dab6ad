"""Matching keys: the content terms of a sentence, normalised so that a rewrite's wording still matches.

API: ``sentence_terms(text) -> list[str]``, ``term_key(word) -> str``, ``STOP_WORDS``.

Keys fold case, accents, US/UK spelling (colour/color, organise/organize, centre/center, travelled/traveled),
thousands separators in numbers (11,000 -> 11000) and common inflections (killed/kills/killing -> kill).
Function words are dropped: a rewrite changes them freely. Keys are for matching only; displayed text is never
altered.

>>> sentence_terms("It was.")
['it', 'was']
>>> sentence_terms("The colours of the Centre were organised, officials said, for 11,000 visitors.")
['color', 'center', 'organiz', 'official', 'said', '#11000', 'visitor']
"""

from __future__ import annotations

import re
import unicodedata

# \w+(?:[.,'’]\d+)*(?:['’]\w+)? with possessive repeats: the same words (all after the first repeat is optional,
# so the regex never backtracks into one), in half the time (no backtracking state kept for the groups)
_WORD = re.compile(r"\w++(?:[.,'’]\d++)*+(?:['’]\w++)?+")
SHORT_SENTENCE_TERMS = 1  # content terms: a sentence with this few matches on its function words too
FUNCTION_PREFIX = "~"  # function-word keys of short sentences: they match only other short sentences'
NUMBER_PREFIX = "#"  # keys of numbers start with this, so they can be weighted as strong evidence

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves thee thou thy
    thine ye unto hath shall upon o let also may might must one us""".split()
)

_SPELLING = (
    (re.compile(r"(?<=\w{2})our(s|ed|ing|ful|ite|ites|able)?$"), r"or\1"),  # colour, favourite, honourable
    (re.compile(r"(?<=\w{2})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),  # organise, organisation
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"),  # analyse
    (re.compile(r"(?<=\w{2})tre(s)?$"), r"ter\1"),  # centre, metres
    (re.compile(r"(?<=\w{3})ogue(s)?$"), r"og\1"),  # catalogue
    (re.compile(r"(?<=\w{3}[aeiou])ll(ed|er|ers|ing)$"), r"l\1"),  # travelled, modelling
    (re.compile(r"(?<=\w{2})ence$"), r"ense"),  # defence, licence
    (re.compile(r"(?<=\w{3})mme$"), r"m"),  # programme
)
_INFLECTION = re.compile(r"(?<=\w{3})(?:ies|ied|ying)$|(?<=\w{3})(?:ings|ing|edly|ed|eth|est|es|s|ly)$")


def _fold_accents(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def term_key(word: str) -> str:
    """The matching key of one lower-case word (see the module docstring).

    >>> [term_key(w) for w in ["killed", "kills", "killing", "colour", "color", "defence", "defense"]]
    ['kill', 'kill', 'kill', 'color', 'color', 'defens', 'defens']
    """
    word = _fold_accents(word.replace("’", "'"))
    if word.endswith("'s"):
        word = word[:-2]
    for pattern, replacement in _SPELLING:
        if pattern.search(word):
            word = pattern.sub(replacement, word)
            break
    if len(word) > 4:
        word = _INFLECTION.sub(lambda m: "y" if m.group(0).startswith(("ie", "y")) else "", word)
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


_KEY_CACHE: dict[str, str] = dict.fromkeys(STOP_WORDS, "")  # word -> key; "" for a function word
_KEY_CACHE_MAX = 60_000  # words (about 8 MB): the cache stops growing past this (the whole Bible has 14,000)


def _compute_key(word: str) -> str:
    key = NUMBER_PREFIX + word.replace(",", "") if word[0].isdigit() else term_key(word)
    if len(_KEY_CACHE) < _KEY_CACHE_MAX:
        _KEY_CACHE[word] = key
    return key


def sentence_words(text: str) -> list[str]:
    """The lower-case words and numbers of a sentence, in order."""
    return _WORD.findall(text.lower())


def sentence_terms(text: str, words: list[str] | None = None) -> list[str]:
    """The matching keys of a sentence's content words and numbers, in order (with repeats).

    ``words`` may pass :func:`sentence_words` of the text when the caller has them already.
    """
    terms = []
    get = _KEY_CACHE.get
    if words is None:
        words = sentence_words(text)
    for word in words:
        key = get(word)
        if key is None:
            key = _compute_key(word)
        if key:
            terms.append(key)
    if len(terms) <= SHORT_SENTENCE_TERMS:  # "What do you wish me to do for you?": too little to match on alone
        function_words = [FUNCTION_PREFIX + word for word in words if word in STOP_WORDS]
        terms = terms + function_words if terms else words or [text.strip()]
    return terms
