"""The Kafka tier's registration: the cluster, topics, users and MirrorMaker 2 of each
environment, the Strimzi operator they need, and what it makes."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import KAFKA_CLUSTER, KAFKA_PLAIN_PORT, KAFKA_TLS_PORT, InClusterPeer
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext
from .constructs import MIRROR_READER_PASSWORD, KafkaTier, KafkaTierProps
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

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        """Across regions: the mirror reader's password (one Vault key: this region's user and
        the peer's MirrorMaker 2 read it) and the peer's cluster CA."""
        if target.region is None:
            return ()
        peer = target.region.peer_region
        return (
            VaultSecret(
                name=MIRROR_READER_PASSWORD,
                keys=("password",),
                vault_key="kafka-mirror-reader",
                contract="the password the User Operator gives the mirror-reader KafkaUser (valueFrom)",
            ),
            VaultSecret(
                name=f"kafka-peer-{peer}-credentials",
                keys=("password",),
                vault_key="kafka-mirror-reader",
                contract="the peer region's mirror-reader SCRAM password, for this region's MirrorMaker 2",
            ),
            VaultSecret(
                name=f"kafka-peer-{peer}-ca",
                keys=("ca.crt",),
                vault_key=f"regions/{peer}/kafka-cluster-ca",
                contract="the peer region's Strimzi cluster CA certificate; Strimzi renews it (yearly by default), so "
                "the Vault copy must follow each renewal or MirrorMaker 2's TLS breaks",
            ),
        )

    def build(self, scope: Construct, context: TierContext) -> KafkaTier:
        target = context.target
        return KafkaTier(scope, "kafka", props=KafkaTierProps(settings=target.settings, region_name=target.region_name))
