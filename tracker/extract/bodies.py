"""Responsible bodies named in a clause, and whether they lead or support.

A body name is a run of Chinese characters that ends in an organisation suffix
(…人民政府, …委员会, …局, …办公室, …部门 …) and starts at a boundary: after
punctuation, after a lead-in word (由, 请, 要求, 会同 …), or where the previous body
ends. Single-character suffixes (局, 办, 委, 部, 厅 …) are also ordinary word endings
(格局, 办法, 全部, 委托), so each one carries the neighbours that rule it out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tracker.domain import BodyRef, BodyRole
from tracker.extract.fold import fold

# Levels of division that generic bodies count over (各县(市、区), 各市、县, 县(市、区)人民政府)
_LEVEL = "(?:乡镇|县级市|[省市县区州盟旗乡镇])"
_LEVEL_LIST = rf"\((?:{_LEVEL}|街道)(?:、(?:{_LEVEL}|街道))*\)"
# Generic bodies that stand without a stem of their own.
_GENERIC = (
    # the departments of every place or level, or of one level's government, as one body
    # (各地各有关部门, 各级各部门, 区直相关单位, 市级有关部门, 市各有关部门)
    "各地(?:区)?各(?:有关|相关)?(?:部门|单位)|各级各(?:有关|相关)?(?:部门|单位)|"
    "[省市县区州盟旗]直各?(?:有关|相关)?(?:部门|单位)|[省市县区州]级(?:各(?:有关|相关)?|有关|相关)(?:部门|单位)|"
    "[省市县]各(?:有关|相关)(?:部门|单位)|"
    # the Party committees and governments of every level, as one pair
    "各级党委(?:和|、)?政府|各地党委(?:和|、)?政府|各[县市区州]{1,3}党委(?:和|、)?政府|"
    # every division of a level, its kinds listed (各县(市、区), 县(市、区), 各镇(街道),
    # 各区、县级市, 各市、县(区)) or written as one word (各盟市, 各旗县市区, 各园区)
    rf"各{_LEVEL}{_LEVEL_LIST}|{_LEVEL}{_LEVEL_LIST}(?=(?:人民)?政府)|各{_LEVEL}(?:、{_LEVEL})+(?:{_LEVEL_LIST})?|"
    "各(?:盟市|旗县市区|旗县|州市|地市|市县区|市县|县市区|县市|园区|开发区)|"
    "各(?:牵头|责任)(?:单位|部门)|各设区市|各设市城市|各市州|各县市区|各省(?:\\(区、市\\)|（区、市）)|县级以上地方各级人民政府|县级以上人民政府|县级以上地方人民政府|各级各部门|各地各部门|各地区各部门|各级党委|各级政府|"
    "各级人民政府|各级人大|各级政协|各有关部门|有关部门|相关部门|各部门|各单位|有关单位|各区县|"
    "各县(?:\\(市、区\\)|（市、区）|市区|区)|各乡镇(?:\\(街道\\))?|各街道|各村(?:（社区）|\\(社区\\)|（居）|(?![民级庄落集组委]))|各社区|"
    "各地区|各地|市级各部门|省直各部门|"
    "市直各部门|市直有关部门|"
    # last: every city or district (各市要…), not 各市场主体, 各区域
    "各市(?![场民长值级直州县区])|各区(?![域间块位段别县])"
)
# Words after a generic body that make it people of the bodies (各级人大代表, 各单位负责人)
_GENERIC_NOT_AFTER = ("代表", "委员", "干部", "领导", "党员", "负责同志", "负责人", "主要负责")
# Suffixes, longest first; ambiguous one-character ones come last.
_SUFFIXES = (
    "人民代表大会常务委员会|人民代表大会|人大常委会|常务委员会|监察委员会|委员会|委会(?!同(?!意|步|时))|常委会|"
    # the people's organisations (群团组织), by their usual short names: 县妇联, 市总工会
    "妇女联合会|妇联|残疾人联合会|残联|文学艺术界联合会|社会科学界联合会|科学技术协会|科协|侨联|工商业联合会|工商联合会|工商联|文联|社科联|总工会|"
    "领导小组|工作专班|专班|督察组|督查组|督导组|工作组|调查组|检查组|巡查组|验收组|督查室|督察室|"
    # bodies of a government or Party committee whose suffix is no general body word:
    # 县供销社, 市委编办, 市委政策研究室, 市委党校, 市红十字会, 南昌海关
    "供销合作社联合社|供销合作社|供销社|编办|研究室|党校|红十字会|海关|"
    "人民政府|人民法院|人民检察院|检察院|法院|办公室|办公厅|办事处|管理局|管理处|中心|集团|公司|"
    "政府|党委|党组|纪委|监委|人大|政协|部门|单位|厅|局|办|委|部|署|站|队"
)
# First characters of every alternative: a cheap lookahead that skips most positions.
_FIRST = "".join(sorted(({piece[0] for piece in f"{_GENERIC}|{_SUFFIXES}".split("|") if piece}
                         | set("省市县区州盟旗乡镇各")) - set("[(?")))
_BODY = re.compile(rf"(?=[{re.escape(_FIRST)}])(?:(?P<generic>{_GENERIC})|(?P<suffix>{_SUFFIXES}))")

_CJK = re.compile(r"[\u3400-\u9fff()（）]+$")
# Time and discourse words that open a clause before its subject (下阶段市政府办公厅将… /
# 同时县财政局要…): no part of the body's name (also read by classify.subject_of)
TIME_LEAD_WORDS = r"下一?阶段|下一?步|今后|目前|当前|近期|今年|明年|年内|同时|此外|另外|其次|最后|随后"
_LEAD_IN = re.compile(
    r"(?:由|请|要求|会同|协同|联合|配合|协助|督促|指导|组织|支持|鼓励|依托|责成|授权|委托|交由|"
    r"移交|报请|提请|报送至|报送|送至|报至|报(?![社刊业告])|通过|按照|根据|推动|督导|抄送|发挥|强化|加强|落实|构建|建立|健全|完善|实行|"
    r"推行|坚持|实施|开展|形成|压实|着力|成立|组建|设立|发现|听取|审议|定期|应当|应|要|向|对照|对标|对|把|将|被|"
    # the source, speaker or topic before a body (记者从…获悉, 我代表…, 经省政府同意, 关于…的决定)
    r"从|代表|作为|经(?=[本省市县区州党国中])|关于|获得|印发|提出|通知|汇总|举行|召开|"
    r"确定|明确|指定|是|在|并|等|牵头|负责|和|与|及|的|、|聚焦|围绕|紧扣|贯彻|服务|结合|以(?![上下内外来前后及])|"
    + TIME_LEAD_WORDS + ")"
)
_FRESH = re.compile(r"^(?:[省市县区州乡镇]|国家|国务院|中央|全国|各|有关|相关|县级|市级|省级|"
                    r"[\u4e00-\u9fff]{1,4}?[省市县区州盟旗])")
_JOINERS = ("和", "与", "及")
# Lead-in words that are the stem's own words when what follows them up to and into the
# suffix spells a known body: 市委组织部, 市精神文明建设指导委员会, 县政务服务中心, 县行政审批
# 服务局, 县政务服务数据管理局, 市委对外联络部, 县应急管理局, 区应急指挥部 (the emergency
# bodies' 应 is no modal verb; a facility, 应急管理站 or 应急避难场所, is none of these)
_NAME_WORDS = {
    "组织": re.compile(r"部"),
    # 市容环境综合整治联合执法工作组, 县联合执法大队, 联合调查组: a joint team's own word (联合
    # before another body, 联合市公安局开展…, is the lead-in)
    "联合": re.compile(r"(?:执法|检查|调查|督查|督察|督导|巡查|整治|验收|工作|指挥|值守)"
                     r"[\u4e00-\u9fff]{0,4}?(?:组|队|专班|指挥部)"),
    "指导": re.compile(r"(?:委员会|中心)"),
    "服务": re.compile(r"(?:数据管理|管理|保障)?(?:局|中心|办公室)"),
    "对": re.compile(r"外|口(?:支援|帮扶|协作|合作)"),
    "应": re.compile(r"急(?:(?:管理)?(?:局|部|厅|委员会|办公室|办)|指挥部)"),
}
# …only after a word of the name's own (政务服务中心, not 服务中心大局 after a lead-in)
_NAME_WORDS_INSIDE = frozenset({"服务", "指导"})
# A verb of building inside the stem makes the name its object, a facility (建成…监测站,
# 新建…服务中心), not a body; at the stem's end it is part of the name (城乡建设局).
# 建设 before a word of a body's name is a noun (市精神文明建设指导委员会, 市城市建设投资集团,
# 新区开发建设管理委员会, 工程建设指挥部), no verb.
_BUILT = re.compile(r"(?:建成|建好|办好|新建|迁建|续建|拟建|筹建|兴建|建设(?!指导|投资|发展|管理|指挥|工作|领导|促进)|改扩建|扩建|改建|"
                    r"完成|投运|启用|打造|升级)..")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十0-9]+$")
# A role a body plays, said before its name (由包片单位县文广局督促… / 责任单位市住建局负责… /
# 由属地政府某某镇人民政府牵头): the word of the role, no body of its own; the name after it is
_ROLE_WORD = r"(?:包片|包保|包联|挂钩|挂点|联系|帮扶|结对|属地|主管|责任|牵头|承办|实施|监管|配合|协办)"
ROLE_NOUN = re.compile(rf"^(?:{_ROLE_WORD}|行业主管)(?:单位|部门|政府)$")
_ROLE_NOUN_END = re.compile(rf"{_ROLE_WORD}(?:单位|部门)(?=[\u4e00-\u9fff])")
_LABEL_STEMS = ("责任", "牵头", "配合", "主办", "承办", "协办", "参与", "协助", "主责", "负责", "实施")

# Neighbours that make a one-character suffix an ordinary word: (not before, not after).
_NOT_BEFORE: dict[str, str] = {
    "局": "格布结大全开变当战僵时赌骗饭出入残终定棋危乱困新", "办": "举创承督包主协兴开法代查帮合公民官难好交转催承经",
    "部": "全内外东西南北中上下局基头腹底细干背胸面脚顶尾前后总", "委": "常",
    "厅": "大客餐展门舞歌", "署": "部签公", "站": "车网驿兵加", "队": "排军部团车乐",
    "中心": "为以的重核圆震其中市", "单位": "每计", "政府": "", "部门": "",
}
_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "局": ("面", "部", "势", "限", "长"), "办": ("法", "理", "好", "事", "学", "实", "成", "出", "案", "结", "证", "件", "公"),
    "部": ("署", "分", "位", "件", "长", "落", "队"), "委": ("托", "派", "屈", "婉", "任", "身", "员", "书记", "常委"),
    "厅": ("长",), "署": ("名",), "站": ("位", "点", "在", "长"), "队": ("伍", "长"),
    "中心": ("城", "区", "任务", "工作", "大局", "环节", "位置", "地位", "思想", "点", "线", "化", "地带", "镇", "主任"),
    "工商联": ("合",), "公司": ("治理", "制", "化", "法", "债", "股"), "集团": ("化", "军"),
    "政府": ("工作报告", "性", "投资", "债", "采购", "职能", "网站", "信息", "引导", "主导", "购买", "补贴",
           "专项", "和社会", "与市场", "部门"),
    "单位": ("GDP", "国内", "地区", "面积", "产品", "能耗", "工业"), "法院": ("院长",),
    "人大": ("代表", "常委会", "票决"), "政协": ("委员",), "党委": ("书记", "和政府"),
}
# Bodies that are no part of another (区政府民生实事人大票决: the congress after the
# government is the next body, or no body at all)
_NEVER_INSIDE = frozenset({"人大", "政协", "政府", "人民政府", "党委", "人民代表大会", "人大常委会"})
# Prefixes that make 责任单位 / 牵头部门 the addressees of a task (各责任单位, 相关牵头单位)
_ADDRESSEE = ("各", "相关", "有关")
# The people's organisations named without a stem (妇联, 总工会), as a table's body cell
# or a list names them
_STANDS_ALONE = frozenset({"妇联", "残联", "科协", "侨联", "工商联",
                           "文联", "社科联", "总工会"})
# …where a list or a cell sets them apart (妇联、团委 / a cell 妇联), not as a verb's
# object (加强科协组织建设)
_ALONE_AFTER = frozenset(" \t\u3000、，,；;：:（(【\n")
_ONE_CHAR_STEMS = frozenset("省市县区州镇乡党纪国")  # 省委, 市局, 党委, 纪委, 国办
_MAX_NAME = 22
# A generic body of departments (有关部门, 相关单位, 各部门) after its owner: a body
# (当地人民政府有关部门) or a place (攸县相关部门) names whose departments they are
_OF_OWNER = ("有关", "相关", "各有关", "各相关", "各部门", "各单位")
_OWNERS = ("政府", "党委", "委员会", "管委会")
_NOT_OWNERS = ("城市", "社区", "城区", "辖区", "片区", "园区", "景区", "全市", "全省", "全县", "全区", "全州")
_PLACE_STEM = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}[省市县区州盟旗]|[省市县区州])$")
_NOT_PLACES = ("城市", "地区", "社区", "城区", "辖区", "片区", "市区", "郊区", "园区", "景区", "山区",
               "矿区", "街区", "小区", "灾区", "库区", "林区", "牧区", "全市", "全省", "全县", "全区",
               "全州", "全旗", "全盟", "各市", "各县", "各区", "各省")

_LABEL = re.compile(r"(?P<label>牵头单位|责任单位|主办单位|主责单位|负责单位|责任部门|牵头部门|"
                    r"配合单位|协办单位|参与单位|协助单位|配合部门)\s*[:：]")
_SUPPORT_LABELS = ("配合", "协办", "参与", "协助")
_TITLE = re.compile(r"《[^《》\n]{1,120}》")
_LIST_SEP = re.compile(r"^[、，,和及与\s]*$")
_SUPPORT_AFTER = re.compile(r"^\s*(?:等(?:单位|部门)?)?\s*(?:配合|协助|参与|协同配合)(?!单位|部门)")
_SUPPORT_BEFORE = re.compile(r"(?:会同|协同|联合)\s*$")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    name: str


def _valid_suffix(text: str, stem: str, suffix: str, end: int, joined: bool) -> bool:
    """Whether *stem* + *suffix* is a body name here (*joined*: it follows a body)."""
    after = text[end:end + 4]
    if after.startswith(_NOT_AFTER.get(suffix, ())):
        return False
    if stem and stem[-1] in _NOT_BEFORE.get(suffix, ""):
        return False
    if stem.endswith(_LABEL_STEMS) and suffix in ("单位", "部门") \
            and not (stem.startswith(_ADDRESSEE) and after[:1] not in ":："):
        return False  # 责任单位：… is a label, not a body (各责任单位要… is the addressees)
    if suffix == "中心" and (not _FRESH.match(stem) or stem.startswith(_NOT_OWNERS)):
        # 数据中心, 物流中心: a facility unless a place or level owns it; a kind of place
        # or the whole of one (社区服务中心, 全市首个…服务中心) owns none
        return False
    if suffix == "政府" and after.startswith(("工作", "治理")) and not _FRESH.match(stem):
        return False  # 做好政府工作, 推进政府治理: the government's work, no body
    if suffix == "研究室" and not _FRESH.match(stem) and not joined:
        return False  # 市委政策研究室, 县政府研究室; not 加强政策研究室建设
    if len(suffix) == 1 or suffix in ("中心", "单位", "政府", "部门", "人大", "政协"):
        return len(stem) >= 2 or stem in _ONE_CHAR_STEMS or (joined and not stem)
    return True


def _stem(text: str, floor: int, suffix_start: int) -> str | None:
    """The stem before a suffix: back to the last boundary, lead-in word or list joiner."""
    run_start = max(floor, suffix_start - _MAX_NAME)
    run = text[run_start:suffix_start]
    cjk = _CJK.search(run)
    run = cjk.group() if cjk else ""
    # right after a body: a joiner there starts the next one (环保主管部门和排水主管部门)
    after_body = floor > 0 and run_start == floor and cjk is not None and cjk.start() == 0
    cut = 0
    for m in _LEAD_IN.finditer(run):
        if m.group() in _JOINERS and m.end() < len(run) and not _FRESH.match(run[m.end():]) \
                and not (m.start() == 0 and after_body and run[m.end()] != "其"):
            continue  # 住房和城乡建设局: the joiner is inside the name
        if m.group() == "的" and run.startswith("设区的市", m.start() - 2):
            continue  # 设区的市: the law's name of a city with districts
        name_word = _NAME_WORDS.get(m.group())
        if name_word is not None and name_word.match(run[m.end():] + text[suffix_start:suffix_start + 6]) \
                and (m.group() not in _NAME_WORDS_INSIDE or m.start() > cut):
            continue  # 市委组织部, 县应急管理局, 市委对外联络部: the word is the name's own
        if m.group() == "应" and run.startswith("急", m.end()):
            return None  # 应急管理站, 应急避难场所: a facility of the emergency services
        if m.group() == "要" and m.start() > 0 and run[m.start() - 1] == "机":
            continue  # 市委机要局: 机要 (confidential), not the modal 要
        cut = m.end()
    for m in _ROLE_NOUN_END.finditer(run, cut):
        cut = m.end()  # 责任单位市住建局: the role's word before the name
    stem = run[cut:].lstrip(")）年月日号")
    opened = max(stem.rfind("（"), stem.rfind("("))
    if opened >= 0 and not re.search(r"[）)]", stem[opened:]):
        stem = stem[opened + 1:]  # …平台（市生态环境局负责）: the body starts inside the bracket
    if _ORDINAL.match(stem) or _BUILT.search(stem) or stem.startswith("非"):
        return None  # 第一办: a numbered unit of something named elsewhere; 非…部门: a kind
    if len(run) - cut >= _MAX_NAME - 2 and not _FRESH.match(stem):
        return None  # ran into a long phrase without a clear start
    return stem


def _spans(text: str) -> list[_Found]:
    found: list[_Found] = []
    floor = 0
    titles = [(t.start(), t.end()) for t in _TITLE.finditer(text)] if "《" in text else []
    for m in _BODY.finditer(text):
        if m.start() < floor or any(a < m.start() < b for a, b in titles):
            continue  # overlapping, or inside a title: 《…委员会关于…的决定》 names no actor
        if m.group("generic"):
            if text.startswith(_GENERIC_NOT_AFTER, m.end()):
                continue  # 各级人大代表, 各部门负责同志: people, not the bodies
            prev = found[-1] if found else None
            if prev is not None and prev.end == m.start() and m.group().startswith(_OF_OWNER) \
                    and prev.name.endswith(_OWNERS):
                # 当地人民政府有关部门, 省政府各部门: the departments of the body before
                found[-1] = _Found(prev.start, m.end(), text[prev.start:m.end()])
                floor = m.end()
                continue
            start = m.start()
            if m.group().startswith(_OF_OWNER):
                place = _stem(text, floor, m.start())
                if place and _PLACE_STEM.match(place) and not place.endswith(_NOT_PLACES):
                    start -= len(place)  # 攸县相关部门, 炎陵县有关部门: that place's departments
            found.append(_Found(start, m.end(), text[start:m.end()]))
            floor = m.end()
            continue
        suffix = m.group("suffix")
        stem = _stem(text, floor, m.start())
        prev = found[-1] if found else None
        joined = prev is not None and prev.end == m.start() - len(stem or "")
        if stem is None or not _valid_suffix(text, stem, suffix, m.end(), joined):
            continue
        start = m.start() - len(stem)
        if prev and joined and not _FRESH.match(stem) and not (stem and suffix in _NEVER_INSIDE):
            # 市委宣传部, 市政府办公室, 各区县政府: one body continues the one before
            found[-1] = _Found(prev.start, m.end(), text[prev.start:m.end()])
        elif prev and joined and prev.name.endswith("税务总局") and stem.endswith("税务") and suffix == "局":
            # 国家税务总局某某县税务局: the tax bureaus are named under the national one
            found[-1] = _Found(prev.start, m.end(), text[prev.start:m.end()])
        elif stem or suffix in ("人民代表大会", "人大常委会") or (
                suffix in _STANDS_ALONE and (m.start() == 0 or text[m.start() - 1] in _ALONE_AFTER)):
            found.append(_Found(start, m.end(), text[start:m.end()]))
        else:
            continue
        floor = m.end()
    if len(found) > 1:
        # 包片单位县文广局: the role's word right before the name of the body playing it
        found = [f for f, after in zip(found, [*found[1:], None])
                 if not (after is not None and after.start == f.end and ROLE_NOUN.match(f.name))]
    return found


def _roles(text: str, found: list[_Found]) -> list[BodyRole]:
    roles = [BodyRole.LEAD] * len(found)
    labels = list(_LABEL.finditer(text))
    groups: list[list[int]] = []
    for i, body in enumerate(found):
        if groups and _LIST_SEP.match(text[found[groups[-1][-1]].end:body.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        first, last = found[group[0]], found[group[-1]]
        label = next((lb for lb in reversed(labels) if lb.end() <= first.start), None)
        support = (
            (label is not None and label.group("label").startswith(_SUPPORT_LABELS)
             and not re.search(r"[。；;\n]", text[label.end():first.start]))
            or _SUPPORT_AFTER.match(text[last.end:]) is not None
            or _SUPPORT_BEFORE.search(text[:first.start]) is not None
        )
        if support:
            for i in group:
                roles[i] = BodyRole.SUPPORT
    return roles


# the tortoise-shell brackets official texts also write a body's notes in (各县〔市、区〕政府),
# read as the round ones (same length)
_TORTOISE = {0x3014: 0x28, 0x3015: 0x29}


def _brackets(text: str) -> str:
    return text.translate(_TORTOISE) if "〔" in text else text


def find_bodies(text: str) -> list[BodyRef]:
    """The bodies named in *text*, in order, each once, with lead or support role.

    由X牵头 / X牵头 / 牵头单位：X / 责任单位：X、Y / X负责 → lead; 配合单位：Z / Z配合 /
    X会同Y (Y) → support; X、Y按职责分工负责 → all lead.
    """
    return list(_find_bodies(text))


@functools.lru_cache(maxsize=2048)
def _find_bodies(text: str) -> tuple[BodyRef, ...]:
    # the pipeline reads the same words more than once (a unit's subject, then its bodies;
    # a heading's for each of its lines): 4 calls in 10 repeat one before
    norm = _brackets(fold(text))
    found = _spans(norm)
    if not found:
        return ()  # (most clauses name no body: the labels need not be read)
    refs: dict[str, BodyRole] = {}
    for body, role in zip(found, _roles(norm, found)):
        name = text[body.start:body.end]
        if refs.get(name) is not BodyRole.LEAD:
            refs[name] = role
    return tuple(BodyRef(name, role) for name, role in refs.items())


def is_body_name(s: str) -> bool:
    """Whether *s* as a whole names one body (市生态环境局: yes; 新发展格局: no)."""
    s = s.strip()
    found = _spans(_brackets(fold(s)))
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(s)


# People and posts, not bodies: 党政主要负责同志, 各县区主要负责人, 河长, 领导干部.
_PERSON = re.compile(
    r"(?:负责同志|负责人|同志|书记|副书记|主任|局长|厅长|处长|科长|省长|市长|县长|区长|乡长|镇长|"
    r"部长|主席|委员|代表|干部|党员|领导|群众|职工|河长|湖长|林长|田长|网格员|专家|人员|个人|"
    r"责任人|联系人)$"
)


def is_person(name: str) -> bool:
    """Whether *name* names people or a post (党政主要负责同志, 主要负责人, 各级领导干部),
    which answer for a task in person but are no body of the register. 各级人大和政协,
    河长办 and 领导小组 are bodies."""
    return _PERSON.search(name.strip()) is not None
