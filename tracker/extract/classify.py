"""Judge one clause of Chinese policy prose: commitment, past result, or nothing.

The rules read the clause's wording only (the pipeline adds sentence and section
context): an action verb near its start, what the verb acts on, hedges and modal words,
prohibitions, a named actor with 要/应当, past-tense and baseline markers, and the
vocabulary of ideological exhortation and meeting reports that carries nothing to check.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tracker.extract.bodies import ROLE_NOUN, TIME_LEAD_WORDS, find_bodies
from tracker.extract.deadlines import leading_time_words
from tracker.extract.screen import by_first_char, looked_ahead, needing, needs, screened


def search_end(pattern: re.Pattern[str], text: str, span: int,
               cue: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern anchored at the end (``…$``) whose matches
    are at most *span* - 2 characters long (room for ``$`` before a final line break):
    only the tail of *text* is tried, instead of every position of it. *cue*: the
    characters one of which each match holds (screen.needs), looked for in the tail first."""
    at = max(0, len(text) - span)
    if cue is not None and cue.search(text, at) is None:
        return None
    return pattern.search(text, at)


_TIME_START = set("0123456789一二两三四五六七八九十上下年今明本第到至于在")
# Adverbs, modal words and hedges that may stand before the verb of a commitment.
_PREFIX = (
    r"(?:我们|我[省市县区州]|全[省市县区州](?:上下)?|今年|下一步|今后|要|将|需|需要|必须|应当|应|还要|更要|同时|并|并且|进一步|切实|着力|大力|加快|加速|持续|"
    r"深入|扎实|全面|积极|稳妥|稳步|有序|有力|有效|科学|严格|坚决|坚定|坚持|努力|力争|争取|确保|"
    r"不断|主动|统筹|协同|重点|集中力量|高质量|高标准|高水平|纵深|继续|及时|率先|逐步|尽快|全力|"
    r"奋力|深度|精准|依法|常态化|一体|分类|优先|系统|综合|全方位|更大力度|更好地|加紧|抓紧|"
    r"每年|每季度|每月|每周|定期|逐一|逐步|全域|着重|聚力|合力|共同|认真|严肃|从严从实|从严|扎扎实实|分步骤|有计划|因地制宜|"
    # the manner and pace an act is done in (高效运行X / 限期整改 / 按期完成 / 逐条落实)
    r"高效|按时|按期|如期|限期|从速|逐条|逐项|"
    # a measure taken in due proportion (适当提高养老金), and the upgrading a building work
    # carries (提质改造老年学校 / 提质升级文化站)
    r"适当|提质(?=改造|升级|扩容)|"
    # a light verb before the verb of the measure (组织实施X / 组织开展Y / 牵头制定Z)
    r"组织(?=实施|开展|编制|制定|申报|推进|落实)|牵头(?=制定|编制|实施|开展|建立)|"
    r"持之以恒|久久为功|不折不扣|全力以赴|[高分]\w{1,3}、|"
    r"(?:到|在|于)?(?:\d{4}年|今年|明年)?(?:\d{1,2}月)?(?:年?底|年?末|上半年|下半年|年内)?(?:前|以前)|"
    r"(?:到|在|于)\d{4}年|今年|明年|年内|[，,、]|"
    r"于?每(?:年|半年|季度?|月|周|旬)(?:末|初|底)?(?:前)?|原则上|不再|"
    # a plan's words of intent before its verb (我省拟开展三批督察 / 计划新建200个充电桩),
    # not 拟任 / 计划执行情况 (a noun after them: no verb follows, nothing is kept)
    r"拟|计划(?!执行))"
)
_PREFIX = looked_ahead(by_first_char(_PREFIX))  # (the same matches: see _VERB below)
# Verbs whose carrying out can later be checked.
_VERB = (
    r"(?:实施|推进|推动|开展|建设|建成(?!区)|建立|健全|完善|构建|打造|创建|制定|出台|编制|修订|印发|"
    r"落实|推行|推广|培育|提升|提高|改善|消除|消灭|治理|整治|整改|抓好|打好|打赢|打响|优化|调整|加大|"
    r"探索|支持|引导|鼓励|促进|发展|保护|严守|守住|实行|参与|融入|加强|强化|深化|创新|补齐|解决|"
    r"遏制|处置|防控|防治|推出|筑牢|淘汰|关停|取缔|完成|实现|达到|控制|降低|减少|削减|新建|改造|"
    r"修复|设立|组建|成立|启动|举办|压紧压实|压实|发挥|规范|清理|排查|督办|核查|监测|评估|"
    r"申报|争创|创成|扩大|壮大|做强|做优|做大|拓宽|拓展|提速|加快|巩固|严把|严控|严厉打击|"
    r"依托|开工|投运|投产|竣工|开通(?!率|情况|后|以来|了)|新增|增加|改建|扩建|运营|上线|覆盖|普及|整合|统筹推进|统筹|"
    r"全面推行|查处|惩治|追究|跟踪|复核|销号|验收|清零|推进落实|建强|确保|紧盯|盯紧|一抓到底|"
    r"抓实|抓细|抓紧|编制|划定|公布|发布|上报|报送|执行|履行|更新|公开|巡查|抽查|检查|备案|"
    r"迁建|指导|明确(?!了)|修编|送交|送达|答复|告知|通知(?!书|精神|要求|为准|》|”)|做实|推深|制订|修改|梳理|摸排|督导|测评|建好|运行|汇总|核实|打通|办好|共建|引进|研究(?:制定|编制|出台|提出|建立)|做好|调度|通报|投放|纳入|配套建设|"
    # the verbs of delivering to people and places (招引项目 / 培训农民 / 安置就业 / 植树造林)
    r"招引|招商|引育|培训|培养|安置|吸纳|帮扶|救助|资助|发放|植树|造林|种植|栽植|安装|铺设|配备|"
    r"招聘|拆除|搬迁|复垦|挂牌|签约|承办|开发(?!区|性|银行)|研发(?!投入|经费|费用|中心|机构|平台|强度)|"
    r"攻关|落户|回收|征收|征迁|收储|夺取|"
    # aid and services handed out (对困难家庭给予补助 / 为老年人提供居家上门服务), and a
    # work built on from the years before (续建…灌区节水改造工程); not a result (给予了 / 提供了)
    r"给予(?!了)|提供(?!了)|续建|"
    # relief and assistance given to people (援助就业困难人员6000人 / 免收低保户入网费 /
    # 减免小微企业房租), not the funds named by them (援助资金)
    r"援助(?!资金|项目|款|物资)|(?:免收|减免|免除)(?!费用?(?:情[况況]|标准|政策)|标准|政策|情[况況]|范围|额|金额)|"
    # an assessment passed, closing the act (通过国家卫生城市复审 / 通过省级评审)
    r"(?:复审|评审|复查)(?=[。；;，,]?$)|"
    # verbs of directing others and of settling a thing (督促企业整改 / 责令停产 / 确定任务清单 /
    # 形成问题清单 / 开设专栏 / 升级平台)
    r"督促|责令|责成|确定(?!性)|形成(?!了)|开设|升级(?!版)|批准|"
    r"报(?=[省市县区国中党])|向[^，,。；;]{1,14}?(?:报告|报送|汇报|提交|反馈|公开|公布|通报)|"
    r"严格(?=[^，,；;。]{1,16}(?:管理|监管|管控|执法|审批|准入|把关|考核)$))"
)
# (grouped by first character, screen.by_first_char: the same matches; the engine checks
# a character against some 150 first characters instead of some 230 words, at each place
# ACTION_LATE and the others try a verb)
_VERB = by_first_char(_VERB)
# (inside the patterns below, behind a look ahead for its first characters: each place
# a verb is tried at fails at once where no verb opens)
_VERB_AT = looked_ahead(_VERB)
VERB = _VERB  # the verbs of commitments, for callers that name the cue
_ANY_VERB = re.compile(_VERB)
# A verb joined to the known one before it (补充和完善X / 修订并公布Y): the pair acts on the
# object together.
_JOINED_VERB = r"(?:[\u4e00-\u9fff]{2}(?:和|与|并)(?=" + _VERB_AT + r"))?"
class Recalled:
    """A pattern anchored at the start whose match() of a whole text is remembered for
    the texts asked about lately: the same clause is asked whether it opens with its verb
    by the judge, by the finders of its subject, bodies and region and by the unit model
    (more than half of the calls repeat one before)."""

    def __init__(self, pattern: str) -> None:
        self.rx = re.compile(pattern)
        self.pattern = pattern
        self._memo: dict[str, re.Match[str] | None] = {}

    def match(self, text: str) -> re.Match[str] | None:
        m = self._memo.get(text, _UNASKED)
        if m is _UNASKED:
            m = self.rx.match(text)
            if len(self._memo) >= _RECALLED:
                self._memo.clear()
            self._memo[text] = m
        return m  # type: ignore[return-value]


