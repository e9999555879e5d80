"""The lazy list model keeps a bounded number of pages and fetches again what it dropped."""

from PySide6.QtCore import Qt

from desktop.itemmodels.lazy_table import MAX_PAGES, PAGE_SIZE, LazyTableModel


def test_scrolling_through_many_rows_keeps_memory_bounded_and_rows_right(qtmodeltester):
    fetched: list[int] = []

    def fetch(ids):
        fetched.append(len(ids))
        return [(i, f"תיק {i}") for i in ids if i % 97]  # every 97th id is hidden from this user

    model = LazyTableModel(fetch, ["id", "name"], lambda row, col: row[col])
    model.set_ids(list(range(1, 20_001)))
    for row in range(0, 20_000, 50):
        model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)
    assert len(fetched) == 20_000 // PAGE_SIZE
    assert len(model._rows) <= MAX_PAGES * PAGE_SIZE
    assert model.data(model.index(0, 1)) == "תיק 1"  # dropped, fetched again
    assert model.data(model.index(96, 1)) is None  # hidden id 97: an empty row, not a crash
    assert len(fetched) == 20_000 // PAGE_SIZE + 1
    qtmodeltester.check(model)
