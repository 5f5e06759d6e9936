"""Temporal from its pinned Helm chart, per environment: values from the model, its
databases on the environment's Postgres, the default namespace made by a hook."""

from __future__ import annotations

from typing import Any

import yaml

from ...catalog import APP_UID, Dependency
from ...constructs.idioms import (
    POSTGRES_CA_MOUNT,
    container_resources,
    postgres_ca_mount,
    postgres_ca_volume,
    restricted_container_security,
    restricted_pod_security,
)
from ...endpoints import POSTGRES_CLUSTER, POSTGRES_PORT, TEMPORAL_RELEASE
from ...footprints import EnvironmentPods, Footprint, Kind
from ...runtime_services import RuntimeService
from ...settings import ResourceAmounts, Resources
from ...targets import Target

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
    ca = [postgres_ca_volume(settings.mode)]
    mount = [postgres_ca_mount()]
    production = settings.mode == "PRODUCTION"
    return {
        "server": {
            # no call to version-info.temporal.io: the network policy lets nothing out but
            # Postgres (templates/server-deployment.yaml L84-87 at temporal-1.6.0)
            "versionCheckDisabled": True,
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
        # as YAML text: the chart renders each entry with `tpl`, which takes a string only
        # (templates/extra-objects.yaml at temporal-1.6.0; a map fails the whole render)
        "extraObjects": [yaml.safe_dump(_temporal_namespace_job(retention="30d" if production else "3d"), sort_keys=True)],
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
                # under the chart's network policy, which admits its own pods to the frontend
                "metadata": {"labels": {"app.kubernetes.io/instance": TEMPORAL_RELEASE}},
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
                },
            },
        },
    }


_TEMPORAL = Footprint(
    # Chart.yaml declares no kubeVersion; every template writes only the release namespace
    # and renders nothing cluster-scoped (charts/temporal/templates at temporal-1.6.0).
    # With these values: the server's ConfigMaps, Deployments and Services, the schema Job
    # and the namespace hook (a Job in extraObjects); no ServiceAccount (serviceAccount.create
    # false), no Secret (existingSecret), no PodDisruptionBudget (podDisruptionBudget {}), no
    # ServiceMonitor, web, admintools or shims. The helm-test Pod (test.yaml) Argo CD never
    # applies (a test hook has no sync phase); Pod is listed for the Deployments' pods, which
    # Argo CD shows only where the project lists their kinds
    namespaced=(
        Kind("", "ConfigMap"),
        Kind("", "Pod"),
        Kind("", "Service"),
        Kind("apps", "Deployment"),
        Kind("batch", "Job"),
    ),
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
