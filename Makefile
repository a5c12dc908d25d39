# The two README commands are `make serve` and `make test`. Everything they need is
# installed from here: the virtual environment and, for the tests, Debian packages.
# `make help` lists the targets: each one's `##` comment is its line there.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export HF_HUB_OFFLINE := 1
export PYTHONDONTWRITEBYTECODE := 1

# Debian packages the tests need, each with the file that shows it is there: a real
# browser, CJK fonts so Chinese pages render, Java for the HTML validator (vnu), and
# unshare + ip for multi-process snippets in a loopback-only network namespace.
APT_NEEDS := chromium:/usr/bin/chromium fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
             default-jre-headless:java iproute2:ip util-linux:unshare
SYSTEM_STAMP := $(VENV)/.system-deps

.PHONY: help venv system-deps build serve test check update-examples record matrix bench offline notebooks clean

help: ## this list
	@awk -F':.*## ' '/^[a-z-]+:.*## / {printf "make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# requirements.txt is the lock file: every package pinned. It is also the pip
# constraint, so nothing else (a machine-wide constraint file) decides a version.
$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 needed, got {sys.version}"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	PIP_CONSTRAINT=$(CURDIR)/requirements.txt $(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

venv: $(STAMP) ## create .venv and install the pinned requirements

# Installs what is missing; does nothing when everything is there (idempotent).
$(SYSTEM_STAMP): | $(STAMP)
	@missing=""; \
	for need in $(APT_NEEDS); do \
	  pkg=$${need%%:*}; what=$${need#*:}; \
	  if [ -e "$$what" ] || command -v "$$what" >/dev/null 2>&1; then :; else missing="$$missing $$pkg"; fi; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	touch $@

system-deps: $(SYSTEM_STAMP) ## install the Debian packages the tests need (when missing)

build: $(STAMP) ## strict build of every language into site/
	$(BIN)/mkdocs build --strict

serve: $(STAMP) ## set up .venv, build once and serve on http://127.0.0.1:8000 (rebuilds on change)
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Every test in one session on two workers (the machine's two cores, pytest-xdist): the
# standalone snippet batch is one group on one worker (--dist loadgroup); the site is
# built once, by the first worker that needs it (tests/conftest.py), and both test it.
test: $(STAMP) $(SYSTEM_STAMP) ## set up .venv and system packages, run every test (ruff included)
	@$(MAKE) --no-print-directory check

check: ## run every test on the .venv as it is (make test after its set-up; make bench times it)
	$(BIN)/python -m pytest -n 2 --dist loadgroup tests

update-examples: $(STAMP) ## rewrite the #> output comments of every snippet (then read them)
	$(BIN)/python -m pytest tests/test_docs.py -k test_snippet --update-examples

# The compatibility record, snippets/compat.json (README, "Compatibility record"): each
# snippet's result per torch version and device, with the digest of the code that ran.
# Only snippets new or edited since their last run there run again; ALL=1 runs every one.
record: $(STAMP) ## update the record's pinned-torch entries (this machine's device) from .venv: edited snippets only
	$(BIN)/python docs/hooks/snippet_runner.py --record snippets/compat.json $(if $(ALL),--all)

MATRIX_DIR ?= $(HOME)/.cache/pytorch-notes/matrix
export MATRIX_DIR
matrix: $(STAMP) ## a venv per torch 2.11–2.14 in ~/.cache/pytorch-notes/matrix (MATRIX_DIR), made once; 2.15 = .venv; edited snippets run
	$(PYTHON) docs/hooks/matrix.py all --python $(PYTHON) $(if $(ALL),--all)

bench: $(STAMP) $(SYSTEM_STAMP) ## print build, hook, test, page-weight and index-size figures with budgets
	PYTHONPATH=docs/hooks $(BIN)/python tests/bench.py

# Material's offline plugin (OFFLINE=true) builds for file://; docs/hooks/offline.py zips it.
offline: $(STAMP) ## the offline bundles: dist/pytorch-notes-<version>-<lang>.zip (file://, search works)
	rm -rf build/offline dist
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir build/offline
	$(BIN)/python docs/hooks/offline.py build/offline dist

notebooks: $(STAMP) ## execute every page's notebook (cached in .cache/notebooks/) and print the seconds per cell
	PYTHONPATH=docs/hooks $(BIN)/python -c 'import notebooks; notebooks.main()'

clean: ## remove site/, build/, dist/ and the build caches
	rm -rf site build dist .cache
