"""The queue's behaviour: filtering and search (with the search audited once typing has
settled), the selected row shown in the case panel (a logged read), the row count, the
import of a target list, and keeping rows and panel current when a case changes."""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, QTimer
from PySide6.QtWidgets import QWidget

from udsat_desktop.core.danish import one_or_many
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.ui.common.controller import Controller
from udsat_desktop.ui.common.i18n import fill, fmt_number
from udsat_desktop.ui.common.window_face import WindowFace
from udsat_desktop.ui.queue.queue_model import CaseQueueModel
from udsat_desktop.ui.queue.queue_view import QueueView

if TYPE_CHECKING:
    from udsat_desktop.ui.queue.queue_actions import QueueActions

log = logging.getLogger(__name__)

WATCH_MS = 2000  # how often the store is asked whether another process changed it


def _counts(db: Any, case_filter: CaseFilter) -> tuple[int, int]:
    """(all cases, cases matching the filter), counted on a worker."""

    queue = CaseQueue(db)
    total = queue.count()
    return total, total if case_filter.is_empty() else queue.count(case_filter)


class QueueController(Controller):
    def __init__(self, window: WindowFace, model: CaseQueueModel, view: QueueView) -> None:
        super().__init__(window)
        self.model, self.view = model, view
        self.filters, self.table, self.panel = view.filters, view.table, view.panel
        self._last_read: int | None = None
        self._last_search = ""
        self._search_audit_timer = QTimer(self)
        self._search_audit_timer.setSingleShot(True)
        self._search_audit_timer.setInterval(1200)
        self._search_audit_timer.timeout.connect(self._audit_search)
        self.filters.changed.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.panel.cpr_revealed.connect(self._cpr_revealed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        # other processes (a `udsat import` from the command line, a sync run by the CLI)
        # change the store too: the totals follow them
        self._data_version: int | None = self._store_version()
        self._recounting = False
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self.check_for_changes)
        self.watch_timer.start()

    @functools.cached_property
    def actions(self) -> QueueActions:
        """The case panel's data and the import dialog, loaded at first use."""
        from udsat_desktop.ui.queue.queue_actions import (
            QueueActions,
        )  # lazy: launch, SQLAlchemy +2.3 s

        return QueueActions(self)

    # ------------------------------------------------------------------ filters

    def apply_filter(self, case_filter: CaseFilter) -> None:
        self.model.set_filter(case_filter)
        if case_filter.text.strip():
            self._search_audit_timer.start()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def clear_filters(self) -> None:
        f = self.filters
        for widget in (f.search, f.status, f.reviewer, f.unit, f.priority, *f.flags.values()):
            widget.blockSignals(True)
        f.search.clear()
        for combo in (f.status, f.reviewer, f.unit, f.priority):
            combo.setCurrentIndex(0)
        for box in f.flags.values():
            box.setChecked(False)
        for widget in (f.search, f.status, f.reviewer, f.unit, f.priority, *f.flags.values()):
            widget.blockSignals(False)
        self.apply_filter(f.current())

    def refresh(self) -> None:
        self.model.refresh()

    def _update_count(self, *_: object) -> None:
        shown, total = self.model.matches, self.model.total
        if shown == total:
            text = fill(
                one_or_many(total, self.tr("%1 sag"), self.tr("%1 sager")), fmt_number(total)
            )
        else:
            text = fill(
                one_or_many(total, self.tr("Viser %1 af %2 sag"), self.tr("Viser %1 af %2 sager")),
                fmt_number(shown),
                fmt_number(total),
            )
        self.window.count_label.setText(text)

    def check_for_changes(self) -> None:
        """The store changed since the last look (SQLite's data_version, which any commit by
        another connection moves): count again on the worker, and reload the list when the
        counts differ from those shown."""
        version = self._store_version()
        if version is None or version == self._data_version or self._recounting:
            return
        self._data_version = version
        self._recounting = True
        self.runner.start(
            _counts,
            self.db,
            self.model.current_filter,
            on_done=self._recounted,
            on_error=self._recount_failed,
        )

    def _store_version(self) -> int | None:
        return self.db.data_version()

    def _recounted(self, counts: tuple[int, int]) -> None:
        self._recounting = False
        if counts == (self.model.total, self.model.matches):
            return
        current = self.current_case_id()
        self.model.refresh()
        self.after_external_change(current)

    def _recount_failed(self, exc: BaseException) -> None:
        self._recounting = False
        log.warning("recount after an outside change failed: %s", type(exc).__name__)

    def after_external_change(self, current: int | None) -> None:
        """The list was read again: the case that was current stays current."""
        units = self.window.queue.distinct_units()
        combo = self.filters.unit
        known = {combo.itemData(i) for i in range(combo.count())}
        for unit in units:
            if unit not in known:
                combo.addItem(unit, unit)
        if current is not None:
            row = self.model.row_of_case(current)
            if row >= 0:
                self.table.selectRow(row)

    def _audit_search(self) -> None:
        """The search criterion, once typing has settled (not every keystroke)."""
        text = self.model.current_filter.text.strip()
        if text and text != self._last_search:
            self._last_search = text
            # the cases the search showed, so each citizen's access log lists it
            shown = (
                self.model.row_object(r)
                for r in range(min(self.model.rowCount(), audit.SHOWN_CASES_MAX))
            )
            audit.append_now(
                self.db,
                self.profile.user_id,
                "search",
                None,
                text=text,
                matches=self.model.matches,
                cases=audit.case_ids(row.id for row in shown if row is not None),
            )

    # ------------------------------------------------------------------ rows and the panel

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else (rows[0].row() if rows else -1)
        self.show_case_of_row(row)

    def _panel_data(self, case_id: int) -> tuple[Any, Any, Any, dict[str, Any]]:
        """The case panel's data, read by ui/queue/queue_actions.py."""
        return self.actions.panel_data(case_id)

    def show_case_of_row(self, row: int) -> None:
        queue_row = self.model.row_object(row)
        if queue_row is None:
            self.panel.show_case(None)
            return
        detail, consents, versions, extra = self._panel_data(queue_row.id)
        self.panel.show_case(detail, consents, versions=versions, **extra)
        if queue_row.id != self._last_read:  # a read of personal data (DOMAIN.md §4)
            self._last_read = queue_row.id
            audit.append_now(self.db, self.profile.user_id, "case.read", queue_row.id)

    def _activated(self, index: QModelIndex) -> None:
        queue_row = self.model.row_object(index.row())
        if queue_row is not None:
            self.show_case_of_row(index.row())
            self.window.case_opened.emit(queue_row.id)
            self.window.open_review_for(queue_row.id)

    def _cpr_revealed(self, case_id: int) -> None:
        audit.append_now(self.db, self.profile.user_id, "cpr.reveal", case_id)
        log.info("CPR revealed for case id %d", case_id)

    def case_changed(self, case_id: int) -> None:
        """A case changed (review status, signature, correction, consent): its queue row and,
        when it is the one shown, the case panel follow."""
        self.model.update_case(case_id)
        self.refresh_panel(case_id)

    def refresh_panel(self, case_id: int | None = None) -> None:
        case = self.panel.case
        if case is not None and (case_id is None or case.id == case_id):
            detail, consents, versions, extra = self._panel_data(case.id)
            self.panel.show_case(detail, consents, versions=versions, keep_reveal=True, **extra)

    def current_case_id(self) -> int | None:
        """The case of the table's current row, if any."""
        index = self.table.currentIndex()
        row = self.model.row_object(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def selected_case_ids(self) -> list[int]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_object(index.row())
            if row is not None:
                ids.append(row.id)
        return ids

    # ------------------------------------------------------------------ import

    def open_import(self) -> QWidget:
        dialog = self.actions.import_dialog()
        dialog.imported.connect(lambda _summary: self.after_import())
        dialog.setModal(True)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def after_import(self) -> None:
        units = self.window.queue.distinct_units()
        combo = self.filters.unit
        known = {combo.itemData(i) for i in range(combo.count())}
        for unit in units:
            if unit not in known:
                combo.addItem(unit, unit)
        self.model.refresh()
