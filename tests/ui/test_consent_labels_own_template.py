"""A consent is named in the words of the template it was recorded under (issue 30: the case
panel and the citizen's access log used the newest template's words for every consent)."""

from __future__ import annotations

import pytest
import yaml

from udsat_desktop.platform import checklists
from udsat_desktop.platform.checklists import bundled_folder, use_library
from udsat_desktop.ui.queue.consents_text import consents_text


@pytest.fixture
def two_wordings(tmp_path, monkeypatch):
    raw = yaml.safe_load(
        (bundled_folder() / "taskforce-gennemgang-2026-12.yaml").read_text(encoding="utf-8")
    )
    folder = tmp_path / "skabeloner"
    folder.mkdir()
    for version, start, label in (
        ("ord-1", "2020-01-01", "Kontakt til jobcentrets psykolog"),
        ("ord-2", "2030-01-01", "Kontakt til jobcentrets psykolog (ny lov)"),
    ):
        data = dict(raw, version=version, valid_from=start)
        vocab = dict(raw["vocabulary"])
        vocab["consents"] = [*raw["vocabulary"]["consents"], {"id": "psykolog", "label": label}]
        data["vocabulary"] = vocab
        (folder / f"{version}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    monkeypatch.setenv(checklists.CHECKLIST_DIR_ENV, str(folder))
    use_library(None)
    yield
    use_library(None)


def test_the_case_panel_names_a_consent_as_its_own_template_does(qtbot, two_wordings):
    recorded = ("psykolog", "givet", "skriftlig", "2020-03-01")
    own = consents_text([(*recorded, "taskforce-gennemgang@ord-1")])
    assert "Kontakt til jobcentrets psykolog: Givet" in own and "ny lov" not in own
    # a consent recorded before the template was kept: the newest words, as before
    assert "(ny lov)" in consents_text([(*recorded, "")])
