"""Sentence splitting and punctuation rules on real sentences of the article."""

import pytest

from helpers.chinese import ends_paragraph, has_body_punctuation, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "近年来，我国普惠金融发展成效显著，金融服务普惠性持续提升。中国人民银行发布的《2025年第三季度中国货币政策执行报告》显示，截至9月末，普惠贷款同比增长11.2%；",
            ["近年来，我国普惠金融发展成效显著，金融服务普惠性持续提升。",
             "中国人民银行发布的《2025年第三季度中国货币政策执行报告》显示，截至9月末，普惠贷款同比增长11.2%；"],
        ),
        # the closing quote stays with its sentence
        (
            "党建是贯彻中央精神、坚守风险底线的“指南针”。中国银行通过“三会一课”、主题党日等形式。",
            ["党建是贯彻中央精神、坚守风险底线的“指南针”。", "中国银行通过“三会一课”、主题党日等形式。"],
        ),
        (
            "他说：“这是关键一跃。”方向是行动的指南。",
            ["他说：“这是关键一跃。”", "方向是行动的指南。"],
        ),
        # …… inside a sentence does not end it
        (
            "再到社区里“书记面对面”的倾听与助销……这一系列扎实的实践，生动诠释了重要作用。",
            ["再到社区里“书记面对面”的倾听与助销……这一系列扎实的实践，生动诠释了重要作用。"],
        ),
        # …… at the end of a paragraph does
        ("从街头巷尾到田间地头……", ["从街头巷尾到田间地头……"]),
        ("真的吗？是的！", ["真的吗？", "是的！"]),
    ],
)
def test_split_sentences(text, expected):
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start:s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至2025年9月末，中国银行普惠贷款余额2.71万亿元。", True),
        ("确保“件件有回音、事事有着落”；", True),
        ("系统性重塑的“定盘星”。", True),
        ("更是金融服务实体经济高质量发展的", False),
        ("坚守风险底线的“指南", False),
        ("党建联建破壁垒 精准滴灌实体经济“毛细血管”", False),
        # Fudan corpus C32-Agriculture0698 (line 52-53 joined), as printed: a sentence closed, then its note's number
        ("“我们从宏观上管理经济，应该把农业放到一个恰当位置上。”[19]", True),
        # Fudan corpus C32-Agriculture0680 (line 25): the note's number in brackets and parentheses
        ("我们才有可能集中最大的资金和力量去建设重工业的一切基础，并发展重工业。”［（３）］", True),
        ("参见文献[3]", False),
        # 眾新聞 articles 5457 (line 51) and 11647 (line 31), as printed: a space before the closing quotes
        ("但亦必須遵守保護私隱的重要原則。 」", True),
        ("香港的繁榮和穩定也會吹的。 』」", True),
        ("但亦必須遵守保護私隱的重要 」", False),
    ],
)
def test_ends_paragraph(text, expected):
    assert ends_paragraph(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("党建领航筑体系 政策贯通激活普惠发展“神经末梢”", False),
        ("中经记者 张漫游 北京报道", False),
        ("金融是“国之大者”，关系中国式现代化建设全局。", True),
    ],
)
def test_has_body_punctuation(text, expected):
    assert has_body_punctuation(text) is expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("党建联建破壁垒 精准滴灌实体经济“毛细血管”", ("党建联建破壁垒", "精准滴灌实体经济“毛细血管”")),
        ("反映人民心声\u00a0不断创作精品", ("反映人民心声", "不断创作精品")),
        ("着力保护生态\u3000坚持绿色发展", ("着力保护生态", "坚持绿色发展")),
        ("党建领航 中国银行打通普惠金融“最后一公里”", ("党建领航", "中国银行打通普惠金融“最后一公里”")),
        ("筑牢底线防风险", ("筑牢底线防风险", "")),
    ],
)
def test_heading_phrases_split_at_any_space(heading, expected):
    from helpers.chinese import heading_phrases

    assert heading_phrases(heading) == expected
