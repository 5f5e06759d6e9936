"""The edge tier: present beyond LOCAL, it publishes the app's gateway and Keycloak's realm
through Kong, as the environment's ``edge`` settings and its mode say."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ...endpoints import KEYCLOAK, KEYCLOAK_REALM
from ...pki import CA_ISSUER, PUBLIC_ACME_ISSUER
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext
from .constructs import Backend, Edge, EdgeProps, JwtCheck, Waf

JWT_CREDENTIAL = "edge-jwt-keycloak"
"""The Secret of Kong's jwt credential for the realm (KIC reads the ``konghq.com/credential``
label, KIC 3.x)."""
KEYCLOAK_HTTP_PORT = 8080
"""The Keycloak operator's ``<name>-service`` port with ``http.httpEnabled`` (TLS ends at the edge)."""


def issuer_url(target: Target) -> str:
    """The realm's token issuer: what Keycloak writes in ``iss`` behind the edge."""
    return f"https://{target.settings.identity.hostname}/realms/{KEYCLOAK_REALM}"


class EdgeUnit(Tier):
    """Kong's Gateway API objects of one environment."""

    name = "edge"

    def applies(self, target: Target) -> bool:
        return target.settings.edge is not None

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        edge = target.settings.edge
        if edge is None or not edge.jwt_in(target.settings.mode):
            return ()
        return (
            VaultSecret(
                name=JWT_CREDENTIAL,
                keys=("algorithm", "key", "rsa_public_key"),
                literals={"key": issuer_url(target), "algorithm": "RS256"},
                labels={"konghq.com/credential": "jwt"},
                # Keycloak makes the realm's key when it imports the realm (wave 0)
                written_after_sync=True,
                contract="Kong's jwt plugin verifies the realm's access tokens with it: the realm's active RS256 public "
                "key in PEM. Keycloak publishes it as bare base64 (the realm's /realms/<realm> JSON, public_key): wrap it, "
                "e.g. curl -s https://<identity.hostname>/realms/somaagent | jq -r .public_key | fold -w 64 | "
                "sed -e '1i-----BEGIN PUBLIC KEY-----' -e '$a-----END PUBLIC KEY-----'. Write it once the first sync has "
                "imported the realm, and again when its key is rotated; until then the edge refuses every bearer call "
                "(Kong OSS has no JWKS discovery)",
            ),
        )

    def build(self, scope: Construct, context: TierContext) -> Edge:
        target = context.target
        settings = target.settings
        edge, mode = settings.edge, settings.mode
        if edge is None or settings.release.public_paths is None:
            raise ValueError(f"{target.path}: the edge needs edge settings and a release that names its public paths")
        public = edge.issuer_in(mode) == "public-acme"
        gateway = next(spec for spec in settings.release.services if spec.serves_traffic)
        if gateway.port is None:
            raise ValueError(f"{target.path}: the release's public entrypoint {gateway.name} listens on no port")
        return Edge(
            scope,
            "edge",
            props=EdgeProps(
                hostname=edge.hostname,
                identity_hostname=settings.identity.hostname,
                realm=KEYCLOAK_REALM,
                app=Backend(service=gateway.name, port=gateway.port),
                identity=Backend(service=f"{KEYCLOAK}-service", port=KEYCLOAK_HTTP_PORT),
                paths=settings.release.public_paths,
                issuer=PUBLIC_ACME_ISSUER if public else CA_ISSUER,
                issuer_kind="ClusterIssuer" if public else "Issuer",
                lifetime=settings.certificates.servers,
                jwt=JwtCheck(credential_secret=JWT_CREDENTIAL) if edge.jwt_in(mode) else None,
                rate_limit_per_minute=edge.rate_limit_in(mode),
                waf=Waf(max_body_megabytes=edge.max_body_megabytes, blocked_user_agents=edge.blocked_user_agents)
                if edge.waf_in(mode)
                else None,
            ),
        )
