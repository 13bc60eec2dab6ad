"""Word lists and patterns behind ``core.facts.figures``: spelled numbers, scales, shares, qualifiers, dates.

API: ``NUMBER_PATTERN`` (``PLAIN_NUMBER_PATTERN``: without "three times"), ``DATE_PATTERN``, ``TIME_PATTERN``,
``VAGUE_PATTERN`` (verbose regexes), ``QUALIFIERS``, ``parse_number(match)``, ``parse_time(match)``,
``vague_range(match)``, ``spelled_value(words)``, ``MONTH_NAMES``, ``DAY_NAMES``.

>>> spelled_value("three hundred and forty-two"), spelled_value("a dozen"), spelled_value("two thousand")
(342.0, 12.0, 2000.0)
>>> [vague_range(re.match(VAGUE_PATTERN, t, re.IGNORECASE | re.VERBOSE)) for t in ("hundreds", "tens of thousands",
...                                                                                 "a few hundred thousand")]
[(200.0, 999.0), (10000.0, 99999.0), (200000.0, 999999.0)]
>>> [parse_time(re.match(TIME_PATTERN, t, re.IGNORECASE | re.VERBOSE)) for t in ("3pm", "3.30 p.m.", "15:30", "noon")]
[(900, '15:00'), (930, '15:30'), (930, '15:30'), (720, '12:00')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
SCALES = {"dozen": 12, "decade": 10, "century": 100, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
          "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000,
          "bn": 1_000_000_000, "tn": 1_000_000_000_000}  # fmt: skip
FRACTIONS = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
             "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10}  # fmt: skip
# A change by a factor, read as the share of the old value added or taken away ("halved" = "cut by half" = "by 50%",
# "doubled" = "up 100%", "tripled" = "up 200%"), so that "halved" -> "cut by a third" is a change of value.
MULTIPLES = {
    **dict.fromkeys("halve halved halving".split(), 1 / 2),
    **dict.fromkeys("double doubled doubles doubling".split(), 1.0),
    **dict.fromkeys("triple tripled triples tripling treble trebled trebles trebling".split(), 2.0),
    **dict.fromkeys("quadruple quadrupled quadruples quadrupling".split(), 3.0),
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20}  # fmt: skip
CURRENCIES = {"$": "$", "us$": "$", "£": "£", "€": "€", "¥": "¥"}

# phrase -> relation; ``core.facts.figures`` tries the last three, two, then one word before a figure, so the longest
# phrase wins ("just under" over "under").
QUALIFIERS = dict(
    [(p, "approximate") for p in ("about", "around", "approximately", "roughly", "some", "an estimated",
                                  "estimated", "circa", "an approximate", "close to", "or so")]
    + [(p, "lower bound") for p in ("more than", "over", "at least", "upwards of", "in excess of", "above",
                                    "no fewer than", "no less than", "well over", "just over", "over the")]
    + [(p, "upper bound") for p in ("up to", "as many as", "at most", "fewer than", "less than", "under",
                                    "no more than", "as much as", "a maximum of", "below", "as long as",
                                    "as high as", "as far as", "as large as")]
    + [(p, "near") for p in ("nearly", "almost", "just under", "just shy of", "close on")]
    + [(p, "average") for p in ("an average of", "a mean of", "a median of", "on average", "average of",
                                "averaging", "averaged")]
    + [(p, "exact") for p in ("exactly", "precisely", "a total of")]
)  # fmt: skip

VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8}
_WHOLE = "|".join(sorted(UNITS.keys() - {"a", "an", "zero"}, key=len, reverse=True))
_SPELLED = "|".join(sorted([*UNITS, *SCALES.keys() - {"k", "m", "mn", "bn", "tn"}], key=len, reverse=True))
_FRACTION = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_MULTIPLE = "|".join(sorted(MULTIPLES, key=len, reverse=True))
_DURATION = "year|month|week|day|hour|minute"  # units of time said with "a" ("a year and a half", "half an hour")
# Units a fraction is said of in words ("a quarter of a percentage point", "half a mile", "three quarters of an
# hour", "a quarter of a million"): the figure is that share of the unit (0.25 points, 0.5 miles, 0.75 hours, 250,000).
PART_MEASURES = frozenset("mile kilometre metre hour minute day week month year tonne".split())
_PART_UNIT = "percentage\\s+point|million|billion|trillion|thousand|decade|century|" + "|".join(sorted(PART_MEASURES))
_FACTOR = rf"(?P<times>(?P<timesNumber>\d+(?:\.\d+)?|{_WHOLE})(?:[\s-]*fold|\s+times)|twice)\b"  # "three times"
_NUMBER_TEMPLATE = rf"""
    (?<![\w.])(?<!\d,)
    (?P<currency>US\$|\$|£|€|¥)?
    (?:
        (?P<mixed>  # "two and a half", "1 and a quarter", "2½", "½"
            (?:(?P<whole>\d+|(?:{_WHOLE})(?:[\s-]+(?:{_WHOLE}))?)\s+and\s+(?:a|one)\s+(?P<part>half|quarter|third)\b
              | (?:a|an|one)\s+(?P<mixedUnit>{_DURATION})\s+and\s+(?:a|one)\s+(?P<unitPart>half|quarter)\b
              | (?P<wholeDigits>\d+)?(?P<vulgar>[½¼¾⅓⅔⅛]))
            (?:\s+(?P<mixedScale>thousand|million|billion|trillion)\b)?
        )
      | FACTOR  # "three times more", "twice as many", "tenfold" (``core.facts.figures`` says when it is one)
      | half\s+an?\s+(?P<halfOf>dozen|decade|century|hundred|thousand|million|billion)\b  # "half a million"
      | half\s+an?\s+(?P<halfUnit>{_DURATION})\b  # "half an hour": an amount of time
      | (?P<partOf>(?:a|an|one|two|three)[\s-]+(?:half|thirds?|quarters?)|half)\s+(?:of\s+)?an?\s+
        (?P<partUnit>{_PART_UNIT})\b  # "a quarter of a percentage point", "three quarters of a mile"
      | (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:(?P<ordinal>st|nd|rd|th)|\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|k)\b)?
      | (?P<oneIn>one|1)\s+in\s+(?P<denominator>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)
      | (?P<fraction>(?:a|an|one|two|three|four|five|nine)[\s-]+(?:{_FRACTION})|half|halves)\b
      | (?P<multiple>{_MULTIPLE})\b(?!-)  # "halved", "doubled" (not "double-digit")
      | (?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+
        (?P<unitOrdinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b  # "twenty-first"
      | (?P<ordinalWord>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth
          |fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b  # not "first" / "second": rarely figures
      | (?P<spelled>(?:{_SPELLED})\b(?:[\s-]+(?:and\s+)?(?:{_SPELLED})\b){{0,7}})
    )
    (?P<percent>\s?%|\s+per\s?cent\b|\s+percent\b|\s+percentage\s+points?\b)?
"""

NUMBER_PATTERN = _NUMBER_TEMPLATE.replace("FACTOR", _FACTOR, 1)
PLAIN_NUMBER_PATTERN = _NUMBER_TEMPLATE.replace("FACTOR", "(?P<times>(?P<timesNumber>(?!)))", 1)  # no factors
_MONTH = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
    r"sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_DAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
DATE_PATTERN = rf"""
    \b(?:(?:early|mid|late)[\s-]+)?
    (?:
        (?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH})(?:\b|(?<=\.))(?:(?:\s+|\s+,\s*)\d{{1,2}}(?:st|nd|rd|th)?\b,?)?(?:,?\s+(?:1[89]|20)\d\d\b)?
      | (?:1[89]|20)\d\d\b(?!\s*(?:%|per\s?cent|[a-z]+s\b))
      | (?:last|this|next|past|previous)\s+(?:week|month|year|weekend|night|summer|winter|spring|autumn)\b
      | yesterday\b|today\b|tomorrow\b
      | (?:{_DAY})\b
    )
"""
MONTH_NAMES = frozenset(
    """january february march april may june july august september october november december""".split()
)
DAY_NAMES = frozenset(_DAY.split("|"))
TIME_PATTERN = r"""
    (?<![\w.,:$£€¥])
    (?:
        (?P<hour>1[0-2]|0?[1-9])(?:[.:](?P<minute>[0-5]\d))?\s?(?P<half>[ap])(?:\.m\b\.?|m\b)  # 3pm, 3.30 p.m., 10am
      | (?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:])  # 15:30
      | (?P<hourMil>0\d|(?:1\d|2[0-3])(?=\d\d\s*(?:hours|hrs|gmt|utc|bst|cet|est|local)\b))
        (?P<minuteMil>[0-5]\d)\b(?!\s*(?:%|per\s?cent))  # 0600, 1400 GMT
      | (?P<named>noon|midday|midnight)\b
    )
