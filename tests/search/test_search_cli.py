"""`tracker search` over the demo library: text and JSON output, filters, errors, rebuild."""

from __future__ import annotations

import json

from tracker.cli import main
from tracker.search.fold import fold


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_command(db_path, capsys):
    db = str(db_path)
    assert run(capsys, "--db", db, "import", "--samples", "-q")[0] == 0
    code, out, _ = run(capsys, "--db", db, "search", "碳匯", "--json")
    assert code == 0
    res = json.loads(out)
    assert res["total_documents"] == len(res["documents"]) >= 1
    code, text_out, _ = run(capsys, "--db", db, "docs", "--json")
    texts = {d["id"]: d for d in json.loads(text_out)}
    assert set(texts) >= {d["id"] for d in res["documents"]}
    hit = res["documents"][0]["hits"][0]
    assert fold(hit["context"][hit["marks"][0][0]:hit["marks"][0][1]]) == "碳汇"

    code, out, _ = run(capsys, "--db", db, "search", "生态", "--region", "江西省", "--json")
    assert code == 0
    assert all(d["region_code"].startswith("36") for d in json.loads(out)["documents"])
    code, out, _ = run(capsys, "--db", db, "search", "生态", "--from", "2024-01-01", "--json")
    assert all(d["date"] >= "2024-01-01" for d in json.loads(out)["documents"])
    code, out, _ = run(capsys, "--db", db, "search", "生态", "--type", "decision", "--limit", "1")
    assert code == 0 and "[生态]" in out and "documents" in out

    code, _, err = run(capsys, "--db", db, "search", "水", "--region", "不存在的地方")
    assert code == 2 and "unknown region" in err
    code, _, err = run(capsys, "--db", db, "search", "--", "-碳汇")
    assert code == 2 and "only excludes" in err
    code, _, err = run(capsys, "--db", db, "search")
    assert code == 2 and "--rebuild" in err

    code, out, _ = run(capsys, "--db", db, "search", "--rebuild")
    assert code == 0 and "index rebuilt: 5 documents" in out
