"""Hard links refused the Windows way: os.link on a share or file system without them raises
EINVAL or EACCES there (not EPERM/EXDEV as on Linux), and publishing must fall back to the
non-replacing rename instead of failing the sync."""

from __future__ import annotations

import errno
import os

import pytest

from udsat_desktop.sync import share as share_mod
from udsat_desktop.sync.share import publish_once


@pytest.mark.parametrize("code", [errno.EINVAL, errno.EACCES])
def test_publish_falls_back_when_links_are_refused_as_on_windows(tmp_path, monkeypatch, code):
    def no_links(src, dst, *args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(share_mod.os, "link", no_links)
    target = tmp_path / "records" / "r1.json"
    assert publish_once(target, b'{"one": 1}') is True
    assert target.read_bytes() == b'{"one": 1}'
    assert publish_once(target, b'{"one": 1}') is False  # the same again: nothing to do
    with pytest.raises(share_mod.WriteOnceConflict):
        publish_once(target, b'{"two": 2}')  # never overwritten
    assert target.read_bytes() == b'{"one": 1}'
    assert [p.name for p in target.parent.iterdir()] == ["r1.json"]  # no .part left