"""
# Magnitudes said without a number ("hundreds of", "tens of thousands", "several thousand", "dozens"): a count whose
# value is a range, from twice its unit (ten times for "tens of") to just under ten times it; "thousands",
# "millions" and "billions" alone reach a thousand times it (said of 15,000 as of 2,000, where "tens of thousands"
# would be more precise, not wrong). "scores" only before "of" (not a match's scores); none after "in" and a
# possessive ("fans came in their thousands": an idiom for many; "its hundreds of members" is a magnitude).
VAGUE_PATTERN = r"""
    (?<![\w-])(?:
        (?<!in\stheir\s)(?<!in\sits\s)(?<!in\sour\s)(?<!in\shis\s)(?<!in\sher\s)  # "in their thousands": many
        (?:many\s+)?(?:(?P<vagueTimes>tens|hundreds)\s+of\s+)?(?P<vaguePlural>dozens|hundreds|thousands|millions|billions)\b
      | (?<!the\s)(?<!their\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!our\s)(?P<vagueScores>scores)(?=\s+of\b)
      | (?:several|a\s+few|many)\s+(?P<vagueScale>dozen|hundred|thousand|million|billion)\b
        (?:\s+(?P<vagueScale2>thousand|million|billion)\b)?(?![\s-]+(?:and\b|[a-z]+-))
    )(?!-)
