"""Figures in prose: the number, what kind of quantity it is, its qualifier and what it counts.

API: ``extract_figures(text) -> list[Figure]``, ``may_hold_figures(words)``; ``Figure``, ``Qualifier`` and
``FigureKind`` (defined in ``core.facts.figure_model``).

Reads digits with separators and decimals (11,000; 2.5), scales (1.5m, $4.5bn, two million), spelled numbers
(three hundred, a dozen), shares (50%, 50 per cent, half, a third, one in five; all stored as a fraction so that
half = 50%), percentage points, ranges (11,000 to 12,000; 11,000-12,000; 11,000 [to] 12,000; between 5 and 8),
ordinals (21st, third), and dates (7 Feb 2025, mid-January, late 2024, August, last week, Monday); scores and
tallies ("7-4", "by seven votes to four"), fractions of a unit ("a quarter of a percentage point": 0.25 points),
age groups ("under-fives": under five) and a figure repeated in brackets ("four (4)": one) as
``core.facts.figure_forms`` says.
The words before a figure give its qualifier: approximate (about, around, some, an estimated, roughly), lower
bound (more than, over, at least, upwards of), upper bound (up to, as many as, at most, fewer than) or near
(nearly, almost, just under) or average (an average of, on average), read by ``core.facts.figure_hedges``
("over" before a span of time opening a clause is "during": exact). The words after it give the thing it counts
("300 North Koreans"; a rate of time its period: "seven days a week" counts "days a week"). Phone numbers,
postcodes, reference numbers and product codes are no figures (``core.facts.figure_codes``).

>>> [(f.text, f.kind.value, f.low, f.qualifier.value, f.counted) for f in extract_figures(
...     "About 300 soldiers died and more than 2,700 were hurt; as many as half fled.")]
[('About 300', 'count', 300.0, 'approximate', 'soldiers'), ('more than 2,700', 'count', 2700.0, 'lower bound', ''), \
('as many as half', 'share', 0.5, 'upper bound', '')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from core.facts.figure_codes import code_spans
from core.facts.figure_forms import (
    AGE_WORDS,
    VOTES_JOIN,
    age_groups,
    percent_carried_back,
    repeated_in_brackets,
    score_one,
)
from core.facts.figure_hedges import hedge_read, qualifier
from core.facts.figure_model import Figure, FigureKind, Qualifier
from core.facts.figure_rates import rate_counted
from core.facts.figure_words import (
    DATE_PATTERN,
    DAY_NAMES,
    MONTH_NAMES,
    MULTIPLES,
    NUMBER_PATTERN,
    PART_MEASURES,
    PLAIN_NUMBER_PATTERN,
    TIME_PATTERN,
    VAGUE_PATTERN,
    parse_number,
    parse_time,
    vague_range,
)
from core.facts.look_back import ends_with

__all__ = ["Figure", "FigureKind", "Qualifier", "extract_figures", "may_hold_figures"]

_NUMBER = re.compile(NUMBER_PATTERN, re.IGNORECASE | re.VERBOSE)
_DATE = re.compile(DATE_PATTERN, re.IGNORECASE | re.VERBOSE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|\[to\]|and)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BY = re.compile(r"\b(?:from|by|up|down)\s+$", re.IGNORECASE)
_COUNTED_WORD = re.compile(r"\s*(?:of\s+(?:the\s+|its\s+|their\s+)?)?((?:[A-Za-z][\w’'-]*\s*){1,4})")
_COUNTED_STOP = frozenset(
    """had have has were was been are is be in on to and or who which that for with from at by as than of the a an
    this these those it its their there more less per cent percent said say says ago before after since when
    while but if so would could will may might over under during through within across into against""".split()
)
_VERBS = frozenset("died fled said say says went came left lost won fell rose remain remains face faces".split())
_FIGURE_START = frozenset(
    """decade century one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million
    billion trillion dozen half halves third thirds quarter quarters fifth fifths tenth tenths fourth sixth seventh
    eighth ninth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
    twentieth twice twofold threefold fourfold fivefold tenfold""".split()
) | frozenset(MULTIPLES)
_DATE_START = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october
    nov november dec december monday tuesday wednesday thursday friday saturday sunday last this next past previous
    yesterday today tomorrow early mid late""".split()
)
_AFTER_ARTICLE = frozenset(
    "dozen decade century hundred thousand million billion trillion half third quarter fifth tenth year month week day"
    " hour minute few".split()
)
_ARTICLE = re.compile(r"\ban?\s+$")
_START_WORDS = _FIGURE_START | _DATE_START
_TIME_START = frozenset({"noon", "midday", "midnight"})
_DURATION_START = frozenset("year month week day hour minute".split())  # "a year and a half" starts at its article
_VAGUE_START = frozenset("dozens scores hundreds thousands millions billions tens several few many".split())
_START_WORDS = _START_WORDS | _TIME_START | _DURATION_START | _VAGUE_START | AGE_WORDS  # "under-fives": no start
_VAGUE = re.compile(VAGUE_PATTERN, re.IGNORECASE | re.VERBOSE)
_CURRENCY_WORDS = {"pounds": "£", "dollars": "$", "euros": "€", "yen": "¥"}
_HAS_DIGIT = re.compile(r"[\d$£€¥½¼¾⅓⅔⅛]")
_DIGIT_START = re.compile(r"(?<![\w.$£€¥])(?<!\d,)(?:US\$|[$£€¥])?[\d½¼¾⅓⅔⅛]", re.IGNORECASE)
_TIME = re.compile(TIME_PATTERN, re.IGNORECASE | re.VERBOSE)
_DATE_BEFORE = frozenset(
    """in on at since until till by from to through of last next this early mid late end before after during
    every each following previous between and or""".split()
)
_MONTHS3 = frozenset(m[:3] for m in MONTH_NAMES)
_DATE_AFTER = frozenset(
    """morning afternoon evening night and or to through was is will would saw had has when that as at in the
    after before last next""".split()
)
_WORDS = re.compile(r"[a-z]+")
_RANGE_NEXT = re.compile(r"[-–/]\d")  # "11,000-12,000": a second number run on after a dash or slash
_KINDS = {kind.value: kind for kind in FigureKind}  # a dict lookup: calling the enum is slower


