"""Services the app release needs at runtime, per environment: what installs them there
and the databases they own.

Temporal runs from its pinned Helm chart as an Application per environment, in that
environment's namespace and project. Keycloak's operator watches only its own namespace,
so each environment runs one, from the upstream manifests at their tag (``upstream.py``);
its ``Keycloak`` and the ``SpiceDBCluster`` (whose operator is cluster-wide) are rendered
in the environment's overlay (``tiers/keycloak/``, ``tiers/spicedb/``).
Each service's databases live on the environment's CloudNativePG cluster (a Database each
and a managed role whose password Secret Vault fills). Like the operators, each install
declares its footprint, so the ``projects`` gate checks that the environment's project
admits what it brings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalog import APP_UID, Dependency
from .constructs.idioms import (
    POSTGRES_CA_MOUNT,
    container_resources,
    postgres_ca_mount,
    postgres_ca_volume,
    restricted_container_security,
    restricted_pod_security,
)
from .endpoints import POSTGRES_CLUSTER, POSTGRES_PORT, TEMPORAL_RELEASE
from .footprints import EnvironmentPods, Footprint
from .operator_types import ClusterFacts
from .settings import ResourceAmounts, Resources
from .targets import Target
from .tiers.keycloak.operator import KEYCLOAK_OPERATOR_MANIFESTS
from .upstream import UpstreamManifests, kustomization, namespace_part, strategic_patch

TEMPORAL_ROLE = "temporal"
TEMPORAL_DATABASES = ("temporal", "temporal_visibility")
TEMPORAL_CREDENTIALS = "temporal-postgres-credentials"
"""basic-auth Secret (username ``temporal``, ``password``): the managed role's and the chart's."""
TEMPORAL_MAX_CONNS = 5
TEMPORAL_HISTORY_SHARDS = 512
"""Fixed for the life of the cluster (Temporal cannot change it after the first start), so
sized for growth rather than for today's load."""
RESTRICTED_POD = restricted_pod_security(APP_UID)
"""The Temporal pods' (its server, schema and namespace Jobs)."""
RESTRICTED_CONTAINER = restricted_container_security()


@dataclass(frozen=True, kw_only=True)
class RuntimeService:
    """A service the release needs, installed in each environment whose release needs it:
    by an upstream Helm chart, by upstream manifests, or (``chart`` and ``manifests`` both
    None) by an operator of the cluster from an object of the overlay."""

    name: str
    dependency: Dependency
    """The app dependency it serves: an environment whose release needs it gets it."""
    footprint: Callable[[ClusterFacts], Footprint]
    repo_url: str | None = None
    chart: str | None = None
    version: str | None = None
    """The exact chart version, or the manifests' tag."""
    app_version: str | None = None
    release_name: str | None = None
    values: Callable[[Target], dict[str, Any]] | None = None
    manifests: UpstreamManifests | None = None
    kustomization: Callable[[Target], dict[str, Any]] | None = None
    databases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Role -> the databases it owns on the environment's Postgres cluster."""
    credentials: Mapping[str, str] = field(default_factory=dict)
    """Role -> its password Secret (kubernetes.io/basic-auth, from Vault)."""
    bootstrap: bool = False

    def __post_init__(self) -> None:
        if set(self.databases) != set(self.credentials):
            raise ValueError(f"runtime service {self.name}: every database role needs its credentials Secret")
        if self.chart is not None and (self.values is None or self.release_name is None):
            raise ValueError(f"runtime service {self.name}: a chart needs values and a release name")
        if (self.manifests is None) != (self.kustomization is None):
            raise ValueError(f"runtime service {self.name}: upstream manifests need their kustomization")

    @property
    def installed(self) -> bool:
        """It has an Application of its own (else an overlay object and an operator make it)."""
        return self.chart is not None or self.manifests is not None

    def folder(self, target: Target) -> str:
        """Where the kustomization of its manifests is written in ``dist/``."""
        return f"services/{target.path}/{self.name}"


def _temporal_sql(namespace: str) -> dict[str, Any]:
    """The default store on the environment's Postgres, TLS verified against its CA."""
    host = f"{POSTGRES_CLUSTER}-rw.{namespace}.svc"
    return {
        "pluginName": "postgres12",
        "databaseName": TEMPORAL_DATABASES[0],
        "connectAddr": f"{host}:{POSTGRES_PORT}",
        "connectProtocol": "tcp",
        "user": TEMPORAL_ROLE,
        "existingSecret": TEMPORAL_CREDENTIALS,
        "secretKey": "password",
        # CloudNativePG creates the databases (Database resources); the chart's schema Job
        # creates and upgrades the tables
        "createDatabase": False,
        "manageSchema": True,
        # its share of the environment's Postgres connections, per store and pod (the server's
        # default is no limit)
        "maxConns": TEMPORAL_MAX_CONNS,
        "maxIdleConns": TEMPORAL_MAX_CONNS,
        "maxConnLifetime": "1h",
        "tls": {"enabled": True, "caFile": f"{POSTGRES_CA_MOUNT}/ca.crt", "serverName": host, "enableHostVerification": True},
    }


def _temporal(target: Target) -> dict[str, Any]:
    settings = target.settings
    sql = _temporal_sql(settings.namespace)
    ca = [postgres_ca_volume()]
    mount = [postgres_ca_mount()]
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
                    "numHistoryShards": TEMPORAL_HISTORY_SHARDS,
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
NAMESPACE_JOB_RESOURCES = Resources(requests=ResourceAmounts(cpu="50m", memory="64Mi"), limits=ResourceAmounts(cpu="500m", memory="256Mi"))
"""One ``temporal operator`` call: a small CLI process."""


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
                            "resources": container_resources(NAMESPACE_JOB_RESOURCES),
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


TEMPORAL = RuntimeService(
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

SPICEDB_ROLE = "spicedb"
SPICEDB_CREDENTIALS = "spicedb-postgres-credentials"
SPICEDB = RuntimeService(
    name="spicedb",
    dependency=Dependency.SPICEDB,
    footprint=lambda cluster: Footprint(),  # the cluster's spicedb-operator starts its pods
    databases={SPICEDB_ROLE: ("spicedb",)},
    credentials={SPICEDB_ROLE: SPICEDB_CREDENTIALS},
)

RUNTIME_SERVICES: tuple[RuntimeService, ...] = (TEMPORAL, KEYCLOAK, SPICEDB)


def services_for(target: Target) -> list[RuntimeService]:
    """The runtime services an environment's release needs."""
    needs = {dependency for spec in target.settings.release.services for dependency in spec.depends_on}
    return [service for service in RUNTIME_SERVICES if service.dependency in needs]
