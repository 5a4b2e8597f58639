"""Nothing lost unnoticed (issue 28, points 3-5), tried as the attacker (anyone who can write to
the share, or an insider) and the victims would: work deleted from the share, a list cut
short, an outsider's pair squatting a just-published id, a deleted correction, hostile list
pieces, audit heads deleted or junk, and a revocation that must not reach backwards."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.queued import member_queue
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync.audit_heads import FOLDER as HEADS
from udsat_desktop.sync.published import FOLDER as LISTS

from .conftest import KEY_PASS, Member
from .test_attacks import (  # noqa: F401 - the fixtures of a round with two signed reviews
    new_member,
    pdf_of,
    plain,
    record_path_of,
    records,
    round_,
    round_template,
    sign_ready,
    status_of,
    verdict_of,
)

LIB = bundled_library()


def list_pieces(share, member: Member) -> list:
    return sorted((share / LISTS / member.user_id).rglob("*.json"))


def anna_reviews(share, aa) -> list[dict]:
    return sorted(
        (r for r in records(share).values() if r["signed_by"] == aa.user_id),
        key=lambda r: r["review_id"],
    )


# ----------------------------------------------------------------------------- point 3


def test_work_deleted_from_the_share_is_named_missing_and_published_again(round_, qapp):  # noqa: F811
    share, kk, aa, _bb, _keys = round_
    one, other = anna_reviews(share, aa)
    # Anna's list is on the share: ids and hashes only, signed, no personal data
    (piece,) = list_pieces(share, aa)
    listed = json.loads(piece.read_text())
    assert {e["id"] for e in listed["payload"]["entries"]} == {
        one["review_id"],
        other["review_id"],
    }
    assert one["case_key"] not in piece.read_text() and "Anna" not in piece.read_text()
    # someone deletes one of Anna's signed pairs after the upload
    for path in (pdf_of(share, one), record_path_of(share, one)):
        path.unlink()
    code, report = kk.run("ingest")
    assert code == 1
    assert report["new"] == 1
    assert [(m["user_id"], m["review_id"]) for m in report["missing"]] == [
        (aa.user_id, one["review_id"])
    ]
    assert "mangler på fællesmappen" in report["missing"][0]["reason"]
    assert status_of(kk, one["case_key"]) != "synkroniseret"
    # the window's ingest report says it too
    from udsat_desktop.sync.ingest import ingest
    from udsat_desktop.ui.team.sync_ui import describe_ingest

    db, profile = kk.open()
    try:
        shown = describe_ingest(ingest(db, kk.paths, profile, share))
    finally:
        db.close()
    assert "Offentliggjort af teamet, men mangler her (1):" in shown
    assert f"{aa.user_id}: {one['review_id']}: gennemgangen er offentliggjort" in shown
    # Anna's app puts back what is missing (the signed bytes are in her encrypted store)
    code, synced = aa.run("sync")
    assert code == 0, synced
    assert sorted(synced["republished"]) == sorted(
        [
            pdf_of(share, one).relative_to(share).as_posix(),
            record_path_of(share, one).relative_to(share).as_posix(),
        ]
    )
    code, report = kk.run("ingest")
    assert code == 0, report
    assert report["new"] == 1 and report["missing"] == []
    assert verdict_of(kk, one["review_id"]) == "TRUSTED"
    # a deleted piece of her list comes back too
    piece.unlink()
    code, synced = aa.run("sync")
    assert code == 0 and synced["republished"] == [piece.relative_to(share).as_posix()]
    assert piece.is_file()
    # and a sync with nothing missing writes nothing
    assert aa.run("sync")[1]["republished"] == []


@pytest.mark.expected_log(r"file on the share refused")
def test_a_list_cut_short_is_noticed_and_the_coordinator_puts_the_old_one_back(round_):  # noqa: F811
    share, kk, aa, _bb, _keys = round_
    assert kk.run("ingest")[0] == 0  # the coordinator holds Anna's list (two entries)
    (piece,) = list_pieces(share, aa)
    # Anna, as an insider, drops her newest entry: from her store and from the share, and
    # publishes a list of one; then she deletes that review's files
    db, _ = aa.open()
    try:
        con = db.reader()
        last = con.execute("SELECT review_key FROM published_item ORDER BY seq DESC").fetchone()[0]
        con.execute("DELETE FROM published_item WHERE review_key = ?", (last,))
        con.execute("DELETE FROM published_chunk")
    finally:
        db.close()
    piece.unlink()
    dropped = records(share)[last]
    for path in (pdf_of(share, dropped), record_path_of(share, dropped)):
        path.unlink()
    assert aa.run("sync")[0] == 0
    (shorter,) = piece.parent.glob("00000001-*.json")
    code, report = kk.run("ingest")
    assert code == 1
    # the shorter list does not extend the one held: named; the held piece goes back
    assert any(
        name == shorter.relative_to(share).as_posix() and "afkortet eller skrevet om" in why
        for name, why in report["problems"]
    )
    assert report["restored"] == [piece.relative_to(share).as_posix()]
    assert piece.is_file()
    # nothing is lost: the coordinator's store holds the dropped review, which still counts
    assert report["missing"] == []
    assert verdict_of(kk, last) == "TRUSTED"


def _outsider_pair_under(share, kk, outsider: Member, review_id: str, case_key: str) -> dict:
    """The outsider signs a review of the case with their own key, under `review_id`, and
    places it plain where the genuine record lies (their PDF where their record says)."""
    from udsat_desktop.store import sync_work as sync_state

    db, _ = kk.open()
    try:
        _ids, cases = sync_state.cases_to_assign(db, [case_key])
    finally:
        db.close()
    db, profile = outsider.open()
    try:
        sync_state.take_assigned_cases(db, profile, "copied", cases, {})
        build_demo_reviews(db, 1, profile.user_id, LIB, seed=99, all_ready=True)
        db.reader().execute("UPDATE review SET review_key = ?", (review_id,))
    finally:
        db.close()
    assert outsider.run("sign", "--ready")[0] == 0
    ((pdf, record_text),) = member_queue(outsider).values()  # the encrypted queue
    record = json.loads(record_text)
    assert record["review_id"] == review_id
    target = pdf_of(share, record)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)
    record_path_of(share, record).parent.mkdir(parents=True, exist_ok=True)
    return record


@pytest.mark.expected_log(r"file on the share refused")
def test_an_outsiders_pair_under_a_just_published_id_does_not_pin_it(round_, tmp_path):  # noqa: F811
    share, kk, aa, _bb, _keys = round_
    genuine, _other = anna_reviews(share, aa)
    review_id, case_key = genuine["review_id"], genuine["case_key"]
    # the genuine files are taken away; the outsider's pair lies under the id
    aside = tmp_path / "aside"
    aside.mkdir()
    genuine_record, genuine_pdf = record_path_of(share, genuine), pdf_of(share, genuine)
    shutil.move(genuine_record, aside / "record")
    shutil.move(genuine_pdf, aside / "pdf")
    outsider = new_member(tmp_path, "Ole Udefra", "OU", share=share)
    forged = _outsider_pair_under(share, kk, outsider, review_id, case_key)
    genuine_record.write_text(json.dumps(forged))  # the outsider's record, under the id
    code, report = kk.run("ingest")
    assert review_id in report["unknown_signer"]
    assert status_of(kk, case_key) != "synkroniseret"
    # Anna's list names the id with her PDF's hash: the coordinator is told
    assert any(m["review_id"] == review_id for m in report["missing"])
    # the genuine files are put back: they are ingested, not refused as a conflict
    forged_pdf = pdf_of(share, forged).read_bytes()
    for path in (genuine_record, pdf_of(share, forged)):
        path.unlink(missing_ok=True)
    shutil.move(aside / "record", genuine_record)
    shutil.move(aside / "pdf", genuine_pdf)
    code, report = kk.run("ingest")
    assert code == 0 and report["content_conflicts"] == [], report
    assert verdict_of(kk, review_id) == "TRUSTED"
    assert report["missing"] == []
    out = tmp_path / "summary.pdf"
    assert kk.run("summary", case_key, "--out", str(out))[0] == 0
    assert out.read_bytes() == plain(genuine_pdf)  # the stored copy is Anna's
    # and the outsider's pair placed again later is a conflict; Anna's stays
    genuine_record.write_text(json.dumps(forged))
    pdf_of(share, forged).write_bytes(forged_pdf)
    _code, report = kk.run("ingest")
    assert review_id in report["content_conflicts"] and verdict_of(kk, review_id) == "TRUSTED"


@pytest.mark.expected_log(r"file on the share refused")
def test_a_colleagues_pair_under_anothers_published_id_gives_way(round_, tmp_path):  # noqa: F811
    """Bo, an approved member, places a pair he signed under the id Anna just published (by
    hand, not on his own list): it is ingested first, but Anna's list says whose the id is,
    so her genuine files, put back, take it."""
    from udsat_desktop.flows.signing import ensure_key

    share, kk, aa, bb, _keys = round_
    db, bo = bb.open()
    db.close()
    ensure_key(bb.paths, bo, KEY_PASS)
    assert bb.run("sync")[0] == 0
    assert kk.run("sync")[0] == 0  # Bo's certificate joins the roster
    genuine = anna_reviews(share, aa)[0]
    review_id = genuine["review_id"]
    genuine_record, genuine_pdf = record_path_of(share, genuine), pdf_of(share, genuine)
    aside = tmp_path / "aside"
    aside.mkdir()
    shutil.move(genuine_record, aside / "record")
    shutil.move(genuine_pdf, aside / "pdf")
    bos = _outsider_pair_under(share, kk, bb, review_id, genuine["case_key"])
    genuine_record.write_text(json.dumps(bos))
    code, report = kk.run("ingest")
    assert verdict_of(kk, review_id) == "TRUSTED", report  # Bo's, for now
    assert [m["review_id"] for m in report["missing"]] == [review_id]  # Anna's, as listed
    pdf_of(share, bos).unlink(missing_ok=True)
    genuine_record.unlink()
    shutil.move(aside / "record", genuine_record)
    shutil.move(aside / "pdf", genuine_pdf)
    code, report = kk.run("ingest")
    assert code == 0 and report["content_conflicts"] == [] and report["missing"] == [], report
    db, _ = kk.open()
    try:
        stored = json.loads(
            db.reader()
            .execute("SELECT record FROM ingested_record WHERE review_key = ?", (review_id,))
            .fetchone()[0]
        )
    finally:
        db.close()
    assert stored["signed_by"] == aa.user_id


def _sign_correction(aa: Member, review_id: str) -> str:
    from udsat_desktop.store import reviews

    db, profile = aa.open()
    try:
        old = (
            db.reader()
            .execute(
                "SELECT id, template_id, template_version FROM review WHERE review_key = ?",
                (review_id,),
            )
            .fetchone()
        )
        new = reviews.start_correction(db, old[0], profile.user_id, "Ny lægeattest")
        template = LIB.get(str(old[1]), str(old[2]))
        assert reviews.mark_ready(db, new.id, profile.user_id, template) == []
        key = new.review_key
    finally:
        db.close()
    code, out = aa.run("sign", "--ready")
    assert code == 0, out
    return key


def test_a_deleted_correction_is_named_missing_not_silently_replaced(round_):  # noqa: F811
    share, kk, aa, _bb, _keys = round_
    assert kk.run("ingest")[0] == 0
    first, _other = anna_reviews(share, aa)
    correction = _sign_correction(aa, first["review_id"])
    assert aa.run("sync")[0] == 0
    fixed = records(share)[correction]
    assert fixed["replaces_review_id"] == first["review_id"]
    for path in (pdf_of(share, fixed), record_path_of(share, fixed)):
        path.unlink()
    code, report = kk.run("ingest")
    assert code == 1
    (missing,) = report["missing"]
    assert missing["review_id"] == correction and missing["replaces"] == first["review_id"]
    assert missing["case_key"] == first["case_key"]
    assert "den retter" in missing["reason"]
    # Anna's next sync puts it back; the coordinator then holds version 2
    assert aa.run("sync")[0] == 0
    code, report = kk.run("ingest")
    assert code == 0 and report["missing"] == [] and report["new"] == 1
    assert verdict_of(kk, correction) == "TRUSTED"


@pytest.mark.expected_log(r"file on the share refused")
def test_hostile_list_pieces_are_named_and_the_rest_of_the_ingest_goes_on(round_, tmp_path):  # noqa: F811
    share, kk, aa, bb, _keys = round_
    (piece,) = list_pieces(share, aa)
    folder = piece.parent
    zeros = "0" * 16
    (folder / f"00000007-{zeros}.json").write_bytes(b"[" * 200_000)  # nested brackets
    (folder / f"00000008-{zeros}.json").write_bytes(b"x" * (2 << 20))  # oversized
    (folder / f"00000009-{zeros}.json").mkdir()  # a folder named like a piece
    (folder / "notes.txt").write_text("hej")  # not a piece at all
    # a piece signed by an outsider, and one of Bo's pieces copied into Anna's folder
    outsider = new_member(tmp_path, "Ole Udefra", "OU", share=share)
    from udsat_desktop.sync import trust

    db, _ = outsider.open()
    try:
        forged = trust.seal_envelope(
            db,
            "udsat-published/1",
            {"user_id": aa.user_id, "key_id": folder.name, "count": 10, "entries": []},
        )
    finally:
        db.close()
    (folder / f"00000010-{zeros}.json").write_bytes(forged)
    # Bo's folder is a file
    (share / LISTS / bb.user_id).write_bytes(b"{}")
    code, report = kk.run("ingest")
    assert code == 1
    assert report["new"] == 2  # Anna's reviews are in
    named = {name: why for name, why in report["problems"]}
    base = folder.relative_to(share).as_posix()
    assert "for dybt indlejret" in named[f"{base}/00000007-{zeros}.json"]
    assert "for stor" in named[f"{base}/00000008-{zeros}.json"]
    assert "ikke en almindelig fil" in named[f"{base}/00000009-{zeros}.json"]
    assert "ikke underskrevet af" in named[f"{base}/00000010-{zeros}.json"]
    assert "ikke et stykke af listen" in named[f"{base}/notes.txt"]
    # named again at the next ingest, audited once
    code, again = kk.run("ingest")
    assert {n for n, _ in again["problems"]} == set(named)
    assert any(name.startswith(f"{LISTS}/{bb.user_id}") for name in named)
    assert verdict_of(kk, anna_reviews(share, aa)[0]["review_id"]) == "TRUSTED"


# ----------------------------------------------------------------------------- point 4


def test_own_heads_deleted_from_the_share_are_named_and_put_back(round_):  # noqa: F811
    share, _kk, aa, _bb, _keys = round_
    assert aa.run("sync")[0] == 0
    heads = sorted((share / HEADS / aa.user_id).glob("*.json"))
    assert heads
    for head in heads:  # an outsider deletes all of Anna's heads
        head.unlink()
    code, out = aa.run("audit", "verify")
    assert code == 1 and not out["ok"] and out["chain_ok"]
    assert out["missing_heads"] == [int(h.stem) for h in heads]
    code, synced = aa.run("sync")
    assert code == 0
    assert set(synced["republished"]) >= {h.relative_to(share).as_posix() for h in heads}
    code, out = aa.run("audit", "verify")
    assert code == 0 and out["missing_heads"] == [], out


def test_a_junk_or_foreign_head_is_a_finding_not_a_broken_log(round_):  # noqa: F811
    share, _kk, aa, bb, _keys = round_
    assert aa.run("sync")[0] == 0
    assert bb.run("sync")[0] == 0
    folder = share / HEADS / aa.user_id
    (folder / "00009999.json").write_bytes(b"[" * 100_000)
    bo_head = sorted((share / HEADS / bb.user_id).glob("*.json"))[0]
    (folder / "00009998.json").write_bytes(bo_head.read_bytes())
    code, out = aa.run("audit", "verify")
    assert code == 0, out
    assert out["ok"] and out["chain_ok"] and out["missing_heads"] == []
    found = {r["file"] for r in out["refused_heads"]}
    assert found == {"00009999.json", "00009998.json"}


def test_an_insider_who_deletes_their_heads_is_caught_by_the_coordinators_copy(round_):  # noqa: F811
    from tests.security.test_audit_heads import rewrite_chain, work

    share, kk, aa, _bb, _keys = round_
    work(aa, 3)
    assert aa.run("sync")[0] == 0
    code, synced = kk.run("sync")  # the coordinator keeps Anna's heads
    assert code == 0 and synced["restored"] == []
    # Anna rewrites an entry, deletes her heads on the share and her own record of them
    db, _ = aa.open()
    try:
        ids = [r[0] for r in db.reader().execute("SELECT id FROM audit_log ORDER BY id")]
        rewrite_chain(db, ids[1], details='{"note": "omskrevet"}')
        db.reader().execute("DELETE FROM audit_head")
    finally:
        db.close()
    heads = sorted((share / HEADS / aa.user_id).glob("*.json"))
    for head in heads:
        head.unlink()
    assert aa.run("audit", "verify")[0] == 0  # on her own, nothing tells
    code, synced = kk.run("sync")
    assert code == 0
    assert set(synced["restored"]) == {h.relative_to(share).as_posix() for h in heads}
    code, out = aa.run("audit", "verify")
    assert code == 1 and out["first_broken_entry"] == ids[1]


# ----------------------------------------------------------------------------- point 5


@pytest.mark.expected_log(r"file on the share refused")
def test_a_revocation_does_not_reach_back_to_earlier_signatures(round_):  # noqa: F811
    share, kk, aa, _bb, _keys = round_
    assert kk.run("ingest")[0] == 0
    earlier = anna_reviews(share, aa)
    assert all(verdict_of(kk, r["review_id"]) == "TRUSTED" for r in earlier)
    code, out = kk.run("team", "revoke", aa.user_id)
    assert code == 0, out
    code, report = kk.run("ingest", "--full")
    assert report["revoked_signer"] == [], report
    for r in earlier:
        assert verdict_of(kk, r["review_id"]) == "TRUSTED"
        assert status_of(kk, r["case_key"]) == "synkroniseret"
    # what Anna signs after the revocation does not count
    sign_ready(aa, 1, seed=83)
    code, synced = aa.run("sync")
    assert synced["removed_from_team"]
    later = [r for r in anna_reviews(share, aa) if r not in earlier]
    assert len(later) == 1
    code, report = kk.run("ingest")
    assert report["revoked_signer"] == [later[0]["review_id"]]
    assert "tilbagekaldt" in report["reasons"][later[0]["review_id"]]
    assert status_of(kk, later[0]["case_key"]) != "synkroniseret"


@pytest.mark.expected_log(r"file on the share refused")
def test_a_revoked_member_cannot_backdate_by_rewriting_their_list(round_):  # noqa: F811
    """Anna, revoked, signs a review and slips it into her list before her old entries (a new
    list from scratch): the coordinator holds the old list, refuses the rewritten one, and the
    review stays refused."""
    share, kk, aa, _bb, _keys = round_
    assert kk.run("ingest")[0] == 0
    assert kk.run("team", "revoke", aa.user_id)[0] == 0
    sign_ready(aa, 1, seed=84)
    db, _ = aa.open()
    try:
        db.reader().execute("DELETE FROM published_item")
        db.reader().execute("DELETE FROM published_chunk")
    finally:
        db.close()
    for piece in list_pieces(share, aa):
        piece.unlink()
    assert aa.run("sync")[0] == 0
    _code, report = kk.run("ingest")
    later = [
        r["review_id"]
        for r in anna_reviews(share, aa)
        if verdict_of(kk, r["review_id"]) is None or r["review_id"] in report["revoked_signer"]
    ]
    assert later and set(later) <= set(report["revoked_signer"])
    assert any("afkortet eller skrevet om" in why for _n, why in report["problems"])
