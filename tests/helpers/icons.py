"""What the outlet-icon tests serve: a small image, and how slow a site must be for a
/… format answer to come before its icon."""

from __future__ import annotations

from bot.feeds.icons import ICON_TIMEOUT
from bot.runtime import ICONS_WAIT_SECONDS

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
# Longer than the command waits, shorter than one fetch may take.
SLOW_PAGE_SECONDS = (ICONS_WAIT_SECONDS + ICON_TIMEOUT) / 2
