"""`udsat meeting` speaks of the forum the template of the day names (issue 30), and a day
whose template has no forum gets no meeting: one Danish sentence, no traceback."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from tests.conftest import PASSPHRASE
from udsat_desktop.cli import main as cli
from udsat_desktop.platform import checklists
from udsat_desktop.platform.checklists import bundled_folder, use_library

FORUM = "det tværfaglige forum"


@pytest.fixture
def template_of_today(tmp_path, monkeypatch):
    def install(forum: bool) -> None:
        raw = yaml.safe_load(
            (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
        )
        raw.update(version="i30-cli", valid_from=dt.date.today().isoformat())
        if forum:
            raw["vocabulary"]["forum"].update(id="tvaerfagligt", name=FORUM)
        else:
            del raw["vocabulary"]["forum"]
        folder = tmp_path / "skabeloner"
        folder.mkdir()
        (folder / "i30.yaml").write_text(
            yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        monkeypatch.setenv(checklists.CHECKLIST_DIR_ENV, str(folder))
        monkeypatch.setenv("UDSAT_PASSPHRASE", PASSPHRASE)
        use_library(None)

    yield install
    use_library(None)


def test_candidates_name_the_forum_of_today(db, paths, template_of_today, capsys):
    template_of_today(forum=True)
    db.close()
    assert cli(["--data-dir", str(paths.data), "meeting", "candidates"]) == 0
    assert capsys.readouterr().out.strip() == f"Ingen sager venter på {FORUM}"


def test_no_meeting_on_a_day_without_a_forum(db, paths, template_of_today, capsys):
    template_of_today(forum=False)
    db.close()
    day = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    code = cli(["--data-dir", str(paths.data), "meeting", "new", "--date", day, "--time", "09:00"])
    err = capsys.readouterr().err
    assert code == 2 and "intet forum" in err and "Traceback" not in err
