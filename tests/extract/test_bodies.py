"""Responsible bodies: names, roles, and the words that only look like bodies."""

import pytest

from tracker.domain import BodyRef, BodyRole
from tracker.extract.bodies import find_bodies, is_body_name

L, S = BodyRole.LEAD, BodyRole.SUPPORT

# (text, [(name, role), …])
CASES = [
    ("由市生态环境局牵头，市发展改革委、市住房和城乡建设局配合",
     [("市生态环境局", L), ("市发展改革委", S), ("市住房和城乡建设局", S)]),
    ("牵头单位：省生态环境厅；配合单位：省自然资源厅、省水利厅",
     [("省生态环境厅", L), ("省自然资源厅", S), ("省水利厅", S)]),
    ("责任单位：市水务局、各区县政府", [("市水务局", L), ("各区县政府", L)]),
    ("市生态环境局会同市公安局开展专项执法", [("市生态环境局", L), ("市公安局", S)]),
    ("各区县人民政府、市级各部门按职责分工负责", [("各区县人民政府", L), ("市级各部门", L)]),
    ("县级以上人民政府应当加强领导", [("县级以上人民政府", L)]),
    ("省委省政府高度重视", [("省委", L), ("省政府", L)]),
    ("江西省人民代表大会常务委员会", [("江西省人民代表大会常务委员会", L)]),
    ("大同市委召开会议", [("大同市委", L)]),
    ("重庆市委六届四次全会", [("重庆市委", L)]),
    ("市委宣传部负责宣传报道", [("市委宣传部", L)]),
    ("国务院办公厅印发通知", [("国务院办公厅", L)]),
    ("各级党委和政府要强化责任", [("各级党委", L)]),
    ("生态环境部门要发挥职能作用", [("生态环境部门", L)]),
    ("要求各县（市、区）人民政府抓好落实", [("各县（市、区）人民政府", L)]),
    ("水利部长江水利委员会", [("水利部长江水利委员会", L)]),
    ("市政府办公室负责督办", [("市政府办公室", L)]),
    ("由市场监督管理局负责", [("市场监督管理局", L)]),
    ("请工业和信息化局牵头", [("工业和信息化局", L)]),
    ("国网大同供电公司负责实施", [("国网大同供电公司", L)]),
    ("市生态环境监测中心负责监测", [("市生态环境监测中心", L)]),
    ("有关部门要加强配合", [("有关部门", L)]),
    ("各级人民法院、各级人民检察院依法履职", [("各级人民法院", L), ("各级人民检察院", L)]),
    ("市文化和旅游局与市林业局配合", [("市文化和旅游局", S), ("市林业局", S)]),
    ("市发展改革委和市生态环境局负责", [("市发展改革委", L), ("市生态环境局", L)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_bodies_table(text: str, expected: list[tuple[str, BodyRole]]) -> None:
    assert find_bodies(text) == [BodyRef(name, role) for name, role in expected]


@pytest.mark.parametrize(
    "text",
    [
        "构建新发展格局", "优化国土空间开发保护格局", "开创新局面", "局部地区出现反弹", "确保打赢这场战役的结局",
        "制定实施办法", "依法办理审批", "全部完成整改", "部署开展专项行动", "部分地区", "加强内部管理",
        "中心城区", "以人民为中心", "中心任务", "完善公司治理", "委托第三方评估", "全局工作", "服务大局",
        "单位GDP能耗下降", "牵头单位：", "配合部门", "政府工作报告",
    ],
)
def test_not_a_body(text: str) -> None:
    assert find_bodies(text) == []


def test_each_body_once_lead_wins() -> None:
    text = "市林业局配合。由市林业局牵头"
    assert find_bodies(text) == [BodyRef("市林业局", L)]


def test_full_width_punctuation_and_parentheses() -> None:
    text = "牵头单位：各县（市、区）人民政府　配合单位：市公安局"
    assert find_bodies(text) == [BodyRef("各县（市、区）人民政府", L), BodyRef("市公安局", S)]


@pytest.mark.parametrize(
    ("name", "ok"),
    [("市生态环境局", True), ("江西省人民代表大会", True), ("各级人民政府", True), ("有关部门", True),
     ("省发展改革委", True), ("新发展格局", False), ("实施办法", False), ("全部", False), ("中心城区", False),
     ("市生态环境局和市公安局", False), ("", False)],
)
def test_is_body_name(name: str, ok: bool) -> None:
    assert is_body_name(name) is ok
