"""Meetings, the packet built from signed summaries, and the team's recommendations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import shutil
import subprocess

import pypdf
import pytest

from tests.queued import pdf_of
from udsat_desktop.cli import main as cli
from udsat_desktop.core.status import Role
from udsat_desktop.flows.packets import make_packet
from udsat_desktop.flows.signing import sign_ready
from udsat_desktop.platform.checklists import bundled_library, recommendations_for
from udsat_desktop.reports.packet import packet_attachments
from udsat_desktop.reports.signing import Verdict, trust_list, verify_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.meetings import (
    MeetingError,
    add_case,
    candidates,
    create_meeting,
    get_meeting,
    move_case,
    record_outcome,
)
from udsat_desktop.store.queue import get_case_by_key
from udsat_desktop.sync.roster.pins import trust_dir

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"
MEETING = dt.date(2026, 12, 3)
PEOPLE = {
    "beskaeftigelse": "Jens Holm",
    "sundhed": "Dr. Aya Berg",
    "social": "Mia Lund",
    "sundhedskoordinator": "Ole Krog",
    "sagsbehandler": "Sara Vang",
}


@pytest.fixture
def signed(demo_db, profile, paths):
    build_demo_reviews(demo_db, 12, profile.user_id, LIB, seed=71, all_ready=True)
    sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    found = candidates(demo_db)
    assert len(found) >= 3, "the seeded demo reviews should recommend the team for 3+ cases"
    return found


def test_packet_keeps_every_signature_and_the_chosen_order(
    demo_db, profile, paths, signed, tmp_path
):
    create_meeting(
        demo_db,
        profile,
        MEETING,
        "09:30",
        "Gammel Køge Landevej, mødelokale 2",
        PEOPLE,
        minutes_per_case=20,
    )
    chosen = signed[:3]
    for c in chosen:
        add_case(demo_db, profile, MEETING, c)
    move_case(demo_db, profile, MEETING, chosen[2].case_key, -2)  # the last one goes first
    order = [chosen[2].case_key, chosen[0].case_key, chosen[1].case_key]
    meeting = get_meeting(demo_db, MEETING)
    assert [i.case_key for i in meeting.items] == order
    assert meeting.slot(1) == ("09.50", "10.10")
    # the cases on a meeting are no longer offered for another one
    assert not {c.case_key for c in candidates(demo_db)} & set(order)

    result = make_packet(demo_db, paths, profile, None, MEETING, tmp_path / "pakke")
    packet = result.packet.packet.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(packet))
    agenda = reader.pages[0].extract_text()
    positions = [agenda.index(key) for key in order]
    assert positions == sorted(positions), "the agenda lists the cases in the chosen order"
    assert "09.30–09.50" in agenda and "xxxx" in agenda and "Sara Vang" in agenda
    # the signed originals: attached byte for byte and beside the packet, every signature valid
    attached = packet_attachments(packet)
    assert len(attached) == 3 and len(result.packet.originals) == 3
    trusted = trust_list(trust_dir(paths))
    for original in result.packet.originals:
        assert attached[original.name] == original.read_bytes()
        assert original.name.split("_")[1] in order
        assert all(
            r.verdict is Verdict.TRUSTED for r in verify_pdf(attached[original.name], trusted)
        )
        if shutil.which("pdfsig"):
            out = subprocess.run(["pdfsig", str(original)], capture_output=True, text=True)
            assert "Signature is Valid" in out.stdout and "Total document signed" in out.stdout
    # page numbers run across the packet
    total = len(reader.pages)
    assert total == result.packet.pages
    assert f"side {total} af {total}" in reader.pages[-1].extract_text()
    assert f"side 2 af {total}" in reader.pages[1].extract_text()


def test_missing_or_changed_summary_stops_the_packet(demo_db, profile, paths, signed, tmp_path):
    from udsat_desktop.reports.packet import PacketError

    create_meeting(demo_db, profile, MEETING, "13:00", "Rådhuset", {})
    add_case(demo_db, profile, MEETING, signed[0])
    (review_key,) = (
        r
        for (r,) in demo_db.reader().execute(
            "SELECT review_key FROM signed_pdf WHERE case_key = ?", (signed[0].case_key,)
        )
    )
    data = bytearray(pdf_of(demo_db, review_key))
    data[len(data) // 3] ^= 1
    demo_db.reader().execute(
        "UPDATE signed_pdf SET pdf = ? WHERE review_key = ?", (bytes(data), review_key)
    )
    with pytest.raises(PacketError, match="ændret efter underskrift"):
        make_packet(demo_db, paths, profile, None, MEETING, tmp_path / "p")
    demo_db.reader().execute("DELETE FROM signed_pdf WHERE review_key = ?", (review_key,))
    with pytest.raises(PacketError, match="findes ikke"):
        make_packet(demo_db, paths, profile, None, MEETING, tmp_path / "p")


def test_team_recommendation_updates_the_case(demo_db, profile, signed):
    create_meeting(demo_db, profile, MEETING, "09:00", "Jobcenter København", PEOPLE)
    for c in signed[:2]:
        add_case(demo_db, profile, MEETING, c)
    assert "Ressourceforløb" not in recommendations_for(MEETING)
    with pytest.raises(MeetingError, match=r"gælder kun til og med 31\.01\.2026"):
        record_outcome(demo_db, profile, MEETING, signed[0].case_key, "Ressourceforløb", {}, False)
    with pytest.raises(MeetingError, match="Anden indsats"):
        record_outcome(demo_db, profile, MEETING, signed[0].case_key, "Anden indsats", {}, False)
    record_outcome(
        demo_db,
        profile,
        MEETING,
        signed[0].case_key,
        "Fleksjob",
        {"helbred": "LÆ 265 dokumenterer varig nedsættelse", "social": ""},
        False,
    )
    with pytest.raises(MeetingError, match="Ukendt indstilling"):  # abolished (lov 1657/2024)
        record_outcome(
            demo_db, profile, MEETING, signed[1].case_key, "Nyt jobafklaringsforløb", {}, True
        )
    record_outcome(
        demo_db,
        profile,
        MEETING,
        signed[1].case_key,
        "Indsats under jobafklaringsforløb",
        {"beskaeftigelse": "Praktik ikke afprøvet"},
        True,
    )
    first = get_case_by_key(demo_db, signed[0].case_key)
    second = get_case_by_key(demo_db, signed[1].case_key)
    assert first.status == "afklaret" and second.status != "afklaret"
    items = {i.case_key: i for i in get_meeting(demo_db, MEETING).items}
    assert items[signed[0].case_key].weighed == {"helbred": "LÆ 265 dokumenterer varig nedsættelse"}
    assert items[signed[1].case_key].see_again is True
    steps = (
        demo_db.reader()
        .execute(
            "SELECT status FROM next_step WHERE case_id = ? AND type = 'rehabiliteringsteam'",
            (first.id,),
        )
        .fetchall()
    )
    assert all(s[0] == "udfoert" for s in steps)


def test_ressourceforloeb_only_before_february_2026(demo_db, profile, signed):
    early = dt.date(2026, 1, 20)
    create_meeting(demo_db, profile, early, "09:00", "Jobcenter", {})
    add_case(demo_db, profile, early, signed[0])
    record_outcome(demo_db, profile, early, signed[0].case_key, "Ressourceforløb", {}, False)
    assert get_meeting(demo_db, early).items[0].recommendation == "Ressourceforløb"


def test_reviewers_cannot_plan_meetings(demo_db, profile):
    reviewer = dataclasses.replace(profile, role=Role.REVIEWER)
    with pytest.raises(MeetingError, match="Kun en koordinator"):
        create_meeting(demo_db, reviewer, MEETING, "09:00", "x", {})


def test_cli_packet(demo_db, profile, paths, signed, tmp_path, capsys, monkeypatch):
    from tests.conftest import PASSPHRASE

    create_meeting(demo_db, profile, MEETING, "10:00", "Jobcenter", PEOPLE)
    for c in signed[:3]:
        add_case(demo_db, profile, MEETING, c)
    demo_db.close()
    monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "ud"
    code = cli(
        [
            "--data-dir",
            str(paths.data),
            "--json",
            "packet",
            "--meeting",
            MEETING.isoformat(),
            "--out",
            str(out),
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and len(data["summaries"]) == 3 and data["pages"] >= 4
    assert (
        cli(["--data-dir", str(paths.data), "packet", "--meeting", "2027-01-01", "--out", str(out)])
        == 2
    )
    assert "intet møde" in capsys.readouterr().err


def test_a_decided_case_is_offered_again_only_when_the_team_wants_it(demo_db, profile, signed):
    create_meeting(demo_db, profile, MEETING, "09:00", "Jobcenter", {})
    first, second = signed[:2]
    for c in (first, second):
        add_case(demo_db, profile, MEETING, c)
    record_outcome(demo_db, profile, MEETING, first.case_key, "Fleksjob", {}, False)
    record_outcome(
        demo_db, profile, MEETING, second.case_key, "Indsats under jobafklaringsforløb", {}, True
    )
    offered = {c.case_key for c in candidates(demo_db)}
    assert first.case_key not in offered and second.case_key in offered


def test_reviewers_cannot_build_packets(demo_db, profile, paths, signed, tmp_path):
    create_meeting(demo_db, profile, MEETING, "09:00", "Jobcenter", {})
    add_case(demo_db, profile, MEETING, signed[0])
    reviewer = dataclasses.replace(profile, role=Role.REVIEWER)
    with pytest.raises(MeetingError, match="Kun en koordinator"):
        make_packet(demo_db, paths, reviewer, None, MEETING, tmp_path / "p")