_UNASKED = object()
_RECALLED = 4096
ACTION = Recalled(rf"^(?:{_PREFIX})*{_JOINED_VERB}{_VERB_AT}")
# A verb a few characters in, after a frame such as 依托X / 在X领域 / 对X.
ACTION_LATE = needing(
    rf"^(?:{_PREFIX})*(?:依托|在|对|以|将|把|围绕|按照|针对|聚焦|结合|根据|依据|立足|着眼|紧扣|通过|分|"
    # a partner or a means named before the verb (联合辖区单位打造… / 借助社会资本建设…)
    rf"联合|协同|借助|联手|携手|依靠|"
    # a body set to act by the verb before it (要求各单位限期整改 / 督促企业落实…)
    rf"要求|督促|责令|责成|"
    # whom a service is for, before 提供 (为全区老年人提供居家上门服务)
    rf"为(?=[^，,；;。]{{1,24}}?提供))"
    rf".{{1,24}}?{_VERB_AT}"
    # 对X进行V: the object named first, however long (对…材料、照片等进行补充和完善)
    rf"|^(?:{_PREFIX})*对[^，,；;。]{{1,40}}?进行{_JOINED_VERB}{_VERB_AT}"
    # the frame after the subject it serves (省督察办对整改情况实施季调度 / 国家通过多种形式开展…)
    rf"|^[^，,；;：:]{{0,16}}?(?:委员会|政府|部门|单位|机关|局|厅|委|办|院|组|室|处|站|队|中心|国家|各地|各级)"
    rf"(?:要|将|须|应当)?(?:对|通过|向|按照|依托|围绕|针对|结合|根据|依据)"
    rf"[^，,；;]{{1,24}}?{_VERB_AT}"
    # a distributive subject, the verb right after it (各地党委政府建立… / 各设市城市核实…)
    # (not a list of bodies: 各县（市、区）生态环境分局、发展改革委)
    rf"|^各(?:[^，,；;：:是的、（(]|[（(][^）)]{{1,8}}[）)]){{0,12}}?"
    rf"(?:委员会|政府|党委|部门|单位|机关|局|委|办|地|级|城市|县|区|市|州|镇|乡|街道)"
    rf"(?:[（(][^）)]{{1,8}}[）)])?(?![、和及与]|要|应|须|必须|将|需)"  # (X要…: SUBJECT reads it)
    rf"(?:{_PREFIX})*{_VERB_AT}")
# A subject before the verb of delivery (全省钢铁企业基本完成超低排放改造 / 县城建成区基本淘汰
# 燃煤锅炉): the verb a few characters in, not a noun made of it (完成情况, 建成区).
ACTION_SUBJECT = re.compile(
    rf"^(?:{_PREFIX})*[^，,；;：:是]{{2,30}}?(?:基本|全面|全部|率先|均|要|将|须|必须|力争|确保)?"
    r"(?:完成|建成|淘汰|关停|取缔|退出|创建|出台|制定|实现)(?!情况|率|度|后|时|区|数|量|值|的)"
    # a word of "all" before any verb (政府采购车辆全部执行国Ⅳ标准 / 全市中小学均配备…)
    rf"|^[^，,；;：:是]{{2,30}}?(?:全部|均|一律|统一){_VERB_AT}(?!情况|率|后|的)"
    # a scope extended to its new limit (限行范围扩大到绕城公路以内 / 服务延伸至所有行政村)
    r"|^[^，,；;：:是]{2,30}?(?:扩大|延伸|拓展|扩展|覆盖)(?:到|至)(?!今|目前)[^，,；;。]{2}")
# The verbs ACTION_SUBJECT looks for, and how far in: a cheap test before the costly one.
_DELIVERY = re.compile(r"完成|建成|淘汰|关停|取缔|退出|创建|出台|制定|实现|全部|均|一律|统一|"
                       r"(?:扩大|延伸|拓展|扩展|覆盖)(?:到|至)")
SUBJECT_SPAN = 48
# A period that lies ahead is a plan's (“十五五”期间 / 2025—2027年期间 / 规划期间), not the time an
# act took place (督察期间 / 活动期间 / 整改期间 / 公示期间: a report of what was done then).
PLAN_PERIOD = r"(?:[一二三四五六七八九十]五”?|(?:19|20)\d{2}年”?|规划|计划)(?:时期|期间|期内)"
FORWARD = re.compile(
    # (要 the modal verb, not inside 主要 / 重要 / 纲要 / 要求 / 要素 / 要点: 主要污染物排放总量
    # 减少了12% reports; the words of urgency look ahead: …已完成20项，请X尽快销号)
    r"(?<![主重纲必需只])要(?![求素点闻件])|将|确保|力争|争取|务必|必须|应当|努力|计划|拟|预计|目标|到\d{4}年|年底前|年内|之前|"
    r"尽快|限期|及早|"
    rf"以前|{PLAN_PERIOD}|期末|[一二三四五六七八九十]五”?末"
)
# Verbs that bring a named thing into being: with a named actor, a deliverable, not a duty.
BUILD = re.compile(rf"(?:^|[，,])(?:{_PREFIX})*(?:建成|建设|新建|制定|出台|编制|完成|实施|创建|打造|组建|"
                   rf"设立|启动|开展)")
# The purpose sentence of a preamble: 为…，制定本方案 / 现提出如下意见.
PREAMBLE = screened(r"(?:制定|印发|出台|编制)本[\u4e00-\u9fff]{0,6}?(?:方案|意见|办法|计划|规划|细则|要点|清单)$"
                      r"|如下(?:意见|决定|通知)?$|通知如下$|决定如下$|结合(?:本[省市县区]|我[省市县区])?实际$")
PREAMBLE_CUE = needs(PREAMBLE)
PREAMBLE_SPAN = 12 + 2  # 制定本实施方案 / 结合本市实际
# A clause whose verb comes last (美丽城市基本建成 / 2024年10月底前完工).
ACTION_END = re.compile(r"(?:建成|完成|完工|竣工|到位|见效|实现|达峰|投运|投产|销号|落地|达标|开工|"
                        r"通车|建成通车|并网|贯通|挂牌|启用|上线|投用|交付使用|开园|开馆|普及|"
                        # a facility brought into service (…工程投入试运营 / …科创港全面运营 /
                        # …新院区投入使用), not the service as a noun (公交运营 / 市场化运营)
                        r"(?:投入试?|正式|全面|建成|开通|试)运营|投入使用|"
                        # a project named object-first, its verb last (…中学异地新建 / …医院迁建)
                        r"(?<![的和及与、])(?:异地新建|改扩建|迁建|扩建))$")
ACTION_END_CUE = needs(ACTION_END)
ACTION_END_SPAN = 5 + 2  # its longest word (投入试运营) and room for $
MODAL = re.compile(r"要|将|确保|力争|争取|务必|必须|应当")
PROHIBITION = re.compile(r"严禁|不得|禁止|杜绝|遏制|严防|坚决防止|不准|严厉打击")
# A negated delivery: 不再新建每小时35蒸吨以下燃煤锅炉 / 不发生重大环境污染事故 — a standing ban.
NEGATED_BUILD = re.compile(r"不再(?:新建|新上|审批|新增|布局|批准|扩建)|不发生|不得|严禁|禁止")
# A recurring action (每季度开展一次…排查): checkable by its records, whatever its object.
RECURRING = re.compile(r"定期|每(?:半年|年|季度?|月|旬|周|天|日)|常态化")
STANDING = re.compile(r"定期|每年|每季度|每月|常态化|长效|终身|依法|及时|一律|实行.{0,12}制")
# Objects that make an action concrete enough to check.
CONCRETE = screened(
    r"行动|工程|计划|方案|平台|体系|机制|制度|试点|示范|项目|规划|纲要|标准|清单|名录|立法|"
    r"条例|办法|基地|园区|中心|公园|先行区|示范区|试验区|先导区|改革|建设|改造|整治|治理|战略(?!性)|"
    r"活动|品牌|专项|攻坚战|保卫战|战役|网络|设施|(?<!生态)系统(?!推进|治理|谋划|施策|观念|思维)|数据库|台账|普查|调查|核算|登记|评价|"
    r"考核|监测|认证|交易|市场|法规|基金|政策|样板|城市|产业链|集群|管网|枢纽|通道|督察|执法|"
    r"诉讼|审判|报告|整改|禁渔|禁烧|清零|全覆盖|创建|措施|意见|细则|指南|目录|\d"
)
PRINCIPLE = re.compile(rf"^(?:{_PREFIX})*?坚持")
# Objects that name a thing to deliver (a project, plan, platform, scheme), not a field.
NAMED = screened(
    r"工程|行动|计划|方案|平台|体系|试点|示范|项目|规划|纲要|标准|清单|名录|条例|办法|基地|"
    r"园区|中心|公园|先行区|示范区|试验区|先导区|品牌|专项|战略(?!性)|活动|改造|台账|数据库|细则|"
    r"措施|预案|系统(?!推进|治理|谋划|施策|观念|思维)|网络|设施|\d")