@functools.cache
def _plain_number() -> re.Pattern[str]:
    """``_NUMBER`` without factors ("three times" as a count), compiled on first need: 33 M instructions (the size
    of ``_NUMBER``) for a text that has a "times" that is no factor, which most articles never do."""
    return re.compile(PLAIN_NUMBER_PATTERN, re.IGNORECASE | re.VERBOSE)


def _counted(text: str, end: int) -> str:
    """The thing a figure counts: the next few words, stopping at a function word."""
    match = _COUNTED_WORD.match(text, end)
    if match is None:
        return ""
    words: list[str] = []
    for word in match.group(1).split():
        lower = word.lower()
        if lower in _COUNTED_STOP or (words and (lower in _VERBS or (word.islower() and lower.endswith("ed")))):
            break  # "300 soldiers died": the counted thing ends where the verb starts
        words.append(word)
    return " ".join(words)


def _number_figure(text: str, match: re.Match[str]) -> Figure | None:
    parsed = parse_number(match)
    if parsed is None and (match.group("spelled") or "").lower() == "one" and score_one(text, match.start()):
        parsed = ("count", 1.0, "")  # "ten votes to one": the second number of a score
    if parsed is None or (match.group("multiple") and not _is_multiple(text, match)):
        return None
    kind_name, value, unit = parsed
    hedge, begin = qualifier(text, match.start())
    kind = _KINDS[kind_name]
    counted = "" if kind in (FigureKind.SHARE, FigureKind.POINTS) else _counted(text, match.end())
    part = match.group("partUnit")
    if duration := match.group("mixedUnit") or match.group("halfUnit") or (part in PART_MEASURES and part):
        counted = duration.lower() + "s"  # "a year and a half", "three quarters of a mile": years, miles
    hedge, begin = hedge_read(text, (begin, match.start(), match.end()), hedge, counted)
    counted = rate_counted(text, match.end(), counted)  # "seven days a week": "days a week"
    if match.group("scale") == "m" and kind is FigureKind.COUNT and _METRES_AFTER.match(text, match.end()):
        value, counted = value / 1_000_000, "metres"  # "a height of about 2m," "2m tall": metres, not millions
    return Figure(text[begin : match.end()], begin, match.end(), kind, value, value, hedge, counted, f"{value:g}", unit)


