"""Stated figures on the article's own sentences and on variants of each rule."""

import datetime as dt
import math

import pandas as pd
import pytest

from helpers.periods import find_periods
from helpers.stated import derived_figures, extract_figures, growth_rates, one_unit, signed_change, statistics

INF = math.inf


def one(text):
    frame = statistics(extract_figures(text))
    assert len(frame) == 1, frame["surface"].tolist()
    return frame.iloc[0]


def test_every_statistic_of_the_seed(seed):
    frame = statistics(extract_figures(seed))
    rows = [tuple(r) for r in frame[["surface", "kind", "value", "unit", "qualifier", "low", "high", "about", "subject",
                                     "change"]].itertuples(index=False)]
    assert rows == [
        ("11.2%", "percent", 11.2, "%", "exact", 11.2, 11.2, "普惠贷款", "中国人民银行", "同比增长"),
        ("36.1万亿元", "money", 3.61e13, "元", "exact", 3.61e13, 3.61e13, "普惠小微贷款余额", "中国人民银行", ""),
        ("12.2%", "percent", 12.2, "%", "exact", 12.2, 12.2, "普惠小微贷款余额", "中国人民银行", "同比增长"),
        ("2.71万亿元", "money", 2.71e12, "元", "exact", 2.71e12, 2.71e12, "普惠贷款余额", "中国银行", ""),
        ("近180万户", "count", 1.8e6, "户", "nearly", 1.62e6, 1.8e6, "小微企业", "中国银行", ""),
        ("超60户", "count", 60, "户", "over", 60, INF, "对私普惠商户", "宝安支行", ""),
        ("超4000万元", "money", 4e7, "元", "over", 4e7, INF, "发放贷款金额", "宝安支行", ""),
        ("16名", "count", 16, "名", "exact", 16, 16, "居民", "中国银行", ""),
        ("20多条", "count", 20, "条", "over", 20, 30, "民意诉求", "中国银行", ""),
        ("12条", "count", 12, "条", "exact", 12, 12, "民意诉求", "中国银行", ""),
    ]


def test_seed_as_of_and_sources(seed):
    frame = statistics(extract_figures(seed)).set_index("surface")
    assert frame.loc["36.1万亿元", ["as_of", "as_of_inferred", "source"]].tolist() == [
        "2025-09-30", True, "2025年第三季度中国货币政策执行报告"]
    assert frame.loc["2.71万亿元", ["as_of", "as_of_inferred"]].tolist() == ["2025-09-30", False]
    assert frame.loc["超4000万元", "as_of"] == ""
    assert "截至目前" in frame.loc["超4000万元", "note"]


def test_seed_dates_and_periods(seed):
    frame = extract_figures(seed)
    rows = [tuple(r) for r in frame[frame["kind"].isin(["date", "period"])][
        ["surface", "kind", "period_start", "period_end", "as_of_inferred"]].itertuples(index=False)]
    assert rows == [
        ("“十五五”时期", "period", "2026-01-01", "2030-12-31", False),
        ("2025年6月", "period", "2025-06-01", "2025-06-30", False),
        ("2025年第三季度", "period", "2025-07-01", "2025-09-30", False),
        ("9月末", "date", "2025-09-30", "2025-09-30", True),
        ("2025年9月末", "date", "2025-09-30", "2025-09-30", False),
        ("2025—2027年", "period", "2025-01-01", "2027-12-31", False),
        ("“十五五”规划", "period", "2026-01-01", "2030-12-31", False),
    ]


def test_seed_labels_are_not_statistics(seed):
    frame = extract_figures(seed)
    assert frame.loc[frame["kind"] == "label", "surface"].tolist() == [
        "第十五个五年规划", "五篇大文章", "三级", "1对N", "第一议题", "二十届四中全会", "五专机制", "三农", "四不两直",
        "二十届四中全会", "三会一课",
    ]
    surfaces = " ".join(frame["surface"])
    for idiom in ("最后一公里", "一线", "第一手", "一系列", "一次性", "双重", "一条", "一张", "一套"):
        assert idiom not in surfaces


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "low", "high"),
    [
        ("发放贷款金额超4000万元。", 4e7, "元", "over", 4e7, INF),
        ("惠及近180万户小微企业。", 1.8e6, "户", "nearly", 1.62e6, 1.8e6),
        ("收集20多条诉求。", 20, "条", "over", 20, 30),
        ("贷款4000多万元。", 4e7, "元", "over", 4e7, 5e7),
        ("服务60余户商户。", 60, "户", "over", 60, 70),
        ("覆盖企业逾百家。", 100, "家", "over", 100, INF),
        ("覆盖二十多家企业。", 20, "家", "over", 20, 30),
        ("投放三千万元。", 3e7, "元", "exact", 3e7, 3e7),
        ("增速为百分之十二点二。", 12.2, "%", "exact", 12.2, 12.2),
        ("拨备覆盖率约为200%。", 200, "%", "approx", 190, 210),
        ("增长5%左右。", 5, "%", "approx", 4.75, 5.25),
        ("城镇新增就业1200万人以上。", 1.2e7, "人", "over", 1.2e7, INF),
        ("减税降费不少于三千亿元。", 3e11, "元", "at_least", 3e11, INF),
        ("单户贷款不超过1000万元。", 1e7, "元", "under", 0, 1e7),
        ("城镇新增就业1200万人以下。", 1.2e7, "人", "under", 0, 1.2e7),
        ("不良率不足1%。", 1, "%", "under", 0, 1),
        ("新增贷款100-200万元。", 1.5e6, "元", "range", 1e6, 2e6),
        ("利率下降5到10个百分点。", 7.5, "个百分点", "range", 5, 10),
        ("资产总额３６.８２万亿元。", 3.682e13, "元", "exact", 3.682e13, 3.682e13),
        ("营业收入3,210.5亿元。", 3.2105e11, "元", "exact", 3.2105e11, 3.2105e11),
    ],
)
def test_qualifiers_numerals_ranges(text, value, unit, qualifier, low, high):
    row = one(text)
    assert (row["unit"], row["qualifier"]) == (unit, qualifier)
    assert row["value"] == pytest.approx(value)
    assert (row["low"], row["high"]) == (pytest.approx(low), pytest.approx(high) if high != INF else INF)


@pytest.mark.parametrize(
    ("text", "interval"),
    [("超4000万元。", "(v, ∞)"), ("1200万人以上。", "[v, ∞)"), ("20多条。", "[v, v+step)"), ("不足1%。", "[0, v)"),
     ("不超过1000万元。", "[0, v]"), ("1200万人以下。", "[0, v]"), ("近180万户。", "[0.9v, v)"), ("约为200%。", "[0.95v, 1.05v]"),
     ("不少于三千亿元。", "[v, ∞)")],
)
def test_interval_shape_of_each_qualifier(text, interval):
    assert one(text)["interval"] == interval


def test_percentage_points_are_not_percent():
    frame = statistics(extract_figures("不良贷款率1.24%，较上年末下降0.01个百分点。"))
    assert frame[["surface", "unit", "about", "change"]].values.tolist() == [
        ["1.24%", "%", "不良贷款率", ""],
        ["0.01个百分点", "个百分点", "不良贷款率", "较上年末下降"],
    ]


@pytest.mark.parametrize("text", ["探索出一条特色路径。", "不止于一次性摊位宣传。", "打通“最后一公里”。", "获取第一手清单。",
                                  "在一线风控实践中。", "这一系列扎实的实践。", "发挥着双重作用。", "G20峰会召开。"])
def test_idioms_are_not_figures(text):
    assert statistics(extract_figures(text)).empty


def test_government_work_report_passage():
    text = ("过去一年，国内生产总值达到134.9万亿元，比上年增长5%左右。城镇新增就业1256万人，城镇调查失业率平均为5.2%。"
            "赤字率拟按4%安排，比上年提高1个百分点。")
    frame = statistics(extract_figures(text))
    assert frame[["surface", "about", "change"]].values.tolist() == [
        ["134.9万亿元", "国内生产总值", ""],
        ["5%左右", "国内生产总值", "比上年增长"],
        ["1256万人", "城镇新增就业", ""],
        ["5.2%", "城镇调查失业率", ""],
        ["4%", "赤字率", ""],
        ["1个百分点", "赤字率", "比上年提高"],
    ]


def test_bank_results_passage():
    text = ("2025年上半年，本行实现营业收入3,210.5亿元，同比下降1.8%；归属于本行股东的净利润1,170.9亿元，同比增长2.1%。"
            "截至6月末，集团资产总额达36.82万亿元。")
    frame = statistics(extract_figures(text))
    assert frame[["surface", "about", "change", "as_of"]].values.tolist() == [
        ["3,210.5亿元", "营业收入", "", "2025-06-30"],
        ["1.8%", "营业收入", "同比下降", "2025-06-30"],
        ["1,170.9亿元", "净利润", "", "2025-06-30"],
        ["2.1%", "净利润", "同比增长", "2025-06-30"],
        ["36.82万亿元", "集团资产总额", "", "2025-06-30"],
    ]
    assert extract_figures(text).iloc[-2][["surface", "as_of_inferred"]].tolist() == ["6月末", True]


def test_derived_figures_of_the_seed(seed):
    frame = derived_figures(extract_figures(seed))
    rows = {r.inputs: r for r in frame.itertuples()}
    average = rows["超4000万元 ÷ 超60户"]
    assert average.value == pytest.approx(4e7 / 60)
    assert "upper bound only if" in average.caveat
    chain = rows["12条 ÷ 20多条"]
    assert (chain.low, chain.high, chain.flag) == (pytest.approx(0.4), pytest.approx(0.6), "")
    share = rows["2.71万亿元 ÷ 36.1万亿元"]
    assert share.value == pytest.approx(2.71 / 36.1)
    assert "different metrics" in share.caveat
    assert set(frame["derived"]) == {"average per unit", "chain ratio", "share"}


def test_a_part_larger_than_its_whole_is_flagged():
    frame = derived_figures(extract_figures("收集12条诉求，现场回应20条。"))
    assert frame.iloc[0]["flag"] == "20条 exceeds 12条: more 诉求 than there were"


def test_prices_per_unit_are_rates_not_money():
    # 21世纪经济报道, 猪肉 (tests/data/articles/21shijijingjibaodao-unknown-zhurou.txt)
    frame = statistics(extract_figures("数据显示，猪肉价格已从4月初的19.63元/千克上涨至目前的25.98元/千克，涨幅近三分之一。"))
    assert frame[["surface", "kind", "value", "unit"]].values.tolist() == [
        ["19.63元/千克", "rate", 19.63, "元/千克"], ["25.98元/千克", "rate", 25.98, "元/千克"],
        ["近三分之一", "percent", 100 / 3, "%"]]  # a fraction written out: a share


def test_declines_are_marked_down_and_signs_kept():
    # a provincial statistics bureau's energy release (tests/data/articles/province-unknown-energy-nov.txt)
    text = "11月份,全省规模以上工业原煤产量794.77万吨,同比下降14.1%,降幅较上月收窄0.5个百分点;"
    frame = statistics(extract_figures(text))
    assert frame[["surface", "value", "change", "direction"]].values.tolist() == [
        ["794.77万吨", 7947700.0, "", ""], ["14.1%", 14.1, "同比下降", "down"], ["0.5个百分点", 0.5, "较上月收窄", "down"]]
    signed = statistics(extract_figures("CPI同比-0.3%，PPI同比下降2.8%，出口增长负3.9%。"))
    assert signed[["surface", "value", "change", "direction"]].values.tolist() == [
        ["-0.3%", -0.3, "同比", "down"], ["2.8%", 2.8, "同比下降", "down"], ["负3.9%", -3.9, "增长", "down"]]


@pytest.mark.parametrize(
    ("text", "surface", "value", "low", "high", "qualifier"),
    [
        # 经济日报, 长江 (tests/data/articles/jingjiribao-20260612-changjiang.txt): a multiplier with no unit after it
        ("葛洲坝枢纽将形成四线船闸格局，年双向总通过能力达3.6亿吨。", "3.6亿吨", 3.6e8, 3.6e8, 3.6e8, "exact"),
        ("市场达到3.6亿的规模。", "3.6亿", 3.6e8, 3.6e8, 3.6e8, "exact"),
        ("欧洲市场规模约为8万多亿美元。", "约为8万多亿美元", 8e12, 8e12, 9e12, "over"),
        ("每户补贴两到三万港元。", "两到三万港元", 2.5e4, 2e4, 3e4, "range"),
        ("项目投资八九亿元。", "八九亿元", 8.5e8, 8e8, 9e8, "range"),
        ("全市有三四十家企业。", "三四十家", 35, 30, 40, "range"),
        ("吸引投资数十亿元。", "数十亿元", 5.5e9, 1e9, 1e10, "range"),
        ("单笔金额50万元（含）以上的交易。", "50万元（含）以上", 5e5, 5e5, INF, "over"),
        ("通胀率低于4%。", "低于4%", 4, 0, 4, "under"),
        ("利润增长一倍。", "一倍", 1, 1, 1, "exact"),
    ],
)
def test_figures_the_grammar_once_missed_or_misread(text, surface, value, low, high, qualifier):
    row = one(text)
    assert (row["surface"], row["qualifier"]) == (surface, qualifier)
    assert (row["value"], row["low"]) == (pytest.approx(value), pytest.approx(low))
    assert row["high"] == (INF if high == INF else pytest.approx(high))


def test_parallel_clauses_each_name_what_they_measure():
    # a provincial statistics bureau's energy release (tests/data/articles/province-unknown-energy-nov.txt)
    text = ("11月全省规模以上工业焦炭产量127.90万吨,同比下降12.8%,1-11月焦炭产量1385.63万吨,同比下降18.3%;"
            "11月洗精煤产量229.45万吨,同比下降10.7%,1-11月洗精煤产量2931.63万吨,同比下降2.9%")
    frame = statistics(extract_figures(text))
    assert frame[["surface", "about"]].values.tolist() == [
        ["127.90万吨", "全省规模以上工业焦炭产量"], ["12.8%", "全省规模以上工业焦炭产量"],
        ["1385.63万吨", "焦炭产量"], ["18.3%", "焦炭产量"], ["229.45万吨", "洗精煤产量"], ["10.7%", "洗精煤产量"],
        ["2931.63万吨", "洗精煤产量"], ["2.9%", "洗精煤产量"]]
    frame = statistics(extract_figures("化工行业用水4.2亿吨，造纸行业用水3亿吨。"))
    assert frame["about"].tolist() == ["化工行业用水", "造纸行业用水"]


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # 人民日报 (tests/data/articles/rmrb-20200521-lianghui-daibiao.txt)
        ("约有93.5万贫困人口实现脱贫，贫困发生率下降到0.9%。", ["贫困人口", "贫困发生率"]),
        # 人民日报 (tests/data/articles/rmrb-20191030-kechuangban.txt): a verb of reaching is never the subject
        ("现在拿到15.5亿元，和几年后拿到15.5亿元，意义完全不同。", ["", ""]),
        ("城镇调查失业率降到5.2%。", ["城镇调查失业率"]),
    ],
)
def test_a_verb_is_never_what_a_figure_measures(text, about):
    assert statistics(extract_figures(text))["about"].tolist() == about


def test_currencies_are_kept_apart_and_declines_signed():
    # 人民日报海外版 (tests/data/articles/renminribaohaiwaiban-unknown-huobi.txt)
    text = ("美国2012年M2是10万多亿美元，GDP是15万亿美元，计算下来，一美元货币供应能拉动1.5美元的GDP。"
            "而中国2012年M2为100万亿元，GDP为51万亿元。")
    money = statistics(extract_figures(text))
    kept, left = one_unit(money[money["kind"] == "money"])
    assert kept["surface"].tolist() == ["10万多亿美元", "15万亿美元", "一美元", "1.5美元"]
    assert left["surface"].tolist() == ["100万亿元", "51万亿元"]
    rates = statistics(extract_figures("原煤产量同比下降14.1%，原油加工量同比增长2.3%，CPI同比-0.3%。"))
    assert signed_change(rates).tolist() == [-14.1, 2.3, -0.3]


def test_lists_read_with_fenbie_and_shares_of_a_whole():
    # 21世纪经济报道 (tests/data/articles/21shijijingjibaodao-20211223-xiaofei.txt)
    text = ("1-11月份,城镇、乡村消费品零售额分别为34.6万亿元和5.3万亿元,同比分别增长13.8%和13.3%。"
            "1-11月份,实物商品网上零售额达9.8万亿元,同比增长13.2%,占社零总额24.5%;"
            "新能源汽车销售299万辆,同比增长1.7倍,占汽车销售总量的12.7%。")
    frame = statistics(extract_figures(text))
    assert frame[["surface", "about", "change"]].values.tolist() == [
        ["34.6万亿元", "城镇消费品零售额", ""], ["5.3万亿元", "乡村消费品零售额", ""],
        ["13.8%", "城镇消费品零售额", "同比分别增长"], ["13.3%", "乡村消费品零售额", "同比分别增长"],
        ["9.8万亿元", "实物商品网上零售额", ""], ["13.2%", "实物商品网上零售额", "同比增长"],
        ["24.5%", "社零总额", ""], ["299万辆", "新能源汽车销售", ""], ["1.7倍", "新能源汽车销售", "同比增长"],
        ["12.7%", "汽车销售总量", ""]]  # a share named with its whole (占汽车销售总量的12.7%) is of the whole


def test_a_target_compared_with_is_the_figure_and_names_itself_after():
    # CNEWS (tests/data/articles/cnews-20211018-gdp.txt)
    text = "前三季度,国内生产总值同比增长9.8%,高于6%以上的预期目标,其中三季度同比增长4.9%,环比增长0.2%,两年平均增长4.9%。"
    frame = statistics(extract_figures(text))
    assert frame[["surface", "qualifier", "about"]].values.tolist() == [
        ["9.8%", "exact", "国内生产总值"], ["6%以上", "over", "预期目标"], ["4.9%", "exact", "国内生产总值"],
        ["0.2%", "exact", "国内生产总值"], ["4.9%", "exact", "国内生产总值"]]


def _abouts(text):
    return statistics(extract_figures(text))[["surface", "about"]].values.tolist()


