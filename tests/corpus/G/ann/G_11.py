DOC = "G_11_closeout.txt"
R = ["市生态保护和修复重大项目推进中心"]
DEFAULTS = dict(region="通辽市", responsible=R, deadline=None, kind="deliverable")
RECS = [
 dict(q="第二轮自治区生态环境保护督察第6项整改任务已整改完成,并通过验收", kind="indicator", responsible=["通辽市林业和草原局"], deadline="2025-12-29", deadline_precision="day", metric="第6项整改任务整改完成", comparator="full"),
 dict(q="公示期为2025年12月29日至2026年1月12日", kind="deadline", tier="optional", responsible=["通辽市林业和草原局"], deadline_text="2026年1月12日", deadline="2026-01-12", deadline_precision="day"),
 dict(q="完成主城区中水回用设施及管网工程建设", kind="target", metric="主城区中水回用设施及管网工程建设", comparator="full"),
 dict(q="2024年5月前,制定主城区中水回用设施及管网工程2024年度施工方案", kind="deadline", deadline_text="2024年5月前", deadline="2024-05-31", deadline_precision="month"),
 dict(q="按周明确工程任务量和进度时间表", tier="optional"),
 dict(q="督促市水权公司积极开展项目用地和项目报建工作", tier="optional"),
 dict(q="按周调度研判施工进展", kind="duty", tier="optional"),
 dict(q="确保项目按期交付使用", kind="deadline", deadline_text="按期", tier="optional"),
 dict(q="2025年6月10日完成《主城区中水回用设施及管网工程施工方案》编制", kind="indicator", deadline="2025-06-10", deadline_precision="day", metric="施工方案编制完成", comparator="full"),
 dict(q="已完成项目用地和项目报建工作", kind="indicator", deadline="2025-12-29", deadline_precision="day", metric="项目用地和项目报建工作完成", comparator="full"),
 dict(q="工程于2025年6月23日开工建设", kind="indicator", deadline="2025-06-23", deadline_precision="day", metric="工程开工"),
 dict(q="目前主体工程已完工", kind="indicator", deadline="2025-12-29", deadline_precision="day", metric="主体工程完工", comparator="full"),
]
