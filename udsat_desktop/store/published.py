"""What the lists of published work keep in the store (issue 28; the files and signatures are
sync/published.py's): this member's own append-only list and the signed pieces of it put on
the share, and a coordinator's copy of every member's list and audit heads (the second holder
that notices, and puts back, what disappears from the share).

Plain SQL over the reader connection (autocommit; one transaction where rows go together)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from udsat_desktop.store.db import Database

BACKFILL_SECRET = "published_backfill"


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Any]:
    """One transaction on this thread's reader: the store functions called inside it (they
    use the same connection) commit together."""
    con = db.reader()
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


# ----------------------------------------------------------------------------- my own list


@dataclass(frozen=True)
class Item:
    seq: int
    review_key: str
    record_path: str
    pdf_path: str
    pdf_sha256: str
    record_sha256: str
    replaces: str | None
    at: str
    hash: str

    def entry(self) -> dict[str, Any]:
        """The entry as it stands in the signed list (what its hash covers, and the hash)."""
        return {
            "seq": self.seq,
            "id": self.review_key,
            "record": self.record_path,
            "pdf": self.pdf_path,
            "pdf_sha256": self.pdf_sha256,
            "record_sha256": self.record_sha256,
            "replaces": self.replaces,
            "at": self.at,
            "hash": self.hash,
        }


_ITEM_COLUMNS = (
    "seq, review_key, record_path, pdf_path, pdf_sha256, record_sha256, replaces, at, hash"
)


def last_item(db: Database) -> tuple[int, str] | None:
    """(seq, hash) of my list's newest entry, or None for an empty list."""
    row = db.reader().execute("SELECT seq, hash FROM published_item ORDER BY seq DESC LIMIT 1")
    found = row.fetchone()
    return (int(found[0]), str(found[1])) if found else None


def listed(db: Database, review_key: str) -> bool:
    row = db.reader().execute("SELECT 1 FROM published_item WHERE review_key = ?", (review_key,))
    return row.fetchone() is not None


def append_item(db: Database, item: Item) -> None:
    db.reader().execute(
        f"INSERT INTO published_item ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item.seq,
            item.review_key,
            item.record_path,
            item.pdf_path,
            item.pdf_sha256,
            item.record_sha256,
            item.replaces,
            item.at,
            item.hash,
        ),
    )


def items(db: Database, after: int = 0) -> list[Item]:
    rows = db.reader().execute(
        f"SELECT {_ITEM_COLUMNS} FROM published_item WHERE seq > ? ORDER BY seq", (after,)
    )
    return [
        Item(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            str(r[5]),
            None if r[6] is None else str(r[6]),
            str(r[7]),
            str(r[8]),
        )
        for r in rows
    ]


def item_files(db: Database) -> list[tuple[str, str, str]]:
    """(review key, summary path, record path) of every item: what a presence check needs,
    without building the items (every sync asks)."""
    rows = db.reader().execute(
        "SELECT review_key, pdf_path, record_path FROM published_item ORDER BY seq"
    )
    return [(str(k), str(p), str(r)) for k, p, r in rows]


def chunk_heads(db: Database) -> list[tuple[int, str]]:
    """(count, hash of its last item) of every stored piece of my list, oldest first."""
    rows = db.reader().execute(
        "SELECT c.count, i.hash FROM published_chunk c"
        " JOIN published_item i ON i.seq = c.count ORDER BY c.count"
    )
    return [(int(c), str(h)) for c, h in rows]


def item_count(db: Database) -> int:
    return int(db.reader().execute("SELECT count(*) FROM published_item").fetchone()[0])


def chunk_counts(db: Database) -> list[int]:
    return [
        int(c) for (c,) in db.reader().execute("SELECT count FROM published_chunk ORDER BY count")
    ]


def chunk(db: Database, count: int) -> bytes:
    row = db.reader().execute("SELECT blob FROM published_chunk WHERE count = ?", (count,))
    return bytes(row.fetchone()[0])


def last_chunk(db: Database) -> int:
    row = db.reader().execute("SELECT max(count) FROM published_chunk").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def add_chunk(db: Database, count: int, blob: bytes) -> None:
    db.reader().execute(
        "INSERT OR IGNORE INTO published_chunk (count, blob) VALUES (?, ?)", (count, blob)
    )


# ----------------------------------------------------------------------------- a coordinator's copy


def held_lists(db: Database) -> dict[tuple[str, str], tuple[int, str]]:
    """(member, key id) -> (entries held, head hash) of every member's list held here."""
    return {
        (str(u), str(k)): (int(c), str(h))
        for u, k, c, h in db.reader().execute("SELECT user_id, key_id, count, head FROM held_list")
    }


def held_chunk_counts(db: Database, user_id: str, key_id: str) -> set[int]:
    return {
        int(c)
        for (c,) in db.reader().execute(
            "SELECT count FROM held_chunk WHERE user_id = ? AND key_id = ?", (user_id, key_id)
        )
    }


def held_chunk(db: Database, user_id: str, key_id: str, count: int) -> bytes:
    row = db.reader().execute(
        "SELECT blob FROM held_chunk WHERE user_id = ? AND key_id = ? AND count = ?",
        (user_id, key_id, count),
    )
    return bytes(row.fetchone()[0])