@pytest.mark.parametrize(("text", "expected"), [
    # a flow to a trading partner keeps 对, whoever trades (dongfangribao-20201013-waimao, zhongxinwang-20211020-yiwu,
    # guangzhouribao-20210316-waimao); a quoted name keeps both its marks
    ("首9个月中国对东盟、欧盟和美国进出口分别按年增长7.7%、2.9%和2%,对日本和韩国进出口分别增1.4%和1.1%。",
     [["7.7%", "对东盟进出口"], ["2.9%", "对欧盟进出口"], ["2%", "对美国进出口"], ["1.4%", "对日本进出口"],
      ["1.1%", "对韩国进出口"]]),
    ("今年前三季度,義烏對非洲進出口557.0億元,同比增長15.2%;對東盟進出口總值340.3億元,同比增長24.5%。",
     [["557.0億元", "對非洲進出口"], ["15.2%", "對非洲進出口"], ["340.3億元", "對東盟進出口總值"],
      ["24.5%", "對東盟進出口總值"]]),
    ("此外,对“一带一路”沿线国家进出口3080.5亿元,增长32.8%。",
     [["3080.5亿元", "对“一带一路”沿线国家进出口"], ["32.8%", "对“一带一路”沿线国家进出口"]]),
    # not a flow: 对 opens no partner's trade here, and is trimmed as before
    ("对小微企业贷款余额达到36.1万亿元。", [["36.1万亿元", "小微企业贷款余额"]]),
])
def test_a_flow_to_a_trading_partner_keeps_its_preposition(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count is of the things counted, not of what is said of them, and what is said of them is the next
    # figure's name (aomenribao-20240902-shangshigongsi, zhongguojingjiwang-20260612-tuishi)
    ("19個門類行業中,17個行業實現盈利,9個行業營收正增長,8個行業淨利潤正增長。",
     [["19個", "門類行業"], ["17個", "行業"], ["9個", "行業"], ["8個", "行業"]]),
    ("*ST奥维因连续20个交易日总市值低于5亿元，触发交易类强制退市情形。", [["20个", "交易日"], ["低于5亿元", "总市值"]]),
    ("个股层面，6月11日有158只股票主力资金净流出超1亿元。", [["158只", "股票"], ["超1亿元", "主力资金净流出"]]),
    # a count whose noun is the one the next figure is of keeps it (14名时任高管被合计处罚3100万元)
    ("公司被罚款1000万元，14名时任高管被合计处罚3100万元。",
     [["1000万元", "公司"], ["14名", "时任高管"], ["3100万元", "时任高管"]]),
])
def test_a_count_is_of_the_things_counted_not_of_what_is_said_of_them(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 分别 after 同比, the list in the clause before (aomenribao-20240902-shangshigongsi)
    ("線下出行熱度不減,酒店餐飲、旅遊、交通運輸等服務業淨利潤有較好恢復,同比分別增長38.01%、13.60%、9.82%。",
     [["38.01%", "酒店餐飲"], ["13.60%", "旅遊"], ["9.82%", "交通運輸"]]),
    # a name jieba leaves untagged (非银) inside the list (zhengquanribao-20260612-dingzeng)
    ("从募资金额来看，有色金属、煤炭、非银金融行业的募资金额居前，分别为698.22亿元、696.68亿元、452.85亿元。",
     [["698.22亿元", "有色金属"], ["696.68亿元", "煤炭"], ["452.85亿元", "非银金融"]]),
    # a long list joined by 和 stays whole to be read, and 全市 is the scope of both (zhongguoribaowang-20211021-beijing)
    ("1至3季度,全市高技术产业和战略性新兴产业增加值同比分别增长21.1%和19.1%。",
     [["21.1%", "高技术产业增加值"], ["19.1%", "战略性新兴产业增加值"]]),
])
def test_lists_read_with_fenbie_in_the_shapes_later_rounds_showed(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 有望 after the name (renminribao-20250301-chanye); 影响, 拉动 before it (21shijijingjibaodao-unknown-zhurou,
    # zhongxinwang-20211020-yiwu)
    ("2025年订单有望超1000万元。", [["超1000万元", "订单"]]),
    ("6月猪肉价格上涨7.0%，影响居民消费价格总水平上涨约0.20个百分点。",
     [["7.0%", "猪肉价格"], ["约0.20个百分点", "居民消费价格总水平"]]),
    # an average yearly change is a change (zhongguoribaowang-20211021-beijing)
    ("1至8月,服务业扩大开放重点领域规模以上企业收入两年平均增长11.1%。",
     [["11.1%", "服务业扩大开放重点领域规模以上企业收入"]]),
    # a classifier of two characters is what is counted (renminribao-20250408-chunri)
    ("推出文旅、体育、商务、招商4个系列100多项活动。", [["4个", "系列"], ["100多项", "活动"]]),
    # what changes is named before what it is compared with, or by the figure before (21shijijingjibaodao-unknown-zhurou,
    # renminribao-20231004-guoqingjie)
    ("他预计今年猪肉价格较2014年的均价上涨28.6%。", [["28.6%", "猪肉价格"]]),
    ("预计飞行航班82875班,比2022年、2019年假期同期分别增长114.65%、2.45%。",
     [["82875班", "航班"], ["114.65%", "航班"], ["2.45%", "航班"]]),
])
def test_verbs_around_a_name_and_what_a_change_is_compared_with(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a stake is named after its percent (zhongguojingjiwang-20260612-jingfengmingyuan)
    ("截至评估基准日，易冲科技100%股权的评估值为329,000万元。", [["100%", "股权"], ["329,000万元", "评估值"]]),
    # the company a report is of is no part of what it reports (zhongguojingjiwang-20260612-hangtianhuanyu)
    ("公司发行费用总额为7,053.10万元。", [["7,053.10万元", "发行费用总额"]]),
    ("据公司招股书，公司原拟募资50,000万元。", [["50,000万元", "原拟募资"]]),
    # a count's noun with the word that qualifies it (rmrb-20191030-kechuangban, rmrb-unknown-banama-jingji), and
    # an untagged negated verb (不设) is no noun
    ("12家未盈利企业中，5家为生物医药企业。", [["12家", "未盈利企业"], ["5家", "生物医药企业"]]),
    ("巴拿马的国民经济有3个重要支柱：", [["3个", "重要支柱"]]),
    ("上市前5个交易日不设涨跌幅限制。", [["5个", "交易日"]]),
])
def test_stakes_reports_and_qualified_counts(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a count counts: a verb-tagged word before 均 (zhongguojingjidaobao-20210806-beijingjingji), a name after 的
    # with a verb inside it (zhengquanribao-20260612-zhishu), not the verb after the noun of a relative clause
    ("八大类消费全面增长,其中七类支出均实现两位数增长。", [["七类", "支出"]]),
    ("今年以来，指数优化呈现出两条清晰的演进路径：", [["两条", "演进路径"]]),
    ("北京调查总队对全市2000多户居民开展的新型消费专题调研显示。", [["2000多户", "居民"]]),
])
def test_what_a_count_counts_around_verbs(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of visits or trips is named as its clause names it: who received or carried them, the act, and whom
    # (putianwanbao-unknown-chengxianglvyou, xinhuashe-20160214-chunjielvyou, ccaonline-20200120-chunyun); the act
    # alone names nothing, and the figure before does (renminribao-20231004-guoqingjie)
    ("其中,九龙谷景区共接待游客约4.33万人次,同比增长8.3%。",
     [["约4.33万人次", "九龙谷景区共接待游客"], ["8.3%", "九龙谷景区共接待游客"]]),
    ("1月19日,全国铁路发送旅客1175.3万人次,同比增长18.8%。",
     [["1175.3万人次", "全国铁路发送旅客"], ["18.8%", "全国铁路发送旅客"]]),
    ("民航预计累计发送旅客1041.42万人次,日均发送208.28万人次。",
     [["1041.42万人次", "民航预计累计发送旅客"], ["208.28万人次", "民航预计累计发送旅客"]]),
])
def test_visits_are_named_with_who_received_them(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 10: where a port or a worker is stays in its name (jinchengwuliuwang-20050620-gangkou,
    # gongrenribao-20140225-jiuye); a verb right before the people counted says who they are
    ("其中沿海主要港口完成24218万吨,同比增长20%。", [["24218万吨", "沿海主要港口"], ["20%", "沿海主要港口"]]),
    ("其中,外出农民工16610万人,增长1.7%;本地农民工10284万人,增长3.6%。",
     [["16610万人", "外出农民工"], ["1.7%", "外出农民工"], ["10284万人", "本地农民工"], ["3.6%", "本地农民工"]]),
    ("年末全国就业人员76977万人,其中城镇就业人员38240万人。",
     [["76977万人", "全国就业人员"], ["38240万人", "城镇就业人员"]]),
    # a count of provinces is of the provinces, a count after 县 of the markets (zhitongcaijing-unknown-xuqinjiage)
    ("全国30个监测省份生猪价格全部下跌。", [["30个", "监测省份"]]),
    ("据对全国500个县集贸市场和采集点的监测。", [["500个", "县集贸市场"]]),
    # 累计, 相应 and 安排 after a name are no part of it (beifangwang-20060104-caizheng, zhongshan-unknown-yusuan)
    ("全市地方财政收入累计完成3244.4亿元。", [["3244.4亿元", "全市地方财政收入"]]),
    ("2019年全市预算内总支出相应安排423.8亿元。", [["423.8亿元", "全市预算内总支出"]]),
])
def test_names_the_tenth_round_showed(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a share named with its whole is of that whole (yangshiwang-20240307-waimao, zhongguojingjiwang-20260612-
    # hangtianhuanyu); a bare share (占26.8%) is of what the figure before measures (guangzhouribao-20210316-waimao)
    ("我國對共建“一帶一路”國家進出口3.13萬億元,占我國進出口總值的47.3%。",
     [["3.13萬億元", "對共建“一帶一路”國家進出口"], ["47.3%", "我國進出口總值"]]),
    ("加工贸易进出口4573.8亿元,占26.8%。", [["4573.8亿元", "加工贸易进出口"], ["26.8%", "加工贸易进出口"]]),
    # index points, and a total of what the names before lead in (zhongguojingjiwang-20260612-kejigu)
    ("工业富联、亨通光电对上证指数负贡献点数居前，合计为-3.96点，占上证指数下跌点数的逾六成；"
     "新易盛、中际旭创对深证成指负贡献点数居前，合计为-63.92点，占深证成指下跌点数的逾六成。",
     [["-3.96点", "上证指数负贡献点数"], ["逾六成", "上证指数下跌点数"], ["-63.92点", "深证成指负贡献点数"],
      ["逾六成", "深证成指下跌点数"]]),
    # a multiplier and unit stated once for a list (chongqingshibao-20180101-yuandanlvyou)
    ("武隆仙女山、万盛黑山谷、南川金佛山和彭水摩围山分别接待游客3.61、2.31、2.9和1.13万人次。",
     [["3.61", "武隆仙女山接待游客"], ["2.31", "万盛黑山谷接待游客"], ["2.9", "南川金佛山接待游客"],
      ["1.13万人次", "彭水摩围山接待游客"]]),
])
def test_shares_points_and_lists_of_the_tenth_round(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what changes is named before 由 as before 从 (qiluwanbao-20111124-caijia, zhongguowang-20061031-beijingjingji)
    ("其中白菜由每斤0.5元涨到0.75元。", [["0.5元", "白菜"], ["0.75元", "白菜"]]),
    ("市政府安排到郊区的固定资产投资由2005年的50%提高到52%。", [["50%", "固定资产投资"], ["52%", "固定资产投资"]]),
    # a span counted (5个交易日后) is no part of what is said after it (rmrb-20191030-kechuangban); the 设 left is
    # jieba's cut (涨跌幅 / 度设), which the gold (涨跌幅度) does not accept
    ("上市5个交易日后涨跌幅度设为20%，这也是科创板的独创。", [["5个", "交易日"], ["20%", "涨跌幅度设"]]),
    # the noun counted is not the verb at the end of its clause when a figure follows the verb
    ("在该案中，对7680名投资者赔付1.78亿元。", [["7680名", "投资者"], ["1.78亿元", "投资者赔付"]]),
])
def test_from_and_spans_before_a_name(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review: a total after a price per unit stays money; a bare scope is no whole; 占据 holds, 占比 names a share;
    # a price in a noun of what is counted is no cut (30个农产品价格监测点)
    # (合计 names nothing, and the total takes the name before it: a known weakness, pinned here only for its unit)
    ("当天菠菜均价为每公斤2元，合计1000元。", [["2元", "元/公斤", "菠菜均价"], ["1000元", "元", "菠菜均价"]]),
    ("地区生产总值5000亿元，占全省的12.5%。", [["5000亿元", "元", "地区生产总值"], ["12.5%", "%", "地区生产总值"]]),
    ("该公司产品占据全国市场的30%。", [["30%", "%", ""]]),
    ("全市设立30个农产品价格监测点。", [["30个", "个", "农产品价格监测点"]]),
])
def test_review_counter_examples_of_the_tenth_round(text, expected):
    assert statistics(extract_figures(text))[["surface", "unit", "about"]].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 11 (measured held out first): a flow is named with its verb and whose it is (chenbao-20080812-cunkuan);
    # a comparison with a list of places (haixiadushibao-20211021-quanzhouwaimao); an adverb glued to a verb is no
    # noun (zhejiangzaixian-20080910-jidan); prices per 斤 with a verb between (anshan-unknown-jidan)
    ("其中,中资银行新增存款93.2亿元,同比多增232亿元。", [["93.2亿元", "新增存款"], ["232亿元", "新增存款"]]),
    ("全年城镇新增就业1310万人。", [["1310万人", "城镇新增就业"]]),
    ("投产后预计每年新增产值近67亿元。", [["近67亿元", "新增产值"]]),
    ("前三季度,进出口增速分别比全国、全省高19.7、8.7个百分点。", [["19.7", "进出口增速"], ["8.7个百分点", "进出口增速"]]),
    # (比重…提高 is no comparison: 比重 is a noun, 提高 the change)
    ("农林牧渔服务业产值比重同比提高0.6个百分点。", [["0.6个百分点", "农林牧渔服务业产值比重"]]),
    ("月初零售价还在4元/斤,现在已涨到4.4元/斤了。", [["4元/斤", "零售价"], ["4.4元/斤", "零售价"]]),
])
def test_names_the_eleventh_round_showed(text, expected):
    assert _abouts(text) == expected


def test_a_list_shares_only_a_measure_as_its_head():
    # an unseen 岳阳 industry release: 有色循环 is a name, not 有色 with a shared 循环; 产量 is a shared measure
    assert _abouts("新兴产业增长较快,生物医药、有色循环分别增长10.9%、10.8%。") == [["10.9%", "生物医药"], ["10.8%", "有色循环"]]
    assert _abouts("新能源汽车、集成电路产量分别增长10%、30%。") == [["10%", "新能源汽车产量"], ["30%", "集成电路产量"]]


def test_index_points_are_no_count_of_things_in_derived_figures():
    frame = extract_figures("上证指数收报3050.12点，成交额3200.5亿元。沪指下跌1.5点，深证成指下跌20.36点。")
    assert statistics(frame)[["surface", "kind"]].values.tolist() == [
        ["3050.12点", "points"], ["3200.5亿元", "money"], ["1.5点", "points"], ["20.36点", "points"]]
    assert derived_figures(frame).empty  # no 1.05亿 元/点 average, no chain of 1.5点 and 20.36点


def test_negative_growth_is_a_fall_and_a_price_per_unit_carries_its_unit():
    # 负增长 is a fall, never drawn as growth; a change of a price per 公斤, and the price a price rose to, are per
    # 公斤 too (qiluwanbao-20111124-caijia)
    frame = statistics(extract_figures("一季度出口同比负增长3%。当天菠菜均价为每公斤2元,比21日上涨0.5元。其中白菜由每斤0.5元涨到0.75元。"))
    assert frame[["surface", "unit", "kind", "about", "direction"]].values.tolist() == [
        ["3%", "%", "percent", "出口", "down"], ["2元", "元/公斤", "rate", "菠菜均价", ""],
        ["0.5元", "元/公斤", "rate", "菠菜均价", "up"], ["0.5元", "元/斤", "rate", "白菜", ""],
        ["0.75元", "元/斤", "rate", "白菜", ""]]
    assert signed_change(frame).tolist()[0] == -3.0


@pytest.mark.parametrize(("text", "expected"), [
    # money after a verb, or after 价值, is named by the noun after it, a verb or a time word inside that name
    # included (zhongguojingjiwang-20260612-tuishi, renminribao-20260612-jiangsukeji, rmrb-20200521-lianghui-daibiao,
    # xinlangcaijing-20230311-guiguyinhang, zhejiangribao-20210301-yuhuan)
    ("保荐机构五矿证券设立2.1亿元先行赔付专项基金。", [["2.1亿元", "先行赔付专项基金"]]),
    ("团队还获得400万元早期转化资金。", [["400万元", "早期转化资金"]]),
    ("党永富紧急捐出价值600万元的有机肥农资。", [["600万元", "有机肥农资"]]),
    ("此次出售涉及价值210亿美元的债券。", [["210亿美元", "债券"]]),
    ("晶科能源在开年不到两个月就斩获国外2100万元订单。", [["2100万元", "订单"]]),
    # a share whose part is named nowhere is of the whole it names (zhongguojingjiwang-20260612-kejigu)
    ("工业富联、亨通光电对上证指数负贡献点数居前，合计为-3.96点，占上证指数下跌点数的逾六成；"
     "新易盛、中际旭创对深证成指负贡献点数居前，合计为-63.92点，占深证成指下跌点数的逾六成。",
     [["逾六成", "上证指数下跌点数"], ["逾六成", "深证成指下跌点数"]]),
])
def test_money_named_after_itself_and_a_share_of_a_named_whole(text, expected):
    assert [row for row in _abouts(text) if not row[0].endswith("点")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # traditional copies: 為/達 are link words, and words jieba cannot tag (國有) are names, not punctuation
    # (tests/data/articles/xinhuanet-20100420-bank-assets.txt)
    ("分機構類型看,國有商業銀行資產總額為42.9萬億元,同比增長17.5%;",
     [["42.9萬億元", "國有商業銀行資產總額"], ["17.5%", "國有商業銀行資產總額"]]),
    ("我國銀行業金融機構境內本外幣資產總額達到84.3萬億元,比上年同期增長21.3%。",
     [["84.3萬億元", "銀行業金融機構境內本外幣資產總額"], ["21.3%", "銀行業金融機構境內本外幣資產總額"]]),
    # a bracketed gloss stays inside a long name (chinanews-20090811-money-supply)
    ("七月末廣義貨幣供應(yīng)量(M2)余額為五十七點三萬億元,同比增二十八點四二個百分點;",
     [["五十七點三萬億元", "廣義貨幣供應(yīng)量(M2)余額"], ["二十八點四二個百分點", "廣義貨幣供應(yīng)量(M2)余額"]]),
    # a list whose joiner the copy lost (yangguangwang-20211223-xiaofei)
    ("1-11月份,城鎮、鄉村消費品零售額分別為34.6萬億元和5.3萬億元,同比分別增長13.8%13.3%",
     [["34.6萬億元", "城鎮消費品零售額"], ["5.3萬億元", "鄉村消費品零售額"],
      ["13.8%", "城鎮消費品零售額"], ["13.3%", "鄉村消費品零售額"]]),
])
def test_traditional_copies_read_as_simplified_ones(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb inside the clause: what follows it is what the figure measures (zhongxinshe-20031011-beijingjingji,
    # nbs-20230718-energy-h1)
    ("一至三季度，北京实现国内生产总值两千四百六十二亿元", [["两千四百六十二亿元", "国内生产总值"]]),
    ("其统计范围为年主营业务收入2000万元及以上的工业企业。", [["2000万元及以上", "主营业务收入"]]),
    # ... but a tally verb before an action keeps it (chinanews-20090811-money-supply)
    ("七月份人民幣交易累計成交十三點零二萬億元，同比多成交一千六百二十九億元。",
     [["十三點零二萬億元", "人民幣交易累計成交"], ["一千六百二十九億元", "人民幣交易累計成交"]]),
    # a comparison with a named time, and the change of a level stated with no unit in the clause before
    # (province-unknown-energy-nov, zhongxinshe-20031011-beijingjingji)
    ("1-11月累计发电2542.95亿千瓦时,同比增长0.2%,较1-10月增速降低0.9个百分点。",
     [["2542.95亿千瓦时", "发电"], ["0.2%", "发电"], ["0.9个百分点", "增速"]]),
    ("其中三季度企业景气指数已达到一百三十四点五二，比二季度提高二十六点八个百分点；企业家信心指数达到一百三十六点七，"
     "比二季度攀升三十三点六个百分点。",
     [["二十六点八个百分点", "企业景气指数"], ["三十三点六个百分点", "企业家信心指数"]]),
    # a share named mid-clause: the part before 占 (rmrb-20010102-jinshui-gongcheng)
    ("目前，增值税收入已占我国年税收总额的近50％，成为名符其实的第一大税种。", [["近50％", "增值税收入"]]),
    # parallel counts in one clause, counted things without the verb that made them (guangmingribao-20230112-gongye)
    ("累计培育专精特新中小企业7万多家、“小巨人”企业8997家、制造业单项冠军企业1186家。",
     [["7万多家", "专精特新中小企业"], ["8997家", "“小巨人”企业"], ["1186家", "制造业单项冠军企业"]]),
    ("目前已建成5G基站6000多个，计划到2021年建设5G基站5万个以上", [["6000多个", "5G基站"], ["5万个以上", "5G基站"]]),
    # a count before a relative clause counts the noun after 的; a class (万吨级) names itself after 级
    # (rmrb-20191015-hubei-5g, guangmingribao-20230112-gongye)
    ("7台获颁无人驾驶试运营许可证的汽车平稳行驶在道路上", [["7台", "汽车"]]),
    ("国产10万吨级大型渔业养殖工船成功交付", [["10万吨", "大型渔业养殖工船"]]),
    ("目前已组建10个5G联创实验室，落地25个重大项目。", [["10个", "5G联创实验室"], ["25个", "重大项目"]]),
    # a figure that names what it measures after 的 (jingjitong-20251020-qiansanji); votes (bocom-20240517)
    ("放眼全球，5.2%的經濟增長水平在主要經濟體中名列前茅", [["5.2%", "經濟增長水平"]]),
    ("表决情况:同意 16 票,弃权 0 票,反对 0 票", [["16 票", "同意"], ["0 票", "弃权"], ["0 票", "反对"]]),
])
def test_what_a_figure_measures_in_real_sentences(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("前三季度GDP同比增長5.2%，比上年全年和上年同期分別加快0.2、0.4個百分點；經濟增量達到39679億元(人民幣．下同)，"
     "同比多增1368億元。",
     [("5.2%", 5.2, "%", "GDP"), ("0.2", 0.2, "个百分点", "GDP"), ("0.4個百分點", 0.4, "个百分点", "GDP"),
      ("39679億元", 3.9679e12, "元", "經濟增量"), ("1368億元", 1.368e11, "元", "經濟增量")]),
    ("七月末全國市場貨幣流通量余額達三點四二萬億元，同比增長逾一成一，貸款余額同比增長近三成四，存款再增逾二成八。",
     [("三點四二萬億元", 3.42e12, "元", "全國市場貨幣流通量余額"), ("逾一成一", 11, "%", "全國市場貨幣流通量余額"),
      ("近三成四", 34, "%", "貸款余額"), ("逾二成八", 28, "%", "存款")]),
])
def test_units_and_changes_of_traditional_copies(text, expected):
    frame = statistics(extract_figures(text))
    assert [(r.surface, r.value, r.unit, r.about) for r in frame.itertuples()] == expected


