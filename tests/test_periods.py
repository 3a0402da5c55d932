"""Dates and periods: ranges, cumulative periods, parts of a month, Chinese and two-digit years, relative years."""

import datetime as dt

import pytest

from helpers import traditional
from helpers.periods import find_periods, read_period
from helpers.stated import extract_figures

BASE = dt.date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "first", "last", "kind"),
    [
        ("2018年1－9月", "2018-01-01", "2018-09-30", "period"),
        ("2017年8月至11月", "2017-08-01", "2017-11-30", "period"),
        ("2019年4月12-19日", "2019-04-12", "2019-04-19", "period"),
        ("2017年8月15日至2018年3月29日", "2017-08-15", "2018-03-29", "period"),
        ("2025—2027年", "2025-01-01", "2027-12-31", "period"),
        ("1985到89年9月", "1985-01-01", "1989-09-30", "period"),
        ("2025年前三季度", "2025-01-01", "2025-09-30", "period"),
        ("2025年前两个季度", "2025-01-01", "2025-06-30", "period"),
        ("2025年前十一个月", "2025-01-01", "2025-11-30", "period"),
        ("2025年一季度末", "2025-03-31", "2025-03-31", "date"),
        ("2025年第三季度", "2025-07-01", "2025-09-30", "period"),
        ("2025年上半年", "2025-01-01", "2025-06-30", "period"),
        ("2025年9月初", "2025-09-01", "2025-09-05", "period"),
        ("1999年7月下旬", "1999-07-21", "1999-07-31", "period"),
        ("2025年9月末", "2025-09-30", "2025-09-30", "date"),
        ("二〇〇六年十二月", "2006-12-01", "2006-12-31", "period"),
        ("98年4月", "1998-04-01", "1998-04-30", "period"),
        ("去年6月上旬", "2020-06-01", "2020-06-10", "period"),
        ("前年11月到去年3月", "2019-11-01", "2020-03-31", "period"),
        ("本月9日", "2021-06-09", "2021-06-09", "date"),
        ("上季度末", "2021-03-31", "2021-03-31", "date"),
        ("年底", "2021-12-31", "2021-12-31", "date"),
        ("明年初", "2022-01-01", "2022-02-28", "period"),
        ("今明两年", "2021-01-01", "2022-12-31", "period"),
    ],
)
def test_read_period(text, first, last, kind):
    p = read_period(text, base=BASE)
    assert (p.first, p.last, p.kind) == (first, last, kind)


@pytest.mark.parametrize("text", ["明天下午3点", "24年", "2020至2025年前", "周一", "今年中秋节"])
def test_what_is_no_period_is_refused(text):
    with pytest.raises(ValueError, match=repr(text)):
        read_period(text, base=BASE)


def test_a_relative_year_with_nothing_to_count_from_is_left_unresolved():
    (p,) = find_periods("今年以来，出口增长。")
    assert (p.surface, p.first, p.last) == ("今年", "", "")
    assert p.note == "今年 unresolved: the text states no date to count from"
    assert read_period("今年", base=BASE).first == "2021-01-01"


def test_a_month_with_no_year_takes_the_last_year_stated_before_it():
    periods = find_periods("2023年全年增长，其中1-4月份回落，前三季度回升。")
    assert [(p.surface, p.first, p.last, p.inferred) for p in periods] == [
        ("2023年", "2023-01-01", "2023-12-31", False),
        ("1-4月份", "2023-01-01", "2023-04-30", True),
        ("前三季度", "2023-01-01", "2023-09-30", True),
    ]


