"""Issue 31, item 1, with a real team on the real mount: a coordinator and two enrolled
reviewers (requests, approval after comparing codes, the pinned coordinator) syncing through
smbnetfs with nothing new add no file to the share, and refuse none of their own team's
files (audit heads, published lists, identities, the roster). Junk dropped by a hostile
writer is one real event: it may cost one audit head per member who saw it, once, and never
a cascade of heads between members. Run under `flock /tmp/udsat-samba.lock`."""

from __future__ import annotations

import pytest

from tests.sync import mounts
from tests.sync.conftest import Member, enrol
from tests.sync.test_real_mounts import (  # noqa: F401 (fixtures)
    fresh_share,
    make_team,
    mount_of,
    sign,
)
from tests.sync.test_scale_mounts import files_on

REASON = mounts.skip_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


def added(before: set[str], after: set[str]) -> list[str]:
    # smbnetfs sometimes leaves the sync's write probe behind (a later sync removes it after
    # ten minutes: marker.py); that is not a file the sync meant to write
    return sorted(f for f in after - before if not f.rsplit("/", 1)[-1].startswith(".udsat-probe-"))


def one_round(kk: Member, aa: Member, bb: Member) -> list[dict]:
    """Everyone syncs, and the coordinator ingests too, as her window does. Each report with
    its exit status under "code"."""
    reports = []
    for member in (aa, bb, kk):
        code, report = member.run("sync")
        assert isinstance(report, dict), report
        reports.append({**report, "code": code})
    code, ingested = kk.run("ingest")
    assert isinstance(ingested, dict) and ingested["new"] == 0, ingested
    reports.append({**ingested, "code": code})
    return reports


@pytest.fixture
def real_team(samba, mount_of, tmp_path, monkeypatch):  # noqa: F811
    m = mount_of("smbnetfs")
    share, server = fresh_share(m, samba)
    team = make_team(tmp_path, share, monkeypatch, rosters=False)
    enrol(team.kk, team.aa, team.bb)
    for member, seed in ((team.aa, 71), (team.bb, 72)):
        member.run("demo", "--cases", "3")
        sign(member, 1, seed=seed)
        code, report = member.run("sync")
        assert code == 0 and report["pending"] == 0 and report["published"], report
    code, report = team.kk.run("ingest")
    assert code == 0 and report["new"] == 2, report
    # what the push and the intake recorded goes out as one head each, then it is quiet
    one_round(team.kk, team.aa, team.bb)
    return team, server


def test_a_real_teams_no_op_syncs_add_no_file_and_refuse_nothing_of_the_team(real_team):
    team, server = real_team
    before = files_on(server)
    for _ in range(5):
        for report in one_round(team.kk, team.aa, team.bb):
            assert not report.get("refused"), report["refused"]
            assert not report.get("problems"), report["problems"]
            assert report["code"] == 0 and report.get("ok", True), report
    assert added(before, files_on(server)) == []
    assert files_on(server) >= before  # nothing of the team's went missing either


@pytest.mark.expected_log(r"refused")
def test_junk_from_a_hostile_writer_costs_one_head_each_once_not_a_cascade(real_team):
    team, server = real_team
    heads = server / "audit-heads"
    # a forged head in a member's folder, a head folder for no one, a bogus request and a
    # bogus record: written on the server, as another client of the share would
    (heads / team.aa.user_id / "00000999.json").write_text('{"head": {"seq": 999}}')
    (heads / "U-NOBODY").mkdir()
    (heads / "U-NOBODY" / "00000001.json").write_text("{}")
    (server / "reviewers" / "U-NOBODY.json").write_text('{"user_id": "U-NOBODY"}')
    (server / "team").mkdir(exist_ok=True)
    (server / "team" / "roster-9999.json").write_text('{"payload": "junk"}')
    folder = server / "records" / "2026" / "12"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "R-JUNK0000001.json").write_text("not a record")
    junk = files_on(server)
    seen = one_round(team.kk, team.aa, team.bb)  # the junk is seen and refused: a real event
    for report in seen[:3]:  # every member refuses the false roster, once read
        assert report["code"] == 3, report
        assert [n for n, _why in report["refused"]] == ["team/roster-9999.json"], report
    assert seen[3]["code"] == 1 and "R-JUNK0000001.json" in str(seen[3]["problems"]), seen[3]
    first = added(junk, files_on(server))
    assert all(f.startswith("audit-heads/") for f in first), first
    assert len(first) <= 3, first  # at most one head per member
    settled = files_on(server)
    one_round(team.kk, team.aa, team.bb)  # that head (if any) goes out; nothing is new after it
    second = added(settled, files_on(server))
    assert len(second) <= 3 and all(f.startswith("audit-heads/") for f in second), second
    quiet = files_on(server)
    for _ in range(3):
        reports = one_round(team.kk, team.aa, team.bb)
    assert added(quiet, files_on(server)) == [], "a cascade of audit heads between members"
    # the junk is still named at every sync and intake, as known (not read again); the
    # members' syncs pass over the forged head, the empty folder and the request (their own
    # `audit verify` and the coordinator's `team requests` name those)
    for report in reports:
        intake = "new" in report  # the coordinator's ingest also reads team/ (the roster)
        assert report["code"] == (1 if intake else 3), report
        assert report["known_refusals"] == (2 if intake else 1), report
    # the coordinator's intake names the bogus record again, as known (from the listing)
    told = str(reports[3]["refused"]) + str(reports[3]["problems"])
    assert "R-JUNK0000001.json" in told and "kendt" in told, reports[3]
