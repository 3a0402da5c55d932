"""The jieba adapter: domain terms and figures whole, POS corrected, offsets exact."""

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import tokenizer
from helpers.tokenizer import domain_dictionary, load_stopwords, tokenize, tokens_frame


def words(text):
    return [t.text for t in tokenize(text) if t.kind != "space"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("普惠小微贷款余额36.1万亿元，同比增长12.2%，",
         ["普惠小微贷款", "余额", "36.1万亿元", "，", "同比", "增长", "12.2%", "，"]),
        ("截至2025年9月末，中国银行普惠贷款余额2.71万亿元，惠及近180万户小微企业，",
         ["截至", "2025年9月末", "，", "中国银行", "普惠贷款", "余额", "2.71万亿元", "，", "惠及", "近", "180万户", "小微企业", "，"]),
        ("已为深圳益华电子城超60户对私普惠商户提供精准金融支持，发放贷款金额超4000万元，",
         ["已", "为", "深圳益华电子城", "超", "60户", "对私", "普惠", "商户", "提供", "精准", "金融", "支持", "，", "发放贷款",
          "金额", "超", "4000万元", "，"]),
        ("现场接待16名居民，收集20多条与小微企业发展相关的民意诉求，现场回应12条，",
         ["现场", "接待", "16名", "居民", "，", "收集", "20多条", "与", "小微企业", "发展", "相关", "的", "民意", "诉求", "，",
          "现场", "回应", "12条", "，"]),
        ("《中国银行创新金融供给服务乡村全面振兴行动方案（2025—2027年）》",
         ["《", "中国银行", "创新", "金融", "供给", "服务", "乡村", "全面", "振兴", "行动", "方案", "（", "2025—2027年", "）", "》"]),
        ("2025年6月，国家金融监督管理总局与中国人民银行联合印发",
         ["2025年6月", "，", "国家金融监督管理总局", "与", "中国人民银行", "联合", "印发"]),
        ("同步建立客户经理、政务人员“1对N”服务生态",
         ["同步", "建立", "客户经理", "、", "政务人员", "“", "1对N", "”", "服务", "生态"]),
        ("中国银行通过“三会一课”、主题党日等形式", ["中国银行", "通过", "“", "三会一课", "”", "、", "主题党日", "等", "形式"]),
    ],
)
def test_article_sentences_cut_with_terms_and_figures_whole(sentence, expected):
    assert words(sentence) == expected


@pytest.mark.parametrize(
    ("figure", "kind"),
    [("36.1万亿元", "figure"), ("12.2%", "figure"), ("180万户", "figure"), ("4000万元", "figure"), ("20多条", "figure"),
     ("2025年9月末", "figure"), ("2025—2027年", "figure"), ("9月末", "figure"), ("2025年第三季度", "figure"),
     ("3个百分点", "figure"), ("4000多万元", "figure"), ("100-200万元", "figure")],
)
def test_figures_are_one_token(figure, kind):
    tokens = tokenize(f"金额为{figure}。")
    assert [(t.text, t.kind, t.pos) for t in tokens if t.text == figure] == [(figure, kind, "m")]


def test_every_figure_of_the_seed_is_whole(seed):
    frame = tokens_frame(seed)
    assert frame.loc[frame["kind"] == "figure", "token"].tolist() == [
        "2025年6月", "2025年第三季度", "9月末", "11.2%", "36.1万亿元", "12.2%", "2025年9月末", "2.71万亿元", "180万户",
        "60户", "4000万元", "16名", "20多条", "12条", "2025—2027年",
    ]
    assert not frame["token"].isin(["36.1", "万亿元", "%", "180", "万户", "多条"]).any()


def test_every_domain_term_in_the_seed_is_one_token_at_every_occurrence(seed):
    domain = domain_dictionary()
    tokens = tokens_frame(seed)
    spans = list(zip(tokens["start"], tokens["end"], tokens["token"], strict=True))
    found = 0
    for term in domain:
        for match in re.finditer(re.escape(term), seed.text):
            found += 1
            covering = [tok for s, e, tok in spans if s <= match.start() and match.end() <= e]
            assert covering and (covering[0] == term or covering[0] in domain), (term, match.start(), covering)
    assert found == 221


