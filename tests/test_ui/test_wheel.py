"""``pip install`` of the wheel gives a working ``parallax``: sample, icons and version from the installed package.

Offline: the wheel is built from a copy of the sources with this venv's setuptools (no build isolation), installed
with ``--no-deps --no-index`` into a fresh venv that sees this venv's dependencies through a ``.pth`` line (which
adds the folder only; the editable install's own hooks there are not run, so the worktree stays out of reach).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "main.py", "core", "ui", "assets")
TIMEOUT = 300  # seconds, for a build on a loaded machine

WINDOW_CHECK = """
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QToolBar
import assets, main
from ui.app import create_app
from ui.main_window import MainWindow
from ui.prompter import Prompter
from ui.resources import icon
from ui.settings import Settings
from ui.startup import start_with

class Recorder(Prompter):
    errors = []
    def error(self, title, text):
        self.errors.append(text)

app = create_app()
window = MainWindow(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)), Recorder(None))
window.show()
start_with(window, *main.SAMPLE_PAIR)
deadline = time.monotonic() + 60
while window.session.comparison is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
bars = window.findChildren(QToolBar)
actions = [a for bar in bars for a in bar.actions() if not a.isSeparator()]
print(json.dumps({
    "errors": Recorder.errors,
    "compared": window.session.comparison is not None,
    "status": window.status.text(),
    "toolbar_icons": [not a.icon().pixmap(16, 16).isNull() for a in actions],
    "window_icon": not icon("parallax").pixmap(32, 32).isNull(),
    "assets": str(assets.ROOT),
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; returns its folder."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(work / "dist"), str(source)]
    subprocess.run(build, check=True, capture_output=True, timeout=TIMEOUT)
    (wheel,) = (work / "dist").glob("parallax-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=TIMEOUT)
    python = venv / "bin" / "python"
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=TIMEOUT)  # fmt: skip
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()  # fmt: skip
    Path(purelib, "_parallax_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def _run(venv: Path, *command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(cwd / "config"))
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def test_parallax_command_compares_the_bundled_sample(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, str(installed / "bin" / "parallax"), "--json", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["left"]["name"], data["right"]["name"]) == ("original.txt", "rewrite.txt") and data["links"]
    where = _run(installed, str(installed / "bin" / "python"), "-c", "import core, ui, assets, main; "
                 "print(core.__file__, ui.__file__, assets.__file__, main.__file__)", cwd=tmp_path)  # fmt: skip
    assert where.returncode == 0 and all(p.startswith(str(installed)) for p in where.stdout.split()), where.stdout


def test_installed_version_is_the_project_version(installed: Path, tmp_path: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    done = _run(installed, str(installed / "bin" / "parallax"), "--version", cwd=tmp_path)
    assert done.stdout.strip() == f"parallax {project}", done.stderr


def test_installed_window_has_its_icons_and_sample(installed: Path, tmp_path: Path) -> None:
    script = tmp_path / "check.py"
    script.write_text(WINDOW_CHECK)
    done = _run(installed, str(installed / "bin" / "python"), str(script), str(tmp_path / "s.ini"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["errors"] == [] and seen["compared"], seen
    assert seen["toolbar_icons"] and all(seen["toolbar_icons"]) and seen["window_icon"], seen
    assert seen["assets"].startswith(str(installed))
    assert "no such file" not in done.stderr + seen["status"]
