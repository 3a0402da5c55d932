"""Layout repair and structure detection: from normalised lines to the parts of a news article.

The rules are keyed to the shapes real Chinese news copy comes in, never to one article's strings:
page copy (paragraphs and fragments between blank lines, as a page layout exports them), indented
web copy (paragraphs opened with 　　), single newlines, and text hard-wrapped at a fixed width.
Each document is first classified by ``detect_shape``; each rule then uses the evidence that kind
of copy carries. Every change to the text is returned as a ``Repair`` with its source lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from math import ceil

from helpers import traditional
from helpers.bylines import (
    RE_DATELINE,
    RE_REPORTER_ROLE,
    RE_SIGNATURE,
    Byline,
    has_surname,
    is_menu_line,
    merge,
    parse_bulleted_name,
    parse_byline,
    parse_dateline,
    parse_names_line,
    parse_signature,
)
from helpers.chinese import SENTENCE_END, ends_paragraph, fold, has_body_punctuation, split_sentences
from helpers.matter import (
    ARCHIVE_FIELDS,
    RE_APPEAL,
    RE_AUTHOR_NOTE,
    RE_REFERENCES_HEAD,
    RE_RELATED_HEAD,
    RE_WRITER_FIELD,
    glued_furniture,
    leading_matter,
    lost_picture,
    matter_kind,
    reference_entry,
    trailing_initials,
)
from helpers.numerals import parse_chinese
from helpers.reading import RE_AUTO_SPACE, RE_RELATED_PREFIX, RE_STRAY_SPACE, Line

__all__ = ["Block", "Byline", "Caption", "Layout", "PullQuote", "Repair", "Section", "analyse", "detect_shape",
           "is_heading_like", "parse_byline"]

# A photo credit line on its own: “中国银行图”, “新华社记者 李四 摄”, “受访者供图”, “图/视觉中国”,
# “视觉中国”, “新华社发”, “图片来源：视觉中国”, “（新华社记者 张三 摄）”, “(图片来自网络)”, and a bare “供图” naming no one.
RE_CREDIT = re.compile(
    r"^[（(]?(?:图\s*[/／:：丨|]\s*\S.{0,20}|图片来源\s*[:：]\s*\S.{0,20}|图片来自\S.{0,12}|视觉中国|资料照片|资料图片|新华社发(?:\s*[（(][^）)]{1,20}[）)])?"
    r"|[^，。；！？]{0,24}?(?:\s*[/／]\s*)?(?:摄|供图|图)(?:\s*[（(][^（）()]{1,12}[）)])?)[）)]?$"
)
# An explicit credit marker; a bare “……图” counts as a credit only where it interrupts a paragraph.
RE_EXPLICIT_CREDIT = re.compile(r"(?:摄|供图|[/／]\s*图|图\s*[/／:：丨|]|图片来源|图片来自|视觉中国|新华社发|资料照片|资料图片)")
# An organisation's picture credit: “中国银行图”, “国家统计局图”: explicit enough to stand between whole
# paragraphs (a bare “……图” otherwise counts only where it interrupts one: “绘就发展新蓝图” is a heading).
RE_ORG_CREDIT = re.compile(r"^\S{2,12}(?:银行|公司|集团|新闻社|通讯社|日报|报社|网|局|委员会|中心|研究院|协会|政府|供)图$")
# A credit at the end of a caption line: “……展示产品。新华社记者 张三 摄”, “……（6月3日摄）。新华社发”,
# “……。（受访者供图）”, “……。图/视觉中国”, “……。图片来源：视觉中国”, “义乌副食品市场。 浙江省市场监管局 供图”.
RE_TRAILING_CREDIT = re.compile(
    r"(?<=[。！？!?”）)])\s*(?P<credit>[（(]?(?:"
    r"[\u4e00-\u9fff]{0,8}?记者\s*[\u4e00-\u9fff·]{2,6}(?:\s*[、，]\s*[\u4e00-\u9fff·]{2,6})*\s*摄"
    r"|[\u4e00-\u9fff]{0,8}?(?:新华社|中新社|人民日报|本报)发(?:\s*[（(][^）)]{1,20}[）)])?"
    r"|新华社|中新社|视觉中国|[\u4e00-\u9fff]{2,10}\s?供图|图片来源\s*[:：]\s*[^。，]{1,20}|图\s*[/／丨|]\s*[^。，]{1,20}"
    r"|[\u4e00-\u9fff·]{2,6}\s+摄"
    # a Hong Kong copy's name and 攝 with no space: “……主要因為股票市場興旺。彭麗芳攝” (not 拍摄, 航拍)
    r"|[\u4e00-\u9fff·]{2,4}(?<![拍航])[摄攝])[）)]?)$"
)
# A credit in brackets closing a caption line, whatever comes before it: “发布会现场(方堃 摄)”,
# “漫画绘制：曹  一（新华社发）”, “……首度正增长。(图片来自网络)”, “陳香梅（網上圖片）”.
RE_BRACKETED_CREDIT = re.compile(
    r"(?P<credit>[（(](?:[^（）()]{0,24}?(?:摄|供图|新华社发|中新社发|视觉中国|资料照片|资料图片|网上图片|网络图片)|图片来自[^（）()]{1,12})"
    r"[）)])$"
)
# A bare credit set apart by a space at the end of a caption line with no sentence mark: “云南森美达生物科技股份有限
#公司抽样检测 供图” (what stands before it is the caption, unless it names who took or gave the picture).
RE_SPACED_CREDIT = re.compile(r"(?<=[^\s，。；！？,;!?])\s+(?P<credit>供图|摄)$")
# A caption and its credit run into the start of the paragraph under the picture, as a page's text export sets them:
# “义乌副食品市场。 浙江省市场监管局 供图临近春节,浙江义乌……”: a short sentence, a space, the credit, the text.
RE_LEADING_CAPTION = re.compile(
    r"^[^。！？\s]{2,60}[。！？]\s+[^\s，。；、,;]{2,16}\s?(?:供图|摄(?!影))(?=[^\s，。；、,;）)])"
)
# Shortest caption before a bare credit (a provider's name is shorter: “受访者 供图”).
MIN_SPACED_CAPTION_CHARS = 6
# The end of a picture provider's name: an organisation (“浙江省市场监管局”, “新华社”) or a role (“受访者”, “通讯员”).
RE_PROVIDER_END = re.compile(r"(?:社|报|网|台|局|部|委|会|院|所|署|办|中心|集团|公司|银行|者|员|方)$")
# An agency photo caption opens with the day the picture was taken: “2月17日,旅客在……”, “這是2月17日拍攝的……”, or
# dates an older picture in brackets at its end: “务工人员在……劳务市场内等待雇主(2013年2月24日摄)。”.
RE_DATED_CAPTION = re.compile(r"^(?:这是|這是)?\d{1,2}月\d{1,2}日|[（(](?:\d{4}年)?\d{1,2}月\d{1,2}日[摄攝][）)]。$")
# Characters Chinese doubles (天天, 人人, 常常, 渐渐, 一一 …): a repeat across a caption break is kept.
REDUPLICATING = frozenset("天人常渐刚往处时个年家户事件层步一样日月次点滴多慢快好")
# Longest caption line that may carry its credit at its end.
MAX_CAPTION_CHARS = 240
# Roles of those a bracketed line names who did not write the text.
RE_NOT_A_WRITER = re.compile(r"编辑|編輯|责编|責編|校对|校對|译|譯")
# Longest title run into the story under it that a look for the story's dateline reads past.
MAX_GLUED_TITLE_CHARS = 40
# Sub-heading shapes: two parallel phrases split by a space (“党建联建破壁垒 精准滴灌……”), or a
# closing quote or title mark at the end (“……“安全阀””).
RE_HEADING_SHAPE = re.compile(r"\S \S|[”》」]$")
# A numbered heading: “一、”, “（二）”, “3.”, “第一部分”.
RE_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[部章节])"
)
# A labelled sub-heading: a short topic word, a colon, and the point: “结构优化:高精尖产业增势良好”. The part
# after the colon is a phrase of Chinese characters alone (a sentence after a label has its commas and stop).
RE_LABELLED_HEADING = re.compile(r"[\u4e00-\u9fff]{2,6}[:：][\u4e00-\u9fff“”‘’]{4,24}")
# Punctuation a plain heading never has (a comma or 、 it may: “运行活力足，科创板展现更多包容性”);
# a numbered one may hold commas too (“一、坚持稳中求进，推动……”). Neither ends on a comma or colon.
RE_NOT_IN_HEADING = re.compile(r"[。；！？：;!?:]|[，,、]$")
# A comma or 、 inside a heading candidate: “运行活力足，科创板展现更多包容性”.
RE_COMMA = re.compile(r"[，,、]")
# A comma between clauses (not the 、 between the items of a list: “遵循专款专用、封闭运行原则”): what a
# fragment of a broken sentence carries (“中国银行以党建为纽带，……强化业”).
RE_CLAUSE_COMMA = re.compile(r"[，,]")
# The opening of an enumerated item: “一是”, “第二，”, “（三）”, “4.”, “①”.
RE_ITEM_START = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,是]|"
                           r"[（(][一二三四五六七八九十\d]+[）)]|"
                           r"\d{1,2}[.、．](?!\d)|[①-⑳]|"
                           # a section or table numbered, set apart by a space: “2.3　施用污泥对秧苗…”, “表2　…”, “3　小结与讨论”
                           r"(?:[表图圖]\s?\d{1,2}|\d{1,2}(?:[.．]\d{1,2})+)\s(?=\S)"
                           r"|\d{1,2}\s(?![万萬亿億千百元个個日月年多家名位条條项項次倍人户戶号號])(?=[\u4e00-\u9fff]{2}))")
# Latin letters either side of a line break: the break stood for a space.
RE_LATIN_END = re.compile(r"[A-Za-z]$")
RE_LATIN_START = re.compile(r"^[A-Za-z]")
# A plain heading with a comma is at most this long.
MAX_COMMA_HEADING_CHARS = 30
# What a numbered heading never holds: a full stop inside, or a comma or colon at its end (“1.加大信贷投放：”
# opens a list).
RE_NOT_IN_NUMBERED = re.compile(r"[。；！？!?;]|[：:，,]$")
# A Chinese character: a heading candidate holds at least one.
RE_HAN = re.compile(r"[\u4e00-\u9fff]")
# A full stop or semicolon anywhere: never in a header line. At the end: never in a bold heading.
RE_STOP = re.compile(r"[。；]")
RE_STOP_END = re.compile(r"[。；！？]$")
# A line of Chinese characters alone (spaces allowed): a formula or signature (“特此公告”).
RE_HAN_ONLY = re.compile(r"[\u4e00-\u9fff ]+")
# White space, removed when comparing a line with the headline.
RE_WHITE = re.compile(r"\s+")
# A standfirst line: bullets, or a labelled summary: “□ ……”, “核心提示：……”, “【摘要】……”.
RE_STANDFIRST = re.compile(r"^(?:[□■●◆◇▲△★☆]|【?\s*(?:核心提示|摘\s*要(?:\s*题)?|导读|内容提要|导语)\s*[】:：])")
# A subtitle (副题) opens with a dash: “——2025年一季度经济运行观察”.
RE_SUBTITLE = re.compile(r"^[—－-]{1,3}")
# A kicker (引题) leads into the headline: it ends on a dash, or on a verb of saying:
# “吉林长春无人机操控师、……汽修师——”, “李鹏和人大环境与资源保护委员会同志谈话强调”.
RE_KICKER_END = re.compile(r"(?:[—－]{1,2}|强调|指出|表示|要求|提出|称|说|宣布)$")
# A column tag closing the headline of a newspaper page: “为科技创新提供资金活水（经济聚焦）”,
# “货币供应年内总体比较充裕(市场观察)”: the tagged line is the headline.
RE_COLUMN_TAG = re.compile(r"[（(][^（）()，。]{2,16}[）)]$")
# An issuer's name above an announcement's title: “交通银行股份有限公司”: a kicker, not the headline.
RE_ISSUER = re.compile(r"^\S{2,20}(?:有限公司|股份有限公司|集团|银行|委员会|办公室|办公厅|人民政府|统计局|管理局|管理总局)$")
# A newspaper's or site's name alone, the last line of an e-paper or portal page under the article: “光明日报”.
RE_OUTLET_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|商报|周报|网|网站)")
# Who provided the text, alone on the page's last line, as a bulletin credits the offices that compiled its figures:
# “交通部水运司港口处、综合规划司统计处提供” (a picture's provider, “图片由受访者提供”, credits a caption).
RE_PROVIDER_LINE = re.compile(r"(?!图|照片)[\u4e00-\u9fff、]{2,40}(?:提供|供稿)")
# A site's own name alone on a line above the headline, or above the text where a copy dropped the
# headline: “人民網”, “新浪财经”, “优美之家网站”.
RE_SITE = re.compile(r"^\S{1,4}(?:网站|网|網|APP|客户端|财经|新闻|新闻社)$")
# The section of a site the page sits in, alone on the line above the headline, as a company's or an office's site
# prints it: “新闻中心”, “新闻动态”, “资讯中心”, “公司新闻动态” (a kicker leads into the headline; this names a menu item).
RE_SITE_SECTION = re.compile(r"^\S{0,4}(?:新闻|资讯)(?:中心|动态|频道)$")
# A bracketed byline run on after the last sentence of a paragraph: “……提高1.43个百分点。(记者 陶凤 吕银玲)”.
RE_GLUED_BYLINE = re.compile(r"(?<=[。！？!?”])\s*[（(][^（）()。，,]{2,40}[）)]$")
# The same without brackets, closing a one-line copy's text: “……已在积极酝酿中。记者 王世玲”, “……。本报记者 刘铮 张文伯”,
# “……。北京考试报记者 马海丽”, “……。 黄兰/文”.
RE_TAIL_BYLINE = re.compile(r"(?<=[。！？!?”])\s*(?:(?P<role>[\u4e00-\u9fff]{0,8}?(?:记者|記者|通讯员|通訊員)"
                            r"\s*[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})|(?P<writer>[\u4e00-\u9fff]{2,3})\s*/\s*文)\s*$")
# An archive record's author field: “【 作  者 】王谦光”: its names are the byline when no other is printed.
# An author field after a page's date or label, set apart by spaces: “刊发时间:2021-03-24 A2版  作者:王应良 郭兴筌 张小蕾”.
RE_AUTHOR_AFTER_STAMP = re.compile(r"\S\s+(?=作者\s*[:：])")
RE_AUTHOR_FIELD = re.compile(r"^【\s*作\s*者\s*】\s*(?P<names>.+)$")
# A Markdown page's front matter naming its author (a Hugo or Jekyll archive): “author: "記者彭麗芳"”, “author: 翁維愷”.
RE_FRONT_MATTER_AUTHOR = re.compile(r"^author:\s*[\"']?(?P<names>[^\"'\[\]{}]+?)[\"']?\s*$")
# A journal's field of its writers' units (“作者单位：福德平(北京市种子公司　100088)”), and each line it goes on with: a
# name and a unit in brackets (“杨建国(北京市植保站)”).
RE_UNIT_FIELD = re.compile(r"^作者单位[:：]")
RE_WRITER_UNIT = re.compile(r"^[\u4e00-\u9fff·\s]{2,8}[（(][^（）()]{2,30}[）)]$")
# A column's word on its writer, opening with the writer's and the column's names: “【汪子炎・筆走政路】入過虎穴……”,
# “【讀者來論・眾聲】這個專欄開放讀者來論……”; in the page's last blocks, or right after the writer's card (“博客 | 工黨有Say”).
RE_COLUMN_BLURB = re.compile(r"^【(?P<name>[^】・·]{1,12})(?P<dot>[・·][^】]{1,12})?】\s*\S")
TAIL_BLOCKS = 4
# An archive record's title field: “【 标  题 】李鹏和人大环境与资源保护委员会同志谈话强调”.
RE_TITLE_FIELD = re.compile(r"^【\s*标\s*题\s*】\s*")
# Any field of an archive record opening a block (“【作者简介】夏春玉，……”, “【 正  文 】”), its label without spaces; the
# summary fields (内容提要, 摘要题: an abstract of the text) among them.
RE_RECORD_FIELD = re.compile(r"^【\s*(?P<label>(?:[\u4e00-\u9fff]\s*){1,6})】")
SUMMARY_FIELDS = frozenset({"内容提要", "摘要题", "摘要", "提要", "编者按"})
RECORD_FIELDS = SUMMARY_FIELDS | frozenset(ARCHIVE_FIELDS)
# An editor's signature closing an editor's note (编者按) that opens the article: “——编  者”.
RE_EDITOR_SIGNATURE = re.compile(r"^[—－]{1,2}\s*编\s*者$|^[（(]\s*编\s*者\s*[）)]$")
# A standfirst label alone on its line, followed by the standfirst: “核心阅读”, “编者按”.
RE_STANDFIRST_LABEL = re.compile(r"^【?(?:核心阅读|核心提示|编者按|导读|摘要|内容提要)】?[:：]?$")
# A menu item's bullet, the longest label, and how many bulleted items make a column of them a menu.
# A box label over bulleted highlights, set above them: “数说亮点”, “要点速览”, “看点”; Traditional forms too.
RE_BOX_LABEL = re.compile(r"^【?(?:[数數](?:说|說|读|讀))?(?:亮点|亮點|要点|要點|看点|看點)(?:速览|速覽|提示)?】?[:：]?$")
RE_MENU_BULLET = re.compile(r"^[•·▪◦‣]\s*")
MAX_MENU_LABEL_CHARS = 6
MIN_MENU_BULLETS = 3
# Most blocks a labelled standfirst (核心阅读 and the paragraphs under it) runs to.
MAX_STANDFIRST_BLOCKS = 4
# The paragraphs under a page's summary searched for the repeat of its sentences.
SUMMARY_WINDOW = 3
# An attribution under a quote: “——冯远征委员”, “——黄茂兴代表”.
RE_ATTRIBUTION = re.compile(r"^[—－]{1,2}\s*[^，。；！？]{2,20}$")
# Longest portal label after an editor line (“写评论已有条评论跟帖用户自律公约”).
MAX_PORTAL_LABEL_CHARS = 24
# The start of a dateline: never a header line, even when the layout broke its paragraph short.
RE_DATELINE_START = re.compile(r"^(?:据)?(?:新华社|新华网|中新社|中新网|本报|本刊|人民网|央视网)[\u4e00-\u9fff\d]{0,12}(?:电|讯)")
# An editor line that ends the article on a portal: what follows it is the portal's.
RE_EDITOR_LINE = re.compile(r"^[（(\[【]?\s*(?:责任编辑|责编|编辑)\s*[:：]")
# A portal's bar of links run on after the last sentence, before a writer's signature if any: “……也会倍感欣慰吧。
# [新浪NBA官方微博][新浪NBA湖人新闻动态微博][技术统计][高清回放][比赛实录](三儿)”.
RE_LINK_BAR = re.compile(r"(?<=[。！？!?”])(?:\[[^\[\]]{2,20}\]){2,}(?=\s*(?:[（(][^（）()]{2,12}[）)])?\s*$)")
# A list of related articles run on after the last sentence of a one-line copy: “……提供了平台。相关阅读：邢杰：中美战略与
# 经济对话前的筹码战美专家:……”; its titles have no full stop (a sentence after it would be the text's).
RE_RELATED_TAIL = re.compile(r"(?<=[。！？!?”])(?:相[关關](?:阅读|閱讀|閲讀|新闻|新聞|报道|報道|文章)|延伸[阅閱閲]读)"
                             r"\s*[:：︰][^。！？]{0,120}$")
# The end mark of an agency dispatch closing its last paragraph: “……促进上海港邮轮经济发展。(完)”.
RE_END_MARK = re.compile(r"[（(]完[）)]\s*$")
# A site's name after a dash, closing a page title as the browser shows it: “…… ——中国菏泽网”, “……——中新网”.
RE_SITE_SUFFIX = re.compile(r"\s*(?:——|—|－－|--|_|\s[-|｜]\s)\s*\S{1,10}?(?:网|網|网站|網站|频道|頻道)$")
# A section label with its number, the first line of a two-line sub-heading: “數據1”, “关键词2”, “看点三”.
RE_NUMBERED_LABEL = re.compile(r"(?!图|表|附)[\u4e00-\u9fff]{2,4}\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})")
# A photo report's role in a byline: “(记者 陈淋 摄影报道)”.
RE_PHOTO_REPORT = re.compile(r"(?:摄影|图文)报道")
# Longest sub-heading (plain and numbered), shortest, and longest pull quote, in characters.
MAX_HEADING_CHARS = 40
MAX_NUMBERED_HEADING_CHARS = 60
MIN_HEADING_CHARS = 4
MIN_PARENT_HEADING_CHARS = 2  # “附注” over numbered sub-headings
# A line indented this many columns deeper than the paragraphs is centred: a heading in
# fixed-width copy, even one that closes on a full stop (“1、从加强基础设施建设入手，……建设。”).
CENTERED_EXTRA_COLS = 4
MAX_PULL_QUOTE_CHARS = 80
# A lone heading in page copy is followed by a whole paragraph at least this long.
MIN_PARAGRAPH_AFTER_LONE_HEADING = 30
# A paragraph longer than this means the copy lost its paragraph breaks (a flattened web page).
MAX_PARAGRAPH_CHARS = 5000
# A paragraph after a heading is at least this long; a shorter line is the tail of a broken sentence.
MIN_PARAGRAPH_AFTER_HEADING = 8
# Longest header line (kicker, headline, subtitle), and the header lines searched for a byline.
MAX_HEADER_CHARS = 40
BYLINE_SEARCH_BLOCKS = 10
# A column label (栏目) above a headline is at most this long: “实践探索”.
MAX_COLUMN_CHARS = 8
# A block is a layout duplicate when this share of it repeats earlier body text verbatim.
DUPLICATE_SHARE = 0.8
MIN_DUPLICATE_CHARS = 16
SHINGLE = 6
MAX_SHINGLE_HITS = 16
# A pull quote that is not verbatim in its section still counts when a sentence matches this closely.
PULL_QUOTE_MATCH = 0.8
# How many blocks after a heading candidate are searched for the repeat of its pull quote.
PULL_QUOTE_WINDOW = 30
# Hard-wrapped copy: at least this many lines reach WRAP_NEAR of the wrap width (the 90th
# percentile of line widths), they are this share of the text lines, and most end mid-sentence.
MIN_WRAPPED_LINES = 6
WRAPPED_SHARE = 0.5
WRAP_NEAR = 0.85
MIN_WRAP_WIDTH = 20
# A topic sentence opening a paragraph of a statistical communiqué: short, Chinese characters alone, ending on 。:
# “市场价格总水平下降。”, “劳动就业工作有所加强。”.
RE_TOPIC_SENTENCE = re.compile(r"[\u4e00-\u9fff]+。")
MAX_TOPIC_SENTENCE_CHARS = 12
# A sub-heading run into its paragraph: a short phrase of characters alone, then the paragraph's opening clause led by
# a figure, the period it reports on: “货物吞吐量继续增长5月份,全国主要港口完成……”; and how many paragraphs must share
# that opening clause for the pattern to hold.
RE_RUN_IN_HEADING = re.compile(r"(?P<heading>[\u4e00-\u9fff]{4,20}?)(?P<opening>\d[^，,。；：\s]{0,10})[，,]")
MIN_RUN_IN_HEADINGS = 3
# Indented copy: this share of text lines open with an indent.
INDENTED_SHARE = 0.4

SHAPES = ("page", "indented", "single", "wrapped")
# Characters two columns wide (East Asian Wide and Fullwidth): Hangul Jamo, CJK punctuation and
# ideographs, kana, Hangul, compatibility ideographs, vertical and small forms, full-width forms.
RE_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]"
)
# Every other character (narrow): in Chinese copy the few, so ``display_width`` counts these.
RE_NARROW = re.compile(
    "[^\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]"
)


@dataclass(frozen=True)
class Repair:
    """One change made to the text, with the source lines it touched."""

    kind: str  # unwrap | join | caption | overlap | duplicate | stray_space | matter | label | attribution | byline
    lines: tuple[int, ...]
    before: str
    after: str
    note: str = ""
    removed: str = ""  # the characters this repair took out of the text (empty for joins)


@dataclass
class Block:
    """A working block of text with the source lines it came from and the evidence around it."""

    text: str
    lines: tuple[int, ...]
    kind: str = "body"
    indent: bool = False
    blank_before: bool = False
    markup: str = ""
    indent_cols: int = 0

    @property
    def first_line(self) -> int:
        return self.lines[0]


@dataclass(frozen=True)
class Caption:
    """A photo caption lifted out of the running text, with its credit and where it stood."""

    text: str
    credit: str
    section: int
    after_paragraph: int
    lines: tuple[int, ...]


@dataclass(frozen=True)
class PullQuote:
    """The short line after a sub-heading that repeats a sentence of its section."""

    text: str
    paragraph: int | None  # 1-based paragraph of the section that holds the repeat
    offset: int | None  # character offset of the repeat in that paragraph
    exact: bool


@dataclass(frozen=True)
class Section:
    """A sub-headed section: heading, pull quote and paragraphs (plain str)."""

    number: int
    heading: str
    pull_quote: PullQuote | None
    paragraphs: tuple[str, ...]
    lines: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)


@dataclass
class Layout:
    """Everything the layout pass found, before it is frozen into an ``Article``."""

    shape: str = "page"
    banner: str | None = None
    column: str | None = None
    kicker: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    byline: Byline | None = None
    bylines: list[Block] = field(default_factory=list)
    parsed_bylines: list[Byline] = field(default_factory=list)  # what each of ``bylines`` says, in order
    field_byline: Byline | None = None
    standfirst: list[Block] = field(default_factory=list)
    lead: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    removed: list[Block] = field(default_factory=list)
    matter: list[Block] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def display_width(text: str) -> int:
    """Columns the text takes in a fixed-width layout: wide (CJK) characters count two.

    >>> display_width("９﹒３％ GDP增长")
    16
    """
    return 2 * len(text) - len(RE_NARROW.findall(text))  # len + wide characters, counted by the fewer narrow ones


def is_heading_like(text: str) -> bool:
    """Short and without sentence punctuation: a sub-heading, label or headline."""
    return len(text) <= MAX_HEADING_CHARS and not has_body_punctuation(text)


# Who speaks in an interview's lines (记者：…, 问：…, 王敏：…): a label that is a speaker heads no section.
RE_SPEAKER = re.compile(r"(?:本报)?记者|问|答|主持人|编者|读者|网友|嘉宾|专家|代表|委员")


def _speaker(label: str) -> bool:
    """True where the label before a colon is a speaker: a role (记者, 问) or a person's name (王敏)."""
    return RE_SPEAKER.fullmatch(label) is not None or (len(label) <= 3 and has_surname(label))


