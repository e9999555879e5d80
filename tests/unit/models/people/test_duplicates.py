"""The duplicate check's normalisation and scoring (models.people.duplicates): realistic pairs that must
match (strong), must be listed, and must not be strong. No database."""

from __future__ import annotations

from datetime import date

import pytest

from models.people import duplicates as dup

BORN = date(2015, 3, 4)


def _names(first: str = "", last: str = "", first_ar: str = "", last_ar: str = "", first_lat: str = "",
           last_lat: str = "") -> tuple[dup.NameKeys, ...]:
    return tuple(dup.person_name_keys(first, last, first_ar, last_ar, first_lat, last_lat))


def probe(*, born: date | None = None, id_number: str | None = None, phones: tuple[str, ...] = (),
          address: str = "", **names: str) -> dup.Probe:
    return dup.Probe(names=_names(**names), birth_date=born, id_kind="il" if id_number else "none",
                     id_number=id_number, phones=frozenset(phones), address=dup.normalise_address(address))


def known(*, born: date | None = None, id_number: str | None = None, phones: tuple[str, ...] = (),
          addresses: tuple[str, ...] = (), **names: str) -> dup.Known:
    return dup.Known(person_id=1, names=_names(**names), birth_date=born, id_kind="il" if id_number else "none",
                     id_number=id_number, phones=frozenset(phones),
                     addresses=frozenset(dup.normalise_address(a) for a in addresses))


@pytest.mark.parametrize(("names", "key"), [
    (("מוחמד", "מחמד", "מוחמאד", "محمد"), "מחמד"),  # full/defective spelling, Arabic in Hebrew letters, Arabic script
    (("עבד אל", "עבדאל", "עבד-אל", "عبد ال"), "עבדל"),  # written apart or together
    (("ג'מילה", "גמילה", "ג׳מילה", "جميلة"), "גמל"),  # geresh of any kind
    (("נועה", "נעה"), "נע"),  # a vav for o, a final ה
    (("ויקטוריה", "ויקטוריא", "ויקטורייה"), "וקתר"),  # final ה/א, double yod
    (("דוד", "דויד", "דוויד"), "ד"),  # double vav
    (("כהן", "כהנ", "כֹּהֵן"), "קנ"),  # final letters, niqqud
    (("Mohammed", "Muhammad", "Mohamad", "MOHAMED"), "mhmd"),
    (("Cohen", "Kohen", "Kohn"), "khn"),
    (("Shapira", "Schapira"), "sbr".replace("b", "p")),
])
def test_spellings_of_one_name_share_a_skeleton(names, key):
    assert {dup.skeleton(n) for n in names} == {key}


def test_arabic_script_is_transliterated_into_the_hebrew_space():
    (k,) = dup.person_name_keys("فاطمة", "خوري")
    assert (k.space, k.arabic, k.first_key, k.last_key) == ("he", True, dup.skeleton("פאטמה"), dup.skeleton("ח'ורי"))
    (lat,) = dup.person_name_keys("", "", first_name_lat="Fatma", last_name_lat="Khoury")
    assert lat.space == "lat"


# (what was typed, who is known, the reason the name must give)
MUST_BE_STRONG = [
    (dict(first="מחמד", last="חדאד", born=BORN), dict(first="מוחמד", last="חדאד", born=BORN), "name_variant"),
    (dict(first="מוחמאד", last="חדאד", born=BORN), dict(first="מחמד", last="חדאד", born=BORN), "name_variant"),
    (dict(first="محمد", last="حداد", born=BORN), dict(first="מוחמד", last="חדאד", born=BORN), "name_arabic"),
    (dict(first="מוחמד", last="חדאד", born=BORN),
     dict(first="מחמוד", last="חדד", first_ar="محمد", last_ar="حداد", born=BORN), "name_arabic"),
    (dict(first_lat="Mohammed", last_lat="Haddad", born=BORN),
     dict(first="מוחמד", last="חדאד", first_lat="Muhammad", last_lat="Haddad", born=BORN), "name_latin"),
    (dict(first="דוד", last="Cohen", first_lat="David", last_lat="Cohen", born=BORN),
     dict(first="דויד", last="כהן", first_lat="David", last_lat="Kohen", born=BORN), "name_latin"),
    (dict(first="ג'מילה", last="עבד אל כרים", born=BORN), dict(first="גמילה", last="עבדאלכרים", born=BORN), "name"),
    (dict(first="ויקטוריא", last="אזולאי", born=BORN), dict(first="ויקטוריה", last="אזולאי", born=BORN),
     "name_variant"),
    (dict(first="חים", last="זילבמן", born=BORN), dict(first="חיים", last="זילברמן", born=BORN), "name_variant"),
    (dict(first="נעה", last="לוי", phones=("0501234567",)), dict(first="נועה", last="לוי", phones=("0501234567",)),
     "name_variant"),
]


@pytest.mark.parametrize(("typed", "existing", "reason"), MUST_BE_STRONG)
def test_the_same_person_spelt_otherwise_is_a_strong_candidate(typed, existing, reason):
    v = dup.score(probe(**typed), known(**existing))
    assert v.strong, v
    assert v.score >= 80
    assert reason in v.reasons
    assert ("birth_date" in v.reasons) == ("born" in typed)


