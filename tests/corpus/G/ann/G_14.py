DOC = "G_14_workreport.txt"
DEFAULTS = dict(region="咸丰县", responsible=["咸丰县人民政府"], deadline="2024-12-31", kind="indicator")
RECS = [
 dict(q="实现地区生产总值130亿元", metric="地区生产总值", comparator="=", value=130, unit="亿元"),
 dict(q="增长6.5%", after="实现地区生产总值130亿元", metric="地区生产总值增速", comparator="increase", value=6.5, unit="%"),
 dict(q="高质量完成了全年经济社会发展目标任务", metric="全年经济社会发展目标任务", comparator="full", tier="optional"),
 dict(q="形成《咸丰县国土空间总体规划(2021-2035年)》成果", metric="国土空间总体规划成果形成", comparator="full", tier="optional"),
 dict(q="编制完成《咸丰县战略规划》", metric="战略规划编制完成", comparator="full", tier="optional"),
 dict(q="12项主要经济指标有7项位居全州前三", metric="位居全州前三的主要经济指标数", comparator="=", value=7, unit="项"),
 dict(q="争取中省预算内、特别国债、专项债券项目42个", metric="争取中省预算内、特别国债、专项债券项目数", comparator="=", value=42, unit="个"),
 dict(q="到位资金18.7亿元、增长21%", metric="到位资金", comparator="=", value=18.7, unit="亿元"),
 dict(q="争取国家“专精特新”〔3〕专项支持唐崖土司城址文物保护及展示利用项目开工建设", metric="唐崖土司城址文物保护及展示利用项目开工", tier="optional"),
]
