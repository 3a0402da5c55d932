"""Front and back matter lines, each taken from a real text of the corpus."""

import pytest

from helpers.matter import glued_furniture, matter_kind


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
        "来源于中国人民银行、中国银保监会、中国证监会的数据显示，一季度金融业机构总资产增长。",
        # sentences that mention what matter lines are made of
        "专家提醒，投资有风险，入市需谨慎。",
        "市民扫码即可乘车，十分方便。",
        "用户点击页面即可查看实时数据。",
        "未经许可不得转载的规定，早已写进了新修订的著作权法。",
        "审批流程由过去的“申请→审核→放款”三步压缩为一步，办理时间大大缩短。",
        "2019年7月22日 科创板正式开市",
        "【一、坚持稳中求进】",
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
    ],
)
def test_furniture_glued_to_a_title_line(line, cut):
    assert glued_furniture(line) == cut