def test_cumulative_periods_and_quarters_in_real_copy():
    # 经济通 (tests/data/articles/jingjitong-20251020-qiansanji.txt), in traditional characters; the
    # article states no year, so the caller's year is used and marked inferred
    text = "國家統計局公布前三季度經濟數據，其中第三季度GDP同比增速放緩至4.8%，為四個季度最小"
    assert [(p.surface, p.first, p.last, p.inferred) for p in find_periods(text, year=2025)] == [
        ("前三季度", "2025-01-01", "2025-09-30", True), ("第三季度", "2025-07-01", "2025-09-30", True)]
    # with no year and no date to count from, each is a period all the same, placed in no year, and says so
    assert [(p.surface, p.first, p.last, p.note) for p in find_periods(text)] == [
        ("前三季度", "", "", "前三季度: no year stated to place it in"), ("第三季度", "", "", "第三季度: no year stated to place it in")]


def test_a_cumulative_period_makes_as_of_its_end():
    frame = extract_figures("2025年前三季度，国内生产总值同比增长5.2%。")
    row = frame[frame["kind"] == "percent"].iloc[0]
    assert (row["surface"], row["as_of"], row["direction"]) == ("5.2%", "2025-09-30", "up")


def test_a_quarter_is_never_an_ordinal_label():
    frame = extract_figures("其中第三季度GDP同比增速放緩至4.8%。")
    assert "label" not in set(frame["kind"])


def test_an_unresolved_relative_year_keeps_what_follows_it():
    # 21世纪经济报道, 猪肉 (tests/data/articles/21shijijingjibaodao-unknown-zhurou.txt): 明年上半年 is not 2011's
    text = "猪价上涨带动CPI出现高点的时间很可能在明年上半年，同时由于今年上半年CPI基数低"
    periods = find_periods(text, year=2011)
    assert [(p.surface, p.first) for p in periods] == [("明年上半年", ""), ("今年上半年", "")]
    assert read_period("明年上半年", base=BASE).first == "2022-01-01"


@pytest.mark.parametrize(("text", "expected"), [
    # dongfangribao-20201013-waimao and Hong Kong copies: 第2季, 首季 and 前三季 are quarters; 首9个月 is 前9个月
    # (今年 counted from no date: its quarters are placed in no year; see the next test for the publication date)
    ("今年第1和第2季中国进出口总值", [("今年", "", ""), ("第2季", "", "")]),
    ("首季", [("首季", "2020-01-01", "2020-03-31")]),
    ("第三季末", [("第三季末", "2020-09-30", "2020-09-30")]),
    ("前三季", [("前三季", "2020-01-01", "2020-09-30")]),
    ("首9个月", [("首9个月", "2020-01-01", "2020-09-30")]),
    ("三季末", [("三季末", "2020-09-30", "2020-09-30")]),
    # not seasons, champions, words or a programme's seasons (review: 一年四季, 四季豆, 一季报, 居榜首3个月)
    ("换季时节", []), ("第三季节目", []), ("两季", []), ("一年四季", []), ("四季酒店", []), ("杭州四季青", []),
    ("一季稻", []), ("一季报", []), ("《中国好声音》第三季", []), ("连续居榜首3个月", []),
])
def test_quarters_and_months_as_hong_kong_and_malaysian_copies_write_them(text, expected):
    assert [(p.surface, p.first, p.last) for p in find_periods(text, year=2020)] == expected


def test_this_years_quarters_are_placed_by_the_publication_date():
    # 东方日报 2020-10-13 (tests/data/articles/dongfangribao-20201013-waimao.txt): 今年 is 2020, by the date
    periods = find_periods("今年第1和第2季中国进出口总值", year=2019, base=dt.date(2020, 10, 13))
    assert [(p.surface, p.first, p.last) for p in periods] == [
        ("今年", "2020-01-01", "2020-12-31"), ("第2季", "2020-04-01", "2020-06-30")]
    # with no date to count from, 今年 ends the reach of 2019 stated before it: 第2季 is in no year
    assert find_periods("今年第1和第2季中国进出口总值", year=2019)[1].note == (
        "第2季: no year to place it in (今年 after 2019年 counts from the date of writing, which the text does not give)")


def test_the_first_months_as_older_papers_write_them():
    assert [(p.surface, p.first, p.last) for p in find_periods("头5个月全省组团出游人数", year=2005)] == [
        ("头5个月", "2005-01-01", "2005-05-31")]


