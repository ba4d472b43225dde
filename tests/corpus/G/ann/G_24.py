DOC = "G_24_summaryplan.txt"
DEFAULTS = dict(region="上高县", responsible=["上高县农业农村局"], deadline="2024-12-31", kind="indicator")
RECS = [
 dict(q="2024年我县粮食播种面积达67.5万亩以上", metric="粮食播种面积", comparator=">=", value=67.5, unit="万亩"),
 dict(q="油料种植面积达13.3万亩以上", metric="油料种植面积", comparator=">=", value=13.3, unit="万亩"),
 dict(q="全县“吨粮田”创建面积达20万亩", metric="“吨粮田”创建面积", comparator="=", value=20, unit="万亩"),
 dict(q="省级媒体正面报道14次", metric="高标准农田建设省级媒体正面报道次数", comparator="=", value=14, unit="次", tier="optional"),
 dict(q="2023年度项目市级验收在全市排名第二", metric="2023年度高标准农田项目市级验收全市排名", comparator="=", value=2, unit="名", deadline="2023-12-31", tier="optional"),
 dict(q="2024年完成新改建高标准农田2.428万亩", metric="新改建高标准农田面积", comparator="=", value=2.428, unit="万亩"),
 dict(q="超建设任务200多亩", metric="高标准农田超建设任务面积", comparator=">=", value=200, unit="亩", tier="optional"),
 dict(q="立案查处违法案件43件", metric="立案查处农业违法案件数", comparator="=", value=43, unit="件"),
 dict(q="罚没款共计55万元", metric="罚没款", comparator="=", value=55, unit="万元"),
]
