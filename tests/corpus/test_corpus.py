import gc
import pickle
import sys
import warnings
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import fjreports
from fjreports import (
    CorpusFileError,
    FjreportsError,
    InexactSumWarning,
    PageReadError,
    Query,
    UnitError,
    load,
    regions,
)
from fjreports.regions import Level, Region
from fjreports.units import Kind


@pytest.fixture(scope="module")
def corpus() -> fjreports.Corpus:
    return load()


def test_where_with_bounds_in_any_unit(corpus: fjreports.Corpus) -> None:
    big = corpus.metrics.where(min="1亿元")
    assert big and all(m.kind is Kind.MONEY for m in big)
    same = corpus.metrics.where(min="10000万元")
    assert same == big
    small = corpus.metrics.where(kind="money", max="100万元")
    assert small and all(m.quantity.to("万元").value <= 100 for m in small if m.value is not None)
    with pytest.raises(UnitError):
        corpus.metrics.where(min="三四十万")


def test_sort_group_and_sum(corpus: fjreports.Corpus) -> None:
    money = corpus.metrics.where(kind="money", region="集美区", qualifier=None)
    ordered = money.sort_by("quantity", reverse=True)
    assert ordered[0].quantity.to("元").value >= ordered[-1].quantity.to("元").value
    assert isinstance(ordered[:2], Query) and len(ordered[:2]) == 2
    groups = corpus.metrics.group_by("region")
    assert sum(len(g) for g in groups.values()) == len(corpus.metrics)
    total = money.sum("万元")
    assert total.unit == "万元" and total.value == sum(
        (m.quantity.to("万元", places=10).value for m in money), Decimal(0)
    )
    by_page = corpus.articles.group_by(lambda a: a.page[:3])
    assert sorted(by_page) == ["000", "001", "002", "003", "004"]
    assert corpus.metrics.sort_by(lambda m: m.span[0])[0].span[0] >= 0


def test_sums_refuse_what_does_not_add_up(corpus: fjreports.Corpus) -> None:
    with pytest.warns(InexactSumWarning):
        hedged = corpus.metrics.where(kind="money", region="集美区").sum()
    assert hedged.qualifier is not None and hedged.qualifier.value == "about"
    assert hedged.text.startswith("约")
    exact = corpus.metrics.where(kind="money", region="集美区", qualifier=None).sum()
    assert exact.qualifier is None
    with pytest.raises(FjreportsError, match="approximate"):
        corpus.metrics.where(kind="money", region="集美区").sum(strict=True)
    with pytest.raises(UnitError, match="different dimensions"):
        corpus.metrics.where(region="集美区").sum("元")
    with pytest.raises(UnitError, match="nothing"):
        Query([]).sum()


