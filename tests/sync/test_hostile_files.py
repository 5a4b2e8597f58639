"""Files placed on the share to stop the team: a FIFO, a link to /dev/zero, a folder named like
a file, an oversized file, a symlinked folder. Nothing hangs (every command runs as a child
process with a deadline), nothing crashes, everything else syncs, the user is told which file
was refused, and a refused file is not read again while unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.queued import member_queue
from tests.sync.conftest import PASS, enrol
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync import share as share_mod
from udsat_desktop.sync.share import read as share_read

# hostile or foreign files are refused on purpose here, each with its log line
pytestmark = pytest.mark.expected_log(r"file on the share refused")


LIB = bundled_library()
ROOT = Path(__file__).parents[2]


def cli(member, *args: str, timeout: float = 120) -> tuple[int, dict]:
    """`udsat` in a child process: a hang fails the test instead of stopping the suite."""
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "udsat_desktop.cli",
            "--data-dir",
            str(member.data),
            "--json",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, UDSAT_PASSPHRASE=PASS, PYTHONPATH=str(ROOT)),
    )
    assert "Traceback" not in child.stderr, child.stderr[-2000:]
    return child.returncode, json.loads(child.stdout) if child.stdout.strip() else {}


def sign(member, count: int, seed: int) -> None:
    db, profile = member.open()
    try:
        build_demo_reviews(db, count, profile.user_id, LIB, seed=seed, all_ready=True)
    finally:
        db.close()
    assert member.run("sign", "--ready")[0] == 0


def test_hostile_records_and_folders_do_not_stop_ingest(team):
    share, kk, aa, _bb = team
    kk.run("demo", "--cases", "5")
    aa.run("demo", "--cases", "5")
    enrol(kk, aa)  # what Anna sends is sealed to the roster's readers
    sign(aa, 3, seed=81)
    assert aa.run("sync")[0] == 0
    month = next((share / "records").glob("*/*"))
    os.mkfifo(month / "R-FIFO.json")
    (share / "records" / "R-ZERO.json").symlink_to("/dev/zero")
    (month / "R-DIR.json").mkdir()
    (month / "R-BIG.json").write_bytes(b" " * (share_mod.LIMITS["record"] + 1))
    outside = share.parent / "outside"
    outside.mkdir()
    (share / "records" / "2031").symlink_to(outside, target_is_directory=True)
    code, report = cli(kk, "ingest")
    assert report["new"] == 3, report
    refused = {name for name, _why in report["problems"]}
    assert any("R-FIFO.json" in n for n in refused)
    assert any("R-ZERO.json" in n for n in refused)
    assert any("R-DIR.json" in n for n in refused)
    assert any("R-BIG.json" in n for n in refused)
    assert any("2031" in n for n in refused)
    assert code == 1  # the user is told; the three good records are in
    assert all(msg for _n, msg in report["problems"])


def test_hostile_files_do_not_stop_a_reviewers_sync(team):
    share, kk, aa, bb = team
    for m in (kk, aa, bb):
        m.run("demo", "--cases", "5")
    enrol(kk, aa, bb)  # what they send is sealed to the roster's readers
    assert cli(kk, "sync")[0] == 0
    # before Bo's next sync: a folder in place of his reviewer file, a FIFO among his
    # assignments, a certificate that is a link to /dev/zero
    (share / "reviewers" / f"{bb.user_id}.json").unlink()
    (share / "reviewers" / f"{bb.user_id}.json").mkdir()
    (share / "assignments" / bb.user_id).mkdir(parents=True)
    os.mkfifo(share / "assignments" / bb.user_id / "20260101T000000-fifo.json")
    (share / "reviewers" / "evil-0000.crt").symlink_to("/dev/zero")
    sign(bb, 2, seed=82)
    code, report = cli(bb, "sync")
    refused = " ".join(name for name, _why in report["refused"])
    assert f"reviewers/{bb.user_id}.json" in refused
    assert "20260101T000000-fifo.json" in refused
    # certificates in reviewers/ are not read at all any more (trust comes from the roster):
    # the link to /dev/zero is simply never opened
    assert report["pending"] == 0 and len(report["published"]) == 4, report
    assert code == 3, report  # synced, with refused files: its own exit status
    # a symlinked summaries folder cannot redirect an upload out of the share
    outside = share.parent / "elsewhere"
    outside.mkdir()
    sign(aa, 1, seed=83)
    record = json.loads(next(iter(member_queue(aa).values()))[1])
    year = record["review_date"][:4]
    (share / "summaries" / year).rename(share.parent / "moved-away") if (
        share / "summaries" / year
    ).exists() else None
    (share / "summaries" / year).symlink_to(outside, target_is_directory=True)
    code, report = cli(aa, "sync")
    assert code == 1 and report["pending"] == 2
    assert any("ikke en rigtig mappe" in msg for _n, msg in report["failed"]), report
    assert list(outside.rglob("*")) == [], "nothing is written outside the share"


def test_a_refused_file_is_not_read_again_while_unchanged(team, monkeypatch):
    share, _kk, aa, _bb = team
    aa.run("demo", "--cases", "3")
    assert aa.run("sync")[0] == 0
    folder = share / "assignments" / aa.user_id
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / "20260101T000000-b16b16.json"
    big.write_bytes(b"{" + b" " * share_mod.LIMITS["assignment"])
    code, report = aa.run("sync")
    assert code == 3 and [n for n, _w in report["refused"]] == [
        f"assignments/{aa.user_id}/{big.name}"
    ]
    assert "for stor" in report["refused"][0][1]
    opened = []
    real = share_read._read_file
    monkeypatch.setattr(
        share_read,
        "_read_file",
        lambda path, *a, **k: opened.append(path.name) or real(path, *a, **k),
    )
    code, report = aa.run("sync")
    assert big.name not in opened, "quarantined: not read again"
    assert [n for n, _w in report["refused"]] == [f"assignments/{aa.user_id}/{big.name}"]
    db, _profile = aa.open()
    try:
        states = dict(db.reader().execute("SELECT name, state FROM sync_file").fetchall())
    finally:
        db.close()
    assert states[f"assignments/{aa.user_id}/{big.name}"] == "afvist"  # in the sync log
    # the squatter's file gone, the sync is clean again: exit 0
    big.unlink()
    code, report = aa.run("sync")
    assert code == 0 and report["refused"] == [], report


@pytest.mark.parametrize("kind", ["fifo", "zero", "dir"])
def test_reading_a_hostile_file_never_blocks(tmp_path, kind):
    share_mod.set_up_share(tmp_path)
    path = tmp_path / "records" / "R-X.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    with pytest.raises(share_mod.HostileFile) as caught:
        share_mod.read_share_file(path, "record", share=tmp_path)
    assert "R-X.json" in str(caught.value)


def test_sync_help_documents_the_refused_exit_status(capsys):
    from udsat_desktop.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["sync", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert stop.value.code == 0
    assert "Afslutningsstatus: 0 synkroniseret; 1 noget kunne ikke synkroniseres" in out
    assert "3 synkroniseret, men filer på fællesmappen blev afvist" in out
    cli_doc = " ".join((ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split())
    assert "3 when it synced but refused files on the share" in cli_doc
