"""The retention worker: purges expired rows (bot.storage.retention) every hour, a bounded
number of small batches per round, so a large backlog drains without long pauses."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.background import WorkLoop
from bot.storage.database import Database
from bot.storage.retention import DEFAULT_BATCH, PurgeReport, purge_expired

log = logging.getLogger(__name__)

ROUND_EVERY_SECONDS = 3600.0
BATCHES_PER_ROUND = 40


class RetentionWorker:
    def __init__(self, db: Database, *, max_age: timedelta, clock: Callable[[], datetime],
                 batch: int = DEFAULT_BATCH) -> None:
        self.db = db
        self.max_age = max_age
        self.clock = clock
        self.batch = batch
        self._loop = WorkLoop("retention", self.purge_round, clock=clock,
                              idle=ROUND_EVERY_SECONDS)

    async def run(self) -> None:
        await self._loop.run()

    async def purge_round(self) -> PurgeReport:
        report = await purge_expired(self.db, self.clock(), self.max_age, self.batch,
                                     max_batches=BATCHES_PER_ROUND)
        if report.total:
            log.info("retention purged %s", ", ".join(
                f"{count} {name}" for name, count in report.deleted.items() if count))
        if report.total >= self.batch * BATCHES_PER_ROUND:
            self._loop.wake()  # more is due: go on after a breath
        return report
