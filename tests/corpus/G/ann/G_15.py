DOC = "G_15_traditional.txt"
DEFAULTS = dict(region="和县", responsible=["和县人民政府"], deadline="2024-12-31", kind="indicator")
RECS = [
 dict(q="預(yù)計(jì)全年地區(qū)生產(chǎn)總值突破400億元、達(dá)410億元", metric="地区生产总值", comparator="=", value=410, unit="亿元"),
 dict(q="增長(zhǎng)7.5%", metric="地区生产总值增速", comparator="increase", value=7.5, unit="%"),
 dict(q="實(shí)現(xiàn)一般公共預(yù)算收入33.3億元", metric="一般公共预算收入", comparator="=", value=33.3, unit="亿元"),
 dict(q="增長(zhǎng)4%", metric="一般公共预算收入增速", comparator="increase", value=4, unit="%"),
 dict(q="固定資產(chǎn)投資增長(zhǎng)10%", metric="固定资产投资增速", comparator="increase", value=10, unit="%"),
 dict(q="規(guī)上工業(yè)增加值增長(zhǎng)11%", metric="规上工业增加值增速", comparator="increase", value=11, unit="%"),
 dict(q="社會(huì)消費(fèi)品零售總額增長(zhǎng)5.7%", metric="社会消费品零售总额增速", comparator="increase", value=5.7, unit="%"),
 dict(q="服務(wù)業(yè)增加值增長(zhǎng)5.5%", metric="服务业增加值增速", comparator="increase", value=5.5, unit="%"),
]
