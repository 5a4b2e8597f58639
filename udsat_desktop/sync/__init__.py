"""Sync through the shared folder, by step: engine.py runs one round (`sync()`); identity,
claims, assignments, decisions, push, published and ingest are its steps; share/ is the
protocol on the folder itself and roster/ the team's signed roster. May import core,
platform, store and reports (never flows/ or ui/)."""
