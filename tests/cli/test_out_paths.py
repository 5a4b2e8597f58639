"""`--out` names a local file or folder: a target that cannot be used is one Danish sentence
naming the path and why (exit 2), told before any work, the store or the share is touched;
never a share sentence ("fællesmappen ...") for a local path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from udsat_desktop import cli, cli_common


@pytest.fixture
def places(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "o.txt").write_text("x")
    (folder / "afile").write_text("x")
    (folder / "adir").mkdir()
    return folder


def refused(data_dir: Path, capsys, *argv: str) -> str:
    code = cli.main([*argv, "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "fællesmappen" not in err.lower()
    return err


def test_out_targets_that_cannot_be_used_name_the_path(
    reviewer_data_dir, places, capsys, monkeypatch
):
    def no_store(*_a, **_k):  # the check comes first: no store, no share is touched
        raise AssertionError("the store was opened before --out was checked")

    for module in ("cli_sync", "cli_signing", "cli_audit", "cli_archive"):
        monkeypatch.setattr(f"udsat_desktop.{module}.open_store", no_store)
    d = reviewer_data_dir
    cases = [
        (("packet", "--meeting", "2026-12-10", "--out", "o.txt"), "o.txt er en fil"),
        (("packet", "--meeting", "2026-12-10", "--out", "afile/sub"), "afile er en fil"),
        (("summary", "ABCD-EFGH", "--out", "adir"), "adir er en mappe"),
        (("audit", "export", "--case", "ABCD-EFGH", "--out", "adir"), "adir er en mappe"),
        (("summary", "ABCD-EFGH", "--out", "nodir/x.pdf"), "mappen nodir findes ikke"),
        (("journal", "export", "--out", "o.txt"), "o.txt er en fil"),
    ]
    monkeypatch.chdir(places)
    for argv, reason in cases:
        err = refused(d, capsys, *argv)
        out = argv[argv.index("--out") + 1]
        assert err.startswith(f"udsat: --out {out} kan ikke bruges: ") and reason in err, err
    assert sorted(p.name for p in places.iterdir()) == ["adir", "afile", "o.txt"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="Linux /proc")
def test_out_in_a_folder_that_takes_no_files(reviewer_data_dir, capsys):
    err = refused(reviewer_data_dir, capsys, "summary", "ABCD-EFGH", "--out", "/proc/nope")
    assert "--out /proc/nope kan ikke bruges: mappen /proc tager ikke imod nye filer" in err


def test_out_without_access_says_so(places, monkeypatch):
    real_open = os.open

    def denied(path, flags, *args):
        if ".udsat-probe-" in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(cli_common.CliError, match="ingen adgang til at skrive i mappen"):
        cli_common.out_file(str(places / "new.pdf"))
    with pytest.raises(cli_common.CliError, match="ingen adgang"):
        cli_common.out_folder(str(places / "adir"))


def test_usable_out_targets_pass(places):
    assert cli_common.out_file(str(places / "o.txt")) == places / "o.txt"  # replaced later
    assert cli_common.out_file(str(places / "new.pdf")) == places / "new.pdf"
    assert cli_common.out_folder(str(places / "adir")) == places / "adir"
    assert cli_common.out_folder(str(places / "a" / "b")) == places / "a" / "b"  # made later
    assert not (places / "a").exists()
    # the write probes are gone again
    assert sorted(p.name for p in places.iterdir()) == ["adir", "afile", "o.txt"]
    assert list((places / "adir").iterdir()) == []
