"""A generated library of Chinese policy-like documents for the search benchmark.

Sentences are built from words and phrases that occur in real Chinese policy documents
(government work reports, ecological plans, inspection rectification lists): general
policy language in every document, plus the specialised vocabulary of the one to three
topics (water, air, carbon, nature, …) each document is about, each list drawn with
Zipf-like frequencies. So 发展 and 推进 occur everywhere while 碳汇 or 黑臭水体 occur in
the documents about their topic, as in a real library; plus years, percentages, places. About one
document in twenty is converted to Traditional script.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

# General policy language, in every document, roughly most frequent first.
COMMON = """
发展 建设 推进 加强 工作 全面 持续 深入 实施 完善 体系 机制 加快 提升 推动 坚持 落实 强化
制度 质量 能力 水平 安全 重点 改革 创新 管理 服务 经济 社会 资源 绿色 生态 环境 保护 治理
高质量发展 重大 项目 政策 标准 监管 责任 考核 规划 行动 方案 任务 目标 优化 结构 协同 统筹
系统 综合 区域 城乡 公共 保障 各级 党委 政府 部门 牵头 配合 负责 主体责任 属地 到位 如期
按期 年底前 上半年 年内 十四五 十五五 期间 以上 以下 不低于 不超过 控制在 达到 下降 提高
增长 减少 基本 力争 确保 稳步 有序 问题 清单 台账 报告 意见 通知 办法 生态环境 生态文明
""".split()

# Specialised vocabularies; a document is about one to three of these topics.
TOPICS = {
    "water": """水环境 水质 断面 河湖 流域 长江 黄河 水资源 饮用水 水源地 黑臭水体 劣五类水体
        优良水体 污水处理 管网 再生水 河长制 湖长制 地下水 水土保持 海绵城市 入河排污口""",
    "air": """大气 空气质量 细颗粒物 优良天数 臭氧 挥发性有机物 氮氧化物 二氧化硫 重污染天气
        扬尘 噪声 散煤 燃煤 机动车 柴油货车 超低排放 错峰生产""",
    "carbon": """低碳 转型 碳达峰 碳中和 碳排放 碳汇 碳交易 新能源 风电 光伏 清洁能源 煤炭
        节能 降碳 用能权 绿色金融 能耗双控 甲烷 碳足迹""",
    "nature": """自然保护地 国家公园 生物多样性 山水林田湖草沙 荒漠化 矿山 生态修复 生态补偿
        国土空间 生态保护红线 湿地 林业 草原 林长制 天然林 野生动物 外来入侵物种""",
    "waste": """固体废物 危险废物 医疗废物 垃圾分类 生活垃圾 无废城市 塑料污染 尾矿库
        资源化利用 填埋场 焚烧""",
    "rural": """农村 人居环境 厕所革命 美丽乡村 农业面源污染 化肥 农药 畜禽养殖 秸秆
        农村生活污水 永久基本农田 高标准农田 乡村振兴""",
    "inspection": """督察 整改 销号 验收 反馈 通报 约谈 问责 追责 执法 信访 舆情 整改方案
        举一反三 回头看 移交 责任追究""",
    "governance": """人民代表大会 常务委员会 审议 监督 决定 条例 法规 环评 排污许可 排污权
        三线一单 信息公开 公众参与 生态环境损害赔偿 环境信用""",
    "monitoring": """监测 预警 应急 信息化 数字化 智慧 平台 数据 共享 在线监控 遥感
        网格化 溯源""",
}
TOPICS = {name: words.split() for name, words in TOPICS.items()}

PLACES = """江西省 南昌市 九江市 赣州市 重庆市 山西省 大同市 太原市 浙江省 杭州市 湖州市 云南省
昆明市 四川省 成都市 广东省 深圳市 江苏省 苏州市 鄱阳湖 洞庭湖 太湖 滇池 赣江 嘉陵江""".split()

TEMPLATES = (
    "到{year}年，{place}{w}{w}{w}比例达到{pct}%以上",
    "{year}年底前，{w}{w}{w}{w}",
    "{place}要{w}{w}，{w}{w}{w}",
    "{w}{w}{w}{w}{w}",
    "{w}{w}，{w}{w}{w}{w}",
    "{w}{w}{w}浓度下降{pct}%",
    "由{w}牵头，{w}{w}配合，{w}{w}{w}",
)


def _zipf(n: int) -> list[float]:
    return [1.0 / (rank + 2) for rank in range(n)]


def sentence(rng: random.Random, topic_words: list[str], topic_weights: list[float]) -> str:
    template = rng.choice(TEMPLATES)
    out = template.replace("{year}", str(rng.randint(2021, 2035)))
    out = out.replace("{place}", rng.choice(PLACES)).replace("{pct}", str(rng.randint(5, 98)))
    words = []
    for _ in range(out.count("{w}")):
        if rng.random() < 0.6:
            words.append(rng.choices(COMMON, weights=_COMMON_WEIGHTS)[0])
        else:
            words.append(rng.choices(topic_words, weights=topic_weights)[0])
    return out.replace("{w}", "{}").format(*words) + "。"


_COMMON_WEIGHTS = _zipf(len(COMMON))


def document(rng: random.Random, chars: int) -> str:
    topics = rng.sample(sorted(TOPICS), rng.choice((1, 1, 2, 2, 3)))
    topic_words = [w for t in topics for w in TOPICS[t]]
    topic_weights = [wt for t in topics for wt in _zipf(len(TOPICS[t]))]
    parts: list[str] = []
    size = 0
    while size < chars:
        para = "".join(sentence(rng, topic_words, topic_weights)
                       for _ in range(rng.randint(2, 6)))
        parts.append(para)
        size += len(para) + 1
    return "\n".join(parts)


def corpus(n_docs: int, chars: int = 3400, seed: int = 7) -> Iterator[tuple[str, str, bool]]:
    """(title, text, traditional) for `n_docs` documents of about `chars` characters."""
    import opencc

    rng = random.Random(seed)
    s2t = opencc.OpenCC("s2t")
    for i in range(n_docs):
        text = document(rng, chars)
        traditional = rng.random() < 0.05
        title = f"{rng.choice(PLACES)}关于{rng.choice(COMMON)}{rng.choice(COMMON)}的实施方案（{i}）"
        if traditional:
            text, title = s2t.convert(text), s2t.convert(title)
        yield title, text, traditional
