"""reports.bidi.visual_line: every FriBidi vector, marks, isolates, both base directions, and properties."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reports import bidi
from reports.bidi import visual_line

VECTORS = json.loads((Path(__file__).resolve().parents[2] / "data" / "bidi_vectors.json").read_text("utf-8"))


def test_the_vector_file_has_all_thirty():
    assert VECTORS["generator"].startswith("GNU FriBidi")
    assert len(VECTORS["vectors"]) == 30


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=[v["source"] for v in VECTORS["vectors"]])
def test_fribidi_vector(vector):
    assert visual_line(vector["logical"], vector["base"]) == vector["visual"]


def test_python_bidi_alone_fails_the_bracket_vectors():
    """Why this module exists: python-bidi's get_display leaves brackets unmirrored (11 of the 30)."""
    from bidi import get_display

    failing = [v for v in VECTORS["vectors"]
               if get_display(v["logical"], base_dir="R" if v["base"] == "rtl" else "L") != v["visual"]]
    assert len(failing) == 11
    assert all(any(b in v["logical"] for b in "()[]{}<>") for v in failing)


def test_brackets_mirror_only_in_right_to_left_runs():
    assert visual_line("abc (def) ghi", "ltr") == "abc (def) ghi"
    assert visual_line("abc (def) ghi", "rtl") == "abc (def) ghi"
    assert visual_line("שלום (עולם)", "ltr") == "(םלוע) םולש"
    assert visual_line("see (שלום) here", "ltr") == "see (םולש) here"


def test_explicit_marks_are_removed_and_still_steer_the_order():
    rlm, lrm = "\u200f", "\u200e"
    # a name pasted from WhatsApp with marks around it
    assert visual_line(f"{rlm}דנה לוי{lrm}", "rtl") == "יול הנד"
    # RLE ... PDF and LRE ... PDF embeddings
    assert visual_line("\u202bשלום \u202aabc (x) def\u202c\u202c", "rtl") == "abc (x) def םולש"
    # an isolate (LRI ... PDI) keeps a phone number left to right after Arabic letters
    assert visual_line("ﻫﺎﺗﻒ \u2066050-5550142\u2069", "rtl") == "050-5550142 ﻒﺗﺎﻫ"
    assert not set(visual_line("a\u2067ב\u2069c\u200d", "ltr")) & {"\u2067", "\u2069", "\u200d"}


def test_arabic_digits_after_arabic_letters_follow_the_algorithm():
    """Without an isolate, the dash does not join Arabic numbers: FriBidi's order (the client's too)."""
    assert visual_line("ﻫﺎﺗﻒ 050-5550142", "rtl") == "5550142-050 ﻒﺗﺎﻫ"


def test_left_to_right_base():
    assert visual_line("Family שלום file 12", "ltr") == "Family םולש file 12"
    assert visual_line("ID: 123456782", "ltr") == "ID: 123456782"


def test_trailing_spaces_go_to_the_paragraph_side():
    assert visual_line("abc  ", "rtl") == "  abc"
    assert visual_line("שלום  ", "ltr") == "םולש  "


def test_bad_arguments():
    assert visual_line("") == ""
    with pytest.raises(ValueError):
        visual_line("a\nb")
    with pytest.raises(ValueError):
        visual_line("abc", "up")


HEBREW = st.characters(min_codepoint=0x05D0, max_codepoint=0x05EA)
NEUTRAL = st.sampled_from(list(" .,:;-/'\"()[]{}<>!?%₪"))
ARABIC = st.characters(min_codepoint=0xFE8D, max_codepoint=0xFEF4)
LATIN = st.sampled_from(list("abcdefxyzABCXYZ"))
DIGIT = st.sampled_from(list("0123456789"))
MARK = st.sampled_from(["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069"])


def _unmirror(s: str) -> list[str]:
    """The characters of ``s``, a bracket and its mirror counted as one."""
    return sorted(min(c, bidi._mirror(c)) for c in s)


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(HEBREW, ARABIC, LATIN, DIGIT, NEUTRAL, MARK), max_size=60), st.sampled_from(["rtl", "ltr"]))
def test_a_line_keeps_every_character_but_the_marks(text, base):
    visual = visual_line(text, base)
    kept = [c for c in text if c not in "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069"]
    # the same characters (a bracket may have turned into its mirror)
    assert _unmirror(visual) == _unmirror("".join(kept))


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(HEBREW, ARABIC, NEUTRAL, st.just(" ")), min_size=1, max_size=60))
def test_the_short_way_for_right_to_left_lines_agrees_with_the_whole_way(text):
    classes = [unicodedata.bidirectional(c) for c in text]
    assert visual_line(text, "rtl") == bidi._reorder(text, "rtl", classes)


@settings(max_examples=200, deadline=None)
@given(st.text(st.one_of(LATIN, DIGIT, st.just(" "), st.sampled_from(list(".,:-/"))), max_size=60))
def test_left_to_right_text_in_a_left_to_right_line_is_unchanged(text):
    assert visual_line(text, "ltr") == text
