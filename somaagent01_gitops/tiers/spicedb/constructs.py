"""SpiceDB for one environment: a ``SpiceDBCluster`` the cluster's SpiceDB operator runs on
the environment's Postgres.

Facts of spicedb-operator v1.25.1 this relies on (pkg/config/config.go, pkg/metadata):
the Service is named like the cluster (gRPC 50051); pods carry ``authzed.com/cluster`` and
``authzed.com/cluster-component: spicedb``; the Deployment's container is ``spicedb`` and
the migration Job's ``migrate``; neither gets a security context, so ``spec.patches`` (a
strategic merge per kind) adds it; ``datastoreTLSSecretName`` would mount a whole Secret
(CloudNativePG's CA Secret also holds the CA key), so only ``ca.crt`` is mounted here and
the datastore URI (from Vault) names it. The operator also makes the pods' disruption budget
(``<name>-spicedb``, maxUnavailable 1: pkg/controller ensurePDB, config.go PodDisruptionBudget):
a second one here would make every eviction, so every node drain, fail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cdk8s import Chart
from constructs import Construct

from imports.spicedb.com.authzed import SpiceDbCluster, SpiceDbClusterSpec, SpiceDbClusterSpecPatches

from ...constructs.idioms import (
    POSTGRES_CA_MOUNT,
    container_resources,
    default_replicas,
    metadata,
    postgres_ca_mount,
    postgres_ca_volume,
    restricted_container_security,
    restricted_pod_security,
)
from ...endpoints import POSTGRES_PORT, SPICEDB, SPICEDB_SECRET
from ...settings import ResourceAmounts, Resources

SPICEDB_CHANNEL = "stable"
SPICEDB_VERSION = "v1.52.0"
"""The newest SpiceDB of the operator's postgres ``stable`` channel (config/update-graph.yaml at v1.25.1)."""
SPICEDB_UID = 65532
"""The SpiceDB image's user (distroless ``nonroot``)."""
DATASTORE_URI_CONTRACT = (
    f"postgres://spicedb:<password>@<postgres cluster>-rw.<namespace>.svc:{POSTGRES_PORT}/spicedb"
    f"?sslmode=verify-full&sslrootcert={POSTGRES_CA_MOUNT}/ca.crt"
)
"""What Vault's ``datastore_uri`` must hold (the password of the ``spicedb`` managed role)."""

POOL_READ_MAX_OPEN = 5
POOL_WRITE_MAX_OPEN = 3
"""Connections per SpiceDB pod (its defaults, 20 and 10, would take a third of the shared
Postgres' 200 with three pods)."""

LOCAL_RESOURCES = Resources(requests=ResourceAmounts(cpu="100m", memory="256Mi"), limits=ResourceAmounts(cpu="1", memory="512Mi"))
SHARED_RESOURCES = Resources(requests=ResourceAmounts(cpu="250m", memory="512Mi"), limits=ResourceAmounts(cpu="2", memory="1Gi"))


@dataclass(frozen=True, kw_only=True)
class SpiceDbProps:
    """One environment's SpiceDB."""

    mode: str
    """The environment's mode (sizing defaults)."""
    replicas: int | None = None
    """Default: 1 in LOCAL, 2 beyond, 3 in PRODUCTION."""


class SpiceDb(Construct):
    def __init__(self, scope: Construct, id: str, *, props: SpiceDbProps) -> None:
        super().__init__(scope, id)
        replicas = props.replicas or default_replicas(props.mode)
        resources = LOCAL_RESOURCES if props.mode == "LOCAL" else SHARED_RESOURCES
        # the operator names the Service like the cluster (gRPC on SPICEDB_PORT)
        self.host = f"{SPICEDB}.{Chart.of(self).namespace}.svc"
        """SpiceDB's gRPC host inside the cluster."""
        self.cluster = SpiceDbCluster(
            self,
            "cluster",
            metadata=metadata(SPICEDB, component="authorization"),
            spec=SpiceDbClusterSpec(
                config={
                    "datastoreEngine": "postgres",
                    "replicas": replicas,
                    "logLevel": "info",
                    # its share of the environment's Postgres connections (per pod)
                    "datastoreConnPoolReadMaxOpen": POOL_READ_MAX_OPEN,
                    "datastoreConnPoolWriteMaxOpen": POOL_WRITE_MAX_OPEN,
                    # no reports to telemetry.authzed.com: the network policy lets nothing out
                    # but Postgres and the API server (the operator passes it on as
                    # SPICEDB_TELEMETRY_ENDPOINT, pkg/config/config.go L560-570 at v1.25.1)
                    "telemetryEndpoint": "",
                },
                secret_name=SPICEDB_SECRET,
                channel=SPICEDB_CHANNEL,
                version=SPICEDB_VERSION,
                patches=[
                    SpiceDbClusterSpecPatches(kind="Deployment", patch=_pod_patch("spicedb", resources, props.mode)),
                    SpiceDbClusterSpecPatches(kind="Job", patch=_pod_patch("migrate", resources, props.mode)),
                ],
            ),
        )


def _pod_patch(container: str, resources: Resources, mode: str) -> dict[str, Any]:
    return {
        "spec": {
            "template": {
                "spec": {
                    "securityContext": restricted_pod_security(SPICEDB_UID),
                    "containers": [
                        {
                            "name": container,
                            "securityContext": restricted_container_security(read_only_root=True),
                            "resources": container_resources(resources),
                            "volumeMounts": [postgres_ca_mount()],
                        }
                    ],
                    "volumes": [postgres_ca_volume(mode)],
                }
            }
        }
    }
