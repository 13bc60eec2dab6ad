"""The window's first comparison from the command line: both files, one of them, or what is wrong with them.

``start_with(window, left, right)``: both usable, they are compared; one given or one usable, it is loaded on its
side and the window asks for the other; a file that cannot be used is named (as typed) in one message, and the
window never claims a previous comparison that is not there.
"""

from __future__ import annotations

from core import LoadError, Side
from core.load import check_choice
from ui.main_window import MainWindow

ROLES = {Side.LEFT: "original (left)", Side.RIGHT: "rewrite (right)"}
MENU = {Side.LEFT: "File > Open Left", Side.RIGHT: "File > Open Right"}


def _problem(path: str) -> str | None:
    try:
        check_choice(path)
    except LoadError as error:
        return str(error)
    return None


def start_with(window: MainWindow, left: str | tuple[str, ...] | None, right: str | None) -> None:
    """Start the window on what the command line gave (several sources: the comparison names any that fails)."""
    if isinstance(left, tuple):
        if right is not None:
            window.compare_sources(left, right)
        return
    given = {side: path for side, path in ((Side.LEFT, left), (Side.RIGHT, right)) if path is not None}
    problems = {side: problem for side, path in given.items() if (problem := _problem(path)) is not None}
    usable = {side: path for side, path in given.items() if side not in problems}
    if len(usable) == 2:
        window.compare_sources(usable[Side.LEFT], usable[Side.RIGHT])
        return
    for side, path in usable.items():
        window.sources.load_side(side, path)
    if not problems:
        return
    lines = [f"The {ROLES[side]} article cannot be opened: {problem}." for side, problem in problems.items()]
    if usable:
        (side,) = usable
        lines.append(f"The {ROLES[side]} one is loaded; open the {ROLES[side.other]} one with {MENU[side.other]}.")
    else:
        lines.append("Open two articles with File > Open Left and Open Right, or drop them on the window.")
    window.status_line.say(" ".join(lines))
    window.prompter.error("Parallax could not open a file", "\n\n".join(lines))
