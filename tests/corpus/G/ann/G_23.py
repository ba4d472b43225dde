DOC = "G_23_traditional.txt"
DEFAULTS = dict(region="全国", responsible=["国务院"], deadline="2025-12-31", kind="target")
RECS = [
 dict(q="我國(guó)森林覆蓋率提高至24.1%", metric="森林覆盖率", comparator="=", value=24.1, unit="%"),
 dict(q="到2025年,我國(guó)森林覆蓋率將從目前的23.04%再提高超1個(gè)百分點(diǎn),達(dá)到24.1%", deadline_text="到2025年", metric="森林覆盖率", comparator="=", value=24.1, unit="%"),
 dict(q="目前的23.04%", kind="indicator", deadline="2020-12-31", metric="森林覆盖率", comparator="=", value=23.04, unit="%"),
 dict(q="濕地保護(hù)率提高到55%", metric="湿地保护率", comparator="=", value=55, unit="%"),
 dict(q="我國(guó)濕地保護(hù)率提高到55%", metric="湿地保护率", comparator="=", value=55, unit="%"),
 dict(q="目前的50%以上", kind="indicator", deadline="2020-12-31", metric="湿地保护率", comparator=">=", value=50, unit="%", tier="optional"),
 dict(q="基本消除重污染天氣和城市黑臭水體", metric="重污染天气和城市黑臭水体", comparator="zero"),
 dict(q="基本消除重污染天氣和城市黑臭水體,這也是“十四五”期間需要完成的任務(wù)", deadline_text="“十四五”期間", metric="重污染天气和城市黑臭水体", comparator="zero"),
 dict(q="單位GDP二氧化碳排放降低18%", metric="单位GDP二氧化碳排放", comparator="decrease", value=18, unit="%"),
 dict(q="加快發(fā)展方式綠色轉(zhuǎn)型", kind="deliverable", tier="optional"),
 dict(q="單位國(guó)內(nèi)生產(chǎn)總值能耗和二氧化碳排放分別降低13.5%、18%", metric="单位国内生产总值能耗", comparator="decrease", value=13.5, unit="%"),
]
