"""Stage 1 of 7, text: plain text to paragraphs and sentences, and the matching keys of words.

Every later stage works on what this one makes; it knows only the model (``core.model``).

API
---
document_from_text(text, name, title) -> Document,
document_from_paragraphs(paragraphs, name, title, made=None) -> Document
    Clean text split into paragraphs (blank lines, or one a line) and sentences, nothing more.
split_sentences(text) -> list[tuple[int, int]]
    Half-open character spans of the sentences of one paragraph.
sentence_words(text), sentence_terms(text, words), term_key(word), STOP_WORDS
    The words of a sentence, and the normalised keys (spelling, inflection, numbers) that matching uses.
zipf(word) -> float
    How common a word is in English (log10 of uses per billion words; ``wordfreq``): stock phrases are made of
    common words.
parse_date(text) -> datetime.date | None, readable_date(text) -> str
    (``core.text.dates``) The day an article's date names (the latest, for ordering), and the date as shown to a
    reader ("20260915T071500Z" -> "15 September 2026").
word_count(text) -> int, SENTENCE_ENDS
    Words in any script (Chinese and Japanese, written without spaces, count by characters); full stops.
any_of_pattern(cues) -> str
    (``core.text.cues``) A regex telling whether a text holds any of many fixed strings, as a trie: one scan.
"""

from core.text.counting import SENTENCE_ENDS, word_count
from core.text.cues import any_of_pattern
from core.text.dates import parse_date, readable_date
from core.text.frequency import zipf
from core.text.paragraphs import document_from_paragraphs, document_from_text, paragraph_from_text, split_paragraphs
from core.text.sentences import split_sentences
from core.text.terms import NUMBER_PREFIX, STOP_WORDS, sentence_terms, sentence_words, term_key

__all__ = [
    "NUMBER_PREFIX",
    "SENTENCE_ENDS",
    "STOP_WORDS",
    "any_of_pattern",
    "document_from_paragraphs",
    "document_from_text",
    "paragraph_from_text",
    "parse_date",
    "readable_date",
    "sentence_terms",
    "sentence_words",
    "split_paragraphs",
    "split_sentences",
    "term_key",
    "word_count",
    "zipf",
]
