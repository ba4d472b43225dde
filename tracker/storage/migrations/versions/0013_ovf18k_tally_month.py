"""month tallies per region and theme: a filtered overview at a million rows

Revision ID: 0012_ovf18k
Revises: 0011_paged18d
Create Date: 2026-12-06

Issue 18. The overview of one region or one theme read its region and theme counts from
the tallies (0009_perf18c) but counted its months, and a theme's lights, by a grouped scan
of the matching commitments (600–700 ms at a million). So triggers keep one more table,
exactly and in the same transaction as every change, on SQLite and PostgreSQL alike:

- `tally_month` (tag_id, region_code, month, status, n): the commitments with a deadline
  per region ('' for none), month of the deadline ('2026-12') and status (tag_id 0), and
  their theme links the same way (tag_id: the theme). A theme's or a region's months are
  then a range of its primary key, and a theme's open ones past due per status (its
  lights) the months before this one.

As in 0009_perf18c: a commitment's theme rows are taken away BEFORE it is deleted (the
cascade deletes its links after it, when their triggers no longer find it); rows whose
count falls to 0 stay. The tables and triggers of 0009_perf18c are not touched.

Built for existing rows in the same transaction as the DDL, after the backup
(tracker/storage/migrate.py). Frozen: it imports nothing from tracker.
"""
from alembic import op

revision = "0012_ovf18k"
down_revision = "0011_paged18d"
branch_labels = None
depends_on = None

_TABLE = ("CREATE TABLE tally_month (tag_id INTEGER NOT NULL, region_code VARCHAR(32) NOT NULL,"
          " month VARCHAR(7) NOT NULL, status VARCHAR(16) NOT NULL, n INTEGER NOT NULL,"
          " PRIMARY KEY (tag_id, region_code, month, status))")
_UPSERT = (" ON CONFLICT (tag_id, region_code, month, status)"
           " DO UPDATE SET n = tally_month.n + excluded.n")


# ---------------------------------------------------------------- SQLite

def _sqlite_add(x: str, sign: int) -> list[str]:
    """Statements adding `sign` for the commitment X (NEW or OLD) and its theme links."""
    values = (f"coalesce({x}.region_code, ''), substr({x}.deadline_date, 1, 7),"
              f" {x}.status, {sign}")
    return [f"INSERT INTO tally_month (tag_id, region_code, month, status, n)"
            f" SELECT 0, {values} WHERE {x}.deadline_date IS NOT NULL{_UPSERT};",
            f"INSERT INTO tally_month (tag_id, region_code, month, status, n)"
            f" SELECT ct.tag_id, {values} FROM commitment_tag ct"
            f" WHERE ct.commitment_id = {x}.id AND {x}.deadline_date IS NOT NULL{_UPSERT};"]


def _sqlite_link(x: str, sign: int) -> str:
    """The statement adding `sign` for the link X (NEW or OLD), when its commitment is
    still there (not in a cascade from its deletion)."""
    return (f"INSERT INTO tally_month (tag_id, region_code, month, status, n)"
            f" SELECT {x}.tag_id, coalesce(c.region_code, ''), substr(c.deadline_date, 1, 7),"
            f" c.status, {sign} FROM commitment c"
            f" WHERE c.id = {x}.commitment_id AND c.deadline_date IS NOT NULL{_UPSERT};")


def _trigger(name: str, when: str, body: list[str], condition: str = "") -> str:
    cond = f" WHEN {condition}" if condition else ""
    return f"CREATE TRIGGER {name} {when}{cond} BEGIN {' '.join(body)} END"


_SQLITE = (
    _trigger("tally_month_cmt_ai", "AFTER INSERT ON commitment", _sqlite_add("NEW", 1)),
    _trigger("tally_month_cmt_au",
             "AFTER UPDATE OF region_code, status, deadline_date ON commitment",
             _sqlite_add("OLD", -1) + _sqlite_add("NEW", 1),
             "OLD.region_code IS NOT NEW.region_code OR OLD.status IS NOT NEW.status"
             " OR OLD.deadline_date IS NOT NEW.deadline_date"),
    _trigger("tally_month_cmt_bd", "BEFORE DELETE ON commitment", _sqlite_add("OLD", -1)),
    _trigger("tally_month_tag_ai", "AFTER INSERT ON commitment_tag", [_sqlite_link("NEW", 1)]),
    _trigger("tally_month_tag_ad", "AFTER DELETE ON commitment_tag", [_sqlite_link("OLD", -1)]),
    _trigger("tally_month_tag_au", "AFTER UPDATE ON commitment_tag",
             [_sqlite_link("OLD", -1), _sqlite_link("NEW", 1)]),
)