def hold_chunk(
    db: Database,
    user_id: str,
    key_id: str,
    count: int,
    head: str,
    blob: bytes,
    entries: list[dict[str, Any]],
    received_at: str,
) -> None:
    """A verified piece that extends the list held for this member: its entries, the piece
    itself and the new head, in one transaction."""
    with transaction(db) as con:
        con.execute(
            "INSERT OR IGNORE INTO held_chunk (user_id, key_id, count, blob, received_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (user_id, key_id, count, blob, received_at),
        )
        con.executemany(
            "INSERT OR IGNORE INTO held_item (user_id, key_id, seq, review_key, record_path, "
            "pdf_path, pdf_sha256, replaces, at, received_at, matched) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            [
                (
                    user_id,
                    key_id,
                    e["seq"],
                    e["id"],
                    e["record"],
                    e["pdf"],
                    e["pdf_sha256"],
                    e["replaces"],
                    e["at"],
                    received_at,
                )
                for e in entries
            ],
        )
        con.execute(
            "INSERT INTO held_list (user_id, key_id, count, head) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (user_id, key_id) DO UPDATE SET count = excluded.count, "
            "head = excluded.head",
            (user_id, key_id, count, head),
        )


@dataclass(frozen=True)
class HeldItem:
    user_id: str
    key_id: str
    seq: int
    review_key: str
    record_path: str
    pdf_path: str
    pdf_sha256: str
    replaces: str | None


def unmatched(db: Database) -> list[HeldItem]:
    """Listed items the store does not yet hold as listed (checked at every ingest; usually
    none, as a matched item is never looked at again)."""
    return [
        HeldItem(str(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]), r[7])
        for r in db.reader().execute(
            "SELECT user_id, key_id, seq, review_key, record_path, pdf_path, pdf_sha256, replaces "
            "FROM held_item WHERE matched = 0 ORDER BY user_id, seq"
        )
    ]


def mark_matched(db: Database, rows: list[tuple[str, str, int]]) -> None:
    if rows:
        db.reader().executemany(
            "UPDATE held_item SET matched = 1 WHERE user_id = ? AND key_id = ? AND seq = ?", rows
        )


def owners(db: Database, review_key: str) -> list[tuple[str, str, str]]:
    """(member, PDF hash, when the coordinator first held it) of every list naming this id."""
    return [
        (str(u), str(h), str(r))
        for u, h, r in db.reader().execute(
            "SELECT user_id, pdf_sha256, received_at FROM held_item WHERE review_key = ?",
            (review_key,),
        )
    ]


def listed_record_paths(db: Database) -> set[str]:
    """The share paths of every record a member's signed list held here names (issue 31: an
    ingest opens these without its cap for records nobody vouched for)."""
    return {str(p) for (p,) in db.reader().execute("SELECT DISTINCT record_path FROM held_item")}


def ingested_as(db: Database, review_key: str) -> tuple[str, str, str] | None:
    """(verdict, PDF hash, record JSON) of the ingested review under this id, or None."""
    row = db.reader().execute(
        "SELECT verdict, pdf_sha256, record FROM ingested_record WHERE review_key = ?",
        (review_key,),
    )
    found = row.fetchone()
    return (str(found[0]), str(found[1]), str(found[2])) if found else None


def missing_corrections(db: Database, meeting_date: str) -> list[tuple[str, str, str]]:
    """(case key, review presented, the correction of it a member's list names and the store
    does not hold) for a meeting's cases."""
    return [
        (str(c), str(r), str(k))
        for c, r, k in db.reader().execute(
            "SELECT mc.case_key, mc.review_key, h.review_key FROM meeting_case mc "
            "JOIN meeting m ON m.id = mc.meeting_id "
            "JOIN held_item h ON h.replaces = mc.review_key AND h.matched = 0 "
            "WHERE m.meeting_date = ? ORDER BY mc.position",
            (meeting_date,),
        )
    ]


def forget_stored_pdf(db: Database, review_key: str) -> None:
    """The stored copy of a summary whose id a trusted signer's content now holds (what was
    kept under it came from an unknown signer, or from another member than the one whose
    published list names the id)."""
    db.reader().execute("DELETE FROM signed_pdf WHERE review_key = ?", (review_key,))


# ----------------------------------------------------------------------------- audit heads


def held_head_seqs(db: Database, user_id: str) -> set[int]:
    return {
        int(s)
        for (s,) in db.reader().execute(
            "SELECT seq FROM held_audit_head WHERE user_id = ?", (user_id,)
        )
    }


def held_head(db: Database, user_id: str, seq: int) -> bytes:
    row = db.reader().execute(
        "SELECT blob FROM held_audit_head WHERE user_id = ? AND seq = ?", (user_id, seq)
    )
    return bytes(row.fetchone()[0])


def hold_head(db: Database, user_id: str, seq: int, blob: bytes, received_at: str) -> None:
    db.reader().execute(
        "INSERT OR IGNORE INTO held_audit_head (user_id, seq, blob, received_at) "
        "VALUES (?, ?, ?, ?)",
        (user_id, seq, blob, received_at),
    )


def peek_secret(db: Database, name: str) -> bytes | None:
    """A secret's bytes read without an ORM session (every sync asks); None when not made."""
    found = db.reader().execute("SELECT value FROM secret WHERE name = ?", (name,)).fetchone()
    return bytes(found[0]) if found is not None else None


def stored_records(db: Database) -> list[tuple[str, str]]:
    """(review key, record text) of every signed summary the store keeps with its record,
    oldest first."""
    rows = db.reader().execute(
        "SELECT review_key, record FROM signed_pdf WHERE record IS NOT NULL ORDER BY stored_at"
    )
    return [(str(key), str(text)) for key, text in rows]


def unheld_corrections(db: Database, review_key: str) -> list[str]:
    """The ids of reviews a member's list says correct this one and the store does not hold."""
    rows = db.reader().execute(
        "SELECT review_key FROM held_item WHERE replaces = ? AND matched = 0", (review_key,)
    )
    return [str(row[0]) for row in rows]
