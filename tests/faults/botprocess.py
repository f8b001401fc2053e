"""The real bot as a child process (`python -m bot`), so a test can SIGKILL it while the
fake Discord and the database, owned by the test process, live on. Processes come from a
fork server (tests/faults/forkserver.py) that imported the bot once: a restart costs the
bot's start-up, not Python's imports."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from bot.sandbox import FakeDiscord
from tests.helpers.harness import bot_environment

REPO = Path(__file__).resolve().parents[2]
GRACEFUL_STOP_SECONDS = 15.0
FORK_SERVER_READY_SECONDS = 120.0


class BotProcess:
    def __init__(self, fake: FakeDiscord, database_url: str, workdir: Path,
                 overrides: Mapping[str, str] | None = None) -> None:
        self.environment = {
            **os.environ,
            **bot_environment(fake, database_url, overrides),
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(REPO),
        }
        self.workdir = workdir
        self.log_path = workdir / "bot.log"
        self._server: subprocess.Popen[str] | None = None
        self._pid: int | None = None
        self._wait_asked = False
        self._status: int | None = None
        self.kills = 0

    @property
    def running(self) -> bool:
        return self._pid is not None

    @property
    def pid(self) -> int:
        assert self._pid is not None
        return self._pid

    def _ask(self, line: str, timeout: float | None = None, *, send: bool = True) -> str:
        server = self._fork_server()
        assert server.stdin is not None and server.stdout is not None
        if send:
            server.stdin.write(line + "\n")
            server.stdin.flush()
        if timeout is not None:
            readable, _, _ = select.select([server.stdout], [], [], timeout)
            if not readable:
                raise subprocess.TimeoutExpired(line, timeout)
        answer = server.stdout.readline()
        if not answer:
            raise RuntimeError(f"the fork server died:\n{self.log_tail()}")
        return answer.strip()

    def _fork_server(self) -> subprocess.Popen[str]:
        if self._server is None:
            with self.log_path.open("ab") as log:  # the server keeps its own copy
                self._server = subprocess.Popen(
                    [sys.executable, "-m", "tests.faults.forkserver"], cwd=self.workdir,
                    env=self.environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=log, text=True, bufsize=1)
            assert self._server.stdout is not None
            readable, _, _ = select.select([self._server.stdout], [], [],
                                           FORK_SERVER_READY_SECONDS)
            assert readable and self._server.stdout.readline().strip() == "ready", \
                self.log_tail()
        return self._server

    def start(self) -> None:
        assert self._pid is None, "already running"
        self._pid = int(self._ask(f"start {self.log_path}"))

    def kill_now(self) -> None:
        """SIGKILL without waiting: safe to call from a fake Discord callback."""
        if self._pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int:
        """Block until the bot process exits (subprocess.TimeoutExpired after `timeout`);
        its wait status. A wait that timed out is picked up by the next one."""
        assert self._pid is not None
        status = int(self._ask(f"wait {self._pid}", timeout, send=not self._wait_asked))
        self._wait_asked = False
        return status

    def wait_or_timeout(self, timeout: float) -> bool:
        """True when the process exited within `timeout`, else False (still running)."""
        try:
            self._status = self.wait(timeout)
        except subprocess.TimeoutExpired:
            self._wait_asked = True
            return False
        return True

    def reap(self) -> None:
        """Wait for a killed child; counts the kill if it died by SIGKILL."""
        if self._pid is None:
            return
        status = self._status if self._status is not None else self.wait(GRACEFUL_STOP_SECONDS)
        self._status = None
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            self.kills += 1
        self._pid = None

    def stop(self) -> None:
        """SIGTERM, as a service manager would; the bot stops cleanly."""
        if self._pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGTERM)
        if not self.wait_or_timeout(GRACEFUL_STOP_SECONDS):
            self.kill_now()
        self.reap()

    def close(self) -> None:
        """Kill the bot if it runs, then end the fork server."""
        if self._pid is not None:
            self.kill_now()
            self.reap()
        if self._server is not None:
            if self._server.stdin is not None:
                self._server.stdin.close()
            try:
                self._server.wait(GRACEFUL_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait()
            if self._server.stdout is not None:
                self._server.stdout.close()
            self._server = None

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
