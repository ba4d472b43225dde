DOC = "G_03_progress.txt"
DEFAULTS = dict(deadline="2020-12-31", region="宣城市", responsible=["宣城市人民政府"], kind="target")
IND = dict(kind="indicator", deadline="2020-11-30", deadline_precision="month")
RECS = [
 dict(q="确保完成全年目标任务", metric="全年目标任务", comparator="full", tier="optional", deadline_text="全年"),
 dict(q="2020年市《政府工作报告》主要经济指标任务10项", kind="indicator", metric="主要经济指标任务数", comparator="=", value=10, unit="项", tier="optional"),
 dict(q="固定资产投资、财政收入、规上工业增加值3项指标未达到序时进度", **IND, metric="未达到序时进度的主要经济指标数", comparator="=", value=3, unit="项"),
 dict(q="达到序时进度44项、占比80.0%", **IND, metric="达到序时进度的量化指标任务数", comparator="=", value=44, unit="项"),
 dict(q="未达到序时进度11项、占比20.0%", **IND, metric="未达到序时进度的量化指标任务数", comparator="=", value=11, unit="项"),
 dict(q="“交通建设提升年”活动完成投资80亿元", metric="“交通建设提升年”活动完成投资", comparator="=", value=80, unit="亿元"),
 dict(q="普惠性幼儿园覆盖率达80%", metric="普惠性幼儿园覆盖率", comparator="=", value=80, unit="%"),
 dict(q="公办幼儿园覆盖率达50%", metric="公办幼儿园覆盖率", comparator="=", value=50, unit="%"),
 dict(q="新建安置区5个", metric="新建安置区数", comparator="=", value=5, unit="个"),
 dict(q="新增限上商贸流通企业100户", metric="新增限上商贸流通企业数", comparator="=", value=100, unit="户"),
 dict(q="培育进出口实绩企业90户", metric="培育进出口实绩企业数", comparator="=", value=90, unit="户"),
]
