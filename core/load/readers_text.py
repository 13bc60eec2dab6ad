"""Readers of text-based formats: Markdown and RTF to plain text (paragraphs separated by blank lines).

API: ``markdown_to_text(text) -> (text, title)``, ``rtf_to_text(text) -> str``.

>>> markdown_to_text("# Storm hits\\n\\nA **big** storm hit [the coast](https://x.example) on *Monday*.")
('Storm hits\\n\\nA big storm hit the coast on Monday.', 'Storm hits')
>>> rtf_to_text(r"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Caf\\'e9 opens.\\par Second \\b bold\\b0  line.\\par}")
'Café opens.\\nSecond bold line.\\n'
"""

from __future__ import annotations

import re

from core.errors import LoadError, LoadFailure

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*#*\s*$")
_MD_SKIP = re.compile(r"\s*(```.*|~~~.*|[-*_]{3,}\s*|\[[^\]]+\]:\s*\S+.*)")
_MD_PREFIX = re.compile(r"^(\s*>\s*)+|^\s*([-*+]|\d+[.)])\s+")


def _md_inline(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
    previous = None
    while previous != line:
        previous, line = line, _MD_EMPHASIS.sub(r"\2", line)
    return line


def markdown_to_text(text: str) -> tuple[str, str]:
    """Markdown reduced to its text; headings become paragraphs of their own. Also the first ``#`` heading."""
    out: list[str] = []
    title = ""
    for raw in text.split("\n"):
        if _MD_SKIP.fullmatch(raw):
            continue
        heading = _MD_HEADING.fullmatch(raw.strip())
        if heading:
            if not title and raw.lstrip().startswith("# "):
                title = _md_inline(heading.group(1))
            out += ["", _md_inline(heading.group(1)), ""]
            continue
        out.append(_md_inline(_MD_PREFIX.sub("", raw, count=1)))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip(), title


_RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.DOTALL)
_RTF_SKIP = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "footer",
    "footnote",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "xmlnstbl",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "field",
    "fldinst",
    "nonshppict",
    "shp",
    "bkmkstart",
}
_RTF_BREAKS = {
    "par": "\n",
    "line": "\n",
    "sect": "\n",
    "page": "\n",
    "tab": "\t",
    "cell": "\t",
    "row": "\n",
    "emdash": "—",
    "endash": "–",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "“",
    "rdblquote": "”",
    "bullet": "•",
}


def rtf_to_text(text: str) -> str:
    """The text of an RTF document; embedded objects, pictures and tables of fonts are skipped."""
    if not text.lstrip().startswith("{\\rtf"):
        raise LoadError(LoadFailure.CORRUPT, "this RTF file is damaged (it does not start with {\\rtf)")
    out: list[str] = []
    skip_depth: list[bool] = [False]
    codepage = "cp1252"
    pending_skip = 0  # characters to drop after a \\uN (its ASCII stand-in)
    for word, number, hex_code, symbol, brace, plain in _RTF_TOKEN.findall(text):
        skipping = skip_depth[-1]
        if brace == "{":
            skip_depth.append(skipping)
        elif brace == "}":
            if len(skip_depth) > 1:
                skip_depth.pop()
        elif word:
            if word in _RTF_SKIP or (word == "ansicpg" and skipping):
                skip_depth[-1] = True
            elif word == "ansicpg" and number:
                codepage = f"cp{number}"
            elif not skipping and word in _RTF_BREAKS:
                out.append(_RTF_BREAKS[word])
            elif not skipping and word == "u" and number:
                out.append(chr(int(number) % 65536))
                pending_skip = 1
        elif symbol == "*":
            skip_depth[-1] = True
        elif skipping:
            continue
        elif hex_code:
            if pending_skip:
                pending_skip -= 1
            else:
                out.append(bytes([int(hex_code, 16)]).decode(codepage, errors="replace"))
        elif symbol:
            out.append({"~": "\u00a0", "-": "", "_": "-"}.get(symbol, symbol if symbol in "\\{}" else ""))
        elif plain:
            if pending_skip:
                plain, pending_skip = plain[1:], 0
            out.append(plain)
    return "".join(out)
