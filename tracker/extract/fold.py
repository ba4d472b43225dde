"""Fold text for matching: full-width to ASCII and Traditional to Simplified, one code
point for one so that every offset found in the folded text is valid in the original.

Only the characters our rules look at are folded (policy vocabulary: bodies, time
words, comparators, units); it is not a general converter.
"""

from __future__ import annotations

import re

# Full-width ASCII (U+FF01…U+FF5E) to ASCII, and the ideographic space to a space.
FULLWIDTH: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FULLWIDTH[0x3000] = 0x20

# Traditional → Simplified pairs, written as "TsTs…".
_T2S_PAIRS = (
    "門门會会員员務务辦办廳厅處处團团黨党紀纪監监協协單单隊队級级關关區区縣县與与導导責责負负"
    "頭头發发準准檢检農农業业環环態态資资規规劃划設设鄉乡鎮镇衛卫國国質质產产權权財财稅税統统"
    "計计應应內内個个後后時时間间節节啟启實实現现週周號号來来屆届於于從从兩两萬万億亿歷历過过"
    "達达標标長长減减濃浓優优體体蓋盖噸吨畝亩積积項项條条臺台輛辆戶户價价費费總总數数點点顯显"
    "穩稳確确爭争進进續续斷断動动並并對对將将讓让線线網网氣气汙污廢废歸归徹彻組组織织領领調调"
    "聯联參参屬属構构專专類类牽牵創创"
    # the lead-in words before a body (根據, 聽取, 請, 堅持, 強化, 經, 圍繞, 報請, 審議, 開展, 依託,
    # 發揮, 應當, 壓實, 緊扣, 貫徹, 結合, 鼓勵, 獲得, 匯總, 舉行, 作為) and words of bodies' names
    # (機要局, 供銷社)
    "據据聽听請请堅坚強强經经圍围繞绕報报審审議议開开託托揮挥當当壓压緊紧貫贯結结勵励獲获匯汇"
    "舉举為为機机銷销"
    # the verbs of building that make a facility no body (擬建, 籌建, 興建, 遷建, 擴建), and a verb
    # of action that opens a measure (規範)
    "擬拟籌筹興兴遷迁擴扩範范"
    "歲岁"  # (歲末: the year's end)
    # time and baseline words (較2020年 / 在2020年基礎上, 國慶節前, 勞動節前, 採暖季前, 本世紀中葉, 公佈)
    "較较礎础慶庆勞劳採采葉叶佈布"
    # the names of a table's columns and of a report's headings (完成情況 / 下階段工作安排)
    "況况階阶"
)
T2S: dict[int, int] = {ord(_T2S_PAIRS[i]): ord(_T2S_PAIRS[i + 1])
                       for i in range(0, len(_T2S_PAIRS) - 1, 2)}
_TABLE = {**FULLWIDTH, **T2S}


# A repost's inline pinyin after a character (環(huán)境 / 現(xiàn)代化): dropped before reading
INLINE_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,7}\)")


def to_halfwidth(s: str) -> str:
    """Full-width digits, letters and punctuation to ASCII (same length)."""
    return s.translate(FULLWIDTH)


# Any character fold() changes: most texts have none, and a scan for them is far cheaper
# than translating every character.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")


def fold(text: str) -> str:
    """*text* with full-width forms and common Traditional characters folded (same length)."""
    if _FOLDABLE.search(text) is None:
        return text
    return text.translate(_TABLE)
