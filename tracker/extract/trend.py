"""Targets without a number: a direction to move a measured quantity, or a line to hold.

The quantity parser (targets.py) needs a number or an end-state word. Policy prose also
binds without numbers — 努力提升优良水体比例 (increase), 降低单位GDP能耗 (decrease),
严守耕地保护红线 (the quantity may not fall below the line: >=), 严守城镇开发边界
(may not exceed it: <=), 实行秸秆全域禁烧 (zero), 水质稳定达到Ⅲ类 (class 3; 达到或优于
→ <=). Only measurable things count: the object must end in a measure word (比例, 率,
质量, 浓度, 面积 …), a line, a water class or a ban.
"""

from __future__ import annotations

import re

from tracker.domain import Comparator, Target
from tracker.extract.classify import strip_leading
from tracker.extract.screen import needing, needs, screened
from tracker.extract.targets import DEALT_WITH_VERBS

_MEASURE = r"(?:比例|比重|占比|[^效]率|质量|效能|能效|指数|浓度|面积|总量|增量|储量|蓄积量|覆盖率|达标率|强度|(?:满意|知晓|覆盖|清洁)度)"
# (a subject and adverbs may stand before the verb: 全市尽最大努力巩固改善空气质量)
# (and a degree before the verb: 大幅减少主要大气污染物排放总量 / 较大幅度地减少…)
_ADVERBS = (r"(?:[^，,、；;]{0,10}?(?:尽最大努力|努力|持续|进一步|不断|巩固|着力|切实|稳步|逐步|逐年|全力|继续|力争|"
            r"大幅度?地?|较大幅度地?))?")
_RISE = re.compile(rf"^{_ADVERBS}(?:提升|提高|改善|增加|扩大|增强)(?P<metric>.{{1,20}}?{_MEASURE})$")
# The quantity first, the direction after: 推动环境空气质量持续向好 / 生态环境质量稳步提升.
# (高考本科上线率逐年提升 / 回收利用率年年提高: a direction held year by year, a change)
_YEARLY = r"逐年|年年|每年|逐步|稳步"
_RISE_AFTER = re.compile(
    rf"^(?:推动|促进|确保|实现|力争|努力|保持)?(?P<metric>[^，,、]{{2,20}}?(?:{_MEASURE}|天数|数量|排放量|用量|消耗量|能耗))"
    rf"(?:持续|{_YEARLY}|稳定|显著|明显|不断|进一步|全面|总体|大幅度?|较大幅度)*"
    r"(?:改善|提升|提高|向好|好转|增加|增长|跃升|上升)$")
_FALL = needing(rf"^{_ADVERBS}(?:降低|减少|下降|压减|削减|压降)(?P<metric>.{{1,20}}?{_MEASURE})$")
_LINE = re.compile(r"^(?:严守|守住|坚守|守牢)(?P<metric>.{1,14}?)(?P<line>红线|底线|上限|边界|总量)$")
_BAN = needing(r"^(?:实行|实施|落实|推行|执行)?(?P<metric>[^，,、]{0,10}?)(?:全域|全面|全年)?禁(?:烧|渔|捕|采|牧|放|塑)$"
                  # 全面禁止围填海 / 全域禁止燃放烟花爆竹: an act banned in full, none of it
                  r"|^(?:除[^，,；;]{1,20}?外[，,]\s*)?(?:[^，,；;]{0,12}?)(?:全面|全域|一律|全年|全时段)(?:禁止|严禁)"
                  r"(?P<m2>[^，,；;、]{2,20})$")


