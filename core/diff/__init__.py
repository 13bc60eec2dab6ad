"""Stage 4 of 7, diff: the word diff of one link (difflib), cleaned up to read like an editor's markup.

API
---
word_diff(left, right, options) -> tuple[DiffOp, ...]
tokenize(text) -> list[Token]
"""

from core.diff.worddiff import Token, tokenize, word_diff

__all__ = ["Token", "tokenize", "word_diff"]