@pytest.mark.parametrize(("word", "pos"), [("惠及", "v"), ("小微", "b"), ("中国银行", "nt"), ("薪火助苗", "nz"),
                                           ("深圳益华电子城", "ns"), ("普惠性", "n")])
def test_pos_corrected_for_this_genre(seed, word, pos):
    frame = tokens_frame(seed)
    assert set(frame.loc[frame["token"] == word, "pos"]) == {pos}


def test_offsets_point_into_the_text(seed):
    frame = tokens_frame(seed)
    assert all(seed.text[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["token"], strict=True))
    assert "".join(frame["token"]) == seed.text.replace("\n", "")


def test_tokens_frame_places_each_token(seed):
    frame = tokens_frame(seed)
    row = frame[frame["token"] == "36.1万亿元"].iloc[0]
    assert (row["block"], row["section"], row["paragraph"]) == ("lead", 0, 4)
    assert seed.sentences[row["sentence"]].text.startswith("中国人民银行发布的")


def test_stopwords_are_function_words_not_content(tmp_path):
    stop = load_stopwords()
    assert {"的", "了", "和", "在", "记者", "其中"} <= stop
    assert not {"普惠金融", "发展", "推动", "服务", "金融"} & stop
    custom = tmp_path / "stop.txt"
    custom.write_text("# mine\n普惠金融 中国银行\n", encoding="utf-8")
    assert load_stopwords(custom) == frozenset({"普惠金融", "中国银行"})


@pytest.mark.skipif(not tokenizer.FAST_ENGINE_INSTALLED,
                    reason="needs the fast engine jieba_fast_dat, which is not installed (the helpers run on pure jieba)")
def test_fast_engine_gives_the_same_tokens_as_jieba(seed):
    from tests.loaded import article

    from helpers.paths import CORPUS

    assert tokenizer.ENGINES == ("jieba_fast_dat", "jieba")
    texts = [seed.text] + [article(path).text for path in sorted(CORPUS.glob("*.txt"))]  # every real line
    lines = [line for text in texts for line in text.split("\n")]
    assert len(lines) > 1200
    for line in lines:
        assert tokenize(line, engine="jieba_fast_dat") == tokenize(line, engine="jieba"), line


@pytest.mark.skipif(not tokenizer.FAST_ENGINE_INSTALLED,
                    reason="needs the fast engine jieba_fast_dat, which is not installed (the helpers run on pure jieba)")
def test_a_character_the_hmm_cannot_read_alone_is_cut_as_jieba_cuts_it():
    # 证券日报 2026-06-12: 譓 has no probability as a word of its own in jieba's HMM, so in the unknown run 为杨譓鹏
    # every reading is impossible; the C++ engine broke that tie as 为杨/譓鹏, jieba as four characters
    line = "本次发行完成后公司控股股东将变更为长沙炬神，实际控制人将变更为杨譓鹏。"
    assert tokenizer._segmenter("jieba_fast_dat").lcut("变更为杨譓鹏")[1:] == ["为杨", "譓鹏"]  # the engine alone
    assert [t.text for t in tokenize(line, engine="jieba_fast_dat")][-5:] == ["为", "杨", "譓", "鹏", "。"]
    assert tokenize(line, engine="jieba_fast_dat") == tokenize(line, engine="jieba")
    assert tokenizer._hmm_tie_chars().search("普惠小微贷款余额36.1万亿元") is None


@pytest.mark.skipif(not tokenizer.FAST_ENGINE_INSTALLED,
                    reason="needs the fast engine jieba_fast_dat, which is not installed (the helpers run on pure jieba)")
def test_fast_pos_viterbi_tags_unknown_words_as_jieba_posseg_does():
    from helpers.paths import CORPUS

    unknown = set()
    segmenter = tokenizer._segmenter("jieba_fast_dat")
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            unknown.update(w for w in segmenter.lcut(line)
                           if tokenizer.RE_POSSEG_HAN.match(w) and w not in tokenizer.pos_table())
    assert len(unknown) > 500  # the real articles' words in no dictionary
    checked = sorted(unknown) + ["一", "一一", "联学", "银政联动"]  # 一: a reading left unfinished (B)
    states = _posseg_states(checked)
    for word in checked:
        assert tokenizer._tag_unknown.__wrapped__(word) == tokenizer._tag_of_states(word, states[word]), word


