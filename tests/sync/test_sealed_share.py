"""The sealed share (issue 16, item 1): every file with personal or case content on the share is
sealed to its readers (the signing reviewers and the roster's coordinators); nothing on the
share or in a data folder is readable after a whole team round; a reader removed from the
roster gets nothing sealed to them afterwards; a file not sealed to me is reported, not a
crash; old plain files still ingest."""

from __future__ import annotations

import json
import os

import pytest

from tests.queued import member_queue
from tests.team_helpers import reader_key, unsealed
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.sync import sealed
from udsat_desktop.sync.claims import claim_case
from udsat_desktop.sync.layout import targets_of

from .conftest import enrol

# hostile or foreign files are refused on purpose here, each with its log line
pytestmark = pytest.mark.expected_log(r"file on the share refused")


LIB = bundled_library()
MEETING = "2026-12-03"


# ----------------------------------------------------------------------------- the format


def _keys(n: int) -> list[tuple[bytes, bytes]]:
    return [(p, sealed.public_of(p)) for p in (sealed.new_private_key() for _ in range(n))]


def test_each_recipient_opens_and_no_one_else():
    readers = _keys(3)
    outsider, _ = _keys(1)[0]
    blob = sealed.seal_for(
        [pub for _, pub in readers],
        b"%PDF-1.7 signed",
        kind="summary",
        name="summaries/2026/12/R-1.pdf",
    )
    assert sealed.is_sealed(blob) and b"signed" not in blob
    for private, _ in readers:
        assert (
            sealed.open_for(private, blob, name="summaries/2026/12/R-1.pdf", kind="summary")
            == b"%PDF-1.7 signed"
        )
    with pytest.raises(sealed.NotForMe, match="ikke krypteret til dig"):
        sealed.open_for(outsider, blob)
    header = sealed.sealed_header(blob)
    assert header["kind"] == "summary" and len(header["slots"]) == 3
    assert "R-1" in header["name"] and not any(
        pub.hex() in blob.decode("latin-1") for _, pub in readers
    )


def test_the_header_and_the_content_are_authenticated():
    (private, public), (_other, other_public) = _keys(2)
    blob = sealed.seal_for(
        [public, other_public], b"record", kind="record", name="records/2026/12/R-1.json"
    )
    start = len(sealed.MAGIC) + 4
    length = int.from_bytes(blob[len(sealed.MAGIC) : start], "big")
    header = json.loads(blob[start : start + length])

    def rebuilt(changed: dict) -> bytes:
        text = json.dumps(changed, sort_keys=True, separators=(",", ":")).encode()
        return sealed.MAGIC + len(text).to_bytes(4, "big") + text + blob[start + length :]

    # another name or kind in the header (to move the file elsewhere on the share)
    for field, value in (("name", "records/2026/12/R-2.json"), ("kind", "summary")):
        with pytest.raises(sealed.SealError, match="ændret"):
            sealed.open_for(private, rebuilt({**header, field: value}))
    # a slot removed: the header no longer matches what the content was sealed with
    slots = [s for s in header["slots"]]
    for slot in slots:
        with pytest.raises(sealed.SealError):
            sealed.open_for(private, rebuilt({**header, "slots": [s for s in slots if s != slot]}))
    # a flipped bit in the ciphertext, a cut-short file, garbage
    flipped = bytearray(blob)
    flipped[-5] ^= 1
    for bad in (bytes(flipped), blob[:-7], blob[: start + 3], sealed.MAGIC + b"\xff" * 40):
        with pytest.raises(sealed.SealError):
            sealed.open_for(private, bad)
    # opened in the wrong place or as the wrong kind
    with pytest.raises(sealed.SealError, match="andet sted"):
        sealed.open_for(private, blob, name="records/2026/12/R-9.json")
    with pytest.raises(sealed.SealError, match="anden slags"):
        sealed.open_for(private, blob, kind="claim")
    # a plain file of before is given as it is
    assert (
        sealed.unseal_share_file(private, b'{"format": 1}', name="x", kind="record")
        == b'{"format": 1}'
    )


