"""Body names read whole (session 11p): a sweep of the standard 机构设置 of a province, a
city and a county (government departments, Party departments, 群团, 事业单位), each under
several place prefixes, alone and inside the clauses that name a body (X牵头, 由X负责,
X、Y按职责分工负责, 责任单位：X、Y, X要…, X会同Y…, 请X…).

Causes found and fixed:
- a lead-in word inside the stem right before the name's own suffix was taken for the
  boundary: 服务 (县政务服务中心, 县行政审批服务局, 县政务服务数据管理局), 指导 (市精神文明
  建设指导委员会), 对 (市委对外联络部, 对口支援办公室), 要 (市委机要局), 应 (应急指挥部);
- 建设 as a noun inside a name was read as the verb of a facility to build (市城市建设投资
  集团有限公司, 市重点工程建设指挥部, 新区开发建设管理委员会);
- suffixes of bodies that are no general body word: 供销社/供销合作社(联合社), 编办,
  研究室, 党校, 红十字会, 海关, 文学艺术界联合会;
- verbs and prepositions before a body were read into its name: 记者从X获悉, 我代表X,
  经X同意, 关于召开X, 对照X, 报/报送至X, 获得X肯定, 作为X.

Traditional reposts: the lead-in words 根據, 聽取, 請, 堅持, 經, 圍繞, 報, 審議, 開展, 依託 … are
folded (fold.py) like the names, so they end no name. The tax bureaus are named under the
national one (国家税务总局某某县税务局).

Facilities (…服务站, …中心 to build, 应急管理站) and objects stay no body."""

import pytest

from tracker.extract.bodies import find_bodies

PLACES = ("省", "市", "县", "区", "南昌市", "攸县", "赣州市章贡区", "某某县")

# stems of bodies under a place prefix (the place + stem is the whole name)
GOVERNMENT = (
    "人民政府办公室 发展和改革委员会 发展和改革局 发改委 教育体育局 科学技术局 工业和信息化局 公安局 民政局 "
    "司法局 财政局 人力资源和社会保障局 人社局 自然资源和规划局 规划和自然资源局 生态环境局 住房和城乡建设局 "
    "住房城乡建设局 交通运输局 水利局 水务局 农业农村局 商务局 文化和旅游局 文化广电旅游局 文化广电和旅游局 "
    "卫生健康委员会 卫健委 退役军人事务局 应急管理局 审计局 国有资产监督管理委员会 国资委 市场监督管理局 "
    "市场监管局 统计局 医疗保障局 医保局 林业局 林业和草原局 乡村振兴局 信访局 政务服务数据管理局 "
    "行政审批服务局 行政审批局 数据资源管理局 大数据管理局 城市管理局 综合行政执法局 人民防空办公室 "
    "机关事务管理局 地方金融监督管理局 粮食和物资储备局 民族宗教事务局 外事办公室 投资促进局 供销合作社 "
    "供销合作社联合社 供销社 公安局交通警察支队 公安局交警大队 消防救援大队 住房公积金管理中心 "
    "政务服务中心 政务服务管理办公室 公共资源交易中心 融媒体中心 大数据中心 疾病预防控制中心 "
    "就业服务中心 农机服务中心 退役军人服务中心 城市建设投资集团有限公司 交通建设投资有限公司 "
    "重点工程建设指挥部 应急指挥部 红十字会 文学艺术界联合会 总工会 妇联 残疾人联合会 科协 工商联 "
    "人民法院 人民检察院 人大常委会 政协 纪委监委"
).split()
PARTY = ("组织部 宣传部 统战部 政法委 编办 政策研究室 党校 机要局 对外联络部 网信办 社会工作部 "
         "精神文明建设指导委员会办公室 机构编制委员会办公室 农村工作领导小组办公室 对口支援工作领导小组办公室").split()

CLAUSES = (
    "{X}",
    "{X}牵头",
    "由{X}负责",
    "{X}、市财政局按职责分工负责",
    "责任单位：市财政局、{X}",
    "{X}要加强监管",
    "牵头单位：{X}；配合单位：县财政局",
    "{X}会同市财政局制定方案",
    "请{X}于年底前完成",
    "同时{X}将开展检查",
    "（{X}负责）",
)


def _names(text: str) -> list[str]:
    return [b.name for b in find_bodies(text)]


@pytest.mark.parametrize("stem", GOVERNMENT)
def test_government_bodies_read_whole(stem: str) -> None:
    for place in PLACES:
        name = place + stem
        for clause in CLAUSES:
            assert name in _names(clause.format(X=name)), (stem, place, clause)