def _posseg_states(words: list[str]) -> dict[str, list[tuple[str, str]]]:
    """jieba.posseg's own (pure Python) Viterbi states of each word, kept in .cache/ between runs: reading them is
    2.4 s of every run, and the same words read by the same model and code give the same states. Keyed by the
    words, jieba's version and its Viterbi and model files, so a change to any of them reads them all again."""
    import hashlib

    import jieba

    folder = Path(jieba.__file__).parent / "posseg"
    key = "-".join([hashlib.sha256("\n".join(words).encode()).hexdigest(), jieba.__version__] + [
        tokenizer._stamp(folder / f"{name}.py")
        for name in ("viterbi", "prob_start", "prob_trans", "prob_emit", "char_state_tab")])

    def read() -> dict[str, list[tuple[str, str]]]:
        start, trans, emit, char_states = tokenizer.posseg_model()
        viterbi = tokenizer._posseg_viterbi()
        return {word: viterbi(word, char_states, start, trans, emit)[1] for word in words}

    return tokenizer._pickled("test_posseg_states.pickle", key, read)


def test_the_tag_of_a_words_states_is_read_as_jieba_posseg_reads_them():
    assert tokenizer._tag_of_states("银政", [("B", "n"), ("E", "n")]) == "n"
    assert tokenizer._tag_of_states("联学", [("B", "v"), ("E", "v")]) == "v"
    assert tokenizer._tag_of_states("联学", [("S", "v"), ("S", "n")]) == "x"  # two words: no one tag
    assert tokenizer._tag_of_states("一一", [("B", "m"), ("M", "m")]) == "m"  # left unfinished: the rest is one word


def test_pure_jieba_is_always_an_engine_and_the_fastest_installed_is_the_default(monkeypatch):
    monkeypatch.delenv(tokenizer.ENGINE_VARIABLE, raising=False)
    assert tokenizer.ENGINES[-1] == "jieba"
    assert tokenizer.default_engine() == tokenizer.ENGINES[0]
    assert tokenizer.ENGINES[0] == ("jieba_fast_dat" if tokenizer.FAST_ENGINE_INSTALLED else "jieba")


def test_environment_variable_forces_the_pure_jieba_engine_at_call_time(monkeypatch, seed):
    monkeypatch.setenv(tokenizer.ENGINE_VARIABLE, "jieba")
    assert tokenizer.default_engine() == "jieba"
    assert words("惠及近180万户小微企业") == ["惠及", "近", "180万户", "小微企业"]
    assert tokens_frame(seed)["token"].head(4).tolist() == tokens_frame(seed, engine=tokenizer.ENGINES[0])["token"].head(4).tolist()


def test_environment_variable_naming_no_engine_is_refused(monkeypatch):
    monkeypatch.setenv(tokenizer.ENGINE_VARIABLE, "nope")
    with pytest.raises(ValueError, match="HELPERS_SEGMENTER"):
        tokenize("普惠金融")


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown segmentation engine"):
        tokenize("普惠金融", engine="nope")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words in no dictionary are tagged as jieba.posseg tags them on their own
        ("联学", [("联学", "nt")]),
        ("党建引领+银政联动", [("党建引领", "n"), ("+", "x"), ("银政联动", "n")]),
        ("G20峰会", [("G20", "eng"), ("峰会", "n")]),
    ],
)
def test_tags_of_words_outside_the_dictionaries(text, expected):
    assert [(t.text, t.pos) for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("惠及三千万户家庭", ["惠及", "三千万户", "家庭"]),
        ("每户补贴两到三万港元", ["每户", "补贴", "两到三万港元"]),
        ("年产量1.7 亿吨", ["年产量", "1.7 亿吨"]),
        ("规模约为8万多亿美元", ["规模", "约", "为", "8万多亿美元"]),
        ("价格412元/吨左右", ["价格", "412元/吨", "左右"]),
        ("投资数十亿元", ["投资", "数十亿元"]),
        ("服务“五篇大文章”", ["服务", "“", "五篇大文章", "”"]),
        ("2018年1－9月份，前三季度", ["2018年1－9月份", "，", "前三季度"]),
        ("今年以来，较上月收窄", ["今年", "以来", "，", "较", "上月", "收窄"]),
    ],
)
def test_figures_in_chinese_numerals_and_compound_units_are_one_token(sentence, expected):
    assert words(sentence) == expected


