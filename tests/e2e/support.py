"""Helpers of the end-to-end journeys."""

from __future__ import annotations

from tests.support import PASSWORD


def sign_in(qtbot, make_app, world, short: str):
    """The whole client started on ``world``'s database and signed in as ``short``; the app at its main window."""
    app = make_app(world.url)
    app.start()
    d = app.login_dialog
    d.username.setText(world.name(short))
    d.password.setText(PASSWORD)
    d.sign_in_button.click()
    qtbot.waitUntil(lambda: app.state == "main", timeout=10_000)
    return app
