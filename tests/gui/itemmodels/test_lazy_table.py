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


def test_pages_fetched_off_the_gui_thread_fill_in_and_stale_answers_are_dropped(qtmodeltester):
    pending: list = []

    def run(fn, success, failure):  # the operation layer, answered when the test says so
        pending.append((fn, success, failure))

    def answer(i: int = 0, error: Exception | None = None) -> None:
        fn, success, failure = pending.pop(i)
        if error is not None:
            failure(error)
        else:
            success(fn())

    model = LazyTableModel(lambda ids: [(i, f"תיק {i}") for i in ids], ["id", "name"],
                           lambda row, col: row[col], run=run)
    changed: list = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.set_ids(list(range(1, 251)))
    assert model.data(model.index(0, 1)) is None and model.loading  # on its way: an empty cell for now
    assert model.data(model.index(5, 1)) is None and len(pending) == 2  # one request per page (and the next)
    answer()
    assert model.data(model.index(5, 1)) == "תיק 6" and changed == [(0, 5)]  # the rows shown empty
    # an answer for a list that was replaced meanwhile is dropped
    model.data(model.index(PAGE_SIZE, 1))
    assert len(pending) == 2  # the second page, and the third read ahead
    model.set_ids([7, 8])
    answer()
    answer()
    assert model.rowCount() == 2 and model.data(model.index(0, 1)) is None
    answer()
    assert model.data(model.index(1, 1)) == "תיק 8"
    # a failed page is not asked for again on every paint, only after refresh()
    errors: list = []
    model.on_fetch_error = errors.append
    model.set_ids([1, 2, 3])
    model.data(model.index(0, 1))
    answer(error=RuntimeError("network"))
    assert model.data(model.index(0, 1)) is None and pending == [] and len(errors) == 1
    model.refresh()
    answer()
    assert model.data(model.index(2, 1)) == "תיק 3"
    qtmodeltester.check(model)


def test_a_page_on_its_way_when_rows_change_shows_the_change(qtmodeltester):
    """refresh() after a change: a page read before the change (here the one read ahead) must not show
    the old rows once it arrives."""
    pending: list = []
    names = {i: f"תיק {i}" for i in range(1, 301)}

    def run(fn, success, failure):  # the operation layer; the query runs now, its answer comes later
        rows = fn()
        pending.append(lambda: success(rows))

    model = LazyTableModel(lambda ids: [(i, names[i]) for i in ids], ["id", "name"], lambda row, col: row[col],
                           run=run)
    model.set_ids(list(range(1, 301)))
    assert model.data(model.index(0, 1)) is None and len(pending) == 2  # the first page, the second read ahead
    pending.pop(0)()
    names[PAGE_SIZE + 1] = "תיק שהשתנה"  # a file of the second page changes while that page is on its way
    model.refresh()
    while pending:
        pending.pop(0)()
    assert model.data(model.index(PAGE_SIZE, 1)) == "תיק שהשתנה"
    assert model.data(model.index(0, 1)) == "תיק 1"
    qtmodeltester.check(model)
