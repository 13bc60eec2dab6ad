"""Start-up the way a user meets it: ``main.py`` under a real X server (Xvfb) with Qt's xcb platform, not offscreen.

The window must map and paint the sample, then quit on Ctrl+Q. Needs Xvfb, xdotool and ImageMagick; skipped
without them, except in CI (``.ci/run`` installs them and sets ``PARALLAX_REQUIRE_DISPLAY_TEST=1``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool", "xwininfo", "import", "identify")
PAINTED_COLOURS = 100  # distinct colours in a window showing anti-aliased text; an unpainted one has a handful
WAIT = 30.0  # seconds for the window to map and paint on a loaded machine


def _tools_or_skip() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("PARALLAX_REQUIRE_DISPLAY_TEST") != "1":
        pytest.skip(f"needs {', '.join(missing)} (bash .ci/run installs them)")
    assert not missing, f"CI must provide {missing}"


@pytest.fixture
def display() -> Iterator[str]:
    _tools_or_skip()
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _run(env: dict[str, str], *command: str) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=WAIT, check=False)
    return done.stdout.strip() if done.returncode == 0 else ""


def _colours(env: dict[str, str], window: str, shot: Path) -> int:
    if not _run(env, "import", "-window", window, str(shot)) and not shot.exists():
        return 0
    count = _run(env, "identify", "-format", "%k", str(shot))
    return int(count) if count.isdigit() else 0


def test_main_maps_and_paints_under_xvfb_with_xcb(display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"))
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        window = ""
        deadline = time.monotonic() + WAIT
        while not window and time.monotonic() < deadline and app.poll() is None:
            window = _run(env, "xdotool", "search", "--onlyvisible", "--name", "Parallax").split("\n")[0]
            time.sleep(0.2)
        said = app.stdout.read() if app.stdout and app.poll() is not None else ""
        assert window, f"no Parallax window mapped; main.py said: {said}"
        assert "IsViewable" in _run(env, "xwininfo", "-id", window)
        colours = 0
        while colours < PAINTED_COLOURS and time.monotonic() < deadline:
            colours = _colours(env, window, tmp_path / "window.png")
            time.sleep(0.3)
        assert colours >= PAINTED_COLOURS, f"the window maps but shows only {colours} colours: not painted"
        _run(env, "xdotool", "windowfocus", "--sync", window, "key", "ctrl+q")
        assert app.wait(timeout=WAIT) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    output = app.stdout.read() if app.stdout else ""
    assert "Could not load the Qt platform plugin" not in output, output
