"""kill -9 while a person types: at most the last second of typing is lost, the database is
intact, the audit chain verifies, and the next start offers the review back where it was."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.crash.typing_child import FIELD, TEXT
from tests.waiting import poll
from udsat_desktop.store import audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.demo import build_demo
from udsat_desktop.store.queue import CaseFilter, CaseQueue
from udsat_desktop.store.reviews.review_flow import reviews_of_case

ROOT = Path(__file__).resolve().parents[2]
LOSS_WINDOW_S = 1.0


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UDSAT_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def typed_log(path: Path) -> list[tuple[int, float]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            out.append((int(parts[0]), float(parts[1])))
    return out


def kill_once(paths, case_id: int, after_chars: int, log: Path) -> tuple[float, list]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.typing_child", str(paths.data), str(case_id), str(log)],
        env=child_env(),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def typed_enough() -> bool:
        if proc.poll() is not None:
            pytest.fail(f"child ended early: {proc.stderr.read().decode()[-2000:]}")
        entries = typed_log(log)
        return bool(entries) and entries[-1][0] >= after_chars

    try:
        poll(typed_enough, 60)  # the kill point: after so many characters, not after a time
        killed_at = time.monotonic()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()
    return killed_at, typed_log(log)


def check_after_kill(paths, case_id: int, killed_at: float, entries: list) -> str:
    db = Database.open(paths.database, paths.keyinfo, PASSPHRASE)
    try:
        assert db.reader().execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert audit.verify_chain(db) is None
        (review,) = reviews_of_case(db, case_id)
        saved = review.answers.get(FIELD, "")
    finally:
        db.close()
    must_have = max((n for n, t in entries if t <= killed_at - LOSS_WINDOW_S), default=0)
    assert TEXT.startswith(saved), "what was saved is not what was typed"
    assert len(saved) >= must_have, (
        f"lost typing older than {LOSS_WINDOW_S} s: saved {len(saved)} chars, "
        f"{must_have} were typed at least {LOSS_WINDOW_S} s before the kill"
    )
    return saved


def run_campaign(tmp_path, kills: int, seed: int) -> None:
    from udsat_desktop.core.status import Organisation, Role
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import initialise

    paths = resolve(tmp_path / "data").ensure()
    db, _ = initialise(paths, PASSPHRASE, "Karen Holm", "KH", Organisation.BIF, Role.REVIEWER)
    build_demo(db, 50, seed=2)
    case_id = CaseQueue(db).page(CaseFilter(statuses=frozenset({"ny"})), limit=1)[0].id
    db.close()
    rng = random.Random(seed)
    log = tmp_path / "typed.log"
    saved = ""
    for _ in range(kills):
        log.unlink(missing_ok=True)
        after = len(saved) + rng.randint(20, 140)
        killed_at, entries = kill_once(paths, case_id, after, log)
        saved = check_after_kill(paths, case_id, killed_at, entries)
        # the next child continues the same draft: the editor starts from the saved text
    recovered = subprocess.run(
        [sys.executable, "-m", "tests.crash.typing_child", str(paths.data), "--recover"],
        env=child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert recovered.returncode == 0, recovered.stderr[-2000:]
    result = json.loads(recovered.stdout.strip().splitlines()[-1])
    assert result["recovered"] is True
    assert result["section"] == "sagsoplysning" and result["field"] == FIELD
    assert result["text"] == saved


def test_kill_minus_nine_mid_typing_loses_at_most_a_second(tmp_path):
    run_campaign(tmp_path, kills=3, seed=20261124)


@pytest.mark.slow
def test_kill_campaign_long(tmp_path):
    run_campaign(tmp_path, kills=int(os.environ.get("UDSAT_KILLS", "200")), seed=7)