# Words of exhortation: a clause built on them has nothing to check (searched in every
# clause: screened, see screen.py).
VAGUE = screened(
    r"思想|精神|理念|意识|站位|合力|导向|初心|使命|政治责任|政治担当|决策部署|部署要求|重要讲话|"
    r"重要指示|重要论述|之路|贡献|氛围|认识|方向|遵循|局面|新风尚|定力|大局|底线|作风(?:建设)?|本领|能力|"
    r"生态文明建设|各项工作|治理体系和治理能力现代化|新篇章|新征程|新局面|新成效|新突破|高质量发展|现代化建设|责任落实|主体责任|属地责任|大合唱|"
    r"良好局面|强大合力|坚实支撑|生态环境支撑|重要内容|积极作用|带头作用|取信于民|获得感|幸福感|"
    # ways of working named without their object: 加强组织领导, 抓实重点任务, 确保长治长效
    r"高度重视|组织领导|重点任务|方式方法|(?:健全|建立|完善|形成|构建)长效机制|长治长效|项目支撑|"
    r"(?:属事|属地|监管|领导|管理|政治|第一)责任(?!人)|"
    # images of the future and national umbrella slogans: 和谐共生的美丽X, 美丽宜居家园, 环保铁军
    r"和谐共生|美丽宜居|(?<!国)家园|铁军|污染防治攻坚战|碳达峰碳中和(?!行动|试点|方案|工作)|“?放管服”?改革|"
    # the national formulas of the green transition, with nothing local to check
    r"(?:整改|工作|治理)(?:成效|成果)|反弹回潮|带头[学讲做干]|(?:更高|更严)(?:标准|要求)|落地见效|"
    r"人民满意|服务型政府|八项规定(?:及其实施细则)?|四风|形式主义|官僚主义|"
    # ways of managing the work itself, with nothing of their own to deliver
    r"压实责任|统筹协调|抓好落实|工作进度|工作质效|逐级落实|层层传导|督查考核力度|指导和协调|"
    r"协调力度|调度运行|分析研判|困难问题|意义重大|至关重要|尤为重要|十分重要|非常重要|"
    r"降碳、减污、扩绿、增长|产业结构调整、污染治理、生态保护、应对气候变化|"
    # capacity in general (提升生态治理能力), unless a named programme builds it
    r"治理能力(?!提升行动|建设工程)|"
    # the formulas of national work reports, the same in every one of them (推动经济持续回升
    # 向好 / 全面深化改革开放 / 统筹扩大内需和深化供给侧结构性改革): nothing local to check
    r"回升向好|质的有效提升|量的合理增长|全面从严治党|开好局|起好步|挑大梁|统筹发展和安全|"
    r"有为政府|供给侧结构性改革|扩大(?:国内)?(?:内需|需求)|乡村全面振兴|全面推进乡村振兴|"
    r"全面深化改革|改革开放|新质生产力|中国式现代化|共同富裕|高水平安全|人民美好生活|幸福家园"
)
# Directions of travel with no checkable object (推动…深度融合发展, 提升…稳定性).
ABSTRACT_END = screened(
    r"(?:发展|转型|融合|现代化|[绿低]\w化|升级|优势|路径|新路子|之路|能力|程度|格局|赋能|联动|"
    r"方式|作用|动能|底色|稳定性|持续性|多样性|支撑|引导|保障|新业态|新模式|意识|合作|"
    r"转化|代价|潜力|后劲|活力|韧性|水平)$"
)
_ABSTRACT_END_CUE = needs(ABSTRACT_END)
ABSTRACT_END_SPAN = 3 + 2  # its longest ending (稳定性, [绿低]X化) and room for $

# Signals of a generic aim, weighed by the unit model (confidence.py), not rules of their
# own: each is common in the gold too (完善…交易机制, 持续改善生态环境质量 are kept), only
# more often wrong than right.
# An abstract head noun the clause ends on, with no figure, title, quotation or named thing
# in it (加快构建新发展格局 / 提升生态环境治理能力 / 守牢粮食安全底线 / 优化产业布局).
ABSTRACT_HEAD = needing(r"^[^\d０-９《“\"，,；;]{0,24}?(体系|机制|水平|能力|氛围|格局|底线|防线|环境|结构|布局|"
                           r"功能|短板|质量|效能|品质|生态|底色|颜值|本底|活力|动能|韧性)$")


def abstract_head(clause: str) -> bool:
    """Whether *clause* ends on an abstract head noun (ABSTRACT_HEAD) with no named thing
    before it (体系 ends it: it is no named thing of its own there)."""
    m = ABSTRACT_HEAD.match(clause)
    return m is not None and NAMED.search(clause, 0, m.start(1)) is None


# A state of things that changes, said without a measure (生态环境质量持续改善 / 营商环境明显
# 提升 / 乡村面貌得到改善 / 经济运行稳中向好): an outcome named, nothing to count.
STATE_CHANGE = needing(r"^[^\d０-９，,；;]{2,30}?(?:持续|明显|显著|总体|大幅|稳步|不断|得到|逐步|全面|稳定|"
                          r"进一步|有效|根本|稳中)(?:改善|提升|提高|好转|向好|增强|加强|优化|稳定|彰显|扩大)$")
# Only a quoted slogan for an object (扎实开展“四下基层” / 打好生态治理“组合拳” / 要建设“大同清”):
# the slogan names a campaign whose contents are elsewhere.
SLOGAN_ONLY = needing(r"^[^\d０-９，,；;“”]{0,16}?“[^”]{1,10}”$")
# A run of four-character phrases and nothing else (科学治污、精准治污、依法治污 / 补缺补差、
# 扶弱助强): a formula of manner, not a task.
FOUR_BY_FOUR = needing(r"^[\u4e00-\u9fff]{0,6}?(?:[\u4e00-\u9fff]{4}、)+[\u4e00-\u9fff]{4}$")
# A verb and a bare noun, and nothing more once the adverbs are gone (明确任务 / 压实整改责任 /
# 加强督考 / 科学整改 / 统筹兼顾): no figure, title, quotation or named thing to check.
_BARE_MAX = 6
_BARE_MARK = re.compile(r"[\d０-９“”\"《》]")


def bare_short(clause: str) -> bool:
    words = clause.strip().rstrip("。；;，,、")
    rest = strip_leading(words)
    return 2 <= len(rest) <= _BARE_MAX and _BARE_MARK.search(words) is None \
        and NAMED.search(rest) is None


# The verbs of stance and images of a place as the aim (守牢安全底线 / 筑牢屏障 / 聚力打造高品质
# 目的地 / 持续打造新地标 / 打造…新标杆): how a place sees itself, nothing built.
STANCE = screened(r"守牢|筑牢|兜牢|兜住|守住|聚力|(?:打造|争当|争做|建设)[^，,；;\d]{0,16}?"
                    r"(?:地标|目的地|高地|标杆|样板|排头兵|增长极|桥头堡|首选地|实践地|新门户|名片)$")
# Growing a whole sector (发展壮大战略性新兴产业 / 做强做优绿色低碳产业 / 积极发展绿色技术):
# a direction of travel with nothing to check unless a named thing or a number comes with it.
GROWTH = needing(
    rf"^(?:{_PREFIX})*(?:发展壮大|培育壮大|做强做优|做优做强|做大做强|做强做大|发展|壮大|培育|做强|做优|做大)+"
    r"[^，,；;]{0,30}?(?:经济|业态|技术|产品|业)$")
# (主管/联系 as page furniture, 主管单位：… / 联系电话, not the role's word before a body, 由主管
# 部门县农业农村局督促… / 联系单位县文广局负责…)
_NOT_ROLE = r"(?!(?:单位|部门)[^：:\s])"
# Meeting reports, bylines, reposting notes and page furniture.
LOGISTICS = re.compile(
    r"出席|主持|讲话|召开|会议|会上|与会|分会场|主会场|发言|通报了|记者|编辑|来源|责任编辑|原文|"
    rf"链接|版权|转载|免责|联系{_NOT_ROLE}|电话|邮箱|举报|评论|阅读|分享|收藏|点击|网站|"
    rf"本站|本网|主办|主管{_NOT_ROLE}|"
    r"审签|视频|图片|时长|作者|观看|合影|调研|视察|考察|陪同|参加|民事主体|信息内容|进行阐释|"
    r"进行了|作出了|作了|如下|上述|前述|向(?:大会|会议|全会)|报告工作|政府工作报告|请您|介绍一下|答记者问|"
    r"以下(?:几|[\u4e00-\u9fff]{0,4}(?:工作|方面|任务|内容|措施|要求|意见|事项|通知))"
)
# Reporting verbs that introduce what a speaker said (尹弘指出 / 他强调 / 张强在主持时要求).
REPORTING = re.compile(r"(?:强调|指出|表示|要求|认为|提出|说|希望|指明|深刻阐述|阐释)$")
REPORTING_SPAN = 4 + 2
# Past results and baselines.
PAST = screened(
    r"同比|环比|首次|累计|较上年|比上年|较去年|比去年|已经|已|取得了|完成了|实现了|达到了|"
    r"提高了|下降了|增长了|提升了|形成了|提出了|建成了|创建了|获评|荣获|被评为|位居|排名|"
    # (为\d: 重度污染天数为0 / ，为118项 — not 为65岁以上老年人免费体检8万人次, whom the task serves)
    # (目前: not the 目 of 项目 / 题目 / 节目 before 前期 / 前列: 项目前期工作)
    r"以来|过去|去年|上年|(?<!^)为\d|^为\d[\d.]*[^\d]{0,3}$|持平|(?<![项题节科数条书])目前|截至目前|现已|仅完成"
)
# The past words that a target can also hold (累计完成8000万平方米 / 同比增长5%左右 /
# 重度污染天数为0): in a sentence or section that looks ahead they state the target, not a
# result; the others (已 / 去年 / 完成了 …) report the past wherever they stand. 了 after a
# verb is the perfective aspect (完成了 / 约谈了 / 组织了 / 消除了): an act done, whatever the
# verb (not 为了 / 除了 / 了解 / 了结 / 明了 …, where 了 is no aspect).
PERFECTIVE = (r"了(?<=[\u4e00-\u9fff]了)(?<![不罢终]了)(?<![^成作]为了)(?<!^为了)"
              r"(?<![^消排拆清解删根免剔破]除了)(?<!^除了)(?<!单明了)(?![解结然如却])")
STRONG_PAST = screened(
    rf"已经|已|{PERFECTIVE}|获评|"
    r"荣获|被评为|以来|过去|(?<![较比与和同])去年|(?<![较比与和同])上年|截至目前|现已|仅完成")