def test_a_plan_is_never_read_inside_a_number():
    # chinanews-20090811-money-supply: 四點九五萬億元 holds 九五, which is no five-year plan
    frame = extract_figures("一至七月人民幣各項存款增加十點三八萬億元,同比多增四點九五萬億元,外匯各項存款余額同比增逾一成二。")
    assert statistics(frame)["surface"].tolist() == ["十點三八萬億元", "四點九五萬億元", "逾一成二"]
    assert "period" not in set(frame.loc[frame["surface"].str.contains("九五"), "kind"])
    assert one("“十四五”时期新增5G基站60万个")["surface"] == "60万个"


def test_a_long_name_ends_on_its_own_head_word():
    # jingjitong-20250915-sanjidu: 增速 (tagged a verb) is the head of what 9.3% measures; 規模以上 (an indicator's
    # qualifier, one word in the domain dictionary) is part of it, and ８月份 in full-width digits is a period
    assert one("７、８月份規模以上高技術製造業增加值增速均為９﹒３％，明顯快於規模以上工業增長。")["about"] == "規模以上高技術製造業增加值增速"


def test_sessions_and_comparisons_from_the_second_held_out_round():
    # meirijingjixinwen-20200527-buzhangtongdao: the third session, not three meetings
    frame = extract_figures("5月25日15时，十三届全国人大三次会议在人民大会堂举行第二次全体会议。")
    assert statistics(frame).empty and "十三届全国人大三次会议" in frame["surface"].tolist()
    # zhejiangribao-20210301-yuhuan: a figure after a comparison word names what it measures after 的
    assert _abouts("玉环实现外贸出口总值预计超40亿元，同比增长31%，远高于往年10%左右的同比增速。")[-1] == ["10%左右", "同比增速"]
    # xinlangcaijing-20120313-zhongguoqiyebao: 字 counts characters
    assert _abouts("共计13万多字的实体经济评论")[0][0] == "13万多字"


def test_a_session_named_right_after_its_term():
    # rmrb-20200521-lianghui-daibiao: 十三届二次会议 is the second session, not two meetings
    frame = extract_figures("看望参加全国政协十三届二次会议的文化艺术界、社会科学界委员并参加联组会")
    assert statistics(frame).empty and "十三届二次会议" in frame["surface"].tolist()


@pytest.mark.parametrize(("text", "expected"), [
    # renminribao-20250520-kunshan: the verb after the name is no part of it
    ("今年一季度，昆山市外贸进出口完成1868.7亿元、增长5.9%，进出口均创历史同期新高。",
     [["1868.7亿元", "昆山市外贸进出口"], ["5.9%", "昆山市外贸进出口"]]),
    # zhongguojingjizhoukan-unknown-danmai: nor an adverb with 高达
    ("事实上，1973年石油危机爆发前，丹麦能源对外依存度曾高达99%。", [["99%", "丹麦能源对外依存度"]]),
    # renminribao-20250408-chunri: the verb before the name is no part of it either (创造); visits are named as the
    # clause names them, with the act and who received them (the gold of this article has 游客, 吸引游客)
    ("清明假期期间，回山镇吸引游客2万多人次，创造直接经济效益500多万元。",
     [["2万多人次", "回山镇吸引游客"], ["500多万元", "直接经济效益"]]),
    # zhongguojingjizhoukan-unknown-danmai, 21shijijingjibaodao-unknown-zhurou: X从A到B, both A and B are X
    ("从1989年到2017年，丹麦居民支付的水费从每立方2欧元涨到了7欧元", [["2欧元", "水费"], ["7欧元", "水费"]]),
    ("数据显示，猪肉价格已从4月初的19.63元/千克上涨至目前的25.98元/千克，涨幅近三分之一。",
     [["19.63元/千克", "猪肉价格"], ["25.98元/千克", "猪肉价格"], ["近三分之一", "涨幅"]]),
])
def test_what_a_figure_measures_from_the_third_held_out_round(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rmrb-20191030-kechuangban, zhongguojingjiwang-20260612-cunzhenyinhang: a count is of the common noun,
    # not of what jieba tags after it (上市 ns, 清产核资 l)
    ("开市以来至10月29日，科创板共有36家公司上市交易，累计筹资额497.55亿元。", [["36家", "公司"], ["497.55亿元", "筹资额"]]),
    ("3家机构清产核资后的资产、负债、业务和员工均由曲靖沾益兴福村镇银行承接。", [["3家", "机构"]]),
    # zhongguojingjizhoukan-unknown-danmai: an amount restated in brackets measures what the first one does; a share
    # named with its whole is of the whole
    ("2015 年，丹麦绿色能源技术出口额55 亿欧元（约合409亿丹麦克朗），占丹麦总出口额的6.4%。",
     [["55 亿欧元", "丹麦绿色能源技术出口额"], ["约合409亿丹麦克朗", "丹麦绿色能源技术出口额"], ["6.4%", "丹麦总出口额"]]),
])
def test_counted_nouns_and_restated_amounts_from_the_third_held_out_round(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rmrb-20191030-kechuangban: a verb inside a name (复合增长率) is kept; the verb rule cuts only a leading verb
    ("其他6家企业的营业收入平均复合增长率达82%。", [["6家", "企业"], ["82%", "营业收入平均复合增长率"]]),
    # renminribaohaiwaiban-unknown-huobi: 比上季末高 is a difference from the time compared with
    ("9月末金融机构人民币各项贷款余额70.28万亿元，同比增长14.3%，增速比上季末高0.1个百分点。",
     [["70.28万亿元", "金融机构人民币各项贷款余额"], ["14.3%", "金融机构人民币各项贷款余额"], ["0.1个百分点", "增速"]]),
    # rmrb-unknown-banama-jingji: 一般 after the name is no part of it
    ("企业家只要有可赢利的投资计划和支付能力，就能得到贷款，年息一般为9％—10％，是拉美地区最低的。", [["9％—10％", "年息"]]),
])
def test_comparisons_and_adverbs_from_the_third_held_out_round(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # renminribao-20250520-kunshan: a pair of nouns counted together
    ("通过航运物流网络，送往全球80多个国家和地区、超300家客商手中。", [["80多个", "国家和地区"], ["超300家", "客商"]]),
    # 21shijijingjibaodao-unknown-zhurou: jieba glues the name to its change verb (价格上涨)
    ("数据显示，今年6月猪肉价格上涨7.0%。", [["7.0%", "猪肉价格"]]),
    # renminribaohaiwaiban-unknown-huobi: 多年来 is a time, not part of the name; 降到了15%左右 is M2增速 again
    ("因过去多年来M2增速超过17%，现在降到了15%左右", [["超过17%", "M2增速"], ["15%左右", "M2增速"]]),
    # jingjiribao-20260612-changjiang: a measure's name drops the verb after it too (跃升至)
    ("2025年，三峡船闸货运量跃升至1.73亿吨。", [["1.73亿吨", "三峡船闸货运量"]]),
])
def test_pairs_glued_verbs_and_times_from_the_third_held_out_round(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # zhongguojingjiwang-20260612-cunzhenyinhang, zhengquanribao-20260612-shijiebei: the noun counted that jieba
    # tags a verb (批复, 对决), at the end of the counted phrase; a verb after a longer phrase stays out (解散)
    ("4月20日，四川金融监管局发布6份行政许可批复，核准遂宁等6家市级农商行。", [["6份", "行政许可批复"]]),
    ("本届世界杯涵盖104场对决、39个比赛日、48支劲旅横跨三大时区。", [["104场", "对决"], ["48支", "劲旅"]]),
    ("5月28日，辽宁金融监管局发布4份批复，同意沈阳辽中、沈北、法库、新民4家富民村镇银行解散。",
     [["4份", "批复"], ["4家", "富民村镇银行"]]),
])
def test_counted_nouns_tagged_as_verbs_from_the_third_held_out_round(text, expected):
    # only the figures these rules read (6家市级农商行 and 39个比赛日 are still wrong: jieba cuts 农商行 and 比赛日)
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rmrb-20191030-kechuangban: 5家为生物医药企业 counts what the five are said to be
    ("12家未盈利企业中，5家为生物医药企业，都是周期长的企业。", [["5家", "生物医药企业"]]),
    # zhongguojingjiwang-20260612-cunzhenyinhang, 21shijijingjibaodao-unknown-zhurou: 已有, 有可能 after the name
    ("截至6月8日，在总行层面，今年以来获批退出的村镇银行已有102家。", [["102家", "村镇银行"]]),
    ("至年底CPI有可能达到3.0%左右。", [["3.0%左右", "CPI"]]),
])
def test_what_a_count_is_said_to_be_from_the_third_held_out_round(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # xinlangcaijing-20230311-guiguyinhang: after a bare verb, an amount is named by the noun after it
    ("安迪的公司存在硅谷银行的美元资金并不多，涉及数十万美元的资金。", [["数十万美元", "资金"]]),
    ("该公司在硅谷银行持有近5亿美元现金，占现金流比例超过四分之一。", [["近5亿美元", "现金"]]),
    ("此次出售涉及价值210亿美元的债券，造成18亿美元实际亏损。", [["18亿美元", "实际亏损"]]),
])
def test_money_named_after_a_verb_from_the_third_held_out_round(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # rmrb-unknown-banama-jingji: 从 before a source (从提供…服务收入) is no X从A到B
    ("运河当局还从提供自来水、电及其他服务收入1.983亿美元，向国库上交1.36亿美元。", [["1.983亿美元", "服务收入"]]),
    # renminribao-20250408-laowu: a difference from what is compared (比传统汽修师要高出)
    ("从收入看，新能源汽修师薪酬比传统汽修师要高出三成；", [["三成", "新能源汽修师薪酬"]]),
    # rmrb-20191030-kechuangban: 占沪市比重为7.3% names the share itself
    ("累计成交额9325亿元，日均141亿元，占沪市比重为7.3%。", [["7.3%", "沪市比重"]]),
])
def test_sources_comparisons_and_named_shares_from_the_third_held_out_round(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # zhongguojingjiwang-20260612-cunzhenyinhang, rmrb-20200521-lianghui-daibiao: a one-character morpheme jieba
    # leaves apart (农, 县) belongs to the noun counted; a noun before 的 is a possessor, not a relative clause
    ("吸收合并辖区内共计27家县级农商行。", [["27家", "县级农商行"]]),
    # rmrb-20191030-kechuangban: 6家企业的营业收入 (whose revenue) counts 企业
    ("其他6家企业的营业收入平均复合增长率达82%。", [["6家", "企业"]]),
    ("用于河南4个革命老区县的20万亩小麦生产。", [["4个", "革命老区县"]]),
])
def test_bound_morphemes_and_possessors_from_the_third_held_out_round(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


def test_no_derived_figure_divides_by_a_count_of_zero():
    # bocom-20240517-board-resolution: a vote tally, two of whose counts are zero.
    frame = derived_figures(extract_figures("表决情况:同意 16 票,弃权 0 票,反对 0 票"))
    assert frame[["derived", "inputs"]].values.tolist() == [["chain ratio", "0 票 ÷ 16 票"]]
    assert frame["value"].tolist() == [0.0]


@pytest.mark.parametrize(("text", "expected"), [
    # beijingribao-20201117-xiaofei (round 4): a list read with 分别 gives each figure its item (类 of
    # 汽车类商品 is no noun, so 商品 is not taken as a head the items share)
    ("其中,10月份,化妆品类、金银珠宝类、汽车类商品同比分别增长18.3%、16.7%、12.0%。",
     [["18.3%", "化妆品类"], ["16.7%", "金银珠宝类"], ["12.0%", "汽车类商品"]]),
    # 21shijijingjibaodao-20211223-xiaofei: 城镇、乡村消费品零售额
    ("1-11月份,城镇、乡村消费品零售额分别为34.6万亿元和5.3万亿元。",
     [["34.6万亿元", "城镇消费品零售额"], ["5.3万亿元", "乡村消费品零售额"]]),
    # yangshiwang-20240307-waimao (round 4, in simplified here): the items of a list closed by 等
    ("特别是能源、金属矿砂等大宗商品进口量分别增加13.8%、7.2%。", [["13.8%", "能源"], ["7.2%", "金属矿砂"]]),
    # zhongguozhengfuwang-20160312-xiaofei (round 4): 及 inside an item is no joint, and no head is shared
    ("1-2月份,限额以上单位家具类、建筑及装潢材料类商品同比分别增长16.4%和14.9%。",
     [["16.4%", "限额以上单位家具类"], ["14.9%", "建筑及装潢材料类商品"]]),
])
def test_a_list_read_with_respectively_gives_each_figure_its_item_from_the_fourth_round(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


def test_a_list_without_respectively_keeps_its_name_whole():
    assert _abouts("城镇、乡村消费品零售额合计为34.6万亿元和5.3万亿元。")[0] == ["34.6万亿元", "城镇、乡村消费品零售额"]


@pytest.mark.parametrize(("text", "expected"), [
    # chengduribao-20210903-shangshigongsi (round 4): a count of a class of organisations (上市公司, tagged nt)
    ("截至昨日收盘,98家成都上市公司总市值已经达到1.39万亿元。", [["98家", "成都上市公司"]]),
    # but not a word jieba mistags as one (新设 of zhongguojingjiwang-20260612-cunzhenyinhang)
    ("被合并的4家村镇银行新设为蒙自沪农商村镇银行下属分支机构。", [["4家", "村镇银行"]]),
])
def test_a_count_of_a_class_of_organisations_from_the_fourth_round(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


def test_a_difference_from_what_is_compared_is_a_change_with_its_direction():
    table = extract_figures("晶丰明源最终募集资金净额较原计划多7,754.24万元。这一数字较上年少200家。")
    rows = table[table["kind"].isin(["money", "count"])]
    assert rows[["about", "change", "direction"]].values.tolist() == [
        ["晶丰明源最终募集资金净额", "较原计划多", "up"], ["这一数字", "较上年少", "down"]]


@pytest.mark.parametrize(("text", "expected"), [
    # zhongguojingjiwang-20260612-kejigu (round 5): the list in the clause before a clause opening with 分别
    ("有色金属、基础化工、建筑材料行业主力资金净流入金额居前，分别为84.86亿元、10.74亿元、6.10亿元。",
     [["84.86亿元", "有色金属"], ["10.74亿元", "基础化工"], ["6.10亿元", "建筑材料"]]),
    # zhengquanribao-20260612-dingzeng: 电子、汽车、基础化工行业的企业数量较多，分别有9家、9家和8家
    ("从企业数量来看，电子、汽车、基础化工行业的企业数量较多，分别有9家、9家和8家。",
     [["9家", "电子"], ["9家", "汽车"], ["8家", "基础化工"]]),
])
def test_a_list_in_the_clause_before_respectively_from_the_fifth_round(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # zhongguojingjiwang-20260612-kejigu (round 5): a stock's move in one character, and 收报 after its name
    ("科技股表现分化，工业富联跌逾2%，中际旭创跌逾2%。", [["逾2%", "工业富联"], ["逾2%", "中际旭创"]]),
    ("截至最后一个交易日，魅视科技收报26.30元/股。", [["26.30元/股", "魅视科技"]]),
    # a count of stocks is of the stocks, not of their move
    ("整个A股市场上涨股票数为1370只，78只股票涨停，4069只股票下跌，50只股票跌停。",
     [["1370只", "整个A股市场上涨股票数"], ["78只", "股票"], ["4069只", "股票"], ["50只", "股票"]]),
    # zhongguojingjiwang-20260612-meishikeji: 募集资金 is one noun
    ("魅视科技首次公开发行股票募集资金总额54,275.00万元，募集资金净额49,559.05万元。",
     [["54,275.00万元", "发行股票募集资金总额"], ["49,559.05万元", "募集资金净额"]]),
])
def test_market_reports_and_filings_from_the_fifth_round(text, expected):
    assert _abouts(text) == expected


def test_a_move_in_one_character_has_its_direction():
    table = statistics(extract_figures("创业板指一度涨逾1%，回落后一度跌逾2%。"))
    assert table[["surface", "change", "direction"]].values.tolist() == [["逾1%", "一度涨", "up"], ["逾2%", "一度跌", "down"]]


@pytest.mark.parametrize(("text", "expected"), [
    # zhongguojingjiwang-20260612-huilvbixian, -huigoudaikuan, renminribao-20260612-jiangsukeji (round 5)
    ("今年以来，银行避险首办户新增30户。", [["30户", "银行避险首办户"]]),
    ("中国银行此次为美的集团提供的回购专项贷金额上限可达117亿元。", [["117亿元", "回购专项贷金额上限"]]),
    ("江苏区域中心已建成36个“一站式”公共转化平台，提供全流程服务。", [["36个", "“一站式”公共转化平台"]]),
])
def test_new_additions_modal_reach_and_quoted_names_from_the_fifth_round(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


def test_a_list_of_regions_is_a_list_not_words_to_trim():
    """renminwang-20230720-wangluolingshou (round 6): 中部, 东部, 西部 are locality words that a name's
    leading trim would drop; followed by 、 they are items of a list read with 分别, and the kind of place the
    last names (东北地区, one word to jieba) is every item's."""
    pairs = _abouts("上半年,中部、东部、西部和东北地区网络零售额同比分别增长16.1%、13%、11.5%和9.1%。")
    assert pairs == [["16.1%", "中部地区网络零售额"], ["13%", "东部地区网络零售额"], ["11.5%", "西部地区网络零售额"],
                     ["9.1%", "东北地区网络零售额"]]


def test_parallel_clauses_of_a_measure_each_name_their_own():
    """xianggangzhongtongshe-20251227-qiuliang (round 6, here in simplified characters): each clause names
    its own grain with the verb of the measure, none takes the first clause's."""
    pairs = _abouts("分品种看,中晚籼稻收购4800万吨,粳稻收购3500万吨,玉米收购1.17亿吨,大豆收购800万吨。")
    assert [about for _, about in pairs][1:] == ["粳稻收购", "玉米收购", "大豆收购"]


def test_a_bank_whose_share_moves_is_what_the_move_measures():
    table = statistics(extract_figures("招商银行涨2%，平安银行跌1%。"))
    assert table[["about", "direction"]].values.tolist() == [["招商银行", "up"], ["平安银行", "down"]]


@pytest.mark.parametrize(("text", "expected"), [
    # zhongxinwang-20211020-yiwu (round 7, here in simplified characters): 分别 inside the name, the verb after it
    # shared by the items, a leading 对 governing every item
    ("其中服装及衣着附件、塑料制品分别出口280.5亿元、265.2亿元。",
     [["280.5亿元", "服装及衣着附件出口"], ["265.2亿元", "塑料制品出口"]]),
    ("对美国、印度、智利、墨西哥分别进出口278.0亿元、113.2亿元、91.7亿元、81.6亿元。",
     [["278.0亿元", "美国进出口"], ["113.2亿元", "印度进出口"], ["91.7亿元", "智利进出口"], ["81.6亿元", "墨西哥进出口"]]),
])
def test_respectively_inside_the_name_shares_the_verb_after_it(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # zhongguotaiwanwang-20210121-taishang, zhongyangshe-20230518-dianjichanpin (round 8): Taiwan's 年增, 年減,
    # 年成長 are year-on-year changes, and 小增 a change in one character; the name is before them
    ("在陆资赴台投资方面,去年的投资额为1亿2631万美元,年增29.9%。",
     [["1亿2631万美元", "投资额", ""], ["29.9%", "投资额", "up"]]),
    ("電機產品出口達159億美元,年成長10.5%。", [["159億美元", "電機產品出口", ""], ["10.5%", "電機產品出口", "up"]]),
    ("电机产品出口为144亿美元，今年前4月年减19%。", [["144亿美元", "电机产品出口", ""], ["19%", "电机产品出口", "down"]]),
    ("净利润大增50%，营收小增3.7%。", [["50%", "净利润", "up"], ["3.7%", "营收", "up"]]),
    # xinhuashe-20160214-chunjielvyou (round 8, here in simplified characters): how a change was worked out is
    # no name; the change is of the figure before
    ("实现旅游收入3651亿元,按可比口径增长16.3%。", [["3651亿元", "旅游收入", ""], ["16.3%", "旅游收入", "up"]]),
    # zhongxinwang-20240207-zhejiangshichang (round 8): a comparison with 与…相比, and names changing alike (均)
    # introduced by 如, kept as a list
    ("如平湖中国服装城、平湖时尚羽绒城月成交额与去年同期相比均增长100%。",
     [["100%", "平湖中国服装城、平湖时尚羽绒城月成交额", "up"]]),
])
def test_changes_as_taiwan_and_method_phrases_write_them(text, expected):
    assert statistics(extract_figures(text))[["surface", "about", "direction"]].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    # zhongxinwang-20240207-zhejiangshichang (round 8): a count of markets ends on 市场; 成交额 is what is said
    # of them; a list of kinds of market is counted whole, and its turnover is the whole list's
    ("25家粮油市场成交额达28.87亿元,同比增长32.42%;17家花鸟鱼虫、宠物、苗木市场成交额达4.32亿元。",
     [["25家", "粮油市场"], ["28.87亿元", "粮油市场成交额"], ["32.42%", "粮油市场成交额"],
      ["17家", "花鸟鱼虫、宠物、苗木市场"], ["4.32亿元", "花鸟鱼虫、宠物、苗木市场成交额"]]),
    # a count of a list of nouns (xinhuashe-20160214-chunjielvyou, in simplified characters), but not of a list
    # whose next item is a phrase of its own (rmrb-20191015-hubei-5g)
    ("全国31个省、自治区、直辖市分别对辖区内春节假日的接待规模进行了统计调查。", [["31个", "省、自治区、直辖市"]]),
    ("军运会开幕前武汉35处比赛场馆、三环以内主干道、人流密集区都将实现5G网络覆盖。", [["35处", "比赛场馆"]]),
    # guangmingribao-20120827-xiushan (round 8): 已 before the verb of reaching goes with it (已达 is untagged)
    ("目前,秀山县金银花基地已达30.1万亩,种植面积全国第一。", [["30.1万亩", "秀山县金银花基地"]]),
    # xinhuawang-20111202-liangshi (round 8): a share named with its whole, that rose to the figure
    ("粮食主产区的稳产增产作用得到进一步发挥,占全国粮食总产量的比重升到76%。", [["76%", "比重"]]),
    # nbs-19990226-tongjigongbao (round 8): an indicator name jieba cut at its verb (城镇/登记/失业率)
    ("年末城镇登记失业率为百分之三点一,与上年末持平。", [["百分之三点一", "城镇登记失业率"]]),
])
def test_counts_of_markets_lists_and_shares_from_the_eighth_round(text, expected):
    assert _abouts(text) == expected


