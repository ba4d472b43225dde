"""The core's messages (tracker.domain.messages) and the newer commands (docs edit/remove,
review, themes) speak the interface language through the one catalogue; English stays as
it was."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date

import pytest

from tracker import messages
from tracker.cli import main
from tracker.domain import messages as core

ZH = messages.lookup_for("zh_CN")
EN = messages.lookup_for("en")
FIELD = re.compile(r"\{(\w+)(?::[^{}]*)?\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


# ------------------------------------------------------------------ the catalogue
def test_every_core_template_has_a_chinese_wording_with_the_same_fields():
    table = messages.catalogue("zh_CN")
    templates = messages.core_templates()
    assert core.DAMAGED in templates and core.SUGGEST_STOPPED in templates
    for template in templates:
        zh = table.get((messages.LIBRARY, template))
        assert zh, template
        assert CJK.search(zh), zh
        assert sorted(FIELD.findall(zh)) == sorted(FIELD.findall(template)), template


def _values(template: str) -> dict[str, object]:
    """Values for a template's fields: a path with Chinese in it, a number where the
    template formats one (`{seconds:.1f}`), else a marker."""
    values: dict[str, object] = {}
    for n, field in enumerate(re.finditer(r"\{(\w+)(:[^{}]*)?\}", template)):
        name, spec = field.groups()
        values[name] = (f"/data/库{n}.db" if name == "path" else 7.25 if spec else f"v{n}")
    return values


def test_a_message_made_from_any_template_is_recognised():
    for template in messages.core_templates():
        values = _values(template)
        english = template.format(**values)
        assert messages.reason(english, EN) == english
        chinese = messages.reason(english, ZH)
        assert chinese == messages.say(template, ZH, **values), template
        assert chinese != english and CJK.search(chinese)
        for value in values.values():
            assert (f"{value:.1f}" if isinstance(value, float) else value) in chinese


def test_say_formats_with_the_templates_own_format_spec():
    assert messages.say(core.WAIT_OVER, EN, seconds=2.345) == core.WAIT_OVER.format(seconds=2.345)
    assert "2.3 秒" in messages.say(core.WAIT_OVER, ZH, seconds=2.345)


def test_a_message_inside_a_message_is_translated_too():
    note = core.UPGRADE_BACKUP_NOTE.format(backup="/d/lib.db.bak")
    english = core.UPGRADE_FAILED.format(path="/d/lib.db", detail="disk I/O error",
                                         backup_note=note)
    chinese = messages.reason(english, ZH)
    assert chinese.startswith("/d/lib.db：把文档库升级到本版本应用的格式时失败（disk I/O error）")
    assert chinese.endswith("；升级前刚做的副本在 /d/lib.db.bak。")
    inner = core.DAMAGED_FILE.format(reason="encrypted PDF: needs a password")
    assert messages.reason(inner, ZH) == "已损坏或无法读取（加密的 PDF：需要密码）"
    # without a note: the template's field is simply empty
    bare = core.UPGRADE_FAILED.format(path="/d/lib.db", detail="x", backup_note="")
    assert messages.reason(bare, ZH).endswith("未被改动。")


# ------------------------------------------------------------------ the command line
@pytest.mark.parametrize("lang", ["--lang=zh_CN", "TRACKER_LANG"])
def test_cli_library_that_is_not_a_library_in_chinese(tmp_path, capsys, monkeypatch, lang):
    folder = tmp_path / "folder.db"
    folder.mkdir()
    junk = tmp_path / "junk.db"
    junk.write_text("hello, not SQLite\n" * 20, encoding="utf-8")
    if lang == "TRACKER_LANG":
        monkeypatch.setenv("TRACKER_LANG", "zh_CN")
        first: list[str] = []
    else:
        first = [lang]
    rc, _, err = _cli(capsys, *first, "--db", str(folder), "docs")
    assert rc == 3
    assert err == f"tracker: {folder}：这是一个文件夹，不是文档库文件。请给出一个文件的路径。\n"
    rc, _, err = _cli(capsys, *first, "--db", str(junk), "docs")
    assert rc == 3 and "此文件不是文档库（不是 SQLite 数据库）" in err
    assert "not a library" not in err and "Choose another file" not in err


def test_cli_library_errors_in_english_are_unchanged(tmp_path, capsys):
    folder = tmp_path / "folder.db"
    folder.mkdir()
    junk = tmp_path / "junk.db"
    junk.write_text("hello, not SQLite\n" * 20, encoding="utf-8")
    rc, _, err = _cli(capsys, "--lang", "en", "--db", str(folder), "docs")
    assert rc == 3 and err == "tracker: " + core.IS_A_FOLDER.format(path=folder) + "\n"
    rc, _, err = _cli(capsys, "--lang", "en", "--db", str(junk), "docs")
    assert rc == 3 and err == "tracker: " + core.NOT_A_DATABASE.format(path=junk) + "\n"


def test_cli_restore_backup_in_both_languages(tmp_path, capsys):
    from tracker.services.context import AppContext

    db = tmp_path / "lib.db"
    AppContext.open(db).close()
    copy = tmp_path / "lib.db.bak"
    shutil.copy(db, copy)
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", str(db), "restore-backup", str(copy))
    assert rc == 0 and err == f"{db}：已从 {copy} 恢复。\n"
    rc, _, err = _cli(capsys, "--lang", "en", "--db", str(db), "restore-backup", str(copy))
    assert rc == 0 and err == core.RESTORED.format(path=db, backup=copy) + "\n"
    # a copy that is not a library: the failure is worded too
    bad = tmp_path / "bad.bak"
    bad.write_text("nope", encoding="utf-8")
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", str(db), "restore-backup", str(bad))
    assert rc == 3 and f"{db}：无法使用文档库（" in err and "could not be used" not in err


TEXT = "各县区要在三年内完成整改。年底前建成监测网络。2030年前实现碳达峰。"


@pytest.fixture
def doc(tmp_path):
    """A library with one dated document, two of its commitments registered (one with a
    progress entry); returns (database path, document id)."""
    from tracker.domain.model import Commitment, Deadline, Document, Kind, Precision, Status
    from tracker.domain.spans import Span
    from tracker.services import commitments
    from tracker.services.context import AppContext
    from tracker.storage import repos

    ctx = AppContext.open(tmp_path / "d.db")
    try:
        with ctx.db.session() as session:
            d = repos.add_document(session, Document(title="整改方案", text=TEXT,
                                                     doc_date=date(2024, 3, 1),
                                                     text_sha256="x"), b"raw")
        ids = []
        for quote, words, when in [("各县区要在三年内完成整改", "三年内", date(2027, 3, 1)),
                                   ("年底前建成监测网络", "年底前", date(2024, 12, 31))]:
            start = TEXT.index(quote)
            ids.append(commitments.create(ctx, Commitment(
                document_id=d.id, span=Span.of(TEXT, start, start + len(quote)),
                kind=Kind.DEADLINE, deadline=Deadline(words, when, Precision.DAY))).id)
        commitments.change_status(ctx, [ids[0]], Status.ON_TRACK, "已启动", on=date(2024, 5, 1))
        return str(ctx.db.path), d.id
    finally:
        ctx.close()


def test_cli_docs_remove_refused_in_chinese_and_english(doc, capsys):
    db, doc_id = doc
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", db, "docs", "remove", str(doc_id))
    assert rc == 2
    assert f"文档 {doc_id} 有 2 条已登记的承诺及 1 条进展记录" in err
    assert "registered commitments" not in err and "say what to do" not in err
    rc, _, err = _cli(capsys, "--lang", "en", "--db", db, "docs", "remove", str(doc_id))
    assert rc == 2 and (f"tracker docs remove: document {doc_id} has 2 registered commitments "
                        "with 1 progress entries; say what to do with them: --commitments keep "
                        "(kept on their own, with their progress) or --commitments remove "
                        "(removed with their progress entries)\n") == err
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", db, "docs", "remove", "999")
    assert rc == 1 and "没有编号为 999 的文档" in err and "no document" not in err
    rc, out, _ = _cli(capsys, "--lang", "zh_CN", "--db", db, "docs", "remove", str(doc_id),
                      "--commitments", "keep")
    assert rc == 0
    assert out == f"已删除文档 {doc_id}“整改方案”；2 条承诺（1 条进展记录）单独保留\n"


def test_cli_docs_edit_in_chinese(doc, capsys):
    db, doc_id = doc
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", db, "docs", "edit", str(doc_id))
    assert rc == 2 and "没有要修改的内容" in err and "nothing to change" not in err
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", db, "docs", "edit", str(doc_id),
                      "--title", " ")
    assert rc == 2 and err == "tracker docs edit: 标题不能为空\n"
    rc, out, _ = _cli(capsys, "--lang", "zh_CN", "--db", db, "docs", "edit", str(doc_id),
                      "--date", "2025-03-01")
    assert rc == 0 and out.startswith(f"文档 {doc_id}：已修改 doc_date")
    assert "承诺" in out and "时限“三年内” 2027-03-01 → 2028-03-01" in out
    assert "changed" not in out and "deadline" not in out
    rc, out, _ = _cli(capsys, "--lang", "en", "--db", db, "docs", "edit", str(doc_id),
                      "--date", "2025-03-01")
    assert rc == 0 and out == f"document {doc_id}: nothing changed\n"


def test_cli_review_in_chinese_and_its_json_unaffected(doc, capsys):
    db, doc_id = doc
    rc, zh_json, _ = _cli(capsys, "--lang", "zh_CN", "--db", db, "review", str(doc_id), "--json")
    assert rc == 0
    rc, en_json, _ = _cli(capsys, "--lang", "en", "--db", db, "review", str(doc_id), "--json")
    assert rc == 0 and zh_json == en_json
    pending = len(json.loads(en_json)["pending"])
    rc, out, _ = _cli(capsys, "--lang", "zh_CN", "--db", db, "review", str(doc_id))
    assert rc == 0 and out.endswith(f"文档 {doc_id} 中有 {pending} 条建议待审核\n")
    assert "pending review" not in out
    rc, out, _ = _cli(capsys, "--lang", "en", "--db", db, "review", str(doc_id))
    assert out.endswith(f"{pending} suggestions pending review in document {doc_id}\n")
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", db, "review", "999")
    assert rc == 1 and "没有编号为 999 的文档" in err
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", db, "review", str(doc_id),
                      "--accept-all", "--min-confidence", "2")
    assert rc == 2 and "应在 0 到 1 之间" in err and "is between" not in err


def test_cli_themes_in_chinese(doc, capsys):
    db, _ = doc
    rc, out, _ = _cli(capsys, "--lang", "zh_CN", "--db", db, "themes")
    assert rc == 0 and "您自己的关键词：" in out and "（尚未创建）" in out
    assert "your own keywords" not in out
    rc, out, _ = _cli(capsys, "--lang", "zh_CN", "--db", db, "themes", "add", "整改", "整改")
    assert rc == 0 and out.startswith("主题“整改”：已把 整改 加入 ")
    rc, out, _ = _cli(capsys, "--lang", "zh_CN", "--db", db, "themes", "apply")
    assert rc == 0 and re.fullmatch(r"已为 \d+ 条承诺加上 \d+ 个主题\n", out)
    rc, out, _ = _cli(capsys, "--lang", "en", "--db", db, "themes", "apply")
    assert rc == 0 and re.fullmatch(r"\d+ themes given to \d+ commitments\n", out)


def test_cli_suggest_stopped_note_in_chinese(tmp_path, capsys, monkeypatch):
    from tracker.services import suggesting

    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    real = suggesting.suggest_file

    def stopped(path, when=None):
        found = real(path, when)
        found.complete = False
        return found

    monkeypatch.setattr(suggesting, "suggest_file", stopped)
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "suggest", str(src))
    assert rc == 0
    assert f"tracker suggest: {src}：查找建议到达时间上限而停止，只读取了前" in err
    assert "time limit" not in err


def test_cli_unknown_region_in_chinese(doc, capsys):
    db, _ = doc
    rc, _, err = _cli(capsys, "--lang", "zh_CN", "--db", db, "search", "整改", "--region", "火星")
    assert rc == 2
    assert err == ("tracker search: 无法识别的地区：'火星'（请给出名称，如 江西省，或六位行政区划"
                   "代码）\n")
    rc, _, err = _cli(capsys, "--lang", "en", "--db", db, "search", "整改", "--region", "火星")
    assert err == ("tracker search: unknown region: '火星' (give a name such as 江西省 or a "
                   "six-digit division code)\n")
