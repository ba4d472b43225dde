DOC = "G_16_implementation.txt"
R = ["市河长办"]
DEFAULTS = dict(region="新密市", responsible=R, deadline="2025-12-31", kind="deliverable", tier="optional")
RECS = [
 dict(q="1.强化河长履职尽责", kind="duty"),
 dict(q="用好涉河(库)重大问题调查与处置机制", kind="duty"),
 dict(q="加大对损害河(库)突出问题的调查处置力度"),
 dict(q="持续开展基层河长履职专项整治行动", tier="core"),
 dict(q="2.提升河长办工作能力"),
 dict(q="加强对河长交办问题的督导整改落实", kind="duty"),
 dict(q="全面完成第一轮河流健康评价工作", tier="core", kind="target", metric="第一轮河流健康评价工作", comparator="full"),
 dict(q="滚动编制实施“一河(库)一策”", tier="core"),
 dict(q="推动解决影响河流健康的突出问题"),
 dict(q="落实河长办成员单位职责", kind="duty"),
 dict(q="持续强化定期协商、对口协助、联合督导等机制", kind="duty"),
 dict(q="对口协助单位每季度对相应河流开展不少于一次暗访检查", tier="core", kind="target", responsible=["对口协助单位"], metric="对口协助单位每季度暗访检查次数", comparator=">=", value=1, unit="次"),
 dict(q="发现的问题及时向市河长办反馈", kind="duty", responsible=["对口协助单位"]),
 dict(q="重大问题及时报告责任河长", kind="duty", responsible=["对口协助单位"]),
 dict(q="巩固“河长+”工作机制"),
 dict(q="不断完善河长履职工作机制"),
 dict(q="持续健全河流问题解决机制"),
]