def test_an_exchange_rate_is_one_figure_priced_in_the_currency_it_is_quoted_for():
    """nbs-19990226-tongjigongbao (round 8): 1美元兑8.2789元人民币 is a rate in 元 per 美元, about the dollar;
    the 1美元 it is quoted for is no figure, and 基本点 is the basis point."""
    table = statistics(extract_figures("年末1美元兑8.2789元人民币, 比上年末略升9个基本点。"))
    assert table[["surface", "value", "unit", "kind", "direction"]].values.tolist() == [
        ["8.2789元", 8.2789, "元/美元", "rate", ""], ["9个基本点", 9.0, "个基点", "percent", "up"]]
    assert table["about"][0] == "1美元"  # (the 9个基本点 is the rate's move; its reading, 1美元, is not the gold's 汇率)


@pytest.mark.parametrize(("text", "expected"), [
    # zhongguojingjiwang-20260612-tuishi (round 5): a second condition joined by 且 names its own figure (负且
    # glued by jieba); money after 被 is what the one named before it was fined; a count ends before 合计
    ("主板净利润为负且营业收入低于3亿元即被实施退市风险警示。", [["低于3亿元", "营业收入"]]),
    ("公司被罚款1000万元，14名时任高管被合计处罚3100万元。",
     [["1000万元", "公司"], ["14名", "时任高管"], ["3100万元", "时任高管"]]),
    ("公司及26名责任人合计被罚2.44亿元。", [["26名", "责任人"], ["2.44亿元", "责任人"]]),
])
def test_conditions_joined_by_qie_and_the_one_fined_before_bei(text, expected):
    assert _abouts(text) == expected


def _traditional_texts():
    from helpers.paths import CORPUS
    from helpers.traditional import has_traditional

    texts = [p for p in sorted(CORPUS.glob("*.txt")) if sum(map(has_traditional, p.read_text(encoding="utf-8-sig"))) > 50]
    assert len(texts) >= 14  # the corpus's Traditional copies: Hong Kong, Macao, Taiwan, Malaysia and mirror pages
    return texts


@pytest.mark.parametrize("path", _traditional_texts(), ids=lambda p: p.stem)
def test_a_traditional_copy_is_read_as_its_simplified_reading_in_its_own_characters(path):
    """Every figure of a Traditional copy has the value, unit and reading of what it measures that the same
    text in simplified characters has, given back in the copy's own characters."""
    from helpers.traditional import fold

    text = path.read_text(encoding="utf-8-sig")
    columns = ["start", "end", "kind", "value", "unit", "qualifier", "about", "change", "direction"]
    as_written = statistics(extract_figures(text))[columns]
    simplified = statistics(extract_figures(fold(text)))[columns]
    for column in ("about", "change"):
        assert all(set(part) <= set(text) for part in as_written[column]), column  # the copy's own characters
        as_written[column] = as_written[column].map(fold)
    pd.testing.assert_frame_equal(as_written, simplified)


@pytest.mark.parametrize(("text", "expected"), [
    # a clause that names nothing: what the figure before measures (xinlangcaijing-20050912-beijingshouru) ...
    ("而农民人均现金收入也比去年同期增长了13%,突破6000元。", [["13%", "农民人均现金收入"], ["突破6000元", "农民人均现金收入"]]),
    ("“肉价至少要涨一年，现在25元，一年内将上涨20%，达到30多元。”",  # 21shijijingjibaodao-unknown-zhurou
     [["25元", "肉价"], ["30多元", "肉价"]]),  # (20% is read as 一年内's, still wrong: its gold is 肉价)
    # ... else what the clause before opens with (xinlangwang-unknown-guangdongjingji, zhongguojingjizhoukan-unknown-danmai)
    ("其中金融保险业回升较快,增长10.7%,同比加快3.8个百分点。", [["10.7%", "金融保险业"], ["3.8个百分点", "金融保险业"]]),
    ("彼时，丹麦的经济增长率很高，曾经达到16%～17%。", [["16%～17%", "经济增长率"]]),
    # not a phrase that goes on past the name (zhongguojingjiwang-20260612-tuishi): 财务/类/退市 gives nothing
    ("财务类退市占据主导地位，共计12家。", [["12家", ""]]),
])
def test_a_clause_that_names_nothing_takes_the_figure_before_or_the_clause_before(text, expected):
    assert [pair for pair in _abouts(text) if pair[0] in [e[0] for e in expected]] == expected


def test_items_of_a_list_of_targets_are_named_before_them():
    """zhonghuahezuoshibao-20100608-baokang (round 8): a verb done (确定了) is no part of the first name, and
    no item takes the 目标 the whole list is said to make."""
    assert _abouts("确定了重点发展烟叶6万亩、蔬菜10万亩、食用菌5000万袋的目标。") == [
        ["6万亩", "重点发展烟叶"], ["10万亩", "蔬菜"], ["5000万袋", "食用菌"]]


@pytest.mark.parametrize(("text", "expected"), [
    # dongbeiwang-20150927-hezuoshe, huizhou-unknown-shangshigongsi (round 9): speech and headlines leave 元 out
    ("“今年种地加养鸡,能赚30万,明年可以把房子再加盖一层了!”", [["30万", "money", "元"]]),
    ("4家上市企業凈利潤均超1億", [["4家", "count", "家"], ["超1億", "money", "元"]]),
    # a count with no unit is no money without a word of earning or selling (jianghuaichenbao-20020727-jiuhuashan)
    ("九华山风景区共接待中外游人、香客2.12万,与上年同期相比增长143.8%。",
     [["2.12万", "count", ""], ["143.8%", "percent", "%"]]),
])
def test_an_amount_with_no_unit_after_a_word_of_earning_is_money(text, expected):
    assert statistics(extract_figures(text))[["surface", "kind", "unit"]].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ettoday-20251013-chukou (round 9): the figure a change is compared with is what its noun names
    ("9月以美元計價出口年增8.3%，多過市場預期的6.6%；進口為年增7.4%，多過市場預期的1.8%。",
     [["8.3%", "以美元計價出口"], ["6.6%", "市場預期"], ["7.4%", "進口"], ["1.8%", "市場預期"]]),
    # dongfangribao-20201013-waimao (round 6): the currency a total is counted in is part of its name
    ("今年首9个月,中国以人民币计价进出口总值23兆1200亿人民币。", [["23兆1200亿人民币", "中国以人民币计价进出口总值"]]),
])
def test_a_figure_compared_with_and_a_total_in_a_currency(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # xingdao-20180302-lingshou (round 9): Hong Kong's 升/跌 in one character, 额升 glued by jieba
    ("本港1月零售业总销货额升4.1%。", [["4.1%", "零售业总销货额", "up"]]),
    ("超级市场货品的销货价值跌13.3%。", [["13.3%", "销货价值", "down"]]),
    # dongbeiwang-20150927-hezuoshe (round 9), renminribao-20250408-laowu: in speech, money earned or sold
    ("“预计每亩地能卖2500多元,光种地就能赚4万元左右。”", [["2500多元", "卖", ""], ["4万元左右", "赚", ""]]),
    ("“忙的时候一个月能挣1万多元。”", [["1万多元", "挣", ""]]),
])
def test_moves_in_one_character_and_money_earned_in_speech(text, expected):
    assert statistics(extract_figures(text))[["surface", "about", "direction"]].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    # review: a figure of another unit is not carried into a clause that names nothing; the clause before is read
    ("营业收入100亿元，员工人数增加，达到5000人。", [["100亿元", "营业收入"], ["5000人", "员工人数"]]),
    # a time compared with names nothing: the figure is what the clause before measures
    ("出口增长8%，低于去年同期的10%。", [["8%", "出口"], ["10%", "出口"]]),
    # 被 cuts a name only before a penalty or award
    ("公司被收购后营收达到5亿元。", [["5亿元", "公司被收购后营收"]]),
])
def test_review_counter_examples_for_the_fallbacks(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("收购棉花30万。", [["30万", "count", ""]]),  # 花 of 棉花 is no spending
    ("花了30万。", [["30万", "money", "元"]]),
])
def test_money_implied_only_by_a_word_of_money(text, expected):
    assert statistics(extract_figures(text))[["surface", "kind", "unit"]].values.tolist() == expected


def test_the_year_of_this_year_is_no_year_on_year_change():
    assert statistics(extract_figures("全年增长8.5%。"))["change"].tolist() == ["增长"]


@pytest.mark.parametrize(("text", "expected"), [
    # yaanribao-20241026-qiansanji, huanqiushibao-20170418-gdp: a bracketed note of what is left out follows the name
    ("全市固定资产投资(不含农户)同比增长2.5%。", [["2.5%", "全市固定资产投资"]]),
    # xinlangcaijing-20050912-beijingshouru: 实增 is 实际增长, after how it was worked out
    ("城市居民人均可支配收入15009元，扣除价格因素后实增10.7%。",
     [["15009元", "城市居民人均可支配收入"], ["10.7%", "城市居民人均可支配收入"]]),
    # xinhua-20190610-duanwu (round 7): flights counted in 班
    ("端午假期全国共保障航班4.7万班,同比增长4.5%。", [["4.7万班", "航班"], ["4.5%", "航班"]]),
    # renminribao-20250603-guangxi: a duration in another unit of time is what the first one was
    ("货物单证录入时长从4小时缩短至10分钟。", [["4小时", "货物单证录入时长"], ["10分钟", "货物单证录入时长"]]),
])
def test_scope_notes_real_growth_flights_and_durations(text, expected):
    assert _abouts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # jianghuaichenbao-20020727-jiuhuashan, zhongguojingjiwang-20260612-jingfengmingyuan: an adverb between a subject
    # and what it did (共, 拟, 已) ends the subject, as 实现 and 为 do
    ("九华山风景区共接待中外游人、香客2.12万。", [["2.12万", "中外游人、香客"]]),
    ("该公司拟募集资金71,020.00万元。", [["71,020.00万元", "募集资金"]]),
    # zhengquanribao-20260612-yinhanglicai, the corpus's county reports: finance and statistics terms jieba cuts
    ("银行理财存续规模31.65万亿元。", [["31.65万亿元", "银行理财存续规模"]]),
    ("全县规模以上企业27户。", [["27户", "全县规模以上企业"]]),
    # rmrb-unknown-banama-jingji: 再出口 (re-export) is a trade term, not 再 and 出口
    ("再出口贸易额为37.46亿美元，同比增长4.6％。", [["37.46亿美元", "再出口贸易额"], ["4.6％", "再出口贸易额"]]),
])
def test_adverbs_that_end_a_subject_and_terms_jieba_cuts(text, expected):
    assert _abouts(text) == expected


def test_an_amount_glued_to_its_name_and_after_a_run_in_label_is_named_without_the_label():
    # 各地经济“三季报”亮点多 (365t.org.cn/index/qyjj/show-15098.html, 2024-10-30): GDP written against the amount, and
    # a run-in label (看总量——) before the name
    text = "看总量——广东前三季度GDP99939.18亿元,已接近10万亿元,稳居全国榜首。紧随其后的江苏前三季度GDP97744.3亿元;"
    frame = statistics(extract_figures(text))
    assert frame[["surface", "value", "about"]].values.tolist() == [
        ["99939.18亿元", 9.993918e12, "广东前三季度GDP"], ["接近10万亿元", 1e13, "广东前三季度GDP"],
        ["97744.3亿元", 9.77443e12, "江苏前三季度GDP"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 21世纪经济报道, 猪肉 (tests/data/articles/21shijijingjibaodao-unknown-zhurou.txt)
        ("其时经济增速高达9.2%。", [["9.2%", "up"]]),
        # 证券日报, 券商 (tests/data/articles/zhengquanribao-20260612-quanshangshizhi.txt)
        ("但从二级市场表现来看，Wind数据显示，截至6月11日收盘，券商板块年内跌幅为17.53%，", [["17.53%", "down"]]),
        # 东方日报 (tests/data/articles/dongfangribao-20201013-waimao.txt): negative rates are falls
        ("今年第1和第2季中国进出口总值按年增速分别为-6.5%和-0.2%。", [["-6.5%", "down"], ["-0.2%", "down"]]),
        # 四川新闻网 (tests/data/articles/sichuanxinwenwang-20180124-gongye.txt): a list of yearly rates
        ("分年度看,2013-2017年规上工业增速分别为11.1%、9.6%、7.9%、7.9%、8.5%,",
         [["11.1%", "up"], ["9.6%", "up"], ["7.9%", "up"], ["7.9%", "up"], ["8.5%", "up"]]),
        # 各地经济“三季报”亮点多 (365t.org.cn/index/qyjj/show-15098.html): a list whose shared name is a rate
        ("前三季度,广东、江苏、山东、浙江、河南、四川等6省份GDP同比增速分别为3.4%5.7%5.6%5.4%5%5.3%。",
         [["3.4%", "up"], ["5.7%", "up"], ["5.6%", "up"], ["5.4%", "up"], ["5%", "up"], ["5.3%", "up"]]),
        # 人民日报, 科创板 (tests/data/articles/rmrb-20191030-kechuangban.txt): a share is a level, no rate of change
        ("累计成交额9325亿元，日均141亿元，占沪市比重为7.3%。", [["9325亿元", ""], ["141亿元", ""], ["7.3%", ""]]),
    ],
    ids=["rise", "fall", "negative", "yearly-list", "run-together-list", "level"],
)
def test_a_percent_named_as_a_rate_of_change_has_the_direction_its_name_states(text, expected):
    assert statistics(extract_figures(text))[["surface", "direction"]].values.tolist() == expected


def test_growth_rates_are_the_percents_with_a_change_word_or_a_rate_of_change_for_a_name():
    # 各地经济“三季报”亮点多 (365t.org.cn/index/qyjj/show-15098.html, 2024-10-30)
    text = ("前三季度,广东、江苏、山东、浙江、河南、四川等6省份GDP同比增速分别为3.4%5.7%5.6%5.4%5%5.3%。"
            "前三季度,广东外贸占全国外贸的20.9%,规模和比重继续稳居全国第一;货物进出口同比增长11.1%,较全国平均水平快5.8个百分点,"
            "对全国外贸进出口增长的贡献率达41.5%,在全国外贸大局中发挥了主力军作用。")
    rates = growth_rates(extract_figures(text))
    assert rates[["surface", "about", "change"]].values.tolist() == [
        ["3.4%", "广东", ""], ["5.7%", "江苏", ""], ["5.6%", "山东", ""], ["5.4%", "浙江", ""], ["5%", "河南", ""],
        ["5.3%", "四川", ""], ["11.1%", "货物进出口", "同比增长"]]  # not the share (20.9%), the points or the 贡献率
    fall = "但从二级市场表现来看，Wind数据显示，截至6月11日收盘，券商板块年内跌幅为17.53%，"
    assert signed_change(growth_rates(extract_figures(fall))).tolist() == [-17.53]


def test_a_date_compared_with_is_no_figures_as_of_unless_the_figure_is_its_value():
    # 成都日报 (tests/data/articles/chengduribao-20210903-shangshigongsi.txt): 2020年 is what 2021's profit is compared
    # with; 177.25亿元 is the 2020 figure itself
    text = "98家成都上市公司合计实现营业收入2091.05亿元,实现净利润222.20亿元,较2020年同期的177.25亿元增长25.35%。"
    frame = statistics(extract_figures(text))
    assert frame[["surface", "as_of"]].values.tolist() == [
        ["98家", ""], ["2091.05亿元", ""], ["222.20亿元", ""], ["177.25亿元", "2020-12-31"], ["25.35%", ""]]
    # 中新网 成都 2025-07-23: 较年初 is the base of the change, not the date of the balance (it was read as of 2025-02-28)
    text = ("2025年上半年,四川省金融运行总体延续“总量稳、结构优、利率降”特征,为全省经济回升向好提供了有力支撑。"
            "6月末,全省本外币各项贷款余额12.7万亿元,同比增长11.6%,高于全国同期增速4.8个百分点。"
            "本外币各项贷款余额较年初增加9062亿元,同比多增1336亿元。")
    frame = statistics(extract_figures(text))
    assert frame[["surface", "as_of"]].values.tolist() == [
        ["12.7万亿元", "2025-06-30"], ["11.6%", "2025-06-30"], ["4.8个百分点", "2025-06-30"], ["9062亿元", ""], ["1336亿元", ""]]


def test_a_year_compared_with_or_stated_in_an_aside_does_not_date_the_months_after_it():
    # 中国政府网, 2016-03-12 (tests/data/articles/zhongguozhengfuwang-20160312-xiaofei.txt)
    text = ("国家统计局今天发布了2016年1-2月份社会消费品零售总额数据。"
            "从同比看,1-2月份,社会消费品零售总额同比增长10.2%,仍保持两位数增长,增速虽比上年同期回落0.5个百分点,"
            "但回落幅度明显收窄(2015年1-2月份比2014年同期回落1.1个百分点)。"
            "从环比看,1、2月份社会消费品零售总额环比增速分别为0.83%和0.81%,与上年各月环比增速的平均水平基本持平,走势平稳。")
    frame = statistics(extract_figures(text))
    assert frame[["surface", "as_of"]].values.tolist() == [
        ["10.2%", "2016-02-29"], ["0.5个百分点", "2016-02-29"], ["1.1个百分点", "2015-02-28"], ["0.83%", "2016-02-29"],
        ["0.81%", "2016-02-29"]]


