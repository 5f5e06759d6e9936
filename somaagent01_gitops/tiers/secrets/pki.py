"""Each environment namespace's CA Issuer (pki.py): a self-signed root made in the cluster
outside PRODUCTION; in PRODUCTION the key pair both regions share, from Vault. And the
namespace's trust anchor for Vault's listener, from the cluster's CA."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from imports.certmanager.io import cert_manager

from ...argocd import WAVE_ANNOTATION, WAVE_PLATFORM
from ...constructs.certificates import RootCertificate, RootCertificateProps, ecdsa_key
from ...constructs.idioms import metadata
from ...pki import CA_ISSUER, CA_LIFETIME, CA_SECRET, CLUSTER_CA_ISSUER, Lifetime
from ...vault import VAULT_TRUST_SECRET

SELF_SIGNED_ISSUER = "soma-selfsigned"
"""Signs the root outside PRODUCTION, and nothing else."""
WAVE_ROOT = WAVE_PLATFORM - 2
"""The self-signed Issuer and the root: before the CA Issuer that signs with the root."""


@dataclass(frozen=True, kw_only=True)
class EnvironmentCaProps:
    """Where the environment's CA key pair comes from."""

    environment: str
    """The environment's name, in the root's common name."""
    from_vault: bool
    """The key pair is the ``soma-ca`` Secret External Secrets writes from Vault (PRODUCTION:
    one CA for every region); else cert-manager makes a self-signed root here."""
    lifetime: Lifetime = CA_LIFETIME
    """The self-signed root's validity and renewal window. Default: ten years, renewed a year ahead."""


class EnvironmentCa(Construct):
    """The CA Issuer every server certificate of the namespace is signed by, and (outside
    PRODUCTION) the self-signed Issuer and root Certificate it signs with."""

    def __init__(self, scope: Construct, id: str, *, props: EnvironmentCaProps) -> None:
        super().__init__(scope, id)
        self.self_signed: cert_manager.Issuer | None = None
        self.root: RootCertificate | None = None
        if not props.from_vault:
            self.self_signed = cert_manager.Issuer(
                self,
                "self-signed",
                metadata=metadata(SELF_SIGNED_ISSUER, component="pki", annotations={WAVE_ANNOTATION: str(WAVE_ROOT)}),
                spec=cert_manager.IssuerSpec(self_signed=cert_manager.IssuerSpecSelfSigned()),
            )
            self.root = RootCertificate(
                self,
                "root",
                props=RootCertificateProps(
                    name=CA_SECRET,
                    common_name=f"SomaAgent01 {props.environment} CA",
                    self_signed_issuer=SELF_SIGNED_ISSUER,
                    annotations={WAVE_ANNOTATION: str(WAVE_ROOT)},
                    lifetime=props.lifetime,
                ),
            )
        # after its key pair: the root (wave -2) or, in PRODUCTION, the ExternalSecret (wave -1);
        # an Issuer without its Secret is not Ready, which Argo CD counts as a failed sync
        self.issuer = cert_manager.Issuer(
            self,
            "issuer",
            metadata=metadata(
                CA_ISSUER, component="pki", annotations={WAVE_ANNOTATION: str(WAVE_PLATFORM if props.from_vault else WAVE_ROOT + 1)}
            ),
            spec=cert_manager.IssuerSpec(ca=cert_manager.IssuerSpecCa(secret_name=CA_SECRET)),
        )


@dataclass(frozen=True, kw_only=True)
class VaultTrustProps:
    """The namespace's trust anchor for Vault's listener."""

    namespace: str
    """The environment namespace, in the certificate's common name."""
    lifetime: Lifetime
    """How often the anchor is refreshed (a renewal rewrites ``ca.crt`` with the cluster CA's
    current certificate)."""


class VaultTrust(Construct):
    """A certificate from the cluster CA (``pki.CLUSTER_CA_ISSUER``) that nothing presents: its
    Secret's ``ca.crt`` is the CA Vault's listener certificate chains to, in this namespace,
    where the store and the Vault Agents read it. cert-manager writes it, so it follows the
    cluster CA through renewals instead of being a copy that goes stale."""

    def __init__(self, scope: Construct, id: str, *, props: VaultTrustProps) -> None:
        super().__init__(scope, id)
        self.certificate = cert_manager.Certificate(
            self,
            "certificate",
            metadata=metadata(VAULT_TRUST_SECRET, component="pki", annotations={WAVE_ANNOTATION: str(WAVE_ROOT)}),
            spec=cert_manager.CertificateSpec(
                common_name=f"{VAULT_TRUST_SECRET}.{props.namespace}",
                secret_name=VAULT_TRUST_SECRET,
                duration=props.lifetime.duration,
                renew_before=props.lifetime.renew_before,
                usages=[cert_manager.CertificateSpecUsages.DIGITAL_SIGNATURE, cert_manager.CertificateSpecUsages.CLIENT_AUTH],
                private_key=ecdsa_key(new_each_renewal=True),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(name=CLUSTER_CA_ISSUER, kind="ClusterIssuer", group="cert-manager.io"),
            ),
        )
