"""The SpiceDB tier's registration: the per-environment SpiceDBCluster on the environment's
Postgres, the cluster-wide operator, and what that operator makes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import POSTGRES_CLUSTER, SPICEDB_PORT, SPICEDB_SECRET, InClusterPeer
from ...endpoints import SPICEDB as SPICEDB_CLUSTER
from ...targets import Target
from ...vault import VaultSecret, shell_variable
from ..base import RuntimeServiceUnit, TierContext
from .constructs import DATASTORE_URI_CONTRACT, SpiceDb, SpiceDbProps
from .network_policy import SpiceDbNetworkPolicy, SpiceDbNetworkPolicyProps
from .operator import PRODUCERS, SPICEDB_OPERATOR
from .service import SPICEDB, SPICEDB_CREDENTIALS


class SpiceDbUnit(RuntimeServiceUnit):
    name = "spicedb"
    service = SPICEDB
    operators = (SPICEDB_OPERATOR,)
    producers = PRODUCERS
    # the operator labels the cluster's pods with its name (pkg/metadata/labels.go)
    peers = MappingProxyType({Dependency.SPICEDB: InClusterPeer({"authzed.com/cluster": SPICEDB_CLUSTER}, (SPICEDB_PORT,))})

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        spicedb = VaultSecret(
            name=SPICEDB_SECRET,
            keys=("datastore_uri", "preshared_key"),
            contract="SpiceDBCluster.spec.secretName: the gateway's SPICEDB_TOKEN is its preshared_key; datastore_uri is "
            f"{DATASTORE_URI_CONTRACT}, whose password is spicedb-postgres-credentials' (write both from one Vault update, "
            "or a rotation of one breaks SpiceDB)",
            local_values={"datastore_uri": _datastore_uri(target.settings.namespace)},
        )
        return (*super().vault_secrets(target), spicedb)

    def database_clients(self, target: Target) -> Sequence[Mapping[str, str]]:
        """Its server pods and its migration Job's: the operator labels both with the cluster
        (pkg/metadata/keys.go L39, L71-77 at v1.25.1)."""
        return [{"authzed.com/cluster": SPICEDB_CLUSTER}]

    def build(self, scope: Construct, context: TierContext) -> SpiceDb:
        release = context.target.settings.release
        SpiceDbNetworkPolicy(
            scope,
            "spicedb-network-policy",
            props=SpiceDbNetworkPolicyProps(
                cluster=SPICEDB_CLUSTER,
                clients=[{"app.kubernetes.io/name": spec.name} for spec in release.services if Dependency.SPICEDB in spec.depends_on],
                postgres=context.peers[Dependency.POSTGRES],
                api_server_by_entity=context.target.egress_by_name,
            ),
        )
        return SpiceDb(scope, "spicedb", props=SpiceDbProps(mode=context.target.settings.mode))


def _datastore_uri(namespace: str) -> str:
    """LOCAL's hand-made ``datastore_uri``: :data:`DATASTORE_URI_CONTRACT` with the password
    of the ``spicedb`` role's Secret."""
    password = "${" + shell_variable(SPICEDB_CREDENTIALS, "password") + "}"
    return (
        DATASTORE_URI_CONTRACT.replace("<password>", password)
        .replace("<postgres cluster>", POSTGRES_CLUSTER)
        .replace("<namespace>", namespace)
    )
