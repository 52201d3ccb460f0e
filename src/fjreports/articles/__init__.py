"""Articles: the model, segmentation of a page, title placement, the article's region.

Below it stand `fjreports.layout`, `fjreports.places` and `fjreports.text`.
"""

from .model import Article, ArticleKind, Section
from .segment import segment
from .titles import word_pairs

__all__ = [
    "Article",
    "ArticleKind",
    "Section",
    "segment",
    "word_pairs",
]
