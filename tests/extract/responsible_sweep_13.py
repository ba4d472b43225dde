"""A sweep of the openings and sections that tell who answers for a document's targets
(issue 11, branch resp13), written from the grammar of each genre, not from one document.

The convention (docs/commitments.md; tests/corpus/README.md R4): a clause that names no
body is the issuer's, spelled as the document writes it; a notice's 责任单位 section names
the bodies for every target of the notice. Structures:

- deputy-with-head-post: a news item on a congress or meeting whose speaker holds a deputy
  post of the level above and the head post of his own division (湖南省副省长、长沙市市长X
  出席…): the division the head post names;
- congress-news-report: a news item on a congress session (X区二届人大二次会议开幕 / 深圳市
  X区第七届人民代表大会第二次会议…闭幕) that sums up the government's report by its level
  (区政府工作报告回顾了… / 会议听取了区政府工作报告): the government of the congress's
  place, even under a headline naming the city above;
- prefecture-as-written: a report delivered for a government the document names in its
  usual form (果洛州人民政府州长X代表果洛州人民政府作工作报告) while the congress is named in
  full (果洛藏族自治州第十五届人民代表大会): the government as the document names it;
- sector-meeting-dated: a sector's meeting of the whole division held, its year or date
  between the verb and its name (X市召开2024年度全市生态环境保护工作会议) and its head
  reporting (X市生态环境局党组书记、局长Y报告了…): that department;
- responsibility-section: a notice's 责任单位 section whose value states roles on the line
  below (二、责任单位\\nA牵头，B、C配合。): those bodies for the notice's targets;
- released-by-body: a news item opening with a body's release (央视网消息：农业农村部发布，… /
  X通报：), its targets in the paragraphs after: that body;
- fronted-topic: a topic or basis fronted before the body that acts (对重点问题整改落实情况，
  省整改办将… / 针对督察反馈的问题，X要… / 围绕…目标，X将…), in a document another body
  issued: the body after the topic;
- row-alone: a task table's row standing alone, without its header (完成…\\t市生态环境局 /
  3\\t完成…\\t县水利局 / 市生态环境局\\t完成…): its body cell, as within a headerless table.

``cases()`` yields each structure over places and bodies of several levels, in Simplified and
Traditional script (also with inline pinyin) and with full-width digits; ``main`` prints the pass counts by structure.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.extract.issuer_sweep import in_scripts, tally, NATIONAL, NATIONAL_NEEDLES, Case, targets

# (province, its short name, city, its level's scope word, county or district under it)
CHAINS = (
    ("湖南省", "湖南", "长沙市", "岳麓区"),
    ("江西省", "江西", "九江市", "修水县"),
    ("广东省", "广东", "深圳市", "坪山区"),
    ("河南省", "河南", "郑州市", "中牟县"),
    ("吉林省", "吉林", "四平市", "梨树县"),
)
SCOPE = {"省": "全省", "市": "全市", "县": "全县", "区": "全区"}
NUMS = (("十六", "四"), ("二", "二"), ("第七", "第二"), ("十五", "三"))


def _structures() -> Iterator[Case]:
    # A. a deputy of the level above who heads his own division
    for prov, short, city, county in CHAINS:
        lvl = county[-1]
        frames = (
            ("{city}十六届人大四次会议开幕\n今天上午，{city}十六届人大四次会议开幕。{prov}委常委、{city}委书记张某，"
             "{prov}副省长、{city}市长王某某出席，{city}人大常委会主任李某主持会议。会上，王某某作市人民政府工作报告。\n",
             city + "人民政府", "全市"),
            ("{city}召开生态环境保护大会\n3月5日，{prov}副省长、{city}市长王某某出席会议并讲话。会议强调，",
             city + "人民政府", "全市"),
            ("{county}召开乡村振兴推进会\n3月5日，{city}副市长、{county}{lvl}长王某某出席会议并讲话。会议强调，",
             county + "人民政府", SCOPE[lvl]),
            ("{city}召开经济工作会议\n3月5日，{short}省副省长、{city}市长王某某主持会议并讲话。",
             city + "人民政府", "全市"),
        )
        for frame, want, scope in frames:
            yield Case("deputy-with-head-post", frame.format(prov=prov, short=short, city=city, county=county,
                                                             lvl=lvl) + targets(scope) + "\n", frozenset({want}))
    # B. a congress's news summing up the report of its place's government by level
    for i, (_prov, _short, city, county) in enumerate(CHAINS):
        lvl = county[-1]
        a, b = NUMS[i % len(NUMS)]
        frames = (
            f"{city[:-1]}{a}届人大{b}次会议开幕 部署2025年政府工作\n来源：某某日报\n3月5日，{county}{a}届人大{b}次会议开幕。"
            f"{lvl}政府工作报告回顾了2024年工作，对2025年政府工作进行部署安排。报告提出，",
            f"{city}{county}{a}届人大{b}次会议闭幕\n3月5日，{city}{county}第{a.lstrip('第')}届人民代表大会第{b.lstrip('第')}次会议胜利闭幕。"
            f"会议表决通过{lvl}人民政府工作报告等6项决议。报告提出，",
            f"{county}{a}届人大{b}次会议开幕\n3月5日上午，{county}{a}届人大{b}次会议开幕，会议听取了{lvl}政府工作报告。报告明确，",
            # the ranks within the city above (全市第三) make no city's report of it
            f"{city[:-1]}{a}届人大{b}次会议开幕 部署2025年政府工作\n2025-03-06 08:24:49 来源: 某某日报\n3月5日,{county}{a}届人大{b}次"
            f"会议开幕。{lvl}政府工作报告回顾了2024年工作,对2025年政府工作进行部署安排。\n报告指出,{county}地区生产总值增长6%,"
            f"增速排名全市第三;社会消费品零售总额增长5%,增速排名全市第二。\n",
            f"{city}{a}届人大{b}次会议开幕\n今天上午，{city}{a}届人大{b}次会议开幕。会上，市长张某某作市人民政府工作报告。"
            f"报告提出，{county}等区县市要加快发展。\n",
        )
        for k, frame in enumerate(frames):
            scope, want = (("全市", city + "人民政府") if k == len(frames) - 1
                           else (SCOPE[lvl], county + "人民政府"))
            yield Case("congress-news-report", frame + targets(scope) + "\n", frozenset({want}))
    # C. a prefecture named in full for its congress, its government by its usual name
    for full, usual in (("果洛藏族自治州", "果洛州"), ("甘孜藏族自治州", "甘孜州"),
                        ("延边朝鲜族自治州", "延边州"), ("湘西土家族苗族自治州", "湘西州"),
                        ("黔南布依族苗族自治州", "黔南州")):
        for frame in (
                "央广网{s}2月26日消息 2月26日，{f}第十五届人民代表大会第四次会议开幕。{u}人民政府州长张某某代表{u}人民政府作工作报告。\n报告提出，",
                "{f}第十五届人民代表大会第四次会议开幕\n2月26日，{u}人民政府州长张某某代表{u}人民政府向大会作政府工作报告。报告提出，"):
            yield Case("prefecture-as-written", frame.format(f=full, u=usual, s=usual[:-1]) + targets("全州") + "\n",
                       frozenset({usual + "人民政府"}))
    # D. a sector's meeting, dated, its department's head reporting
    for _prov, _short, city, _county in CHAINS:
        for sector, dept in (("生态环境", "生态环境局"), ("水利", "水利局"), ("自然资源", "自然资源局")):
            for frame in (
                    "3月4日，{c}召开2024年度全市{s}保护工作会议。{c}{d}党组书记、局长张某某报告了2023年工作情况，部署了2024年工作。\n会议指出，",
                    "{c}召开2024年全市{s}工作会议\n3月4日，{c}召开2024年全市{s}工作会议，{c}{d}局长张某某作工作报告。会议要求，",
                    "近日，{c}召开2024年全市{s}工作会议。会议总结了2023年工作，部署了2024年重点任务。\n"):
                yield Case("sector-meeting-dated", frame.format(c=city, s=sector, d=dept) + targets("全市") + "\n",
                           frozenset({city + dept}))
    # E. a notice's 责任单位 section, its value stating roles on the line below
    for _prov, _short, city, _county in CHAINS:
        lead, sup1, sup2 = (f"{city}生态环境局", f"{city}住房和城乡建设局", f"{city}水务局")
        for frame in (
                "中央生态环境保护督察整改公示\n一、整改事项\n部分污水处理厂超标排放问题突出。\n二、责任单位\n{a}牵头，{b}、{c}配合。\n"
                "三、整改目标\n{t}\n四、整改时限\n2025年12月底前。\n",
                "督察整改情况公示\n一、责任单位\n由{a}牵头，{b}、{c}参与。\n二、整改目标\n{t}\n",
                "整改公示\n（一）整改事项\n黑臭水体治理滞后。\n（二）责任单位\n{a}负责，{b}、{c}配合\n（三）整改目标\n{t}\n"):
            yield Case("responsibility-section", frame.format(a=lead, b=sup1, c=sup2, t=targets("全市")),
                       frozenset({lead, sup1, sup2}))
    # F. a body whose release a news item opens with (X发布， / X通报： / X消息：)
    for body, scope in (("农业农村部", None), ("生态环境部", None), ("国家统计局", None),
                        ("江西省生态环境厅", "全省"), ("九江市水利局", "全市"), ("修水县住房和城乡建设局", "全县")):
        for frame in ("央视网消息：{b}发布，今年以来，", "新华社北京3月5日电 {b}5日发布，",
                      "{b}通报：", "本报讯 {b}消息：", "今年任务将如期完成\n央视网消息:{b}发布,今年以来,各项工作稳步推进。\n",
                      "人民网北京3月5日电 {b}近日发布，今年以来各项工作稳步推进。\n有关负责人介绍，"):
            yield Case("released-by-body", frame.format(b=body) + (targets(scope) if scope else NATIONAL) + "\n",
                       frozenset({body}), ("优良天数", "60个行政村") if scope else NATIONAL_NEEDLES)
    # G. a topic fronted before the body that acts (对…情况，X将… / 针对…问题，X要…)
    for prov, _short, city, county in CHAINS:
        for body in (f"{city}生态环境局", "省整改办", f"{county}人民政府", "市河长办"):
            for topic in ("对重点问题整改落实情况", "针对督察反馈的问题", "对于排查发现的隐患",
                          "围绕空气质量改善目标", "对照整改方案"):
                for tail, needle in (("将确保空气质量优良天数比例达到85%以上。", "优良天数"),
                                     ("将及时调度、通报进展，并向社会公开。", "通报进展"),
                                     ("要加快推进整改，确保2025年底前完成60个行政村生活污水治理。", "60个行政村")):
                    yield Case("fronted-topic", f"{prov}人民政府办公厅关于印发整改方案的通知\n{topic}，{body}"
                               f"{tail}\n", frozenset({body}), (needle,))

    # H. a row standing alone, copied from a task table without its header: its body cell
    for lead, sup in (("市生态环境局", "市住房和城乡建设局"), ("县水利局", "县农业农村局"),
                      ("区城市管理局", "区财政局"), ("省自然资源厅", "省林业局")):
        for task, needle in (("完成60个行政村生活污水治理", "60个行政村"), ("空气质量优良天数比例达到85%以上", "优良天数"),
                             ("新建污水管网120公里", "120公里")):
            for row, want in ((f"{task}\t{lead}", {lead}), (f"{task}\t{lead}\t{sup}", {lead}),
                              (f"3\t{task}\t{lead}\n", {lead}), (f"{lead}\t{task}\n", {lead}),
                              (f"{task}\t{lead}、{sup}", {lead, sup})):
                yield Case("row-alone", row, frozenset(want), (needle,))


# inline pinyin as Traditional reposts print it after some characters (區(qū), 發(fā), 縣(xiàn))
_PINYIN = {"區": "qū", "鄉": "xiāng", "鎮": "zhèn", "達": "dá", "規": "guī", "務": "wù", "設": "shè",
           "發": "fā", "關": "guān", "農": "nóng", "實": "shí", "現": "xiàn", "報": "bào", "縣": "xiàn",
           "會": "huì", "責": "zé", "時": "shí", "據": "jù", "導": "dǎo", "與": "yǔ", "項": "xiàng"}


def _with_pinyin(text: str) -> str:
    return "".join(f"{ch}({_PINYIN[ch]})" if ch in _PINYIN else ch for ch in text)


def cases() -> Iterator[Case]:
    """Every structure as written, in Traditional script (also with the inline pinyin of
    reposts) and with full-width digits."""
    return in_scripts(_structures(), _with_pinyin)


if __name__ == "__main__":
    tally(cases())
