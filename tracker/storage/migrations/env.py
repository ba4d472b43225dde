"""Alembic environment: runs on the engine handed in by tracker.storage.migrate."""

from alembic import context

import tracker.storage.tables  # noqa: F401 - registers the tables on the metadata
from sqlmodel import SQLModel

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
