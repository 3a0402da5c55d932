"""Decoding, normalisation and bad input: clear errors that name the file, and no file changed."""

import pytest

from helpers import (
    ArticleError,
    BinaryArticleError,
    EmptyArticleError,
    UndecodableArticleError,
    load_article,
)
from helpers.reading import read_lines
from helpers.stated import extract_figures

SENTENCE = "金融是“国之大者”，关系中国式现代化建设全局。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (SENTENCE.encode("gb18030"), "gb18030"),
        (SENTENCE.encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_each_supported_encoding(write_article, data, encoding):
    read = read_lines(write_article(data))
    assert read.encoding == encoding
    assert [line.text for line in read.lines] == [SENTENCE]


def test_normalises_crlf_indents_and_spaces(write_article):
    raw = "\r\n\u3000\u3000金融是“国之大者”，\u3000关系全局。  \r\n\r\n    方向是行动的指南。\r\n"
    read = read_lines(write_article(raw))
    assert [(line.number, line.text) for line in read.lines] == [(2, "金融是“国之大者”， 关系全局。"), (4, "方向是行动的指南。")]
    assert read.normalisation == {"crlf": 4, "fullwidth_spaces": 1, "indents": 2}


def test_old_mac_line_endings(write_article):
    read = read_lines(write_article("第一段。\r\r第二段。\r"))
    assert [(line.number, line.text) for line in read.lines] == [(1, "第一段。"), (3, "第二段。")]
    assert read.normalisation == {"cr": 3}


def test_nfc_and_zero_width(write_article):
    read = read_lines(write_article("普惠\u200b金融。Cafe\u0301。"))
    assert read.lines[0].text == "普惠金融。Café。"
    assert read.normalisation == {"nfc": 1, "zero_width": 1}


# xianggangzhongtongshe-20251227-qiuliang: the page joined five paragraphs on one line with single spaces
FLATTENED = ("據介紹,今年秋糧上市早、質量好。 分品種看,中晚籼稻收購4800萬噸。 國家糧食和物資儲備局表示,今年秋糧收購呈現出"
             "進度快、市場活、價格漲3個特點。 據監測,東北地區粳稻收購價格同比上漲2%左右。 隨著2026年元旦和春節臨近,"
             "糧食市場購銷將更加活躍。(完) |")


# xinhuashe-20160214-chunjielvyou (round 8): a 新華社 dispatch's three paragraphs joined by two spaces
DISPATCH = ("新華社北京2月14日電(記者齊中熙)國家旅游局14日發布,今年春節假日期間,全國共接待游客3.02億人次,比上年同期增長15.6%;實現旅游收入3651億元,按可比口徑增長16.3%;其中過夜游客7086萬人次,人均消費3054元。 "
            "參照國家旅游局、國家統計局聯合制定的《黃金周旅游信息統計調查制度》要求,全國31個省、自治區、直轄市分別對轄區內春節假日的接待規模和效益進行了統計調查。 "
            "北京、天津、承德、秦皇島、沈陽、大連、長春、吉林、哈爾濱、上海、南京、無錫、蘇州、杭州、寧波、黃山、廈門、南昌、瑞金、青島、洛陽、武漢、長沙、張家界、韶山、廣州、深圳、桂林、海口、三亞、重慶、成都、廣安、貴陽、遵義、昆明、西安、延安、銀川等39個重點旅游城市,共接待游客近1.12億人次,其中過夜游客為2172萬人次,一日游游客為9000萬人次。")


@pytest.mark.parametrize(
    ("raw", "pieces"),
    [
        (FLATTENED, 5),
        (DISPATCH, 3),
        # xinlangcaijing-20230311-guiguyinhang: one stray space after a full stop is no paragraph break
        ("硅谷银行的倒闭正值科技行业面临挑战之际。 不断上升的利率侵蚀了便宜的资金渠道。", 1),
        # jingjiribao-20001024-hainan-shengtai: a run-in heading, then its paragraph
        ("    （1）建立和完善党政机关服务于环境保护的控制机制。 坚决执行党政一把手负总责的环境与发展综合决策制度。", 1),
    ],
)
def test_a_line_broken_by_spaces_after_full_stops_is_several_paragraphs(write_article, raw, pieces):
    read = read_lines(write_article(raw))
    assert len(read.lines) == pieces
    assert all(line.number == 1 for line in read.lines)
    assert not any(line.indent for line in read.lines[1:])  # the copy stays one paragraph a line, not indented
    assert "".join(line.text for line in read.lines).replace(" ", "") == raw.replace(" ", "")


def test_missing_file_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_article(tmp_path / "no-such-article.txt")


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", EmptyArticleError, "empty or holds only white space"),
        (b" \n\r\n\t  \n", EmptyArticleError, "empty or holds only white space"),
        ("\u3000\u3000\n\u200b\n".encode(), EmptyArticleError, "holds no visible text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryArticleError, "NUL bytes"),
        (bytes(range(1, 32)) * 20, BinaryArticleError, "control characters"),
        (b"\xff\xfe\x00\xd8", UndecodableArticleError, "utf-16"),
        (b"\x80\x80\x80\xff\xfe\xfd\xfc", UndecodableArticleError, "neither UTF-8 nor GB18030"),
    ],
)
def test_bad_input_raises_a_named_error_and_changes_nothing(write_article, data, error, message):
    path = write_article(data, name="bad.txt")
    with pytest.raises(error, match=message) as info:
        load_article(path)
    assert isinstance(info.value, ArticleError)
    assert isinstance(info.value, ValueError)
    assert str(path) in str(info.value)
    assert info.value.path == path
    assert path.read_bytes() == data


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")  # two lines: no byline, no sub-heading
def test_a_converters_pinyin_glosses_are_markup_taken_out_and_logged(write_article):
    """huizhou-unknown-shangshigongsi, zhongxinwang-20040128-beijingchunjie (rounds 8 and 9): a page's converter
    set pinyin after characters; the reader takes it out as markup (the ledger still closes), and keeps brackets
    that are no gloss: (M2), (GDP) and a syllable with no tone mark."""
    path = write_article("記者獲悉,8家上市公司實(shí)現(xiàn)總營業(yè)收入610.27億元,客流34萬(wàn)余人次。\n"
                         "廣義貨幣供應(yīng)量(M2)余額增長,GDP(GDP)增速(de)持平。\n")
    result = read_lines(path)
    assert [line.text for line in result.lines] == [
        "記者獲悉,8家上市公司實現總營業收入610.27億元,客流34萬余人次。", "廣義貨幣供應量(M2)余額增長,GDP(GDP)增速(de)持平。"]
    assert result.normalisation["pinyin_glosses"] == 5
    assert result.markup_removed == "(shí)(xiàn)(yè)(wàn)(yīng)"
    assert load_article(path).ledger()["closes"]


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_two_spaced_breaks_split_paragraphs_only_where_every_piece_is_a_paragraph(write_article):
    """Review: an indented paragraph of short sentences with spaces after two full stops stays one paragraph;
    a flattened dispatch of three paragraph-long pieces (xinhuashe-20160214-chunjielvyou) is three."""
    short = write_article("标题\n\n　　第一段说经济。今年经济平稳增长。 就业总体稳定。 物价温和上涨，市场预期改善。\n")
    assert len(load_article(short).lead) == 1
    pieces = ["国家旅游局今日发布数据显示，今年春节假日期间全国共接待游客三亿多人次，旅游收入比上年同期有较大增长，假日市场总体平稳有序。",
              "参照国家旅游局、国家统计局联合制定的统计调查制度要求，全国三十一个省区市分别对辖区内春节假日的接待规模和效益进行了统计调查。",
              "北京、天津、上海、南京、杭州、厦门等重点旅游城市的游客人数均有增长，其中乡村游和自驾游的人数比上年同期增长较快，过夜游客也有所增加。"]
    flattened = write_article("标题\n\n" + " ".join(pieces) + "\n")
    assert len(load_article(flattened).lead) == 3


