"""The check before Qt starts: the libraries the xcb plugin lacks become one message naming their packages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import system_libraries

ROOT = Path(__file__).resolve().parents[2]


def _fake_ldd(folder: Path, missing: list[str]) -> dict[str, str]:
    """A PATH whose ``ldd`` reports these libraries as not found (and one that resolves)."""
    lines = "\n".join(f"\t{name} => not found" for name in missing)
    script = folder / "ldd"
    script.write_text("#!/bin/sh\ncat <<'EOF'\n\tlibc.so.6 => /lib/libc.so.6 (0x1)\n" + lines + "\nEOF\n")
    script.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def test_missing_libraries_become_their_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = _fake_ldd(tmp_path, ["libxcb-icccm.so.4", "libxcb-cursor.so.0", "libfoo.so.9"])
    monkeypatch.setenv("PATH", env["PATH"])
    packages = system_libraries.missing_packages(Path("/any/libqxcb.so"))
    assert packages == ["libfoo.so.9", "libxcb-cursor0", "libxcb-icccm4"]
    text = system_libraries.message(packages)
    assert text.count("\n") == 2 and "sudo apt-get install libfoo.so.9 libxcb-cursor0 libxcb-icccm4" in text


def test_nothing_missing_means_no_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", _fake_ldd(tmp_path, [])["PATH"])
    assert system_libraries.missing_packages(Path("/any/libqxcb.so")) == []


@pytest.mark.skipif(system_libraries.xcb_plugin() is None, reason="this PySide6 has no xcb plugin")
def test_main_stops_before_qt_with_one_message(tmp_path: Path) -> None:
    env = _fake_ldd(tmp_path, ["libxcb-keysyms.so.1"])
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":0")
    stderr = _main_stops_before_qt(env, "from ui import system_libraries as s; s.loads = lambda plugin: False; ")
    assert "libxcb-keysyms1" in stderr and "sudo apt-get install libxcb-keysyms1" in stderr  # as if it failed


def _main_stops_before_qt(env: dict[str, str], setup: str = "") -> str:
    """Run ``main.main([])`` (after ``setup``) in a fresh interpreter: it must exit 2 with one message and no
    traceback before importing Qt; returns its standard error."""
    code = f"import sys, main; {setup}status = main.main([])"
    code += "; print('Qt imported' if 'PySide6.QtCore' in sys.modules else ''); sys.exit(status)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Qt imported" not in done.stdout
    assert "Traceback" not in done.stderr
    return done.stderr


def test_install_as_user_names_the_packages(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("as root, --install would run apt-get")
    env = _fake_ldd(tmp_path, ["libxcb-icccm.so.4"])
    env["QT_QPA_PLATFORM"] = "xcb"
    command = [sys.executable, "-m", "ui.system_libraries", "--install"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "libxcb-icccm4" in done.stderr


def test_a_plugin_that_loads_needs_no_ldd(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The check on every start: a plugin the loader opens is enough, no ``ldd`` process is started."""
    import ctypes.util

    (tmp_path / "X0").touch()  # display :0 has a server
    monkeypatch.setattr(system_libraries, "X_SOCKETS", tmp_path)

    library = ctypes.util.find_library("c")
    assert library is not None
    monkeypatch.setattr(system_libraries, "xcb_plugin", lambda: Path(library))
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: pytest.fail("ldd was run"))
    monkeypatch.setattr(os, "environ", {"DISPLAY": ":0"})
    assert system_libraries.check() is None
    monkeypatch.setattr(system_libraries, "xcb_plugin", lambda: Path("/nowhere/libqxcb.so"))
    monkeypatch.setattr(system_libraries, "missing_packages", lambda plugin: ["libxcb-cursor0"])
    assert "libxcb-cursor0" in (system_libraries.check() or "")


def test_a_missing_or_dead_display_is_named(tmp_path: Path) -> None:
    sockets = tmp_path / ".X11-unix"
    sockets.mkdir()
    (sockets / "X7").touch()
    assert "DISPLAY is not set" in (system_libraries.display_problem({}, "linux", sockets) or "")
    assert "display :8" in (system_libraries.display_problem({"DISPLAY": ":8"}, "linux", sockets) or "")
    assert "display unix:8.0" in (system_libraries.display_problem({"DISPLAY": "unix:8.0"}, "linux", sockets) or "")
    assert system_libraries.display_problem({"DISPLAY": ":7.0"}, "linux", sockets) is None  # a server is there
    assert system_libraries.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", sockets) is None
    assert system_libraries.display_problem({}, "darwin", sockets) is None


@pytest.mark.skipif(system_libraries.xcb_plugin() is None, reason="this PySide6 has no xcb plugin")
def test_main_without_a_display_stops_before_qt_with_one_message() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    stderr = _main_stops_before_qt(env)
    assert "no X display" in stderr and "--html" in stderr


def test_the_advice_names_the_program_as_the_user_started_it(tmp_path: Path) -> None:
    sockets = tmp_path / "sockets"
    sockets.mkdir()
    for argv0, program in (("/opt/venv/bin/parallax", "parallax"), ("main.py", "python main.py")):
        shown = system_libraries.display_problem({}, "linux", sockets, system_libraries.program_name(argv0)) or ""
        assert f"{program} ORIGINAL REWRITE" in shown.splitlines()[1]
    assert "main.py" not in (system_libraries.display_problem({}, "linux", sockets, "parallax") or "")


def test_no_display_and_missing_libraries_are_both_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A fresh machine with neither a display nor Qt's X11 libraries: the display comes first (with the way
    without a window), then the packages to install for the window."""
    monkeypatch.setattr(system_libraries, "X_SOCKETS", tmp_path)
    monkeypatch.setattr(system_libraries, "xcb_plugin", lambda: Path("/nowhere/libqxcb.so"))
    monkeypatch.setattr(system_libraries, "missing_packages", lambda plugin: ["libxcb-keysyms1"])
    monkeypatch.setattr(os, "environ", {})
    found = system_libraries.check() or ""
    assert found.index("DISPLAY is not set") < found.index("libxcb-keysyms1")
    assert "--html" in found
