"""Each environment namespace's CA Issuer (pki.py): a self-signed root made in the cluster
outside PRODUCTION; in PRODUCTION the key pair both regions share, from Vault."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from imports.certmanager.io import cert_manager

from ...constructs.idioms import metadata
from ...pki import CA_ISSUER, CA_LIFETIME, CA_SECRET, Lifetime

SELF_SIGNED_ISSUER = "soma-selfsigned"
"""Signs the root outside PRODUCTION, and nothing else."""


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
        self.root: cert_manager.Certificate | None = None
        if not props.from_vault:
            self.self_signed = cert_manager.Issuer(
                self,
                "self-signed",
                metadata=metadata(SELF_SIGNED_ISSUER, component="pki"),
                spec=cert_manager.IssuerSpec(self_signed=cert_manager.IssuerSpecSelfSigned()),
            )
            self.root = self._root(props)
        self.issuer = cert_manager.Issuer(
            self,
            "issuer",
            metadata=metadata(CA_ISSUER, component="pki"),
            spec=cert_manager.IssuerSpec(ca=cert_manager.IssuerSpecCa(secret_name=CA_SECRET)),
        )

    def _root(self, props: EnvironmentCaProps) -> cert_manager.Certificate:
        return cert_manager.Certificate(
            self,
            "root",
            metadata=metadata(CA_SECRET, component="pki"),
            spec=cert_manager.CertificateSpec(
                is_ca=True,
                common_name=f"SomaAgent01 {props.environment} CA",
                secret_name=CA_SECRET,
                duration=props.lifetime.duration,
                renew_before=props.lifetime.renew_before,
                private_key=cert_manager.CertificateSpecPrivateKey(
                    algorithm=cert_manager.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256
                ),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(name=SELF_SIGNED_ISSUER, kind="Issuer", group="cert-manager.io"),
            ),
        )