def _heading_shape(text: str) -> str | None:
    """'numbered', 'shaped' (parallel phrases, closing quote) or 'plain' for a heading candidate; else None."""
    if RE_NUMBERED.match(text):
        ok = len(text) <= MAX_NUMBERED_HEADING_CHARS and not RE_NOT_IN_NUMBERED.search(text)
        return "numbered" if ok and len(text) > 2 else None
    if RE_LABELLED_HEADING.fullmatch(text) and matter_kind(text) is None and not parse_byline(text) \
            and not _speaker(re.split("[:：]", text, maxsplit=1)[0]):
        return "shaped"
    if not MIN_PARENT_HEADING_CHARS <= len(text) <= MAX_HEADING_CHARS or RE_NOT_IN_HEADING.search(text):
        return None
    if RE_COMMA.search(text) and len(text) > MAX_COMMA_HEADING_CHARS:
        return None
    if not RE_HAN.search(text) or RE_ATTRIBUTION.match(text) or RE_EDITOR_SIGNATURE.match(text):
        return None
    if _is_credit_line(text) or parse_byline(text):
        return None
    return "shaped" if RE_HEADING_SHAPE.search(text) else "plain"


def _centered_heading(text: str) -> bool:
    """A centred line that is one short sentence at most: a heading even with its full stop."""
    return len(text) <= MAX_NUMBERED_HEADING_CHARS and len(split_sentences(text)) == 1 and not _is_credit_line(text)


