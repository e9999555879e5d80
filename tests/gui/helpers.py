"""GUI test helpers: typing Hebrew, waiting for the operation layer, a slow service."""

from __future__ import annotations

import threading
import time
from typing import Any, TypeVar, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from models.services import Services

S = TypeVar("S")


def type_text(widget, text: str) -> None:
    """qtbot.keyClicks aborts on non-ASCII (Qt's key map is ASCII only): one key event per character."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def settle(qtbot, ops, timeout: int = 10_000) -> None:
    """Wait until every op (and the ops their answers started) has been delivered."""
    qtbot.waitUntil(lambda: not ops.busy, timeout=timeout)


class _SlowService:
    def __init__(self, inner: Any, delay: float, calls: list, intervals: list) -> None:
        self._inner, self._delay, self._calls, self._intervals = inner, delay, calls, intervals

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def slow(*args: Any, **kwargs: Any) -> Any:
            self._calls.append((name, threading.current_thread() is threading.main_thread()))
            start = time.monotonic()
            time.sleep(self._delay)
            self._intervals.append((start, time.monotonic()))
            return attr(*args, **kwargs)

        return slow


def _slow(inner: S, delay: float, calls: list, intervals: list) -> S:
    # the proxy answers every call of ``inner`` (later): it stands for the service it wraps
    return cast(S, _SlowService(inner, delay, calls, intervals))


class SlowServices(Services):
    """The services of one user, each call taking ``delay`` seconds more (a slow network). ``calls`` lists
    (method, ran_on_gui_thread) for every call. A ``Services``: the screens take it where they take the real
    ones."""

    def __init__(self, services: Services, delay: float = 0.5) -> None:  # no __post_init__: wraps, not builds
        self._services = services
        self.db, self.user = services.db, services.user
        self.calls: list[tuple[str, bool]] = []
        self.intervals: list[tuple[float, float]] = []  # (start, end) of each call's wait
        self.families = _slow(services.families, delay, self.calls, self.intervals)
        self.people = _slow(services.people, delay, self.calls, self.intervals)
        self.notes = _slow(services.notes, delay, self.calls, self.intervals)
        self.tasks = _slow(services.tasks, delay, self.calls, self.intervals)
        self.audit = _slow(services.audit, delay, self.calls, self.intervals)
        self.users = _slow(services.users, delay, self.calls, self.intervals)
        self.department = _slow(services.department, delay, self.calls, self.intervals)

    @property
    def gui_thread_calls(self) -> list[str]:
        return [name for name, on_gui in self.calls if on_gui]

    def frozen_calls(self, ticker: Ticker) -> list[tuple[float, float]]:
        """The calls during whose wait the GUI thread handled no timer event at all (the window froze):
        what the tests assert is empty. Unlike a bound on the longest gap between ticks, this does not
        depend on how loaded the machine is (the wait is 500 ms; the timer fires every 20 ms)."""
        watched = [(a, b) for a, b in self.intervals if ticker.started <= a and b <= ticker.stopped]
        return [(a, b) for a, b in watched if not any(a < t < b for t in ticker.times)]


class Ticker:
    """A 20 ms timer counting its ticks: it keeps firing only while the GUI thread is free."""

    def __init__(self, interval_ms: int = 20) -> None:
        self.ticks = 0
        self.times: list[float] = []
        self.started, self.stopped = time.monotonic(), float("inf")
        self.longest_gap = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(interval_ms)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest_gap = max(self.longest_gap, now - self._last)
        self._last = now
        self.times.append(now)
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()
        self.stopped = time.monotonic()
