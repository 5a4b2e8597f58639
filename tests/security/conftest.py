from tests.sync.conftest import team  # noqa: F401 - the three-member team with a share