def _is_credit_line(text: str) -> bool:
    folded = fold(text)
    return bool(RE_CREDIT.match(folded) and RE_EXPLICIT_CREDIT.search(folded)) or RE_ORG_CREDIT.match(folded) is not None


# --- the kind of copy --------------------------------------------------------------------------

def wrap_width(lines: tuple[Line, ...]) -> int | None:
    """The width (in columns) the text is hard-wrapped at, or None if it is not hard-wrapped.

    Hard-wrapped copy has many lines close to one width, most of them ending mid-sentence and
    running on into the next line; page and web copy have lines as long as their paragraphs (or
    fragments between blank lines), ending on a full stop or a blank line.
    """
    columns = [display_width(line.text) for line in lines]
    widths = sorted(w for w in columns if w >= MIN_WRAP_WIDTH)
    if len(widths) < MIN_WRAPPED_LINES:
        return None
    width = widths[int(0.9 * (len(widths) - 1))]
    near = [i for i, w in enumerate(columns) if w >= WRAP_NEAR * width]
    if len(near) < max(MIN_WRAPPED_LINES, WRAPPED_SHARE * len(widths)):
        return None
    unfinished = sum(not ends_paragraph(lines[i].text) for i in near)
    run_on = sum(i + 1 < len(lines) and not lines[i + 1].blank_before for i in near)
    return width if min(unfinished, run_on) >= WRAPPED_SHARE * len(near) else None


def detect_shape(lines: tuple[Line, ...]) -> str:
    """What kind of copy the document is: 'wrapped', 'indented', 'page' or 'single'."""
    if wrap_width(lines) is not None:
        return "wrapped"
    text_lines = [line for line in lines if len(line.text) > MAX_COLUMN_CHARS and not line.markup
                  and matter_kind(line.text) is None]
    if text_lines and sum(line.indent for line in text_lines) >= INDENTED_SHARE * len(text_lines):
        return "indented"
    if any(line.blank_before for line in lines[1:]):
        return "page"
    return "single"


def blocks_from_lines(lines: tuple[Line, ...], *, shape: str) -> tuple[list[Block], list[Repair]]:
    """Group lines into blocks with the evidence the kind of copy carries.

    Page and single-newline copy: one block per line (broken paragraphs are joined later, once
    headings are known). Indented copy: an indent opens a paragraph, and an unindented line right
    after an unfinished indented one continues it. Hard-wrapped copy: lines run on until a blank
    line, an indent, or a line that stops short of the wrap width.
    """
    width = wrap_width(lines) if shape == "wrapped" else None
    # Copy that marks no paragraph by a blank line or an indent: a sentence ending at the margin leaves no trace
    # of a break, and only what the next line opens with tells (``_opens_with_topic_sentence``).
    unmarked = width is not None and not any(line.blank_before or line.indent for line in lines[1:])
    groups: list[list[Line]] = []
    for at, line in enumerate(lines):
        prev = groups[-1][-1] if groups else None
        run_on = False
        if prev is not None and not line.blank_before and not line.indent and not line.markup and not prev.markup:
            if shape == "indented":
                run_on = (groups[-1][0].indent and not ends_paragraph(prev.text) and not _standalone(line.text)
                          and not _standalone(prev.text))
            elif shape == "wrapped" and width is not None:
                nxt = lines[at + 1].text if at + 1 < len(lines) else ""
                heading = _heading_shape(line.text) is not None and display_width(line.text) < WRAP_NEAR * width
                run_on = (display_width(prev.text) >= WRAP_NEAR * width and not _standalone(line.text)
                          and not (ends_paragraph(prev.text) and heading)
                          and not (ends_paragraph(prev.text) and unmarked and _opens_with_topic_sentence(line.text))
                          and not _signature_over_date(line.text, nxt))
        # a heading's second line after its break, and a line at the page's margin carrying on one not finished
        heading_line = prev is not None and line.runs_on and line.markup.startswith("h") and line.markup == prev.markup
        margin_line = prev is not None and line.runs_on and not line.blank_before and not ends_paragraph(prev.text) \
            and not prev.markup and not line.markup
        if run_on or heading_line or margin_line:  # (a Markdown heading set over two lines with a break: one heading)
            groups[-1].append(line)
        else:
            groups.append([line])
    blocks, repairs = [], []
    for group in groups:
        pieces = [line.text for line in group]
        text = " ".join(pieces) if group[0].markup.startswith("h") else glue_all(pieces)
        numbers = tuple(line.number for line in group)
        if len(group) > 1:
            repairs.append(Repair("unwrap", numbers, "\n".join(line.text for line in group), text, "hard-wrapped lines joined"))
        first = group[0]
        blocks.append(Block(text, numbers, indent=first.indent, blank_before=first.blank_before, markup=first.markup,
                            indent_cols=first.indent_cols))
    return blocks, repairs


def _opens_with_topic_sentence(text: str) -> bool:
    """A line opening with a short statement, a whole sentence without comma or figure, as a statistical
    communiqué opens each paragraph: “市场价格总水平下降。全年居民消费价格总水平比上”, “劳动就业工作有所加强。 年末……”
    (a sentence carrying on a paragraph gives figures or runs on: “全年社会劳动生产率11401元, 比上年提高……”)."""
    first = split_sentences(text)
    if len(first) < 2 or not first[0].text.endswith("。"):
        return False
    sentence = first[0].text
    return len(sentence) <= MAX_TOPIC_SENTENCE_CHARS and RE_TOPIC_SENTENCE.fullmatch(sentence) is not None


def _signature_over_date(text: str, nxt: str) -> bool:
    """An issuer's name alone over a date line, the signature under a release's title (“国家统计局” |
    “1999年2月26日”): never the tail of a wrapped title."""
    return RE_ISSUER.match(text) is not None and matter_kind(nxt) == "stamp"


def _standalone(text: str) -> bool:
    """A line that is never the continuation of a paragraph: matter, a credit, a byline."""
    return (matter_kind(text) is not None or _is_credit_line(text) or RE_TITLE_FIELD.match(text) is not None
            or RE_EDITOR_SIGNATURE.match(text) is not None or RE_ATTRIBUTION.match(text) is not None
            or _record_field(text) in RECORD_FIELDS)  # “【内容提要】本文……”: a field opens a line of its own


def _record_field(text: str) -> str:
    """The label of the archive record field that opens ``text`` (spaces taken out: 摘要题 of 【摘 要 题】), else ""."""
    opened = RE_RECORD_FIELD.match(text)
    return RE_WHITE.sub("", opened["label"]) if opened else ""


# --- front and back matter, header, byline, standfirst ----------------------------------------

#: Blocks a page's foot holds from the site's appeal to subscribe on, the appeal included: its address, the writer's
#: picture, post and name, and a few lines on the writer (``remove_matter``).
MAX_CARD_BLOCKS = 7
#: Paragraphs a copy must indent for a line it sets flush left to be another's wrapped line (``remove_matter``).
MIN_INDENTED_BLOCKS = 3
#: The note of a repair that removed a list of references or an entry of it: no date in it dates the copy.
REFERENCES_REMOVED = "list of references removed"


def _remove(block: Block, layout: Layout, note: str) -> None:
    layout.matter.append(block)
    layout.repairs.append(Repair("matter", block.lines, block.text, "", note, removed=block.text))


def remove_matter(blocks: list[Block], layout: Layout) -> list[Block]:
    """Remove front and back matter: a YAML front matter block, portal and archive lines (原标题,
    来源, 责任编辑, stamps, app promotions, navigation, tags), a column of bulleted menu items at the top,
    the paper's or site's name alone on the page's last line, and everything after an editor line
    that closes the article, and the provider of the text on the page's last line (“……统计处提供”). The label of an
    archive title field (“【 标 题 】”) is removed too."""
    out: list[Block] = []
    seen_text = False
    matter_after = 0  # matter blocks removed since the last block kept
    menu = _bulleted_menu(blocks)
    record_text = _record_text(blocks)
    field = ""  # the archive record's field whose value the blocks before its text continue
    references = False  # under the head of a list of references, its entries to come
    blurb = False  # a column's word on its writer just removed, its wrapped lines to come
    related = False  # under the head of a list of links to related articles
    units = False  # after a field of the writers' units, its lines to come
    indented = sum(1 for b in blocks if b.indent) >= MIN_INDENTED_BLOCKS  # a copy that indents its paragraphs
    for at, block in enumerate(blocks):
        if at in menu:
            _remove(block, layout, "navigation menu item removed")
            continue
        if block.markup == "link" and (related or RE_RELATED_PREFIX.match(block.text)):
            _remove(block, layout, "link to a related article removed")  # “相關文章：” | “[王祖藍做政協……](…)”
            continue
        related = RE_RELATED_HEAD.match(fold(block.text)) is not None
        if seen_text and (RE_REFERENCES_HEAD.match(fold(block.text)) or references and (
                reference_entry(fold(block.text)) or indented and not block.indent)):
            # “【参考文献】” | “[1]邓小平文选：第3卷［M］……”: the papers cited, no words of the article (their years no figures);
            # in a copy that indents its paragraphs, a note's wrapped lines (“〔6 〕城镇人口……但因中国历史上缺” | “一（尤其是……”,
            # flush left) go with it
            _remove(block, layout, REFERENCES_REMOVED)
            references = True
            continue
        references = False
        closing = ""  # what a line that closes the article leaves after it, all matter
        if seen_text and RE_EDITOR_LINE.match(fold(block.text)) and matter_kind(block.text) and \
                (_closed_dispatch(out) or all(_portal_tail(b.text) for b in blocks[at + 1 :])):
            closing = "portal line after the editor line"
        elif seen_text and RE_APPEAL.match(fold(block.text)) and matter_kind(block.text) and block.markup != "link" \
                and len(blocks) - at <= MAX_CARD_BLOCKS:
            # “請加入成為眾新聞的月費訂戶，……”: the site's appeal at the page's foot closes the article; what follows it is
            # the site's (its address) and the writer's card (“![主筆 | 楊健興](…)” | “**主筆 | 楊健興**” | “資深新聞工作者、……”);
            # not the appeal linked under the headline (“[請支持《眾新聞》，成為訂戶](…)”)
            closing = "writer card after the appeal"
        if closing:
            for tail in blocks[at:]:
                _remove(tail, layout, f"{matter_kind(tail.text) or closing} line removed")
            matter_after = 0
            break
        kind = "front matter" if block.markup == "front_matter" else matter_kind(block.text)
        if at < record_text:
            opened = _record_field(block.text)
            field = opened or field
            if kind is None and field not in SUMMARY_FIELDS and field != "标题":
                # “【作者简介】夏春玉，……” | “    夏春玉，教授，博士，……”: a field over the record's text, its value over lines
                _remove(block, layout, f"the record's {field} field removed")
                continue
            if kind is None and not opened and not block.indent and field in SUMMARY_FIELDS and out \
                    and _record_field(out[-1].text):
                # the summary's value runs on over lines the copy did not show as wrapped (flush left, where a paragraph
                # of its own is indented): one block, as its field is
                prev = out.pop()
                before = f"{prev.text}\n{block.text}"
                block = Block(glue(prev.text, block.text), prev.lines + block.lines, prev.kind, prev.indent,
                              prev.blank_before, prev.markup, prev.indent_cols)
                layout.repairs.append(Repair("unwrap", block.lines, before, block.text,
                                             f"the record's {field} field rejoined across its lines"))
        author = _author_after_stamp(block.text) if kind in ("label", "stamp") and not seen_text else None
        if author is not None:
            # “刊发时间:2021-03-24 A2版  作者:王应良 郭兴筌 张小蕾”: the date is matter, the author field the byline
            _remove(Block(block.text[:author].rstrip(), block.lines, block.kind), layout, f"{kind} before the author removed")
            block = Block(block.text[author:], block.lines, block.kind, block.indent, block.blank_before, block.markup,
                          block.indent_cols)
            kind = None
        if kind is None and units and not block.blank_before and RE_WRITER_UNIT.match(fold(block.text)):
            kind = "field"  # “作者单位：福德平(北京市种子公司　100088)” | “杨建国(北京市植保站)”: the field's next writer
        units = kind == "field" and (units and RE_WRITER_UNIT.match(fold(block.text)) is not None
                                     or RE_UNIT_FIELD.match(fold(block.text)) is not None)
        if kind is None and seen_text and (_column_blurb(block.text, layout, tail=at >= len(blocks) - TAIL_BLOCKS)
                                           or blurb and not block.blank_before):
            kind = "label"  # “【汪子炎・筆走政路】入過虎穴，……”: the column's word on its writer, under the text (and its
            blurb = True    # lines, where the page wraps it: “……現為達人傳訊董事總” | “經理、香港大學MBA課程顧問……”)
        else:
            blurb = False
        if kind is not None:
            _remove(block, layout, f"{kind} line removed")
            matter_after += 1
            writer = RE_WRITER_FIELD.match(block.text.strip())
            if writer is not None:  # “【撰文：盧銘軒、潘家蕤】”: the writers the page credits, over its author field
                layout.field_byline = _credited_writers(block.text, writer) or layout.field_byline
                continue
            author = RE_AUTHOR_FIELD.match(block.text) or (RE_FRONT_MATTER_AUTHOR.match(block.text) if kind == "front matter"
                                                            else None)
            if author and layout.field_byline is None:
                layout.field_byline = parse_names_line(author["names"]) or parse_byline(author["names"])
            continue
        glued = None if seen_text else glued_furniture(block.text)
        if glued is not None:
            layout.repairs.append(Repair("label", block.lines, block.text, block.text[:glued],
                                         "page furniture glued to a title line removed", removed=block.text[glued:]))
            block = Block(block.text[:glued], block.lines, block.kind, block.indent, block.blank_before, block.markup,
                          block.indent_cols)
        lead = None if seen_text else leading_matter(block.text)
        if lead is not None:
            _remove(Block(block.text[:lead].rstrip(), block.lines, block.kind), layout, "tag or stamp glued to a line removed")
            block = Block(block.text[lead:], block.lines, block.kind, block.indent, block.blank_before, block.markup,
                          block.indent_cols)
        label = RE_TITLE_FIELD.match(block.text)
        if label:
            layout.repairs.append(Repair("label", block.lines, block.text, block.text[label.end():],
                                         "archive title field label removed", removed=label.group()))
            block = Block(block.text[label.end():], block.lines, block.kind, block.indent, block.blank_before, "title")
        seen_text = seen_text or ends_paragraph(block.text)
        out.append(block)
        matter_after = 0
    if seen_text and len(out) > 1 and RE_OUTLET_NAME.fullmatch(fold(out[-1].text)):
        _remove(out.pop(), layout, "the paper's or site's name closing the page removed")
    if seen_text and len(out) > 1 and RE_PROVIDER_LINE.fullmatch(out[-1].text):
        _remove(out.pop(), layout, "the provider of the text closing the page removed")
    initials = trailing_initials(out[-1].text) if seen_text and out else None
    if initials is not None:
        last = out.pop()
        _remove(Block(last.text[initials:].strip(), last.lines, last.kind), layout, "editor's initials closing the text removed")
        out.append(Block(last.text[:initials].rstrip(), last.lines, last.kind, last.indent, last.blank_before, last.markup,
                         last.indent_cols))
    related = RE_RELATED_TAIL.search(out[-1].text) if out else None
    if related is not None:
        last = out.pop()
        _remove(Block(related.group(), last.lines, last.kind), layout, "a list of related articles closing the text removed")
        out.append(Block(last.text[:related.start()], last.lines, last.kind, last.indent, last.blank_before, last.markup,
                         last.indent_cols))
    bar = RE_LINK_BAR.search(out[-1].text) if out else None
    if bar is not None:  # (a writer's signature after it stays, for the byline reader)
        last = out.pop()
        _remove(Block(bar.group(), last.lines, last.kind), layout, "a portal's bar of links closing the text removed")
        out.append(Block(last.text[:bar.start()] + last.text[bar.end():], last.lines, last.kind, last.indent,
                         last.blank_before, last.markup, last.indent_cols))
    return out


