"""Front and back matter lines, each taken from a real text of the corpus."""

import pytest

from helpers.matter import glued_furniture, leading_matter, lost_picture, matter_kind, publication_date, trailing_initials


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("原標題:春運迎來返程客流高峰", "label"),
        ("(責編:焦隆、王彤)", "label"),
        ("责任编辑：张三", "label"),
        ("股票代码:601328 股票简称:交通银行 编号:临 2024-017", "label"),
        ("2024年02月18日14:08 | 來源:新華網", "stamp"),
        ("date 2025-09-15   • 會員", "stamp"),
        ("15/09/2025 12:09", "stamp"),
        ("成都日报 2021-09-03 07:58", "stamp"),  # chengduribao-20210903-shangshigongsi: the outlet before its stamp
        # zhongguozhengfuwang-20160312-xiaofei: a site, its address, the stamp and the source
        ("中央政府门户网站 www.gov.cn 2016-03-12 17:19 来源: 统计局网站", "stamp"),
        ("【 日  期 】19960210", "field"),
        ("【原刊页号】⑩", "field"),
        ("人民網>>甘肅頻道>>特別關注", "furniture"),
        ("本頁位置: 首頁 → 新聞中心 → 經(jīng)濟新聞 |", "furniture"),
        ("首頁 -> 多签废稿站", "furniture"),  # xianggangzhongtongshe-20251227-qiuliang: a mirror's breadcrumb, ASCII arrow
        ("放大字体  缩小字体", "furniture"),
        ("首页", "furniture"),  # zhongxinshe-20250524-zhongdaxiangmu: a mirror's home link above the text
        ("http://msn.finance.sina.com.cn 2012-03-13 08:05 来源: 中国企业报", "furniture"),
        ("《人民日报》（2025年04月08日第 08 版）", "citation"),
        ("《經濟通通訊社20日專訊》", "citation"),
        ("(资料图片)", "tag"),
        ("海量资讯、精准解读，尽在新浪财经APP", "promotion"),
        ("【免责声明】本文仅代表作者本人观点,与和讯网无关。和讯网站对文中陈述、观点判断保持中立。", "disclaimer"),
        # xinhua-20190610-duanwu (中国菏泽网): the menu bar, an empty source after the stamp, the footer links,
        # the sponsor line and the copyright notice
        ("菏泽网首页 | 今日齐鲁 | 国内 | 国际 | 社会 | 财经 | 房产 | 汽车 | 娱乐 | 健康 | 专题 | 图片 | 论坛 | 县区 | 菏泽日报 | 牡丹晚报",
         "furniture"),
        ("2019-06-11 09:32:14 来源:", "stamp"),
        ("关于我们 | 广告服务 | 网站留言 | 版权声明 | 网上订报 | 网上投稿 | 不良信息举报 | 招聘版主", "furniture"),
        ("中共菏泽市委外宣办 菏泽市政府新闻办主管 菏泽日报社主办 SEO技术服务QQ:451652942", "furniture"),
        ("凡未与本网签订书面协议的网站,不得转载本网及菏泽日报、牡丹晚报所属各媒体电子及平面的稿件与图片,特此郑重声明。", "disclaimer"),
        # chinanews-20090306-shanghaigang (中国新闻网): stamp with comment and font buttons, a “more” link, a
        # template's placeholder, footer links run together, the notices and the licence line
        ("2009年03月06日 00:50 来源:中国新闻网 发表评论  【字体:↑大 ↓小", "stamp"),
        ("商讯 >>", "furniture"),
        ("${视频图片2010}", "tag"),
        ("关于我们】-About us 】- 联系我们】-广告服务】-供稿服务】-【法律声明】-【招聘信息】-【网站地图】-【留言反馈", "furniture"),
        ("本网站所刊载信息,不代表中新社和中新网观点。 刊用本网站稿件,务经书面授权。", "disclaimer"),
        ("未经授权禁止转载、摘编、复制及建立镜像,违者将依法追究法律责任。", "disclaimer"),
        ("[ 网上传播视听节目许可证(0106168)][京ICP证040655号] [京公网安备:110102003042-1] [京ICP备05004340号-1]", "furniture"),
        # qiaobaowang-20201014-waimao (a forum's archive of 侨报网): the post stamp, the stamp with its source and
        # editor, the pager and the archive's link line
        ("新鲜人 发表于 2020-10-14 18:28:25", "stamp"),
        ("2020-10-14 00:58:33  侨报网综合  编辑: 李晓", "stamp"),
        ("页: [1]", "tag"),
        ("查看完整版本: 前三季度中国进出口、出口规模创新高 官方称形势依然严峻", "label"),
        # renminribao-20231004-guoqingjiaqi (an SEO mirror): its home and mobile links, the tag line
        ("网站首页", "furniture"),
        ("手机版", "furniture"),
        ("本文标签: 同比增长  旅客  总量", "label"),
        # xinhuashe-20160214-chunjielvyou (round 8, a Traditional mirror): the stamp's label and the next story's link
        ("發布時間:2016-02-14 22:20:00", "label"),
        ("下一篇:環馬祖澳旅游區加速崛起", "label"),
        # guangmingribao-20120827-xiushan (round 8, the 光明日报 e-paper): the home and English links, the page's date
        ("首页English", "furniture"),
        ("光明日报 2012年08月27日 星期一", "stamp"),
        # zhongguotaiwanwang-20210121-taishang (round 8): a portal's link lists, dated at the start or the end
        ("新闻推荐", "furniture"),
        ("- 2021-01-21“云牵手”助力台企拓内销", "furniture"),
        ("- 国防部:决不允许日本军国主义卷土重来2025-09-10", "furniture"),
        # yilingguangdian-unknown-xiangdao (round 9): a portal's comment box under the article
        ("评论一下", "furniture"),
        ("评论 0条评论", "furniture"),
        ("还没有评论,快来抢沙发吧!", "furniture"),
        ("最热评论", "furniture"),
        ("已有0人参与,点击查看更多精彩评论", "furniture"),
        # xingdao-20180302-lingshou (round 9): the keywords box's head and the comment box's
        ("關鍵字", "furniture"),
        ("最新回应", "furniture"),
        # ettoday-20251013-chukou (round 9): the outlet credited for the text, no one named
        ("文／中央社", "label"),
        # lincangribao-20210324-hezuoshe (round 9): a lost picture's file name; the e-paper's date label
        ("1---副本.jpg", "tag"),
        ("刊发时间:2021-03-24 A2版", "label"),
        # hainanribao-20210723-caizheng (round 9): the page's graphics credit and its pointer to another page
        # jianghuaichenbao-20020727-jiuhuashan (round 9): 新浪's banner ad and call for tips under the story
        ("新浪手机图片每天增加上百幅,下载最新图片送数码相机钻戒!", "promotion"),
        ("目击者,亲历者,见证者,知情人《焦点访谈》期待你!", "promotion"),
        # a story's sentence that opens with a portal's name is no ad (review)
        ("腾讯一季度营收增长30%，净利润创新高！", None),
        ("网易游戏收入再创新高!", None),
        ("本版制图/张昕", "label"),
        ("(相关报道见A02版)", "furniture"),
        ("（下转第二版）", "furniture"),
        # beifangwang-20060104-caizheng (round 10): a lost picture's Markdown in a table cell, the comment box's rules
        ("![]() |", "tag"),
        ("| 請您文明上網、理性發言並遵守相關規定,在註冊後發表評論。 | ||||", "furniture"),
        # gongrenribao-20140225-jiuye (round 10): a pop-up's close button
        ("×", "furniture"),
        # qiluwanbao-20111124-caijia (round 10): the e-paper's buttons with their icon glyphs, its bulleted date line
        # with an empty author field, its bulleted link to the page's PDF
        ("3 上一篇    下一篇 4 放大 缩小 默认", "furniture"),
        ("  • 2011年11月24日  作者:", "stamp"),
        ("  • 【PDF版】", "tag"),
        # anshan-unknown-jidan (round 11): the head of the page's list of most-read stories
        ("一周阅读排行", "furniture"),
        ("24小时热门排行榜", "furniture"),
        # changzhouribao-20150305-jinchuang (round 11): the paper the reprint was taken from, closing the text
        ("(据常州日报)", "citation"),
        ("（据新华社）", "citation"),
        ("（据中新网报道）", "citation"),
    ],
)
def test_matter_lines(line, kind):
    assert matter_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "【數據解讀】統計局：三季度經濟運行有望保持穩中有進發展態勢",  # a headline with its column tag
        "【 标  题 】李鹏和人大环境与资源保护委员会同志谈话强调",  # the title field carries the headline
        "金融是“国之大者”，关系中国式现代化建设全局。",
        "中",  # one character of text is not a font-size button
        "| 1 | 2 | 3 |",  # a row of numbers is no row of buttons with icon glyphs (review)
        "1 | 5 | 8",
        "来源于中国人民银行、中国银保监会、中国证监会的数据显示，一季度金融业机构总资产增长。",
        # sentences that mention what matter lines are made of
        "专家提醒，投资有风险，入市需谨慎。",
        "市民扫码即可乘车，十分方便。",
        "用户点击页面即可查看实时数据。",
        "未经许可不得转载的规定，早已写进了新修订的著作权法。",
        "审批流程由过去的“申请→审核→放款”三步压缩为一步，办理时间大大缩短。",
        "2019年7月22日 科创板正式开市",
        "【一、坚持稳中求进】",
        # sentences and lines of text shaped a little like the portal lines above
        "凡是符合条件的企业，均可向本网所在地的主管部门申请补贴。",
        "本网记者从市统计局获悉，前三季度全市经济稳中有进。",
        "地区 | 增速 | 占比 | 排名",  # a table's head row between bars holds no portal link word
        "市委宣传部主管、市新闻中心主办的读书节今天开幕。",
        "关于我们如何联系我们的客户，公司有一套广告服务流程。",
        "2020年10月14日 中国外贸进出口总值恢复增长",  # a date opening a headline-like line
        "网友发表于微博的评论引发热议。",
        "下一篇报道将关注农村市场的年货消费。",  # 下一篇 opening a sentence, no label colon
        "- 出口增长较快,1-11月累计增长8.5%。",  # a list item of the article carries no link's date
        "2012年08月27日星期一,秀山县召开特色农业现场会。",  # a weekday in a sentence
        # shaped a little like the round-9 comment box, credit and file name lines
        "网友在评论中说,这条新闻已有3000多条评论。",
        "关键字是稳中求进。",
        "文/本报记者 张三",  # a byline, the parser's
        "附件:2021年项目清单.xls",
        "设计/公司品牌",
        "我们期待你!",  # an exclamation of the text, naming no programme
        "游客可免费下载景区导览图,门票买一送一!",  # no portal's name opening the line: a sentence of the story
        "新浪财经报道称,该股今日涨停。",  # the portal's name opening a sentence that ends on a full stop
        "(相关报道见今日A02版的评论文章,其中提到了很多。)",
        # shaped a little like the round-10 lines
        "3",  # a digit alone is no button's glyph
        "A",
        "放大镜下,细节一览无余。",
        "请文明上网的倡议得到了广大网友的响应。",  # no comment box's rules
        "![2024年各省GDP](gdp.png)",  # an image with words of its own
        "• 2011年全市经济稳中有进",
        # shaped a little like the round-11 lines
        "（据了解）",  # a bracket opening a sentence names no outlet
        "(据常州日报报道,今创集团去年销售85.7亿元。)",
        "全国城市GDP排行",  # a table's or a heading's ranking, no list of most-read stories
        "阅读排行榜显示,文学类图书销量增长。",
    ],
)
def test_article_text_is_not_matter(line):
    assert matter_kind(line) is None


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        # xianggangzhongtongshe-20251227-qiuliang: the share button's label glued to the headline
        ("中國秋糧收購已超2億噸 為近年同期最高分享到:", 19),
        ("分享到:", None),  # a whole furniture line is matter_kind's
        # jianghuaichenbao-20020727-jiuhuashan (round 9): a table cell's bar after a title that quotes
        ("九华山旅游新年“开门红” |", 12),
        ("全山旅游收入比上年同期增长120.33%。 |", None),  # after a sentence: not a title line
    ],
)
def test_furniture_glued_to_a_title_line(line, cut):
    assert glued_furniture(line) == cut


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        # caixin-20150708-loushi (round 9): the site's name tag glued to the first paragraph
        ("【财新网】(实习记者 乔倩)7月第一周,各地新建商品住宅成交量仍处于历史较高水平。", 5),
        # ettoday-20251013-chukou (round 9): the page's date stamp glued to the photo caption
        ("date 2025-10-13 ▲上海洋山港。（圖／記者任以芳攝）", 16),
        # the article's own: a dateline in 【】, a column label in the title line, a date opening a sentence
        ("【环球时报综合报道】“增长表现超出预期”,对于中国国家统计局公布的今年一季度6.9%的国内生产总值(GDP)增长率", None),
        ("【數據解讀】統計局：三季度經濟運行有望保持穩中有進發展態勢", None),
        ("【香港经济】本港1月零售业总销货额升4.1%", None),
        ("2019年7月22日 科创板正式开市", None),
        ("2018-03-02 17:02 政府发言人表示", 17),
    ],
)
def test_matter_glued_to_the_front_of_a_line(line, cut):
    assert leading_matter(line) == cut


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        # xingdao-20180302-lingshou (round 9): the editor's initials closing the article
        ("另一方面,超级市场货品的销货价值跌13.3%;鞋类、有关制品及其他衣物配件跌9.8%。(nc)", 43),
        ("国内生产总值(GDP)增长6.9%。", None),
        ("同比增长8.3%(按美元计)。", None),
        ("……增长3.1%。(记者 张三)", None),  # a byline, lift_bylines's
    ],
)
def test_editors_initials_closing_the_text(line, cut):
    assert trailing_initials(line) == cut


