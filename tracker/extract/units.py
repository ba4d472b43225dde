"""Units of measure as policy texts write them, and their standard spelling."""

from __future__ import annotations

import functools

from tracker.extract.fold import to_halfwidth

# Measure words (量词) that count things, each its own unit as written (开工建设200部电梯,
# 160万棒黑木耳, 打井10眼, 查处案件30起, 中欧班列开行4800列)
MEASURE_WORDS = "部棒口眼栋幢间盏块架棵册份篇门例起笔床支轮列"

# Standard spellings and the other ways texts write them.
_VARIANTS: dict[str, tuple[str, ...]] = {
    "%": ("%", "％", "百分比"),
    "个百分点": ("个百分点", "百分点"),
    "‰": ("‰",),
    "微克/立方米": ("微克/立方米", "微克每立方米", "μg/m³", "μg/m3", "ug/m3", "ug/m³", "µg/m³",
                "µg/m3", "微克/米³", "微克/m³", "微克/m3", "微克"),
    "毫克/立方米": ("毫克/立方米", "毫克每立方米", "mg/m³", "mg/m3"),
    "毫克/升": ("毫克/升", "毫克每升", "mg/l"),
    "万立方米/日": ("万立方米/日", "万立方米每日", "万立方米/天", "万方/日", "万m³/d", "万m3/d"),
    "立方米/日": ("立方米/日", "立方米每日", "立方米/天", "m³/d", "m3/d"),
    # a tonne is a mass, not a volume (垃圾焚烧处理能力3000吨/日 / 污水处理能力3万吨/日): kept
    "万吨/日": ("万吨/日", "万吨每日", "万吨/天"),
    "吨/日": ("吨/日", "吨每日", "吨/天"),
    "亿立方米": ("亿立方米", "亿方"),
    "万立方米": ("万立方米", "万方"),
    "立方米": ("立方米", "m³", "m3", "方"),
    "分/千瓦时": ("分/千瓦时", "分每千瓦时", "分/度"),
    "元/千瓦时": ("元/千瓦时", "元每千瓦时", "元/度"),
    "亿千瓦时": ("亿千瓦时", "亿度"),
    "万千瓦时": ("万千瓦时", "万度"),
    "千瓦时": ("千瓦时", "度", "kwh"),
    "万千瓦": ("万千瓦",),
    "千瓦": ("千瓦", "kw"),
    "兆瓦": ("兆瓦", "mw"),
    "吉瓦": ("吉瓦", "gw"),
    "亿吨标准煤": ("亿吨标准煤", "亿吨标煤"),
    "万吨标准煤": ("万吨标准煤", "万吨标煤"),
    "吨标准煤": ("吨标准煤", "吨标煤"),
    "亿吨": ("亿吨",),
    "万吨": ("万吨",),
    "吨": ("吨", "t"),
    "万亩次": ("万亩次",),  # 农机作业服务面积60万亩次以上: area worked, counted per pass
    "亩次": ("亩次",),
    "万亩": ("万亩",),
    "亩": ("亩",),
    "万公顷": ("万公顷",),
    "公顷": ("公顷", "ha"),
    "平方公里": ("平方公里", "平方千米", "km²", "km2"),
    "万平方米": ("万平方米", "万平米"),
    "平方米": ("平方米", "m²", "㎡", "平米"),  # (30平米: the square metre said short)
    "公里": ("公里", "千米", "km"),
    "米": ("米", "m"),
    "厘米": ("厘米", "cm"),
    "毫米": ("毫米", "mm"),
    "万亿元": ("万亿元",),
    "亿元": ("亿元",),
    "万元": ("万元",),
    # foreign capital is counted in US dollars (实际使用外资3亿美元)
    "亿美元": ("亿美元",),
    "万美元": ("万美元",),
    "美元": ("美元",),
    "元": ("元",),
    "万人": ("万人",),
    "人": ("人", "名"),
    "万户": ("万户",),
    "户": ("户",),
    "家": ("家",),
    "个": ("个",),
    "座": ("座",),
    "项": ("项",),
    "处": ("处",),
    "条": ("条",),
    "所": ("所",),
    "辆": ("辆",),
    "台": ("台",),
    "套": ("套",),
    "艘": ("艘",),
    "只": ("只",),
    "株": ("株",),
    "万株": ("万株",),
    "件": ("件",),
    "张": ("张",),
    "万人次": ("万人次",),
    "人次": ("人次",),
    "批": ("批",),
    "场次": ("场次",),
    "场": ("场",),
    "次": ("次",),
    "头": ("头",),
    **{word: (word,) for word in MEASURE_WORDS},
    "标准箱": ("标准箱", "标箱"),
    "宗": ("宗",),
    "分贝": ("分贝", "db(a)", "db"),
    "倍": ("倍", "∶1", ":1"),  # 城乡居民收入比缩小到2.2∶1: a ratio to one
    "万亿斤": ("万亿斤",),
    "亿斤": ("亿斤",),
    "万斤": ("万斤",),
    "斤": ("斤",),
    "公斤": ("公斤", "千克", "kg"),
    "蒸吨": ("蒸吨",),
    "蒸吨/小时": ("蒸吨/小时", "蒸吨每小时", "t/h"),
    "岁": ("岁", "周岁"),
    "天": ("天",),
    "个工作日": ("个工作日", "工作日"),  # 审批时限压缩至20个工作日 (a 个 alone is a count)
    "年": ("年",),
    "个月": ("个月",),
    "小时": ("小时",),
    "分钟": ("分钟",),
}

