from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Versioned
from models.people.entities import Person
from models.security import TableSecurity, secured


class FamilyFile(Versioned, Base):
    __tablename__ = "family_files"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status_known"),
        CheckConstraint("(status = 'closed') = (closed_on IS NOT NULL)", name="closed_has_date"),
        Index("ix_family_files_team_status", "team_id", "status"),
        # the list order: family name, then file number (no temporary sort over 100,000 files)
        Index("ix_family_files_sort", "family_name_key", "file_number", "id"),
        {"info": secured(TableSecurity.file_root())},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_number: Mapped[str] = mapped_column(String(12), nullable=False, unique=True)
    family_name: Mapped[str] = mapped_column(String(120), nullable=False)
    family_name_key: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    locality: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    neighbourhood: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    close_reason: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), nullable=False)
    restricted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    members: Mapped[list[FamilyMember]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="FamilyMember.id"
    )


class FamilyMember(Base):
    __tablename__ = "family_members"
    __table_args__ = (
        UniqueConstraint("file_id", "person_id", name="uq_family_members_file_person"),
        CheckConstraint("relation IN ('parent', 'child', 'other')", name="relation_known"),
        # The WITH CHECK requires the linked person to be visible already (revision 0005): linking a
        # person into an own file must not widen what the user reads.
        {"info": secured(TableSecurity.file("file_id", person_column="person_id", delete=True))},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id", ondelete="CASCADE"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False, index=True)
    relation: Mapped[str] = mapped_column(String(10), nullable=False)

    file: Mapped[FamilyFile] = relationship(back_populates="members")
    person: Mapped[Person] = relationship(lazy="joined")


class FileAccess(Base):
    """People named on a restricted file, beyond its assigned worker, the team head and the manager."""

    __tablename__ = "file_access"
    __table_args__ = ({"info": secured(TableSecurity.file("file_id", delete=True))},)

    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class FileNameWord(Base):
    """Each name word of each member of a family file, once per file, with the file's place in the list
    (family_name_key, file_number) (revision 0010): indexed by word and by a word's first one and two letters,
    so the files a word or a short prefix finds come already in list order and the first page of a search
    stops at its last row. Kept by the database (triggers on family_members, person_name_keys and
    family_files). The words are names: no Maane role reads or writes it; the search does (on PostgreSQL the
    definer function maane_search_files)."""

    __tablename__ = "file_name_words"

    file_id: Mapped[int] = mapped_column(ForeignKey("family_files.id", ondelete="CASCADE"), primary_key=True)
    word: Mapped[str] = mapped_column(
        String(80).with_variant(String(80, collation="C"), "postgresql"), primary_key=True
    )
    family_name_key: Mapped[str] = mapped_column(String(120), nullable=False)
    file_number: Mapped[str] = mapped_column(String(12), nullable=False)

    __table_args__ = (
        Index("ix_file_name_words_word", "word", "family_name_key", "file_number", "file_id"),
        Index("ix_file_name_words_letter1", text("substr(word, 1, 1)"), "family_name_key", "file_number", "file_id"),
        Index("ix_file_name_words_letter2", text("substr(word, 1, 2)"), "family_name_key", "file_number", "file_id"),
        {"info": secured(TableSecurity.none())},
    )
