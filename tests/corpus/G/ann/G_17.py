DOC = "G_17_implementation.txt"
R1 = ["各级河湖长制办公室","河湖长制责任单位"]
DEFAULTS = dict(region="贵州省", responsible=R1, deadline="2025-12-31", kind="deliverable")
RECS = [
 dict(q="着力建设安全河湖、生命河湖、幸福河湖", tier="optional", responsible=["贵州省河湖长制办公室"]),
 dict(q="1.完善河湖长制组织体系", tier="optional"),
 dict(q="制定印发《贵州省河湖长工作交接制度(试行)》"),
 dict(q="及时调整、公告各级河湖长名录", kind="duty"),
 dict(q="更换河长公示牌中河湖长信息"),
 dict(q="同步将原公示牌中水功能区水质调整为省控及以上水质"),
 dict(q="结合河流的实际情况提出河流的个性化管理目标"),
 dict(q="2.召开河湖长制年度相关会议", tier="optional", responsible=["各级总河湖长","河湖长","河湖长制办公室"]),
 dict(q="配合召开长江流域、珠江流域省级河湖长联席会议", responsible=["各级总河湖长","河湖长","河湖长制办公室"]),
 dict(q="各级要通过召开总河湖长会议、河湖长会议、河湖长制部门联席会议等,及时部署相关工作", kind="duty", tier="optional", responsible=["各级总河湖长","河湖长","河湖长制办公室"]),
 dict(q="推动河湖联防联控联治", tier="optional", responsible=["各级总河湖长","河湖长","河湖长制办公室"]),
]
