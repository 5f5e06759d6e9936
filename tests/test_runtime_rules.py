"""Falco's rules for the app's containers, as the production clusters' Falco gets them."""

import shutil

import pytest
import yaml

from somaagent01_gitops.operators import cluster_facts, operators_for
from somaagent01_gitops.runtime_rules import RULES_FILE, falco_rules
from tests.conftest import shipped_targets

DEFAULT_RULESET_NAMES = {"spawned_process", "shell_binaries", "open_write"}
"""What the rules use of Falco's default ruleset (falco_rules.yaml), which the chart loads first."""


def test_the_rules_name_the_apps_images_and_the_paths_it_writes():
    rules = falco_rules(repositories=["ghcr.io/org/app", "ghcr.io/org/app"], writable_paths=["/app/admin/logs/"])
    lists = {entry["list"]: entry["items"] for entry in rules if "list" in entry}
    assert lists["somaagent01_images"] == ["ghcr.io/org/app"]
    assert lists["somaagent01_writable_paths"] == ["/app/admin/logs", "/dev", "/tmp"]
    names = {entry.get("list") or entry.get("macro") for entry in rules} | DEFAULT_RULESET_NAMES
    for rule in (entry for entry in rules if "rule" in entry):
        assert {"desc", "condition", "output", "priority"} <= rule.keys()
        words = set(rule["condition"].replace("(", " ").replace(")", " ").split())
        assert {word for word in words if word.startswith(("somaagent01_", "spawned_", "shell_", "open_"))} <= names


def test_production_clusters_give_them_to_falco(environments, platform):
    clusters = {cluster.name: cluster for cluster in cluster_facts(shipped_targets(environments), platform)}
    (falco,) = [operator for operator in operators_for(clusters["prod-us-east-1"]) if operator.name == "falco"]
    assert falco.values is not None
    rules = yaml.safe_load(falco.values(clusters["prod-us-east-1"])["customRules"][RULES_FILE])
    assert {"rule": "Shell in a SomaAgent01 container"}.items() <= next(entry for entry in rules if "rule" in entry).items()
    assert not [operator for operator in operators_for(clusters["dev-shared"]) if operator.name == "falco"], "the profile asks it of prod"


def test_falco_itself_loads_the_rules(tmp_path):
    """Falco's own validator (``falco --validate``) is the real check; it is not installable here."""
    if shutil.which("falco") is None:
        pytest.skip("falco is not installed (not in Debian's or PyPI's packages): the rules were not loaded by Falco")
