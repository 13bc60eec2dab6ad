"""The corpus subcommands of the command line (``index``, ``find``, ``reuse``); ``main.py`` hands them over.

API: ``COMMANDS``, ``run_command(argv) -> int`` (the exit status). Never imports Qt.
"""

from cli.corpus import COMMANDS, run_command

__all__ = ["COMMANDS", "run_command"]
