"""Recognising web-page furniture: whole lines that are not part of the document.

Only whole, short lines are judged; a sentence of content that merely contains one of
these words is kept. Three kinds of evidence are used:

* a line that *starts* with a furniture label (当前位置, 版权所有, 联系电话：, 编辑：…);
* a short line that *contains* an unmistakable marker (京ICP备, 已关闭评论, A+, 阅读 123…)
  and does not read as a sentence;
* a disclaimer paragraph: it refers to the site or article itself (本站, 本网, 本文) and
  uses another disclaimer phrase (转载, 侵权, 不承担…责任, 仅代表作者…).

:func:`trailing_block` extends the judgement to short unpunctuated lines (site names,
organisation names) sitting in a run of furniture at the end of a page.
"""

from __future__ import annotations

import re

from tracker.domain import Script
from tracker.ingest.dates import full_dates
from tracker.ingest.script import detect_script, to_simplified

# Furniture is short; content paragraphs rarely are. Lines longer than this are judged
# only by the disclaimer rule.
MAX_LINE = 80
MAX_DISCLAIMER = 400
_WEAK_MAX = 40


def _spaced(word: str) -> str:
    """``来源`` → ``来\\s*源``: sites pad labels with spaces (来 源：)."""
    return r"\s*".join(re.escape(ch) for ch in word)


_LABELS = (
    "来源 信息来源 文章来源 稿件来源 主办单位 承办单位 技术支持 编辑 责任编辑 责编 编审 审核 审签 校对 主管 主办 承办 "
    "协办 作者 文字 图片 视频 摄影 记者 通讯员 监制 统筹 出品 策划 发布机构 所属分类 分类 "
    "栏目 标签 关键词 浏览次数 浏览量 点击数 点击量 阅读数 阅读量 发布时间 发布日期 更新时间 "
    "时间 日期 联系电话 电话 传真 邮箱 电子邮箱 邮编 邮政编码 地址 通讯地址 办公地址 客服QQ "
    "网站标识码 原文链接 原文地址 本文链接 来源链接 分享到 字号 字体"
)
_LABEL = "|".join(sorted((_spaced(w) for w in _LABELS.split()), key=len, reverse=True))

_STARTS = re.compile(
    rf"^[【\[（(]?\s*(?:(?:{_LABEL})[】\]]?\s*[:：]"
    r"|免责声明"
    r"|当前位置|您的位置|您现在的位置|您当前的位置|当前所在|所在位置|现在位置"
    r"|欢迎(?:访问|光临|来到)|上一篇|下一篇|上一条|下一条|返回顶部|回到顶部|返回首页|返回列表"
    r"|打印本页|关闭窗口|【?打印】?\s*【?关闭】?|版权所有|copyright|©|\(c\)\s*\d{4}"
    r"|转载请注明|如若转载|如需转载|未经授权|扫一扫|微信扫一扫|手机扫一扫|点击查看|相关阅读|相关链接"
    r"|相关新闻|责任编辑|首页\s*[>＞»/]|评论一下|最热评论|最新评论|我要评论|发表评论|网友评论)",
    re.IGNORECASE,
)

# Markers that make any short line furniture, even one ending like a sentence.
_STRONG = re.compile(
    r"ICP\s*备|ICP证|公网安备|copyright|©|版权所有\W*$|版权所有\s*[:：(（]", re.IGNORECASE
)

_CONTAINS = re.compile(
    r"已关闭评论|发表评论|我要评论|条评论|人参与"
    r"|抢沙发|精彩评论|A\+\s*A-|^A\+$|^A-$|字号\s*[:：]?\s*大\s*中\s*小|【\s*大\s*中\s*小\s*】"
    r"|分享到|分享\s*收藏|收藏\s*\d+|阅读\s*[:：]?\s*\d+|浏览\s*[:：]?\s*\d+|浏览次数|点击数"
    r"|时长\s*\d{1,2}:\d{2}|[>＞»]\s*(?:正文|政民互动|新闻中心|要闻)|(?:主办|主管|承办)\s*(?:\||$)"
    r"|(?:地址|办公区|电话|邮编|邮箱|QQ)\s*[:：]|网站地图|联系我们|设为首页|加入收藏"
    r"|(?<![\u4e00-\u9fff])(?:来源|作者|责任编辑|编辑|发布时间)\s*[:：]",
    re.IGNORECASE,
)