def test_a_seed_makes_the_same_bytes_and_nothing_else_repeats():
    (_private, public), (_o, other) = _keys(2)
    seed = os.urandom(32)
    one = sealed.seal_for([public, other], b"data", kind="record", name="a", seed=seed)
    assert one == sealed.seal_for([other, public], b"data", kind="record", name="a", seed=seed)
    assert one != sealed.seal_for([public, other], b"data", kind="record", name="b", seed=seed)
    assert one != sealed.seal_for([public, other], b"datb", kind="record", name="a", seed=seed)
    assert one != sealed.seal_for([public, other], b"data", kind="record", name="a")
    with pytest.raises(sealed.SealError):
        sealed.seal_for([], b"data", kind="record", name="a")


# ----------------------------------------------------------------------------- a whole round


def _secrets(kk, *reviewers) -> list[str]:
    """What must not be readable anywhere: every citizen's name and CPR number (with and
    without the dash) and every free text the reviewers wrote."""
    db, _ = kk.open()
    try:
        rows = db.reader().execute('SELECT cpr, name FROM "case"').fetchall()
    finally:
        db.close()
    found = [cpr for cpr, _ in rows] + [cpr.replace("-", "") for cpr, _ in rows]
    found += [name for _, name in rows]
    for member in reviewers:
        db, _ = member.open()
        try:
            for (answers,) in db.reader().execute("SELECT answers FROM review"):
                for value in _strings(json.loads(answers)):
                    if len(value) >= 16 and " " in value:
                        found.append(value)
        finally:
            db.close()
    return sorted(set(found))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _needles(text: str) -> list[bytes]:
    return list(
        dict.fromkeys(
            [text.encode("utf-8"), json.dumps(text)[1:-1].encode("ascii"), text.encode("utf-16-be")]
        )
    )


def _readable(folder, secrets: list[str]) -> list[str]:
    hits = []
    needles = [(s, n) for s in secrets for n in _needles(s)]
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        if b"%PDF" in data:
            hits.append(f"{path}: a plain PDF")
        hits.extend(f"{path}: {text!r}" for text, needle in needles if needle in data)
    return hits


def test_after_a_whole_round_nothing_is_readable_on_the_share_or_in_a_data_folder(team, tmp_path):
    share, kk, aa, bb = team
    assert kk.run("demo", "--cases", "12")[0] == 0
    enrol(kk, aa, bb)
    db, _ = kk.open()
    keys = [
        k
        for (k,) in db.reader().execute(
            "SELECT case_key FROM \"case\" WHERE status IN ('ny', 'tildelt') ORDER BY cpr, name"
        )
    ]
    db.close()
    assert kk.run("assign", "--to", aa.user_id, *keys[:6])[0] == 0
    assert kk.run("assign", "--to", bb.user_id, *keys[6:9])[0] == 0
    for member in (aa, bb):
        assert member.run("pull")[1]["assigned_cases"] > 0
    # claims online (sealed to the team), reviews, signatures, sync
    for member, mine, count, seed in ((aa, keys[:6], 6, 71), (bb, keys[6:9], 2, 72)):
        db, profile = member.open()
        try:
            for key in mine[:count]:
                assert claim_case(db, profile, key, share).state == "held"
            build_demo_reviews(db, count, profile.user_id, LIB, seed=seed, all_ready=True)
        finally:
            db.close()
        assert member.run("sign", "--ready")[0] == 0
        code, report = member.run("sync")
        assert code == 0 and len(report["published"]) == 2 * count, report
    # Bo is told who holds one of Anna's cases: he can open her sealed claim
    db, profile = bb.open()
    try:
        clash = claim_case(db, profile, keys[0], share)
        assert clash.state == "clash" and clash.holder == aa.user_id
    finally:
        db.close()
    # the coordinator ingests (unsealing), plans a meeting and builds its packet
    code, report = kk.run("ingest")
    assert code == 0 and report["new"] == 8 and not report["problems"], report
    assert kk.run("meeting", "new", "--date", MEETING, "--time", "09:30")[0] == 0
    code, out = kk.run("meeting", "candidates")
    candidates = [c["case_key"] for c in out["candidates"]]
    assert candidates
    assert kk.run("meeting", "add", "--date", MEETING, *candidates[:3])[0] == 0
    export = tmp_path / "eksport"  # the explicit export: outside every data folder
    code, out = kk.run("packet", "--meeting", MEETING, "--out", str(export))
    assert code == 0 and out.get("shared_to"), out
    assert kk.run("sync")[0] == 0 and aa.run("sync")[0] == 0 and bb.run("sync")[0] == 0

    # every file with case content on the share is sealed ...
    content = [
        p
        for folder in ("summaries", "records", "claims", "meetings")
        for p in (share / folder).rglob("*")
        if p.is_file()
    ]
    assert len([p for p in content if p.parent.parent.parent.name == "summaries"]) == 8
    assert any(p.parent.parent.name == "meetings" for p in content)
    assert all(sealed.is_sealed(p.read_bytes()) for p in content), [
        str(p) for p in content if not sealed.is_sealed(p.read_bytes())
    ]
    # ... and nothing anywhere on the share or in a data folder is readable
    secrets = _secrets(kk, aa, bb)
    assert len(secrets) > 36  # 12 names, 24 CPR forms, the reviews' free text
    for folder in (share, kk.data, aa.data, bb.data):
        assert _readable(folder, secrets) == [], folder
    # the test would see it: the exported packet is a plain PDF, and names and CPR numbers
    # written plain (as JSON escapes them, or not) are found
    assert _readable(export, secrets)
    control = tmp_path / "control"
    control.mkdir()
    (control / "plain.json").write_text(json.dumps({"cpr": secrets[0], "n": secrets[-1]}))
    (control / "plain.txt").write_text(secrets[0].replace("-", "") + secrets[-1])
    assert len(_readable(control, secrets)) >= 3

    # the readers are the signer and the coordinators: Bo cannot open Anna's summaries, the
    # packet is the coordinators' alone; the coordinator's store holds every summary
    anna_pdf = next(
        p
        for p in content
        if p.suffix == ".pdf"
        and p.parent.parent.parent.name == "summaries"
        and _opens(p, reader_key(aa))
    )
    with pytest.raises(sealed.NotForMe):
        unsealed(anna_pdf, reader_key(bb))
    assert unsealed(anna_pdf, reader_key(kk)).startswith(b"%PDF")
    packet = next((share / "meetings" / MEETING).glob("moedepakke_*.pdf"))
    for member in (aa, bb):
        with pytest.raises(sealed.NotForMe):
            unsealed(packet, reader_key(member))
    envelope = json.loads(unsealed(packet, reader_key(kk)))
    assert envelope["kind"] == "udsat-packet/1" and envelope["signature"]
    db, _ = kk.open()
    try:
        assert db.reader().execute("SELECT count(*) FROM signed_pdf").fetchone()[0] == 8
    finally:
        db.close()


