"""The source line of a page names its issuer when it is a body, also when the page's date
stands right before it with the spaces between taken out (发布时间：2025-03-05来源：…)."""

import pytest

from tracker.ingest.metadata import guess_issuer
from tracker.ingest.normalise import tidy_lines


@pytest.mark.parametrize(("line", "want"), [
    ("發佈時間：2025-03-05 來源：上饒市人民政府辦公室", "上饒市人民政府辦公室"),
    ("发布时间：2025-03-05  来源：永丰县生态环境局", "永丰县生态环境局"),
    ("来源：宜春市人民政府办公室", "宜春市人民政府办公室"),
], ids=["traditional_after_date", "after_date", "alone"])
def test_source_line_after_the_date_names_the_issuer(line: str, want: str) -> None:
    lines = tidy_lines(f"2025年重点工作任务分解方案\n{line}\n一、年底前完成污水处理厂提标改造。\n")
    assert guess_issuer(None, lines, lines) == want


@pytest.mark.parametrize("line", ["发布时间：2025-03-05 来源：宜春日报", "2025-03-05 来源：某市人民政府网"],
                         ids=["newspaper", "site"])
def test_source_line_naming_a_publisher_names_no_issuer(line: str) -> None:
    lines = tidy_lines(f"2025年重点工作任务分解方案\n{line}\n一、年底前完成污水处理厂提标改造。\n")
    assert guess_issuer(None, lines, lines) is None
