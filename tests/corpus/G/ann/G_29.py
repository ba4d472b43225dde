DOC = "G_29_traditional.txt"
R = ["住房城乡建设部","生态环境部","国家发展改革委","财政部","市场监管总局"]
DEFAULTS = dict(region="全国", responsible=R, deadline="2027-12-31", kind="target")
RECS = [
 dict(q="加快城市生活污水管網(wǎng)補短板", kind="deliverable", tier="optional", deadline=None),
 dict(q="建立運行維護(hù)長效機(jī)制", kind="deliverable", deadline=None),
 dict(q="切實提升城市生活污水收集效能", metric="城市生活污水收集效能", comparator="increase", tier="optional", deadline=None),
 dict(q="推動建立廠網(wǎng)統(tǒng)籌的城市生活污水專業(yè)化運行維護(hù)管理模式", kind="deliverable", deadline=None),
 dict(q="到2027年,基本消除城市建成區(qū)生活污水直排口和設(shè)施空白區(qū)", deadline_text="到2027年", metric="城市建成区生活污水直排口和设施空白区", comparator="zero"),
]
