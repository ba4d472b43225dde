"""`tracker import --samples` then `tracker docs --json`: the demo library comes out right."""

from __future__ import annotations

import json
import re

import pytest

from tracker.cli import main

PINYIN = re.compile(r"[\(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}[\)）]")
FURNITURE = ("已关闭评论", "A+", "所属分类", "欢迎访问", "当前所在", "首页 >")


@pytest.fixture
def library(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "import", "--samples", "--json", "-q"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["imported"]) == 5 and report["errors"] == []
    assert main(["--db", db, "docs", "--json"]) == 0
    return db, {d["source_path"].rsplit("/", 1)[-1][:3]: d
                for d in json.loads(capsys.readouterr().out)}


def test_five_documents_with_regions_dates_titles_script(library):
    _, docs = library
    assert {k: d["region"] for k, d in docs.items()} == {
        "000": "江西省", "001": "重庆市", "002": "吉林省", "003": "江西省", "004": "山西省大同市"}
    assert [k for k, d in docs.items() if d["script"] == "traditional"] == ["001"]
    assert docs["003"]["date"] == "2024-01-26"
    assert docs["004"]["date"] in ("2023-11-17", "2023-11-23")
    assert docs["000"]["title"].startswith("全省生态环境保护大会暨美丽江西建设推进会")
    assert "江西省人民代表大会关于全力打造国家生态文明建设高地的决定" in docs["003"]["title"]
    assert all(d["title"] and d["chars"] > 1000 for d in docs.values())


def test_texts_are_clean(library):
    from tracker.services import library as lib
    from tracker.services.context import AppContext

    db, docs = library
    ctx = AppContext.open(db)
    try:
        for key, d in docs.items():
            text = lib.get_document(ctx, d["id"]).text
            assert not PINYIN.search(text), key
            for word in FURNITURE:
                assert word not in text, (key, word)
        assert "(記者 楊帆 張珺)" in lib.get_document(ctx, docs["001"]["id"]).text
    finally:
        ctx.close()


def test_importing_again_reports_duplicates(library, capsys):
    db, _ = library
    assert main(["--db", db, "import", "--samples", "--json", "-q"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == [] and len(report["duplicates"]) == 5


def test_bad_files_are_named_and_nothing_is_written(tmp_path, capsys):
    db = str(tmp_path / "bad.db")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    (folder / "good.txt").write_text("江西省生态环境厅关于做好2024年工作的通知\n到2025年底前，建成全省统一平台。",
                                     encoding="gb18030")
    assert main(["--db", db, "import", str(folder), "--json", "-q"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [d["path"].rsplit("/", 1)[-1] for d in report["imported"]] == ["good.txt"]
    errors = {e["path"].rsplit("/", 1)[-1]: e["reason"] for e in report["errors"]}
    assert set(errors) >= {"empty.txt", "broken.pdf"}
    assert all(errors.values())
    assert main(["--db", db, "docs", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("tracker ")