def test_a_line_opened_by_two_spaces_breaks_where_two_spaces_follow_a_full_stop(write_article):
    """qiluwanbao-20111124-caijia (round 10): a copy indenting by two spaces ran two paragraphs into one line, the
    second keeping its indent; a line with no indent of its own is not broken by two spaces (four are needed)."""
    raw = ("  冯师傅介绍,虽然菜价是涨了,但是批发价也上涨了,水涨船高,赚的钱并没有增多。  23日,青岛市抚顺路蔬菜副食品批发市场"
           "的白菜批发价每斤0.5元。\n")
    read = read_lines(write_article(raw))
    assert [(line.text, line.indent) for line in read.lines] == [
        ("冯师傅介绍,虽然菜价是涨了,但是批发价也上涨了,水涨船高,赚的钱并没有增多。", True),
        ("23日,青岛市抚顺路蔬菜副食品批发市场的白菜批发价每斤0.5元。", True)]
    unindented = read_lines(write_article(raw.lstrip(), name="unindented.txt"))
    assert len(unindented.lines) == 1


# 眾新聞 2018-05-02, an archive's Markdown page (hkarchivist/hkcnews-article-archive, articles/11001-12000/article_11875.md,
# commit 2882a22a4e8f55937819fd454aab87fceefafdca): its lines 15-28 and 40-54, as printed
HKCNEWS_HEAD = (
        '# 整體稅收$3286億創新高\u3000股市暢旺印花稅飆54%\n'
        '\n'
        '去年股市和樓市大漲，帶旺印花稅收入大增，令稅務局整體稅收創新高。稅務局周三公布2017/18年度的稅收臨時數字，整體稅收達到3286億元，按年增加13%，主要來自印花稅。除了利得稅收入較去年微跌外，其餘稅項收入均創新高，其中又以印花稅升幅最勁，收入達952億元，按年大增54%。稅務局長黃權輝表示，印花稅大增實屬始料不及，因為去年第三季起股票市場興旺，每日市場交投逾千億元。\n'
        '\n'
        '<figure>\n'
        '<img src="https://web.archive.org/web/20210712015125im_/https://www.hkcnews.com/news_新聞/hk-discuss/2018/05/稅務局-20180502234850_1514_large.png" alt="">\n'
        '</figure>\n'
        '\n'
        '<figure>\n'
        '<img src="https://web.archive.org/web/20210712015125im_/https://www.hkcnews.com/news_新聞/hk-discuss/2018/05/稅務局-20180502171624_1376_large.jpg" alt="">\n'
        '<figcaption>稅務局長黃權輝（中）表示，印花稅大增屬始料不及，主要因為股票市場興旺。彭麗芳攝</figcaption>\n'
        '</figure>\n'
        '\n'
        '據2017/18年度的稅收臨時數字，多項稅收都創有紀錄以來新高，包括薪俸稅、物業稅、個人入息稅、印花稅、博彩稅，收入分別為608億元、34億元、53億元、952億元、220億元，分別升3%、2%、2%、54%、4%。佔稅收最大部分的利得稅，今年則微跌1.5億元至1391億元。\n'
    )
