"""What Kubernetes itself defines, named once for the sync rules and the validation gates."""

from __future__ import annotations

from .footprints import Kind

BUILTIN_GROUPS = frozenset({"", "apps", "batch", "autoscaling", "policy", "extensions"})
"""API groups without a domain that Kubernetes serves; every ``*.k8s.io`` group is its own too."""

CLUSTER_SCOPED_KINDS = frozenset(
    {
        "Namespace",
        "CustomResourceDefinition",
        "StorageClass",
        "PriorityClass",
        "ClusterRole",
        "ClusterRoleBinding",
        "ValidatingWebhookConfiguration",
        "MutatingWebhookConfiguration",
        "APIService",
        "ClusterIssuer",
        "ClusterPolicy",
        "ConstraintTemplate",
        # the constraint kinds Gatekeeper makes from the templates (constructs/gatekeeper.py)
        "SomaRequiredLabels",
        "SomaResourcesRequired",
        "SomaNoPrivilege",
        "SomaPinnedImages",
        "SomaAllowedRegistries",
        "ClusterSecretStore",
        "IngressClass",
    }
)
"""Cluster-scoped kinds the platform renders or its operators install."""


CRD_GROUPS_OF_KUBERNETES_PROJECTS = frozenset({"gateway.networking.k8s.io"})
"""Groups under ``k8s.io`` that the API server does not serve: Kubernetes SIG projects
installed as CRDs (the Gateway API)."""


def is_builtin_group(group: str) -> bool:
    """True for Kubernetes' own API groups; everything else is served by a CRD."""
    if group in CRD_GROUPS_OF_KUBERNETES_PROJECTS:
        return False
    return group in BUILTIN_GROUPS or group.endswith(".k8s.io")


def api_group(api_version: str) -> str:
    """The API group of an ``apiVersion`` (``cert-manager.io/v1`` -> ``cert-manager.io``); the core group (``v1``) is ""."""
    return api_version.rsplit("/", 1)[0] if "/" in api_version else ""


CNI_KINDS: dict[str, frozenset[Kind]] = {"cilium": frozenset({Kind("cilium.io", "CiliumNetworkPolicy")})}
"""Kinds a cluster's CNI serves from the start (platform.yaml ``clusters.<name>.cni``): it is
installed with the cluster, before Argo CD, so no Application provides them."""
