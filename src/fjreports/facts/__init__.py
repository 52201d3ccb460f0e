"""Facts: metrics and initiatives of an article; periods, subjects, scope, initiatives.

Below it stand `fjreports.articles` and everything under it.
"""

from .extract import extract
from .model import Change, Initiative, Metric, RegionBasis, Role
from .periods import Granularity, Period, resolve_period

__all__ = [
    "Change",
    "Granularity",
    "Initiative",
    "Metric",
    "Period",
    "RegionBasis",
    "Role",
    "extract",
    "resolve_period",
]
