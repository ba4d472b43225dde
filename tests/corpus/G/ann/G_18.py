DOC = "G_18_traditional.txt"
DEFAULTS = dict(region="漳州市", responsible=["漳州市人民政府"], deadline="2010-12-31", kind="target")
def inc(q, m, v): return dict(q=q, metric=m, comparator="increase", value=v, unit="%")
RECS = [
 dict(q="加快建設(shè)海峽西岸港口大市,、工業(yè)強市、生態(tài)名市步伐", kind="deliverable", tier="optional"),
 inc("地區(qū)生產(chǎn)總值增長13%", "地区生产总值增速", 13),
 inc("財政總收入增長13%", "财政总收入增速", 13),
 inc("其中地方級財政收入增長16%", "地方级财政收入增速", 16),
 inc("規(guī)模工業(yè)增加值增長18%", "规模工业增加值增速", 18),
 inc("規(guī)模工業(yè)總產(chǎn)值增長21%", "规模工业总产值增速", 21),
 inc("農(nóng)業(yè)總產(chǎn)值增長4.5%", "农业总产值增速", 4.5),
 inc("全社會固定資產(chǎn)投資增長30%", "全社会固定资产投资增速", 30),
 inc("外貿(mào)出口增長15%", "外贸出口增速", 15),
 inc("實際利用外資增長15%", "实际利用外资增速", 15),
 inc("社會消費品零售總額增長15%", "社会消费品零售总额增速", 15),
 dict(q="居民消費價格總水平漲幅控制在4%左右", metric="居民消费价格总水平涨幅", comparator="<=", value=4, unit="%"),
 dict(q="城鎮(zhèn)登記失業(yè)率控制在4.3%以內(nèi)", metric="城镇登记失业率", comparator="<=", value=4.3, unit="%"),
 dict(q="人口自然增長率控制在7.2%,。以內(nèi)", metric="人口自然增长率", comparator="<=", value=7.2, unit="%"),
 inc("城鎮(zhèn)居民人均可支配收入實際增長8%", "城镇居民人均可支配收入实际增速", 8),
 inc("農(nóng)民人均純收入實際增長7%", "农民人均纯收入实际增速", 7),
 dict(q="節(jié)能減排指標控制在省政府下達的范圍之內(nèi)", metric="节能减排指标(省政府下达范围)", comparator="<="),
]
