"""What every failed call to a remote service carries, whatever the service."""

from __future__ import annotations


class RemoteFailure(Exception):
    """A remote service failed a call: its HTTP status, if it answered, and the seconds it
    asked us to wait before trying again, if it said."""

    def __init__(self, message: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
