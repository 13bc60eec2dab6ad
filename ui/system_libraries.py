"""The system libraries Qt's X11 (xcb) platform plugin needs, checked before Qt starts; never imports Qt.

A bare Debian or Ubuntu lacks some of them, and Qt then aborts with ``Could not load the Qt platform plugin
"xcb"``, naming none. This module names them: ``missing_packages()`` runs ``ldd`` on the plugin shipped in the
installed PySide6 (so the list is whatever that Qt really links) and maps each library it cannot find to its
Debian package; ``message(packages)`` is the one message shown; ``python -m ui.system_libraries --install``
(what ``make run`` calls) installs them with apt-get when run as root, or prints the message and fails.

On every start the plugin is first opened with the dynamic loader (``loads``); only when that fails does ``ldd``
name the missing libraries.

Without an X display to open (``DISPLAY`` unset, or a local display with no server), Qt aborts too, with advice
about xcb-cursor and reinstalling; ``display_problem`` says instead what is wrong and what works without a window.

API: ``needs_check(environ, platform)``, ``loads(plugin)``, ``missing_packages(plugin)``, ``xcb_plugin()``,
``message(packages)``, ``install_command(packages)``, ``display_problem(environ, platform, sockets, program)``,
``program_name(argv0)``, ``DEBIAN_PACKAGES``.

>>> DEBIAN_PACKAGES["libxcb-cursor.so.0"]
'libxcb-cursor0'
>>> needs_check({"QT_QPA_PLATFORM": "offscreen"}, "linux")
False
>>> needs_check({"DISPLAY": ":0"}, "linux"), needs_check({"DISPLAY": ":0"}, "darwin")
(True, False)
>>> display_problem({}, "linux").splitlines()[0]
'parallax: no X display to open the window on (DISPLAY is not set).'
>>> display_problem({"DISPLAY": "remote.example:10.0"}, "linux") is None  # not checked: an ssh-forwarded display
True
>>> install_command(["libxcb-icccm4", "libxcb-keysyms1"])
'sudo apt-get install libxcb-icccm4 libxcb-keysyms1'
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

LDD_TIMEOUT = 10.0  # seconds; ldd on the plugin takes about 20 ms

# Every library Qt 6's libqxcb.so and libQt6XcbQpa.so link (objdump -p ... | grep NEEDED) with its package.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def needs_check(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will try the xcb plugin: on Linux, unless another platform is asked for or Wayland is up."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the PySide6 this interpreter imports (without importing it), if any."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def _not_found_by_ldd(plugin: Path) -> list[str] | None:
    """The libraries ``ldd`` cannot resolve for the plugin, or None when ldd cannot be run."""
    if shutil.which("ldd") is None:
        return None
    try:
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=LDD_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = (line.split("=>") for line in done.stdout.splitlines() if "not found" in line)
    return sorted({parts[0].strip() for parts in lines})


def _not_loadable(names: Sequence[str]) -> list[str]:
    """The libraries the dynamic loader cannot open (the check without ldd)."""
    missing = []
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def missing_packages(plugin: Path) -> list[str]:
    """The packages to install so the plugin loads, in a stable order; unknown libraries by their own name."""
    libraries = _not_found_by_ldd(plugin)
    if libraries is None:
        libraries = _not_loadable(list(DEBIAN_PACKAGES))
    return sorted({DEBIAN_PACKAGES.get(library, library) for library in libraries})


def install_command(packages: Sequence[str]) -> str:
    """The command that installs the packages (Debian and Ubuntu)."""
    return "sudo apt-get install " + " ".join(packages)


def message(packages: Sequence[str]) -> str:
    """The one message for a user whose system lacks what Qt's window needs."""
    return (
        "parallax: the window needs system libraries that are missing: " + ", ".join(packages) + ".\n"
        f"Install them with:  {install_command(packages)}\n"
        "(Debian/Ubuntu package names; the README's Installing section lists them for other systems.)"
    )


def loads(plugin: Path) -> bool:
    """Whether the dynamic loader opens the plugin with everything it links (the libraries Qt loads next anyway:
    some 10 ms, where running ``ldd`` on every start took 0.1 s)."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError:
        return False
    return True


WITHOUT_WINDOW = "Compare without a window instead:  {program} ORIGINAL REWRITE --html REPORT.html  (or --json OUT)."
X_SOCKETS = Path("/tmp/.X11-unix")  # where a local X server's display :N listens (XN)


def program_name(argv0: str) -> str:
    """How the user started Parallax, to name in advice: the ``parallax`` command, else ``python main.py``.

    >>> program_name("/home/ann/.venv/bin/parallax"), program_name("main.py")
    ('parallax', 'python main.py')
    """
    return "parallax" if Path(argv0).name == "parallax" else "python main.py"


def display_problem(
    environ: Mapping[str, str], platform: str, sockets: Path = X_SOCKETS, program: str = "parallax"
) -> str | None:
    """Why Qt's X11 window cannot open, when that can be told before starting Qt: no ``DISPLAY``, or a local
    display (``:N``) that no X server serves; a second line names the way without a window, started as
    ``program``. Remote displays (``host:N``) are left to Qt."""
    if not needs_check(environ, platform):
        return None
    display = environ.get("DISPLAY", "")
    advice = WITHOUT_WINDOW.format(program=program)
    if not display:
        return f"parallax: no X display to open the window on (DISPLAY is not set).\n{advice}"
    host, _, rest = display.partition(":")
    number = rest.split(".")[0]
    if host in ("", "unix") and number.isdigit() and sockets.is_dir() and not (sockets / f"X{number}").exists():
        return f"parallax: no X server answers on display {display} (DISPLAY).\n{advice}"
    return None


def check() -> str | None:
    """The message to show before starting Qt, or None when the window can start: the display's problem first
    (with the way without a window), then the system libraries missing (``ldd`` names them only when the plugin
    does not load); both when both are wrong."""
    if not needs_check(os.environ, sys.platform):
        return None
    plugin = xcb_plugin()
    packages = missing_packages(plugin) if plugin and not loads(plugin) else []
    display = display_problem(os.environ, sys.platform, X_SOCKETS, program_name(sys.argv[0]))
    problems = [display] if display else []
    problems += [message(packages)] if packages else []
    return "\n".join(problems) or None


def _install(packages: Sequence[str]) -> int:
    """Install the packages with apt-get when root; otherwise print the message. Returns an exit status."""
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        print(message(packages), file=sys.stderr)
        return 1
    print("Installing the system libraries Qt's window needs: " + " ".join(packages), file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    update = subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
    done = subprocess.run(["apt-get", "install", "-y", "-qq", *packages], env=env, check=False)
    return 0 if update.returncode == 0 and done.returncode == 0 else 1


def main(argv: Sequence[str]) -> int:
    """``--install``: install what is missing (root) or explain; without it, only report. Exit 0 when nothing is."""
    plugin = xcb_plugin() if needs_check(os.environ, sys.platform) else None
    packages = missing_packages(plugin) if plugin else []
    if not packages:
        return 0
    if "--install" in argv:
        return _install(packages)
    print(message(packages), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
