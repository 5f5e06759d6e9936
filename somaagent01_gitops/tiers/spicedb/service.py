"""SpiceDB as a runtime service of the release: the database it owns (its operator is the
cluster's, its SpiceDBCluster the overlay's)."""

from __future__ import annotations

from ...catalog import Dependency
from ...footprints import Footprint
from ...runtime_services import RuntimeService

SPICEDB_ROLE = "spicedb"
SPICEDB_CREDENTIALS = "spicedb-postgres-credentials"
SPICEDB = RuntimeService(
    name="spicedb",
    dependency=Dependency.SPICEDB,
    footprint=lambda cluster: Footprint(),  # the cluster's spicedb-operator starts its pods
    databases={SPICEDB_ROLE: ("spicedb",)},
    credentials={SPICEDB_ROLE: SPICEDB_CREDENTIALS},
)
