"""The clusterer's records (stories, topics, term statistics) as JSON text, so the active
index survives a restart and a standby can rebuild it from storage."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import datetime
from typing import Any

from bot.stories.models import Fingerprint, StoryState, TermStats

_RECORDS: dict[str, type[Any]] = {"Fingerprint": Fingerprint, "StoryState": StoryState,
                                   "TermStats": TermStats}


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"__record__": type(value).__name__,
                **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode()}
    if isinstance(value, frozenset | set):
        return {"__set__": sorted(_encode(v) for v in value)}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__record__" in value:
        fields = {k: _decode(v) for k, v in value.items() if k != "__record__"}
        return _RECORDS[value["__record__"]](**fields)
    if "__datetime__" in value:
        return datetime.fromisoformat(value["__datetime__"])
    if "__bytes__" in value:
        return base64.b64decode(value["__bytes__"])
    if "__set__" in value:
        return frozenset(_decode(v) for v in value["__set__"])
    return {k: _decode(v) for k, v in value.items()}


def encode_state(record: Any) -> str:
    """The clusterer's records (stories, topics, term statistics) as JSON text."""
    return json.dumps(_encode(record))


def decode_state(text: str) -> Any:
    return _decode(json.loads(text))
