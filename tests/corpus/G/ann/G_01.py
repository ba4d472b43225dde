DOC = "G_01_implementation.txt"
DEFAULTS = dict(deadline="2025-12-31", region="武汉市", responsible=["武汉市生态环境局"])
RECS = [
 dict(q="高质量完成“十四五”规划目标任务", kind="target", deadline_text="“十四五”", metric="“十四五”规划目标任务", comparator="full", tier="core"),
 dict(q="高水平谋划“十五五”规划", kind="deliverable", tier="optional"),
 dict(q="长江、汉江武汉段水质保持优良", kind="target", metric="长江、汉江武汉段水质", tier="core", responsible=["水处"]),
 dict(q="地表水国控、省控断面水质优良比例分别不低于90.9%", kind="target", metric="地表水国控断面水质优良比例", comparator=">=", value=90.9, unit="%", responsible=["水处"]),
 dict(q="力争达到100%", kind="target", metric="地表水国控断面水质优良比例(力争)", comparator="=", value=100, unit="%", responsible=["水处"], tier="optional"),
 dict(q="88%", after="力争达到100%)", kind="target", metric="地表水省控断面水质优良比例", comparator=">=", value=88, unit="%", responsible=["水处"]),
 dict(q="不出现劣V类断面", kind="target", metric="劣V类断面", comparator="zero", responsible=["水处"]),
 dict(q="县级以上集中式饮用水水源地水质达标率保持100%", kind="target", metric="县级以上集中式饮用水水源地水质达标率", comparator="=", value=100, unit="%", responsible=["水处"]),
 dict(q="地下水国控点位V类水质比例控制在25%以内", kind="target", metric="地下水国控点位V类水质比例", comparator="<=", value=25, unit="%", responsible=["土壤处"]),
 dict(q="环境空气质量达到省下达目标要求", kind="target", metric="环境空气质量省下达目标", comparator="full", responsible=["大气处"]),
 dict(q="细颗粒物(PM2.5)年均浓度力争达到35微克/立方米", kind="target", metric="细颗粒物(PM2.5)年均浓度", comparator="=", value=35, unit="微克/立方米", responsible=["大气处"]),
 dict(q="受污染耕地安全利用率达到省下达目标要求", kind="target", metric="受污染耕地安全利用率", comparator="full", responsible=["土壤处"]),
 dict(q="重点建设用地安全利用率达到100%", kind="target", metric="重点建设用地安全利用率", comparator="=", value=100, unit="%", responsible=["土壤处"]),
 dict(q="农村生活污水治理(管控)率达到65.76%", kind="target", metric="农村生活污水治理(管控)率", comparator="=", value=65.76, unit="%", responsible=["生态处"]),
]
