"""The overview as a CSV table: one row per region (depth first), then the no-region and
total rows; written the way every CSV of ours is (tracker.export.csv_io.write_text_csv:
UTF-8 with BOM for Excel, formula-safe cells, nothing half-written)."""

from __future__ import annotations

from pathlib import Path

from tracker.domain.lights import LIGHT_EN, LIGHT_ORDER, LIGHT_ZH
from tracker.domain.model import RegionLevel
from tracker.export.csv_io import write_text_csv
from tracker.export.labels import STATUS, check_lang
from tracker.services.overview import SOON_DAYS, Counts, Overview
from tracker.services.overview_series import STATUSES

LEVEL_WORDS = {
    "zh": {RegionLevel.PROVINCE: "省级", RegionLevel.PREFECTURE: "地市级",
           RegionLevel.COUNTY: "县级"},
    "en": {RegionLevel.PROVINCE: "Province", RegionLevel.PREFECTURE: "Prefecture",
           RegionLevel.COUNTY: "County"},
}
_HEADERS = {
    "zh": ("区划代码", "地区", "层级", "承诺总数", "完成率", "逾期", f"{SOON_DAYS}天内到期",
           "全部地区", "未定地区"),
    "en": ("Code", "Region", "Level", "Commitments", "Share achieved", "Overdue",
           f"Due within {SOON_DAYS} days", "All regions", "No region"),
}


def csv_rows(ov: Overview, lang: str = "zh") -> list[list[str]]:
    """Header, one row per region (depth first), then the no-region and total rows."""
    check_lang(lang)
    h = _HEADERS[lang]

    def numbers(c: Counts) -> list[str]:
        share = c.achieved_share
        return ([str(c.total)] + [str(c.status(s)) for s in STATUSES]
                + ["" if share is None else f"{share * 100:.1f}%", str(c.overdue),
                   str(c.due_soon)] + [str(c.light(x)) for x in LIGHT_ORDER])

    light_words = ([f"{LIGHT_ZH[x]}灯" for x in LIGHT_ORDER] if lang == "zh"
                   else [LIGHT_EN[x] for x in LIGHT_ORDER])
    rows = [[h[0], h[1], h[2], h[3]] + [STATUS.label(s, lang) for s in STATUSES]
            + [h[4], h[5], h[6]] + light_words]
    for _depth, node in ov.walk():
        rows.append([node.code, node.full_name, LEVEL_WORDS[lang][node.level]]
                    + numbers(node.counts))
    if ov.unplaced.total:
        rows.append(["", h[8], ""] + numbers(ov.unplaced))
    rows.append(["", h[7], ""] + numbers(ov.total))
    return rows


def export_csv(ov: Overview, path: Path, lang: str = "zh") -> int:
    """Write the overview as CSV; returns the rows below the header (regions, then the
    no-region row if any and the total row)."""
    return write_text_csv(csv_rows(ov, lang), Path(path)) - 1
