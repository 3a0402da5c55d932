"""Bylines and datelines in the forms real copy prints, each case from a real text of the corpus or the seed."""

import pytest

from helpers.bylines import (
    is_menu_line,
    merge,
    parse_bulleted_name,
    parse_byline,
    parse_dateline,
    parse_names_line,
    parse_signature,
)


@pytest.mark.parametrize(
    ("text", "outlet", "reporters", "place"),
    [
        ("中经记者 张漫游 北京报道", "中经记者", ("张漫游",), "北京"),  # the seed
        ("本报记者杨志锦北京报道", "本报记者", ("杨志锦",), "北京"),  # 21世纪经济报道: place glued to the name
        ("每经记者 李彪 每经编辑 陈旭", "每经记者", ("李彪",), None),  # 每日经济新闻: the editor is not a reporter
        ("本报记者  邱超奕  游  仪  门杰伟《人民日报》（2025年04月08日第 02 版）", "本报记者", ("邱超奕", "游仪", "门杰伟"), None),
        ("●南方日报记者 昌道励 许宁宁 曾良科 钟志辉", "南方日报记者", ("昌道励", "许宁宁", "曾良科", "钟志辉"), None),
        ("（本报记者  张  枨）", "本报记者", ("张枨",), None),  # 人民日报: one per section, in brackets
        ("记者 姚冬琴 | 丹麦哥本哈根、奥胡斯报道", "", ("姚冬琴",), "丹麦哥本哈根、奥胡斯"),  # 中国经济周刊
        ("記者林勵", "", ("林勵",), None),  # 眾新聞 article 5274's author field: a role alone names no outlet
        ("记者赵子健 北京报道", "", ("赵子健",), "北京"),  # 21世纪经济报道, held-out batch
        # 人民日报 (round 6, 福建做大做强海洋经济): 文 closes the padded name 付  文, it is no role there
        ("本报记者  付  文  刘晓宇  施  钰《人民日报》（2025年06月02日第 01 版）", "本报记者", ("付文", "刘晓宇", "施钰"), None),
        # yilingguangdian-unknown-xiangdao (round 9): a byline wholly in brackets, names glued to their roles,
        # the editor glued to his (编辑彭莉) is no reporter
        ("(夷陵广电全媒体记者毕仁科 王雪娇 通讯员秦一琛 秦瑶 编辑彭莉)", "夷陵广电全媒体记者",
         ("毕仁科", "王雪娇", "秦一琛", "秦瑶"), None),
    ],
)
def test_parse_byline(text, outlet, reporters, place):
    byline = parse_byline(text)
    assert (byline.outlet, byline.reporters, byline.place) == (outlet, reporters, place)