# A quota set from above: 排放总量控制在国家下达指标以内 (<=), 完成省下达的目标任务 (full).
# (…排放下降确保完成国家下达的目标任务: the fall is the target; 完成国家下达的…比率控制目标:
# a ceiling; 能耗完成“十四五”考核目标: a quota assessed from above, done in full)
# (a list of measures may stand before the verb: 各项环境质量指标、主要污染物减排指标、单位GDP
# 二氧化碳排放下降比例全部达到省定目标要求; the lists run longer than one measure's name)
_MAX_LISTED = 64
_QUOTA = needing(
    rf"^(?P<metric>[^，,]{{2,{_MAX_LISTED}}}?)(?P<fall>下降|降低|减少)?(?:均|全部|全面|圆满|如期|按期|确保)*"
    r"(?P<verb>控制在|不超过|不突破|不低于|不少于|低于|完成|达到)"
    r"(?:(?:国家|省|市|县|区|上级|自治区)?(?:级|政府)?(?:下达|确定|分解|规定|(?<=[省市县区])定)的?"
    r"|(?=[^，,；;]{0,14}?考核(?:目标|指标)))"
    r"(?P<what>[^，,；;]{0,20}?)(?:年度)?(?P<ceiling>约束性|控制性|控制|考核)?(?:目标任务|目标|指标|任务)"
    r"(?P<within>以内|以下|之内|范围内)?$")
_SCOPE = re.compile(r"各[省市县区][^，,；;]{0,8}|各地|全[省市县区]|我[省市县区]")
_VERB_START = re.compile(r"^(?:提升|提高|改善|增加|扩大|增强|降低|减少|防控|防范|加强|强化|推进|推动)")
_NOT_METRIC = frozenset({"圆满", "全面", "全部", "如期", "按期", "确保", "努力", "坚决", "各地"})
_CUE = screened(r"同步|提[升高]|改善|考核目标|增[加强长]|扩大|降低|减少|下降|压[减降]|削减|[严坚]?守|禁|类|下达|[省市县区]定|向好|好转|"
                  r"跃升|上升|[高低快慢]于|跑赢")
_CUE_QUICK = needs(_CUE)  # (a quick test before the screened scan of _CUE)
# Water quality classes: 水质稳定达到Ⅲ类 (= 3), 达到或优于Ⅲ类 / Ⅲ类及以上 (class number <= 3).
_CLASSES = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5,
            "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
# (保持在Ⅲ类以上: 以上 read as the definition's words read it, a floor >= 3; the standard may
# be named before the class: 稳定保持在地表水Ⅲ类 / 达到国家地表水环境质量标准Ⅱ类)
_CLASS = re.compile(
    r"(?P<metric>[^，,、]{1,16}?)(?:稳定|持续|全部|基本|均|总体)?(?P<verb>达到或优于|达到或好于|优于|好于|达到|保持|稳定)"
    r"(?:在|于)?(?:国家)?(?:地表水|地下水|海水|近岸海域)?(?:环境质量标准)?"
    r"(?P<cls>III|II|IV|I|V|[ⅠⅡⅢⅣⅤ一二三四五])类(?P<better>及以上|以上|或以上|或更好)?")
_CLASS_CUE = needs(_CLASS)  # (类: a quick test before the scan above)


# An end state named without a number: 空气质量稳定达到国家二级标准 (>=), 碳排放达到峰值,
# 生态系统功能基本恢复 / 污染得到有效控制 / 发展方式基本形成 (full), 碳排放控制在合理区间
# (<=), 不发生重大环境污染事故 (zero), 总磷浓度持续下降 (decrease).
_STANDARD = needing(
    rf"^(?P<metric>[^，,；;]{{2,24}}?|[^，,；;]{{2,{_MAX_LISTED}}}?、[^，,；;]{{2,30}}?)(?:稳定|持续|全面|全部|均|基本|总体)?"
    r"(?P<verb>达到|符合|满足|优于|好于|不低于|不高于|不超过|(?<=全面)执行)"
    r"(?P<std>[^，,；;]{0,18}?(?:标准|要求|水平|峰值|优良))$")
_STANDARD_BOUND = {"不低于": Comparator.GE, "不高于": Comparator.LE, "不超过": Comparator.LE}
# Meeting the standard, said in one word: 空气质量稳定达标 / 细颗粒物浓度总体达标 (full).
_MET = needing(
    rf"^(?:保持|实现|确保|力争)?(?P<metric>[^，,；;]{{0,20}}?(?:{_MEASURE}|水质))"
    r"(?:总体|全面|稳定|基本|持续|全部|均)?达标$")
