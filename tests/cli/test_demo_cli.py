"""`udsat demo`: synthetic cases and reviews; `--reviews N` gets its N reviews whatever the store
holds (issue 26)."""

from __future__ import annotations

import json

from udsat_desktop.cli import main
from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_reviews_on_a_new_store_without_cases_make_the_cases_they_need(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    data = str(tmp_path / "demo")
    code, out, err = run(capsys, "demo", "--cases", "0", "--reviews", "4", "--data-dir", data)
    assert code == 0, err
    assert out.startswith("4 syntetiske sager og 4 gennemgange (2 klar til underskrift)")
    assert "4 sager af dem blev lavet, fordi der var for få sager til 4 gennemgange" in out

    monkeypatch.setenv("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", data)
    figures = json.loads(out)
    assert figures["cases"] == 4
    assert figures["by_status"]["under_gennemgang"] == 2
    assert figures["by_status"]["klar_til_underskrift"] == 2


def test_reviews_beyond_the_open_cases_add_only_the_missing_ones(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    data = str(tmp_path / "demo")
    assert run(capsys, "demo", "--cases", "3", "--data-dir", data)[0] == 0
    monkeypatch.setenv("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    before = json.loads(run(capsys, "stats", "--json", "--data-dir", data)[1])
    open_before = before["by_status"]["ny"] + before["by_status"]["tildelt"]

    code, out, err = run(
        capsys, "demo", "--cases", "0", "--reviews", "5", "--json", "--data-dir", data
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["reviews"] == 5
    assert result["added_for_reviews"] == result["added"] == 5 - open_before
    after = json.loads(run(capsys, "stats", "--json", "--data-dir", data)[1])
    assert after["cases"] == 3 + 5 - open_before


def test_enough_open_cases_add_none(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("UDSAT_PASSPHRASE", raising=False)
    data = str(tmp_path / "demo")
    assert run(capsys, "demo", "--cases", "40", "--data-dir", data)[0] == 0
    monkeypatch.setenv("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    code, out, _ = run(capsys, "demo", "--cases", "0", "--reviews", "1", "--data-dir", data)
    assert code == 0
    assert out.startswith("0 syntetiske sager og 1 gennemgang (1 klar til underskrift)")
    assert "lavet" not in out


def test_a_negative_count_is_refused(tmp_path, capsys):
    data = tmp_path / "demo"
    code, out, err = run(capsys, "demo", "--reviews", "-3", "--data-dir", str(data))
    assert code == 2 and not out
    assert err == "udsat: --cases og --reviews skal være 0 eller mere\n"
    assert not (data / "udsat.db").exists()