def test_full_width_digits_are_read_and_shown_as_written():
    assert [(p.surface, p.first, p.last) for p in find_periods("２０２５年９月，７、８月份", year=2025)] == [
        ("２０２５年９月", "2025-09-01", "2025-09-30"), ("８月份", "2025-08-01", "2025-08-31")]


def test_a_year_compared_with_does_not_date_the_months_after_it_in_the_sentence():
    # 新城電台, 2026-03-04 (metroradio.com.hk): 較去年12月 is a comparison; the 1月 after it is January 2026
    text = "1月零售業總銷貨價值臨時估計為373億元,升幅較去年12月放緩1.1個百分點,扣除價格變動,1月零售業總銷貨數量按年上升百分之3.4"
    assert [(p.surface, p.last) for p in find_periods(text, base=dt.date(2026, 3, 4))] == [
        ("1月", "2026-01-31"), ("去年12月", "2025-12-31"), ("1月", "2026-01-31")]


def test_a_day_alone_is_of_the_base_month_only_in_digits_and_with_ri():
    base = dt.date(2024, 4, 16)
    # 经济观察网 2024-04-16 (tests/data/articles/jingjiguanchawang-20240416-sigeguanjianci.txt)
    assert [(p.surface, p.first) for p in find_periods("国家统计局16日发布的数据显示", base=base)] == [("16日", "2024-04-16")]
    # 人民日报 2025-06-02: 福鲍1号 is a platform's name; an idiom and a tour count no day
    assert find_periods("“福鲍1号”深远海养殖平台上", base=base) == []
    # (中国证券报 2026-06-12 zhongguozhengquanbao-20260612-jingangshi.txt; 新华社 2016-02-14 xinhuashe-20160214-chunjielvyou.txt)
    assert find_periods("AI产业当下一日千里，算力的发展也对散热", base=base) == []
    assert find_periods("其中過夜游客為2172萬人次,一日游游客為9000萬人次", base=base) == []


def test_a_period_counted_from_the_writing_reaches_as_far_with_no_date_to_count_from():
    # rmrb (tests/data/articles/rmrb-unknown-banama-jingji.txt); 晨报 2008-08-12 (chenbao-20080812-cunkuan.txt)
    assert [(p.surface, p.first) for p in find_periods("据统计，去年1月至9月科隆区进口达到33.39亿美元")] == [("去年1月至9月", "")]
    assert [(p.surface, p.first, p.last) for p in find_periods("去年1月至9月", base=dt.date(2000, 3, 1))] == [
        ("去年1月至9月", "1999-01-01", "1999-09-30")]
    assert [p.surface for p in find_periods("这主要与当月末新股发行及上月末")] == ["当月末", "上月末"]


def test_the_month_in_question_is_not_the_month_of_writing():
    # 金融时报 2000-03-29 (an archive copy, not in the corpus) reports February: 当月 is that month, not March
    periods = find_periods("居民消费物价转降为升。当月居民消费价格比上年同月增长0.7%，商品零售价格下降1.4%。",
                           base=dt.date(2000, 3, 29))
    assert [(p.surface, p.first, p.note) for p in periods][0] == (
        "当月", "", "当月 unresolved: the month or quarter in question, which it does not date itself")


def test_a_day_in_words_dates_a_dispatch_or_a_report_and_当月_is_the_month_stated_before_it():
    # 中新网 2009-08-11 (chinanews-20090811-money-supply.txt) and 澳門日報 2024-09-02 (aomenribao-20240902-shangshigongsi.txt)
    assert [(p.surface, p.first) for p in find_periods("中國央行十一日公布數據稱", base=dt.date(2009, 8, 11))] == [
        ("十一日", "2009-08-11")]
    assert [p.first for p in find_periods("【中新社北京一日電】根據中國上市公司協會一日披露的數據", base=dt.date(2024, 9, 2))] == [
        "2024-09-01", "2024-09-01"]
    # 晨报 2008-08-12 (chenbao-20080812-cunkuan.txt): the report is July's, and so is 当月
    periods = find_periods("“7月份信贷运行报告”显示,当月全市人民币储蓄存款增加108.1亿元", year=2008)
    assert [(p.surface, p.first, p.last, p.note) for p in periods] == [
        ("7月份", "2008-07-01", "2008-07-31", ""), ("当月", "2008-07-01", "2008-07-31", "当月: the month stated before it")]


