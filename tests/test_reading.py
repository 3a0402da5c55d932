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
