"""Certificates cert-manager issues and renews: a server's, from a CA issuer; and a CA's
own self-signed root."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from constructs import Construct

from imports.certmanager.io import cert_manager

from ..pki import CA_ISSUER, CA_LIFETIME, SERVER_LIFETIME, Lifetime
from .idioms import metadata


def ecdsa_key(*, new_each_renewal: bool) -> cert_manager.CertificateSpecPrivateKey:
    """An ECDSA P-256 key: made anew at each renewal (a leaf), or kept (a root, so that what
    it signed stays trusted)."""
    rotation = cert_manager.CertificateSpecPrivateKeyRotationPolicy
    return cert_manager.CertificateSpecPrivateKey(
        algorithm=cert_manager.CertificateSpecPrivateKeyAlgorithm.ECDSA,
        size=256,
        rotation_policy=rotation.ALWAYS if new_each_renewal else rotation.NEVER,
    )


@dataclass(frozen=True, kw_only=True)
class ServerCertificateProps:
    """What the certificate says and how long it lives."""

    name: str
    """The Certificate's name, and its Secret's (``tls.crt``, ``tls.key``, ``ca.crt``)."""
    dns_names: Sequence[str]
    """Every name clients reach the server by (``verify-full`` checks the one they use)."""
    component: str
    """The ``app.kubernetes.io/component`` label, the server's tier."""
    issuer: str = CA_ISSUER
    """The namespace's CA Issuer. Default: the environment's CA (pki.py)."""
    issuer_kind: Literal["Issuer", "ClusterIssuer"] = "Issuer"
    """Whether ``issuer`` is the namespace's or the cluster's. Default: the namespace's."""
    ip_addresses: Sequence[str] = ()
    """Addresses clients reach the server by (a server's own CLI on 127.0.0.1). Default: none."""
    namespace: str | None = None
    """Its namespace, for a chart of several namespaces. Default: the chart's."""
    annotations: Mapping[str, str] = field(default_factory=dict)
    """On the Certificate (a sync wave). Default: none."""
    lifetime: Lifetime = SERVER_LIFETIME
    """Validity and renewal window. Default: 90 days, renewed 30 days ahead (pki.py)."""
    secret_labels: Mapping[str, str] = field(default_factory=dict)
    """Labels on the Secret (a server that reloads labelled Secrets). Default: none."""
    client_auth: bool = False
    """Also a client certificate: servers that present it to each other (Qdrant's peers,
    whose port requires one). Default: false."""


class ServerCertificate(Construct):
    """An ECDSA P-256 server certificate whose key is made anew at each renewal."""

    def __init__(self, scope: Construct, id: str, *, props: ServerCertificateProps) -> None:
        super().__init__(scope, id)
        self.certificate = cert_manager.Certificate(
            self,
            "certificate",
            metadata=metadata(
                props.name, component=props.component, namespace=props.namespace, annotations=dict(props.annotations) or None
            ),
            spec=cert_manager.CertificateSpec(
                secret_name=props.name,
                dns_names=list(props.dns_names),
                ip_addresses=list(props.ip_addresses) or None,
                issuer_ref=cert_manager.CertificateSpecIssuerRef(name=props.issuer, kind=props.issuer_kind, group="cert-manager.io"),
                duration=props.lifetime.duration,
                renew_before=props.lifetime.renew_before,
                usages=[
                    cert_manager.CertificateSpecUsages.SERVER_AUTH,
                    cert_manager.CertificateSpecUsages.DIGITAL_SIGNATURE,
                    *([cert_manager.CertificateSpecUsages.CLIENT_AUTH] if props.client_auth else []),
                ],
                private_key=ecdsa_key(new_each_renewal=True),
                secret_template=cert_manager.CertificateSpecSecretTemplate(labels=dict(props.secret_labels))
                if props.secret_labels
                else None,
            ),
        )


@dataclass(frozen=True, kw_only=True)
class ClientCertificateProps:
    """A client's certificate: its Secret's name and the identity it proves."""

    name: str
    """The Certificate and its Secret (``tls.crt``, ``tls.key``, ``ca.crt``)."""
    common_name: str
    """The identity servers read from it (Kafka's principal is ``CN=<common_name>``)."""
    component: str
    """Its ``app.kubernetes.io/component`` label."""
    issuer: str = CA_ISSUER
    """Default: the environment's CA."""
    lifetime: Lifetime = SERVER_LIFETIME
    """Default: 90 days, renewed 30 days ahead."""


class ClientCertificate(Construct):
    """An ECDSA P-256 client certificate, its key made anew at each renewal and written as
    unencrypted PKCS #8 (what Java's PEM key stores, Kafka's among them, read)."""

    def __init__(self, scope: Construct, id: str, *, props: ClientCertificateProps) -> None:
        super().__init__(scope, id)
        key = ecdsa_key(new_each_renewal=True)
        self.certificate = cert_manager.Certificate(
            self,
            "certificate",
            metadata=metadata(props.name, component=props.component),
            spec=cert_manager.CertificateSpec(
                secret_name=props.name,
                common_name=props.common_name,
                issuer_ref=cert_manager.CertificateSpecIssuerRef(name=props.issuer, kind="Issuer", group="cert-manager.io"),
                duration=props.lifetime.duration,
                renew_before=props.lifetime.renew_before,
                usages=[cert_manager.CertificateSpecUsages.CLIENT_AUTH, cert_manager.CertificateSpecUsages.DIGITAL_SIGNATURE],
                private_key=cert_manager.CertificateSpecPrivateKey(
                    algorithm=key.algorithm,
                    size=key.size,
                    rotation_policy=key.rotation_policy,
                    encoding=cert_manager.CertificateSpecPrivateKeyEncoding.PKCS8,
                ),
            ),
        )


@dataclass(frozen=True, kw_only=True)
class RootCertificateProps:
    """A CA's self-signed root."""

    name: str
    """The Certificate's name, and its Secret's (the CA issuer's key pair)."""
    common_name: str
    """The root's subject."""
    self_signed_issuer: str
    """The self-signed issuer that signs it."""
    issuer_kind: Literal["Issuer", "ClusterIssuer"] = "Issuer"
    """Whether that issuer is the namespace's or the cluster's. Default: the namespace's."""
    namespace: str | None = None
    """Its namespace, for a chart of several namespaces. Default: the chart's."""
    annotations: Mapping[str, str] = field(default_factory=dict)
    """On the Certificate (a sync wave). Default: none."""
    lifetime: Lifetime = CA_LIFETIME
    """Validity and renewal window. Default: ten years, renewed a year ahead (pki.py)."""


class RootCertificate(Construct):
    """An ECDSA P-256 root that keeps its key across renewals: what it signed stays trusted
    while clients still hold the previous certificate (the kubelet refreshes mounted Secrets
    with a delay)."""

    def __init__(self, scope: Construct, id: str, *, props: RootCertificateProps) -> None:
        super().__init__(scope, id)
        self.certificate = cert_manager.Certificate(
            self,
            "certificate",
            metadata=metadata(props.name, component="pki", namespace=props.namespace, annotations=dict(props.annotations) or None),
            spec=cert_manager.CertificateSpec(
                is_ca=True,
                common_name=props.common_name,
                secret_name=props.name,
                duration=props.lifetime.duration,
                renew_before=props.lifetime.renew_before,
                private_key=ecdsa_key(new_each_renewal=False),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(
                    name=props.self_signed_issuer, kind=props.issuer_kind, group="cert-manager.io"
                ),
            ),
        )
