"""The secrets tier's registration: beyond LOCAL, each environment namespace's SecretStore on
Vault and one ExternalSecret per Secret the tiers declared; External Secrets (a platform
operator, operators.py) writes them."""

from __future__ import annotations

from constructs import Construct

from ...footprints import SECRET, Kind, RuntimeProducer
from ...targets import Target
from ...vault import VAULT_ADDR
from ..base import Tier, TierContext
from .constructs import VaultSecrets, VaultSecretsProps, VaultSecretStore, VaultSecretStoreProps

EXTERNAL_SECRET = Kind("external-secrets.io", "ExternalSecret")


class SecretsUnit(Tier):
    """Last in the build order: it writes what the tiers before it declared."""

    name = "secrets"
    producers = (
        RuntimeProducer(
            operator="external-secrets",
            trigger=EXTERNAL_SECRET,
            creates=SECRET,
            name="{name}",
            source="the controller writes spec.target.name (here the ExternalSecret's own name) in its namespace "
            "(pkg/controllers/externalsecret, creationPolicy Owner)",
        ),
    )

    def applies(self, target: Target) -> bool:
        """Beyond LOCAL: LOCAL runs no Vault beyond dev mode (vault.py)."""
        return target.settings.mode != "LOCAL"

    def build(self, scope: Construct, context: TierContext) -> VaultSecrets:
        namespace = context.target.settings.namespace
        VaultSecretStore(scope, "vault-store", props=VaultSecretStoreProps(namespace=namespace, vault_address=VAULT_ADDR))
        props = VaultSecretsProps(folder=context.target.environment, secrets=context.vault_secrets)
        return VaultSecrets(scope, "vault-secrets", props=props)
