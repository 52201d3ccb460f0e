"""Text: folding, the offset map back to the raw page, and sentences.

The first stage of the pipeline; it imports nothing else of fjreports.
"""

from .fold import Compact, fold_for_scan, normalize
from .offsets import OffsetMap, Pieces
from .sentences import CLAUSE_ENDS, CLOSERS, SENTENCE_ENDS, ends_sentence, sentences

__all__ = [
    "CLAUSE_ENDS",
    "CLOSERS",
    "SENTENCE_ENDS",
    "Compact",
    "OffsetMap",
    "Pieces",
    "ends_sentence",
    "fold_for_scan",
    "normalize",
    "sentences",
]
