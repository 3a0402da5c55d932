"""Corpus mode (helpers.corpus, helpers.corpus_run): real articles in, one set of tables out, the same
whichever way the corpus is packed and whichever way it runs (one process or a two-worker Dask cluster)."""

from __future__ import annotations

import json
import shutil
import sys
import warnings
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from helpers import load_article
from helpers import stated as helpers_stated
from helpers.corpus import SCHEMAS, TABLES, CorpusError, analyse, analyse_all, documents, name_metadata
from helpers.corpus_run import build, main, plan, read_tables
from helpers.terms import term_table

CORPUS = Path(__file__).parent / "data" / "articles"
KUNSHAN = "renminribao-20250520-kunshan.txt"
HUBEI = "rmrb-20191015-hubei-5g.txt"


def _doc(name: str):
    return next(d for d in documents(CORPUS) if d.doc_id == name)


def test_a_folder_lists_every_text_recursively_in_order(tmp_path):
    docs = documents(CORPUS)
    assert len(docs) == 123
    assert [d.doc_id for d in docs[:2]] == ["21shijijingjibaodao-20211223-xiaofei.txt", "21shijijingjibaodao-unknown-zhurou.txt"]
    (tmp_path / "2025" / "05").mkdir(parents=True)
    shutil.copy(CORPUS / KUNSHAN, tmp_path / "2025" / "05" / KUNSHAN)
    shutil.copy(CORPUS / HUBEI, tmp_path / HUBEI)
    (tmp_path / "notes.md").write_text("不是文章", encoding="utf-8")
    assert [d.doc_id for d in documents(tmp_path)] == [f"2025/05/{KUNSHAN}", HUBEI]


@pytest.mark.parametrize(("name", "expected"), [
    # Structure from the hand-checked gold files (renminribao-20250520-kunshan.gold.json: 3 headings,
    # paragraphs 4+3+7+11; rmrb-20191015-hubei-5g.gold.json: no heading, 6 paragraphs, four reporters).
    (KUNSHAN, {"date": "2025-05-20", "outlet": "renminribao", "shape": "page", "sections": 3, "paragraphs": 25,
               "reporters": "王伟健、郁静娴", "has_byline": True, "ledger_closes": True, "warnings": "",
               "headline": "做强自己，坚定不移走向世界（走市场 看韧性 强信心）"}),
    (HUBEI, {"date": "2019-10-15", "outlet": "rmrb", "shape": "indented", "sections": 0, "paragraphs": 6,
             "reporters": "贺广华、田豆豆、程远州、范昊天", "has_byline": True, "ledger_closes": True,
             "warnings": "no sub-headings found: the whole body is loaded as lead", "headline": "湖北 下好“5G+”先手棋"}),
])
def test_an_article_row_holds_its_metadata_and_structure(name, expected):
    row = analyse(_doc(name))["articles"].iloc[0]
    assert {key: row[key] for key in expected} == expected
    assert row["source"] == f"tests/data/articles/{name}"


