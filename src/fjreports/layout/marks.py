"""The marks the press leaves on a page, all in one place.

Bylines (`□ 王 帅`, `本报记者 … 通讯员 …`), author lines after a body
(`(黄志鑫 黄钊伟)`), contributor lines (`（福鼎市委改革办供稿）`), photo credits
(`本版图/…`, `… (连健刚 摄)`), datelines and source lines, the lead of a news
item (`本报讯`) and the cruft of web pages.

Examples:
    >>> parse_names("□ 邱 天 罗晶晶 陈晓芳")
    ('邱天', '罗晶晶', '陈晓芳')
    >>> is_caption("村民在田间劳作。 (连健刚 摄)"), is_caption("连续三年增长。")
    (True, False)
"""

from __future__ import annotations

import re

from ..lexicon import word_set

__all__ = [
    "AUTHORS_LINE",
    "BREADCRUMB",
    "BYLINE",
    "CAPTION_CREDIT",
    "CONTRIBUTOR",
    "CREDIT_LINE",
    "CRUFT",
    "DATELINE",
    "LEAD",
    "MARKER",
    "NEWS_DATELINE",
    "ORG",
    "PHOTO_CREDIT",
    "POSTED_LINE",
    "SECTION_HEAD",
    "SESSION_LINE",
    "SPEAKER_LINE",
    "TRAILING_AUTHORS",
    "is_caption",
    "is_end_marker",
    "is_marker",
    "parse_names",
]

BYLINE = re.compile(r"^(?:[□■◆]|本版文\s*/|(?:本报|特约)?记者\s|本报通讯员\s)")
_ROLES = re.compile(
    r"本版文\s*/|本版图\s*/|本报记者|特约记者|本报通讯员|通讯员|记者|实习生|文/|图/|[□■◆]"
)
AUTHORS_LINE = re.compile(
    r"^[（(]\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,5})\s*[)）]$"
)
TRAILING_AUTHORS = re.compile(
    r"[（(]\s*([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,5})\s*[)）]\s*$"
)
CONTRIBUTOR = re.compile(r"^[（(](.{2,40}?)供稿[)）]$")
PHOTO_CREDIT = re.compile(r"^本版图\s*/\s*(.+?)\s*(?:提供)?$")
DATELINE = re.compile(
    r"^(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?:来源[:：]\s*(\S+))?$"
)
# The line a site prints under a page's title: its name, when the page was posted (to the
# second) and the page's section: 公文搜 2021-07-27 17:07:19 政府报告.
POSTED_LINE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,10}\s*(\d{4})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*[\u4e00-\u9fff]{0,8}$"
)
CRUFT = word_set("web_cruft")
_OFFICE = r"[\u4e00-\u9fff]{2,12}(?:部|局|委|办|社|报|中心|编辑部|报社)"
ORG = re.compile(rf"^{_OFFICE}(?:\s+{_OFFICE})*$")
LEAD = re.compile(r"^本报讯\s*")
# A web page's trail of links above its text: 首页/ 政务公开/ 统计信息/ 正文.
BREADCRUMB = re.compile(r"^(?:当前位置[:：]?\s*)?首页\s*[/>»＞›]")
# How a numbered section head begins: 一、 （一） 1. 第一章.
SECTION_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]{1,3}[章节部分篇])"
)
# The line under a work report's title that says where and when it was given:
# (2018年12月26日在兴文县第十六届人民代表大会第四次会议上), in brackets or not, after any
# stray punctuation a conversion left.
SESSION_LINE = re.compile(
    r"^[;；:：,，.*#\s]*(?P<line>[（(]?\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
    r"在[^（()）]{2,60}(?:会议|大会|会)上[^（()）]{0,12}[）)]?)$"
)
# The line naming who gave a report: 兴文县人民政府县长 石 进, 市长 王某某.
SPEAKER_LINE = re.compile(
    r"^[\u4e00-\u9fff]{0,20}(?:县长|市长|区长|州长|省长|旗长|盟长|主席|书记|主任)\s*"
    r"([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3})$"
)
# A news dateline opening a report: 本报西宁1月15日电, 新华社北京3月5日电 (its place in the
# group `place`), with the reporters in brackets after it (group `reporters`): （记者姜峰）,
# （记者袁泉、鲜敢）.
NEWS_DATELINE = re.compile(
    r"^(?:本报|新华社|中新社|人民网|新华网)(?P<place>[\u4e00-\u9fff]{0,8}?)\d{1,2}月\d{1,2}日(?:电|讯)"
    r"(?:\s*[（(]\s*(?P<reporters>(?:(?:本报|新华社)?记者|通讯员|实习生)[^）)]{1,40})[）)])?"
)
CAPTION_CREDIT = re.compile(
    r"\s*[（(]?\s*(?:(新华社|中新社|本报)?记者\s*|通讯员\s*)?"
    # A name of two to four characters, a one-character name padded to two (周  巍) too.
    r"(?:^|(?<=[\s（(]))((?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]\s+[\u4e00-\u9fff])"
    r"(?:\s+[\u4e00-\u9fff·]{1,4})*)\s*/?\s*摄\s*[）)]?"
    r"(?:\s*[（(][\u4e00-\u9fff]{2,8}[）)])?\s*$"  # 摄（影像中国）: the photo's column or source
)


