"""Starts bot processes quickly for the kill tests: this process imports the bot once, then
forks a fresh `python -m bot` for each request, so a restart costs no import time.

Protocol on stdin/stdout, one line each: `start LOGPATH` answers the child's pid;
`wait PID` answers its wait status once it has exited. Run as
`python -m tests.faults.forkserver` with the bot's environment and working directory.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys

import bot.cli
from bot.client import discover_extensions


def _preload() -> None:
    # Everything a bot start imports, cogs included, so the children inherit it.
    for extension in discover_extensions():
        importlib.import_module(extension)


def _run_child(log_path: str) -> None:
    """In the fork: become `python -m bot` writing to its log; never returns."""
    code = 1
    try:
        log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        code = bot.cli.main([])
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    _preload()
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "start":
            pid = os.fork()
            if pid == 0:
                _run_child(argument)
            print(pid, flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(argument), 0)
            print(status, flush=True)


if __name__ == "__main__":
    serve()
