"""Region names written in traditional characters: sentences written for these tests."""

from fjreports import regions
from fjreports.places.traditional import simplified


def test_traditional_names_resolve() -> None:
    assert regions.get("廈門市集美區").code == "350211"
    assert regions.get("福建省龍巖市連城縣").code == "350825"
    assert regions.get("臺灣").name == "台湾省"


def test_traditional_names_are_found_in_running_text_as_written() -> None:
    text = "福建省廈門市集美區與寧夏閩寧鎮結對幫扶。"
    got = [(m.text, m.region and m.region.code) for m in regions.find(text)]
    assert got == [("福建省廈門市集美區", "350211"), ("寧夏閩寧鎮", "640121104")]


def test_characters_simplified_names_use_are_kept() -> None:
    assert simplified("乾縣") == "乾县"  # 乾县 is written with 乾
    assert simplified("集美区") == "集美区"
