"""Where the bundled pages live: inside the installed package, or beside an editable checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def seeds_folder() -> Traversable:
    """The folder of bundled pages (`fjreports/seeds` in the wheel, `seeds/` in a checkout)."""
    packaged = resources.files("fjreports").joinpath("seeds")
    if packaged.is_dir():
        return packaged
    # An editable install imports from src/: the pages sit at the project root.
    return Path(__file__).resolve().parents[3] / "seeds"


def seed_pages() -> list[Traversable]:
    """The bundled pages, sorted by name."""
    folder = seeds_folder()
    return sorted((p for p in folder.iterdir() if p.name.endswith(".txt")), key=lambda p: p.name)
