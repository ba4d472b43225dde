"""A sweep of the deadlines a unit inherits from its context (issue 11, branch period11r).

Units with no time words of their own take the period of the document, section, table or
list they stand in (docs/commitments.md, "Reading dates": "A target with no time words of
its own takes the period of the section it stands in"; tests/corpus/README.md: "a plan's or
annual programme's tasks without time words of their own take the period of their section
or title"). The structures: a plan's period in its title or preamble (到2025年, （2021—2025年）),
an annual programme's year (2025年工作要点), a work report's year and its 今年 sections, a
three-year action plan (2024—2026年), a section heading naming its period ((一)2025年目标任务,
近期目标（到2025年）, 远期目标（到2035年）), a table's 完成时限 column and a header naming
the year, a progress table dated by its cut-off (the tasks are the year's, not the cut-off's),
a notice's campaign period (自即日起至2025年12月底), year-by-year targets (2024年…；2025年…),
a rectification list's overall deadline (长期坚持 → none), and documents whose date is not
known (relative words then give no date; named years still do).

Each structure is written for several genres' wordings and years, in Simplified and
Traditional script, with the document's date given and not given; every item's expected
deadline is an ISO last day and precision, or None. ``cases()`` yields them; the test
module runs them through the public path (tracker.services.suggesting.suggest_file, as
``tracker suggest --format jsonl --date D`` does).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from tests.extract.sweep_kit import s2t


Want = tuple[str, str] | None  # (ISO date, precision) or no date


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    doc_date: date | None
    items: tuple[tuple[str, Want], ...]  # (words only that item's quote holds, wanted)


def year_end(year: int) -> Want:
    return (f"{year}-12-31", "year")


def month_end(year: int, month: int, day: int) -> Want:
    return (f"{year}-{month:02d}-{day:02d}", "month")


PLACES = ("全市", "全县")
TASKS = (  # (item sentence, key) — no time words of their own
    ("新建污水管网{n}公里", "污水管网"),
    ("完成老旧小区改造{n}个", "老旧小区"),
    ("森林覆盖率达到{p}%以上", "森林覆盖率"),
)


def _tasks(place: str, k: int = 3, seed: int = 0) -> list[tuple[str, str]]:
    out = []
    for i, (t, key) in enumerate(TASKS[:k]):
        out.append((place + t.format(n=20 + 10 * i + seed, p=60 + seed), key))
    return out


def _numbered(items: list[str], style: int) -> str:
    marks = ("{i}.", "（{i}）", "{i}、")
    cn = "一二三四五六七八九十"
    lines = []
    for i, it in enumerate(items, 1):
        mark = marks[style % 3].format(i=i if style % 3 != 1 else cn[i - 1])
        lines.append(f"{mark}{it}。")
    return "\n".join(lines)


def _structures(year: int, place: str, v: int) -> Iterator[tuple[str, str, bool, tuple]]:
    """(name, text, needs the document's date, items) for one year, place and variant.

    *year* is the year the document stands in (its date's year)."""
    tasks = _tasks(place, seed=v)
    sents = [t for t, _ in tasks]
    keys = [k for _, k in tasks]
    y = year

    # 1. a plan's period in its title
    title = ("{p}生态环境保护规划（{a}—{b}年）", "{p}“十四五”城乡建设规划", "{p}养老服务体系建设规划（{a}-{b}年）")[v]
    a, b = (2021, 2025)
    text = title.format(p=place, a=a, b=b) + "\n一、主要任务\n" + _numbered(sents, v)
    yield "plan-title", text, False, tuple((k, year_end(2025)) for k in keys)

    # 2. a plan's period in its preamble (到2030年)
    pre = ("为推进生态文明建设，制定本方案。到{b}年，主要目标如下：",
           "总体目标：到{b}年，基本建成现代化基础设施体系。具体目标：",
           "本规划期限为{a}—{b}年。主要目标：")[v]
    text = f"{place}基础设施建设实施方案\n" + pre.format(a=y, b=y + 5) + "\n" + _numbered(sents, v)
    yield "plan-preamble", text, False, tuple((k, year_end(y + 5)) for k in keys)

    # 3. an annual programme's title year
    title = ("{p}{y}年生态环境保护工作要点", "{p}{y}年城市建设工作计划", "{p}{y}年度重点工作任务清单")[v]
    text = title.format(p=place, y=y) + "\n一、重点任务\n" + _numbered(sents, v)
    yield "annual-title", text, False, tuple((k, year_end(y)) for k in keys)

    # 4. a work report's year section
    head = ("二、{y}年工作安排", "二、{y}年主要目标任务", "三、{y}年重点工作")[v]
    text = (f"政府工作报告\n——{y}年1月15日在{place[1]}第十届人民代表大会第三次会议上\n"
            f"一、{y - 1}年工作回顾\n过去一年，全市经济运行稳中向好。\n"
            + head.format(y=y) + "\n" + "".join(f"{s}。" for s in sents))
    yield "report-year-section", text, False, tuple((k, year_end(y)) for k in keys)

    # 5. a work report's 今年 section (needs the document's date)
    head = ("二、今年工作安排", "二、今年的主要目标和重点工作", "三、今年重点抓好以下工作")[v]
    text = ("政府工作报告\n一、过去一年工作回顾\n过去一年，全市经济运行稳中向好。\n"
            + head + "\n" + "".join(f"{s}。" for s in sents))
    yield "report-this-year", text, True, tuple((k, year_end(y)) for k in keys)

    # 6. a three-year action plan
    title = ("{p}城市更新三年行动计划（{a}—{b}年）", "{p}农村人居环境整治提升三年行动方案（{a}-{b}年）",
             "{p}营商环境优化提升三年行动计划（{a}～{b}年）")[v]
    text = title.format(p=place, a=y, b=y + 2) + "\n一、重点任务\n" + _numbered(sents, v)
    yield "three-year-plan", text, False, tuple((k, year_end(y + 2)) for k in keys)

    # 7. section headings naming their period
    near = ("（一）近期目标（到{a}年）", "（一）{a}年目标任务", "（一）第一阶段（{a}年）")[v]
    far = ("（二）远期目标（到{b}年）", "（二）{b}年目标任务", "（二）第二阶段（{b}年）")[v]
    text = (f"{place}推进乡村振兴实施方案\n二、主要目标\n" + near.format(a=y + 1) + "\n"
            + sents[0] + "。" + sents[1] + "。\n" + far.format(b=y + 10 if v == 0 else y + 2) + "\n"
            + sents[2] + "。")
    yield "section-periods", text, False, ((keys[0], year_end(y + 1)), (keys[1], year_end(y + 1)),
                                           (keys[2], year_end(y + 10 if v == 0 else y + 2)))

    # 8. a table with a 完成时限 column
    lim = (f"{y}年6月底前", f"{y}年12月底前", f"{y + 1}年底前")
    wants = (month_end(y, 6, 30), month_end(y, 12, 31), year_end(y + 1))
    head = ("序号\t工作任务\t责任单位\t完成时限", "序号\t重点任务\t牵头单位\t完成时间", "序号\t任务\t责任部门\t时间节点")[v]
    rows = [f"{i}\t{s}\t市住房城乡建设局\t{lim[i - 1]}" for i, s in enumerate(sents, 1)]
    text = f"{place}重点任务分工表\n" + head + "\n" + "\n".join(rows)
    yield "table-deadline-column", text, False, tuple((k, w) for k, w in zip(keys, wants))

    # 9. an indicator table whose header names the year
    head = ("序号\t指标名称\t单位\t{y}年目标", "指标\t单位\t{a}年\t{y}年\t属性", "序号\t指标\t{y}年目标值\t责任单位")[v]
    rows_v = [("城镇新增就业", "万人", "5.2"), ("森林覆盖率", "%", "62"), ("污水处理率", "%", "97")]
    lines = []
    for i, (mname, unit, val) in enumerate(rows_v, 1):
        if v == 0:
            lines.append(f"{i}\t{mname}\t{unit}\t{val}")
        elif v == 1:
            lines.append(f"{mname}\t{unit}\t{float(val) * 0.9:.1f}\t{val}\t预期性")
        else:
            lines.append(f"{i}\t{mname}（{unit}）\t{val}\t市发展改革委")
    text = (f"{place}{y}年主要指标\n" if v != 1 else f"{place}“十四五”主要指标\n") \
        + head.format(y=y if v != 1 else 2025, a=2020) + "\n" + "\n".join(lines)
    yy = y if v != 1 else 2025
    yield "table-year-header", text, False, tuple((m, year_end(yy)) for m, _, _ in rows_v)

    # 10. a progress table dated by its cut-off: the tasks are the year's
    head = ("序号\t项目名称\t年度目标任务\t进展情况", "序号\t民生实事\t目标任务\t截至9月底完成情况",
            "序号\t项目\t{y}年目标\t进展")[v]
    rows = [f"{i}\t项目{i}\t{s}\t已完成{50 + 10 * i}%" for i, s in enumerate(sents, 1)]
    title = ("{y}年民生实事项目进展情况（截至{y}年9月底）", "{p}{y}年十件民生实事进展情况",
             "{y}年重点项目推进情况表（截至{y}年10月31日）")[v]
    text = title.format(y=y, p=place) + "\n" + head.format(y=y) + "\n" + "\n".join(rows)
    yield "progress-table", text, False, tuple((k, year_end(y)) for k in keys)

    # 11. a notice's campaign period
    pre = ("自即日起至{y}年12月底，在全市范围内开展专项整治行动。",
           "专项行动时间为{y}年3月至{y}年12月。",
           "本次行动自{y}年4月开始，至{y}年11月30日结束。")[v]
    wantc = (month_end(y, 12, 31), month_end(y, 12, 31), (f"{y}-11-30", "day"))[v]
    text = ("关于开展城乡环境综合整治专项行动的通知\n一、行动时间\n" + pre.format(y=y)
            + "\n二、工作任务\n" + _numbered(sents, v))
    yield "campaign-period", text, False, tuple((k, wantc) for k in keys)

    # 12. year-by-year targets
    sep = ("；", "。", "；")[v]
    text = (f"{place}污水治理攻坚方案\n二、工作目标\n"
            + sep.join(f"{y + i}年，{s}" for i, s in enumerate(sents)) + "。")
    yield "year-by-year", text, False, tuple((k, year_end(y + i)) for i, k in enumerate(keys))

    # 13. a rectification list without time words in the items
    lim = (f"整改时限：{y}年12月底前", f"整改期限：{y}年6月30日前", "整改时限：长期坚持")[v]
    wantr = (month_end(y, 12, 31), (f"{y}-06-30", "day"), None)[v]
    text = (f"{place}中央生态环境保护督察反馈问题整改方案\n问题一：部分河段水质不达标。\n"
            f"整改目标：水质稳定达到Ⅲ类。\n{lim}\n整改措施：\n" + _numbered(sents, v))
    yield "rectification-list", text, False, tuple((k, wantr) for k in keys)


    # 14. campaign stages as headings (集中整治阶段（2024年5月—10月）)
    st1 = ("（二）集中整治阶段（{y}年5月—10月）", "（二）集中攻坚阶段（{y}年5月至10月）",
           "2.整治提升阶段：{y}年5月—{y}年10月")[v]
    st2 = ("（三）巩固提升阶段（{y}年11月—12月）", "（三）巩固深化阶段（{y}年11月至12月）",
           "3.巩固提升阶段：{y}年11月—{y}年12月")[v]
    text = (f"{place}城乡环境整治百日攻坚行动方案\n三、实施步骤\n"
            + ("（一）动员部署阶段（{y}年4月）" if v < 2 else "1.动员部署阶段：{y}年4月").format(y=y)
            + "\n召开动员会议。\n" + st1.format(y=y) + "\n" + sents[0] + "。" + sents[1] + "。\n"
            + st2.format(y=y) + "\n" + sents[2] + "。")
    yield "campaign-stages", text, False, ((keys[0], month_end(y, 10, 31)), (keys[1], month_end(y, 10, 31)),
                                           (keys[2], month_end(y, 12, 31)))

    # 15. a work report whose title names its year (the date not needed)
    title = ("{y}年{p}人民政府工作报告", "{p}{y}年政府工作报告", "政府工作报告（{y}年）")[v]
    head = ("二、今年工作安排", "二、今年主要目标任务", "三、今年重点工作")[v]
    text = (title.format(y=y, p=place[1] + "州") + "\n一、过去一年工作回顾\n过去一年，全州经济运行稳中向好。\n"
            + head + "\n" + "".join(f"{s}。" for s in sents))
    yield "report-title-year", text, False, tuple((k, year_end(y)) for k in keys)

    # 16. a rectification table: 整改时限 cells, 长期坚持 → none
    lim = (f"{y}年12月底前", "长期坚持", f"{y}年6月底前并长期坚持")
    wants = (month_end(y, 12, 31), None, month_end(y, 6, 30))
    head = ("序号\t问题\t整改措施\t责任单位\t整改时限", "序号\t反馈问题\t整改目标\t牵头单位\t整改期限",
            "编号\t问题描述\t整改措施\t责任部门\t完成时限")[v]
    rows = [f"{i}\t问题{i}\t{s}\t市生态环境局\t{lim[i - 1]}" for i, s in enumerate(sents, 1)]
    text = f"{place}督察反馈问题整改清单\n" + head + "\n" + "\n".join(rows)
    yield "rectification-table", text, False, tuple((k, w) for k, w in zip(keys, wants))

    # 17. year-by-year targets run into one sentence after a label
    lab = ("分年度目标：", "年度目标为：", "具体目标是：")[v]
    text = (f"{place}老旧管网更新改造工作方案\n二、工作目标\n" + lab
            + "；".join(f"{y + i}年{s}" for i, s in enumerate(sents)) + "。")
    yield "year-by-year-run-in", text, False, tuple((k, year_end(y + i)) for i, k in enumerate(keys))

    # 18. a plan's near-term and vision goals as headings under a titled period
    text = (f"{place}现代农业发展规划（{y}—{y + 4}年）\n二、发展目标\n（一）到{y + 4}年\n"
            + sents[0] + "。" + sents[1] + "。\n（二）展望到2035年\n" + sents[2] + "。")
    yield "plan-vision", text, False, ((keys[0], year_end(y + 4)), (keys[1], year_end(y + 4)), (keys[2], year_end(2035)))

    # 19. a notice that issues a named annual plan (关于印发《…2025年…方案》的通知)
    title = ("关于印发《{p}{y}年大气污染防治工作方案》的通知", "关于印发{p}{y}年度重点民生实事项目的通知",
             "关于印发《{p}{y}年生态环境保护重点任务清单》的通知")[v]
    text = (title.format(p=place, y=y) + "\n各县（市、区）人民政府：\n现将方案印发给你们，请认真贯彻执行。\n"
            + _numbered(sents, v))
    yield "notice-named-plan", text, False, tuple((k, year_end(y)) for k in keys)

    # 20. a campaign the opening sentence sets, after a purpose clause and the subject, with
    # manner clauses before 开展 (为…，X从4月至6月，按照…原则，集中…开展为期100天的攻坚战)
    purpose = ("为进一步落实中央生态环境保护督察反馈问题整改要求，", "为深入打好污染防治攻坚战，",
               "为切实解决群众反映强烈的突出环境问题，")[v]
    span = ("从4月至9月", f"自{y}年4月起至9月底", f"从{y}年4月1日至9月30日")[v]
    wantc = (month_end(y, 9, 30), month_end(y, 9, 30), (f"{y}-09-30", "day"))[v]
    noun = ("督察整改攻坚战", "百日攻坚行动", "环境问题集中整治专项行动")[v]
    text = (purpose + f"{place}{span}，按照“统筹兼顾、突出重点”的原则，集中时间、集中力量在{place}范围内"
            f"开展为期100天的{noun}。\n一、工作任务\n" + _numbered(sents, v))
    if v == 0:
        # (a bare month takes the document's year: known only with the document's date)
        yield "campaign-opening", text, True, tuple((k, wantc) for k in keys)
    else:
        yield "campaign-opening", text, False, tuple((k, wantc) for k in keys)


    # 21. an annual plan's parts of the year as headings (（一）上半年重点工作 / 一季度)
    h1 = ("（一）上半年重点工作", "（一）{y}年上半年", "（一）第一季度工作任务")[v]
    h2 = ("（二）下半年重点工作", "（二）{y}年下半年", "（二）第四季度工作任务")[v]
    w1 = ((f"{y}-06-30", "quarter"), (f"{y}-06-30", "quarter"), (f"{y}-03-31", "quarter"))[v]
    w2 = (f"{y}-12-31", "quarter")
    text = (f"{place}{y}年城市管理工作计划\n二、工作安排\n" + h1.format(y=y) + "\n" + sents[0] + "。"
            + sents[1] + "。\n" + h2.format(y=y) + "\n" + sents[2] + "。")
    yield "half-year-headings", text, False, ((keys[0], w1), (keys[1], w1), (keys[2], w2))

    # 22. a table under a line that names its year (2025年重点任务 / 2025年度民生实事)
    line = ("{y}年重点工作任务", "{y}年度民生实事项目", "附件：{p}{y}年重点项目清单")[v]
    head = ("序号\t工作任务\t责任单位", "序号\t项目名称\t建设内容\t责任单位", "序号\t任务\t牵头单位\t配合单位")[v]
    rows = []
    for i, t in enumerate(sents, 1):
        if v == 1:
            rows.append(f"{i}\t项目{i}\t{t}\t市住房城乡建设局")
        elif v == 2:
            rows.append(f"{i}\t{t}\t市住房城乡建设局\t市财政局")
        else:
            rows.append(f"{i}\t{t}\t市住房城乡建设局")
    text = line.format(y=y, p=place) + "\n" + head + "\n" + "\n".join(rows)
    yield "table-under-year-line", text, False, tuple((k, year_end(y)) for k in keys)


    # 23. a work report's 今年 sections dated by its byline (no date given: the text's own)
    byline = ("——{y}年1月15日在{p}第十届人民代表大会第三次会议上", "（{y}年1月15日）",
              "{y}年1月15日在{p}第十六届人民代表大会第四次会议上")[v]
    text = ("政府工作报告\n" + byline.format(y=y, p=place[1] + "州") + "\n" + place[1] + "州州长　张某某\n"
            "一、过去一年工作回顾\n过去一年，全州经济运行稳中向好。\n二、今年工作安排\n"
            + "".join(f"{s}。" for s in sents))
    yield "report-byline", text, False, tuple((k, year_end(y)) for k in keys)

    # 24. a title below a web page's furniture, its year in full-width or Chinese digits
    yw = (str(y).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
          "".join("〇一二三四五六七八九"[int(c)] for c in str(y)), str(y))[v]
    text = (f"首页 > 政务公开 > 规划计划\n{place}人民政府门户网站\n{place}{yw}年生态环境保护工作要点\n"
            "发布时间：见原文\n一、重点任务\n" + _numbered(sents, v))
    yield "title-furniture", text, False, tuple((k, year_end(y)) for k in keys)

    # 25. a three-year plan whose period stands on the line under its title
    sub = ("（{a}—{b}年）", "（{a}年—{b}年）", "{a}-{b}年")[v]
    text = (f"{place}数字经济高质量发展三年行动方案\n" + sub.format(a=y, b=y + 2)
            + "\n一、重点任务\n" + _numbered(sents, v))
    yield "three-year-subtitle", text, False, tuple((k, year_end(y + 2)) for k in keys)

    # 26. a section heading naming a year over a task table without a time column
    head = ("（一）{y}年目标任务", "一、{y}年重点任务", "（二）{y}年度工作任务")[v]
    rows = [f"{i}\t{t}\t市住房城乡建设局" for i, t in enumerate(sents, 1)]
    text = (f"{place}城市更新行动实施方案\n" + head.format(y=y + 1) + "\n序号\t任务\t责任单位\n"
            + "\n".join(rows))
    yield "heading-over-table", text, False, tuple((k, year_end(y + 1)) for k in keys)

    # 27. year-by-year tasks as table rows (年度 | 任务)
    head = ("年度\t目标任务\t责任单位", "年份\t重点任务\t牵头单位", "时间\t工作任务\t责任部门")[v]
    rows = [f"{y + i}年\t{t}\t市住房城乡建设局" for i, t in enumerate(sents)]
    text = f"{place}城乡供水一体化分年度任务表\n" + head + "\n" + "\n".join(rows)
    yield "year-rows", text, False, tuple((k, year_end(y + i)) for i, k in enumerate(keys))


    # 28. a rectification list whose opening sets one deadline for all its items
    pre = ("确保{y}年12月底前全部整改到位。\n二、整改措施", "以上问题须于{y}年底前整改完成，主要措施：",
           "整改工作于{y}年9月30日前全面完成，督察反馈问题全部销号。\n二、主要措施")[v]
    wantr = (month_end(y, 12, 31), year_end(y), (f"{y}-09-30", "day"))[v]
    text = (f"{place}关于省生态环境保护督察反馈问题的整改方案\n一、整改目标\n" + pre.format(y=y)
            + "\n" + _numbered(sents, v))
    yield "rectification-opening", text, False, tuple((k, wantr) for k in keys)

    # 29. a progress table under a cut-off line: the tasks are the year's
    cut = ("截至{y}年9月底，各项目进展情况如下：", "{y}年重点民生实事项目推进情况（截至10月底）",
           "截至{y}年6月30日，项目推进情况如下表：")[v]
    head = ("序号\t项目\t年度目标任务\t完成情况", "序号\t项目\t年度任务\t进展情况",
            "序号\t项目\t全年目标\t已完成")[v]
    rows = [f"{i}\t项目{i}\t{t}\t已完成{40 + 10 * i}%" for i, t in enumerate(sents, 1)]
    text = f"{place}民生实事项目进展通报\n" + cut.format(y=y) + "\n" + head + "\n" + "\n".join(rows)
    yield "progress-cutoff-line", text, False, tuple((k, year_end(y)) for k in keys)

    # 30. a plan's goal paragraph with a year-end horizon, then its tasks
    goal = ("到{b}年底，{p}基本形成绿色低碳循环发展体系。", "力争到{b}年，{p}生态环境质量明显改善。",
            "到{b}年末，{p}城乡人居环境显著提升。")[v]
    text = (f"{place}生态环境治理实施方案\n一、工作目标\n" + goal.format(b=y + 2, p=place)
            + "\n二、重点任务\n" + _numbered(sents, v))
    yield "plan-goal-then-tasks", text, False, tuple((k, year_end(y + 2)) for k in keys)


    # 31. a notice on a year's work (关于做好2025年度…工作的通知): its tasks are that year's
    title = ("关于做好{y}年度城乡环境整治工作的通知", "关于抓好{y}年农村人居环境整治工作的通知",
             "关于开展{y}年度城市更新工作的通知")[v]
    text = (title.format(y=y) + "\n各县（市、区）人民政府，市直各部门：\n一、工作任务\n" + _numbered(sents, v))
    yield "year-work-notice", text, False, tuple((k, year_end(y)) for k in keys)

    # 32. a plan's goals opened by a frame before the horizon (力争通过三年努力，到2027年，…)
    goal = ("一、主要目标\n力争通过三年努力，到{b}年，{p}城市功能明显提升。",
            "一、工作目标\n经过三年努力，到{b}年，{p}人居环境显著改善。",
            "一、总体目标\n用三年时间，到{b}年底，{p}基本建成宜居城市。")[v]
    text = (f"{place}人民政府关于实施城市更新行动的意见\n" + goal.format(b=y + 3, p=place)
            + "\n二、重点任务\n" + _numbered(sents, v))
    yield "goal-frame-horizon", text, False, tuple((k, year_end(y + 3)) for k in keys)

    # 33. a rectification goal whose verb stands before 全部 (…前完成全部整改任务)
    goal = ("整改目标：{y}年11月底前完成全部整改任务。\n具体措施：", "整改目标：{y}年底前完成所有问题整改并销号。\n整改措施：",
            "整改时限：{y}年11月30日前办结全部问题。\n整改措施：")[v]
    wantr = (month_end(y, 11, 30), year_end(y), (f"{y}-11-30", "day"))[v]
    text = f"{place}督察反馈问题整改落实方案\n" + goal.format(y=y) + "\n" + _numbered(sents, v)
    yield "rectification-verb-first", text, False, tuple((k, wantr) for k in keys)


    # 34. a plan's horizon right under its general requirements or its goals and tasks
    goal = ("一、总体要求\n到{b}年，{p}城市功能明显提升，人居环境显著改善。",
            "一、总体要求\n（一）指导思想\n坚持以人民为中心的发展思想。\n（二）主要目标\n到{b}年，{p}人居环境显著改善。",
            "一、目标任务\n到{b}年底，{p}基本建成宜居城市。")[v]
    text = (f"{place}人民政府关于推进城市更新的实施意见\n" + goal.format(b=y + 3, p=place)
            + "\n二、重点任务\n" + _numbered(sents, v))
    yield "goal-under-requirements", text, False, tuple((k, year_end(y + 3)) for k in keys)


YEARS = (2024, 2025)


def cases() -> Iterator[Case]:
    for year in YEARS:
        for place in PLACES:
            for v in range(3):
                for name, text, needs_date, items in _structures(year, place, v):
                    for script in ("s", "t"):
                        body = text if script == "s" else s2t().convert(text)
                        its = items if script == "s" else tuple(
                            (s2t().convert(k), w) for k, w in items)
                        for dated in (True, False):
                            doc = date(year, 2, 20) if dated else None
                            want = its if (dated or not needs_date) else tuple((k, None) for k, _ in its)
                            yield Case(f"{name}/{year}/{place}/v{v}/{script}/{'d' if dated else 'n'}",
                                       body, doc, want)
