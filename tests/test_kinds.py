"""What Kubernetes itself serves, named once for the sync rules and the gates."""

import pytest

from somaagent01_gitops.kinds import CLUSTER_SCOPED_KINDS, is_builtin_group


@pytest.mark.parametrize("group", ["", "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io"])
def test_kubernetes_own_groups_are_built_in(group):
    assert is_builtin_group(group)


@pytest.mark.parametrize(
    "group",
    ["kafka.strimzi.io", "postgresql.cnpg.io", "argoproj.io", "k8s.keycloak.org", "monitoring.coreos.com", "gateway.networking.k8s.io"],
)
def test_groups_a_crd_serves_are_not(group):
    assert not is_builtin_group(group)


def test_cluster_scoped_kinds_include_what_the_platform_renders_and_no_namespaced_kind():
    assert {"Namespace", "StorageClass", "PriorityClass", "CustomResourceDefinition", "ClusterRole"} <= CLUSTER_SCOPED_KINDS
    assert not {"Deployment", "Secret", "ConfigMap", "Role", "Kafka", "Cluster"} & CLUSTER_SCOPED_KINDS


def test_the_api_group_of_an_api_version_is_empty_for_the_core_group():
    from somaagent01_gitops.kinds import api_group

    assert api_group("cert-manager.io/v1") == "cert-manager.io"
    assert api_group("rbac.authorization.k8s.io/v1") == "rbac.authorization.k8s.io"
    assert api_group("v1") == ""
