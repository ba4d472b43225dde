"""the document sort key kept by triggers: the table sorted by document walks an index

Revision ID: 0011_paged18d
Revises: 0010_pg16c
Create Date: 2026-12-06

Issue 18. The table sorts by document on the document's title, which lives in another
table: at a million commitments that sort read and sorted every row (a second), and a
page of it cost the same. So, as 0009_perf18c does for the lead body, the first theme and
the latest progress entry, a trigger-kept column on `commitment`, under an index with the
id (the table's tie order), on SQLite and PostgreSQL alike:

- `sort_document`: the title of its document (NULL without one), set when a commitment is
  inserted or moves to another document, and on all of a document's commitments when the
  document's title changes. A document deleted sets its commitments' document to NULL
  (ON DELETE SET NULL), which is an update of document_id: the key follows.

Built for existing rows in the same transaction as the DDL, after the backup
(tracker/storage/migrate.py). Frozen: it imports nothing from tracker.
"""
from alembic import op

revision = "0011_paged18d"
down_revision = "0010_pg16c"
branch_labels = None
depends_on = None

_TITLE = "(SELECT d.title FROM document d WHERE d.id = {doc})"

_SQLITE = (
    "CREATE TRIGGER sort_document_ai AFTER INSERT ON commitment"
    " WHEN NEW.document_id IS NOT NULL BEGIN"
    f" UPDATE commitment SET sort_document = {_TITLE.format(doc='NEW.document_id')}"
    " WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_document_au AFTER UPDATE OF document_id ON commitment"
    " WHEN OLD.document_id IS NOT NEW.document_id BEGIN"
    f" UPDATE commitment SET sort_document = {_TITLE.format(doc='NEW.document_id')}"
    " WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_document_title_au AFTER UPDATE OF title ON document"
    " WHEN OLD.title IS NOT NEW.title BEGIN"
    " UPDATE commitment SET sort_document = NEW.title WHERE document_id = NEW.id; END",
)

_POSTGRES = (
    f"""CREATE FUNCTION sort_document_cmt() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.sort_document := {_TITLE.format(doc='NEW.document_id')};
  RETURN NEW;
END $fn$""",
    """CREATE FUNCTION sort_document_title() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE commitment SET sort_document = NEW.title WHERE document_id = NEW.id;
  RETURN NULL;
END $fn$""",
    "CREATE TRIGGER sort_document_cmt BEFORE INSERT OR UPDATE OF document_id ON commitment"
    " FOR EACH ROW EXECUTE FUNCTION sort_document_cmt()",
    "CREATE TRIGGER sort_document_title AFTER UPDATE OF title ON document FOR EACH ROW"
    " WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION sort_document_title()",
)


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    op.execute("ALTER TABLE commitment ADD COLUMN sort_document TEXT")
    op.execute("UPDATE commitment SET sort_document = d.title FROM document d"
               " WHERE d.id = commitment.document_id")
    # PostgreSQL: in code-point order (COLLATE "C"), the order the table sorts titles in
    # on both backends (tracker/storage/dialect.py), so the walk can use it
    collate = ' COLLATE "C"' if pg else ""
    op.execute(f"CREATE INDEX ix_commitment_sort_document ON commitment"
               f" (sort_document{collate}, id)")
    for sql in _POSTGRES if pg else _SQLITE:
        op.execute(sql)


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    if pg:
        op.execute("DROP TRIGGER IF EXISTS sort_document_cmt ON commitment")
        op.execute("DROP TRIGGER IF EXISTS sort_document_title ON document")
        op.execute("DROP FUNCTION IF EXISTS sort_document_cmt()")
        op.execute("DROP FUNCTION IF EXISTS sort_document_title()")
    else:
        for name in ("sort_document_ai", "sort_document_au", "sort_document_title_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_commitment_sort_document")
    op.execute("ALTER TABLE commitment DROP COLUMN sort_document")
