"""Logging for the bot process: readable lines by default, one JSON object per line with
LOG_FORMAT=json (for a log collector).

Context travels in a record's `extra`: `guild`, `feed` and `error_id` become JSON fields
(and are simply absent when a record has none).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

CONTEXT_FIELDS = ("guild", "feed", "error_id")
TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in CONTEXT_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str, log_format: str = "text") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json"
                         else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    quieter = max(logging.getLevelName(level), logging.WARNING)
    # discord.py's gateway chatter is noise at INFO; Alembic's "Context impl ..." lines say
    # nothing an operator needs (the bot logs the migrations it applied itself).
    logging.getLogger("discord").setLevel(quieter)
    logging.getLogger("alembic").setLevel(quieter)