def test_the_publication_date_dates_a_text_that_states_no_year():
    # 国家统计局, 2023-04-18 (tests/data/articles/nbs-20230418-energy-mar.txt): no year anywhere in the release
    text = "3月份,生产原煤4.2亿吨,同比增长4.3%,增速比1—2月份放缓1.5个百分点,日均产量1346万吨。"
    assert statistics(extract_figures(text))["as_of"].tolist() == ["", "", "", ""]  # no year: no date
    unplaced = extract_figures(text)
    assert unplaced[unplaced["kind"] == "period"][["surface", "period_end", "note"]].values.tolist() == [
        ["3月份", "", "3月份: no year stated to place it in"], ["1—2月份", "", "1—2月份: no year stated to place it in"]]
    frame = extract_figures(text, published=dt.date(2023, 4, 18))
    assert frame[["surface", "period_end", "as_of"]].values.tolist()[:3] == [
        ["3月份", "2023-03-31", ""], ["4.2亿吨", "", "2023-03-31"], ["4.3%", "", "2023-03-31"]]
    assert frame.iloc[0]["note"] == "year 2023 inferred from the date the article was published (2023-04-18)"
    # 1—2月份 is what the change is compared with: it dates nothing
    assert frame[frame["surface"] == "1.5个百分点"]["as_of"].tolist() == ["2023-03-31"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 中新网 成都 2025-07-23 (a web copy of 四川 finance figures)
        ("贷款投放节奏平稳,近一年贷款增速保持在11%~12%的合理区间,", [["11%~12%", "近一年贷款增速"]]),
        # 四川新闻网 (tests/data/articles/sichuanxinwenwang-20180124-gongye.txt)
        ("工业生产增速基本维持在8.5%左右小幅波动,平稳较快运行势头良好。", [["8.5%左右", "工业生产增速"]]),
    ],
    ids=["保持在", "维持在"],
)
def test_a_verb_of_staying_at_a_level_is_no_part_of_what_the_level_measures(text, expected):
    assert statistics(extract_figures(text))[["surface", "about"]].values.tolist() == expected


def test_a_list_of_years_compared_with_dates_nothing():
    # 人民日报 (tests/data/articles/renminribao-20231004-guoqingjiaqi.txt)
    text = "中国民航局数据显示,假期前五天,民航市场运行平稳有序,预计飞行航班82875班,比2022年、2019年假期同期分别增长114.65%、2.45%。"
    assert statistics(extract_figures(text))[["surface", "as_of"]].values.tolist() == [
        ["五天", ""], ["82875班", ""], ["114.65%", ""], ["2.45%", ""]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 与 compares only with 相比 after the date; 参与 and a pair of years compare nothing (review)
        ("2023年,已有120家企业参与2024年度评选,申报金额达3亿元。", [["120家", "2023-12-31"], ["3亿元", "2024-12-31"]]),
        ("与2019年同期相比,两年平均增长5.3%。", [["5.3%", ""]]),
    ],
    ids=["参与", "与…相比"],
)
def test_yu_compares_a_date_only_with_xiangbi_after_it(text, expected):
    assert statistics(extract_figures(text))[["surface", "as_of"]].values.tolist() == expected


def test_a_dash_between_two_names_is_kept_and_a_run_in_label_is_not():
    # 2023年中国——东盟贸易额 (review); 看总量—— (365t.org.cn/index/qyjj/show-15098.html)
    assert statistics(extract_figures("2023年中国——东盟贸易额达6.41万亿元。"))["about"].tolist() == ["中国——东盟贸易额"]
    assert statistics(extract_figures("看总量——广东前三季度GDP99939.18亿元,"))["about"].tolist() == ["广东前三季度GDP"]


def test_a_month_after_the_publication_date_is_last_years_and_a_running_period_is_as_of_publication():
    # a January release's 12月份 (review), and 今年以来 in a June one
    frame = extract_figures("12月份,生产原煤4.2亿吨。", published=dt.date(2024, 1, 17))
    assert frame[["surface", "period_end", "as_of"]].values.tolist() == [["12月份", "2023-12-31", ""], ["4.2亿吨", "", "2023-12-31"]]
    assert frame.iloc[0]["note"].endswith("a month after it being last year's")
    row = statistics(extract_figures("今年以来,营收超过100亿元。", published=dt.date(2026, 6, 12))).iloc[0]
    assert (row["as_of"], row["note"]) == ("2026-06-12", "as of publication (2026-06-12): 今年 runs on past it")


def test_a_year_in_the_brackets_of_a_title_is_stated_not_an_aside():
    # abridged from 中国经济网 (tests/data/articles/zhongguojingjiwang-20260612-tuishi.txt) (review)
    text = "根据《上市规则（2026年4月修订）》的规定。6月10日摘牌的退市观典是代表案例。"
    periods = extract_figures(text)
    assert periods[periods["surface"] == "6月10日"]["period_end"].tolist() == ["2026-06-10"]


@pytest.mark.parametrize(
    ("text", "surface", "now"),
    [
        # 人民日报 2019-10-15 (tests/data/articles/rmrb-20191015-hubei-5g.txt)
        ("2016年湖北开始布局5G基站建设，目前已建成5G基站6000多个，计划到2021年建设5G基站5万个以上", "6000多个", "目前"),
        # 中国经济周刊 (tests/data/articles/zhongguojingjizhoukan-unknown-danmai.txt)
        ("自2000年以来，丹麦绿色能源技术出口额增长了300%。", "300%", "2000年以来"),
        ("丹麦人均用水量从1989年的每天170升下降到现在的每天114升。", "114升", "现在"),
        # 21世纪经济报道 (tests/data/articles/21shijijingjibaodao-unknown-zhurou.txt)
        ("他解释称，仔猪供给收缩也反映在其价格上，年初至今仔猪价格上涨幅度达123%。", "123%", "年初至今"),
        # 经济日报 (a 贵州 report, not in the corpus): 2015年 dates the first clause, not what 目前 says
        ("党的十八大以来，贵州全力突破交通瓶颈制约，2015年在西部地区率先实现县县通高速公路，目前全省公路总里程突破8000公里，"
         "位居全国第五。", "突破8000公里", "目前"),
    ],
    ids=["目前", "以来", "现在", "至今", "目前-after-a-year"],
)
def test_a_figure_stated_as_of_the_writing_is_not_dated_by_the_year_before_it(text, surface, now):
    row = extract_figures(text).set_index("surface").loc[surface]
    assert row["as_of"] == ""  # was the end of the year before it: 2016-12-31, 2000-12-31, 1989-12-31, 2015-12-31
    assert row["note"].endswith(f"as of publication ({now}), date not stated")


def test_a_running_period_or_a_word_of_the_present_is_as_of_the_publication_where_it_is_known():
    # 中国经济网 2026-06-12 (tests/data/articles/zhongguojingjiwang-20260612-tuishi.txt)
    text = "财务造假是近年来最为突出的问题。2026年以来，已有4家上市公司因重大财务造假退市。"
    row = extract_figures(text, published=dt.date(2026, 6, 12)).set_index("surface").loc["4家"]
    assert (row["as_of"], row["note"]) == ("2026-06-12", "as of publication (2026-06-12): 2026年 runs on past it")
    # 体现在 holds no 现在 (中国证券报 2026-06-12, tests/data/articles/zhongguozhengquanbao-20260612-jingangshi.txt)
    from helpers.stated import RE_NOW

    assert RE_NOW.search("这一精细化趋势不仅体现在新发指数上，更体现在对存量旗舰指数的系统性规则修订上") is None


def test_a_running_period_stated_up_to_a_date_is_as_of_that_date():
    # cnews records, 2009 (lines 120, 313 and 992: fund reports), as printed: 截至 a date, then 今年以来; the figure is as of
    # that date (it was the publication's, or none where the date is not known)
    text = "截至3月17日，今年以来沪深300指数上涨27.76%。而同期，偏股型基金中净值增长率超过27.76%的基金仅有中邮核心优选。"
    row = extract_figures(text, published=dt.date(2009, 3, 20)).iloc[2]
    assert row[["surface", "as_of", "note"]].tolist() == ["27.76%", "2009-03-17", "as of 3月17日: 今年以来 is stated up to it"]
    row = extract_figures("截至2月13日，今年以来，A股股票型基金净值平均上涨了21.37%。").set_index("surface").loc["21.37%"]
    assert row[["as_of", "note"]].tolist() == ["", "as of 2月13日: 今年以来 is stated up to it"]
    # a date with no year is inside the period it bounds (line 992): 2009's, not the 2008 stated before it
    row = extract_figures("统计数据显示，2008年国内基金业创纪录地发行了99只新基金。而截至2月28日，2009年以来已有25只新基金发行或即将发行。"
                          ).set_index("surface").loc["25只"]
    assert row["as_of"] == "2009-02-28"
    # a word of the present, not a date, leaves it as of the writing
    row = extract_figures("截至目前，今年以来上涨5%。", published=dt.date(2009, 3, 20)).set_index("surface").loc["5%"]
    assert row["as_of"] == "2009-03-20"


def test_a_year_counted_from_the_writing_ends_the_reach_of_the_year_stated_before_it():
    # 经济日报 (a 贵州 report, not in the corpus): 4月21日 is not in 2015, the last year stated, but in a year the
    # text counts from its own date (去年), which it does not give
    text = ("党的十八大以来，贵州全力突破交通瓶颈制约，2015年在西部地区率先实现县县通高速公路，目前全省公路总里程突破8000公里，"
            "位居全国第五。同时，高铁通车里程达1527公里；形成“一枢十一支”机场布局，贵阳龙洞堡机场3号航站楼正式启用，"
            "进入全国大型繁忙机场行列。\n借助日益完善的交通网络，贵州稳步推进内陆开放型经济试验区建设，陆海内外联动、东西双向开放的新"
            "格局正加速形成。去年，全省实现进出口总额654.16亿元，同比增长19.7%。\n4月21日，满载着60个标准集装箱、约1650吨水泥熟料"
            "的货运列车从贵阳都拉营国际陆海通物流港发车，驶向广西钦州港，标志着西部陆海新通道“贵阳都拉营—广西钦州港”专列常态化开行。")
    frame = extract_figures(text).set_index("surface")
    assert frame.loc["4月21日", ["period_end", "note"]].tolist() == [
        "", "4月21日: no year to place it in (去年 after 2015年 counts from the date of writing, which the text does not give)"]
    assert frame.loc[["60个", "约1650吨"], "as_of"].tolist() == ["", ""]  # were 2015-04-21
    # the publication date places it: this year's, and 去年 is the year before
    dated = extract_figures(text, published=dt.date(2021, 5, 10)).set_index("surface")
    assert dated.loc[["654.16亿元", "60个"], "as_of"].tolist() == ["2020-12-31", "2021-04-21"]
    # 今年 too (证券日报 2026-06-12, tests/data/articles/zhengquanribao-20260612-dingzeng.txt: 2025年 is stated before
    # 今年以来截至6月11日, which is 2026's); a compared 去年 leaves the year stated in force
    from tests.loaded import article

    from helpers.paths import CORPUS

    whole = article(CORPUS / "zhengquanribao-20260612-dingzeng.txt").text
    start = whole.index("“根据我们的统计")
    text = whole[start:whole.index("同比增长85.94%。", start) + len("同比增长85.94%。")]
    assert extract_figures(text).set_index("surface").loc["87家", "as_of"] == ""  # was 2025-06-11


def test_an_article_is_read_against_the_date_its_own_matter_gives_it():
    from tests.loaded import article, figures

    from helpers.paths import CORPUS
    from helpers.paths import SEED_ARTICLE as SEED

    # 人民日报 2023-10-04 (tests/data/articles/renminribao-20231004-guoqingjiaqi.txt): its edition line dates it; the
    # days of 看铁路,10月3日 are 2023's, not 2019's (the year compared with, the only one stated before them)
    path = CORPUS / "renminribao-20231004-guoqingjiaqi.txt"
    assert article(path).published == dt.date(2023, 10, 4)
    frame = figures(path)
    assert frame[frame["surface"] == "1635万人次"]["as_of"].tolist() == ["2023-10-03"]
    assert set(frame[frame["surface"] == "10月3日"]["note"]) == {
        "year 2023 inferred from the date the article was published (2023-10-04)"}
    # 成都日报 2021-09-03: 上半年 with no year is this year's half, by the stamp (was 2020's, a year stated before it)
    chengdu = figures(CORPUS / "chengduribao-20210903-shangshigongsi.txt")
    assert chengdu[chengdu["surface"] == "33.89亿元"]["as_of"].tolist() == ["2021-06-30"]
    # a file named outlet-YYYYMMDD-slug.txt is dated by its name, as the corpus dates it; the seed has neither
    assert article(CORPUS / "chinanews-20090811-money-supply.txt").published == dt.date(2009, 8, 11)
    assert article(SEED).published is None


def test_a_year_measured_from_or_against_dates_no_month_after_it():
    # 金融时报 2000-03-29 (an archive copy, not in the corpus; its record dates it): 1至2月 is 2000's, not 1999's,
    # the year only measured from (自1999年8月起) or against (1999年同期, 高于1999年末…的水平)
    text = ("其中，国有及国有控股企业增长10.4%，集体企业增长7.6%，外商及港澳台企业增长14.1%。自1999年8月起，国有及国有控股企业"
            "生产增长已连续超过集体企业，扭转了90年代以来国有企业生产增速落后于集体企业的状况。从效益指标看，库存产成品、费用支出等"
            "指标连续下降，反映出经过多年的改革，企业对市场竞争的适应能力有所提高。\n公众预期有所改善，消费增长较快，固定资产投资仍需"
            "进一步拉动。1至2月累计，社会消费品零售总额增长10.9%，高于1998年和1999年同期水平。这反映了随着社会保障体系的不断完善，"
            "以及加大国家对收入政策的调整，在影响人们经济预期诸多因素中的收入预期、安全预期在减弱，公众预期得到改善，居民消费需求进入"
            "一个平缓扩张阶段。\n1至2月累计，固定资产投资增长8.6%，高于1999年末全社会投资增长6.3%的水平，但低于前几年固定资产投资同期"
            "水平。")
    frame = statistics(extract_figures(text, published=dt.date(2000, 3, 29)))
    assert frame[["surface", "as_of"]].values.tolist() == [  # 10.9% and 8.6% were 1999-02-28
        ["10.4%", ""], ["7.6%", ""], ["14.1%", ""], ["10.9%", "2000-02-29"], ["8.6%", "2000-02-29"],
        ["6.3%", "1999-12-31"]]  # the 1999 figure itself


def test_a_date_in_a_list_compared_with_dates_nothing():
    # 經濟通 2025-10-20 (tests/data/articles/jingjitong-20251020-qiansanji.txt): 上年同期 after 比上年全年和 is compared
    # with too; what follows is as of 前三季度 (was 2024-12-31)
    text = ("國家統計局發言人表示，前三季度GDP同比增長5.2%，比上年全年和上年同期分別加快0.2、0.4個百分點；"
            "經濟增量達到39679億元(人民幣．下同)，同比多增1368億元。")
    frame = statistics(extract_figures(text, published=dt.date(2025, 10, 20)))
    assert frame["as_of"].tolist() == ["2025-09-30"] * 5


def test_taiwans_month_and_quarter_on_changes_are_changes():
    # 鉅亨網 (a 太陽能 copy, not in the corpus), a whole sentence as the loader reads it (its spaces around numbers
    # removed): 月增 is month on month, 季增 quarter on quarter, as 年增/年減 is year on year; the 月 of 9月營收 is the
    # name's, with no change of its own
    text = "茂迪9月營收5.29億元，月增3.54%，年減19.4%，第三季營收13.88億元，季增19.35%，年減11.77%，累計前三季營收36.5億元年減15.31%。"
    assert statistics(extract_figures(text))[["surface", "about", "change", "direction"]].values.tolist() == [
        ["5.29億元", "茂迪9月營收", "", ""], ["3.54%", "茂迪9月營收", "月增", "up"], ["19.4%", "茂迪9月營收", "年減", "down"],
        ["13.88億元", "營收", "", ""], ["19.35%", "營收", "季增", "up"], ["11.77%", "營收", "年減", "down"],
        ["36.5億元", "營收", "", ""], ["15.31%", "營收", "年減", "down"]]


def test_a_number_that_opens_a_name_is_no_figure():
    # 经济日报 (a 贵州 report, not in the corpus): 九万大山 is a mountain range, not 90,000 of 大山
    text = "最长隧道九万大山一号隧道顺利贯通；最大新建车站南宁北站站房框架柱开始浇筑作业……"
    assert extract_figures(text).empty
    # a number with no name after it stays (江淮晨报 2002-07-27, tests/data/articles/jianghuaichenbao-20020727-jiuhuashan.txt)
    text = "九华山风景区共接待中外游人、香客2.12万,与上年同期相比增长143.8%"
    assert statistics(extract_figures(text))["surface"].tolist() == ["2.12万", "143.8%"]


def test_a_record_set_is_no_part_of_what_a_figure_measures():
    # 鉅亨網 (a 太陽能 copy, not in the corpus), a whole sentence as the loader reads it: 達7.73億元 names nothing
    # itself, the clause before does; 創下歷史新高 is what the revenue did, not its name
    text = ("元晶9月營收改寫歷史第三高，達7.73億元，月增3.78%，年增62.48%，第三季營收創下歷史新高、約22.76億元，季增20.36%，"
            "年增61.88%，累計前三季營收更已超越去年全年的61.6億元，達61.7億元，年增57.55%。")
    assert statistics(extract_figures(text))[["surface", "about"]].values.tolist()[:6] == [
        ["7.73億元", "元晶9月營收"], ["3.78%", "元晶9月營收"], ["62.48%", "元晶9月營收"], ["約22.76億元", "營收"],
        ["20.36%", "營收"], ["61.88%", "營收"]]


def test_a_plan_for_a_period_still_running_is_for_the_whole_period():
    # 国际在线 2023-02-20 (tests/data/articles/guojizaixian-20230220-shuangbai.txt): 2023年 runs on past the publication,
    # but what the company plans for it is for the year, not as of 20 February
    text = "2023年,公司将以桉叶油、桉叶素、天然樟脑、芳樟醇等产品为主,计划生产桉叶油3000吨、桉叶素800吨"
    frame = statistics(extract_figures(text, published=dt.date(2023, 2, 20)))
    assert frame["as_of"].tolist() == ["2023-12-31", "2023-12-31"]


def test_an_older_copys_middle_dot_decimal_and_its_adverb_before_the_verb():
    # 新华社 1990-05-17 (an archive copy, not in the corpus), as the loader reads it: 共 before 完成 cuts nothing off
    # 工业总产值; ２６·５亿美元 is 26.5亿 (the dot is its decimal point, not 5亿 after 26)
    text = "４月份，工业总产值共完成１６４６亿元，按可比价格计算，比去年同月增长百分之二。"
    assert statistics(extract_figures(text))[["surface", "about"]].values.tolist() == [
        ["１６４６亿元", "工业总产值"], ["百分之二", "工业总产值"]]
    text = ("１至４月，出口１５６亿美元，比去年同期增长百分之十四点六；进口１４３亿美元，下降百分之十七点八。"
            "其中收付外汇部分出大于进２６·５亿美元。")
    frame = statistics(extract_figures(text))
    assert frame[["surface", "value", "about"]].values.tolist() == [
        ["１５６亿美元", 15_600_000_000.0, "出口"], ["百分之十四点六", 14.6, "出口"],
        ["１４３亿美元", 14_300_000_000.0, "进口"], ["百分之十七点八", 17.8, "进口"],
        ["２６·５亿美元", 2_650_000_000.0, "收付外汇部分出大于进"]]


def test_a_dollar_sign_names_the_currency_and_a_headlines_gap_parts_its_clauses():
    # 眾新聞 2018-05-02 (an archived page, not in the corpus), its headline as printed: $3286億 is money (元, the copy's
    # own dollar), and the full-width space parts two clauses: 54% is what 印花稅 did (飆, soared), not 創新高's
    frame = statistics(extract_figures("整體稅收$3286億創新高　股市暢旺印花稅飆54%"))
    assert frame[["surface", "kind", "value", "unit", "about", "change", "direction"]].values.tolist() == [
        ["$3286億", "money", 328_600_000_000.0, "元", "整體稅收", "", ""],
        ["54%", "percent", 54.0, "%", "股市暢旺印花稅", "飆", "up"]]
    # 重庆时报 2018-01-01 (tests/data/articles/chongqingshibao-20180101-yuandanlvyou.txt): a sub-heading's gap
    row = statistics(extract_figures("增长大 万盛游客同比增长208.8%")).iloc[0]
    assert (row["about"], row["change"]) == ("万盛游客", "同比增长")


