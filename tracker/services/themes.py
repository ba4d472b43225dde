"""Themes suggested from keywords: a shipped list (tracker/services/themes.tsv) and the
user's own additions in a file beside the database, in the same format:

    水<TAB>水质、黑臭水体、饮用水
    城市更新<TAB>老旧小区、城中村

A commitment whose words contain a keyword gets the theme: on accepting a suggestion, and
in bulk (apply_themes), so the regions × themes matrix fills itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import logging

from tracker.ingest.script import to_simplified
from tracker.services.context import AppContext
from tracker.storage import themes as themes_table

SEPARATORS = "、,，;；"
log = logging.getLogger(__name__)


class ThemeFileError(ValueError):
    """A line of a theme file that cannot be read (named with its file and line)."""


def _parse(text: str, source: str) -> dict[str, list[str]]:
    themes: dict[str, list[str]] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip("\ufeff").rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        theme, sep, words = line.partition("\t")
        if not sep or not theme.strip():
            raise ThemeFileError(f"{source}, line {n}: expected a theme, a tab, then keywords "
                                 f"separated by 、 (found {line[:40]!r})")
        for ch in SEPARATORS[1:]:
            words = words.replace(ch, SEPARATORS[0])
        kws = [w.strip() for w in words.split(SEPARATORS[0]) if w.strip()]
        bucket = themes.setdefault(theme.strip(), [])
        bucket.extend(k for k in kws if k not in bucket)
    return themes


def shipped_keywords() -> dict[str, list[str]]:
    source = resources.files("tracker.services").joinpath("themes.tsv")
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeFileError(f"{source}: the shipped theme keywords cannot be read ({exc})") \
            from None
    return _parse(text, "themes.tsv")


def user_file(ctx: AppContext) -> Path:
    """The user's own theme keywords: <database name>-themes.tsv beside the database."""
    return ctx.db.path.with_name(ctx.db.path.stem + "-themes.tsv")


def user_keywords(ctx: AppContext) -> dict[str, list[str]]:
    path = user_file(ctx)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeFileError(f"{path}: cannot be read ({exc})") from None
    return _parse(text, str(path))


def keywords(ctx: AppContext, strict: bool = False) -> dict[str, list[str]]:
    """The shipped themes with the user's keywords added (and the user's own themes).
    A user file that cannot be read is skipped (logged), or raised when `strict`."""
    merged: dict[str, list[str]] = {}
    own: dict[str, list[str]] = {}
    for read, target in ((shipped_keywords, merged), (lambda: user_keywords(ctx), own)):
        try:
            target.update(read())
        except ThemeFileError:
            if strict:
                raise
            log.warning("theme keywords: a keyword file is skipped", exc_info=True)
    for theme, kws in own.items():
        bucket = merged.setdefault(theme, [])
        bucket.extend(k for k in kws if k not in bucket)
    return merged


def add_user_keywords(ctx: AppContext, theme: str, words: Sequence[str]) -> Path:
    """Append a line to the user's file (created on first use)."""
    theme = theme.strip()
    kws = [w.strip() for w in words if w.strip()]
    if not theme or "\t" in theme or not kws:
        raise ThemeFileError("give a theme name and at least one keyword")
    path = user_file(ctx)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if existing and not existing.endswith("\n"):
        existing += "\n"
    path.write_text(existing + f"{theme}\t{'、'.join(kws)}\n", encoding="utf-8")
    return path


def save_user_text(ctx: AppContext, text: str) -> Path:
    """Replace the user's file with `text` after checking that it reads."""
    path = user_file(ctx)
    _parse(text, str(path))
    path.write_text(text if text.endswith("\n") or not text else text + "\n", encoding="utf-8")
    return path


def themes_for(text: str, table: dict[str, list[str]]) -> list[str]:
    """The themes whose keywords occur in `text` (either script), in table order."""
    simple = to_simplified(text)
    return [theme for theme, kws in table.items()
            if any(k in simple or k in text for k in kws)]


def with_themes(ctx: AppContext, tags: Iterable[str], text: str,
                table: dict[str, list[str]] | None = None) -> list[str]:
    """`tags` plus the themes `text` suggests (no duplicates, the given ones first)."""
    out = list(dict.fromkeys(t for t in tags if t.strip()))
    for theme in themes_for(text, table if table is not None else keywords(ctx)):
        if theme not in out:
            out.append(theme)
    return out


@dataclass(frozen=True)
class ThemesApplied:
    """The (commitment id, theme) pairs added: enough to undo."""

    added: tuple[tuple[int, str], ...]

    @property
    def commitments(self) -> list[int]:
        return sorted({cid for cid, _ in self.added})


def apply_themes(ctx: AppContext, ids: Iterable[int] | None = None) -> ThemesApplied:
    """Give every commitment (or those of `ids`) the themes its words suggest; themes
    already there stay, none is taken away. One transaction."""
    table = keywords(ctx)
    added: list[tuple[int, str]] = []
    with ctx.db.session() as session:
        for cid, quote, have in themes_table.quotes_and_themes(session, ids):
            added.extend((cid, t) for t in themes_for(quote, table) if t not in have)
        themes_table.add_themes(session, added)
    return ThemesApplied(tuple(added))


def unapply_themes(ctx: AppContext, applied: ThemesApplied) -> None:
    with ctx.db.session() as session:
        themes_table.remove_themes(session, applied.added)


def reapply_themes(ctx: AppContext, applied: ThemesApplied) -> None:
    with ctx.db.session() as session:
        themes_table.add_themes(session, applied.added)
