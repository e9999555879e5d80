"""Referrals for the intake screens' tests, registered through the service as the intake worker."""

from __future__ import annotations

from datetime import date, timedelta

from models.intake.dto import ReferralDTO, ReferralInput, Referrer
from tests.support import World


def referral(world: World, *, days_ago: int = 0, urgency: str = "routine", source: str = "school",
             person: str = "cohen_child", relation: str = "child", problem: str = "היעדרויות חוזרות מבית הספר",
             who: str = "intake") -> ReferralDTO:
    svc = world.services(who).intake
    return svc.create(ReferralInput(
        received_on=date.today() - timedelta(days=days_ago), channel="phone", source=source,
        referrer=Referrer("מורה לדוגמה", "מחנכת", "בית ספר הגפן", "08-6000000") if source not in ("self", "anonymous")
        else Referrer(),
        problem=problem, urgency=urgency, existing=((world.persons[person], relation),)))


def confirm(box) -> None:
    """Click the question's "yes" button (the one with the accept role)."""
    yes = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    yes.click()


def closed(dialog) -> bool:
    """The dialog went away after its save (dialogs delete themselves when closed)."""
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def error_of(dialog) -> object:
    import shiboken6

    return dialog.last_error if shiboken6.isValid(dialog) else None