def test_an_amount_with_no_unit_before_a_noun_of_money_is_money():
    # 华夏时报 via 新浪 (THUCNews cnews, qianshuang/dl-exp data/cnews/cnews.val.txt line 258, not in the corpus)
    frame = statistics(extract_figures("据我们了解，大约有600亿资金会用到投资房地产方向。"))
    assert frame[["surface", "kind", "value", "unit", "qualifier", "about"]].values.tolist() == [
        ["大约有600亿", "money", 60_000_000_000.0, "元", "approx", "资金"]]
    frame = statistics(extract_figures("以此推测，按照2009年上半年我国新增的7.37万亿信贷总额计算，或有约2000余亿流入房地产。"))
    assert frame.iloc[0][["surface", "kind", "unit", "about"]].tolist() == ["7.37万亿", "money", "元", "信贷总额"]
    assert frame.iloc[1]["kind"] == "count"  # 约2000余亿流入房地产: no noun of money names it


def test_a_date_ahead_of_the_publication_stays_this_years_and_this_year_is_the_dates_year():
    # 中国经济网 2026-06-12 (tests/data/articles/zhongguojingjiwang-20260612-tuishi.txt): 今年 is 2026 by the date, and
    # the last trading day still to come (预计…6月22日) is 2026's, not last year's (review: it was read as 2025-06-22)
    from tests.loaded import figures

    from helpers.paths import CORPUS

    frame = figures(CORPUS / "zhongguojingjiwang-20260612-tuishi.txt")
    assert frame[frame["surface"].isin(["6月22日", "6月29日"])]["period_start"].tolist() == ["2026-06-22", "2026-06-29"]
    # 环球时报 2017-04-18 (tests/data/articles/huanqiushibao-20170418-gdp.txt): 高于去年的8.1% measures against last
    # year, and 3月份 after it is this year's
    text = ("据还显示,一季度,固定资产投资(不含农户)同比增长9.2%,高于去年的8.1%;3月份,社会消费品零售总额同比增长10.9%,"
            "高于彭博社调查预计的9.7%;3月规模以上工业增加值同比增长7.6%,高于调查预期的6.3%。")
    dated = statistics(extract_figures(text, published=dt.date(2017, 4, 18))).set_index("surface")
    assert dated.loc[["9.2%", "8.1%", "10.9%", "7.6%"], "as_of"].tolist() == [
        "2017-03-31", "2016-12-31", "2017-03-31", "2017-03-31"]  # 10.9% and 7.6% were 2016-03-31


def test_a_noun_of_people_after_an_amount_makes_it_no_money_and_a_bare_dollar_names_no_currency():
    # a product deck in a public repository (search index file id 63021918728): 2.5亿投资者 counts people
    frame = statistics(extract_figures("潜在市场规模1250亿（2.5亿投资者×500元/年）"))
    assert frame[["surface", "kind", "unit"]].values.tolist()[:2] == [["1250亿", "count", ""], ["2.5亿", "count", ""]]
    # a mainland AI-news digest (search index file id 62675535327): the $ is the US dollar, which the text does not say
    frame = statistics(extract_figures("OpenAI Q1 2026 财务数据：收入 $57 亿（同比 3x），烧钱 $37 亿"))
    assert frame[["surface", "kind", "unit", "note"]].values.tolist() == [
        ["$57 亿", "money", "$", "a dollar sign that names no country"],
        ["$37 亿", "money", "$", "a dollar sign that names no country"]]


# Real texts outside the corpus (tests/data/quoted-texts.md): THUCNews cnews records (Sina finance and property news,
# 2009; cnews.test.txt lines 43, 155, 167, 183, 237, 273) and Fudan corpus economy reprints (金融时报 and others, 1999-2000).
@pytest.mark.parametrize("sentence, surface, qualifier", [
    ("这个商铺的成交均价现在都超过了6万元/平方米。", "超过了6万元/平方米", "over"),
    ("股指一路下滑，累计跌幅也超过了30％；", "超过了30％", "over"),
    ("现在的楼市存在比较严重的泡沫，大概有30%。", "大概有30%", "approx"),
    ("约有2成业主开始愿意接受买家的小幅议价，幅度一般在4%-10%之间。", "约有2成", "approx"),
    ("截至1998年底，全国私营企业户均注册资本已达59.94万元，比1990年的9.8万元增长5倍多。", "5倍多", "over"),
    ("1998年， 全国各项税收之和占当年GDP的比重只不过11.6％多一点儿。", "11.6％多", "over"),
])
def test_a_qualifier_after_a_verb_or_after_the_unit(sentence, surface, qualifier):
    frame = statistics(extract_figures(sentence))
    row = frame[frame["surface"] == surface].iloc[0]
    assert row["qualifier"] == qualifier


def test_the_near_of_lately_is_no_qualifier_and_secondary_is_no_count():
    frame = extract_figures("A股方面，最近两天很多家企业都进入了评审的程序")
    assert "近两天" not in frame["surface"].tolist()
    assert statistics(extract_figures("政府的税费在一定程度上起到二次分配的作用")).empty
    assert statistics(extract_figures("2.民营企业要迎接二次创业的挑战。")).empty


@pytest.mark.parametrize("sentence, surface, change, direction", [
    ("仅8个月后，就飙升了73%，这个涨势，实在惊人。", "73%", "飙升了", "up"),
    ("像今年涨了有将近四成，可是工资都没有涨这么多", "将近四成", "涨了有", "up"),
    ("相比之下,春节楼市日均成交量同比“缩水”超八成。", "超八成", "同比“缩水”", "down"),
    ("私营企业自1989年以来，注册户数平均每年增长34.3%，从业人数平均每年递增30.1%，注册资本平均每年递增67.2%，"
     "总产值平均每年递增58.8%。", "67.2%", "平均每年递增", "up"),
])
def test_verbs_of_sharp_or_steady_change_state_a_change(sentence, surface, change, direction):
    row = extract_figures(sentence).set_index("surface").loc[surface]
    assert (row["change"], row["direction"]) == (change, direction)


def test_a_rise_named_as_its_rate_goes_up():
    frame = growth_rates(extract_figures("从年初到3月10日， 以高新科技股为代表的纳斯达克综合指数升幅超过30％，而后随网络股泡沫破灭"))
    assert frame[["surface", "direction"]].values.tolist() == [["超过30％", "up"]]


@pytest.mark.parametrize("sentence, surface, kind, value, unit", [
    ("样本内开放式基金平均仓位自前一周67.68%增加14BP，平均仓位为67.82%", "14BP", "percent", 14.0, "个基点"),
    ("根据我们的研究，100块钱的房地产投资可以带动60多个行业", "100块钱", "money", 100.0, "元"),
    ("连婆婆都出去跟朋友借了一万块来应景。", "一万", "money", 10_000.0, "元"),
    ("最新统计资料显示，证券投资基金的资产规模已高达19685亿，毫无疑问", "19685亿", "money", 1_968_500_000_000.0, "元"),
])
def test_units_as_finance_and_speech_write_them(sentence, surface, kind, value, unit):
    row = extract_figures(sentence).set_index("surface").loc[surface]
    assert (row["kind"], row["value"], row["unit"]) == (kind, value, unit)


def test_what_an_amount_is_per_is_no_count():
    frame = statistics(extract_figures("每股收益0.33元；拟每10股派发现金1.2元（含税）。"))
    assert frame["surface"].tolist() == ["0.33元", "1.2元"]


def test_the_year_a_change_starts_from_or_a_year_fallen_short_of_dates_no_later_figure():
    # 每日经济新闻 via 新浪 (cnews line 167): 31.48% is the ratio after the fall, dated by the listing year before it
    frame = extract_figures("此外，由于公司2008年成功上市，公司的资产负债率由2007年的66.65%下降至31.48%")
    assert statistics(frame)[["surface", "as_of"]].values.tolist() == [["66.65%", "2007-12-31"], ["31.48%", "2008-12-31"]]
    # 中国网 2006-10-31 (corpus, beijingjingji): 52% and the year's rural investment were dated 2005
    frame = statistics(extract_figures("新农村建设取得新成效,市政府安排到郊区的固定资产投资由2005年的50%提高到52%,"
                                       "全市农村投资完成165.3亿元,同比增长20.2%"))
    assert frame[["surface", "as_of"]].values.tolist() == [
        ["50%", "2005-12-31"], ["52%", ""], ["165.3亿元", ""], ["20.2%", ""]]
    # cnews line 56: the dividends are this year's, which 2007's bull market they fall short of does not date
    frame = statistics(extract_figures("不过，次新偏股型基金红利派发的力度明显不及2007年牛市时期，除大成策略回报外，"
                                       "每10份派发的红利均不到1元，多数集中在0.3元至0.5元之间。"))
    assert frame[["surface", "as_of"]].values.tolist() == [["不到1元", ""], ["0.3元至0.5元", ""]]


@pytest.mark.parametrize("sentence, surface, value", [
    ("幸好，她转向看二手房，她的运气还不错：房东开价106万", "106万", 1_060_000.0),  # cnews line 155
    ("109平方米的房子，价格要220万，他们卖了房子只有120万左右", "220万", 2_200_000.0),
    ("美国的杠杆化率最高到62.5%，只有800多万的本金发行了5.2万亿的债券，有两万五的本钱可以做一百万的生意", "800多万", 8_000_000.0),
    ("美国的杠杆化率最高到62.5%，只有800多万的本金发行了5.2万亿的债券，有两万五的本钱可以做一百万的生意", "5.2万亿", 5.2e12),
    ("美国的杠杆化率最高到62.5%，只有800多万的本金发行了5.2万亿的债券，有两万五的本钱可以做一百万的生意", "两万五", 25_000.0),
])
def test_a_price_or_a_principal_with_no_unit_is_money(sentence, surface, value):
    # cnews lines 155 (a 楼市 column) and 237 (a 地产金融 forum's transcript): speech and loose copy leave 元 out
    row = extract_figures(sentence).set_index("surface").loc[surface]
    assert (row["kind"], row["value"], row["unit"]) == ("money", value, "元")


def test_that_year_and_the_year_before_count_from_the_year_in_question():
    # 工人日报 2014-02-25 (corpus, jiuye): the 2013 bulletin's 上年末 is the end of 2012, not the year before publication
    from tests.loaded import figures

    from helpers.paths import CORPUS

    table = figures(CORPUS / "gongrenribao-20140225-jiuye.txt").set_index("surface")
    assert (table.loc["4.05%", "as_of"], table.loc["4.09%", "as_of"]) == ("2013-12-31", "2012-12-31")
    # 厂长经理日报 2000-01-07 (Fudan corpus C34-Economy0803): 当年 is 1998, the year the sentence states
    frame = extract_figures("1998年， 全国各项税收之和占当年GDP的比重只不过11.6％多一点儿。", published=dt.date(2000, 1, 7))
    assert frame.set_index("surface").loc["11.6％多", "as_of"] == "1998-12-31"


# 眾新聞 pages (hkarchivist/hkcnews-article-archive, articles 5044, 11141, 11225) and Fudan corpus agriculture reprints
# (C32-Agriculture0613, 0694, 1467, 2005); tests/data/quoted-texts.md.
@pytest.mark.parametrize("sentence, surface, kind, unit, qualifier, change", [
    ("」社進現時成員有10人，亦「釣」到過百個義工幫忙。", "過百個", "count", "个", "over", ""),
    ("此民族不夠一百萬人，住在西法邊境的比利牛斯山區及海岸", "不夠一百萬人", "count", "人", "under", ""),
    ("林兆彬監察議會撥款後發現，油尖旺區議會1億撥款餘下3650萬元，但區議會沒有再討論將會如何運用餘額。", "1億", "money", "元", "exact", ""),
    ("在歐洲，他們80歐羅買張平機票（平過、快過坐火車）去溫暖的西班牙南部一、兩星期，", "80歐羅", "money", "欧元", "exact", ""),
    ("１９９０年，由这个系统提供的农业短期、中期、长期贷款达到４６０亿法郎，占农业贷款总额的９５％。", "４６０亿法郎", "money", "法郎",
     "exact", ""),
    ("在本国生产的种子2968L，约占69%；海外基地生产种子1335L，占31%。", "约占69%", "percent", "%", "approx", ""),
    ("该品种经2年试验及大面积示范，平均产量7330.5kg/hm2，比对照孚尔拉增产15.4%，为早熟偏硬粒。", "15.4%", "percent", "%", "exact",
     "增产"),
    ("由于上述原因，我国已出现粮食滑坡，１９９１－１９９４年，我国稻谷累计减产３０００万吨，相当于日本３年的稻谷产量。", "３０００万吨", "count",
     "吨", "exact", "减产"),
])
def test_hong_kong_copy_and_farming_reports_state_these_figures(sentence, surface, kind, unit, qualifier, change):
    row = extract_figures(sentence).set_index("surface").loc[surface]
    assert (row["kind"], row["unit"], row["qualifier"], row["change"]) == (kind, unit, qualifier, change)


@pytest.mark.parametrize("sentence", [
    "由於中國國家主席、中共總書記與軍委主席有「三位一體」的傳統",
    "直到1948年，一位以人工合成十字花科作物双二倍体品种而著名的蔬菜育种家回到他的祖国后才开辟了蔬菜育种事业。",
])
def test_terms_that_hold_a_numeral_are_no_figures(sentence):
    assert statistics(extract_figures(sentence)).empty


@pytest.mark.parametrize("sentence, surface, kind, value, unit", [
    # Fudan corpus C32-Agriculture1467 (an early maize variety) and 2005 (Korean vegetable seeds)
    ("该品种经2年试验及大面积示范，平均产量7330.5kg/hm2，比对照孚尔拉增产15.4%，为早熟偏硬粒。", "7330.5kg/hm2", "rate", 7330.5,
     "千克/公顷"),
    ("包括萝卜、大白菜、辣椒、大葱等14种主要蔬菜的种子年总产量是4303L，在本国生产的种子2968L，约占69%；", "4303L", "count", 4303.0, "升"),
])
def test_units_in_latin_letters_are_read(sentence, surface, kind, value, unit):
    row = extract_figures(sentence).set_index("surface").loc[surface]
    assert (row["kind"], row["value"], row["unit"]) == (kind, value, unit)


def test_a_latin_unit_ends_where_a_word_goes_on():
    # THUCNews cnews (科技, lines 28 and 40): a lens's name and a filter's go on past their mm; a body's thickness does not
    assert statistics(extract_figures("套装包括：佳能EOS7D机身+CANON佳能EF-S18-200mmf/3.5-5.6IS（拆）+72mmUV +专业摄影包+")).empty
    frame = statistics(extract_figures("虽然机身厚度仅9.8mm"))
    assert frame[["surface", "unit"]].values.tolist() == [["9.8mm", "毫米"]]


def test_a_negative_amount_with_no_change_word_is_a_level_that_goes_no_way():
    # 中国经济网 2026-06-12 (corpus, jingfengmingyuan): a loss is a level, not a fall; an index's negative points are a fall
    from tests.loaded import figures

    from helpers.paths import CORPUS

    table = figures(CORPUS / "zhongguojingjiwang-20260612-jingfengmingyuan.txt")
    losses = table[(table["unit"] == "元") & (table["value"] < 0)]
    assert len(losses) == 6 and set(losses["direction"]) == {""}
    table = figures(CORPUS / "zhongguojingjiwang-20260612-kejigu.txt")
    assert set(table[(table["unit"] == "点") & (table["value"] < 0)]["direction"]) == {"down"}


# Review of this change, on real lines: Fudan corpus (C32-Agriculture0100, 0292, 0416, 0920, 1903; C34-Economy1053, 2289;
# C38-Politics1041) and THUCNews cnews (lines 23, 42, 766).
@pytest.mark.parametrize("sentence, expected", [
    ("卷绳的线速度为2.46m/min", []),  # a per-unit not read: no metres
    ("标准，并且在关键环保指标VOC的检测上，远远优于欧盟标准(≤50g/L)", []),
    ("发运营]：广州盈正[游戏地址]：手机登录3g.3guu.com[客服电话]：400", []),  # a web address
    ("如农1师每亩灌水量为1038m[3]", [("1038m[3]", "立方米")]),  # the corpus's superscript
    ("灌溉定额过高（有的高达15 000～22 500m[3]／hm[2]以上）", []),  # not 500: the tail of 22 500
    ("要坚持这一马克思主义的学风，关键的一点，就是要认识我国现在", []),
    ("前些年我国银行投放在生产领域里的贷款，大约有1/3成了坏帐死帐，无法回收，信贷质量很差", []),
    ("M1成株农艺性状中，雄穗突变最多，表现在雄性败育和雄性结实", []),
    ("而是千百万群众在经济实践中根据活动的需要而协议采取的，通过千万人的实践", []),
    ("车辆保修厂服务，但在转调运输补给后，工作压力很大，之前就曾有二次不假离营记录，但都在三天后就", [("二次", "次"), ("三天", "天")]),
])
def test_what_the_new_units_and_words_leave_alone(sentence, expected):
    assert statistics(extract_figures(sentence))[["surface", "unit"]].apply(tuple, axis=1).tolist() == expected


def test_nearly_after_an_adverb_is_nearly():
    frame = statistics(extract_figures("在江南的苏、淞、常、镇四府，仅调查出来的诡寄田就近２００万亩，相当于这四府中两个普通县份的全"))
    assert frame[["surface", "qualifier"]].values.tolist()[0] == ["近２００万亩", "nearly"]


def test_current_prices_are_no_date_and_a_year_stated_long_before_is_not_the_year_in_question():
    # C32-Agriculture0416: 按当年价格计算 (at current prices) gave the 1985 level the year 1993
    frame = extract_figures("１９８５—１９９３年，按当年价格计算的法国农业收入由２７３８亿法郎增加到２７９")
    assert "当年" not in frame["surface"].tolist()
    # 齐鲁晚报 2011-11-24 (corpus, caijia): 与21日持平 compares; the onion's price is the day's, not the 21st's
    from tests.loaded import figures

    from helpers.paths import CORPUS

    table = figures(CORPUS / "qiluwanbao-20111124-caijia.txt")
    assert table[table["about"] == "洋葱均价"]["as_of"].tolist() == ["2011-11-23"]


def test_a_figure_stated_of_a_decade_is_as_of_its_end():
    # Fudan corpus C34-Economy0216 (a 1990s reprint on science and socialism; tests/data/quoted-texts.md), lines 49-50
    # joined: each rate is the decade's before it, and the decades are 1950s to 1980s (the text states no century).
    text = ("苏联50年代经济发展年均速度是10％左右，60年代降为7％左右，70年代为5％左右，80年代则降为2—3％，之所以这样，"
            "是由于其僵化的经济体制未能及时改革，长期奉行粗放型发展战略。")
    frame = extract_figures(text)
    assert frame[["surface", "kind", "period_start", "as_of"]].values.tolist() == [
        ["50年代", "period", "1950-01-01", ""], ["10％左右", "percent", "", "1959-12-31"],
        ["60年代", "period", "1960-01-01", ""], ["7％左右", "percent", "", "1969-12-31"],
        ["70年代", "period", "1970-01-01", ""], ["5％左右", "percent", "", "1979-12-31"],
        ["80年代", "period", "1980-01-01", ""], ["2—3％", "percent", "", "1989-12-31"]]


def test_fractions_written_out_are_shares():
    # 眾新聞 articles 5087 and 5917 (2017), 21世纪经济报道 and 新浪财经 (corpus): N分之M is a share in percent, with its
    # qualifier; 五成多 is over 50% and under 60%, as 5倍多 is over 5 times
    assert one("他表示，將會深入改革，包括削減三分之一國會議員，並矢言撤消2015年實施的緊急狀態令。")[
        ["surface", "kind", "value", "unit", "qualifier"]].tolist() == ["三分之一", "percent", 100 / 3, "%", "exact"]
    assert one("占现金流比例超过四分之一。")[["surface", "value", "qualifier"]].tolist() == ["超过四分之一", 25.0, "over"]
    share = one("「我問了一次，五成多都說要找個勝算高的，不是自己民協找個自己傳承、自己發展、自己民協利益的角度。」")
    assert share[["surface", "value", "qualifier", "low", "high"]].tolist() == ["五成多", 50.0, "over", 50.0, 60.0]
    assert statistics(extract_figures("这是原因之一，他是十分一般的人。")).empty  # 之一 and 十分 are no fractions