HKCNEWS_TAIL = (
        '局方預計來年整體稅收上升4%至3423億元，黃權輝說，受財政預算案中退稅、增加免稅額和邊際稅率等安排，預期薪俸稅會下跌10%，個人入息課稅會跌9%，但沒有資料顯示有多少人會因而跌出稅網。\n'
        '\n'
        '稅務局今天發出260萬份2017/18個別人士報稅表，其中39萬份為電子通知書，一般納稅人須於6月2日或之前填妥及遞交。\n'
        '\n'
        '<figure>\n'
        '<img src="https://web.archive.org/web/20210712015125im_/https://www.hkcnews.com/news_新聞/hk-discuss/2018/05/稅務局-20180502234830_19c7_large.png" alt="">\n'
        '</figure>\n'
        '\n'
        '\n'
        '---\n'
        '\n'
        '\n'
        '請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。\n'
        '\n'
        '月費訂戶 [網址：hkcnews.com/aboutus/#subscribe](/web/20210712015125/https://www.hkcnews.com/aboutus/#subscribe)\n'
    )


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_an_archived_pages_html_tags_are_markup_and_its_figcaption_a_caption(write_article):
    """The page's <figure>, <img> and <figcaption> tags were read as text (an image's address counted as words, the
    caption run into the next paragraph); a tag is markup taken out and logged, what it wraps is kept, and a Hong
    Kong credit with no space (彭麗芳攝) closes a caption."""
    article = load_article(write_article("".join(HKCNEWS_HEAD)))
    assert "<" not in article.text and "img" not in article.text
    assert [c.text for c in article.captions] == ["稅務局長黃權輝（中）表示，印花稅大增屬始料不及，主要因為股票市場興旺。"]
    assert [c.credit for c in article.captions] == ["彭麗芳攝"]
    # the caption, then the paragraph after the picture, each a block of its own
    assert article.text.split("\n")[2] == "稅務局長黃權輝（中）表示，印花稅大增屬始料不及，主要因為股票市場興旺。"
    assert article.text.split("\n")[3].startswith("據2017/18年度的稅收臨時數字")
    assert article.normalisation["html_tags"] == 8
    assert article.ledger()["closes"]


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_an_archived_pages_rule_and_appeal_are_no_text(write_article):
    """After the story: a Markdown rule (a break, not a line joined to the next), the site's appeal to subscribe and
    its address in a Markdown link are matter, each logged."""
    article = load_article(write_article("".join(HKCNEWS_TAIL)))
    assert article.text.endswith("一般納稅人須於6月2日或之前填妥及遞交。")
    assert article.matter == ("請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。",
                              "月費訂戶 網址：hkcnews.com/aboutus/#subscribe")
    assert article.normalisation["markdown_links"] == 1
    assert article.ledger()["closes"]



@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")  # two paragraphs, no byline, no sub-heading
def test_what_normalisation_changes_is_in_the_ledger(write_article):
    # 眾新聞 (hkarchivist/hkcnews-article-archive, articles 11250 and 5044; tests/data/quoted-texts.md): 路 is U+F937, a
    # compatibility ideograph, which NFC makes 路 (U+8DEF); a paragraph opens with a zero-width space. Both left the
    # ledger open: 16 of 1,986 archived pages did not account for every character.
    text = '詳題闡述條例草案的四個目的，包括：宣布某範圍為西九龍站內地口岸區；訂定廣深港高速鐵路香港段上營運中的客運列車的車廂，視為在西九龍站內地口岸區範圍之內；' + "\n\n" + '\u200b公幹了卅多年的筆者，只住酒店，返到酒店房間，看電視，或做自己事，絕對沒有和酒店其他房客溝通或打交道。' + "\n"
    assert "\uf937" in text and text.count("\u200b") == 1
    article = load_article(write_article(text))
    assert "\u8def" in article.text and "\uf937" not in article.text and "\u200b" not in article.text
    assert (article.normalisation["nfc"], article.normalisation["zero_width"]) == (1, 1)
    assert article.ledger()["closes"]


