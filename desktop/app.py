"""The composition root of the desktop client: Qt application, fonts, translations, the error hook, the
start-up flow (database -> login -> main window). No global singletons: what a widget needs is passed in."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.resources import fonts_dir, translations_dir
from models.address import DatabaseAddress

log = logging.getLogger("maane")

APP_NAME = "Maane"
ORG_NAME = "Maane"
RTL_LANGUAGES = frozenset({"he", "ar"})
LANGUAGES = ("he", "ar", "en")
FONT_FAMILIES = ["Noto Sans Hebrew", "Noto Sans", "Noto Sans Arabic"]
EXIT_SCHEMA_MISMATCH = 3
EXIT_NO_DATABASE = 4


# ---- fonts and translations ------------------------------------------------------------------------------
def load_fonts(folder: Path | None = None) -> list[str]:
    """Register the shipped fonts (the wheels carry none); return the families loaded."""
    families: list[str] = []
    for path in sorted((folder or fonts_dir()).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def set_default_font(app: QApplication, point_size: float | None = None) -> None:
    """The shipped families at the system's font size (what the user chose in Windows or the desktop), so
    the interface follows it; ``point_size`` overrides it (tests)."""
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    if point_size is not None:
        font.setPointSizeF(point_size)
    elif font.pointSizeF() <= 0:  # a platform that reports pixels only
        font.setPointSizeF(10.0)
    app.setFont(font)


def install_translators(app: QCoreApplication, lang: str, qm_dir: Path | None = None) -> list[QTranslator]:
    """Qt's own strings (qtbase_<lang>.qm: OK/Cancel) and ours (maane_<lang>.qm). A missing file is not an
    error: the client then speaks the English source strings."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"maane_{lang}", str(qm_dir or translations_dir()))):
        t = QTranslator(app)
        if t.load(name, folder):
            app.installTranslator(t)
            installed.append(t)
        else:
            log.info("no translation %s in %s", name, folder)
    return installed


def ui_locale(lang: str) -> QLocale:
    """The locale of the interface: the language's month and day names, with Latin digits everywhere (dates,
    counts, ID numbers read the same in tables and editors). Qt's Arabic of Israel (ar_IL) writes
    Arabic-Indic digits (٢٨/١١/٢٠٢٦, ١٢٬٣٤٥) with no option to change that. Of Qt's Arabic locales, ar_EH
    alone has the very same month and day names as ar_IL with Latin digits, a comma between thousands and a
    full stop for decimals, as Israel writes them (ar_LY/ar_MA/ar_TN write 12.345); it is a formatting
    choice only, never shown (tests/gui/widgets/test_dates.py checks it)."""
    if lang == "he":
        return QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel)
    if lang == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.WesternSahara)
    return QLocale(QLocale.Language.English, QLocale.Country.Israel)


def apply_language(app: QApplication, lang: str, qm_dir: Path | None = None) -> list[QTranslator]:
    QLocale.setDefault(ui_locale(lang))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    return install_translators(app, lang, qm_dir)


