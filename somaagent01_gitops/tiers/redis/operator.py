"""The OT redis-operator v0.26.0, the Redis tier's operator: its chart, values, footprint, and
the pods it starts for the objects the tier renders.

Read from OT-CONTAINER-KIT/redis-operator at v0.26.0 (ef33adb) and its chart at 0bc34813
(chart 0.26.1, the first whose values pass no feature gate the v0.26.0 image lacks: an
unknown gate makes the manager exit, internal/cmd/manager/cmd.go L133-135). The chart is
published from main by .github/workflows/publish-charts.yaml (chart-releaser into
OT-CONTAINER-KIT/helm-charts); its index could not be read here.
"""

from __future__ import annotations

from typing import Any

from ...footprints import POD, ClusterScoped, Crds, EnvironmentPods, Footprint, Kind, RuntimeProducer
from ...operator_types import CLUSTER_ROLES, EVERY_MODE, ClusterFacts, CrdMirror, OperatorChart

OPERATOR_NAMESPACE = "redis-operator"
GROUP = "redis.redis.opstreelabs.in"
REDIS = Kind(GROUP, "Redis")
REDIS_REPLICATION = Kind(GROUP, "RedisReplication")
REDIS_SENTINEL = Kind(GROUP, "RedisSentinel")
OPERATOR_IMAGE = "quay.io/opstree/redis-operator:v0.26.0"
"""The chart's operator image (``v`` + appVersion), also the ``init-config`` container's."""
OPERATOR_UID = 65532
"""The distroless operator image's user."""
RESTRICTED_POD = {"runAsNonRoot": True, "runAsUser": OPERATOR_UID, "seccompProfile": {"type": "RuntimeDefault"}}
RESTRICTED_CONTAINER = {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "readOnlyRootFilesystem": True}


def _values(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "redisOperator": {
            # exactly the environment namespaces (values.yaml L30: empty is every namespace)
            "watchNamespace": ",".join(cluster.namespaces),
            "imagePullPolicy": "IfNotPresent",
            "webhook": False,
        },
        # the configuration is written by an init container into a scratch volume: the only
        # way to TLS (the image's own entrypoint writes an empty tls-ca-cert-file) and to a
        # read-only root (it appends to /etc/redis/redis.conf otherwise); statefulset.go
        # L717-763, 941-943
        "featureGates": {"GenerateConfigInInitContainer": True},
        "podSecurityContext": RESTRICTED_POD,
        "securityContext": RESTRICTED_CONTAINER,
    }


def _footprint(cluster: ClusterFacts) -> Footprint:
    return Footprint(
        # Chart.yaml declares no kubeVersion
        cluster_scoped=(
            ClusterScoped(kinds=CLUSTER_ROLES, source="templates/role.yaml, templates/role-binding.yaml (rbac.scope cluster)"),
        ),
        provides=(Crds(group=GROUP, kinds=("Redis", "RedisCluster", "RedisReplication", "RedisSentinel"), source="crds/crds.yaml"),),
        environment_pods=(
            EnvironmentPods(
                what="Redis, Sentinel, exporter and init-config containers, from the tier's objects",
                level="restricted",
                source="the operator sets no security context of its own; the tier's objects set podSecurityContext, "
                "securityContext, redisExporter.securityContext and initContainer.securityContext (statefulset.go L333, "
                "470-494, 717-777, 809-829), the last one or the init-config container is refused",
            ),
        ),
    )


REDIS_OPERATOR = OperatorChart(
    name="redis-operator",
    namespace=OPERATOR_NAMESPACE,
    repo_url="https://ot-container-kit.github.io/helm-charts/",
    chart="redis-operator",
    version="0.26.1",
    app_version="0.26.0",
    modes=EVERY_MODE,
    values=_values,
    footprint=_footprint,
    crds=CrdMirror(folder="redis-operator", note="the chart's crds/crds.yaml at 0.26.1 equals config/crd/bases at v0.26.0"),
)

POD_LABEL = "app"
"""The operator's label with the object's name on each of its pods, beside the object's own
labels, which it merges in (internal/controller/common/labels.go L12-26); a Sentinel's pods
carry ``<name>-sentinel`` (k8sutils/redis-sentinel.go L61)."""

PRODUCERS = (
    RuntimeProducer(
        operator="redis-operator",
        trigger=REDIS,
        creates=POD,
        labels={POD_LABEL: "{name}", "redis_setup_type": "standalone"},
        carries_labels=True,
        source="StatefulSet <name> of one pod (k8sutils/redis-standalone.go L15-104; labels.go L12-26)",
    ),
    RuntimeProducer(
        operator="redis-operator",
        trigger=REDIS_REPLICATION,
        creates=POD,
        labels={POD_LABEL: "{name}", "redis_setup_type": "replication"},
        carries_labels=True,
        source="StatefulSet <name> of clusterSize pods, serviceName <name>-headless (k8sutils/redis-replication.go L18-77)",
    ),
    RuntimeProducer(
        operator="redis-operator",
        trigger=REDIS_SENTINEL,
        creates=POD,
        labels={POD_LABEL: "{name}-sentinel", "redis_setup_type": "sentinel"},
        carries_labels=True,
        source="StatefulSet <name>-sentinel (k8sutils/redis-sentinel.go L61)",
    ),
    RuntimeProducer(
        operator="redis-operator",
        trigger=REDIS_SENTINEL,
        creates=Kind("policy", "PodDisruptionBudget"),
        name="{name}-sentinel",
        source="spec.pdb enabled (k8sutils/poddisruption.go L43-61; unset, it deletes any budget of that name)",
    ),
)
