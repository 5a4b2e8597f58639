"""Alembic environment. The app passes an open (decrypted) connection in
`config.attributes["connection"]`; developers autogenerating a revision pass a plain SQLite
URL with `alembic -x url=sqlite:///dev.db revision --autogenerate -m "..."`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from udsat_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.db")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
