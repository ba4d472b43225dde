DOC = "G_04_traditional.txt"
DEFAULTS = dict(deadline="2025-12-31", region="全国", responsible=["国务院"], kind="target")
RECS = [
 dict(q="國內生產總值增長5%左右", metric="国内生产总值增速", comparator="increase", value=5, unit="%"),
 dict(q="城鎮(zhèn)調查失業(yè)率5.5%左右", metric="城镇调查失业率", comparator="=", value=5.5, unit="%"),
 dict(q="城鎮(zhèn)新增就業(yè)1200萬人以上", metric="城镇新增就业", comparator=">=", value=1200, unit="万人"),
 dict(q="居民消費價格漲幅2%左右", metric="居民消费价格涨幅", comparator="=", value=2, unit="%"),
 dict(q="居民收入增長和經濟增長同步", metric="居民收入增长(与经济增长同步)", tier="optional"),
 dict(q="國際收支保持基本平衡", metric="国际收支平衡", tier="optional"),
 dict(q="糧食產量1.4萬億斤左右", metric="粮食产量", comparator="=", value=1.4, unit="万亿斤"),
 dict(q="單位國內生產總值能耗降低3%左右", metric="单位国内生产总值能耗", comparator="decrease", value=3, unit="%"),
 dict(q="生態(tài)環境質量持續(xù)改善", metric="生态环境质量", comparator="increase", tier="optional"),
]
