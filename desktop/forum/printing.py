"""The forum's minutes in the print preview: built off the GUI thread from ``services.forum.minutes_form``
(reports/forms/forum_minutes.py lays it out) in the user's language (Hebrew, or Arabic; Hebrew when the
client is in English); a print or a save is recorded through ``services.forum.record_output`` (who, which
meeting's minutes, when)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.messages import message_for
from desktop.ops import Ops
from desktop.printing.jobs import Printed
from desktop.printing.preview import PreviewWindow
from desktop.widgets.dates import fmt_date, ui_language

if TYPE_CHECKING:
    from models.forum.dto import ForumMeetingDTO
    from models.services import Services

FORUM_MINUTES = "forum_minutes"  # reports.forms.FORMS; also what record_output records


def minutes_language(lang: str | None = None) -> str:
    """The minutes' language: the UI's, Hebrew when the UI is in English."""
    lang = lang or ui_language()
    return lang if lang in ("he", "ar") else "he"


def build_minutes(services: Services, meeting_id: int, lang: str) -> Printed:
    """The minutes' PDF (no Qt: runs on the pool)."""
    from reports.forms import FORMS

    data = services.forum.minutes_form(meeting_id)
    return Printed(FORMS[FORUM_MINUTES].build(data, lang), FORUM_MINUTES, ())


class ForumPreview(PreviewWindow):
    """The preview of a meeting's minutes; its print and save are recorded against the meeting."""

    def __init__(self, services: Services, ops: Ops, meeting_id: int, lang: str, parent: QWidget | None = None, *,
                 title: str = "") -> None:
        self.meeting_id, self.lang = meeting_id, lang
        super().__init__(services, ops, lambda: build_minutes(services, meeting_id, lang), parent, title=title)

    def _record(self, kind: str) -> None:
        forum, meeting_id = self.services.forum, self.meeting_id
        self.ops.query(self, lambda: forum.record_output(meeting_id, FORUM_MINUTES, kind),
                       lambda _r: self.output_recorded.emit(kind),
                       failure=lambda exc: self.show_error(message_for(exc)))


def print_minutes(parent: QWidget | None, services: Services, ops: Ops, meeting: ForumMeetingDTO,
                  lang: str | None = None) -> ForumPreview:
    title = QCoreApplication.translate("ForumPrint", "Forum minutes — %1").replace("%1", fmt_date(meeting.held_on))
    # parented to the main window: the preview stays open when the page is replaced
    owner = parent.window() if parent is not None else None
    window = ForumPreview(services, ops, meeting.id, minutes_language(lang), owner, title=title)
    window.show()
    return window
