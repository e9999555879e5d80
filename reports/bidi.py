"""One line of logical text to visual order, as GNU FriBidi does (mirroring on, explicit marks removed).

What python-bidi 0.6 gives and what it does not: its Rust core (the ``unicode-bidi`` crate) resolves the
embedding levels of the Unicode Bidirectional Algorithm in full (explicit embeddings and isolates, weak
types, bracket pairs N0, neutrals, implicit levels), but its ``get_display`` neither mirrors brackets nor
removes explicit marks, and it exposes the levels only in its debug dump (``get_display_inner(text, base,
True)``: the crate's ``BidiInfo``, one level per UTF-8 byte). We read the levels from there and write the
line rules ourselves: L1 (trailing whitespace and separators back to the paragraph level), L2 (reversal),
L4 (mirroring: ``unicodedata.mirrored`` plus python-bidi's BidiMirroring table) and FriBidi's removal of
explicit marks. python-bidi is pinned (<0.7); the vectors of tests/data/bidi_vectors.json and the tests of
isolates and marks fail loudly if its dump ever changes.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bidi.bidi import get_display_inner
from bidi.mirror import MIRRORED

__all__ = ["BidiError", "is_rtl_char", "levels", "visual_line"]

_LEVELS_START = "\n    levels: ["
_LEVELS_END = "\n    ],\n    paragraphs: ["

# Classes FriBidi removes with FRIBIDI_FLAG_REMOVE_BIDI: explicit embeddings/overrides, isolates, BN
# (zero-width and format characters), and the marks LRM, RLM, ALM.
_EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "BN"})
_MARKS = frozenset({"\u200e", "\u200f", "\u061c"})
# L1: reset to the paragraph level at the end of the line: whitespace, isolates and removed controls.
_L1_TRAILING = frozenset({"WS", "LRI", "RLI", "FSI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})

# In a right-to-left paragraph, a line made of these classes only resolves to level 1 throughout.
_ALL_AT_LEVEL_ONE = frozenset({"R", "AL", "WS", "ON", "CS", "ES", "ET", "S", "NSM"})


class BidiError(RuntimeError):
    """python-bidi answered in a form this module does not understand (a changed debug dump)."""


def is_rtl_char(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _mirror(ch: str) -> str:
    if not unicodedata.mirrored(ch):
        return ch
    mirrored: str = MIRRORED.get(ch, ch)
    return mirrored


@lru_cache(maxsize=4096)
def levels(text: str, base: str = "rtl") -> tuple[int, ...]:
    """The resolved embedding level of each character of one paragraph (before the line rules)."""
    if base not in ("rtl", "ltr"):
        raise ValueError(f"base must be 'rtl' or 'ltr', not {base!r}")
    if not text:
        return ()
    dump = get_display_inner(text, "R" if base == "rtl" else "L", True)
    begin = dump.find(_LEVELS_START) if isinstance(dump, str) else -1
    end = dump.find(_LEVELS_END, begin) if begin >= 0 else -1
    if end < 0:
        raise BidiError("python-bidi's debug dump has no levels")
    # the block reads "Level(\n N,\n )," per byte: split on whitespace, every third word is "N,"
    words = dump[begin + len(_LEVELS_START) : end].split()
    n = len(words) // 3
    if len(words) % 3 or words[0::3].count("Level(") != n or words[2::3].count("),") != n:
        raise BidiError("python-bidi's debug dump has levels in an unknown form")
    per_byte = [int(word[:-1]) for word in words[1::3]]
    result: list[int] = []
    pos = 0
    for ch in text:
        if pos >= len(per_byte):
            break
        result.append(per_byte[pos])
        o = ord(ch)
        pos += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
    if len(result) != len(text) or pos != len(per_byte):
        raise BidiError(f"python-bidi gave {len(per_byte)} levels for {len(text.encode('utf-8'))} bytes")
    return tuple(result)


@lru_cache(maxsize=4096)
def visual_line(text: str, base: str = "rtl") -> str:
    """``text``: one line of logical text (Arabic already reshaped); ``base``: "rtl" or "ltr". Returns the line
    in visual order (left to right), brackets mirrored, explicit marks removed."""
    if base not in ("rtl", "ltr"):
        raise ValueError(f"base must be 'rtl' or 'ltr', not {base!r}")
    if "\n" in text or "\r" in text or "\u2029" in text:
        raise ValueError("visual_line takes one line")
    if not text:
        return ""
    classes = [unicodedata.bidirectional(ch) for ch in text]
    if base == "rtl" and _ALL_AT_LEVEL_ONE.issuperset(classes):
        # no left-to-right letter, number or control: every character resolves to level 1 (one reversal)
        return "".join(_mirror(ch) for ch in reversed(text) if ch not in _MARKS)
    return _reorder(text, base, classes)


def _reorder(text: str, base: str, classes: list[str]) -> str:
    """The whole way: levels from python-bidi, then the line rules L1, L2, L4 and the removal of marks."""
    lv = list(levels(text, base))
    base_level = 1 if base == "rtl" else 0
    # L1: segment separators, and whitespace/isolates before them or at the end of the line.
    trailing = True
    for i in range(len(text) - 1, -1, -1):
        cls = classes[i]
        if cls in ("S", "B"):
            lv[i] = base_level
            trailing = True
        elif trailing and cls in _L1_TRAILING:
            lv[i] = base_level
        else:
            trailing = False
    # Drop what FriBidi removes (after the levels are known: removal does not change them).
    kept = [i for i, ch in enumerate(text) if classes[i] not in _EXPLICIT and ch not in _MARKS]
    chars = [_mirror(text[i]) if lv[i] % 2 else text[i] for i in kept]
    kept_levels = [lv[i] for i in kept]
    if not chars:
        return ""
    # Runs of equal level, in logical order.
    runs: list[tuple[int, str]] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or kept_levels[i] != kept_levels[start]:
            runs.append((kept_levels[start], "".join(chars[start:i])))
            start = i
    # L2: from the highest level down to the lowest odd level, reverse every sequence at that level or
    # higher. Done on the runs: their order is reversed level by level, and a run's own characters end up
    # reversed when it was reversed an odd number of times. (With no odd level the reversals cancel out.)
    odd = [level for level in kept_levels if level % 2]
    order = list(range(len(runs)))
    lowest_odd = min(odd) if odd else max(kept_levels) + 1
    for level in range(max(kept_levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if runs[order[i]][0] >= level:
                j = i
                while j < len(order) and runs[order[j]][0] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    parts = []
    for k in order:
        level, run = runs[k]
        parts.append(run[::-1] if level >= lowest_odd and (level - lowest_odd) % 2 == 0 else run)
    return "".join(parts)
