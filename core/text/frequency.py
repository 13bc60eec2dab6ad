"""How common a word is in English at large: the measure that tells a stock phrase from a distinctive passage.

API: ``zipf(word) -> float``.

The frequency is the Zipf value of the ``wordfreq`` package's English list: log10 of the word's uses per
billion words of a large mixed corpus (news, books, subtitles, the web); "said" is 6.01, "hospital" 5.07,
"rescued" 3.94. Its small list holds the words used at least once a million words (Zipf 3); a rarer word, or one
it has never seen, is 0. A fixed list of frequent words would be a cut-off chosen once; the Zipf value lets the
threshold sit in a config object (``VerdictThresholds.common_zipf``).

The list is read straight from the package's data file (``small_en.msgpack.gz``: a header, then one list of
words per centibel of frequency, most frequent first), once, on the first look-up: about 30 ms. Importing
``wordfreq`` itself would take 0.5 s (its tokenizers, language tables and logging) for the same numbers.

>>> zipf("said"), zipf("Hospital"), zipf("rescued"), zipf("qxzvw")
(6.01, 5.07, 3.94, 0.0)
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from pathlib import Path

import msgpack

_PACKAGE = "wordfreq"
_LIST = Path("data") / "small_en.msgpack.gz"
_ZIPF_OF_TOP = 9.0  # the Zipf value of bucket 0 (frequency 1: log10 of 1e9 uses a billion words)
_CENTIBELS = 100  # buckets a Zipf unit


@functools.cache
def _buckets() -> dict[str, int]:
    """Each listed word's bucket (its centibels below the top); ``dict.fromkeys`` per bucket, a later bucket
    overriding an earlier one as a comprehension would: a third of the time of working out every word's value."""
    spec = importlib.util.find_spec(_PACKAGE)  # finds the package without importing it
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"the {_PACKAGE} package (a dependency of Parallax) is not installed")
    with gzip.open(Path(spec.origin).parent / _LIST, "rb") as stream:
        header, *buckets = msgpack.unpack(stream, raw=False)
    assert header.get("format") == "cB", f"{_PACKAGE}'s word list is in an unknown format: {header}"
    found: dict[str, int] = {}
    for bucket, words in enumerate(buckets):
        found.update(dict.fromkeys(words, bucket))
    return found


def zipf(word: str) -> float:
    """The word's Zipf frequency in English (see the module docstring)."""
    bucket = _buckets().get(word.lower())
    return 0.0 if bucket is None else round(_ZIPF_OF_TOP - bucket / _CENTIBELS, 2)
