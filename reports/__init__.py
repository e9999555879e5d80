"""PDF forms of the department (reportlab; no Qt, no database): ``build(data, lang) -> bytes`` per form.

Depends on ``models`` DTOs only (import-linter contracts in pyproject.toml). The forms are listed in
``reports.forms.FORMS``; ``batch`` joins several rendered forms into one PDF. reportlab and pypdf are
imported by the modules that use them, not here (start-up of the client)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized

Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The progress callback answered False: the batch stopped."""


def batch(docs: Iterable[bytes], progress: Progress | None = None, total: int | None = None) -> bytes:
    """Several PDFs (for example forms built one by one, lazily by a generator) as one PDF, in order.

    ``progress(done, total)`` is called after each document (``total``: ``len(docs)`` when it has one, else
    the ``total`` given, else 0); when it returns False the batch stops and ``Cancelled`` is raised."""
    import io

    from pypdf import PdfReader, PdfWriter

    if total is None:
        total = len(docs) if isinstance(docs, Sized) else 0
    writer = PdfWriter()
    for done, doc in enumerate(docs, 1):
        writer.append(PdfReader(io.BytesIO(doc)))
        if progress is not None and not progress(done, total):
            raise Cancelled(f"cancelled after {done} of {total}")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
