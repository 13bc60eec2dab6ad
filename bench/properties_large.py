"""The property tests (lossless, deterministic, symmetric, identical) at a large size: 2,000 examples each.

python bench/properties_large.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    started = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "-q", "tests/test_core/test_properties.py"]
    environment = {**os.environ, "HYPOTHESIS_PROFILE": "large"}
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    print(result.stdout.strip().splitlines()[-1], f"(2,000 examples per property, {seconds:.0f} s)")
    sys.exit(result.returncode)
