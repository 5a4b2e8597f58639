"""Issue 28, points 1, 2, 6 and 7: attacks on who decides, on the share's identity, on the
journal, and hostile bytes in every file read from the share; each driven through the CLI as
the attacker and the victims would."""

from __future__ import annotations

import json

import pytest

from . import test_attacks as attacks
from .conftest import KEY_PASS
from .test_attacks import new_member, pdf_of, record_path_of, sign_ready_for

# the round the earlier attacks start from (a coordinator, two approved reviewers, Anna's two
# signed reviews on the share), made once per session
round_template = attacks.round_template
round_ = attacks.round_

# ----------------------------------------------------------------------------- 7: journal


@pytest.mark.expected_log(
    r"file on the share refused",
    r"pyhanko.sign.diff_analysis.policies: Error in diff operation",
)
def test_the_journal_gets_trusted_documents_only(round_, tmp_path):
    """An outsider's summary of a real citizen's case, ingested as *unknown signer*, is not
    exported under the citizen's CPR and name: it is listed apart with the reason."""
    from udsat_desktop.sync.outbox import key_path, sign_record

    share, kk, _aa, _bb, keys = round_
    outsider = new_member(tmp_path, "Ole Udefra", "OU", share=share)
    case_key = keys[4]
    sign_ready_for(outsider, kk, case_key)
    for pdf in outsider.paths.outbox.glob("*.pdf"):
        record = json.loads(pdf.with_suffix(".json").read_text())
        record = sign_record(record, key_path(outsider.paths), KEY_PASS)
        for target, data in (
            (pdf_of(share, record), pdf.read_bytes()),
            (record_path_of(share, record), json.dumps(record).encode()),
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    code, report = kk.run("ingest")
    assert report["unknown_signer"], report
    forged = set(report["unknown_signer"])
    code, out = kk.run("journal", "export", "--out", str(tmp_path / "journal"))
    assert code == 0, out
    manifest = json.loads((tmp_path / "journal/manifest.json").read_text())
    exported = {d["gennemgang"] for d in manifest["documents"]}
    assert exported and not exported & forged  # Anna's reviews go; the outsider's does not
    assert out["documents"] == len(exported)
    skipped = {s["review"]: s for s in out["not_exported"]}
    assert forged <= set(skipped)
    for review in forged:
        assert skipped[review]["case_key"] == case_key
        assert "ikke på teamets holdliste" in skipped[review]["reason"]
        assert not list((tmp_path / "journal").glob(f"*{review}*"))
    assert {s["gennemgang"] for s in manifest["not_exported"]} == set(skipped)
