"""`ingest_bench.py` through a real Samba share and an smbnetfs mount (issue 31, item 7): the
share made by `ingest_bench.py DATA_DIR` (DATA_DIR-share, pushed once) copied into a Samba
share on the loopback, mounted with smbnetfs (tests/sync/mounts.py; root and /dev/fuse), and
the A B B A comparison run reading it through the mount.

    python benchmarks/ingest_bench.py DATA_DIR --only-here      # once: pushes DATA_DIR-share
    flock /tmp/udsat-samba.lock python benchmarks/ingest_bench_samba.py DATA_DIR [options]

Options after DATA_DIR are handed to ingest_bench.py (e.g. --ref-root DIR).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tests.sync import mounts

    reason = mounts.skip_reason()
    if reason:
        print(json.dumps({"skipped": reason}))
        return 0
    data = Path(sys.argv[1]).resolve()
    local = data.with_name(data.name + "-share")
    assert (local / ".bench-pushed").exists(), "run ingest_bench.py DATA_DIR once first"
    work = Path(tempfile.mkdtemp(prefix="udsat-ingest-samba-"))
    samba = mounts.Samba(work / "samba")
    mount = None
    try:
        samba.start()
        shutil.copytree(local, samba.root / "share")
        mount = mounts.mount(samba, "smbnetfs", work / "mnt", work / "mw")
        share = mount.share / "share"
        args = [sys.executable, str(ROOT / "benchmarks" / "ingest_bench.py"), str(data)]
        done = subprocess.run([*args, "--share", str(share), *sys.argv[2:]], cwd=ROOT, check=False)
        return done.returncode
    finally:
        if mount is not None:
            mount.unmount()
        samba.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
