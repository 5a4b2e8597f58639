# Udsat Desktop: every set-up step lives here, so a fresh Debian/Ubuntu machine needs only
#   make run    (install, then start the app on a local demo database)
#   make test   (install, then run the whole test suite headless)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Every Python package, pinned with its hashes (Linux x86_64, Python 3.11); `make lock` renews it
LOCK   := requirements.lock
# The pip that installs the lock (the venv's bundled pip may be too old to read it), pinned and
# hash-checked the same way; `make lock` renews it at the lock's pip version
PIPLOCK := packaging/pip-bootstrap.lock
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) $(PIPLOCK) | cksum | cut -d' ' -f1)
DEMO_DIR ?= .demo-data

.PHONY: run test test-long bench bench-quick coverage lint system-deps install clean bundle i18n i18n-update \
        windows-installer windows-smoke lock

system-deps:
	@bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml $(LOCK) $(PIPLOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	@# first the locked pip, with its hashes, by whatever pip the interpreter bundles (>= 22)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(PIPLOCK)
	@# exactly the reviewed versions, each checked against its hash; then the app itself,
	@# which brings nothing of its own (--no-deps; built with the locked setuptools)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@# the source tree is installed in place; compile it once so starts need not
	$(BIN)/python -m compileall -q udsat_desktop db >/dev/null
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: system-deps $(STAMP)
	@# the translation catalogues: resources/i18n/*.ts -> .qm (pyside6-lrelease)
	$(BIN)/python packaging/i18n.py release

i18n: $(STAMP)
	$(BIN)/python packaging/i18n.py release

# after changing UI texts: new texts land in the .ts files, to be translated (Qt Linguist:
# .venv/bin/pyside6-linguist resources/i18n/udsat_en.ts), then `make i18n`
i18n-update: $(STAMP)
	$(BIN)/python packaging/i18n.py update

run: install
	@bash packaging/run-demo.sh $(BIN) $(DEMO_DIR)

# lint first (ruff, mypy --strict): CI runs `make test`. The suite runs on one worker per core
# (pytest-xdist, at most 4); `--dist loadfile` keeps each test file on one worker, so a file's
# module fixtures (the Samba server on the loopback's port 445) exist once.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -n auto --maxprocesses 4 \
		--dist loadfile
	@# the Linux bundle (PyInstaller, one folder), built and smoke-started offscreen
	bash packaging/build_bundle.sh $(BIN)
	@# the Windows installer (NSIS, zlib for speed) and the MSI (wixl), every binary signed
	@# and timestamped with a throw-away certificate (no UDSAT_SIGN_PFX) and verified; then
	@# installed (per user and per machine), smoke-tested and uninstalled under Wine
	$(BIN)/python packaging/windows/build_installer.py --compress zlib
	bash packaging/windows/wine_smoke.sh

# build/windows/UdsatDesktop-<version>-setup.exe (zlib, as CI tests it; add --compress lzma
# by hand for a smaller file) and UdsatDesktop-<version>.msi, signed: with the real certificate
# when UDSAT_SIGN_PFX / UDSAT_SIGN_PASSPHRASE (/ UDSAT_SIGN_TIMESTAMP_URL) are set, else with a
# throw-away one (docs/deployment.md)
windows-installer: install
	$(BIN)/python packaging/windows/build_installer.py --compress zlib

# install the built installer (per user) and MSI (per machine) under Wine in a fresh prefix,
# smoke-test them, uninstall
windows-smoke:
	bash packaging/windows/wine_smoke.sh

bundle: install
	bash packaging/build_bundle.sh $(BIN)

# the suite as `make test` runs it, with line coverage of udsat_desktop (the figure in README)
coverage: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -n auto --maxprocesses 4 \
		--dist loadfile --cov --cov-report=term

test-long: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow
	QT_QPA_PLATFORM=offscreen UDSAT_FUZZ_EXAMPLES=400 $(BIN)/python -m pytest tests/security/test_fuzz.py

bench: install
	$(BIN)/python -m compileall -q udsat_desktop db >/dev/null
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

bench-quick: install
	$(BIN)/python -m compileall -q udsat_desktop db >/dev/null
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --quick

# after changing a dependency in pyproject.toml: pin everything again, with hashes
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_34 \
		--custom-compile-command "make lock" --quiet -o $(LOCK)
	$(BIN)/uv pip compile packaging/pip-bootstrap.in -c $(LOCK) --generate-hashes \
		--python-version 3.11 --python-platform x86_64-manylinux_2_34 \
		--custom-compile-command "make lock" --quiet -o $(PIPLOCK)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
