"""The Windows launchers' entry script: `udsat.exe` runs `python.exe udsat_launch.py cli ...`,
`udsat-desktop.exe` runs `pythonw.exe udsat_launch.py desktop ...` (packaging/windows).

The `__main__` guard matters: multiprocessing's worker processes (batch signing, ingest)
import this file again as `__mp_main__` and must not start the app a second time.
"""

import sys


def main() -> int:
    which = sys.argv.pop(1) if len(sys.argv) > 1 else "cli"
    if which == "desktop":
        sys.argv[0] = "udsat-desktop"
        from udsat_desktop.app import main as run
    else:
        sys.argv[0] = "udsat"
        from udsat_desktop.cli import main as run
    return run()


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    raise SystemExit(main())
