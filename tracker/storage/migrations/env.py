"""Alembic environment: runs on the engine handed in by tracker.storage.migrate."""

from alembic import context

import tracker.storage.tables  # noqa: F401 - registers the tables on the metadata
from sqlmodel import SQLModel

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    # One transaction for the whole upgrade, DDL and version stamps together (the engine
    # from tracker.storage.migrate begins every transaction with BEGIN IMMEDIATE): an
    # upgrade interrupted by a crash, a kill or a full disk leaves the old schema whole.
    context.configure(connection=connection, target_metadata=SQLModel.metadata,
                      render_as_batch=True, transactional_ddl=True,
                      transaction_per_migration=False)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
