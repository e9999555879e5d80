# Maane: developer and CI entry points.  `make help` lists the targets.
#
#   make run        system packages + venv + translations, seed the demo database if empty, start the client
#   make lint       ruff, import-linter contracts, mypy (strict on models/ and reports/)
#   make test       the lint checks, then pytest (2 workers, offscreen; --dist loadfile: the tests of a
#                   module share one worker, so a module's slow fixture, e.g. the demo department, is built once)
#   make installer  PyInstaller onedir bundle in dist/maane, then its self-test
#
# Variables: PYTHON (interpreter for the venv), PYTEST_ARGS (extra pytest arguments),
#            PYTEST_WORKERS (default 2).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
PYTEST_WORKERS ?= 2

# apt-get/pg_ctlcluster need root: use sudo when we are not root.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

# Debian 12 packages the PySide6 wheels need to open a real window (xcb platform plugin, EGL/GL, fontconfig,
# D-Bus, GLib), plus poppler-utils (pdftoppm/pdftotext) used by the tests to check our PDFs.
# libxcb-icccm4 and libxcb-keysyms1 are the ones a minimal Debian lacks (Qt's error blames libxcb-cursor0).
# libwayland-cursor0, libwayland-egl1: the Wayland platform plugin needs them when the session is Wayland.
QT_SYSDEPS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libglib2.0-0 libwayland-cursor0 libwayland-egl1
TEST_SYSDEPS := poppler-utils
SYSDEPS := $(QT_SYSDEPS) $(TEST_SYSDEPS)

TRANSLATIONS_DIR := resources/translations
TS_LANGS := he ar

.PHONY: help sysdeps venv translations qm run test lint bench installer screenshots clean

help:
	@echo "Targets:"
	@echo "  sysdeps       install missing Debian packages Qt needs to show a window (+ poppler-utils)"
	@echo "  venv          create $(VENV) and install maane[dev] pinned by constraints.txt"
	@echo "  translations  lupdate desktop/ into $(TRANSLATIONS_DIR)/maane_{he,ar}.ts, then lrelease"
	@echo "  qm            lrelease only: build the .qm files from the .ts files"
	@echo "  run           seed the demo database if empty and start the client"
	@echo "  test          lint, then pytest -n $(PYTEST_WORKERS) (PYTEST_ARGS=...)"
	@echo "  lint          ruff + lint-imports + mypy (strict on models/ and reports/)"
	@echo "  bench         python -m tests.benchmarks.run"
	@echo "  screenshots   every screen in Hebrew and Arabic, offscreen, into docs/screenshots/"
	@echo "  installer     PyInstaller bundle in dist/maane and its self-test"
	@echo "  clean         remove build outputs and caches (keeps $(VENV))"

# ---------------------------------------------------------------------------------------------------------------
# System packages (Debian/Ubuntu).  Installs only what is missing; apt-get update only when installing.
sysdeps:
	@if ! command -v dpkg >/dev/null 2>&1; then \
		echo "sysdeps: no dpkg here (not Debian/Ubuntu); make sure the Qt xcb libraries are installed."; \
		exit 0; \
	fi; \
	missing=""; \
	for p in $(SYSDEPS); do \
		case "$$(dpkg -s "$$p" 2>/dev/null || true)" in \
			*"Status: install ok installed"*) ;; \
			*) missing="$$missing $$p" ;; \
		esac; \
	done; \
	if [ -z "$$missing" ]; then \
		echo "sysdeps: all present"; \
	else \
		echo "sysdeps: installing$$missing"; \
		$(SUDO) apt-get update -q; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

# ---------------------------------------------------------------------------------------------------------------
# Virtual environment.  The stamp makes repeated runs instant; it is redone when pyproject.toml or
# constraints.txt change.
venv: $(STAMP)

$(BIN)/python:
	@echo "venv: creating $(VENV) with $(PYTHON)"
	@if ! $(PYTHON) -m venv $(VENV); then \
		echo "venv: '$(PYTHON) -m venv' failed; installing python3-venv"; \
		rm -rf $(VENV); \
		$(SUDO) apt-get update -q; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-venv; \
		$(PYTHON) -m venv $(VENV); \
	fi

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install -c constraints.txt -e '.[dev]'
	@touch $@

# ---------------------------------------------------------------------------------------------------------------
# Translations.  `translations` rescans the code (lupdate keeps the existing translations and marks vanished
# strings obsolete) and is run by hand; `qm` only compiles the .ts files, so run/test never rewrite them.
translations: venv
	@mkdir -p $(TRANSLATIONS_DIR)
	@srcs=$$(find desktop -name '*.py' -not -path '*/__pycache__/*' 2>/dev/null | LC_ALL=C sort); \
	if [ -z "$$srcs" ]; then \
		echo "translations: no desktop/**/*.py yet, nothing to scan"; \
	else \
		list=$$(mktemp); trap 'rm -f "$$list"' EXIT; \
		printf '%s\n' $$srcs > "$$list"; \
		for lang in $(TS_LANGS); do \
			echo "lupdate -> $(TRANSLATIONS_DIR)/maane_$$lang.ts"; \
			$(BIN)/pyside6-lupdate -no-obsolete -locations relative -source-language en -target-language $$lang \
				@"$$list" -ts $(TRANSLATIONS_DIR)/maane_$$lang.ts; \
		done; \
	fi
	@$(MAKE) --no-print-directory qm

qm: venv
	@shopt -s nullglob; \
	ts_files=($(TRANSLATIONS_DIR)/*.ts); \
	if [ $${#ts_files[@]} -eq 0 ]; then echo "qm: no .ts files in $(TRANSLATIONS_DIR)"; fi; \
	for ts in "$${ts_files[@]}"; do \
		$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
		echo "lrelease $$ts -> $${ts%.ts}.qm"; \
	done

# ---------------------------------------------------------------------------------------------------------------
run: sysdeps venv qm
	$(BIN)/maane seed demo --if-empty
	$(BIN)/maane

# The lint checks run first, so CI (make test) enforces them too.
test: sysdeps venv qm lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS) tests

# mypy reads its settings (files, strictness) from [tool.mypy] in pyproject.toml.
lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: venv
	$(BIN)/python -m tests.benchmarks.run

screenshots: venv qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screens docs/screenshots he ar

installer: venv qm
	bash installer/build.sh

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache .import_linter_cache *.egg-info
	rm -f $(TRANSLATIONS_DIR)/*.qm
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
