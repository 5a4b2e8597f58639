"""A first ingest of a big share (issue 31, item 7): verified in worker processes with the same
verdicts as one by one, kept in batches of one transaction each, told as it goes ("n af N, ca.
X min tilbage" on stderr), cancelled by Ctrl-C with what was verified kept, and resumed by the
next ingest after a cancel or a kill: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from tests.sync.conftest import enrol, team_copy, team_of
from tests.waiting import wait_until
from udsat_desktop.core.status import CaseStatus
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync import ingest as ingest_mod
from udsat_desktop.sync.ingest import ingest

REVIEWS = 24


@pytest.fixture(scope="session")
def big_share_template(tmp_path_factory, team_template):
    """Anna's REVIEWS signed reviews on the share, the coordinator enrolled and nothing
    ingested yet; made once per session."""
    root = tmp_path_factory.mktemp("big-share-template")
    with pytest.MonkeyPatch.context() as mp:
        _share, kk, aa, _bb = team_copy(root, mp, team_template)
        kk.run("demo", "--cases", str(REVIEWS))
        aa.run("demo", "--cases", str(REVIEWS))
        enrol(kk, aa)
        db, profile = aa.open()
        try:
            build_demo_reviews(
                db, REVIEWS, profile.user_id, bundled_library(), seed=7, all_ready=True
            )
        finally:
            db.close()
        assert aa.run("sign", "--ready")[0] == 0
        code, report = aa.run("sync")
        assert code == 0 and report["pending"] == 0, report
    total = sum(1 for _ in (root / "share" / "records").rglob("*.json"))
    assert total >= 16
    return root, total


@pytest.fixture
def big_share(tmp_path, monkeypatch, team_template, big_share_template):
    root, total = big_share_template
    share, kk, _aa, _bb = team_of(root, tmp_path, monkeypatch, team_template[1])
    return share, kk, total


def stored(kk) -> dict[str, object]:
    """What the coordinator's store holds of the ingest: each review's verdict, how many
    'ingest' audit entries each review has, the stored summaries, the synced cases."""
    db, _ = kk.open()
    try:
        con = db.reader()
        verdicts = dict(con.execute("SELECT review_key, verdict FROM ingested_record"))
        audited: dict[str, int] = {}
        for (details,) in con.execute("SELECT details FROM audit_log WHERE action = 'ingest'"):
            review = json.loads(details)["review"]
            audited[review] = audited.get(review, 0) + 1
        pdfs = {k for (k,) in con.execute("SELECT review_key FROM signed_pdf")}
        synced = {
            k
            for (k,) in con.execute(
                'SELECT c.case_key FROM "case" c JOIN ingested_record r ON r.case_key = c.case_key '
                "WHERE c.status = ?",
                (CaseStatus.SYNCED.value,),
            )
        }
        cases = {
            k
            for (k,) in con.execute(
                'SELECT c.case_key FROM "case" c JOIN ingested_record r ON r.case_key = c.case_key'
            )
        }
        return {
            "verdicts": verdicts,
            "audited": audited,
            "pdfs": pdfs,
            "synced": synced,
            "cases": cases,
        }
    finally:
        db.close()


def assert_whole(kk, total: int) -> None:
    """Every review once: ingested, trusted, audited once, its summary kept, its case synced."""
    got = stored(kk)
    assert len(got["verdicts"]) == total
    assert set(got["verdicts"].values()) == {"TRUSTED"}, got["verdicts"]
    assert got["audited"] == {k: 1 for k in got["verdicts"]}  # nothing twice
    assert got["pdfs"] == set(got["verdicts"])
    assert got["synced"] == got["cases"] and len(got["cases"]) == total


def assert_consistent(kk) -> int:
    """After a cancel or a kill: every review in the store is whole (its summary kept, its
    case synced, audited once), none half. Returns how many there are."""
    got = stored(kk)
    assert got["audited"] == {k: 1 for k in got["verdicts"]}
    assert got["pdfs"] == set(got["verdicts"])
    assert got["synced"] == got["cases"]  # each kept review's case has taken it
    return len(got["verdicts"])


def test_worker_processes_give_the_same_verdicts_as_one_by_one(big_share, tmp_path):
    share, kk, total = big_share
    copy = tmp_path / "KK-alone"
    import shutil

    shutil.copytree(kk.data, copy)
    reports = {}
    for label, data, workers in (("alone", copy, 1), ("pool", kk.data, 2)):
        from tests.sync.conftest import PASS
        from udsat_desktop.platform.paths import resolve
        from udsat_desktop.store.lifecycle import open_existing

        paths = resolve(data)
        db, profile = open_existing(paths, PASS)
        try:
            reports[label] = ingest(db, paths, profile, share, workers=workers).to_json()
        finally:
            db.close()
    for report in reports.values():
        report.pop("seconds")
    assert reports["pool"] == reports["alone"]
    assert reports["pool"]["new"] == total and reports["pool"]["ok"]


def test_a_cancelled_ingest_keeps_what_it_verified_and_the_next_goes_on(big_share, monkeypatch):
    share, kk, total = big_share
    monkeypatch.setattr(ingest_mod, "BATCH", 5)
    told: list[tuple[int, int, float | None]] = []
    from tests.sync.conftest import PASS
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing

    paths = resolve(kk.data)
    db, profile = open_existing(paths, PASS)
    try:
        first = ingest(
            db,
            paths,
            profile,
            share,
            progress=lambda done, of, left: told.append((done, of, left)),
            cancelled=lambda: bool(told) and told[-1][0] >= 10,
        )
    finally:
        db.close()
    assert first.cancelled and first.to_read == total
    assert 10 <= first.handled < total and first.new == first.handled
    assert told[0][:2] == (0, total) and all(t[1] == total for t in told)
    assert [t[0] for t in told] == sorted(t[0] for t in told)
    assert assert_consistent(kk) == first.handled
    code, second = kk.run("ingest")
    assert code == 0, second
    assert (second["new"], second["unchanged"], second["cancelled"]) == (
        total - first.handled,
        first.handled,
        False,
    )
    assert_whole(kk, total)


# batches of 2, each told at once and kept 0.2 s later (a slow share's pace), so that a
# progress line comes while most of the ingest is still ahead, however fast the checks are
CHILD = """
import sys, time
from udsat_desktop import cli_sync
from udsat_desktop.store import ingest_batch
from udsat_desktop.sync import ingest
ingest.BATCH = 2
cli_sync.PROGRESS_EVERY_S = 0.0
_keep = ingest_batch.store_ingested_batch
def _slow(*args, **kwargs):
    time.sleep(0.2)
    return _keep(*args, **kwargs)
