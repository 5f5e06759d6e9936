"""Postgres on CloudNativePG with TimescaleDB: the cluster, its databases, backups to object
storage (WAL archiving + scheduled base backups, for point-in-time recovery), and logical
replication to the peer region."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from imports.barmancloud.io.cnpg import barmancloud
from imports.cnpg.io.cnpg import postgresql as cnpg
from imports.monitoring.com.coreos import monitoring

from ...constructs.certificates import ServerCertificate, ServerCertificateProps
from ...constructs.idioms import HOSTNAME_TOPOLOGY_KEY, ZONE_TOPOLOGY_KEY, container_resources, metadata, storage_class_of
from ...constructs.load_balancers import CALLER_PRESERVING_LOAD_BALANCER
from ...endpoints import (
    APP_GROUP_ROLE,
    OPENFGA_CREDENTIALS,
    OPENFGA_DATABASE,
    OPENFGA_OWNER,
    POSTGRES_CLUSTER,
    POSTGRES_DATABASE,
    POSTGRES_OWNER,
    POSTGRES_SERVER_TLS_SECRET,
    REPLICATION_ROLE,
)
from ...settings import EnvironmentSettings, PostgresBackup, Region, Resources
from ...settings import Postgres as PostgresSettings
from ...settings.quantities import parse_quantity

BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io"
MAX_CONNECTIONS = 200
"""Postgres' connection budget, which the runtime services' pools are sized against
(Keycloak's ``POOL_MAX_SIZE``, SpiceDB's ``POOL_*_MAX_OPEN``, Temporal's ``TEMPORAL_MAX_CONNS``)."""


def _half_in_megabytes(size: str) -> str:
    return f"{int(parse_quantity(size) / 2 / 1024**2)}MB"


@dataclass(frozen=True, kw_only=True)
class PostgresClusterProps:
    """One CloudNativePG cluster."""

    name: str
    """The Cluster's name; its databases, backups and Services are named after it."""
    settings: PostgresSettings
    """The overlay's Postgres: instances, image, storage, resources, backup, recovery."""
    database: str
    """The application database bootstrap creates."""
    owner: str
    """Its owner; CNPG writes the owner's credentials into the ``<name>-app`` Secret."""
    storage_class: str | None = None
    """StorageClass of data and WAL volumes. Default: the cluster's default."""
    zone_spread: bool = False
    """Instances must land in different zones (else: preferably on different nodes). Default: false."""
    backup_bucket: str | None = None
    """The bucket of backups and WAL (in the cluster's own region); required when
    ``settings.backup`` is set. Default: none."""
    backup_path: str = ""
    """Path under the backup bucket for this cluster, e.g. ``prod/us-east-1``. Default: the root."""
    peer: PostgresPeer | None = None
    """The peer region's cluster, for logical replication. Default: none."""
    monitoring: bool = True
    """A PodMonitor for Prometheus. Default: true (needs the Prometheus Operator's CRDs)."""
    server_certificate: ServerCertificateProps | None = None
    """The server certificate from cert-manager, signed by the environment's CA, instead of
    CloudNativePG's own CA (both regions' servers then chain to one CA). Its Secret is both
    ``serverTLSSecret`` and ``serverCASecret``; CloudNativePG keeps its own client CA.
    Default: none (CloudNativePG's CA: LOCAL, which runs no cert-manager)."""
    service_roles: Mapping[str, ServiceRole] = field(default_factory=dict)
    """Runtime services' roles (by name) and the databases each owns. Default: none."""


@dataclass(frozen=True, kw_only=True)
class ServiceRole:
    """A service's login role on the cluster, the databases it owns, and the group roles
    whose privileges it gets."""

    databases: Sequence[str]
    """Databases it owns (created for it). Empty for a role that only uses another's."""
    credentials_secret: str
    """kubernetes.io/basic-auth Secret, username equal to the role (from Vault)."""
    member_of: Sequence[str] = ()
    """Group roles it is a member of (the app's services: the app group, which may read and
    write the app's tables but not change them). Default: none."""


@dataclass(frozen=True, kw_only=True)
class PostgresPeer:
    """The other region's Postgres: each replicated table has one writing region, which
    publishes it; the other subscribes, so no row is written in two places."""

    name: str
    """Its external-cluster name here."""
    host: str
    credentials_secret: str
    """Secret with the peer's replication role's ``password`` (from Vault)."""
    ca_secret: str
    """Secret with the CA certificate ``ca.crt`` that signs the peer's server certificate."""
    network_cidr: str
    """The peer region's network: the only source this region's peer Service admits."""
    local_publication: str
    """The publication of the tables this region writes (which the peer subscribes to)."""
    peer_publication: str
    """The peer's publication of the tables it writes."""
    publishes: Sequence[str]
    """Tables this region writes and the peer receives."""
    subscribes: Sequence[str]
    """Tables the peer writes and this region receives."""


_ROLE_DEFAULTS: dict[str, Any] = {"inherit": True, "connection_limit": -1}
"""The CRD's defaults for a managed role, written out: the API server would add them inside
the list item, which Argo CD compares whole (the drift gate checks this)."""


def _managed_roles(*, replication: bool, services: Mapping[str, ServiceRole]) -> list[cnpg.ClusterSpecManagedRoles]:
    # passwords come from Vault through External Secrets, never from here
    roles = [
        cnpg.ClusterSpecManagedRoles(
            name=OPENFGA_OWNER,
            login=True,
            ensure=cnpg.ClusterSpecManagedRolesEnsure.PRESENT,
            password_secret=cnpg.ClusterSpecManagedRolesPasswordSecret(name=OPENFGA_CREDENTIALS),
            **_ROLE_DEFAULTS,
        )
    ]
    if replication:
        roles.append(
            cnpg.ClusterSpecManagedRoles(
                name=REPLICATION_ROLE,
                login=True,
                replication=True,
                # the subscription's initial copy SELECTs the published tables as this role;
                # the tables come from the app's migrations, so a per-table GRANT cannot be
                # written here (PostgreSQL 14+: read-only on every table, no write)
                in_roles=["pg_read_all_data"],
                ensure=cnpg.ClusterSpecManagedRolesEnsure.PRESENT,
                password_secret=cnpg.ClusterSpecManagedRolesPasswordSecret(name="postgres-replication-credentials"),
                **_ROLE_DEFAULTS,
            )
        )
    # the group the app's services log in through: privileges on the app's tables (granted by
    # the app tier's grants Job), no login of its own
    roles.append(
        cnpg.ClusterSpecManagedRoles(name=APP_GROUP_ROLE, login=False, ensure=cnpg.ClusterSpecManagedRolesEnsure.PRESENT, **_ROLE_DEFAULTS)
    )
    for role, service in sorted(services.items()):
        roles.append(
            cnpg.ClusterSpecManagedRoles(
                name=role,
                login=True,
                in_roles=list(service.member_of) or None,
                ensure=cnpg.ClusterSpecManagedRolesEnsure.PRESENT,
                password_secret=cnpg.ClusterSpecManagedRolesPasswordSecret(name=service.credentials_secret),
                **_ROLE_DEFAULTS,
            )
        )
    return roles


def _peer_service(name: str, peer: PostgresPeer) -> cnpg.ClusterSpecManagedServices:
    """The read-write service on an internal load balancer, which only the peer region's
    network may reach: its subscription connects to it as ``regions.<region>.postgres_host``
    (a DNS record of the region's private zone pointing at this load balancer)."""
    return cnpg.ClusterSpecManagedServices(
        additional=[
            cnpg.ClusterSpecManagedServicesAdditional(
                selector_type=cnpg.ClusterSpecManagedServicesAdditionalSelectorType.RW,
                # the CRD's default, written out (inside a list item: see _ROLE_DEFAULTS)
                update_strategy=cnpg.ClusterSpecManagedServicesAdditionalUpdateStrategy.PATCH,
                service_template=cnpg.ClusterSpecManagedServicesAdditionalServiceTemplate(
                    metadata=cnpg.ClusterSpecManagedServicesAdditionalServiceTemplateMetadata(
                        # a new name for the NLB: an existing Service cannot change its load
                        # balancer's type in place (cloud-provider-aws refuses it), so CloudNativePG
                        # creates this one and deletes the old Classic ELB's; the private DNS
                        # name moves to the new one
                        name=f"{name}-peer-nlb",
                        # an NLB that hands Postgres the caller's address, which pg_hba admits
                        # by the peer's network (pg_hba_rules)
                        annotations=CALLER_PRESERVING_LOAD_BALANCER,
                    ),
                    spec=cnpg.ClusterSpecManagedServicesAdditionalServiceTemplateSpec(
                        type="LoadBalancer", load_balancer_source_ranges=[peer.network_cidr], external_traffic_policy="Local"
                    ),
                ),
            )
        ]
    )


def _bootstrap(props: PostgresClusterProps) -> cnpg.ClusterSpecBootstrap:
    """An empty cluster with TimescaleDB in the application database, or (restore) a new
    cluster whose data comes from the object store (README: restore procedure)."""
    recovery = props.settings.recovery
    if recovery is None:
        return cnpg.ClusterSpecBootstrap(
            initdb=cnpg.ClusterSpecBootstrapInitdb(
                database=props.database,
                owner=props.owner,
                post_init_application_sql=["CREATE EXTENSION IF NOT EXISTS timescaledb"],
            )
        )
    return cnpg.ClusterSpecBootstrap(
        recovery=cnpg.ClusterSpecBootstrapRecovery(
            source="origin",
            database=props.database,
            owner=props.owner,
            recovery_target=cnpg.ClusterSpecBootstrapRecoveryRecoveryTarget(target_time=recovery.target_time)
            if recovery.target_time
            else None,
        )
    )


def _server_name(props: PostgresClusterProps) -> str:
    """The server name WAL and backups are archived under: a restored cluster archives under
    a new one (the plugin refuses a non-empty archive; the source's history must survive)."""
    recovery = props.settings.recovery
    return recovery.new_server_name if recovery is not None else props.name


def _external_clusters(props: PostgresClusterProps, object_store: str) -> list[cnpg.ClusterSpecExternalClusters]:
    """The object store a restore reads from, and the peer region the subscription reads from."""
    external_clusters = []
    recovery = props.settings.recovery
    if recovery is not None:
        external_clusters.append(
            cnpg.ClusterSpecExternalClusters(
                name="origin",
                plugin=cnpg.ClusterSpecExternalClustersPlugin(
                    name=BARMAN_PLUGIN,
                    parameters={"barmanObjectName": object_store, "serverName": recovery.source_server},
                ),
            )
        )
    if props.peer is not None:
        external_clusters.append(_peer_cluster(props.peer, database=props.database))
    return external_clusters


def _peer_cluster(peer: PostgresPeer, *, database: str) -> cnpg.ClusterSpecExternalClusters:
    """The peer region's cluster, reached as the replication role over verified TLS."""
    return cnpg.ClusterSpecExternalClusters(
        name=peer.name,
        connection_parameters={
            "host": peer.host,
            "user": REPLICATION_ROLE,
            "dbname": database,
            "sslmode": "verify-full",
        },
        password=cnpg.ClusterSpecExternalClustersPassword(name=peer.credentials_secret, key="password"),
        # verify-full: the peer's server certificate must chain to its CA
        ssl_root_cert=cnpg.ClusterSpecExternalClustersSslRootCert(name=peer.ca_secret, key="ca.crt"),
    )


def pg_hba_rules(props: PostgresClusterProps) -> list[str]:
    """Rules CloudNativePG puts after its own (local socket, the streaming replica's
    certificate) and before its default ``host all all all scram-sha-256``, which would admit
    any role from anywhere, with or without TLS: no plain-text connection at all (every
    client of the platform verifies the server: verify-full), and with a peer region its
    replication role only over TLS from the peer's network."""
    rules = ["hostnossl all all all reject"]
    if props.peer is not None:
        rules += [
            f"hostssl {props.database} {REPLICATION_ROLE} {props.peer.network_cidr} scram-sha-256",
            f"host all {REPLICATION_ROLE} all reject",
            # nothing else from the peer's network (the default rule would admit any role)
            f"host all all {props.peer.network_cidr} reject",
        ]
    return rules


def _postgresql(settings: PostgresSettings, *, pg_hba: Sequence[str]) -> cnpg.ClusterSpecPostgresql:
    """TimescaleDB preloaded, logical WAL for the peer region, quorum commits when asked, and
    the host-based rules (``pg_hba_rules``)."""
    return cnpg.ClusterSpecPostgresql(
        pg_hba=list(pg_hba),
        shared_preload_libraries=["timescaledb"],
        parameters={
            "timescaledb.telemetry_level": "off",
            # logical replication to the peer region needs logical WAL
            "wal_level": "logical",
            "max_connections": str(MAX_CONNECTIONS),
            # a peer that is down must not fill the WAL volume: its slot is
            # invalidated past this (the peer then re-syncs; README: guarantees)
            "max_slot_wal_keep_size": _half_in_megabytes(settings.wal_storage_size),
        },
        synchronous=cnpg.ClusterSpecPostgresqlSynchronous(
            method=cnpg.ClusterSpecPostgresqlSynchronousMethod.ANY,
            number=settings.synchronous_replicas,
            data_durability=cnpg.ClusterSpecPostgresqlSynchronousDataDurability.REQUIRED,
        )
        if settings.synchronous_replicas
        else None,
    )


def _resources(resources: Resources) -> cnpg.ClusterSpecResources:
    plain = container_resources(resources)
    return cnpg.ClusterSpecResources(
        requests={key: cnpg.ClusterSpecResourcesRequests.from_string(value) for key, value in plain["requests"].items()},
        limits={key: cnpg.ClusterSpecResourcesLimits.from_string(value) for key, value in plain["limits"].items()},
    )


def _affinity(*, zone_spread: bool) -> cnpg.ClusterSpecAffinity:
    """Instances in different zones (required), else preferably on different nodes."""
    return cnpg.ClusterSpecAffinity(
        enable_pod_anti_affinity=True,
        topology_key=ZONE_TOPOLOGY_KEY if zone_spread else HOSTNAME_TOPOLOGY_KEY,
        pod_anti_affinity_type="required" if zone_spread else "preferred",
    )


def _wal_archiver(props: PostgresClusterProps, object_store: str) -> list[cnpg.ClusterSpecPlugins] | None:
    """The Barman Cloud plugin archiving WAL to the object store, when backups are on."""
    if props.settings.backup is None:
        return None
    return [
        cnpg.ClusterSpecPlugins(
            name=BARMAN_PLUGIN,
            enabled=True,  # the CRD's default, written out (see _ROLE_DEFAULTS)
            is_wal_archiver=True,
            parameters={"barmanObjectName": object_store, "serverName": _server_name(props)},
        )
    ]


def _cluster_spec(props: PostgresClusterProps, object_store: str) -> cnpg.ClusterSpec:
    settings = props.settings
    return cnpg.ClusterSpec(
        instances=settings.instances,
        image_name=settings.image,
        primary_update_method=cnpg.ClusterSpecPrimaryUpdateMethod.SWITCHOVER,
        postgresql=_postgresql(settings, pg_hba=pg_hba_rules(props)),
        bootstrap=_bootstrap(props),
        external_clusters=_external_clusters(props, object_store) or None,
        storage=cnpg.ClusterSpecStorage(size=settings.storage_size, storage_class=props.storage_class),
        wal_storage=cnpg.ClusterSpecWalStorage(size=settings.wal_storage_size, storage_class=props.storage_class),
        resources=_resources(settings.resources),
        affinity=_affinity(zone_spread=props.zone_spread),
        managed=cnpg.ClusterSpecManaged(
            roles=_managed_roles(replication=props.peer is not None, services=props.service_roles),
            services=_peer_service(props.name, props.peer) if props.peer is not None else None,
        ),
        plugins=_wal_archiver(props, object_store),
        certificates=_certificates(props),
    )


def _certificates(props: PostgresClusterProps) -> cnpg.ClusterSpecCertificates | None:
    if props.server_certificate is not None:
        secret = props.server_certificate.name
        return cnpg.ClusterSpecCertificates(server_tls_secret=secret, server_ca_secret=secret)
    return None


def _object_store_configuration(backup: PostgresBackup, *, bucket: str | None, path: str) -> barmancloud.ObjectStoreSpecConfiguration:
    """Where backups and WAL go, compressed and encrypted; the keys come from a Secret."""
    return barmancloud.ObjectStoreSpecConfiguration(
        destination_path=f"s3://{bucket}/{path}".rstrip("/"),
        endpoint_url=backup.endpoint_url,
        s3_credentials=barmancloud.ObjectStoreSpecConfigurationS3Credentials(
            access_key_id=barmancloud.ObjectStoreSpecConfigurationS3CredentialsAccessKeyId(
                name=backup.credentials_secret, key="ACCESS_KEY_ID"
            ),
            secret_access_key=barmancloud.ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey(
                name=backup.credentials_secret, key="ACCESS_SECRET_KEY"
            ),
        ),
        wal=barmancloud.ObjectStoreSpecConfigurationWal(
            compression=barmancloud.ObjectStoreSpecConfigurationWalCompression.ZSTD,
            encryption=barmancloud.ObjectStoreSpecConfigurationWalEncryption.AES256,
            max_parallel=4,
        ),
        data=barmancloud.ObjectStoreSpecConfigurationData(
            compression=barmancloud.ObjectStoreSpecConfigurationDataCompression.GZIP,
            encryption=barmancloud.ObjectStoreSpecConfigurationDataEncryption.AES256,
        ),
    )


class PostgresCluster(Construct):
    """The CNPG Cluster, its databases, its object store and daily base backup (when backups
    are on), its PodMonitor, and the publication and subscription with the peer region."""

    def __init__(self, scope: Construct, id: str, *, props: PostgresClusterProps) -> None:
        super().__init__(scope, id)
        backup = props.settings.backup
        if backup is not None and props.backup_bucket is None:
            raise ValueError(f"Postgres {props.name}: backups need backup_bucket")
        object_store = f"{props.name}-backups"
        self.server_certificate = (
            ServerCertificate(self, "server-certificate", props=props.server_certificate) if props.server_certificate else None
        )
        self.cluster = cnpg.Cluster(
            self, "cluster", metadata=metadata(props.name, component="postgres"), spec=_cluster_spec(props, object_store)
        )
        self.databases = self._databases(props)  # by database name: OpenFGA's, then each service role's
        self.object_store: barmancloud.ObjectStore | None = None
        self.scheduled_backup: cnpg.ScheduledBackup | None = None
        if backup is not None:
            self.object_store = self._object_store(props, backup, name=object_store)
            self.scheduled_backup = self._scheduled_backup(props, backup)
        self.pod_monitor = self._pod_monitor(props) if props.monitoring else None
        self.publication: cnpg.Publication | None = None
        self.subscription: cnpg.Subscription | None = None
        if props.peer is not None:
            self._replication(props, props.peer)

    def _database(self, id: str, props: PostgresClusterProps, *, name: str, database: str, owner: str) -> cnpg.Database:
        return cnpg.Database(
            self,
            id,
            metadata=metadata(name, component="postgres"),
            spec=cnpg.DatabaseSpec(
                cluster=cnpg.DatabaseSpecCluster(name=props.name),
                name=database,
                owner=owner,
                database_reclaim_policy=cnpg.DatabaseSpecDatabaseReclaimPolicy.RETAIN,
            ),
        )

    def _databases(self, props: PostgresClusterProps) -> dict[str, cnpg.Database]:
        databases = {
            OPENFGA_DATABASE: self._database(
                "database-openfga", props, name=f"{props.name}-{OPENFGA_DATABASE}", database=OPENFGA_DATABASE, owner=OPENFGA_OWNER
            )
        }
        for role, service in sorted(props.service_roles.items()):
            for database in service.databases:
                databases[database] = self._database(
                    f"database-{database}",
                    props,
                    name=f"{props.name}-{database}".replace("_", "-"),
                    database=database,
                    owner=role,
                )
        return databases

    def _object_store(self, props: PostgresClusterProps, backup: PostgresBackup, *, name: str) -> barmancloud.ObjectStore:
        return barmancloud.ObjectStore(
            self,
            "object-store",
            metadata=metadata(name, component="postgres"),
            spec=barmancloud.ObjectStoreSpec(
                retention_policy=f"{backup.retention_days}d",
                configuration=_object_store_configuration(backup, bucket=props.backup_bucket, path=props.backup_path),
            ),
        )

    def _scheduled_backup(self, props: PostgresClusterProps, backup: PostgresBackup) -> cnpg.ScheduledBackup:
        return cnpg.ScheduledBackup(
            self,
            "scheduled-backup",
            metadata=metadata(f"{props.name}-daily", component="postgres-backup"),
            spec=cnpg.ScheduledBackupSpec(
                cluster=cnpg.ScheduledBackupSpecCluster(name=props.name),
                schedule=backup.schedule,
                method=cnpg.ScheduledBackupSpecMethod.PLUGIN,
                plugin_configuration=cnpg.ScheduledBackupSpecPluginConfiguration(name=BARMAN_PLUGIN),
                backup_owner_reference=cnpg.ScheduledBackupSpecBackupOwnerReference.SELF,
                immediate=True,
            ),
        )

    def _pod_monitor(self, props: PostgresClusterProps) -> monitoring.PodMonitor:
        # explicitly: Cluster.spec.monitoring.enablePodMonitor is deprecated in 1.30
        return monitoring.PodMonitor(
            self,
            "pod-monitor",
            metadata=metadata(props.name, component="postgres-monitoring"),
            spec=monitoring.PodMonitorSpec(
                # instances only, as CloudNativePG's own (pkg/specs/podmonitor.go): not a Pooler's pods
                selector=monitoring.PodMonitorSpecSelector(match_labels={"cnpg.io/cluster": props.name, "cnpg.io/podRole": "instance"}),
                pod_metrics_endpoints=[monitoring.PodMonitorSpecPodMetricsEndpoints(port="metrics")],
            ),
        )

    def _replication(self, props: PostgresClusterProps, peer: PostgresPeer) -> None:
        if peer.publishes:
            self.publication = self._publication(props, peer)
        if peer.subscribes:
            self.subscription = self._subscription(props, peer)

    def _publication(self, props: PostgresClusterProps, peer: PostgresPeer) -> cnpg.Publication:
        """The tables this region writes, which the peer subscribes to."""
        return cnpg.Publication(
            self,
            "publication",
            metadata=metadata(f"{props.name}-publication", component="postgres-replication"),
            spec=cnpg.PublicationSpec(
                cluster=cnpg.PublicationSpecCluster(name=props.name),
                dbname=props.database,
                name=peer.local_publication,
                target=cnpg.PublicationSpecTarget(
                    objects=[
                        cnpg.PublicationSpecTargetObjects(
                            table=cnpg.PublicationSpecTargetObjectsTable(schema=table.split(".")[0], name=table.split(".")[1])
                        )
                        for table in sorted(peer.publishes)
                    ]
                ),
                publication_reclaim_policy=cnpg.PublicationSpecPublicationReclaimPolicy.RETAIN,
            ),
        )

    def _subscription(self, props: PostgresClusterProps, peer: PostgresPeer) -> cnpg.Subscription:
        """The tables the peer writes, received here."""
        return cnpg.Subscription(
            self,
            "subscription",
            metadata=metadata(f"{props.name}-from-{peer.name}", component="postgres-replication"),
            spec=cnpg.SubscriptionSpec(
                cluster=cnpg.SubscriptionSpecCluster(name=props.name),
                dbname=props.database,
                name=f"from_{peer.name.replace('-', '_')}",
                external_cluster_name=peer.name,
                publication_name=peer.peer_publication,
                # one writer per table: what arrives here was written there, never sent back
                parameters={"origin": "none", "copy_data": "true"},
                subscription_reclaim_policy=cnpg.SubscriptionSpecSubscriptionReclaimPolicy.RETAIN,
            ),
        )


def publication_of(region: str) -> str:
    """The publication of the tables a region writes (Postgres names: no '-')."""
    return f"soma_from_{region.replace('-', '_')}"


@dataclass(frozen=True, kw_only=True)
class PostgresTierProps:
    """The environment's Postgres."""

    settings: EnvironmentSettings
    """The environment's settings: its Postgres, bucket names and, in PRODUCTION, the regions."""
    region_name: str | None = None
    """The production region this target is; None outside PRODUCTION. Default: none."""
    environment: str
    """The environment's name, for the backup path."""
    service_roles: Mapping[str, ServiceRole] = field(default_factory=dict)
    """Runtime services' roles and databases on this cluster. Default: none."""


def _peer(settings: EnvironmentSettings, region_name: str, region: Region) -> PostgresPeer:
    """The peer region's cluster: each replicated table is published by the region that
    writes it and subscribed to by the other."""
    writers = settings.postgres.replicated_tables
    peer_region = settings.regions[region.peer_region]
    return PostgresPeer(
        name=f"{POSTGRES_CLUSTER}-{region.peer_region}",
        host=peer_region.postgres_host,
        credentials_secret=f"postgres-peer-{region.peer_region}-credentials",
        # the peer's server chains to the environment's CA too (pki.py): verified with ours
        ca_secret=POSTGRES_SERVER_TLS_SECRET,
        network_cidr=peer_region.network_cidr,
        local_publication=publication_of(region_name),
        peer_publication=publication_of(region.peer_region),
        publishes=sorted(table for table, writer in writers.items() if writer == region_name),
        subscribes=sorted(table for table, writer in writers.items() if writer == region.peer_region),
    )


def _cluster_props(props: PostgresTierProps, region: Region | None) -> PostgresClusterProps:
    settings = props.settings
    postgres = settings.postgres
    return PostgresClusterProps(
        name=POSTGRES_CLUSTER,
        settings=postgres,
        database=POSTGRES_DATABASE,
        owner=POSTGRES_OWNER,
        storage_class=storage_class_of(postgres.storage_class, region),
        zone_spread=region is not None,
        backup_bucket=settings.bucket("postgres_backups", props.region_name) if postgres.backup else None,
        backup_path=f"{props.environment}/{props.region_name}" if props.region_name else props.environment,
        peer=_peer(settings, props.region_name, region) if region is not None and props.region_name is not None else None,
        # LOCAL runs no Prometheus Operator, whose CRD a PodMonitor needs
        monitoring=settings.mode != "LOCAL",
        server_certificate=_server_certificate(settings, region) if settings.mode != "LOCAL" else None,
        service_roles=props.service_roles,
    )


def _server_certificate(settings: EnvironmentSettings, region: Region | None) -> ServerCertificateProps:
    """Every Service name of the cluster in every form a client writes it, and the host the
    peer region connects to; the Secret labelled for CloudNativePG to reload it on renewal."""
    services = [f"{POSTGRES_CLUSTER}-{suffix}" for suffix in ("rw", "r", "ro")]
    namespace = settings.namespace
    names = [form for service in services for form in (service, f"{service}.{namespace}", f"{service}.{namespace}.svc")]
    return ServerCertificateProps(
        name=POSTGRES_SERVER_TLS_SECRET,
        dns_names=[*names, *([region.postgres_host] if region is not None else [])],
        component="postgres",
        lifetime=settings.certificates.servers,
        secret_labels={"cnpg.io/reload": ""},
    )


class PostgresTier(Construct):
    """The environment's one Postgres cluster; in PRODUCTION, one per region, replicating
    logically with the peer region's."""

    def __init__(self, scope: Construct, id: str, *, props: PostgresTierProps) -> None:
        super().__init__(scope, id)
        region = props.settings.region(props.region_name)
        self.cluster = PostgresCluster(self, "cluster", props=_cluster_props(props, region))
        # CloudNativePG names the read-write Service <cluster>-rw
        self.host = f"{POSTGRES_CLUSTER}-rw.{props.settings.namespace}.svc"
        """The read-write host clients connect to (its certificate covers it)."""