# 眾新聞 (hkarchivist/hkcnews-article-archive, article 5765, 2017-07-28, a column by 周日; tests/data/quoted-texts.md): its
# first 45 lines as archived, a Hugo page: front matter, a figure in HTML, quoted lyrics, a video's shortcode.
HKC_5765_HEAD = '---\ntitle: "香港還有希望嗎？"\ndate: "2017-07-28"\nauthor: "周日"\ncategory: "眾說"\ntags:\n  - "香江"\n  - "HK"\n  - "香港"\n  - "Hong Kong"\n  - "中港矛盾"\n  - "香港人"\nurl: "https://web.archive.org/web/20210712010456/https://www.hkcnews.com/article/5765/%E9%A6%99%E6%B8%AF-%E9%A6%99%E6%B8%AF%E4%BA%BA-%E4%B8%AD%E6%B8%AF%E7%9F%9B%E7%9B%BE-5765/%E9%A6%99%E6%B8%AF%E9%82%84%E6%9C%89%E5%B8%8C%E6%9C%9B%E5%97%8E%EF%BC%9F"\noriginal_url: "https://www.hkcnews.com/article/5765/%E9%A6%99%E6%B8%AF-%E9%A6%99%E6%B8%AF%E4%BA%BA-%E4%B8%AD%E6%B8%AF%E7%9F%9B%E7%9B%BE-5765/%E9%A6%99%E6%B8%AF%E9%82%84%E6%9C%89%E5%B8%8C%E6%9C%9B%E5%97%8E%EF%BC%9F"\n---\n\n# 香港還有希望嗎？\n\n<figure>\n<img src="https://web.archive.org/web/20210712010456im_/https://www.hkcnews.com/news_新聞/hk-discuss/2017/06/Hong%20Kong-香港人-一國兩制-20170628170319_106b_large.jpg" alt="">\n</figure>\n\n最近幾年，特別在今年，香港發生了不少令人沮喪、憤怒、無奈的事。香港是否還有希望是很多香港人心中的疑問；其實，有沒有希望得看你從哪個角度看這個問題。有些人選擇移民，有些人選擇留下來，有些人根本就沒得選擇。有些人移民後寫文章表達在他國生活的愉快，但一般的反應都是酸葡萄，甚至說句「祝你一路走好」。\n\n很多人對香港人堅毅不屈的「獅子山下精神」，仍然津津樂道。然而，不少香港人在60、70年代，是受唐吉訶德這個浪漫主義人物影響。它的電影主題曲《The Impossible Dream》給了很多人激勵、夢想，排除萬難，勇往直前，至死不渝。這種浪漫令人嚮往、令人陶醉。\n\n> To dream the impossible dream   \n To fight the unbeatable foe   \n To bear with unbearable sorrow   \n To run where the brave dare not go\n\n\n> To right the unrightable wrong   \n To love pure and chaste from afar   \n To try when your arms are too weary   \n To reach the unreachable star…\n\n\n\n{{< video src="https://web.archive.org/web/20210712010456if_/https://www.youtube.com/embed/WwppK8TlODQ" >}}\n\n\n唐吉訶德的浪漫主義在70、80年代，孕育出很多精英分子；他們把這個impossible dream 一直做到現在，以為回歸後的香港跟他們長大的時期一樣，只要努力、拼搏、堅持，什麼事情都能成功。可惜，中央政府一次又一次示範給我們看，如果沒有他們的恩賜，香港人就算拼死也是白搭。\n\n前幾天才預測「一地兩檢」一定成事，結果是一如所料──中央授權特區政府出租高鐵西九龍總站大片地方給大陸，讓大陸官員名正言順在香港境內執法。預測六合彩頭獎沒本事，但預測中央的行為就沒什麼大困難。看，連毛澤東去了參加開羅會議都敢捏造、李旺陽被自殺、劉曉波肝癌也不許出國就醫等等事件，就明白中央是沒什麼幹不出了。\n'
# Its lines 83 to 88: the rule under the text, the author's card (an avatar with its alt text and a bold line).
HKC_5765_CARD = '---\n\n![博客 | 周日](https://web.archive.org/web/20210712010456im_/https://www.hkcnews.com/uploads/avatars/abf6c58f-b393-4916-a9e9-5bd0cc101f41.png?636809778)\n\n**博客 | 周日**\n\n'
# Article 11225's notes under its title and its text, in bold italics: who the author is, where the text first ran.
HKC_11225_NOTES = (' ***作者為加拿大約克大學教授***', '***本文原刊台灣 [上報](https://web.archive.org/web/20210701131847/http://www.upmedia.mg/)***')


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_a_hugo_pages_author_shortcodes_and_emphasis_are_read_as_such(write_article):
    article = load_article(write_article(HKC_5765_HEAD + "\n" + HKC_5765_CARD + "\n" + "\n\n".join(HKC_11225_NOTES) + "\n"))
    assert article.byline.reporters == ("周日",)  # the front matter's author
    assert "{{<" not in article.text and "video src" not in article.text  # the shortcode is markup
    assert article.text.count("唐吉訶德的浪漫主義在70、80年代") == 1
    assert "博客 | 周日" not in article.text and "*" not in article.text
    assert "作者為加拿大約克大學教授" in article.matter and "本文原刊台灣 上報" in article.matter
    assert article.ledger()["closes"]


