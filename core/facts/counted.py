"""What two figures count, compared: the same thing, a rewording of it, or another thing.

API: ``same_thing(a, b) -> bool``, ``specific(counted) -> bool``, ``other_thing(a, b) -> bool`` (on the counted
words of two figures, ``Figure.counted``), ``converted((value, counted), (value, counted)) -> bool | None``,
``unit_of_time(counted) -> bool``.

``same_thing``: the counted words share a stem or a synonym ("soldiers" and "troops"), or one side counts
nothing named. ``specific``: the words name a thing, not a generic word ("people", "units") or a verb read as
the counted thing ("$240bn raised").

``other_thing`` is the rule for a fact-checker: a counted thing that changed is a change of fact only when the
two words are known alternatives that cannot name the same things: two members of one contrast set below
(units of time, length or weight; the dead, the injured, the missing and the arrested; soldiers and civilians;
children and adults; men and women). Any other change of counted words ("three devices" -> "three phones",
"120 supporters" -> "120 companies", "five children" -> "five kids") is read as a rewording: on real rewrites
it nearly always is, and the word diff of the sentence shows it. Amounts of one measure in two units are
compared by size (``converted``): "two decades" is "20 years", "5 miles" is "8 km" (rounded); "3 days" is not
"3 weeks".

>>> other_thing("soldiers", "civilians"), other_thing("days", "weeks"), other_thing("devices", "phones")
(True, True, False)
>>> other_thing("children", "kids"), other_thing("dead", "killed"), other_thing("Ukrainian troops", "soldiers")
(False, False, False)
>>> converted((2, "decades"), (20, "years")), converted((5, "miles"), (8, "km")), converted((3, "days"), (3, "weeks"))
(True, True, False)
"""

from __future__ import annotations

from functools import lru_cache

from core.text.terms import term_key

_SYNONYMS = {"soldier": "troop", "force": "troop", "fighter": "troop", "personnel": "troop", "dead": "kill",
             "death": "kill", "die": "kill", "fatality": "kill", "fataliti": "kill", "injur": "wound",
             "hurt": "wound", "person": "people", "individual": "people"}  # fmt: skip
_GENERIC = frozenset(
    """people persons individuals groups units items things times pieces members participants cases ones parts
    lots kinds types sorts numbers sign-ups""".split()
)
_VERB_FORMS = frozenset("made paid got took gave won lost spent raised earned received awarded".split())

# Contrast sets: each maps a member to its class; two words of one set in different classes count other things.
# The first three are measures: each class has its size in the set's base unit (seconds, metres, grams).
_MEASURES = (
    {"second": (1, "second sec"), "minute": (60, "minute min"), "hour": (3600, "hour hr"), "day": (86400, "day"),
     "week": (604800, "week"), "fortnight": (1209600, "fortnight"), "month": (2629800, "month"),
     "year": (31557600, "year yr"), "decade": (315576000, "decade"), "century": (3155760000, "century centuries")},
    {"mm": (0.001, "millimetre millimeter mm"), "cm": (0.01, "centimetre centimeter cm"), "m": (1, "metre meter"),
     "km": (1000, "kilometre kilometer km"), "inch": (0.0254, "inch inche"), "foot": (0.3048, "foot feet ft"),
     "yard": (0.9144, "yard"), "mile": (1609.344, "mile")},
    {"g": (1, "gram"), "kg": (1000, "kilogram kilo kg"), "tonne": (1e6, "tonne ton"), "pound": (453.59237, "pound lb"),
     "ounce": (28.349523, "ounce oz")},
)  # fmt: skip
_KINDS = (
    {"dead": "dead killed death fatality fatalities died", "injured": "injured wounded hurt injury injuries",
     "missing": "missing", "arrested": "arrested arrest detained"},
    {"military": "soldier troop", "civilian": "civilian"},
    {"child": "child children kid minor infant baby babies teenager teen", "adult": "adult"},
    {"male": "man men boy male", "female": "woman women girl female"},
)  # fmt: skip
_CONTRASTS: tuple[dict[str, str], ...] = tuple(
    {word: name for name, (_, words) in classes.items() for word in words.split()} for classes in _MEASURES
) + tuple({word: name for name, words in classes.items() for word in words.split()} for classes in _KINDS)
_SIZES = {name: size for classes in _MEASURES for name, (size, _) in classes.items()}
CONVERSION_TOLERANCE = 0.025  # share: "5 miles" and "8 km" (a rounded conversion) are one distance


@lru_cache(maxsize=4096)
def _keys(counted: str) -> frozenset[str]:
    keys = {term_key(word.lower()) for word in counted.split()}
    return frozenset(_SYNONYMS.get(key, key) for key in keys)


def same_thing(a: str, b: str) -> bool:
    """Whether two counted things share a stem or a synonym ("" counts as anything)."""
    return not a or not b or bool(_keys(a) & _keys(b))


def specific(counted: str) -> bool:
    """Whether the counted words name a specific thing: a rewording to a generic word ("87 units" -> "87
    groups", "250 participants" -> "250 people") or a verb read as the counted thing ("$240bn made") is not a
    change of what is counted."""
    words = counted.lower().split()
    if not words:
        return False
    head = words[-1]
    return not (head in _GENERIC or head in _VERB_FORMS or (head.endswith("ed") and len(words) == 1))


def _forms(word: str) -> tuple[str, ...]:
    """A word and its singulars by the regular plural endings ("injuries" -> "injury", "inches" -> "inche")."""
    word = word.lower().strip(".,;:")
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


@lru_cache(maxsize=4096)
def _classes(counted: str) -> tuple[frozenset[str], ...]:
    """Per contrast set, the classes the counted words fall in."""
    forms = [form for word in counted.split() for form in _forms(word)]
    return tuple(frozenset(contrast[form] for form in forms if form in contrast) for contrast in _CONTRASTS)


def other_thing(a: str, b: str) -> bool:
    """Whether two counted things are known alternatives: of one contrast set, in classes they do not share."""
    if not a or not b:
        return False
    return any(x and y and not (x & y) for x, y in zip(_classes(a), _classes(b), strict=True))


def converted(a: tuple[float, str], b: tuple[float, str]) -> bool | None:
    """For two amounts (value, counted words) in different units of one measure, whether they are the same amount
    ("two decades" and "20 years"; "5 miles" and "8 km" within ``CONVERSION_TOLERANCE``); None when they are not
    amounts of one measure in two units."""
    for x, y in zip(_classes(a[1])[: len(_MEASURES)], _classes(b[1])[: len(_MEASURES)], strict=True):
        if len(x) == 1 and len(y) == 1 and x != y:
            first, second = a[0] * _SIZES[next(iter(x))], b[0] * _SIZES[next(iter(y))]
            exact = {next(iter(x)), next(iter(y))} <= set(_MEASURES[0]) or _metric(x | y)
            tolerance = 1e-9 if exact else CONVERSION_TOLERANCE
            return abs(first - second) <= tolerance * max(abs(first), abs(second))
    return None


def unit_of_time(counted: str) -> bool:
    """Whether counted words name one unit of time ("months", "days"): the figure is an amount of time."""
    return len(_classes(counted)[0]) == 1


def _metric(units: frozenset[str]) -> bool:
    return units <= {"mm", "cm", "m", "km", "g", "kg", "tonne"}
