"""The operation layer: every service call from the client runs here, off the GUI thread.

In the spirit of Anki's ``QueryOp``/``CollectionOp``::

    ops.query(self, lambda: services.tasks.my_open_tasks(), self._show_tasks, failure=self._show_error)
    ops.write(dialog, lambda: services.notes.add(...), dialog.accept, failure=dialog.show_error)

* ``fn`` runs on the pool; ``success(result)`` runs on the GUI thread.
* A ``DomainError`` (refused, invalid, conflict, database unreachable) goes to ``failure`` (the form that
  asked shows it and keeps what the user typed); with no ``failure`` it goes to ``ops.domain_error``, which
  the main window shows as a message.
* Anything else is a bug: it goes to ``sys.excepthook`` (the application's error reporter).
* ``write`` announces what the result changed (``models.changes.Changes.of(result)``) on ``ops.bus``, after
  ``success`` ran; every view that shows that data refreshes itself.
* An op whose ``parent`` widget was deleted before the answer arrived delivers nothing.
* ``key``: a newer op with the same key supersedes an older one still running (its result is dropped), so a
  view that reloads twice shows the answer to the last request.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from models.changes import Changes
from models.errors import DomainError

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """One per signed-in session. ``changed(changes, origin)``: ``origin`` is the widget whose op made the
    change (a view may skip refreshing what it has just shown), or None."""

    changed = Signal(object, object)

    def announce(self, changes: Changes, origin: object = None) -> None:
        if changes:
            self.changed.emit(changes, origin)

    def subscribe(self, receiver: QObject, handler: Callable[[Changes, object], None]) -> None:
        """Call ``handler(changes, origin)`` for every announcement while ``receiver`` (a view) lives."""

        def deliver(changes: Changes, origin: object) -> None:
            if shiboken6.isValid(receiver):
                handler(changes, origin)

        self.changed.connect(deliver)

        def disconnect() -> None:
            with contextlib.suppress(RuntimeError, TypeError):  # the bus went first
                self.changed.disconnect(deliver)

        receiver.destroyed.connect(disconnect)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, the slots run queued on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Op (Python) owns it
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, which decides what is a bug
            self.relay.failed.emit(exc)
            return
        self.relay.done.emit(result)


class Op(QObject):
    """One call in flight. Kept by ``Ops`` until its answer has been delivered."""

    def __init__(self, ops: Ops, parent: QObject | None, fn: Callable[[], Any],
                 success: Callable[[Any], None] | None, failure: Callable[[DomainError], None] | None,
                 announce: bool, key: Hashable | None) -> None:
        super().__init__()
        self._ops, self._parent = ops, parent
        self._success, self._failure = success, failure
        self._announce, self.key = announce, key
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._relay = _Relay()
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._job = _Job(fn, self._relay)

    def _alive(self) -> bool:
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return False
        return not (self.key is not None and self._ops._latest.get(self.key) is not self)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.result = result
        try:
            if self._alive():
                if self._success is not None:
                    self._success(result)
                if self._announce:
                    self._ops.bus.announce(Changes.of(result), self._parent)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        try:
            if not self._alive():
                if not isinstance(exc, DomainError):
                    log.error("error in an op whose view has closed", exc_info=exc)
                return
            if isinstance(exc, DomainError):
                if self._failure is not None:
                    self._failure(exc)
                else:
                    self._ops.domain_error.emit(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.finished = True
        self._ops._finished(self)


class Ops(QObject):
    """The client's operations for one signed-in session: the pool, the change bus, the busy state.

    ``busy_changed(bool)``: some op is running (the window shows a busy cursor). ``domain_error(exc)``: a
    refused op whose caller gave no ``failure``."""

    busy_changed = Signal(bool)
    domain_error = Signal(object)

    def __init__(self, bus: ChangeBus | None = None, pool: QThreadPool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus or ChangeBus(self)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Op] = set()
        self._latest: dict[Hashable, Op] = {}

    def query(self, parent: QObject | None, fn: Callable[[], Any], success: Callable[[Any], None] | None = None,
              *, failure: Callable[[DomainError], None] | None = None, key: Hashable | None = None) -> Op:
        """A read: ``fn`` on the pool, ``success(result)`` on the GUI thread."""
        return self._start(parent, fn, success, failure, announce=False, key=key)

    def write(self, parent: QObject | None, fn: Callable[[], Any], success: Callable[[Any], None] | None = None,
              *, failure: Callable[[DomainError], None] | None = None, key: Hashable | None = None) -> Op:
        """A change: like ``query``, then the result's changes are announced on the bus."""
        return self._start(parent, fn, success, failure, announce=True, key=key)

    def _start(self, parent: QObject | None, fn: Callable[[], Any], success: Callable[[Any], None] | None,
               failure: Callable[[DomainError], None] | None, *, announce: bool, key: Hashable | None) -> Op:
        op = Op(self, parent, fn, success, failure, announce, key)
        if key is not None:
            self._latest[key] = op
        was_idle = not self._running
        self._running.add(op)
        if was_idle:
            self.busy_changed.emit(True)
        self.pool.start(op._job)
        return op

    def _finished(self, op: Op) -> None:
        self._running.discard(op)
        if op.key is not None and self._latest.get(op.key) is op:
            del self._latest[op.key]
        if not self._running:
            self.busy_changed.emit(False)

    def runner(self, parent: QObject | None) -> Callable[[Callable[[], Any], Callable[[Any], None],
                                                          Callable[[Exception], None]], None]:
        """``run(fn, success, failure)`` for helpers that take a plain runner (the lazy table model)."""

        def run(fn: Callable[[], Any], success: Callable[[Any], None], failure: Callable[[Exception], None]) -> None:
            self.query(parent, fn, success, failure=failure)

        return run

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the pool (tests and shutdown); queued deliveries still need the event loop."""
        return self.pool.waitForDone(timeout_ms)
