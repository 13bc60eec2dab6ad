"""Outputs that would destroy an input: a report written over an article being compared, or a result written
into a corpus folder (the next ``index`` would read it as an article).

API: ``clobbered(target, articles=(), corpora=()) -> str | None``, the problem with writing ``target``, if any.

>>> clobbered("-", ["a.txt"]) is None
True
>>> clobbered("a.txt", ["./a.txt"])
'a.txt is one of the articles being compared: write it to another file'
>>> clobbered("news/out.json", [], ["news"])
'news/out.json is inside the corpus folder news: the next index would read it as an article; write it elsewhere'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from core.load import STANDARD_STREAM


def clobbered(target: str | None, articles: Iterable[str] = (), corpora: Iterable[str] = ()) -> str | None:
    """What is wrong with writing ``target`` given the inputs (see the module docstring)."""
    if target is None or target == STANDARD_STREAM:
        return None
    path = Path(os.path.realpath(target))
    for article in articles:
        if article != STANDARD_STREAM and path == Path(os.path.realpath(article)):
            return f"{target} is one of the articles being compared: write it to another file"
    for corpus in corpora:
        folder = Path(os.path.realpath(corpus))
        if path.is_relative_to(folder):
            return (
                f"{target} is inside the corpus folder {corpus}: the next index would read it as an article;"
                " write it elsewhere"
            )
    return None