@pytest.mark.parametrize("name", [KUNSHAN, HUBEI])
def test_term_counts_are_those_of_the_single_article_term_table(name):
    terms = analyse(_doc(name))["terms"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        single = term_table(load_article(CORPUS / name))
    assert dict(zip(terms["term"], terms["count"], strict=True)) == dict(zip(single["term"], single["count"], strict=True))


@pytest.mark.parametrize(("name", "term", "count", "blocks"), [
    (KUNSHAN, "昆山", 18, 14),
    (HUBEI, "5G", 24, 7),  # the headline and all six paragraphs
    (HUBEI, "基站", 5, 2),
])
def test_a_term_row_counts_occurrences_and_blocks(name, term, count, blocks):
    terms = analyse(_doc(name))["terms"].set_index("term")
    assert (terms.loc[term, "count"], terms.loc[term, "blocks"]) == (count, blocks)


def test_a_stated_figure_is_traced_to_its_article_and_sentence():
    figures = analyse(_doc(KUNSHAN))["figures"]
    first = figures[figures["kind"] == "money"].iloc[0]  # the sentence's period, 今年一季度, is a figure too
    assert (first["doc_id"], first["surface"], first["kind"], first["value"], first["unit"]) == (
        KUNSHAN, "1868.7亿元", "money", 1868.7e8, "元")
    assert first["sentence_text"] == "今年一季度，昆山市外贸进出口完成1868.7亿元、增长5.9%，进出口均创历史同期新高。"


def test_every_table_has_its_documented_columns_and_dtypes():
    tables = analyse_all([_doc(KUNSHAN), _doc(HUBEI)])
    for table in TABLES:
        assert list(tables[table].columns) == list(SCHEMAS[table]), table
        assert [str(t) for t in tables[table].dtypes] == [str(pd.Series(dtype=t).dtype) for t in SCHEMAS[table].values()]
    assert tables["articles"]["doc_id"].tolist() == [KUNSHAN, HUBEI]
    assert "token" not in tables.frames  # no per-token rows


@pytest.mark.parametrize(("name", "expected"), [
    ("renminribao-20250520-kunshan.txt", {"outlet": "renminribao", "date": "2025-05-20"}),
    ("hebei-stats-unknown-agri-h1.txt", {"outlet": "hebei-stats", "date": ""}),
    ("x-20250230-y.txt", {"outlet": "x", "date": ""}),  # no 30 February
    ("notes.txt", {"outlet": "", "date": ""}),
])
def test_metadata_from_a_file_name(name, expected):
    meta = name_metadata(name)
    assert {"outlet": meta["outlet"], "date": meta["date"]} == expected


def _jsonl(path: Path, names: list[str]) -> Path:
    """The texts as JSON Lines records, each dated as its file name dates it (in Chinese: 2025年5月20日), since
    the date a text was published resolves its relative dates (今年)."""
    def chinese(iso: str) -> str:
        year, month, day = (int(part) for part in iso.split("-"))
        return f"{year}年{month}月{day}日"

    lines = [json.dumps({"text": (CORPUS / n).read_bytes().decode("utf-8"), "title": f"题{i}",
                         "date": chinese(name_metadata(n)["date"]), "outlet": "某报", "url": f"https://example.org/{i}"},
                        ensure_ascii=False)
             for i, n in enumerate(names)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _without_ids(tables, table: str) -> pd.DataFrame:
    return tables[table].drop(columns=[c for c in ("doc_id", "source", "content_hash", "title", "date", "outlet", "url")
                                       if c in tables[table].columns]).reset_index(drop=True)


def test_jsonl_and_zip_give_the_tables_of_the_folder(tmp_path):
    names = [KUNSHAN, HUBEI]
    folder = analyse_all([_doc(n) for n in names])
    jsonl = _jsonl(tmp_path / "news.jsonl", names)
    with zipfile.ZipFile(tmp_path / "txt.zip", "w") as archive:
        for name in names:
            archive.write(CORPUS / name, f"press/{name}")
    with zipfile.ZipFile(tmp_path / "jsonl.zip", "w") as archive:
        archive.write(jsonl, "news.jsonl")
    ids = {
        "news.jsonl": ["news.jsonl:1", "news.jsonl:2"],
        "txt.zip": [f"txt.zip!press/{KUNSHAN}", f"txt.zip!press/{HUBEI}"],
        "jsonl.zip": ["jsonl.zip!news.jsonl:1", "jsonl.zip!news.jsonl:2"],
    }
    for source, expected_ids in ids.items():
        docs = documents(tmp_path / source)
        assert [d.doc_id for d in docs] == expected_ids
        tables = analyse_all(docs)
        for table in ("articles", "paragraphs", "terms", "figures", "repairs"):
            pd.testing.assert_frame_equal(_without_ids(tables, table), _without_ids(folder, table), obj=f"{source} {table}")
    row = analyse_all(documents(jsonl))["articles"].iloc[0]
    assert (row["title"], row["date"], row["outlet"], row["url"]) == ("题0", "2025-05-20", "某报", "https://example.org/0")


BAD = {
    "empty.txt": (b"  \n\n", "EmptyArticleError", "the file is empty or holds only white space"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "BinaryArticleError", "holds NUL bytes: binary data, not text"),
    "latin1.txt": ("Café société, naïve façade à côté".encode("latin-1"), "UndecodableArticleError",
                   "is neither UTF-8 nor GB18030 text; re-save it as UTF-8"),
}


def _corpus_with_bad_files(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    for name, (data, _, _) in BAD.items():
        (folder / name).write_bytes(data)
    return folder


def test_an_article_that_fails_becomes_an_error_row_and_the_run_goes_on(tmp_path):
    folder = _corpus_with_bad_files(tmp_path / "mixed", [KUNSHAN, HUBEI])
    (folder / "feed.jsonl").write_text('{"title": "无正文"}\nnot json\n', encoding="utf-8")
    tables = analyse_all(documents(folder))
    errors = tables["errors"].set_index("doc_id")
    for name, (_, error, reason) in BAD.items():
        assert (errors.loc[name, "error"], errors.loc[name, "reason"]) == (error, reason)
    assert errors.loc["feed.jsonl:1", "reason"] == 'record has no "text" string'
    assert errors.loc["feed.jsonl:2", "reason"] == "line is not JSON: Expecting value"
    assert tables["articles"]["doc_id"].tolist() == [KUNSHAN, HUBEI]
    assert len(documents(folder)) == len(tables["articles"]) + len(tables["errors"]) == 7
    assert set(tables["paragraphs"]["doc_id"]) == {KUNSHAN, HUBEI}


def test_a_fault_in_the_helpers_on_one_article_is_its_error_row_and_the_run_goes_on(tmp_path, monkeypatch):
    # An IndexError in the loader on a title-only THUCNews record once stopped a whole corpus run: such a fault is
    # reported as the article's error, named as the helpers' own, and the other articles are analysed.
    folder = _corpus_with_bad_files(tmp_path / "mixed", [KUNSHAN, HUBEI])
    real = helpers_stated.stated_figures

    def faulty(article, **kwargs):  # noqa: ANN001, ANN202
        if "昆山" in article.text:
            raise IndexError("list index out of range")
        return real(article, **kwargs)

    monkeypatch.setattr("helpers.corpus.stated_figures", faulty)
    tables = analyse_all(documents(folder))
    errors = tables["errors"].set_index("doc_id")
    assert errors.loc[KUNSHAN, "error"] == "IndexError"
    assert errors.loc[KUNSHAN, "reason"] == ("a fault in the helpers, not in the text (please report it): "
                                             "IndexError('list index out of range')")
    assert tables["articles"]["doc_id"].tolist() == [HUBEI] and len(tables["errors"]) == 4
    assert set(tables["figures"]["doc_id"]) == {HUBEI}


@pytest.mark.parametrize("path", ["no/such/folder", "tests/data/articles/README.md"])
def test_a_path_that_is_no_corpus_is_a_clear_error(path):
    with pytest.raises(CorpusError, match="corpus"):
        documents(Path(__file__).parents[1] / path)


def test_the_command_line_reports_a_bad_corpus_in_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "missing"), "--single", "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [f"error: {tmp_path / 'missing'}: no such corpus "
                                                            "(a folder of .txt, a .jsonl file or a .zip of either)"]
    assert not (tmp_path / "out").exists()


def _frames(out: Path) -> dict[str, pd.DataFrame]:
    return read_tables(out).frames


def test_a_rerun_reuses_every_partition_and_gives_identical_tables(tmp_path, monkeypatch):
    folder = _corpus_with_bad_files(tmp_path / "corpus", [KUNSHAN, HUBEI, "bocom-20240517-board-resolution.txt",
                                                           "nbs-20230418-energy-mar.txt", "nbs-20230718-energy-h1.txt"])
    first = build(folder, out=tmp_path / "out", single=True, target_docs=2, progress=None)
    before = _frames(tmp_path / "out")
    again = build(folder, out=tmp_path / "out", single=True, target_docs=2, progress=None)
    assert (first.articles_in, first.articles_out, first.errors) == (8, 5, 3)
    assert (again.partitions, again.reused) == (first.partitions, first.partitions)
    assert first.partitions >= 2
    for table, frame in _frames(tmp_path / "out").items():
        pd.testing.assert_frame_equal(frame, before[table], obj=table)
    # On Dask too, with nothing left to compute no cluster is started.
    monkeypatch.setattr("distributed.LocalCluster", lambda *a, **k: pytest.fail("started a cluster for nothing"))
    on_dask = build(folder, out=tmp_path / "out", target_docs=2, progress=None)
    assert (on_dask.reused, on_dask.articles_in, on_dask.errors) == (first.partitions, 8, 3)


def test_a_changed_article_recomputes_its_own_partition(tmp_path):
    names = [KUNSHAN, HUBEI, "bocom-20240517-board-resolution.txt", "nbs-20230418-energy-mar.txt",
             "nbs-20230718-energy-h1.txt", "cnews-20211018-gdp.txt"]
    folder = _corpus_with_bad_files(tmp_path / "corpus", names)
    build(folder, out=tmp_path / "out", single=True, target_docs=2, progress=None)
    old = {p.key: p for p in plan(folder, target_docs=2)}
    (folder / "empty.txt").write_text("本报讯 新的一段文字。\n", encoding="utf-8")
    new = plan(folder, target_docs=2)
    changed = [p for p in new if p.key not in old]
    assert [d.doc_id for p in changed for d in p.docs if d.doc_id == "empty.txt"] == ["empty.txt"]
    summary = build(folder, out=tmp_path / "out", single=True, target_docs=2, progress=None)
    assert summary.reused == len(new) - len(changed)
    assert (summary.articles_out, summary.errors) == (7, 2)
    assert read_tables(tmp_path / "out")["articles"]["doc_id"].tolist().count("empty.txt") == 1


def test_two_dask_workers_give_the_tables_of_one_process(tmp_path, monkeypatch):
    """The whole real corpus plus three bad files, on a local cluster of two worker processes, reached
    through a client and through the DASK_SCHEDULER_ADDRESS convention."""
    import dask
    from distributed import Client

    from helpers.corpus_run import local_cluster

    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("*.json", "*.md"))
    for name, (data, _, _) in BAD.items():
        (folder / name).write_bytes(data)
    single = build(folder, out=tmp_path / "single", single=True, target_docs=8, progress=None)
    with local_cluster(2) as cluster, Client(cluster) as client:  # the cluster build() starts on its own
        # Forked from a server that imported the pipeline once: nothing is imported again per worker.
        assert set(client.run(lambda: "helpers.corpus" in sys.modules).values()) == {True}
        on_dask = build(folder, out=tmp_path / "dask", client=client, target_docs=8, progress=None)
        # Its workers keep no per-second call trees (Dask's profiler): over a long run they were most of the memory.
        assert set(client.run(lambda: dask.config.get("distributed.worker.profile.enabled")).values()) == {False}
        # Through the address convention: the cluster's tables with one partition's marked done removed, so that
        # partition is computed again on the cluster reached by its address and the others are reused.
        shutil.copytree(tmp_path / "dask", tmp_path / "address")
        done = next((tmp_path / "address" / "tables" / "_done").glob("*.json"))
        done.unlink()
        parts = sorted((tmp_path / "address" / "tables").glob(f"*/part-{done.stem}.parquet"))
        assert parts
        for part in parts:  # its tables gone too: they can only come back from the cluster
            part.unlink()
        monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
        monkeypatch.setattr("distributed.LocalCluster", lambda *a, **k: pytest.fail("started a cluster of its own"))
        by_address = build(folder, out=tmp_path / "address", target_docs=8, progress=None)
        assert (by_address.partitions, by_address.reused) == (on_dask.partitions, on_dask.partitions - 1)
        assert all(part.is_file() for part in parts) and done.is_file()
        workers_used = len(client.scheduler_info()["workers"])
    assert workers_used == 2
    assert (single.articles_in, single.articles_out, single.errors) == (126, 123, 3)
    assert (on_dask.articles_in, on_dask.articles_out, on_dask.errors) == (126, 123, 3)
    assert on_dask.partitions == single.partitions >= 2
    dask_tables = _frames(tmp_path / "dask")
    for table, frame in _frames(tmp_path / "single").items():
        pd.testing.assert_frame_equal(dask_tables[table], frame, obj=table)
    assert len(dask_tables["articles"]) + len(dask_tables["errors"]) == len(documents(folder))
    for table, frame in _frames(tmp_path / "address").items():
        pd.testing.assert_frame_equal(frame, dask_tables[table], obj=f"{table} via DASK_SCHEDULER_ADDRESS")


