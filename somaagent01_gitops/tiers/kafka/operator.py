"""Strimzi 1.2.0, the operator of the Kafka tier: its chart, values, footprint, and what it
makes at runtime for the objects the tier renders."""

from __future__ import annotations

from typing import Any

from ...footprints import (
    POD,
    SECRET,
    WATCHED,
    ClusterScoped,
    Crds,
    EnvironmentPods,
    Footprint,
    Kind,
    KubeVersionFloor,
    RuntimeProducer,
    Writes,
)
from ...operator_types import CLUSTER_ROLES, EVERY_MODE, ClusterFacts, CrdMirror, OperatorChart, static_footprint

KAFKA = Kind("kafka.strimzi.io", "Kafka")
KAFKA_USER = Kind("kafka.strimzi.io", "KafkaUser")
KAFKA_MIRROR_MAKER_2 = Kind("kafka.strimzi.io", "KafkaMirrorMaker2")


def _strimzi(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "watchAnyNamespace": False,
        "watchNamespaces": cluster.namespaces,
        "replicas": cluster.replicas(),
        "resources": {"requests": {"cpu": "200m", "memory": "384Mi"}, "limits": {"cpu": "1", "memory": "384Mi"}},
    }


_STRIMZI = Footprint(
    # the chart in Git declares no kubeVersion; the operator's own floor
    kube_version=KubeVersionFloor(minor=(1, 27), source="api/src/main/java/io/strimzi/platform/KubernetesVersion.java L18"),
    writes=(
        Writes(
            namespace=WATCHED,
            kinds=(Kind("rbac.authorization.k8s.io", "RoleBinding"),),
            source="templates/020-, 023-RoleBinding-strimzi-cluster-operator.yaml, "
            "031-RoleBinding-strimzi-cluster-operator-entity-operator-delegation.yaml (one per watched namespace)",
        ),
    ),
    cluster_scoped=(
        ClusterScoped(
            kinds=CLUSTER_ROLES, source="templates/02x-ClusterRole*.yaml, 03x-ClusterRole*.yaml, 021-/030-/033-ClusterRoleBinding*.yaml"
        ),
    ),
    provides=(
        Crds(
            group="kafka.strimzi.io",
            kinds=(
                "Kafka",
                "KafkaBridge",
                "KafkaConnect",
                "KafkaConnector",
                "KafkaMirrorMaker2",
                "KafkaNodePool",
                "KafkaRebalance",
                "KafkaTopic",
                "KafkaUser",
            ),
            source="crds/04x-Crd-*.yaml",
        ),
        Crds(group="core.strimzi.io", kinds=("StrimziPodSet",), source="crds/042-Crd-strimzipodset.yaml"),
    ),
    environment_pods=(
        EnvironmentPods(
            what="Kafka and node-pool pods, the entity operator, MirrorMaker 2, Kafka Exporter, Cruise Control",
            level="baseline",
            restricted_values={"extraEnvs": [{"name": "STRIMZI_POD_SECURITY_PROVIDER_CLASS", "value": "restricted"}]},
            source="ClusterOperatorConfig.java L216 (default BaselinePodSecurityProvider); RestrictedPodSecurityProvider.java; "
            "values.yaml extraEnvs -> templates/060-Deployment-strimzi-cluster-operator.yaml L187-189",
        ),
    ),
)


STRIMZI = OperatorChart(
    name="strimzi",
    namespace="strimzi",
    repo_url="https://strimzi.io/charts/",
    chart="strimzi-kafka-operator",
    version="1.2.0",
    app_version="1.2.0",
    modes=EVERY_MODE,
    values=_strimzi,
    footprint=static_footprint(_STRIMZI),
    crds=CrdMirror(folder="strimzi"),
)


PRODUCERS: tuple[RuntimeProducer, ...] = (
    *(
        RuntimeProducer(
            operator="strimzi",
            trigger=KAFKA,
            creates=SECRET,
            name=name,
            source="KafkaResources.clusterCaCertificateSecretName / clientsCaCertificateSecretName (cluster CA, clients CA)",
        )
        for name in ("{name}-cluster-ca-cert", "{name}-clients-ca-cert")
    ),
    RuntimeProducer(
        operator="strimzi",
        trigger=KAFKA,
        creates=POD,
        labels={"strimzi.io/cluster": "{name}", "strimzi.io/kind": "Kafka"},
        source="Kafka and node-pool pods, entity operator (Labels.STRIMZI_CLUSTER_LABEL, STRIMZI_KIND_LABEL)",
    ),
    RuntimeProducer(
        operator="strimzi",
        trigger=KAFKA,
        creates=POD,
        labels={"strimzi.io/cluster": "{name}", "strimzi.io/kind": "Kafka", "strimzi.io/name": "{name}-entity-operator"},
        source="the entity operator's pod (Labels.STRIMZI_NAME_LABEL: KafkaResources.entityOperatorDeploymentName, "
        "api KafkaResources.java L194-196 at 1.2.0)",
    ),
    RuntimeProducer(
        operator="strimzi",
        trigger=KAFKA_USER,
        creates=SECRET,
        name="{name}",
        source="the User Operator writes each SCRAM user's password into a Secret named like the user (KafkaUserModel)",
    ),
    RuntimeProducer(
        operator="strimzi",
        trigger=KAFKA_MIRROR_MAKER_2,
        creates=POD,
        labels={"strimzi.io/cluster": "{name}", "strimzi.io/kind": "KafkaMirrorMaker2"},
        source="MirrorMaker 2 pods (KafkaMirrorMaker2Cluster)",
    ),
)
"""What Strimzi makes for the tier's objects (the references gate resolves against them)."""
