import csv
import io
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from fjreports.cli import main


def test_quantities_on_the_bundled_pages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quantities"]) == 0
    out = capsys.readouterr().out
    assert "figures on 5 pages" in out
    assert "1346.8 亿 元" in out  # the line break inside the figure folded for display


def test_quantities_as_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("投资约6000万元，建成19个项目。", encoding="utf-8")
    assert main(["quantities", "--pages", str(tmp_path), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [(r["value"], r["unit"], r["qualifier"]) for r in records] == [
        ("60000000", "元", "about"),
        ("19", "个", None),
    ]
    assert records[0]["page"] == "page.txt" and records[0]["span"] == [2, 9]


def test_quantities_lists_everything_with_all(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "one.txt"
    page.write_text("面积10—15亩，惠及2000余人次", encoding="utf-8")
    assert main(["quantities", "--pages", str(page), "--all"]) == 0
    out = capsys.readouterr().out
    assert "10–15" in out and "more_than" in out


def test_parse_and_convert(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "10万至20万元"]) == 0
    assert "100,000–200,000" in capsys.readouterr().out  # grouped for people
    assert main(["convert", "6000万元", "--to", "亿元"]) == 0
    assert capsys.readouterr().out.strip() == "0.6 亿元"
    assert main(["convert", "4900亩", "--to", "公顷", "--places", "2"]) == 0
    assert capsys.readouterr().out.strip() == "326.67 公顷"
    assert main(["convert", "约6000万元", "--to", "亿元"]) == 0
    assert capsys.readouterr().out.strip() == "0.6 亿元 (about)"  # the 约 is kept


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "统一"], "'统一'"),
        (["convert", "4900亩", "--to", "元"], "different dimensions"),
        (["convert", "4900亩", "--to", "公顷"], "places"),
        (["quantities", "--pages", "/no/such/folder"], "/no/such/folder"),
    ],
)
def test_errors_are_one_line_on_stderr_with_status_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("fjreports: error:") and message in captured.err
    assert captured.err.count("\n") == 1


