from decimal import Decimal
from pathlib import Path

import pytest

import fjreports
from fjreports import FjreportsError

dask_bag = pytest.importorskip("dask.bag")
fd = pytest.importorskip("fjreports.dask")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("pages")
    for page in fjreports.load().pages:
        (folder / page.name).write_text(page.text, encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def test_bag_holds_what_load_gives(pages: list[Path]) -> None:
    serial = fjreports.load(pages)
    bag = fd.metrics_bag(pages, partition_size=2)
    assert bag.npartitions == 3
    assert bag.compute(scheduler="sync") == list(serial.metrics)
    results = fd.pages_bag(pages[:2]).compute(scheduler="threads")
    assert [page.name for page, *_ in results] == [p.name for p in pages[:2]]


def test_frame_rows_are_exact_strings(pages: list[Path]) -> None:
    serial = fjreports.load(pages)
    frame = fd.metrics_frame(pages, partition_size=2)
    assert tuple(frame.columns) == fd.METRIC_COLUMNS
    got = frame.compute(scheduler="processes")
    got = got.astype(object).where(got.notna(), None)
    assert got.to_dict("records") == [fd.metric_row(m) for m in serial.metrics]
    money = got[got.kind == "money"]
    assert len(money) == len(serial.metrics.where(kind="money"))
    assert sorted(Decimal(v) for v in money.value) == sorted(
        m.quantity.value for m in serial.metrics.where(kind="money")
    )


def test_frame_marks_missing_values_alike_in_every_partition(pages: list[Path]) -> None:
    import dask

    for convert in (True, False):
        with dask.config.set({"dataframe.convert-string": convert}):
            got = fd.metrics_frame(pages, partition_size=1).compute(scheduler="sync")
        markers = {repr(v) for column in got for v in got[column] if not isinstance(v, str)}
        assert markers == ({"<NA>"} if convert else {"None"})
        assert got.year.isna().any() and got.year.notna().any()


def test_skip_leaves_out_unreadable_pages_and_names_them(pages: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd\x00\x01")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    paths = [pages[0], bad, folder, pages[1]]
    with pytest.warns(UserWarning, match="page skipped") as caught:
        got = fd.metrics_bag(paths, errors="skip").compute(scheduler="sync")
    said = " ".join(str(w.message) for w in caught)
    assert "bad.txt" in said and "folder.txt" in said
    with pytest.warns(UserWarning, match="page skipped") as said:
        assert got == list(fjreports.load(paths, errors="skip").metrics)
    assert len(said) == 2
    skipped = fd.skipped_bag(paths).compute(scheduler="sync")
    assert [name for name, _ in skipped] == ["bad.txt", "folder.txt"]
    assert "cannot be read" in skipped[1][1]
    with pytest.warns(UserWarning, match="page skipped"):
        frame = fd.metrics_frame(paths, errors="skip").compute(scheduler="sync")
    assert len(frame) == len(got)
    with pytest.raises(FjreportsError, match="errors="):
        fd.pages_bag(paths, errors="ignore")


def test_bad_arguments_are_named(pages: list[Path], tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="gone"):
        fd.metrics_bag([tmp_path / "gone.txt"])
    with pytest.raises(FjreportsError, match="partition_size"):
        fd.pages_bag(pages, partition_size=0)


def test_unreadable_page_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd\x00\x01")
    with pytest.raises(fjreports.PageReadError, match=r"bad\.txt"):
        fd.metrics_bag([bad]).compute(scheduler="sync")


def test_without_dask_the_message_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(FjreportsError, match=r"fjreports\[dask\]"):
        fd.pages_bag(".")
