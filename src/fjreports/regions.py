"""Chinese administrative regions: the gazetteer, lookups, and mentions in running text.

The public face of `fjreports.places`. The gazetteer holds every province-,
prefecture- and county-level division of mainland China with its GB/T 2260
code (the list of 2024), Hong Kong, Macao and Taiwan at provincial level, and
the zones the press treats as places (福州新区, 平潭综合实验区).
Every township-level division (41,352, with 9-digit codes) is looked up by
code or under its county, and found in running text; villages come with codes
once their table is built (see the gazetteer's page). Former names (闸北区)
resolve to the regions they became; `former` gives the year of the change.

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
    FormerName,
    Level,
    Region,
    RegionMention,
    all_regions,
    ancestors,
    children,
    find,
    former,
    get,
)

#: `fjreports.regions.all()`: every region of the gazetteer (the same as `all_regions`).
all = all_regions

__all__ = [
    "FormerName",
    "Level",
    "Region",
    "RegionMention",
    "all",
    "all_regions",
    "ancestors",
    "children",
    "find",
    "former",
    "get",
]