def _vague_figure(text: str, match: re.Match[str]) -> Figure | None:
    """ "Hundreds of residents": a count whose value is a range, qualified as vague; none for a span of time
    ("hundreds of years" is "centuries", "for decades" no figure either); of pounds, dollars, euros or yen an
    amount of money ("millions of pounds" / "£3m": made precise)."""
    low, high = vague_range(match)
    counted = _counted(text, match.end())
    head = counted.split(" ")[0].lower()
    if head.rstrip("s") in _DURATION_START:
        return None
    if head in _CURRENCY_WORDS:  # "millions of pounds": an amount of money, whatever follows
        return Figure(match.group(0), match.start(), match.end(), FigureKind.MONEY, low, high, Qualifier.VAGUE,
                      "", f"{low:g}-{high:g}", _CURRENCY_WORDS[head])  # fmt: skip
    return Figure(match.group(0), match.start(), match.end(), FigureKind.COUNT, low, high, Qualifier.VAGUE,
                  counted, f"{low:g}-{high:g}")  # fmt: skip


def _is_multiple(text: str, match: re.Match[str]) -> bool:
    """Whether "doubled", "halve", "triples" stands as a change by a factor: not "doubled down", "doubled as", and
    a plain "double" or "triples" only as a verb ("to double", "will triple", "doubles its"), not "a double
    agent", "the triple jump", "won the doubles"."""
    word = match.group("multiple").lower()
    before, after, _ = _words_around(text, match.start(), match.end())
    if after.lower() in _NOT_MULTIPLE_AFTER:
        return False  # "doubled down"
    if word.endswith(("ed", "ing")) or word == "halve":
        return True  # "doubled", "a doubling of"
    if before.lower() in _DETERMINERS:
        return False  # "a double in the final", "the triple jump"
    return before.lower() in _MULTIPLE_VERB_BEFORE or after.lower() in _MULTIPLE_VERB_AFTER


def _is_factor(text: str, match: re.Match[str]) -> bool:
    """Whether "three times", "twice" is a factor: before a comparative ("three times more", "twice as many",
    "four times richer", "three times the number") or after a verb of growth ("increased three times"), or
    "-fold" (but not after "be": "the problems are threefold"); "three times a day", "visited twice" are not."""
    before, after, _ = _words_around(text, match.start(), match.end())
    if match.group(0).lower().endswith("fold"):
        return before.lower() not in _BE  # "a threefold rise", not "the problems are threefold" (three parts)
    after = after.lower()
    return (
        after in ("as", "so", "more", "the")
        or (after.endswith("er") and after not in _NOT_COMPARATIVES)
        or before.lower() in _GROWTH_VERBS
    )


_BE = frozenset("is are was were be been being".split())
_NOT_COMPARATIVES = frozenset(
    "over after per never under ever other either order later water whether together however earlier".split()
)
_GROWTH_VERBS = frozenset("increased increase increases rose risen rise rises grew grown grow grows multiplied".split())
_NOT_MULTIPLE_AFTER = frozenset("down as up back".split())  # "doubled down", "doubles as": no factor ("doubled over
# the decade" is one)
_DETERMINERS = frozenset("a an the his her their its our your my this that".split())
_MULTIPLE_VERB_BEFORE = frozenset(
    "to will would could can may might should must did does do not set expected likely almost nearly than".split()
)
_MULTIPLE_VERB_AFTER = frozenset("the its their his her our your in by from to".split())
_DIGIT_AFTER = re.compile(r"\s+\(?\d")  # "Monday (3 March)": matched in place (a copy of the rest was quadratic)
_METRES_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:tall|high|long|deep|wide|away|above|below|across)\b)")
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_MONTH_DAY = re.compile(r"^(?P<month>[a-z]+) (?P<day>\d{1,2})(?P<rest>(?: \d{4})?)$")
_MONTH_WORD = re.compile(
    r"\b(?:january|february|march|april|june|july|august|sept?(?:ember)?|october|november|december)\b"
)
_LAST = re.compile(r"^(?:past|previous)\b")


