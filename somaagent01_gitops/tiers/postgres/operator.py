"""CloudNativePG 1.30 and its barman-cloud backup plugin, the operators of the Postgres tier:
charts, values, footprints, and what CloudNativePG makes for the objects the tier renders."""

from __future__ import annotations

from typing import Any

from ...footprints import (
    POD,
    SECRET,
    SERVICE_ACCOUNT,
    ClusterScoped,
    Crds,
    EnvironmentPods,
    Footprint,
    Kind,
    PatchedAtRuntime,
    RuntimeProducer,
    parse_kube_version,
)
from ...operator_types import (
    BEYOND_LOCAL,
    CA_BUNDLES,
    CLUSTER_ROLES,
    EVERY_MODE,
    MUTATING_WEBHOOK,
    VALIDATING_WEBHOOK,
    ClusterFacts,
    CrdMirror,
    OperatorChart,
    static_footprint,
)

CNPG_CLUSTER = Kind("postgresql.cnpg.io", "Cluster")


def _cloudnative_pg(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "replicaCount": cluster.replicas(),
        "config": {"clusterWide": True},
        "monitoring": {"podMonitorEnabled": cluster.monitored},
    }


def _cloudnative_pg_footprint(cluster: ClusterFacts) -> Footprint:
    return Footprint(
        kube_version=parse_kube_version(">=1.29.0-0", source="charts/cloudnative-pg/Chart.yaml (0.29.0)"),
        cluster_scoped=(
            ClusterScoped(kinds=CLUSTER_ROLES, source="templates/rbac.yaml"),
            ClusterScoped(
                kinds=(MUTATING_WEBHOOK, VALIDATING_WEBHOOK),
                source="templates/mutatingwebhookconfiguration.yaml, validatingwebhookconfiguration.yaml",
            ),
        ),
        provides=(_cloudnative_pg_crds(),),
        needs=(Crds(group="monitoring.coreos.com", kinds=("PodMonitor",), source="templates/podmonitor.yaml"),)
        if cluster.monitored
        else (),
        patched_at_runtime=_cloudnative_pg_webhook_patches(),
        environment_pods=(
            EnvironmentPods(
                what="Postgres instances, their bootstrap-controller init container and Jobs (initdb, join)",
                level="restricted",
                source="pkg/specs/containers.go L63-112 GetSecurityContext; pkg/specs/pods.go L447-487 GetPodSecurityContext",
            ),
        ),
    )


def _cloudnative_pg_crds() -> Crds:
    """The CRDs the chart installs: every CloudNativePG kind, listed so the projects gate
    can order the Applications that use them after this one."""
    return Crds(
        group="postgresql.cnpg.io",
        kinds=(
            "Backup",
            "Cluster",
            "ClusterImageCatalog",
            "Database",
            "DatabaseRole",
            "FailoverQuorum",
            "ImageCatalog",
            "Pooler",
            "Publication",
            "ScheduledBackup",
            "Subscription",
        ),
        source="templates/crds/crds.yaml",
    )


def _cloudnative_pg_webhook_patches() -> tuple[PatchedAtRuntime, ...]:
    """The operator writes its own CA into both webhook configurations (at start and
    hourly): Argo CD must ignore those caBundles or see drift forever."""
    return tuple(
        PatchedAtRuntime(
            kind=kind,
            name=name,
            jq_paths=CA_BUNDLES,
            by="the operator (ensurePKI at start and hourly)",
            source="internal/cmd/manager/controller/controller.go ensurePKI; pkg/certs/k8s.go injectPublicKeyInto*Webhook",
        )
        for kind, name in (
            (MUTATING_WEBHOOK, "cnpg-mutating-webhook-configuration"),
            (VALIDATING_WEBHOOK, "cnpg-validating-webhook-configuration"),
        )
    )


def _barman_cloud(cluster: ClusterFacts) -> dict[str, Any]:
    return {"replicaCount": cluster.replicas()}


_BARMAN_CLOUD = Footprint(
    kube_version=parse_kube_version(">=1.29.0-0", source="charts/plugin-barman-cloud/Chart.yaml (0.7.0)"),
    cluster_scoped=(ClusterScoped(kinds=CLUSTER_ROLES, source="templates/rbac.yaml"),),
    provides=(Crds(group="barmancloud.cnpg.io", kinds=("ObjectStore",), source="templates/crds/crds.yaml"),),
    needs=(
        Crds(
            group="cert-manager.io",
            kinds=("Certificate", "Issuer"),
            source="templates/certificate-issuer.yaml, client-certificate.yaml, server-certificate.yaml",
        ),
    ),
    environment_pods=(
        EnvironmentPods(
            what="the plugin-barman-cloud sidecar it injects into Postgres instances and Jobs",
            level="restricted",
            source="internal/cnpgi/operator/lifecycle.go reconcilePodSpec (v0.13.0 L404-415)",
        ),
    ),
)


CLOUDNATIVE_PG = OperatorChart(
    name="cloudnative-pg",
    namespace="cnpg-system",
    repo_url="https://cloudnative-pg.github.io/charts",
    chart="cloudnative-pg",
    version="0.29.0",
    app_version="1.30.0",
    modes=EVERY_MODE,
    values=_cloudnative_pg,
    footprint=_cloudnative_pg_footprint,
    crds=CrdMirror(folder="cloudnative-pg"),
)

BARMAN_CLOUD = OperatorChart(
    # CloudNativePG finds plugins only in its own namespace (plugin_controller.go InNamespace)
    name="barman-cloud",
    namespace="cnpg-system",
    repo_url="https://cloudnative-pg.github.io/charts",
    chart="plugin-barman-cloud",
    version="0.7.0",
    app_version="v0.13.0",
    modes=BEYOND_LOCAL,
    values=_barman_cloud,
    footprint=static_footprint(_BARMAN_CLOUD),
    crds=CrdMirror(
        folder="cnpg-barman-cloud",
        note="the mirror holds v0.14.0's CRD, byte-identical to v0.13.0's (shared/crds/SOURCES.md); no chart ships v0.14.0",
    ),
)


PRODUCERS: tuple[RuntimeProducer, ...] = (
    *(
        RuntimeProducer(
            operator="cloudnative-pg",
            trigger=CNPG_CLUSTER,
            creates=SECRET,
            name=name,
            source=f"pkg/specs/secrets.go, pkg/certs: {purpose}",
        )
        for name, purpose in (
            ("{name}-app", "the application owner's credentials (initdb/recovery owner)"),
            ("{name}-ca", "the cluster CA that signs the server certificate"),
            ("{name}-server", "the server certificate"),
            ("{name}-replication", "the streaming replica's client certificate"),
        )
    ),
    RuntimeProducer(
        operator="cloudnative-pg",
        trigger=CNPG_CLUSTER,
        creates=POD,
        labels={"cnpg.io/cluster": "{name}", "cnpg.io/podRole": "instance"},
        source="pkg/specs/pods.go (ClusterLabelName, PodRoleLabelName)",
    ),
    RuntimeProducer(
        operator="cloudnative-pg",
        trigger=CNPG_CLUSTER,
        creates=SERVICE_ACCOUNT,
        name="{name}",
        source="pkg/specs/serviceaccount.go (one per cluster, named like it)",
    ),
)
"""What CloudNativePG makes for the tier's clusters (the references gate resolves against them)."""
