DOC = "G_19_rectification.txt"
DEFAULTS = dict(region="鞍山市", responsible=["鞍山市自然资源局"], deadline=None, kind="indicator")
RECS = [
 dict(q="涉及鞍山市问题16项", metric="耕地保护督察涉及问题数", comparator="=", value=16, unit="项", deadline="2019-09-30", deadline_precision="month"),
 dict(q="能够立即整改的,要立行立改", kind="duty", tier="optional", responsible=["鞍山市人民政府"]),
 dict(q="对要求在90天内完成整改的,要明确责任人,列出时间表、路线图", kind="deadline", deadline_text="90天内", responsible=["鞍山市人民政府"], tier="optional"),
 dict(q="对要求长期关注逐步规范的,要依法依规研究制定相关制度", kind="deliverable", tier="optional", responsible=["鞍山市人民政府"]),
 dict(q="明确整改责任单位、责任人,列出时间表", kind="indicator", tier="optional", metric="整改责任单位、责任人和时间表明确", comparator="full", deadline="2020-03-20", deadline_precision="day"),
 dict(q="鞍山市已全部完成6个问题的整改", metric="已完成整改问题数", comparator="=", value=6, unit="个", deadline="2020-03-20", deadline_precision="day"),
 dict(q="2个问题的部分整改工作", metric="部分整改问题数", comparator="=", value=2, unit="个", deadline="2020-03-20", deadline_precision="day"),
 dict(q="完成剩余10个问题的整改工作", kind="target", metric="剩余问题整改完成数", comparator="full", value=10, unit="个"),
 dict(q="推动自然资源管理秩序持续好转", kind="target", tier="optional", metric="自然资源管理秩序", comparator="increase"),
]
