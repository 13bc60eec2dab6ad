"""core/ never loads Qt: every module imported in a fresh interpreter leaves PySide6 out of sys.modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "core").rglob("*.py")
    )
    assert "core.engine.pipeline" in modules and "core.report" in modules and len(modules) >= 30
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import main\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_check_would_notice_qt() -> None:
    code = "import sys, PySide6.QtCore; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def import_cycles(package: str) -> list[list[str]]:
    """Every cycle of direct imports among a package's modules (TYPE_CHECKING imports included), one per set."""
    import grimp

    graph = grimp.build_graph(package, cache_dir=None)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & graph.modules) for m in graph.modules}
    cycles: dict[frozenset[str], list[str]] = {}

    def visit(module: str, path: list[str]) -> None:
        for target in edges[module]:
            if target == path[0]:
                cycles.setdefault(frozenset(path), [*path, target])
            elif target not in path and target > path[0]:  # each cycle found from its smallest module only
                visit(target, [*path, target])

    for start in sorted(graph.modules):
        visit(start, [start])
    return list(cycles.values())


def test_core_has_no_import_cycles() -> None:
    assert import_cycles("core") == []


def test_the_cycle_check_would_notice_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "loop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from loop import b\n")
    (package / "b.py").write_text("from loop import c\n")
    (package / "c.py").write_text("import loop.a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles("loop") == [["loop.a", "loop.b", "loop.c", "loop.a"]]
