"""Bytes to clean text: encoding detection, binary detection and invisible-character clean-up.

API: ``decode_text(data, name) -> str``, ``decode_html(data, name) -> str``, ``clean_text(text) -> str``.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read directly; anything else is detected by
charset-normalizer, falling back to Windows-1252. Binary data is told from text the way a text editor tells
it: a file that starts with a binary format's signature (an image, an executable, an archive), holds NUL bytes,
or reads as more than ``BINARY_CONTROL_SHARE`` control or undecodable characters is binary; a few control bytes
in text (agency feeds put one before each paragraph, ``core.load.wire``) are not. Clean-up turns non-breaking
and odd spaces into plain spaces, removes soft hyphens, zero-width characters (not the joiners that Arabic and
Indic scripts need) and stray control bytes, and normalises line endings; Greek, Cyrillic, CJK and
right-to-left text pass unchanged.

>>> clean_text("infor\\u00admation\\u00a0here\\u200b.\\r\\n")
'information here.\\n'
>>> decode_text("café".encode("cp1252"), "menu.txt")
'café'
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from core.errors import LoadError, LoadFailure

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
BINARY_CONTROL_SHARE = 0.05  # share of control/undecodable characters above which data is binary (random bytes:
# about 0.12; an agency feed with a control byte before each paragraph: about 0.01)
_SIGNATURES = (
    b"\x89PNG", b"\xff\xd8\xff", b"\x7fELF", b"PK\x03\x04", b"\x1f\x8b", b"7z\xbc\xaf", b"II*\x00", b"MM\x00*",
    b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\x00asm", b"\xd0\xcf\x11\xe0", b"MZ",
)  # fmt: skip
_LETTER_SIGNATURES = (
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"BZh",
    b"Rar!",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"fLaC",
    b"SQLite",
    b"wOFF",
    b"wOF2",
)  # fmt: skip  (binary only when binary bytes follow: text may start so)
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _has_signature(data: bytes) -> bool:
    """Whether data starts like an image, an executable, an archive or another binary format."""
    head = data[:64]
    if head.startswith(_SIGNATURES) and (head[:2] != b"MZ" or _BINARY_BYTE.search(head)):
        return True
    return head.startswith(_LETTER_SIGNATURES) and bool(_BINARY_BYTE.search(head))


CLEAN_PIECE = 1 << 18  # characters cleaned per call: a regular-expression pass holds the interpreter for its whole
# call (0.1-0.3 s over a 19 MB text), so pieces of this size (about 1 ms each) let the window's thread run between


def clean_text(text: str) -> str:
    """Plain spaces, no invisible characters, ``\\n`` line endings (cleaned a piece of lines at a time: every rule
    is one character or ``\\r\\n``, which a piece ending after a ``\\n`` never splits).

    >>> clean_text("a\\u00a0b\\r\\nc\\u200b" * 2)
    'a b\\nca b\\nc'
    """
    return "".join(_clean_piece(piece) for piece in _pieces(text, CLEAN_PIECE))


def _pieces(text: str, size: int) -> Iterator[str]:
    """``text`` in pieces of at least ``size`` characters that end after a newline (the last one: at the end)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _clean_piece(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _CONTROL.sub("", _INVISIBLE.sub("", _SPACES.sub(" ", text)))


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:100_000]
    odd = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return odd > BINARY_CONTROL_SHARE * max(1, len(sample))


WESTERN_ACCENT_SHARE = 0.3  # share of non-ASCII letters under which a Windows-1252 reading is preferred


def _western(data: bytes) -> str | None:
    """``cp1252`` when that reading gives mostly ASCII letters with a few accents (French, German, Spanish...).

    The detector is unreliable on short Western texts; Greek or Cyrillic read as cp1252 is nearly all non-ASCII.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if not c.isascii())
    return "cp1252" if letters and accented <= WESTERN_ACCENT_SHARE * len(letters) else None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    # Without a BOM, UTF-16/32 would have shown NUL bytes; on short texts the detector guesses them wrongly.
    excluded = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
    match = from_bytes(data[:200_000], cp_exclusion=excluded).best()
    return None if match is None else match.encoding


def decode_text(data: bytes, name: str) -> str:
    """The text of a file's bytes (see the module docstring); binary data raises :class:`LoadError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name)
    if b"\x00" in data[:4096] or _has_signature(data):
        raise LoadError(LoadFailure.BINARY, f"{name} is not a text file (it holds binary data)")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    encoding = _western(data) or _detect(data) or "cp1252"
    try:
        return _checked(data.decode(encoding), name)
    except (UnicodeDecodeError, LookupError):
        return _checked(data.decode("cp1252", errors="replace"), name)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def decode_html(data: bytes, name: str) -> str:
    """A saved web page's text: a BOM first, then the page's own ``<meta charset>`` (windows-1251, EUC-KR,
    GB2312...), else as ``decode_text`` guesses."""
    declared = _META_CHARSET.search(data[:8192])
    if declared and not data.startswith(tuple(bom for bom, _ in _BOMS)):
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            encoding = ""
        if encoding and encoding not in ("utf-16", "utf-32") and b"\x00" not in data[:4096]:
            if encoding in ("gb2312", "gbk"):
                encoding = "gb18030"  # pages declared GB2312 are GBK or GB18030 in practice; both are subsets
            return _checked(data.decode(encoding, errors="replace"), name)
    return decode_text(data, name)


def _checked(text: str, name: str) -> str:
    if _looks_binary(text):
        raise LoadError(LoadFailure.BINARY, f"{name} is not a text file (it holds binary data)")
    return text