# (a quick test first: most clauses hold none of the characters its words open with)
_STRONG_PAST_CUE = needs(STRONG_PAST)
EXEMPLAR = re.compile(r"取得.{0,8}成效|取得.{0,8}成绩|明显成效|显著成效|历史性|前所未有")
# 已 inside the object of a verb of the task (完成园区已征用地块整体规划 / 对已建成的设施开展
# 排查 / 盘活已批未建用地): it names which things, it does not report the clause as done
_ATTRIBUTIVE_YI = re.compile(
    r"(?:对|把|针对|完成|启动|推进|加快|盘活|处置|清理|利用|巩固|督促|排查|整合)"
    r"[^，,。；;：:！!？?已]{0,8}?(已)(?=[\u4e00-\u9fff]{2})"
    # (推进工作已完成80%: a share done, reported)
    r"(?!(?:经)?(?:完成|建成|实现|达到|开工|竣工|超过|累计|落实|办结|销号)[^，,。；;]{0,6}\d)")


def plain_yi(text: str) -> str:
    """*text* with each attributive 已 (see _ATTRIBUTIVE_YI) blanked out."""
    if "已" not in text:
        return text
    return _ATTRIBUTIVE_YI.sub(lambda m: m.group(0)[:-1] + "\u3000", text)


def strong_past(text: str) -> bool:
    """Whether *text* holds a word that reports the past wherever it stands (STRONG_PAST),
    other than an attributive 已."""
    return _STRONG_PAST_CUE.search(text) is not None and STRONG_PAST.search(plain_yi(text)) is not None

ALSO = r"(?:每年|每半年|每季度|每月|均|都|也|还|亦|同时){0,2}"
SUBJECT_TIME = (r"(?:今年|明年|年内|当年|本年度?|[上下]半年|年底前|[一二三四]季度|"
                r"(?:19|20|１９|２０)\d{2}年(?:\d{1,2}月)?(?:底前|末前|前|内|度)?|\d{1,2}月(?:底前|末前|前))?")
_TIME_ALSO = re.compile(SUBJECT_TIME + ALSO)
# The word an actor's name ends with (市生态环境局 / 各级人民政府 / 乡镇人大主席团 / 各县区)
ACTOR_END = (r"(?:委员会|政府|党委|人大|政协|部门|单位|机关|法院|检察院|"
             r"代表|组织|媒体|同志|层面|区县|县区|主体|机构|企业|局|厅|委|办|院|公民|法人|干部|常委会|"
             r"主席团|指挥部|领导小组|各级各部门|各地|[省市县区州盟旗镇乡]|街道|[室处科所站队]|(?<![全内外局])部)"
             r"(?:[（(][^）)]{1,6}[）)])?")
# An actor named before 要/应当/必须 at a clause's start: 各级人民政府要…, 新闻媒体要…
SUBJECT = re.compile(
    rf"^(?P<who>[^，,。；：:]{{1,30}}?{ACTOR_END})(?:[，,](?=应当|必须))?"
    # adverbs of frequency and of all or also between the subject and its modal word
    # (市生态环境局也要… / 各责任单位均要… / 市、区县人民政府每年都将…)
    # (and time words: 郑州市今年要… / 市住建局年内将… / 县政府2025年底前要…)
    rf"{SUBJECT_TIME}{ALSO}"
    r"(?P<modal>要(?!求)|应当|应|必须|须|需|负责|牵头|将于|将|适时|"
    # a date it is bound by (各牵头单位于2月10日前将方案报…)
    r"于(?=[^，,；;。]{2,14}?前))(?!的)"  # X牵头的任务: no subject
)
# (a scope word after the clause's time words is no actor either: 今年全县要…)
NOT_ACTOR = re.compile(r"^(?:(?:今年|明年|当年|年内|(?:19|20)\d{2}年度?)[，,]?)?全[省市县区州]"
                       r"|^(?:我们|大家|同志们|各位|[省市县区]$)")
_PLACE_LEVEL = frozenset("省市县区州盟旗镇乡")
# time and discourse words before a subject, no part of it (下一步市生态环境局将… / 同时县财政局要…)
_TIME_LEAD = re.compile(rf"^(?:{TIME_LEAD_WORDS})[，,]?")
# A character of every word SUBJECT's match ends with (要, 应当, 必须, 负责, 牵头, 将于 …):
# without one, the costly scan of who (up to 30 characters, tried one by one) is skipped.
_SUBJECT_HINT = re.compile(r"[要应须需负牵将适于]")


# A clause that only names a topic (深入推进污染防治攻坚方面): no commitment of its own.
TOPIC_ENDS = ("方面", "领域", "问题上", "工作中")


@dataclass(frozen=True)
class Verdict:
    """What a clause is, judged on its own words."""

    kind: str | None          # deliverable | duty | indicator | None (nothing to suggest)
    confidence: float
    actor: str | None = None  # the body named as its subject, if any


LEADING = Recalled(rf"^(?:{_PREFIX})+")


def strip_leading(clause: str) -> str:
    """The clause without its leading adverbs and modal words (奋力打造X → 打造X)."""
    m = LEADING.match(clause)  # anchored at the start: only there can it match
    return clause[m.end():] if m else clause


@functools.lru_cache(maxsize=4096)
def subject_of(clause: str) -> str | None:
    """The body a clause names as its subject before 要/应当/负责 (各级人民政府要… → 各级人民政府)."""
    clause = clause.lstrip("要并还")
    m = SUBJECT.match(clause) if _SUBJECT_HINT.search(clause) else None
    if m is None or NOT_ACTOR.match(m.group("who")):
        return None
    who = m.group("who")
    if (lead := _TIME_LEAD.match(who)) is not None:
        who = who[lead.end():]  # 下阶段市政府办公厅将…: the time words open the clause
        if not who or NOT_ACTOR.match(who):
            return None
    if ACTION.match(who) or VAGUE.search(who):
        return None
    if who[-1] in _PLACE_LEVEL and m.group("modal") == "将":
        return None  # 某县将继续推进…: the place speaking of itself, its government by default
    return who


# What a meeting adopted, reported (会议表决通过市人民政府工作报告等6项决议 / 本次大会票决通过
# 2023年10项民生实事项目 / 决定批准这5个报告 / 全会审议通过了…): the meeting's own act, done,
# whatever count of items it names (session 13); not an act still to be laid before a meeting
# (年内提请市人大常委会审议通过《X条例》 / 报市政府审议通过后实施 / 确保6月底前经常务会议审议通过)
ADOPTED = needing(r"^(?:[^，,；;。]{0,12}?(?:会议|大会|全会|常委会|会上))?[^，,；;。]{0,4}?"
                  r"(?:决定批准|(?:表决|票决|审议|一致|投票)(?:并)?通过)(?:了)?")
_ADOPTED_MEETING = re.compile(r"会议|大会|全会|常委会|会上|^决定批准")
_LAID_BEFORE = re.compile(r"提请|报请|提交|报送|报市|报省|报区|报县|报经|经[^，,；;。]{0,12}?(?:会议|常委会)|后(?:施行|实施|印发|执行)"
                          r"|(?<![需主重只])要(?![求素点])|将|确保|力争|争取|须|应当|前")


def is_adopted(clause: str) -> bool:
    """What a meeting adopted, reported (ADOPTED), no act still to be laid before it."""
    words = clause.strip()
    return ADOPTED.match(words) is not None and _ADOPTED_MEETING.search(words) is not None \
        and _LAID_BEFORE.search(words) is None


def is_logistics(clause: str) -> bool:
    """Meeting logistics, bylines and page furniture (or a bare speech-reporting clause)."""
    if len(clause) <= 16 and search_end(REPORTING, clause, REPORTING_SPAN):
        return True
    if search_end(LIST_INTRO, clause, LIST_INTRO_SPAN, _LIST_INTRO_CUE):
        return True  # 我们将重点抓好以下几项工作: it announces the list, it is not in it
    if "《" in clause:
        # a word of meetings inside a title names a document (围绕《政府工作报告》确定的重点
        # 工作 / 《会议纪要》): the clause acts on it, it reports no meeting
        clause = _TITLE.sub("《》", clause)
    return LOGISTICS.search(clause) is not None and MODAL.search(clause) is None


_TITLE = re.compile(r"《[^《》]{1,40}》")


# A clause announcing the items that follow.
LIST_INTRO = screened(r"(?:以下|如下)(?:几|[\u4e00-\u9fff]{0,4}(?:工作|方面|任务|措施|要求|意见|事项))"
                        r"[:：]?$|如下[:：]?$")
_LIST_INTRO_CUE = needs(LIST_INTRO)
LIST_INTRO_SPAN = 2 + 4 + 2 + 1 + 2  # 以下 + four characters + 工作 + ： and room for $


@functools.lru_cache(maxsize=4096)
def is_exhortation(clause: str) -> bool:
    """Ideological or generic wording with nothing that can later be checked. The verb a
    clause opens with does not count as its concrete object (建设…美丽X: 建设 is the verb).
    (Remembered: the unit model reads the signal of the words the judge read, and a
    sentence's units are asked when they are grouped into duties.)"""
    if VAGUE.search(clause) is None or RECURRING.search(clause):
        return False
    rest = _strip_vague(clause)
    verb = ACTION.match(rest)
    return CONCRETE.search(rest[verb.end():] if verb else rest) is None


def _strip_vague(clause: str) -> str:
    return VAGUE.sub("", clause)


