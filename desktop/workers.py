"""Running a call off the GUI thread (QThreadPool) and getting its result back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread. The worker emits; because the receiver is this QObject (not a bare Python
    callable, which would run in the emitting thread), the slots run queued, on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[Any], None]) -> None:
        super().__init__()
        self._on_done, self._on_failed = on_done, on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc: Any) -> None:
        self._on_failed(exc)


class Job(QRunnable):
    """Runs ``fn()`` on a pool thread; ``on_done(result)`` or ``on_failed(exception)`` then run on the GUI
    thread (where the job was created)."""

    def __init__(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
                 on_failed: Callable[[Any], None]) -> None:
        super().__init__()
        self.fn = fn
        self.relay = _Relay(on_done, on_failed)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, which decides what is a bug
            self.relay.failed.emit(exc)
            return
        self.relay.done.emit(result)


def run_in_pool(fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[Any], None],
                pool: QThreadPool | None = None) -> Job:
    """Start ``fn`` on the pool. Keep the returned job until a callback has run (it owns the relay)."""
    job = Job(fn, on_done, on_failed)
    job.setAutoDelete(False)  # Python owns it
    (pool or QThreadPool.globalInstance()).start(job)
    return job