def _column_blurb(text: str, layout: Layout, *, tail: bool) -> bool:
    """A column's word on its writer (RE_COLUMN_BLURB): right after the writer's card removed as matter (“博客 | 工黨有Say”
    over “【工黨有Say】我們期許……”), or named with its column by a dot among the page's last blocks (``tail``)."""
    match = RE_COLUMN_BLURB.match(fold(text))
    if match is None:
        return False
    card = fold(layout.matter[-1].text) if layout.matter else ""
    return (RE_AUTHOR_NOTE.match(card) is not None and match["name"] in card) or (bool(match["dot"]) and tail)


def _credited_writers(text: str, match: re.Match[str]) -> Byline | None:
    """The writers a page's credit names (RE_WRITER_FIELD): each item a name (盧銘軒), or a post and the name after it
    (秘書長譚駿賢); None where an item is neither (a pen name: 我係黃子華, 中產平民)."""
    names, credited = [], match["names"].strip()
    if RE_LATIN_NAME.fullmatch(credited):  # a name in Latin letters: “【撰文：abm chan】”
        return Byline(text=text.strip(), outlet="", reporters=(credited,), place=None, roles=(("撰文", credited),))
    for item in re.split(r"[、，,／/\s]+", credited):
        if 2 <= len(item) <= 3 and has_surname(traditional.fold(item)):
            names.append(item)
            continue
        name = next((item[-n:] for n in (3, 2) if len(item) > n and RE_POST_END.search(item[:-n])
                     and has_surname(traditional.fold(item[-n:]))), None)
        if name is None:
            return None
        names.append(name)
    return Byline(text=text.strip(), outlet="", reporters=tuple(names), place=None, roles=tuple(("撰文", n) for n in names))


# A name in Latin letters, as a page credits a writer: “abm chan”, “Sum Kiu”.
RE_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*){0,3}")
# How a post before a name ends: 秘書長, 主席, 教授, 研究員.
RE_POST_END = re.compile(r"(?:长|長|书记|書記|主任|主席|教授|博士|研究员|研究員|秘书|秘書|总监|總監|顾问|顧問|议员|議員|律师|律師"
                         r"|牧师|牧師|记者|記者|会长|會長|总裁|總裁)$")


def _record_text(blocks: list[Block]) -> int:
    """Where an archive record's text begins: the block after its text field (“【 正  文 】”) when fields come before it,
    as the Fudan corpus's reprints set them (作者简介 and 内容提要 over several lines); 0 for any other copy."""
    for at, block in enumerate(blocks):
        if _record_field(block.text) == "正文" and block.text.rstrip().endswith("】"):
            fields = sum(_record_field(b.text) in RECORD_FIELDS for b in blocks[:at])
            return at + 1 if fields >= 2 else 0
    return 0


def _author_after_stamp(text: str) -> int | None:
    """Where an author field after a page's date or label starts, if it names reporters: “刊发时间:2021-03-24 A2版
    作者:王应良 郭兴筌 张小蕾” (each name opening with a surname; “作者:未知” names no one)."""
    match = RE_AUTHOR_AFTER_STAMP.search(text)
    if match is None:
        return None
    byline = parse_byline(text[match.end():])
    if byline is None or not all(has_surname(name) for name in byline.reporters):
        return None
    return match.end()


def _bulleted_menu(blocks: list[Block]) -> set[int]:
    """A site's menu as a column of bulleted short labels at the top of the page, before the first sentence:
    “• 时政” | “• 国际” | … | “• 更多>>” | “• 报 纸” | “杂 志”. A run of short labels with at least
    ``MIN_MENU_BULLETS`` bulleted ones is the menu, with the unbulleted labels inside or at the end of it."""
    menu: set[int] = set()
    run: list[int] = []
    for at, block in enumerate([*blocks, None]):
        label = block is not None and _menu_label(block.text)
        if label:
            run.append(at)
            continue
        bulleted = [i for i in run if RE_MENU_BULLET.match(blocks[i].text)]
        if len(bulleted) >= MIN_MENU_BULLETS:
            menu.update(i for i in run if i >= bulleted[0])
        run = []
        if block is None or (matter_kind(block.text) is None and ends_paragraph(block.text)):
            break  # the text has begun
    return menu


def _menu_label(text: str) -> bool:
    """A menu item: a short label, bulleted or not, with no sentence mark: “• 光明报系”, “• 更多>>”, “杂 志”."""
    label = RE_WHITE.sub("", RE_MENU_BULLET.sub("", text))
    return 0 < len(label) <= MAX_MENU_LABEL_CHARS and not has_body_punctuation(label) and RE_HAN.search(label) is not None


def _closed_dispatch(kept: list[Block]) -> bool:
    """The text kept so far closes on an agency's end mark, “（完）”: the dispatch is over, and after
    the editor line under it the page runs its own lines, even a sentence (a reader's comment quoted
    under “直隶巴人的原贴:”, chinanews-20090306-shanghaigang)."""
    return bool(kept) and RE_END_MARK.search(fold(kept[-1].text)) is not None


def _portal_tail(text: str) -> bool:
    """A line a portal sets after an article's editor line: matter, a short label with no full stop
    (“看全文”, “最新评论”, “热门阅读”), or a disclaimer. Anything else is article text, and then only
    the editor line itself is removed."""
    if matter_kind(text) is not None:
        return True
    return len(text) <= MAX_PORTAL_LABEL_CHARS and not ends_paragraph(text)


def split_header(blocks: list[Block], layout: Layout) -> list[Block]:
    """Take banner, column, kicker, headline, subtitle and byline off the front; return the body.

    The header is the run of short lines without a full stop at the top (in indented copy, the
    lines before the first indent); a byline, or a line of names alone under the headline, ends it.
    Markdown heading marks, where the copy has them, say which line is the headline.
    """
    header: list[Block] = []
    i = 0
    if blocks and (cut := _glued_title(blocks[0].text)) is not None:
        # “八国集团峰会今起举行 将关注美元地位等问题中新网7月8日电 八国集团峰会……”: a record that runs its title into the
        # story, parted where the agency's dateline opens the story
        first = blocks[0]
        title = first.text[:cut].rstrip()
        signed = RE_SIGNED_TITLE.search(fold(title))  # “……基金赚45.80%证券时报记者 付建利本报讯……”: its reporter too
        parts = [title[:signed.start()].rstrip(), title[signed.start():]] if signed and signed.start() >= \
            MIN_GLUED_TITLE_CHARS and parse_byline(title[signed.start():]) else [title]
        layout.repairs.append(Repair("header", first.lines, first.text, "\n".join([*parts, first.text[cut:]]),
                                     "title run into the story parted from it at the dateline"))
        blocks = [*(Block(part, first.lines, first.kind, first.indent, first.blank_before, first.markup, first.indent_cols)
                    for part in parts),
                  Block(first.text[cut:], first.lines, first.kind, False, False, first.markup), *blocks[1:]]
    while i < len(blocks) and i < BYLINE_SEARCH_BLOCKS:
        block = blocks[i]
        if not header and _caption_under_picture(blocks, i, layout):
            layout.captions.append(Caption(block.text, "", -1, -1, block.lines))
            layout.repairs.append(Repair("caption", block.lines, block.text, "", "caption under a lost picture lifted"))
            i += 1
            continue
        byline = parse_byline(block.text) or parse_bulleted_name(block.text) or \
            (parse_signature(block.text) if header else None)
        if byline is None and header and (header[-1].markup == "title" or len(header) <= 3):
            byline = parse_names_line(block.text) if i + 1 < len(blocks) else None
            if byline is not None and layout.field_byline is not None \
                    and not set(byline.reporters) & set(layout.field_byline.reporters):
                byline = None  # names alone that the page's own author field does not name: a lyric's 有了你, no one
        if byline is not None:
            _lift_byline(block, byline, layout)
            i += 1
            break
        if not header and is_menu_line(block.text) and (
                (i + 1 < len(blocks) and is_menu_line(blocks[i + 1].text)) or (i and is_menu_line(blocks[i - 1].text))):
            # a site's menu bar is a run of such lines; one line of short words alone may be a kicker
            # (创新 协调 绿色 开放 共享), and the article's own text is never removed on that shape alone
            _remove(block, layout, "navigation menu line removed")
            i += 1
            continue
        site = RE_SITE.match(fold(block.text)) or RE_SITE_SECTION.match(fold(block.text))
        if not header and site and i + 1 < len(blocks) and \
                (_header_line(blocks[i + 1]) or has_body_punctuation(blocks[i + 1].text)):
            _remove(block, layout, "site or section name line removed")
            i += 1
            continue
        if not _header_line(block, blocks[i + 1] if i + 1 < len(blocks) else None) or (header and block.markup == "figcaption"):
            break  # (a picture's caption under the headline is the picture's: “陳香梅（網上圖片）”, no subtitle)
        if len(header) >= 4 and not block.markup.startswith("h"):
            break
        header.append(block)
        i += 1
    if not layout.bylines and i < len(blocks) and header and blocks[i].markup == "quote":
        quoted = parse_byline(blocks[i].text)
        if quoted:
            _lift_byline(blocks[i], quoted, layout)
            i += 1
    header = _drop_page_title(header, layout)
    if len(header) >= 2 and _signed_under_title(header[-1], layout):
        _remove(header.pop(), layout, "issuer's signature over the release's date removed")
    if len(header) >= 2 and i < len(blocks) and _photo_report(blocks[i].text) and not RE_SUBTITLE.match(header[-1].text):
        # the dateline says the report is a photo report (“(记者 陈淋 摄影报道)”): the short line over it,
        # under the headline, is its photo's caption (“新闻通气会现场”), credited by the byline
        caption = header.pop()
        layout.captions.append(Caption(caption.text, "", -1, -1, caption.lines))
        layout.repairs.append(Repair("caption", caption.lines, caption.text, "",
                                     "caption over a photo report's dateline lifted, credited by its byline"))
    _assign_header(header, layout)
    return blocks[i:]


# A story's opening that only an agency or a paper writes: its dateline (新华网北京7月12日电, 中新网7月8日电, 本报华盛顿7月26日电)
# or 本报讯; what a record runs into it before is its title.
RE_STORY_OPENING = re.compile(
    r"【?(?:(?:新华社|新华网|中新社|中新网|人民网|央视网|央广网|光明网|中国日报网|本报)[\u4e00-\u9fff]{0,8}?"
    r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:专电|电)|本报讯)")
MIN_GLUED_TITLE_CHARS = 6
MAX_DATELINE_CHARS = 30  # 新华网俄罗斯叶卡捷琳堡5月18日电: an agency, a place and a day
RE_SENTENCE_MARK = re.compile(r"[。！？；!?;]")
# A reporter's line that closes such a title: “证券时报记者 付建利”, “□晚报记者 孙娟 通讯员 何宇”.
_NAME = r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}"  # (陈 墨, as a page spaces a two-character name)
RE_SIGNED_TITLE = re.compile(rf"[□■]?(?:[\u4e00-\u9fff]{{2}}(?:时报|日报|晚报|晨报|商报|周刊)|晚报|本报)?记者[ \u3000]*{_NAME}"
                             rf"(?:[ \u3000]+(?:通讯员|实习生)[ \u3000]*{_NAME})*$")


def _glued_title(text: str) -> int | None:
    """Where the story opens in a block that runs a title into it (RE_STORY_OPENING after at least
    MIN_GLUED_TITLE_CHARS and at most MAX_GLUED_TITLE_CHARS of a title with no sentence mark), or None."""
    folded = fold(text)
    match = RE_STORY_OPENING.search(folded, MIN_GLUED_TITLE_CHARS, MAX_GLUED_TITLE_CHARS + MAX_DATELINE_CHARS)
    if match is None or match.start() > MAX_GLUED_TITLE_CHARS or RE_SENTENCE_MARK.search(folded, 0, match.start()):
        return None  # (a title may have its colon: 国家防总：极端气候增多增强灾害损失加重中新网6月19日电)
    return match.start()


