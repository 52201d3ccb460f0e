import re
from pathlib import Path

import fjreports
from fjreports.corpus.bundled import seed_pages, seeds_folder

ROOT = Path(__file__).resolve().parents[1]


def test_public_surface_is_sorted_and_importable() -> None:
    assert fjreports.__all__ == sorted(fjreports.__all__)
    for name in fjreports.__all__:
        assert hasattr(fjreports, name), name


def test_version_comes_from_the_metadata() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", fjreports.__version__)


def test_the_five_bundled_pages_are_there() -> None:
    pages = seed_pages()
    assert len(pages) == 5
    assert seeds_folder().is_dir()
    for page in pages:
        assert len(page.read_text(encoding="utf-8-sig")) > 1000


def test_typed_marker_ships() -> None:
    assert (ROOT / "src" / "fjreports" / "py.typed").exists()


def test_units_data_names_its_source_and_date() -> None:
    header = (ROOT / "src" / "fjreports" / "data" / "units.tsv").read_text(encoding="utf-8")
    assert "Source:" in header and re.search(r"As of \d{4}-\d{2}", header)


def test_changelog_has_an_unreleased_section() -> None:
    assert "## Unreleased" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_reference_landing_page_lists_every_public_name() -> None:
    page = (ROOT / "docs" / "reference" / "index.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| ") and "`" in line]
    listed = [row.split("`")[1] for row in rows]
    assert listed == list(fjreports.__all__)


def test_the_site_loads_nothing_from_other_hosts() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "font: false" in config  # the theme would fetch Google Fonts otherwise
    assert "*.py" in config  # scripts beside the pages are not published
    assert "show_if_no_docstring: true" in config  # an enum's members are listed


def test_every_word_list_says_what_it_is_for_and_where_it_comes_from() -> None:
    folder = Path(fjreports.__file__).parent / "lexicon"
    lists = sorted(folder.glob("*.txt"))
    assert len(lists) > 20
    for path in lists:
        lines = path.read_text(encoding="utf-8").splitlines()
        header = [line for line in lines[:40] if line.startswith("#")]
        assert lines[0].startswith("#") and len(header) >= 2, path.name
        assert any("Source" in line for line in header), path.name
        assert any(line.strip() and not line.startswith("#") for line in lines), path.name


def test_looking_up_a_region_reads_no_unit_registry() -> None:
    # Start-up: the scanner's unit tables are made when the first text is scanned.
    import subprocess
    import sys

    code = (
        "import fjreports; fjreports.regions.get('集美');"
        "from fjreports.numbers import units; print(units._registry.cache_info().currsize);"
        "fjreports.extract_quantities('3亩'); print(units._registry.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split()
    assert out == ["0", "1"]
