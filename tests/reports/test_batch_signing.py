"""Batch signing at its floor (issue 34): the summaries of a group read together are the ones
read one by one, a group is kept in one transaction, the pool is sized by the batch and the
free cores, a worker process imports only what signing needs and never opens the key file."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest
from sqlalchemy import event

from tests.queued import pdf_of, queued_names, record_text_of
from udsat_desktop.flows.signing import (
    GROUP,
    MAX_WORKERS,
    PER_WORKER,
    ensure_key,
    identity_of,
    pool_size,
    sign_ready,
    sign_review,
)
from udsat_desktop.platform.checklists import bundled_library
from udsat_desktop.reports.batch_signing import (
    Job,
    Signer,
    loaded_modules,
    sign_in_worker,
    start_worker,
)
from udsat_desktop.reports.detached import verify_detached
from udsat_desktop.reports.signing import Verdict, trust_list, unlock, verify_pdf
from udsat_desktop.store.demo_reviews import build_demo_reviews
from udsat_desktop.store.errors import StoreError
from udsat_desktop.store.reviews import (
    SIGNED,
    SignedSummary,
    get_review,
    get_reviews,
    lock_signed_many,
    start_correction,
    summaries_of,
    summary_of,
)
from udsat_desktop.sync.roster.pins import trust_dir
from udsat_desktop.sync.trust import canonical, record_facts

LIB = bundled_library()
KEY_PASS = "nøgle-kode-1"


def ready_ids(db) -> list[int]:
    return [
        r[0] for r in db.reader().execute("SELECT id FROM review WHERE status = 'klar' ORDER BY id")
    ]


def template_of(review):
    return LIB.get(review.template_id, review.template_version, review.template_revision)


def test_a_group_read_together_gives_the_summaries_read_one_by_one(demo_db, profile, paths):
    build_demo_reviews(demo_db, 12, profile.user_id, LIB, seed=41, all_ready=True)
    signed = sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)[:3]
    # corrections: a summary that names the version it replaces and what changed
    keys = {item.review_key for item in signed}
    rows = demo_db.reader().execute("SELECT id, review_key FROM review").fetchall()
    for review_id, key in rows:
        if key in keys:
            start_correction(demo_db, review_id, profile.user_id, "Forkert dato")
    build_demo_reviews(demo_db, 6, profile.user_id, LIB, seed=42)  # drafts and ready ones
    ids = [r[0] for r in demo_db.reader().execute("SELECT id FROM review ORDER BY id DESC")]
    reviews = get_reviews(demo_db, ids)
    assert [r.id for r in reviews] == ids
    wanted = [(r, template_of(r), i % 2 == 0) for i, r in enumerate(reviews)]
    together = summaries_of(demo_db, wanted)
    one_by_one = [summary_of(demo_db, r.id, t, full_cpr=full) for r, t, full in wanted]
    assert together == one_by_one
    assert sum(1 for s in together if s.replaces) == 3
    assert any(s.consents for s in together) and any(s.next_steps for s in together)


def test_a_batch_commits_once_per_group(demo_db, profile, paths):
    build_demo_reviews(demo_db, GROUP + 5, profile.user_id, LIB, seed=43, all_ready=True)
    ids = ready_ids(demo_db)
    assert len(ids) == GROUP + 5
    commits: list[int] = []
    event.listen(demo_db.engine, "commit", lambda _conn: commits.append(1))
    items = sign_ready(demo_db, paths, profile, LIB, KEY_PASS, workers=1)
    assert len(items) == len(ids)
    assert len(commits) == 2  # a group of GROUP and one of 5, not one per review
    assert all(get_review(demo_db, i).status == SIGNED for i in ids)
    assert queued_names(demo_db) == {i.name for i in items}
    trusted = trust_list(trust_dir(paths))
    for item in items[:: GROUP // 2]:
        pdf = pdf_of(demo_db, item)
        record = json.loads(record_text_of(demo_db, item))
        assert record["pdf_sha256"] == hashlib.sha256(pdf).hexdigest() == item.sha256
        (report,) = verify_pdf(pdf, trusted)
        assert report.verdict is Verdict.TRUSTED and report.covers_whole_file


def test_a_group_with_a_review_no_longer_ready_keeps_nothing_of_it(demo_db, profile, paths):
    build_demo_reviews(demo_db, 3, profile.user_id, LIB, seed=44, all_ready=True)
    first, second, third = ready_ids(demo_db)
    # the second was signed meanwhile (another window): the group is refused as a whole
    sign_review(demo_db, paths, profile, LIB, second, KEY_PASS)
    before = queued_names(demo_db)
    fake = SignedSummary("K-0", b"%PDF-1.7 not kept", "{}")
    with pytest.raises(StoreError, match="klar til underskrift"):
        lock_signed_many(demo_db, profile.user_id, [(first, fake), (second, fake), (third, fake)])
    assert get_review(demo_db, first).status == "klar"
    assert get_review(demo_db, third).status == "klar"
    assert queued_names(demo_db) == before


def test_a_cancelled_batch_keeps_what_was_signed_before_its_group_was_full(demo_db, profile, paths):
    build_demo_reviews(demo_db, 6, profile.user_id, LIB, seed=45, all_ready=True)
    ids = ready_ids(demo_db)

    class Stop(Exception):
        pass

    def progress(current: int, total: int) -> None:
        if current == 4:
            raise Stop

    with pytest.raises(Stop):
        sign_ready(demo_db, paths, profile, LIB, KEY_PASS, progress=progress, workers=1)
    statuses = [get_review(demo_db, i).status for i in ids]
    assert statuses.count(SIGNED) == 4 and len(queued_names(demo_db)) == 4


@pytest.mark.parametrize(
    ("batch", "cores", "load", "workers"),
    [
        (1, 8, 0.0, 1),
        (PER_WORKER - 1, 8, 0.0, 1),  # a small batch: no pool
        (2 * PER_WORKER, 8, 0.0, 2),
        (200, 2, 0.0, 2),
        (200, 2, 1.0, 1),  # one core busy elsewhere: one worker would wait for it
        (200, 2, 5.5, 1),  # a loaded machine
        (200, 4, 1.2, 3),
        (10_000, 64, 0.0, MAX_WORKERS),
    ],
)
def test_pool_size_follows_the_batch_and_the_free_cores(batch, cores, load, workers):
    assert pool_size(batch, cores=cores, load=load) == workers


def test_pool_size_reads_the_machine():
    assert 1 <= pool_size(10_000) <= MAX_WORKERS
    assert pool_size(PER_WORKER - 1) == 1


FORBIDDEN = ("sqlalchemy", "alembic", "sqlcipher3", "PySide6", "shiboken6", "faker", "openpyxl")
OUR_FORBIDDEN = (
    "udsat_desktop.store",
    "udsat_desktop.sync",
    "udsat_desktop.flows",
    "udsat_desktop.ui",
)


def test_a_worker_imports_only_what_signing_needs_and_never_opens_the_key_file(
    demo_db, profile, paths
):
    build_demo_reviews(demo_db, 2, profile.user_id, LIB, seed=46, all_ready=True)
    (review_id,) = ready_ids(demo_db)[:1]
    review = get_review(demo_db, review_id)
    summary = summary_of(demo_db, review_id, template_of(review))
    key = ensure_key(paths, profile, KEY_PASS)
    archive = unlock(key, KEY_PASS)
    signer = Signer(key, KEY_PASS, identity_of(profile))
    # the key file is unreadable from here on (same time stamp): a worker that opened it
    # again would fail
    stamp = key.stat()
    good = key.read_bytes()
    key.write_bytes(b"not a key file")
    os.utime(key, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    record = {"review_id": review.review_key, "pdf_sha256": "", "signed_by": profile.user_id}
    try:
        with ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_worker,
            initargs=(signer, archive),
        ) as pool:
            signed = pool.submit(sign_in_worker, Job(summary, record)).result()
            modules = pool.submit(loaded_modules).result()
    finally:
        key.write_bytes(good)
        os.utime(key, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    (report,) = verify_pdf(signed.pdf, trust_list(trust_dir(paths)))
    assert report.verdict is Verdict.TRUSTED
    made = json.loads(signed.record)
    assert made["pdf_sha256"] == hashlib.sha256(signed.pdf).hexdigest() == signed.sha256
    verify_detached(made["signature"], canonical(record_facts(made)))  # raises if not
    loaded = [m for m in modules if m.split(".")[0] in FORBIDDEN or m.startswith(OUR_FORBIDDEN)]
    assert loaded == []
    assert "udsat_desktop.reports.batch_signing" in modules  # it did run there