def parse_names(text: str) -> tuple[str, ...]:
    """Names of a byline or author line, with the padding of two-character names removed.

    >>> parse_names("□ 邱 天 罗晶晶 陈晓芳")
    ('邱天', '罗晶晶', '陈晓芳')
    >>> parse_names("□本报记者 廖丽萍 通讯员 陈瑜瑾")
    ('廖丽萍', '陈瑜瑾')
    """
    tokens = [t for t in _ROLES.sub(" ", text).replace("(", " ").replace(")", " ").split() if t]
    tokens = [t.strip("（）()") for t in tokens if t.strip("（）()")]
    names: list[str] = []
    single = ""
    for token in tokens:
        if len(token) == 1:
            if single:
                names.append(single + token)  # 王 帅 is 王帅
                single = ""
            else:
                single = token
        else:
            if single:
                names.append(single + token)
                single = ""
            else:
                names.append(token)
    if single:
        names.append(single)
    return tuple(names)


#: A line that is only a bracketed credit: (黄志鑫 林赞).
CREDIT_LINE = re.compile(r"[（(][^（()）]{2,30}[)）]")
#: Lines that open or close an article: bylines, leads, contributor lines.
MARKER = re.compile(r"^(□|■|◆|本报讯|本版文|本版图|（.*供稿）$|\(.*供稿\)$)")


def is_caption(text: str) -> bool:
    """Whether a line ends with a photo credit: (连健刚 摄), 新华社记者 魏培全 摄."""
    return "摄" in text and CAPTION_CREDIT.search(text) is not None


# Characters: longer than any date, posting, session or speaker line (a session line has
# at most 4 + 60 + 12 + a few).
_LONGEST_MARK = 100


def is_marker(text: str) -> bool:
    """Whether a line is a byline, a lead, a contributor line, a date, session or speaker
    line or a trail of links: a line that joins no other."""
    stripped = text.strip()
    if MARKER.match(text) is not None or BREADCRUMB.match(stripped) is not None:
        return True
    if len(stripped) > _LONGEST_MARK:
        return False  # a paragraph: the other marks are short lines
    return (
        DATELINE.match(stripped) is not None
        or POSTED_LINE.match(stripped) is not None
        or SESSION_LINE.match(stripped) is not None
        or SPEAKER_LINE.match(stripped) is not None
    )


def is_end_marker(text: str) -> bool:
    return bool(CONTRIBUTOR.search(text)) or CREDIT_LINE.fullmatch(text) is not None
