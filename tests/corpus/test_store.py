import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fjreports
from fjreports import (
    Article,
    ArticleKind,
    Corpus,
    CorpusFileError,
    Initiative,
    Metric,
    Page,
    Quantity,
)
from fjreports.articles import Section
from fjreports.corpus import converter
from fjreports.regions import Level, Region, all_regions
from fjreports.testing import quantities

texts = st.text(alphabet="集美区福建厦门约万元，。年个 ", max_size=20)
regions = st.sampled_from([r for r in all_regions() if r.code] + [None]) | st.builds(
    Region,
    st.none(),
    st.sampled_from(["闽宁镇", "溪州村"]),
    st.sampled_from(["闽宁", "溪州"]),
    st.sampled_from([Level.TOWNSHIP, Level.VILLAGE]),
    st.sampled_from([None, "640121"]),
)
spans = st.tuples(st.integers(0, 1000), st.integers(0, 1000))
articles = st.builds(
    Article,
    id=texts,
    page=texts,
    kind=st.sampled_from(list(ArticleKind)),
    title=st.none() | texts,
    subtitle=st.none() | texts,
    authors=st.lists(texts, max_size=3).map(tuple),
    contributor=st.none() | texts,
    source=st.none() | texts,
    date=st.none() | st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31)),
    region=regions,
    text=texts,
    paragraphs=st.lists(texts, max_size=3).map(tuple),
    sections=st.lists(
        st.builds(Section, st.none() | texts, st.lists(texts, max_size=2).map(tuple)), max_size=2
    ).map(tuple),
    metrics=st.lists(texts, max_size=2).map(tuple),
)
metrics = st.builds(
    Metric,
    id=texts,
    page=texts,
    article=texts,
    quantity=quantities(),
    subject=st.none() | texts,
    period=st.none() | texts,
    year=st.none() | st.integers(1990, 2030),
    region=regions,
    sentence=texts,
    span=spans,
    role=st.sampled_from(["figure", "slogan", "duration"]),
    change=st.sampled_from([None, "growth", "decline"]),
)
initiatives = st.builds(
    Initiative,
    id=texts,
    page=texts,
    article=texts,
    name=texts,
    kind=st.none() | texts,
    region=regions,
    sentence=texts,
    metrics=st.lists(metrics, max_size=2).map(tuple),
)
pages = st.builds(Page, texts, texts, st.sampled_from(["utf-8", "gb18030"]))


@pytest.mark.parametrize(
    ("strategy", "model"),
    [
        (quantities(), Quantity),
        (articles, Article),
        (metrics, Metric),
        (initiatives, Initiative),
        (pages, Page),
        (regions.filter(lambda r: r is not None), Region),
    ],
)
def test_every_model_round_trips(strategy: st.SearchStrategy[object], model: type) -> None:
    @given(strategy)
    def check(x: object) -> None:
        data = converter.unstructure(x)
        json.dumps(data, ensure_ascii=False)  # plain data all the way down
        assert converter.structure(data, model) == x

    check()


def test_figures_are_strings_and_floats_are_refused() -> None:
    data = converter.unstructure(Quantity(value=Decimal("1346.8"), unit="元", kind="money"))
    assert data["value"] == "1346.8"
    data["value"] = 1346.8
    with pytest.raises(ExceptionGroup) as caught:
        converter.structure(data, Quantity)
    assert "float" in repr(caught.value.exceptions)


def test_regions_are_stored_by_code() -> None:
    assert converter.unstructure(fjreports.regions.get("集美")) == {
        "code": "350211",
        "name": "集美区",
    }


def test_corpus_round_trips_through_json(tmp_path: Path) -> None:
    corpus = fjreports.load()
    path = tmp_path / "corpus.json"
    corpus.to_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["schema_version"] == 3
    assert Corpus.from_json(path) == corpus


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "not a saved corpus"),
        ('{"schema_version": 99}', "schema version 99"),
        ('{"schema_version": 1, "metrics": [{"id": 1}]}', "does not fit"),
    ],
)
def test_bad_corpus_files_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusFileError, match=message):
        Corpus.from_json(path)


def test_a_file_of_schema_version_1_still_loads(tmp_path: Path) -> None:
    corpus = fjreports.load()
    path = tmp_path / "old.json"
    corpus.to_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["schema_version"] = 1
    for metric in document["metrics"]:  # version 1 stored the phrase alone
        metric["period"] = metric["period"] and metric["period"]["text"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    old = fjreports.Corpus.from_json(path)
    assert [m.period and m.period.text for m in old.metrics] == [
        m.period and m.period.text for m in corpus.metrics
    ]


@pytest.mark.parametrize("field", ["metrics", "articles", "initiatives", "pages"])
def test_a_query_round_trips_through_json(field: str, tmp_path: Path) -> None:
    corpus = fjreports.load()
    query = getattr(corpus, field)
    query.to_json(tmp_path / "q.json")
    back = fjreports.Query.from_json(tmp_path / "q.json")
    assert back == query and type(back[0]) is type(query[0])


def test_a_query_of_mixed_records_is_not_saved(tmp_path: Path) -> None:
    corpus = fjreports.load()
    with pytest.raises(fjreports.FjreportsError, match="one kind"):
        fjreports.Query([corpus.metrics[0], corpus.articles[0]]).to_json(tmp_path / "q.json")
    fjreports.Query([]).to_json(tmp_path / "empty.json")
    assert fjreports.Query.from_json(tmp_path / "empty.json") == fjreports.Query([])
    (tmp_path / "bad.json").write_text('{"schema_version": 2, "records": "Dog", "items": []}')
    with pytest.raises(fjreports.CorpusFileError, match="not a saved query"):
        fjreports.Query.from_json(tmp_path / "bad.json")