def test_同月_is_the_month_stated_before_it_as_当月_is():
    # 眾新聞 article 5806 (2017-07-31; line 46), as printed: 同月24日至31日 is in May 2012, the month stated before it, not
    # in July, the month of writing; 不同月份 (different months) is no month at all
    line = ("涉款於同年5月22日被存入至梁國雄的滙豐銀行個人戶口，並於同月24日至31日期間， 分批轉帳至其議員辦事處的立法會會計唐婉清的"
            "恒生銀行戶口。")
    periods = find_periods(line, year=2012, base=dt.date(2017, 7, 31))
    assert [(p.surface, p.first, p.last) for p in periods] == [
        ("同年5月22日", "2012-05-22", "2012-05-22"), ("同月24日至31日", "2012-05-24", "2012-05-31")]
    assert [p.note for p in periods][1] == "同月: the month stated before it"
    assert find_periods("不同月份的数据不同", base=dt.date(2017, 7, 31)) == []
    # 眾新聞 article 11112 (line 91, a caption): 認同月薪車長, agreeing that monthly-paid drivers…, names no month
    assert find_periods("郭志誠（左一）表示，他認同月薪車長一直被剝削", base=dt.date(2018, 3, 20)) == []


def test_a_year_running_on_in_a_text_with_no_date_ends_and_reads_in_finite_time():
    # 中国经济网 2026-06-12 (corpus, tuishi): 2026年起 runs on to the writing, whose date the text alone does not give,
    # so the year's reach ends; the stand-in reading of 期末…年报 once called itself without end (RecursionError).
    line = ("退市力度加码的背后，2026年起全面实施的退市新规发挥了关键作用：主板净利润为负且营业收入低于3亿元即可“披星戴帽”；"
            "期末净资产为负直接触发退市风险警示；年报被出具“无法表示意见”或“否定意见”触及退市风险警示")
    assert [(p.surface, p.first, p.last) for p in find_periods(line)] == [("2026年", "2026-01-01", "2026-12-31")]


def test_days_of_the_lunar_new_year_are_not_the_start_of_the_year():
    # THUCNews cnews line 43 (南方日报 via 新浪, 2009; tests/data/quoted-texts.md): 年初四 and 大年初二 are days of the
    # Spring Festival (正月初四, 初二), not 年初 (January and February)
    line = "据统计,年三十至年初四,广州市一手住宅网签量仅有22套,日均成交不足5套,其中大年初二更是交了白卷。"
    assert find_periods(line, year=2009) == []
    assert [(p.surface, p.last) for p in find_periods("2009年年初", year=2009)] == [("2009年年初", "2009-02-28")]


def test_a_day_placed_in_no_year_is_still_a_date():
    # cnews line 183 (a 上海 二手房 report, 2009, its year not stated): 9月12日 is a day, kind date, with no year to place it in
    line = "位于松江区涞寅路的“上海奥林匹克花园”9月12日推出一批新房源，售楼人员表示，当天认购成功的可按总价打9.7折"
    assert [(p.surface, p.kind, p.first, p.note) for p in find_periods(line)] == [
        ("9月12日", "date", "", "9月12日: no year stated to place it in")]