@pytest.mark.parametrize(
    ("line", "lost"),
    [
        ("![]() |", True),  # anshan-unknown-jidan (round 11): the picture over the caption, lost by the text export
        ("1---副本.jpg", True),  # lincangribao-20210324-hezuoshe: the picture's file name left where it stood
        ("(资料图片)", False),  # a placeholder naming a picture is no picture
        ("![2024年各省GDP](gdp.png)", False),  # an image with words of its own
    ],
)
def test_a_lost_picture(line, lost):
    assert lost_picture(line) is lost


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (["2021年03月01日08:15  来源:浙江日报"], (2021, 3, 1)),  # zhejiangribao-20210301-yuhuan
        (["【 日  期 】19960210"], (1996, 2, 10)),  # fudancorpus-19960210-lipeng-huanbao: an archive record
        (["【原刊期号】20000116", "【复印期号】200003"], (2000, 1, 16)),  # jiefangribao-20000116: not the reprint's issue
        (["刊发时间:2021-03-24 A2版"], (2021, 3, 24)),  # lincangribao-20210324-hezuoshe
        (["date 2025-09-15   • 會員", "15/09/2025 12:09"], (2025, 9, 15)),  # jingjitong-20250915-sanjidu
        # renminribao-20231004-guoqingjiaqi: the page's update time is not the edition's date
        (["更新时间:2023-11-28 07:04:03作者:未知", "《 人民日报 》( 2023年10月04日 01 版)"], (2023, 10, 4)),
        # qiaobaowang-20201014-waimao: a date in an address dates nothing
        (["http://www.uschinapress.com/image/2020-10-14/765936388767227.jpg"], None),
        (["Copyright ©1999-2025 chinanews.com. All Rights Reserved"], None),  # chinanews-20090811-money-supply
        (["股票代码:601328 股票简称:交通银行 编号:临 2024-017"], None),  # bocom-20240517-board-resolution
        (["(責編:焦隆、王彤)"], None),  # an editor's credit dates nothing
        # zhongxinwang-20240207-zhejiangshichang: a mirror's stamp dates its own copy, nine months on
        (["发布时间:2024-11-05 18:55:17 来源: sp20241105"], None),
    ],
    ids=["stamp", "archive-date", "archive-issue", "label", "two-stamps", "edition-not-update", "address", "copyright",
         "document-number", "none", "mirror"],
)
def test_the_date_a_copy_gives_itself_is_read_from_its_matter(lines, date):
    assert publication_date(lines) == date