def _date_key(text: str) -> str:
    """A date's words, normalised: "May 22nd, 2006", "22 May 2006" and "22 may 2006" have one key, "22 may 2006"."""
    key = " ".join(_ORDINAL_SUFFIX.sub("", text.lower()).replace("-", " ").replace(".", "").replace(",", "").split())
    key = _MONTH_WORD.sub(lambda m: m.group(0)[:3], key)
    key = _LAST.sub("last", key)  # "the past year" = "the last year" = "the previous year"
    match = _MONTH_DAY.match(key)
    if match and match.group("month")[:3] in _MONTHS3:
        key = f"{match.group('day')} {match.group('month')}{match.group('rest')}"
    return key


def _date_figure(match: re.Match[str]) -> Figure:
    key = _date_key(match.group(0))
    return Figure(match.group(0), match.start(), match.end(), FigureKind.DATE, 0.0, 0.0, Qualifier.EXACT, "", key)


def _time_figure(text: str, match: re.Match[str]) -> Figure:
    minutes, key = parse_time(match)
    hedge, begin = qualifier(text, match.start())
    return Figure(text[begin : match.end()], begin, match.end(), FigureKind.TIME, minutes, minutes, hedge, "", key)


def _words_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The word before a span, the word after it, and the character right after it."""
    before = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 24) : start])
    after = re.match(r"\s+([A-Za-z]+)", text[end : end + 24])
    return (before.group(1) if before else ""), (after.group(1) if after else ""), text[end : end + 1]


def _is_date(text: str, match: re.Match[str]) -> bool:
    """Whether a month or weekday name with no number stands as a date: the modal "may", the verb "march",
    "Sunday best", "Theresa May" and "Jan Smith" do not."""
    found = match.group(0)
    if any(c.isdigit() for c in found):
        return True
    name = found.split()[-1].rstrip(".").lower()
    before, after, next_char = _words_around(text, match.start(), match.end())
    if name not in MONTH_NAMES | DAY_NAMES:  # "last week", "yesterday", or an abbreviation: "Jan." but not "Jan"
        abbreviated = len(found.split()) == 1 and name[:3] in _MONTHS3
        return not abbreviated or (found[:1].isupper() and (found.endswith(".") or next_char == "."))
    if not found.split()[-1][:1].isupper():
        return False  # names of months and days are capitalised in prose
    if before and before[:1].isupper() and before.lower() not in _DATE_BEFORE:
        return False  # "Theresa May", "Black Friday"
    if name in DAY_NAMES:
        followed_by_date = after.lower()[:3] in _MONTHS3 or bool(_DIGIT_AFTER.match(text, match.end()))
        return (
            before.lower() in _DATE_BEFORE
            or not after
            or next_char in ",.;:!?)’'"
            or after.lower() in _DATE_AFTER
            or followed_by_date
        )
    if name in ("may", "march"):
        return before.lower() in _DATE_BEFORE or next_char in ",.;:!?)’'"
    return True


def _candidate_starts(text: str, lower: str, words: AbstractSet[str]) -> list[int]:
    """Where a figure may start: a digit or currency sign, or one of ``words`` standing as a whole word."""
    starts = {m.start() for m in _DIGIT_START.finditer(text)}
    for word in words:
        position = lower.find(word)
        while position >= 0:
            end = position + len(word)
            if (position == 0 or not lower[position - 1].isalnum()) and (end == len(lower) or not lower[end].isalpha()):
                article = _ARTICLE.search(lower, max(0, position - 4), position) if word in _AFTER_ARTICLE else None
                starts.add(article.start() if article else position)  # "a third", "a dozen", "an estimated"
            position = lower.find(word, end)
    return sorted(starts)


def _scan(text: str, lower: str, words: AbstractSet[str]) -> list[Figure]:
    """Figures found by trying the patterns only where a candidate starts (cheap on long texts); none in the
    spans of ``core.facts.figure_codes`` (phone numbers, postcodes, reference numbers)."""
    figures: list[Figure] = []
    consumed = 0
    codes = code_spans(text) if _HAS_DIGIT.search(text) else []
    code = 0
    for start in _candidate_starts(text, lower, words):
        if start < consumed:
            continue
        while code < len(codes) and codes[code][1] <= start:
            code += 1
        if code < len(codes) and codes[code][0] <= start:
            consumed = codes[code][1]  # "01632 960 415": a phone number, no figure
            continue
        is_digit = not text[start].isalpha() or lower.startswith("us$", start)
        head = "" if is_digit else _WORDS.match(lower, start).group(0)  # type: ignore[union-attr]
        if head in ("a", "an"):
            head = "one"  # an article stepped back onto: the number pattern reads "a third" as a whole
        time = _TIME.match(text, start) if is_digit or head in _TIME_START else None
        if time:
            figures.append(_time_figure(text, time))
            consumed = time.end()
            continue
        date = _DATE.match(text, start) if is_digit or head in _DATE_START else None
        if date and date.end() > start:
            if _is_date(text, date):
                figures.append(_date_figure(date))
            consumed = date.end()
            continue
        vague = _VAGUE.match(text, start) if head in _VAGUE_START or head == "one" else None
        if vague:
            figures += filter(None, [_vague_figure(text, vague)])
            consumed = vague.end()
            continue
        position = start
        while is_digit or head in _FIGURE_START:
            number = _NUMBER.match(text, position)
            if number and number.group("times") and not _is_factor(text, number):
                number = _plain_number().match(text, position)  # "three times a day": a count
            if not number or number.end() <= position:
                break
            figure = _number_figure(text, number)
            if figure is not None:
                figures.append(figure)
            consumed = number.end()
            if not _RANGE_NEXT.match(text, consumed):
                break
            position = consumed + 1  # "11,000-12,000": the second figure of a range in one word
    return figures


def _merge_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """ "11,000 to 12,000", "11,000-12,000", "between 5 and 8": two figures of one kind become one range."""
    merged: list[Figure] = []
    for figure in figures:
        previous = merged[-1] if merged else None
        if previous is not None and previous.kind is figure.kind and _ends_a_range(figure):
            joint = _RANGE_JOIN.fullmatch(text, previous.end, figure.start)
            is_and = joint is not None and text[previous.end : figure.start].strip().lower() == "and"
            is_change = ends_with(_FROM_BY, text, previous.start) is not None  # "rose from 8m to 28m": no range
            votes = previous.kind is FigureKind.COUNT and VOTES_JOIN.fullmatch(text, previous.end, figure.start)
            if votes:  # "by 7 votes to 4": a tally, "by" and all
                joint, is_change = votes, False
            if joint and not is_change and (not is_and or ends_with(_BETWEEN, text, previous.start)):
                merged[-1] = Figure(
                    text[previous.start : figure.end],
                    previous.start,
                    figure.end,
                    figure.kind,
                    previous.low,
                    figure.high,
                    figure.qualifier if previous.qualifier is Qualifier.EXACT else previous.qualifier,
                    figure.counted or ("votes" if votes else ""),
                    f"{previous.key}-{figure.key}"
                    if figure.kind in (FigureKind.TIME, FigureKind.DATE)
                    else f"{previous.low:g}-{figure.high:g}",
                    figure.unit or previous.unit,
                )
                continue
        merged.append(figure)
    return merged


_HEDGE_WORDS_FIRST = re.compile(r"(?:an?|on|the)?\s*(?:average|mean|median)", re.IGNORECASE)


def _ends_a_range(figure: Figure) -> bool:
    """Whether a figure may be a range's second: no hedge of its own, or an average said after it ("between
    £50,000 and £80,000, on average": the whole range is an average), not before ("5 and an average of 8")."""
    if figure.qualifier is Qualifier.EXACT:
        return True
    return figure.qualifier is Qualifier.AVERAGE and not _HEDGE_WORDS_FIRST.match(figure.text)


def may_hold_figures(words: list[str]) -> bool:
    """Whether a sentence's lower-case words (``core.text.terms.sentence_words``) could hold a figure."""
    return not _START_WORDS.isdisjoint(words) or any(word[0].isdigit() for word in words)


def extract_figures(text: str) -> list[Figure]:
    """Every figure in a text, in order (see the module docstring)."""
    lower = text.lower()
    words = _START_WORDS.intersection(_WORDS.findall(lower))  # a set test: far faster than a regex of them all
    if not words and not _HAS_DIGIT.search(text):
        return []
    figures = _merge_ranges(text, percent_carried_back(text, _scan(text, lower, words)))
    return repeated_in_brackets(text, age_groups(text, lower, figures))