def _caption_under_picture(blocks: list[Block], i: int, layout: Layout) -> bool:
    """A short line with no sentence mark right under a picture the copy lost (``matter.lost_picture``) and right over
    the first paragraph: the picture's caption, kept where the picture stood by a page's text export: “![]() |” |
    “市民排队购买超市里的特价鸡蛋” | “居高不下的鸡蛋价格,终于有所松动。……”. A headline stands over the article's picture,
    and a page sets its date or source line (removed as matter) between the headline and the text."""
    block = blocks[i]
    if i + 1 >= len(blocks) or len(block.text) > MAX_HEADER_CHARS or has_body_punctuation(block.text) \
            or not ends_paragraph(blocks[i + 1].text):
        return False
    above = max((m for m in layout.matter if m.lines[-1] < block.lines[0]), key=lambda m: m.lines[-1], default=None)
    if above is None or not lost_picture(above.text) or (i and blocks[i - 1].lines[-1] > above.lines[-1]):
        return False
    return not any(block.lines[-1] < m.lines[0] < blocks[i + 1].lines[0] for m in layout.matter)


def _signed_under_title(block: Block, layout: Layout) -> bool:
    """An issuer's name under a release's title, right over its date line (removed as a stamp): the release's
    signature, “中华人民共和国1998年国民经济和社会发展统计公报” | “国家统计局” | “1999年2月26日”; not a subtitle."""
    return RE_ISSUER.match(block.text) is not None and any(
        m.lines[0] == block.lines[-1] + 1 and matter_kind(m.text) == "stamp" for m in layout.matter)


def _photo_report(text: str) -> bool:
    """A paragraph opening with a dateline whose byline is a photo report's: “四川新闻网成都1月24日讯(记者 陈淋
    摄影报道)”."""
    dateline = RE_DATELINE.match(fold(text))
    return dateline is not None and RE_PHOTO_REPORT.search(dateline.group()) is not None


def _drop_page_title(header: list[Block], layout: Layout) -> list[Block]:
    """A web page prints its title (the browser's) above the article's own header, which repeats it as
    headline or subtitle: “国家统计局……解读……数据” over “社会消费品零售总额继续保持平稳增长” |
    “——国家统计局……解读……数据”. The first copy is page furniture and is removed, with the site's name
    the browser's title adds after a dash: “去年上海港货物吞吐量继续保持世界第一——中新网”.
    An article page sets its headline over its date and source line; where the same title is printed
    again under that line (an SEO mirror's repeat over the body: “中秋国庆假期第五天 …” | “更新时间:…作者:未知” |
    “中秋国庆假期第五天 …”), the first copy is the headline and the repeat is removed."""
    kept: list[Block] = []
    rest = list(header)
    while rest:
        block = rest.pop(0)
        core = _squeeze(RE_SUBTITLE.sub("", RE_SITE_SUFFIX.sub("", block.text)))
        later = next((b for b in rest if _squeeze(RE_SUBTITLE.sub("", b.text)) == core), None)
        if core and later is not None:
            if _squeeze(later.text) == _squeeze(block.text) and _stamp_between(block, later, layout):
                rest.remove(later)
                _remove(later, layout, "title repeated under the page's stamp line removed")
            else:
                _remove(block, layout, "page title repeating a header line removed")
                continue
        kept.append(block)
    return kept


def _stamp_between(first: Block, second: Block, layout: Layout) -> bool:
    """True where a date or source line removed as matter stood between two header lines."""
    return any(first.lines[-1] < m.lines[0] < second.lines[0] and matter_kind(m.text) in ("stamp", "label")
               for m in layout.matter)


def _header_line(block: Block, nxt: Block | None = None) -> bool:
    """A kicker, headline or subtitle: short, no full stop, at most one comma; not a numbered
    heading, a credit, a caption over a credit line, a standfirst or the start of a dateline."""
    text = block.text
    if block.markup.startswith("h") and len(text) > MAX_HEADER_CHARS and len(split_sentences(text)) >= 2:
        return False  # a paragraph set as a heading (“#### 北韓宣稱，周二成功試射……。南韓方面稱，……”): text, not a title
    if block.markup.startswith("h") or block.markup == "title":
        return True
    if block.markup in ("quote", "bold") or _affiliation(text) is not None:
        return False
    if nxt is not None and _is_credit_line(nxt.text):
        return False  # a caption, with its credit under it
    return (len(text) <= MAX_HEADER_CHARS and not RE_STOP.search(text)
            and not RE_STANDFIRST.match(text) and not RE_STANDFIRST_LABEL.match(text) and not RE_NUMBERED.match(text)
            and not (_box_label(text) and nxt is not None and RE_STANDFIRST.match(nxt.text))
            and not _is_credit_line(text) and RE_BRACKETED_CREDIT.search(fold(text)) is None
            and not text.endswith(("：", ":")) and not RE_DATELINE_START.match(fold(text))
            and not _question_sentence(text))


def _affiliation(text: str) -> Byline | None:
    """A writer's post and name in brackets under a journal article's title, “（安徽师范大学  卢荣善）”, as a byline:
    no title, no heading."""
    match = RE_SIGNATURE.match(fold(text))  # (a line in brackets, whole, as a signature is)
    if match is None:
        return None
    *post, name = match["inner"].split()
    if not post or not 2 <= len(name) <= 3 or not has_surname(name) or RE_HAN_ONLY.fullmatch(name) is None \
            or RE_NOT_A_WRITER.search(match["inner"]):
        return None  # (an editor, a translator: （本文责任编辑 周舟 曹蕾）, （文华译）)
    original = text.strip()[match.end("inner") - len(name):match.end("inner")]
    return Byline(text=text.strip(), outlet="", reporters=(original,), place=None, roles=(("", original),))


def _question_sentence(text: str) -> bool:
    """A question or exclamation longer than a heading with a comma may be, with a comma in it: the
    opening sentence of the text (“在没有定位信号的受限环境中，无人机如何智能辨识方向、自主避障？”), not a
    headline (“这些劳务新品牌，你知道吗？”)."""
    return text.endswith(("？", "！", "?", "!")) and RE_COMMA.search(text) is not None \
        and len(text) > MAX_COMMA_HEADING_CHARS


def _assign_header(header: list[Block], layout: Layout) -> None:
    """Name the header lines: banner and column above, then kicker (引题), headline, subtitle (副题).

    A Markdown level-1 heading is the headline. Otherwise lines above a short column label are a
    banner; a line opening with a dash is a subtitle, one ending on a dash or a verb of saying a
    kicker; two plain lines are headline and subtitle (kicker and headline where the first is a
    couplet of two parallel phrases and the second one phrase), three are kicker, headline and subtitle.
    """
    if not header:
        return
    texts = [b.text for b in header]
    h1 = next((i for i, b in enumerate(header) if b.markup == "h1"), None)
    if h1 is not None:
        layout.headline = texts[h1]
        if h1:
            layout.kicker = " ".join(texts[:h1])
        if texts[h1 + 1 :]:
            layout.subtitle = " ".join(texts[h1 + 1 :])
        return
    column = next((i for i, t in enumerate(texts[:-1]) if len(t) <= MAX_COLUMN_CHARS and not RE_ISSUER.search(t)
                   and not RE_SUBTITLE.match(texts[i + 1])), None)
    if column is not None:
        layout.column = texts[column]
        if column:
            layout.banner = " ".join(texts[:column])
        texts = texts[column + 1 :]
    if not texts:
        return
    dash = next((i for i, t in enumerate(texts) if RE_SUBTITLE.match(t)), None)
    kicker = next((i for i, t in enumerate(texts[:-1]) if RE_KICKER_END.search(t) or RE_ISSUER.search(t)), None)
    tagged = next((i for i, t in enumerate(texts) if RE_COLUMN_TAG.search(t)), None)
    if tagged is not None:
        at = tagged
    elif dash is not None and dash > 0:
        at = dash - 1
    elif kicker is not None:
        at = kicker + 1
    elif len(texts) == 2 and _couplet(texts[0]) and " " not in texts[1]:
        at = 1
    elif len(texts) >= 3:
        at = 1
    else:
        at = 0
    layout.headline = texts[at]
    if at:
        layout.kicker = " ".join(texts[:at])
    if texts[at + 1 :]:
        layout.subtitle = " ".join(texts[at + 1 :])


def _couplet(text: str) -> bool:
    """Two parallel phrases of the same length split by a space, the form of a kicker (引题) over a
    one-phrase headline: “全市经济稳步恢复 发展质量继续提升” over “前三季度北京地区生产总值实现两位数增长”,
    “政策保持稳健基调  国际资本流入较多” over “货币供应年内总体比较充裕(市场观察)”."""
    phrases = text.split()
    return (len(phrases) == 2 and len(phrases[0]) == len(phrases[1]) >= MIN_HEADING_CHARS
            and all(RE_HAN_ONLY.fullmatch(p) for p in phrases))


def lift_standfirst(body: list[Block], layout: Layout) -> list[Block]:
    """Keep what precedes the article proper as its standfirst: bulleted lines (□ ……), a labelled
    block (核心阅读, 核心提示, 编者按 and the lines under it up to a blank line), a page's summary that the
    paragraphs under it repeat (``_summary``) or a summary field repeating a later sentence (``_page_summary``), or an
    editor's note signed “——编  者” before the first sub-heading."""
    if not body:
        return body  # all the copy was headline and matter
    i = 0
    if len(body) > 1 and _box_label(body[0].text) and RE_STANDFIRST.match(body[1].text):
        i = 1  # the box's label over its bullets: “數(shù)說亮點(diǎn)” | “■8家上市公司……”
    while i < len(body) and RE_STANDFIRST.match(body[i].text) and not parse_byline(body[i].text):
        i += 1
    if i < len(body) and RE_STANDFIRST_LABEL.match(body[i].text):
        run = i + 1
        while (run < len(body) and run - i <= MAX_STANDFIRST_BLOCKS and not body[run].blank_before
               and has_body_punctuation(body[run].text) and _heading_shape(body[run].text) is None):
            run += 1
        closed = run < len(body) and body[run].blank_before
        # Without a blank line or heading to close it within reach, the extent is unknown: keep one block.
        i = run if closed and run - i <= MAX_STANDFIRST_BLOCKS else min(i + 2, len(body))
    if i == 0 and _summary(body):
        i = 1
    elif i == 0:
        cut = _page_summary(body)
        if cut is not None:
            body = _split_summary(body, cut, layout)
            i = 1
    signature = next((j for j, b in enumerate(body[:BYLINE_SEARCH_BLOCKS]) if RE_EDITOR_SIGNATURE.match(b.text)), None)
    if signature is not None and not any(b.kind == "heading" for b in body[:signature]):
        i = max(i, signature + 1)
    for block in body[:i]:
        block.kind = "standfirst"
        layout.standfirst.append(block)
    return body[i:]


def _summary(body: list[Block]) -> bool:
    """The body's first block a summary (摘要) a page set over the article: the paragraphs right under it
    (``SUMMARY_WINDOW`` of them, the first opening the repeat) repeat each of its sentences verbatim, “(记者 刘志刚)9月2日,
    ……增长10.2%。1月~7月,……增长7%。” over “商报讯 (记者 刘志刚)9月2日,……增长10.2%。” | “1月~7月,……增长7%。累计完成……”.
    A paragraph repeated further down is a layout duplicate, not a summary (``remove_duplicates``)."""
    first = body[0]
    if len(body) < 2 or first.kind != "body" or len(first.text) < MIN_DUPLICATE_CHARS or not ends_paragraph(first.text):
        return False
    sentences = [_squeeze(s.text) for s in split_sentences(first.text)]
    rest = "".join(_squeeze(b.text) for b in body[1 : 1 + SUMMARY_WINDOW] if b.kind == "body")
    return (sentences[0] in _squeeze(body[1].text) and len(rest) > len(_squeeze(first.text))
            and all(sentence in rest for sentence in sentences))


def _page_summary(body: list[Block]) -> int | None:
    """Where a page's summary field ends in the body's first block: a sentence of the article repeated over it without
    its stop, on its own line or run into the first paragraph after a space, as a page's text export sets the summary:
    “俞金坤表示,争取……轨道交通装备企业 去年入库税收超过4.5亿元、……” over a later paragraph “俞金坤表示,争取……轨道交通
    装备企业。”. The repeat is a whole sentence of a later block; a paragraph's opening words before a space (a dateline,
    a date: “2019年7月22日 科创板正式开市”) are never one."""
    first = body[0]
    if first.kind != "body":
        return None
    space = first.text.find(" ")
    cut = len(first.text) if space < 0 else space
    summary = _squeeze(first.text[:cut])
    if len(summary) < MIN_DUPLICATE_CHARS or ends_paragraph(summary):
        return None
    repeated = any(_squeeze(sentence.text)[:-1] == summary and sentence.text[-1] in SENTENCE_END
                   for later in body[1:] if later.kind == "body" for sentence in split_sentences(later.text))
    return cut if repeated else None


def _split_summary(body: list[Block], cut: int, layout: Layout) -> list[Block]:
    """The body with its first block split at ``cut`` (where a summary run into the first paragraph ends)."""
    first = body[0]
    if cut == len(first.text):
        return body
    rest = first.text[cut:].lstrip()
    layout.repairs.append(Repair("label", first.lines, first.text, f"{first.text[:cut]}\n{rest}",
                                 "page summary run into the first paragraph split off"))
    return [Block(first.text[:cut], first.lines, first.kind, first.indent, first.blank_before, first.markup,
                  first.indent_cols), Block(rest, first.lines, first.kind), *body[1:]]


def _box_label(text: str) -> bool:
    """A box label over bulleted highlights (“数说亮点”, “要点速览”; a converter's pinyin glosses are gone by
    now, ``reading.RE_PINYIN_GLOSS``): never a headline.

    >>> _box_label("數說亮點"), _box_label("看点"), _box_label("数说经济")
    (True, True, False)
    """
    return RE_BOX_LABEL.match(fold(text.strip())) is not None  # (a converter's glosses are gone: reading.py)


