"""The outbox and (next) the shared-folder protocol. May import core, store and reports."""