# 眾新聞 article 5208 (仰止's weekly song list, 2017; hkarchivist/hkcnews-article-archive, its first 30 lines): the
# lyric line 有了你 under the credits read as a reporter's name once the video's shortcode was gone.
HKC_5208_HEAD = '---\ntitle: "我的周末歌單65－有了你 - 陳百強 （電影版MV）[HD]"\ndate: "2017-07-08"\nauthor: "仰止"\ncategory: "眾說"\ntags:\n  - "音樂"\n  - "仰止"\n  - "陳百強"\nurl: "https://web.archive.org/web/20210703020231/https://www.hkcnews.com/article/5208/%E4%BB%B0%E6%AD%A2-%E9%99%B3%E7%99%BE%E5%BC%B7-%E9%9F%B3%E6%A8%82-5208/%E6%88%91%E7%9A%84%E5%91%A8%E6%9C%AB%E6%AD%8C%E5%96%AE65%EF%BC%8D%E6%9C%89%E4%BA%86%E4%BD%A0-%E9%99%B3%E7%99%BE%E5%BC%B7-%EF%BC%88%E9%9B%BB%E5%BD%B1%E7%89%88mv%EF%BC%89hd"\noriginal_url: "https://www.hkcnews.com/article/5208/%E4%BB%B0%E6%AD%A2-%E9%99%B3%E7%99%BE%E5%BC%B7-%E9%9F%B3%E6%A8%82-5208/%E6%88%91%E7%9A%84%E5%91%A8%E6%9C%AB%E6%AD%8C%E5%96%AE65%EF%BC%8D%E6%9C%89%E4%BA%86%E4%BD%A0-%E9%99%B3%E7%99%BE%E5%BC%B7-%EF%BC%88%E9%9B%BB%E5%BD%B1%E7%89%88mv%EF%BC%89hd"\n---\n\n# 我的周末歌單65－有了你 - 陳百強 （電影版MV）[HD]\n\n\n{{< video src="https://web.archive.org/web/20210703020231if_/https://www.youtube.com/embed/Mxg49jv8ock" >}}\n\n\n作詞：鄭國江\u3000編：鐘肇峰 作曲：鐘肇峰   \n 有了你\n\n有了你頓覺增加風趣   \n 我每日 每天都想見你   \n 那懼風與雨 那懼怕行雷 見少一秒都空虛   \n 有了你頓覺輕鬆寫意   \n 太快樂 就跌一跤都有趣   \n 心中想與你 變做鳥和魚 置身海闊天空裡   \n 並著翅在飛 輕鬆自如 同吸清新空氣   \n 游來又游去 湖海多美 拋開人生的顧慮   \n'


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_names_alone_that_the_pages_author_field_does_not_name_are_no_byline(write_article):
    article = load_article(write_article(HKC_5208_HEAD))
    assert article.byline.reporters == ("仰止",)
    assert "有了你頓覺增加風趣" in article.raw_text and article.ledger()["closes"]


# 眾新聞 2017-08-04, an archived Markdown page (hkarchivist/hkcnews-article-archive, articles/5001-6000/article_5917.md,
# commit 635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25): its lines 15-33, as printed. A figure whose caption is its
# credit alone, under a paragraph; a sub-heading set over two lines with a break (two spaces) between them.
HKCNEWS_5917 = '# 永續參選被圍攻\u3000馮檢基：你要告訴我，馮檢基衰喺邊？\n\n時間回到六月末，民協在Facebook上公布消息，64歲的馮檢基以唯一參選人身分，通過黨內初選，或會再戰立法會空缺的九西議席。\n\n消息一出猶如引爆核彈，當晚有逾百人留言、按嬲嬲，有人恥笑馮檢基永續參選，有人鬧他去年選舉空降新界西鎅票，甚至有人說寧願投民建聯，也一票不投馮檢基。在全部129個留言中，只有一個人支持他參選。\n\n事隔一個月，馮檢基說他知道網上對他有批評，但他認為那些都是誤會：「我的想法，他們都不明白！」訪問一個多小時，他費盡唇舌向記者解釋，自己再披甲上陣的原因：九西補選是兩陣對壘，並非民協家事，不能只談傳承，要找勝算高的出戰云云。\n\n不過馮檢基始終不明白，為何有民主派支持者，寧願票投民建聯，也要反對他。「如果你說馮檢基還差過建制派，你要告訴我，馮檢基衰喺邊？衰於你做這麽久，衰於年紀？」他口裡說不，但其實語氣仍帶點不甘心，即使網上負評如潮仍不認輸：「如果大家有客觀民調，說阿基你不行，你這樣會死，我願意不去。」\n\n<figure>\n<img src="https://web.archive.org/web/20210712010557im_/https://www.hkcnews.com/news_新聞/hk-discuss/2017/08/馮檢基-立法會補選-民協-20170804193834_21fa_large.jpg" alt="">\n<figcaption>何君健攝</figcaption>\n</figure>\n\n### 宣布有意參選   \n 負面新聞一直不斷\n\n馮檢基去年11月表示有意參加補選後，負面新聞就沒有停過。先有新丁何啟明今年3月底宣布有意競選，希望民協交棒下一代，打破「民協等於馮檢基」的情況；之後4月又傳出民協退黨潮，6名區議員選擇離開，矛頭直指不滿馮檢基去年參選的部署；然後到了5月，民協前主席、中生代莫嘉嫻亦公開表示，若馮檢基堅持出戰九西補選，她將考慮退黨。\n'
# 眾新聞 2018-03-28 (articles/11001-12000/article_11071.md, the same commit): its lines 15-31, three pictures whose
# captions end on their agency, 美聯社, with no space and no 攝.
HKCNEWS_11071 = '<figure>\n<img src="https://web.archive.org/web/20210629034604im_/https://www.hkcnews.com/news_新聞/hk-discuss/2018/03/金正恩訪華-kim%20jong%20un-習近平-20180328084011_2409_large.jpg" alt="">\n<figcaption>金正恩與習近平會面。美聯社</figcaption>\n</figure>\n\n<figure>\n<img src="https://web.archive.org/web/20210629034604im_/https://www.hkcnews.com/news_新聞/hk-discuss/2018/03/習近平-金正恩訪華-kim%20jong%20un-20180328084030_1f5b_large.jpg" alt="">\n<figcaption>習近平夫婦與金正恩夫婦。美聯社</figcaption>\n</figure>\n\n<figure>\n<img src="https://web.archive.org/web/20210629034604im_/https://www.hkcnews.com/news_新聞/hk-discuss/2018/03/習近平-金正恩訪華-kim%20jong%20un-20180328084054_211d_large.jpg" alt="">\n<figcaption>中國與北韓舉行會談。美聯社</figcaption>\n</figure>\n\n中國官方新華社報道，北韓勞動黨委員長金正恩於3月25日至28日，應中國國家主席習近平邀請訪華，隨行有大批北韓主要官員，包括勞動黨副委員長崔龍海、外相李勇浩等，金正恩夫人李雪主亦有隨行。報道稱，雙方表示要延續兩國老一輩領導人的中朝友誼傳統，習近平指中朝友誼不會「因一時一事而變化」。金正恩談到北韓核問題時說，如果南韓和美國以善意回應北韓的努力，營造和平穩定的氛圍，為實現和平採取階段性、同步的措施，半島無核化問題是能夠得到解決。在這一進程中，北韓希望同中方加強戰略溝通。北韓官方朝中社則報道，習近平接受金正恩邀請，在方便的時候，官式訪問北韓。\n\n'


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_a_pages_figure_caption_is_a_caption_whatever_it_says(write_article):
    """A <figcaption> is the page's caption: one that is a credit alone (何君健攝) took the paragraph over the figure
    as its caption, so the author's paragraph left the text; captions closed by their agency (美聯社) ran into the
    lead. The Markdown heading's second line was run into the paragraph under it."""
    article = load_article(write_article(HKCNEWS_5917))
    assert [(c.text, c.credit) for c in article.captions] == [("", "何君健攝")]
    assert article.lead[-1].startswith("不過馮檢基始終不明白，為何有民主派支持者")
    assert [s.heading for s in article.sections] == ["宣布有意參選 負面新聞一直不斷"]
    assert article.sections[0].paragraphs[0].startswith("馮檢基去年11月表示有意參加補選後")
    assert article.ledger()["closes"]
    article = load_article(write_article(HKCNEWS_11071))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("金正恩與習近平會面。", "美聯社"), ("習近平夫婦與金正恩夫婦。", "美聯社"), ("中國與北韓舉行會談。", "美聯社")]
    assert article.lead[0].startswith("中國官方新華社報道，北韓勞動黨委員長金正恩於3月25日至28日")


