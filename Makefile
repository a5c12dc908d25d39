# The two README commands are `make serve` and `make test`. Everything they need is
# installed from here: the virtual environment and, for the tests, Debian packages.
# `make help` lists the targets: each one's `##` comment is its line there.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The supported Python: CPython 3.11, 3.12 or 3.13 (README). Without PYTHON=, the first of
# python3, python3.13, python3.12, python3.11 on PATH that is one of them.
SUPPORTED_PYTHON := 3.11 3.12 3.13
PY_OK  := import sys; sys.exit("%d.%d" % sys.version_info[:2] not in "$(SUPPORTED_PYTHON)".split())
# the interpreter itself (not a wrapper such as a pyenv shim), when it is a supported one
PY_EXE := import sys; "%d.%d" % sys.version_info[:2] in "$(SUPPORTED_PYTHON)".split() and print(sys.executable)
PYTHON ?= $(shell for p in python3 $(addprefix python,$(SUPPORTED_PYTHON)); do \
            command -v $$p >/dev/null 2>&1 && $$p -c '$(PY_EXE)' 2>/dev/null | grep . && break; done)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export HF_HUB_OFFLINE := 1
export PYTHONDONTWRITEBYTECODE := 1

# Debian packages, each with the file or command that shows it is there. The build (make
# serve, make build) needs a C++ compiler (torch.compile on the CPU, in the Scaling page's
# notebook), git (each page's last-updated date) and a CJK font (the Chinese plots). The
# tests also need a real browser, Java for the HTML validator (vnu), and unshare + ip for
# multi-process snippets in a loopback-only network namespace. The Python headers
# (python3.X-dev, for torch.compile) and venv (python3.X-venv) are added when $(PYTHON)
# lacks them.
BUILD_NEEDS := g++:g++ git:git fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
TEST_NEEDS  := $(BUILD_NEEDS) chromium:/usr/bin/chromium default-jre-headless:java iproute2:ip util-linux:unshare

.PHONY: help python venv build-deps test-deps build serve test check update-examples record matrix bench offline notebooks fresh-machine clean

help: ## this list
	@awk -F':.*## ' '/^[a-z-]+:.*## / {printf "make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

python: ## check that PYTHON is a supported Python (SUPPORTED_PYTHON above)
	@test -n "$(PYTHON)" || { echo "make: no Python $(SUPPORTED_PYTHON) on PATH: install one (Debian: apt install python3 python3-venv) or run make PYTHON=/path/to/python3.X"; exit 1; }
	@v=$$($(PYTHON) -c 'import platform; print(platform.python_version())' 2>/dev/null) || { echo "make: $(PYTHON) does not run: install Python ($(SUPPORTED_PYTHON)) or run make PYTHON=/path/to/python3.X"; exit 1; }; \
	$(PYTHON) -c '$(PY_OK)' || { echo "make: $(PYTHON) is Python $$v: this project needs $(SUPPORTED_PYTHON) (run make PYTHON=/path/to/python3.X)"; exit 1; }