# A count of the document's own tasks or of the bodies it names (明确133项具体任务 /
# 涉及34个牵头单位 / 共计确定676项整改任务): it describes the document, it commits to nothing.
META_COUNT = re.compile(r"(?:明确|确定|涉及|细化|包括|共计|共有|共|分解|梳理出?|列出)[^，,；;。]{0,10}?"
                        r"\d+(?:项|个|条|类|方面)[^，,；;。]{0,8}?(?:任务|举措|措施|问题|单位|部门|事项|方面|内容|工作)"
                        r"|^(?:其中)?[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|旗|镇|乡|街道)\d+项$"
                        r"|(?:分解|明确|确定|细化)(?:任务|举措|措施|事项|问题)\d+(?:项|个|条)"
                        r"|(?:任务|举措|措施|事项|问题)共(?:计|有)?\d+(?:项|个|条)"
                        r"|(?:以下|如下|下列)\d+(?:项|个|条|类|方面)"
                        # the scope a text covers (范围涉及36个重点城市…): a description
                        r"|^[^，,；;。]{0,6}?(?:范围|对象)(?:涉及|包括|覆盖|为)[^，,；;。]{0,20}?\d+(?:个|家|项|所)")
_META_COUNT_CUE = needs(META_COUNT)  # (a quick test before its scan)
# A part heading with the tally of its items (一、科教惠民工程（项目6个，其中基建工程类5个）):
# the items under it are the records (not a measure with the count of what it delivers:
# 实施城市更新行动（项目12个） opens with its verb)
TALLY_HEADING = needing(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?"
                           r"(?P<head>[^，,；;。（(]{2,20}?)[（(](?:项目|任务|事项|举措|实事)(?:共|共计)?\d+(?:个|项|件|条)"
                           r"[，,、；;）)]")
# The lines of work a text announces (重点抓好8方面工作 / 2023年着力抓好40项重点工作 / 突出抓好
# 五个方面的工作): the items that follow are the records, not their count (not a list of them:
# 着力做好经济高质量发展、产业体系建设等八个方面工作 names them)
ANNOUNCED = needing(r"^[^，,；;。、等]{0,10}?(?:抓好|做好|抓实|抓细|突出|聚焦|围绕|部署)(?:以下|下列|好)?"
                    r"(?:\d+|[一二两三四五六七八九十]{1,3})(?:个)?(?:项|个|大|方面|件)的?"
                    r"(?:重点|主要|具体|重要)?(?:工作|任务|方面|事项)$")
# 区城管局区政府民生实事项目3个: a tally of items under a body, with no verb of delivery.
TALLY = needing(r"^[^，,；;]{0,24}?(?:项目|任务|事项|举措|措施|问题)\d+(?:个|项|条)$")


# A share of a whole or of a plan (占总数的86.9% / 完成年度目标任务的108.6%): a reported figure.
SHARE_OF = screened(r"占[^，,；;。]{0,12}?的\d+(?:\.\d+)?%|完成[^，,；;。]{0,12}?(?:任务|计划|目标)的?\d+(?:\.\d+)?%"
                      r"|(?:其余|其中|剩余)\d+(?:项|个)|超进度|正(?:在)?(?:加快)?推进$"
                      # a share standing as a clause of its own, no metric named (…5项进展较快，
                      # 占比29%): the share of the count before it
                      r"|^占比\d+(?:\.\d+)?%[。；;，,]?$")
# How far a count of tasks went (5项进展较快 / 有7项提前完成任务 / 3个项目进度偏慢 / 4个项目超
# 序时进度推进 / 1个项目未完成年度目标), the state as the clause's predicate: a progress report's tally, never a task
# (not the tasks of that state as an object: 对进展较慢的5个项目实行挂牌督办; nor with a word
# that commits: 确保5项提前完成)
STATUS = re.compile(
    r"^(?:其中|另有|还有|有)?[^，,；;。的]{0,16}?(?:\d+|[一二两三四五六七八九十]{1,3})(?:项|个|件|家|条|处|所|批)"
    r"[^，,；;。的]{0,10}?(?:(?:进展|进度|推进)(?:较快|很快|顺利|良好|正常|平稳|有序|偏慢|较慢|缓慢|滞后|明显)"
    r"|提前(?:完成|完工|竣工|建成|办结)|超序时进度|达到序时进度|达序时进度|超进度"
    # (8个项目完成年度目标 / 1个项目基本完成年度目标 / 2项未完成全年任务: how many reached
    # the year's goal, session 13b)
    r"|(?:已经?|已|均|基本|全部|未|尚未|没有|未能)?(?:完成|达到|实现)(?:了)?(?:年度|全年|当年)"
    r"(?:投资)?(?:目标|任务|计划)(?:任务)?)[^，,；;。的]{0,6}$")


# The size of a project and how it is funded, said of it (41项农村饮水安全工程总投资1903.88万元 /
# 该项目总投资约5亿元 / 其中中央预算内资金1436万元 / 地方配套467.88万元): what the project is,
# nothing to deliver (not an amount set to be spent or raised: 年度完成总投资640亿元以上 /
# 今年拟安排中央预算内投资X / 争取上级补助资金X; a bare 总投资X beside a measure is its budget,
# grouping.py joins them)
PROJECT_SIZE = re.compile(
    r"^(?![^，,；;。]*?(?:完成|计划|计画|拟|力争|争取|确保|实现|累计|安排|筹措|筹集|投入|落实|下达|拨付|新增))"
    r"(?:[^，,；;。其]{1,30}?(?:总投资|总投入|总造价|总概算)(?:额)?(?:为|约|达|近|超过|超)?"
    r"|(?:其中[，,]?)?(?:中央|省|市|县|区|乡|镇|地方|上级|本级|各级|财政|企业|社会)[^，,；;。]{0,8}?"
    r"(?:资金|配套|补助|自筹|投资)(?:资金)?(?:为|约)?)"
    r"[0-9０-９.．]+(?:万|亿)?元(?:左右)?$")


def is_project_size(clause: str) -> bool:
    """The size of a project or a share of its funding, said of it (PROJECT_SIZE)."""
    return "元" in clause and PROJECT_SIZE.match(clause.strip().rstrip("。；;，,")) is not None


# A word that commits (MODAL), 要 only as the modal verb (not 要求 / 主要 / 重要)
_COMMITS = re.compile(r"(?<![主重纲必需只])要(?![求素点闻件])|将|确保|力争|争取|务必|必须|应当")


# The outcome of a vote or of a satisfaction poll, counted in votes (满意95票，基本满意27票，
# 不满意0票 / 以赞成210票、反对5票、弃权11票 / 同意票为45票): what the members chose,
# nothing to deliver, and no measure of the place to keep as an indicator (session 13b)
SATISFACTION = r"(?:基本|非常|比较)?满意|不满意"  # (the answers of a satisfaction poll)
_VOTE = (rf"(?:以)?(?:{SATISFACTION}|赞成|反对|弃权|同意|不同意|有效|无效|得)"
         r"(?:票数?)?(?:为|数为)?[0-9０-９]+票")
VOTES = needing(rf"^[^，,；;。\d０-９]{{0,12}}?{_VOTE}(?:[，,、]?{_VOTE})*"
                r"(?:[^，,；;。\d０-９]{0,12}?(?:通过|当选|获得通过))?$")


def is_votes(clause: str) -> bool:
    """A clause of vote counts (VOTES), with no word that commits."""
    if "票" not in clause:
        return False
    words = clause.strip().rstrip("。；;，,")
    return VOTES.match(words) is not None and _COMMITS.search(words) is None


def is_status(clause: str) -> bool:
    """The state of progress of a count of tasks (STATUS), with no word that commits."""
    words = clause.strip().rstrip("。；;，,")
    return STATUS.match(words) is not None and _COMMITS.search(words) is None \
        and _STATUS_BOUND.search(words) is None


# A time bound in a count's clause (年底前 / 年内 / 6月底): the state is one to reach
_STATUS_BOUND = re.compile(r"(?<!提)前|年内|[月年]底")


# A clause that only frames what follows (以完善政务公开为核心 / 2016年是…开局之年).
FRAME_ONLY = re.compile(r"^以[^，,；;]{1,40}为(?:基本|根本|主要|首要|重要|重点|总|强大|有力|核心)?"
                        r"(?:核心|重点|契机|抓手|引领|主线|导向|目标|统领|基础|主体|支撑|"
                        r"出发点|落脚点|立足点|着力点|切入点|主|"
                        # what the measures are pulled by, carried on, broken through at (以数字化
                        # 改革为牵引 / 以项目建设为载体 / 以X为突破口 / 以村为单位 / 以X为重点对象)
                        r"牵引|载体|突破口|动力|关键|依托|纽带|支点|遵循|指引|引擎|对象|单位)"
                        r"(?:和(?:出发点|落脚点|立足点|着力点|归宿))?$"
                        r"|^[^，,；;]{0,20}是[^，,；;]{0,30}之年$")
# Clauses that frame what follows and state nothing of their own (session 11q), by the
# definition page never a record, whatever figure or end-state word they hold:
# - a thing made the priority (把X作为重大政治任务来抓 / 将X作为重要契机和强大动力);
# - a clause of topic or time only, its predicate in the next clause (对情况复杂、短期内难以
#   整改完成的问题 / 自督察组反馈意见后 / 在推进过程中);
# - the page speaking of itself or an interview's question (本文就…进行简要梳理 / 请您介绍一下…).
_AS_PRIORITY = re.compile(r"作为[^，,；;。]{0,40}?(?:来抓|来推进|来落实|来部署|来完成|来办|来对待|政治任务|头等大事|契机|动力|"
                          r"抓手|突破口|切入点|牛鼻子)$")
