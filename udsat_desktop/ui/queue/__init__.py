"""The case queue: its model, view, case panel, controller and the target-list import."""
