"""Front and back matter of news copy: lines that travel with an article but are not part of it.

Portals and archives wrap an article in lines such as ``原标题：…``, ``来源：经济日报``,
``责任编辑：张三``, ``2025-01-17 10:22``, ``海量资讯、精准解读，尽在新浪财经APP``, ``【纠错】`` or
``（完）``. The loader removes each one it finds and logs it as a repair, so the article keeps
every character the author wrote and nothing else.
"""

from __future__ import annotations

import re

from helpers.chinese import fold

# A note on the author or on where the text first ran, set apart after it: “作者為加拿大約克大學教授”, “本文原刊台灣 上報”.
RE_AUTHOR_NOTE = re.compile(r"^(?:作者(?:[为為是]|[系係])[^。！？]{2,40}"
                            r"|本文(?:原刊|原[载載]|原刊[于於]|[转轉][载載]自)[^。！？]{2,30}"
                            # where the column first ran: “本文曾於《信報》刊登”, “原刋都市日報”, “原文刊載於筆者Facebook”
                            r"|(?:本文)?(?:曾[于於]|原文?[刊刋載载](?:[于於])?)[^。！？，,]{2,24}"
                            # an author's card under the text: “博客 | 周日” (a column's label, a bar, the name)
                            r"|(?:博客|专栏|專欄|撰文)\s*[|｜]\s*[^\s。！？，,]{1,20})$")
# A labelled matter line: “原标题：…”, “来源：经济日报”, “（责任编辑：张三）”, “[编辑：李四]”, “本文来源：…”, and a
# page's link to the next or previous story: “下一篇:環馬祖澳旅游區加速崛起”.
RE_LABELLED = re.compile(
    r"^[（(\[【]?\s*(?:原标题|原题|本文来源|文章来源|稿件来源|新闻来源|信息来源|来源|出处|责任编辑|责编|编辑|实习编辑|"
    r"校对|审核|审校|终审|监制|主编|值班编辑|统筹|策划|出品|视频编辑|美编|制图|海报|运营编辑|发布时间|发布日期|"
    r"更新时间|时间|日期|关键词|标签|分享到|字号|字体|股票代码|证券代码|股票简称|证券简称|公告编号|编号|本期统筹|版式设计|"
    r"图片说明|作者简介|图表编辑|数据来源|网址|链接|本文标签|文章标签|查看完整版本|上一篇|下一篇|刊发时间|刊发日期|见报日期)\s*[:：]"
)
# An archive record field: “【 日  期 】19960210”, “【原刊地名】沪”, “【 正  文 】” (the 标题 field is the headline).
ARCHIVE_FIELDS = ("日期", "版号", "版次", "版名", "标题", "作者", "正文", "文献号", "原文出处", "原刊地名", "原刊期号",
                  "原刊页号",
                  "分类号", "分类名", "复印期号", "作者简介", "作者单位", "出处", "栏目", "专题", "字数", "来源", "关键词",
                  # the Fudan corpus's reprints: “【 译  者 】余榭”, “【责任编辑】马新彦”, “【校 对 者】贺平/古跃”
                  "译者", "责任编辑", "校对者", "英文标题", "英文摘要", "标题注释", "文章编号", "文献标识码", "中图分类号",
                  "中图法分类号", "文章日期")
