DOC = "G_25_closeout.txt"
DEFAULTS = dict(region="万州区", responsible=["万州区人民政府"], deadline="2024-12-31", kind="indicator")
def inv(q, m, v): return dict(q=q, metric=m+"完成投资", comparator="=", value=v, unit="亿元")
def pp(q, m, v): return dict(q=q, metric=m+"完成投资比年度计划高", comparator="=", value=v, unit="个百分点", tier="optional")
RECS = [
 dict(q="10件区级重点民生实事项目全部完成", metric="区级重点民生实事项目完成", comparator="full", value=10, unit="件"),
 dict(q="累计完成投资14.4亿元", metric="重点民生实事项目累计完成投资", comparator="=", value=14.4, unit="亿元"),
 dict(q="比计划投资高17.1个百分点", metric="重点民生实事项目完成投资比计划高", comparator="=", value=17.1, unit="个百分点", tier="optional"),
 inv("完成投资5.04亿元", "城乡排水防洪设施建设", 5.04),
 pp("比年度计划高20.3个百分点", "城乡排水防洪设施建设", 20.3),
 dict(q="五桥河流域沱口至长岭段安全防护工程汛前投用", metric="五桥河流域沱口至长岭段安全防护工程投用", comparator="full"),
 dict(q="青杠塝区域雨水排水管网工程、高峰西侧排水防涝工程一期、新田盐井雨水排水管网改造工程等按期完工", metric="雨水排水管网及排水防涝工程完工", comparator="full"),
 inv("完成投资5.6亿元", "生活污水处理能力提升", 5.6),
 pp("比年度计划高12个百分点", "生活污水处理能力提升", 12),
 dict(q="密溪沟污水处理项目、何家岩污水处理厂主体完工", metric="污水处理项目主体完工", comparator="full"),
 dict(q="新建、改建城乡污水管网95公里", metric="新建、改建城乡污水管网长度", comparator="=", value=95, unit="公里"),
 inv("完成投资0.23亿元", "农村公路生命安全防护工程", 0.23),
 pp("比年度计划高45.3个百分点", "农村公路生命安全防护工程", 45.3),
 dict(q="安装农村公路生命安全防护栏150公里", metric="农村公路生命安全防护栏安装长度", comparator="=", value=150, unit="公里"),
 inv("完成投资1.24亿元", "城市交通缓堵保畅", 1.24),
 pp("比年度计划高76.6个百分点", "城市交通缓堵保畅", 76.6),
 dict(q="北滨大道改造拓宽、青杠塝综合枢纽等竣工投用", metric="北滨大道改造拓宽、青杠塝综合枢纽竣工投用", comparator="full"),
 inv("完成投资0.65亿元", "城镇老旧小区改造和社区服务提升", 0.65),
 pp("比年度计划高7.1个百分点", "城镇老旧小区改造和社区服务提升", 7.1),
 dict(q="95个老旧小区改造全部开工", metric="老旧小区改造开工数", comparator="full", value=95, unit="个"),
 dict(q="惠及群众3.1万户", metric="老旧小区改造惠及户数", comparator="=", value=3.1, unit="万户", tier="optional"),
 dict(q="牌楼万安公寓外墙瓷砖脱落整治试点项目完工", metric="外墙瓷砖脱落整治试点项目完工", comparator="full"),
 inv("完成投资0.4亿元", "实施城区集中治丧", 0.4),
 dict(q="九池殡仪服务站建成投用", metric="九池殡仪服务站建成投用", comparator="full"),
 inv("完成投资0.2亿元", "农村电网巩固提升工程", 0.2),
 dict(q="新建、改建农村电网10千伏线路98公里", metric="新建、改建农村电网10千伏线路长度", comparator="=", value=98, unit="公里"),
 dict(q="改造户表10090只", metric="改造户表数", comparator="=", value=10090, unit="只"),
]