def lift_bylines(body: list[Block], layout: Layout) -> list[Block]:
    """Lift byline lines out of the body, wherever they stand: under a section heading, after the
    lead, at the end (“（本报记者 任飞帆）”, “记者 姚冬琴 | 丹麦哥本哈根报道”, or a writer's signature in
    brackets closing the article: “(苏宗波)”); then, if none was
    found anywhere, read an agency dateline that opens the first paragraph (it stays in the text)."""
    out = []
    for at, block in enumerate(body):
        last = at == len(body) - 1
        byline = parse_byline(block.text, glued=False) if block.kind == "body" else None
        if byline is None and last and block.kind == "body":
            byline = parse_signature(block.text)
        if byline is None and block.kind == "body" and at <= 1:  # (under the title: the text's first block)
            byline = _affiliation(block.text)
        if byline is not None:
            _lift_byline(block, byline, layout)
            continue
        glued = _glued_byline(block, last=last) if block.kind == "body" else None
        if glued is not None:
            cut, byline = glued
            out.append(Block(block.text[:cut].rstrip(), block.lines, block.kind, block.indent, block.blank_before,
                             block.markup))
            _lift_byline(Block(block.text[cut:].strip(), block.lines, "byline"), byline, layout)
            layout.repairs.append(Repair("byline", block.lines, block.text, block.text[:cut].rstrip(),
                                         "byline in brackets split off the end of its paragraph"))
            continue
        out.append(block)
    layout.byline = merge(layout.parsed_bylines)
    if layout.byline is None:
        layout.byline = next(filter(None, (parse_dateline(b.text) for b in out[:3])), None)
    if layout.byline is None:
        layout.byline = layout.field_byline
    if layout.byline is None:
        layout.warnings.append("no byline found: the lines before the first sentence are taken as the header")
    return out


def _glued_byline(block: Block, *, last: bool = False) -> tuple[int, Byline] | None:
    """A reporter's byline in brackets glued to the end of a paragraph, after its last sentence, as
    one-paragraph-a-line web copies close an article: “……提高1.43个百分点。(记者 陶凤 吕银玲)”.
    Returns where it starts and what it says; only a reporter's role counts (记者, 通讯员 …). At the end
    of the ``last`` paragraph a writer's signature counts too: “……銷售上升20%左右。(楊濱)”,
    “……及银行业。(中国台湾网1月21日讯 张玲)” (``bylines.parse_signature``)."""
    match = RE_GLUED_BYLINE.search(block.text)
    if match is None and last:
        return _tail_byline(block)
    if match is None or match.start() == 0:
        return None
    byline = parse_byline(match.group().strip(), glued=False)
    if byline is None and last:
        signature = parse_signature(match.group().strip())
        return None if signature is None else (match.start(), signature)
    if not _reporters(byline):
        return None
    return match.start(), byline


def _reporters(byline: Byline | None) -> bool:
    """Whether a byline names a reporter's role (记者, 通讯员 …), not only other names."""
    return byline is not None and any(RE_REPORTER_ROLE.search(fold(role)) for role, _ in byline.roles)


def _tail_byline(block: Block) -> tuple[int, Byline] | None:
    """A reporter's role and name, or a writer's name and 文, closing the last paragraph without brackets
    (``RE_TAIL_BYLINE``); every name must open with a common surname."""
    match = RE_TAIL_BYLINE.search(block.text)
    if match is None or match.start() == 0:
        return None
    if match["writer"]:
        name = match["writer"]
        byline = Byline(text=match.group().strip(), outlet="", reporters=(name,), place=None, roles=(("文", name),))
    else:
        byline = parse_byline(match["role"])
        if not _reporters(byline):
            return None
    if not all(has_surname(fold(name)) for name in byline.reporters):
        return None
    return match.start(), byline


def _lift_byline(block: Block, byline: Byline, layout: Layout) -> None:
    layout.bylines.append(block)
    layout.parsed_bylines.append(byline)


def join_attributions(body: list[Block], layout: Layout) -> list[Block]:
    """Join an attribution line (“——冯远征委员”) to the quote above it: one paragraph."""
    out: list[Block] = []
    for block in body:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "body" and block.kind == "body" and RE_ATTRIBUTION.match(block.text)
                and ends_paragraph(prev.text)):
            out[-1] = _join(prev, block)
            layout.repairs.append(Repair("attribution", (prev.lines[-1], block.lines[0]), f"{prev.text}\n{block.text}",
                                         out[-1].text, "attribution joined to the quote above it"))
            continue
        out.append(block)
    return out


# --- captions ---------------------------------------------------------------------------------

def glue(first: str, second: str) -> str:
    """Two pieces of a broken line joined: with no space in Chinese, with one between two Latin
    words (“Castle Island” | “Ventures”), where the layout's line break stood for the space.

    >>> glue("高质量发展的", "关键着力点。"), glue("Castle Island", "Ventures")
    ('高质量发展的关键着力点。', 'Castle Island Ventures')
    """
    return first + _seam(first[-1:], second[:1]) + second


def glue_all(pieces: list[str]) -> str:
    """``glue`` over a run of pieces, in one pass (a long hard-wrapped paragraph stays linear)."""
    parts: list[str] = []
    last = ""
    for piece in pieces:
        parts += [_seam(last, piece[:1]), piece]
        last = piece[-1:] or last
    return "".join(parts)


def _seam(before: str, after: str) -> str:
    """What stands between two pieces: a space between two Latin letters, else nothing."""
    return " " if before and after and RE_LATIN_END.match(before) and RE_LATIN_START.match(after) else ""


def _join(first: Block, second: Block) -> Block:
    return Block(glue(first.text, second.text), first.lines + second.lines, first.kind, first.indent, first.blank_before)


def lift_captions(body: list[Block], layout: Layout) -> list[Block]:
    """Lift photo captions and credits out of the running text, rejoining what they interrupted.

    A credit may stand on its own line after the caption or close the caption line itself. A
    line that repeats the headline inside the body is the title of a picture or chart: a caption
    without credit. Where the character before the break repeats right after it (获取 | 取第一手),
    the repeat is a layout artefact and is dropped, unless it is a character Chinese doubles (天天,
    人人, 常常: “志愿者们天 | 天都来”), which is kept.
    """
    out: list[Block] = []
    i = 0
    headline = _squeeze(layout.headline) if layout.headline else None
    pictures = _lost_pictures(layout)
    while i < len(body):
        block = body[i]
        nxt = body[i + 1] if i + 1 < len(body) else None
        if _titled_picture(block, out, pictures):  # “附图{图}” | “澳门生产力中心组织结构示意图”: the lost figure's title
            layout.captions.append(Caption(block.text, "", -1, -1, block.lines))
            layout.repairs.append(Repair("caption", block.lines, block.text, "", "title of a lost figure lifted"))
            i += 1
            continue
        if block.markup == "figcaption":  # a caption the page marks as one: its text, and the credit closing it
            text, credit = _figcaption(block.text)
            layout.captions.append(Caption(text, credit, -1, -1, block.lines))
            layout.repairs.append(Repair("caption", block.lines, block.text, "", "the page's figure caption lifted"))
            i += 1
            continue
        if nxt is not None and (nxt.markup == "figcaption" or _titled_picture(nxt, [block], pictures)):
            nxt = None  # (a figure's caption or title is its own, never a credit for the paragraph over the figure)
        interrupted = _unfinished(out) and i + 2 < len(body)
        next_folded = fold(nxt.text) if nxt is not None else ""
        explicit = RE_EXPLICIT_CREDIT.search(next_folded) is not None or RE_ORG_CREDIT.match(next_folded) is not None
        own_line = (
            nxt is not None
            and not _is_credit_line(block.text)
            and RE_CREDIT.match(next_folded) is not None
            and (has_body_punctuation(block.text) or explicit)
            and (interrupted or explicit)
        )
        trailing = None if own_line else _trailing_credit(block.text)
        title = not own_line and trailing is None and headline is not None and _squeeze(block.text) == headline
        if not own_line and trailing is None and not title:
            out.append(block)
            i += 1
            continue
        if not title and _story_with_dateline(block.text):
            # “本报讯(记者胡笑红) 昨天，……蒙牛集团等。本报记者欧阳晓菲摄”: a story opened by its dateline is no caption;
            # the credit is of a picture whose caption the copy does not hold, lifted alone
            credit = nxt.text if own_line else block.text[trailing:].strip()
            kept = block if own_line else Block(block.text[:trailing].rstrip(), block.lines, block.kind, block.indent,
                                                block.blank_before, block.markup, block.indent_cols)
            out.append(kept)
            layout.captions.append(Caption("", credit, -1, -1, nxt.lines if own_line else block.lines))
            layout.repairs.append(Repair("caption", nxt.lines if own_line else block.lines, credit, "",
                                         "credit of a picture with no caption lifted off the story it follows"))
            i += 2 if own_line else 1
            continue
        if own_line and _caption_over_story(out, block):
            # a photo story's text between its first picture's caption and credit: the dated line is the caption
            dated = out.pop()
            out.append(block)
            layout.captions.append(Caption(dated.text, nxt.text, -1, -1, dated.lines + nxt.lines))
            layout.repairs.append(Repair("caption", dated.lines + nxt.lines, f"{dated.text}\n{nxt.text}", "",
                                         "dated caption lifted with its credit across the story's paragraph"))
            i += 2
            continue
        if own_line:
            caption_text, credit, caption_lines, used = block.text, nxt.text, block.lines + nxt.lines, 2
        elif title:
            caption_text, credit, caption_lines, used = block.text, "", block.lines, 1
            interrupted = False
        else:
            caption_text, credit = block.text[:trailing].rstrip(), block.text[trailing:].strip()
            caption_lines, used = block.lines, 1
            interrupted = _unfinished(out) and i + 1 < len(body)
        layout.captions.append(Caption(caption_text, credit, -1, -1, caption_lines))
        i += used
        if interrupted and i < len(body) and body[i].kind == "body":
            before, after = out.pop(), body[i]
            tail, overlap = after.text, None
            if before.text and tail and before.text[-1] == tail[0] and tail[0] not in REDUPLICATING:
                overlap = Repair("overlap", (before.lines[-1], after.lines[0]), before.text[-4:] + "|" + tail[:4],
                                 before.text[-4:] + tail[1:4], f"repeated “{tail[0]}” at the break dropped", removed=tail[0])
                tail = tail[1:]
            joined = Block(glue(before.text, tail), before.lines + after.lines, before.kind, before.indent, before.blank_before)
            layout.repairs.append(
                Repair("caption", caption_lines, f"{before.text}\n{block.text}\n{credit if used == 2 else ''}\n{after.text}",
                       joined.text, f"caption lifted, paragraph rejoined (lines {before.lines[-1]} and {after.lines[0]})")
            )
            if overlap:
                layout.repairs.append(overlap)
            out.append(joined)
            i += 1
        else:
            note = ("caption lifted" if used == 2 else "picture title repeating the headline lifted as a caption"
                    if title else "caption lifted, credit at the end of its line")
            layout.repairs.append(Repair("caption", caption_lines, "\n".join(b.text for b in body[i - used : i]), "", note))
    return out


def _lost_pictures(layout: Layout) -> list[int]:
    """The line numbers where the copy lost a picture (``matter.lost_picture``), removed as matter, in order."""
    return sorted(m.lines[-1] for m in layout.matter if lost_picture(m.text))


def _picture_between(pictures: list[int], before: Block | None, block: Block) -> bool:
    """True where a lost picture stood between ``before`` (or the start) and ``block``."""
    i = bisect_right(pictures, before.lines[-1] if before is not None else 0)
    return i < len(pictures) and pictures[i] < block.lines[0]


# A figure's or table's title: “图1 技术释放过程”, “表7 1913-1987年……”, “图a”, “澳门生产力中心组织结构示意图”.
RE_FIGURE_TITLE = re.compile(
    r"^(?:附?[图表圖]\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])?(?![\u4e00-\u9fff]{0,2}[、.．])"
    r"|.*(?:示意图|示意圖|[图表圖]示)$)")


def _titled_picture(block: Block, out: list[Block], pictures: list[int]) -> bool:
    """A figure's or table's title (RE_FIGURE_TITLE) right under a lost picture, with nothing between."""
    return (len(block.text) <= MAX_HEADER_CHARS and not has_body_punctuation(block.text) and block.markup == ""
            and RE_FIGURE_TITLE.match(block.text) is not None
            and (block.lines[0] - 1) in pictures and _picture_between(pictures, out[-1] if out else None, block))


# The source closing a page's figure caption after its sentence, named as a source: 美聯社, 資料圖片, 民協FB圖片, Youtube截圖,
# 蘋果日報照片 (not a second sentence, 圖右為陳茂波, nor the title of a column in 〈〉).
RE_FIGCAPTION_SOURCE = re.compile(r"(?:(?<=[。！？!?])|(?<=[。！？!?][」”]))(?P<credit>[^。！？!?，,；;「」“”〈〉]{1,14}"
                                  r"(?:社|圖片|图片|照片|相片|截圖|截图|提供|攝|摄|網|网|報|报|台|FB|Facebook|圖|图|畫面|画面))$")


def _figcaption(text: str) -> tuple[str, str]:
    """(caption, credit) of a page's figure caption: a credit alone (何君健攝) is all credit; a credit that closes it,
    as captions write them (……。新華社記者李濤攝) or after its last sentence (……會面。美聯社), is parted off."""
    folded = fold(text)
    if _is_credit_line(text) or (RE_CREDIT.match(folded) and not has_body_punctuation(text)):
        return "", text
    cut = _trailing_credit(text)
    if cut is None and (m := RE_FIGCAPTION_SOURCE.search(text) or RE_BRACKETED_CREDIT.search(folded)) is not None:
        cut = m.start("credit")  # (the page says it is a caption: a short one keeps its credit in brackets, 陳香梅（網上圖片）)
    return (text, "") if cut is None else (text[:cut].rstrip(), text[cut:].strip())


def _story_with_dateline(text: str) -> bool:
    """True where a dateline naming its reporters opens ``text`` or follows a title run into it, before any sentence
    mark: the opening of a story, which no caption holds (“中国土耳其签署10亿欧元合作协议本报讯(记者胡笑红) 昨天，……”)."""
    for start in range(min(len(text), MAX_GLUED_TITLE_CHARS + 1)):
        if text[start] in SENTENCE_END or text[start] in "，,":
            return False
        if parse_dateline(text[start:]) is not None:
            return True
    return False


