DOC = "G_02_workreport.txt"
DEFAULTS = dict(deadline="2025-12-31", region="龙游县", responsible=["龙游县人民政府"], kind="target")
RECS = [
 dict(q="打赢“十四五”收官之战", metric="“十四五”规划目标任务", comparator="full", deadline_text="“十四五”", tier="optional"),
 dict(q="加快建设区域明珠城市", kind="deliverable", tier="optional"),
 dict(q="全县生产总值增长7%", metric="全县生产总值增速", comparator="increase", value=7, unit="%"),
 dict(q="固定资产投资增长10%以上", metric="固定资产投资增速", comparator=">=", value=10, unit="%"),
 dict(q="社会消费品零售总额增长7%", metric="社会消费品零售总额增速", comparator="increase", value=7, unit="%"),
 dict(q="外贸出口额占全市份额保持稳定", metric="外贸出口额占全市份额", comparator=None, tier="optional"),
 dict(q="一般公共预算收入增长7%以上", metric="一般公共预算收入增速", comparator=">=", value=7, unit="%"),
 dict(q="城乡居民人均可支配收入与经济增长同步", metric="城乡居民人均可支配收入增速(与经济增长同步)", tier="optional"),
 dict(q="城镇调查失业率控制在5%以内", metric="城镇调查失业率", comparator="<=", value=5, unit="%"),
 dict(q="节能减排完成上级下达目标任务", metric="节能减排上级下达目标任务", comparator="full"),
]
