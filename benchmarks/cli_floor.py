"""The floor of a `udsat` command's start (issue 34): the interpreter, sqlcipher3, the store's
scrypt (the same parameters from keyinfo.json), the SQLCipher open and two queries; nothing of
the app beyond its key-derivation module. benchmarks/run.py times it as a whole process beside
`udsat stats`, `udsat cases` and `udsat team list` (order A B B A).

    python benchmarks/cli_floor.py DATA_DIR      (UDSAT_PASSPHRASE: the demo's when unset)

Prints the two counts, as `udsat stats` would print its first figures.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import sqlcipher3

from udsat_desktop.platform.kdf import KeyInfo  # hashlib.scrypt and json: standard library


def main() -> int:
    data = Path(sys.argv[1])
    key = KeyInfo.load(data / "keyinfo.json").derive(
        os.environ.get("UDSAT_PASSPHRASE", "udsat-demo-2737")
    )
    conn = sqlcipher3.connect(str(data / "udsat.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    (cases,) = conn.execute('SELECT count(*) FROM "case"').fetchone()
    (reviews,) = conn.execute("SELECT count(*) FROM review").fetchone()
    conn.close()
    print(f"cases={cases} reviews={reviews}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
