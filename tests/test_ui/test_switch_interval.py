"""The window's process hands the interpreter lock to the GUI thread sooner than Python's default 5 ms.

Each call from Qt into Python waits up to the switch interval for a busy worker; ``create_app`` shortens it
(see ``ui.app.SWITCH_INTERVAL``; measured effect in bench/window_speed.py).
"""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from ui.app import SWITCH_INTERVAL, create_app

PYTHON_DEFAULT = 0.005  # s


def test_creating_the_application_shortens_the_switch_interval(qtbot: QtBot) -> None:
    before = sys.getswitchinterval()
    sys.setswitchinterval(PYTHON_DEFAULT)
    try:
        create_app()
        assert sys.getswitchinterval() < PYTHON_DEFAULT
        assert abs(sys.getswitchinterval() - SWITCH_INTERVAL) < 1e-6
    finally:
        sys.setswitchinterval(before)