def test_a_year_set_as_a_deadline_does_not_date_the_months_after_it():
    # Fudan corpus C34-Economy2059 (a 1999 reprint; tests/data/quoted-texts.md): 2010年前 is the year a road network is
    # to be finished by; the 年初 of the minister's speech is the writing's, not 2010's. 2010年前三季度 is 2010's.
    line = ("2010年前国家主干高等级公路系统的整体惯通，其交通流量将大幅度增加，公司的业绩将随之稳定增长；今后三年，"
            "加大对基础设施投入将成为中国的一项重要的宏观经济政策，李岚清副总理在年初的国际经济论坛上")
    assert [(p.surface, p.first) for p in find_periods(line)] == [("2010年", "2010-01-01"), ("年初", "")]
    assert [p.first for p in find_periods("2010年前三季度，年初")] == ["2010-01-01", "2010-01-01"]


def test_the_year_before_the_year_in_question_stays_the_year_in_question():
    # 国家统计局 2023-07-18 (corpus, nbs-20230718-energy-h1), its notes: both 上年 are 2022; the first is no new year in question
    line = ("由于规模以上工业企业范围每年发生变化,为保证本年数据与上年可比,计算产品产量等各项指标同比增长速度所采用的同期数与本期的"
            "企业统计范围相一致,和上年公布的数据存在口径差异。")
    found = find_periods(line, year=2022, base=dt.date(2023, 7, 18))
    assert [(p.surface, p.first) for p in found] == [("本年", "2023-01-01"), ("上年", "2022-01-01"), ("上年", "2022-01-01")]
    # 国家统计局 1999-02-26 (corpus, nbs-19990226-tongjigongbao): the 1998 bulletin's 上年 is 1997
    assert find_periods("全年国内生产总值79553亿元,比上年增长百分之七点八。", year=1998, base=dt.date(1999, 2, 26))[0].first == "1997-01-01"


def test_decades_and_centuries_are_periods():
    # Fudan corpus reprints (C34-Economy0216, C34-Economy1462, C32-Agriculture0605, C34-Economy1791), 眾新聞 article 5185
    # and a THUCNews cnews record (line 422), as printed (tests/data/quoted-texts.md). A decade in no century is the last
    # century's, which these texts (1990s; 2009; 2017) have not yet left behind; 初, 中期 and 末 as JioNLP reads them.
    def read(line: str, base: dt.date | None = None) -> list[tuple[str, str, str]]:
        return [(p.surface, p.first, p.last) for p in find_periods(line, base=base)]

    assert read("苏联50年代经济发展年均速度是10％左右，60年代降为7％左右，70年代为5％左右，80年代则降为2—3％") == [
        ("50年代", "1950-01-01", "1959-12-31"), ("60年代", "1960-01-01", "1969-12-31"),
        ("70年代", "1970-01-01", "1979-12-31"), ("80年代", "1980-01-01", "1989-12-31")]
    assert read("日本１９６０年之前，台湾和南朝鲜７０年代初之前农业劳动力成功的转移。") == [
        ("１９６０年", "1960-01-01", "1960-12-31"), ("７０年代初", "1970-01-01", "1972-12-31")]
    assert read("七十年代末八十年代初，我国农村的第一步改革是在计划经济背景下农业部门的") == [
        ("七十年代末", "1977-01-01", "1979-12-31"), ("八十年代初", "1980-01-01", "1982-12-31")]
    assert read("应当承认，在其晚年（19世纪70年代至80年代初），马克思的确在人类学研究方面花费了很大气力") == [
        ("19世纪70年代至80年代初", "1870-01-01", "1882-12-31")]
    assert read("1.变革传统的教育方式。整个20世纪，由于科学技术的发展没有很好的人文价值和人文目标作保证") == [
        ("20世纪", "1900-01-01", "1999-12-31")]
    # 上世纪 counts from the writing: unresolved with no date, the 20th century in a 2017 column (folded, as read)
    line = "欧洲法西斯主义成形之时，正值上世纪二、三十年代，两次大战间混乱状态之势。"
    assert read(line, dt.date(2017, 7, 14)) == [("上世纪二、三十年代", "1920-01-01", "1939-12-31")]
    assert [(p.first, p.note) for p in find_periods(line)] == [("", "上世纪 unresolved: the text states no date to count from")]
    line = "是西班牙从上世纪90年代中期开始到国际金融危机爆发期间经济实现持续稳定增长的重要因素。"
    assert read(line, dt.date(2009, 8, 4)) == [("上世纪90年代中期", "1993-01-01", "1996-12-31")]