_TOPIC_ONLY = re.compile(r"^(?:对于|对|针对|关于)[^，,；;。]{1,40}的(?:问题|情况|事项|企业|单位|项目|地方|区域|"
                         r"部门|任务|村|户|人员|地块)$"
                         r"|^(?:自|从)[^，,；;。]{2,60}?(?:后|以来|之后|以后)$"
                         r"|^在[^，,；;。]{2,30}?(?:过程中|工作中|实践中)$")
_PAGE_META = re.compile(r"本文(?!件)|笔者|小编|请您|请问|介绍一下|答记者问")


def frames_only(clause: str) -> bool:
    """Whether *clause* only frames what follows (see above): a priority named, a topic or a
    time with no predicate, the page or an interviewer speaking."""
    words = clause.rstrip("。；;，,、：: ")
    if "作为" in words and _AS_PRIORITY.search(words) is not None:
        return True
    if words[:1] in "对针关自从在" and _TOPIC_ONLY.match(words) is not None:
        return True
    return _PAGE_META.search(words) is not None


# A bracketed note of who answers for the measures (〔市生态环境局牵头，…负责落实〕…).
ROLE_BRACKET = re.compile(r"^[（(〔][^）)〕]{0,80}?(?:牵头|负责落实|配合|参与)")


# A bound set with a word that commits (其中7项需在年底前完成 / 剩余3个问题将于6月底前完成
# 整改): what is left of a plan, still to do — not a share reported.
SET_AHEAD = re.compile(r"(?:要|将|需|须|必须|确保|力争|计划|拟)[^，,；;。]{0,4}?(?:于|在|到)?"
                       r"[^，,；;。]{0,10}?(?:前|以前|之前|年底|年内|月底)"
                       # a bound that opens the act (年底前完成剩余4个问题整改 / 6月底前全部销号)
                       r"|^[^，,；;。]{0,14}?(?:前|以前|之前|年底|年内|月底)(?:全部|基本|全面)?"
                       r"(?:完成|销号|办结|整改)")

_HAS_DIGIT = re.compile(r"\d")


_SHARE_CUE = re.compile(r"占|完成|其余|其中|剩余|超进度|推进")
# What is left of a plan as the object of a verb that delivers it (完成剩余10个问题的整改 /
# 年内解决其余5项 / 抓紧办结余下3件): the count still to do, a commitment (R2: `=` with the
# count), not a share reported (其余39项正积极推进 / 已完成剩余2项 are reports)
_DELIVER_REST = re.compile(r"(?<!已)(?<!已经)(?:完成|解决|整改|办结|销号|化解|处置|清理|整治|落实)(?:好|完)?"
                           r"(?:剩余|剩下|其余|余下)的?(?:\d+|[一二两三四五六七八九十]{1,3})")


# The counts of a working body's own make-up, the thing counted named first (下设综合协调组、
# 督查组等4个工作组 / 下设三个攻坚组 / 涉及牵头单位12家 / 成员单位43个 / 牵头部门4家、配合部门
# 43家 / 共梳理整改问题31个): how the work is organised, nothing to deliver (not 组建4个服务
# 团队 / 新增企业10家 / 完成剩余4个问题整改, counts of what is delivered)
_COUNT_OF = r"(?:共计?|共有|合计)?(?:\d+|[一二两三四五六七八九十]{1,3})"
MAKEUP = needing(
    rf"^(?:并|另|还|其中|同时)?下设[^，,；;。]{{0,40}}?{_COUNT_OF}个[^，,；;。]{{0,6}}?"
    r"(?:小组|工作组|专项组|专班|组|办公室|分指挥部|指挥部)$"
    r"|^(?:其中|共|涉及|包括|共有|另有)?(?:(?:牵头|责任|成员|配合|协办|参与|主责|协同|督导)(?:单位|部门)"
    rf"{_COUNT_OF}(?:家|个)[、，,和及]?)+$"
    rf"|^[^，,；;。]{{0,12}}?(?:共|累计|全面)?梳理(?:出)?[^，,；;。]{{0,10}}?(?:问题|任务|事项){_COUNT_OF}"
    r"(?:个|项|条|件)$")


def has_verb(words: str) -> bool:
    """Whether *words* hold a verb of action anywhere (建设 / 制定 / 开展 …)."""
    return _ANY_VERB.search(words) is not None


# The tally of a progress report by state (已完成或基本完成的有19项 / 进展滞后的有3个 / 年底前能确保
# 完成的指标任务，共计98项 / 出现调整的有3项): how many of the tasks are in that state, a count of
# them, nothing to deliver (session 13). The task after it stays (年底前完成的有N项 is no act
# either way; 计划实施的重点项目共计120个 looks ahead: a word that commits keeps it, not 能确保 /
# 可确保, which weigh what can be done)
TALLY_BY_STATE = re.compile(
    rf"的有{_COUNT_OF}(?:项|个|件|条|家|处|所|批)$"
    r"|的(?:指标|重点|主要|具体)?(?:任务|项目|事项|问题|指标)[，,]?\s*(?:共计|共有|合计|总计|共)"
    r"(?:\d+|[一二两三四五六七八九十]{1,3})(?:项|个|件|条)$")
_LOOKS_AHEAD = re.compile(r"(?<![能可])(?:(?<![需主重只])要(?![求素点])|将|确保|力争|争取|计划|拟|安排)")
# A count that only frames the items under it: the stages a campaign runs in (整改分3个阶段
# 推进 / 行动分为三个阶段), or a heading that names a count of tasks with no act before it
# (“十三五”应急体系9个具体建设任务 / 2022年10项民生实事 / 15项民生实事出炉): the items, the
# stages' own tasks, are the records (not 分两批完成200户改造, nor 实施16个项目 / 新建学校3所,
# whose verb opens the count, nor 力争重点项目10个, nor an item of a list whose verb stands
# before the list or in it: 实施16个卫生院、158个村卫生室改扩建项目; 建设 as a modifier, 具体建设
# 任务, is no act; nor a count of works or projects, 10个全民健身示范工程 / 25个供水工程 /
# 12个改造项目: in a list under a verb, each is a thing to deliver)
STAGES = needing(r"^[^，,；;。]{0,20}?分(?:为|成)?(?:\d+|[一二两三四五六七八九十])个?(?:阶段|步骤|步|批次|轮)"
                 r"(?:推进|实施|进行|开展|组织实施|展开|走)?$")
COUNT_HEADING = needing(r"^(?P<pre>[^，,；;。]{0,24}?)"
                        # (12大类40件 / 五个方面20项: the classes, then the count of items)
                        r"(?:(?:\d+|[一二两三四五六七八九十]{1,3})(?:大类|类|个方面|方面|大领域|个领域))?"
                        r"(?:\d+|[一二两三四五六七八九十]{1,3})(?:项|个|件|大|类)"
                        r"(?P<mid>[^，,；;。\d]{0,8}?)(?:任务|实事(?:项目)?|事项|举措|措施)"
                        r"(?:名单)?(?:正式)?(?:出炉|揭晓|公布|亮相)?$")


# An act that chose the items before their count (票选出年度十类39件重点民生实事 / 确定今年15项
# 民生实事): the count is its object, not a heading
_CHOSE = re.compile(r"选出|选定|评出|推出|确定|票决|票选|遴选")


def is_tally_by_state(clause: str) -> bool:
    """A progress report's count of tasks by state (TALLY_BY_STATE), no word looking ahead."""
    words = clause.strip().rstrip("。；;，,")
    return TALLY_BY_STATE.search(words) is not None and _LOOKS_AHEAD.search(words) is None


def is_count_frame(clause: str) -> bool:
    """The stages of a campaign or a heading naming a count of tasks (STAGES, COUNT_HEADING)."""
    words = clause.strip().rstrip("。；;，,：:")
    if STAGES.match(words) is not None:
        return True
    m = COUNT_HEADING.match(words)
    return m is not None and not has_verb(m.group("pre")) and MODAL.search(m.group("pre")) is None \
        and _CHOSE.search(m.group("pre")) is None \
        and _AIMED_COUNT.match(m.group("pre")) is None and not has_verb(m.group("mid").replace("建设", ""))


def is_meta_count(clause: str) -> bool:
    if ANNOUNCED.match(clause.rstrip("。；;，,：: ")) is not None:
        return True
    if is_tally_by_state(clause) or is_count_frame(clause):
        return True
    if MAKEUP.match(clause.strip().rstrip("。；;，,、")) is not None:
        return True
    if _HAS_DIGIT.search(clause) is None:
        return False  # every count has its figure
    if _META_COUNT_CUE.search(clause) is not None and META_COUNT.search(clause) is not None:
        return True
    if (heading := TALLY_HEADING.match(clause)) is not None \
            and ACTION.match(heading.group("head")) is None:
        return True
    return TALLY.match(clause) is not None and _ANY_VERB.search(clause) is None \
        and _AIMED_COUNT.match(clause) is None


# The words of aiming before a count (努力争取市县级重点项目4个 / 力争省级重点项目10个 /
# 谋划储备重大项目50个): the count is one to reach, not a tally (session 11s)
_AIMED_COUNT = re.compile(r"^(?:努力|全力|积极|力争|确保)?(?:争取|力争|谋划|储备|落地)")


def looks_past(clause: str, *, ahead: bool = False) -> bool:
    """Wording of a result already reached or a baseline (同比下降, 首次实现, 已建成).
    *ahead*: the clause stands under a bound or a heading of goals still ahead, where
    only the words that report the past wherever they stand (已, 去年 …) count."""
    return _looks_past(clause, ahead)