def _opens(path, key: bytes) -> bool:
    try:
        unsealed(path, key)
    except sealed.SealError:
        return False
    return True


# ----------------------------------------------------------------------------- readers


def _team_with_reviews(team, count: int = 2):
    share, kk, aa, bb = team
    assert kk.run("demo", "--cases", "8")[0] == 0
    enrol(kk, aa, bb)
    db, _ = kk.open()
    keys = [
        k
        for (k,) in db.reader().execute(
            "SELECT case_key FROM \"case\" WHERE status IN ('ny', 'tildelt') ORDER BY cpr, name"
        )
    ]
    db.close()
    assert kk.run("assign", "--to", aa.user_id, *keys[:4])[0] == 0
    assert aa.run("pull")[0] == 0
    db, profile = aa.open()
    try:
        build_demo_reviews(db, count, profile.user_id, LIB, seed=81, all_ready=True)
    finally:
        db.close()
    assert aa.run("sign", "--ready")[0] == 0
    return share, kk, aa, bb, keys


def test_a_reader_removed_from_the_roster_gets_nothing_sealed_to_them(team):
    share, kk, aa, bb, keys = _team_with_reviews(team)
    db, profile = aa.open()
    try:
        assert claim_case(db, profile, keys[0], share).state == "held"
    finally:
        db.close()
    first = next((share / "claims").rglob("claim.json"))
    assert json.loads(unsealed(first, reader_key(bb)))["payload"]["user_id"] == aa.user_id

    code, out = kk.run("team", "revoke", bb.user_id)
    assert code == 0, out
    assert aa.run("sync")[0] == 0  # Anna takes the new roster
    db, profile = aa.open()
    try:
        assert claim_case(db, profile, keys[1], share).state == "held"
    finally:
        db.close()
    later = next(p for p in (share / "claims").rglob("claim.json") if p != first)
    assert len(sealed.sealed_header(later.read_bytes())["slots"]) == 2  # Anna, the coordinator
    with pytest.raises(sealed.NotForMe):
        unsealed(later, reader_key(bb))
    assert json.loads(unsealed(later, reader_key(kk)))["payload"]["user_id"] == aa.user_id


