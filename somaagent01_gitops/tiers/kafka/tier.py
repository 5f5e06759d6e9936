"""The Kafka tier's registration: the cluster, topics, users and MirrorMaker 2 of each
environment, the Strimzi operator they need, and what it makes."""

from __future__ import annotations

from constructs import Construct

from ..base import Tier, TierContext
from .constructs import KafkaTier, KafkaTierProps
from .operator import PRODUCERS, STRIMZI


class KafkaUnit(Tier):
    name = "kafka"
    operators = (STRIMZI,)
    producers = PRODUCERS
    data_kinds = frozenset({("kafka.strimzi.io", "Kafka"), ("kafka.strimzi.io", "KafkaNodePool"), ("kafka.strimzi.io", "KafkaTopic")})

    def build(self, scope: Construct, context: TierContext) -> KafkaTier:
        target = context.target
        return KafkaTier(scope, "kafka", props=KafkaTierProps(settings=target.settings, region_name=target.region_name))