def _caption_over_story(out: list[Block], block: Block) -> bool:
    """True where ``block``, over a credit line, is a paragraph of several sentences and the block before it a
    one-sentence caption dated as agency captions are, at its start (“2月17日,旅客在鄭州東站候車大廳內候車。”, “這是2月17日
    拍攝的……”) or in brackets at its end (“……等待雇主(2013年2月24日摄)。”): a photo story sets its text under the first
    picture, between caption and credit."""
    if not out or out[-1].kind != "body" or RE_DATED_CAPTION.search(block.text):
        return False
    caption = out[-1].text
    return (RE_DATED_CAPTION.search(caption) is not None and len(split_sentences(caption)) == 1
            and caption.endswith("。") and len(caption) <= MAX_PULL_QUOTE_CHARS and len(split_sentences(block.text)) >= 2)


def _unfinished(out: list[Block]) -> bool:
    """True where the last block is running text broken off mid-sentence (not a byline or label)."""
    if not out or out[-1].kind != "body":
        return False
    text = out[-1].text
    return (not ends_paragraph(text) and parse_byline(text) is None and not RE_EDITOR_SIGNATURE.match(text)
            and not RE_ATTRIBUTION.match(text))


def _squeeze(text: str) -> str:
    return RE_WHITE.sub("", text)


def _trailing_credit(text: str) -> int | None:
    """Where the credit that closes a caption line starts, if the line is caption-sized."""
    if len(text) > MAX_CAPTION_CHARS:
        return None
    folded = fold(text)
    match = RE_TRAILING_CREDIT.search(folded) or RE_BRACKETED_CREDIT.search(folded)
    if match is None:
        return _spaced_credit(folded)
    if match.start("credit") < MIN_HEADING_CHARS:
        return None
    return match.start("credit")


def _spaced_credit(folded: str) -> int | None:
    """Where a bare credit (“供图”, “摄”) set apart by a space closes a caption line without sentence marks:
    “云南森美达生物科技股份有限公司抽样检测 供图”. Not where what stands before it names who took or gave the
    picture (“新华社记者 李安 摄”, “浙江省市场监管局 供图”, “方堃 摄”): that is a credit line alone."""
    match = RE_SPACED_CREDIT.search(folded)
    if match is None:
        return None
    before = folded[: match.start()].strip()
    if (len(RE_WHITE.sub("", before)) < MIN_SPACED_CAPTION_CHARS or has_body_punctuation(before)
            or RE_PROVIDER_END.search(before) or parse_byline(before) or parse_names_line(before)):
        return None
    return match.start("credit")


def split_glued_captions(body: list[Block], layout: Layout) -> list[Block]:
    """A paragraph that ends in a bracketed photo credit carries its caption glued to its end
    (a one-line web copy): the last sentence before the credit is the caption, and becomes a
    block of its own. “……喝下一杯经处理后的水。哥本哈根赫勒福医院，……达到直接饮用标准。（记者 姚冬琴 摄）”.
    A caption and its credit run into the start of a paragraph (``RE_LEADING_CAPTION``) become a block of
    their own before it: “义乌副食品市场。 浙江省市场监管局 供图” | “临近春节,……”."""
    out: list[Block] = []
    for block in body:
        leading = RE_LEADING_CAPTION.match(fold(block.text)) if block.kind == "body" else None
        if leading is not None:
            cut = leading.end()
            out.append(Block(block.text[:cut], block.lines, block.kind, block.indent, block.blank_before, block.markup))
            block = Block(block.text[cut:], block.lines, block.kind, False, False, block.markup)
            layout.repairs.append(Repair("caption", block.lines, leading.group(), block.text,
                                         "caption with its credit split off the start of a paragraph"))
        match = RE_BRACKETED_CREDIT.search(fold(block.text))
        if block.kind != "body" or match is None or len(block.text) <= MAX_CAPTION_CHARS:
            out.append(block)
            continue
        sentences = split_sentences(block.text[: match.start()])
        if len(sentences) < 2:
            out.append(block)
            continue
        cut = sentences[-1].start
        out.append(Block(block.text[:cut], block.lines, block.kind, block.indent, block.blank_before, block.markup))
        out.append(Block(block.text[cut:], block.lines, block.kind, False, False, block.markup))
        layout.repairs.append(Repair("caption", block.lines, block.text, block.text[:cut],
                                     "caption with its credit split off the end of a paragraph"))
    return out


# --- duplicates -------------------------------------------------------------------------------

class _SourceIndex:
    """Earlier body text with a shingle index: finds where a block repeats it, in linear time.

    Shingles are indexed when a query needs them (``longest_repeat``), each start offset once and in
    increasing order, so the index is the same as one built block by block; most articles repeat
    nothing, and ``may_repeat`` rules that out for a block with one substring search.
    """

    def __init__(self) -> None:
        self.text = ""
        self.starts: list[int] = []
        self.owners: list[Block] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        self.indexed = 0  # shingles starting before this offset are in ``index``

    def __bool__(self) -> bool:
        return bool(self.text)

    def add(self, block: Block) -> None:
        self.starts.append(len(self.text))
        self.owners.append(block)
        self.text += block.text

    def _index(self) -> None:
        text, index = self.text, self.index
        for j in range(self.indexed, len(text) - SHINGLE + 1):
            hits = index[text[j : j + SHINGLE]]
            if len(hits) < MAX_SHINGLE_HITS:
                hits.append(j)
        self.indexed = max(self.indexed, len(text) - SHINGLE + 1)

    def may_repeat(self, text: str, size: int) -> bool:
        """False where no verbatim run of ``size`` characters or more of ``text`` can be in the source:
        such a run covers ``text[len(text) - size:size]``, which must then occur in the source."""
        middle = text[len(text) - size:size]
        return not middle or middle in self.text

    def char_before(self, position: int) -> str:
        return self.text[position - 1] if position > 0 else ""

    def longest_repeat(self, text: str) -> tuple[int, int, int]:
        """(start in source, start in text, length) of the longest verbatim run of ``text`` in the
        source: the longest chain of consecutive shingles that match on one diagonal."""
        self._index()
        diagonals: dict[int, list[int]] = defaultdict(list)
        for j in range(len(text) - SHINGLE + 1):
            for pos in self.index.get(text[j : j + SHINGLE], ()):
                diagonals[pos - j].append(j)
        best = (0, 0, 0)
        for diagonal, js in diagonals.items():
            if len(js) + SHINGLE - 1 <= best[2]:
                continue
            run_start = prev = js[0]
            for j in (*js[1:], None):
                if j is not None and j == prev + 1:
                    prev = j
                    continue
                length = prev - run_start + SHINGLE
                if length > best[2]:
                    best = (diagonal + run_start, run_start, length)
                if j is not None:
                    run_start = prev = j
        return best

    def lines_of(self, start: int, length: int) -> list[int]:
        first = max(0, bisect_right(self.starts, start) - 1)
        last = bisect_left(self.starts, start + length)
        return sorted({n for block in self.owners[first:last] for n in block.lines})


def remove_duplicates(body: list[Block], layout: Layout) -> list[Block]:
    """Drop blocks that the layout repeated: a blank-separated block, 80% of which repeats earlier
    body text verbatim, and which is a fragment (it starts or ends mid-sentence).

    A whole sentence the author wrote twice is never removed: where the repeat begins and ends on
    sentence boundaries of both texts, it is the author's. Nor is a block that continues an
    unfinished paragraph: it is that paragraph's tail, whatever it repeats.
    """
    kept: list[Block] = []
    source = _SourceIndex()
    for i, block in enumerate(body):
        text = block.text
        following_blank = i + 1 >= len(body) or body[i + 1].blank_before
        dangling = bool(kept) and kept[-1].kind == "body" and not ends_paragraph(kept[-1].text) \
            and not is_heading_like(kept[-1].text)
        if len(text) >= MIN_DUPLICATE_CHARS and source and block.blank_before and following_blank and not dangling:
            a, b, size = source.longest_repeat(text) if source.may_repeat(text, ceil(DUPLICATE_SHARE * len(text))) \
                else (0, 0, 0)
            if size >= DUPLICATE_SHARE * len(text) and _is_fragment_repeat(source.char_before(a), text, b, size):
                layout.removed.append(block)
                layout.repairs.append(
                    Repair("duplicate", block.lines, text, "",
                           f"{size} of {len(text)} characters repeat line(s) {', '.join(map(str, source.lines_of(a, size)))}",
                           removed=text)
                )
                continue
        kept.append(block)
        if _is_source(body, i):
            source.add(block)
    return kept


def _is_fragment_repeat(before: str, text: str, b: int, size: int) -> bool:
    """True unless the repeat is whole sentences in both places (an author's repeated sentence);
    ``before`` is the source character before the repeat ('' at the start)."""
    if not ends_paragraph(text):
        return True
    starts_clean = b == 0 and (before == "" or before in SENTENCE_END + "”’」』）)")
    ends_clean = b + size == len(text) and text[-1] in SENTENCE_END + "”’」』）)"
    return not (starts_clean and ends_clean)


def _is_source(blocks: list[Block], i: int) -> bool:
    """Blocks whose text a later duplicate may repeat: not headings, not pull-quote candidates."""
    if is_heading_like(blocks[i].text):
        return False
    return not (i > 0 and is_heading_like(blocks[i - 1].text) and len(blocks[i].text) <= MAX_PULL_QUOTE_CHARS)


# --- headings, joins, spaces ------------------------------------------------------------------

def split_run_in_headings(body: list[Block], layout: Layout) -> list[Block]:
    """Split sub-headings a copy ran into their paragraphs, as a web page's text export loses the break after a
    heading: “货物吞吐量继续增长5月份,全国主要港口完成……” | “旅客吞吐量基本持平5月份,全国主要港口……”. The evidence is
    the pattern: at least ``MIN_RUN_IN_HEADINGS`` paragraphs open with a short phrase of characters alone (a heading's
    shape) run straight into the same opening clause led by a figure, the period each section reports on (“5月份,”)."""
    found: dict[int, re.Match[str]] = {}
    for at, block in enumerate(body):
        match = RE_RUN_IN_HEADING.match(block.text) if block.kind == "body" else None
        if match is not None and _heading_shape(match["heading"]) == "plain":
            found[at] = match
    openings = Counter(m["opening"] for m in found.values())
    out: list[Block] = []
    for at, block in enumerate(body):
        match = found.get(at)
        if match is None or openings[match["opening"]] < MIN_RUN_IN_HEADINGS:
            out.append(block)
            continue
        cut = match.end("heading")
        out.append(Block(block.text[:cut], block.lines, "heading", block.indent, block.blank_before, block.markup,
                         block.indent_cols))
        out.append(Block(block.text[cut:], block.lines, block.kind))
        layout.repairs.append(Repair("label", block.lines, block.text, f"{block.text[:cut]}\n{block.text[cut:]}",
                                     "sub-heading run into its paragraph split off"))
    return out


def mark_headings(body: list[Block], *, shape: str, pictures: list[int] | None = None) -> None:
    """Mark sub-headings from their shape and their context, consistently across the article.

    A candidate is short, has no full stop, stands after a finished paragraph (or a heading, or at
    the start of the body) and is followed by a paragraph. It is a heading when it is bold in
    Markdown copy, numbered (一、, （二）, 3.), has a heading shape (parallel phrases, a closing
    quote), opens with a pull quote, stands alone in indented, hard-wrapped or single-newline copy,
    or when the article has at least two plain candidates (a pattern, not a one-off). A lone plain
    candidate in page copy is the first half of a broken sentence (“第二段被拆成” | “两行。”) and
    is left for ``join_broken``. A two-character line (“附注”) is a heading only over a numbered one. ``pictures``: the
    lines where the copy lost a picture (``_lost_pictures``).
    """
    candidates: list[tuple[int, str]] = []
    marked: set[int] = set()
    indents = Counter(b.indent_cols for b in body if b.indent and len(b.text) > MAX_HEADING_CHARS)
    paragraph_indent = indents.most_common(1)[0][0] if indents else None
    for i, block in enumerate(body):
        if block.kind != "body" or i + 1 >= len(body) or block.markup == "table":
            continue  # (a table's row is no heading)
        prev = body[i - 1] if i else None
        after_paragraph = prev is None or prev.kind != "body" or (i - 1) in marked or ends_paragraph(prev.text) \
            or prev.markup == "table" or RE_NUMBERED.match(block.text) and _picture_between(pictures or [], prev, block)
        # (a table's last row ends what came before; a picture the copy lost, “附图{图}”, before a numbered heading)
        shape_of = _heading_shape(block.text)
        centered = paragraph_indent is not None and block.indent_cols >= paragraph_indent + CENTERED_EXTRA_COLS
        if centered and (shape_of or _centered_heading(block.text)):
            shape_of = "centered"
        if block.markup in ("bold", "h2", "h3", "h4", "h5", "h6") and len(block.text) <= MAX_HEADING_CHARS:
            # a heading the page marks up as one may ask a question (“### 醫生沒有清楚解釋手術風險？”); a bold line that
            # ends a sentence is a sentence set in bold
            shape_of = "bold" if not (RE_STOP_END if block.markup == "bold" else RE_STOP).search(block.text[-1:]) \
                else shape_of
        if after_paragraph and _numbered_label(body, i):
            candidates.append((i, "label"))  # “數據1” over its title line: each line a heading
            marked.add(i)
            continue
        if not (after_paragraph and shape_of):
            continue
        nxt = body[i + 1]
        if shape_of in ("plain", "shaped") and prev is not None and prev.kind == "body" and prev.text.endswith(("：", ":")) \
                and len(nxt.text) <= MAX_HEADING_CHARS and not ends_paragraph(nxt.text):
            continue  # a list a colon introduces (“遴選委員會組成包括：” | “一名院長” | “3名教授級教員” …): items, no headings
        if len(block.text) < MIN_HEADING_CHARS and not RE_NUMBERED.match(nxt.text):
            continue
        if shape == "page" and shape_of == "plain" and not (block.blank_before and nxt.blank_before):
            continue  # in page copy a heading stands between blank lines; a wrapped line does not
        pull_quote = _opens_with_pull_quote(body, i + 1)
        if (pull_quote or shape_of != "plain" or len(nxt.text) >= MIN_PARAGRAPH_AFTER_HEADING
                or _heading_shape(nxt.text) is not None):
            candidates.append((i, "quoted" if pull_quote else shape_of))
            marked.add(i)
    for i, shape_of in candidates:
        if shape_of == "plain" and i + 1 < len(body) and RE_NUMBERED.match(body[i + 1].text) and \
                _heading_shape(body[i + 1].text) == "numbered":
            candidates[candidates.index((i, shape_of))] = (i, "parent")
    for i in [*_numbered_sentence_headings(body), *_bare_numeral_headings(body)]:
        if i not in marked:
            candidates.append((i, "numbered"))
    with_comma = sum(1 for i, s in candidates if s == "plain" and RE_CLAUSE_COMMA.search(body[i].text))
    for i, shape_of in candidates:
        paired = (i + 1) in marked or (i - 1) in marked  # a heading printed over two lines
        if shape_of != "plain" or shape in ("indented", "wrapped", "single"):
            body[i].kind = "heading"
        elif (len(candidates) >= 2 or _stands_alone(body, i)) and (not RE_CLAUSE_COMMA.search(body[i].text)
                                                                   or with_comma >= 2 or paired):
            # In page copy a plain line is a heading only as part of a pattern; one with a clause comma
            # only beside others with commas (a lone “中国银行以党建为纽带，……强化业” is a fragment); the
            # 、 of a list is a heading's as much as a sentence's (“遵循专款专用、封闭运行原则”).
            body[i].kind = "heading"


