"""What the area controllers use of the main window, declared below them: `WindowFace` (the
main window's base class) names the window's data, its sync, its queue model and the other
controllers the areas call, typed by small protocols, so that `ui/common/controller.py` and the
controllers need not import `ui/main_window.py`, which imports them (no loop, not even a
type-only one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.store.db import Database
from udsat_desktop.store.queue import CaseQueue, Profile
from udsat_desktop.ui.common.lock import LockController
from udsat_desktop.ui.common.tasks import TaskRunner


class SyncFace(Protocol):
    """The background sync (ui/team/sync_ui.py `SyncController`)."""

    @property
    def share(self) -> Path | None: ...

    def sync_now(self) -> bool: ...

    def update_status(self, problem: str = "") -> None: ...


class ModelFace(Protocol):
    """The queue's table model (ui/queue/queue_model.py)."""

    def refresh(self) -> None: ...


class QueueFace(Protocol):
    """The queue controller (ui/queue/queue_controller.py)."""

    def current_case_id(self) -> int | None: ...

    def selected_case_ids(self) -> list[int]: ...

    def case_changed(self, case_id: int) -> None: ...

    def refresh_panel(self, case_id: int | None = None) -> None: ...

    def after_import(self) -> None: ...


class ReviewFace(Protocol):
    """The review controller (ui/review/review_controller.py)."""

    @property
    def library(self) -> Any: ...

    def _warn_claim_clashes(self, case_keys: list[str]) -> None: ...


class SigningFace(Protocol):
    """The signing controller (ui/review/signing_controller.py)."""

    def ask_key_passphrase(self) -> str | None: ...


class WindowFace(QMainWindow):
    """The main window as its controllers see it; `MainWindow` fills it in."""

    db: Database
    profile: Profile
    paths: AppPaths
    runner: TaskRunner
    queue: CaseQueue
    model: ModelFace
    count_label: QLabel
    sync: SyncFace
    locker: LockController
    queue_ctrl: QueueFace
    review_ctrl: ReviewFace
    signing_ctrl: SigningFace
    _reviewer_names: dict[str, str]
    case_opened: SignalInstance

    def reviewer_label(self, user_id: str | None) -> str:
        raise NotImplementedError

    def learn_names(self) -> None:
        raise NotImplementedError

    def open_review_for(self, case_id: int) -> QWidget | None:
        raise NotImplementedError
