"""Every coded error has a message in Hebrew."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from desktop.messages import message_for
from models import errors

MODELS = Path(__file__).resolve().parents[2] / "models"


def _raised_codes() -> set[tuple[str, str]]:
    """(class, code) of every coded error raised in models/."""
    found = set()
    for path in MODELS.rglob("*.py"):
        for cls, code in re.findall(r"raise (ValidationError)\(\s*\"(\w+)\"", path.read_text(encoding="utf-8")):
            found.add((cls, code))
    return found


def test_every_error_code_has_a_hebrew_message():
    fallback = message_for(errors.DomainError("something_unknown"))
    assert fallback == "הפעולה נכשלה (something_unknown)."
    codes = _raised_codes()
    assert ("ValidationError", "query_too_long") in codes
    for _cls, code in codes:
        text = message_for(errors.ValidationError(code, field="text", max=10, min=8, value="x", path="p", role="r",
                                                  database="maane", encoding="LATIN1", ctype="C", months=24,
                                                  days=5, position=2, age=13, capacity=15, club="מועדונית הגפן",
                                                  count=3, enrolled=12, on="01/09/2027", level=3, table="01/01/2026",
                                                  school_year=2027, maximum=8))
        assert not text.startswith("הפעולה נכשלה"), code
        assert re.search("[א-ת]", text), code
        assert "{" not in text, code
    for exc in (errors.PermissionDenied(action="x"), errors.ConflictError(), errors.NotFound(entity="x", id=1),
                errors.DuplicateSuspected(field="id_number"), errors.AuthenticationFailed(remaining=2),
                errors.AccountLocked(until=datetime(2026, 1, 1, 10, 0, tzinfo=UTC)),
                errors.SchemaMismatch(found="0000", expected="0001"), errors.SchemaMismatch(found=None, expected="0001"),
                errors.DatabaseUnavailable(detail="x"), errors.AuthenticationFailed(reason="no_maane_user", login="u")):
        text = message_for(exc)
        assert re.search("[א-ת]", text) and "{" not in text and not text.startswith("הפעולה נכשלה"), exc.code
    assert "שם המשפחה" in message_for(errors.ValidationError("required", field="family_name"))