_SETTLED = needing(
    r"^(?P<metric>[^，,；;]{2,24}?)(?:基本|全面|初步|有效|根本|总体)?(?:得到)?(?:有效|根本|明显|全面)?"
    r"(?:控制|遏制|恢复|处理|解决|形成|建立|建成|实现|扭转|消除|好转|改观|提升|改善|普及)$"
    # a problem or risk dealt with, said with 得到 (环境风险得到有效管控 / 突出问题得到有效治理 /
    # 违法行为得到依法查处): without 得到 the words name a field (农村污水治理), not a state
    r"|^(?P<m2>[^，,；;]{2,40}?)得到(?:有效|妥善|全面|根本|依法|及时|彻底)?"
    r"(?:管控|治理|整治|处置|查处|整改)$")
# Marked progress named as the state to reach (乡村建设取得实质性进展 / 改革取得重大突破):
# under a bound still ahead it is what the plan sets.
# Built or formed in full, the verb first (基本建成具有世界影响力的国际大都市 / 全面形成…格局 /
# 将…事项全部纳入清单管理): the state is reached in full.
_BUILT = needing(r"^(?:基本|全面|初步)(?:建成|形成|实现)(?P<metric>[^，,；;]{2,30})$"
                    r"|^(?:将|把)?(?P<m2>[^，,；;]{2,30}?)(?:全部|全面|全数)(?:纳入|覆盖)[^，,；;]{0,12}$"
                    # 高速公路将覆盖所有城区人口10万以上的市县: every one of them reached
                    r"|^(?P<m3>[^，,；;]{2,20}?)(?:将|要|力争)?(?:实现|基本)?覆盖(?:所有|全部)[^，,；;]{2,30}$")
# Done in full, a subject or none before and what is done after the verb (基本完成退城搬迁 /
# 全部实现通光纤 / 全部脱贫): the state is reached in full
_IN_FULL = needing(r"^(?P<subj>[^，,；;“”\"《》]{0,24}?)(?:基本|全面|全部|全数)(?:完成|建成|形成|实现|脱贫|入院|普及|通(?!过))"
                      r"(?P<obj>[^，,；;“”\"《》]{0,30})$")
# Dealt with in full, 全部 before the verb (确保反馈问题全部解决到位 / 政府采购车辆全部执行国Ⅳ标准 /
# 移交的问责清单全部处理到位 / 存量项目全部纳入监管): a word of "all" (README R2) makes the act
# an end state reached in full, whatever verb of doing follows it; verbs of removal (关停,
# 拆除, 取缔) are left to the zero end states, a result already reached (已全部…) to the past.
_ALL_DONE = needing(
    r"^(?P<subj>[^，,；;“”\"《》]{0,30}?)(?<!已)(?:全部|全数)" + DEALT_WITH_VERBS
    + r"(?P<obj>[^，,；;“”\"《》]{0,30})$")
# Done by every one of a scope or in whole, as a word of "all" says (所有县基本建成…医共体 /
# 各项任务均完成省下达 / 实现各项改革举措固化标化 / 彻底解决…饮水问题): in full. Without such a
# word a plain 完成/建成 X is a deliverable (no comparator).
_EVERY_DONE = needing(
    r"^(?P<subj>[^，,；;《》]{0,30}?(?:所有|各项|一切)[^，,；;《》]{0,30}?)(?:基本|全面|全部|均|都)?"
    r"(?:完成|建成|实现|解决|落实到位|整改到位)(?P<obj>[^，,；;《》]{0,80})$"
    r"|^(?P<subj2>[^，,；;《》]{2,40}?)(?<![人平年日月户])(?:均|都|全都|一律)(?:将|要|能)?(?:基本)?"
    r"(?:完成|建成|实现|解决|落实到位|整改到位)(?P<obj2>[^，,；;《》]{0,60})$"
    r"|^(?:完成|实现|解决|落实)(?P<obj3>(?:各项|所有)[^，,；;《》]{2,60})$"
    r"|^(?P<subj4>[^，,；;《》]{0,20}?)彻底(?:解决|完成|整改|根治)(?P<obj4>[^，,；;《》]{2,80})$")


# a result reported (均已完成 / 已提前全部建成)
_DONE_ALREADY = re.compile(r"已经?[^，,；;]{0,4}?(?:完成|建成|实现|解决|落实|整改)")