def test_a_file_not_sealed_to_me_is_reported_and_the_rest_is_ingested(team):
    from udsat_desktop.store.sync_work import sync_log

    share, kk, aa, _bb, _keys = _team_with_reviews(team)
    assert aa.run("sync")[0] == 0
    # a record of another team (sealed to keys that are not mine) under a review id of ours
    strangers = [sealed.public_of(sealed.new_private_key()) for _ in range(2)]
    name = "records/2026/11/R-0123456789AB.json"
    (share / name).parent.mkdir(parents=True, exist_ok=True)
    (share / name).write_bytes(
        sealed.seal_for(strangers, b'{"format": "x"}', kind="record", name=name)
    )
    code, report = kk.run("ingest")
    assert code == 1 and report["new"] == 2, report
    assert report["problems"] == [
        [
            "R-0123456789AB.json",
            "posten kan ikke læses: filen er ikke krypteret til dig (din "
            "nøgle er ikke blandt modtagerne)",
        ]
    ]
    db, _ = kk.open()
    try:
        logged = [row for row in sync_log(db) if row.target == name]
    finally:
        db.close()
    assert logged and logged[0].state == "afvist" and "ikke krypteret til dig" in logged[0].message


def test_plain_files_of_before_still_ingest_but_nothing_new_is_written_plain(team, tmp_path):
    share, kk, aa, _bb, keys = _team_with_reviews(team)
    # Anna's pair as an older version put it on the share: plain, under the same names
    pairs = []
    db, _profile = aa.open()
    try:
        for _name, (pdf, record_text) in sorted(member_queue(aa).items()):
            record = json.loads(record_text)
            pdf_rel, record_rel = targets_of(record)
            for data, rel in ((pdf, pdf_rel), (record_text.encode("utf-8"), record_rel)):
                (share / rel).parent.mkdir(parents=True, exist_ok=True)
                (share / rel).write_bytes(data)
            pairs.append(record["review_id"])
        db.reader().execute("DELETE FROM outbox_queue")  # sent by that older version
    finally:
        db.close()
    assert aa.run("sync")[0] == 0  # her certificate reaches the roster at the next ingest
    code, report = kk.run("ingest")
    assert code == 0 and report["new"] == 2 and not report["unknown_signer"], report
    db, _ = kk.open()
    try:
        stored = {k for (k,) in db.reader().execute("SELECT review_key FROM signed_pdf")}
    finally:
        db.close()
    assert stored == set(pairs)  # kept in the store: printing never reads the share
    # a reviewer who holds no roster yet sends nothing: claims wait, summaries wait
    from tests.sync.test_attacks import new_member

    newcomer = new_member(tmp_path, "Ny Kollega", "NK", share=share)
    assert newcomer.run("demo", "--cases", "3")[0] == 0
    db, profile = newcomer.open()
    try:
        own = db.reader().execute('SELECT case_key FROM "case" LIMIT 1').fetchone()[0]
        assert claim_case(db, profile, own, share).state == "queued"
        build_demo_reviews(db, 1, profile.user_id, LIB, seed=5, all_ready=True)
    finally:
        db.close()
    assert newcomer.run("sign", "--ready")[0] == 0
    before = {p for p in share.rglob("*") if p.is_file()}
    code, report = newcomer.run("sync")
    assert code == 1 and not report["published"] and report["pending"] == 2
    assert "holdliste" in report["failed"][0][1]
    new = sorted(
        p.relative_to(share).parts[0] for p in share.rglob("*") if p.is_file() and p not in before
    )
    # plain: the request, audit heads and the list of what was published (ids and hashes)
    assert set(new) <= {"reviewers", "audit-heads", "published"}, new
    del keys


def test_a_coordinator_alone_starts_the_team_and_publishes(team):
    """A coordinator who has trusted no one and finds no team on the share starts it at the
    first sync: a roster with only them, to which their own summaries are sealed."""
    from udsat_desktop.sync import roster

    share, kk, _aa, _bb = team
    kk.run("demo", "--cases", "6", "--reviews", "2")
    assert kk.run("sign", "--ready")[0] == 0
    code, report = kk.run("sync")
    assert code == 0 and report["pending"] == 0, report
    held = roster.current(kk.paths)
    assert held is not None and [m.user_id for m in held.members] == [kk.user_id]
    assert list((share / "team").glob("roster-*.json"))
    assert list((share / "summaries").rglob("*.pdf"))
