"""Services the app release needs at runtime that come as upstream charts, one per environment.

Temporal runs from its pinned Helm chart as an Application per environment, in that
environment's namespace and project, with its databases on the environment's CloudNativePG
cluster (a Database each and a managed role whose password Secret Vault fills). Like the
operators, each chart declares its footprint, so the ``projects`` gate checks that the
environment's project admits what it brings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalog import APP_UID, Dependency
from .endpoints import POSTGRES_CA_SECRET, POSTGRES_CLUSTER, TEMPORAL_RELEASE
from .footprints import EnvironmentPods, Footprint
from .operators import ClusterFacts
from .targets import Target

TEMPORAL_ROLE = "temporal"
TEMPORAL_DATABASES = ("temporal", "temporal_visibility")
TEMPORAL_CREDENTIALS = "temporal-postgres-credentials"
"""basic-auth Secret (username ``temporal``, ``password``): the managed role's and the chart's."""
POSTGRES_CA_MOUNT = "/etc/postgres/ca"
RESTRICTED_POD = {
    "runAsNonRoot": True,
    "runAsUser": APP_UID,
    "runAsGroup": APP_UID,
    "fsGroup": APP_UID,
    "seccompProfile": {"type": "RuntimeDefault"},
}
RESTRICTED_CONTAINER = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}


@dataclass(frozen=True, kw_only=True)
class ServiceChart:
    """An upstream chart installed once per environment that needs it."""

    name: str
    dependency: Dependency
    """The app dependency it serves: an environment whose release needs it gets it."""
    repo_url: str
    chart: str
    version: str
    app_version: str
    release_name: str
    values: Callable[[Target], dict[str, Any]]
    footprint: Callable[[ClusterFacts], Footprint]
    databases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Role -> the databases it owns on the environment's Postgres cluster."""
    credentials: Mapping[str, str] = field(default_factory=dict)
    """Role -> its password Secret (kubernetes.io/basic-auth, from Vault)."""
    bootstrap: bool = False


def _temporal(target: Target) -> dict[str, Any]:
    settings = target.settings
    host = f"{POSTGRES_CLUSTER}-rw.{settings.namespace}.svc"
    sql: dict[str, Any] = {
        "pluginName": "postgres12",
        "databaseName": TEMPORAL_DATABASES[0],
        "connectAddr": f"{host}:5432",
        "connectProtocol": "tcp",
        "user": TEMPORAL_ROLE,
        "existingSecret": TEMPORAL_CREDENTIALS,
        "secretKey": "password",
        # CloudNativePG creates the databases (Database resources); the chart's schema Job
        # creates and upgrades the tables
        "createDatabase": False,
        "manageSchema": True,
        "tls": {"enabled": True, "caFile": f"{POSTGRES_CA_MOUNT}/ca.crt", "serverName": host, "enableHostVerification": True},
    }
    ca = [{"name": "postgres-ca", "secret": {"secretName": POSTGRES_CA_SECRET, "items": [{"key": "ca.crt", "path": "ca.crt"}]}}]
    mount = [{"name": "postgres-ca", "mountPath": POSTGRES_CA_MOUNT, "readOnly": True}]
    production = settings.mode == "PRODUCTION"
    return {
        "server": {
            "replicaCount": 2 if production else 1,
            "securityContext": RESTRICTED_POD,
            "additionalVolumes": ca,
            "additionalVolumeMounts": mount,
            **{service: {"containerSecurityContext": RESTRICTED_CONTAINER} for service in ("frontend", "history", "matching", "worker")},
            "config": {
                "persistence": {
                    "defaultStore": "default",
                    "visibilityStore": "visibility",
                    "numHistoryShards": 512,  # fixed for the life of the cluster
                    "datastores": {
                        "default": {"sql": sql},
                        "visibility": {"sql": {**sql, "databaseName": TEMPORAL_DATABASES[1]}},
                    },
                },
                # the chart's namespace Job is a plain resource with a TTL and a fixed name:
                # Argo CD would see it vanish daily and could not change it (see extraObjects)
                "namespaces": {"create": False},
            },
        },
        "extraObjects": [_temporal_namespace_job(retention="30d" if production else "3d")],
        # the schema and namespace Jobs mount admintools' volumes and use schema's contexts
        "admintools": {"enabled": False, "additionalVolumes": ca, "additionalVolumeMounts": mount},
        "schema": {"securityContext": RESTRICTED_POD, "containerSecurityContext": RESTRICTED_CONTAINER},
        "web": {"enabled": False},
        # server 1.30+ images need no compatibility shims
        "shims": {"dockerize": False, "elasticsearchTool": False},
    }


ADMIN_TOOLS_IMAGE = "temporalio/admin-tools:1.31.2"
"""The chart's admin-tools image at 1.6.0 (values.yaml admintools.image)."""


def _temporal_namespace_job(*, retention: str) -> dict[str, Any]:
    """The Temporal namespace 'default' the app's clients use (Client.connect(host), no
    namespace), made by an Argo CD PostSync hook: recreated at every sync, never compared as
    drift, idempotent (describe, else create)."""
    address = f"{TEMPORAL_RELEASE}-frontend:7233"
    return {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {
            "name": f"{TEMPORAL_RELEASE}-namespace-default",
            "annotations": {
                "argocd.argoproj.io/hook": "PostSync",
                "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
            },
        },
        "spec": {
            "backoffLimit": 20,
            "activeDeadlineSeconds": 1800,
            "template": {
                "spec": {
                    "restartPolicy": "OnFailure",
                    "automountServiceAccountToken": False,
                    "securityContext": RESTRICTED_POD,
                    "containers": [
                        {
                            "name": "create-default-namespace",
                            "image": ADMIN_TOOLS_IMAGE,
                            "command": ["sh", "-ec"],
                            "args": [
                                "temporal operator namespace describe -n default || "
                                f"temporal operator namespace create -n default --retention {retention}"
                            ],
                            "env": [{"name": "TEMPORAL_ADDRESS", "value": address}],
                            "securityContext": RESTRICTED_CONTAINER,
                            "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
                        }
                    ],
                }
            },
        },
    }


_TEMPORAL = Footprint(
    # Chart.yaml declares no kubeVersion; every template writes only the release namespace
    # and renders nothing cluster-scoped (charts/temporal/templates at temporal-1.6.0)
    environment_pods=(
        EnvironmentPods(
            what="Temporal's frontend, history, matching and worker pods, its schema Job and the namespace hook",
            level="restricted",
            source="values server.securityContext, server.<service>.containerSecurityContext, schema.* (set here)",
        ),
    ),
)


TEMPORAL = ServiceChart(
    name="temporal",
    dependency=Dependency.TEMPORAL,
    repo_url="https://go.temporal.io/helm-charts",
    chart="temporal",
    version="1.6.0",
    app_version="1.31.2",
    release_name=TEMPORAL_RELEASE,
    values=_temporal,
    footprint=lambda cluster: _TEMPORAL,
    databases={TEMPORAL_ROLE: TEMPORAL_DATABASES},
    credentials={TEMPORAL_ROLE: TEMPORAL_CREDENTIALS},
)

SERVICE_CHARTS: tuple[ServiceChart, ...] = (TEMPORAL,)


def charts_for(target: Target) -> list[ServiceChart]:
    """The runtime-service charts an environment's release needs."""
    needs = {dependency for spec in target.settings.release.services for dependency in spec.depends_on}
    return [chart for chart in SERVICE_CHARTS if chart.dependency in needs]