_LOOKUP: dict[str, str] = {
    variant.lower(): std for std, variants in _VARIANTS.items() for variant in variants
}

# Forms too ambiguous to read after a number in running text (三方 = three parties).
# (名 after a number counts people: 引进高层次人才1000名以上 → 人)
_NOT_IN_TEXT = frozenset({"方", "度", "百分比", "t", "m"})

#: Every written form, longest first (for building an alternation that prefers 万亩 to 亩);
#: forms of one length in a fixed order, so that the patterns built from them are the same
#: in every run (compiled.py stores them by their text).
UNIT_FORMS: tuple[str, ...] = tuple(sorted(
    {v for vs in _VARIANTS.values() for v in vs if v not in _NOT_IN_TEXT},
    key=lambda form: (-len(form), form),
))


@functools.lru_cache(maxsize=1024)  # a handful of units recur through a document
def standard_unit(u: str) -> str | None:
    """The standard spelling of a unit: 微克每立方米 / μg/m³ / ug/m3 → 微克/立方米,
    ％ → %, 百分点 → 个百分点, 平方千米 → 平方公里. None for an unknown unit."""
    key = to_halfwidth(u).strip().replace("每", "/").lower()
    return _LOOKUP.get(key) or _LOOKUP.get(to_halfwidth(u).strip().lower())


#: What a rate may be counted per, written after a slash or 每 (吨/万元, 立方米/万元,
#: 千克/亩, 元/吨): read with the unit before it as one unit.
PER_UNITS: tuple[str, ...] = (
    "万元", "亿元", "元", "千瓦时", "度", "日", "天", "年", "月", "小时", "人", "户", "亩",
    "公顷", "平方米", "平方公里", "万平方公里", "百平方公里", "吨", "公里", "百公里", "立方米", "标准立方米", "升",
    "千克", "公斤", "辆", "床", "千人", "万人", "百户", "秒", "kwh", "h", "d",
)


@functools.lru_cache(maxsize=256)
def per_unit(unit: str, per: str) -> str:
    """A rate's unit in standard spelling: 吨 + 万元 → 吨/万元, 立方米 + 万元 → 立方米/万元,
    万立方米 + 天 → 万立方米/日 (a known rate keeps its standard form)."""
    known = standard_unit(f"{unit}/{per}")
    if known is not None:
        return known
    top = standard_unit(unit) or unit
    bottom = {"天": "日", "度": "千瓦时", "h": "小时", "d": "日", "kwh": "千瓦时"}.get(
        per.lower(), standard_unit(per) or per)
    return f"{top}/{bottom}"


@functools.lru_cache(maxsize=512)  # a row's cells recur through a table
def read_unit(written: str) -> str | None:
    """A unit written on its own (in a name's brackets: 用水量（立方米/万元）): its standard
    spelling, a rate read as one (吨/万元), or None when it is no unit."""
    known = standard_unit(written)
    if known is not None:
        return known
    for sep in ("/", "每"):
        top, found, per = to_halfwidth(written).strip().partition(sep)
        if not found or not standard_unit(top):
            continue
        # (元/月/人, 元/人/年: a rate per two things, each read as one)
        first, *more = per.split(sep)
        if all(p.lower() in _PER_LOWER for p in (first, *more)):
            return "/".join([per_unit(top, first), *(standard_unit(p) or p for p in more)])
    return None


_PER_LOWER = frozenset(p.lower() for p in PER_UNITS)

