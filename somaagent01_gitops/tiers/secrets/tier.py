"""The secrets tier's registration: beyond LOCAL, each environment namespace's SecretStore on
Vault and one ExternalSecret per Secret the tiers declared (External Secrets, a platform
operator, writes them), and the namespace's CA Issuer (cert-manager)."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ...footprints import SECRET, Kind, RuntimeProducer
from ...pki import CA_GENERATION, CA_SECRET, CA_VAULT_KEY
from ...targets import Target
from ...vault import VAULT_ACTIVE_ADDR, VAULT_TRUST_SECRET, VaultSecret
from ..base import Tier, TierContext
from .constructs import VaultSecrets, VaultSecretsProps, VaultSecretStore, VaultSecretStoreProps
from .pki import EnvironmentCa, EnvironmentCaProps, VaultTrust, VaultTrustProps

EXTERNAL_SECRET = Kind("external-secrets.io", "ExternalSecret")
CERTIFICATE = Kind("cert-manager.io", "Certificate")


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
        RuntimeProducer(
            operator="cert-manager",
            trigger=CERTIFICATE,
            creates=SECRET,
            name="{name}",
            source="cert-manager writes spec.secretName (here the Certificate's own name: constructs/certificates.py, "
            "tiers/secrets/pki.py) in its namespace",
        ),
    )

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        """In PRODUCTION, the environment's CA key pair: one for every region (pki.py)."""
        if target.settings.mode != "PRODUCTION":
            return ()
        return (
            VaultSecret(
                name=CA_SECRET,
                keys=("tls.crt", "tls.key"),
                type="kubernetes.io/tls",
                vault_key=CA_VAULT_KEY,
                # replaced together with Strimzi's copies, when pki.CA_GENERATION moves
                annotations={"soma.ai/ca-generation": str(CA_GENERATION)},
                refreshed_on_change_only=True,
                contract="the environment's CA certificate and key (PEM), the same in every region: cert-manager's CA "
                "Issuer signs the servers' certificates with it, and each region verifies the other's with it",
            ),
        )

    def applies(self, target: Target) -> bool:
        """Beyond LOCAL: LOCAL runs no Vault beyond dev mode (vault.py)."""
        return target.settings.mode != "LOCAL"

    def build(self, scope: Construct, context: TierContext) -> VaultSecrets:
        target = context.target
        EnvironmentCa(
            scope,
            "ca",
            props=EnvironmentCaProps(
                environment=target.environment,
                from_vault=target.settings.mode == "PRODUCTION",
                lifetime=target.settings.certificates.ca,
            ),
        )
        namespace = target.settings.namespace
        VaultTrust(scope, "vault-trust", props=VaultTrustProps(namespace=namespace, lifetime=target.settings.certificates.servers))
        VaultSecretStore(
            scope,
            "vault-store",
            props=VaultSecretStoreProps(namespace=namespace, vault_address=VAULT_ACTIVE_ADDR, ca_secret=VAULT_TRUST_SECRET),
        )
        props = VaultSecretsProps(folder=context.target.environment, secrets=context.vault_secrets)
        return VaultSecrets(scope, "vault-secrets", props=props)