# A capacity every unit of a scope is to have (所有重点城镇都将具备污水处理能力): in full
_EQUIPPED = needing(r"^(?P<metric>[^，,；;]{2,30}?)(?:都|均|全部|全面)?(?:将|要)?(?:全部|均|基本)?"
                       r"具备(?P<what>[^，,；;]{2,20}?(?:能力|条件))$")
_HEADWAY = re.compile(r"^(?P<metric>[^，,；;]{2,24}?)(?:取得|实现)(?:重大|实质性|明显|显著|决定性|突破性|"
                      r"重要|积极|长足|关键性)(?:进展|突破)$")
# Level with last year (固定资产投资与上年度持平): a change of 0 %, stated as a level
# A measure growing in step with another (居民收入与经济增长同步增长 / 地方一般公共预算收入、
# 居民收入增长和经济增长基本同步 / 农村居民收入与全省同步提高): it grows (increase), as fast
# (the growth named, after 同步 or before 与: 生态保护与经济发展同步 is no measure growing)
_IN_STEP = re.compile(
    r"^(?:实现|确保|力争|推动|保持)?(?P<metric>[^，,；;]{2,40}?)(?:与|和|同|跟)[^，,；;]{2,20}?"
    r"(?:基本|保持|实现|继续)?同步(?:增长|提高|提升|上升|增加)$"
    r"|^(?:实现|确保|力争|推动|保持)?(?P<m2>[^，,；;]{2,40}?)增长(?:与|和|同|跟)[^，,；;]{2,20}?"
    r"(?:基本|保持|实现|继续)?同步$")
_LEVEL_WITH = needing(r"^(?P<metric>[^，,；;]{2,24}?)(?:与|和|同|较)(?:上年度?|去年|上一年|上年同期)(?:基本)?持平$")
_SIGNED_GROWTH = needing(r"^(?P<metric>[^，,；;]{2,24}?)(?:实现|保持|力争|确保)?"
                            r"(?:(?P<sign>零|负|正)增长|(?P<sign2>只增不减|不减少|不降低|不下降|不减)"
                            r"|(?P<sign3>不增加|不增长|不上升|不扩大))$")
_RANGE_HOLD = needing(r"^(?P<metric>[^，,；;]{2,24}?)(?:控制|保持|稳定)在(?:合理|可控|安全)(?:区间|范围)(?:内)?$")
# Held within a bound named, not numbered (节能减排指标控制在省定目标内 / 用水总量控制在省下达
# 指标以内): a ceiling at that bound
_HELD_UNDER = needing(r"^(?P<metric>[^，,；;]{2,24}?)(?:确保|力争|严格|总体)?控制在(?P<ref>[^，,；;0-9０-９%％]{2,20}?)"
                         r"(?:以内|之内|范围内|内|以下)$")
# None of an event (确保不发生… / 杜绝… / 坚决防止出现整村整乡返贫现象 / 严防发生重特大事故):
# 防止/严防 with 出现/发生 guards against the event itself, zero of it (防止 before a noun,
# 防止水土流失, is a duty of prevention, not a count to hold at none)
_NO_EVENT = re.compile(r"^(?:确保|坚决)?(?:不发生|杜绝|避免|(?:防止|严防)(?:出现|发生))(?P<metric>[^，,；;]{2,30}?)$")
# A task set from above done in full: 完成省下达的年度减排目标任务 / 确保年度目标任务圆满完成.
_TASK_DONE = re.compile(
    r"(?:^|确保|全面|高质量|圆满|如期|按期|基本)(?:完成|实现|达成)(?P<metric>[^，,；;]{0,30}?)"
    r"(?:目标任务|目标|任务|指标|(?<=改造|建设|治理|整治)工程)$"
    r"|(?P<m2>[^，,；;]{0,20}?)(?:目标任务|目标|任务)[^，,；;]{0,6}?(?:圆满|顺利|全面|如期|按期)?完成$")