# 眾新聞 2017-07-04 (articles/5001-6000/article_5087.md, the same commit), a photo gallery: its lines 14-16, the story's
# text set as a level-4 heading under the headline.
HKCNEWS_5087 = '# 世界這一天\u3000北韓成功試射洲際導彈\n\n#### 北韓宣稱，周二成功試射「火星14」洲際彈道導彈。南韓方面稱，導彈飛行高度超過2300公里，發射後飛行約930公里後落入海中。《環球時報》引述南韓專家推測，若北韓以正常角度發射，導彈飛行距離最遠可能超過6000公里，遠及美國本土。圖為北韓朝中社周二發放的片段，聲稱是「火星14」洲際彈道導彈的發射情況。美聯社\n'


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_a_paragraph_set_as_a_heading_is_text_not_a_subtitle(write_article):
    article = load_article(write_article(HKCNEWS_5087))
    assert (article.headline, article.subtitle) == ("世界這一天 北韓成功試射洲際導彈", None)
    assert article.lead[0].startswith("北韓宣稱，周二成功試射「火星14」洲際彈道導彈。")
    assert "超過2300公里" in extract_figures(article)["surface"].tolist()


# 眾新聞 pages (hkarchivist/hkcnews-article-archive, commit 635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25), as printed: the head
# of articles/11001-12000/article_11979.md (lines 14-20), a reader's column crediting its two writers; the end of
# article_11269.md (lines 59-78), a column's note on where it first ran, the writer's card and the column's word on its
# writer, wrapped over two lines.
HKCNEWS_11979_HEAD = '# 共享經濟與香港旅遊業的未來──旅遊住宿供應\n\n【撰文：盧銘軒、潘家蕤】   \n ***作者為 [共享經濟聯盟](https://web.archive.org/web/20210712015200/https://sharingecon.org/) 秘書、研究員***\n\n過去十年，廉航的興起促成了全球旅遊業高速增長，香港是亞洲人人皆知的旅遊之都，根據歐睿國際市場調查報告香港已經連續9年成為全球最多遊客城市，再加上近年中港兩地的簽證政策日漸放寬，過去十年本港整體旅客增長達124%，其中中國旅客增長更達到392%，而過夜旅客在過去也增長了超過65%。隨著數個主要旅遊基建在未來數年的計劃落成（例如：港珠澳大橋，高鐵和第三跑道），旅客數目將繼續增長。在這些機遇下，香港需要重新思考，未來要如何發展旅遊業，才能守住香港「東方之珠」的美譽呢？\n\n'
HKCNEWS_11269_TAIL = ' 據ESPN及《Running Competitor》雜誌對Meb的推算及公佈的數字，可從側面了解為這位長跑傳奇的奮鬥生涯：在他的職業長跑生涯之中，穿過285雙跑鞋；自1993年以來，他訓練與比賽所跑過的總距離達12萬哩（約19.3萬公里），平均約為一年8,000公里，如每天也訓練，24年來平均為每天跑一個半馬的長度，總距離相當於環繞地球4.8周。\n\n***本文曾於《信報》刊登***\n\n\n---\n\n\n請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。\n\n月費訂戶 [網址：hkcnews.com/aboutus/#subscribe](/web/20210701191322/https://www.hkcnews.com/aboutus/#subscribe)\n\n---\n\n![博客 | 張樹槐](https://web.archive.org/web/20210701191322im_/https://www.hkcnews.com/uploads/avatars/175ad08a-4102-4b14-a65c-b9952cc29880.png?926700884)\n\n**博客 | 張樹槐**\n\n【張樹槐・豁達心懷】【張樹槐・豁達心懷】張樹槐（Walter）前恒生銀行總裁高級顧問，現為達人傳訊董事總\n經理、香港大學MBA課程顧問、中國國際公共關係協會理事，曾出任恒生傳訊及可持續發展總監、《南華早報》港聞副主管、Fortune 500公司亞洲市場推廣主管、TVB高級經理，亦曾擔任浸會大學傳理學院顧問委員會主席、中文大學新聞與傳播學院校友會主席。人稱「水哥」的張樹槐，屢獲專業獎項，喜歡在工作和生活上挑戰自己，他是馬拉松達人，在世界六大洲完成90多個全馬（包括全球最高的珠峰馬拉松），在2015年完成「世界六大」（the Big Six）馬拉松賽事。\n'


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_a_pages_credit_names_the_writers_and_a_columns_word_on_its_writer_is_matter(write_article):
    article = load_article(write_article(HKCNEWS_11979_HEAD))
    assert article.byline.reporters == ("盧銘軒", "潘家蕤")  # (there was none: the credit was a tag)
    article = load_article(write_article(HKCNEWS_11269_TAIL))
    assert {"本文曾於《信報》刊登", "博客 | 張樹槐"} <= set(article.matter)
    assert article.matter[-2].startswith("【張樹槐・豁達心懷】") and article.matter[-1].startswith("經理、香港大學MBA課程顧問")
    # the blurb's second line had been run into the note on where the column ran, as the author's text
    assert not any("香港大學MBA" in p for p in article.paragraphs) and article.ledger()["closes"]


