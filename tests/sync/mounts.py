"""A real SMB share for tests: Samba (smbd) on a loopback address serving a temp folder, and
FUSE mounts of it through smbnetfs (libsmbclient) and rclone's SMB backend. Needs root,
/dev/fuse and the Debian packages samba, smbnetfs, rclone and fuse3
(packaging/install-system-deps.sh); `skip_reason()` says what is missing."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


def skip_reason() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "real SMB mounts need root (CI runs the tests as root)"
    if not os.path.exists("/dev/fuse"):
        return "real SMB mounts need /dev/fuse (not present in this container)"
    missing = [
        tool
        for tool in ("smbd", "smbnetfs", "rclone", "fusermount3")
        if shutil.which(tool) is None and not os.path.exists(f"/usr/sbin/{tool}")
    ]
    if missing:
        return (
            f"real SMB mounts need {', '.join(missing)} "
            "(packaging/install-system-deps.sh installs them)"
        )
    return None


def _smbd() -> str:
    return shutil.which("smbd") or "/usr/sbin/smbd"


def _port_open(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


def wait_for(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)  # a pause between two looks at the condition
    raise TimeoutError(what)


def is_mounted(path: Path) -> bool:
    target = os.path.realpath(path)
    with open("/proc/mounts", encoding="utf-8") as fh:
        return any(line.split()[1] == target for line in fh)


@dataclass
class Samba:
    """smbd serving `root` as //HOST/share, guest access mapped to root."""

    base: Path
    host: str = "127.0.0.1"
    process: subprocess.Popen | None = None

    @property
    def root(self) -> Path:
        return self.base / "export"

    def start(self) -> None:
        if _port_open(self.host, 445):
            raise RuntimeError("port 445 on the loopback is taken (another Samba?)")
        for name in ("run", "lock", "state", "cache", "private", "export"):
            (self.base / name).mkdir(parents=True, exist_ok=True)
        conf = self.base / "smb.conf"
        b = self.base
        conf.write_text(f"""[global]
  workgroup = UDSAT
  server role = standalone server
  map to guest = Bad User
  guest account = root
  smb ports = 445
  interfaces = {self.host}
  bind interfaces only = yes
  pid directory = {b}/run
  lock directory = {b}/lock
  state directory = {b}/state
  cache directory = {b}/cache
  private dir = {b}/private
  ncalrpc dir = {b}/run/ncalrpc
  disable spoolss = yes
  load printers = no
  printcap name = /dev/null
  disable netbios = yes
  server min protocol = SMB2
  unix extensions = no
[share]
  path = {self.root}
  read only = no
  guest ok = yes
  guest only = yes
  force user = root
""")
        log = _log(self.base / "smbd.log")
        try:
            self.process = subprocess.Popen(
                [
                    _smbd(),
                    "--foreground",
                    "--no-process-group",
                    f"--configfile={conf}",
                    "--debug-stdout",
                    "-d0",
                ],
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        finally:
            os.close(log)
        wait_for(lambda: _port_open(self.host, 445), 20, "smbd did not start")

    def kill(self) -> None:
        """smbd dies (and every child serving a connection with it)."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)  # its per-connection children share its group
            self.process = None

    def stop(self) -> None:
        self.kill()

    def pause(self) -> None:
        """smbd hangs: it and every child serving a connection stop answering (SIGSTOP)."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGCONT)


@dataclass
class Mount:
    kind: str  # smbnetfs | rclone
    point: Path
    process: subprocess.Popen | None = None

    @property
    def share(self) -> Path:
        return self.point / self._sub if self._sub else self.point

    _sub: str = ""

    def stop_daemon(self) -> None:
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGSTOP)

    def resume_daemon(self) -> None:
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGCONT)

    def unmount(self, *, lazy: bool = False) -> None:
        if is_mounted(self.point):
            subprocess.run(
                ["umount", "-l" if lazy else "-f", str(self.point)],
                check=False,
                capture_output=True,
            )
            if is_mounted(self.point):
                subprocess.run(["umount", "-l", str(self.point)], check=False, capture_output=True)
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGCONT)
                os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None


def mount(samba: Samba, kind: str, point: Path, work: Path) -> Mount:
    point.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    log = _log(work / f"{kind}.log")
    try:
        return _mount(samba, kind, point, work, log)
    finally:
        os.close(log)


def _log(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)


def _mount(samba: Samba, kind: str, point: Path, work: Path, log: int) -> Mount:
    if kind == "smbnetfs":
        home = work / "home"
        (home / ".smb").mkdir(parents=True, exist_ok=True)
        config = home / ".smb" / "smbnetfs.conf"
        config.write_text(f'auth "guest" ""\nhost {samba.host} visible=true\nsmb_timeout 5000\n')
        config.chmod(0o600)
        process = subprocess.Popen(
            ["smbnetfs", str(point), "-f", "-o", f"config={config}"],
            stdout=log,
            stderr=log,
            env=dict(os.environ, HOME=str(home)),
        )
        result = Mount(kind, point, process, f"{samba.host}/share")
    else:
        obscured = subprocess.run(
            ["rclone", "obscure", ""], capture_output=True, text=True, check=True
        ).stdout.strip()
        process = subprocess.Popen(
            [
                "rclone",
                "mount",
                ":smb:share",
                str(point),
                "--smb-host",
                samba.host,
                "--smb-user",
                "guest",
                "--smb-pass",
                obscured,
                "--vfs-cache-mode",
                "writes",
                "--cache-dir",
                str(work / "cache"),
                "--dir-cache-time",
                "1s",
                "--attr-timeout",
                "0s",
                "--config",
                "/dev/null",
            ],
            stdout=log,
            stderr=log,
        )
        result = Mount(kind, point, process, "")
    try:
        wait_for(lambda: is_mounted(point), 20, f"{kind} did not mount")
        wait_for(lambda: result.share.is_dir(), 20, f"{kind}: the share is not visible")
    except BaseException:
        result.unmount()
        raise
    return result