# ---- the error hook ------------------------------------------------------------------------------------
class ErrorReporter(QObject):
    """Unexpected exceptions (bugs) from the GUI thread and from other threads: logged, then a calm dialog
    with the details to copy. The client stays up."""

    _report = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.last_details = ""
        self.box: QMessageBox | None = None
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _hook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.report(exc_type, exc, tb)

    def _thread_hook(self, args) -> None:
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(self, exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        self._report.emit(details)  # queued: shown on the GUI thread

    def _show(self, details: str) -> None:
        self.last_details = details
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Maane — unexpected error"),
                          self.tr("Something went wrong inside Maane. Your work so far was not lost; you can "
                                  "continue working. Please send the details below to the system "
                                  "administrator."), QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(details)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setObjectName("errorBox")
        self.box = box
        box.open()


def setup_logging() -> Path | None:
    try:
        from models.settings import data_dir

        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "maane.log"
        logging.basicConfig(filename=str(path), level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        return path
    except OSError:
        logging.basicConfig(level=logging.INFO)
        return None


# ---- the application ------------------------------------------------------------------------------------
def create_qapplication(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("")
    from desktop.style import apply_style

    apply_style(app)  # words on dialog buttons, no stock icons
    return app


class MaaneApp(QObject):
    """The start-up flow as a small state machine tests can drive: ``start()`` opens the database (or the
    connection dialog, or the schema-mismatch message), then the login dialog, then the main window.
    ``finished(exit_code)`` fires when the client should end."""

    finished = Signal(int)
    state_changed = Signal(str)

    def __init__(self, qapp: QApplication, address: DatabaseAddress | str | None = None, *,
                 settings: QSettings | None = None, lang: str | None = None, qm_dir: Path | None = None) -> None:
        super().__init__(qapp)
        self.qapp = qapp
        self.cli_address = address  # --database (parsed by settings.resolve_address in start())
        self.settings = settings or QSettings()
        self.lang = lang or os.environ.get("MAANE_LANG") or str(self.settings.value("ui/language", "he"))
        if self.lang not in LANGUAGES:
            self.lang = "he"
        self.fonts = load_fonts()
        set_default_font(qapp)
        self.translators = apply_language(qapp, self.lang, qm_dir)
        self.address: DatabaseAddress | None = None
        self.ops = None  # desktop.ops.Ops for the connection checks, made when first needed
        self.db = None
        self.session = None
        self.connection_dialog = None
        self.login_dialog = None
        self.mismatch_box: QMessageBox | None = None
        self.main_window = None
        self.ops = None
        self.exit_code: int | None = None
        self.state = "new"
        qapp.lastWindowClosed.connect(self._last_window_closed)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # ---- start-up ------------------------------------------------------------------------------------
    def start(self) -> None:
        from models.errors import ValidationError
        from models.settings import default_address, resolve_address

        try:
            address = resolve_address(self.cli_address)
        except ValidationError as exc:  # a setting or flag that names no database: let the user choose one
            self.address = default_address()
            self.show_connection_dialog(exc)
            return
        self.try_connect(address)

    def try_connect(self, address: DatabaseAddress, *, remember: bool = False) -> bool:
        """Check ``address`` (SQLite: the file and its schema; PostgreSQL: the server answers; the login
        connects with the staff member's own credentials), then show the login. Failure shows the matching
        dialog. At start-up, before any window exists, this runs on the GUI thread; the connection dialog's
        retry runs it on the pool (``retry``)."""
        from models.errors import DatabaseUnavailable, SchemaMismatch, ValidationError

        self.address = address
        try:
            check_database(address)
        except SchemaMismatch as exc:
            self._close_connection_dialog()
            self.show_schema_mismatch(exc)
            return False
        except (DatabaseUnavailable, ValidationError) as exc:
            self.show_connection_dialog(exc)
            return False
        self._connected(address, remember=remember)
        return True

    def retry(self, address: DatabaseAddress):
        """The connection dialog's Retry: the check runs off the GUI thread; the dialog shows it is busy."""
        from desktop.ops import Ops
        from models.errors import SchemaMismatch

        d = self.connection_dialog
        if self.ops is None:
            self.ops = Ops(parent=self)
            self.ops.busy_changed.connect(self._checks_idle)
        self.address = address
        if d is not None:
            d.set_busy(True)

        def failed(exc) -> None:
            if self.exit_code is not None:  # the user quit while the check ran
                return
            if isinstance(exc, SchemaMismatch):
                self._close_connection_dialog()
                self.show_schema_mismatch(exc)
            else:
                self.show_connection_dialog(exc)

        return self.ops.query(d, lambda: check_database(address),
                              lambda _r: self._connected(address, remember=True), failure=failed)

    def _checks_idle(self, busy: bool) -> None:
        """No check running (also after a bug went to the error hook): the dialog takes input again."""
        if not busy and self.connection_dialog is not None:
            self.connection_dialog.set_busy(False)

    def _connected(self, address: DatabaseAddress, *, remember: bool) -> None:
        if self.exit_code is not None:  # the user quit while the check ran
            return
        self.address = address
        if remember:
            from models.settings import remember_address

            remember_address(address)
        self._close_connection_dialog()
        self.show_login()

    def show_connection_dialog(self, error) -> None:
        from desktop.login import ConnectionDialog

        if self.connection_dialog is None:
            self.connection_dialog = ConnectionDialog(self.address, error)
            self.connection_dialog.retry_requested.connect(self.retry)
            self.connection_dialog.rejected.connect(lambda: self.finish(EXIT_NO_DATABASE))
        else:
            self.connection_dialog.set_error(error)
        self.connection_dialog.show()
        self._set_state("connection")

    def _close_connection_dialog(self) -> None:
        if self.connection_dialog is not None:
            d, self.connection_dialog = self.connection_dialog, None
            d.rejected.disconnect()
            d.hide()
            d.deleteLater()

    def show_schema_mismatch(self, exc) -> None:
        from desktop.messages import message_for

        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Maane — database of another version"),
                          message_for(exc), QMessageBox.StandardButton.Close)
        box.setObjectName("schemaMismatchBox")
        box.finished.connect(lambda _r: self.finish(EXIT_SCHEMA_MISMATCH))
        self.mismatch_box = box
        box.show()
        self._set_state("schema_mismatch")

    def show_login(self) -> None:
        from desktop.login import LoginDialog

        d = LoginDialog(self.address, self.db)
        d.signed_in.connect(self.open_main_window)
        d.rejected.connect(lambda: self.finish(0))
        self.login_dialog = d
        d.show()
        self._set_state("login")
        QTimer.singleShot(300, _preload)  # after the first paint

    def open_main_window(self, session) -> None:
        from desktop.login import describe_database
        from desktop.main_window import MainWindow
        from desktop.ops import Ops
        from models.services import Services

        self.session = session
        if self.login_dialog is not None:
            self.login_dialog.rejected.disconnect()
            self.login_dialog.deleteLater()
            self.login_dialog = None
        self.ops = Ops()  # one per signed-in window: its change bus, its busy state
        w = MainWindow(Services(session.db, session.user), self.ops, describe_database(session.address), self.settings)
        w.sign_out_requested.connect(self.sign_out)
        self.main_window = w
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        w.show()
        if w.family_list is not None:
            w.family_list.run_search()
            w.family_list.focus_search()
        # Everything loaded so far (Qt, SQLAlchemy, the domain) lives as long as the client: take it out of
        # the garbage collector's full passes, which otherwise stall scrolling now and then (up to 80 ms).
        gc.collect()
        gc.freeze()
        self._set_state("main")

    def _last_window_closed(self) -> None:
        if self.state == "main":
            self.finish(0)

    def sign_out(self) -> None:
        w = self.main_window
        self.main_window = None
        self._set_state("signing_out")
        if w is not None:
            w.save_state()
            w.hide()
            w.deleteLater()
        self._drain_ops()
        if self.session is not None and self.session.db is not self.db:
            self.session.db.dispose()
        self.session = None
        self.show_login()

    def _drain_ops(self) -> None:
        """Let the calls still running finish before their database is closed (their answers go nowhere:
        the views that asked are gone)."""
        if self.ops is not None:
            self.ops.wait(10_000)
            self.ops = None

    def finish(self, code: int) -> None:
        if self.exit_code is not None:
            return
        self.exit_code = code
        self._set_state("finished")
        if self.main_window is not None:
            self.main_window.save_state()
        self.finished.emit(code)

    def shutdown(self) -> None:
        """Close windows and the database (tests call this; main() too)."""
        for w in (self.main_window, self.login_dialog, self.connection_dialog, self.mismatch_box):
            if isinstance(w, QWidget):
                w.hide()
                w.deleteLater()
        self.main_window = self.login_dialog = self.connection_dialog = self.mismatch_box = None
        self._drain_ops()
        if self.session is not None and self.session.db is not self.db:
            self.session.db.dispose()
        if self.db is not None:
            self.db.dispose()
        self.db = self.session = None


def check_database(address: DatabaseAddress) -> None:
    """Can the client use the database at ``address``? SQLite: the file and its schema revision, with the
    standard library (SQLAlchemy loads while the user types). PostgreSQL: the server answers (the login
    connects with the staff member's own credentials)."""
    from models.settings import preflight_sqlite

    if address.is_sqlite:
        preflight_sqlite(address)
    else:
        probe_postgres(address)


def probe_postgres(address: DatabaseAddress, timeout: float = 3.0) -> None:
    """Does the PostgreSQL server answer? (A TCP connect: the real login needs the user's credentials.)"""
    import socket

    from models.errors import DatabaseUnavailable

    try:
        with socket.create_connection((address.host, address.port), timeout=timeout):
            pass
    except OSError as exc:
        text = exc.strerror or str(exc) or type(exc).__name__
        if isinstance(exc, socket.gaierror):
            text = f"could not translate host name: {text}"
        elif isinstance(exc, TimeoutError):
            text = f"timed out: {text}"
        raise DatabaseUnavailable.from_driver(f"{address.host}:{address.port}: {text}") from exc


def _preload() -> None:
    """Import the domain while the user types the password (keeps the login window quick to appear)."""
    import models.services  # noqa: F401


def build_app(address: DatabaseAddress | str | None = None, *, argv: list[str] | None = None,
              settings: QSettings | None = None, lang: str | None = None, qm_dir: Path | None = None) -> MaaneApp:
    qapp = create_qapplication(argv)
    return MaaneApp(qapp, address, settings=settings, lang=lang, qm_dir=qm_dir)


def main(address: DatabaseAddress | None = None) -> int:
    """The desktop client. ``address``: from --database (None: MAANE_DATABASE_URL, the settings file or
    the default SQLite file)."""
    setup_logging()
    maane = build_app(address)
    reporter = ErrorReporter(maane)
    reporter.install()
    maane.finished.connect(maane.qapp.exit)
    maane.qapp.setQuitOnLastWindowClosed(False)
    maane.start()
    code = maane.exit_code if maane.exit_code is not None else maane.qapp.exec()
    maane.shutdown()
    reporter.uninstall()
    return int(code)
