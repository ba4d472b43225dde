DOC = "G_22_plan.txt"
DEFAULTS = dict(region="绍兴市", responsible=["绍兴市人民政府"], deadline="2025-12-31", kind="deliverable")
RECS = [
 dict(q="扎实推进“十项重大工程”", tier="optional"),
 dict(q="持续打好“5+2”重点工作组合拳", tier="optional"),
 dict(q="加快建设产城人文融合发展的共富示范市", tier="optional"),
 dict(q="深化教育科技人才“三位一体”高质量发展试验区建设", tier="optional"),
 dict(q="纵深推进“315”科技创新体系建设工程"),
 dict(q="力争蝉联“科技创新鼎”", kind="target", metric="“科技创新鼎”蝉联"),
 dict(q="打造科创走廊2.0版"),
 dict(q="高水平建设鉴水、金柯桥、镜湖、滨海、曹娥江科技城"),
 dict(q="推进杭州湾创新港、镜湖科创CBD、柯桥民营科技园、杭州湾产业协同创新中心、嵊州丽湖科创园EOD等标志"),
]
