"""Udsat Desktop: the taskforce's review client for vulnerable unemployed citizens."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("udsat-desktop")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
