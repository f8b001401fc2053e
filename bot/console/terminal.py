"""Reading typed lines: prompt_toolkit on a terminal, plain lines from a pipe."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Protocol

from prompt_toolkit.completion import Completer


class LineInput(Protocol):
    async def read(self, prompt: str) -> str | None:
        """The next line without its newline; None at end of input (Ctrl-D)."""
        ...


class _Output:
    closed = False  # the reader went away (`storyline console | head`): time to stop


def output_closed() -> bool:
    return _Output.closed


def write_line(text: str) -> None:
    # sys.stdout is looked up on every call: prompt_toolkit swaps it while a prompt shows.
    if _Output.closed:
        return
    try:
        print(text, file=sys.stdout, flush=True)
    except BrokenPipeError:
        _Output.closed = True
        # Later writes, including the interpreter's own flush at exit, go nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


class PromptToolkitInput:
    def __init__(self, completer: Completer) -> None:
        from prompt_toolkit import PromptSession

        self._session: PromptSession[str] = PromptSession(
            completer=completer, complete_while_typing=True, reserve_space_for_menu=4)

    async def read(self, prompt: str) -> str | None:
        while True:
            try:
                return await self._session.prompt_async(prompt)
            except EOFError:
                return None
            except KeyboardInterrupt:
                continue  # Ctrl-C clears the line, as in a shell


class PlainInput:
    """Lines from stdin read on a daemon thread, so a blocked read never holds up exit."""

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        threading.Thread(target=self._pump, name="console-stdin", daemon=True).start()

    def _pump(self) -> None:
        for line in sys.stdin:
            self._loop.call_soon_threadsafe(self._lines.put_nowait, line.rstrip("\r\n"))
        self._loop.call_soon_threadsafe(self._lines.put_nowait, None)

    async def read(self, prompt: str) -> str | None:
        if output_closed():
            return None
        with contextlib.suppress(BrokenPipeError):
            sys.stdout.write(prompt)
            sys.stdout.flush()
        line = await self._lines.get()
        if line is None:
            write_line("")
        return line


@asynccontextmanager
async def line_input(make_completer: Callable[[], Completer], *, interactive: bool
                     ) -> AsyncIterator[LineInput]:
    """prompt_toolkit when stdin and stdout are a terminal; background output is printed
    above the prompt instead of through it."""
    if not interactive:
        yield PlainInput()
        return
    from prompt_toolkit.patch_stdout import patch_stdout

    with patch_stdout(raw=True):
        yield PromptToolkitInput(make_completer())
    with contextlib.suppress(Exception):
        sys.stdout.flush()
