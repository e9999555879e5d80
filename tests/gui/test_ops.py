"""The operation layer: results on the GUI thread, errors sorted by whose fault, changes announced."""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.ops import Ops
from models.changes import Changes
from models.errors import ConflictError
from models.tasks.dto import TaskDTO


def _task(task_id: int = 7, file_id: int = 3) -> TaskDTO:
    return TaskDTO(id=task_id, version=1, file_id=file_id, file_number="2025/1", title="t", due_date=None,
                   assignee_id=1, assignee_name="x", done=True)


def test_result_arrives_on_the_gui_thread_and_changes_are_announced(qtbot):
    ops = Ops()
    w = QWidget()
    qtbot.addWidget(w)
    seen: dict = {}
    announced: list = []
    ops.bus.changed.connect(lambda ch, origin: announced.append((ch, origin)))
    op = ops.write(w, lambda: (seen.setdefault("worker", threading.current_thread()), _task())[1],
                   lambda r: seen.setdefault("gui", threading.current_thread()))
    qtbot.waitUntil(lambda: op.finished)
    assert seen["worker"] is not threading.main_thread()
    assert seen["gui"] is threading.main_thread()
    assert announced == [(Changes.make(files=(3,), tasks=(7,)), w)]


def test_gui_keeps_running_during_a_slow_call(qtbot):
    ops = Ops()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    op = ops.query(None, lambda: time.sleep(0.5) or 42)
    qtbot.waitUntil(lambda: op.finished, timeout=3000)
    timer.stop()
    assert op.result == 42
    assert len(ticks) >= 10  # the event loop kept turning while the service worked


def test_domain_error_goes_to_the_form_and_nothing_is_announced(qtbot):
    ops = Ops()
    errors: list = []
    announced: list = []
    ops.bus.changed.connect(lambda *a: announced.append(a))

    def refuse():
        raise ConflictError(entity="tasks", id=1)

    op = ops.write(None, refuse, lambda r: errors.append("success?"), failure=errors.append)
    qtbot.waitUntil(lambda: op.finished)
    assert len(errors) == 1 and isinstance(errors[0], ConflictError)
    assert announced == []


def test_domain_error_without_a_form_goes_to_the_window(qtbot):
    ops = Ops()
    with qtbot.waitSignal(ops.domain_error) as blocker:
        ops.query(None, lambda: (_ for _ in ()).throw(ConflictError()))
    assert isinstance(blocker.args[0], ConflictError)


def test_a_bug_goes_to_the_exception_hook(qtbot, monkeypatch):
    ops = Ops()
    hooked: list = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: hooked.append(e))
    op = ops.query(None, lambda: 1 / 0, lambda r: None, failure=lambda e: hooked.append("form"))
    qtbot.waitUntil(lambda: op.finished)
    assert len(hooked) == 1 and isinstance(hooked[0], ZeroDivisionError)


def test_closed_view_gets_nothing_and_newer_request_wins(qtbot):
    ops = Ops()
    got: list = []
    w = QWidget()
    op = ops.query(w, lambda: time.sleep(0.1) or 1, got.append)
    w.deleteLater()
    qtbot.waitUntil(lambda: op.finished)
    assert got == []

    first = ops.query(None, lambda: time.sleep(0.2) or "old", got.append, key="reload")
    second = ops.query(None, lambda: "new", got.append, key="reload")
    qtbot.waitUntil(lambda: first.finished and second.finished)
    assert got == ["new"]
    assert not ops.busy
