"""Hypothesis strategies for the reports tests: paragraphs as workers write them."""

from __future__ import annotations

from hypothesis import strategies as st

# Pieces of the paragraphs a worker writes: Hebrew, Arabic, English words, numbers, dates, ID numbers, phones,
# brackets and punctuation.
WORDS = st.sampled_from([
    "ועדה", "לתכניות", "טיפול", "הקטין", "והוריו", "הוזמנו", "מע\"מ", "רח'", "שפ\"ח", "בית-הספר",
    "الطفل", "ووالداه", "مدعوون", "اللجنة", "لخطط", "العلاج", "شيكل", "لا",
    "Dr.", "Cohen", "MRI", "family@example.org", "A1",
    "12", "1,250.50", "17%", "₪", "2026/0457",
])
DATES = st.dates().map(lambda d: d.strftime("%d/%m/%Y"))
IDS = st.integers(1_000_000, 999_999_999).map(lambda n: f"{n:09d}")
PHONES = st.integers(0, 9_999_999).map(lambda n: f"05{n % 10}-{n:07d}")
BRACKETED = st.tuples(WORDS, st.sampled_from(["()", "[]", "{}", "<>", '""'])).map(lambda t: t[1][0] + t[0] + t[1][1])
TOKENS = st.one_of(WORDS, DATES, IDS, PHONES, BRACKETED, st.sampled_from(["-", ":", ",", ".", "?", "!"]))
PARAGRAPHS = st.lists(st.tuples(TOKENS, st.sampled_from([" ", " ", " ", "  ", "\n"])), min_size=1, max_size=80).map(
    lambda items: "".join(t + sep for t, sep in items).rstrip())
