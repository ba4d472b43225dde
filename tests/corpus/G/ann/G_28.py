DOC = "G_28_implementation.txt"
DEFAULTS = dict(region="天津市", responsible=["天津市住房城乡建设委"], deadline="2020-12-31", kind="target")
RECS = [
 dict(q="全市2020年城镇老旧小区改造新开工49个、256万平方米、3.2万户", deadline_text="2020年", metric="城镇老旧小区改造新开工数", comparator="=", value=49, unit="个"),
 dict(q="到“十四五”期末,力争基本完成2000年底前建成的城镇老旧小区改造任务", deadline_text="“十四五”期末", deadline="2025-12-31", metric="2000年底前建成的城镇老旧小区改造任务", comparator="full"),
 dict(q="改造内容包括基础类、完善类、提升类3类", kind="deliverable", tier="optional", deadline="2025-12-31"),
 dict(q="进行成套化改造", kind="deliverable", tier="optional", deadline=None),
 dict(q="完善功能设施", kind="deliverable", tier="optional", deadline=None),
 dict(q="将群众最急需改造的项目优先纳入改造计划", kind="duty", deadline=None),
 dict(q="老旧小区更新改造工作全市不搞“一刀切”、不层层下指标", kind="duty", tier="optional", deadline=None),
 dict(q="各区人民政府充分发挥属地作用", kind="duty", tier="optional", deadline=None, responsible=["各区人民政府"]),
 dict(q="科学制定改造目标,合理确定改造计划", kind="deliverable", deadline=None, responsible=["各区人民政府"]),
 dict(q="积极稳妥组织实施", kind="duty", tier="optional", deadline=None, responsible=["各区人民政府"]),
 dict(q="杜绝政绩工程、形象工程", kind="target", tier="optional", deadline=None, responsible=["各区人民政府"], metric="政绩工程、形象工程", comparator="zero"),
]
