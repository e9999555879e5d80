"""Deterministic generation of invented families (shared by the demo and the synthetic seeds). Pure: no
database. Everything comes from the ``random.Random`` passed in."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from models.text import israeli_id_check_digit
from seeds import reference as ref

# A fixed anchor keeps the data the same from day to day (capped by today: birth dates stay in the past).
ANCHOR = date(2026, 11, 1)


def anchor_date() -> date:
    return min(ANCHOR, date.today())


@dataclass
class GenPerson:
    first_name: str
    last_name: str
    first_name_ar: str
    last_name_ar: str
    first_name_lat: str
    last_name_lat: str
    birth_date: date
    sex: str
    preferred_language: str
    relation: str  # parent | child
    id_number: str = ""
    phones: tuple[str, ...] = ()


@dataclass
class GenFamily:
    family_name: str
    arab: bool
    address: str
    neighbourhood: str
    opened_on: date
    members: list[GenPerson] = field(default_factory=list)


def id_numbers(rng: random.Random, n: int, lo: int, hi: int, exclude: set[str] | frozenset[str] = frozenset()
               ) -> list[str]:
    """``n`` distinct valid Israeli ID numbers whose first eight digits lie in [lo, hi), none in ``exclude``."""
    out: list[str] = []
    seen: set[int] = set()
    while len(out) < n:
        need = n - len(out)
        for first in rng.sample(range(lo, hi), min(hi - lo, need + need // 10 + 10)):
            if first in seen:
                continue
            seen.add(first)
            eight = f"{first:08d}"
            number = eight + israeli_id_check_digit(eight)
            if number in exclude:
                continue
            out.append(number)
            if len(out) == n:
                break
    return out


def phone(rng: random.Random) -> str:
    # The subscriber part starts with 0: such numbers are not allocated (see reference.MOBILE_PREFIXES).
    return f"{rng.choice(ref.MOBILE_PREFIXES)}-0{rng.randrange(1_000_000):06d}"


_JEWISH_TAIL = ref.jewish_tail()
_ARAB_TAIL = ref.arab_tail()
COMMON_NAME_SHARE = 0.45  # the rest of the families get a name of the long tail


def _cumulative(n: int) -> list[float]:
    total, out = 0.0, []
    for rank in range(1, n + 1):  # a Zipf-like spread: the first names of the list are the commonest
        total += rank ** -0.5
        out.append(total)
    return out


_CUM = {n: _cumulative(n) for n in (len(ref.JEWISH_LAST), len(ref.ARAB_LAST))}


def _family_name(rng: random.Random, common: tuple, tail: tuple) -> tuple:
    if rng.random() < COMMON_NAME_SHARE:
        return rng.choices(common, cum_weights=_CUM[len(common)])[0]
    return rng.choice(tail)


def _birth(rng: random.Random, today: date, min_years: float, max_years: float) -> date:
    days = rng.randint(int(min_years * 365.25) + 1, int(max_years * 365.25))
    return today - timedelta(days=days)


def _arab_language(rng: random.Random) -> str:
    return "ar" if rng.random() < 0.6 else "he"


def _jewish_language(rng: random.Random) -> str:
    r = rng.random()
    return "ru" if r < 0.07 else "am" if r < 0.10 else "en" if r < 0.12 else "he"


def make_family(rng: random.Random, today: date, *, latin_share: float = 0.3) -> GenFamily:
    """One invented family: one or two parents and 0-4 children (0-18 years old). ID numbers are left
    empty for the caller to assign."""
    arab = rng.random() < 0.3
    latin = rng.random() < latin_share
    if arab:
        last_he, last_ar, last_lat = _family_name(rng, ref.ARAB_LAST, _ARAB_TAIL)
        females, males = ref.ARAB_FEMALE, ref.ARAB_MALE
    else:
        last_he, last_lat = _family_name(rng, ref.JEWISH_LAST, _JEWISH_TAIL)
        last_ar = ""
        females = tuple((he, "", lat) for he, lat in ref.JEWISH_FEMALE)
        males = tuple((he, "", lat) for he, lat in ref.JEWISH_MALE)
    language = _arab_language(rng) if arab else _jewish_language(rng)

    def person(sex: str, relation: str, born: date, last: tuple[str, str, str]) -> GenPerson:
        he, ar, lat = rng.choice(females if sex == "f" else males)
        return GenPerson(
            first_name=he, last_name=last[0], first_name_ar=ar, last_name_ar=last[1],
            first_name_lat=lat if latin else "", last_name_lat=last[2] if latin else "",
            birth_date=born, sex=sex, preferred_language=language, relation=relation,
        )

    family_last = (last_he, last_ar, last_lat)
    members: list[GenPerson] = []
    two_parents = rng.random() < 0.7
    mother_born = _birth(rng, today, 24, 55)
    if two_parents or rng.random() < 0.8:
        mother_last = family_last
        if arab and rng.random() < 0.5:  # many Arab mothers keep their own family name
            mother_last = _family_name(rng, ref.ARAB_LAST, _ARAB_TAIL)
        members.append(person("f", "parent", mother_born, mother_last))
    if two_parents or not members:
        members.append(person("m", "parent", _birth(rng, today, 25, 60), family_last))
    youngest_parent_age = min((today - m.birth_date).days for m in members) / 365.25
    for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
        oldest = max(0.1, min(18.0, youngest_parent_age - 17))
        members.append(person(rng.choice("fm"), "child", _birth(rng, today, 0.05, oldest), family_last))
    street = rng.choice(ref.STREETS)
    opened = today - timedelta(days=rng.randint(1, 365 * 10))
    return GenFamily(
        family_name=f"משפחת {last_he}",
        arab=arab,
        address=f"רחוב {street} {rng.randint(1, 120)}",
        neighbourhood=rng.choice(ref.NEIGHBOURHOODS),
        opened_on=opened,
        members=members,
    )


def assign_ids_and_phones(rng: random.Random, families: list[GenFamily], numbers: list[str], today: date) -> None:
    """Give every member an ID number from ``numbers`` (in order) and the adults a phone or two."""
    it = iter(numbers)
    for fam in families:
        for m in fam.members:
            m.id_number = next(it)
            if m.relation == "parent":
                m.phones = (phone(rng),) if rng.random() < 0.8 else (phone(rng), phone(rng))
            elif (today - m.birth_date).days > 14 * 365 and rng.random() < 0.5:
                m.phones = (phone(rng),)
