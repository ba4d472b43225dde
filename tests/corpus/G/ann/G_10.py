DOC = "G_10_closeout.txt"
DEFAULTS = dict(region="抚顺市", responsible=["抚顺市人民政府"], deadline=None, kind="target")
RECS = [
 dict(q="抚顺市2016年河流水质优良比例应达到75%", kind="indicator", tier="optional", deadline="2016-12-31", metric="河流水质优良比例(目标责任书要求)", comparator="=", value=75, unit="%"),
 dict(q="全市河流水质优良比例2017年达到45.4%", kind="indicator", tier="optional", deadline="2017-12-31", metric="河流水质优良比例(原整改目标)", comparator="=", value=45.4, unit="%"),
 dict(q="2020年达到51.2%", kind="indicator", tier="optional", deadline="2020-12-31", metric="河流水质优良比例(原整改目标)", comparator="=", value=51.2, unit="%"),
 dict(q="浑河抚顺市出境断面水质由2017年的IV类下降为V类", kind="indicator", deadline="2018-12-31", metric="浑河抚顺市出境断面水质类别", tier="optional"),
 dict(q="实施浑河流域综合整治", kind="deliverable"),
 dict(q="确保考核断面优良比例达到75%以上", metric="考核断面优良比例", comparator=">=", value=75, unit="%"),
 dict(q="2019年6月至8月,开展重点水污染源“百日攻坚”专项执法行动", kind="deadline", deadline_text="2019年6月至8月", deadline="2019-08-31", deadline_precision="month"),
 dict(q="重点排查各工业园区、重点工业污染源环保设施建设和运行情况", kind="deliverable", tier="optional"),
 dict(q="对违法排污的企业和违规建设的项目坚决依法查处", kind="duty", tier="optional"),
 dict(q="向社会公开处罚结果", kind="duty"),
 dict(q="严格落实河长制工作", kind="duty", tier="optional"),
 dict(q="落实市县乡村四级河长管理责任", kind="duty", tier="optional"),
 dict(q="修改完善“一河一策”实施方案", kind="deliverable"),
]
