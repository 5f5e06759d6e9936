"""The Kafka tier's registration: the cluster, topics, users and MirrorMaker 2 of each
environment, the Strimzi operator they need, and what it makes."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import KAFKA_CA_SECRET, KAFKA_CLUSTER, KAFKA_PLAIN_PORT, KAFKA_TLS_PORT, InClusterPeer
from ...pki import CA_GENERATION, CA_VAULT_KEY
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
        """In PRODUCTION, the cluster CA given to Strimzi (the environment's CA: one for both
        regions); across regions, the mirror reader's password (one Vault key: this region's
        user and the peer's MirrorMaker 2 read it)."""
        given = _given_cluster_ca() if target.settings.mode == "PRODUCTION" else ()
        if target.region is None:
            return given
        peer = target.region.peer_region
        return (
            *given,
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
        )

    def build(self, scope: Construct, context: TierContext) -> KafkaTier:
        target = context.target
        return KafkaTier(scope, "kafka", props=KafkaTierProps(settings=target.settings, region_name=target.region_name))


def _given_cluster_ca() -> tuple[VaultSecret, ...]:
    """Strimzi's two CA Secrets, as it wants a CA it is given: the certificate and the key
    apart, labelled for the cluster, annotated with their generation (Strimzi 1.2.0
    documentation/modules/security/proc-installing-your-own-ca-certificates.adoc). Read from
    Vault only when the generation changes in Git: Strimzi re-issues and rolls only on a new
    generation (Ca.java L352-361), so a CA that changed under an old one would strand the
    brokers' certificates."""
    labels = {"strimzi.io/kind": "Kafka", "strimzi.io/cluster": KAFKA_CLUSTER}
    contract = "the environment's CA (pki.py), as Strimzi's cluster CA: it signs the brokers' certificates with it"
    return (
        VaultSecret(
            name=KAFKA_CA_SECRET,
            keys=("ca.crt",),
            properties={"ca.crt": "tls.crt"},
            vault_key=CA_VAULT_KEY,
            labels=labels,
            annotations={"strimzi.io/ca-cert-generation": str(CA_GENERATION)},
            refreshed_on_change_only=True,
            contract=contract,
        ),
        VaultSecret(
            name=f"{KAFKA_CLUSTER}-cluster-ca",
            keys=("ca.key",),
            properties={"ca.key": "tls.key"},
            vault_key=CA_VAULT_KEY,
            labels=labels,
            annotations={"strimzi.io/ca-key-generation": str(CA_GENERATION)},
            refreshed_on_change_only=True,
            contract=contract,
        ),
    )