# An archive's notes after the text: on characters its font lacked, “字库未存字注释：” and each note under it,
# “＠①原字为目右加潦的右半部” (the text holds ＠① where the character was); a journal's date of receipt, “［收稿日期］2000—02—28”,
# and its classification codes.
RE_ARCHIVE_NOTE = re.compile(r"^(?:字库未存字注释[:：]?|[＠@][①-⑳]+\s*原字为.{1,40}"
                             # the date a journal received the paper, and what it prints beside it (修回日期, 作者单位邮编):
                             # “［收稿日期］2000—04—26”, “收稿日期：1997年6月17日　作者单位邮编：42560”,
                             # “〔收稿日期：1999—12—13〕”
                             r"|[*＊]?\s*[［\[【〔（(]?收稿日期[］\]】〕）)]?[:：]?\s*[0-9０-９—－\-年月日.]{6,12}[^。]{0,40}"
                             # a journal's codes: “[中图分类号]F752    [文献标识码]A    [文章编号]1000 —8306（2000）03—0098”,
                             # “中图分类号：F04；D62  文献标识码：A  文章编号：1000 —2359（1999）04—0010—04”
                             r"|(?:[［\[]?(?:中图分类号|中图法分类号|文献标识码|文献标识|文章编号)[］\]]?[:：]?\s*[^［\[：:]{1,30}?\s*){2,4}"
                             # the grant that funded it: “基金项目：1997年国家社科规划基金课题（97BKS010）”; where its
                             # writer works: “作者单位：江西省宜春地区行署农业局”, “单位地址：邮政编码：336000”
                             # (in brackets too: “（作者单位：国家计划委员会经济研究所  北京  １００８３４）”), and a note on
                             # the writer's post in brackets: “（作者系中共陕西省委副书记）”
                             r"|[［\[【]?基金项目[］\]】]?[:：].{4,120}|[（(]?(?:作者单位|单位地址|通讯地址|邮政编码)[:：].{0,80}"
                             r"|[（(]作者(?:系|为|是)[^（）()。]{2,40}[）)]"
                             # the grant, starred to match the star on the title: “*  该文为国家社会科学基金课题《……》（批准号：
                             # 96CSS001）的阶段性成果之一。”
                             r"|[*＊]\s*(?:本文|该文|此文)[^。]{0,20}(?:基金|课题|项目)[^。]{0,100}(?:成果|资助)[^。]{0,12}。?"
                             # a classification field indented into the text: “【中国图书资料分类法分类号】  F3”
                             r"|【\s*(?:中国图书资料分类法分类号|中图分类号|中图法分类号)\s*】\s*[A-Z][A-Z0-9.;；/ ]{0,20})$")
# The head of a paper's list of references (“【参考文献】”, “参考文献：”, “主要参考文献”) or of its notes (“注释：”,
# “【注释】”), and an entry of it:
# “[1]邓小平文选：第3卷［M］.北京：人民出版社，1993.”, “〔2〕…”, “1.《邓小平文选》第3卷。”, “2  王礼茂，……”, or a work cited
# unnumbered (its kind marked, [M] a book, [J] a journal; a title in 《》; a publisher; an issue, 第1期).
RE_REFERENCES_HEAD = re.compile(r"^(?:【\s*(?:(?:主要)?参考(?:文献|书目)|注\s*释)\s*】"
                                r"|[［\[〔]?(?:(?:主要)?参考(?:文献|书目)|注释)[］\]〕]?[:：]?)$")
# A note's or an entry's number: “〔6 〕”, “[1]”, “（１３）”, “①”.
_NOTE_MARK = r"[［\[〔【(（]\s*[0-9０-９]{1,3}\s*[］\]〕】)）]|[①-⑳]"
RE_REFERENCE = re.compile(rf"^(?:{_NOTE_MARK}|[0-9０-９]{{1,2}}\s*[.．、]|[0-9０-９]{{1,2}}\s+)"
                          r"|[［\[][MJCDNRSZ][］\]]|《[^》]{1,40}》|出版社|第[0-9０-９一二三四五六七八九十]{1,3}[期卷]")
MAX_REFERENCE_CHARS = 200
# A note opened by its number (“〔6 〕城镇人口的多寡可作为……”) may explain at length, a paragraph's length.
RE_NOTE_MARK = re.compile(rf"^(?:{_NOTE_MARK})")
MAX_NOTE_CHARS = 800


def reference_entry(line: str) -> bool:
    """An entry of a list of references or notes (RE_REFERENCE), as long as one: a paragraph of text is none, unless it
    opens with a note's number."""
    line = line.strip()
    if RE_NOTE_MARK.match(line):
        return len(line) <= MAX_NOTE_CHARS
    return len(line) <= MAX_REFERENCE_CHARS and RE_REFERENCE.search(line) is not None


# The editor named in brackets after a journal's article: “（责任编辑 杨国民）”, “（本文责任编辑  刘荣荣）＊”; or on a
# line of its own, set apart by spaces: “责任编辑  殷学美”.
_EDITOR_NAMES = r"(?:本文)?(?:责任编辑|责编|编辑|校对)\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*"
RE_EDITOR_NOTE = re.compile(rf"^(?:[（(]\s*{_EDITOR_NAMES}\s*[）)][＊*]?"
                            r"|(?:本文)?(?:责任编辑|责编)\s+[\u4e00-\u9fff·]{2,4}[＊*]?)$")
