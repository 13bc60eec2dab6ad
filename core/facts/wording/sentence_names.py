"""A sentence's first word as a speaker's name: "Haddad said the port would reopen."

API: ``speaker_at_start(scan, k, thresholds=SPEAKER_NAME) -> bool`` for a capitalised token ``k`` that opens a
sentence; ``SpeakerNameThresholds``.

A capitalised word at a sentence's start says nothing of a name, so the names check takes one there only when the
texts use it mid-sentence too. A speaker named by surname alone often stands there and nowhere else: "Haddad
said ...", "Okafor warned ...". Such a word is a name when a reporting verb follows it (one space between;
not a verb naming a deed: "Haddad added staff", ``objects``) and it is no common word: not a stop word, a
determiner or an indefinite pronoun ("It said", "This said", "Everyone said"), no plural in -s ("Officials said",
"Residents said": a name in -s is left unread, as before), not among the commonest words of English
(``SpeakerNameThresholds.common_zipf``: "Police said", "Staff said"), and not written in lower case anywhere in
the text ("Security said ... tighter security").

>>> from core.facts.wording.scan import scan
>>> s = scan("Haddad said the port would reopen. Officials said so. Police said so.")
>>> [speaker_at_start(s, k) for k in (0, 6, 9)]
[True, False, False]
"""

from __future__ import annotations

from dataclasses import dataclass

from core.facts.wording import lexicon as lx
from core.facts.wording.items import Scan
from core.facts.wording.objects import AMBIGUOUS, deed_not_report
from core.facts.wording.standing import standing
from core.text.frequency import zipf
from core.text.terms import STOP_WORDS


@dataclass(frozen=True)
class SpeakerNameThresholds:
    common_zipf: float = 5.0  # Zipf (log10 uses per billion words): a word this common is no name at a start
    # ("police" 5.33, "staff" 5.08; "Trump" 4.93, "Haddad" 0)


SPEAKER_NAME = SpeakerNameThresholds()
_INDEFINITE = frozenset("everyone everybody someone somebody anyone anybody nobody none many several others".split())


def _in_lower_case(text: str, low: str) -> bool:
    return next(standing(text, low, "'’-"), None) is not None


def speaker_at_start(scan: Scan, k: int, thresholds: SpeakerNameThresholds = SPEAKER_NAME) -> bool:
    """Whether the capitalised token ``k`` opening a sentence is a speaker's name (module docstring)."""
    if k + 1 >= len(scan.lows) or scan.text[scan.ends[k] : scan.starts[k + 1]] != " ":
        return False
    verb, low = scan.lows[k + 1], scan.lows[k]
    if verb not in lx.REPORTING or (verb in AMBIGUOUS and deed_not_report(scan, k + 1)):
        return False
    if low in STOP_WORDS or low in lx.DETERMINERS or low in _INDEFINITE or low in lx.NEGATORS:
        return False
    if (low.endswith("s") and not low.endswith("ss")) or not low.isalpha():
        return False
    return zipf(low) < thresholds.common_zipf and not _in_lower_case(scan.text, low)