def _numbered_label(body: list[Block], i: int) -> bool:
    """A short label with its number (“數據1”, “关键词2”, “看点三”) alone on a line, over a heading line
    (“全省各市消費穩定增長”) that a paragraph follows: the first line of a sub-heading printed on two lines.
    A figure's or table's number (“图1”, “表2”) labels a chart, not a section."""
    if i + 2 >= len(body) or not RE_NUMBERED_LABEL.fullmatch(fold(body[i].text)):
        return False
    title, paragraph = body[i + 1], body[i + 2]
    return (title.kind == "body" and _heading_shape(title.text) in ("plain", "shaped") and not ends_paragraph(title.text)
            and paragraph.kind == "body" and len(paragraph.text) >= MIN_PARAGRAPH_AFTER_HEADING
            and has_body_punctuation(paragraph.text))


def _stands_alone(body: list[Block], i: int) -> bool:
    """A lone short line between two whole paragraphs (each ending a paragraph), the one after it a
    full paragraph: a sub-heading even without others to make a pattern. A first fragment of a broken
    paragraph is followed by its tail, which has no paragraph of its own before the next blank.

    The paragraph after the line may itself be broken by the layout (“一进入10月……被点燃。10月，……比9” |
    “月份加快……”): its first piece then stops mid-sentence and its last piece ends it."""
    prev = body[i - 1] if i else None
    nxt = body[i + 1] if i + 1 < len(body) else None
    if prev is None or nxt is None or not ends_paragraph(prev.text) or len(body[i].text) < MIN_HEADING_CHARS \
            or len(nxt.text) < MIN_PARAGRAPH_AFTER_LONE_HEADING:
        return False
    return ends_paragraph(nxt.text) or _broken_paragraph_at(body, i + 1)


def _broken_paragraph_at(body: list[Block], j: int) -> bool:
    """True where block ``j`` is the first piece of a paragraph the layout broke: it stops mid-sentence and the
    piece right after it ends the paragraph. The first piece need not hold a full stop: a paragraph of one long
    sentence is broken the same way (“记者了解到,……更有4家企业的净利” | “润均超过1亿元,……和胜宏科技。”)."""
    first = body[j].text
    nxt = body[j + 1] if j + 1 < len(body) else None
    return (nxt is not None and nxt.kind == "body" and not ends_paragraph(first) and ends_paragraph(nxt.text)
            and _heading_shape(nxt.text) is None)


def _numbered_sentence_headings(body: list[Block]) -> list[int]:
    """Numbered one-sentence lines (“1、从加强基础设施建设入手，加快中西部地区建设。”) that head
    sections: at least two, numbered in order, each followed by an unnumbered paragraph (items of a
    numbered list follow one another instead)."""
    found = []
    for i, block in enumerate(body[:-1]):
        match = RE_NUMBERED.match(block.text)
        nxt = body[i + 1]
        if (match and block.kind == "body" and len(block.text) <= MAX_HEADING_CHARS
                and len(split_sentences(block.text)) == 1 and ends_paragraph(block.text)
                and not RE_NUMBERED.match(nxt.text) and len(nxt.text) > len(block.text)):
            found.append(i)
    return found if len(found) >= 2 else []


# A section's number alone on its line, with no title: “一”, “（二）”, as journals print it centred over the section.
RE_BARE_NUMERAL = re.compile(r"[（(]?(?P<number>[一二三四五六七八九十]{1,3})[）)]?")


def _bare_numeral_headings(body: list[Block]) -> list[int]:
    """Section numbers standing alone (“一” … “二” … “三”), each after a finished paragraph and over a paragraph:
    headings where they run in order from one, at least two of them (178 of the Fudan corpus's 2,648 test
    economy, politics and agriculture texts number their sections so). A numeral alone out of order is left."""
    found = []
    for i, block in enumerate(body[:-1]):
        match = RE_BARE_NUMERAL.fullmatch(block.text)
        if not match or block.kind != "body" or (block.text[0] in "（(") != (block.text[-1] in "）)"):
            continue
        prev, nxt = body[i - 1] if i else None, body[i + 1]
        if (prev is not None and prev.kind == "body" and not ends_paragraph(prev.text)) or nxt.kind != "body" \
                or RE_BARE_NUMERAL.fullmatch(nxt.text) or parse_chinese(match["number"]) != len(found) + 1:
            continue
        found.append(i)
    return found if len(found) >= 2 else []


def _opens_with_pull_quote(body: list[Block], i: int) -> bool:
    """True where block ``i`` is a short sentence repeated verbatim in a later block of its section."""
    text = body[i].text
    if len(text) > MAX_PULL_QUOTE_CHARS or not ends_paragraph(text):
        return False
    for later in body[i + 1 : i + 1 + PULL_QUOTE_WINDOW]:
        if _heading_shape(later.text) in ("numbered", "shaped"):
            return False
        if text in later.text:
            return True
    return False


def join_broken(body: list[Block], layout: Layout) -> list[Block]:
    """Join paragraphs broken mid-sentence or mid-word, without a space, up to the next heading.

    An indent is the strongest evidence of a new paragraph: in indented copy a block that opens
    with one is never joined to the block before it. Hard-wrapped copy is already in paragraphs.
    """
    if layout.shape == "wrapped":
        return [Block(b.text, b.lines, b.kind, b.indent, b.blank_before, b.markup) for b in body]
    runs: list[list[Block]] = []
    for block in body:
        prev = runs[-1][-1] if runs else None
        if (prev is not None and prev.kind == "body" and block.kind == "body" and not ends_paragraph(prev.text)
                and not (layout.shape == "indented" and block.indent) and not prev.markup and not block.markup
                and not _closing_formula(block.text) and not _opens_item(block.text)):
            runs[-1].append(block)
        else:
            runs.append([block])
    out: list[Block] = []
    for run in runs:
        first = run[0]
        out.append(Block(glue_all([b.text for b in run]), tuple(n for b in run for n in b.lines), first.kind,
                         first.indent, first.blank_before, first.markup))
        _log_joins(run, layout)
    return out


def _log_joins(run: list[Block], layout: Layout) -> None:
    """One repair per break in a joined run: ``join`` across a blank line (the piece before and the
    piece after, and the two glued), ``unwrap`` for lines that ran on without one (all at once)."""
    wrapped: list[Block] = []
    for prev, block in zip(run, run[1:], strict=False):
        if not block.blank_before:
            wrapped = wrapped or [prev]
            wrapped.append(block)
            continue
        _log_unwrap(wrapped, layout)
        wrapped = []
        layout.repairs.append(Repair("join", (prev.lines[-1], block.lines[0]), f"{prev.text}\n{block.text}",
                                     glue(prev.text, block.text), f"broken at “{prev.text[-3:]}|{block.text[:3]}”"))
    _log_unwrap(wrapped, layout)


def _log_unwrap(wrapped: list[Block], layout: Layout) -> None:
    if wrapped:
        layout.repairs.append(Repair("unwrap", tuple(n for b in wrapped for n in b.lines), "\n".join(b.text for b in wrapped),
                                     glue_all([b.text for b in wrapped]), "hard-wrapped lines joined"))


def _opens_item(text: str) -> bool:
    """A block that opens an enumerated item (“一是……”, “第二，……”, “（三）……”, “①……”): a new
    paragraph, whatever the block before it ends with."""
    return RE_ITEM_START.match(text) is not None


def _closing_formula(text: str) -> bool:
    """A short line of Chinese characters alone (“特此公告”, “交通银行股份有限公司董事会”): never the
    tail of a broken sentence, which carries the paragraph's own ending."""
    return len(text) <= MAX_HEADING_CHARS and RE_HAN_ONLY.fullmatch(text) is not None


def _despace(text: str, kept: list[str]) -> str:
    """``text`` without its stray and typesetting spaces, each of ``kept`` found in it left as it is."""
    for span in kept:
        at = text.find(span)
        if at >= 0:
            return _despace(text[:at], kept) + span + _despace(text[at + len(span):], kept)
    return RE_AUTO_SPACE.sub("", RE_STRAY_SPACE.sub("", text))


def remove_stray_spaces(body: list[Block], layout: Layout) -> None:
    """Remove spaces between Chinese characters inside running text (not in headings), and those a web page's
    typesetting sets between Chinese and numbers or Latin words (``RE_AUTO_SPACE``). A byline left in its
    paragraph keeps its spaces: in 中新网成都7月23日电(韩金雨 杜成) the space parts two reporters' names."""
    kept = [b.text for b in (layout.byline, *layout.parsed_bylines) if b is not None and b.text]
    for block in body:
        if block.kind != "body" or not has_body_punctuation(block.text):
            continue
        clean = _despace(block.text, kept)
        if clean != block.text:
            layout.repairs.append(Repair("stray_space", block.lines, block.text, clean,
                                         f"{len(block.text) - len(clean)} space(s) removed"))
            block.text = clean


# --- sections ---------------------------------------------------------------------------------

def find_pull_quote(candidate: str, paragraphs: list[str]) -> PullQuote | None:
    """The pull quote's repeat in its section's paragraphs, verbatim or as a close sentence."""
    core = candidate.strip()
    for number, paragraph in enumerate(paragraphs, start=1):
        offset = paragraph.find(core)
        if offset >= 0:
            return PullQuote(candidate, number, offset, True)
    best = (0.0, None, None)
    for number, paragraph in enumerate(paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            if abs(len(sentence.text) - len(core)) > len(core) // 2:
                continue
            ratio = SequenceMatcher(None, core, sentence.text, autojunk=False).ratio()
            if ratio > best[0]:
                best = (ratio, number, sentence.start)
    if best[0] >= PULL_QUOTE_MATCH:
        return PullQuote(candidate, best[1], best[2], False)
    return None


def build_sections(body: list[Block], layout: Layout) -> None:
    """Split the body at headings into lead and sections; find each pull quote; place captions."""
    runs: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in body:
        if block.kind == "heading":
            runs.append((block, []))
        else:
            runs[-1][1].append(block)
    layout.lead = runs[0][1]
    for number, (heading, blocks) in enumerate(runs[1:], start=1):
        pull_quote = None
        if len(blocks) > 1 and len(blocks[0].text) <= MAX_PULL_QUOTE_CHARS:
            pull_quote = find_pull_quote(blocks[0].text, [b.text for b in blocks[1:]])
        paragraphs = blocks[1:] if pull_quote else blocks
        layout.sections.append(
            Section(number, heading.text, pull_quote, tuple(b.text for b in paragraphs), tuple(b.lines for b in paragraphs))
        )
    if not layout.sections:
        layout.warnings.append("no sub-headings found: the whole body is loaded as lead")
    longest = max((b for _, blocks in runs for b in blocks), key=lambda b: len(b.text), default=None)
    if longest is not None and len(longest.text) > MAX_PARAGRAPH_CHARS:
        layout.warnings.append(f"a paragraph of {len(longest.text):,} characters (line {longest.lines[0]}): "
                               "the text carries no paragraph breaks there, so it is loaded as one paragraph")
    _place_captions(layout, runs)


def _place_captions(layout: Layout, runs: list[tuple[Block | None, list[Block]]]) -> None:
    """Give each caption the section and paragraph it stood in (or after)."""
    placed = []
    for caption in layout.captions:
        where = (0, 0)
        for section, (_, blocks) in enumerate(runs):
            paragraphs = blocks
            if section and layout.sections[section - 1].pull_quote:
                paragraphs = blocks[1:]
            for number, block in enumerate(paragraphs, start=1):
                if block.first_line < caption.lines[0] or not caption.text and block.first_line == caption.lines[0]:
                    where = (section, number)  # a credit alone was lifted off the end of the story on its line
        placed.append(Caption(caption.text, caption.credit, where[0], where[1], caption.lines))
    layout.captions = placed


def analyse(lines: tuple[Line, ...]) -> Layout:
    """Run every layout rule in order and return the structure with its repair log.

    The kind of copy is detected from the lines themselves (``detect_shape``).
    """
    layout = Layout(shape=detect_shape(lines))
    blocks, repairs = blocks_from_lines(lines, shape=layout.shape)
    layout.repairs.extend(repairs)
    blocks = remove_matter(blocks, layout)
    body = split_header(blocks, layout)
    body = split_glued_captions(body, layout)
    body = lift_captions(body, layout)
    body = lift_bylines(body, layout)
    body = lift_standfirst(body, layout)
    body = join_attributions(body, layout)
    body = remove_duplicates(body, layout)
    body = split_run_in_headings(body, layout)
    mark_headings(body, shape=layout.shape, pictures=_lost_pictures(layout))
    body = join_broken(body, layout)
    remove_stray_spaces(body, layout)
    build_sections(body, layout)
    layout.matter.sort(key=lambda b: b.lines[0])
    return layout