RE_FIELD = re.compile(r"^【\s*(?P<label>(?:[\u4e00-\u9fff]\s*){1,6})】\s*(?P<value>[^。；！？]{0,40})$")
# Page furniture of portals: font-size and share buttons, back-to-top, comment prompts, a home link (“首页”,
# “网站首页”), the link to the mobile page (“手机版”) or the English site (“首页English”), the heads of link lists
# (“相关新闻”, “新闻推荐”).
_UI = (r"[大中小]字号|字号|字体|放大字体|缩小字体|大\s*中\s*小|分享(?:到|更多|让更多人看到)?|返回(?:顶部|首页|列表)|"
       r"打印(?:本页)?|(?:网站)?首页|手机版|电脑版|移动版|English|"
       r"关闭(?:窗口)?|纠错|收藏|点赞|评论|我要评论|看全文|最新评论|热门(?:阅读|评论|推荐)|推荐阅读|相关(?:阅读|新闻|报道|文章)|"
       r"延伸阅读|更多精彩|新闻推荐|上一篇|下一篇|举报|[|｜]|"
       # a comment box's labels and a keywords box's head: “评论一下”, “最热评论”, “最新回应”, “關鍵字”
       r"评论一下|最热评论|最新回[应應复復]|[关關][键鍵][字词詞]|"
       # an e-paper's reading buttons (“放大 缩小 默认”, the size of the type) and a pop-up's close button (“×”)
       r"放大|缩小|默认|[×✕✖]|"
       # the head of a portal's list of most-read stories: “一周阅读排行”, “点击排行”, “24小时热门排行榜”
       r"(?:一周|本周|本月|今日|24小时)?(?:阅读|点击|热门|热点|新闻)?排行榜?")
# The rest of a comment box: its count (“评论 0条评论”, “已有0人参与,点击查看更多精彩评论”), its empty-box prompt
# (“还没有评论,快来抢沙发吧!”) and its rules, alone or in the cells of the page's table (“| 請您文明上網、理性發言並遵守相關規定,
# 在註冊後發表評論。 | ||||”).
RE_COMMENT_BOX = re.compile(
    r"^(?:评论\s*)?\d+\s*条评论$|^已有\d+人参与[，,]?.{0,20}评论$|^(?:还没有|暂无|暂时没有)评论[，,]?.{0,16}[!！]?$"
    r"|^[|｜\s]*[请請]您?文明上[网網][、，,]\s*理性[发發]言[^|｜]{0,60}[|｜\s]*$")
# An outlet credited for the text, no one named: “文／中央社”.
RE_OUTLET_CREDIT = re.compile(r"^(?:文|稿|文字)\s*[/／]\s*[\u4e00-\u9fff]{2,10}(?:社|报|網|网|台)$")
# A page's credit for its graphics or layout, with a slash: “本版制图/张昕”, “版式设计／李四”.
RE_PAGE_CREDIT = re.compile(r"^(?:本版)?(?:制图|美编|版式设计|版式)\s*[/／]\s*[\u4e00-\u9fff、\s]{2,16}$")
# The head of a list of links to related articles: “相關文章：”, “相关报道：”, “延伸阅读”.
RE_RELATED_HEAD = re.compile(r"^(?:相关(?:阅读|新闻|报道|文章|内容)|延伸阅读|推荐阅读)\s*[:：]?$")
# A pointer to another page of the paper: “(相关报道见A02版)”, “（详见第3版）”.
RE_SEE_PAGE = re.compile(r"^[（(](?:相关(?:报道|新闻|阅读|评论))?(?:详见|见|下转|上接|转|接)第?\s*"
                         r"(?:[A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版[）)]$")
