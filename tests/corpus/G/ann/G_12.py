DOC = "G_12_list.txt"
D = dict(deadline_text=None, deadline="2010-09-20", deadline_precision="day")
DEFAULTS = dict(region=None, responsible=["市规划局"], kind="deadline")
RECS = [
 dict(q="禁止开发城市周围的自然山体,保护植被;在产业带、工业园区、风景区开发时重视生态环境建设,加强农田保护,进行农村庄点绿化,形成城乡一体的优良环境。", **D),
 dict(q="加强建成区防护绿地、交通岛绿地的建设及绿化带的管护,缓解城市热效应和交通压力。", **D, responsible=["市规划局","市建设局"]),
 dict(q="生活垃圾无害化处理达60%", kind="target", responsible=["市环保局"], metric="生活垃圾无害化处理率", comparator="=", value=60, unit="%"),
 dict(q="污水处理率达55%", kind="target", responsible=["市环保局"], metric="污水处理率", comparator="=", value=55, unit="%"),
 dict(q="改善污水处理设施、环境卫生设施,提高城市污水处理和垃圾处理的百分点。", kind="deliverable", responsible=["市环保局"]),
]
