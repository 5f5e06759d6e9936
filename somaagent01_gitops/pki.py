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

# the default lifetimes are the settings' defaults (an overlay or platform.yaml may change them)
from .settings.types import CA_LIFETIME as CA_LIFETIME
from .settings.types import SERVER_LIFETIME as SERVER_LIFETIME
from .settings.types import WEBHOOK_LIFETIME as WEBHOOK_LIFETIME
from .settings.types import CertificateLifetime

CA_ISSUER = "soma-ca"
"""The CA Issuer of each environment namespace."""
CA_SECRET = "soma-ca"
"""Its key pair (``tls.crt``, ``tls.key``)."""
CA_VAULT_KEY = "pki/ca"
"""In PRODUCTION, where Vault holds that key pair (below the environment's folder)."""

KAFKA_CLIENTS_CA = "kafka-clients-ca"
"""In PRODUCTION, the CA Kafka's external listener admits client certificates of (Strimzi's
clients CA), its key pair Secret and the CA Issuer of the namespace that signs with it. It is
not the environment's CA: a certificate that CA signs (any server's, Strimzi's own super
users') must not open the cross-region listener. One key pair for both regions, from Vault."""
KAFKA_CLIENTS_CA_VAULT_KEY = "pki/kafka-clients-ca"
KAFKA_CLIENTS_CA_GENERATION = 0
"""As ``CA_GENERATION``, for the Kafka clients CA."""

CLUSTER_CA_ISSUER = "soma-cluster-ca"
"""Each cluster's CA ``ClusterIssuer`` beyond LOCAL: it signs Vault's listener certificate and
the trust certificate each environment namespace verifies Vault with (``vault.py``)."""
CLUSTER_CA_SECRET = "soma-cluster-ca"
"""Its key pair, in cert-manager's cluster resource namespace (a ClusterIssuer reads its
Secret there: the chart passes ``--cluster-resource-namespace=$(POD_NAMESPACE)``,
deploy/charts/cert-manager/templates/deployment.yaml L100-104 at v1.21.1)."""
CLUSTER_SELF_SIGNED_ISSUER = "soma-cluster-selfsigned"
"""Signs the cluster's root, and nothing else."""
PUBLIC_ACME_ISSUER = "soma-public-acme"
"""The ACME ``ClusterIssuer`` of a cluster whose platform.yaml entry names an ACME authority: it
signs the edge's publicly trusted certificates."""
CERT_MANAGER_NAMESPACE = "cert-manager"
"""Where cert-manager's Application installs it (operators.py), its cluster resource namespace."""

Lifetime = CertificateLifetime
"""Validity and renewal window (``settings``: the overlays and platform.yaml may set them)."""

CA_GENERATION = 0
"""The production CA's generation, on the Secrets made from it: the CA Secrets are read from
Vault only when it changes (``refreshPolicy: OnChange``), so bumping it is what rolls a new
CA out, and Strimzi re-issues the brokers' certificates on a new generation (Strimzi 1.2.0
documentation/modules/security/proc-renewing-your-own-ca-certificates.adoc)."""