def test_a_cluster_is_sent_a_bounded_number_of_partitions_at_a_time(tmp_path, monkeypatch):
    """Partitions go to the cluster a few at a time, topped up as each finishes to four per worker thread the
    cluster has at that moment (at least eight), never the whole corpus's task list at once (at 1 GB that was
    a 30 MB graph); every partition is computed exactly once."""
    from distributed import Client, LocalCluster

    from helpers.corpus_run import IN_FLIGHT_PER_THREAD, MIN_IN_FLIGHT, plan

    names = sorted(p.name for p in CORPUS.glob("*.txt"))[:40]
    folder = _corpus_with_bad_files(tmp_path / "corpus", names)
    in_flight: list[int] = []
    keys: list[str] = []
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        sent = []
        submit = client.submit

        def counted(function, partition, **kwargs):  # noqa: ANN001, ANN202 - a future
            sent.append(submit(function, partition, **kwargs))
            keys.append(partition.key)
            in_flight.append(sum(not future.done() for future in sent))
            return sent[-1]

        # The cluster has one thread until its third look, then four: as if three workers had joined.
        looks = []
        monkeypatch.setattr(client, "submit", counted)
        monkeypatch.setattr(client, "nthreads", lambda: looks.append(1) or {f"w{i}": 1 for i in range(1 if len(looks) < 3 else 4)})
        summary = build(folder, out=tmp_path / "out", client=client, target_docs=2, progress=None)
    assert summary.partitions > MIN_IN_FLIGHT + 4 * IN_FLIGHT_PER_THREAD  # more than the windows hold
    assert sorted(keys) == sorted(p.key for p in plan(folder, target_docs=2)) and summary.reused == 0
    assert max(in_flight[:MIN_IN_FLIGHT]) == MIN_IN_FLIGHT  # one thread: the smallest window
    assert max(in_flight) == 4 * IN_FLIGHT_PER_THREAD  # four threads: four partitions each
    assert (summary.articles_in, summary.errors) == (43, 3)


