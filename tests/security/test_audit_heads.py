"""An audit log its owner cannot quietly rewrite (issue 16, item 6): each sync publishes the
chain's head, signed, write-once; `udsat audit verify` checks the local chain against every
published head and names the first entry that no longer matches. And the log's CPR mask
leaves review ids alone."""

from __future__ import annotations

import hashlib
import json
import logging

from tests.sync.conftest import team, team_template  # noqa: F401 - the three-member team
from udsat_desktop import cli
from udsat_desktop.platform.logsetup import CprMaskingFilter
from udsat_desktop.store import audit
from udsat_desktop.sync.audit_heads import FOLDER


def work(member, entries: int) -> None:
    """Reads of cases, as the window logs them."""
    db, profile = member.open()
    try:
        for n in range(entries):
            audit.append_now(db, profile.user_id, "case.read", None, step=n)
    finally:
        db.close()


def heads_of(share, member) -> list:
    return sorted((share / FOLDER / member.user_id).glob("*.json"))


def rewrite_chain(db, entry_id: int, details: str | None = None, delete_from: int | None = None):
    """What an owner with the passphrase could do: edit (or delete) entries, drop the
    triggers, and recompute every hash after it so the local chain verifies again."""
    con = db.reader()
    triggers = [
        r[0]
        for r in con.execute(
            "SELECT sql FROM sqlite_master WHERE name IN ('audit_log_no_update', "
            "'audit_log_no_delete')"
        )
    ]
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    if delete_from is not None:
        con.execute("DELETE FROM audit_log WHERE id >= ?", (delete_from,))
    if details is not None:
        con.execute("UPDATE audit_log SET details = ? WHERE id = ?", (details, entry_id))
        rows = list(
            con.execute(
                "SELECT id, at, user_id, action, case_id, details FROM audit_log WHERE id >= ? "
                "ORDER BY id",
                (entry_id,),
            )
        )
        prev = con.execute("SELECT prev_hash FROM audit_log WHERE id = ?", (entry_id,)).fetchone()[
            0
        ]
        for i, at, user_id, action, case_id, text in rows:
            digest = hashlib.sha256(
                (prev + audit._content(at, user_id, action, case_id, text)).encode()
            ).hexdigest()
            con.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, i)
            )
            prev = digest
    for sql in triggers:
        con.execute(sql)


def test_each_sync_publishes_a_signed_head_and_verify_uses_them(team):  # noqa: F811
    share, _kk, aa, _bb = team
    assert aa.run("sync")[0] == 0
    work(aa, 3)
    assert aa.run("sync")[0] == 0
    assert len(heads_of(share, aa)) == 1
    assert aa.run("sync")[0] == 0  # nothing new since: no new head (issue 31)
    assert len(heads_of(share, aa)) == 1
    work(aa, 2)
    assert aa.run("sync")[0] == 0
    files = heads_of(share, aa)
    assert [f.name for f in files][:2] == ["00000001.json", "00000002.json"]
    body = json.loads(files[1].read_text())["head"]
    assert body["user_id"] == aa.user_id and body["count"] >= 2 and body["last_id"] >= 2
    text = files[0].read_text()
    for word in ("Anna", "Ager", "import", "details"):
        assert word not in text  # ids and hashes only
    code, out = aa.run("audit", "verify")
    assert code == 0, out
    assert out["ok"] and out["published_heads"] == len(files) and out["pinned_entries"] >= 2


def test_a_rewritten_chain_is_named_at_its_first_changed_entry(team):  # noqa: F811
    _share, _kk, aa, _bb = team
    work(aa, 4)
    aa.run("sync")
    work(aa, 4)
    aa.run("sync")
    db, _profile = aa.open()
    try:
        ids = [r[0] for r in db.reader().execute("SELECT id FROM audit_log ORDER BY id")]
        target = ids[2]
        rewrite_chain(db, target, details='{"note": "omskrevet"}')
        assert audit.verify_chain(db) is None  # the local chain alone no longer tells
    finally:
        db.close()
    code, out = aa.run("audit", "verify")
    assert code == 1
    assert out["first_broken_entry"] == target and not out["ok"]
    assert "hoved" in out["reason"]
    import contextlib
    import io

    from udsat_desktop.cli import main as cli

    err, outp = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(outp), contextlib.redirect_stderr(err):
        code = cli(["--data-dir", str(aa.data), "audit", "verify"])
    assert code == 1 and f"post {target}" in outp.getvalue()


def test_deleted_newest_entries_are_named(team):  # noqa: F811
    _share, _kk, aa, _bb = team
    work(aa, 5)
    aa.run("sync")
    db, _profile = aa.open()
    try:
        last = db.reader().execute("SELECT max(id) FROM audit_log").fetchone()[0]
        rewrite_chain(db, last - 1, delete_from=last - 1)
        assert audit.verify_chain(db) is None
    finally:
        db.close()
    code, out = aa.run("audit", "verify")
    assert code == 1 and out["first_broken_entry"] == last - 1
    assert "findes ikke" in out["reason"]


def test_an_edited_or_foreign_head_is_refused(team, capsys):  # noqa: F811
    share, _kk, aa, bb = team
    work(aa, 2)
    aa.run("sync")
    (first,) = heads_of(share, aa)
    signed = json.loads(first.read_text())
    signed["head"]["count"] += 100
    first.write_text(json.dumps(signed))
    code, out = aa.run("audit", "verify")
    assert code == 1 and out["refused_heads"][0]["file"] == first.name
    assert "underskriften" in out["refused_heads"][0]["reason"]
    # the JSON agrees with the exit status; the entries themselves were in order
    assert out["ok"] is False and out["chain_ok"] is True and out["first_broken_entry"] is None
    capsys.readouterr()
    assert cli.main(["--data-dir", str(aa.data), "audit", "verify"]) == 1
    assert capsys.readouterr().out.startswith(
        "Loggen kan ikke godkendes: 1 af dine offentliggjorte hoveder mangler eller er ændret"
    )
    # a head another installation signed, placed in Anna's folder
    work(bb, 2)
    bb.run("sync")
    (bo_head,) = heads_of(share, bb)
    fake = json.loads(bo_head.read_text())
    fake["head"]["user_id"] = aa.user_id
    (share / FOLDER / aa.user_id / "00000009.json").write_text(json.dumps(fake))
    code, out = aa.run("audit", "verify")
    reasons = {r["file"]: r["reason"] for r in out["refused_heads"]}
    assert code == 1 and "anden nøgle" in reasons["00000009.json"]
    assert out["missing_heads"] == [1]  # Anna's own, edited; Bo's head is a finding only


def test_the_cpr_mask_leaves_review_ids_and_hashes_alone():
    mask = CprMaskingFilter()

    def masked(text: str) -> str:
        record = logging.LogRecord("x", logging.INFO, __file__, 1, text, None, None)
        mask.filter(record)
        return record.getMessage()

    assert masked("review R-0101901234AB signed") == "review R-0101901234AB signed"
    assert masked("review R-AB0101901234 signed") == "review R-AB0101901234 signed"
    digest = "3f0101901234" + "ab" * 26
    assert masked(f"pdf {digest}") == f"pdf {digest}"
    assert masked("cpr 010190-1234 and 0101901234.") == "cpr 010190-xxxx and 010190-xxxx."
    assert masked("(0101901234)") == "(010190-xxxx)"
