"""Open the client on a database in one state, for screenshots (tools/screenshot runs it under Xvfb):

    python -m tests.screens login|list|file URL [USER PASSWORD [SEARCH]]

``list`` and ``file`` sign in programmatically; ``file`` opens the first file the search finds."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer


def main(argv: list[str]) -> int:
    from desktop.app import build_app

    mode, url = argv[0], argv[1]
    user, password = (argv[2], argv[3]) if len(argv) > 3 else ("dana", "maane-demo")
    search = argv[4] if len(argv) > 4 else ""
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "screens.ini"), QSettings.Format.IniFormat)
    app = build_app(url, settings=settings, lang=os.environ.get("MAANE_LANG", "he"))
    app.finished.connect(app.qapp.exit)
    app.start()
    if mode == "login":
        app.login_dialog.username.setText(user)
        return app.qapp.exec()
    d = app.login_dialog
    d.username.setText(user)
    d.password.setText(password)
    if not d.attempt():
        print(d.error_label.text(), file=sys.stderr)
        return 1
    w = app.main_window
    w.resize(1340, 720)
    w.move(10, 10)
    lst = w.family_list
    if search:
        lst.search_edit.setText(search)
        lst.run_search()
    if mode == "file":
        def open_first(_n: int) -> None:
            if lst.model.rowCount():
                fv = w.open_file(lst.model.id_at(0))
                fv.tabs.setCurrentIndex(1)  # the notes timeline
        lst.search_finished.connect(open_first)
    QTimer.singleShot(0, lambda: None)
    return app.qapp.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