def test_words_holding_numerals_that_state_no_figure():
    # A THUCNews cnews record (line 187, an EB-5 visa report), a Fudan agriculture reprint (C32-Agriculture0605), a cnews
    # camera review (line 959) and 眾新聞 article 5185, as printed: a code's hyphen is no minus (EB-5 was six counts of
    # −5项), 二元 is “dual”, 十字型 “cross-type”, and 升 before 旗 raises a flag (七一升旗禮 was 71 litres)
    for line in ("独家代理项目风险更大如果一个美国EB-5项目同时由多家移民公司来推广，其结果可谓是“一损俱损、一荣俱荣”；",
                 "发展中国家长期推行二元发展战略的结果是：",
                 "EOS 5D Mark II的自动对焦系统为高性能9点宽区自动对焦，除了9个自动对焦点，另有6个辅助对焦点，中央对焦点采用十字型对焦传感器",
                 "社民連等人今年七一早上原定抬着道具棺材，到七一升旗禮現場抗議，在灣仔港鐵站外即遭到狙擊，雙方推撞衝突。"):
        assert not any(s in ("-5项", "二元", "十字", "七一升") for s in statistics(extract_figures(line))["surface"]), line
    assert one("气温-5℃")["value"] == -5.0 and one("十二元")["value"] == 12.0  # (a minus after no letter; 十二元 is money)


def test_a_year_in_full_width_digits_dates_the_months_after_it():
    # Fudan corpus C38-Politics1138 (a 1996 review of African politics; tests/data/quoted-texts.md), two sentences with
    # their line break joined as the loader joins it: ９月５日 is 1996's, as １９９６年 stated before it says (it was placed
    # in no year: full-width years were not followed from sentence to sentence). C32-Agriculture1233: 当年 is 1979.
    text = ("１９９６年７月２６日国民议会以２／３以上多数票通过“阻止总统行使权力”议案。最高法院也于９月５日裁决“终止总统权力”，"
            "当天，阿尔贝·扎菲即宣布辞职。")
    frame = extract_figures(text)
    assert frame.loc[frame["surface"] == "９月５日", "period_start"].tolist() == ["1996-09-05"]
    text = ("1979年，潮州市与香港泰东物产有限公司签订了“人工养殖鳗鱼补偿贸易合约”，这是广东农业利用外资最早的项目之一。"
            "当年，全省农业实际利用外资514万美元")
    assert one(text)[["surface", "as_of"]].tolist() == ["514万美元", "1979-12-31"]
    assert find_periods("十月革命胜利之后", year=1980) == []  # the October Revolution is no month


def test_hong_kong_dollars_said_as_people_say_them_and_a_disasters_toll():
    # 眾新聞 articles 11174 and 5087 (2018, 2017) and a cnews camera review (line 959), as printed: 蚊 is Hong Kong's
    # dollar, 幾 after a number “and some” (5000幾萬 is over 50 million); 18死30傷 counts the dead and the injured;
    # 大约是 makes a figure approximate.
    frame = statistics(extract_figures("藝人王祖藍以扮嘢起家，今年初他以「梁浸英」造型為福祿壽演唱會宣傳，其中一句「我係真金白銀喺我嗰"
                                       "5000幾萬到，攞咗5000幾蚊出嚟買嗰啲飛。"))
    assert frame[["surface", "kind", "value", "unit", "qualifier", "low", "high"]].values.tolist() == [
        ["5000幾萬", "count", 5e7, "", "over", 5e7, 6e7], ["5000幾蚊", "money", 5000.0, "港元", "over", 5000.0, 6000.0]]
    frame = statistics(extract_figures("德國明希貝格附近一條高速公路發生嚴重車禍，一輛載有老年人的旅遊巴士與貨車相撞後起火，事件釀成18死30傷。"))
    assert frame[["surface", "value", "unit", "about", "note"]].values.tolist() == [
        ["18死", 18.0, "人", "死", "the dead (死)"], ["30傷", 30.0, "人", "傷", "the injured (伤)"]]
    assert one("放大倍率大约是0.71倍，视角约33.3度，眼点21mm。")["qualifier"] == "approx"
    # no toll in 九死一生, no dollars in 蚊子
    assert statistics(extract_figures("他九死一生，捉到蚊子。")).empty


@pytest.mark.parametrize(("sentence", "expected"), [
    # 眾新聞 article 11300 (2018): the injured of a pair may qualify the noun after them; what is counted is the
    # dead and the injured, not the accident (about was 三傷工業, and 三傷 was missed)
    ("此外，去年三月港珠澳大橋發生的兩死三傷工業意外中，涉及的其中兩名工人乃少數族裔。",
     [["兩死", 2.0, "exact", 2.0, 2.0, "死"], ["三傷", 3.0, "exact", 3.0, 3.0, "傷"]]),
    # 眾新聞 articles 11035 (its headline) and 5505 (2018, 2017): 至少 bounds the toll, both its counts (they were exact)
    ("俄羅斯商場大火　至少48死43傷　多名兒童傷亡",
     [["至少48死", 48.0, "at_least", 48.0, math.inf, "死"], ["43傷", 43.0, "at_least", 43.0, math.inf, "傷"]]),
    ("在巴基斯坦卡拉奇巿，一座三層高的破舊樓宇周二凌晨倒塌，釀成至少3死12傷。",
     [["至少3死", 3.0, "at_least", 3.0, math.inf, "死"], ["12傷", 12.0, "at_least", 12.0, math.inf, "傷"]]),
])
def test_a_disasters_toll_counts_the_dead_and_the_injured_as_bounded(sentence, expected):
    frame = statistics(extract_figures(sentence))
    frame = frame[frame["unit"] == "人"]
    assert frame[["surface", "value", "qualifier", "low", "high", "about"]].values.tolist() == expected


def test_a_number_after_a_slash_is_a_fractions_not_a_figure_of_its_own():
    # cnews line 212 (a camera review, 2009): a sensor's size is a fraction of an inch, 1/2.33英寸 (it was 2.33 inches)
    frame = statistics(extract_figures(
        "编辑点评：奥林巴斯FE4000搭载了一枚1/2.33英寸有效像素高达1200万的CCD传感器，同时配备了具有4倍光学变焦的26mm广角镜头。"))
    assert frame[["surface", "unit", "note"]].values.tolist()[0] == ["1/2.33英寸", "英寸", "a fraction, 1/2.33"]
    assert frame["value"].iloc[0] == pytest.approx(0.4292, abs=1e-4)
    assert "2.33英寸" not in frame["surface"].tolist()
    # Fudan corpus C32-Agriculture1954 and C11-Space0129: 19 of 20 birds, a square root: no 20只, no 2次 counted
    assert statistics(extract_figures("免疫组应至少有19/20只或27/30只或36/40只不出现病变，否则为不合格；")).empty
    assert "2次" not in statistics(extract_figures(
        "通讯距离随发射功率的变化率是按发射功率的1/2次方而变化的(由(8)式可见),所以当发射功率达到一定大小后,"
        "利用增大发射功率来增加通讯距离,效果并不理想。"))["surface"].tolist()


def test_同月_in_the_next_sentence_is_the_month_stated_before_it():
    # 眾新聞 article 11514 (2018-04-17; line 34), as printed: 冷溶 came in the month 李飛 came, November 2017
    text = ("去年中共十九大後，先有憲法及法律工作委員會主任委員、前《基本法》委員會主任李飛，於11月來港出席《基本法》研討會，提到"
            "憲法是特區的「根」和「源」，沒有憲法就沒有《基本法》及「一國兩制」，又指23條未立法，不良後果有目共睹，香港落實23條立法"
            "責無旁貸。中央文獻研究室主任冷溶同月亦來港，向特區官員及公務員宣講十九大報告精神，成為回歸以來，中央宣講團首次向特區高官"
            "介紹黨代會情況。")
    row = extract_figures(text, published=dt.date(2018, 4, 17)).set_index("surface").loc["同月"]
    assert row[["period_start", "period_end", "note"]].tolist() == ["2017-11-01", "2017-11-30", "同月: the month stated before it"]


def test_a_ranges_high_end_may_be_stated_as_its_bound():
    # cnews record, 2009 (line 219: a 香港 property report), as printed: 近 and 最高 before a range's second number
    frame = statistics(extract_figures("另7伙为63楼A、C至G及J室的复式单位，面积2743至3333方尺，售价9800万至近1.4亿元，"
                                       "尺价3万余至最高4.2万元。"))
    assert frame[["surface", "qualifier", "low", "high", "unit"]].values.tolist() == [
        ["7伙", "exact", 7.0, 7.0, "伙"],
        ["2743至3333方尺", "range", 2743.0, 3333.0, "方尺"],
        ["9800万至近1.4亿元", "range", 98_000_000.0, 140_000_000.0, "元"],
        ["3万余至最高4.2万元", "range", 30_000.0, 42_000.0, "元"],
    ]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 眾新聞 articles 11455 and 5301 (2018, 2017), cnews lines 219 and 212 (a 香港 property report, a camera review, 2009),
    # Fudan corpus C6-Philosophy24 (1996): missiles, seconds, flats and square feet, pixels, volumes were no figures
    ("敘利亞政府軍曾稱，美軍發射的30枚巡航導彈，已擊落其中13枚，消息獲俄羅斯國防部長紹伊古確認。",
     [["30枚", 30.0, "枚"], ["13枚", 13.0, "枚"]]),
    ("在持續性腎臟替代治療（CRRT）下總膽紅素繼續上升至114μmol/L，經輸血後凝血酶原時間（prothrombin time）29.2秒。",
     [["29.2秒", 29.2, "秒"]]),
    ("屋苑仅提供2伙的复式户，其中细复式66B室面积5131方尺，获买家以尺价6.98万元预留",
     [["2伙", 2.0, "伙"], ["5131方尺", 5131.0, "方尺"], ["6.98万元", 69800.0, "元"]]),
    ("机身背面配备了一块2.7英寸23万像素显示屏，显示效果不错。", [["2.7英寸", 2.7, "英寸"], ["23万像素", 230000.0, "像素"]]),
    ("任恢忠将论文打印了２００册，寄给全国各高校、研究单位的专家学者", [["２００册", 200.0, "册"]]),
    # and what is none: 安倍晉三 on a Monday, 周六周日 (weekend days), not weeks (but 1-2周一般 is 1 to 2 weeks,
    # cnews line 964); 如图2所示 (as figure 2 shows; C11-Space0784), no schools; 向四周 (all around), no weeks; 某一元素
    # (an element; C31-Enviornment2324), no money; 《基本法》23條立法 (眾新聞 11647), Article 23, no count
    ("日本首相安倍晉三周一到眾議院預算委員會，否認以自己的影響力幫助朋友取得開設獸醫學系的批准。", []),
    ("在原价的基本上打6折，甚至更低，一般周六周日面对普通消费者开放，平时只在网络上销售，目前销售情况很乐观。", []),
    ("加拿大：可再次申请，也可跟学校商量迟到1-2周一般大四的学生申请加拿大留学都会提早至少1年准备，所以申请签证出现拒签的概率还是很小的。",
     [["1-2周", 1.5, "周"]]),
    ("这种结构使双燃料腔相通(如图2所示)，因此双燃料系统在推力室工作过程中必然会产生相互影响。", []),
    ("在“场”的作用下，这种声音向四周“扩展”开来，", []),
    ("菌根植株体内的锌和镉，一部分是由菌根菌丝所吸收的.对于施加的某一元素而言，接种菌根植株吸收总量与相应不接种菌根处理植株吸收量的差值，"
     "即为菌丝吸收量.", []),
    ("梁表示，王志民曾與個別議員聊天，但無提及《基本法》23條立法，形容午宴氣氛融洽是個好開始。", []),
])
def test_units_a_figure_counts_in_and_words_that_hold_no_figure(sentence, expected):
    frame = statistics(extract_figures(sentence))
    frame = frame[frame["unit"] != ""]
    assert frame[["surface", "value", "unit"]].values.tolist() == expected


def test_shares_after_a_qualifier_or_above_and_a_change_that_reaches_its_rate():
    # Fudan corpus C34-Economy2463 (line 142) and 眾新聞 articles 5982, 11979 and 11228, as printed: a share in tenths
    # after a qualifier, whatever follows (约九成犯人); 或以上 is “or over”; 增長達124% is a rise; 十周年 is no ten weeks
    assert one("现在，约九成犯人是男性。")[["surface", "value", "qualifier"]].tolist() == ["约九成", 90.0, "approx"]
    frame = statistics(extract_figures("今次夏季流感的嚴重個案中，超過7成為65歲或以上長者。"))
    assert frame[["surface", "value", "qualifier", "low"]].values.tolist() == [
        ["超過7成", 70.0, "over", 70.0], ["65歲或以上", 65.0, "over", 65.0]]
    frame = statistics(extract_figures("過去十年本港整體旅客增長達124%，其中中國旅客增長更達到392%，而過夜旅客在過去也增長了超過65%。"))
    assert frame[["surface", "direction"]].values.tolist() == [["124%", "up"], ["392%", "up"], ["超過65%", "up"]]
    line = "戴耀廷上月24、25日出席台灣青年反共救國團十周年紀念活動的論壇，發表的言論遭到文革式批鬥。"
    assert "十周" not in statistics(extract_figures(line))["surface"].tolist()
    assert statistics(extract_figures("九成熟的牛排，一成不变。")).empty  # (no qualifier: still no share)


def test_scores_in_points_half_as_a_share_and_money_implied_by_its_noun():
    # 眾新聞 articles 11348 and 5982, a cnews record (line 757) and Fudan corpus C34-Economy0024, as printed: a rating in 分
    # with decimals or after a word of scoring is points (a fall of 1.2分 is down); 近一半 and 一半以上 are shares; 国债 after
    # an amount makes it money. A stay of 14日 is no day of the month.
    frame = statistics(extract_figures("港大民意研究計劃公布，特首林鄭月娥最新民望為55.6分，較上次調查下跌1.2分，最新支持率為 42%，"))
    assert frame[["surface", "kind", "value", "unit", "direction"]].values.tolist()[:2] == [
        ["55.6分", "points", 55.6, "分", ""], ["1.2分", "points", 1.2, "分", "down"]]
    frame = statistics(extract_figures("我拿到了2006年6月大学英语四级考试的成绩，总分665，听力142，阅读284，综合170，写作69。"))
    assert frame[["surface", "unit"]].values.tolist() == [["665", "分"], ["142", "分"], ["284", "分"], ["69", "分"]]
    assert one("这意味着中央财政支出的一半以上是靠举债来维持的。")[["value", "qualifier"]].tolist() == [50.0, "over"]
    assert one("同年用於長者的醫療開支為整體開支近一半。")[["value", "qualifier"]].tolist() == [50.0, "nearly"]
    assert statistics(extract_figures("一半是海水，一半是火焰，他的另一半。")).empty
    figure = one("1998年中央采取了以增发1000亿国债扩大政府基础设施投资为主要内容的积极财政政策。")
    assert figure[["kind", "unit"]].tolist() == ["money", "元"]
    frame = extract_figures("長者住院的風險是65歲以下人口的4倍，長者住院平均日數為14日，非長者則平均住院6日。",
                            published=dt.date(2017, 8, 4))
    assert not (frame["kind"] == "date").any()  # (14日 and 6日 were 2017-08-14 and 2017-08-06)


def test_what_the_review_found_of_figures():
    # Fudan corpus C32-Agriculture0416, C34-Economy2220, C34-Economy1665 and C34-Economy2099, as printed (line breaks
    # joined): figures of a decade entered run on to the writing (they were as of 1999-12-31 in a 1996 copy); 幸免一死 is no
    # toll; 分 of an exchange rate is a cent, no score; 四分之一个世纪 is 25 years, no share; 节约100元 is saved, not about
    frame = statistics(extract_figures("进入９０年代后，法国化肥年消费总量已减少到５４００万吨以下，平均每公顷耕地的化肥施用量大致"
                                       "稳定在３００公斤左右的水平上。"))
    assert set(frame["as_of"]) == {""}
    assert statistics(extract_figures("被幕府抓起来砍头示众。随行人员幸免一死，被逐回澳门。")).empty
    assert "1.4分" not in statistics(extract_figures("中央票券出事当天，新台币对美元小贬1.4分，11月5 日再贬值近1角至32.56元。"))[
        "surface"].tolist()
    assert statistics(extract_figures("短短的四分之一个世纪里，就实现了向城市社会的转型；")).empty
    assert one("节约100元")["qualifier"] == "exact"


def test_written_out_ranges_pairs_with_a_pause_mark_and_spans_of_plans():
    # Fudan corpus C32-Agriculture0698 (邓小平 on agriculture) and C32-Agriculture1149 (农业 and 工业积累), as printed
    # (line breaks joined): a share written out as a range or twenty-odd is one range, not its first number; 四、五十元
    # and 八、九亿 are the pair of neighbouring digits of 八九亿 set apart by a pause mark; 三五年 is three to five years,
    # no five-year plan; two plans joined by 至 or 到 are one period, and the first two plans count too (in quotes)
    frame = statistics(extract_figures("长期以来，我们百分之七十至八十的农村劳动力被束缚在土地上，农村每人平均只有一两亩地，"
                                       "多数人连温饱也谈不上。"))
    assert frame[["surface", "value", "qualifier", "low", "high"]].values.tolist()[0] == [
        "百分之七十至八十", 75.0, "range", 70.0, 80.0]
    figure = one("把农业机械、化肥、农药、农用塑料等农用工业品的出厂价格和销售价格降低百分之十到十五，把降低成本的好处基本上给农民。")
    assert figure[["surface", "low", "high", "direction"]].tolist() == ["百分之十到十五", 10.0, 15.0, "down"]
    figure = one("乡镇企业每年都是百分之二十几的增长率，持续了几年，一直到现在还是这样。")
    assert figure[["surface", "qualifier", "low", "high"]].tolist() == ["百分之二十几", "range", 20.0, 30.0]
    figure = one("截止1978年，工人的月平均工资只有四、五十元，农村的大多数地区仍处于贫困状态。")
    assert figure[["surface", "kind", "qualifier", "low", "high"]].tolist() == ["四、五十元", "money", "range", 40.0, 50.0]
    figure = one("只有把我国八、九亿农民的积极性和聪明才智都大大提高和充分发展起来，我国的农村经济才能持续、快速、协调发展，")
    assert figure[["surface", "low", "high"]].tolist() == ["八、九亿", 8e8, 9e8]
    # a list, no pair: no multiplier after it (THUCNews cnews line 248)
    assert statistics(extract_figures("如果在接下来的市场热点切换中能够将热点成功切换到一、二线蓝筹股上，那么反弹将会持续一段时间。")).empty
    assert "period" not in extract_figures("第四，农业有曲折，三五年转不过来。")["kind"].tolist()
    frame = extract_figures("建议“九五”期间及今后，农业投入在整个国家基本建设总投入中的比重，恢复到“一五”至“五五”时期的10％以上的水平。"
                            "从“七五”到“八五”这10年，我们只补消费者而不补生产者。")
    periods = frame[frame["kind"] == "period"]
    assert periods[["surface", "period_start", "period_end"]].values.tolist() == [
        ["“九五”", "1996-01-01", "2000-12-31"], ["“一五”至“五五”时期", "1953-01-01", "1980-12-31"],
        ["“七五”到“八五”", "1986-01-01", "1995-12-31"]]
    assert extract_figures("由於我的真誠感動了他就把家裡的實際情況一五一十地告訴了我，").empty  # (眾新聞 5556, line 20)
    # Fudan corpus C32-Agriculture0552 (国家农业支持体系, 1995), as printed: the first years of a plan are theirs, and the
    # figures of the sentence hold at their end (they were as of 1995-12-31 in a copy of August 1995)
    frame = extract_figures("“八五”前４年，粮食递增率只有０．７％，增加量为２３亿公斤，比到本世纪末实际需要完成的增长率低１．１和１．３个百分点。")
    assert frame[["surface", "period_start", "period_end"]].values.tolist()[0] == ["“八五”前４年", "1991-01-01", "1994-12-31"]
    assert frame.loc[frame["surface"] == "０．７％", "as_of"].tolist() == ["1994-12-31"]
    # renminribao-20250408-chunri (tests/data/articles): an unquoted plan of one digit is named so; 三五米 is three to
    # five metres
    assert "period" not in extract_figures("沿着石板铺就的油菜花小径，每隔三五米，花田里便藏着一桌围炉火锅。")["kind"].tolist()


