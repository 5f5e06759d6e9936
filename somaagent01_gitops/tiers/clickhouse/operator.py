"""The Altinity clickhouse-operator 0.25.6, the ClickHouse tier's operator: its chart, values,
footprint, and the pods it starts for the objects the tier renders.

Read from Altinity/clickhouse-operator at release-0.25.6, deploy/helm/clickhouse-operator/.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...footprints import POD, BootstrapSecret, ClusterScoped, Crds, EnvironmentPods, Footprint, Kind, RuntimeProducer
from ...operator_types import CLUSTER_ROLES, EVERY_MODE, ClusterFacts, CrdMirror, OperatorChart, needs_service_monitor

OPERATOR_NAMESPACE = "clickhouse-operator"
OPERATOR_NAME = "clickhouse-operator"
"""The chart's full name (``fullnameOverride``): its Deployment, ServiceAccount, roles and the
Secret of its own ClickHouse user. Without it the chart would name them
``clickhouse-operator-altinity-clickhouse-operator`` (templates/_helpers.tpl)."""
CHI = Kind("clickhouse.altinity.com", "ClickHouseInstallation")
CHK = Kind("clickhouse-keeper.altinity.com", "ClickHouseKeeperInstallation")
CHI_LABEL = "clickhouse.altinity.com/chi"
"""The label with the installation's name on each of its pods (pkg/model/chi/tags/labeler/list.go L27-39)."""
CHK_LABEL = "clickhouse-keeper.altinity.com/chk"
"""Likewise on each Keeper pod (pkg/model/chk/tags/labeler/list.go L36)."""


def _values(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "fullnameOverride": OPERATOR_NAME,
        # the CRDs come from the chart's crds/ (Argo CD applies them); the hook Job would run
        # bitnami/kubectl:latest without a security context (templates/hooks/crd-install-job.yaml)
        "crdHook": {"enabled": False},
        # the operator's own ClickHouse user: a password made at bootstrap, not the chart's
        # published default (values.yaml L110-116)
        "secret": {"create": False},
        # exactly the environment namespaces (an empty list is every namespace, values.yaml L256-261)
        "configs": {"files": {"config.yaml": {"watch": {"namespaces": cluster.namespaces}}}},
        "serviceMonitor": {"enabled": cluster.monitored},
    }


def _footprint(cluster: ClusterFacts) -> Footprint:
    return Footprint(
        # Chart.yaml declares no kubeVersion
        cluster_scoped=(
            ClusterScoped(kinds=CLUSTER_ROLES, source="templates/generated/ClusterRole*-clickhouse-operator-kube-system.yaml"),
        ),
        provides=(
            Crds(
                group="clickhouse.altinity.com",
                kinds=("ClickHouseInstallation", "ClickHouseInstallationTemplate", "ClickHouseOperatorConfiguration"),
                source="crds/",
            ),
            Crds(group="clickhouse-keeper.altinity.com", kinds=("ClickHouseKeeperInstallation",), source="crds/"),
        ),
        needs=needs_service_monitor(cluster, "templates/servicemonitor.yaml"),
        environment_pods=(
            EnvironmentPods(
                what="ClickHouse and Keeper pods, from the installations' pod templates",
                level="restricted",
                source="the operator sets no security context of its own (pkg/model: none); the tier's pod templates "
                "(tiers/clickhouse/constructs.py) set the restricted one on the pod and every container",
            ),
        ),
        bootstrap_secrets=(
            BootstrapSecret(
                namespace=OPERATOR_NAMESPACE,
                name=OPERATOR_NAME,
                keys=(("username", "clickhouse_operator"), ("password", '"$(openssl rand -hex 24)"')),
                source="values.yaml L390-394 (configs.files.config.yaml clickhouse.access.secret: the full name, the "
                "operator's namespace) with secret.create false",
            ),
        ),
    )


CLICKHOUSE_OPERATOR = OperatorChart(
    name="clickhouse-operator",
    namespace=OPERATOR_NAMESPACE,
    repo_url="https://helm.altinity.com",
    chart="altinity-clickhouse-operator",
    version="0.25.6",
    app_version="0.25.6",
    modes=EVERY_MODE,
    values=_values,
    footprint=_footprint,
    crds=CrdMirror(
        folder="clickhouse-operator", note="the mirror's tag release-0.25.6 is the chart 0.25.6's source (Altinity's tag names)"
    ),
)

SHARD_LABEL = "clickhouse.altinity.com/shard"
"""The label with the shard's name, its index (pkg/model/common/namer/name.go L25-26), on each
server pod (pkg/model/chi/tags/labeler/list.go L38)."""


def shards_of(installation: Mapping[str, Any]) -> list[dict[str, str]]:
    """One kind of pod per shard of the installation's clusters (``layout.shardsCount``)."""
    clusters = ((installation.get("spec") or {}).get("configuration") or {}).get("clusters") or []
    counts = [int((cluster.get("layout") or {}).get("shardsCount", 1)) for cluster in clusters] or [1]
    return [{"shard": str(index)} for index in range(max(counts))]


PRODUCERS = (
    RuntimeProducer(
        operator="clickhouse-operator",
        trigger=CHI,
        creates=POD,
        labels={CHI_LABEL: "{name}", SHARD_LABEL: "{shard}"},
        pods_of=shards_of,
        source="one StatefulSet per host, its pods labelled with the installation and the shard "
        "(pkg/model/chi/tags/labeler/list.go L27-39)",
    ),
    RuntimeProducer(
        operator="clickhouse-operator",
        trigger=CHK,
        creates=POD,
        labels={CHK_LABEL: "{name}"},
        source="one StatefulSet per Keeper node, its pods labelled with the installation (pkg/model/chk/tags/labeler/list.go L36)",
    ),
)
