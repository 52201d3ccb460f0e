"""`python -m fjreports`: the command line (see `fjreports.cli`)."""

import sys

from .cli import main

sys.exit(main())
