"""Counting words in any script: scripts written without spaces (Chinese, Japanese) count by characters.

API: ``word_count(text) -> int``, ``CJK_CHARS_PER_WORD``, ``SENTENCE_ENDS`` (full stops of every script).

>>> word_count("Floods hit the valley"), word_count("大雨で川が氾濫し、多くの家が浸水した。")
(4, 12)
"""

from __future__ import annotations

import math
import re

CJK_CHARS_PER_WORD = 1.5  # characters: a Chinese or Japanese word is one and a half characters long on average
SENTENCE_ENDS = ".!?…。！？"
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def word_count(text: str) -> int:
    """Words separated by spaces, plus one per ``CJK_CHARS_PER_WORD`` characters of Chinese or Japanese."""
    if text.isascii():
        return len(text.split())  # no Chinese or Japanese in it (a flag of the string: no scan)
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    spaced = sum(1 for token in text.split() if not _CJK.search(token))
    return spaced + math.ceil(cjk / CJK_CHARS_PER_WORD)
