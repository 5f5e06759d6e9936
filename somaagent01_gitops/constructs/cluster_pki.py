"""Each cluster's own CA beyond LOCAL: a self-signed root behind a ``ClusterIssuer``, for the
services the cluster's environments share (Vault's listener first of all)."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from imports.certmanager.io import cert_manager

from ..argocd import WAVE_ANNOTATION
from ..pki import CA_LIFETIME, CERT_MANAGER_NAMESPACE, CLUSTER_CA_ISSUER, CLUSTER_CA_SECRET, CLUSTER_SELF_SIGNED_ISSUER, Lifetime
from .certificates import RootCertificate, RootCertificateProps
from .idioms import metadata

WAVE_ROOT = -2
"""The self-signed ClusterIssuer and the root it signs: first in the cluster PKI's Application."""
WAVE_ISSUER = -1
"""The CA ClusterIssuer: after its key pair (an Issuer without its Secret is not Ready, which
Argo CD counts as a failed sync)."""
WAVE_ISSUED = 0
"""What the CA signs."""


@dataclass(frozen=True, kw_only=True)
class ClusterCaProps:
    """The cluster's root."""

    cluster: str
    """The cluster's name, in the root's common name."""
    lifetime: Lifetime = CA_LIFETIME
    """The root's validity and renewal window. Default: ten years, renewed a year ahead."""


class ClusterCa(Construct):
    """The self-signed ClusterIssuer, the root Certificate it signs (kept in cert-manager's
    cluster resource namespace, where a ClusterIssuer reads it) and the CA ClusterIssuer
    that signs with it. The root keeps its key across renewals, so what it signed stays
    trusted by clients that still hold the previous root certificate."""

    def __init__(self, scope: Construct, id: str, *, props: ClusterCaProps) -> None:
        super().__init__(scope, id)
        self.self_signed = cert_manager.ClusterIssuer(
            self,
            "self-signed",
            metadata=metadata(CLUSTER_SELF_SIGNED_ISSUER, component="pki", annotations={WAVE_ANNOTATION: str(WAVE_ROOT)}),
            spec=cert_manager.ClusterIssuerSpec(self_signed=cert_manager.ClusterIssuerSpecSelfSigned()),
        )
        self.root = RootCertificate(
            self,
            "root",
            props=RootCertificateProps(
                name=CLUSTER_CA_SECRET,
                common_name=f"SomaAgent01 cluster {props.cluster} CA",
                self_signed_issuer=CLUSTER_SELF_SIGNED_ISSUER,
                issuer_kind="ClusterIssuer",
                namespace=CERT_MANAGER_NAMESPACE,
                annotations={WAVE_ANNOTATION: str(WAVE_ROOT)},
                lifetime=props.lifetime,
            ),
        )
        self.issuer = cert_manager.ClusterIssuer(
            self,
            "issuer",
            metadata=metadata(CLUSTER_CA_ISSUER, component="pki", annotations={WAVE_ANNOTATION: str(WAVE_ISSUER)}),
            spec=cert_manager.ClusterIssuerSpec(ca=cert_manager.ClusterIssuerSpecCa(secret_name=CLUSTER_CA_SECRET)),
        )