# ---------------------------------------------------------------- PostgreSQL

_POSTGRES = (
    f"""CREATE FUNCTION tally_month_add(cid integer, region text, st text, day date,
  tag integer, sign integer) RETURNS void LANGUAGE plpgsql AS $fn$
-- adds sign for commitment cid: its own row and the rows of all its themes when tag is
-- NULL, the row of that one theme otherwise
BEGIN
  IF day IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO tally_month SELECT l.tag_id, coalesce(region, ''), to_char(day, 'YYYY-MM'),
      st, sign FROM (
      SELECT 0 WHERE tag IS NULL
      UNION ALL SELECT ct.tag_id FROM commitment_tag ct WHERE ct.commitment_id = cid
        AND tag IS NULL
      UNION ALL SELECT tag WHERE tag IS NOT NULL) AS l(tag_id)
    {_UPSERT};
END $fn$""",
    """CREATE FUNCTION tally_month_commitment() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM tally_month_add(OLD.id, OLD.region_code, OLD.status, OLD.deadline_date, NULL, -1);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM tally_month_add(NEW.id, NEW.region_code, NEW.status, NEW.deadline_date, NULL, 1);
  RETURN NEW;
END $fn$""",
    """CREATE FUNCTION tally_month_link() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  c record;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT region_code, status, deadline_date INTO c FROM commitment WHERE id = OLD.commitment_id;
    IF FOUND THEN
      PERFORM tally_month_add(OLD.commitment_id, c.region_code, c.status, c.deadline_date,
                              OLD.tag_id, -1);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT region_code, status, deadline_date INTO c FROM commitment WHERE id = NEW.commitment_id;
    IF FOUND THEN
      PERFORM tally_month_add(NEW.commitment_id, c.region_code, c.status, c.deadline_date,
                              NEW.tag_id, 1);
    END IF;
  END IF;
  RETURN NULL;
END $fn$""",
    "CREATE TRIGGER tally_month_cmt_ai AFTER INSERT ON commitment FOR EACH ROW"
    " EXECUTE FUNCTION tally_month_commitment()",
    "CREATE TRIGGER tally_month_cmt_au AFTER UPDATE OF region_code, status, deadline_date"
    " ON commitment FOR EACH ROW WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code"
    " OR OLD.status IS DISTINCT FROM NEW.status"
    " OR OLD.deadline_date IS DISTINCT FROM NEW.deadline_date)"
    " EXECUTE FUNCTION tally_month_commitment()",
    "CREATE TRIGGER tally_month_cmt_bd BEFORE DELETE ON commitment FOR EACH ROW"
    " EXECUTE FUNCTION tally_month_commitment()",
    "CREATE TRIGGER tally_month_tag AFTER INSERT OR UPDATE OR DELETE ON commitment_tag"
    " FOR EACH ROW EXECUTE FUNCTION tally_month_link()",
)


def _fill(pg: bool) -> list[str]:
    month = "to_char(c.deadline_date, 'YYYY-MM')" if pg else "substr(c.deadline_date, 1, 7)"
    region = "coalesce(c.region_code, '')"
    return [f"INSERT INTO tally_month (tag_id, region_code, month, status, n) SELECT 0,"
            f" {region}, {month}, c.status, count(*) FROM commitment c"
            f" WHERE c.deadline_date IS NOT NULL GROUP BY {region}, {month}, c.status",
            f"INSERT INTO tally_month (tag_id, region_code, month, status, n) SELECT"
            f" ct.tag_id, {region}, {month}, c.status, count(*) FROM commitment_tag ct"
            f" JOIN commitment c ON c.id = ct.commitment_id WHERE c.deadline_date IS NOT NULL"
            f" GROUP BY ct.tag_id, {region}, {month}, c.status"]


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    op.execute(_TABLE + ("" if pg else " WITHOUT ROWID"))
    for sql in _fill(pg):
        op.execute(sql)
    for sql in _POSTGRES if pg else _SQLITE:
        op.execute(sql)


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    if pg:
        for name in ("tally_month_cmt_ai", "tally_month_cmt_au", "tally_month_cmt_bd"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON commitment")
        op.execute("DROP TRIGGER IF EXISTS tally_month_tag ON commitment_tag")
        for fn in ("tally_month_commitment()", "tally_month_link()",
                   "tally_month_add(integer, text, text, date, integer, integer)"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    else:
        for name in ("tally_month_cmt_ai", "tally_month_cmt_au", "tally_month_cmt_bd",
                     "tally_month_tag_ai", "tally_month_tag_ad", "tally_month_tag_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS tally_month")
