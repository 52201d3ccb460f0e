"""The region an article is about: its title's, else the one its body names most."""

from __future__ import annotations

from collections import Counter

from ..places import Level, Region, attributive, find, get
from .draft import Draft
from .model import ArticleKind

__all__ = ["office", "region_of"]


def region_of(draft: Draft, known: dict[int, Region | None]) -> Region | None:
    """The article's main region: the title's, else the one its body names most."""
    title = draft.title or ""
    # The body as the article's text will be: `find` keeps what it saw of it for the
    # metrics' attribution, which asks again with the article's region as context.
    body = "\n".join(draft.paragraphs())
    if draft.kind is ArticleKind.CAPTION:
        counted = _count_regions(body)
        local = [r for r in counted if r.level in (Level.COUNTY, Level.ZONE)]
        if local:
            return max(local, key=lambda r: counted[r])
        # A caption without a county of its own stands in its article's region; where the
        # article has none, in the region the caption names most.
        if draft.context is not None and known.get(id(draft.context)) is not None:
            return known[id(draft.context)]
        return _main_region(counted)
    # The title and the lines under it (在兴文县…会议上, 兴文县人民政府县长) say where.
    heading = "\n".join([title, *draft.header])
    title_regions = [r for r in _count_regions(heading) if r.level in (Level.COUNTY, Level.ZONE)]
    if title_regions:
        return title_regions[0]
    return _main_region(_count_regions(title) + _count_regions(body))


def _count_regions(text: str) -> Counter[Region]:
    counted: Counter[Region] = Counter()
    for mention in find(text):
        region = mention.region
        end = mention.span[1]
        if region is None or attributive(mention, text[end : end + 2], None):
            continue  # 台湾青年 says where people come from, not where the article is
        while region.level in (Level.TOWNSHIP, Level.VILLAGE) and region.parent is not None:
            # A township counts for its county.
            try:
                region = get(region.parent)
            except LookupError:
                break
        if region.code is not None or region.level is Level.ZONE:
            counted[region] += 1
    return counted


def _main_region(counted: Counter[Region]) -> Region | None:
    """The region named most, or one within it named at least half as often."""
    if not counted:
        return None
    top, count = counted.most_common(1)[0]
    inside = [r for r in counted if r != top and top.contains(r) and counted[r] * 2 >= count]
    if inside:
        return max(inside, key=lambda r: counted[r])
    # A region above the top one, named as often, does not displace it.
    return top


def office(text: str) -> str:
    """福建省宁德市霞浦县委改革办 → 霞浦县委改革办: the office without the regions above it."""
    mentions = find(text)
    if mentions and mentions[0].span[0] == 0 and mentions[0].region is not None:
        region = mentions[0].region
        end = mentions[0].span[1]
        name = region.name
        for cut in (name, region.short_name):
            at = text.rfind(cut, 0, end)
            if at >= 0:
                return text[at:]
    return text
