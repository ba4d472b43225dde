"""ChangeWatcher: foreign commits are seen, our own are not, reads change nothing."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from tracker.domain.model import Document
from tracker.storage import repos
from tracker.storage.migrate import open_database
from tracker.storage.watch import ChangeWatcher


def _add(db, title):
    with db.session() as session:
        return repos.add_document(session, Document(title=title, text=title, text_sha256=title,
                                                    doc_date=date(2026, 1, 1)), b"x").id


def test_foreign_commits_seen_own_commits_and_reads_not(tmp_path):
    path = tmp_path / "w.db"
    ours, theirs = open_database(path), open_database(path)
    watcher = ChangeWatcher(ours)
    try:
        assert watcher.poll() is False
        _add(ours, "本进程写入")                      # our own write
        assert watcher.poll() is False
        with ours.session() as session:               # a read
            repos.list_documents(session)
        assert watcher.poll() is False
        _add(theirs, "另一个连接写入")                 # another engine (a second window)
        assert watcher.poll() is True
        assert watcher.poll() is False                # seen once
        _add(theirs, "外部")                           # foreign, then one of ours before a poll
        _add(ours, "本地")
        assert watcher.poll() is True                 # the foreign change is not swallowed
    finally:
        watcher.close()
        ours.close()
        theirs.close()


def test_a_second_process_is_seen(tmp_path):
    path = tmp_path / "p.db"
    db = open_database(path)
    watcher = ChangeWatcher(db)
    try:
        code = ("import sys; from tracker.cli import main; "
                "sys.exit(main(['--db', sys.argv[1], 'import', '--samples', '-q']))")
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=120)
        assert watcher.poll() is True
    finally:
        watcher.close()
        db.close()


def test_another_clients_change_is_seen_on_either_backend(db_target):
    """The same answers on a team server (LISTEN/NOTIFY with each client's token) as on a
    file (data_version): another client's change is seen once, ours and reads are not."""
    import time

    ours, theirs = open_database(db_target), open_database(db_target)
    watcher = ChangeWatcher(ours)

    def poll_soon() -> bool:   # a notification travels through the server: allow a moment
        for _ in range(20):
            if watcher.poll():
                return True
            time.sleep(0.05)
        return False

    try:
        assert watcher.poll() is False
        _add(ours, "本客户端写入")
        assert poll_soon() is False
        _add(theirs, "另一位用户写入")
        assert poll_soon() is True
        assert watcher.poll() is False                # seen once
    finally:
        watcher.close()
        ours.close()
        theirs.close()
