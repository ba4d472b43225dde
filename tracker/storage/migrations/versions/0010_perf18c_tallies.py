"""counts and sort keys kept by triggers: the overview and the sorts at a million rows

Revision ID: 0009_perf18c
Revises: 0008_pg16b
Create Date: 2026-12-06

Issue 18. Counting a million commitments per region, status and theme takes seconds
however the GROUP BY is written; sorting them by a value kept in another table (the lead
body, the first theme, the latest progress entry) sorts every row. So triggers keep,
exactly and in the same transaction as every change (whichever code path makes it: the
operation path, an import, a migration), on SQLite and PostgreSQL alike:

- `tally_status` (period, region_code, status, n): commitments per region ('' for none)
  and status (period ''); the open ones (status neither achieved nor superseded) with a
  deadline also per year of the deadline (period 'Y2026') and month ('M2026-12'); and
  every one with a deadline per month of it ('A2026-12', region '*': the quarter series).
- `tally_theme` (period, region_code, tag_id, status, n): theme links per region, theme
  and status (period ''), and the open ones with a deadline per year and month of it
  (status '').
- three sort keys on `commitment`, each under an index with the id: `sort_lead` (the
  name of its lead body of the lowest position), `sort_theme` (its first theme name),
  `sort_update` (the date of its latest progress entry).

The overview reads the tallies (tracker.storage.tallies) and counts exactly only the few
rows whose deadline falls between the start of the current month and the warning windows
ahead; the tallies hold no notion of "today". Rows whose count falls to 0 stay (they add
nothing). A commitment's theme rows are taken away BEFORE it is deleted: a cascade deletes
its links after it, when their triggers no longer find it (on both backends).

Built for existing rows in the same transaction as the DDL, after the backup
(tracker/storage/migrate.py). Frozen: it imports nothing from tracker (CLOSED is copied
here; tests/storage/test_tallies.py checks that it still is tracker.domain.rules.CLOSED).
"""
from alembic import op

revision = "0009_perf18c"
down_revision = "0008_pg16b"
branch_labels = None
depends_on = None

CLOSED = ("achieved", "superseded")
_CLOSED_SQL = ", ".join(f"'{s}'" for s in CLOSED)

_TABLES = (
    "CREATE TABLE tally_status (period VARCHAR(8) NOT NULL, region_code VARCHAR(32) NOT NULL,"
    " status VARCHAR(16) NOT NULL, n INTEGER NOT NULL,"
    " PRIMARY KEY (period, region_code, status))",
    "CREATE TABLE tally_theme (period VARCHAR(8) NOT NULL, region_code VARCHAR(32) NOT NULL,"
    " tag_id INTEGER NOT NULL, status VARCHAR(16) NOT NULL, n INTEGER NOT NULL,"
    " PRIMARY KEY (period, region_code, tag_id, status))",
)
_COLUMNS = (("sort_lead", "TEXT"), ("sort_theme", "TEXT"), ("sort_update", "DATE"))
_INDEXES = tuple(f"CREATE INDEX ix_commitment_{name} ON commitment ({name}, id)"
                 for name, _type in _COLUMNS)

# The sort keys of the commitment whose id is {cid}.
_LEAD = ("(SELECT b.name FROM commitment_body cb JOIN body b ON b.id = cb.body_id"
         " WHERE cb.commitment_id = {cid} AND cb.role = 'lead'"
         " ORDER BY cb.position, b.name LIMIT 1)")
_THEME = ("(SELECT MIN(t.name) FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
          " WHERE ct.commitment_id = {cid})")
_UPDATE = "(SELECT MAX(p.date) FROM progress_entry p WHERE p.commitment_id = {cid})"


def _set(column: str, key: str, cid: str) -> str:
    return f"UPDATE commitment SET {column} = {key.format(cid=cid)} WHERE id = {cid}"


# ---------------------------------------------------------------- SQLite

def _period(kind: str, day: str) -> str:
    return f"'Y' || substr({day}, 1, 4)" if kind == "Y" else f"'{kind}' || substr({day}, 1, 7)"


def _upsert(table: str) -> str:
    keys = ("period, region_code, status" if table == "tally_status"
            else "period, region_code, tag_id, status")
    return f" ON CONFLICT ({keys}) DO UPDATE SET n = n + excluded.n"


