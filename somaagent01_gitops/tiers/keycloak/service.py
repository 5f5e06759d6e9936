"""The Keycloak operator per environment (it watches only its own namespace), from the
upstream manifests at their tag, and the database Keycloak owns."""

from __future__ import annotations

from typing import Any

from ...catalog import Dependency
from ...constructs.idioms import (
    restricted_container_security,
    restricted_pod_security,
)
from ...footprints import EnvironmentPods, Footprint, Kind
from ...kinds import api_group
from ...runtime_services import RuntimeService
from ...targets import Target
from ...upstream import kustomization, namespace_part, strategic_patch
from .operator import KEYCLOAK_OPERATOR_MANIFESTS

RESTRICTED_CONTAINER = restricted_container_security()


KEYCLOAK_OPERATOR_UID = 1000
"""The operator image's user (keycloak operator/Dockerfile: ``USER 1000``, files owned 1000:0)."""


def _keycloak_operator(target: Target) -> dict[str, Any]:
    """The operator's namespaced part, in the environment's namespace, raised to the
    restricted Pod Security level that namespace enforces (upstream sets no securityContext)."""
    (deployment,) = [obj for obj in KEYCLOAK_OPERATOR_MANIFESTS.objects if obj.kind == "Deployment"]
    pod_security = {
        "spec": {
            "template": {
                "spec": {
                    "securityContext": restricted_pod_security(KEYCLOAK_OPERATOR_UID),
                    "containers": [{"name": "keycloak-operator", "securityContext": RESTRICTED_CONTAINER}],
                }
            }
        }
    }
    return kustomization(
        KEYCLOAK_OPERATOR_MANIFESTS,
        keep=namespace_part,
        namespace=target.settings.namespace,
        patches=(strategic_patch(deployment, pod_security),),
    )


_KEYCLOAK = Footprint(
    # the kustomization keeps exactly the namespaced part (namespace_part)
    namespaced=tuple(
        sorted(
            {Kind(api_group(obj.api_version), obj.kind) for obj in KEYCLOAK_OPERATOR_MANIFESTS.objects if namespace_part(obj)},
            key=lambda kind: (kind.group, kind.kind),
        )
    ),
    environment_pods=(
        EnvironmentPods(
            what="the Keycloak operator, and the Keycloak pods and realm-import Jobs it starts",
            level="restricted",
            source="upstream sets no securityContext: the kustomization patches the operator's Deployment; "
            "Keycloak.spec.unsupported.podTemplate sets the Keycloak pods' (tiers/keycloak/constructs.py)",
        ),
    ),
)

KEYCLOAK_ROLE = "keycloak"
KEYCLOAK_CREDENTIALS = "keycloak-postgres-credentials"
KEYCLOAK = RuntimeService(
    name="keycloak",
    dependency=Dependency.KEYCLOAK,
    repo_url=KEYCLOAK_OPERATOR_MANIFESTS.repo_url,
    version=KEYCLOAK_OPERATOR_MANIFESTS.tag,
    app_version=KEYCLOAK_OPERATOR_MANIFESTS.tag,
    manifests=KEYCLOAK_OPERATOR_MANIFESTS,
    kustomization=_keycloak_operator,
    footprint=lambda cluster: _KEYCLOAK,
    databases={KEYCLOAK_ROLE: ("keycloak",)},
    credentials={KEYCLOAK_ROLE: KEYCLOAK_CREDENTIALS},
)
