"""The OpenFGA tier's registration: in every environment the servers on the ``openfga``
database (whose role and database the Postgres tier makes), their preshared key from Vault
(by hand in LOCAL), and the authorization model written from ``model.py``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...constructs.idioms import POSTGRES_CA_MOUNT
from ...endpoints import OPENFGA_CREDENTIALS, OPENFGA_DATABASE, POSTGRES_CLUSTER, POSTGRES_PORT, InClusterPeer, postgres_ca_secret
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext
from .constructs import GRPC_PORT, HTTP_PORT, MIGRATE, POD_SELECTOR, OpenFga, OpenFgaProps
from .model import AUTHORIZATION_MODEL, STORE_NAME

OPENFGA_SECRET = "openfga-secrets"
"""The preshared key the servers accept and every client presents."""


class OpenFgaUnit(Tier):
    """The environment's relationship authorization service."""

    name = "openfga"
    peers = MappingProxyType({Dependency.OPENFGA: InClusterPeer(POD_SELECTOR, (HTTP_PORT, GRPC_PORT))})

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        return (
            VaultSecret(
                name=OPENFGA_SECRET,
                keys=("preshared_key",),
                contract="OpenFGA's preshared key (OPENFGA_AUTHN_PRESHARED_KEYS): the servers accept it, its clients and the "
                "model Job send it as a bearer token; letters and digits, no comma (the setting is a comma-separated list)",
            ),
        )

    def database_clients(self, target: Target) -> Sequence[Mapping[str, str]]:
        """Its servers and its migration (its role and database are the Postgres tier's)."""
        return [POD_SELECTOR, {"app.kubernetes.io/name": MIGRATE}]

    def build(self, scope: Construct, context: TierContext) -> OpenFga:
        target = context.target
        settings, openfga = target.settings, target.settings.openfga
        host = f"{POSTGRES_CLUSTER}-rw.{settings.namespace}.svc"
        uri = f"postgres://{host}:{POSTGRES_PORT}/{OPENFGA_DATABASE}?sslmode=verify-full&sslrootcert={POSTGRES_CA_MOUNT}/ca.crt"
        return OpenFga(
            scope,
            "openfga",
            props=OpenFgaProps(
                image=openfga.image,
                replicas=openfga.replicas,
                resources=openfga.resources,
                datastore_uri=uri,
                credentials_secret=OPENFGA_CREDENTIALS,
                postgres_ca_secret=postgres_ca_secret(settings.mode),
                postgres=context.peers[Dependency.POSTGRES],
                preshared_key_secret=OPENFGA_SECRET,
                authorization_model=AUTHORIZATION_MODEL,
                store_name=STORE_NAME,
                clients=sorted(spec.name for spec in settings.release.services if Dependency.OPENFGA in spec.depends_on),
                zone_spread=target.region is not None,
                monitoring=settings.mode != "LOCAL",
            ),
        )
