"""Gate: built-in objects against the Kubernetes OpenAPI schemas, strict, at the oldest and newest versions."""

import dataclasses

from somaagent01_gitops.validation import gates
from somaagent01_gitops.validation.findings import Document
from somaagent01_gitops.validation.kubernetes_schemas import check, is_builtin

from .conftest import deployment


def test_built_in_groups_are_this_gates_and_custom_resources_are_not():
    assert is_builtin(Document("f.yaml", {"apiVersion": "apps/v1", "kind": "Deployment"}))
    assert is_builtin(Document("f.yaml", {"apiVersion": "v1", "kind": "ConfigMap"}))
    assert is_builtin(Document("f.yaml", {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy"}))
    assert not is_builtin(Document("f.yaml", {"apiVersion": "kafka.strimzi.io/v1", "kind": "Kafka"}))


def test_a_valid_object_passes_and_a_custom_resource_is_left_alone():
    valid = Document("dist/d.yaml", deployment())
    custom = Document("dist/k.yaml", {"apiVersion": "kafka.strimzi.io/v1", "kind": "Kafka", "metadata": {"name": "k"}, "spec": {"x": 1}})
    assert check([valid, custom], versions=("1.29",)) == []


def test_kubernetes_schema_gate_refuses_an_unknown_field(broken_tree):
    bad = deployment()
    bad["spec"]["replicaz"] = 3
    result = gates.kubernetes_schemas_gate(broken_tree({"overlays/demo/deployment-web.yaml": bad}))
    assert not result.passed
    # the oldest is platform.yaml's kubernetes.min_version, the newest what kubernetes-validate ships
    assert {finding.rule for finding in result.findings} == {"kubernetes-1.29", "kubernetes-1.37"}
    assert all("replicaz" in finding.message and finding.file == "dist/overlays/demo/deployment-web.yaml" for finding in result.findings)


def test_kubernetes_schema_gate_refuses_a_removed_api(broken_tree):
    old = {"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "x"}, "spec": {"maxUnavailable": 1}}
    result = gates.kubernetes_schemas_gate(broken_tree({"overlays/demo/pdb.yaml": old}))
    assert any("does not exist in Kubernetes 1.29" in finding.message for finding in result.findings)


def test_the_schema_gate_says_so_when_it_has_no_schemas_for_a_version(broken_tree):
    tree = dataclasses.replace(broken_tree({"overlays/demo/deployment-web.yaml": deployment()}), kubernetes_versions=("1.19",))
    result = gates.kubernetes_schemas_gate(tree)
    assert [finding.message for finding in result.findings] == ["kubernetes-validate ships no schemas for Kubernetes 1.19"]
