"""A PostgreSQL server of the test's own, on a free port, that the test may stop and start
at will. The shared instance on 5432 is never touched."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

BINARY_GLOB = "/usr/lib/postgresql/*/bin"
# initdb refuses to run as root; a root test runs the server as this OS user.
SERVER_USER = "postgres"
START_TIMEOUT_SECONDS = 30


def _binaries() -> Path | None:
    found = sorted(glob.glob(BINARY_GLOB), key=lambda p: int(Path(p).parent.name), reverse=True)
    for directory in found:
        if all(os.access(Path(directory, tool), os.X_OK) for tool in ("initdb", "pg_ctl")):
            return Path(directory)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowawayPostgres:
    def __init__(self, binaries: Path, root: Path, user: str | None) -> None:
        self.binaries = binaries
        self.root = root
        self.data = root / "data"
        self.user = user
        self.port = _free_port()
        self.restarts = 0

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.binaries / tool), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def initialise(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-sync")

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "server.log"), "-t", str(START_TIMEOUT_SECONDS), "-w", "start")

    def stop(self) -> None:
        """Stop at once, as a crash or an operator's fast restart would: open connections
        are cut, transactions in flight roll back."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.restarts += 1

    def log_tail(self, lines: int = 20) -> str:
        path = self.root / "server.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def throwaway_postgres() -> Iterator[ThrowawayPostgres]:
    binaries = _binaries()
    if binaries is None:
        pytest.skip(f"no PostgreSQL server binaries (initdb, pg_ctl) under {BINARY_GLOB}")
    user: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            pytest.skip(f"running as root and there is no '{SERVER_USER}' user to run "
                        "a throwaway PostgreSQL server as")
        if shutil.which("runuser") is None:
            pytest.skip("running as root and runuser is missing: initdb refuses root")
        user = SERVER_USER
    root = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
    if user is not None:
        shutil.chown(root, user)
    server = ThrowawayPostgres(binaries, root, user)
    try:
        server.initialise()
        server.start()
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            server.stop()
        shutil.rmtree(root, ignore_errors=True)
