"""Digits that are no figures: phone numbers, postcodes, reference numbers, product codes and "24/7".

API: ``code_spans(text) -> list[tuple[int, int]]``: the spans ``[start, end)`` of such digits, in order, none
overlapping; ``core.facts.figures`` reads no figure that starts inside one.

A number that names or reaches something is no quantity: a rewrite that drops a helpline's number has dropped no
figure (the word diff shows it). Read as such, by their shape and the words before them:

- **A digit group starting with 0**, of three digits or more, alone or followed by more groups joined by single
  spaces, dots or dashes, in brackets or not: "01632 960 415", "(01632) 960415", "0161-496-0000", "0800 123
  4567", "agent 007". A lone group of four such digits stays a clock time ("at 0600", "0912 GMT": a time, never
  a count), and so do two joined by a dash ("0600-0800").
- **A number after "+"** with at least seven digits in its groups: "+44 20 7946 0958", "+1 555-123-4567"; and
  three groups or more joined by dashes or by dots, of seven digits or more: "555-123-4567", "12.10.2024" (a date
  in digits alone: read as no figure rather than as a range).
- **Digit groups after a word for calling** (call, phone, tel, ring, dial, text, fax, helpline, hotline, and
  "on" with seven digits or more): several groups joined by single spaces, dots or dashes ("call 555 0199",
  "on 415 555 0199"), or one group of three digits or more ending the clause or before "for", "or", "to", "now"
  and the like ("call 999 for an ambulance", "dial 111."). Thousands written with spaces ("on 10 000 000") are
  no phone number: every group after the first has three digits.
- **Postcodes**: British ("SW1A 1AA", "M1 1AE") and American ZIP codes after a state's two capitals ("CA 94103").
- **Reference numbers**: digits after "ref", "reference", "case", "claim", "order", "account", "invoice",
  "policy", "ticket", "serial", "booking", "badge", "flight" followed by "no.", "number" or "#" ("case number
  48213"), or, directly, a code of four digits or more or mixing digits with letters, "/" or "-" ("ref 48213",
  "case 2024/0157"); "flight" takes any digits ("flight 370"): "order 300 tonnes" stays a count.
- **Product codes**: capitals joined to digits by a dash ("F-35", "COVID-19", "B-52"); a code run on from
  letters ("A380", "MH17") is read as no figure already.
- **"24/7"**: "always" (``core.facts.figure_rates`` reads it as the partner of "24 hours a day").

>>> text = "Call 01632 960 415, or +44 20 7946 0958, at 0600; write to SW1A 1AA; ref 48213; the F-35; 24/7."
>>> [text[start:end] for start, end in code_spans(text)]
['01632 960 415', '+44 20 7946 0958', 'SW1A 1AA', '48213', 'F-35', '24/7']
"""

from __future__ import annotations

import re

