"""Bylines and datelines of Chinese news copy: who wrote it, for which outlet, from where.

The grammar covers the forms real copy prints: ``中经记者 张漫游 北京报道``, ``本报记者  某某``,
``□ 本报记者 某某``, ``记者 某某丨北京报道``, ``文/本报记者 张三 图/李四``, ``本报记者 张三 李四
通讯员 王五``, ``■本报记者 张三 发自北京``, ``本报记者杨志锦北京报道`` (place glued to the name),
``每经记者 李彪 每经编辑 陈旭`` (the editor is not a reporter), names alone under a headline
(``徐子渊、夏丹、张荣、曹思思``), and agency datelines such as ``新华社北京1月17日电（记者 张三、李四）``,
``本报讯（记者 张三 通讯员 李四）`` or ``本报北京1月1日讯记者李建兴报道：``. Traditional forms
(``新華社記者``) and full-width digits are read through ``chinese.fold``; names and places are
returned as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from helpers.chinese import fold

# A Chinese character, leaving out 丨 (U+4E28), which web copies use as a bar: “记者 王晓丨北京报道”.
HAN = r"[\u4e00-\u4e27\u4e29-\u9fff]"
# A role before the names: 记者, 本报记者, 中经记者, 21世纪经济报道记者, 通讯员, 实习生, 文, 图, 摄影 …; or after
# them, naming what they did: “(记者 陈淋 摄影报道)” (a photo report, no one's name).
RE_ROLE = re.compile(
    r"(?:[\u4e00-\u4e27\u4e29-\u9fffA-Za-z\d]{0,10}?(?:记者|通讯员|实习生|特约撰稿人|撰稿人|评论员|观察员|研究员|编译|主持人)"
    r"|文字|撰文|文/图|文／图|图/文|图／文|摄影报道|图文报道|摄影|作者|文|图|摄)"
)
# A reporter's role, the only kind a name may be glued to: “本报记者张三”, “通讯员李四”.
RE_REPORTER_ROLE = re.compile(r"(?:记者|通讯员|实习生|撰稿人|评论员|观察员|研究员)$")
# An editor's role: the names after it are editors, not reporters: “每经编辑 陈旭”.
RE_EDITOR_ROLE = re.compile(r"[\u4e00-\u4e27\u4e29-\u9fffA-Za-z\d]{0,6}?(?:编辑|责编|校对|审校)")
# A run of byline text between separators: spaces, 、，, and the bars and slashes of web copies.
RE_TOKEN = re.compile(r"[^\s、，,丨|｜/／:：]+")
RE_BYLINE_SEP = re.compile(r"[\s、，,丨|｜/／:：]+")
# A bullet that may open a byline or standfirst line: “□ 本报记者 张三”.
RE_BULLET = re.compile(r"^[□■●◆◇◎○▲△★☆▌▎|]\s*")
# The end of a byline: “北京报道”, “报道”, “发自北京”, “北京电”, “丹麦哥本哈根、奥胡斯报道”, and Taiwan's 報導
# (read 报导: “記者李蕙璇／台北報導”).
RE_PLACE_END = re.compile(
    r"(?:(?P<place>" + HAN + r"{2,10}?(?:、" + HAN + r"{2,10})*)?(?:报道|报导|专电|电)|发自(?P<from>" + HAN + r"{2,10}))$"
)
# A source citation an archive appends to a byline: “本报记者 王伟健《人民日报》（2025年05月20日第 01 版）”.
RE_CITATION = re.compile(r"\s*《[^》]{1,20}》\s*[（(][^（）()]{0,40}[）)]\s*$")
# The end of a photo credit: “新华社记者 李安 摄”, “受访者供图”, “（方堃 摄）”.
RE_CREDIT_END = re.compile(r"(?:摄|供图|摄影)[）)]?$")
# Marks a byline never holds (it is no sentence and quotes no title); a names-only line holds no comma either.
RE_NOT_IN_BYLINE = re.compile(r"[。！？；!?;“”《》]")
RE_NOT_IN_NAMES = re.compile(r"[。！？；!?;“”《》，,：:]")
# A byline set in brackets: “（本报记者  张  枨）”, “【记者 李四】”.
RE_BRACKETED = re.compile(r"[（(\[【]\s*(.+?)\s*[）)\]】]")
# A personal name: two to four Chinese characters, or a transliterated name with “·”.
RE_NAME = re.compile(r"^(?:" + HAN + r"{2,4}|" + HAN + r"{1,6}[·•]" + HAN + r"{1,8})$")
# Words that look like names by length but are never names in a byline.
NOT_NAMES = frozenset({"报道", "记者", "本报", "综合", "整理", "来源", "编辑", "责编", "通讯员", "实习生", "了解", "了解到",
                       "获悉", "表示", "指出", "认为", "介绍", "手记", "观察", "调查", "札记", "笔记", "探访", "走访",
                       "来信", "视点", "热线", "连线", "专访", "直击", "体验", "日记", "简介", "感言", "随笔", "说明"})
# Common Chinese surnames (simplified and traditional forms), and the compound ones: a reporter's name
# opens with one. Ordinary words set in a row (a site's menu: “投资 干货 消费 评论 学院 滚动”) mostly do not.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
    "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
    "卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠"
    "惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国"
    "狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇"
    "公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由昌洪"
    "劉陳楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龔嚴錢湯顏聶齊喬龐莊歐關蘭紀畢單塗駱藍鮑華饒車項婁竇寧閻"
    "張許羅葉蔣沈邱賴魏鄔邊師欒隋鞏遲鄺譚",
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙",
                     "宇文", "司徒", "端木", "南宫", "独孤", "西门", "轩辕", "申屠", "呼延", "闻人", "歐陽", "司馬")
# The end of an organisation's name, never a person's: “新华社”, “经济日报”, “人民网”.
RE_NOT_A_PERSON = re.compile(r"(?:社|报|网|台|局|部|委|会|院|所|署|办|中心|集团|公司|银行)$")
# Longest byline line, and longest names-only line, in characters.
MAX_BYLINE_CHARS = 60
MAX_NAMES_LINE_CHARS = 30
MAX_NAMES = 8

# An agency or newspaper dateline at the start of a paragraph: “新华社北京1月17日电（记者 张三、李四）”,
# “本报北京1月17日讯（记者 张三）”, “本报讯（记者 张三 通讯员 李四）”, “中新网北京1月17日电 (记者 张三)”,
# “本报北京1月1日讯记者李建兴报道：”, “本报上海4月22日电  新华社记者秦春、本报记者黄振中报道：”.
AGENCIES = ("新华社", "新华网", "中新社", "中新网", "人民网", "央视网", "央广网", "光明网", "中国日报网", "新京报",
            "澎湃新闻", "经济日报", "人民日报", "本报", "本刊", "本台")
# A paper may name itself by its kind alone: “晚报讯(记者李明)” (莆田晚报).
PAPER_KINDS = ("日报", "晚报", "晨报", "早报", "时报", "商报")
# A paper's two-character short name before 讯, as city papers sign their reports: “海都讯(记者杨江参……)” (海峡都市报),
# “南都讯（记者 张三）” (南方都市报); read only where a reporter's role opens the brackets after it.
SHORT_NAME = HAN + r"{2}(?=讯\s?[（(]\s?(?:" + HAN + r"{0,6}?记者|通讯员|实习生))"
RE_DATELINE = re.compile(
    r"^(?P<agency>" + "|".join(AGENCIES) + r"|" + HAN + r"{2,8}?(?:日报|晚报|时报|商报|导报|报|通讯社|社|网)|"
    + "|".join(PAPER_KINDS) + r"|" + SHORT_NAME + r")"
    r"\s?(?P<place>" + HAN + r"{2,8}?)?"
    r"(?P<date>(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?"
    r"(?P<kind>专电|电|讯)"
    r"(?:\s*[（(](?P<people>[^（）()]{2,60})[）)]|\s*(?P<said>[^，。：:（()）]{2,40}?)报道[：:]"
    r"|\s*记者(?P<bare>" + HAN + r"{2,3}?)(?=从|在|获悉|了解到|日前|近日|\d))?"
)
# A dateline in brackets naming the reporter before the place and a dated day, as 中央社 (Taiwan) prints it:
# “(中央社記者張璦台北2023年05月18日電)”; the name and the place run together (split by the gazetteer).
RE_BRACKETED_DATELINE = re.compile(
    r"^[（(](?P<agency>" + HAN + r"{2,12}?)记者(?P<rest>" + HAN + r"{4,12}?)"
    r"(?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:专电|电)[）)]"
)
# A writer's signature in brackets closing an article: a name (“(楊濱)”, “(苏宗波)”), or the outlet's dateline and
# the name (“(中国台湾网1月21日讯 张玲)”).
RE_SIGNATURE = re.compile(r"^[（(](?P<inner>[^（）()。，,；;]{2,40})[）)]$")
# A dateline in title marks, as Hong Kong agencies print it: “《經濟通通訊社駐京記者黃燕明１５日北京專電》”.
RE_BOOK_DATELINE = re.compile(
    r"^《(?P<agency>" + HAN + r"{2,12}?)(?:驻" + HAN + r"{1,4}?)?记者(?P<bare>" + HAN + r"{2,3}?)"
    r"(?P<date>\d{1,2}日)(?P<place>" + HAN + r"{2,6}?)(?:专电|电|讯)》"
)


@dataclass(frozen=True)
class Byline:
    """A parsed byline: outlet label (the first role), reporters and the place reported from.

    ``roles`` pairs each name with the role printed before it (记者, 通讯员, 实习生, 文, 图 …).
    ``dateline`` is True for an agency dateline, which stays part of its paragraph.
    """

    text: str
    outlet: str
    reporters: tuple[str, ...]
    place: str | None
    roles: tuple[tuple[str, str], ...] = ()
    dateline: bool = False


@cache
def known_places() -> frozenset[str]:
    """Place names a byline may glue to a reporter's name (src/helpers/data/places.txt)."""
    text = resources.files("helpers").joinpath("data/places.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _tokens(folded: str, original: str) -> list[tuple[str, str]]:
    """(folded, original) tokens between separators; single characters in a row (padded names
    such as “游  仪”) are one name. 文, 图 and 摄 are roles when they open a run, but the second
    character of a padded name after a single one: “付  文” is the name 付文."""
    out: list[tuple[str, str]] = []
    prev_single = False
    for match in RE_TOKEN.finditer(folded):
        token, raw = match.group(), original[match.start() : match.end()]
        han = len(token) == 1 and re.fullmatch(HAN, token) is not None
        single = han and (token not in "文图摄" or prev_single)
        if single and prev_single:
            out[-1] = (out[-1][0] + token, out[-1][1] + raw)
        else:
            out.append((token, raw))
        prev_single = single
    return out


def _names_with_roles(tokens: list[tuple[str, str]], *, glued: bool = True) -> list[tuple[str, str]] | None:
    """Pair names with the role before them; None if a token is neither role nor name.

    Names after an editor's role are skipped: an editor is not a reporter. A name glued to its
    role (“记者李建兴”) is read only after a reporter's role and only where ``glued`` allows it; a
    one-character role never takes a glued name (“文化自信” is not 文 + 化自信).
    """
    pairs: list[tuple[str, str]] = []
    role, editing = "", False
    for token, raw in tokens:
        if RE_EDITOR_ROLE.fullmatch(token):
            role, editing = raw, True
            continue
        if RE_ROLE.fullmatch(token):
            role, editing = raw, False
            continue
        editor = RE_EDITOR_ROLE.match(token) if glued else None
        if editor and RE_NAME.match(token[editor.end():]) and token[editor.end():] not in NOT_NAMES:
            role, editing = raw[: editor.end()], True  # an editor glued to the name: “编辑彭莉”
            continue
        stuck = RE_ROLE.match(token) if glued else None
        if (stuck and RE_REPORTER_ROLE.search(stuck.group()) and RE_NAME.match(token[stuck.end():])
                and token[stuck.end():] not in NOT_NAMES):
            glued_role = stuck
            role, editing = raw[: glued_role.end()], False
            token, raw = token[glued_role.end():], raw[glued_role.end():]
        if not role or not RE_NAME.match(token) or token in NOT_NAMES or _organisation(token):
            return None
        if not editing:
            pairs.append((role, raw))
    return pairs


def _organisation(token: str) -> bool:
    """An outlet credited where a name would stand, “文／中央社”: it ends as an organisation's name does and
    opens with no surname (a reporter named 王会 or 李台 still reads as a name)."""
    return RE_NOT_A_PERSON.search(token) is not None and not has_surname(token)


def _split_place(folded: str, original: str) -> tuple[str, str, str | None]:
    """The byline without its closing place, and the place (“北京报道”, “发自北京”); place None if none."""
    end = RE_PLACE_END.search(folded)
    if not end:
        return folded, original, None
    start = end.start()
    if end["from"]:
        return folded[:start], original[:start], original[end.start("from") : end.end("from")]
    if not end["place"]:
        return folded[:start], original[:start], None
    separated = start == 0 or RE_BYLINE_SEP.match(folded[start - 1])
    if separated and not RE_ROLE.search(end["place"]):
        return folded[:start], original[:start], original[start : end.start() + len(end["place"])]
    # A place glued to the last name: “杨志锦北京报道”; split only at a place the gazetteer knows.
    glued = end["place"]
    for size in range(min(len(glued) - 2, 5), 1, -1):
        if glued[-size:] in known_places():
            cut = start + len(glued) - size
            return folded[:cut], original[:cut], original[cut : cut + size]
    return folded, original, "?"


def parse_byline(text: str, *, glued: bool = True) -> Byline | None:
    """Parse a byline line into outlet, reporters and place; None if the line is not a byline.

    ``glued=False`` refuses a name stuck to its role (“本报记者杨志锦北京报道”), for lines inside
    the body, where only a byline set apart by spaces, bars or brackets is read as one.

    >>> b = parse_byline("记者 王晓丨北京报道")
    >>> (b.outlet, b.reporters, b.place)
    ('', ('王晓',), '北京')
    """
    original = RE_CITATION.sub("", RE_BULLET.sub("", text.strip()))
    folded = fold(original)
    if not folded or len(folded) > MAX_BYLINE_CHARS or RE_NOT_IN_BYLINE.search(folded):
        return None
    if RE_CREDIT_END.search(folded):
        return None  # “新华社记者 李安 摄”: a photo credit, not a byline
    inner = RE_BRACKETED.fullmatch(folded)
    if inner:
        # a byline wholly in brackets is set apart: a name glued to its role is read there too
        # (“(夷陵广电全媒体记者毕仁科 王雪娇 通讯员秦一琛 秦瑶 编辑彭莉)”)
        folded, original, glued = inner.group(1), original[inner.start(1) : inner.end(1)], True
    folded, original, place = _split_place(folded, original)
    if place == "?":
        return None
    tokens = _tokens(folded, original)
    if not tokens or not (RE_ROLE.match(tokens[0][0]) or RE_EDITOR_ROLE.match(tokens[0][0])):
        return None
    pairs = _names_with_roles(tokens, glued=glued)
    if not pairs:
        return None
    outlet = "" if RE_BARE_ROLE.fullmatch(fold(pairs[0][0])) else pairs[0][0]  # (記者林勵: a role, no outlet)
    return Byline(text=text.strip(), outlet=outlet, reporters=tuple(n for _, n in pairs), place=place, roles=tuple(pairs))


# A role that names no outlet: 记者, 实习记者, 特约记者, 通讯员 (a byline's roles keep it; its outlet is none).
RE_BARE_ROLE = re.compile(r"(?:实习|特约|特派|首席|驻站)?记者|通讯员|实习生")


def has_surname(name: str) -> bool:
    """True where a name opens with a common Chinese surname, or is a transliterated name (“·”).

    >>> has_surname("李文"), has_surname("欧阳晨"), has_surname("滚动")
    (True, True, False)
    """
    return name[:1] in SURNAMES or name.startswith(COMPOUND_SURNAMES) or "·" in name or "•" in name


def is_menu_line(text: str) -> bool:
    """A site's navigation menu set as a line of short words between spaces: “投资 干货 消费 评论 学院 滚动”.

    It looks like a line of names, but most of its words do not open with a surname.

    >>> is_menu_line("风投 科技 创业 业内 要闻"), is_menu_line("张三 李四 王五 赵六")
    (True, False)
    """
    tokens = text.split()
    if len(tokens) < 4 or any(not re.fullmatch(HAN + r"{2,4}", t) for t in tokens):
        return False
    return 2 * sum(has_surname(t) for t in tokens) < len(tokens)


def parse_names_line(text: str) -> Byline | None:
    """A line of reporters' names alone, as printed under some headlines: “徐子渊、夏丹、张荣、曹思思”.

    Only the loader's header step asks this, for the line right under the headline.

    >>> parse_names_line("徐子渊、夏丹、张荣、曹思思").reporters
    ('徐子渊', '夏丹', '张荣', '曹思思')
    >>> parse_names_line("保罗·克鲁格曼").reporters
    ('保罗·克鲁格曼',)
    """
    line = text.strip()
    if not line or len(line) > MAX_NAMES_LINE_CHARS or RE_NOT_IN_NAMES.search(line):
        return None
    tokens = _tokens(fold(line), line)
    if not 1 <= len(tokens) <= MAX_NAMES or any(not RE_NAME.match(t) or t in NOT_NAMES for t, _ in tokens):
        return None
    if sum(len(t) > 3 and "·" not in t and "•" not in t for t, _ in tokens) > (1 if len(tokens) > 2 else 0):
        return None  # (a transliterated name is as long as it is: 保罗·克鲁格曼)
    if any(RE_NOT_A_PERSON.search(t) or t in known_places() for t, _ in tokens):
        return None
    return Byline(text=line, outlet="", reporters=tuple(raw for _, raw in tokens), place=None,
                  roles=tuple(("", raw) for _, raw in tokens))


def parse_bulleted_name(text: str) -> Byline | None:
    """A commentator's name alone after a bullet, as some papers print it over a column: “■ 李 文”.

    Every name must open with a common surname (a bulleted standfirst phrase does not).

    >>> parse_bulleted_name("■ 李 文").reporters, parse_bulleted_name("□ 稳增长")
    (('李文',), None)
    """
    bullet = RE_BULLET.match(text.strip())
    if not bullet or bullet.group().strip() == "|":
        return None
    rest = text.strip()[bullet.end():]
    if re.fullmatch(HAN + r"(?:\s+" + HAN + r"){1,3}", rest):
        rest = re.sub(r"\s+", "", rest)  # one name set out letter by letter: “李 文”
    byline = parse_names_line(rest)
    if byline is None or not all(has_surname(name) and len(name) <= 3 for name in byline.reporters):
        return None
    return Byline(text=text.strip(), outlet="", reporters=byline.reporters, place=None, roles=byline.roles)


# A reporter's byline in brackets opening a paragraph, with no dateline before it: “(实习记者 乔倩)7月第一周,……”.
RE_OPENING_BYLINE = re.compile(r"^[（(](?P<people>[^（）()。，,；;]{2,40})[）)]")
# A reporter and the place reported from, glued to the text they open, as a one-line Taiwan copy runs them together:
# “記者李蕙璇／台北報導網路投保旅平險已成趨勢，……” (read simplified: 记者李蕙璇／台北报导…).
RE_OPENING_REPORTER = re.compile(
    r"^(?:本报)?记者\s?" + HAN + r"{2,4}?\s?[/／丨|｜]\s?" + HAN + r"{2,6}?(?:报道|报导)(?=" + HAN + r")")


def parse_dateline(paragraph: str) -> Byline | None:
    """The dateline that opens an agency or newspaper paragraph, as a ``Byline``; None if it names no one.

    >>> b = parse_dateline("新华社北京1月17日电（记者 张三、李四）国家统计局17日发布数据。")
    >>> (b.outlet, b.reporters, b.place, b.text)
    ('新华社', ('张三', '李四'), '北京', '新华社北京1月17日电（记者 张三、李四）')
    """
    folded = fold(paragraph)
    match = RE_DATELINE.match(folded) or RE_BOOK_DATELINE.match(folded)
    if not match:
        return _bracketed_dateline(paragraph, folded) or _opening_byline(paragraph, folded)
    if match["bare"]:
        raw = paragraph[match.start("bare") : match.end("bare")]
        pairs = [("记者", raw)]
    else:
        group = "people" if match["people"] else "said" if match["said"] else None
        if group is None:
            return None
        people = _tokens(match[group], paragraph[match.start(group) : match.end(group)])
        pairs = _names_with_roles(people)
        if not pairs and group == "people":
            pairs = _bare_names(people) or _names_with_roles(_run_together(people))
    if not pairs:
        return None
    place = paragraph[match.start("place") : match.end("place")] if match["place"] else None
    return Byline(text=paragraph[: match.end()], outlet=paragraph[match.start("agency") : match.end("agency")],
                  reporters=tuple(n for _, n in pairs), place=place, roles=tuple(pairs), dateline=True)


# The roles that stand between names run together in a dateline's brackets: “记者杨江参通讯员洪睿航黄忠族”.
RE_RUN_ROLE = re.compile(r"记者|通讯员|实习生")


def _run_together(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Roles and names run together in a dateline's brackets, as an e-paper's text loses the spaces between them,
    set apart: “记者杨江参通讯员洪睿航黄忠族” gives 记者, 杨江参, 通讯员, 洪睿航, 黄忠族. A run longer than a name is cut
    into names only where exactly one way cuts it into names of two or three characters, each opening with a surname
    (“洪睿航黄忠族”: 洪睿航 | 黄忠族); otherwise the tokens are returned as they were."""
    out: list[tuple[str, str]] = []
    for token, raw in tokens:
        roles = list(RE_RUN_ROLE.finditer(token))
        if not roles:
            out.append((token, raw))
            continue
        out.append((token[: roles[0].end()], raw[: roles[0].end()]))  # the first role, with what opens it: “全媒体记者”
        for role, nxt in zip(roles, [*roles[1:], None], strict=True):
            end = nxt.start() if nxt is not None else len(token)
            run = token[role.end() : end]
            splits = [[run]] if not run or RE_NAME.match(run) else _name_splits(run)
            if len(splits) != 1:
                return tokens
            at = role.end()
            for name in filter(None, splits[0]):
                out.append((name, raw[at : at + len(name)]))
                at += len(name)
            if nxt is not None:
                out.append((nxt.group(), raw[nxt.start() : nxt.end()]))
    return out


def _name_splits(run: str) -> list[list[str]]:
    """Every way to cut ``run`` into names of two or three characters, each opening with a common surname."""
    if not run:
        return [[]]
    return [[run[:size], *rest] for size in (2, 3) if len(run) >= size and has_surname(run[:size])
            for rest in _name_splits(run[size:])]


def _bracketed_dateline(paragraph: str, folded: str) -> Byline | None:
    """“(中央社記者張璦台北2023年05月18日電)”: the reporter's name and the place run together; they are split
    where the rest after a name of two to four characters is a place the gazetteer knows, else not read."""
    match = RE_BRACKETED_DATELINE.match(folded)
    if match is None:
        return None
    rest = match["rest"]
    for size in range(2, min(4, len(rest) - 2) + 1):
        if rest[size:] in known_places() and re.fullmatch(HAN + r"{2,4}", rest[:size]) and has_surname(rest[:size]):
            start = match.start("rest")
            name, place = paragraph[start : start + size], paragraph[start + size : match.end("rest")]
            return Byline(text=paragraph[: match.end()], outlet=paragraph[match.start("agency") : match.end("agency")],
                          reporters=(name,), place=place, roles=(("记者", name),), dateline=True)
    return None


def _opening_byline(paragraph: str, folded: str) -> Byline | None:
    """“(实习记者 乔倩)7月第一周,……”, “記者李蕙璇／台北報導網路投保…”: a byline in brackets, or a reporter and a
    place reported from, opening the paragraph, read only where it names a reporter's role (记者, 通讯员 …) and text
    follows it; it stays in its paragraph, as a dateline does."""
    match = RE_OPENING_BYLINE.match(folded) or RE_OPENING_REPORTER.match(folded)
    if match is None or match.end() == len(folded.rstrip()):
        return None
    byline = parse_byline(paragraph[: match.end()])
    if byline is None or not any(RE_REPORTER_ROLE.search(fold(role)) for role, _ in byline.roles):
        return None
    return Byline(text=paragraph[: match.end()], outlet=byline.outlet, reporters=byline.reporters, place=byline.place,
                  roles=byline.roles, dateline=True)


def parse_signature(text: str) -> Byline | None:
    """A writer's signature in brackets, as copies close an article with it: a name alone, or the outlet's
    dateline and the name. Each name must be a two- or three-character name opening with a common surname.

    >>> parse_signature("(楊濱)").reporters, parse_signature("(中国台湾网1月21日讯 张玲)").reporters
    (('楊濱',), ('张玲',))
    >>> parse_signature("(完)"), parse_signature("(国家统计局)")
    (None, None)
    """
    original = text.strip()
    match = RE_SIGNATURE.match(fold(original))
    if match is None:
        return None
    inner, start = match["inner"], match.start("inner")
    place = None
    dateline = RE_DATELINE.match(inner)
    if dateline is not None and not (dateline["people"] or dateline["said"] or dateline["bare"]):
        if dateline["place"]:
            place = original[start + dateline.start("place") : start + dateline.end("place")]
        start, inner = start + dateline.end(), inner[dateline.end():]
    tokens = _tokens(inner, original[start : start + len(inner)])
    pairs = _bare_names(tokens) if tokens else None
    if not pairs:
        return None
    return Byline(text=original, outlet="", reporters=tuple(n for _, n in pairs), place=place, roles=tuple(pairs))


def _bare_names(tokens: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """Reporters' names without a role in a dateline's brackets, as agencies also print them:
    “新华社北京6月10日电(樊曦、王亦玮)”, “中新網義烏10月20日電 (張斌 董易鑫 徐曉冰)”. Each must be a name of
    two or three characters opening with a common surname, so an organisation or a note in brackets
    (“(综合报道)”, “(国家统计局)”) is no byline."""
    if not 1 <= len(tokens) <= MAX_NAMES:
        return None
    for token, _ in tokens:
        if (not re.fullmatch(HAN + r"{2,3}", token) or token in NOT_NAMES or not has_surname(token)
                or RE_NOT_A_PERSON.search(token) or token in known_places()):
            return None
    return [("", raw) for _, raw in tokens]


def merge(bylines: list[Byline]) -> Byline | None:
    """One byline for an article printed with several (one per section, or one at each end)."""
    if not bylines:
        return None
    if len(bylines) == 1:
        return bylines[0]
    reporters: list[str] = []
    roles: list[tuple[str, str]] = []
    for byline in bylines:
        for role, name in byline.roles:
            if name not in reporters:
                reporters.append(name)
                roles.append((role, name))
    first = bylines[0]
    place = next((b.place for b in bylines if b.place), None)
    return Byline(text=" / ".join(b.text for b in bylines), outlet=first.outlet, reporters=tuple(reporters),
                  place=place, roles=tuple(roles), dateline=all(b.dateline for b in bylines))