@pytest.mark.parametrize("line", [
    # Fudan corpus C32-Agriculture1149 (lines 120-121) and C32-Agriculture0552 (lines 147-148), as printed: a journal's
    # note on its writer's post or unit in brackets, and its editor in brackets or set apart by spaces, closing the paper
    # (the unit had been the last section's heading, the editor its one paragraph)
    "（作者系中共陕西省委副书记）",
    "（本文责任编辑  刘荣荣）＊",
    "（作者单位：国家计划委员会经济研究所  北京  １００８３４）",
    "责任编辑  殷学美",
])
def test_a_journals_notes_on_its_writer_and_editor_are_matter(line):
    assert matter_kind(line) is not None


@pytest.mark.parametrize("line", [
    "冯远征表示，文艺工作者应不断创作出优秀作品，回馈人民。",  # rmrb-20200521-lianghui-daibiao (作者 inside 工作者)
    "他表示，学员们不仅要精进表演技巧，更要深刻理解文艺工作者的职责和使命。",
])
def test_words_on_writers_in_a_sentence_are_text(line):
    assert matter_kind(line) is None


@pytest.mark.parametrize("line", [
    # Fudan corpus C32-Agriculture0434 (line 18) and C34-Economy1629 (line 16): a classification field indented into the
    # text (it had been the first section's heading)
    "【中国图书资料分类法分类号】  F3",
    "【中国图书资料分类法分类号】  F06",
    # Fudan corpus C38-Politics1365 (line 132): the grant, starred as the title is
    "*  该文为国家社会科学基金课题《亚太地区现代化和一体化研究》（批准号：96CSS001）的阶段性成果之一。",
])
def test_a_journals_classification_field_and_starred_grant_are_matter(line):
    assert matter_kind(line) == "field"