def _sqlite_status(x: str, sign: int) -> list[str]:
    """Statements adding `sign` for the commitment X (NEW or OLD) to tally_status."""
    region = f"coalesce({x}.region_code, '')"
    out = [f"INSERT INTO tally_status (period, region_code, status, n) "
           f"SELECT '', {region}, {x}.status, {sign} WHERE 1{_upsert('tally_status')};",
           f"INSERT INTO tally_status (period, region_code, status, n) "
           f"SELECT {_period('A', x + '.deadline_date')}, '*', {x}.status, {sign}"
           f" WHERE {x}.deadline_date IS NOT NULL{_upsert('tally_status')};"]
    for kind in ("Y", "M"):
        out.append(f"INSERT INTO tally_status (period, region_code, status, n) "
                   f"SELECT {_period(kind, x + '.deadline_date')}, {region}, {x}.status, {sign}"
                   f" WHERE {x}.deadline_date IS NOT NULL AND {x}.status NOT IN ({_CLOSED_SQL})"
                   f"{_upsert('tally_status')};")
    return out


def _sqlite_theme(source: str, region: str, status: str, day: str, tag: str,
                  sign: int) -> list[str]:
    """Statements adding `sign` to tally_theme for the (commitment, tag) rows of `source`
    (a FROM … WHERE clause giving region, status, deadline and tag)."""
    out = [f"INSERT INTO tally_theme (period, region_code, tag_id, status, n) "
           f"SELECT '', coalesce({region}, ''), {tag}, {status}, {sign} {source}"
           f"{_upsert('tally_theme')};"]
    for kind in ("Y", "M"):
        out.append(f"INSERT INTO tally_theme (period, region_code, tag_id, status, n) "
                   f"SELECT {_period(kind, day)}, coalesce({region}, ''), {tag}, '', {sign}"
                   f" {source} AND {day} IS NOT NULL AND {status} NOT IN ({_CLOSED_SQL})"
                   f"{_upsert('tally_theme')};")
    return out


def _sqlite_commitment_theme(x: str, sign: int) -> list[str]:
    return _sqlite_theme(f"FROM commitment_tag ct WHERE ct.commitment_id = {x}.id",
                         f"{x}.region_code", f"{x}.status", f"{x}.deadline_date", "ct.tag_id",
                         sign)


def _sqlite_link_theme(x: str, sign: int) -> list[str]:
    return _sqlite_theme(f"FROM commitment c WHERE c.id = {x}.commitment_id", "c.region_code",
                         "c.status", "c.deadline_date", f"{x}.tag_id", sign)


def _trigger(name: str, when: str, body: list[str], condition: str = "") -> str:
    cond = f" WHEN {condition}" if condition else ""
    return f"CREATE TRIGGER {name} {when}{cond} BEGIN {' '.join(body)} END"


_CHANGED = ("OLD.region_code IS NOT NEW.region_code OR OLD.status IS NOT NEW.status"
            " OR OLD.deadline_date IS NOT NEW.deadline_date")


