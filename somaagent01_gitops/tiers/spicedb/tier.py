"""The SpiceDB tier's registration: the per-environment SpiceDBCluster on the environment's
Postgres, the cluster-wide operator, and what that operator makes."""

from __future__ import annotations

from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import SPICEDB as SPICEDB_CLUSTER
from ...endpoints import SPICEDB_PORT, InClusterPeer
from ..base import RuntimeServiceUnit, TierContext
from .constructs import SpiceDb, SpiceDbProps
from .operator import PRODUCERS, SPICEDB_OPERATOR
from .service import SPICEDB


class SpiceDbUnit(RuntimeServiceUnit):
    name = "spicedb"
    service = SPICEDB
    operators = (SPICEDB_OPERATOR,)
    producers = PRODUCERS
    # the operator labels the cluster's pods with its name (pkg/metadata/labels.go)
    peers = MappingProxyType({Dependency.SPICEDB: InClusterPeer({"authzed.com/cluster": SPICEDB_CLUSTER}, (SPICEDB_PORT,))})

    def build(self, scope: Construct, context: TierContext) -> SpiceDb:
        return SpiceDb(scope, "spicedb", props=SpiceDbProps(mode=context.target.settings.mode))
