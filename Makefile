# Two commands a new user needs: `make synth` and `make test`. Each installs what it needs
# (the Python venv, checkov's own venv, Node 22 and the pinned cdk8s CLI) when it is missing
# or its pins changed, and does nothing more when it is present.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
CHECKOV_VENV := .venv-checkov
# Redis 7.0.15 (Debian 12), the real evaluator of the rendered ACL files: unpacked here, never
# installed system-wide or started as a service
REDIS_TOOLS := .tools/redis
REDIS_PACKAGES := redis-server redis-tools libjemalloc2 liblzf1
# Argo Rollouts' expression language (antonmedv/expr: Debian 12's 1.8.9), the real evaluator
# of the analyses' conditions: its source unpacked here and built with Go (Debian's, unpacked
# here too where the machine has none)
EXPR_TOOLS := .tools/expr
EXPR_PACKAGES := golang-github-antonmedv-expr-dev=1.8.9-2
GO_PACKAGES := golang-1.19-go=1.19.8-2 golang-1.19-src=1.19.8-2
# promtool (Debian 12's Prometheus 2.42), the real evaluator of the rendered PromQL: unpacked
# here, never installed or started
PROM_TOOLS := .tools/prometheus
PROM_PACKAGE := prometheus=2.42.0+ds-5+deb12u1
PY := $(VENV)/bin/python
LINTED := somaagent01_gitops tests tools main.py
# pytest-xdist workers: one per CPU (each synthesizes once and shares it across its tests)
TEST_WORKERS ?= auto
# jsii (inside cdk8s) runs on the first `node` on PATH: make it the project's Node 22.
export PATH := $(CURDIR)/node_modules/.bin:$(CURDIR)/$(VENV)/bin:$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# cache bytecode (a machine may turn it off; every run would recompile imports/ then)
export PYTHONDONTWRITEBYTECODE :=

.PHONY: synth test lint mutation validate schema docs bootstrap import publish bench deps clean
.DEFAULT_GOAL := synth

## Synthesize every environment from overlays/ into dist/ (swapped in whole).
synth: deps
	$(PY) -O main.py

## Run the whole suite: lint, types and complexity first, then unit, snapshot, bad-input,
## determinism and the validation gates.
test: lint $(CHECKOV_VENV)/.installed $(REDIS_TOOLS)/.installed $(EXPR_TOOLS)/.installed $(PROM_TOOLS)/.installed
	$(PY) -m pytest -n $(TEST_WORKERS)

## Lint and format check (ruff), strict types (mypy), the complexity ceiling (xenon: no block
## worse than C, no module worse than B, average A) and no function over 50 lines.
## Configuration: pyproject.toml.
lint: deps
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/mypy
	$(VENV)/bin/xenon --max-absolute C --max-modules B --max-average A somaagent01_gitops tools main.py
	$(PY) tools/check_function_length.py somaagent01_gitops tools

## Run the validation gates over dist/ and print the report; GATE=name runs one gate.
validate: deps $(CHECKOV_VENV)/.installed
	$(PY) -m somaagent01_gitops.validation $(if $(GATE),--gate $(GATE))

## Rewrite overlays/schema.json and platform.schema.json from the settings model.
schema: deps
	$(PY) -m somaagent01_gitops.settings.schema

## Rewrite the README's generated operator table from operators.py.
docs: deps
	$(PY) -m somaagent01_gitops.docs

## Print the commands that bring up a fresh cluster: make bootstrap CLUSTER=dev-shared
bootstrap: deps
	test -n "$(CLUSTER)" || { echo "usage: make bootstrap CLUSTER=<a folder of dist/apps/>"; exit 2; }
	$(PY) -m somaagent01_gitops.bootstrap $(CLUSTER)

## Regenerate imports/ from the upstream CRDs named in cdk8s.yaml (read from ../shared/crds/).
import: deps
	$(PY) tools/import_crds.py

