"""Removal of inline pinyin annotations such as ``生態(tài)環(huán)境`` or ``綠（lǜ）色``.

Some sites print the reading of a character in parentheses right after it. An
annotation is removed only when all of these hold:

* it directly follows a CJK ideograph;
* the parentheses (half- or full-width) hold 1–7 lowercase Latin letters and nothing else;
* those letters, with tone marks removed, spell one valid Mandarin syllable;
* it carries a tone: a tone-marked vowel (ā á ǎ à …) or a trailing tone digit 1–5.

Toneless syllables such as ``(de)`` are left alone: in the documents we have seen every
annotation carries a tone mark, while a bare lowercase word in parentheses after a
character is as likely to be an abbreviation or unit (``公里(km)``) as a reading.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_BASE = "aaaaeeeeiiiioooouuuuüüüünnnm"
_UNTONE = str.maketrans(_TONED, _BASE)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_ANNOTATION = re.compile(
    rf"(?<=[{_CJK}])[(（]([a-zü{_TONED}]{{1,7}}[1-5]?)[)）]"
)

_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = (
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|iao|ian|uan|üan|van|ai|ei|ao|ou|an|en|"
    "er|in|un|ün|vn|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|i|u|ü|v)"
)
_SYLLABLE = re.compile(f"{_INITIALS}{_FINALS}|[nm]g?|hm|hng")


def _is_toned_syllable(body: str) -> bool:
    has_digit = body[-1].isdigit()
    letters = body[:-1] if has_digit else body
    if not letters:
        return False
    plain = letters.translate(_UNTONE)
    has_mark = plain != letters
    if not (has_mark or has_digit):
        return False
    return _SYLLABLE.fullmatch(plain) is not None


def _replace(match: re.Match[str]) -> str:
    return "" if _is_toned_syllable(match.group(1)) else match.group(0)


def strip_pinyin(text: str) -> str:
    """Remove pinyin reading annotations; every other parenthesis stays."""
    return _ANNOTATION.sub(_replace, text)
