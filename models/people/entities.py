from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Versioned
from models.security import TableSecurity, secured


class Person(Versioned, Base):
    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("id_kind IN ('il', 'passport', 'none')", name="id_kind_known"),
        CheckConstraint("sex IN ('f', 'm', 'x')", name="sex_known"),
        CheckConstraint("(id_kind = 'none') = (id_number IS NULL)", name="id_number_matches_kind"),
        Index("ix_persons_id_number", "id_kind", "id_number", unique=True),
        Index("ix_persons_sort", "last_name_key", "first_name_key", "id"),
        Index("ix_persons_name_rank", "name_rank", unique=True),
        {"info": secured(TableSecurity.person_root())},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_kind: Mapped[str] = mapped_column(String(10), nullable=False, default="il")
    id_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    first_name: Mapped[str] = mapped_column(String(80), nullable=False)  # Hebrew
    last_name: Mapped[str] = mapped_column(String(80), nullable=False)
    first_name_ar: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    last_name_ar: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    first_name_lat: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    last_name_lat: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="x")
    preferred_language: Mapped[str] = mapped_column(String(8), nullable=False, default="he")
    # Normalised search material (models.text.search_key), maintained by the services.
    first_name_key: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    last_name_key: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    search_key: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # SQLite: the person's place in name order (last, first, id), sparse, and the row id of the trigram
    # index, so that its matches come out already sorted (models.search.assign_name_rank). NULL on PostgreSQL.
    name_rank: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    phones: Mapped[list[PersonPhone]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonPhone.position"
    )


class PersonPhone(Base):
    __tablename__ = "person_phones"
    __table_args__ = ({"info": secured(TableSecurity.person("person_id", delete=True))},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    number: Mapped[str] = mapped_column(String(32), nullable=False)
    digits: Mapped[str] = mapped_column(String(32), nullable=False, index=True)

    person: Mapped[Person] = relationship(back_populates="phones")


class PersonNameKey(Base):
    """One row per normalised name word of a person: the prefix index for queries under 3 letters
    (FTS5 trigram and pg_trgm cannot serve those)."""

    __tablename__ = "person_name_keys"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    # C collation on PostgreSQL so that the range test ``word >= p AND word < p+1`` is a prefix test.
    word: Mapped[str] = mapped_column(
        String(80).with_variant(String(80, collation="C"), "postgresql"), primary_key=True
    )
    # The person's sort keys, copied (revision 0010): with the indexes on a word's first one or two letters
    # they hold every person a 1-2 letter prefix finds already in name order, so a top-50 reads 50 entries
    # (and the visibility of those) instead of sorting every match. Written with the words
    # (models.search.refresh_person_keys, the synthetic seed).
    last_name_key: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    first_name_key: Mapped[str] = mapped_column(String(80), nullable=False, default="")

    __table_args__ = (
        # each word's persons in name order (revision 0010; before, (word, person_id))
        Index("ix_person_name_keys_word", "word", "last_name_key", "first_name_key", "person_id"),
        Index("ix_person_name_keys_letter1", text("substr(word, 1, 1)"), "last_name_key", "first_name_key", "person_id"),
        Index("ix_person_name_keys_letter2", text("substr(word, 1, 2)"), "last_name_key", "first_name_key", "person_id"),
        # derived from persons.search_key (audited there): no audit trigger of its own
        {"info": secured(TableSecurity.person("person_id", delete=True, audit=False))},
    )


class PersonNameWord(Base):
    """Every distinct word of person_name_keys, once (revision 0010): the few words holding a 3+ letter
    query ("כהן": כהן, הכהן, כהנא) are found here through a trigram index on PostgreSQL, then each word's
    persons in name order from ix_person_name_keys_word, merged, so a top-50 stops after 50. Kept by the
    database (a trigger on person_name_keys adds new words; a word no one has any more stays and finds no
    one). The words are names: no Maane role reads or writes this table; only the definer search function
    does."""

    __tablename__ = "person_name_words"

    word: Mapped[str] = mapped_column(
        String(80).with_variant(String(80, collation="C"), "postgresql"), primary_key=True
    )

    __table_args__ = ({"info": secured(TableSecurity.none())},)


class PersonMatchKey(Base):
    """The duplicate check's blocking keys (revision 0015, models.people.duplicates): one row per spelling of
    a person's name ("he", "ar": Arabic script transliterated to Hebrew letters, "lat"), its first and last
    name as consonant skeletons, with the birth date. Written with the other search material
    (models.search.refresh_person_keys, the synthetic seed). Derived from the names (audited in persons): no
    audit trigger of its own; a row is visible iff its person is."""

    __tablename__ = "person_match_keys"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True)
    script: Mapped[str] = mapped_column(String(3), primary_key=True)
    first_key: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    last_key: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        CheckConstraint("script IN ('he', 'ar', 'lat')", name="script_known"),
        Index("ix_person_match_keys_names", "last_key", "first_key"),
        Index("ix_person_match_keys_last_born", "last_key", "birth_date"),
        Index("ix_person_match_keys_first_born", "first_key", "birth_date"),
        {"info": secured(TableSecurity.person("person_id", delete=True, audit=False))},
    )