@pytest.mark.parametrize(
    "text",
    [
        "记者了解到，深圳益华电子城聚集着大量电子产品批发商。",  # a sentence of the seed
        "订单接得住 产品运得出 今年前两月浙江玉环外贸增长逾三成",  # a headline (浙江日报)
        "新華社記者 李安 攝",  # a photo credit (新华网 photo story), not a byline
        "本报记者  吴  君摄",  # a photo credit (人民日报)
        "文／中央社",  # ettoday-20251013-chukou (round 9): an outlet credited, no reporter named
    ],
)
def test_parse_byline_rejects_what_is_not_a_byline(text):
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("paragraph", "outlet", "reporters", "place"),
    [
        ("新華網北京4月20日電(記者白潔純、劉詩平)中國銀行業", "新華網", ("白潔純", "劉詩平"), "北京"),
        ("中新社北京八月十一日電(記者 賈靖峰)中國央行", "中新社", ("賈靖峰",), "北京"),
        ("本报北京1月1日讯记者李建兴报道：国务院", "本报", ("李建兴",), "北京"),
        ("本报上海４月２２日电  新华社记者秦春、本报记者黄振中报道：全国人大", "本报", ("秦春", "黄振中"), "上海"),
        ("光明日报北京1月11日电 记者刘坤从11日在京举行的全国工业和信息化工作会议上获悉", "光明日报", ("刘坤",), "北京"),
        ("《經濟通通訊社駐京記者黃燕明１５日北京專電》國新辦", "經濟通通訊社", ("黃燕明",), "北京"),
        # names in the brackets without 记者: xinhua-20190610-duanwu (新华社 on 中国菏泽网) and
        # zhongxinwang-20211020-yiwu (中新网, Traditional copy)
        ("新华社北京6月10日电(樊曦、王亦玮)记者从中国铁路总公司和民航局获悉", "新华社", ("樊曦", "王亦玮"), "北京"),
        ("中新網義烏10月20日電 (張斌 董易鑫 徐曉冰)20日,記者從義烏海關獲悉", "中新網", ("張斌", "董易鑫", "徐曉冰"), "義烏"),
        # sichuanxinwenwang-20180124-gongye: 摄影报道 (a photo report) closes the brackets; it is no one's name
        ("四川新闻网成都1月24日讯(记者 陈淋 摄影报道)1月24日,四川省工业经济运营情况新闻通气会举行。", "四川新闻网", ("陈淋",),
         "成都"),
        # zhongxinwang-20240207-zhejiangshichang (round 8): a space between the agency and the place
        ("中新网 杭州2月7日电(奚金燕)随着春节临近,家家户户采办年货的热情高涨", "中新网", ("奚金燕",), "杭州"),
        # zhongyangshe-20230518-dianjichanpin (round 8): 中央社's bracketed dateline, name and place run together
        ("(中央社記者張璦台北2023年05月18日電)財政部今天表示", "中央社", ("張璦",), "台北"),
        # putianwanbao-unknown-chengxianglvyou (round 9): the paper names itself by its kind alone
        ("晚报讯(记者李明)记者从城厢区旅游局获悉,2016年春节黄金周", "晚报", ("李明",), None),
        # caixin-20150708-loushi (round 9): a byline in brackets opening the paragraph, with no dateline
        ("(实习记者 乔倩)7月第一周,各地新建商品住宅成交量仍处于历史较高水平。", "", ("乔倩",), None),
        # haixiadushibao-20211021-quanzhouwaimao (round 11): the paper's short name (海峡都市报), roles and names run
        # together in the brackets, two names in a row cut where each opens with a surname
        ("海都讯(记者杨江参通讯员洪睿航黄忠族)昨日,记者从泉州海关获悉", "海都", ("杨江参", "洪睿航", "黄忠族"), None),
        ("南都讯（记者 张三）昨日,记者从市统计局获悉", "南都", ("张三",), None),
        ("本报讯(全媒体记者林琳通讯员陈琳)据海关统计", "本报", ("林琳", "陈琳"), None),
    ],
)
def test_parse_dateline(paragraph, outlet, reporters, place):
    byline = parse_dateline(paragraph)
    assert (byline.outlet, byline.reporters, byline.place, byline.dateline) == (outlet, reporters, place, True)
    assert paragraph.startswith(byline.text)


@pytest.mark.parametrize("paragraph", ["据新华社北京电 中国银行业金融机构", "央廣網北京1223日消息 23日,商務部",
                                       # brackets holding no names: a note or an organisation
                                       "新华社北京6月10日电(综合报道)记者从民航局获悉", "中新网北京1月1日电 (国家统计局)数据显示",
                                       # no place the gazetteer knows after the name: where it splits is unknown
                                       "(中央社記者張璦某某鎮2023年05月18日電)財政部今天表示",
                                       # brackets opening a paragraph that name no reporter's role, or close it
                                       "(资料图)7月第一周,成交量仍处于历史较高水平。", "(記者 張三)",
                                       # the paper's kind alone, but no one named: jianghuaichenbao (round 9)
                                       "晨报讯金蛇龙腾入世,骏马虎跃迎春。",
                                       # a short name before 讯 with no reporter's role in the brackets after it
                                       "喜讯(好消息)传来,全市外贸增长。",
                                       # names run together that cut into names more than one way (李华|王明|张三 or
                                       # 李华王|明张三): where one name ends is unknown
                                       "本报讯(记者李华王明张三)据海关统计"])
