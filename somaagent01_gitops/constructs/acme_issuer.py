"""A cluster's ACME ``ClusterIssuer``: publicly trusted certificates for the edge, each name
proven with a DNS-01 record in Route 53."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from imports.certmanager.io import cert_manager

from ..pki import PUBLIC_ACME_ISSUER
from .idioms import metadata


@dataclass(frozen=True, kw_only=True)
class AcmeIssuerProps:
    """The authority and the Route 53 zone cert-manager proves names in."""

    email: str
    """The account's contact for expiry and account notices."""
    server: str
    """The authority's ACME directory URL."""
    hosted_zone_id: str
    """The Route 53 hosted zone of the names."""
    region: str
    """The AWS region cert-manager calls Route 53 and STS in."""


class AcmeIssuer(Construct):
    """DNS-01 rather than HTTP-01: it proves a name without the edge being reachable yet, and
    both production regions can hold a certificate for the same names. The solver has no
    credentials of its own: cert-manager's service account assumes the IAM role platform.yaml
    names (IRSA), which ClusterIssuers may use (cert-manager's
    ``--cluster-issuer-ambient-credentials``, on by default)."""

    def __init__(self, scope: Construct, id: str, *, props: AcmeIssuerProps) -> None:
        super().__init__(scope, id)
        self.issuer = cert_manager.ClusterIssuer(
            self,
            "issuer",
            metadata=metadata(PUBLIC_ACME_ISSUER, component="pki"),
            spec=cert_manager.ClusterIssuerSpec(
                acme=cert_manager.ClusterIssuerSpecAcme(
                    email=props.email,
                    server=props.server,
                    # the account key cert-manager registers with the authority (in its namespace)
                    private_key_secret_ref={"name": f"{PUBLIC_ACME_ISSUER}-account"},
                    solvers=[{"dns01": {"route53": {"region": props.region, "hostedZoneID": props.hosted_zone_id}}}],
                )
            ),
        )
