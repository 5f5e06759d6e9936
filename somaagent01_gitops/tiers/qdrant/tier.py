"""The Qdrant tier's registration: in every environment, its peers, its API key from Vault
(by hand in LOCAL) and, beyond LOCAL, TLS from the environment's CA."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ...constructs.certificates import ServerCertificate, ServerCertificateProps
from ...constructs.idioms import storage_class_of
from ...targets import Target
from ...vault import VaultSecret, shell_variable
from ..base import Tier, TierContext
from .constructs import API_KEY, CONFIG_KEY, QdrantCluster, QdrantClusterProps, server_names

QDRANT_API_KEY_SECRET = "qdrant-api-key"
"""Qdrant's API key (constructs.API_KEY) and the configuration file that gives it to Qdrant
(constructs.CONFIG_KEY)."""
QDRANT_TLS_SECRET = "qdrant-server-tls"


class QdrantUnit(Tier):
    """The environment's vector store."""

    name = "qdrant"

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        return (
            VaultSecret(
                name=QDRANT_API_KEY_SECRET,
                keys=(API_KEY, CONFIG_KEY),
                templates={CONFIG_KEY: "service: {api_key: {{ ." + API_KEY + " }}}"},
                local_values={CONFIG_KEY: "service: {api_key: ${" + shell_variable(QDRANT_API_KEY_SECRET, API_KEY) + "}}"},
                contract="Qdrant's API key (letters and digits), which also signs the tenants' JWTs: alone for Prometheus' "
                "bearer token, and as Qdrant's config/local.yaml (service.api_key)",
            ),
        )

    def build(self, scope: Construct, context: TierContext) -> QdrantCluster:
        target = context.target
        settings, qdrant = target.settings, target.settings.qdrant
        tls = settings.mode != "LOCAL"
        if tls:
            ServerCertificate(
                scope,
                "qdrant-certificate",
                props=ServerCertificateProps(
                    name=QDRANT_TLS_SECRET,
                    dns_names=server_names(settings.namespace),
                    component="vector-store",
                    lifetime=settings.certificates.servers,
                ),
            )
        return QdrantCluster(
            scope,
            "qdrant",
            props=QdrantClusterProps(
                namespace=settings.namespace,
                image=qdrant.image,
                replicas=qdrant.replicas,
                replication_factor=qdrant.replication_factor,
                write_consistency_factor=qdrant.write_consistency_factor,
                storage=qdrant.storage,
                storage_class=storage_class_of(qdrant.storage_class, target.region),
                resources=qdrant.resources,
                api_key_secret=QDRANT_API_KEY_SECRET,
                tls_secret=QDRANT_TLS_SECRET if tls else None,
                zone_spread=target.region is not None,
                # LOCAL runs no Prometheus Operator, whose CRD a PodMonitor needs
                monitoring=settings.mode != "LOCAL",
            ),
        )
