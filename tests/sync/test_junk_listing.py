"""Junk a writer with the share can make an ingest read (issue 31, items 2 and 3): what can be
judged from the listing is refused there without opening a file (a folder the product never
makes, by its name in one line with its file count; a file with a name no review has, out of
place, or too big), records no member's signed list names are capped per run across folders
(what is left is told and read by the next runs), records a signed list names are not capped,
every refusal is told, and remembered refusals of files gone are forgotten in every folder
listed, not only records/."""

from __future__ import annotations

import pytest

from tests.sync.conftest import enrol
from tests.sync.test_big_ingest import big_share, big_share_template, refusal_rows  # noqa: F401
from tests.sync.test_scale import audit_actions, summaries
from udsat_desktop.cli import main as cli
from udsat_desktop.sync import ingest as ingest_mod
from udsat_desktop.sync import refusals
from udsat_desktop.sync.report import IngestReport
from udsat_desktop.ui.team.sync_ui import describe_ingest


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Every share file an ingest opens to read a record (a spy: it reads through)."""
    seen: list[str] = []
    real = ingest_mod.read_share_file

    def spy(path, *args, **kwargs):
        seen.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(ingest_mod, "read_share_file", spy)
    return seen


def test_junk_judged_from_the_listing_is_refused_unread_each_told_once(team, opened):
    share, kk, _aa, _bb = team
    assert kk.run("sync")[0] == 0
    records = share / "records"
    evil = records / "spam"  # a folder the product never makes: refused by name
    evil.mkdir(parents=True)
    for n in range(40):
        (evil / f"R-{n:012X}.json").write_bytes(b"junk %d" % n)
    bad_month = records / "2026" / "13"  # no such month
    bad_month.mkdir(parents=True)
    for n in range(5):
        (bad_month / f"R-{n:012X}.json").write_bytes(b"junk")
    month = records / "2026" / "12"
    month.mkdir(parents=True)
    (month / "R-OLD0000001.json").write_bytes(b'{"format": "old"}')  # no review's name
    (month / "notes.txt").write_bytes(b"x")
    (records / "2026" / "R-00000000000A.json").write_bytes(b"x")  # outside any month
    with open(month / "R-00000000000B.json", "wb") as big:  # bigger than a record can be
        big.truncate((1 << 20) + 1)

    code, first = kk.run("ingest")
    assert code != 0, first
    assert opened == [], opened  # nothing of it was opened
    told = {name: why for name, why in first["problems"]}
    expected = {
        "records/spam",
        "records/2026/13",
        "records/2026/12/R-OLD0000001.json",
        "records/2026/12/notes.txt",
        "records/2026/R-00000000000A.json",
        "records/2026/12/R-00000000000B.json",
    }
    assert set(told) == expected, told  # each told, and once: one line for each folder
    assert len(first["problems"]) == len(expected)
    assert "40 filer i den er ikke læst" in told["records/spam"], told["records/spam"]
    assert "5 filer i den er ikke læst" in told["records/2026/13"]
    assert "navnet er ikke en gennemgangs" in told["records/2026/12/R-OLD0000001.json"]
    assert "ikke i en måneds mappe" in told["records/2026/R-00000000000A.json"]
    assert "for stor" in told["records/2026/12/R-00000000000B.json"]
    (summary,) = summaries(kk)  # audited once, as one summary
    assert summary["count"] == len(expected) and summary["folders"] == {"records": 6}
    assert refusal_rows(kk) >= expected  # remembered, the folders too

    entries = len(audit_actions(kk))
    code, again = kk.run("ingest")
    assert code != 0 and opened == []
    named = [n for n, _w in again["problems"]] + [n for n, _w in again["refused"]]
    assert sorted(named) == sorted(expected), again  # still told, once each, as known
    assert again["known_refusals"] == len(expected)
    assert len(audit_actions(kk)) == entries

    (evil / "R-0000000000FF.json").write_bytes(b"one more")  # the folder changed: counted anew
    code, third = kk.run("ingest")
    assert "41 filer i den er ikke læst" in dict(third["problems"])["records/spam"]
    assert opened == []


def test_unlisted_records_are_capped_across_folders_and_the_rest_read_by_the_next_runs(
    team, monkeypatch
):
    monkeypatch.setattr(refusals, "MAX_UNLISTED_RECORD_READS_PER_RUN", 10)
    share, kk, _aa, _bb = team
    assert kk.run("sync")[0] == 0
    names = set()
    for month in ("01", "02", "03"):  # junk spread over folders, 8 a folder: under its cap
        folder = share / "records" / "2026" / month
        folder.mkdir(parents=True)
        for n in range(8):
            (folder / f"R-FF{month}{n:08X}.json").write_bytes(b"not a record")
            names.add(f"R-FF{month}{n:08X}.json")
    read: set[str] = set()
    lefts = []
    for _run in range(3):
        _code, report = kk.run("ingest")
        fresh = {n for n, _w in report["problems"] if n.startswith("R-FF")}
        assert len(fresh) <= 10 and not fresh & read, report  # at most the cap, each once
        read |= fresh
        lefts.append(sum(report["left_unread"].values()))
    assert lefts == [14, 4, 0]
    assert read == names  # every one read and refused in the end: nothing silent
    _code, last = kk.run("ingest")
    assert last["known_refusals"] == 24 and last["left_unread"] == {}


def test_the_left_over_across_folders_is_told_in_danish_per_folder(team, monkeypatch, capsys):
    monkeypatch.setattr(refusals, "MAX_UNLISTED_RECORD_READS_PER_RUN", 3)
    share, kk, _aa, _bb = team
    assert kk.run("sync")[0] == 0
    for month in ("04", "05"):
        folder = share / "records" / "2025" / month
        folder.mkdir(parents=True)
        for n in range(3):
            (folder / f"R-EE{month}{n:08X}.json").write_bytes(b"junk")
    _code, report = kk.run("ingest")
    assert report["left_unread"] == {"records/2025/05": 3}, report["left_unread"]
    capsys.readouterr()
    for month in ("06",):  # a further folder, so the next ingest leaves something again
        folder = share / "records" / "2025" / month
        folder.mkdir(parents=True)
        for n in range(4):
            (folder / f"R-EE{month}{n:08X}.json").write_bytes(b"junk")
    cli(["--data-dir", str(kk.data), "ingest"])
    text = capsys.readouterr().out
    assert "4 filer i records/2025/06/ er ikke læst i denne kørsel" in text, text
    _code, report = kk.run("ingest")  # the window's ingest summary says it too
    shown = describe_ingest(IngestReport(left_unread=report["left_unread"]))
    assert "1 fil i records/2025/06/ er ikke læst i denne kørsel" in shown, shown


def test_records_a_signed_list_names_are_not_capped(big_share, monkeypatch):  # noqa: F811
    _share, kk, total = big_share
    monkeypatch.setattr(refusals, "MAX_UNLISTED_RECORD_READS_PER_RUN", 1)
    monkeypatch.setattr(refusals, "MAX_RECORD_READS_PER_FOLDER", 1)
    code, report = kk.run("ingest")
    assert code == 0, report
    assert report["new"] == total and report["left_unread"] == {}, report


@pytest.mark.expected_log(r"file on the share refused in (team|assignments)/")
def test_refusals_of_files_gone_are_forgotten_in_every_listed_folder(team):
    share, kk, aa, _bb = team
    enrol(kk, aa)
    roster = share / "team" / "roster-4242.json"
    roster.write_bytes(b'{"payload": 1}')
    mine = share / "assignments" / aa.user_id
    mine.mkdir(parents=True, exist_ok=True)
    batch = mine / "junk-1.json"
    batch.write_bytes(b"not an assignment")
    aa.run("sync")
    rows = refusal_rows(aa)
    assert {"team/roster-4242.json", f"assignments/{aa.user_id}/junk-1.json"} <= rows, rows
    roster.unlink()
    batch.unlink()
    code, report = aa.run("sync")
    assert code == 0, report
    rows = refusal_rows(aa)
    assert "team/roster-4242.json" not in rows
    assert f"assignments/{aa.user_id}/junk-1.json" not in rows


@pytest.mark.expected_log(r"file on the share refused in assignments/")
def test_files_in_my_assignments_folder_named_as_no_batch_is_are_refused_unread(team):
    share, kk, aa, _bb = team
    enrol(kk, aa)
    mine = share / "assignments" / aa.user_id
    mine.mkdir(parents=True, exist_ok=True)
    for n in range(30):
        (mine / f"junk-{n:04d}.json").write_bytes(b"not an assignment")
    (mine / "notes.txt").write_bytes(b"x")  # was passed over in silence before
    code, first = aa.run("sync")
    assert code == 3, first
    refused = {n: w for n, w in first["refused"] if n.startswith("assignments/")}
    assert len(refused) == 31 and first["left_unread"] == {}, first
    assert all("navnet er ikke en tildelings" in w for w in refused.values())
    assert summaries(aa)[-1]["count"] == 31
    code, again = aa.run("sync")
    known = [n for n, w in again["refused"] if n.startswith("assignments/") and "kendt" in w]
    assert len(known) == 31 and again["known_refusals"] == 31, again


@pytest.mark.expected_log(r"file on the share refused in team/")
def test_a_sync_reads_for_a_bounded_time_then_leaves_the_rest_told(team, monkeypatch):
    """Past the first MIN_READS_PER_RUN files of a folder a sync opens no more of it once its
    time for reading is up (here: none), and says what it left; the next syncs read on. Of
    the refusals remembered, each run looks again at MIN_RECHECKS_PER_RUN (those looked at
    longest ago) and tells the others as known, not looked at, counted in `left_unread`:
    every one is looked at again within a few runs, none is passed over for ever."""
    monkeypatch.setattr(refusals, "MAX_READ_SECONDS_PER_RUN", -1.0)
    share, kk, aa, _bb = team
    enrol(kk, aa)
    junk = 50
    for n in range(junk):
        (share / "team" / f"roster-{5000 + n}.json").write_bytes(b'{"payload": %d}' % n)
    code, first = aa.run("sync")
    assert code == 3, first
    read = refusals.MIN_READS_PER_RUN
    assert first["left_unread"] == {"team": junk - read}, first["left_unread"]
    assert len([r for r in first["refused"] if r[0].startswith("team/")]) == read
    new_each_run = [read]
    checked: list[set[str]] = []
    for _ in range(junk // read + 3):
        _code, report = aa.run("sync")
        team_refused = {n: w for n, w in report["refused"] if n.startswith("team/")}
        new_each_run.append(len([w for w in team_refused.values() if "kendt" not in w]))
        checked.append({n for n, w in team_refused.items() if "uændret siden" in w})
        unchecked = [w for w in team_refused.values() if "ikke set efter" in w]
        told = len(team_refused)
        assert report["left_unread"].get("team", 0) == len(unchecked) + (junk - told), report
    assert sum(new_each_run) == junk, new_each_run  # each read once, in turn
    assert new_each_run[: junk // read] == [read] * (junk // read), new_each_run
    remembered_all = checked[-3:]  # all 50 remembered: 20 a run looked at again, in turn
    assert all(len(c) == refusals.MIN_RECHECKS_PER_RUN for c in remembered_all), (
        [len(c) for c in checked],
        new_each_run,
    )
    assert len(set().union(*remembered_all)) == junk, checked