def test_a_multiple_is_of_the_year_before_its_base():
    # Fudan corpus C32-Agriculture0312 (农户投入, 1990s) and beifangwang-20060104-caizheng (tests/data/articles), as
    # printed: in A是B的N倍, B is the base and the multiple is A's (it was dated 1978 and 2000); the tenth plan is 『十五』
    frame = extract_figures("生产要素中以化肥投入为主，如1995年化肥投入量是1978年的55.7倍。")
    assert frame.loc[frame["surface"] == "55.7倍", "as_of"].tolist() == ["1995-12-31"]
    frame = extract_figures("而整個『十五』時期,全市地方財政收入累計完成3244.4億元,是『九五』時期的2.7倍,年均增長25.3%。")
    assert frame[["surface", "period_start", "as_of"]].values.tolist() == [
        ["『十五』時期", "2001-01-01", ""], ["3244.4億元", "", "2005-12-31"], ["『九五』時期", "1996-01-01", ""],
        ["2.7倍", "", "2005-12-31"], ["25.3%", "", "2005-12-31"]]
    # a compared date's own value is still its own (chengduribao-20210903-shangshigongsi): 较2020年同期的177.25亿元
    frame = extract_figures("98家成都上市公司合计实现营业收入2091.05亿元,实现净利润222.20亿元,较2020年同期的177.25亿元增长25.35%。")
    assert frame.loc[frame["surface"] == "177.25亿元", "as_of"].tolist() == ["2020-12-31"]


def test_price_bases_bounds_with_you_currencies_after_yuan_and_years_of_the_one_in_question():
    # Read by this stop's third audit, as printed: Fudan corpus C32-Agriculture0552 (1995), C32-Agriculture1149 and
    # C32-Agriculture1881 (湖北农业科学 1998); 眾新聞 articles 11359 and 5366; THUCNews cnews lines 256 and 925.
    # A price base dates nothing (811元 was as of 1990): the figure is of 1994
    frame = extract_figures("２．从农民收入角度看：１９９４年农民纯收入１２２０元，如按１９９０年价格计算，只有８１１元。")
    assert frame.loc[frame["surface"] == "８１１元", "as_of"].tolist() == ["1994-12-31"]
    # a decade sets no year for a day said later (4月8日 had been placed in 1950)
    frame = extract_figures("中國大陸大概在1950年代，才開始全面建立統一而規範化的氣象觀測數據庫，\n\n"
                            "雖然鍾署長表示，「昨日（4月8日）有進入隧道沉管視察， 沒有發現坊間報道所指的移位、裂紋、滲水現象」，",
                            published=dt.date(2018, 4, 11))
    assert frame.loc[frame["surface"] == "4月8日", "period_start"].tolist() == ["2018-04-08"]
    # 千多亿 is a multiplier and more (6千多 had been a bare count); 元 then a currency is that currency
    assert one("为工业提供积累为6千多亿元。")[["kind", "unit", "low", "high"]].tolist() == ["money", "元", 6e11, 7e11]
    figure = one("之前传出她将在11月中旬，嫁给交往4年、家族资产约900亿元台币的霍启刚，")
    assert figure[["surface", "unit"]].tolist() == ["约900亿元", "新台币"]
    # a bound with 有 or 也有 after it, and a sign of comparison, qualify the figure
    frame = statistics(extract_figures("四场比赛，诺阿篮板数据均上双，三场有封盖进项，最低也有2次。"))
    assert frame[["surface", "qualifier", "low", "high"]].values.tolist()[-1] == ["最低也有2次", "at_least", 2.0, math.inf]
    figure = one("张增强等［2］研究指出，当污泥施用量＜120t/hm2时，随之而带入的盐分对植物不会造成危害。")
    assert figure[["surface", "kind", "unit", "qualifier", "high"]].tolist() == ["＜120t/hm2", "rate", "吨/公顷", "under", 120.0]
    assert statistics(extract_figures("武汉市现已建成1个净水厂，年产污泥3000t，"))[["surface", "unit"]].values.tolist() == [
        ["1个", "个"], ["3000t", "吨"]]
    # 比X低 is down, 比X高 up
    frame = statistics(extract_figures("当污泥用量达1%时，水稻的出苗率比对照低13.7个百分点，但水稻秧苗的生长量比对照增加31.3%，"))
    assert frame[["surface", "direction"]].values.tolist()[1:] == [["13.7个百分点", "down"], ["31.3%", "up"]]
    # 翌年 is the year after the one stated, 同年 that year; 同年 with none stated is no year of its own
    frame = extract_figures("劉曉波2008年最後一次入獄，翌年他在獄中寫了〈我沒有敵人〉，")
    assert frame[["surface", "period_start"]].values.tolist() == [["2008年", "2008-01-01"], ["翌年", "2009-01-01"]]
    frame = extract_figures("王彦庆多次被评为县、市级劳动模范，2001年荣获唐山市优秀青年称号，同年被评为河北省乡镇系统新闻人物，")
    assert frame[["surface", "period_start"]].values.tolist() == [["2001年", "2001-01-01"], ["同年", "2001-01-01"]]
    frame = extract_figures("邱樹明供稱，同年3月5日，他將林倫慶帶返青山警署後，", published=dt.date(2018, 4, 13))
    assert frame["period_start"].tolist() == ["2018-03-05"]  # (no year stated before it: the month reads as the text's)
    # no year in 不同年代, 本次年会 (眾新聞 5249, line 54; THUCNews cnews line 237)
    assert extract_figures("不是不同年代不同的城巿，都有類同的問題嗎？！").empty
    assert extract_figures("首先感谢成思危先生，还有我们多年的合作伙伴，中国民生银行董事长董文标先生对本次年会做出支持。").empty


def test_a_title_states_no_figure_and_a_cited_works_year_dates_nothing():
    # 眾新聞 article 11199 (陳香梅) and Fudan corpus C34-Economy0596 and C34-Economy0701, as printed: a number in a book's
    # title is no count (一千個 had been 1000 of Springs); the year a cited work was published is no period of the text
    # (15 rows of 0596 were its citations' 1993年), nor the date of the survey figures after it
    line = "多年之後，陳香梅把二人相戀過程寫成《A Thousand Springs／一千個春天》一書，更曾改編為電視劇。"
    assert "一千個" not in statistics(extract_figures(line))["surface"].tolist()
    assert extract_figures("（注：《邓小平文选》第3卷，第59页，人民出版社，1993年。 ）他还形象而郑重地指出").empty
    frame = extract_figures("据调查（注：戴建中：“私营企业雇工及劳资关系调查报告”，《社会学研究》，1996年第6期），私营企业的雇工中，"
                            "有36.3 ％的人在进入企业时与企业主签订了劳动合同；")
    assert frame[["surface", "as_of"]].values.tolist() == [["36.3 ％", ""]]
    # a note of the writer's own states the text's figures: their years stay (Fudan corpus C34-Economy1694, as printed)
    frame = extract_figures("（注：国家财政收入占GDP的比重从1978年的31.3％下降为1995 年的10.7％，共下降65.8个百分点。")
    assert frame.loc[frame["surface"] == "31.3％", "as_of"].tolist() == ["1978-12-31"]


def test_more_after_yi_is_more_and_a_population_is_no_person():
    # Fudan corpus C32-Agriculture0312, C32-Agriculture0698 and C32-Agriculture1149, as printed: 多 after 亿 is “and more”
    # before any word (2亿多农户 had been 2亿 exact); 人口 is the population counted, not the unit 人 and a 口 left over;
    # 大致为 is about
    assert one("农户是农业生产中最基本的微观经济单位。我国有2亿多农户， 其经营行为关系到农业生产资源的合理利用与配置，")[
        ["surface", "qualifier", "low", "high"]].tolist() == ["2亿多", "over", 2e8, 3e8]
    figure = one("1957年9月，邓小平在八届三中全会（扩大）关于整风运动的报告中就说过：“中国是一个有六亿多人口的大国，")
    assert figure[["surface", "unit", "qualifier", "about"]].tolist() == ["六亿多", "", "over", "人口"]
    figure = one("近三年，为了实现农业优势向经济优势的转化，全市市、乡两级投入资金2亿多元，")  # (C32-Agriculture0173, line 22)
    assert figure[["surface", "unit", "qualifier"]].tolist() == ["2亿多元", "元", "over"]
    frame = statistics(extract_figures("结构份额大致为60％:40％，其中，农业份额不高于50％，不低于40 ％。"))
    assert frame[["surface", "qualifier"]].values.tolist()[0] == ["大致为60％", "approx"]


def test_shang_before_a_multiplier_alone_is_over():
    # 眾新聞 article 5288 (line 27), as printed: 上萬人 is over ten thousand people, as 上千家 is over a thousand; not in
    # the idiom 万人空巷
    figure = one("一般市民可能不易明白，為何有上萬人反對她擔任副局長，是因為教聯？")
    assert figure[["surface", "value", "unit", "qualifier"]].tolist() == ["上萬人", 1e4, "人", "over"]
    assert statistics(extract_figures("真可谓是万人空巷，前无古人后无来者啊！")).empty  # (THUCNews cnews line 69)


def test_what_the_review_found_of_this_stops_dates():
    # 眾新聞 article 11908 (2018-05-05, line 19), as printed: 同年 after 去年 in the sentence before is last year
    # (11月22日 had moved to 2018); Fudan corpus C34-Economy2631 (line 88) and C34-Economy2136 (lines 51-52, joined): a
    # note's own figure keeps its year, and so does the figure of a bracket that only holds a citation
    frame = extract_figures("去年5月，立法會通過《私營骨灰安置所條例》， 大眾均期望法例能改善現時違規骨灰龕滋擾的情況。"
                            "可是，同年11月22日，政府宣布「為顧及社會整體利益」，", published=dt.date(2018, 5, 5))
    assert frame.loc[frame["surface"].str.endswith("11月22日"), "period_start"].tolist() == ["2017-11-22"]
    frame = extract_figures("（注：1998年中国国有企业下岗职工的再就业比例仅为50％，见《劳动保障》1999年第2期第40页。 ）")
    assert frame[["surface", "as_of"]].values.tolist() == [["1998年", ""], ["50％", "1998-12-31"]]
    frame = extract_figures("再加上我国目前经济处于后货币化时期（以M[,2] ／GDP表示的货币化水平，我国1997年为121％（注：《新金融》，1998年"
                            "第8期；）），")
    assert frame.loc[frame["surface"] == "121％", "as_of"].tolist() == ["1997-12-31"]
    # 眾新聞 article 5073 (line 36), as printed: 「五五體制」 is Japan's 1955 system, no five-year plan
    frame = extract_figures("日本政治在1955年自由黨與民主黨合併成自民黨後，建構成所謂「五五體制」，一直至1993年眾議院選舉失利，")
    assert [s for s in frame["surface"] if "五五" in s and frame.loc[frame["surface"] == s, "kind"].iloc[0] == "period"] == []


def test_a_subject_is_carried_within_its_paragraph_not_to_the_same_paragraph_of_another_section():
    # renminribao-20250603-guangxi: 列车运行 (tagged a name) in the first paragraph of section 1 is no subject of the
    # counts in the first paragraphs of sections 2 and 3 (the fourth audit found 中六生 on most rows of 眾新聞 5113)
    from helpers import load_article
    from helpers.paths import CORPUS

    frame = extract_figures(load_article(CORPUS / "renminribao-20250603-guangxi.txt"))
    rows = frame[frame["surface"].isin(["20吨", "超1000人", "近200所"])]
    assert rows[["surface", "section", "paragraph", "subject"]].values.tolist() == [
        ["20吨", 2, 1, ""], ["超1000人", 3, 1, ""], ["近200所", 3, 1, ""]]


@pytest.mark.parametrize(("text", "expected"), [
    # Fudan corpus C38-Politics0892 (line 47) and 眾新聞 article 11332 (line 84): 第三者 (a third party) and 第一時間 (at
    # once) are no ordinals
    ("体惟有委托一个共同认可的第三者作为各市场主体公平交易的裁决者和维护者。", []),
    ("假期後我和我的同事已第一時間於昨天（8日）前往珠海與大橋管理局會面和討論", [("8日", "date")]),
])
def test_words_that_open_with_an_ordinal_and_are_none(text, expected):
    frame = extract_figures(text, published=dt.date(2018, 4, 9))
    assert [tuple(r) for r in frame[["surface", "kind"]].values.tolist()] == expected


@pytest.mark.parametrize(("text", "surface", "change", "direction"), [
    # Fudan corpus C34-Economy0740 (line 19): 比…要低 with a year inside what is compared is down (of 国民产出)
    ("，其国民产出也比1997年以前的趋势线要低14％。", "14％", "比1997年以前的趋势线要低", "down"),
    # Fudan corpus C34-Economy0488 (line 85): 抬高 raises
    ("膨胀的方法，这可能会使生产率每年抬高0.3到0.4个百分点。", "0.3到0.4个百分点", "抬高", "up"),
])
def test_a_comparison_with_a_year_in_it_and_raising_verbs_have_directions(text, surface, change, direction):
    frame = extract_figures(text)
    row = frame[frame["surface"] == surface].iloc[0]
    assert (row["change"], row["direction"]) == (change, direction)
    assert surface != "14％" or row["about"] == "国民产出"


@pytest.mark.parametrize(("text", "expected"), [
    # 眾新聞 article 5113 (line 26, its headline; line 63, a bold line) and a THUCNews cnews record (line 538): the kind of
    # spending between an amount and its noun of money leaves the amount money in 元
    ("林鄭申43億教育撥款：資助每年3萬讀自資學位、增加常額教師", [("43億", "money", "元"), ("3萬", "count", "")]),
    ("共涉每年36億經常開支 7億非經常開支", [("36億", "money", "元"), ("7億", "money", "元")]),
    ("加上4万亿政府投资，银行将通过放贷支持", [("4万亿", "money", "元")]),
])
def test_money_named_after_an_amount_with_the_kind_of_spending_between(text, expected):
    assert [tuple(r) for r in extract_figures(text)[["surface", "kind", "unit"]].values.tolist()] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # THUCNews cnews line 457 and Fudan corpus C34-Economy1022 (line 44): over a span stated before the change, the value
    # a change runs from holds for the span's first year, the value it reaches for its last
    ("自2006年到2009年2月，国奥板块商品房的平均售价从9690元/平方米迅速蹿升到21030元/平方米，涨幅高达117%。",
     [("9690元/平方米", "2006-12-31"), ("21030元/平方米", "2009-02-28")]),
    ("1992—1997年的5年间，全县非公有制企业由近百家增加到1178家，", [("近百家", "1992-12-31"), ("1178家", "1997-12-31")]),
    # Fudan corpus C32-Agriculture0686 (line 108): a value of the period named with it (由“五五”时期的) is the period's
    ("国家财政支农比重也由“五五”时期的１３．２％下降到１９９３年的８．４％。", [("１３．２％", "1980-12-31"), ("８．４％", "1993-12-31")]),
])
def test_the_value_a_change_runs_from_holds_for_the_first_year_of_the_span(text, expected):
    frame = extract_figures(text)
    assert [(s, a) for s, a in frame[["surface", "as_of"]].values.tolist() if s in dict(expected)] == expected


def test_a_year_a_running_period_starts_from_dates_its_figures_as_of_the_writing():
    # renminribao-20250408-laowu: “2023年起，我们每年……招5到6名……” (as of the page, not the end of 2023)
    from helpers import load_article
    from helpers.paths import CORPUS

    frame = extract_figures(load_article(CORPUS / "renminribao-20250408-laowu.txt"))
    assert frame.loc[frame["surface"] == "5到6名", "as_of"].tolist() == ["2025-04-08"]


@pytest.mark.parametrize(("text", "expected"), [
    # Fudan corpus C34-Economy2297 and C34-Economy1737: a date in brackets right after a figure is its own
    ("国营企业的数量从12,000个（1990年）缩减为6300个（1994年）。", [("12,000个", "1990-12-31"), ("6300个", "1994-12-31")]),
    ("在这段期间，香港制造业在产出中的比重由19.3％（1989年）减至7.2％（1996年）。", [("19.3％", "1989-12-31"), ("7.2％", "1996-12-31")]),
])
def test_a_date_in_brackets_after_a_figure_is_its_own(text, expected):
    frame = extract_figures(text)
    assert [(s, a) for s, a in frame[["surface", "as_of"]].values.tolist() if s in dict(expected)] == expected


@pytest.mark.parametrize(("text", "surface", "about"), [
    # THUCNews cnews lines 617 and 541: a measure's name and its colon before the figure is what it measures (it had
    # been c, the brand's first letter, and 编辑, the word after)
    ("奢侈第一名：c.gilson 价格：2684美元(包括睡袍", "2684美元", "价格"),
    ("苹果iPod touch 3\u00a0\u00a0\u00a0\u00a0容量：32GB 报价：2200元\u00a0\u00a0\u00a0\u00a0编", "2200元", "报价"),
])
def test_a_measures_name_and_its_colon_before_a_figure(text, surface, about):
    frame = extract_figures(text)
    assert frame.loc[frame["surface"] == surface, "about"].tolist() == [about]


def test_a_verb_and_its_zhe_after_a_count_are_what_is_counted():
    # 眾新聞 article 11745 (line 38): 出席者 (those who attended), which jieba cuts into 出席 and 者, is what 22位 counts
    frame = extract_figures("胡志偉表示，中委會成員共有30人，部分中委未能出席今天會議，22位出席者全票通過，贊成兩項動議：")
    assert frame.loc[frame["surface"] == "22位", "about"].tolist() == ["出席者"]


@pytest.mark.parametrize(("text", "expected"), [
    # 眾新聞 article 11745 (line 38): a count after quoted speech takes no name from the speech (5人 had been 有負公眾)
    ("會後晚上8時，民主黨5名立法會成員，包括黨主席胡志偉、涂謹申、黃碧雲、林卓廷、尹兆堅，代表全體中委成員指「許智峯粗暴無禮，欺凌冒犯女事主，"
     "嚴重損害民主黨聲譽，行為極不恰當，有負公眾期望」，5人三次向公眾鞠躬道歉。", [("5名", "立法會成員"), ("5人", ""), ("三次", "")]),
    # 眾新聞 article 11396: a name in quotes before the clause is no speech
    ("一旦台海爆發戰事，解放軍航空母艦「遼寧號」，可於24小時內搶佔台灣東部海域陣位", [("24小時內", "航空母艦")]),
])
def test_no_name_of_what_is_measured_from_speech_quoted_before(text, expected):
    assert [tuple(r) for r in extract_figures(text)[["surface", "about"]].values.tolist()] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # What the review of this rule found on unseen text. Fudan corpus C34-Economy0813: a range opening with a month
    # gives the value it runs from that month
    ("从1994年1月至1997年6月，手提电话机的购买从50万架增到2,400万架。", None,
     [("50万架", "1994-01-31"), ("2,400万架", "1997-06-30")]),
    # Fudan corpus C34-Economy2686 and THUCNews cnews line 149: a span bounded after it (为期5年) or a plan (达到) does not
    # run on to the writing
    ("1920年起，年缴12万元，为期5年。", None, [("12万元", "1920-12-31")]),
    ("意见指出，2009年全国新农合筹资水平要达到每人每年100元，从2010年开始，达到每人每年150元。", dt.date(2009, 7, 1),
     [("150元", "2010-12-31")]),
    # 眾新聞 article 5587 (2017-07-21): a sentence told in the year it states first (2002年，…自1996年起) is no running period
    ("2002年，中國國稅總局指控劉曉慶和其公司自1996年起，以不同方式總共逃稅1400百萬人民幣", dt.date(2017, 7, 21),
     [("1400百萬人民幣", "1996-12-31")]),
])
def test_a_span_the_text_bounds_is_no_running_period(text, published, expected):
    frame = extract_figures(text, published=published)
    assert [(s, a) for s, a in frame[["surface", "as_of"]].values.tolist() if s in dict(expected)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 眾新聞 articles 11422 and 5801, THUCNews cnews line 704: 基本法四條條文 counts four articles; 三部曲 is a trilogy (or
    # three steps), no count; 相同一级 keeps its tier (同一 is no idiom here)
    ("令上述基本法四條條文蕩然無存", [("四條", "count")]),
    ("將修改《基本法》附件一及附件二的政改三部曲規定變為五部曲", []),
    ("成功将替换掉之前已学的相同一级法宝技能石；", [("一级", "label")]),
])
def test_what_the_review_found_the_new_units_and_idioms_overreach_on(text, expected):
    assert [tuple(r) for r in extract_figures(text)[["surface", "kind"]].values.tolist()] == expected