_TASK_DONE_CUE = needs(_TASK_DONE)  # (完 / 实 / 达)
# Rectification done in full, the clause ending on it (确保反馈问题按时完成整改 / 务必于10月底
# 以前整改到位 / 整治工作落实到位): all-or-nothing, the problems named before it
_RECTIFIED = re.compile(r"(?:完成(?:整改|销号)(?:工作|任务)?|整改(?:到位|完成|销号)|落实到位)$")
_NOT_DONE = re.compile(r"(?:未|没有|尚未|不|难以|无法)(?:按时|按期|如期|全部|全面)?(?:完成|整改|落实)")
_RECTIFIED_LEAD = re.compile(r"^(?:确保|务必|坚决|全力|力争|按时|按期|如期|及时|限期|尽快|彻底|全部|全面|均|"
                             r"对照问题清单|高质量)+|(?:确保|务必|坚决|按时|按期|如期|及时|限期|尽快|彻底|"
                             r"全部|全面|均|高质量|逐一)+$")


def rectified_in_full(clause: str) -> bool:
    """Whether *clause* ends on rectification done in full (按时完成整改 / 整改到位): an end
    state that gives the comparator (full) but, as the definition page reads 确保如期整改到位,
    no target anchor of its own."""
    return _rectified(clause.strip().rstrip("。；;，,")) is not None


def _rectified(words: str) -> re.Match[str] | None:
    """The words of rectification done in full that *words* end on, unless negated
    (对仍未整改到位的问题务必…整改到位: only a negation of the final act counts)."""
    m = _RECTIFIED.search(words)
    return m if m is not None and not _NOT_DONE.search(words, max(0, m.start() - 6)) else None


_BACK_REFERENCE = re.compile(r"上述|以上|前述|这些|这一|该")
# A ban on building (禁止新建… / 不再新建… / 严禁… / 全面停止新增…审批): nothing more of it,
# whatever number follows.
BAN = re.compile(r"(?:禁止|严禁|不再|不得|(?<!暂)停止)(?:在[^，,；;]{2,30}?(?:范围内|区域内|内))?"
                 r"(?:新建|扩建|新上|审批|布局|新布局|配套建设|新增)(?P<metric>[^，,；;]{2,40})")
# (PM2.5浓度、重污染天数力争继续下降: a list of measures, counts of days among them)
_FALL_AFTER = needing(
    rf"^(?:推动|促进|确保|实现|力争|努力|保持)?(?P<metric>[^，,]{{2,30}}?(?:{_MEASURE}|天数|数量|排放量|用量|消耗量|能耗|排放))"
    rf"(?:力争|确保|努力|继续|持续|{_YEARLY}|明显|显著|不断|进一步|总体|大幅度?|较大幅度)*(?:下降|降低|减少)$")


# Every end-state pattern below ends with one of these characters (标准, 控制, 区间, 下降,
# 目标任务 …) or opens with a word of avoidance: a cheap test before the patterns.
_END_CHARS = frozenset("准求平值良制复理决成立现转除观升善间围内降低少标务程展破效及长减力件位改号作加大控置处治")
_AVOID = ("不发生", "杜绝", "避免", "防止出现", "防止发生", "严防出现", "严防发生")


# 基本淘汰国三及以下排放标准柴油货车 / 淘汰关停30万千瓦以下燃煤机组: what is phased out goes
# to zero (a count to phase out, 淘汰…1200辆以上, is read as that count before this)
_PHASE_OUT = re.compile(r"^(?:基本|全面|全部|全力|依法)?淘汰(?:关停|关闭|退出)?(?P<metric>[^，,；;]{2,40}?"
                        r"(?:机组|锅炉|货车|车辆|汽车|产能|设备|企业|生产线|窑|炉))$"
                        # (the object first: 完成35蒸吨/小时以下燃煤锅炉淘汰)
                        r"|^(?:基本|全面|全部)?完成(?P<m2>[^，,；;]{2,40}?(?:机组|锅炉|货车|车辆|汽车|产能|设备|"
                        r"生产线|窑|炉))的?(?:全部|全面|基本)?(?:淘汰|关停)(?:工作|任务)?$")

