"""Places: the region model, the gazetteer, and region names found in running text.

Below it stand only `fjreports.text` and `fjreports.lexicon`.
"""

from .former import FormerName, former
from .gazetteer import Level, Region, RegionMention
from .mentions import all_regions, ancestors, attributive, children, find, get
from .words import segmenter

__all__ = [
    "FormerName",
    "Level",
    "Region",
    "RegionMention",
    "all_regions",
    "ancestors",
    "attributive",
    "children",
    "find",
    "former",
    "get",
    "segmenter",
]