ingest_batch.store_ingested_batch = _slow
from udsat_desktop.cli import main
sys.argv = ["udsat", *sys.argv[1:]]
sys.exit(main(None if sys.argv[1] == "--apart" and sys.argv.pop(1) else sys.argv[1:]))
"""


def start_ingest(kk, *, apart: bool) -> subprocess.Popen[str]:
    """`udsat ingest` in its own process: through `run_apart` as from a shell, or the
    command in the process itself."""
    args = [sys.executable, "-c", CHILD, *(["--apart"] if apart else [])]
    return subprocess.Popen(
        [*args, "--data-dir", str(kk.data), "ingest"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )


def wait_for_progress(proc: subprocess.Popen[str], total: int) -> list[str]:
    """The progress lines on stderr, until one says some (not all) are done."""
    lines: list[str] = []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append(line)
        if line.startswith("Indlæser: ") and not line.startswith("Indlæser: 0 af"):
            done = int(line.split()[1].replace(".", ""))
            if 0 < done < total:
                return lines
    pytest.fail(f"no progress line before the end: {lines}")


def test_the_cli_tells_how_far_it_got_and_ctrl_c_keeps_it(big_share):
    _share, kk, total = big_share
    proc = start_ingest(kk, apart=False)
    lines = wait_for_progress(proc, total)
    assert lines[0] == f"Indlæser: 0 af {total}\n"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    kept = assert_consistent(kk)
    assert 0 < kept < total
    assert f"Afbrudt: {kept} af {total} poster er kontrolleret og gemt" in out
    assert "Traceback" not in err
    code, report = kk.run("ingest")
    assert code == 0 and (report["new"], report["unchanged"]) == (total - kept, kept)
    assert_whole(kk, total)


def test_ctrl_c_at_a_shell_ends_udsat_ingest_and_the_next_goes_on(big_share):
    """Through `run_apart` (the command in a child process, Ctrl-C passed on): exit 130 within
    its grace, the store whole, and the next ingest takes the rest."""
    _share, kk, total = big_share
    proc = start_ingest(kk, apart=True)
    wait_for_progress(proc, total)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err
    wait_until(lambda: _no_writer(kk), 30, "the store free again")  # a child left behind
    kept = assert_consistent(kk)
    code, report = kk.run("ingest")
    assert code == 0 and (report["new"], report["unchanged"]) == (total - kept, kept)
    assert_whole(kk, total)


def _no_writer(kk) -> bool:
    try:
        stored(kk)
    except Exception:  # a store still locked by a process left behind
        return False
    return True


def test_a_killed_ingest_loses_at_most_the_batch_in_flight(big_share):
    _share, kk, total = big_share
    proc = start_ingest(kk, apart=False)
    lines = wait_for_progress(proc, total)
    told = int(lines[-1].split()[1])
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    kept = assert_consistent(kk)
    assert kept >= told  # what was told as kept is kept
    code, report = kk.run("ingest")
    assert code == 0 and (report["new"], report["unchanged"]) == (total - kept, kept), report
    assert_whole(kk, total)


def test_the_worker_module_loads_neither_the_store_nor_qt():
    probe = (
        "import sys, udsat_desktop.reports.verify_pool; "
        "print([m for m in ('sqlalchemy', 'PySide6', 'udsat_desktop.sync', "
        "'udsat_desktop.store') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


def test_the_estimate_follows_the_recent_rate():
    from udsat_desktop.core.estimate import Estimate, progress_text

    estimate = Estimate(1000)
    assert estimate.seconds_left(0.0, 0) is None
    assert estimate.seconds_left(10.0, 100) == pytest.approx(90.0)  # 10 a second
    assert estimate.seconds_left(50.0, 200) == pytest.approx(320.0)  # lately 2.5 a second
    assert progress_text(1200, 20000, 250.0) == "1.200 af 20.000, ca. 4 min tilbage"
    assert progress_text(5, 20000, None) == "5 af 20.000"
    assert progress_text(19990, 20000, 12.0) == "19.990 af 20.000, under 1 min tilbage"


def test_the_window_shows_progress_and_its_cancel_keeps_what_was_verified(
    big_share, qtbot, monkeypatch
):
    """Team → Indlæs teamets gennemgange: a progress dialog with "n af N"; a mouse click on
    its Cancel button stops the ingest, the result says how far it got, and the store is
    whole; the next ingest takes the rest."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from udsat_desktop.store.queue import reviewer_labels
    from udsat_desktop.ui.main_window import MainWindow

    _share, kk, total = big_share
    monkeypatch.setattr(ingest_mod, "BATCH", 2)
    real = ingest_mod._verdict

    def paced(item):  # the check as it is, at the pace of a loaded machine (the point)
        import time

        time.sleep(0.15)
        return real(item)

    monkeypatch.setattr(ingest_mod, "_verdict", paced)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    db, profile = kk.open()
    try:
        main = MainWindow(db, profile, kk.paths, reviewer_names=reviewer_labels(db))
        qtbot.addWidget(main)
        with qtbot.waitActive(main):
            main.show()
            main.activateWindow()
        main.sync.timer.stop()
        shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(main.table, Qt.Key.Key_I, shortcut)
        dialog = main.team_ctrl.ingest_progress
        qtbot.waitUntil(lambda: dialog.value() >= 2, timeout=60000)
        assert dialog.maximum() == total
        assert dialog.labelText().startswith(f"{dialog.value()} af {total} poster kontrolleret")
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Annullér"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=60000)
        kept = assert_consistent(kk)
        assert 0 < kept < total
        assert shown[0].startswith(f"Afbrudt: {kept} af {total} poster er kontrolleret og gemt")
        main.close()
    finally:
        db.close()
    monkeypatch.setattr(ingest_mod, "_verdict", real)
    code, report = kk.run("ingest")
    assert code == 0 and (report["new"], report["unchanged"]) == (total - kept, kept)
    assert_whole(kk, total)


