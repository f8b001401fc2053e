"""The real bot as a child process (`python -m bot`), so a test can SIGKILL it while the
fake Discord and the database, owned by the test process, live on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from bot.sandbox import FakeDiscord
from tests.helpers.harness import bot_environment

REPO = Path(__file__).resolve().parents[2]
GRACEFUL_STOP_SECONDS = 15.0


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
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.kills = 0

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self) -> None:
        assert self.process is None, "already running"
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=self.workdir, env=self.environment,
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)

    def kill_now(self) -> None:
        """SIGKILL without waiting: safe to call from a fake Discord callback."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)

    def reap(self) -> None:
        """Wait for a killed child; counts the kill if it died by SIGKILL."""
        if self.process is None:
            return
        code = self.process.wait(GRACEFUL_STOP_SECONDS)
        if code == -signal.SIGKILL:
            self.kills += 1
        self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def stop(self) -> None:
        """SIGTERM, as a service manager would; the bot stops cleanly."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(GRACEFUL_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.reap()

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
