"""Issue 28, points 1, 2, 6 and 7: attacks on who decides, on the share's identity, on the
journal, and hostile bytes in every file read from the share; each driven through the CLI as
the attacker and the victims would."""

from __future__ import annotations

import json

import pytest

from udsat_desktop.sync import roster

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
    from udsat_desktop.sync.outbox import key_path, sign_record

    share, kk, _aa, _bb, keys = round_
    outsider = new_member(tmp_path, "Ole Udefra", "OU", share=share)
    case_key = keys[4]
    sign_ready_for(outsider, kk, case_key)
    for pdf in outsider.paths.outbox.glob("*.pdf"):
        record = json.loads(pdf.with_suffix(".json").read_text())
        record = sign_record(record, key_path(outsider.paths), KEY_PASS)
        for target, data in (
            (pdf_of(share, record), pdf.read_bytes()),
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
    from udsat_desktop.sync.engine import claim_target

    share, kk, aa, bb, keys = round_
    version = roster.current(aa.paths).version
    planted = {
        "roster": share / "team" / f"roster-{version + 1:06d}.json",
        "request": share / "reviewers" / "ond-0001.json",
        "assignment": share / "assignments" / aa.user_id / "20260101T000000-aaaaaa.json",
        "claim": claim_target(share, keys[5]) / "claim.json",
        "record": share / "records" / "2026" / "01" / "r-ond.json",
        "head": share / "audit-heads" / kk.user_id / "99999999.json",
    }
    for path in planted.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(NESTED)
    code, report = aa.run("sync")
    assert code == 0, report
    refused = dict(report["refused"])
    assert "dybt indlejret" in refused[f"team/roster-{version + 1:06d}.json"]
    assert "dybt indlejret" in refused[f"assignments/{aa.user_id}/20260101T000000-aaaaaa.json"]
    assert report["roster_version"] == version
    code, report = bb.run("sync")
    assert code == 0, report
    code, report = kk.run("sync")
    assert code == 0, report
    code, out = kk.run("team", "requests")
    assert code == 0, out
    assert any(
        p["file"] == "ond-0001.json" and "dybt indlejret" in p["reason"] for p in out["problems"]
    )
    code, report = kk.run("ingest")
    assert code in (0, 1), report
    assert any(name == "r-ond.json" and "dybt indlejret" in why for name, why in report["problems"])
    assert report["new"] >= 2  # Anna's two reviews are in
    code, out = kk.run("audit", "verify")
    assert isinstance(out, dict), out  # no crash: one verdict
    assert any("dybt indlejret" in h["reason"] for h in out["refused_heads"]), out
    # Bo's claim of the case whose claim folder holds the brackets: ignored, reported, his
    db, profile = bb.open()
    try:
        from udsat_desktop.sync.engine import claim_case

        held = claim_case(db, profile, keys[5], share)
    finally:
        db.close()
    assert held.state == "held" and held.holder == bb.user_id
    assert any("dybt indlejret" in r for r in attacks.refused_reasons(bb))