def refusal_rows(kk) -> set[str]:
    db, _ = kk.open()
    try:
        return {p for (p,) in db.reader().execute("SELECT path FROM share_refusal")}
    finally:
        db.close()


def test_remembered_refusals_of_records_gone_from_the_share_are_forgotten(team):
    share, kk, _aa, _bb = team
    assert kk.run("sync")[0] == 0
    folder = share / "records" / "2026" / "12"
    folder.mkdir(parents=True)
    for n in range(6):
        (folder / f"R-FFFF{n:08X}.json").write_bytes(b"not a record %d" % n)
    kk.run("ingest")
    junk = {f"records/2026/12/R-FFFF{n:08X}.json" for n in range(6)}
    assert refusal_rows(kk) >= junk
    (folder / "R-FFFF00000002.json").unlink()
    (folder / "R-FFFF00000004.json").unlink()
    _code, again = kk.run("ingest")
    assert again["known_refusals"] == 4, again
    left = refusal_rows(kk)
    assert junk - left == {
        "records/2026/12/R-FFFF00000002.json",
        "records/2026/12/R-FFFF00000004.json",
    }
    assert left & junk == junk - {
        "records/2026/12/R-FFFF00000002.json",
        "records/2026/12/R-FFFF00000004.json",
    }
    # a file back under a forgotten name is read (and refused) anew, not taken as known
    (folder / "R-FFFF00000002.json").write_bytes(b"junk again")
    _code, third = kk.run("ingest")
    assert [p[0] for p in third["problems"] if p[0].startswith("R-FFFF")] == ["R-FFFF00000002.json"]
    assert "records/2026/12/R-FFFF00000002.json" in refusal_rows(kk)


