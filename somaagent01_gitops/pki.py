"""Each environment's certificate authority, named once for the tiers whose servers it signs.

Beyond LOCAL every environment namespace has a cert-manager CA ``Issuer``. Outside
PRODUCTION its key is made in the cluster (a self-signed root); in PRODUCTION it comes from
Vault (``prod/pki/ca``, one key both regions read), so the Postgres servers of both regions
chain to one CA and each verifies the other with its own copy of it: nothing is copied from
one region to the other, and a server certificate's renewal changes nothing for the peer.
Vault's PKI engine, through cert-manager's Vault issuer, is where an intermediate per region
would plug in (Vault Enterprise would replicate it between the regions' Vaults).
"""

from __future__ import annotations

from dataclasses import dataclass

CA_ISSUER = "soma-ca"
"""The CA Issuer of each environment namespace."""
CA_SECRET = "soma-ca"
"""Its key pair (``tls.crt``, ``tls.key``)."""
CA_VAULT_KEY = "pki/ca"
"""In PRODUCTION, where Vault holds that key pair (below the environment's folder)."""


@dataclass(frozen=True)
class Lifetime:
    """How long a certificate is valid, and how long before its end cert-manager renews it."""

    duration: str
    renew_before: str


CA_LIFETIME = Lifetime(duration="87600h", renew_before="8760h")
"""The self-signed root outside PRODUCTION: ten years, renewed a year ahead (cert-manager
re-signs every server certificate then: they chain to the new root)."""
SERVER_LIFETIME = Lifetime(duration="2160h", renew_before="720h")
"""Server certificates: 90 days, renewed 30 days ahead (their servers reload them)."""

CA_GENERATION = 0
"""The production CA's generation, on the Secrets made from it: the CA Secrets are read from
Vault only when it changes (``refreshPolicy: OnChange``), so bumping it is what rolls a new
CA out, and Strimzi re-issues the brokers' certificates on a new generation (Strimzi 1.2.0
documentation/modules/security/proc-renewing-your-own-ca-certificates.adoc)."""
