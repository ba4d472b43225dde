DOC = "G_30_progress.txt"
DEFAULTS = dict(region="会昌县", responsible=["会昌县人民政府"], deadline="2023-10-31", deadline_precision="day", kind="indicator")
RECS = [
 dict(q="办好65件民生实事项目是县政府对全县人民的庄严承诺", kind="target", deadline="2023-12-31", deadline_precision="year", metric="民生实事项目办结数", comparator="full", value=65, unit="件"),
 dict(q="65件民生实事已完成26件", metric="民生实事已完成件数", comparator="=", value=26, unit="件"),
 dict(q="完成率40%", metric="民生实事完成率", comparator="=", value=40, unit="%"),
 dict(q="已开工事项65件(含政策类)", metric="民生实事已开工事项数", comparator="=", value=65, unit="件"),
 dict(q="开工率达100%", metric="民生实事开工率", comparator="=", value=100, unit="%"),
 dict(q="各牵头单位要切实负起牵头抓总的主体责任", kind="duty", tier="optional", deadline=None, responsible=["各牵头单位"]),
 dict(q="进一步细化、优化工作措施,抢抓工作进度", kind="duty", tier="optional", deadline=None, responsible=["各牵头单位"]),
 dict(q="县发改委要会同县督查落实办对相关工作进行督导", kind="duty", deadline=None, responsible=["县发改委","县督查落实办"]),
 dict(q="对严重滞后的事项进行通报并挂牌督办", kind="duty", deadline=None, responsible=["县发改委","县督查落实办"]),
]
