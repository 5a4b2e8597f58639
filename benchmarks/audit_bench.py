"""Audit and lock figures: verify a chain of N entries (default 1,000,000), and lock/unlock
the window (unlock = deriving the key from the passphrase with scrypt and comparing).

    python benchmarks/audit_bench.py [N]   (prints one JSON line)
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from udsat_desktop.core.status import Organisation, Role
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store import audit
    from udsat_desktop.store.lifecycle import initialise

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    paths = resolve(Path(tempfile.mkdtemp(prefix="udsat-audit-bench-"))).ensure()
    passphrase = "bench-passphrase-1"
    db, profile = initialise(
        paths, passphrase, "Bench Mærk", "BM", Organisation.BIF, Role.COORDINATOR
    )
    con = db.reader()
    prev = con.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = prev[0] if prev else audit.GENESIS
    started = time.perf_counter()
    batch = []
    con.execute("BEGIN")
    for i in range(n):  # realistic entries: reads, searches, saves
        action = ("case.read", "review.save", "search", "cpr.reveal")[i % 4]
        at = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T10:{i % 60:02d}:00.{i % 999999:06d}+00:00"
        details = json.dumps(
            {"fields": ["timer_pr_uge"]} if action == "review.save" else {}, sort_keys=True
        )
        digest = hashlib.sha256(
            (prev_hash + audit._content(at, profile.user_id, action, i % 2737, details)).encode(
                "utf-8"
            )
        ).hexdigest()
        batch.append((at, profile.user_id, action, i % 2737, details, prev_hash, digest))
        prev_hash = digest
        if len(batch) == 50_000:
            con.executemany(
                "INSERT INTO audit_log (at, user_id, action, case_id, details, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            batch.clear()
    if batch:
        con.executemany(
            "INSERT INTO audit_log (at, user_id, action, case_id, details, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            batch,
        )
    con.execute("COMMIT")
    build_s = time.perf_counter() - started
    total = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    started = time.perf_counter()
    broken = audit.verify_chain(db)
    verify_s = time.perf_counter() - started
    assert broken is None, broken

    from PySide6.QtWidgets import QApplication

    from udsat_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(db, profile, paths)
    window.show()
    app.processEvents()
    locks, unlocks = [], []
    for _ in range(5):
        started = time.perf_counter()
        window.locker.lock()
        app.processEvents()
        locks.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assert window.locker.try_unlock(passphrase)
        app.processEvents()
        unlocks.append((time.perf_counter() - started) * 1000)
    window.close()
    db.close()
    print(
        json.dumps(
            {
                "entries": total,
                "build_s": round(build_s, 1),
                "verify_s": round(verify_s, 2),
                "lock_ms": round(sorted(locks)[2], 1),
                "unlock_ms": round(sorted(unlocks)[2], 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
