from tests.sync.conftest import team, team_template  # noqa: F401 - the three-member team
