"""Issue 28, points 1, 2, 6 and 7: attacks on who decides, on the share's identity, on the
journal, and hostile bytes in every file read from the share; each driven through the CLI as
the attacker and the victims would."""

from __future__ import annotations

import json

import pytest

from tests.queued import member_queue
from udsat_desktop.sync import roster
from udsat_desktop.sync.roster import exchange
from udsat_desktop.sync.roster.enrolment import _sign

from . import test_attacks as attacks
from .conftest import KEY_PASS
from .test_attacks import new_member, pdf_of, record_path_of, sign_ready_for

# the round the earlier attacks start from (a coordinator, two approved reviewers, Anna's two
# signed reviews on the share), made once per session
round_template = attacks.round_template
round_ = attacks.round_

# ----------------------------------------------------------------------------- 7: journal


@pytest.mark.expected_log(
    r"file on the share refused",
    r"pyhanko.sign.diff_analysis.policies: Error in diff operation",
)
def test_the_journal_gets_trusted_documents_only(round_, tmp_path):
    """An outsider's summary of a real citizen's case, ingested as *unknown signer*, is not
    exported under the citizen's CPR and name: it is listed apart with the reason."""
    from udsat_desktop.flows.signing import key_path, sign_record

    share, kk, _aa, _bb, keys = round_
    outsider = new_member(tmp_path, "Ole Udefra", "OU", share=share)
    case_key = keys[4]
    sign_ready_for(outsider, kk, case_key)
    for pdf, record_text in member_queue(outsider).values():
        record = json.loads(record_text)
        record = sign_record(record, key_path(outsider.paths), KEY_PASS)
        for target, data in (
            (pdf_of(share, record), pdf),
            (record_path_of(share, record), json.dumps(record).encode()),
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    code, report = kk.run("ingest")
    assert report["unknown_signer"], report
    forged = set(report["unknown_signer"])
    code, out = kk.run("journal", "export", "--out", str(tmp_path / "journal"))
    assert code == 0, out
    manifest = json.loads((tmp_path / "journal/manifest.json").read_text())
    exported = {d["gennemgang"] for d in manifest["documents"]}
    assert exported and not exported & forged  # Anna's reviews go; the outsider's does not
    assert out["documents"] == len(exported)
    skipped = {s["review"]: s for s in out["not_exported"]}
    assert forged <= set(skipped)
    for review in forged:
        assert skipped[review]["case_key"] == case_key
        assert "ikke på teamets holdliste" in skipped[review]["reason"]
        assert not list((tmp_path / "journal").glob(f"*{review}*"))
    assert {s["gennemgang"] for s in manifest["not_exported"]} == set(skipped)


# ----------------------------------------------------------------------------- 2: hostile bytes

NESTED = b"[" * 200_000  # 200 KB of brackets: RecursionError in every reader before


@pytest.mark.expected_log(r"file on the share refused")
def test_one_file_of_nested_brackets_stops_nobody(round_):
    """The same nested brackets in each kind of file: each is named in the report of whoever
    reads it, and everything else goes on (Anna's reviews are ingested, the roster holds, the
    audit log is verified)."""
    from udsat_desktop.sync.claims import claim_target

    share, kk, aa, bb, keys = round_
    version = roster.current(aa.paths).version
    planted = {
        "roster": share / "team" / f"roster-{version + 1:06d}.json",
        "request": share / "reviewers" / "ond-0001.json",
        "assignment": share / "assignments" / aa.user_id / "20260101T000000-aaaaaa.json",
        "claim": claim_target(share, keys[5]) / "claim.json",
        "record": share / "records" / "2026" / "01" / "R-0000000000DD.json",
        "head": share / "audit-heads" / kk.user_id / "99999999.json",
    }
    for path in planted.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(NESTED)
    code, report = aa.run("sync")
    assert code == 3, report  # synced; the bad files refused and named (exit 3, issue 37)
    refused = dict(report["refused"])
    assert "dybt indlejret" in refused[f"team/roster-{version + 1:06d}.json"]
    assert "dybt indlejret" in refused[f"assignments/{aa.user_id}/20260101T000000-aaaaaa.json"]
    assert report["roster_version"] == version
    code, report = bb.run("sync")
    assert code in (0, 3), report
    code, report = kk.run("sync")
    assert code in (0, 3), report
    code, out = kk.run("team", "requests")
    assert code == 0, out
    assert any(
        p["file"] == "ond-0001.json" and "dybt indlejret" in p["reason"] for p in out["problems"]
    )
    code, report = kk.run("ingest")
    assert code in (0, 1), report
    assert any(
        name == "R-0000000000DD.json" and "dybt indlejret" in why
        for name, why in report["problems"]
    )
    assert report["new"] >= 2  # Anna's two reviews are in
    code, out = kk.run("audit", "verify")
    assert isinstance(out, dict), out  # no crash: one verdict
    assert any("dybt indlejret" in h["reason"] for h in out["refused_heads"]), out
    # Bo's claim of the case whose claim folder holds the brackets: ignored, reported, his
    db, profile = bb.open()
    try:
        from udsat_desktop.sync.claims import claim_case

        held = claim_case(db, profile, keys[5], share)
    finally:
        db.close()
    assert held.state == "held" and held.holder == bb.user_id
    assert any("dybt indlejret" in r for r in attacks.refused_reasons(bb))


# ----------------------------------------------------------------------------- 1: who decides


def _resign_request(member, share, **changes) -> None:
    """The member's own enrolment request, re-signed with their team key and changed fields
    (what an approved reviewer can do with her own installation)."""
    from udsat_desktop.sync import trust

    path = share / "reviewers" / f"{member.user_id}.json"
    payload = json.loads(path.read_bytes())["payload"]
    payload.update(changes)
    db, _ = member.open()
    try:
        path.write_bytes(trust.seal_envelope(db, roster.REQUEST_KIND, payload))
    finally:
        db.close()


def refused_with(capsys, member, *args: str) -> str:
    """`udsat ARGS` as `member`, which must be refused (exit 2): its Danish sentence."""
    capsys.readouterr()
    code, _out = member.run(*args)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    return err


def _roster_by(member, version: int, members) -> roster.Roster:
    """A roster signed by `member`'s own team key, as an attacker would make it."""
    db, profile = member.open()
    try:
        return _sign(
            db, roster.Roster(version, "2026-12-01T00:00:00+00:00", profile.user_id, members)
        )
    finally:
        db.close()


@pytest.mark.expected_log(r"file on the share refused")
def test_a_reviewer_cannot_make_herself_coordinator_and_revoke_the_coordinator(round_, capsys):
    import dataclasses

    share, kk, aa, bb, _keys = round_
    assert kk.run("sync")[0] == 0  # Anna's signing certificate joins her entry
    # Anna re-signs her own request with the role "coordinator" and another name
    _resign_request(aa, share, role="coordinator", name="Anna Ager (koordinator)")
    code, out = kk.run("team", "requests")
    assert code == 0
    mine = {r["user_id"]: r for r in out["requests"]}[aa.user_id]
    assert mine["kind"] == "changed_fields"
    changes = {c["field"]: (c["roster"], c["request"]) for c in mine["changes"]}
    assert changes == {
        "role": ("reviewer", "coordinator"),
        "name": ("Anna Ager", "Anna Ager (koordinator)"),
    }
    # the coordinator re-approves with the same, unchanged code: nothing is taken
    anna_code = aa.run("team", "list")[1]["my_code"]
    version = roster.current(kk.paths).version
    err = refused_with(capsys, kk, "team", "approve", aa.user_id, "--fingerprint", anna_code)
    assert "overtages aldrig fra en anmodning" in err and "team role" in err
    held = roster.current(kk.paths)
    assert held.version == version and held.member(aa.user_id).role == "reviewer"
    assert held.member(aa.user_id).name == "Anna Ager"
    # Anna publishes a roster of her own: she is coordinator, Kim is revoked
    held = roster.current(aa.paths)
    forged = _roster_by(
        aa,
        held.version + 1,
        tuple(
            dataclasses.replace(m, role="coordinator")
            if m.user_id == aa.user_id
            else dataclasses.replace(m, revoked_at="2026-12-01T00:00:00+00:00")
            if m.user_id == kk.user_id
            else m
            for m in held.members
        ),
    )
    exchange.publish(share, forged)
    for victim in (kk, bb, aa):
        code, report = victim.run("sync")
        assert code == 3, report  # synced; the forged roster refused (exit 3, issue 37)
        assert roster.current(victim.paths).version == held.version
        assert roster.current(victim.paths).member(kk.user_id).is_coordinator
        assert not report["coordinators_changed"]
    code, report = bb.run("sync")
    assert any("ikke underskrevet af en koordinator" in why for _n, why in report["refused"])
    # Kim still assigns
    code, out = kk.run("team", "list")
    assert {m["user_id"]: m["role"] for m in out["members"]}[kk.user_id] == "coordinator"


@pytest.mark.expected_log(r"file on the share refused")
def test_a_role_is_the_coordinators_explicit_act_and_every_member_is_told(round_, capsys):
    _share, kk, aa, bb, _keys = round_
    code, out = kk.run("team", "role", aa.user_id, "coordinator")
    assert code == 0, out
    assert out["role"] == "coordinator"
    assert any(aa.user_id in name for name in out["coordinators_changed"]["added"])
    actions = [a for a, d in attacks.audit_actions(kk) if a == "team.role"]
    assert actions
    for member in (aa, bb):
        code, report = member.run("sync")
        assert code == 0, report
        (change,) = report["coordinators_changed"]
        assert change["version"] == out["roster_version"]
        assert any(aa.user_id in a for a in change["added"]) and not change["removed"]
        assert "koordinatorer er ændret" in change["text"]
        assert roster.current(member.paths).member(aa.user_id).is_coordinator
    # own role: refused; unchanged role: refused; a bad role: exit 2 (argparse)
    assert "egen rolle" in refused_with(capsys, kk, "team", "role", kk.user_id, "reviewer")
    assert "allerede" in refused_with(capsys, kk, "team", "role", aa.user_id, "coordinator")
    assert "ikke på teamets holdliste" in refused_with(
        capsys, kk, "team", "role", "ingen-0001", "coordinator"
    )
    # Anna (a coordinator now, whom Bo never pinned) revokes Kim: Bo refuses it
    code, out = aa.run("team", "revoke", kk.user_id)
    assert code == 0, out
    code, report = bb.run("sync")
    assert code == 3  # synced, the roster refused
    assert any("ikke selv har godkendt som koordinator" in why for _n, why in report["refused"])
    assert roster.current(bb.paths).member(kk.user_id).is_coordinator
    # Kim's own app shows her removal and does not act on it (she never pinned Anna either)
    code, report = kk.run("sync")
    assert roster.current(kk.paths).member(kk.user_id).is_coordinator
    assert any("ikke selv har godkendt" in why for _n, why in report["refused"])


@pytest.mark.expected_log(r"file on the share refused")
def test_a_coordinator_confirms_her_own_demotion_before_it_counts(round_, capsys):
    _share, kk, aa, bb, _keys = round_
    assert kk.run("team", "role", aa.user_id, "coordinator")[0] == 0
    assert aa.run("sync")[0] == 0
    # Kim and Bo compare Anna's code and pin her as a coordinator
    anna_code = aa.run("team", "list")[1]["my_code"]
    for member in (kk, bb):
        assert member.run("team", "trust-coordinator", anna_code)[0] == 0
    code, out = aa.run("team", "role", kk.user_id, "reviewer")
    assert code == 0, out
    version = out["roster_version"]
    # Bo (who pinned Anna) takes it and is told; Kim's app holds it aside and says so
    code, report = bb.run("sync")
    assert report["roster_version"] == version and report["coordinators_changed"]
    code, report = kk.run("sync")
    assert report["own_demotion"]["version"] == version
    assert "confirm-roster" in report["own_demotion"]["text"]
    assert roster.current(kk.paths).member(kk.user_id).is_coordinator  # not acted upon
    code, report = kk.run("sync")  # said again at every sync until she decides
    assert report["own_demotion"]["version"] == version
    assert kk.run("team", "list")[1]["pending_roster"] == version
    # meanwhile she signs no roster of her own (it would fork the team's roster)
    assert "venter på din" in refused_with(capsys, kk, "team", "revoke", bb.user_id)
    assert "venter på din bekræftelse" in refused_with(
        capsys, kk, "team", "confirm-roster", str(version + 5)
    )
    code, out = kk.run("team", "confirm-roster", str(version))
    assert code == 0, out
    assert roster.current(kk.paths).version == version
    assert not roster.current(kk.paths).member(kk.user_id).is_coordinator
    assert out["coordinators_changed"]["removed"]
    code, report = kk.run("sync")
    assert report["own_demotion"] is None
    assert kk.run("team", "list")[1]["pending_roster"] is None


# ----------------------------------------------------------------------------- 6: the share


def _marker(share) -> dict:
    return json.loads((share / ".udsat-share").read_text())


def _forge_marker(share, share_id: str) -> None:
    info = {**_marker(share), "share_id": share_id}
    (share / ".udsat-share").unlink()
    (share / ".udsat-share").write_text(json.dumps(info))


@pytest.mark.expected_log(r"file on the share refused")
def test_the_share_id_is_signed_and_a_forged_marker_is_never_adopted(round_, capsys):
    from udsat_desktop.sync.share.marker import known_share_id

    share, kk, aa, bb, _keys = round_
    real = _marker(share)["share_id"]
    assert kk.run("sync")[0] == 0  # the coordinator's roster now names the share it syncs with
    for member in (aa, bb):
        assert member.run("sync")[0] == 0
        assert roster.current(member.paths).share_id == real
    # an attacker replaces the marker: everyone refuses the folder, nobody adopts the id
    _forge_marker(share, "00000000-0000-4000-8000-000000000000")
    code, report = aa.run("sync")
    assert code == 1 and "ikke teamets fællesmappe" in report["problem"]
    assert "udsat config --share" not in report["problem"]
    err = refused_with(capsys, aa, "config", "--share", str(share))
    assert "ikke teamets fællesmappe" in err
    assert known_share_id(aa.paths.config) == real
    code, report = kk.run("sync")  # the coordinator's own data folder knows its share
    assert code == 1 and "en anden fællesmappe" in report["problem"]
    refused_with(capsys, kk, "config", "--share", str(share))
    assert known_share_id(kk.paths.config) == real
    # nor does a team command publish anything there
    before = sorted(p.name for p in (share / "reviewers").iterdir())
    assert "anden fællesmappe" in refused_with(capsys, kk, "team", "requests")
    assert sorted(p.name for p in (share / "reviewers").iterdir()) == before
    # the marker of 4 KB of nested brackets: called that, no crash
    (share / ".udsat-share").unlink()
    (share / ".udsat-share").write_bytes(b"[" * 4000)
    code, report = bb.run("sync")
    assert code == 1 and "dybt indlejret" in report["problem"]
    # the real marker back: the team syncs again
    (share / ".udsat-share").unlink()
    (share / ".udsat-share").write_text(json.dumps({**real_marker_info(real)}))
    for member in (kk, aa, bb):
        code, report = member.run("sync")
        assert code == 0, report


def real_marker_info(share_id: str) -> dict:
    return {"format": "udsat-share/1", "share_id": share_id, "created": "2026-01-01T00:00:00Z"}


@pytest.mark.expected_log(r"file on the share refused")
def test_a_look_alike_share_gets_nothing_from_the_outbox(round_, tmp_path):
    """Anna's data folder has forgotten which share it syncs with (a restored backup); a
    look-alike share set up elsewhere is offered to her. Her roster names the team's share:
    nothing is sent, the outbox stays full, and she is told."""
    import shutil

    from udsat_desktop.sync.share.marker import SHARE_ID_FILE, set_up_share

    share, kk, aa, _bb, _keys = round_
    assert kk.run("sync")[0] == 0
    assert aa.run("sync")[0] == 0
    assert roster.current(aa.paths).share_id
    look_alike = tmp_path / "look-alike"
    look_alike.mkdir()
    set_up_share(look_alike)
    shutil.copytree(share / "team", look_alike / "team")  # the rosters, copied too
    attacks.sign_ready(aa, 1, seed=72)
    waiting = len(member_queue(aa))
    assert waiting > 0
    (aa.paths.config / SHARE_ID_FILE).unlink()
    code, report = aa.run("sync", "--share", str(look_alike))
    assert code == 1 and "ikke teamets fællesmappe" in report["problem"]
    assert len(member_queue(aa)) == waiting
    assert not [p for p in (look_alike / "records").rglob("*") if p.is_file()]
    assert not (aa.paths.config / SHARE_ID_FILE).exists()  # the look-alike's id is not learnt
    code, report = aa.run("sync")  # the team's share: the outbox goes there
    assert code == 0, report
    assert len(member_queue(aa)) < waiting


@pytest.mark.expected_log(r"file on the share refused")
def test_a_new_laptops_request_brings_keys_but_never_a_role(round_):
    """A request under Anna's user id with a new team key (a new laptop, or someone posing as
    one) asking for the coordinator role: approved after comparing the new code, it replaces
    her keys; her name and role stay what the roster says."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from udsat_desktop.sync import sealed, trust

    share, kk, aa, _bb, _keys = round_
    key = Ed25519PrivateKey.generate()
    x25519 = sealed.public_of(sealed.new_private_key())
    payload = {
        "user_id": aa.user_id,
        "name": "Anna Ager",
        "initials": "AA",
        "organisation": "BIF",
        "role": "coordinator",
        "x25519": trust.b64(x25519),
        "certificates": [],
    }
    path = share / "reviewers" / f"{aa.user_id}.json"
    path.unlink()
    path.write_bytes(trust.seal_envelope_with(key, roster.REQUEST_KIND, payload))
    code, out = kk.run("team", "requests")
    mine = {r["user_id"]: r for r in out["requests"]}[aa.user_id]
    assert mine["kind"] == "new_key"
    fields = {c["field"] for c in mine["changes"]}
    assert {"role", "team_key", "x25519"} <= fields
    new_code = trust.short_code(trust.fingerprint(key.public_key().public_bytes_raw()))
    code, out = kk.run("team", "approve", aa.user_id, "--fingerprint", new_code)
    assert code == 0, out
    assert out["role"] == "reviewer" and not out["coordinators_changed"]
    member = roster.current(kk.paths).member(aa.user_id)
    assert member.role == "reviewer" and not member.is_coordinator
    assert member.x25519 == trust.b64(x25519)
    assert ("team.approve", "reviewer") in [
        (a, d.get("role")) for a, d in attacks.audit_actions(kk)
    ]