# None of an event (…事故零发生 / 污水零直排) or both measures moving one way (实现“双下降”)
_NONE_OR_BOTH = re.compile(
    r"^(?P<metric>[^，,；;]{2,30}?)(?:实现|保持|确保|力争|做到)?“?(?:零(?:发生|事故|死亡|伤亡|直排|排放|超标|污染|新增)"
    r"|双(?P<both>下降|降低|减少|提升|提高|增长))”?$")
_BOTH_UP = ("提升", "提高", "增长")

_ONGOING = re.compile(r"持续|逐步|加快|有序|加速|推动|推进|分批|稳步")  # 持续淘汰落后产能: a direction


def end_state_target(clause: str) -> Target | None:
    """A target stated as an end state or a held level, without a number."""
    words = clause.strip()
    if not words:
        return None
    ends = words[-1] in _END_CHARS
    bare = strip_leading(words)  # (read by the rules below: stripped once, not by each)
    if not ends and "淘汰" in words:
        # 基本淘汰…柴油货车: what is phased out goes to zero
        m = _PHASE_OUT.match(bare)
        if m and not _ONGOING.search(words[:words.find("淘汰")]):
            return Target(m.group("metric") or m.group("m2"), Comparator.ZERO)
        return None
    if m := _BUILT.match(words) or _BUILT.match(bare):
        return Target(m.group("metric") or m.group("m2") or m.group("m3"), Comparator.FULL)
    if (m := _IN_FULL.match(bare)) and not _ONGOING.search(m.group("subj")):
        # 钢铁企业基本完成退城搬迁 / 贫困人口全部脱贫 / 建制村全部通硬化路: done in full
        return Target(m.group("obj") or m.group("subj") or None, Comparator.FULL)
    if (m := _ALL_DONE.match(bare)) and _DONE_ALREADY.search(bare) is None \
            and not _ONGOING.search(m.group("subj")):
        # 反馈问题全部解决到位 / 车辆全部执行国Ⅳ标准: every one of them dealt with
        return Target((m.group("subj") or m.group("obj") or "").strip() or None, Comparator.FULL)
    if (m := _EVERY_DONE.match(bare)) and _DONE_ALREADY.search(bare) is None \
            and not _ONGOING.search(bare[:m.end("subj") if m.group("subj")
                                    else m.end("subj2") if m.group("subj2") else 0]):
        # 所有县基本建成县域医共体 / 各地均完成省下达 / 实现各项改革举措固化标化 / 彻底解决
        # 饮水问题: every one of them, or the whole, done
        return Target((m.group("obj") or m.group("subj") or m.group("obj2") or m.group("subj2")
                       or m.group("obj3") or m.group("obj4") or "").strip() or None, Comparator.FULL)
    words = bare
    if ("零" in words or "双" in words) and (m := _NONE_OR_BOTH.match(words)):
        # 较大以上生产安全事故零发生 (none of them) / 事故起数和死亡人数实现“双下降” (both fall)
        if m.group("both"):
            return Target(m.group("metric"), Comparator.INCREASE if m.group("both") in _BOTH_UP
                          else Comparator.DECREASE)
        return Target(m.group("metric"), Comparator.ZERO)
    if not ends and not words.startswith(_AVOID):
        return None
    if m := _STANDARD.match(words):
        peak = m.group("std").endswith("峰值")
        # 不低于全市平均水平: a floor at the level named, not the level reached
        return Target(m.group("metric") + ("达峰" if peak else ""),
                      _STANDARD_BOUND.get(m.group("verb"), Comparator.FULL))
    if m := _MET.match(words):
        return Target(m.group("metric"), Comparator.FULL)
    if _TASK_DONE_CUE.search(words) is not None and (m := _TASK_DONE.search(words)) \
            and not _BACK_REFERENCE.search(words):
        return Target(m.group("metric") or None, Comparator.FULL)
    if m := _rectified(words):
        subject = _RECTIFIED_LEAD.sub("", words[:m.start()].strip("，, "))
        return Target(subject or None, Comparator.FULL)
    if m := _LEVEL_WITH.match(words):
        return Target(m.group("metric"), Comparator.EQ, 0.0, "%")
    if m := _SIGNED_GROWTH.match(words):
        # 化肥使用量零增长 (a change of at most 0 %) / 负增长 / 正增长 / 只增不减
        sign = m.group("sign") or m.group("sign2") or m.group("sign3")
        if m.group("sign2"):
            # 耕地保有量不减少 / 只增不减: the measure may not fall below where it stands
            return Target(m.group("metric"), Comparator.GE)
        if m.group("sign3"):
            # 建设用地总量不增加: the measure may not rise above where it stands
            return Target(m.group("metric"), Comparator.LE)
        if sign == "零":
            # 零增长: growth held at nothing, a ceiling (met when the measure does not rise,
            # as 不增加 is), not a level to reach
            return Target(m.group("metric"), Comparator.LE, 0.0, "%")
        if sign == "正":
            # 正增长: growth above nothing, a floor at 0 % (the mirror of 零增长's ceiling)
            return Target(m.group("metric"), Comparator.GE, 0.0, "%")
        return Target(m.group("metric"), Comparator.DECREASE if sign == "负" else Comparator.INCREASE)
    if m := _RANGE_HOLD.match(words):
        return Target(m.group("metric"), Comparator.LE)
    if m := _HELD_UNDER.match(words):
        return Target(m.group("metric"), Comparator.LE)
    if m := _NO_EVENT.match(words):
        return Target(m.group("metric"), Comparator.ZERO)
    if m := _FALL_AFTER.match(words):
        return Target(m.group("metric"), Comparator.DECREASE)
    if (m := _HEADWAY.match(words)) and not _VERB_START.match(words):
        return Target(m.group("metric"), Comparator.FULL)
    if (m := _SETTLED.match(words)) and not _VERB_START.match(words):
        return Target(m.group("metric") or m.group("m2"), Comparator.FULL)
    if m := _EQUIPPED.match(clause.strip()):  # the scope as written (全市所有乡镇 / 重点园区)
        return Target(m.group("metric") + "具备" + m.group("what"), Comparator.FULL)
    return None


