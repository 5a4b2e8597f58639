"""A sync with nothing new stays close to the CLI's start (issue 15): it loads no PDF renderer,
no PDF library and no review templates. Timing itself is measured in
benchmarks/share_bench.py, never here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.sync.conftest import enrol

# No template is read: reading one loads yaml and jsonschema (core/checklist/parse.py imports
# them when it parses). Since the house was rebuilt (issue 27) the template model's modules are
# plain Python that modules on the sync path import, so the package itself is not the sign.
HEAVY = [
    "reportlab",
    "pyhanko",
    "jsonschema",
    "yaml",
    "udsat_desktop.reports.pdf",
    "udsat_desktop.reports.signing",
]

PROBE = """
import json, sys
from udsat_desktop.cli import main
heavy = json.loads(sys.argv.pop(1))
code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def _sync_in_a_new_process(data: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY), "--data-dir", str(data), "--json", "sync"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_a_sync_with_nothing_new_loads_no_renderer_pdf_library_or_templates(team):
    _share, kk, aa, _bb = team
    enrol(kk, aa)
    for member in (aa, kk):
        result = _sync_in_a_new_process(member.data)
        assert result["code"] == 0
        assert result["loaded"] == [], f"{member.name}: {result['loaded']}"


def test_after_the_light_sync_something_new_still_arrives(team):
    from tests.sync.test_round import case_keys

    _share, kk, aa, _bb = team
    assert kk.run("demo", "--cases", "3", "--reviews", "0", "--seed", "5")[0] == 0
    enrol(kk, aa)
    assert _sync_in_a_new_process(aa.data)["code"] == 0
    keys = case_keys(kk, 2)
    code, out = kk.run("assign", "--to", aa.user_id, *keys)
    assert code == 0, out
    code, report = aa.run("sync")
    assert code == 0 and isinstance(report, dict), report
    assert report["assignments"] == 1 and report["assigned_cases"] == 2