@functools.lru_cache(maxsize=4096)
def _looks_past(clause: str, ahead: bool) -> bool:
    # (remembered: the unit model reads the signal of the words the judge read)
    clause = plain_yi(clause)
    if (_STRONG_PAST_CUE.search(clause) is not None and STRONG_PAST.search(clause) is not None) \
            or EXEMPLAR.search(clause) is not None:
        return True
    if ahead or PAST.search(clause) is None:
        return False
    # a change against last year (同比 / 比上年 / 累计) given as a round aim (同比增长5%左右 /
    # 累计减排不低于800吨) states a target: a result is reported as the figure reached
    return _AIMED.search(clause) is None


_AIMED = re.compile(r"左右|不低于|不少于")
# A leading clause of basis (按照…，/ 根据…要求，/ 依据…规定，): what the measure rests on.
BASIS = re.compile(r"(?:按照|根据|依据|依照|遵照|对照)[^，,；;。：:]{1,30}?[，,]\s*")


def judge(clause: str, *, past_context: bool = False, has_target: bool = False,
          ahead: bool = False, bound: bool = False) -> Verdict:
    """Classify one clause. *past_context*: the sentence or section reports results;
    *ahead*: it stands under a bound or a heading of goals still ahead (到2030年，… /
    “十五五”时期主要目标 / 今年主要预期目标是：…).

    *bound*: time words of its own stand right before it (到2020年，…): the quote will hold
    them.

    *has_target*: a quantity or end state was found in it (the caller runs the target
    parser). Targets and deadlines are anchors the pipeline adds on top of this verdict.
    The actor named as subject is returned even when the clause itself is rejected, so
    that the rest of its sentence can be attributed to it.
    """
    text = clause.strip()
    if len(text) < 4 or text.endswith(TOPIC_ENDS):
        return Verdict(None, 0.0)
    # a clause of basis run into the measure (按照整改方案，各地…将共同对…进行排查): the
    # measure after it is what is judged
    basis = BASIS.match(text)
    if basis is not None and len(text) - basis.end() >= 4:
        return judge(text[basis.end():], past_context=past_context, has_target=has_target,
                     ahead=ahead, bound=bound)
    # a word of page furniture or meeting reports (会议, 视频, 联系 …) inside a measure with
    # a concrete object (建立联席会议制度, 建成视频监控系统) or a target does not make it logistics
    if is_meta_count(text) or ((text[0] == "以" or text.endswith("之年")) and FRAME_ONLY.match(text)) \
            or frames_only(text) \
            or (text[0] in "（(〔" and ROLE_BRACKET.match(text)):
        return Verdict(None, 0.0)
    if ("落" in text or "目标任务" in text) and WORK_ITSELF.match(text.rstrip("。；;，, ")):
        return Verdict(None, 0.0)
    # (under a heading of goals or a bound that opens its chain as well: 到2025年，人均预期寿命
    # 达到83岁；乡村振兴实现新跨越 — the comparative is no quantity nor end state; only time
    # words of its own, in it (see is_vague_gain) or right before it (“十五五”期间，…取得重大
    # 进展: *bound*), keep it)
    if (not ahead or not bound) and _GAIN_HINT.search(text) and is_vague_gain(text):
        return Verdict(None, 0.0)
    if _SHARE_CUE.search(text) and SHARE_OF.search(text) and not SET_AHEAD.search(text) \
            and not _DELIVER_REST.search(text):
        return Verdict("indicator", 0.6) if has_target else Verdict(None, 0.0)
    if is_votes(text):
        return Verdict(None, 0.0)
    if is_status(text) or is_project_size(text) or is_harm_count(text):
        return Verdict("indicator", 0.6) if has_target else Verdict(None, 0.0)
    if is_adopted(text):
        return Verdict(None, 0.0)
    if is_logistics(text) and not has_target \
            and not (ACTION.match(text) and CONCRETE.search(text)):
        return Verdict(None, 0.0)
    actor = subject_of(text)
    if is_problem(text) and not has_target:
        return Verdict(None, 0.0, actor)
    if actor is None and not past_context and "由" in text[:4]:
        by = by_body(text)
        if by is not None:
            # 由人大常委会办公厅印发… / 并由市政府办公室以书面形式通知…: an act laid on a
            # named body (the rules of a congress, a plan's division of work): its duty
            rest = text[text.index(by) + len(by):]
            if BUILD.search(rest) and CONCRETE.search(rest):
                return Verdict("deliverable", 0.7, by)
            return Verdict("duty", 0.65, by)
    kind, confidence = _kind(text, actor, past_context, has_target, ahead)
    return Verdict(kind, confidence, actor)


# The work itself as the object (认真抓好贯彻落实 / 确保各项任务落地落细落实 / 推动政府工作全面
# 有效落实 / 确保完成目标任务): how the document is to be carried out, nothing of its own to check.
WORK_ITSELF = re.compile(
    r"^(?:要|必须|务必)?(?:认真|切实|全力|扎实|全面)?(?:确保|推动|推进|抓好|做好)?"
    r"(?:各项|政府|目标|重点|全年|年度)?(?:工作|任务)?(?:全面|有效|贯彻)*(?:落实|落地|落细)+$"
    r"|^(?:要|必须|务必)?(?:确保|全面|按期|如期)*完成(?:各项|年度|全年)?目标任务$")
# A gain named only by a comparative with no measure (民生福祉达到更高水平 / 乡村振兴实现新
# 跨越 / 城市能级得到新提升 / 关键领域改革取得重要进展): nothing to check, unless the clause
# gives it a number or a time (到2030年… / “十五五”期间…取得重大进展 are targets of a plan)
# or names the act it is about (《…》).
VAGUE_GAIN = re.compile(r"(?:实现|取得|迈上|迈出|达到|得到|开创|展现|呈现|再上|跃上|再创|开创)"
                        r"[^，,；;。]{0,3}?(?:新|更高|重要|重大|决定性|明显|显著|积极|长足)"
                        r"[^，,；;。]{0,4}$")
_GAIN_HINT = re.compile(r"[新高重决显积长]")
_TIMED = re.compile(r"\d|[十一二三四五六七八九][一二三四五六七八九]?五|期间|时期|年底|年内|今年|明年|前")


def is_vague_gain(clause: str) -> bool:
    words = clause.rstrip("。；;，, ")
    # a gain of a named act or event (推动《公约》缔约方大会取得积极成果) can be checked
    return VAGUE_GAIN.search(words) is not None and _TIMED.search(words) is None \
        and "《" not in words


# A problem stated, not a task set: what still needs doing or falls short (改革任务依然繁重 /
# 增长动力仍需加强 / 创新能力不强 / 发展不平衡不充分), said without a word that commits.
PROBLEM = screened(r"仍需|仍须|依然|仍然|尚需|尚待|有待|亟待|仍有|仍存在|仍较"
                     r"|(?:繁重|艰巨|薄弱|不足|不够|不强|不高|偏低|偏高|不平衡|不充分)$"
                     # a task that fell behind (X未按期完成 / 未按时完成整改 / 进度滞后 / 推进
                     # 缓慢), said last: the finding of a report, not the task set
                     r"|未(?:按期|按时|如期|能)?(?:完成|完工|销号|开工|启动)(?:整改|任务|销号)?$"
                     r"|(?:进度|进展|建设|工作)?(?:滞后|缓慢)$"
                     # a task judged hard to finish (完成有一定困难 / 按期完成存在较大困难 / 推进
                     # 难度较大), said last: the finding of a progress report (session 13)
                     r"|(?:有一定|存在(?:一定|较大)?|有较大)困难$|难度(?:较大|很大|大)$")

_PROBLEM_CUE = needs(PROBLEM)


# The toll of a disaster or accident reported in figures (农作物受灾面积3.2万公顷 / 因灾需救助
# 人口5300人 / 直接经济损失1.8亿元 / 事故6起、死亡9人): a problem stated as the figures of what
# happened, kept as an indicator (session 13) — not a bound on it (因灾死亡人数控制在10人以内 /
# 直接经济损失占GDP比例低于1% / 事故死亡人数下降10%), which is a target
HARM = needing(r"^[^，,；;。]{0,16}?(?:受灾|成灾|绝收|损失|死亡|受伤|失踪|遇难|伤亡|需救助|被困|倒塌|损坏|受损|事故)"
               r"[^，,；;。\d]{0,8}?\d+(?:\.\d+)?(?:万|亿)?(?:公顷|亩|人|户|元|间|起|头|处|座|人次)$")
_BOUND = re.compile(r"控制|以下|以内|低于|不超过|不高于|少于|下降|减少|降低|降至|降到|为零|清零|杜绝|比例|率")


def is_harm_count(clause: str) -> bool:
    """The figures of a disaster's or an accident's toll (HARM), no bound and no word that
    commits."""
    words = clause.strip().rstrip("。；;，,")
    return HARM.match(words) is not None and _BOUND.search(words) is None \
        and MODAL.search(words) is None


def is_problem(clause: str) -> bool:
    """A clause stating a problem found or a gap still open, with no modal word (要 / 将 /
    确保 …) that would make it a task."""
    return _PROBLEM_CUE.search(clause) is not None \
        and PROBLEM.search(clause.rstrip("。；;，, ")) is not None and MODAL.search(clause) is None


