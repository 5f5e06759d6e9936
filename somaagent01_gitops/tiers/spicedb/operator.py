"""The SpiceDB operator v1.25.1: its upstream kustomization at the tag, once per cluster,
watching every namespace, and what it makes at runtime."""

from __future__ import annotations

from typing import Any

from ...footprints import POD, ClusterScoped, Crds, EnvironmentPods, Footprint, Kind, RuntimeProducer
from ...operator_types import CLUSTER_ROLES, EVERY_MODE, ClusterFacts, CrdMirror, OperatorChart, static_footprint
from ...upstream import UpstreamManifests, UpstreamObject, kustomization

_RBAC = "rbac.authorization.k8s.io/v1"

SPICEDB_OPERATOR_MANIFESTS = UpstreamManifests(
    repository="authzed/spicedb-operator",
    tag="v1.25.1",
    kustomize_folder="config",
    objects=(
        UpstreamObject(file="", api_version="v1", kind="Namespace", name="spicedb-operator", cluster_scoped=True),
        UpstreamObject(
            file="",
            api_version="apiextensions.k8s.io/v1",
            kind="CustomResourceDefinition",
            name="spicedbclusters.authzed.com",
            cluster_scoped=True,
        ),
        UpstreamObject(file="", api_version=_RBAC, kind="ClusterRole", name="spicedb-operator", cluster_scoped=True),
        UpstreamObject(file="", api_version=_RBAC, kind="ClusterRole", name="spicedb-operator-edit", cluster_scoped=True),
        UpstreamObject(file="", api_version=_RBAC, kind="ClusterRole", name="spicedb-operator-view", cluster_scoped=True),
        UpstreamObject(file="", api_version=_RBAC, kind="ClusterRoleBinding", name="spicedb-operator", cluster_scoped=True),
        UpstreamObject(file="", api_version="v1", kind="ServiceAccount", name="spicedb-operator"),
        UpstreamObject(file="", api_version="v1", kind="ConfigMap", name="update-graph"),
        UpstreamObject(file="", api_version="apps/v1", kind="Deployment", name="spicedb-operator"),
    ),
    source="spicedb-operator v1.25.1: config/kustomization.yaml (crds/, rbac/, operator.yaml, the update-graph ConfigMap)",
)
"""The SpiceDB operator: one per cluster, in its own namespace, watching every namespace."""
SPICEDB_OPERATOR_IMAGE = "ghcr.io/authzed/spicedb-operator"


def _spicedb_operator(cluster: ClusterFacts) -> dict[str, Any]:
    # config/kustomization.yaml pins the image to "latest": the tag of the manifests instead
    return kustomization(
        SPICEDB_OPERATOR_MANIFESTS,
        keep=lambda obj: True,
        images=({"name": SPICEDB_OPERATOR_IMAGE, "newTag": SPICEDB_OPERATOR_MANIFESTS.tag},),
    )


_SPICEDB_OPERATOR = Footprint(
    # config/ states no Kubernetes floor
    writes=(),
    cluster_scoped=(
        ClusterScoped(kinds=(Kind("", "Namespace"),), source="config/operator.yaml L1-6 (namespace spicedb-operator)"),
        ClusterScoped(
            kinds=CLUSTER_ROLES, source="config/rbac/role.yaml, spicedb-operator-{edit,view}.yaml; operator.yaml ClusterRoleBinding"
        ),
    ),
    provides=(Crds(group="authzed.com", kinds=("SpiceDBCluster",), source="config/crds/authzed.com_spicedbclusters.yaml"),),
    environment_pods=(
        EnvironmentPods(
            what="SpiceDB pods and migration Jobs of each SpiceDBCluster",
            level="restricted",
            source="pkg/config/config.go unpatchedDeployment/unpatchedMigrationJob set no securityContext; each "
            "SpiceDBCluster's spec.patches adds it (tiers/spicedb/constructs.py), the operator cannot",
        ),
    ),
)


SPICEDB_OPERATOR = OperatorChart(
    name="spicedb-operator",
    namespace="spicedb-operator",
    repo_url=SPICEDB_OPERATOR_MANIFESTS.repo_url,
    version=SPICEDB_OPERATOR_MANIFESTS.tag,
    app_version=SPICEDB_OPERATOR_MANIFESTS.tag,
    modes=EVERY_MODE,
    manifests=SPICEDB_OPERATOR_MANIFESTS,
    kustomization=_spicedb_operator,
    footprint=static_footprint(_SPICEDB_OPERATOR),
    crds=CrdMirror(folder="spicedb-operator"),
)


SPICEDB_CLUSTER = Kind("authzed.com", "SpiceDBCluster")

PRODUCERS: tuple[RuntimeProducer, ...] = (
    RuntimeProducer(
        operator="spicedb-operator",
        trigger=SPICEDB_CLUSTER,
        creates=Kind("policy", "PodDisruptionBudget"),
        name="{name}-spicedb",
        source="pkg/controller/controller.go ensurePDB; pkg/config/config.go PodDisruptionBudget (maxUnavailable 1)",
    ),
    RuntimeProducer(
        operator="spicedb-operator",
        trigger=SPICEDB_CLUSTER,
        creates=POD,
        labels={"authzed.com/cluster": "{name}", "authzed.com/cluster-component": "spicedb"},
        source="pkg/config/config.go unpatchedDeployment: metadata.LabelsForComponent(name, spicedb)",
    ),
)
"""What the operator makes for the objects this tier renders (the references gate resolves against them)."""
