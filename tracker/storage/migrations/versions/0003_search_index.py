"""full-text search index (FTS5) kept in step with documents and commitments by triggers

Revision ID: 0003_search
Revises: 0002
Create Date: 2026-11-22

Four contentless FTS5 tables hold a *folded* copy (Traditional→Simplified, lower case) of
document texts and of commitment quotes and notes: a trigram index for terms of three or
more characters and a bigram index (`ascii` tokenizer, one token per pair of adjacent
characters, doc-level detail, one-character prefix index) for terms of one or two. The
fold is done in Python (OpenCC), so triggers cannot fill the index themselves: they queue
the changed rows in `search_queue` and remove the old entries at once; tracker.search
folds and indexes the queue before every query. Whatever code path writes a document or a
commitment, the index follows. This migration is frozen: it does not import tracker.search.
"""
from alembic import op

revision = "0003_search"
down_revision = "0002"
branch_labels = None
depends_on = None

# (source name, base table, FTS table prefix, indexed columns)
_SOURCES = (
    ("document", "document", "search_doc", ("text",)),
    ("commitment", "commitment", "search_cmt", ("quote", "notes")),
)


# A larger in-memory buffer than FTS5's 1 MB default makes bulk indexing write fewer,
# larger segments (measured: ~15 % faster, ~20 % smaller before merges).
_HASHSIZE = 32 * 1024 * 1024


def _fts(prefix: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    return [
        f"CREATE VIRTUAL TABLE {prefix}_tri USING fts5({cols}, tokenize='trigram "
        "case_sensitive 1', content='', contentless_delete=1)",
        f"CREATE VIRTUAL TABLE {prefix}_short USING fts5({cols}, tokenize='ascii', "
        "content='', contentless_delete=1, detail=none, prefix='1')",
    ] + [f"INSERT INTO {prefix}_{kind} ({prefix}_{kind}, rank) VALUES ('hashsize', {_HASHSIZE})"
         for kind in ("tri", "short")]


def _triggers(source: str, table: str, prefix: str, columns: tuple[str, ...]) -> list[str]:
    unindex = (f"DELETE FROM {prefix}_tri WHERE rowid = OLD.id; "
               f"DELETE FROM {prefix}_short WHERE rowid = OLD.id;")
    enqueue = f"INSERT OR IGNORE INTO search_queue (source, item_id) VALUES ('{source}', NEW.id);"
    return [
        f"CREATE TRIGGER {prefix}_ai AFTER INSERT ON {table} BEGIN {enqueue} END",
        f"CREATE TRIGGER {prefix}_au AFTER UPDATE OF {', '.join(columns)} ON {table} "
        f"BEGIN {unindex} {enqueue} END",
        f"CREATE TRIGGER {prefix}_ad AFTER DELETE ON {table} BEGIN {unindex} "
        f"DELETE FROM search_queue WHERE source = '{source}' AND item_id = OLD.id; END",
    ]


# Result lists filter and order documents by these columns. They come after the long
# `text` column, so reading them from the table walks each text's overflow pages; this
# covering index lets a query read them without touching the texts.
_META_INDEX = ("CREATE INDEX search_doc_meta ON document "
               "(doc_date, id, doc_type, region_code, title)")


# On PostgreSQL (issue 16) the same queue and triggers feed plain tables: <prefix>_tri
# holds the folded columns under pg_trgm GIN indexes (LIKE '%term%' for three characters
# and more) and <prefix>_short the distinct one- and two-character grams of the folded
# text in a GIN-indexed array (grams @> ARRAY[term], confirmed by LIKE). pg_trgm needs a
# UTF-8 database (tracker.storage.server checks it).
def _pg_tables(prefix: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(f"{c} TEXT NOT NULL DEFAULT ''" for c in columns)
    return [
        f"CREATE TABLE {prefix}_tri (rowid BIGINT PRIMARY KEY, {cols})",
        *(f"CREATE INDEX {prefix}_tri_{c} ON {prefix}_tri USING gin ({c} gin_trgm_ops)"
          for c in columns),
        f"CREATE TABLE {prefix}_short (rowid BIGINT PRIMARY KEY, grams TEXT[] NOT NULL)",
        f"CREATE INDEX {prefix}_short_grams ON {prefix}_short USING gin (grams)",
    ]


def _pg_triggers(source: str, table: str, prefix: str, columns: tuple[str, ...]) -> list[str]:
    return [
        f"""CREATE FUNCTION {prefix}_queue() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM {prefix}_tri WHERE rowid = OLD.id;
    DELETE FROM {prefix}_short WHERE rowid = OLD.id;
  END IF;
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_queue WHERE source = '{source}' AND item_id = OLD.id;
    RETURN OLD;
  END IF;
  INSERT INTO search_queue (source, item_id) VALUES ('{source}', NEW.id)
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END $fn$""",
        f"CREATE TRIGGER {prefix}_ai AFTER INSERT ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION {prefix}_queue()",
        f"CREATE TRIGGER {prefix}_au AFTER UPDATE OF {', '.join(columns)} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {prefix}_queue()",
        f"CREATE TRIGGER {prefix}_ad AFTER DELETE ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION {prefix}_queue()",
    ]


def _upgrade_postgresql() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(_META_INDEX)
    op.execute("CREATE TABLE search_queue (source VARCHAR(16) NOT NULL, item_id INTEGER NOT "
               "NULL, PRIMARY KEY (source, item_id))")
    op.execute("CREATE TABLE search_meta (key VARCHAR(32) NOT NULL PRIMARY KEY, "
               "value TEXT NOT NULL)")
    for source, table, prefix, columns in _SOURCES:
        for sql in _pg_tables(prefix, columns) + _pg_triggers(source, table, prefix, columns):
            op.execute(sql)
        op.execute(f"INSERT INTO search_queue (source, item_id) SELECT '{source}', id "
                   f"FROM {table}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    op.execute(_META_INDEX)
    op.execute("CREATE TABLE search_queue (source VARCHAR(16) NOT NULL, item_id INTEGER NOT "
               "NULL, PRIMARY KEY (source, item_id)) WITHOUT ROWID")
    op.execute("CREATE TABLE search_meta (key VARCHAR(32) NOT NULL PRIMARY KEY, "
               "value TEXT NOT NULL)")
    for source, table, prefix, columns in _SOURCES:
        for sql in _fts(prefix, columns) + _triggers(source, table, prefix, columns):
            op.execute(sql)
        op.execute(f"INSERT INTO search_queue (source, item_id) SELECT '{source}', id "
                   f"FROM {table}")


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for _source, table, prefix, _columns in _SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {prefix}_{suffix}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {prefix}_queue()")
        op.execute(f"DROP TABLE IF EXISTS {prefix}_tri")
        op.execute(f"DROP TABLE IF EXISTS {prefix}_short")
    op.execute("DROP TABLE IF EXISTS search_meta")
    op.execute("DROP INDEX IF EXISTS search_doc_meta")
    op.execute("DROP TABLE IF EXISTS search_queue")
