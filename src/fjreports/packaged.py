"""Files that ship inside the package: data tables, word lists, the bundled pages.

They are found beside the code, by path: the wheel installs them as files,
and `importlib.resources` would add about a tenth to the time `import
fjreports` takes.

Examples:
    >>> packaged("data", "regions.tsv").name
    'regions.tsv'
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["packaged"]

_ROOT = Path(__file__).resolve().parent


def packaged(*parts: str) -> Path:
    """The path of a file or folder of the installed package (`packaged("data", "units.tsv")`)."""
    return _ROOT.joinpath(*parts)
