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
_ZERO_RUN = re.compile(rf"(?<![\w.,/£$€¥+-])(?<!\d )(?:\(0\d{{2,5}}\)|0\d{{2,}})(?:{_SEP}\d{{2,}})*(?!\w|\.\d)")
_PLUS_RUN = re.compile(rf"(?<![\w.,])\+\d{{1,15}}(?:{_SEP}?\(\d{{1,5}}\))?(?:[ \-]\d{{1,5}})*(?!\w|\.\d)")
_JOINED = re.compile(r"(?<![\w.,/£$€¥+-])\d{2,5}(?P<sep>[.-])\d{2,5}(?:(?P=sep)\d{2,5})+(?![\w-]|\.\d)")  # 555-123-4567
_TIME_PAIR = re.compile(r"\(?0\d[0-5]\d\)?(?:-[012]\d[0-5]\d)?")  # "0600", "0600-0800": clock times
_CALL_WORDS = (
    "call|calling|called|phone|phoned|phoning|telephone|tel|ring|rang|dial|dialled|dialed|dialling|text|texting|"
    "fax|freephone|helpline|hotline|whatsapp"
)
_CALL_RUN = re.compile(
    rf"\b(?P<cue>{_CALL_WORDS}|on)\b[.:]?\s*(?:(?:us|them|him|her|it)\s+)?(?:on\s+)?"
    rf"(?P<run>\(?\d{{2,}}\)?(?:{_SEP}\d{{2,}}){{1,5}})(?!\w|\.\d)"
    r"|\b(?:" + _CALL_WORDS + r")\b[.:]?\s*(?:(?:us|them|him|her|it)\s+)?(?:on\s+)?"
    r"(?P<one>\d{3,})(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|or|if|to|from|and|now|free|today|anytime|any)\b)",
    re.IGNORECASE,
)
_MIN_PHONE_DIGITS = 7  # digits: a phone number after "+" or "on" has at least this many
_MIN_CALL_DIGITS = 5  # digits: several groups after "call" hold at least this many ("call 555 01")
_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"  # SW1A 1AA, M1 1AE
    r"|\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    r"ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY),?\s(?P<zip>\d{5}(?:-\d{4})?)\b"
)
_REFERENCE_WORDS = "ref|reference|case|claim|order|account|invoice|policy|ticket|serial|booking|badge"
_REFERENCE = re.compile(
    rf"\b(?:{_REFERENCE_WORDS}|flight)\.?\s*(?:no\b\.?|number\b|#)\s*:?\s*(?P<numbered>[A-Z\d][\w/-]*\d[\w/-]*)"
    rf"|\b(?:{_REFERENCE_WORDS})\b[.:]?\s*(?P<code>(?!(?:1[89]|20)\d\d\b)\d{{4,}}\b|[A-Z\d]*(?:\d[A-Z]|[A-Z]\d|\d[/-]\d)[\w/-]*)"
    r"|\bflight\s+(?P<flight>\d+)\b",
    re.IGNORECASE,
)
_PRODUCT = re.compile(r"\b[A-Z]{1,5}-\d+[A-Za-z]?\b")
_ALWAYS = re.compile(r"(?<![\w/.-])24/7(?![\w/])")


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _thousands(run: str) -> bool:
    """ "10 000 000": a number written with spaces between its thousands, not a phone number."""
    groups = re.split(_SEP, run.strip("()"))
    return len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _call_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _CALL_RUN.finditer(text):
        if match.group("one"):
            spans.append(match.span("one"))
            continue
        run, cue = match.group("run"), match.group("cue").lower()
        wanted = _MIN_PHONE_DIGITS if cue == "on" else _MIN_CALL_DIGITS
        if _digits(run) >= wanted and not _thousands(run):
            spans.append(match.span("run"))
    return spans


def _number_spans(text: str) -> list[tuple[int, int]]:
    """Phone numbers told by their shape: a leading 0 or "+" (module docstring)."""
    spans = [m.span() for m in _ZERO_RUN.finditer(text) if not _TIME_PAIR.fullmatch(m.group(0))]
    spans += [m.span() for m in _PLUS_RUN.finditer(text) if _digits(m.group(0)) >= _MIN_PHONE_DIGITS]
    spans += [m.span() for m in _JOINED.finditer(text) if _digits(m.group(0)) >= _MIN_PHONE_DIGITS]
    return spans


def code_spans(text: str) -> list[tuple[int, int]]:
    """The spans of digits in ``text`` that are no figures (module docstring), in order, merged where they overlap."""
    spans = _number_spans(text) + _call_spans(text)
    spans += [m.span("zip") if m.group("zip") else m.span() for m in _POSTCODE.finditer(text)]
    for match in _REFERENCE.finditer(text):
        name = next(group for group in ("numbered", "code", "flight") if match.group(group))
        spans.append(match.span(name))
    spans += [m.span() for m in _PRODUCT.finditer(text)] + [m.span() for m in _ALWAYS.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