# 眾新聞 pages (hkarchivist/hkcnews-article-archive, commit 635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25), as printed:
# articles/11001-12000/article_11174.md lines 111-120 (a list of related articles under its head) and article_11006.md
# lines 24-31 (a related article linked on the head's own line).
HKCNEWS_11174_RELATED = '但會否拍《老表》系列的續集，王祖藍就表示要視乎TVB，「呢個係一個商業嘅問題，因為TVB而家轉緊佢嘅方向，可能會同騰訊、愛奇藝等好多內地網站合作，香港又搞Big Big Channel呀。同埋香港嘅觀眾好似又轉緊個觀賞口味同習慣，嗰到我都要再摸索一輪先。暫時唔會再拍第4集。」被問到是否TVB不准再拍攝《老表》這類含諷刺中港矛盾題材的節目，王祖藍說：「又唔係。」\n\n北方的主旋律奏起，藝人和電視台都要隨之起舞，香港人確切看到的轉變是：以往不足為奇的事，現在卻可能是「大膽」的表現。這是「梁浸英」帶給大家的訊息。\n\n相關文章：\n\n[王祖藍做政協不介意被指「親中」 社會大事「有立場不表態」](https://web.archive.org/web/20210712014619/https://www.hkcnews.com/article/11157/%E7%8E%8B%E7%A5%96%E8%97%8D-%E6%94%BF%E5%8D%94-%E4%BD%94%E4%B8%AD-11157/%E7%8E%8B%E7%A5%96%E8%97%8D%E5%81%9A%E6%94%BF%E5%8D%94%E4%B8%8D%E4%BB%8B%E6%84%8F%E8%A2%AB%E6%8C%87%E3%80%8C%E8%A6%AA%E4%B8%AD%E3%80%8D-%E7%A4%BE%E6%9C%83%E5%A4%A7%E4%BA%8B%E3%80%8C%E6%9C%89%E7%AB%8B%E5%A0%B4%E4%B8%8D%E8%A1%A8%E6%85%8B%E3%80%8D)\n\n[日日睇新聞 \xa0王祖藍示範扮劉兆佳](https://web.archive.org/web/20210712014619/https://www.hkcnews.com/article/11170/%E7%8E%8B%E7%A5%96%E8%97%8D-%E5%8A%89%E5%85%86%E4%BD%B3-%E6%89%AE%E5%98%A2-11172/%E6%97%A5%E6%97%A5%E7%9D%87%E6%96%B0%E8%81%9E-%E7%8E%8B%E7%A5%96%E8%97%8D%E7%A4%BA%E7%AF%84%E6%89%AE%E5%8A%89%E5%85%86%E4%BD%B3)\n\n'
HKCNEWS_11006_RELATED = '立法會財委會2014年6月13日審議新界東北發展計劃前期工程撥款，泛民議員發動拉布，惟遭時任財委會主席吳亮星粗暴「剪布」，激發參與反對新界東北發展規劃集會人士衝擊立法會大樓。13名示威者被裁定非法集結罪成，原被判處社會服務令。律政司其後就刑期上訴，上訴庭改各人即時入獄8至13個月。\n\n案中13人，包括劉國樑、林朗彥、郭耀昌、黃根源、何潔泓、周豁然、黃浩銘、陳白山、梁曉暘、招顯聰、嚴敏華、朱偉聰、梁穎禮，除了黃浩銘須就旺角清場案服刑，其餘12均獲法庭批准保釋等候上訴。終審法院上周三（21日）批准全部13人的上訴許可申請，案件將於今年9月7日審理，除黃浩銘外，其餘各人獲准繼續保釋。\n\n相關報道： [終院批出東北案13子上訴許可\u30009月審理](https://web.archive.org/web/20210629143411/https://www.hkcnews.com/article/10917/%E6%96%B0%E7%95%8C%E6%9D%B1%E5%8C%97%E6%A1%88-%E7%B5%82%E5%AF%A9%E6%B3%95%E9%99%A2-10922/%E7%B5%82%E9%99%A2%E6%89%B9%E5%87%BA%E6%9D%B1%E5%8C%97%E6%A1%8813%E5%AD%90%E4%B8%8A%E8%A8%B4%E8%A8%B1%E5%8F%AF-9%E6%9C%88%E5%AF%A9%E7%90%86)\n\n眾新聞翻查2014年至今的新聞報道及法律參考資料系統，搜集逾200名捲入因社運或議會抗爭觸發的訴訟人士資料，製作成 [【社運抗爭資料庫】](https://web.archive.org/web/20210629143411/https://www1.hkcnews.com/legalcasedb/) ，讓公眾隨歲月流逝對他們捲入的官司有更完整的了解。由於多宗案件仍在審訊中，我們將持續更新資料庫內容，記錄各被捕者的司法歷程。\n\n'


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_links_to_related_articles_are_matter(write_article):
    article = load_article(write_article(HKCNEWS_11174_RELATED))
    assert article.matter[-3:] == ("相關文章：", "王祖藍做政協不介意被指「親中」 社會大事「有立場不表態」", "日日睇新聞 王祖藍示範扮劉兆佳")
    assert article.sections == ()  # the first link was the article's one heading
    article = load_article(write_article(HKCNEWS_11006_RELATED))
    assert any(m.startswith("相關報道： 終院批出東北案13子上訴許可") for m in article.matter)
    assert not any("終院批出東北案" in p for p in article.paragraphs) and article.ledger()["closes"]


