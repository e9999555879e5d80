"""Several PDFs as one (pypdf): the foster-care referral's package, the referral form first, then the
committee's protocol, then each attached document (an assessment, a medical letter...), in the order given.

No Qt, no database: the parts are bytes. A part that is not a readable PDF raises ValueError saying which
part (counted from 1), so the client can tell the worker which attachment is broken; an encrypted part that
opens with the empty password (many scanners' "protected" PDFs) is taken, any other is refused."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf import PdfReader

__all__ = ["merge_pdfs", "page_count"]


def _reader(part: bytes, number: int) -> PdfReader:  # pypdf imported lazily: the client's start-up
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not isinstance(part, bytes | bytearray) or not bytes(part[:1024]).lstrip().startswith(b"%PDF-"):
        raise ValueError(f"part {number} is not a PDF")
    try:
        reader = PdfReader(io.BytesIO(bytes(part)), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError(f"part {number} is a PDF protected by a password")
        if len(reader.pages) == 0:
            raise ValueError(f"part {number} has no pages")
    except ValueError:
        raise
    except (PdfReadError, OSError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ValueError(f"part {number} is not a readable PDF ({exc})") from exc
    return reader


def page_count(pdf: bytes) -> int:
    """The pages of one PDF (ValueError when it is not a readable PDF)."""
    return len(_reader(pdf, 1).pages)


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    """The pages of every part, one part after the other, as one PDF. At least one part."""
    from pypdf import PdfWriter
    from pypdf.errors import PdfReadError

    if not parts:
        raise ValueError("nothing to merge")
    readers = [_reader(part, n) for n, part in enumerate(parts, 1)]
    writer = PdfWriter()
    for n, reader in enumerate(readers, 1):
        try:
            writer.append(reader)
        except (PdfReadError, OSError, KeyError, TypeError, AttributeError, IndexError) as exc:
            raise ValueError(f"part {n} is not a readable PDF ({exc})") from exc
    writer.add_metadata({"/Creator": "Maane"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
