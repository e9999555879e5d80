"""What a write changed, so that every open view showing that data can refresh itself.

A write service returns a DTO; ``Changes.of(result)`` tells which records it touched. Each mutable DTO says
so itself through a ``changes()`` method (a file DTO: its file; a task: its task and its file; ...)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Changes:
    files: frozenset[int] = frozenset()
    persons: frozenset[int] = frozenset()
    notes: frozenset[int] = frozenset()
    tasks: frozenset[int] = frozenset()
    users: frozenset[int] = frozenset()
    referrals: frozenset[int] = frozenset()
    meetings: frozenset[int] = frozenset()  # committee meetings (models.committees)
    clubs: frozenset[int] = frozenset()  # therapeutic clubs whose list, roster, attendance or fees changed
    # the continuum (issue 11): foster referrals, risk reports (and forum meetings: ``forum``), day-care
    # cases (and income tables: ``daycare`` holds the case ids, ``income_tables`` the versions), therapy
    foster: frozenset[int] = frozenset()
    reports: frozenset[int] = frozenset()
    forum: frozenset[int] = frozenset()
    daycare: frozenset[int] = frozenset()
    income_tables: frozenset[int] = frozenset()
    therapy: frozenset[int] = frozenset()

    @classmethod
    def make(cls, *, files: Iterable[int] = (), persons: Iterable[int] = (), notes: Iterable[int] = (),
             tasks: Iterable[int] = (), users: Iterable[int] = (), referrals: Iterable[int] = (),
             meetings: Iterable[int] = (), clubs: Iterable[int] = (), foster: Iterable[int] = (),
             reports: Iterable[int] = (), forum: Iterable[int] = (), daycare: Iterable[int] = (),
             income_tables: Iterable[int] = (), therapy: Iterable[int] = ()) -> Changes:
        return cls(frozenset(files), frozenset(persons), frozenset(notes), frozenset(tasks), frozenset(users),
                   frozenset(referrals), frozenset(meetings), frozenset(clubs), frozenset(foster),
                   frozenset(reports), frozenset(forum), frozenset(daycare), frozenset(income_tables),
                   frozenset(therapy))

    @classmethod
    def of(cls, result: Any) -> Changes:
        """The changes a write's result announces: ``result.changes()``, a Changes, a sequence of either,
        or nothing."""
        if result is None:
            return cls()
        if isinstance(result, Changes):
            return result
        changes = getattr(result, "changes", None)
        if callable(changes):
            out = changes()
            assert isinstance(out, Changes)
            return out
        if isinstance(result, list | tuple):
            total = cls()
            for item in result:
                total = total | cls.of(item)
            return total
        return cls()

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(getattr(self, f.name) | getattr(other, f.name) for f in fields(Changes)))

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(Changes))

    def touches_file(self, file_id: int) -> bool:
        return file_id in self.files