# THUCNews cnews.test.txt line 240 (新浪体育 on 爵士 and 湖人, 2010), its last two sentences as printed: a portal's bar of
# links, then the writer's signature in brackets, which a Markdown link's address had taken (“[比赛实录](三儿)”).
CNEWS_240_TAIL = ("而有他在，爵士的风骨可谓尚存一息，乃至发扬光大也是未可知的事情，相信远在家中赋闲打猎耕田的老斯隆，也会倍感欣慰吧。"
                  "[新浪NBA官方微博][新浪NBA湖人新闻动态微博][技术统计][高清回放][比赛实录](三儿)\n")


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_a_bracketed_name_after_link_text_is_no_address_and_a_bar_of_links_is_matter(write_article):
    article = load_article(write_article(CNEWS_240_TAIL))
    assert article.text.endswith("也会倍感欣慰吧。(三儿)")  # the signature kept (a pen name: no byline)
    assert article.matter == ("[新浪NBA官方微博][新浪NBA湖人新闻动态微博][技术统计][高清回放][比赛实录]",)
    assert not article.normalisation.get("markdown_links") and article.ledger()["closes"]


# 眾新聞 article 5736 (種植香港, hkarchivist/hkcnews-article-archive commit 635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25),
# lines 24-26 as printed (line 26 to its first full stop): a link to a related article under 相關內容 had run into the
# paragraph after it.
HKCNEWS_5736_RELATED = '相關內容： [老農夫啓示錄1──上水農二代送種抗苛政](https://web.archive.org/web/20210628175132/https://www.hkcnews.com/article/5735/%E7%A8%AE%E6%A4%8D%E9%A6%99%E6%B8%AF-%E6%A2%A7%E6%A1%90%E6%B2%B3-%E8%BE%B2%E5%A4%AB-5753/%E8%80%81%E8%BE%B2%E5%A4%AB%E5%95%93%E7%A4%BA%E9%8C%84%EF%BC%91%E2%94%80%E2%94%80%E4%B8%8A%E6%B0%B4%E8%BE%B2%E4%BA%8C%E4%BB%A3%E9%80%81%E7%A8%AE%E6%8A%97%E8%8B%9B%E6%94%BF)' "\n\n" '荷塘位於廣東新會，新會名產還有陳皮及老薑、葵葉。' "\n"


@pytest.mark.filterwarnings("ignore::helpers.errors.StructureWarning")
def test_a_link_under_related_content_is_matter(write_article):
    article = load_article(write_article(HKCNEWS_5736_RELATED))
    assert article.matter == ("相關內容： 老農夫啓示錄1──上水農二代送種抗苛政",)
    assert article.text == '荷塘位於廣東新會，新會名產還有陳皮及老薑、葵葉。' and article.ledger()["closes"]