def test_words_that_hold_a_decade_or_century_but_name_none_are_no_period():
    # 90年代中国: 中 is China's, not the decade's middle; 一个世纪 and 新世纪 count or name no century
    assert [(p.surface, p.last) for p in find_periods("90年代中国经济")] == [("90年代", "1999-12-31")]
    assert find_periods("一个世纪以来，新世纪的年代感") == []


def test_years_that_are_no_dates_of_the_writing():
    # 眾新聞 articles 5917 and 11071 (2017, 2018), as printed and folded: 上年紀 is old age, and 當年 with no year
    # stated before it is “back then” (it was the year of writing, 2018)
    line = "他駁斥，外國一大堆政客都已上年紀，但仍然活躍於政壇，看不到為何年齡會成為不能參選的原因。"
    assert find_periods(line, base=dt.date(2017, 8, 4)) == []
    line = "回想當年，我們老一輩領導人懷着共同的理想信念和深厚的革命友誼，彼此信賴，相互支持，書寫了國際關係史上的一段佳話。"
    found = find_periods(traditional.fold(line), base=dt.date(2018, 3, 28))
    assert [(p.surface, p.first, p.note) for p in found] == [("当年", "", "当年 unresolved: no year stated before it to count from")]
    # a year stated before it is the one it names
    assert find_periods("1998年全市生产总值达到1000亿元，占当年全省的一半。")[1].first == "1998-01-01"


def test_a_words_end_before_year_is_no_year_counted_from_the_writing():
    # THUCNews cnews records (lines 499 and 720), Fudan corpus C34-Economy2463 and 眾新聞 article 5982, as printed and
    # folded: 成本|年底, 80后|年青人, 当|年轻人 and 以上|年龄 hold no 本年, 后年, 当年 or 上年. 超过去年 still counts.
    for line in ("■ 租房贴士年底换租要考虑隐性成本年底抄底租房的话，要注意一些隐性的成本。",
                 "3.消费更追求省心省力许多步入职场的80后年青人，面临激烈的社会竞争和工作压力，",
                 "政策的这种变动的影响是，当年轻人进入劳动力时期，政府债务就会少些，这意味着较轻的税收负担。",
                 traditional.fold("並將65至69、70至74、75至79、80至84、85歲或以上年齡組別相加，計算出各年的長者（65歲或以上）人口，")):
        assert not any(p.surface in ("本年底", "后年", "当年", "上年") for p in find_periods(line, base=dt.date(2009, 2, 1)))
    assert [p.first for p in find_periods("光电技术投资仍然超过去年同期水平。", base=dt.date(2019, 10, 30))] == ["2018-01-01"]
    # Fudan corpus C34-Economy1722, lines 32-33 joined: the early and middle 1980s
    found = find_periods("在80年代初中期短缺经济和体制夹缝中成长起来的乡镇企业，")
    assert [(p.surface, p.first, p.last) for p in found] == [("80年代初中期", "1980-01-01", "1986-12-31")]


