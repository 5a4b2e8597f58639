"""Udsat Desktop: the taskforce's review client for vulnerable unemployed citizens."""

# The single source of the version: pyproject.toml reads it from here (no importlib.metadata
# look-up at start-up, which costs tens of milliseconds).
__version__ = "0.1.0"