WORKER_FORBIDDEN = ("sqlalchemy", "alembic", "sqlcipher3", "PySide6", "shiboken6", "faker")
WORKER_OUR_FORBIDDEN = ("udsat_desktop.store", "udsat_desktop.flows", "udsat_desktop.ui")


def test_a_worker_opens_records_from_the_bytes_it_is_given_and_loads_no_store(big_share, tmp_path):
    """What moved into the worker processes (unsealing, parsing, the record's own signature,
    the PDF's check) runs there on the bytes the ingest read, with the key it got once at its
    start: it opens no file of the share (the share is gone while it works), loads neither the
    store nor Qt, and finds what the ingest in one process finds."""
    import multiprocessing
    import shutil
    from concurrent.futures import ProcessPoolExecutor

    from tests.sync.conftest import PASS
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.reports import verify_pool
    from udsat_desktop.reports.batch_signing import loaded_modules
    from udsat_desktop.store.lifecycle import open_existing
    from udsat_desktop.sync import ingest_worker
    from udsat_desktop.sync.keys import encryption_key
    from udsat_desktop.sync.report import _rel
    from udsat_desktop.sync.roster.certs import trust_set
    from udsat_desktop.sync.roster.pins import current

    share, kk, _total = big_share
    paths = resolve(kk.data)
    db, _profile = open_existing(paths, PASS)
    try:
        private = encryption_key(db)
    finally:
        db.close()
    held = current(paths)
    trust = verify_pool.plain_trust(trust_set(held) if held else None)
    records = sorted(ingest_mod.record_entries(share), key=lambda e: e.name)[:3]
    fetched = [ingest_worker.fetch(share, e.path, _rel(share, e.path)) for e in records]
    assert all(f.blob is not None and f.pdf is not None and f.stamp for f in fetched)
    hidden = tmp_path / "away"
    shutil.move(share, hidden)  # a worker that opened a share file now fails
    try:
        with ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=verify_pool.init_worker,
            initargs=(trust, True, private),
        ) as pool:
            there = [
                pool.submit(ingest_worker.opened, ingest_worker.wire(f)).result() for f in fetched
            ]
            modules = pool.submit(loaded_modules).result()
    finally:
        shutil.move(hidden, share)
    verify_pool.init_worker(trust, secret=private)
    try:
        here = [ingest_worker.opened(ingest_worker.wire(f)) for f in fetched]
    finally:
        verify_pool.forget_secret()
    assert there == here
    for got, f in zip(there, fetched, strict=True):
        kind, record, _cert, pdf_rel, (pdf_kind, pdf, found) = got
        assert (kind, pdf_kind) == ("ok", "pdf")
        # intact and signed (whose key it is the ingest tells after refreshing its roster)
        assert found[0] in ("TRUSTED", "UNKNOWN_SIGNER")
        assert record["review_id"] == f.path.stem and pdf_rel == f.pdf_rel
        assert pdf.startswith(b"%PDF")  # opened there: the share holds only sealed bytes
    loaded = [
        m
        for m in modules
        if m.split(".")[0] in WORKER_FORBIDDEN or m.startswith(WORKER_OUR_FORBIDDEN)
    ]
    assert loaded == []
    assert "udsat_desktop.sync.ingest_worker" in modules  # it did run there
    # without the key nothing opens: the worker gets it at its start, from nowhere else
    assert ingest_worker.opened(ingest_worker.wire(fetched[0]))[0] in ("not_for_me", "unreadable")


