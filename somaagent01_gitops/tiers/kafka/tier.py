"""The Kafka tier's registration: the cluster, topics, users and MirrorMaker 2 of each
environment, the Strimzi operator they need, and what it makes."""

from __future__ import annotations

from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import KAFKA_CLUSTER, KAFKA_PLAIN_PORT, KAFKA_TLS_PORT, InClusterPeer
from ..base import Tier, TierContext
from .constructs import KafkaTier, KafkaTierProps
from .operator import PRODUCERS, STRIMZI


class KafkaUnit(Tier):
    name = "kafka"
    operators = (STRIMZI,)
    producers = PRODUCERS
    data_kinds = frozenset({("kafka.strimzi.io", "Kafka"), ("kafka.strimzi.io", "KafkaNodePool"), ("kafka.strimzi.io", "KafkaTopic")})
    # Strimzi labels the broker pods with the cluster and the kind (its Labels.java)
    peers = MappingProxyType(
        {
            Dependency.KAFKA: InClusterPeer(
                {"strimzi.io/cluster": KAFKA_CLUSTER, "strimzi.io/kind": "Kafka"}, (KAFKA_PLAIN_PORT, KAFKA_TLS_PORT)
            )
        }
    )

    def build(self, scope: Construct, context: TierContext) -> KafkaTier:
        target = context.target
        return KafkaTier(scope, "kafka", props=KafkaTierProps(settings=target.settings, region_name=target.region_name))
