"""The ClickHouse tier's registration: in every environment, Keeper and the server
installation through the Altinity operator, the ``soma`` user's password from Vault (by hand
in LOCAL)."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ...constructs.certificates import ServerCertificate, ServerCertificateProps
from ...constructs.idioms import storage_class_of
from ...constructs.network import object_storage
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext
from .backup import ClickHouseBackupJob, ClickHouseBackupProps
from .constructs import (
    APP_USER,
    CLICKHOUSE,
    S3_KEYS,
    BackupStorage,
    ClickHouseCluster,
    ClickHouseClusterProps,
    CrossRegionReads,
    backup_destination,
)
from .operator import CHI, CHK, CLICKHOUSE_OPERATOR, PRODUCERS

CLICKHOUSE_PASSWORD_SECRET = "clickhouse-credentials"
CLICKHOUSE_BACKUP_CREDENTIALS = "clickhouse-backup-credentials"
CLICKHOUSE_TLS_SECRET = "clickhouse-server-tls"
"""The certificate of the TLS port the peer region reads through (PRODUCTION)."""


class ClickHouseUnit(Tier):
    """The environment's analytics store."""

    name = "clickhouse"
    operators = (CLICKHOUSE_OPERATOR,)
    producers = PRODUCERS
    # an installation's volumes are kept (reclaimPolicy Retain), but Argo CD deleting one
    # would still take its servers down
    data_kinds = frozenset({(CHI.group, CHI.kind), (CHK.group, CHK.kind)})

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        password = VaultSecret(
            name=CLICKHOUSE_PASSWORD_SECRET,
            keys=("password",),
            contract=f"the password of ClickHouse's {APP_USER!r} user (the installation reads it through valueFrom; "
            "a new one takes effect when spec.taskID changes; the backup job runs its statement as it); letters and digits "
            "(ClickHouse parses a from_env value as XML, and the global cluster reads it so)",
        )
        if target.settings.clickhouse.backup is None:
            return (password,)
        credentials = VaultSecret(
            name=CLICKHOUSE_BACKUP_CREDENTIALS,
            keys=S3_KEYS,
            contract="the access key of ClickHouse's backup bucket (write and read on it only), which the servers write the backups with",
        )
        return (password, credentials)

    def build(self, scope: Construct, context: TierContext) -> ClickHouseCluster:
        target = context.target
        settings, clickhouse = target.settings, target.settings.clickhouse
        backup = None
        if clickhouse.backup is not None:
            destination = backup_destination(
                bucket=settings.bucket("clickhouse_backups", target.region_name),
                region=settings.bucket_region("clickhouse_backups", target.region_name),
                namespace=settings.namespace,
            )
            region = settings.bucket_region("clickhouse_backups", target.region_name)
            backup = BackupStorage(
                destination=destination,
                credentials_secret=CLICKHOUSE_BACKUP_CREDENTIALS,
                outside=object_storage(region, by_name=target.egress_by_name),
            )
            ClickHouseBackupJob(
                scope,
                "clickhouse-backup",
                props=ClickHouseBackupProps(
                    namespace=settings.namespace,
                    schedule=clickhouse.backup.schedule,
                    destination=destination,
                    password_secret=CLICKHOUSE_PASSWORD_SECRET,
                ),
            )
        return ClickHouseCluster(
            scope,
            "clickhouse",
            props=ClickHouseClusterProps(
                namespace=target.settings.namespace,
                image=clickhouse.image,
                keeper_image=clickhouse.keeper_image,
                shards=clickhouse.shards,
                replicas=clickhouse.replicas,
                keeper_replicas=clickhouse.keeper_replicas,
                storage=clickhouse.storage,
                keeper_storage=clickhouse.keeper_storage,
                keeper_resources=clickhouse.keeper_resources,
                storage_class=storage_class_of(clickhouse.storage_class, target.region),
                resources=clickhouse.resources,
                password_secret=CLICKHOUSE_PASSWORD_SECRET,
                zone_spread=target.region is not None,
                backup=backup,
                database=clickhouse.database,
                tables=clickhouse.tables,
                cross_region=_cross_region(scope, target),
            ),
        )


def _cross_region(scope: Construct, target: Target) -> CrossRegionReads | None:
    """In a production region: the certificate its shards serve the peer with (by the names
    the peer reaches them by), and the peer's shards to read."""
    region = target.region
    if region is None:
        return None
    settings = target.settings
    ServerCertificate(
        scope,
        "clickhouse-certificate",
        props=ServerCertificateProps(
            name=CLICKHOUSE_TLS_SECRET,
            # the names the peer connects by and checks (extendedVerification), and the
            # installation's own Service (clickhouse-<installation>, the operator's patterns.go L33-34)
            dns_names=[*region.clickhouse_hosts, f"{CLICKHOUSE}-{CLICKHOUSE}.{settings.namespace}.svc"],
            component="analytics",
            lifetime=settings.certificates.servers,
        ),
    )
    peer = settings.regions[region.peer_region]
    return CrossRegionReads(peer_hosts=peer.clickhouse_hosts, peer_cidr=peer.network_cidr, tls_secret=CLICKHOUSE_TLS_SECRET)
