"""Word lists for place recognition in Chinese policy text (immutable constants).

They encode general facts of the language, not of any one document:
- GLUE: characters that, right after a division suffix, turn the suffix into the first
  character of an ordinary word (市场 market, 市级 city-level, 县域 county area, 区域 area,
  省级 provincial …). 合作市场 is 合作 + 市场, not 合作市.
- GENERIC_STEMS: district names that are also ordinary urban words (新城区 new town,
  老城区 old town, 城关, 市中): they are treated like bare short names, not sure names.
- BANK_CHARS: 岸/麓/畔/坡/侧 after a province short name show a river or mountain side
  (长江西岸, 黄河北岸, 太湖南岸, 泰山东麓), not a province.
- ORDINARY_WORDS: short names of divisions that are ordinary words (新建, 振兴, 资源).
- FOLLOW_CUES: what may follow a bare short name of a prefecture or county to show that
  it is used as a place (大同市委, 延边州政府, 和县人民政府, 通化生态环境局, 无锡经开区).
"""

from __future__ import annotations

GLUE: dict[str, frozenset[str]] = {
    "市": frozenset("场级区民容值面井价况"),
    "县": frozenset("级域"),
    "区": frozenset("域块间位别分段"),
    "省": frozenset("级份会钱力事心略"),
    "旗": frozenset("帜舰袍号"),
    "盟": frozenset("友约军员"),
}

GENERIC_STEMS = frozenset({"新城", "老城", "城中", "城东", "城西", "城南", "城北", "城关",
                           "城厢", "市中", "中心"})

BANK_CHARS = frozenset("岸麓畔坡侧")

# Short names of prefectures and counties that are ordinary words of policy text (新建 build,
# 振兴 revitalise, 资源, 合作, 前进, 富裕, 光明, 绿水青山/金山银山, 新华社 …): a document's scope
# words (全区, 全县) never make them its own division's short name
ORDINARY_WORDS = frozenset({
    "资源", "振兴", "新建", "合作", "新兴", "平安", "公安", "共和", "通道", "东风", "前进", "富裕",
    "和平", "青山", "金山", "红旗", "解放", "友谊", "向阳", "光明", "安定", "太平", "安宁", "平原",
    "江南", "江北", "河东", "河西", "东方", "新华",
})

_GOVERNMENT = ("委", "政府", "人民政府", "人大", "政协", "纪委", "党委")
_SUFFIXES = ("市", "州", "县", "区", "盟", "旗", "")

FOLLOW_CUES: tuple[str, ...] = tuple(
    sorted({s + g for s in _SUFFIXES for g in _GOVERNMENT if s + g != "委"}
           | {"生态环境局", "生态环境分局", "日报", "晚报",
              # a development zone takes its city's name (无锡经开区, 绵阳高新区)
              "经开区", "高新区", "经济开发区", "经济技术开发区", "高新技术产业开发区"},
           key=len, reverse=True)
)

# Words that name the issuer's own jurisdiction without naming it (全省, 省委, 市长 …),
# keyed by the division suffix they point to.
SCOPE_CUES: dict[str, tuple[str, ...]] = {
    "省": ("全省", "省委", "省政府", "省人大", "省长"),
    "市": ("全市", "市委", "市政府", "市人大", "市长"),
    "州": ("全州", "州委", "州政府"),
    "区": ("全区", "区委", "区政府"),
    "县": ("全县", "县委", "县政府"),
    "盟": ("全盟", "盟委"),
    "旗": ("全旗", "旗委"),
}

# A line that starts with one of these is page furniture (source line, byline, breadcrumb).
FURNITURE_STARTS: tuple[str, ...] = (
    "来源", "作者", "责任编辑", "编辑", "校对", "审核", "时间", "发布时间", "发布日期",
    "当前位置", "当前所在", "欢迎访问", "所属分类", "原标题", "本文", "如若转载", "版权",
    "copyright", "分享", "打印", "关闭", "主办", "主管", "承办", "协办", "地址", "电话",
    "邮编", "联系我们", "网站",
)
FURNITURE_INSIDE: tuple[str, ...] = ("来源:", "来源：", "责任编辑", "ICP备")
