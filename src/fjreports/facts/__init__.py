"""Facts: metrics and initiatives of an article; periods, subjects, scope, initiatives.

Below it stand `fjreports.articles` and everything under it.
"""

from .extract import extract
from .model import Change, Initiative, Metric, Role

__all__ = ["Change", "Initiative", "Metric", "Role", "extract"]
