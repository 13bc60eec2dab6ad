"""A package's public names imported on first use (PEP 562), so that importing the package costs nothing.

API: ``lazy_names(package, homes) -> __getattr__``: ``homes`` maps each name to the module that defines it; the
package assigns the result to its own ``__getattr__``. A name is imported once, then kept on the package.

>>> import types, sys
>>> sys.modules["demo"] = demo = types.ModuleType("demo")
>>> demo.__getattr__ = lazy_names("demo", {"sqrt": "math"})
>>> demo.sqrt(9.0), "sqrt" in vars(demo)
(3.0, True)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package`` that imports each of ``homes`` on first use."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