def test_the_command_line_runs_a_corpus_in_one_process_and_says_what_it_did(tmp_path, capsys):
    folder = _corpus_with_bad_files(tmp_path / "corpus", [KUNSHAN, HUBEI])
    assert main([str(folder), "--single", "--out", str(tmp_path / "out")]) == 0
    err, out = capsys.readouterr()[::-1]
    assert out.startswith("corpus: 5 articles in, 2 analysed, 3 errors; ")
    assert err.splitlines()[-1].startswith("corpus: 5/5 articles, ")
    assert err.splitlines()[-1].endswith(" articles/s")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["tables"]
    assert sorted(p.name for p in (tmp_path / "out" / "tables").iterdir()) == [
        "_done", "articles", "errors", "figures", "manifest.json", "paragraphs", "repairs", "terms"]


def test_files_beside_the_tables_survive_a_rerun(tmp_path):
    """make corpus writes notebook 08's charts to <out>/figures/, beside the tables; tidying old partitions
    must never touch them (nor a partition of the figures table that is still current)."""
    folder = _corpus_with_bad_files(tmp_path / "corpus", [KUNSHAN])
    build(folder, out=tmp_path / "out", single=True, progress=None)
    (tmp_path / "out" / "figures").mkdir()
    (tmp_path / "out" / "figures" / "08-keyness.png").write_bytes(b"png")
    (folder / "empty.txt").write_text("本报讯 新的一段文字。\n", encoding="utf-8")
    build(folder, out=tmp_path / "out", single=True, progress=None)
    assert (tmp_path / "out" / "figures" / "08-keyness.png").read_bytes() == b"png"
    assert len(list((tmp_path / "out" / "tables" / "figures").glob("part-*.parquet"))) == len(plan(folder))
