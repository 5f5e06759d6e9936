"""The Keycloak operator 26.0.0: its upstream manifests at the tag (it publishes no Helm
chart), the cluster-wide part every cluster installs once, and what it makes at runtime."""

from __future__ import annotations

from typing import Any

from ...footprints import POD, SECRET, ClusterScoped, Crds, Footprint, Kind, RuntimeProducer
from ...operator_types import CLUSTER_ROLES, EVERY_MODE, ClusterFacts, CrdMirror, OperatorChart, static_footprint
from ...upstream import UpstreamManifests, UpstreamObject, cluster_part, kustomization

_RBAC = "rbac.authorization.k8s.io/v1"


_KEYCLOAK_FILE = "kubernetes/kubernetes.yml"
KEYCLOAK_OPERATOR_MANIFESTS = UpstreamManifests(
    repository="keycloak/keycloak-k8s-resources",
    tag="26.0.0",
    files=(
        "kubernetes/keycloaks.k8s.keycloak.org-v1.yml",
        "kubernetes/keycloakrealmimports.k8s.keycloak.org-v1.yml",
        _KEYCLOAK_FILE,
    ),
    objects=(
        UpstreamObject(
            file="kubernetes/keycloaks.k8s.keycloak.org-v1.yml",
            api_version="apiextensions.k8s.io/v1",
            kind="CustomResourceDefinition",
            name="keycloaks.k8s.keycloak.org",
            cluster_scoped=True,
        ),
        UpstreamObject(
            file="kubernetes/keycloakrealmimports.k8s.keycloak.org-v1.yml",
            api_version="apiextensions.k8s.io/v1",
            kind="CustomResourceDefinition",
            name="keycloakrealmimports.k8s.keycloak.org",
            cluster_scoped=True,
        ),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version="v1", kind="ServiceAccount", name="keycloak-operator"),
        UpstreamObject(
            file=_KEYCLOAK_FILE,
            api_version=_RBAC,
            kind="ClusterRole",
            name="keycloak-operator-clusterrole",
            cluster_scoped=True,
            openshift_only=True,  # get on config.openshift.io ingresses
        ),
        UpstreamObject(
            file=_KEYCLOAK_FILE,
            api_version=_RBAC,
            kind="ClusterRole",
            name="keycloakrealmimportcontroller-cluster-role",
            cluster_scoped=True,
        ),
        UpstreamObject(
            file=_KEYCLOAK_FILE, api_version=_RBAC, kind="ClusterRole", name="keycloakcontroller-cluster-role", cluster_scoped=True
        ),
        UpstreamObject(
            file=_KEYCLOAK_FILE,
            api_version=_RBAC,
            kind="ClusterRoleBinding",
            name="keycloak-operator-clusterrole-binding",
            cluster_scoped=True,
            openshift_only=True,  # binds the ClusterRole above to keycloak/keycloak-operator
        ),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version=_RBAC, kind="Role", name="keycloak-operator-role"),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version=_RBAC, kind="RoleBinding", name="keycloak-operator-role-binding"),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version=_RBAC, kind="RoleBinding", name="keycloakrealmimportcontroller-role-binding"),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version=_RBAC, kind="RoleBinding", name="keycloakcontroller-role-binding"),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version=_RBAC, kind="RoleBinding", name="keycloak-operator-view"),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version="v1", kind="Service", name="keycloak-operator"),
        UpstreamObject(file=_KEYCLOAK_FILE, api_version="apps/v1", kind="Deployment", name="keycloak-operator"),
    ),
    source="keycloak-k8s-resources 26.0.0: kubernetes/kubernetes.yml (12 objects) and the two CRD files",
)
"""The Keycloak operator's install. It watches only its own namespace (RoleBindings there
bind its ClusterRoles), so it runs once per environment namespace (``runtime_services``),
and the cluster-scoped part (CRDs and the two controller ClusterRoles) once per cluster."""


def _keycloak_crds_and_roles(cluster: ClusterFacts) -> dict[str, Any]:
    return kustomization(KEYCLOAK_OPERATOR_MANIFESTS, keep=cluster_part)


_KEYCLOAK_CLUSTER_PART = Footprint(
    # keycloak-k8s-resources states no Kubernetes floor
    cluster_scoped=(ClusterScoped(kinds=(CLUSTER_ROLES[0],), source="kubernetes/kubernetes.yml L16-112 (the controllers' ClusterRoles)"),),
    provides=(Crds(group="k8s.keycloak.org", kinds=("Keycloak", "KeycloakRealmImport"), source="kubernetes/*-v1.yml"),),
)


KEYCLOAK_CRDS = OperatorChart(
    name="keycloak-crds",
    namespace=None,
    repo_url=KEYCLOAK_OPERATOR_MANIFESTS.repo_url,
    version=KEYCLOAK_OPERATOR_MANIFESTS.tag,
    app_version=KEYCLOAK_OPERATOR_MANIFESTS.tag,
    modes=EVERY_MODE,
    manifests=KEYCLOAK_OPERATOR_MANIFESTS,
    kustomization=_keycloak_crds_and_roles,
    footprint=static_footprint(_KEYCLOAK_CLUSTER_PART),
    crds=CrdMirror(folder="keycloak-operator"),
)


KEYCLOAK_KIND = Kind("k8s.keycloak.org", "Keycloak")

PRODUCERS: tuple[RuntimeProducer, ...] = (
    RuntimeProducer(
        operator="keycloak",
        trigger=KEYCLOAK_KIND,
        creates=POD,
        labels={"app": "keycloak", "app.kubernetes.io/instance": "{name}", "app.kubernetes.io/managed-by": "keycloak-operator"},
        source="operator Constants.java DEFAULT_LABELS (app=keycloak, app.kubernetes.io/managed-by=keycloak-operator) and INSTANCE_LABEL",
    ),
    RuntimeProducer(
        operator="keycloak",
        trigger=KEYCLOAK_KIND,
        creates=SECRET,
        name="{name}-initial-admin",
        source="KeycloakAdminSecretDependentResource: the bootstrap admin's generated credentials",
    ),
)
"""What the operator makes for the objects this tier renders (the references gate resolves against them)."""
