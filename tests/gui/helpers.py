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
    def __init__(self, inner: Any, delay: float, calls: list) -> None:
        self._inner, self._delay, self._calls = inner, delay, calls

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def slow(*args: Any, **kwargs: Any) -> Any:
            self._calls.append((name, threading.current_thread() is threading.main_thread()))
            time.sleep(self._delay)
            return attr(*args, **kwargs)

        return slow


def _slow(inner: S, delay: float, calls: list) -> S:
    # the proxy answers every call of ``inner`` (later): it stands for the service it wraps
    return cast(S, _SlowService(inner, delay, calls))


class SlowServices(Services):
    """The services of one user, each call taking ``delay`` seconds more (a slow network). ``calls`` lists
    (method, ran_on_gui_thread) for every call. A ``Services``: the screens take it where they take the real
    ones."""

    def __init__(self, services: Services, delay: float = 0.5) -> None:  # no __post_init__: wraps, not builds
        self._services = services
        self.db, self.user = services.db, services.user
        self.calls: list[tuple[str, bool]] = []
        self.families = _slow(services.families, delay, self.calls)
        self.people = _slow(services.people, delay, self.calls)
        self.notes = _slow(services.notes, delay, self.calls)
        self.tasks = _slow(services.tasks, delay, self.calls)
        self.audit = _slow(services.audit, delay, self.calls)
        self.users = _slow(services.users, delay, self.calls)

    @property
    def gui_thread_calls(self) -> list[str]:
        return [name for name, on_gui in self.calls if on_gui]


class Ticker:
    """A 20 ms timer counting its ticks: it keeps firing only while the GUI thread is free."""

    def __init__(self, interval_ms: int = 20) -> None:
        self.ticks = 0
        self.longest_gap = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(interval_ms)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest_gap = max(self.longest_gap, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()
