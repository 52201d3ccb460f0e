"""A peer's own published test cases, scored side by side in one run.

cn2an ships its test cases with the package (`cn2an.cn2an_test`): the numerals
of its strict, normal, smart and direct modes with their values. They are read
from the installed package at run time (nothing of them is copied here) and
each parser is asked for the value of every case: cn2an in the mode the case
belongs to, and fjreports with `parse_number`, or `parse_quantity` for money
written out (壹拾壹元壹角). A cell is an exact value match.

    python benchmarks/suites.py      # needs the bench extra: pip install -e '.[bench]'

The other peers' suites (JioNLP's `parse_money` cases, Recognizers-Text's
Chinese specs) live only in their repositories, not in the packages, so they
are not scored here.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from fjreports import try_parse_number, try_parse_quantity

MODES = {
    "strict": "strict_data_dict",
    "normal": "normal_data_dict",
    "smart": "smart_data_dict",
    "direct": "direct_data_dict",
}


def cn2an_cases() -> dict[str, dict[str, object]]:
    """cn2an's own cases by mode, read from the installed package."""
    from cn2an.cn2an_test import Cn2anTest

    suite = Cn2anTest()
    suite.setUp()
    return {mode: dict(getattr(suite, field)) for mode, field in MODES.items()}


def ours(text: str) -> Decimal | None:
    number = try_parse_number(text)
    if number is not None:
        return number
    quantity = try_parse_quantity(text)
    return None if quantity is None else quantity.value


def peer(mode: str) -> Callable[[str], Decimal | None]:
    import cn2an

    def read(text: str) -> Decimal | None:
        try:
            return Decimal(str(cn2an.cn2an(text, mode)))
        except (ValueError, TypeError, KeyError, IndexError):
            return None

    return read


def main() -> None:
    cases = cn2an_cases()
    total = sum(len(by_mode) for by_mode in cases.values())
    right = {"fjreports": 0, "cn2an": 0}
    for mode, by_text in cases.items():
        theirs = peer(mode)
        for text, value in by_text.items():
            want = Decimal(str(value))
            right["fjreports"] += ours(text) == want
            right["cn2an"] += theirs(text) == want
    print(f"| suite (its cases) | {' | '.join(right)} |")
    print(f"| --- | {' | '.join('---' for _ in right)} |")
    cells = " | ".join(f"{right[name] / total:.1%}" for name in right)
    print(f"| cn2an's numbers ({total}) | {cells} |")


if __name__ == "__main__":
    main()
