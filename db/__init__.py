"""Alembic migrations of the local store (shipped as `udsat_desktop.migrations`)."""
