"""Putting Parallax in the desktop's application menu: a freedesktop ``.desktop`` entry and its icon, user-level.

``install(command, data_home)`` writes ``<data_home>/applications/parallax.desktop`` (``Exec=<command> %F``, so
the menu and "Open with" hand it the files chosen) and ``<data_home>/icons/hicolor/scalable/apps/parallax.svg``;
``data_home`` is ``$XDG_DATA_HOME`` or ``~/.local/share``. ``command_line()`` is the command that starts this
installation of Parallax (its ``parallax`` script, else this interpreter on ``main.py``). Never imports Qt.
``make install-desktop`` and ``parallax --install-desktop`` run it.

API: ``install(command, data_home)``, ``command_line()``, ``data_home(environ)``, ``desktop_text(command)``.

>>> data_home({"XDG_DATA_HOME": "/x/share"}), data_home({"HOME": "/home/ana"})
(PosixPath('/x/share'), PosixPath('/home/ana/.local/share'))
>>> [line for line in desktop_text('/opt/my apps/parallax').splitlines() if line.startswith(("Exec", "TryExec"))]
['Exec="/opt/my apps/parallax" %F', 'TryExec=/opt/my apps/parallax']
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from assets import DESKTOP_ENTRY, ICONS

ENTRY_NAME = "parallax.desktop"
ICON_FOLDER = Path("icons") / "hicolor" / "scalable" / "apps"
RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")  # characters the Desktop Entry spec says need quoting in Exec


def data_home(environ: Mapping[str, str]) -> Path:
    """Where user-level application data goes (XDG Base Directory)."""
    chosen = environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if chosen else Path(environ.get("HOME", str(Path.home()))) / ".local" / "share"


def _quoted(argument: str) -> str:
    if not RESERVED & set(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def command_line() -> list[str]:
    """The command that starts this Parallax: the ``parallax`` script beside the interpreter, else ``main.py``."""
    script = Path(sys.executable).parent / "parallax"
    if script.is_file():
        return [str(script)]
    return [sys.executable, str(Path(__file__).resolve().parent.parent / "main.py")]


def desktop_text(command: str | list[str]) -> str:
    """The entry with ``Exec`` and ``TryExec`` pointing at the command."""
    words = [command] if isinstance(command, str) else command
    lines = []
    for line in DESKTOP_ENTRY.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_quoted(word) for word in words) + " %F"
        elif line.startswith("TryExec="):
            line = "TryExec=" + words[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(command: str | list[str], home: Path) -> list[Path]:
    """Write the entry and the icon under ``home``; returns the two files written."""
    entry = home / "applications" / ENTRY_NAME
    icon = home / ICON_FOLDER / "parallax.svg"
    for target in (entry, icon):
        target.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_text(command), encoding="utf-8")
    shutil.copyfile(ICONS / "parallax.svg", icon)
    for tool, argument in (
        ("update-desktop-database", entry.parent),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        if shutil.which(tool):  # menus notice new entries without these too; they only speed it up
            subprocess.run([tool, "-q", str(argument)], capture_output=True, check=False, timeout=30)
    return [entry, icon]
