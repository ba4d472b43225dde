"""Classes of clause that read like measures but leave nothing to check, each with traps
that look alike and must stay commitments. The sentences are invented for these tests."""

import pytest

from tracker.extract.classify import judge

NOTHING_TO_CHECK = [
    # growing a whole sector, with no named project, park, cluster or number
    "大力发展海洋生物医药产业",
    "培育壮大县域特色经济",
    "做强做优现代物流业",
    "积极发展节能环保技术和产品",
    "发展壮大战略性新兴产业",
    "培育壮大一批专精特新企业",
    "因地制宜发展有市场、有效益的林下经济",
    # ways of working named without an object
    "切实加强组织领导",
    "扎实抓好重点任务",
    "不断创新工作方式方法",
    "健全长效机制",
    "推动生态保护长治长效",
    "强化要素和项目支撑",
    "各县区要担起属地责任",
    "行业部门要扛起监管责任",
    # images of the future and national umbrella slogans
    "建设人与自然和谐共生的美丽乡村",
    "全力打造美丽宜居幸福家园",
    "建设一支生态环保铁军",
    "坚决打好污染防治攻坚战",
    "稳妥推进碳达峰碳中和",
    "持续深化“放管服”改革",
    "全力推动降碳、减污、扩绿、增长协同增效",
    "统筹产业结构调整、污染治理、生态保护、应对气候变化",
    "持续提升基层社会治理能力",
    "坚持系统谋划",
    "坚持系统治理、源头治理",
    "努力建设人民满意的服务型政府",
    "严格落实中央八项规定及其实施细则精神",
    "坚决反对形式主义、官僚主义",
    "各级领导干部要带头学、带头讲、带头做",
    "要以更高标准、更严要求推动各项工作落地见效",
    "要持续深化作风建设",
    # meeting logistics and page furniture
    "重点做好以下几个方面工作",
    "现就有关事项通知如下",
    "为实现上述目标",
    "今年我们将重点抓好以下几项工作",
    "各地要着力做好以下工作",
    "与会人员观看了警示教育片",
    "责任编辑：王某",
]

STILL_COMMITMENTS = [
    ("建设新能源汽车产业园区", {}),
    ("打造千亿级电子信息产业集群", {}),
    ("培育3家营业收入超百亿元的龙头企业", {"has_target": True}),
    ("建立农村生活污水设施运维长效机制", {}),
    ("各乡镇党委要履行第一责任人职责", {}),
    ("打好柴油货车污染治理攻坚战", {}),
    ("制定碳达峰碳中和实施方案", {}),
    ("实施战略性新兴产业集群发展工程", {}),
    ("建设城乡污水收集管网等基础设施", {}),
    ("严格落实河湖长制", {}),
    ("严格饮用水水源保护区监督管理", {}),
    ("严格执行建设项目环境影响评价制度", {}),
    ("建成智慧环保监管系统", {}),
    ("实施基层治理能力提升行动", {}),
    # words of logistics inside a target or a concrete measure
    ("全市PM2.5平均浓度控制在30微克/立方米以下", {"has_target": True}),
    ("化学需氧量排放总量控制在国家下达指标以下", {"has_target": True}),
    ("建立跨区域生态环境保护联席会议制度", {}),
    ("建成重点排污单位视频监控系统", {}),
    ("各县区要每季度开展一次饮用水水源地专项检查", {}),
    ("三季度末前建成城市生活垃圾焚烧发电项目", {}),
]


@pytest.mark.parametrize("clause", NOTHING_TO_CHECK)
def test_clause_classes_with_nothing_to_check(clause):
    assert judge(clause).kind is None, clause


@pytest.mark.parametrize("clause,kw", STILL_COMMITMENTS)
def test_look_alike_commitments_stay(clause, kw):
    assert judge(clause, **kw).kind is not None, clause


def test_strategic_is_not_a_strategy():
    """战略性 qualifies an industry; only 战略 itself names a programme to carry out."""
    assert judge("发展壮大战略性新兴产业").kind is None
    assert judge("实施乡村振兴战略").kind == "deliverable"


@pytest.mark.parametrize("clause,metric,comparator", [
    ("化学需氧量排放总量控制在国家下达指标以下", "化学需氧量排放总量", "<="),
    ("能耗强度控制在省下达目标以内", "能耗强度", "<="),
    ("主要污染物减排量完成省下达的年度目标任务", "主要污染物减排量", "full"),
    ("用水总量不超过市下达的控制指标", "用水总量", "<="),
])
def test_quotas_set_from_above_are_targets(clause, metric, comparator):
    from tracker.extract.trend import trend_target
    target = trend_target(clause)
    assert target is not None and target.metric == metric and str(target.comparator) == comparator
