"""A sweep of who answers for a clause where a document names its own division only in passing,
or a clause names a body that does not act (issue 11, branch resp13b), written from the
grammar of each genre, not from one document.

The convention (docs/commitments.md: "the bodies as written; the issuer when none is named";
tests/corpus/README.md R4). Structures:

- own-place-formula: a county's, district's or county-level city's report or plan that cites
  the committees above it (认真落实郑州市委…精神 / 深入贯彻…对河南及郑州工作的重要论述) and
  names itself only in the closing words of its general requirements (开创中国式现代化建设X实践
  新局面 / 奋力谱写中国式现代化X新篇章 / 为…贡献X力量): the government of that division, not
  of the city above;
- formula-names-above: a city's report whose closing words name its province (奋力谱写中国式
  现代化河南篇章 / 为全国大局贡献河南力量): still the city's government, never a division above;
- guided-by: a clause opening with a frame that names the body guiding, leading or backing
  the one acting (在市水利局统筹规划指导下，编制… / 在县委、县政府的坚强领导下，县住建局将… /
  在省生态环境厅的大力支持下完成…): the body acting after the frame, else the issuer, never the
  body in the frame;
- served-after-wei: a clause whose phrase opens with 为 and the body served (为全市各类用人单位
  及灵活就业人员减负… / 为各乡镇卫生院配备…), the item's bodies in a note after it ((市医疗保障局) /
  （责任单位：市人社局）) or none: the note's bodies, else the issuer, never the body served;
- local-outlet: a news item whose only place is the local outlet that posted it (宁海新闻网 /
  宁海新闻网讯 / 黄梅发布 / 余姚日报), speaking at that division's level (县十八届人大五次会议 /
  全县 / 市委): the government of that division (a government the text names stays as
  written).

``cases()`` yields each structure over several chains of places, in Simplified and Traditional
script (also with inline pinyin) and with full-width digits; ``main`` prints the pass counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.extract.issuer_sweep import in_scripts, tally, Case
from tests.extract.responsible_sweep_13 import _with_pinyin

# (province's short name, city above, its short name, the division, its short name)
CHAINS = (
    ("河南", "郑州市", "郑州", "荥阳市", "荥阳"),
    ("河北", "石家庄市", "石家庄", "正定县", "正定"),
    ("江苏", "盐城市", "盐城", "大丰区", "大丰"),
    ("湖北", "黄冈市", "黄冈", "黄梅县", "黄梅"),
    ("河南", "新乡市", "新乡", "封丘县", "封丘"),
    ("福建", "宁德市", "宁德", "柘荣县", "柘荣"),
    ("浙江", "宁波市", "宁波", "宁海县", "宁海"),
)
# the closing words naming the division ({x}: its short name)
FORMULAS = (
    "开创中国式现代化建设{x}实践新局面",
    "奋力谱写中国式现代化{x}新篇章",
    "加快建设中国式现代化{x}样板",
    "为全省大局贡献更多{x}力量",
    "在中国式现代化建设中贡献{x}力量",
)
# what comes before: the year's general requirements citing the committees above
OPENINGS = (
    "二、2025年工作总体要求和主要目标\n做好今年政府工作，要坚持以习近平新时代中国特色社会主义思想为指导，"
    "深入贯彻习近平总书记对{p}及{cs}工作的重要论述，认真落实{c}委十二届七次全会精神，按照{lvl}委六届八次全会部署，"
    "{f}。\n",
    "2025年工作思路\n今年工作的总体要求是：全面贯彻落实{c}委经济工作会议精神，锚定目标任务，{f}。\n",
    "三、今年工作安排\n今年是“十四五”规划收官之年。我们将深入学习贯彻{c}委全会部署，坚持稳中求进，{f}。\n",
)


def _targets() -> str:
    # (no scope word: 全县 alone would tell the level, and the short name with it)
    return ("主要预期目标是：地区生产总值增长6%左右，"
            "2025年6月底前完成60个行政村生活污水治理。")


def _structures() -> Iterator[Case]:
    for prov, city, cshort, div, short in CHAINS:
        lvl = div[-1]
        for opening in OPENINGS:
            for formula in FORMULAS:
                text = opening.format(p=prov, cs=cshort, c=city, lvl=lvl, f=formula.format(x=short)) \
                    + _targets() + "\n"
                yield Case("own-place-formula", text, frozenset({div + "人民政府"}),
                           ("地区生产总值", "60个行政村"))
    for prov, city, _cshort, _div, _short in CHAINS:
        for formula in FORMULAS:
            text = (f"{city}2025年工作要点\n今年全市工作的总体要求是：认真落实省委全会精神，"
                    f"{formula.format(x=prov)}。\n") + _targets() + "\n"
            yield Case("formula-names-above", text, frozenset({city + "人民政府"}),
                       ("地区生产总值", "60个行政村"))


# (the issuer's title, the issuer, the body acting)
ISSUERS = (
    ("修水县水利局2025年工作计划", "修水县水利局", "修水县农业农村局"),
    ("九江市生态环境局2025年工作要点", "九江市生态环境局", "九江市住房和城乡建设局"),
    ("濂溪区住房和城乡建设局2025年工作安排", "濂溪区住房和城乡建设局", "濂溪区城市管理局"),
)
GUIDES = ("市水利局", "省生态环境厅", "市委市政府", "县委、县政府", "上级主管部门")
FRAMES = (
    "在{g}统筹规划指导下，", "在{g}的坚强领导下，", "在{g}的大力支持下，", "在{g}指导下",
    "在{g}的统筹协调下，", "在{g}和专家团队的指导下，",
)
TASKS = "2025年6月底前完成60个行政村生活污水治理。"


def _guided() -> Iterator[Case]:
    for title, issuer, actor in ISSUERS:
        for guide in GUIDES:
            for frame in FRAMES:
                lead = frame.format(g=guide)
                yield Case("guided-by", f"{title}\n一、重点任务\n{lead}{TASKS}\n", frozenset({issuer}),
                           ("60个行政村",))
                sep = "" if lead.endswith("，") else "，"
                yield Case("guided-by", f"{title}\n一、重点任务\n{lead}{sep}{actor}将{TASKS}\n",
                           frozenset({actor}), ("60个行政村",))


SERVED = ("全市各类用人单位及灵活就业人员", "企业", "全县中小学校", "各乡镇卫生院", "辖区内重点企业",
          "全区各类市场主体")
SERVICES = ("减负约39.13亿元", "配备60个行政村急救设备", "新增60个行政村服务点")
NOTES = (("(市医疗保障局)", "市医疗保障局"), ("（责任单位：市人社局）", "市人社局"),
         ("（市财政局牵头，市税务局配合）", "市财政局"), ("", "九江市人民政府办公室"))


def _served() -> Iterator[Case]:
    head = "九江市人民政府办公室关于印发2025年为民办实事实施方案的通知\n二、主要任务\n（一）提高民生保障标准\n"
    for served in SERVED:
        for service in SERVICES:
            for note, want in NOTES:
                item = f"2.阶段性减征职工基本医疗保险费。将参保单位缴费费率由7%降至6%，为{served}{service}。{note}\n"
                yield Case("served-after-wei", head + item, frozenset({want}), ("60个行政村",)
                           if "60个" in service else ("39.13亿元",))


# (outlet, the division's government, its level word)
OUTLETS = (("宁海新闻网", "宁海县人民政府", "县"), ("黄梅发布", "黄梅县人民政府", "县"),
           ("余姚日报", "余姚市人民政府", "市"), ("修水县融媒体中心", "修水县人民政府", "县"),
           ("九江日报", "九江市人民政府", "市"))
OUTLET_FRAMES = (
    "人大代表票决确定2025年10项民生实事项目\nwww.example.com.cn {o} 2025年01月23日 13:18:29\n"
    "{o}讯(记者张某) 1月22日,记者从{l}十八届人大五次会议第二次全体会议上获悉,2025年民生实事项目名单正式出炉。"
    "2025年6月底前完成60个行政村生活污水治理。\n",
    "民生实事项目公布\n来源：{o}\n1月5日，记者从{l}政府获悉，"
    "2025年6月底前完成60个行政村生活污水治理。\n",
    "全{l}民生实事项目出炉\n{o}讯 近日，全{l}2025年民生实事项目确定。2025年6月底前完成60个行政村生活污水治理。\n",
)


def _outlets() -> Iterator[Case]:
    for outlet, government, level in OUTLETS:
        for frame in OUTLET_FRAMES:
            # (a government the text names, 记者从县政府获悉, stays as written: R4)
            want = {government, level + "政府"} if "从{l}政府" in frame else {government}
            yield Case("local-outlet", frame.format(o=outlet, l=level), frozenset(want), ("60个行政村",))


def cases() -> Iterator[Case]:
    """Every structure as written, in Traditional script (also with the inline pinyin of
    reposts) and with full-width digits."""
    return in_scripts((*_structures(), *_guided(), *_served(), *_outlets()), _with_pinyin)


if __name__ == "__main__":
    tally(cases(), by_form=True)
