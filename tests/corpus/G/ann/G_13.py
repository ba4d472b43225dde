DOC = "G_13_traditional.txt"
DEFAULTS = dict(region="全国", responsible=["国务院"], deadline="2025-12-31", kind="target")
RECS = [
 dict(q="保持在合理區間、各年度視情提出", metric="GDP年均增速", tier="optional"),
 dict(q="全員勞動生產率增長高於GDP增長", metric="全员劳动生产率增速(高于GDP增速)", comparator=">=", tier="optional"),
 dict(q="2025年常住人口城鎮化率提高到65%", deadline_text="2025年", metric="常住人口城镇化率", comparator="=", value=65, unit="%"),
 dict(q="2025年數字經濟核心產業增加值佔GDP比重提高到10%", deadline_text="2025年", metric="数字经济核心产业增加值占GDP比重", comparator="=", value=10, unit="%"),
 dict(q="全社會研發經費投入年均增長7%以上", metric="全社会研发经费投入年均增速", comparator=">=", value=7, unit="%"),
 dict(q="力爭投入強度高於「十三五」時期實際", deadline_text=None, metric="研发经费投入强度(高于“十三五”时期实际)", comparator="increase", tier="optional"),
 dict(q="每萬人口高價值發明專利擁有量達12件", metric="每万人口高价值发明专利拥有量", comparator="=", value=12, unit="件"),
]
