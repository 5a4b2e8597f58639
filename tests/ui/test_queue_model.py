from __future__ import annotations

from PySide6.QtCore import Qt

from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.ui.queue.queue_model import CaseQueueModel, Col, RowRole, SortRole


def test_model_passes_qtmodeltester(qtmodeltester, demo_db):
    model = CaseQueueModel(CaseQueue(demo_db))
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    model.set_filter(CaseFilter(text="a"))
    qtmodeltester.check(model, force_py=True)


def test_lazy_fetching_reaches_every_row(demo_db):
    model = CaseQueueModel(CaseQueue(demo_db))
    model.refresh()
    assert model.rowCount() == CaseQueueModel.FIRST_PAGE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.matches == 400
    assert len({model.data(model.index(r, 0), RowRole).id for r in range(400)}) == 400


def test_a_view_taller_than_the_first_page_fetches_the_next_by_itself(qtbot, demo_db):
    """A search reads only the first page; a table showing more rows than that (a tall 4K
    window) is filled without any scrolling, and the filter's rows stay in order."""
    from PySide6.QtWidgets import QTableView

    model = CaseQueueModel(CaseQueue(demo_db))
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, view.verticalHeader().defaultSectionSize() * (CaseQueueModel.FIRST_PAGE + 40))
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() > CaseQueueModel.FIRST_PAGE)
    names = [model.data(model.index(r, 0), RowRole).name for r in range(model.rowCount())]
    assert names == [r.name for r in CaseQueue(demo_db).page(CaseFilter(), limit=len(names))]


def test_roles_give_raw_values_and_masked_cpr(demo_db):
    model = CaseQueueModel(CaseQueue(demo_db))
    model.refresh()
    row = model.data(model.index(0, Col.NAME), RowRole)
    cpr_text = model.data(model.index(0, Col.CPR))
    assert cpr_text == row.cpr[:6] + "-xxxx"
    assert model.data(model.index(0, Col.PRIORITY), SortRole) in (1, 2, 3)


def test_sorting_by_header_reorders(demo_db):
    model = CaseQueueModel(CaseQueue(demo_db))
    model.refresh()
    model.sort(Col.PCT, Qt.SortOrder.DescendingOrder)
    values = [model.data(model.index(r, Col.PCT), SortRole) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_a_new_filter_counts_only_its_matches_and_an_import_counts_all(demo_db, monkeypatch):
    """Each keystroke of a search is a new filter: it counts the matches, not every case
    again (a scan of the whole table); a refresh after an import counts them all."""
    queue = CaseQueue(demo_db)
    model = CaseQueueModel(queue)
    model.refresh()
    counted: list[CaseFilter] = []
    real = queue.count

    def count(f: CaseFilter | None = None) -> int:
        counted.append(f or CaseFilter())
        return real(f or CaseFilter())

    monkeypatch.setattr(queue, "count", count)
    for text in ("a", "an", "ann"):
        model.set_filter(CaseFilter(text=text))
    assert [f.text for f in counted] == ["a", "an", "ann"]
    assert model.total == 400 and 0 < model.matches < 400
    counted.clear()
    model.refresh()  # e.g. after an import: the total is counted again
    assert CaseFilter() in counted and model.total == 400


def test_a_sort_before_the_first_refresh_reads_nothing_but_orders_it(demo_db, monkeypatch):
    """The header sorts twice while the window is built (issue 34: three first-page queries at
    launch): the order is kept for the first refresh, which is the only query."""
    queue = CaseQueue(demo_db)
    model = CaseQueueModel(queue)
    pages: list[str] = []
    real = queue.page

    def page(*args: object, **kwargs: object) -> object:
        pages.append("page")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(queue, "page", page)
    model.sort(Col.PCT, Qt.SortOrder.DescendingOrder)
    assert pages == [] and model.rowCount() == 0
    model.refresh()
    assert pages == ["page"]
    values = [model.data(model.index(r, Col.PCT), SortRole) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    model.sort(Col.PCT, Qt.SortOrder.AscendingOrder)  # once shown, a sort reads again
    assert pages == ["page", "page"]
