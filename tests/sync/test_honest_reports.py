"""What sync, pull, ingest, verify and packet say is true: a damaged file is named as itself, a
bad share marker is called what it is, Python's English never reaches a Danish sentence, a count
means what it says, and no promise is made that the code does not keep."""

from __future__ import annotations

import errno
import json
import os
import time
from pathlib import Path

import pytest

from tests.sync.test_sealed_share import MEETING, _team_with_reviews
from udsat_desktop.core.text import message_of
from udsat_desktop.platform.fsutil import NotARegularFile

from .conftest import enrol

# files put on the share by an outsider are refused on purpose here, each with its log line
pytestmark = pytest.mark.expected_log(r"file on the share refused")


def test_a_damaged_sealed_pdf_is_named_not_its_intact_record(team):
    share, kk, aa, _bb, _keys = _team_with_reviews(team)
    assert aa.run("sync")[0] == 0
    pdf = next((share / "summaries").rglob("*.pdf"))
    os.truncate(pdf, 1000)
    code, report = kk.run("ingest", "--full")
    assert code == 1, report
    named = report["problems"] + report["refused"]
    assert [name for name, _ in named] == [pdf.name], report
    assert "PDF" in named[0][1] and "beskadiget" in named[0][1], report


def test_a_full_ingest_of_an_unchanged_share_counts_the_records_unchanged(team):
    _share, kk, aa, _bb, _keys = _team_with_reviews(team)
    assert aa.run("sync")[0] == 0
    code, report = kk.run("ingest")
    assert code == 0 and (report["new"], report["unchanged"]) == (2, 0), report
    code, report = kk.run("ingest", "--full")
    assert code == 0 and (report["new"], report["unchanged"]) == (0, 2), report
    code, report = kk.run("ingest")
    assert code == 0 and (report["new"], report["unchanged"]) == (0, 2), report


def test_pull_reports_the_roster_version_sync_reports(team):
    _share, kk, aa, bb = team
    enrol(kk, aa, bb)
    code, synced = aa.run("sync")
    assert code == 0 and synced["roster_version"] >= 1, synced
    code, pulled = aa.run("pull")
    assert code == 0 and pulled["roster_version"] == synced["roster_version"], pulled


def _sync_problem(member) -> str:
    code, report = member.run("sync")
    assert code == 1 and not report["reachable"], report
    return report["problem"]


def test_a_marker_that_is_not_a_regular_file_is_not_called_missing(team):
    share, kk, _aa, _bb = team
    marker = share / ".udsat-share"
    assert kk.run("sync")[0] == 0
    content = marker.read_bytes()
    (share / "elsewhere").write_bytes(content)
    marker.unlink()
    marker.symlink_to(share / "elsewhere")
    problem = _sync_problem(kk)
    assert "mangler" not in problem and "afvist (et symbolsk link)" in problem, problem

    marker.unlink()
    os.mkfifo(marker)
    problem = _sync_problem(kk)
    assert "mangler" not in problem and "ikke en almindelig fil" in problem, problem

    marker.unlink()
    marker.write_bytes(content)
    os.truncate(marker, 2 << 30)  # sparse: 2 GB on paper
    problem = _sync_problem(kk)
    assert "mangler" not in problem and "for stor" in problem, problem

    marker.write_bytes(b"{not json")
    problem = _sync_problem(kk)
    assert "mangler" not in problem and "ikke en mærkefil" in problem, problem

    marker.unlink()
    problem = _sync_problem(kk)
    assert "mærkefilen .udsat-share mangler" in problem, problem

    marker.write_bytes(content)
    assert kk.run("sync")[0] == 0


def test_python_s_english_is_said_in_danish():
    assert message_of(json.JSONDecodeError("x", '{"a": 1, }', 9)) == (
        "ikke gyldig JSON (linje 1, kolonne 10)"
    )
    assert message_of(FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))) == (
        "filen findes ikke"
    )
    assert message_of(OSError(errno.EBADF, os.strerror(errno.EBADF))) == (
        "fejl fra styresystemet (EBADF)"
    )
    with pytest.raises(UnicodeDecodeError) as caught:
        b"\xff".decode("utf-8")
    assert message_of(caught.value) == "ikke gyldig tekst (forkert tegnkodning)"
    # our own words in an OSError stay as they are
    own = NotARegularFile(errno.EINVAL, "det er ikke en almindelig fil", "x")
    assert message_of(own) == "det er ikke en almindelig fil"


