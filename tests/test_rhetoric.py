"""Quoted phrases, titles and the heading pattern, on the article's own text."""

import pytest

from helpers.rhetoric import classify_quote, heading_pattern, quoted_spans, titles


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("毛细血管", "metaphor_slogan"), ("神经末梢", "metaphor_slogan"), ("定盘星", "metaphor_slogan"),
        ("压舱石", "metaphor_slogan"), ("最后一公里", "metaphor_slogan"), ("短、小、频、急", "metaphor_slogan"),
        ("件件有回音、事事有着落", "metaphor_slogan"), ("党建引领+银政联动+场景深耕", "metaphor_slogan"),
        ("三会一课", "metaphor_slogan"), ("四不两直", "metaphor_slogan"), ("十五五", "metaphor_slogan"),
        ("第一议题", "metaphor_slogan"), ("1对N", "metaphor_slogan"),
        ("薪火助苗", "programme"), ("电子商圈贷", "programme"), ("信易贷", "programme"), ("书记面对面", "programme"),
        ("基层之声", "programme"),
        ("乡村振兴工作领导小组", "organisation"), ("普惠金融委员会", "organisation"),
        ("大力发展科技金融、绿色金融、普惠金融、养老金融、数字金融", "quotation"), ("坚持党的领导", "quotation"),
        ("不折不扣将党的领导贯彻到普惠金融工作全过程各方面，推动将党的政治优势、组织优势转化为普惠金融发展优势", "quotation"),
    ],
)
def test_every_kind_on_the_article_quotes(seed, quote, kind):
    frame = quoted_spans(seed)
    assert set(frame.loc[frame["text"] == quote, "kind"]) == {kind}


def test_quote_counts_of_the_seed(seed):
    frame = quoted_spans(seed)
    assert len(frame) == 69
    assert frame["kind"].value_counts().to_dict() == {"metaphor_slogan": 55, "programme": 9, "quotation": 3,
                                                      "organisation": 2}
    assert all(seed.text[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"], strict=True))


@pytest.mark.parametrize(
    ("inner", "before", "after", "kind"),
    [
        ("稳中求进", "会议强调：", "。", "quotation"),
        ("惠企贷", "推出", "，", "programme"),
        ("春雨行动", "开展", "专项", "programme"),
        ("数据中心", "成立", "，", "organisation"),
        ("压舱石", "发挥", "作用", "metaphor_slogan"),
        ("这是一段较长的描述，并且没有说话动词在前面引出它", "其", "。", "quotation"),
        ("一段没有标点但是很长很长很长的描述性文字", "其", "。", "other"),
    ],
)
def test_classification_rules(inner, before, after, kind):
    assert classify_quote(inner, before, after) == kind


def test_titles_with_nearest_organisation(seed):
    frame = titles(seed)
    assert frame["title"].tolist() == [
        "中共中央关于制定国民经济和社会发展第十五个五年规划的建议", "银行业保险业普惠金融高质量发展实施方案", "实施方案",
        "2025年第三季度中国货币政策执行报告", "中国经营报", "中国银行普惠金融行动方案",
        "中国银行创新金融供给服务乡村全面振兴行动方案（2025—2027年）", "政策快报", "实施方案",
    ]
    assert frame.set_index("title").loc["2025年第三季度中国货币政策执行报告", "organisation"] == "中国人民银行"
    assert frame.set_index("title").loc["中国银行普惠金融行动方案", "organisation"] == "中国银行"


def test_heading_pattern(seed):
    frame = heading_pattern(seed)
    assert frame[["first", "quoted"]].values.tolist() == [
        ["党建领航", "最后一公里"], ["党建联建破壁垒", "毛细血管"], ["党建领航筑体系", "神经末梢"],
        ["党建聚力促融合", "磅礴合力"], ["筑牢底线防风险", "安全阀"],
    ]
    assert frame["first_chars"].tolist() == [4, 7, 7, 7, 7]
    assert frame["ends_with_quote"].all()