_SEP = r"[ .\-]"  # one space, dot or dash between two groups of a number
_RUN = re.compile(r"\d+")
_ZERO_RUN = re.compile(rf"(?<![\w.,/£$€¥+-])(?<!\d )(?:\(0\d{{2,5}}\)|0\d{{2,}})(?:{_SEP}\d{{2,}})*(?!\w|\.\d)")
_PLUS_RUN = re.compile(rf"(?<![\w.,])\+\d{{1,15}}(?:{_SEP}?\(\d{{1,5}}\))?(?:[ \-]\d{{1,5}})*(?!\w|\.\d)")
_JOINED = re.compile(r"(?<![\w.,/£$€¥+-])\d{2,5}(?P<sep>[.-])\d{2,5}(?:(?P=sep)\d{2,5})+(?![\w-]|\.\d)")  # 555-123-4567
_TIME_PAIR = re.compile(r"\(?0\d[0-5]\d\)?(?:-[012]\d[0-5]\d)?")  # "0600", "0600-0800": clock times
_CALL_WORDS = (
    "call|calling|called|phone|phoned|phoning|telephone|tel|ring|rang|dial|dialled|dialed|dialling|text|texting|"
    "fax|freephone|helpline|hotline|whatsapp"
)
_CALL_BEFORE = re.compile(
    rf"\b(?P<cue>{_CALL_WORDS}|on)[.:]?\s+(?:(?:us|them|him|her|it)\s+)?(?:on\s+)?\(?$", re.IGNORECASE
)
_SEVERAL = re.compile(rf"\(?\d{{2,}}\)?(?:{_SEP}\d{{2,}}){{1,5}}(?!\w|\.\d)")
_ONE = re.compile(r"\d{3,}(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|or|if|to|from|and|now|free|today|anytime|any)\b)")
_MIN_PHONE_DIGITS = 7  # digits: a phone number after "+" or "on" has at least this many
_MIN_CALL_DIGITS = 5  # digits: several groups after "call" hold at least this many ("call 555 01")
_REACH = 40  # characters before a number in which its cue word is looked for
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")  # SW1A 1AA, M1 1AE
_STATE = re.compile(
    r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    r"ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),?\s$"
)
_ZIP = re.compile(r"\d{5}(?:-\d{4})?\b")
_REFERENCE_WORDS = "ref|reference|case|claim|order|account|invoice|policy|ticket|serial|booking|badge"
_NUMBERED_BEFORE = re.compile(rf"\b(?:{_REFERENCE_WORDS}|flight)\.?\s*(?:no\b\.?|number\b|#)\s*:?\s*$", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(rf"\b(?P<cue>{_REFERENCE_WORDS}|flight)\b[.:]?\s+$", re.IGNORECASE)
_NUMBERED = re.compile(r"\d[\w/-]*")
_CODE = re.compile(r"(?!(?:1[89]|20)\d\d\b)\d{4,}\b|\d[\w/-]*?(?:\d[A-Za-z]|[A-Za-z]\d|\d[/-]\d)[\w/-]*")
_FLIGHT = re.compile(r"\d+\b")
_CUES = frozenset(f"{_CALL_WORDS}|{_REFERENCE_WORDS}|flight|on|no|number".split("|"))  # words a cue may end in
_PRODUCT_HEAD = re.compile(r"(?<![\w-])[A-Z]{1,5}-$")
_PRODUCT_TAIL = re.compile(r"\d+[A-Za-z]?\b")
_ALWAYS = re.compile(r"(?<![\w/.-])24/7(?![\w/])")

Span = tuple[int, int]


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _thousands(run: str) -> bool:
    """ "10 000 000": a number written with spaces between its thousands, not a phone number."""
    groups = re.split(_SEP, run.strip("()"))
    return len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _by_shape(text: str, at: int, lead: int, end: int) -> Span | None:
    """A phone number told by its shape (a leading 0 or "+", groups joined by dashes or dots), "24/7" (the run
    of digits is ``[at, end)``, ``lead`` the "+" or "(" before it or ``at``)."""
    zero = _ZERO_RUN.match(text, lead) if text[at] == "0" and end - at >= 3 else None
    if zero and not _TIME_PAIR.fullmatch(zero.group(0)):
        return zero.span()
    plus = _PLUS_RUN.match(text, lead) if text[lead] == "+" else None
    if plus and _digits(plus.group(0)) >= _MIN_PHONE_DIGITS:
        return plus.span()
    joined = _JOINED.match(text, at) if text[end : end + 1] in (".", "-") else None
    if joined and _digits(joined.group(0)) >= _MIN_PHONE_DIGITS:
        return joined.span()
    always = _ALWAYS.match(text, at) if text.startswith("24/7", at) else None
    return always.span() if always else None


def _after_a_word(text: str, at: int, lead: int) -> Span | None:
    """A phone number after a word for calling, a reference number after its word (module docstring)."""
    reach = max(0, lead - _REACH)
    cues = _CUES.intersection([word.strip(".:#(") for word in text[reach:lead].lower().split()[-4:]])
    if not cues or (cues == {"on"} and not _SEVERAL.match(text, lead)):
        return None  # no cue word right before the number (most numbers; "on 12 May"): nothing to search for
    call = _CALL_BEFORE.search(text, reach, lead)
    if call:
        several = _SEVERAL.match(text, lead)
        wanted = _MIN_PHONE_DIGITS if call.group("cue").lower() == "on" else _MIN_CALL_DIGITS
        if several and _digits(several.group(0)) >= wanted and not _thousands(several.group(0)):
            return several.span()
        one = _ONE.match(text, at) if call.group("cue").lower() != "on" else None
        if one:
            return one.span()
    if _NUMBERED_BEFORE.search(text, reach, at):
        return _NUMBERED.match(text, at).span()  # type: ignore[union-attr]
    reference = _REFERENCE_BEFORE.search(text, reach, at)
    if reference:
        code = (_FLIGHT if reference.group("cue").lower() == "flight" else _CODE).match(text, at)
        return code.span() if code else None
    return None


def _joined_to_letters(text: str, at: int) -> Span | None:
    """A postcode ("SW1A 1AA", "CA 94103") or a product code ("F-35") the digits at ``at`` belong to."""
    if not at or not (text[at - 1].isupper() or text[at - 1] in " -"):
        return None  # neither run on from capitals ("SW1A", "M1"), nor after a space or a dash
    for back in (2, 1):
        begin = at - back
        if begin >= 0 and (begin == 0 or not text[begin - 1].isalnum()) and text[begin:at].isupper():
            postcode = _POSTCODE.match(text, begin)
            if postcode:
                return postcode.span()
    before = text[at - 2 : at - 1]
    if (before.isupper() or before == ",") and _STATE.search(text, max(0, at - 5), at):
        zip_code = _ZIP.match(text, at)
        if zip_code:
            return zip_code.span()
    head = _PRODUCT_HEAD.search(text, max(0, at - 7), at) if text[at - 1] == "-" else None
    tail = _PRODUCT_TAIL.match(text, at) if head else None
    return (head.start(), tail.end()) if head and tail else None


def code_spans(text: str) -> list[Span]:
    """The spans of digits in ``text`` that are no figures (module docstring), in order, none overlapping.

    Each run of digits is looked at once, with the few characters around it: a text costs what its numbers do.
    """
    spans: list[Span] = []
    covered = 0
    for run in _RUN.finditer(text):
        at = run.start()
        if at < covered:
            continue
        lead = at - 1 if at and text[at - 1] in "+(" else at
        span = _by_shape(text, at, lead, run.end()) or _after_a_word(text, at, lead) or _joined_to_letters(text, at)
        if span is not None:
            spans.append(span)
            covered = span[1]
    return spans
