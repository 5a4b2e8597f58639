"""Open handles are shared with the rest of the mount (issue 31, item 8): a sync keeps at most
`MAX_HELD` folders of the share open, and an open the share refuses as busy (EMFILE, ENFILE) is
tried again within the operation's time bound, then told in Danish with nothing lost. The busy
share here is a real descriptor limit (RLIMIT_NOFILE lowered in a child process);
tests/sync/test_busy_mounts.py has the same on a real smbnetfs mount."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from udsat_desktop.sync.share import publish_once, session, set_up_share
from udsat_desktop.sync.share.handles import MAX_HELD, _Dir

ROOT = Path(__file__).parents[2]


def held_in(share: Path) -> int:
    """This process's open descriptors on something under `share` (counted in /proc)."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target == str(share) or target.startswith(f"{share}/"):
            count += 1
    return count


def test_a_session_keeps_at_most_max_held_folders_open(tmp_path):
    """A push into 12 month folders of two kinds (and a year folder each) held 38 folders
    open before; now at most MAX_HELD, every file still lands, and the session's end closes
    them all."""
    share = tmp_path / "share"
    share.mkdir()
    set_up_share(share)
    targets = [
        share / kind / "2026" / f"{month:02d}" / f"C{month:04X}-X_R-{kind}-{n}.bin"
        for n in range(2)
        for month in range(1, 13)
        for kind in ("summaries", "records", "decisions")
    ]
    assert held_in(share) == 0
    peak = 0
    with session():
        for target in targets:
            assert publish_once(target, target.name.encode(), share=share, sole_writer=True)
            peak = max(peak, held_in(share))
        assert 0 < held_in(share) <= MAX_HELD
        # a folder beyond the cap is still a real folder reached from a held one
        with _Dir.open(targets[-1].parent, share) as folder:
            assert folder.fd is not None
            assert os.path.samestat(os.fstat(folder.fd), os.stat(targets[-1].parent))
    assert peak <= MAX_HELD
    assert held_in(share) == 0
    for target in targets:
        assert target.read_bytes() == target.name.encode()


# A child with a descriptor limit: it fills its table up to the limit, then publishes with the
# share's operation timeout set. RELEASE: the descriptors are given back when the product says
# the share is busy (another user closing theirs), else never.
CHILD = r"""
import errno, json, logging, os, resource, sys, time
from pathlib import Path
from udsat_desktop.sync.share import publish_once, session, set_op_timeout, ShareError

share, release, timeout = Path(sys.argv[1]), sys.argv[2] == "release", float(sys.argv[3])
set_op_timeout(timeout)
said, spare = [], []

class Released(logging.Handler):
    def emit(self, record):
        said.append(record.getMessage())
        if release and "busy" in said[-1]:
            while spare:
                os.close(spare.pop())

logging.getLogger("udsat_desktop.sync.share").addHandler(Released(logging.INFO))
logging.getLogger("udsat_desktop.sync.share").setLevel(logging.INFO)
with session():
    publish_once(share / "summaries" / "2026" / "01" / "first.bin", b"one", share=share,
                 sole_writer=True)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    try:
        while True:
            spare.append(os.open(os.devnull, os.O_RDONLY))
    except OSError as exc:
        assert exc.errno == errno.EMFILE
    answer = {"held_spare": len(spare)}
    started = time.monotonic()
    try:
        answer["written"] = publish_once(
            share / "records" / "2026" / "02" / "second.bin", b"two", share=share,
            sole_writer=True)
    except ShareError as exc:
        answer["problem"] = str(exc)
    answer["took"] = time.monotonic() - started
for fd in spare:
    os.close(fd)
answer["busy_said"] = sum("busy" in m for m in said)
print(json.dumps(answer))
"""


def run_child(share: Path, release: bool, timeout: float) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(share), "release" if release else "keep", str(timeout)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_open_refused_as_busy_is_tried_again_and_goes_through(tmp_path):
    """EMFILE at the file's open, then the handles are freed: the write goes through (before
    it failed with "fællesmappen kan ikke bruges (EMFILE)" and waited for the next sync)."""
    share = tmp_path / "share"
    share.mkdir()
    set_up_share(share)
    answer = run_child(share, release=True, timeout=10)
    assert answer["held_spare"] > 0
    assert answer.get("problem") is None and answer["written"] is True, answer
    assert answer["busy_said"] >= 1
    assert (share / "records" / "2026" / "02" / "second.bin").read_bytes() == b"two"


def test_a_share_that_stays_busy_is_told_in_danish_within_the_time_bound(tmp_path):
    """Nothing is freed: the busy share is told as such (EMFILE), not as a hung drive ("svarede
    ikke inden for 2 sekunder"), i.e. before the operation's time bound ran out; nothing was
    written under the final name."""
    share = tmp_path / "share"
    share.mkdir()
    set_up_share(share)
    answer = run_child(share, release=False, timeout=2)
    assert answer["problem"] == "fællesmappen kan ikke bruges (EMFILE)", answer
    assert answer["busy_said"] >= 2  # tried again, more than once
    assert not (share / "records" / "2026" / "02" / "second.bin").exists()
