"""Client measurements for the benchmark, run in a child process (QT_QPA_PLATFORM=offscreen):

  python -m tests.benchmarks.client --measure-startup --database URL
      start the client as `maane` does, up to the login window shown; print MAANE-MEASURE and exit.
  python -m tests.benchmarks.client --measure-family-list --database URL   (user, password on stdin)
      sign in, wait for the family list's first rows, then scroll it to the end one page at a time,
      repainting after each step; print MAANE-MEASURE with the first-rows time and the longest step.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

T0 = time.perf_counter()


def _startup(url: str) -> None:
    from desktop.app import build_app

    app = build_app(url)
    app.start()
    app.qapp.processEvents()
    assert app.state == "login", app.state
    print(f"MAANE-MEASURE login_shown_s={time.perf_counter() - T0:.3f}", flush=True)
    os._exit(0)


def _family_list(url: str) -> None:
    from PySide6.QtWidgets import QAbstractSlider

    from desktop.app import build_app

    user, password = sys.stdin.readline().strip(), sys.stdin.readline().strip()
    app = build_app(url)
    app.start()
    d = app.login_dialog
    d.username.setText(user)
    d.password.setText(password)
    op = d.attempt()  # on the pool: wait for its answer
    while op is not None and not op.finished:
        app.qapp.processEvents()
    if app.main_window is None:
        print("sign-in failed", file=sys.stderr)
        os._exit(2)
    w = app.main_window
    w.resize(1280, 800)
    w.show()
    w.show_families()  # the manager's first section is intake (issue 8): the family list is the second
    lst = w.family_list
    _settle(app, lst)  # the list's own first search, as the window opened
    shown: list[float] = []
    lst.model.modelReset.connect(lambda: shown.append(time.perf_counter()))
    t = time.perf_counter()
    lst.run_search()  # the same search again, as a user would start one: first page, then the whole list
    while not shown and time.perf_counter() < t + 60:
        app.qapp.processEvents()
    lst.table.viewport().repaint()
    first_rows = time.perf_counter() - t
    _settle(app, lst)
    rows = lst.model.rowCount()
    bar = lst.table.verticalScrollBar()
    times: list[float] = []
    while bar.value() < bar.maximum():
        s = time.perf_counter()
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        lst.table.viewport().repaint()
        app.qapp.processEvents()
        times.append(time.perf_counter() - s)
    steps, worst = len(times), max(times, default=0.0)
    print(f"median step {sorted(times)[len(times) // 2] * 1000:.1f} ms", file=sys.stderr)
    print("steps over 40 ms:", [(i, round(x * 1000)) for i, x in enumerate(times) if x > 0.04], file=sys.stderr)
    jump = time.perf_counter()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    lst.table.viewport().repaint()
    jump_s = time.perf_counter() - jump
    print(f"MAANE-MEASURE first_rows_s={first_rows:.3f} rows={rows} scroll_steps={steps} "
          f"worst_step_s={worst:.4f} jump_to_end_s={jump_s:.4f} peak_rss_mb={_peak_rss_mb():.1f}", flush=True)
    os._exit(0)


def _settle(app, lst) -> None:
    deadline = time.perf_counter() + 60
    while lst.searching and time.perf_counter() < deadline:
        app.qapp.processEvents()


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike the rusage a parent reads after fork and exec, it
    does not include the parent's memory)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--measure-startup", action="store_true")
    ap.add_argument("--measure-family-list", action="store_true")
    ap.add_argument("--database", required=True)
    args = ap.parse_args()
    if args.measure_startup:
        _startup(args.database)
    elif args.measure_family_list:
        _family_list(args.database)
    ap.error("choose a measurement")


if __name__ == "__main__":
    main()
