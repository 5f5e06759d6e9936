"""The Kafka tier's registration: the cluster, topics, users and MirrorMaker 2 of each
environment, the Strimzi operator they need, and what it makes."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import KAFKA_CA_SECRET, KAFKA_CLUSTER, KAFKA_PLAIN_PORT, KAFKA_TLS_PORT, InClusterPeer
from ...pki import CA_GENERATION, CA_VAULT_KEY, KAFKA_CLIENTS_CA, KAFKA_CLIENTS_CA_GENERATION, KAFKA_CLIENTS_CA_VAULT_KEY
from ...targets import Target
from ...vault import VaultSecret
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

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        """In PRODUCTION, the cluster and clients CAs given to Strimzi (the environment's CA: one
        for both regions, which each region's MirrorMaker 2 gets its client certificate from)."""
        return _given_cas() if target.settings.mode == "PRODUCTION" else ()

    def build(self, scope: Construct, context: TierContext) -> KafkaTier:
        target = context.target
        return KafkaTier(
            scope,
            "kafka",
            props=KafkaTierProps(settings=target.settings, region_name=target.region_name, egress_by_name=target.egress_by_name),
        )


def _kafka_clients_ca() -> VaultSecret:
    """The Kafka clients CA's key pair, for the namespace's Issuer that signs MirrorMaker 2's certificate."""
    return VaultSecret(
        name=KAFKA_CLIENTS_CA,
        keys=("tls.crt", "tls.key"),
        type="kubernetes.io/tls",
        vault_key=KAFKA_CLIENTS_CA_VAULT_KEY,
        annotations={"soma.ai/ca-generation": str(KAFKA_CLIENTS_CA_GENERATION)},
        refreshed_on_change_only=True,
        contract="the Kafka clients CA's certificate and key (PEM), the same in both regions, its own (not the "
        "environment's CA): the namespace's kafka-clients-ca Issuer signs MirrorMaker 2's client certificate with it",
    )


def _given_cas() -> tuple[VaultSecret, ...]:
    """Strimzi's CA Secrets, as it wants a CA it is given, for its cluster CA (the
    environment's CA) and its clients CA (the Kafka clients CA, which also signs MirrorMaker
    2's certificate through its Issuer): the certificate and the key apart, labelled for the
    cluster, annotated with their generation (Strimzi 1.2.0
    documentation/modules/security/proc-installing-your-own-ca-certificates.adoc). Read from
    Vault only when the generation changes in Git: Strimzi re-issues and rolls only on a new
    generation (Ca.java L352-361), so a CA that changed under an old one would strand the
    brokers' certificates."""
    labels = {"strimzi.io/kind": "Kafka", "strimzi.io/cluster": KAFKA_CLUSTER}
    roles = {
        "cluster": (
            CA_VAULT_KEY,
            CA_GENERATION,
            "the environment's CA (pki.py), as Strimzi's cluster CA: it signs the brokers' certificates",
        ),
        "clients": (
            KAFKA_CLIENTS_CA_VAULT_KEY,
            KAFKA_CLIENTS_CA_GENERATION,
            "the Kafka clients CA (pki.py), as Strimzi's clients CA: the external listener admits the client certificates "
            "it signed (each region's MirrorMaker 2's, CN=mirror-reader)",
        ),
    }
    secrets = [_kafka_clients_ca()]
    for role, (vault_key, generation_number, contract) in roles.items():
        cert = KAFKA_CA_SECRET if role == "cluster" else f"{KAFKA_CLUSTER}-clients-ca-cert"
        for name, key, generation in ((cert, "ca.crt", "cert"), (f"{KAFKA_CLUSTER}-{role}-ca", "ca.key", "key")):
            secrets.append(
                VaultSecret(
                    name=name,
                    keys=(key,),
                    properties={key: "tls.crt" if key == "ca.crt" else "tls.key"},
                    vault_key=vault_key,
                    labels=labels,
                    annotations={f"strimzi.io/ca-{generation}-generation": str(generation_number)},
                    refreshed_on_change_only=True,
                    contract=contract,
                )
            )
    return tuple(secrets)
