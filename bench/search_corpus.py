"""A generated library of Chinese policy-like documents for the search benchmark.

Sentences are built from a vocabulary of words and phrases that occur in real Chinese
policy documents (government work reports, ecological plans, inspection rectification
lists), drawn with Zipf-like frequencies so common words (发展, 建设, 推进) are common and
specialised ones (碳汇, 黑臭水体) rare, plus years, percentages and place names. About one
document in twenty is converted to Traditional script.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

# Ordered roughly from most to least frequent in real documents.
VOCAB = """
发展 建设 推进 加强 工作 生态 环境 保护 治理 全面 持续 深入 实施 完善 体系 机制 加快 提升
推动 坚持 落实 强化 制度 质量 能力 水平 安全 重点 改革 创新 管理 服务 经济 社会 资源 绿色
污染 防治 生态环境 高质量发展 重大 项目 政策 标准 监管 责任 考核 规划 行动 方案 任务 目标
优化 结构 产业 能源 低碳 转型 协同 统筹 系统 综合 区域 城乡 农村 城市 基础设施 公共 保障
水环境 大气 土壤 固体废物 排放 减排 节能 降碳 碳达峰 碳中和 碳排放 碳汇 碳交易 新能源
风电 光伏 清洁能源 煤炭 散煤 燃煤 工业 企业 园区 交通 建筑 农业 林业 草原 湿地 河湖 流域
长江 黄河 水资源 饮用水 水源地 黑臭水体 劣五类水体 优良水体 断面 水质 空气质量 细颗粒物
优良天数 臭氧 挥发性有机物 氮氧化物 二氧化硫 重污染天气 扬尘 噪声 垃圾分类 生活垃圾 危险废物
医疗废物 污水处理 管网 再生水 海绵城市 河长制 湖长制 林长制 生态补偿 生态修复 国土空间
自然保护地 国家公园 生物多样性 山水林田湖草沙 水土保持 荒漠化 矿山 地下水 农业面源污染 化肥
农药 畜禽养殖 秸秆 人居环境 厕所革命 美丽乡村 美丽中国 生态文明 示范区 试点 督察 整改
问题 清单 台账 销号 验收 反馈 通报 约谈 问责 追责 执法 监测 预警 应急 信息化 数字化 智慧
平台 数据 共享 公开 公众参与 信访 舆情 宣传 教育 培训 人才 科技 资金 投入 财政 金融 绿色金融
价格 市场 交易 排污权 用能权 用水权 许可 审批 环评 三线一单 生态保护红线 永久基本农田 城镇开发边界
各级 党委 政府 部门 人民代表大会 常务委员会 审议 监督 报告 决定 意见 通知 办法 条例 法规
市生态环境局 县人民政府 发展改革委 自然资源局 住房城乡建设局 水利局 农业农村局 林业局
牵头 配合 负责 主体责任 属地 到位 如期 按期 年底前 上半年 年内 十四五 十五五 期间 以上 以下
不低于 不超过 控制在 达到 下降 提高 增长 减少 消除 清零 全覆盖 基本 力争 确保 稳步 有序
""".split()

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


def _weights(n: int) -> list[float]:
    return [1.0 / (rank + 8) for rank in range(n)]


def sentence(rng: random.Random) -> str:
    template = rng.choice(TEMPLATES)
    out = template.replace("{year}", str(rng.randint(2021, 2035)))
    out = out.replace("{place}", rng.choice(PLACES)).replace("{pct}", str(rng.randint(5, 98)))
    words = iter(rng.choices(VOCAB, weights=_WEIGHTS, k=out.count("{w}")))
    return out.replace("{w}", "{}").format(*words) + "。"


_WEIGHTS = _weights(len(VOCAB))


def document(rng: random.Random, chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < chars:
        para = "".join(sentence(rng) for _ in range(rng.randint(2, 6)))
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
        title = f"{rng.choice(PLACES)}关于{rng.choice(VOCAB)}{rng.choice(VOCAB)}的实施方案（{i}）"
        if traditional:
            text, title = s2t.convert(text), s2t.convert(title)
        yield title, text, traditional
