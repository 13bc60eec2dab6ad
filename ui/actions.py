"""Menus, shortcuts and the toolbar of the main window, built from one table of actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.resources import icon


@dataclass(frozen=True)
class ActionSpec:
    """One command: where it lives, its text, shortcuts, icon and handler."""

    menu: str
    name: str
    text: str
    handler: Callable[[], None]
    shortcuts: tuple[str, ...] = ()
    icon: str = ""
    toolbar: bool = False
    checkable: bool = False


def build_actions(window: QMainWindow, specs: list[ActionSpec]) -> dict[str, QAction]:
    """Create the actions, menus (in order of first use) and toolbar; returns the actions by name."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("main-toolbar")
    window.addToolBar(toolbar)
    for spec in specs:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(spec.menu)
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.icon:
            action.setIcon(icon(spec.icon))
        action.setCheckable(spec.checkable)
        if spec.checkable:
            action.toggled.connect(lambda _checked, handler=spec.handler: handler())
        else:
            action.triggered.connect(lambda _checked=False, handler=spec.handler: handler())
        menus[spec.menu].addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.name] = action
    file_menu = menus.get("&File")
    if file_menu is not None:
        recent = QMenu("Recent comparisons", window)
        recent.setObjectName("recent-menu")
        file_menu.insertMenu(actions["reload"], recent)
        actions["recent-menu"] = recent.menuAction()
    return actions
