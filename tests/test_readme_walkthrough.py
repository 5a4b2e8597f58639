"""The README's walk-through, verbatim, on the demo store `make run` opens (issue 26): every
search it quotes finds what it says in the queue window, typed like a person would, and the
command results it quotes for the demo store are what the CLI prints (the demo command is quoted
in docs/cli.md, where the command line's reference moved in issue 27).

The demo is the real one, 2,737 cases built by `udsat demo` (what `make run` builds), once per
session; each test works on its own copy."""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from udsat_desktop.cli import main
from udsat_desktop.core.danish import sort_key
from udsat_desktop.platform.paths import AppPaths, resolve
from udsat_desktop.store.lifecycle import DEMO_PASSPHRASE, open_existing
from udsat_desktop.store.queue import reviewer_labels

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


WALK = section("Ten-minute walk-through")


def step(number: int) -> str:
    """The walk-through's step `number`, its lines joined."""
    match = re.search(rf"\n{number}\. (.*?)(?=\n\d+\. |\n\n|\Z)", WALK, re.DOTALL)
    assert match, f"no step {number} in the walk-through"
    return " ".join(match[1].split())


def number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`udsat demo` with its defaults, as `packaging/run-demo.sh` gets it (`udsat-desktop
    --demo` builds the same store: `store.lifecycle.ensure_demo`)."""
    folder = tmp_path_factory.mktemp("readme") / "demo-data"
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("UDSAT_PASSPHRASE", raising=False)  # the demo's public passphrase
        started = time.perf_counter()
        assert main(["demo", "--data-dir", str(folder)]) == 0
        print(f"demo store of 2,737 cases built in {time.perf_counter() - started:.2f} s")
    return folder


@pytest.fixture
def demo_copy(demo_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    target = tmp_path / "demo-data"
    shutil.copytree(demo_folder, target)
    monkeypatch.setenv("UDSAT_PASSPHRASE", DEMO_PASSPHRASE)
    return resolve(target)


@pytest.fixture
def window(qtbot, demo_copy: AppPaths) -> Iterator[object]:
    from udsat_desktop.ui.main_window import MainWindow

    db, profile = open_existing(demo_copy, DEMO_PASSPHRASE)
    win = MainWindow(db, profile, demo_copy, reviewer_names=reviewer_labels(db))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    win.close()
    db.close()


def test_the_queue_opens_with_the_cases_the_readme_names_in_danish_order(window):
    claimed = re.search(r"The queue opens with ([\d,]+) cases, sorted by name", step(1))
    assert claimed, step(1)
    assert window.model.matches == window.model.total == number(claimed[1])
    names = [window.model.row_object(r).name for r in range(50)]
    assert names == sorted(names, key=sort_key)


def test_every_search_of_the_walk_through_finds_what_it_says(qtbot, window):
    text = step(2)
    searches = re.findall(r"`([^`]+)`: ([\d,]+)", text)
    assert len(searches) >= 5, text  # names, a case key, CPR starts
    single = re.search(r"each single hit is the invented \*([^*]+)\*", text)
    assert single, text
    total = window.model.total
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.filters.search
    assert search.hasFocus()
    for query, claimed in searches:
        search.selectAll()
        qtbot.keyClicks(search, query)
        expected = f"Viser {number(claimed)} af {total:,} sager".replace(",", ".")
        qtbot.waitUntil(lambda e=expected: window.count_label.text() == e, timeout=5000)
        assert window.model.matches == number(claimed), query
        if number(claimed) == 1:
            assert window.model.row_object(0).name == single[1], query


def test_the_demo_review_command_does_what_the_readme_says(capsys, demo_copy):
    line = re.search(
        r"^udsat demo --cases 0 --reviews (\d+) +# complete synthetic reviews, half of them "
        r"ready to sign$",
        CLI_DOC,
        re.MULTILINE,
    )
    assert line, "docs/cli.md no longer shows `udsat demo --reviews`"
    # the README's command with 20 reviews for its 200 (the claim, half ready to sign, is the
    # same; 200 reviews take 10-20 s on the 2-core machine)
    args = ["demo", "--cases", "0", "--reviews", "20", "--json", "--data-dir", str(demo_copy.data)]
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["added"], result["reviews"], result["ready_to_sign"]) == (0, 20, 10)


def test_the_sample_import_on_the_demo_store_reports_what_the_readme_says(capsys, demo_copy):
    claim = re.search(
        r"The sample `(?P<file>[^`]+)` imports as (?P<n>\d+) cases, rejects row (?P<r1>\d+)"
        r" \(impossible date (?P<date>[\d.]+)\) and row (?P<r2>\d+) \(percentage `(?P<pct>\w+)`\),"
        r" reports row (?P<dup>\d+) as a duplicate of row (?P<first>\d+) and skips the blank"
        r" row (?P<blank>\d+)\.",
        " ".join(README.split()),
    )
    assert claim, "the README no longer describes the sample import"
    sample = ROOT / claim["file"]
    args = ["import", str(sample), "--json", "--data-dir", str(demo_copy.data)]
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["imported"] == int(claim["n"])
    rejected = {r["row"]: r["reason"] for r in result["rejected"]}
    assert set(rejected) == {int(claim["r1"]), int(claim["r2"])}
    assert claim["date"] in rejected[int(claim["r1"])]
    assert claim["pct"] in rejected[int(claim["r2"])]
    assert [(d["row"], d["first_row"]) for d in result["duplicates"]] == [
        (int(claim["dup"]), int(claim["first"]))
    ]
    blank = int(claim["blank"])
    assert blank not in rejected and all(d["row"] != blank for d in result["duplicates"])
    # the warning group step 6 of the walk-through quotes
    group = re.search(
        r'\("(\d+ CPR-numre uden modulus 11-kontrol — tilladt siden 2007)"\)', step(6)
    )
    assert group, step(6)
    assert group[1] in [g["reason"] for g in result["warning_groups"]]