def test_a_page_that_is_not_utf8_names_file_and_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.txt").write_bytes("约6000万元".encode() + b"\xff\xfe\x00")
    assert main(["quantities", "--pages", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and "byte offset 13" in err


def test_regions_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions", "长乐市"]) == 0
    out = capsys.readouterr().out
    assert "长乐区" in out and "350112" in out and "福州市 < 福建省" in out and "长乐市" in out


def test_regions_find(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions", "--find", "福建省南平市光泽县与宁夏闽宁镇，鼓楼区"]) == 0
    out = capsys.readouterr().out
    assert "光泽县" in out and "350723" in out and "南平市" in out
    assert "闽宁镇" in out and "township" in out
    assert main(["regions", "--find", "鼓楼区"]) == 0
    assert "one of" in capsys.readouterr().out


def test_regions_ambiguous_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions", "鼓楼区"]) == 2
    err = capsys.readouterr().err
    assert "4 regions" in err and err.count("\n") == 1


def test_articles_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["articles"]) == 0
    out = capsys.readouterr().out
    assert "23 articles and captions on 5 pages" in out and "邵武市" in out
    assert main(["articles", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records[0]["title"] == "邵武市全面开启“美丽园区”建设试点"
    assert records[0]["region"] == {"code": "350781", "name": "邵武市"}
    assert any(r["date"] == "2022-12-30" for r in records)


def test_summary_is_the_main_job(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("5 pages, 16 articles, 7 captions")
    assert "metrics of kind" in out and "集美区" in out and "三区联创" in out


def test_metrics_with_filters_in_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics", "--region", "厦门市", "--kind", "money", "--min", "100亿元"]) == 0
    out = capsys.readouterr().out
    assert "规上工业总产值" in out and "1346.8 亿 元" in out
    assert main(["metrics", "--unit", "亩", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and all(r["unit"] == "亩" for r in records)
    assert set(records[0]["region"]) == {"code", "name"}
    assert main(["metrics", "--kind", "percent", "--max", "5%", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(row["kind"] == "percent" for row in rows)
    # A region is a code, a name and a level; a span two columns; figures exact.
    assert {"region_code", "region_name", "region_level", "start", "end"} <= set(rows[0])
    assert all(Decimal(row["value"] or row["low"]) <= 5 for row in rows)
    assert main(["metrics", "--kind", "money", "--format", "csv", "--excel"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeffid,") and "\n\n" not in out


def test_initiatives(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["initiatives", "--region", "泉港区"]) == 0
    assert "跨域通办" in capsys.readouterr().out
    assert main(["initiatives", "--format", "json"]) == 0
    assert any(r["name"] == "三区联创" for r in json.loads(capsys.readouterr().out))


def test_articles_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["articles", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("id,page,kind,title")
    assert "邱天、罗晶晶、陈晓芳" in out


def test_unknown_region_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics", "--region", "火星"]) == 2
    err = capsys.readouterr().err
    assert "火星" in err and err.count("\n") == 1


def test_progress_bar_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(25):
        (tmp_path / f"{i:02d}.txt").write_text("集美：报告\n集美区建成项目19个。", encoding="utf-8")
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["summary", "--pages", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "reading pages" in captured.err and "25/25" in captured.err
    assert captured.out.startswith("25 pages")


def test_workers_change_nothing_but_speed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(
            f"集美：报告\n集美区建成项目{i + 19}个，投资约6000万元。", encoding="utf-8"
        )
    assert main(["metrics", "--pages", str(tmp_path), "--format", "json"]) == 0
    serial = capsys.readouterr().out
    assert main(["metrics", "--pages", str(tmp_path), "--format", "json", "--workers", "2"]) == 0
    assert capsys.readouterr().out == serial and "21" in serial
    with pytest.raises(SystemExit) as stopped:
        main(["summary", "--pages", str(tmp_path), "--workers", "0"])
    assert stopped.value.code == 2
    assert "argument --workers: takes 1 or more, not 0" in capsys.readouterr().err


def test_errors_skip_names_each_page_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "good.txt").write_text("集美：报告\n集美区建成项目19个。", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    korean = "서울시 강남구의 올해 예산은 약 5천억 원이며, 주민 복지 사업에 쓰인다.\n" * 3
    (tmp_path / "korean.txt").write_bytes(korean.encode("euc_kr"))  # no Chinese encoding
    assert main(["metrics", "--pages", str(tmp_path), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fjreports: error: ") and "binary.txt" in err
    assert main(["metrics", "--pages", str(tmp_path), "--format", "json", "--errors", "skip"]) == 0
    captured = capsys.readouterr()
    assert [r["text"] for r in json.loads(captured.out)] == ["19个"]
    lines = captured.err.strip().splitlines()
    # Each warning one line of the command line's own, naming the page; no Python paths.
    assert all(line.startswith("fjreports: warning: ") for line in lines), lines
    assert any("binary.txt" in line for line in lines) and any("empty" in line for line in lines)
    assert any("korean.txt" in line for line in lines)
    assert ".py:" not in captured.err


def test_ctrl_c_ends_with_status_130_and_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import fjreports.cli

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(fjreports.cli, "load", interrupted)
    (tmp_path / "a.txt").write_text("集美区建成项目19个。", encoding="utf-8")
    assert main(["summary", "--pages", str(tmp_path)]) == 130
    err = capsys.readouterr().err
    assert err.strip() == "fjreports: interrupted"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigint_during_a_long_run(tmp_path: Path, workers: str) -> None:
    """A real Ctrl-C, in one process and with workers: status 130, one line, no traceback."""
    import signal
    import subprocess
    import sys
    import time

    line = "集美区新增项目19个，投资6000万元，同比增长24.5%。\n"
    for number in range(40):  # long enough to be read for several seconds
        (tmp_path / f"{number:02d}.txt").write_text(line * 3000, encoding="utf-8")
    command = ["summary", "--pages", str(tmp_path), "--workers", workers]
    run = subprocess.Popen(
        [sys.executable, "-m", "fjreports", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)
    assert run.poll() is None, "the run ended before it could be interrupted"
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=100)
    assert run.returncode == 130
    assert err.strip() == "fjreports: interrupted"


def test_export_writes_csv_jsonl_and_parquet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["export", "metrics", "--out", str(tmp_path / "m.csv"), "--excel"]) == 0
    text = (tmp_path / "m.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeffid,page,article,text,value")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert "metrics written to" in capsys.readouterr().err
    assert main(["export", "articles", "--out", str(tmp_path / "a.jsonl")]) == 0
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["id"] for line in lines)
    pytest.importorskip("pyarrow")
    assert main(["export", "metrics", "--out", str(tmp_path / "m.parquet")]) == 0
    import pyarrow.parquet

    assert pyarrow.parquet.read_table(tmp_path / "m.parquet").num_rows == len(rows)
    assert main(["export", "metrics", "--out", str(tmp_path / "m.txt")]) == 2
    assert "give --format csv, jsonl or parquet" in capsys.readouterr().err


def test_tables_fit_a_narrow_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["metrics", "--region", "集美区", "--kind", "money"]) == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)  # colours off
    lines = out.splitlines()
    # Chinese characters count two columns: every line within the terminal's 60.
    assert max(cell_len(line) for line in lines) <= 60
    assert "60,000,000" in out  # numbers are never wrapped
    assert any("运营项" in line for line in lines)


def test_tables_into_a_pipe_keep_each_row_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics", "--region", "集美区", "--kind", "money"]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = next(line for line in lines if "运营项目村集体年收益" in line)
    assert "约6000万元" in row and "60,000,000" in row and "截至目前" in row
    assert all(line == line.rstrip() for line in lines)  # no padding at the ends
    assert "\x1b[" not in "".join(lines)  # no colour codes into a file


def test_tables_without_rich_name_the_extra(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "rich.console", None)  # as if rich were not installed
    assert main(["summary"]) == 2
    assert "pip install 'fjreports[cli]'" in capsys.readouterr().err
    # Machine formats need no tables.
    assert main(["metrics", "--region", "邵武市", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("id,")