"""
_VAGUE_TIMES = {"tens": 10, "hundreds": 100}
_LOOSE_PLURALS = frozenset({"thousands", "millions", "billions"})


def vague_range(match: re.Match[str]) -> tuple[float, float]:
    """The lowest and highest value of a ``VAGUE_PATTERN`` match (see the comment above it)."""
    if match.group("vagueScores"):
        return 40.0, 999.0
    plural = match.group("vaguePlural")
    if plural is None:
        unit = SCALES[match.group("vagueScale").lower()] * SCALES.get((match.group("vagueScale2") or "").lower(), 1)
        return 2.0 * unit, 10.0 * unit - 1
    unit = SCALES[plural.lower().removesuffix("s")]
    times = match.group("vagueTimes")
    if times:
        factor = _VAGUE_TIMES[times.lower()]
        return float(factor * unit), 10.0 * factor * unit - 1
    if plural.lower() == "dozens":
        return 24.0, 199.0
    return 2.0 * unit, (1000.0 if plural.lower() in _LOOSE_PLURALS else 10.0) * unit - 1


_NAMED_TIMES = {"noon": 720, "midday": 720, "midnight": 0}
_NOT_A_FIGURE = re.compile(r"(?:a|an|one|and)", re.IGNORECASE)


def spelled_value(words: str) -> float | None:
    """The value of a spelled-out number ("three hundred and forty-two"), or None if it is not one."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word in ("", "and"):
            continue
        if word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in SCALES:
            current = max(current, 1.0) * SCALES[word]  # "a dozen", "two hundred"
            if SCALES[word] >= 1000:
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_time(match: re.Match[str]) -> tuple[int, str]:
    """Minutes after midnight and the 24-hour clock key ("15:30") of a ``TIME_PATTERN`` match."""
    groups = match.groupdict()
    if groups["named"]:
        minutes = _NAMED_TIMES[groups["named"].lower()]
    elif groups["hour24"]:
        minutes = int(groups["hour24"]) * 60 + int(groups["minute24"])
    elif groups["hourMil"]:
        minutes = int(groups["hourMil"]) * 60 + int(groups["minuteMil"])
    else:
        hour = int(groups["hour"]) % 12 + (12 if groups["half"].lower() == "p" else 0)
        minutes = hour * 60 + int(groups["minute"] or 0)
    return minutes, f"{minutes // 60:02d}:{minutes % 60:02d}"


