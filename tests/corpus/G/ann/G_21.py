DOC = "G_21_traditional.txt"
DEFAULTS = dict(region="常州市", responsible=["常州市工商行政管理局"], deadline=None, kind="indicator")
RECS = [
 dict(q="全市市場(chǎng)主體平均年報(bào)公示率為61.3%", metric="市场主体平均年报公示率", comparator="=", value=61.3, unit="%", deadline="2016-06-02", deadline_precision="day"),
 dict(q="2015年6月5日,69.9%", metric="市场主体平均年报率(去年同期)", comparator="=", value=69.9, unit="%", deadline="2015-06-05", deadline_precision="day", tier="optional"),
 dict(q="確保年報(bào)率不低于本地區(qū)應(yīng)有水平", kind="target", metric="年报率(本地区应有水平)", comparator=">=", responsible=["各辖市、区市场监督管理局"], deadline="2016-06-30", deadline_precision="month", tier="optional"),
]
