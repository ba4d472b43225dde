DOC = "G_20_closeout.txt"
DEFAULTS = dict(region="汉滨区", responsible=["汉滨区水利局"], deadline="2020-12-23", deadline_precision="day", kind="indicator")
RECS = [
 dict(q="反馈问题由区水利局牵头整改2个", metric="区水利局牵头整改问题数", comparator="=", value=2, unit="个", tier="optional"),
 dict(q="反馈问题均已整改完毕", metric="反馈问题整改完毕", comparator="full"),
 dict(q="全区37个规模较大的镇级水源地标识牌、界牌界桩和网围栏等设施已安装到位", metric="镇级水源地标识牌、界牌界桩和网围栏安装", comparator="full", value=37, unit="个"),
 dict(q="建民街道办事处红莲村区域汉江内14艘吸砂船已全部吊装上岸,并运离河道", metric="吸砂船吊装上岸并运离河道", comparator="full", value=14, unit="艘"),
]