def test_a_pdf_not_read_ahead_is_read_and_checked_as_before(big_share):
    """With worker processes: a record of the old flat layout (its PDF is not where its folder
    says, so it is not read ahead) is read, opened and checked in the ingest's own process
    with the same verdict; a record whose PDF is gone is named as before; the rest ingest."""
    from tests.team_helpers import reader_key, unsealed
    from udsat_desktop.sync.layout import legacy_targets_of

    share, kk, total = big_share
    key = reader_key(kk)
    records = sorted((share / "records").rglob("*.json"))
    # the first record and its PDF as plain files of before, in the flat layout
    flat = records[0]
    record = json.loads(unsealed(flat, key))
    pdf_rel, record_rel = legacy_targets_of(record)
    pdf_path = (
        share / "summaries" / flat.parent.parent.name / flat.parent.name / (flat.stem + ".pdf")
    )
    (share / pdf_rel).parent.mkdir(parents=True, exist_ok=True)
    (share / pdf_rel).write_bytes(unsealed(pdf_path, key))
    (share / record_rel).write_bytes(unsealed(flat, key))
    flat.unlink()
    pdf_path.unlink()
    # the second record's PDF gone
    gone = records[1]
    (
        share / "summaries" / gone.parent.parent.name / gone.parent.name / (gone.stem + ".pdf")
    ).unlink()
    db, profile = kk.open()
    try:
        report = ingest(db, kk.paths, profile, share, workers=2)
    finally:
        db.close()
    assert report.problems == [(gone.name, "PDF'en mangler på fællesmappen")]
    assert report.new == total - 1 and not report.modified and not report.unknown_signer
    assert stored(kk)["verdicts"][flat.stem] == "TRUSTED"