def _sqlite_triggers() -> list[str]:
    keys = "region_code, status, deadline_date"
    return [
        _trigger("tally_cmt_ai", "AFTER INSERT ON commitment",
                 _sqlite_status("NEW", 1) + _sqlite_commitment_theme("NEW", 1)),
        _trigger("tally_cmt_au", f"AFTER UPDATE OF {keys} ON commitment",
                 _sqlite_status("OLD", -1) + _sqlite_commitment_theme("OLD", -1)
                 + _sqlite_status("NEW", 1) + _sqlite_commitment_theme("NEW", 1), _CHANGED),
        _trigger("tally_cmt_bd", "BEFORE DELETE ON commitment",
                 _sqlite_status("OLD", -1) + _sqlite_commitment_theme("OLD", -1)),
        _trigger("tally_tag_ai", "AFTER INSERT ON commitment_tag",
                 [*_sqlite_link_theme("NEW", 1), _set("sort_theme", _THEME, "NEW.commitment_id")
                  + ";"]),
        _trigger("tally_tag_ad", "AFTER DELETE ON commitment_tag",
                 [*_sqlite_link_theme("OLD", -1),
                  _set("sort_theme", _THEME, "OLD.commitment_id") + ";"]),
        _trigger("tally_tag_au", "AFTER UPDATE ON commitment_tag",
                 [*_sqlite_link_theme("OLD", -1), *_sqlite_link_theme("NEW", 1),
                  _set("sort_theme", _THEME, "OLD.commitment_id") + ";",
                  _set("sort_theme", _THEME, "NEW.commitment_id") + ";"]),
        _trigger("sort_tag_name_au", "AFTER UPDATE OF name ON tag",
                 ["UPDATE commitment SET sort_theme = " + _THEME.format(cid="commitment.id")
                  + " WHERE id IN (SELECT commitment_id FROM commitment_tag WHERE tag_id = NEW.id);"]),
        *(_trigger(f"sort_body_{op_}", f"AFTER {event} ON commitment_body",
                   [_set("sort_lead", _LEAD, f"{x}.commitment_id") + ";" for x in rows])
          for op_, event, rows in (("ai", "INSERT", ("NEW",)), ("ad", "DELETE", ("OLD",)),
                                   ("au", "UPDATE", ("OLD", "NEW")))),
        _trigger("sort_body_name_au", "AFTER UPDATE OF name ON body",
                 ["UPDATE commitment SET sort_lead = " + _LEAD.format(cid="commitment.id")
                  + " WHERE id IN (SELECT commitment_id FROM commitment_body"
                  " WHERE body_id = NEW.id);"]),
        *(_trigger(f"sort_progress_{op_}", f"AFTER {event} ON progress_entry",
                   [_set("sort_update", _UPDATE, f"{x}.commitment_id") + ";" for x in rows])
          for op_, event, rows in (("ai", "INSERT", ("NEW",)), ("ad", "DELETE", ("OLD",)),
                                   ("au", "UPDATE OF date, commitment_id", ("OLD", "NEW")))),
    ]


# ---------------------------------------------------------------- PostgreSQL

