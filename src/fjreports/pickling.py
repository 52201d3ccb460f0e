"""Cheap pickles for the models that travel between processes.

attrs gives a slotted class a `__getstate__` that builds a dict and a
`__setstate__` that walks it in Python, which cost more than the rest of
pickling a figure. `tuple_state` gives a class a state that is the tuple of
its fields, read and written by C-level helpers: `load(workers=N)` sends its
results back for about half the CPU.
"""

from __future__ import annotations

import operator
from collections import deque
from itertools import repeat
from typing import Any, TypeVar

import attrs

__all__ = ["tuple_state"]

T = TypeVar("T")

_set = object.__setattr__  # frozen classes refuse setattr; restoring a pickle is not a change


def tuple_state(cls: type[T]) -> type[T]:
    """Class decorator, after `@frozen`: pickle `cls` as the tuple of its fields.

    A pickle made before the class gained or lost a field does not load; these
    pickles only travel between processes of one run, never to disk.
    """
    names = tuple(a.name for a in attrs.fields(cls))  # type: ignore[arg-type]
    count = len(names)
    get = operator.attrgetter(*names)

    def __getstate__(self: T) -> Any:
        return get(self)

    def __setstate__(self: T, state: tuple[Any, ...]) -> None:
        if len(state) != count:
            raise TypeError(f"{cls.__name__}: a pickled state of {len(state)} fields, not {count}")
        deque(map(_set, repeat(self, count), names, state), maxlen=0)

    setattr(cls, "__getstate__", __getstate__)  # noqa: B010 (a method put on the class)
    setattr(cls, "__setstate__", __setstate__)  # noqa: B010
    return cls