# A rate held against another without a number (居民收入增速高于经济增速 / 投资增速高于全国
#平均水平 / 能耗增速低于经济增速): a floor, or a ceiling, at the level it is compared with.
_COMPARED = re.compile(
    r"^(?P<metric>[^，,；;、]{2,24}?(?:增速|增幅|增长|收入|比重|占比|[^效]率|水平|指数|强度|水质|质量|浓度))"
    r"(?:持续|始终|稳定|继续|总体|均)?(?P<verb>高于|快于|跑赢|不低于|低于|慢于|不高于)"
    r"(?P<ref>[^，,；;0-9０-９%％]{2,20})$")
_COMPARED_BOUND = {"高于": Comparator.GE, "快于": Comparator.GE, "跑赢": Comparator.GE,
                   "不低于": Comparator.GE, "低于": Comparator.LE, "慢于": Comparator.LE,
                   "不高于": Comparator.LE}


def trend_target(clause: str) -> Target | None:
    """A target read from a verb of direction, a line to hold or a ban; None otherwise."""
    if _CUE_QUICK.search(clause) is None or _CUE.search(clause) is None:
        return None
    words = strip_leading(clause.strip())
    if "、" in words and not _RISE.match(words):
        # 改善全域空气质量、提升全域水质量、防控…: a list of directions; the first one speaks
        first, rest = words.split("、", 1)
        if _VERB_START.match(rest) and (m := _RISE.match(first)):
            return Target(m.group("metric"), Comparator.INCREASE)
    if m := _RISE.match(words):
        return Target(m.group("metric"), Comparator.INCREASE)
    if m := _FALL.match(words):
        return Target(m.group("metric"), Comparator.DECREASE)
    if m := _LINE.match(words):
        below = m.group("line") in ("上限", "边界", "总量")
        return Target(m.group("metric") + m.group("line"),
                      Comparator.LE if below else Comparator.GE)
    if _CLASS_CUE.search(words) is not None and (m := _CLASS.search(words)):
        better = m.group("better") == "或更好" or m.group("verb") not in ("达到", "保持", "稳定")
        metric = m.group("metric") + ("类别" if m.group("metric").endswith("水质") else "水质类别")
        # 达到或优于Ⅲ类: a better class has a smaller number (<=); Ⅲ类以上 / Ⅲ类及以上 as the
        # comparator words are read everywhere, a floor (>=)
        cmp = Comparator.GE if m.group("better") and not better else Comparator.LE if better else Comparator.EQ
        return Target(metric, cmp, float(_CLASSES[m.group("cls")]), "类")
    if m := _RISE_AFTER.match(words):
        return Target(m.group("metric"), Comparator.INCREASE)
    if "同步" in words and (m := _IN_STEP.match(words)):
        return Target(m.group("metric") or m.group("m2"), Comparator.INCREASE)
    if (m := _QUOTA.match(words)) and m.group("metric") not in _NOT_METRIC:
        if m.group("fall"):
            return Target(m.group("metric"), Comparator.DECREASE)
        if m.group("verb") in ("不低于", "不少于"):  # 岸线保有率不低于国家下达任务: a floor
            return Target(m.group("metric"), Comparator.GE)
        below = bool(m.group("within")) or m.group("verb") in ("控制在", "不超过", "不突破", "低于") \
            or m.group("ceiling") in ("控制", "控制性")
        metric = m.group("metric")
        if m.group("what") and (len(metric) < 4 or _SCOPE.fullmatch(metric)):
            metric = m.group("what").strip("“”\"的 ")  # 各省完成国家下达的…比率控制目标: what is capped
        return Target(metric, Comparator.LE if below else Comparator.FULL)
    # (each alternative of _BAN opens with ^: matched where it is searched for)
    if m := _BAN.match(words) or _BAN.match(clause.strip()):  # (全面禁止: its 全面 as written)
        return Target(m.group("metric") or m.group("m2") or None, Comparator.ZERO)
    if (m := _COMPARED.match(words)) and not m.group("ref").endswith(("标准", "要求")):
        return Target(m.group("metric"), _COMPARED_BOUND[m.group("verb")])
    return None


