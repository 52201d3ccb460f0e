"""Where the bundled pages live: inside the installed package, or beside an editable checkout."""

from __future__ import annotations

from pathlib import Path

from ..packaged import packaged


def seeds_folder() -> Path:
    """The folder of bundled pages (`fjreports/seeds` in the wheel, `seeds/` in a checkout)."""
    folder = packaged("seeds")
    if folder.is_dir():
        return folder
    # An editable install imports from src/: the pages sit at the project root.
    return Path(__file__).resolve().parents[3] / "seeds"


def seed_pages() -> list[Path]:
    """The bundled pages, sorted by name."""
    folder = seeds_folder()
    return sorted((p for p in folder.iterdir() if p.name.endswith(".txt")), key=lambda p: p.name)
