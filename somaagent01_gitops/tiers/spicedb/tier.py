"""The SpiceDB tier's registration: the per-environment SpiceDBCluster on the environment's
Postgres, the cluster-wide operator, and what that operator makes."""

from __future__ import annotations

from constructs import Construct

from ..base import RuntimeServiceUnit, TierContext
from .constructs import SpiceDb, SpiceDbProps
from .operator import PRODUCERS, SPICEDB_OPERATOR
from .service import SPICEDB


class SpiceDbUnit(RuntimeServiceUnit):
    name = "spicedb"
    service = SPICEDB
    operators = (SPICEDB_OPERATOR,)
    producers = PRODUCERS

    def build(self, scope: Construct, context: TierContext) -> SpiceDb:
        return SpiceDb(scope, "spicedb", props=SpiceDbProps(mode=context.target.settings.mode))