def test_a_sentence_read_from_its_line_has_the_tokens_it_has_cut_alone(seed):
    """span_tokens (what figures and rhetoric read) gives each sentence exactly tokenize(sentence)'s
    tokens, on the seed and on every real article: sharing one tokenization changes nothing."""
    import warnings

    from helpers.article import load_article
    from helpers.paths import CORPUS

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = [seed] + [load_article(path) for path in sorted(CORPUS.glob("*.txt"))]
    checked = 0
    for article in articles:
        for sentence in article.sentences:
            shared = tokenizer.span_tokens(article.text, sentence.start, sentence.start + len(sentence.text))
            assert shared == tokenize(sentence.text), sentence.text
            checked += 1
    assert checked >= 2150  # 2,186 sentences in the seed and the 86 corpus texts (some may merge as the loader improves)


def test_span_tokens_cuts_a_span_across_lines_on_its_own():
    text = "贷款余额36.1万亿元\n同比增长12.2%"
    assert tokenizer.span_tokens(text, 4, 17) == tokenize(text[4:17])
    line = tokenizer.span_tokens(text, 12, len(text))
    assert line == tokenize("同比增长12.2%") and line[-1].text == "12.2%" and (line[-1].start, line[-1].end) == (4, 9)


def test_line_of_gives_the_line_holding_an_offset():
    text = "贷款余额36.1万亿元\n同比增长12.2%"
    assert tokenizer.line_of(text, 0) == (0, 0, 11)
    assert tokenizer.line_of(text, 11) == (0, 0, 11)  # the line break belongs to the line it ends
    assert tokenizer.line_of(text, 12) == (1, 12, len(text))


def test_tagging_words_in_no_dictionary_does_not_import_jieba_posseg():
    """jieba.posseg's package reads the whole dictionary again on import (about 0.25 s per kernel): the
    HMM tables come from a pickle of its own tables and its Viterbi from its own file. 一环 is a word
    in no dictionary whose reading the fast Viterbi leaves unfinished, so the Python one tags it."""
    code = ("import sys; from helpers import tokenizer; "
            "print([(t.text, t.pos) for t in tokenizer.tokenize('银政联动，联学这一环')], 'jieba.posseg' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[('银政联动', 'n'), ('，', 'x'), ('联学', 'nt'), ('这', 'r'), ('一环', 'x')] False"


def test_the_posseg_model_is_jieba_posseg_own_and_a_stale_pickle_is_rebuilt(tmp_path, monkeypatch):
    import jieba.posseg

    monkeypatch.setattr(tokenizer, "CACHE", tmp_path)
    tokenizer.posseg_model.cache_clear()
    try:
        first = tokenizer.posseg_model()
        assert first == (jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P, jieba.posseg.char_state_tab_P)
        pickled = tmp_path / "jieba_posseg_hmm.pickle"
        with pickled.open("wb") as handle:
            pickle.dump(("another jieba", ({}, {}, {}, {})), handle)
        tokenizer.posseg_model.cache_clear()
        assert tokenizer.posseg_model() == first
        pickled.write_bytes(b"not a pickle")  # a broken file is built again, not raised
        tokenizer.posseg_model.cache_clear()
        assert tokenizer.posseg_model() == first
    finally:
        tokenizer.posseg_model.cache_clear()


def test_a_day_stated_alone_is_one_figure_token_and_an_idiom_is_not():
    # 经济观察网 2024-04-16 (tests/data/articles/jingjiguanchawang-20240416-sigeguanjianci.txt): 16日 is a date, as
    # the extractor reads it where the publication date is known, not 16 and 日
    assert [(t.text, t.kind) for t in tokenize("国家统计局16日发布的数据显示")][:3] == [
        ("国家统计局", "word"), ("16日", "figure"), ("发布", "word")]
    assert "一日千里" in [t.text for t in tokenize("AI产业当下一日千里，算力的发展也对散热")]  # 中国证券报 2026-06-12
    assert [t.text for t in tokenize("去年1月至9月科隆区进口")][:2] == ["去年1月至9月", "科隆"]


def test_a_number_that_opens_a_name_is_cut_as_the_name():
    assert [t.text for t in tokenize("最长隧道九万大山一号隧道顺利贯通")][:3] == ["最长", "隧道", "九万大山"]