@pytest.mark.parametrize("stem", PARTY)
def test_party_bodies_read_whole(stem: str) -> None:
    for place in ("市委", "县委", "区委", "某某县委"):
        name = place + stem
        for clause in CLAUSES:
            assert name in _names(clause.format(X=name)), (stem, place, clause)


@pytest.mark.parametrize("text,bodies", [
    # lead-ins before a body are no part of its name
    ("记者从省生态环境厅获悉，今年将完成整改", ["省生态环境厅"]),
    ("笔者从市发改委了解到", ["市发改委"]),
    ("我代表县人民政府向大会报告工作", ["县人民政府"]),
    ("现在，我谨代表中共某某省委向会议表示祝贺", ["中共某某省委"]),
    ("经省政府同意，现印发给你们", ["省政府"]),
    ("已经县人民政府同意", ["县人民政府"]),
    ("关于召开第十四届全国人民代表大会第三次会议的决定", ["第十四届全国人民代表大会"]),
    ("对照中央第三生态环境保护督察组反馈意见逐项整改", ["中央第三生态环境保护督察组"]),
    ("对标省发改委的要求", ["省发改委"]),
    ("于1月15日前报区政府办公室备案", ["区政府办公室"]),
    ("细化方案报送至县政府督查室", ["县政府督查室"]),
    ("整改材料上报省林草局", ["省林草局"]),
    ("获得住建部充分肯定", ["住建部"]),
    ("作为各级党校的教学内容", ["各级党校"]),
    ("并将方案和具体经办人员报环保部门备案", ["环保部门"]),
    ("並將方案和具體經辦人員報環保部門備案", ["環保部門"]),
    # the word is the name's own in these, a boundary elsewhere
    ("市委组织部牵头", ["市委组织部"]),
    ("县应急管理局负责", ["县应急管理局"]),
    ("由市重污染天气应急指挥部统一调度", ["市重污染天气应急指挥部"]),
    ("各地应加强监管", ["各地"]),
    ("县委机要局负责", ["县委机要局"]),
])
def test_lead_ins_and_name_words(text: str, bodies: list[str]) -> None:
    assert _names(text) == bodies


@pytest.mark.parametrize("text", [
    # facilities to build and objects: no body
    "建设县政务服务中心",
    "新建便民服务中心",
    "打造村党群服务中心",
    "迁建县政务服务中心",
    "建设一批便民服务站",
    "建成乡镇应急管理站",
    "建设大数据中心",
    "建成完备的社区嵌入式服务综合体（社区服务中心）",
    "坚持服务中心大局",
    "全市服务中心大局",
    "更好服务中心工作",
    "扩大对外开放",
    "对口部门",
    "加强对外联络部署",
    "机要文件",
    "组织部署",
    "服务市场主体",
    "由服务中心负责",
    "指导委员会",
    "加强政策研究室建设",
    "红十字会",
    "党校",
    "发展农民专业合作社",
    "做好政府工作",
    "向大会报告政府工作",
    "推进政府治理现代化",
])
def test_no_body(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text,bodies", [
    # Traditional reposts: the lead-in words are folded like the names (根據, 聽取, 請, 堅持,
    # 經, 圍繞, 提請, 開展, 依託 were read into the name)
    ("根據省生態環境廳要求", ["省生態環境廳"]),
    ("聽取縣人民政府報告", ["縣人民政府"]),
    ("請縣財政局於年底前完成", ["縣財政局"]),
    ("堅持縣委統一領導", ["縣委"]),
    ("經縣政府同意", ["縣政府"]),
    ("圍繞省委決策部署", ["省委"]),
    ("提請縣人大常委會審議", ["縣人大常委會"]),
    ("依託縣大數據中心", ["縣大數據中心"]),
    ("市委機要局負責", ["市委機要局"]),
    ("縣供銷社牽頭", ["縣供銷社"]),
    ("由縣政務服務中心負責", ["縣政務服務中心"]),
    ("縣應急管理局、縣住房和城鄉建設局按職責分工負責", ["縣應急管理局", "縣住房和城鄉建設局"]),
    # the tax bureaus are named under the national one
    ("国家税务总局某某县税务局负责", ["国家税务总局某某县税务局"]),
    ("国家税务总局南昌市税务局、市财政局按职责分工负责", ["国家税务总局南昌市税务局", "市财政局"]),
    ("國家稅務總局某某縣稅務局負責", ["國家稅務總局某某縣稅務局"]),
    ("国家税务总局、县财政局负责", ["国家税务总局", "县财政局"]),
])
def test_traditional_and_tax_bureaus(text: str, bodies: list[str]) -> None:
    assert _names(text) == bodies