def test_a_dateline_that_names_no_one_is_no_byline(paragraph):
    assert parse_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("text", "reporters"),
    [("徐子渊、夏丹、张荣、曹思思", ("徐子渊", "夏丹", "张荣", "曹思思")), ("任东晓", ("任东晓",)),
     ("新华社", None), ("广东制造 向上突围", None),
     # names with no surname (Tibetan, Uyghur) are names all the same; a site's menu is removed before this
     # is asked (zhongguojingjidaobao-20210806-beijingjingji: a run of two menu lines)
     ("扎西 次仁 格桑", ("扎西", "次仁", "格桑"))],
)
def test_parse_names_line(text, reporters):
    byline = parse_names_line(text)
    assert (byline.reporters if byline else None) == reporters


@pytest.mark.parametrize(
    ("text", "menu"),
    [("投资 干货 消费 评论 学院 滚动", True), ("风投 科技 创业 业内 要闻", True),  # zhongguojingjidaobao-20210806-beijingjingji
     ("徐子渊 夏丹 张荣 曹思思", False), ("党建联建破壁垒 精准滴灌实体经济“毛细血管”", False), ("广东制造 向上突围", False)],
)
def test_is_menu_line(text, menu):
    assert is_menu_line(text) is menu


@pytest.mark.parametrize(
    ("text", "reporters"),
    [("■ 李 文", ("李文",)),  # zhengquanribao-20260612-quanshangshizhi: a commentator's name under a bullet
     ("□ 本报记者 张三", None),  # a byline with its role is parse_byline's
     ("■ 稳增长", None), ("□ 新华社", None), ("李 文", None)],
)
def test_parse_bulleted_name(text, reporters):
    byline = parse_bulleted_name(text)
    assert (byline.reporters if byline else None) == reporters


def test_merge_keeps_each_reporter_once_in_order():
    lines = ["（本报记者  任飞帆）", "（本报记者  张  枨）", "（本报记者  任飞帆）"]
    merged = merge([parse_byline(t) for t in lines])
    assert merged.reporters == ("任飞帆", "张枨")


@pytest.mark.parametrize(
    ("text", "reporters", "place"),
    [("(楊濱)", ("楊濱",), None),  # zhongxinwang-20040128-beijingchunjie (round 8)
     ("(苏宗波)", ("苏宗波",), None),  # zhonghuahezuoshibao-20100608-baokang (round 8)
     ("(中国台湾网1月21日讯 张玲)", ("张玲",), None),  # zhongguotaiwanwang-20210121-taishang (round 8)
     ("(完)", None, None), ("(国家统计局)", None, None), ("(人民币,下同)", None, None), ("(图片来自网络)", None, None),
     ("(综合报道)", None, None)],
)
def test_parse_signature(text, reporters, place):
    byline = parse_signature(text)
    assert ((byline.reporters, byline.place) if byline else (None, None)) == (reporters, place)


def test_a_taiwan_reporters_line_glued_to_the_text_it_opens():
    # ETtoday (Larix/KNN, data/ettoday.news.json record 453, commit 815c7964ae4220230e6542e1f9c7d40da256081c), a
    # one-line copy: 報導 is Taiwan's 报道, and the byline runs into the first sentence with no mark between
    paragraph = "記者李蕙璇／台北報導網路投保旅平險已成趨勢，根據統計今年一月份產險旅綜險的投保成長率為116%，"
    byline = parse_dateline(paragraph)
    assert (byline.text, byline.reporters, byline.place) == ("記者李蕙璇／台北報導", ("李蕙璇",), "台北")
    assert parse_byline("記者李蕙璇／台北報導").reporters == ("李蕙璇",)  # not 台北報導, a second name


@pytest.mark.parametrize(("names", "reporters"), [
    # the author fields of Fudan corpus reprints of translated papers (C34-Economy0740, 0813, 1337): a transliterated
    # name is as long as it is
    ("保罗·克鲁格曼", ("保罗·克鲁格曼",)),
    ("理查德·卡茨", ("理查德·卡茨",)),
    ("戴维·费尔兰/盖尔·埃德蒙森", ("戴维·费尔兰", "盖尔·埃德蒙森")),
])
def test_an_author_field_of_transliterated_names(names, reporters):
    assert parse_names_line(names).reporters == reporters
