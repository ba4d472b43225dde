DOC = "G_09_implementation.txt"
DEFAULTS = dict(region="开封市", responsible=["开封市人民政府"], deadline="2025-12-31", kind="target")
R1 = ["市工业和信息化局","市发展改革委","市生态环境局"]
RECS = [
 dict(q="实施大气污染防治攻坚十大行动", kind="deliverable", tier="core"),
 dict(q="高质量完成“十四五”规划目标任务", deadline_text="“十四五”", metric="“十四五”规划目标任务", comparator="full"),
 dict(q="全面完成“十四五”大气环境质量目标", deadline_text="“十四五”", metric="“十四五”大气环境质量目标", comparator="full"),
 dict(q="2025年全市PM2.5浓度低于43微克/立方米", deadline_text="2025年", metric="PM2.5浓度", comparator="<=", value=43, unit="微克/立方米"),
 dict(q="空气质量优良天数比率达到67%", metric="空气质量优良天数比率", comparator="=", value=67, unit="%"),
 dict(q="重度及以上污染天数比率控制在1.5%以内", metric="重度及以上污染天数比率", comparator="<=", value=1.5, unit="%"),
 dict(q="完成国家下达的“十四五”氮氧化物和VOCs总量减排任务", deadline_text="“十四五”", metric="氮氧化物和VOCs总量减排任务", comparator="full"),
 dict(q="综合指数稳定退出全国168个重点城市后20名", metric="空气质量综合指数全国168个重点城市排名(退出后20名)"),
 dict(q="PM2.5浓度力争在全国168个重点城市退出后20名", metric="PM2.5浓度全国168个重点城市排名(退出后20名)", tier="optional"),
 dict(q="PM10浓度在全省排名显著提升", metric="PM10浓度全省排名", comparator="increase", tier="optional"),
 dict(q="建立淘汰退出任务台账", kind="deliverable", deadline_text=None, responsible=R1),
 dict(q="加快落后生产工艺装备和过剩产能淘汰退出", kind="deliverable", tier="optional", responsible=R1),
 dict(q="列入2025年去产能计划的生产设施9月底前依法依规停止排污", kind="deadline", deadline_text="9月底前", deadline="2025-09-30", deadline_precision="month", responsible=R1),
 dict(q="加快退出5家11条6000万标砖/年以下、城市规划区内的烧结砖及烧结空心砌块生产线", metric="退出烧结砖及烧结空心砌块生产线", comparator="=", value=11, unit="条"),
 dict(q="持续推动生物质小锅炉关停整合", kind="deliverable", tier="optional"),
 dict(q="2025年9月底前,兰考县、尉氏县分别完成2蒸吨及以下生物质锅炉淘汰", kind="deadline", deadline_text="2025年9月底前", deadline="2025-09-30", deadline_precision="month", responsible=["兰考县","尉氏县"]),
]