def test_the_same_id_number_is_strong_whatever_the_name():
    v = dup.score(probe(first="אחר", last="לגמרי", id_number="000000018"),
                  known(first="מרים", last="כהן", id_number="000000018", born=BORN))
    assert (v.score, v.strong, v.reasons[0]) == (100, True, "id_number")


def test_a_near_birth_date_lists_the_candidate_without_making_it_strong():
    swapped = date(2015, 4, 3)  # day and month swapped
    for born in (swapped, date(2015, 3, 6), date(2015, 1, 1)):
        v = dup.score(probe(first="מוחמד", last="חדאד", born=born), known(first="מחמד", last="חדאד", born=BORN))
        assert not v.strong
        assert "birth_date_near" in v.reasons
        assert v.score >= dup.MIN_SCORE


MUST_NOT_BE_STRONG = [
    # Mohammed and Mahmoud: one skeleton, two names
    (dict(first="מוחמד", last="חדאד", born=BORN), dict(first="מחמוד", last="חדאד", born=BORN)),
    # siblings: same surname, address and phone, other first names and birth dates
    (dict(first="נועה", last="כהן", born=date(2016, 5, 1), phones=("0501234567",), address="רחוב הדקל 1"),
     dict(first="מיכל", last="כהן", born=date(2013, 2, 9), phones=("0501234567",), addresses=("רחוב הדקל 1",))),
    # twins Hasan and Husein: one skeleton, two names
    (dict(first="חסן", last="עבאס", born=BORN), dict(first="חוסיין", last="עבאס", born=BORN)),
    # twins David and Dana
    (dict(first="דוד", last="לוי", born=BORN), dict(first="דנה", last="לוי", born=BORN)),
    # Yosef and Yossi are two people
    (dict(first="יוסף", last="פרץ", born=BORN), dict(first="יוסי", last="פרץ", born=BORN)),
    # Samir and Shamir
    (dict(first="סמיר", last="חלבי", born=BORN), dict(first="שמיר", last="חלבי", born=BORN)),
]


@pytest.mark.parametrize(("typed", "existing"), MUST_NOT_BE_STRONG)
def test_other_people_are_not_strong(typed, existing):
    v = dup.score(probe(**typed), known(**existing))
    assert not v.strong, v
    assert not any(r.startswith("name") for r in v.reasons), v


@pytest.mark.parametrize(("typed", "existing"), [
    # father and son of one name
    (dict(first="משה", last="כהן", born=date(2010, 7, 7)), dict(first="משה", last="כהן", born=date(1979, 7, 7))),
    # the same name and birth date, but another ID number
    (dict(first="משה", last="כהן", born=BORN, id_number="000000018"),
     dict(first="משה", last="כהן", born=BORN, id_number="000000026")),
])
def test_the_same_name_is_not_enough(typed, existing):
    v = dup.score(probe(**typed), known(**existing))
    assert not v.strong, v
    assert "name" in v.reasons


def test_a_clearly_different_birth_date_lowers_the_score():
    same = dup.score(probe(first="משה", last="כהן", born=BORN), known(first="משה", last="כהן", born=BORN))
    none = dup.score(probe(first="משה", last="כהן"), known(first="משה", last="כהן", born=BORN))
    other = dup.score(probe(first="משה", last="כהן", born=date(1979, 1, 5)), known(first="משה", last="כהן", born=BORN))
    assert same.score > none.score > other.score


def test_the_same_address_raises_the_score():
    typed = probe(first="משה", last="כהן", address="רחוב  הדקל 1")
    there = dup.score(typed, known(first="משה", last="כהן", addresses=("רחוב הדקל, 1",)))
    elsewhere = dup.score(typed, known(first="משה", last="כהן", addresses=("רחוב האלון 3",)))
    assert there.score == elsewhere.score + dup.ADDRESS_POINTS
    assert "address" in there.reasons and "address" not in elsewhere.reasons


def test_birth_relations():
    assert dup.birth_relation(BORN, BORN) == "same"
    assert dup.birth_relation(BORN, date(2015, 4, 3)) == "near"
    assert dup.birth_relation(BORN, date(2015, 3, 1)) == "near"
    assert dup.birth_relation(BORN, date(2015, 3, 14)) == "different"
    assert dup.birth_relation(date(2015, 1, 1), BORN) == "near"  # the 1st of January for an unknown day
    assert dup.birth_relation(None, BORN) == ""
    assert dup.near_dates(date(2015, 3, 3)) == []  # the same day and month: nothing to swap
    assert dup.near_dates(date(2015, 3, 14)) == []  # no 14th month


def test_match_key_rows_one_per_distinct_spelling():
    rows = dup.match_key_rows(7, ("מוחמד", "חדאד", "محمد", "حداد", "Muhammad", "Haddad"), BORN)
    # the Arabic spelling gives the Hebrew one's keys: one row for both
    assert [(r["script"], r["first_key"], r["last_key"]) for r in rows] == [
        ("he", "מחמד", "חד"), ("lat", "mhmd", "hd")]
    assert dup.match_key_rows(7, ("", "", "", "", "", ""), None) == []
