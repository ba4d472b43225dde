DOC = "G_08_summaryplan.txt"
I = dict(kind="indicator", deadline="2024-12-31")
DEFAULTS = dict(region="萧县", responsible=["萧县农业农村局"], deadline="2025-12-31", kind="deliverable", tier="optional")
RECS = [
 dict(q="建设高标准农田6万亩", **I, tier="core", metric="建设高标准农田面积", comparator="=", value=6, unit="万亩"),
 dict(q="完成绿色食品新认证企业12家", **I, tier="core", metric="绿色食品新认证企业数", comparator="=", value=12, unit="家"),
 dict(q="产品13个", **I, tier="core", metric="绿色食品新认证产品数", comparator="=", value=13, unit="个"),
 dict(q="新增市级农业产业化龙头企业5家", **I, tier="core", metric="新增市级农业产业化龙头企业数", comparator="=", value=5, unit="家"),
 dict(q="市级农业产业化联合体2家", **I, tier="core", metric="新增市级农业产业化联合体数", comparator="=", value=2, unit="家"),
 dict(q="新增县级示范农民专业合作社、家庭农场37个", **I, tier="core", metric="新增县级示范农民专业合作社、家庭农场数", comparator="=", value=37, unit="个"),
 dict(q="完成农村改厕10565户", **I, tier="core", metric="农村改厕户数", comparator="=", value=10565, unit="户"),
 dict(q="完成2023年度6个和美乡村省级中心村建设", **I, tier="core", metric="和美乡村省级中心村建设数(2023年度)", comparator="=", value=6, unit="个"),
 dict(q="完成2024年度3个精品示范村规划", **I, tier="core", metric="精品示范村规划数(2024年度)", comparator="=", value=3, unit="个"),
 dict(q="共受理核实“一户一码”及自主申报共41条", **I, tier="core", metric="受理核实“一户一码”及自主申报条数", comparator="=", value=41, unit="条"),
 dict(q="开展数据比对收集反馈各类预警信息4.7万条", **I, tier="core", metric="收集反馈预警信息条数", comparator="=", value=4.7, unit="万条"),
 dict(q="今年以来共识别监测对象186户521人", **I, tier="core", metric="识别监测对象户数", comparator="=", value=186, unit="户"),
 dict(q="稳定粮食播种面积", kind="target", metric="粮食播种面积", comparator=None),
 dict(q="推进肉牛羊全产业链发展"),
 dict(q="高质量推进高标准农田建设"),
 dict(q="扎实推进“三品一标”认证"),
 dict(q="创响农产品品牌"),
 dict(q="围绕“七彩”特色产业,打造高端绿色食品产业集群"),
 dict(q="推深做实“五清一改”村庄清洁行动", tier="core"),
 dict(q="提升农村改厕质量"),
 dict(q="高标准建设和美乡村省级中心村和精品示范村", tier="core"),
 dict(q="积极探索二轮土地延包农户承包地退出办法"),
 dict(q="扎实开展全县二轮土地延包工作", tier="core"),
]