def _mixed_value(groups: Callable[[str], str | None]) -> float | None:
    vulgar = groups("vulgar")
    if vulgar:
        value = float(groups("wholeDigits") or 0) + VULGAR[vulgar]
    elif groups("mixedUnit"):
        return 1 + FRACTIONS[(groups("unitPart") or "half").lower()]  # "a year and a half": 1.5 years
    else:
        whole = groups("whole") or ""
        base = float(whole) if whole.isdigit() else spelled_value(whole)
        if base is None:
            return None
        value = base + FRACTIONS[(groups("part") or "half").lower()]
    scale = groups("mixedScale")
    return value * SCALES[scale.lower()] if scale else value


def _share_or_count(value: float, percent: str | None) -> tuple[str, float]:
    if not percent:
        return "count", value
    return ("points", value) if "point" in percent.lower() else ("share", value / 100)


def _spelled_figure(written: str, percent: str | None) -> float | None:
    """The value of a figure spelled in words ("two hundred"), or None where the words are no figure ("one" alone,
    "hundred" alone, "the past decade", a run ending in "and")."""
    spelled = written.strip().rstrip("-")
    low = spelled.lower()
    if low.endswith(" and") or _NOT_A_FIGURE.fullmatch(spelled) or (low == "one" and not percent) or low in SCALES:
        return None
    return spelled_value(spelled)


def _part_of(part: str, unit: str, currency: str) -> tuple[str, float, str]:
    """(kind, value, unit) of a fraction of a unit said in words: "a quarter of a percentage point" (points,
    0.25), "three quarters of a mile" (a count of 0.75, its counted thing the unit), "half a million" (500,000)."""
    words = part.lower().replace("-", " ").split()
    count = (spelled_value(" ".join(words[:-1])) or 1.0) if len(words) > 1 else 1.0
    share = count * FRACTIONS[words[-1]]
    unit = " ".join(unit.lower().split())
    if unit == "percentage point":
        return "points", share, ""
    value = share * SCALES.get(unit, 1)
    return ("money", value, currency) if currency else ("count", value, "")


def parse_number(match: re.Match[str]) -> tuple[str, float, str] | None:
    """(kind, value, unit) of a ``NUMBER_PATTERN`` match, or None when it is not a figure ("one of", "a")."""
    groups = match.group  # by name, as needed: a groupdict of every group costs more than the few read
    currency = CURRENCIES.get((groups("currency") or "").lower(), "")
    percent = groups("percent")
    if groups("mixed"):
        mixed = _mixed_value(groups)
        if mixed is None:
            return None
        if groups("vulgar") and not groups("wholeDigits") and not groups("mixedScale") and not currency:
            return "share", mixed, ""  # "½" alone is a half
        value = mixed
    elif groups("halfOf"):
        value = SCALES[groups("halfOf").lower()] / 2
    elif groups("halfUnit"):
        value = 0.5  # "half an hour
    elif groups("partOf"):
        return _part_of(groups("partOf"), groups("partUnit"), currency)
    elif groups("digits"):
        value = float(groups("digits").replace(",", ""))
        if groups("ordinal"):
            return "ordinal", value, ""
        if groups("scale"):
            value *= SCALES[groups("scale").lower()]
    elif groups("oneIn"):
        denominator = groups("denominator").lower()
        base = float(denominator) if denominator.isdigit() else spelled_value(denominator) or 0.0
        return ("share", 1 / base, "") if base else None
    elif groups("fraction"):
        words = groups("fraction").lower().replace("-", " ").split()
        count = spelled_value(" ".join(words[:-1])) if len(words) > 1 else 1.0
        return "share", (count or 1.0) * FRACTIONS[words[-1]], ""
    elif groups("times"):
        number = (groups("timesNumber") or "two").lower()
        factor = float(number) if number[0].isdigit() else UNITS[number]
        return "share", factor - 1.0, ""  # "three times as many" = "tripled" = "up 200%"
    elif groups("multiple"):
        return "share", MULTIPLES[groups("multiple").lower()], ""
    elif groups("tens"):
        return "ordinal", float(UNITS[groups("tens").lower()] + ORDINALS[groups("unitOrdinal").lower()]), ""
    elif groups("ordinalWord"):
        return "ordinal", float(ORDINALS[groups("ordinalWord").lower()]), ""
    else:
        parsed = _spelled_figure(groups("spelled"), percent)
        if parsed is None:
            return None
        value = parsed
    if currency:
        return "money", value, currency
    kind, value = _share_or_count(value, percent)
    return kind, value, ""