# An act laid on a named body by 由 (由人大常委会办公厅印发… / 并由市政府以书面形式通知…),
# not 由于 / 由此 / 由X转变为Y / 由X牵头 alone (a statement of roles, read before).
_BY_BODY = re.compile(
    r"^(?:并|均|统一|一律|再|另)?由(?!于|此|原|过去|以往)(?P<who>[^，,。；;：:由]{2,30}?"
    r"(?:委员会|常委会|委会(?!同)|政府|党委|人大|政协|部门|单位|机关|法院|检察院|机构|办公厅|办公室|会议|"
    r"局|厅|委|办|院|组|中心|站|所|队|公司)"
    r"(?:[（(][^）)]{1,8}[）)])?)"
    r"(?!转变|变为|改为|向[^，,；;]{0,12}转)(?:负责|统一|具体|会同[^，,；;。]{2,20}?|联合[^，,；;。]{2,20}?)?"
    r"(?P<act>[\u4e00-\u9fff]{2})")
_ROLE_ACT = frozenset({"牵头", "负责", "配合", "协助", "参与", "主办", "承办", "协办"})


def by_body(clause: str) -> str | None:
    """The body a clause lays its act on with 由 (由X印发Y → X), or None."""
    m = _BY_BODY.match(clause)
    if m is None or m.group("act") in _ROLE_ACT and m.end() >= len(clause.rstrip("。；;，, ")):
        return None
    who, end = m.group("who"), m.end("who")
    while (more := _MORE_BODY.match(clause, end)) is not None:
        end = more.end()  # 人大常委会|办公厅 / 人大专门委员会或者人大常委会工作机构: the whole name
    who = clause[m.start("who"):end]
    if ROLE_NOUN.match(who):
        # 由包片单位县文广局督促… / 由属地政府某某镇人民政府牵头…: the body named after its role
        named = find_bodies(clause[end:end + 30])
        if named and clause.startswith(named[0].name, end):
            return named[0].name
    if ACTION.match(who) or VAGUE.search(who):
        return None
    return who


# The rest of a body's name after the shortest one 由 reads (人大常委会 → 人大常委会办公厅), and
# the bodies joined to it (或者人大常委会工作机构)
_MORE_BODY = re.compile(r"(?:(?:或者|或|和|及|与|、)[^，,。；;：:由]{2,16}?)?"
                        r"(?:[\u4e00-\u9fff]{0,4}?(?:委员会|办公厅|办公室|工作机构|机构)"
                        r"|(?<=[会委院])(?:办公厅|办公室|办|党组|机关))")


# A standing obligation stated with 应当 (the modal of rules and statutes: “一府两院”应当协助、
# 配合… / 应当在每年的一月二十日前提出…), not a speaker's 应当看到 / 应当说 / 应当认识到.
OBLIGED = re.compile(r"^(?:并且?|均|还|也|同时)?应当(?!看到|说|指出|认识|承认|注意到|看出|是|成为|把握|明白)"
                     r"[\u4e00-\u9fff“（(]")


# A place as the subject of 将, the time words between (海口市将… / 修水县今年将… / 伊金霍洛旗
# 下一步将…): the verb of the measure follows 将
PLACE_WILL = needing(r"^[^，,；;：:、“”《》（）()\d]{1,12}?(?:省|市|县|区|州|盟|旗|镇|乡|街道)"
                        rf"(?:(?:下一步|今后)[，,]?|{SUBJECT_TIME}[，,]?){ALSO}将")


def _kind(text: str, actor: str | None, past_context: bool,
          has_target: bool, ahead: bool = False) -> tuple[str | None, float]:
    if past_context or (looks_past(text, ahead=ahead) and not FORWARD.search(text)):
        if has_target or "首次" in text:
            return "indicator", 0.7 if has_target else 0.5
        return None, 0.0
    rest = text
    if actor is None and (place := PLACE_WILL.match(text)) is not None:
        # 海口市将推进…试点建设: a place speaking of itself (no body of its own, see
        # subject_of); its measure is what follows 将
        rest = text[place.end():]
        if FRAME_ONLY.match(rest):
            return None, 0.0  # 某市将以…为核心: the frame of what follows, as without the place
    if actor is not None:
        rest = text[text.find(actor) + len(actor):]
        also = _TIME_ALSO.match(rest)  # (it matches, if only the empty string)
        rest = rest[also.end() if also else 0:].lstrip("要应当必须须需负责牵头，,")  # noqa: B005 - a set of characters
        if BUILD.search(rest) and CONCRETE.search(rest):
            return "deliverable", 0.75
        if not is_exhortation(rest):
            return "duty", 0.75
    # time words the clause opens with (二季度末前 / 9月底前) stand before its verb
    timed = rest[leading_time_words(rest):].lstrip("，, ") if rest[:1] in _TIME_START else rest
    action = ACTION.match(timed) or ACTION_LATE.match(timed) \
        or search_end(ACTION_END, rest, ACTION_END_SPAN, ACTION_END_CUE) \
        or (_DELIVERY.search(timed, 0, SUBJECT_SPAN) and ACTION_SUBJECT.match(timed))
    prohibition = PROHIBITION.search(text) is not None or NEGATED_BUILD.search(text) is not None
    if action is None and RECURRING.search(text) and _ANY_VERB.search(text):
        return "duty", 0.6  # 每半年报送一次阶段性工作总结: a standing duty, checkable by its records
    if action is None and not prohibition and len(rest) >= 8 and OBLIGED.match(rest) \
            and not is_exhortation(rest):
        return "duty", 0.6  # 应当协助、配合视察活动: the obligation a rule states
    if action is None and not prohibition and not has_target:
        return None, 0.0
    if not has_target and is_exhortation(text):
        return None, 0.0
    if prohibition or (STANDING.search(text) and not CONCRETE.search(text)):
        return "duty", 0.6
    # what the verb acts on: the words after a verb the clause opens with
    obj = timed[action.end():] if action and action.re is not ACTION_END and action.start() == 0 \
        else text
    concrete = CONCRETE.search(obj) is not None
    if "坚持" in text and PRINCIPLE.match(text) and not NAMED.search(text):
        return None, 0.0  # 坚持系统推进 / 坚持问题导向: a principle, not a measure
    if not concrete and not has_target \
            and search_end(ABSTRACT_END, text, ABSTRACT_END_SPAN, _ABSTRACT_END_CUE):
        return None, 0.0
    if not has_target and GROWTH.match(text) and not NAMED.search(text):
        return None, 0.0
    if not concrete:
        return "deliverable", 0.45
    named = NAMED.search(obj)
    return "deliverable", 0.75 if named else 0.7


# The verbs of change and care (加强 / 完善 / 推进 / 提升 / 优化 / 打造 …): what they act on may
# be a field, a capacity or a level, with nothing a reader could later check as done.
CARE_VERB = re.compile(
    r"^(?:加强|强化|深化|提升|提高|完善|健全|优化|推进|推动|促进|加快|巩固|增强|改善|构建|打造|"
    r"统筹|做好|抓好|落实|发挥|坚持|注重|聚焦|深入|扩大|拓展|规范|保障|加大|守牢|筑牢|激发|释放|"
    r"培育|发展|壮大|做强|做优|引导|鼓励|支持|创新|探索|营造|形成)")
# Anchors of checkability in a clause's words (commitments.md): a figure, a count or an
# ordinal in Chinese numerals (两个, 第二轮, 一张图), a title or a quoted name, an end state
# (全覆盖 / 清零 / 消除 / 到位 / 销号 / 办结), a list of named things closed by 等
# (水泥、焦化、玻璃等行业), or time words (年底 / 上半年 / 限期 / “十五五”期间 / 三年).
ANCHORS = screened(
    r"[\d０-９《“\"「]|第[一二三四五六七八九十]|[一二两三四五六七八九十百千万]+"
    r"(?:个|项|家|座|条|所|处|亩|公里|批|支|类|大|本|张|网|轮|级)|全覆盖|清零|全部|消除|销号|到位|"
    r"办结|、[^，,；;]*等|年底|年内|月底|月份|前完成|季度|期间|今年|明年|十[四五]五|[上下]半年|"
    r"限期|如期|按期|[一二两三五十]年")


def unanchored_aim(clause: str) -> bool:
    """Whether *clause* (Simplified) opens, once its adverbs are gone, with a verb of change
    or care (CARE_VERB) and holds no anchor of checkability: no figure, count or ordinal,
    title or quoted name, end state, list closed by 等 or time words (ANCHORS), no named
    thing (NAMED: a project, plan, platform …) after the verb and no body named as its
    subject (深化农村环境整治 / 持续提升城市治理现代化水平 / 健全推进机制; not 推进水泥、焦化等
    行业深度治理, 建成…平台, 市政府督考办要加大督查考核力度). A place named in it is an
    anchor too, which the caller checks (the gazetteer is not read here)."""
    words = clause.strip().rstrip("。；;，,、")
    rest = strip_leading(words)
    verb = CARE_VERB.match(rest)
    if verb is None or ANCHORS.search(words) is not None:
        return False
    if NAMED.search(rest, verb.end()) is not None or subject_of(words) is not None:
        return False
    return not any(FACILITY.search(part) for part in _CLAUSE_BREAK.split(words) if part)


# A facility or a record as what a clause ends on: a thing built or drawn up where a
# reader can go and look (免税店布局 / 水源保护区划定 / 重点实验室 / 交易市场建设 / 确权登记工作),
# its kind named after a qualifier of two characters or more (not 家园)
FACILITY = re.compile(r"[^，,；;、]{2}(?<!家)(?:店|站|馆|厂|库|港|园|场|院|校|室|合作区|保护区)"
                      r"(?:建设|布局|划定)?$|(?:划定|登记|普查|调查|确权)(?:工作)?$")
_CLAUSE_BREAK = re.compile(r"[，,；;]")