# Installs what is missing, with apt-get (sudo when not root); does nothing when all is there.
# $(1): the needs (package:probe ...). Without apt-get it stops, naming what to install.
define install_missing
	@ver=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); missing=""; \
	for need in $(1); do \
	  pkg=$${need%%:*}; what=$${need#*:}; \
	  [ -e "$$what" ] || command -v "$$what" >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	$(PYTHON) -c 'import ensurepip' 2>/dev/null || missing="$$missing python$$ver-venv"; \
	$(PYTHON) -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
	  || missing="$$missing python$$ver-dev"; \
	if [ -n "$$missing" ]; then \
	  command -v apt-get >/dev/null || { echo "make: missing:$$missing (Debian's names): install them, then run make again"; exit 1; }; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; \
	  else echo "make: missing:$$missing: installing them needs root or sudo (apt-get install$$missing)"; exit 1; fi; \
	  echo "make: installing Debian packages:$$missing"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
	    || { echo "make: apt-get could not install:$$missing"; exit 1; }; \
	fi
endef

build-deps: python ## install the Debian packages the build needs (when missing)
	$(call install_missing,$(BUILD_NEEDS))

test-deps: python ## install the Debian packages the build and the tests need (when missing)
	$(call install_missing,$(TEST_NEEDS))

# requirements.txt is the lock file: every package pinned. It is also the pip constraint,
# so nothing else (a machine-wide constraint file) decides a version. .venv is made again
# when requirements.txt changed or when it was made by another Python than $(PYTHON).
venv: python ## create .venv (again when needed) and install the pinned requirements
	@want="$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])') $$(cksum < requirements.txt)"; \
	if [ "$$(cat $(STAMP) 2>/dev/null)" != "$$want" ]; then \
	  made=$$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null); \
	  if [ -e $(VENV) ] && [ "$$made" != "$${want%% *}" ]; then \
	    echo "make: .venv was made by Python $${made:-(broken)}, not $${want%% *}: making it again"; rm -rf $(VENV); fi; \
	  test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || exit 1; \
	  PIP_CONSTRAINT=$(CURDIR)/requirements.txt $(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt || exit 1; \
	  echo "$$want" > $(STAMP); \
	fi
	@# the project's package importable from .venv, wherever a command starts (as an editable install would)
	@$(BIN)/python -c 'import pathlib, site; pathlib.Path(site.getsitepackages()[0], "pytorch-notes.pth").write_text("$(CURDIR)\n")'

# Each language is one ProperDocs build (mkdocs.yml, mkdocs.<lang>.yml), site/<lang>/; the
# package runs them in parallel. `properdocs serve -f mkdocs.zh.yml` serves one language
# alone with live reload.
build: build-deps venv ## strict build of every language into site/<lang>/
	$(BIN)/python -m pytorch_notes build

serve: build-deps venv ## set up, build every language and serve them on http://127.0.0.1:8000 (builds again on change)
	$(BIN)/python -m pytorch_notes serve --port 8000

# Every test in one session on two workers (the machine's two cores, pytest-xdist): the
# snippet batch is one group on one worker (--dist loadgroup); the site is built once, by
# the first worker that needs it (tests/conftest.py), and both test it.
test: test-deps venv ## set up .venv and system packages, run every test (ruff included)
	@$(MAKE) --no-print-directory check

check: ## run every test on the .venv as it is (make test after its set-up; make bench times it)
	$(BIN)/python -m pytest -n 2 --dist loadgroup tests

update-examples: venv ## run the snippets (or FILES=...) and write their #> output comments (then read them)
	$(BIN)/python -m pytorch_notes update-examples $(FILES)

# The compatibility record, snippets/compat.json (README, "Compatibility record"): each
# snippet's result per torch release and device, with the digest of the code that ran.
# Only snippets new or edited since their last run there run again; ALL=1 runs every one.
record: venv ## update the record's pinned-torch entries (this machine's device) from .venv: edited snippets only
	$(BIN)/python -m pytorch_notes record $(if $(ALL),--all)

MATRIX_DIR ?= $(HOME)/.cache/pytorch-notes/matrix
export MATRIX_DIR
matrix: venv ## a venv per torch release of the record (model.TORCH_RELEASES) in MATRIX_DIR, made once; the pin's = .venv; edited snippets run
	$(BIN)/python -m pytorch_notes matrix all --python $(PYTHON) $(if $(ALL),--all)

bench: test-deps venv ## print build, step, test, page-weight and index-size figures with budgets
	$(BIN)/python tests/bench.py

# Material's offline plugin (OFFLINE=true) builds for file://; pytorch_notes/offline.py zips it.
offline: build-deps venv ## the offline bundles: dist/pytorch-notes-<version>-<lang>.zip (file://, search works)
	rm -rf build/offline dist
	OFFLINE=true $(BIN)/python -m pytorch_notes build --site-dir build/offline
	$(BIN)/python -m pytorch_notes offline build/offline dist

notebooks: build-deps venv ## execute every page's notebook (cached in .cache/notebooks/) and print the seconds per cell
	$(BIN)/python -m pytorch_notes notebooks

SUITES ?= bookworm
fresh-machine: ## both README commands in a new Debian root file system per suite (root; SUITES="bookworm trixie")
	tools/fresh-machine.sh $(SUITES)

clean: ## remove site/, build/, dist/ and the build caches
	rm -rf site build dist .cache