def test_unreadable_records_rosters_and_files_are_explained_in_danish(team, tmp_path):
    share, kk, aa, bb = team
    enrol(kk, aa, bb)
    record = share / "records" / "2026" / "11" / "R-0123456789AB.json"
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text('{"format": "udsat-record/1", "a": }')
    code, report = kk.run("ingest")
    assert code == 1, report
    assert report["problems"] == [
        ["R-0123456789AB.json", "ulæselig post: ikke gyldig JSON (linje 1, kolonne 35)"]
    ], report

    (share / "team" / "roster-99.json").write_bytes(b"")
    code, report = aa.run("sync")
    assert [msg for name, msg in report["refused"] if name.endswith("roster-99.json")] == [
        "holdlisten er afvist: ikke gyldig JSON (linje 1, kolonne 1)"
    ], report

    code, out = kk.run("verify", str(tmp_path / "findes-ikke.pdf"))
    assert code != 0 and "kan ikke læses: filen findes ikke" in json.dumps(
        out, ensure_ascii=False
    ), out


def test_a_packet_that_cannot_replace_a_file_on_the_share_says_what_makes_it_go_there(
    team, tmp_path
):
    share, kk, aa, _bb, _keys = _team_with_reviews(team)
    assert aa.run("sync")[0] == 0
    assert kk.run("ingest")[0] == 0
    assert kk.run("meeting", "new", "--date", MEETING, "--time", "09:30")[0] == 0
    candidates = [c["case_key"] for c in kk.run("meeting", "candidates")[1]["candidates"]]
    assert kk.run("meeting", "add", "--date", MEETING, *candidates[:2])[0] == 0
    code, out = kk.run("packet", "--meeting", MEETING, "--out", str(tmp_path / "p1"))
    assert code == 0 and out["shared_to"], out
    # every name on the share is pseudonymous: no case key in the packet's file names
    names = [p.name for p in (share / "meetings").rglob("*")]
    assert len(names) >= 3 and not [n for n in names for k in candidates if k in n], names
    assert sorted(n for n in names if n.startswith("0")) == sorted(
        f"{i:02d}_{Path(s).stem.split('_')[-1]}.pdf" for i, s in enumerate(out["summaries"], 1)
    )
    original = sorted((share / "meetings" / MEETING).glob("01_*.pdf"))[0]
    whole = original.read_bytes()
    os.truncate(original, 1000)  # an outsider cuts it short

    code, out = kk.run("packet", "--meeting", MEETING, "--out", str(tmp_path / "p2"))
    assert code == 0 and not out["shared_to"], out
    problem = out["share_problem"]
    assert original.name in problem and "synkronisering" not in problem, problem
    assert "kunne ikke erstattes" in problem and "Byg mødepakken igen" in problem, problem
    # the promise holds: a sync does not put it there, building the packet again later does
    assert kk.run("sync")[0] == 0 and original.stat().st_size == 1000
    old = time.time() - 600
    os.utime(original, (old, old))
    code, out = kk.run("packet", "--meeting", MEETING, "--out", str(tmp_path / "p3"))
    assert code == 0 and out["shared_to"] and not out["share_problem"], out
    assert original.read_bytes() == whole


@pytest.mark.parametrize(
    "block",
    [
        {"certificate": "ikke et certifikat", "value": "AAAA"},
        {
            "certificate": "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
            "value": "A",
        },
    ],
)
def test_a_record_signature_that_cannot_be_read_is_refused_in_danish(block):
    from udsat_desktop.reports.detached import verify_detached

    with pytest.raises(ValueError) as caught:
        verify_detached(block, b"data")
    assert str(caught.value) == (
        "postens underskrift er beskadiget (certifikatet eller værdien kan ikke læses)"
    )
