"""A throwaway PostgreSQL cluster for the tests and the bench (issue 16).

`Cluster.start()` runs Debian's (or any) `initdb` and `pg_ctl` from the PostgreSQL server
package into a temporary folder: UTF-8 (C.UTF-8 locale, so pg_trgm makes trigrams of
Chinese), listening on 127.0.0.1 on a free port, password authentication over TCP (so
the connection test can see a wrong password) with the password in a libpq password file
(PGPASSFILE), never in a URL. `pg_ctl` refuses to run as root: as root the cluster runs as
the `postgres` system user (created by the server package) through `runuser`.

`find_bin_dir()` is None when no server binaries exist; the fixture then skips loudly
(outside CI) or fails (under CI=true).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

USER = "tracker_admin"
PASSWORD = "test-only-password"  # a throwaway cluster on 127.0.0.1, removed after the run


def find_bin_dir() -> Path | None:
    """The folder holding initdb/pg_ctl/postgres, or None."""
    if os.environ.get("TRACKER_PG_BIN"):
        return Path(os.environ["TRACKER_PG_BIN"])
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(
                       p).parent.parent.name.isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, bin_dir: Path, root: Path | None = None) -> None:
        """``root``: a folder kept between runs (the bench's million rows): a cluster
        already there is started again as it is, on the port it was made with."""
        self.bin_dir = bin_dir
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
        self.root = root or Path(tempfile.mkdtemp(prefix="tracker-pg-"))
        self.data = self.root / "data"
        kept = self.root / "port"
        self.port = int(kept.read_text()) if kept.exists() else _free_port()
        self.passfile = self.root / "pgpass"
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True,
                              cwd=str(self.root), check=False)
        if done.returncode:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout}")

    def start(self) -> Cluster:
        if not self.data.exists():
            self._init()
        elif (self.data / "postmaster.pid").exists():   # a kept cluster left running
            self.stop(remove=False)
        opts = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                f"-c unix_socket_directories={self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "log"), "-o", opts, "-w", "-t", "60", "start")
        self.passfile.write_text(f"127.0.0.1:{self.port}:*:{USER}:{PASSWORD}\n")
        os.chmod(self.passfile, 0o600)
        return self

    def _init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as:
            shutil.chown(self.root, "postgres")
            shutil.chown(pwfile, "postgres")
        os.chmod(self.root, 0o700)
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", USER,
                  f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8",
                  "--auth-local=trust", "--auth-host=scram-sha-256")
        pwfile.unlink()
        (self.root / "port").write_text(str(self.port))

    def postmaster_pid(self) -> int:
        """The server's main process (its first line of postmaster.pid)."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def url(self, dbname: str = "postgres") -> str:
        """A URL without the password (libpq reads it from PGPASSFILE)."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser, outside a transaction (CREATE DATABASE)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres",
                             password=PASSWORD, autocommit=True) as conn:
            conn.execute(sql)

    def stop(self, remove: bool = True) -> None:
        """Stop the server; ``remove``: and delete its folder."""
        try:
            # a kept cluster is shut down cleanly (no recovery at its next start)
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m",
                      "immediate" if remove else "fast", "-w", "stop")
        except RuntimeError:
            pass
        if not remove:
            return
        for _ in range(20):
            try:
                shutil.rmtree(self.root)
                return
            except OSError:
                time.sleep(0.1)
