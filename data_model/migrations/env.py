"""Alembic environment: runs on the connection that data_model.store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from data_model.models import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("set sqlalchemy.url in alembic.ini, or run through data_model.store")
    with create_engine(url).begin() as conn:
        run_on(conn)
