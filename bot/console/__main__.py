"""`python -m bot.console [--offline] [--member]`."""

import sys

from bot.console import console_main

sys.exit(console_main(sys.argv[1:]))