## Copy dist/ into a GitOps checkout (at gitops.path_prefix) and report: make publish GITOPS_CHECKOUT=../gitops
publish: synth
	test -n "$(GITOPS_CHECKOUT)" || { echo "usage: make publish GITOPS_CHECKOUT=<checkout of the GitOps repository>"; exit 2; }
	$(PY) -m somaagent01_gitops.publish $(GITOPS_CHECKOUT)

## Apply each dangerous mutant in a scratch copy, accept its snapshots, run the suite; report
## killed/survived (a measurement, not part of make test). MUTANT=name runs one.
mutation: deps $(CHECKOV_VENV)/.installed
	$(PY) tools/mutation.py

## Time each phase of a synth (a measurement, not a test).
bench: deps
	$(PY) tools/benchmark.py

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(CHECKOV_VENV)/.installed: requirements-checkov.txt
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet -r requirements-checkov.txt
	touch $@

$(REDIS_TOOLS)/.installed:
	rm -rf $(REDIS_TOOLS) && mkdir -p $(REDIS_TOOLS)/debs
	cd $(REDIS_TOOLS)/debs && { apt-get download $(REDIS_PACKAGES) || { apt-get update -qq && apt-get download $(REDIS_PACKAGES); }; }
	for deb in $(REDIS_TOOLS)/debs/*.deb; do dpkg-deb -x "$$deb" $(REDIS_TOOLS)/root; done
	LD_LIBRARY_PATH=$(REDIS_TOOLS)/root/usr/lib/$$(uname -m)-linux-gnu $(REDIS_TOOLS)/root/usr/bin/redis-server --version
	touch $@

$(PROM_TOOLS)/.installed:
	rm -rf $(PROM_TOOLS) && mkdir -p $(PROM_TOOLS)/debs
	cd $(PROM_TOOLS)/debs && { apt-get download $(PROM_PACKAGE) || { apt-get update -qq && apt-get download $(PROM_PACKAGE); }; }
	dpkg-deb -x $(PROM_TOOLS)/debs/prometheus_*.deb $(PROM_TOOLS)/root
	cp $(PROM_TOOLS)/root/usr/bin/promtool $(PROM_TOOLS)/promtool && rm -rf $(PROM_TOOLS)/debs $(PROM_TOOLS)/root
	$(PROM_TOOLS)/promtool --version | grep -q 'version 2.42.0'
	touch $@

$(EXPR_TOOLS)/.installed: tools/exprcheck/main.go
	rm -rf $(EXPR_TOOLS) && mkdir -p $(EXPR_TOOLS)/debs
	packages="$(EXPR_PACKAGES) $$(command -v go >/dev/null || echo $(GO_PACKAGES))"; \
	  cd $(EXPR_TOOLS)/debs && { apt-get download $$packages || { apt-get update -qq && apt-get download $$packages; }; }
	for deb in $(EXPR_TOOLS)/debs/*.deb; do dpkg-deb -x "$$deb" $(EXPR_TOOLS)/root; done
	rm -rf $(EXPR_TOOLS)/debs
	go=$$(command -v go || echo $(CURDIR)/$(EXPR_TOOLS)/root/usr/lib/go-1.19/bin/go); \
	  goroot=$$(command -v go >/dev/null && go env GOROOT || echo $(CURDIR)/$(EXPR_TOOLS)/root/usr/lib/go-1.19); \
	  GOROOT=$$goroot GOPATH=$(CURDIR)/$(EXPR_TOOLS)/root/usr/share/gocode GO111MODULE=off GOCACHE=$(CURDIR)/$(EXPR_TOOLS)/cache \
	  GOFLAGS= $$go build -o $(EXPR_TOOLS)/exprcheck ./tools/exprcheck
	chmod -R u+w $(EXPR_TOOLS)/cache $(EXPR_TOOLS)/root && rm -rf $(EXPR_TOOLS)/cache $(EXPR_TOOLS)/root
	echo '[{"condition": "len(result) == 1 && result[0] > 0.5", "result": ["1"]}]' | $(EXPR_TOOLS)/exprcheck | grep -qx true
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) $(CHECKOV_VENV) $(REDIS_TOOLS) $(EXPR_TOOLS) $(PROM_TOOLS) node_modules .synth-staging .pytest_cache
