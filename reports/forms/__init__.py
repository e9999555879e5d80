"""The department's forms: ``FORMS`` names each form's module (``build(data, lang) -> bytes``), for the
command line's list; ``merge`` joins several PDFs into one (batch printing), with progress and cancel.

PLACEHOLDER of the client-side work (issue 7, "In the client"): the forms engine proper comes from its own
branch; this keeps the same names so the client and its tests run until it lands."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType

from reports.forms import family_summary


@dataclass(frozen=True)
class Form:
    name: str
    title: str  # English, for the command line's list
    module: ModuleType


FORMS: dict[str, Form] = {
    "family_summary": Form("family_summary", "Family file summary (members, address, worker, open tasks, "
                           "chosen signed notes)", family_summary),
}

Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


def merge(parts: Iterable[bytes]) -> bytes:
    """Several PDFs as one, in order."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(io.BytesIO(part))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def batch(jobs: Sequence[Callable[[], bytes]], progress: Progress | None = None) -> bytes | None:
    """Run each job (one form's PDF) and join them; ``progress(done, total)`` after each (and once before
    the first, with 0), False from it cancels: then None."""
    total = len(jobs)
    if progress is not None and not progress(0, total):
        return None
    parts = []
    for i, job in enumerate(jobs, 1):
        parts.append(job())
        if progress is not None and not progress(i, total):
            return None
    return merge(parts)
