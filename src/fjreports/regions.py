"""Chinese administrative regions: the gazetteer, lookups, and mentions in running text.

The public face of `fjreports.places`. The gazetteer holds every province-,
prefecture- and county-level division of mainland China with its GB/T 2260
code (the list of 2024), Hong Kong, Macao and Taiwan at provincial level, and
the zones the press treats as places (福州新区, 平潭综合实验区).
Township- and village-level places (闽宁镇, 杉关村, 侨英街道) are too many to
list: `find` recognises them by their suffix and attaches them to the region
the text names before them.

Examples:
    >>> get("集美").name, get("集美").code
    ('集美区', '350211')
    >>> get("福建省鼓楼区").parent
    '350100'
    >>> get("厦门市").contains(get("集美区"))
    True
    >>> [(m.text, m.region.name) for m in find("福建省南平市光泽县与江西省资溪县开展合作")]
    [('福建省南平市光泽县', '光泽县'), ('江西省资溪县', '资溪县')]
"""

from .places import (
    Level,
    Region,
    RegionMention,
    all_regions,
    ancestors,
    children,
    find,
    get,
)

#: `fjreports.regions.all()`: every region of the gazetteer (the same as `all_regions`).
all = all_regions

__all__ = [
    "Level",
    "Region",
    "RegionMention",
    "all",
    "all_regions",
    "ancestors",
    "children",
    "find",
    "get",
]
