from pathlib import Path

from tracker.domain import Script
from tracker.ingest import SUPPORTED_SUFFIXES, detect_script, iter_candidates


def test_iter_candidates_recursive_sorted_skips_hidden(tmp_path):
    for rel in ["b.txt", "a/z.PDF", "a/y.docx", "c.htm", "d.html", ".hidden.txt",
                ".git/x.txt", "notes.md", "a/.cache/q.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    (tmp_path / "folder.txt").mkdir()
    found = [p.relative_to(tmp_path).as_posix() for p in iter_candidates(tmp_path)]
    assert found == ["a/y.docx", "a/z.PDF", "b.txt", "c.htm", "d.html"]


def test_supported_suffixes():
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".html", ".htm", ".docx", ".pdf"}


def test_script_detection():
    assert detect_script("中央生態環境保護督察整改推進會議") is Script.TRADITIONAL
    assert detect_script("中央生态环境保护督察整改推进会议") is Script.SIMPLIFIED
    assert detect_script("2025 ABC") is Script.SIMPLIFIED  # nothing to tell: default
    # A traditional text quoting a few simplified words is still traditional.
    assert detect_script("綠色發展與生態環境保護，参见规划") is Script.TRADITIONAL


def test_seed_scripts(seed):
    scripts = {p: detect_script(seed(p).read_text(encoding="utf-8")) for p in ("000", "001", "004")}
    assert scripts == {"000": Script.SIMPLIFIED, "001": Script.TRADITIONAL, "004": Script.SIMPLIFIED}


def test_read_path_accepts_str(tmp_path):
    from tracker.ingest import read_path

    path = tmp_path / "x.txt"
    path.write_text("标题\n正文。", encoding="utf-8")
    assert read_path(str(path)).path == Path(path)
