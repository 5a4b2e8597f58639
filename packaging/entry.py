"""Entry point of the packaged app (PyInstaller): the same `main` as `udsat-desktop`."""

from udsat_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
