"""Alembic environment: quotebase passes its engine in ``config.attributes['engine']``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from quotebase.storage.engine import database_url, make_engine
from quotebase.storage.migrations import include_object
from quotebase.storage.models import Base

target_metadata = Base.metadata


def _engine() -> Engine:
    engine = context.config.attributes.get("engine")
    if engine is None:  # run from the alembic command line
        engine = make_engine(database_url(None))
    return engine


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things; batch mode copies the table instead.
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("quotebase's migrations run online only")
run_migrations_online()