_PG_FUNCTIONS = (
    f"""CREATE FUNCTION tally_add(cid integer, region text, st text, day date, tag integer,
  sign integer) RETURNS void LANGUAGE plpgsql AS $fn$
-- adds sign for commitment cid to the tallies: tally_status and the rows of all its
-- themes when tag is NULL, the rows of that one theme otherwise
DECLARE
  r text := coalesce(region, '');
  is_open boolean := st NOT IN ({_CLOSED_SQL});
  periods text[] := ARRAY[]::text[];
BEGIN
  IF day IS NOT NULL AND is_open THEN
    periods := ARRAY['Y' || to_char(day, 'YYYY'), 'M' || to_char(day, 'YYYY-MM')];
  END IF;
  IF tag IS NULL THEN
    INSERT INTO tally_status VALUES ('', r, st, sign)
      ON CONFLICT (period, region_code, status) DO UPDATE SET n = tally_status.n + EXCLUDED.n;
    IF day IS NOT NULL THEN
      INSERT INTO tally_status VALUES ('A' || to_char(day, 'YYYY-MM'), '*', st, sign)
        ON CONFLICT (period, region_code, status) DO UPDATE SET n = tally_status.n + EXCLUDED.n;
    END IF;
    INSERT INTO tally_status SELECT p, r, st, sign FROM unnest(periods) AS p
      ON CONFLICT (period, region_code, status) DO UPDATE SET n = tally_status.n + EXCLUDED.n;
  END IF;
  -- the themes: its links, or the one given (a link being deleted is no longer there)
  INSERT INTO tally_theme SELECT '', r, l.tag_id, st, sign FROM (
      SELECT ct.tag_id FROM commitment_tag ct WHERE ct.commitment_id = cid AND tag IS NULL
      UNION ALL SELECT tag WHERE tag IS NOT NULL) AS l(tag_id)
    ON CONFLICT (period, region_code, tag_id, status)
    DO UPDATE SET n = tally_theme.n + EXCLUDED.n;
  INSERT INTO tally_theme SELECT p, r, l.tag_id, '', sign FROM (
      SELECT ct.tag_id FROM commitment_tag ct WHERE ct.commitment_id = cid AND tag IS NULL
      UNION ALL SELECT tag WHERE tag IS NOT NULL) AS l(tag_id) CROSS JOIN unnest(periods) AS p
    ON CONFLICT (period, region_code, tag_id, status)
    DO UPDATE SET n = tally_theme.n + EXCLUDED.n;
END $fn$""",
    """CREATE FUNCTION tally_commitment() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM tally_add(OLD.id, OLD.region_code, OLD.status, OLD.deadline_date, NULL, -1);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM tally_add(NEW.id, NEW.region_code, NEW.status, NEW.deadline_date, NULL, 1);
  RETURN NEW;
END $fn$""",
    # a link's commitment (when it still exists: not in a cascade from its deletion)
    f"""CREATE FUNCTION tally_link() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  c record;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT region_code, status, deadline_date INTO c FROM commitment WHERE id = OLD.commitment_id;
    IF FOUND THEN
      PERFORM tally_add(OLD.commitment_id, c.region_code, c.status, c.deadline_date,
                        OLD.tag_id, -1);
    END IF;
    {_set("sort_theme", _THEME, "OLD.commitment_id")};
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT region_code, status, deadline_date INTO c FROM commitment WHERE id = NEW.commitment_id;
    IF FOUND THEN
      PERFORM tally_add(NEW.commitment_id, c.region_code, c.status, c.deadline_date,
                        NEW.tag_id, 1);
    END IF;
    {_set("sort_theme", _THEME, "NEW.commitment_id")};
  END IF;
  RETURN NULL;
END $fn$""",
    *(f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    {_set(column, key, "OLD.commitment_id")};
  END IF;
  IF TG_OP <> 'DELETE' THEN
    {_set(column, key, "NEW.commitment_id")};
  END IF;
  RETURN NULL;
END $fn$""" for name, column, key in (("sort_body", "sort_lead", _LEAD),
                                      ("sort_progress", "sort_update", _UPDATE))),
    f"""CREATE FUNCTION sort_tag_name() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE commitment SET sort_theme = {_THEME.format(cid="commitment.id")}
    WHERE id IN (SELECT commitment_id FROM commitment_tag WHERE tag_id = NEW.id);
  RETURN NULL;
END $fn$""",
    f"""CREATE FUNCTION sort_body_name() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE commitment SET sort_lead = {_LEAD.format(cid="commitment.id")}
    WHERE id IN (SELECT commitment_id FROM commitment_body WHERE body_id = NEW.id);
  RETURN NULL;
END $fn$""",
)

_PG_TRIGGERS = (
    "CREATE TRIGGER tally_cmt_ai AFTER INSERT ON commitment FOR EACH ROW"
    " EXECUTE FUNCTION tally_commitment()",
    "CREATE TRIGGER tally_cmt_au AFTER UPDATE OF region_code, status, deadline_date"
    " ON commitment FOR EACH ROW WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code"
    " OR OLD.status IS DISTINCT FROM NEW.status"
    " OR OLD.deadline_date IS DISTINCT FROM NEW.deadline_date)"
    " EXECUTE FUNCTION tally_commitment()",
    "CREATE TRIGGER tally_cmt_bd BEFORE DELETE ON commitment FOR EACH ROW"
    " EXECUTE FUNCTION tally_commitment()",
    "CREATE TRIGGER tally_tag AFTER INSERT OR UPDATE OR DELETE ON commitment_tag"
    " FOR EACH ROW EXECUTE FUNCTION tally_link()",
    "CREATE TRIGGER sort_body AFTER INSERT OR UPDATE OR DELETE ON commitment_body"
    " FOR EACH ROW EXECUTE FUNCTION sort_body()",
    "CREATE TRIGGER sort_progress AFTER INSERT OR DELETE OR UPDATE OF date, commitment_id"
    " ON progress_entry FOR EACH ROW EXECUTE FUNCTION sort_progress()",
    "CREATE TRIGGER sort_tag_name AFTER UPDATE OF name ON tag FOR EACH ROW"
    " EXECUTE FUNCTION sort_tag_name()",
    "CREATE TRIGGER sort_body_name AFTER UPDATE OF name ON body FOR EACH ROW"
    " EXECUTE FUNCTION sort_body_name()",
)


# ---------------------------------------------------------------- the existing rows

def _period_sql(pg: bool, kind: str, day: str) -> str:
    if pg:
        return f"'{kind}' || to_char({day}, '{'YYYY' if kind == 'Y' else 'YYYY-MM'}')"
    return _period(kind, day)


def _fill(pg: bool) -> list[str]:
    region = "coalesce(c.region_code, '')"
    open_ = f"c.status NOT IN ({_CLOSED_SQL})"
    out = [f"INSERT INTO tally_status (period, region_code, status, n) SELECT '', {region},"
           f" c.status, count(*) FROM commitment c GROUP BY {region}, c.status",
           f"INSERT INTO tally_theme (period, region_code, tag_id, status, n) SELECT '',"
           f" {region}, ct.tag_id, c.status, count(*) FROM commitment_tag ct JOIN commitment c"
           f" ON c.id = ct.commitment_id GROUP BY {region}, ct.tag_id, c.status"]
    month = _period_sql(pg, "A", "c.deadline_date")
    out.append(f"INSERT INTO tally_status (period, region_code, status, n) SELECT {month}, '*',"
               f" c.status, count(*) FROM commitment c WHERE c.deadline_date IS NOT NULL"
               f" GROUP BY {month}, c.status")
    for kind in ("Y", "M"):
        period = _period_sql(pg, kind, "c.deadline_date")
        out.append(f"INSERT INTO tally_status (period, region_code, status, n) SELECT {period},"
                   f" {region}, c.status, count(*) FROM commitment c WHERE c.deadline_date IS"
                   f" NOT NULL AND {open_} GROUP BY {period}, {region}, c.status")
        out.append(f"INSERT INTO tally_theme (period, region_code, tag_id, status, n) SELECT"
                   f" {period}, {region}, ct.tag_id, '', count(*) FROM commitment_tag ct JOIN"
                   f" commitment c ON c.id = ct.commitment_id WHERE c.deadline_date IS NOT NULL"
                   f" AND {open_} GROUP BY {period}, {region}, ct.tag_id")
    out += [
        "WITH r AS (SELECT cb.commitment_id AS cid, b.name AS name, row_number() OVER"
        " (PARTITION BY cb.commitment_id ORDER BY cb.position, b.name) AS rn"
        " FROM commitment_body cb JOIN body b ON b.id = cb.body_id WHERE cb.role = 'lead')"
        " UPDATE commitment SET sort_lead = r.name FROM r WHERE r.cid = commitment.id"
        " AND r.rn = 1",
        "UPDATE commitment SET sort_theme = x.name FROM (SELECT ct.commitment_id AS cid,"
        " MIN(t.name) AS name FROM commitment_tag ct JOIN tag t ON t.id = ct.tag_id"
        " GROUP BY ct.commitment_id) x WHERE x.cid = commitment.id",
        "UPDATE commitment SET sort_update = x.day FROM (SELECT commitment_id AS cid,"
        " MAX(date) AS day FROM progress_entry GROUP BY commitment_id) x"
        " WHERE x.cid = commitment.id",
    ]
    return out


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for sql in _TABLES:
        op.execute(sql + ("" if pg else " WITHOUT ROWID"))
    for name, type_ in _COLUMNS:
        op.execute(f"ALTER TABLE commitment ADD COLUMN {name} {type_}")
    for sql in _fill(pg):
        op.execute(sql)
    for sql in _INDEXES:
        op.execute(sql)
    for sql in (_PG_FUNCTIONS + _PG_TRIGGERS) if pg else tuple(_sqlite_triggers()):
        op.execute(sql)


_TRIGGERS = {  # name → table
    "tally_cmt_ai": "commitment", "tally_cmt_au": "commitment", "tally_cmt_bd": "commitment",
    "tally_tag_ai": "commitment_tag", "tally_tag_ad": "commitment_tag",
    "tally_tag_au": "commitment_tag", "tally_tag": "commitment_tag",
    "sort_tag_name_au": "tag", "sort_tag_name": "tag",
    "sort_body_ai": "commitment_body", "sort_body_ad": "commitment_body",
    "sort_body_au": "commitment_body", "sort_body": "commitment_body",
    "sort_body_name_au": "body", "sort_body_name": "body",
    "sort_progress_ai": "progress_entry", "sort_progress_ad": "progress_entry",
    "sort_progress_au": "progress_entry", "sort_progress": "progress_entry",
}


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for name, table in _TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if pg else ""))
    if pg:
        for fn in ("tally_commitment()", "tally_link()", "sort_body()", "sort_progress()",
                   "sort_tag_name()", "sort_body_name()",
                   "tally_add(integer, text, text, date, integer, integer)"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    for name, _type in _COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_commitment_{name}")
        op.execute(f"ALTER TABLE commitment DROP COLUMN {name}")
    op.execute("DROP TABLE IF EXISTS tally_theme")
    op.execute("DROP TABLE IF EXISTS tally_status")
