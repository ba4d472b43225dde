import pytest

from tracker.ingest import normalise_text, text_fingerprint
from tracker.ingest.furniture import is_furniture

FURNITURE = [
    "已关闭评论",
    "发表评论",
    "我要评论",
    "阅读 1234",
    "浏览次数：5678",
    "分享到：",
    "A+",
    "A+ A-",
    "字号：大 中 小",
    "京ICP备18002603号-98",
    "京公网安备 11010102001234号",
    "版权所有 © 2023 某某网",
    "Copyright © 2024 example.gov.cn All Rights Reserved",
    "城市管理联播网 csgllb.org.cn 版权所有。",
    "[免责声明] 本文来源于网络转载，仅供学习交流使用，版权归原作者所有。",
    "转载请注明出处",
    "联系电话：010-56019687",
    "邮箱：someone@example.com",
    "地址：北京市东城区建国门内大街26号",
    "当前位置：首页 > 新闻中心 > 工作动态",
    "首页 > 政民互动",
    "欢迎访问 城市管理联播网!",
    "上一篇：关于做好生态环境工作的通知",
    "下一篇",
    "返回顶部",
    "打印本页",
    "关闭窗口",
    "【打印】【关闭】",
    "编 辑:黄云",
    "来 源:江西发布",
    "时间:2023-11-23 21:50:29 作者:佚名来源:山西省生态环境厅",
    "发布日期：2023年11月23日",
    "所属分类:各地政策",
    "本网概况 | 联系我们 | 会员服务 | 网站地图",
    "=====================================",
    "评论 0人参与,0条评论",
    "本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务。",
    "（责任编辑：张三）",
    "【打印本页】【关闭窗口】",
    "2023年11月23日 08:30 来源：江西日报",
    "主办单位：某市人民政府办公室 网站标识码：3601000001",
    "网站地图 | 联系我们",
    "京ICP备12345678号\t公网安备",
]

CONTENT = [
    "要加强网络舆情引导，及时回应群众在评论区发表评论中反映的生态环境问题，做到件件有回音。",
    "各地要在政府网站开设专栏，方便群众浏览，定期公开阅读量较高的环境信息，接受社会监督。",
    "严格落实版权所有人对生态产品的权益保护，完善生态产品知识产权制度，推动生态产品价值实现。",
    "整改时限：2025年底前",
    "地方各级人民政府要依法公开环境信息，公布举报电话和邮箱，接受社会监督。",
    "第一条 为了保护和改善环境，制定本条例。",
    "大同市生态环境保护大会召开",
    "江西省人民政府",
    "资金来源：省级财政专项资金",
    "网站运营者发现侵权信息的，应当及时删除并保存有关记录。",
    "本文件自印发之日起施行，由省生态环境厅负责解释，转载时应当注明出处。",
    "联系人：张三\t电话：0791-88888888",
    "发表评论\t3",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_dropped(line):
    assert is_furniture(line)
    assert normalise_text(f"标题\n{line}\n正文内容。") == "标题\n正文内容。"


@pytest.mark.parametrize("line", ["版權所有 © 某某網", "當前位置：首頁 > 新聞中心", "發表評論", "責任編輯：張三"])
def test_traditional_furniture_dropped(line):
    assert is_furniture(line)
    page = f"標題\n{line}\n綠色發展，生態環境保護。"
    assert normalise_text(page) == "標題\n綠色發展，生態環境保護。"


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines_kept(line):
    assert not is_furniture(line)
    assert line in normalise_text(f"标题\n{line}\n正文内容。").split("\n")


def test_layout_cleanup():
    raw = "\ufeff  标题  \r\n\r\n\r\n\u3000\u3000第一段。\u3000 \n • 第二段，\n\n\n\t第三段（2021—2025年），ＡＢＣ。"
    assert normalise_text(raw) == "标题\n第一段。\n第二段，\n第三段（2021—2025年），ＡＢＣ。"


def test_nfc_and_no_script_or_width_change():
    decomposed = "Cafe\u0301 綠色發展，“十四五”！"
    assert normalise_text(decomposed) == "Café 綠色發展，“十四五”！"


def test_idempotent_on_seeds(seed):
    for prefix in ("000", "001", "002", "003", "004"):
        once = normalise_text(seed(prefix).read_text(encoding="utf-8"))
        assert normalise_text(once) == once


def test_trailing_furniture_block_with_site_names_dropped():
    page = "\n".join([
        "标题", "会议以视频形式召开。", "本网概况 | 联系我们 | 网站地图", "全国政务信息一体化应用平台",
        "京ICP备18002603号-98", "某某研究院(有限合伙)",
    ])
    assert normalise_text(page) == "标题\n会议以视频形式召开。"


def test_signature_block_survives():
    doc = "关于加强保护的决定\n本决定自公布之日起施行。\n江西省人民政府\n2024年1月26日"
    assert normalise_text(doc) == doc


@pytest.mark.parametrize(
    ("prefix", "gone", "kept"),
    [
        ("000", ["阅读 4908", "评论一下", "已有0人参与", "主 办:", "========"], ["作了发言。"]),
        ("002", ["本站仅提供信息存储空间服务", "如若转载"], ["三是深入打好黑土地保卫战"]),
        ("003", ["已关闭评论", "A+", "所属分类"], ["本决定自公布之日起施行。", "(GEP)"]),
        ("004", ["欢迎访问", "当前所在", "时间:2023-11-23", "京ICP备", "联系电话", "邮箱:",
                 "原文链接", "免责声明", "版权所有", "有限合伙"],
         ["大同市生态环境保护大会召开", "各县(区)设分会场。"]),
    ],
)
def test_seed_furniture(seed, prefix, gone, kept):
    text = normalise_text(seed(prefix).read_text(encoding="utf-8"))
    for fragment in gone:
        assert fragment not in text
    for fragment in kept:
        assert fragment in text
    assert "\n\n" not in text
    assert all(line == line.strip(" \u3000\t") and line for line in text.split("\n"))


def test_fingerprint_ignores_whitespace_and_furniture():
    a = "标题\n\n\u3000\u3000第一段内容。\n阅读 1234"
    b = "标题\n第一段\n内容。"
    assert text_fingerprint(a) == text_fingerprint(b)
    assert text_fingerprint(a) != text_fingerprint("标题\n第二段内容。")
    assert len(text_fingerprint(a)) == 64


def test_fingerprint_drops_exactly_what_regex_whitespace_matches():
    # text_fingerprint cuts with str.split(); the definition is re's \s (any code point)
    import hashlib
    import re

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for text in (every, "标题\u3000第二段\x1c内容\u2028。\u00a0 \t\r\n\x0b\x0c\x85"):
        expected = hashlib.sha256(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()
        assert text_fingerprint(text, normalised=True) == expected