# A disclaimer speaks of the site or the article itself...
_SELF_REFERENCE = re.compile(r"本站|本网|本平台|本文(?!件)|原作者|作者本人")
# ...and uses at least one more of these.
_DISCLAIMER_PHRASES = (
    r"仅代表作者", r"观点仅代表", r"不代表本", r"不承担.{0,8}责任",
    r"版权归", r"侵权", r"权利人", r"转载", r"请(?:在\d+日内)?与本网", r"仅供(?:学习|参考)",
    r"信息存储空间", r"自发贡献", r"一经查实", r"删除",
)
_DISCLAIMER = [re.compile(p) for p in _DISCLAIMER_PHRASES]

_SENTENCE_END = "。！？!?；;…”"
_HAS_WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]")


def _is_menu(line: str) -> bool:
    """``本网概况 | 联系我们 | 网站地图``: three or more short items split by bars."""
    items = [i.strip() for i in re.split(r"[|｜]", line)]
    return len(items) >= 3 and all(0 < len(i) <= 10 for i in items)


def is_disclaimer(line: str) -> bool:
    """A paragraph of site legalese: it refers to the site or article itself and uses
    another disclaimer phrase (转载, 侵权, 不承担…责任, 仅代表作者…)."""
    if len(line) > MAX_DISCLAIMER or not _SELF_REFERENCE.search(line):
        return False
    return any(p.search(line) for p in _DISCLAIMER)


def _judge(s: str) -> bool:
    """The furniture rules, on a stripped, non-empty line in simplified script."""
    if "\t" in s:
        return len(s) <= MAX_LINE and _STRONG.search(s) is not None
    if not _HAS_WORD.search(s):
        return True  # separators such as ===== or a lone bullet
    if is_disclaimer(s):
        return True
    if len(s) > MAX_LINE:
        return False
    if _STARTS.match(s) or _STRONG.search(s) or _is_menu(s):
        return True
    looks_like_sentence = len(s) > 25 and s[-1] in _SENTENCE_END
    return not looks_like_sentence and _CONTAINS.search(s) is not None


def is_furniture(line: str) -> bool:
    """True when the whole line is page furniture, not document text.

    Lines are judged in their simplified form, so traditional-script pages (版權所有,
    當前位置) are cleaned the same way. Table rows (tab-separated cells) are content
    unless they carry a strong marker such as an ICP number.
    """
    s = line.strip()
    return bool(s) and _judge(to_simplified(s))


def furniture_flags(lines: list[str], script: Script | None = None) -> list[bool]:
    """:func:`is_furniture` for every line, converting the script once per document
    (and only for traditional documents: conversion costs about 0.2 s per MB).
    ``script`` is the document's script when the caller already knows it."""
    stripped = [line.strip() for line in lines]
    if script is None:
        script = detect_script("\n".join(stripped))
    if script is Script.TRADITIONAL:
        converted = to_simplified("\n".join(stripped)).split("\n")
        if len(converted) == len(stripped):
            stripped = converted
        else:
            stripped = [to_simplified(line) for line in stripped]
    return [bool(s) and _judge(s) for s in stripped]


def is_weak(line: str) -> bool:
    """A short, unpunctuated line (site or organisation name) that is not a date."""
    s = line.strip()
    return (
        0 < len(s) <= _WEAK_MAX
        and s[-1] not in _SENTENCE_END + "：:"
        and not full_dates(s)
    )


def trailing_block(lines: list[str], flags: list[bool]) -> int:
    """Index where the furniture run at the end of ``lines`` begins (len(lines) if none).

    The run is the longest suffix made of furniture, blank and weak lines. Weak lines are
    dropped with it only when the run holds at least two real furniture lines, so a
    signature block (issuing body, date) at the end of an official document survives.
    ``flags`` are the lines' :func:`furniture_flags`.
    """
    start = len(lines)
    furniture = 0
    for i in range(len(lines) - 1, -1, -1):
        s = lines[i]
        if flags[i]:
            furniture += 1
        elif s.strip() and not is_weak(s):
            break
        start = i
    return start if furniture >= 2 else len(lines)
