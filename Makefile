# The two README commands: `make serve` and `make test`. Everything they need is
# installed from here: the virtual environment and, for the browser tests, Debian packages.
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
# browser, CJK fonts so Chinese pages render, and Java for the HTML validator (vnu).
APT_NEEDS := chromium:/usr/bin/chromium fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc default-jre-headless:java
SYSTEM_STAMP := $(VENV)/.system-deps

.PHONY: help venv system-deps build serve test update-examples bench clean

help:
	@echo "make serve   - set up .venv, build, serve on http://127.0.0.1:8000"
	@echo "make test    - set up .venv (and system packages), run every test"
	@echo "make build   - strict build of both languages into site/"
	@echo "make update-examples - rewrite the #> output comments of every snippet"
	@echo "make bench   - print build, test, page-weight and index-size figures"

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 needed, got {sys.version}"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

venv: $(STAMP)

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

system-deps: $(SYSTEM_STAMP)

build: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: build
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

test: $(STAMP) $(SYSTEM_STAMP)
	$(BIN)/python -m pytest tests

update-examples: $(STAMP)
	$(BIN)/python -m pytest tests/test_docs.py -k test_snippet --update-examples

bench: $(STAMP) $(SYSTEM_STAMP)
	$(BIN)/python tests/bench.py

clean:
	rm -rf site .cache
