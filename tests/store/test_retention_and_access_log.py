"""Case-data retention with legal holds, and the citizen's complete, readable access log
(issue 17, items 5 and 6)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pypdf
import pytest

from udsat_desktop.cli import main as cli
from udsat_desktop.core.auditlog import access_lines
from udsat_desktop.core.status import NotAllowed, Role
from udsat_desktop.reports.access_log import render_access_log
from udsat_desktop.store import audit, retention
from udsat_desktop.store.queue import CaseFilter, CaseQueue

OLD = dt.datetime(2019, 3, 1, 12, 0)


def first_cases(db, n):
    return CaseQueue(db).page(CaseFilter(), limit=n)


def close_long_ago(db, case_ids):
    con = db.reader()
    for case_id in case_ids:
        con.execute(
            "UPDATE \"case\" SET status = 'afklaret', updated_at = ? WHERE id = ?",
            (OLD.isoformat(sep=" "), case_id),
        )


def test_retention_deletes_closed_cases_after_the_period_except_those_on_hold(
    demo_db, profile, paths
):
    a, b, c, d = first_cases(demo_db, 4)
    close_long_ago(demo_db, [a.id, b.id, c.id])
    paths.outbox.mkdir(parents=True, exist_ok=True)
    stale = paths.outbox / f"{a.case_key}_R-1.pdf"
    stale.write_bytes(b"%PDF")
    with demo_db.session() as s:
        from udsat_desktop.store.models import Review

        s.add(
            Review(
                review_key="R-1",
                case_id=a.id,
                version=1,
                template_id="t",
                template_version="1",
                review_date=OLD.date(),
                status="underskrevet",
                answers="{}",
                primary_reviewer=profile.user_id,
                updated_at=OLD,
            )
        )
    retention.set_hold(demo_db, profile, c.case_key, "klage", "Klage over afgørelse")

    reviewer = dataclasses.replace(profile, role=Role.REVIEWER)
    with pytest.raises(NotAllowed):
        retention.run(demo_db, reviewer, 5, dry_run=True)
    with pytest.raises(NotAllowed):
        retention.set_hold(demo_db, reviewer, d.case_key, "indsigt")

    dry = retention.run(demo_db, profile, 5, dry_run=True, outbox=paths.outbox)
    assert dry.due == sorted([a.case_key, b.case_key]) and dry.held == [c.case_key]
    assert (
        demo_db.reader()
        .execute('SELECT count(*) FROM "case" WHERE id IN (?, ?)', (a.id, b.id))
        .fetchone()[0]
        == 2
    )  # nothing deleted
    with demo_db.session() as s:  # a colleague's review of the case, ingested from the share
        from udsat_desktop.store.models import IngestedRecord

        s.add(
            IngestedRecord(
                review_key="R-2",
                case_key=a.case_key,
                reviewers="x",
                pdf_path="p.pdf",
                pdf_sha256="0" * 64,
                verdict="TRUSTED",
                conflict=False,
                record='{"next_steps": []}',
                source_size=1,
                source_mtime_ns=1,
            )
        )
    done = retention.run(demo_db, profile, 5, dry_run=False, outbox=paths.outbox)
    assert done.due == dry.due
    con = demo_db.reader()
    assert (
        con.execute('SELECT count(*) FROM "case" WHERE id IN (?, ?)', (a.id, b.id)).fetchone()[0]
        == 0
    )
    assert con.execute("SELECT count(*) FROM review WHERE case_id = ?", (a.id,)).fetchone()[0] == 0
    assert (
        con.execute(
            "SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", (f'"{a.case_key}"',)
        ).fetchone()[0]
        == 0
    )
    assert not stale.exists()
    # the ingested copy is a tombstone without content, and a new ingest does not revive it
    from udsat_desktop.store.sync_work import store_ingested

    assert con.execute(
        "SELECT verdict, record FROM ingested_record WHERE review_key = 'R-2'"
    ).fetchone() == ("SLETTET", "{}")
    store_ingested(
        demo_db,
        {
            "review_id": "R-2",
            "case_key": a.case_key,
            "reviewers": ["x"],
            "review_date": "2019-03-01",
            "pdf_sha256": "0" * 64,
        },
        "p.pdf",
        (1, 2),
        "TRUSTED",
        profile.user_id,
    )
    assert con.execute(
        "SELECT verdict FROM ingested_record WHERE review_key = 'R-2'"
    ).fetchone() == ("SLETTET",)
    assert (
        con.execute('SELECT count(*) FROM "case" WHERE id IN (?, ?)', (c.id, d.id)).fetchone()[0]
        == 2
    )  # on hold / not closed
    actions = [e.action for e in audit.query(demo_db)]
    assert {"retention.dry_run", "retention.run", "retention.delete", "hold.set"} <= set(actions)
    assert audit.verify_chain(demo_db) is None

    # the audit purge keeps everything from the held case's first entry onwards
    held_first = con.execute("SELECT min(id) FROM audit_log WHERE case_id = ?", (c.id,)).fetchone()[
        0
    ]
    audit.purge_older_than(demo_db, profile.user_id, dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    assert (
        con.execute("SELECT min(id) FROM audit_log WHERE case_id = ?", (c.id,)).fetchone()[0]
        == held_first
    )
    assert audit.verify_chain(demo_db) is None

    retention.lift_hold(demo_db, profile, c.case_key)
    assert retention.active_holds(demo_db) == []
    assert retention.run(demo_db, profile, 5, dry_run=False).due == [c.case_key]


def test_retention_and_holds_from_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UDSAT_PASSPHRASE", "en-lang-nok-kode")
    data = str(tmp_path / "d")
    for role, folder in (("coordinator", data), ("reviewer", data + "-r")):
        assert (
            cli(
                [
                    "init",
                    "--data-dir",
                    folder,
                    "--name",
                    "Karen Holm",
                    "--initials",
                    "KH",
                    "--org",
                    "BIF",
                    "--role",
                    role,
                ]
            )
            == 0
        )
        assert cli(["demo", "--data-dir", folder, "--cases", "5"]) == 0
    capsys.readouterr()
    assert cli(["retention", "--data-dir", data + "-r", "--dry-run"]) == 2
    assert "koordinator" in capsys.readouterr().err.lower()
    assert cli(["config", "--data-dir", data, "--case-retention-years", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["case_retention_years"] == 3
    assert cli(["retention", "--data-dir", data, "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["dry_run"] is True and result["years"] == 3 and result["deleted"] == 0
    from udsat_desktop.platform.paths import resolve
    from udsat_desktop.store.lifecycle import open_existing

    db, _ = open_existing(resolve(tmp_path / "d"), "en-lang-nok-kode")
    key = db.reader().execute('SELECT case_key FROM "case" LIMIT 1').fetchone()[0]
    db.close()
    assert cli(["hold", "set", key, "--reason", "indsigt", "--data-dir", data, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["holds"][0]["case_key"] == key
    assert cli(["hold", "set", key, "--reason", "indsigt", "--data-dir", data]) == 2
    assert "allerede" in capsys.readouterr().err
    assert cli(["hold", "lift", key, "--data-dir", data, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["holds"] == []


def test_the_access_log_lists_searches_prints_packets_exports_and_collapses_autosaves(
    demo_db, profile
):
    case, other = first_cases(demo_db, 2)
    user = profile.user_id
    audit.append_now(demo_db, user, "case.read", case.id)
    for _ in range(40):  # one session of autosaves
        audit.append_now(demo_db, user, "review.save", case.id, review="R-X", fields=["a"])
    audit.append_now(
        demo_db,
        user,
        "search",
        None,
        text=case.name,
        matches=2,
        cases=audit.case_ids([case.id, other.id]),
    )
    audit.append_now(
        demo_db, user, "search", None, text="andet", matches=1, cases=audit.case_ids([other.id])
    )
    audit.append_now(demo_db, user, "print", None, file="x.pdf", pages=3, cases=[case.id])
    audit.append_now(
        demo_db, user, "meeting.packet", None, meeting="2026-12-03", cases=[case.id, other.id]
    )
    audit.append_now(demo_db, user, "export", None, kind="excel", cases=audit.ALL_CASES)
    audit.append_now(demo_db, "system", "sync", case.id, review="R-X")
    audit.append_now(demo_db, user, "case.status", case.id, old="tildelt", new="under_gennemgang")

    log = audit.access_log(demo_db, case.id, user)
    actions = [e.action for e in log.entries]
    assert actions.count("search") == 1  # only the search that showed this case
    assert {"print", "meeting.packet", "export", "sync", "case.read"} <= set(actions)
    whats = [line.what for line in log.lines]
    assert "Gennemgangen af din sag blev skrevet og gemt (40 gange)" in whats
    assert sum("gemt" in w for w in whats) == 1
    assert any("søgeresultat" in w for w in whats)
    assert "Oplysninger om din sag blev udskrevet: 3 sider" in whats
    assert any(
        w.startswith("Sammenfatningen af din sag indgik i en mødepakke: møde den 03.12.2026")
        for w in whats
    )
    assert any("Tildelt → Under gennemgang" in w for w in whats)
    names = {line.who for line in log.lines}
    assert profile.name in " ".join(names) and user not in names
    assert "Udsat Desktop (automatisk)" in names
    assert all(line.purpose for line in log.lines)
    pdf = render_access_log(log)
    text = " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )
    assert "Formål" in text and "(40 gange)" in text
    assert "R-X" not in text and case.name.split()[0] in text  # keys hidden, the citizen named
    assert "andet" not in text.split("Formål", 1)[1]  # another search's criterion is not shown
    # the other citizen's log holds both searches but not this case's autosaves
    other_log = audit.access_log(demo_db, other.id, user)
    assert [e.action for e in other_log.entries].count("search") == 2
    assert "review.save" not in [e.action for e in other_log.entries]


def test_autosaves_on_different_days_or_by_different_people_stay_apart():
    from udsat_desktop.core.auditlog import AccessLog, LogEntry

    day1 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    entries = [
        LogEntry(i, at, user, "review.save", 1, {})
        for i, (at, user) in enumerate(
            [
                (day1, "a"),
                (day1 + dt.timedelta(minutes=5), "a"),
                (day1 + dt.timedelta(minutes=6), "b"),
                (day1 + dt.timedelta(days=1), "b"),
            ]
        )
    ]
    lines = access_lines(AccessLog("K", "N", "x", entries, {"a": "Ann", "b": "Bo"}))
    assert [(line.who, line.what.endswith("(2 gange)")) for line in lines] == [
        ("Ann", True),
        ("Bo", False),
        ("Bo", False),
    ]