def test_what_the_review_found_of_eras_and_years_counted_from_the_writing():
    # Fudan corpus C32-Agriculture0416 (printed 1996-11), C32-Agriculture1081 and cnews records (lines 183, 952), as
    # printed or folded: 后 after a decade is “after”, no part of it (进入90年代后 was 1997-99); a century that opens a
    # name, or in a title, is no period; 以上年为100 is last year (上年 after 以 was lost); 截至上年末 too.
    found = find_periods("进入９０年代后，法国化肥年消费总量已减少到５４００万吨以下")
    assert [(p.surface, p.first, p.last) for p in found] == [("９０年代", "1990-01-01", "1999-12-31")]
    assert find_periods("本报讯(记者 张奕 实习生 范凌子)来自21世纪不动产的最新门店抽样调查显示") == []
    assert find_periods("据21世纪经济报道，") == [] and find_periods("《中国21世纪议程》") == []
    assert [p.first for p in find_periods("说明：①表中指数是以上年为100计算的", year=1998, base=dt.date(1999, 2, 26))] == [
        "1997-01-01"]
    assert [p.last for p in find_periods("截至上年末，", base=dt.date(1999, 3, 1))] == ["1998-12-31"]
    assert [p.surface for p in find_periods("他在2010年代表中国参赛")] == ["2010年"]  # (no decade: 代表)


def test_a_range_of_years_whose_second_is_in_two_digits():
    # 眾新聞 article 11937 (東方日報 and the courts, line 39), as printed: 1996至97年間 had no period at all
    text = "東方報業當年一宗狗仔隊事件也哄動業界及社會。1996至97年間，《東方日報》因不滿法庭對兩宗訴訟的裁決，"
    assert [(p.surface, p.first, p.last) for p in find_periods(text)] == [("1996至97年", "1996-01-01", "1997-12-31")]
    assert [(p.first, p.last) for p in find_periods("1999至01年")] == [("1999-01-01", "2001-12-31")]  # (a new century)


# 眾新聞 article 11837 (聯合醫院, a page dated 2018-05-01, lines 18 and 37) and 11065 (line 74): a weekday with a day names
# its month (Monday the 30th is 30 April); a day followed by 後 or 內 is a count of days, no day of the month
@pytest.mark.parametrize(("text", "expected"), [
    ("蘇景桓周一（30日）公布檢討結果", [("30日", "2018-04-30")]),
    ("10日後才確診患上", []),
    ("華府指這些人以外交官身分收集情報，要求7日內離境。", []),
])
def test_a_weekday_names_the_month_of_a_day_and_days_after_a_day_are_a_span(text, expected):
    assert [(p.surface, p.first) for p in find_periods(text, year=2018, base=dt.date(2018, 5, 1))] == expected


def test_that_year_counts_from_a_year_stated_only_where_it_was_stated_near():
    # Fudan corpus C32-Agriculture0680: 当年 paragraphs after a 1951年 is back then; with the year in its paragraph or
    # the sentence before, it is that year (THUCNews cnews line 683, on 中卫)
    line = "可以看到刘少奇当年的一些真知灼见的根本原因之所在"
    assert [(p.surface, p.first) for p in find_periods(line, year=1951, near=False)] == [("当年", "")]
    assert [(p.surface, p.first) for p in find_periods(line, year=1951)] == [("当年", "1951-01-01")]
    frame = extract_figures("2004年，中卫县撤县设市。当年，黄河沙坡头水利枢纽工程也正式下闸蓄水。")
    assert frame[["surface", "period_start"]].values.tolist() == [["2004年", "2004-01-01"], ["当年", "2004-01-01"]]
    # 眾新聞 article 5834 (2017-08-01, lines 22 and 33, the paragraphs between left out): 當年 two sentences after a
    # 今年 is back then (a plain text has no paragraphs: only the sentence before counts)
    text = ("他表示，教聯會由2012年出版《中國模式》教材，到今年6月推出的《香港社會廿年來發展多面睇》資料冊，引用《大公報》、"
            "《文匯報》等內容，一直有違教育專業，但蔡若蓮在教聯一直迴避問題，質疑她上任後會否要學校採用類似教材。\n\n"
            "葉建源批評，蔡若蓮所屬的教聯會多次出版偏頗、歌頌性的國民教育教材。此外，蔡若蓮當年在教育局任職只屬中低級，空降擔任校長後"
            "也未見突出成績。")
    frame = extract_figures(text, published=dt.date(2017, 8, 1))
    assert frame.loc[frame["surface"] == "當年", "period_start"].tolist() == [""]
