"""Values no report holds, types no function takes, files no saved corpus is: clear errors,
at once."""

import json
import os
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import fjreports
from conftest import hang_guard
from fjreports import (
    CorpusFileError,
    FigureRangeError,
    Quantity,
    UnitError,
    convert,
    convert_exact,
    format_number,
    format_quantity,
    load,
    to_chinese,
)
from fjreports.cli import main
from fjreports.corpus import converter
from fjreports.layout import Page


@pytest.mark.parametrize("bad", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_no_quantity_holds_nan_or_infinity(bad: str) -> None:
    with pytest.raises(FigureRangeError, match="not a finite number"):
        Quantity(value=Decimal(bad))
    with pytest.raises(FigureRangeError):
        Quantity(low=Decimal(bad), high=Decimal(1))
    with pytest.raises(FigureRangeError):
        Quantity(value=bad)


@pytest.mark.parametrize("huge", ["1e999999", "1e99999999", "-1e200", "1e-5000"])
def test_values_past_any_figure_are_refused_at_once(huge: str) -> None:
    with hang_guard(20):
        with pytest.raises(FigureRangeError, match=r"beyond|decimal places"):
            convert(huge, "元", "万元")
        with pytest.raises(FigureRangeError):
            convert_exact(Decimal(huge), "元", "万元")
        with pytest.raises(FigureRangeError):
            Quantity(value=Decimal(huge), unit="元")
        with pytest.raises((FigureRangeError, fjreports.FjreportsError)):
            to_chinese(Decimal(huge))
        with pytest.raises(FigureRangeError):
            format_number(Decimal(huge))
    with pytest.raises(FigureRangeError):
        convert_exact(Fraction(10**500), "元", "万元")


def test_the_largest_and_finest_figures_still_convert() -> None:
    assert convert("1e100", "元", "万元") == Decimal("1e96")
    assert convert("1e-100", "万元", "元") == Decimal("1e-96")


@pytest.mark.parametrize("places", ["2", 2.5, True])
def test_places_must_be_a_whole_number(places: object) -> None:
    with pytest.raises(TypeError, match="places must be an int"):
        convert(1, "亩", "平方米", places=places)  # type: ignore[arg-type]


@pytest.mark.parametrize("places", [-1, 101, 300])
def test_places_must_be_in_range(places: int) -> None:
    with pytest.raises(UnitError, match="places= takes 0 to 100"):
        convert(1, "亩", "平方米", places=places)
    assert convert(1, "亩", "公顷", places=100).as_tuple().exponent == -100


def test_wrong_types_get_one_type_error_naming_the_parameter() -> None:
    with pytest.raises(TypeError, match="format_quantity: quantity must be a Quantity"):
        format_quantity(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="read_page: path must be a str or Path, not NoneType"):
        fjreports.read_page(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path must be a folder, a file or a list"):
        load(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="parse_number: text must be a str, not NoneType"):
        fjreports.parse_number(None)  # type: ignore[arg-type]


def test_an_empty_path_is_an_error_not_the_current_folder() -> None:
    with pytest.raises(FileNotFoundError, match="empty"):
        load("")
    with pytest.raises(FileNotFoundError, match="empty"):
        fjreports.read_page("")


@pytest.mark.parametrize("bad", [None, 12, ["a"]])
def test_a_null_where_text_is_required_is_an_error(bad: object) -> None:
    with pytest.raises(ExceptionGroup) as raised:  # cattrs gathers the fields' errors
        converter.structure({"name": "a.txt", "text": bad, "encoding": "utf-8"}, Page)
    assert [str(e) for e in raised.value.exceptions] == [f"text expected, not {bad!r}"]


def _saved(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "corpus.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_deeply_nested_file_is_a_corpus_file_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(CorpusFileError, match="nested deeper"):
        fjreports.Corpus.from_json(path)


def test_a_huge_integer_is_a_corpus_file_error(tmp_path: Path) -> None:
    path = tmp_path / "int.json"
    path.write_text('{"schema_version": ' + "9" * 5000 + "}", encoding="utf-8")
    with pytest.raises(CorpusFileError, match="not a saved corpus"):
        fjreports.Corpus.from_json(path)


def test_a_stored_figure_past_any_report_is_a_corpus_file_error(tmp_path: Path) -> None:
    corpus = load()
    path = tmp_path / "c.json"
    corpus.to_json(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["metrics"][0]["quantity"]["value"] = "1e99999999"
    path.write_text(json.dumps(document), encoding="utf-8")
    with hang_guard(20), pytest.raises(CorpusFileError, match="does not fit"):
        fjreports.Corpus.from_json(path)


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes are a Linux thing")
def test_a_page_whose_name_is_not_utf8_saves_and_loads(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    raw_name = os.fsencode(folder) + b"/\xff\xfepage.txt"
    with open(raw_name, "wb") as file:
        file.write("集美：报告\n集美区建成项目19个。".encode())
    corpus = load(folder)
    name = corpus.pages[0].name
    assert "\udcff" in name  # the undecodable byte, as os.fsdecode keeps it
    corpus.to_json(tmp_path / "c.json")
    back = fjreports.Corpus.from_json(tmp_path / "c.json")
    assert back.pages[0].name == name and back.metrics == corpus.metrics


def test_the_command_line_prints_messages_whole(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions", "鼓楼区"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fjreports: error: '鼓楼区' names 4 regions")
    assert main(["convert", "1亩", "--to", "平方米", "--places", "300"]) == 2
    assert "places= takes 0 to 100" in capsys.readouterr().err
