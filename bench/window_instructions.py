"""The window's speed in instructions (callgrind), which a busy shared machine does not blur as it blurs seconds:
start-up to the first painted sample, and scrolling a 5,000-row comparison a screen at a time.

    QT_QPA_PLATFORM=offscreen python bench/window_instructions.py [--peer OTHER_CHECKOUT] [--frames 60]

With ``--peer``, the same is measured on another checkout (e.g. ``git worktree add /tmp/main main``) in the same
run, and the ratio is printed. Needs valgrind; takes a few minutes per checkout.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from evaldata import cached_env  # noqa: E402
from window_speed import STARTUP  # noqa: E402  (the same start-up, counted in instructions here)

SCROLL = """
import os, subprocess, sys
sys.path.insert(0, {bench!r})
import window_speed
sys.path.insert(0, {root!r})
from pathlib import Path
from core import compare
from core.report import build_report
app, window = window_speed.window_with(Path({folder!r}))
window.session.adopt(build_report(compare(*window_speed.synthetic(5000, 3))))
last = window.view.row_model.index(window.view.row_model.rowCount() - 1)
while not window.view.rectForIndex(last).isValid():
    app.processEvents()
bar = window.view.verticalScrollBar()
for step in range(5):  # warm the caches of fonts and glyphs first
    bar.setValue(step)
    window.view.viewport().repaint()
    app.processEvents()
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True)
for step in range({frames}):
    bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) * step // {frames})
    window.view.viewport().repaint()
    app.processEvents()
subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True)
"""


def instructions(script: str, folder: Path, collect_at_start: bool) -> int:
    """Instructions callgrind counted running ``script`` (all of it, or between its toggles)."""
    out = folder / "callgrind.out"
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
    if not collect_at_start:
        command.append("--instr-atstart=no")
    done = subprocess.run([*command, sys.executable, "-c", script], env=_env(folder), capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind failed: {done.stderr[-500:]}")
    return int(found.group(1))


def _env(folder: Path) -> dict[str, str]:
    """The environment of a run: offscreen, with the bytecode cache an installed or once-run copy has (kept in the
    run's own folder)."""
    return dict(cached_env(folder), QT_QPA_PLATFORM="offscreen")


def measure(root: Path, frames: int) -> tuple[int, int]:
    """Start-up instructions, and scrolling instructions per frame, for the checkout at ``root`` (after one start
    that writes the bytecode cache)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        startup = STARTUP.format(root=str(root), ini=str(folder / "s.ini"))
        subprocess.run([sys.executable, "-c", startup], env=_env(folder), check=True, capture_output=True)
        start = instructions(startup, folder, True)
        script = SCROLL.format(bench=str(ROOT / "bench"), root=str(root), folder=str(folder), frames=frames)
        scroll = instructions(script, folder, False)
    return start, scroll // frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, help="another checkout to measure in the same run")
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("window instructions: skipped (no valgrind)")
        return
    results = {ROOT: measure(ROOT, args.frames)}
    if args.peer is not None:
        results[args.peer.resolve()] = measure(args.peer.resolve(), args.frames)
    for root, (start, frame) in results.items():
        print(f"{root}: start-up {start / 1e6:,.0f} M instructions; scrolling {frame / 1e6:,.1f} M a frame")
    if args.peer is not None:
        (start, frame), (peer_start, peer_frame) = results.values()
        print(f"this checkout / peer: start-up {start / peer_start:.3f}, scrolling {frame / peer_frame:.3f}")


if __name__ == "__main__":
    main()
