"""Every gate passes over the committed dist/; the current gate notices a stale one; the report
names file, object and rule."""

import pytest

from somaagent01_gitops.validation import gates
from somaagent01_gitops.validation.__main__ import main as validate_main

from .conftest import deployment, kustomization


@pytest.fixture(scope="session")
def results(context):
    return {result.name: result for result in gates.run_gates(context)}


@pytest.mark.parametrize("gate", sorted(gates.GATES))
def test_gate_passes_over_the_committed_dist(results, gate):
    result = results[gate]
    assert result.passed, "\n".join(map(str, result.findings))


def test_no_kind_goes_unvalidated(results, context):
    documents = context.documents()
    schemas = results["kubernetes-schemas"].summary
    crds = results["crd-schemas"].summary
    built_in = int(schemas.split()[0])
    custom = int(crds.split()[0])
    assert built_in + custom == len(documents), "every object is checked by one schema gate"
    assert "; 0 unvalidated, 0 CEL rule checks not evaluated" in crds


def test_every_checkov_skip_is_listed_with_a_reason(results):
    skips = results["policy"].details
    assert skips, "the app tier skips a few checks on purpose; the report must list them"
    assert all(" skipped: " in line and len(line.split(" skipped: ", 1)[1]) >= 10 for line in skips)


# --- the current gate, and the report (each other gate has its own test module) --------------


def test_current_gate_notices_a_stale_dist(broken_tree):
    tree = broken_tree({"overlays/dev/kustomization.yaml": kustomization()})
    result = gates.current_gate(tree)
    assert any(finding.rule == "stale" for finding in result.findings)


def test_the_report_names_file_object_and_rule_and_exits_non_zero(broken_tree, capsys, tmp_path):
    bad = deployment()
    bad["spec"]["replicaz"] = 3
    tree = broken_tree({"overlays/demo/deployment-web.yaml": bad})
    code = validate_main(["--gate", "kubernetes-schemas", "--dist", str(tree.dist)])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL kubernetes-schemas" in out
    assert "dist/overlays/demo/deployment-web.yaml: Deployment demo/web: [kubernetes-1.29] spec:" in out
