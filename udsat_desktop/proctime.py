"""How long this process has been running: the `--smoke` figure and the benchmarks' yardstick.

Standard library only and imported first, so measuring costs nothing.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = time.monotonic()  # fallback where the kernel does not say when the process started


def process_age_ms() -> float:
    """Milliseconds since this process started (from /proc on Linux)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _T0) * 1000


def peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024