# Where a unit holds more than one clause or cell: a row's cells (tabs, bars, runs of
# spaces) and the clauses of a sentence
_PIECES = screened(r"\t|\s*[|｜]\s*| {2,}|\u3000+")
_PIECES_CUE = needs(_PIECES)
# A clause naming who answers (由市生态环境局牵头 / 市水务局负责，…): the clause after it
# states the task
_ROLE_FIRST = needing(r"^[^，,；;]{2,30}?(?:牵头|负责|配合|参与|主责|落实)[，,]")
_MIN_PIECE = 4
_NOTE_AFTER = re.compile(r"[（(][^（）()]{1,24}[）)]\s*$")


def direction_or_end_state(clause: str) -> Target | None:
    """trend_target, else end_state_target; of the whole, else of its first clause or cell
    that states one (1<tab>空气质量稳定达到国家二级标准<tab>市生态环境局<tab>2026年底 /
    由市发展改革委牵头，确保总磷浓度持续下降: the row's task cell, the clause after the
    bodies)."""
    found = trend_target(clause) or end_state_target(clause)
    if found is not None:
        return found
    role = _ROLE_FIRST.match(clause)
    if role is not None:
        return direction_or_end_state(clause[role.end():])
    note = _NOTE_AFTER.search(clause) if clause.rstrip().endswith(("）", ")")) else None
    if note is not None and note.start() >= _MIN_PIECE:
        # 湖库总磷浓度持续下降（2026年底前完成）: a note of when or who after the clause
        return direction_or_end_state(clause[:note.start()])
    if _PIECES_CUE.search(clause) is None or _PIECES.search(clause) is None:
        return None
    for piece in _PIECES.split(clause):
        if len(piece.strip()) >= _MIN_PIECE and piece.strip() != clause.strip():
            found = trend_target(piece) or end_state_target(piece)
            if found is not None:
                return found
    return None


def ban_target(clause: str) -> Target | None:
    """禁止新建35蒸吨以下燃煤锅炉 → zero of what is banned (its own numbers qualify the object)."""
    if "禁" not in clause and "不" not in clause and "停止" not in clause:
        return None  # every ban says 禁止/严禁, 不再/不得 or 停止
    m = BAN.search(clause)
    return Target(m.group("metric"), Comparator.ZERO) if m else None