# A picture's file name left where a web copy lost the image: “1---副本.jpg”.
RE_IMAGE_FILE = re.compile(r"^\S{1,60}\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
# A Markdown image with no words of its own, where a page's text export lost the picture, alone or in a table's cell:
# “![]() |”.
RE_IMAGE_MARKUP = re.compile(r"^!\[(?P<alt>[^\[\]]*)\]\([^()\s]*\)(?:\s*[|｜])*$")
RE_FURNITURE = re.compile(r"^(?:(?:" + _UI + r")\s*[:：]?\s*)+$")
# An icon font's glyph among a page's buttons, read as a letter or digit standing alone: the arrows of “3 上一篇 下一篇 4
# 放大 缩小 默认”.
RE_ICON = re.compile(r"(?:^|(?<=\s))[0-9A-Za-z](?=\s|$)")


def _buttons_with_icons(text: str) -> bool:
    """A line of buttons among icon glyphs read as letters or digits (“3 上一篇 下一篇 4 放大 缩小 默认”): furniture
    once the glyphs are gone, if a button is left besides table bars (“| 1 | 2 | 3 |” is a row of numbers)."""
    rest = RE_ICON.sub("", text).strip()
    return rest != text and bool(RE_FURNITURE.match(rest)) and bool(re.search(r"[^\s|｜:：]", rest))
# A list bullet a page sets before its matter lines: “• 2011年11月24日  作者:”, “• 【PDF版】”.
RE_BULLET = re.compile(r"^[•▪◦‣]\s*")
# Navigation: “人民網>>甘肅頻道>>特別關注”, “本頁位置: 首頁 → 新聞中心 → 經濟新聞 |”, “首页 > 财经 > 正文”, and
# the ASCII arrow of plain-text sites: “首頁 -> 多签废稿站”.
RE_NAVIGATION = re.compile(
    r"^(?:(?:本页|当前|您的|你的|所在)?位置\s*[:：]|首页\s*(?:->|[>›»→])|"
    r"[^，。；]{1,12}\s*(?:>>|->|→|›|»)\s*[^，。；]{1,12}\s*(?:>>|->|→|›|»))"
)
# A share button's label glued to the end of the title line, as a page's text export runs them together:
# “中國秋糧收購已超2億噸 為近年同期最高分享到:”. Only with its colon: “……经验分享” ends a headline.
RE_GLUED_SHARE = re.compile(r"\s*(?:分享到|分享至)\s*[:：]\s*$")
# A table cell's bar left after a title line by a page's text export: “九华山旅游新年“开门红” |”.
RE_GLUED_BAR = re.compile(r"\s+[|｜]\s*$")
RE_SENTENCE_END_MARKS = re.compile(r"[。！？；!?;]")
# Marks of running text, never found in a navigation line.
RE_SENTENCE_MARKS = re.compile(r"[，。；！？“”]")
# Longest navigation line.
MAX_NAVIGATION_CHARS = 60
# A web address opening a line, with what follows it: “http://msn.finance.sina.com.cn 2012-03-13 08:05 来源: …”.
RE_URL = re.compile(r"^(?:https?://|www\.)\S+(?:\s+\S+){0,6}$")
# A source citation on its own line: “《人民日报》（2025年04月08日第 08 版）”, or an agency's credit line
# that names no one: “《經濟通通訊社20日專訊》”.
RE_CITATION = re.compile(r"^《[^》]{1,20}》\s*[（(][^（）()]{0,40}[）)]$|^《[^》]{2,30}(?:专讯|专电|电|讯)》$")
# The paper or agency a copy was taken from, in brackets alone on the last line of a reprint: “(据常州日报)”, “（据新华社）”,
# “（据中新网报道）”, “(据央视新闻客户端)” (a bracket opening a sentence, “（据了解）”, names no outlet).
RE_REPRINT_SOURCE = re.compile(
    r"^[（(]\s*据\s*[\u4e00-\u9fffA-Za-z]{1,14}?(?:报|社|网|網|台|新闻|客户端|公众号)(?:报道|消息)?\s*[）)]$")
# A picture placeholder where a web copy lost an image: “(资料图片)”, “（图片）”.
RE_PLACEHOLDER = re.compile(r"^[（(](?:资料图片|资料图|资料照片|图片|视频|图)[）)]$")
# An archive's mark where it lost a figure, a table or a formula: “附图{图}”, “（附图  {图}）” (the Fudan corpus, about
# 540 lines): a lost picture.
RE_ARCHIVE_FIGURE = re.compile(r"^[（(]?(?:附图)?\s*\{图\}[）)]?$")
# A date-time stamp line, alone or with its source, a site name or a bar: “2025-01-17 10:22”,
# “2021年03月01日08:15  来源:浙江日报”, “2024年02月18日14:08 | 來源:新華網”, “2022-06-15 10:42:20 中国人民银行网站”,
# “date 2025-09-15 • 會員”, “15/09/2025 12:09”; the outlet or site that printed it may stand first, with
# its address: “成都日报 2021-09-03 07:58”, “中央政府门户网站 www.gov.cn 2016-03-12 17:19 来源: 统计局网站”.
# A forum prints its poster before the stamp (“新鲜人 发表于 2020-10-14 18:28:25”); a portal may add an empty
# source (“2019-06-11 09:32:14 来源:”), its comment and font buttons (“…来源:中国新闻网 发表评论  【字体:↑大 ↓小”)
# or the source and editor (“2020-10-14 00:58:33  侨报网综合  编辑: 李晓”); an e-paper may leave its author field empty
# (“2011年11月24日  作者:”). An e-paper dates its page with the weekday: “光明日报 2012年08月27日 星期一”.
# A date opening a sentence (“2019年7月22日 科创板正式开市”) is text.
RE_STAMP = re.compile(
    r"^(?:\S{1,12}(?:网站|网|網|報|报|社|台|APP|客户端)\s+(?:(?:https?://)?www\.\S+\s+)?|\S{1,20}\s*发表于\s*)?"
    r"(?:(?:date|time|Date|Time|DATE)\s*[:：]?\s*)?"
    r"(?:\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?|\d{1,2}/\d{1,2}/\d{4})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:[|｜•·]|来源\s*[:：]\s*\S{0,20}|发表评论|我要评论|(?:责任)?编辑\s*[:：]\s*\S{1,12}|"
    r"【?\s*字[体号]\s*[:：]?[^】]{0,12}】?|\S{1,12}(?:网站|网|報|报|社|台|APP|客户端)(?:综合|整理)?|会员|星期[一二三四五六日天]|"
    r"作者\s*[:：]\s*\S{0,12}))*\s*$"
)
# A portal's menu bar or footer: short words between bars, with a portal's own link words among them:
# “菏泽网首页 | 今日齐鲁 | 国内 | 国际 | 社会 | …”, “关于我们 | 广告服务 | 网站留言 | 版权声明 | …”.
RE_BAR = re.compile(r"\s*[|｜]\s*")
MIN_BAR_ITEMS = 4
MAX_BAR_ITEM_CHARS = 8
# A portal's footer links without bars, as a copy ran them together: “关于我们】-About us 】- 联系我们】-广告服务】-
# 供稿服务】-【法律声明】-【招聘信息】-【网站地图】-【留言反馈”: three of these link words on one line.
RE_FOOTER_LINK = re.compile(r"关于我们|联系我们|广告服务|网站地图|版权声明|法律声明|网站留言|留言反馈|招聘信息|供稿服务|隐私政策|"
                            r"网上投稿|不良信息举报|About us|Contact us")
MIN_FOOTER_LINKS = 3
# A portal's link words: its footer links, its home link, the sections of its menu.
RE_PORTAL_WORD = re.compile(RE_FOOTER_LINK.pattern + r"|首页|首頁|国内|国际|财经|社会|娱乐|体育|汽车|房产|专题|图片|论坛|视频")
# A site's licence and sponsor lines: “[京ICP证040655号] [京公网安备:110102003042-1]”, “中共菏泽市委外宣办 菏泽市政府
# 新闻办主管 菏泽日报社主办 SEO技术服务QQ:451652942” (who runs the site and who sponsors it, on one line).
RE_LICENCE = re.compile(r"ICP[证備备]|公网安备|\S主管\s.*\S主办|\S主办\s.*\S主管")
# A portal's copyright notice: “凡未与本网签订书面协议的网站,不得转载本网……”, “本网站所刊载信息,不代表中新社和中新网
# 观点。”, “未经授权禁止转载、摘编、复制及建立镜像,违者将依法追究法律责任。” (a sentence about the rule of reprinting,
# “未经许可不得转载的规定，……”, threatens no one).
RE_NOTICE = re.compile(
    r"^凡(?=.*(?:本网|本站|本報|本报))(?=.*(?:转载|轉載|授权|授權))|^本(?:网站|網站|网|網|站)所?(?:刊载|刊登|登载|发布)的?\S{0,4}"
    r"[，,]?\s*不代表|^未经.{0,20}(?:转载|复制|摘编).{0,30}违者.{0,20}责任。?$"
)
# An item of a portal's link list, opened by a dash or bullet and dated at its start or its end: “- 2021-01-21“云牵手”
# 助力台企拓内销”, “- 国防部:决不允许日本军国主义卷土重来2025-09-10” (an article's list item carries no such date).
RE_DATED_LINK = re.compile(r"^[-–•·]\s*(?:\d{4}-\d{1,2}-\d{1,2}\s*\S.{0,120}|\S.{0,120}?\d{4}-\d{1,2}-\d{1,2})$")
# A page template's unfilled placeholder: “${视频图片2010}”.
RE_TEMPLATE = re.compile(r"^\$\{[^{}]{1,40}\}$")
# A forum's pager: “页: [1]”, “页: [1] 2 3”.
RE_PAGER = re.compile(r"^页\s*[:：]\s*(?:\[?\d{1,3}\]?\s*)+$")
# A “more” link: a section label with its arrows alone on a line: “商讯 >>”.
RE_MORE_LINK = re.compile(r"^\S{1,8}\s*(?:>>|»|›)$")
# App and account promotions, share prompts and copyright lines of portals, as whole lines: a prompt
# opens the line (“扫码下载……”, “点击查看……”), an app or account closes it (“……尽在新浪财经APP”), or the
# line is a copyright notice. A sentence that merely mentions scanning or an app (“市民扫码即可乘车。”)
# ends on a full stop and is never one of these.
RE_PROMOTION = re.compile(
    r"^(?:扫码|扫一扫|长按|点击|下载|关注|返回搜狐|查看更多)|(?:APP|App|app|客户端|公众号|微信号|视频号)$|"
    r"尽在.{0,12}(?:APP|App|app|客户端)|^(?:版权所有|版权声明|Copyright|©)|未经.{0,20}(?:授权|许可).{0,10}(?:不得)?转载$|"
    r"转载请注明|^(?:免责声明|特别声明)|本文仅代表作者|投资有风险[，,]?\s*入市需谨慎$|不构成投资建议$|"
    # a portal's own ad under a story, an exclamation opening with the portal's name (“新浪手机图片每天增加上百幅,
    # 下载最新图片送数码相机钻戒!”), and a programme's call for tips (“目击者,亲历者,见证者,知情人《焦点访谈》期待你!”)
    # (with an ad's words: 腾讯一季度营收增长30%，净利润创新高！ is a sentence of the story)
    r"^(?:新浪|搜狐|网易|腾讯|雅虎)(?=[^。！？!?]*(?:下载|送|点击|短信|手机图片|订阅|注册))[^。！？!?]{2,40}[!！]$"
    r"|》期待(?:你|您)(?:的参与|的来信)?[!！]$"
)
# A site's appeal to its readers under a story, full stops and all: “請加入成為眾新聞的月費訂戶，長期支持我們的工作。
# 所有訂戶都可以收到我們的「每周時事」通訊。”.
RE_APPEAL = re.compile(r"^[请請](?:加入|订阅|訂閱|成为|成為|支持)[^。！？]{0,24}(?:订户|訂戶|订阅|訂閱|会员|會員)")
# The address a site's appeal to subscribe points to: “月費訂戶 網址：hkcnews.com/aboutus/#subscribe” (not a sentence
# naming a site: 市民可登录官方网站：……).
RE_ADDRESS_LINE = re.compile(r"^[^。！？\s]{0,8}?(?:订户|訂戶|订阅|訂閱|会员|會員)\s*"
                             r"(?:网址|網址|网站|網站|链接|鏈接)\s*[:：]\s*\S+$")
# A whole-line bracket tag: “【纠错】”, “【字号 大 中 小】”, “【环球网报道】”, and the agency end mark “（完）”.
# A bracketed numbered line (“【一、坚持稳中求进】”) is a heading, not a tag.
RE_TAG = re.compile(r"^(?:【(?![一二三四五六七八九十\d]+[、.．])[^】]{1,12}】|\[[^\]]{1,12}\]|[（(]完[）)]|完)$")
# A page's credit of its writers: “【撰文：盧銘軒、潘家蕤】”, “【撰文：秘書長譚駿賢】” (a post before the name); other roles
# may follow after a slash, each with its colon: “【撰文：袁易天／插圖：Sum Kiu】” (the writer is 袁易天), where a slash
# between names parts two writers (“【撰文：盧銘軒／潘家蕤】”). A tag of the page (layout reads its names).
RE_WRITER_FIELD = re.compile(r"^【\s*撰\s*文\s*[:：]\s*(?P<names>[^】:：]{2,30}?)\s*"
                             r"(?:[／/][^】／/:：]{1,10}[:：][^】]{1,30})?】$")
# A portal's disclaimer, whatever its length: “【免责声明】本文仅代表作者本人观点，与和讯网无关。……”.
RE_DISCLAIMER = re.compile(r"^[【\[]?(?:免责声明|特别声明)[】\]]?\s*[:：]?")
# White space inside an archive field label: “【 日  期 】”.
RE_WHITE = re.compile(r"\s+")
# Longest line the promotion rule may remove (a long paragraph that mentions an app stays).
MAX_PROMOTION_CHARS = 60
# Longest labelled line: a label such as 来源 opening a long sentence is running text, not matter.
MAX_LABELLED_CHARS = 80


def matter_kind(line: str) -> str | None:
    """The kind of matter a whole line is (tag, field, citation, disclaimer, furniture, label, stamp,
    promotion), or None for article text.

    >>> matter_kind("责任编辑：张三"), matter_kind("海量资讯、精准解读，尽在新浪财经APP"), matter_kind("金融是国之大者。")
    ('label', 'promotion', None)
    """
    text = RE_BULLET.sub("", fold(line.strip()))
    image = RE_IMAGE_MARKUP.match(text)
    if RE_TAG.match(text) or RE_WRITER_FIELD.match(text) or RE_PLACEHOLDER.match(text) or RE_IMAGE_FILE.match(text) \
            or RE_ARCHIVE_FIGURE.match(text) or image and (not image["alt"] or RE_AUTHOR_NOTE.match(image["alt"])):
        return "tag"  # (a picture's alt text is its caption, unless it is an author's card: “![博客 | 周日](….png)”)
    if RE_COMMENT_BOX.match(text):
        return "furniture"
    if RE_OUTLET_CREDIT.match(text) or RE_PAGE_CREDIT.match(text) or RE_AUTHOR_NOTE.match(text) or RE_EDITOR_NOTE.match(text):
        return "label"
    if RE_SEE_PAGE.match(text):
        return "furniture"
    field = RE_FIELD.match(text)
    if field and RE_WHITE.sub("", field["label"]) in ARCHIVE_FIELDS and RE_WHITE.sub("", field["label"]) != "标题" \
            or RE_ARCHIVE_NOTE.match(text):
        return "field"
    if RE_CITATION.match(text) or RE_REPRINT_SOURCE.match(text):
        return "citation"
    if RE_DISCLAIMER.match(text):
        return "disclaimer"
    navigation = len(text) <= MAX_NAVIGATION_CHARS and RE_NAVIGATION.match(text) and not RE_SENTENCE_MARKS.search(text)
    if RE_FURNITURE.match(text) or navigation or RE_URL.match(text) or RE_MORE_LINK.match(text) or _menu_bar(text) \
            or _buttons_with_icons(text):
        return "furniture"
    if not RE_SENTENCE_MARKS.search(text) and (
            RE_LICENCE.search(text)
            or len(set(RE_FOOTER_LINK.findall(text))) >= MIN_FOOTER_LINKS):
        return "furniture"
    if RE_NOTICE.search(text):
        return "disclaimer"
    if RE_TEMPLATE.match(text) or RE_PAGER.match(text):
        return "tag"
    if RE_DATED_LINK.match(text):
        return "furniture"
    if len(text) <= MAX_LABELLED_CHARS and RE_LABELLED.match(text):
        return "label"
    if RE_STAMP.match(text) and not RE_SENTENCE_MARKS.search(text):
        return "stamp"
    if len(text) <= MAX_PROMOTION_CHARS and RE_PROMOTION.search(text) and not text.endswith("。"):
        return "promotion"
    if len(text) <= MAX_LABELLED_CHARS and (RE_APPEAL.match(text) or RE_ADDRESS_LINE.match(text)):
        return "promotion"
    return None


def lost_picture(line: str) -> bool:
    """A picture the copy lost, where it stood: an empty Markdown image (“![]() |”) or the image's file name
    (“1---副本.jpg”); a placeholder naming a picture (“(资料图片)”) stands for one but is no picture itself.

    >>> lost_picture("![]() |"), lost_picture("1---副本.jpg"), lost_picture("(资料图片)")
    (True, True, False)
    """
    text = line.strip()
    image = RE_IMAGE_MARKUP.match(text)
    return image is not None and not image["alt"] or RE_IMAGE_FILE.match(text) is not None \
        or RE_ARCHIVE_FIGURE.match(text) is not None


def _menu_bar(text: str) -> bool:
    """Short words between bars, one of them a portal's link word: a site's menu bar or footer links."""
    items = [item for item in RE_BAR.split(text.strip("|｜ ")) if item]
    return (len(items) >= MIN_BAR_ITEMS and all(len(item) <= MAX_BAR_ITEM_CHARS for item in items)
            and not RE_SENTENCE_MARKS.search(text) and not re.search(r"\d", text)
            and any(RE_PORTAL_WORD.search(item) for item in items))


def glued_furniture(line: str) -> int | None:
    """Where page furniture glued to the end of a title line starts (“……為近年同期最高分享到:”), or None.

    >>> glued_furniture("中國秋糧收購已超2億噸 為近年同期最高分享到:"), glued_furniture("分享到:")
    (19, None)
    """
    match = RE_GLUED_SHARE.search(line)
    if match is None or match.start() == 0 or RE_SENTENCE_MARKS.search(line[: match.start()]):
        bar = RE_GLUED_BAR.search(line)
        if bar is None or bar.start() == 0 or RE_SENTENCE_END_MARKS.search(line[: bar.start()]):
            return None
        return bar.start()  # “九华山旅游新年“开门红” |”: a table cell's bar after a title that may quote
    return match.start()


# A site's name in 【】 opening a line, glued to the text after it, as portals tag what they run: “【财新网】(实习记者
# 乔倩)7月第一周,……”. A dateline in the same brackets (“【环球网报道】”, “【中新社北京一日電】”) is the article's own, and
# so is a column label printed in the title line (“【數據解讀】統計局：……”, “【香港经济】本港1月……”).
RE_LEADING_TAG = re.compile(r"^【\s*[\u4e00-\u9fff]{1,10}(?:网|網|网站|網站|客户端|APP)\s*】(?=\S)")
# A date stamp glued to the line it opens, as a page's text export runs them together: “date 2025-10-13 ▲上海洋山港。”.
# Only a stamp written with hyphens: a date in words opens a sentence (“2019年7月22日 科创板正式开市”).
RE_LEADING_STAMP = re.compile(
    r"^(?:(?:date|time|Date|Time|DATE)\s*[:：]?\s*)?\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\S)(?!\d{1,2}:)")
# An editor's initials in brackets closing the last paragraph, as Hong Kong papers sign: “……跌9.8%。(nc)”.
RE_INITIALS = re.compile(r"(?<=[。！？!?”])\s*[（(][a-z]{1,4}[）)]$")


def leading_matter(line: str) -> int | None:
    """Where the text starts after a tag or a date stamp glued to the front of a line, or None.

    >>> leading_matter("【财新网】(实习记者 乔倩)7月第一周"), leading_matter("【环球时报综合报道】“增长表现超出预期”")
    (5, None)
    """
    text = fold(line)
    tag = RE_LEADING_TAG.match(text)
    if tag is not None:
        return tag.end()
    stamp = RE_LEADING_STAMP.match(text)
    return stamp.end() if stamp is not None else None


def trailing_initials(line: str) -> int | None:
    """Where an editor's initials in brackets closing a paragraph start (“……跌9.8%。(nc)”), or None.

    >>> trailing_initials("鞋类跌9.8%。(nc)"), trailing_initials("增长1.8%(GDP)")
    (8, None)
    """
    match = RE_INITIALS.search(line)
    return match.start() if match is not None else None


# The date a copy's own matter gives it: an archive record's date or issue (“【 日  期 】19960210”, “【原刊期号】20000329”),
# a page's stamp or label (“2021年03月01日08:15  来源:浙江日报”, “发布时间:2018-01-25”, “date: 2025-03-01”,
# “15/09/2025 12:09”), an e-paper's edition (“《 人民日报 》（ 2026年06月12日 06 版）”). Not a date in an address
# (“…/image/2020-10-14/…”), a copyright's years (©1999-2025), a document number (临 2024-017) or an update's time.
RE_ARCHIVE_DATE = re.compile(r"^【\s*(?:日\s*期|原\s*刊\s*期\s*号)\s*】\s*(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\s*$")
RE_MATTER_DATE = re.compile(r"(?<![\w/.\-])(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})(?![\d/])"
                            r"|(?<![\w/])(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d{2})(?![\d/])")
RE_NOT_PUBLISHED = re.compile(r"更新时间|更新時間|修改时间|修改時間|Copyright|©|编号|編號|复印期号|複印期號"
                              # the day a journal received the paper or its revision, months before it printed it
                              r"|收稿|修回"
                              # a mirror's stamp, its own copy for a source: “发布时间:2024-11-05 18:55:17 来源: sp20241105”
                              r"|来源\s*[:：]\s*sp\d{6,8}")


def publication_date(lines: tuple[str, ...] | list[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of the first matter line that dates the copy (see ``RE_MATTER_DATE``), or None.

    >>> publication_date(["更新时间:2023-11-28 07:04:03作者:未知", "《 人民日报 》( 2023年10月04日 01 版)"])
    (2023, 10, 4)
    >>> publication_date(["【原刊期号】20000329", "【复印期号】200005"]), publication_date(["编号:临 2024-017"])
    ((2000, 3, 29), None)
    """
    for line in lines:
        text = fold(line).strip()
        if RE_NOT_PUBLISHED.search(text):
            continue
        found = RE_ARCHIVE_DATE.match(text) or RE_MATTER_DATE.search(text)
        if found is None:
            continue
        parts = found.groupdict()  # (the archive pattern has no second, day-first form)
        year, month, day = (int(parts[k] or parts.get(f"{k}2")) for k in ("y", "m", "d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return year, month, day
    return None