def test_records_and_pandas(corpus: fjreports.Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    records = corpus.metrics[:3].to_records()
    assert set(records[0]) >= {"value", "unit", "qualifier", "kind", "subject", "region", "period"}
    assert isinstance(records[0]["value"], str)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(FjreportsError, match="pip install"):
        corpus.metrics.to_pandas()


def test_relations_both_ways(corpus: fjreports.Corpus) -> None:
    metric = corpus.metrics.where(subject="村集体年收益")[0]
    article = corpus.article_of(metric)
    assert metric.id in article.metrics
    assert metric in corpus.metrics_of(article)
    jimei = fjreports.regions.get("集美区")
    assert corpus.metrics_of(jimei) == corpus.metrics.where(region="集美区")
    assert corpus.initiatives_of(article) and corpus.initiatives_of("厦门市")
    with pytest.raises(KeyError):
        corpus.article_of("nothing")


def test_repr_reads_in_a_notebook(corpus: fjreports.Corpus) -> None:
    assert repr(corpus.articles).startswith("Query(23: 邵武市全面开启")
    assert repr(Query([])) == "Query([])"


def test_unreadable_pages_raise_or_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("集美：报告\n集美区建成项目19个。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\xfd\x00\x01")
    with pytest.raises(PageReadError, match=r"b\.txt"):
        load(tmp_path)
    with pytest.warns(UserWarning, match=r"b\.txt"):
        corpus = load(tmp_path, errors="skip")
    assert [p.name for p in corpus.pages] == ["a.txt"]
    assert corpus.skipped[0][0] == "b.txt"
    with pytest.raises(FjreportsError, match="errors="):
        load(tmp_path, errors="ignore")


def test_a_page_that_cannot_be_opened_is_named_and_can_be_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("集美区建成项目19个。", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")  # matches, and reading it fails
    with pytest.raises(PageReadError, match=r"gone\.txt: a link to nothing") as raised:
        load(tmp_path)
    assert raised.value.path.endswith("gone.txt") and raised.value.offset == 0
    with pytest.warns(UserWarning, match=r"^page skipped: .*gone\.txt: a link to nothing"):
        corpus = load(tmp_path, errors="skip")
    assert [p.name for p in corpus.pages] == ["a.txt"]
    assert [name for name, _ in corpus.skipped] == ["gone.txt"]


def test_a_folder_is_read_with_its_subfolders_and_suffixes_in_any_case(tmp_path: Path) -> None:
    page = "集美：报告\n集美区建成项目19个。"
    for name in ("a.txt", "2023/05/b.TXT", "2023/06/b.txt", "2023/notes.md", "x.txt/c.Txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(page, encoding="utf-8")
    corpus = load(tmp_path)
    # Named by their paths in the folder: two pages called b stay two.
    assert sorted(p.name for p in corpus.pages) == [
        "2023/05/b.TXT",
        "2023/06/b.txt",
        "a.txt",
        "x.txt/c.Txt",
    ]
    assert len(corpus.metrics) == 4
    streamed = sorted(page.name for page, *_ in fjreports.iter_pages(tmp_path))
    assert streamed == sorted(p.name for p in corpus.pages)
    only_may = load(tmp_path / "2023" / "05")
    assert [p.name for p in only_may.pages] == ["b.TXT"]
    assert [p.name for p in load(tmp_path, suffixes=[".md"]).pages] == ["2023/notes.md"]


def test_progress_is_reported(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("集美区建成项目19个。", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load(tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_workers_give_the_serial_result(corpus: fjreports.Corpus, tmp_path: Path) -> None:
    paths = []
    for page in corpus.pages:
        paths.append(tmp_path / page.name)
        paths[-1].write_text(page.text, encoding="utf-8")
    serial = load(paths)
    threshold = gc.get_threshold()
    parallel = load(paths, workers=2)
    assert gc.get_threshold() == threshold  # the collector is left as it was found
    assert gc.get_freeze_count() == 0  # and nothing is left frozen out of it
    assert list(parallel.articles) == list(serial.articles)
    # The text and sections come back too, not only what `==` sees.
    assert [(a.text, a.sections) for a in parallel.articles] == [
        (a.text, a.sections) for a in serial.articles
    ]
    assert list(parallel.metrics) == list(serial.metrics)
    assert list(parallel.initiatives) == list(serial.initiatives)
    assert serial.metrics.to_records() == corpus.metrics.to_records()
    for bad in (0, -1, 1.5, True, "2"):
        with pytest.raises(FjreportsError, match="workers="):
            load(paths, workers=bad)  # type: ignore[arg-type]


def test_iter_pages_streams_page_by_page(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("集美：报告\n集美区建成项目19个。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\xfd\x00\x01")
    (tmp_path / "c.txt").write_text("邵武：报告\n邵武市新增耕地4900余亩。", encoding="utf-8")
    stream = fjreports.iter_pages(tmp_path)
    page, articles, metrics, _ = next(stream)
    assert page.name == "a.txt" and articles and [m.value for m in metrics] == [19]
    with pytest.raises(PageReadError, match=r"b\.txt"):
        next(stream)
    with pytest.warns(UserWarning, match=r"b\.txt"):
        names = [page.name for page, *_ in fjreports.iter_pages(tmp_path, errors="skip")]
    assert names == ["a.txt", "c.txt"]
    with pytest.raises(FileNotFoundError, match="nowhere"):
        list(fjreports.iter_pages([tmp_path / "a.txt", tmp_path / "nowhere.txt"]))


def test_results_pickle_whole_and_regions_by_code(corpus: fjreports.Corpus) -> None:
    for article in corpus.articles:
        back = pickle.loads(pickle.dumps(article))
        assert (back, back.text, back.sections, back.spans) == (
            article,
            article.text,
            article.sections,
            article.spans,
        )
    jimei = regions.get("350211")
    assert pickle.loads(pickle.dumps(jimei)) is jimei  # the gazetteer's own object comes back
    assert len(pickle.dumps(jimei)) < len(pickle.dumps(jimei.name + jimei.short_name)) * 4
    village = Region(None, "溪州村", "溪州", Level.VILLAGE, "350211")
    assert pickle.loads(pickle.dumps(village)) == village
    # An article whose text is not its paragraphs joined keeps its own text.
    odd = attrs.evolve(corpus.articles[0], text="another text")
    assert pickle.loads(pickle.dumps(odd)).text == "another text"


def test_figures_pickle_as_tuples_of_their_fields(corpus: fjreports.Corpus) -> None:
    metrics = list(corpus.metrics)
    back = pickle.loads(pickle.dumps(metrics))
    assert back == metrics
    assert [m.quantity.span for m in back] == [m.quantity.span for m in metrics]
    assert [m.period for m in back] == [m.period for m in metrics]
    assert pickle.loads(pickle.dumps(list(corpus.initiatives))) == list(corpus.initiatives)
    # The state is the fields in order, not a dict naming each of them.
    first = metrics[0]
    assert first.__getstate__() == attrs.astuple(first, recurse=False)
    with pytest.raises(TypeError, match="Metric: a pickled state of 2 fields"):
        first.__setstate__(("a", "b"))


def test_where_unit_takes_any_written_form(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "集美：园区建设\n集美区新建厂房3000㎡，改造旧房500平米，投资2亿人民币。", encoding="utf-8"
    )
    corpus = load(tmp_path)
    assert [m.quantity.text for m in corpus.metrics.where(unit="平方米")] == ["3000㎡", "500平米"]
    assert [m.quantity.text for m in corpus.metrics.where(unit="㎡")] == ["3000㎡", "500平米"]
    assert [m.quantity.text for m in corpus.metrics.where(unit="元")] == ["2亿人民币"]
    with pytest.raises(UnitError, match="unit='葩' names no unit"):
        corpus.metrics.where(unit="葩")


def test_queries_say_no(corpus: fjreports.Corpus) -> None:
    from fjreports import UnknownFieldError

    with pytest.raises(UnknownFieldError, match=r"no field 'regoin'; they have: .*region"):
        corpus.metrics.where(regoin="厦门市")
    with pytest.raises(UnknownFieldError, match=r"kind= takes one of .*money.*; not 'monye'"):
        corpus.metrics.where(kind="monye")
    with pytest.raises(UnknownFieldError, match=r"qualifier= takes one of"):
        corpus.metrics.where(qualifier="roughly")
    with pytest.raises(AttributeError):  # still an AttributeError, as before
        corpus.metrics.where(colour="red")
    with pytest.raises(UnitError, match="a quantity"):
        corpus.metrics.where(min=[1])


def test_lists_mean_any_of_and_predicates_anything(corpus: fjreports.Corpus) -> None:
    years = corpus.metrics.where(year=[2023, 2024])
    assert len(years) == len(corpus.metrics.where(year=2023)) + len(corpus.metrics.where(year=2024))
    both = corpus.metrics.where(kind=["money", "area"])
    assert {m.kind.value for m in both} == {"money", "area"}
    big = corpus.metrics.where(lambda m: m.quantity.value is not None and m.quantity.value > 10**8)
    assert big and all(m.quantity.value > 10**8 for m in big)


def test_min_and_max_take_numbers(corpus: fjreports.Corpus) -> None:
    by_number = corpus.metrics.where(kind="money", min=100000000)
    by_quantity = corpus.metrics.where(kind="money", min="1亿元")
    assert by_number == by_quantity and len(by_number) > 0
    assert all(
        m.quantity.value <= 10
        for m in corpus.metrics.where(kind="percent", max=10)
        if m.quantity.value is not None
    )


def _hostile_folder(tmp_path: Path) -> Path:
    """A folder of one good page and files no page reader should open or hang on."""
    import os

    (tmp_path / "a.txt").write_text("集美：报告\n集美区建成项目19个。", encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.txt")  # reading it would block for ever
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # reading it would fill the memory
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "folder.txt").mkdir()
    return tmp_path


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and links to devices are POSIX")
def test_pipes_devices_and_broken_links_are_refused_not_read(tmp_path: Path) -> None:
    folder = _hostile_folder(tmp_path)
    with pytest.raises(PageReadError, match=r"broken\.txt: a link to nothing"):
        load(folder)
    with pytest.warns(UserWarning, match="page skipped") as said:
        corpus = load(folder, errors="skip")
    assert len(said) == 4  # one warning a page
    assert [p.name for p in corpus.pages] == ["a.txt"]  # folder.txt is a folder: walked, empty
    reasons = dict(corpus.skipped)
    assert "pipe or device" in reasons["fifo.txt"] and "pipe or device" in reasons["zero.txt"]
    assert "link to nothing" in reasons["broken.txt"]
    assert "cannot be read" in reasons["loop.txt"]
    with pytest.warns(UserWarning, match="page skipped"):
        streamed = [page.name for page, *_ in fjreports.iter_pages(folder, errors="skip")]
    assert streamed == ["a.txt"]


def test_a_page_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    page.write_text("集美区建成项目19个。" * 100, encoding="utf-8")
    with pytest.raises(PageReadError, match="over the limit of 1,000") as raised:
        fjreports.read_page(page, max_bytes=1000)
    assert raised.value.path == str(page)
    assert len(fjreports.read_page(page).text) == 1100


def test_a_folder_that_cannot_be_listed_raises_or_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def denied(path: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", denied)
    with pytest.raises(PageReadError, match="cannot be listed: Permission denied"):
        load(tmp_path)
    with pytest.warns(UserWarning, match="page skipped: .*Permission denied"):
        corpus = load(tmp_path, errors="skip")
    assert len(corpus.pages) == 0 and "Permission denied" in corpus.skipped[0][1]


@pytest.mark.parametrize("bad", ["", 123, b"pages", [""], [1]])
def test_a_path_that_is_no_path_is_refused(bad: object) -> None:
    with pytest.raises((FileNotFoundError, TypeError), match=r"empty|must be"):
        load(bad)  # type: ignore[arg-type]


def test_an_initiatives_metrics_as_metrics(corpus: fjreports.Corpus) -> None:
    named = [i for i in corpus.initiatives if i.metrics]
    assert named
    every = set(corpus.metrics)
    for initiative in named:
        # The metrics themselves: those of the corpus, of the sentence naming it.
        assert all(isinstance(m, fjreports.Metric) and m in every for m in initiative.metrics)
        assert all(m.sentence == initiative.sentence for m in initiative.metrics)
        assert list(corpus.metrics_of(initiative)) == list(initiative.metrics)
        assert initiative.metric_ids == tuple(m.id for m in initiative.metrics)
    # A title names its initiative with no figure.
    assert any(not i.metrics for i in corpus.initiatives)


def test_initiatives_of_a_corpus_saved_by_version_2_get_their_metrics(
    corpus: fjreports.Corpus, tmp_path: Path
) -> None:
    import json

    corpus.to_json(tmp_path / "c.json")
    document = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert document["schema_version"] == 3
    document["schema_version"] = 2
    for item in document["initiatives"]:
        item["metrics"] = [m["id"] for m in item["metrics"]]  # as version 2 stored them
    (tmp_path / "v2.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    back = fjreports.Corpus.from_json(tmp_path / "v2.json")
    assert list(back.initiatives) == list(corpus.initiatives)
    document["initiatives"][0]["metrics"] = ["no-such-metric"]
    (tmp_path / "bad.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CorpusFileError, match="names metric 'no-such-metric'"):
        fjreports.Corpus.from_json(tmp_path / "bad.json")
    # Initiatives saved alone by a query of version 2 cannot look their ids up: an error
    # naming the id, not initiatives without their figures.
    corpus.initiatives.to_json(tmp_path / "q.json")
    saved = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    with_figures = next(i for i, item in enumerate(saved["items"]) if item["metrics"])
    saved["schema_version"] = 2
    saved["items"][with_figures]["metrics"] = ["x/m001"]
    (tmp_path / "q2.json").write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CorpusFileError, match="names metric 'x/m001'"):
        fjreports.Query.from_json(tmp_path / "q2.json")
    assert list(fjreports.Query.from_json(tmp_path / "q.json")) == list(corpus.initiatives)
