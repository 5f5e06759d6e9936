"""The environment's ClickHouse through the Altinity operator (0.25.6): a Keeper installation,
the server installation on it, and their network policies.

Facts from Altinity/clickhouse-operator at release-0.25.6: the Keeper Service
``keeper-<chk>`` on 2181 (pkg/model/chk/creator/service.go L115-137), the containers the
operator fills in by name (``clickhouse``, ``clickhouse-keeper``: pkg/model/*/config/const.go),
users' passwords from Secrets through ``valueFrom`` (docs/security_hardening.md L111-130), and
the macros ReplicatedMergeTree tables use (``{installation}``, ``{cluster}``, ``{shard}``,
``{replica}``: pkg/model/chi/config/generator.go L478-496).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.clickhouse.com.altinity import clickhouse as chi
from imports.clickhousekeeper.com.altinity import clickhouse_keeper as chk

from ...constructs.idioms import (
    ZONE_TOPOLOGY_KEY,
    container_resources,
    int_or_string,
    metadata,
    restricted_container_security,
    restricted_pod_security,
)
from ...constructs.labels import standard_labels
from ...constructs.load_balancers import CALLER_PRESERVING_LOAD_BALANCER
from ...constructs.network import Outside, dns_egress, namespace, network_policy, outside_egress, pods, tcp
from ...settings.types import Resources
from .operator import CHI_LABEL, CHK_LABEL, OPERATOR_NAMESPACE, SHARD_LABEL
from .settings import ClickHouseTable

CLICKHOUSE = "clickhouse"
"""The installation, and the cluster inside it (at most 15 characters, the CRD's pattern)."""
KEEPER = "keeper"
"""The Keeper installation; its Service is ``keeper-keeper``."""
KEEPER_SERVICE = f"keeper-{KEEPER}"
CLICKHOUSE_UID = 101
"""The clickhouse user of the server and Keeper images."""
HTTP_PORT, TCP_PORT, INTERSERVER_PORT = 8123, 9000, 9009
TLS_PORT = 9440
"""The native protocol over TLS (the operator's ``secureclient`` port, apis/.../type_host.go
L545-546): the one the peer region reads through."""
GLOBAL_CLUSTER = "soma_global"
"""The cluster of every shard of both regions, which ``<table>_global`` reads."""
PASSWORD_VARIABLE = "CLICKHOUSE_SOMA_PASSWORD"
"""The servers' environment variable holding the ``soma`` password, which the global
cluster's remote replicas log in with (``from_env``)."""
TLS_MOUNT = "/etc/clickhouse-server/tls"
"""Where the servers mount the certificate Secret, whole (``tls.crt``, ``tls.key``, ``ca.crt``):
one volume, so a renewal swaps the certificate and its key together (ClickHouse 24.8 reloads
them when the files change; the operator's ``files`` would mount each as a volume of its own,
updated apart)."""
KEEPER_PORT, KEEPER_RAFT_PORT = 2181, 9444
CLICKHOUSE_BACKUP = f"{CLICKHOUSE}-backup"
"""The backup CronJob (backup.py), whose pods the servers' network policy admits."""
APP_USER = "soma"
"""The one ClickHouse user the platform declares (its password from ``password_secret``)."""


S3_KEYS = ("access_key_id", "secret_access_key")
"""The bucket's access key, in the backup credentials Secret."""
S3_KEY_VARIABLES = {"access_key_id": "BACKUP_S3_ACCESS_KEY_ID", "secret_access_key": "BACKUP_S3_SECRET_ACCESS_KEY"}
"""The servers' environment variables holding that key (``from_env`` in ``backup_config``)."""


def backup_destination(*, bucket: str, region: str, namespace: str) -> str:
    """Where the backups go: the environment's folder of the bucket, one folder per backup."""
    return f"https://{bucket}.s3.{region}.amazonaws.com/{namespace}/clickhouse/"


def backup_config(destination: str) -> str:
    """The servers' ``config.d`` file giving the bucket's key to every S3 request under
    ``destination`` (ClickHouse's ``<s3>`` endpoint settings, the key from the environment
    by ``from_env``): the statement names no credential, so none reaches the distributed
    DDL queue in Keeper, where an ON CLUSTER statement's text is kept in full."""
    access, secret = (S3_KEY_VARIABLES[key] for key in S3_KEYS)
    return (
        "<clickhouse>\n"
        "  <s3>\n"
        "    <backups>\n"
        f"      <endpoint>{destination}</endpoint>\n"
        f'      <access_key_id from_env="{access}"/>\n'
        f'      <secret_access_key from_env="{secret}"/>\n'
        "    </backups>\n"
        "  </s3>\n"
        "</clickhouse>\n"
    )


REPLICATED_PATH = "/clickhouse/{installation}/{cluster}/tables/{shard}/{database}/{table}"
"""Each replicated table's Keeper path, from the macros the operator sets on every host
(pkg/model/chi/config/generator.go L478-496) and the ones ClickHouse fills in itself: the
layout of the operator's docs/replication_setup.md L70-84."""


def table_statements(database: str, tables: Mapping[str, ClickHouseTable], *, cross_region: bool = False) -> list[str]:
    """The database, then per table its replicated local table and the Distributed table
    over every shard's (``IF NOT EXISTS``: run again at every start, they change nothing);
    across regions also ``<table>_global`` over both regions' shards, for reads, which skips
    a region it cannot reach rather than failing."""
    statements = [f"CREATE DATABASE IF NOT EXISTS {database}"]
    for name, table in sorted(tables.items()):
        columns = ", ".join(f"`{column}` {kind}" for column, kind in table.columns.items())
        partition = f" PARTITION BY {table.partition_by}" if table.partition_by else ""
        order = ", ".join(f"`{column}`" for column in table.order_by)
        statements += [
            f"CREATE TABLE IF NOT EXISTS {database}.{name}_local ({columns}) "
            f"ENGINE = ReplicatedMergeTree('{REPLICATED_PATH}', '{{replica}}'){partition} ORDER BY ({order})",
            f"CREATE TABLE IF NOT EXISTS {database}.{name} AS {database}.{name}_local "
            f"ENGINE = Distributed('{{cluster}}', '{database}', '{name}_local', {table.sharding_key})",
        ]
        if cross_region:
            statements.append(
                f"CREATE TABLE IF NOT EXISTS {database}.{name}_global AS {database}.{name}_local "
                f"ENGINE = Distributed('{GLOBAL_CLUSTER}', '{database}', '{name}_local') SETTINGS skip_unavailable_shards = 1"
            )
    return statements


def schema_config(statements: Sequence[str]) -> str:
    """The servers' ``config.d`` file running ``statements`` at every start, in order
    (ClickHouse's ``startup_scripts``: the operator's docs/chi-examples/27-schema-startup-scripts.yaml)."""
    scripts = "".join(f"    <scripts>\n      <query>{escape(statement)}</query>\n    </scripts>\n" for statement in statements)
    return f"<clickhouse>\n  <startup_scripts>\n{scripts}  </startup_scripts>\n</clickhouse>\n"


@dataclass(frozen=True, kw_only=True)
class BackupStorage:
    """Where the servers write backups, and the Secret holding the bucket's key (``S3_KEYS``)."""

    destination: str
    """The bucket's folder (:func:`backup_destination`)."""
    credentials_secret: str
    """The Secret with ``access_key_id`` and ``secret_access_key``."""
    outside: Outside
    """How the servers are let out to the bucket (``network.object_storage``)."""


@dataclass(frozen=True, kw_only=True)
class CrossRegionReads:
    """How the two production regions read each other's shards: each serves its own on an
    internal load balancer per shard, over TLS, to the peer's network only, and defines
    ``soma_global`` over its shards and the peer's."""

    peer_hosts: Sequence[str]
    """The peer region's shards, one host per shard in shard order (its
    ``regions.<peer>.clickhouse_hosts``)."""
    peer_cidr: str
    """The peer region's network: the only source of this region's load balancers, and the
    servers' only destination outside the cluster besides object storage."""
    tls_secret: str
    """The certificate Secret (``tls.crt``, ``tls.key``, ``ca.crt``) the TLS port serves, whose
    CA (PRODUCTION's, one for both regions) verifies the peer's."""


def tls_config() -> str:
    """The servers' ``config.d`` file: the certificate the TLS port serves (no client
    certificate asked), and the CA the servers' client trusts besides the system's (it is
    every outgoing TLS connection's: S3 needs the system's) and the host name it checks
    (``extendedVerification``: the peer's certificate names its shards' hosts)."""
    return (
        "<clickhouse>\n"
        "  <openSSL>\n"
        "    <server>\n"
        f"      <certificateFile>{TLS_MOUNT}/tls.crt</certificateFile>\n"
        f"      <privateKeyFile>{TLS_MOUNT}/tls.key</privateKeyFile>\n"
        "      <verificationMode>none</verificationMode>\n"
        "      <disableProtocols>sslv2,sslv3,tlsv1,tlsv1_1</disableProtocols>\n"
        "    </server>\n"
        "    <client>\n"
        f"      <caConfig>{TLS_MOUNT}/ca.crt</caConfig>\n"
        "      <loadDefaultCAFile>true</loadDefaultCAFile>\n"
        "      <verificationMode>relaxed</verificationMode>\n"
        "      <extendedVerification>true</extendedVerification>\n"
        "      <disableProtocols>sslv2,sslv3,tlsv1,tlsv1_1</disableProtocols>\n"
        "      <invalidCertificateHandler><name>RejectCertificateHandler</name></invalidCertificateHandler>\n"
        "    </client>\n"
        "  </openSSL>\n"
        "</clickhouse>\n"
    )


def host_name(shard: int, replica: int) -> str:
    """A server's own Service (``chi-{chi}-{cluster}-{shard}-{host}``, pkg/model/chi/namer/const.go L39-43)."""
    return f"chi-{CLICKHOUSE}-{CLICKHOUSE}-{shard}-{replica}"


def global_cluster_config(*, shards: int, replicas: int, peer_hosts: Sequence[str]) -> str:
    """``remote_servers`` of ``soma_global``: this region's shards (each replica, native port in
    the namespace) then the peer's (its load balancer per shard, TLS), every connection as
    ``soma`` (its password from the environment: the same Vault key in both regions)."""

    def replica(host: str, port: int, secure: bool) -> str:
        return (
            "        <replica>\n"
            f"          <host>{host}</host>\n"
            f"          <port>{port}</port>\n"
            f"          <secure>{int(secure)}</secure>\n"
            f"          <user>{APP_USER}</user>\n"
            f'          <password from_env="{PASSWORD_VARIABLE}"/>\n'
            "        </replica>\n"
        )

    def shard(replicas_xml: str) -> str:
        return f"      <shard>\n        <internal_replication>true</internal_replication>\n{replicas_xml}      </shard>\n"

    own = [shard("".join(replica(host_name(index, copy), TCP_PORT, False) for copy in range(replicas))) for index in range(shards)]
    peer = [shard(replica(host, TLS_PORT, True)) for host in peer_hosts]
    return (
        f"<clickhouse>\n  <remote_servers>\n    <{GLOBAL_CLUSTER}>\n{''.join(own + peer)}    </{GLOBAL_CLUSTER}>\n"
        "  </remote_servers>\n</clickhouse>\n"
    )


@dataclass(frozen=True, kw_only=True)
class ClickHouseClusterProps:
    """Shards, replicas and Keeper nodes, their volumes, and the password of its user."""

    namespace: str
    """The environment namespace."""
    image: str
    """The ClickHouse server image (runs as uid 101)."""
    keeper_image: str
    """The ClickHouse Keeper image, of the same release."""
    shards: int
    """Shards of the one cluster."""
    replicas: int
    """Replicas of each shard."""
    keeper_replicas: int
    """Keeper nodes (odd)."""
    storage: str
    """Each server's data volume."""
    keeper_storage: str
    """Each Keeper node's volume."""
    keeper_resources: Resources
    """Each Keeper node's requests and limits (the admission policies require them)."""
    storage_class: str | None
    """None for the cluster's default."""
    resources: Resources
    """Each server's requests and limits."""
    password_secret: str
    """The Secret whose ``password`` is the ``soma`` user's."""
    tables: Mapping[str, ClickHouseTable] = field(default_factory=dict)
    """Tables every host creates at start (``table_statements``). Default: none."""
    database: str = "soma"
    """The tables' database. Default: soma."""
    backup: BackupStorage | None = None
    """The servers write backups to object storage (HTTPS out, the bucket's key in their
    environment) and the backup job calls them. Default: none."""
    cross_region: CrossRegionReads | None = None
    """The peer region's shards joined to this region's in ``soma_global`` (PRODUCTION), and
    this region's shards served to the peer over TLS. Default: none."""
    zone_spread: bool = False
    """Replicas of a shard, and Keeper nodes, in different zones (PRODUCTION: the operator's
    ShardAntiAffinity, one copy of a shard per zone, docs/chi-examples/99-clickhouseinstallation-max.yaml
    L611-616). Default: false."""


def _files(props: ClickHouseClusterProps) -> dict[str, Any]:
    """The servers' extra configuration files: the tables, the backup bucket's key, and
    across regions the global cluster, the TLS configuration and the certificate's files."""
    files: dict[str, Any] = {}
    cross = props.cross_region
    if props.tables:
        statements = table_statements(props.database, props.tables, cross_region=cross is not None)
        files["config.d/startup_scripts.xml"] = schema_config(statements)
    if props.backup:
        files["config.d/backup_s3.xml"] = backup_config(props.backup.destination)
    if cross is not None:
        files["config.d/remote_servers_global.xml"] = global_cluster_config(
            shards=props.shards, replicas=props.replicas, peer_hosts=cross.peer_hosts
        )
        files["config.d/openssl.xml"] = tls_config()
    return files


def _server_env(props: ClickHouseClusterProps) -> list[dict[str, Any]]:
    """The bucket's key, which ``backup_config`` reads by ``from_env`` (ClickHouse reads its
    configuration's secrets from files it writes itself or from the environment: not a file
    of ours), and across regions the password the global cluster logs in with."""
    env = []
    if props.backup is not None:
        env += [
            {"name": variable, "valueFrom": {"secretKeyRef": {"name": props.backup.credentials_secret, "key": key}}}
            for key, variable in S3_KEY_VARIABLES.items()
        ]
    if props.cross_region is not None:
        env.append({"name": PASSWORD_VARIABLE, "valueFrom": {"secretKeyRef": {"name": props.password_secret, "key": "password"}}})
    return env


def _pod_spec(
    *,
    container: str,
    image: str,
    resources: Resources | None,
    env: list[dict[str, Any]] | None = None,
    tls_secret: str | None = None,
) -> dict[str, Any]:
    """The restricted pod: the operator sets no security context of its own, and fills in
    the rest of the container it knows by name; with ``tls_secret``, the certificate
    mounted whole at ``TLS_MOUNT``."""
    mounts = {"volumeMounts": [{"name": "tls", "mountPath": TLS_MOUNT, "readOnly": True}]} if tls_secret else {}
    volumes = {"volumes": [{"name": "tls", "secret": {"secretName": tls_secret, "defaultMode": 0o440}}]} if tls_secret else {}
    return {
        "securityContext": restricted_pod_security(CLICKHOUSE_UID),
        "containers": [
            {
                "name": container,
                "image": image,
                "securityContext": restricted_container_security(),
                **({"resources": container_resources(resources)} if resources else {}),
                **({"env": env} if env else {}),
                **mounts,
            }
        ],
        **volumes,
    }


def _claim_spec(size: str, storage_class: str | None) -> dict[str, Any]:
    return {
        "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": size}},
        **({"storageClassName": storage_class} if storage_class else {}),
    }


def _server_templates(props: ClickHouseClusterProps) -> chi.ClickHouseInstallationSpecTemplates:
    spread = (
        [
            chi.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution(
                type=chi.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType.SHARD_ANTI_AFFINITY,
                topology_key=ZONE_TOPOLOGY_KEY,
            )
        ]
        if props.zone_spread
        else None
    )
    return chi.ClickHouseInstallationSpecTemplates(
        pod_templates=[
            chi.ClickHouseInstallationSpecTemplatesPodTemplates(
                name=CLICKHOUSE,
                pod_distribution=spread,
                spec=_pod_spec(
                    container="clickhouse",
                    image=props.image,
                    resources=props.resources,
                    env=_server_env(props),
                    tls_secret=props.cross_region.tls_secret if props.cross_region else None,
                ),
            )
        ],
        volume_claim_templates=[
            chi.ClickHouseInstallationSpecTemplatesVolumeClaimTemplates(
                name="data",
                # the volume outlives the installation: deleting it never deletes the data
                reclaim_policy=chi.ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy.RETAIN,
                spec=_claim_spec(props.storage, props.storage_class),
            )
        ],
    )


def _keeper_templates(props: ClickHouseClusterProps) -> chk.ClickHouseKeeperInstallationSpecTemplates:
    spread = (
        [
            chk.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution(
                type=chk.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType.SHARD_ANTI_AFFINITY,
                topology_key=ZONE_TOPOLOGY_KEY,
            )
        ]
        if props.zone_spread
        else None
    )
    return chk.ClickHouseKeeperInstallationSpecTemplates(
        pod_templates=[
            chk.ClickHouseKeeperInstallationSpecTemplatesPodTemplates(
                name=KEEPER,
                pod_distribution=spread,
                spec=_pod_spec(container="clickhouse-keeper", image=props.keeper_image, resources=props.keeper_resources),
            )
        ],
        volume_claim_templates=[
            chk.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates(
                name="keeper-data",
                reclaim_policy=chk.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy.RETAIN,
                spec=_claim_spec(props.keeper_storage, props.storage_class),
            )
        ],
    )


def _keeper(scope: Construct, props: ClickHouseClusterProps) -> chk.ClickHouseKeeperInstallation:
    """The Keeper installation: one cluster of ``keeper_replicas`` nodes (a Raft quorum)."""
    layout = chk.ClickHouseKeeperInstallationSpecConfigurationClustersLayout(replicas_count=props.keeper_replicas)
    return chk.ClickHouseKeeperInstallation(
        scope,
        "keeper",
        metadata=metadata(KEEPER, component="analytics"),
        spec=chk.ClickHouseKeeperInstallationSpec(
            configuration=chk.ClickHouseKeeperInstallationSpecConfiguration(
                clusters=[chk.ClickHouseKeeperInstallationSpecConfigurationClusters(name=KEEPER, layout=layout)]
            ),
            defaults=chk.ClickHouseKeeperInstallationSpecDefaults(
                templates=chk.ClickHouseKeeperInstallationSpecDefaultsTemplates(
                    pod_template=KEEPER, data_volume_claim_template="keeper-data"
                )
            ),
            templates=_keeper_templates(props),
        ),
    )


class ClickHouseCluster(Construct):
    """The Keeper installation, and the server installation of ``shards`` x ``replicas`` on it."""

    def __init__(self, scope: Construct, id: str, *, props: ClickHouseClusterProps) -> None:
        super().__init__(scope, id)
        self.keeper = _keeper(self, props)
        self.installation = chi.ClickHouseInstallation(
            self,
            "installation",
            metadata=metadata(CLICKHOUSE, component="analytics"),
            spec=chi.ClickHouseInstallationSpec(
                configuration=chi.ClickHouseInstallationSpecConfiguration(
                    zookeeper=chi.ClickHouseInstallationSpecConfigurationZookeeper(
                        nodes=[chi.ClickHouseInstallationSpecConfigurationZookeeperNodes(host=KEEPER_SERVICE, port=KEEPER_PORT)]
                    ),
                    users={
                        f"{APP_USER}/password": {"valueFrom": {"secretKeyRef": {"name": props.password_secret, "key": "password"}}},
                        # clients in the environment namespace; the network policy says which
                        f"{APP_USER}/networks/ip": ["::/0"],
                        f"{APP_USER}/profile": "default",
                    },
                    files=_files(props) or None,
                    # the TLS port, for the peer region (the operator writes the setting and
                    # opens the container's and the hosts' Services' port)
                    settings={"tcp_port_secure": TLS_PORT} if props.cross_region else None,
                    clusters=[
                        chi.ClickHouseInstallationSpecConfigurationClusters(
                            name=CLICKHOUSE,
                            layout=chi.ClickHouseInstallationSpecConfigurationClustersLayout(
                                shards_count=props.shards, replicas_count=props.replicas
                            ),
                        )
                    ],
                ),
                defaults=chi.ClickHouseInstallationSpecDefaults(
                    templates=chi.ClickHouseInstallationSpecDefaultsTemplates(pod_template=CLICKHOUSE, data_volume_claim_template="data")
                ),
                templates=_server_templates(props),
            ),
        )
        self.network_policies = _network_policies(
            self, backup=props.backup.outside if props.backup else None, cross_region=props.cross_region
        )
        self.peer_services = _peer_services(self, props) if props.cross_region else []


def peer_service_name(shard: int) -> str:
    """The load balancer in front of one shard's replicas, for the peer region."""
    return f"{CLICKHOUSE}-shard-{shard}-peer"


def _peer_services(scope: Construct, props: ClickHouseClusterProps) -> list[k8s.KubeService]:
    """One internal load balancer per shard (any of its replicas answers for it), reachable
    from the peer region's network only; it keeps the caller's address (``Local``), which the
    servers' network policy admits by that network."""
    cross = props.cross_region
    if cross is None:
        return []
    return [
        k8s.KubeService(
            scope,
            f"peer-service-{shard}",
            metadata=k8s.ObjectMeta(
                name=peer_service_name(shard),
                labels=standard_labels(peer_service_name(shard), component="analytics"),
                annotations=CALLER_PRESERVING_LOAD_BALANCER,
            ),
            spec=k8s.ServiceSpec(
                type="LoadBalancer",
                load_balancer_source_ranges=[cross.peer_cidr],
                external_traffic_policy="Local",
                selector={CHI_LABEL: CLICKHOUSE, SHARD_LABEL: str(shard)},
                ports=[k8s.ServicePort(name="secureclient", port=TLS_PORT, target_port=int_or_string(TLS_PORT), protocol="TCP")],
            ),
        )
        for shard in range(props.shards)
    ]


def _network_policies(
    scope: Construct, *, backup: Outside | None, cross_region: CrossRegionReads | None
) -> tuple[k8s.KubeNetworkPolicy, k8s.KubeNetworkPolicy]:
    """The servers: each other (queries, replication), the operator (it manages them over
    HTTP) and the backup job; out to Keeper, each other and, with backups, object storage
    over HTTPS (outside the private ranges). Keeper: the servers, each other. No
    application service of the pinned release uses ClickHouse (the catalog's dependency
    map): a client gets its rule when the catalog names one. Across regions: the peer
    region's network in and out, on the TLS port only."""
    servers = pods({CHI_LABEL: CLICKHOUSE})
    keepers = pods({CHK_LABEL: KEEPER})
    server_ports = [tcp(port) for port in (HTTP_PORT, TCP_PORT, INTERSERVER_PORT)]
    http_callers = [namespace(OPERATOR_NAMESPACE)]
    server_egress = [
        k8s.NetworkPolicyEgressRule(to=[servers], ports=server_ports),
        k8s.NetworkPolicyEgressRule(to=[keepers], ports=[tcp(KEEPER_PORT)]),
    ]
    if backup is not None:
        http_callers.append(pods({"app.kubernetes.io/name": CLICKHOUSE_BACKUP}))
        server_egress += outside_egress(scope, name=CLICKHOUSE, selector={CHI_LABEL: CLICKHOUSE}, outside=[backup])
    ingress = [
        k8s.NetworkPolicyIngressRule(from_=[servers], ports=server_ports),
        # the operator (and its metrics exporter, which Prometheus scrapes) query the servers
        # over HTTP (values.yaml L373, L396); the servers open no Prometheus port of their
        # own; with backups, the backup job sends its statement
        k8s.NetworkPolicyIngressRule(from_=http_callers, ports=[tcp(HTTP_PORT)]),
    ]
    if cross_region is not None:
        peer = k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cross_region.peer_cidr))
        ingress.append(k8s.NetworkPolicyIngressRule(from_=[peer], ports=[tcp(TLS_PORT)]))
        server_egress.append(k8s.NetworkPolicyEgressRule(to=[peer], ports=[tcp(TLS_PORT)]))
    server_policy = _policy(
        scope,
        "clickhouse",
        selector={CHI_LABEL: CLICKHOUSE},
        ingress=ingress,
        egress=server_egress,
    )
    keeper_policy = _policy(
        scope,
        KEEPER,
        selector={CHK_LABEL: KEEPER},
        ingress=[
            k8s.NetworkPolicyIngressRule(from_=[servers], ports=[tcp(KEEPER_PORT)]),
            k8s.NetworkPolicyIngressRule(from_=[keepers], ports=[tcp(KEEPER_PORT), tcp(KEEPER_RAFT_PORT)]),
        ],
        egress=[k8s.NetworkPolicyEgressRule(to=[keepers], ports=[tcp(KEEPER_PORT), tcp(KEEPER_RAFT_PORT)])],
    )
    return server_policy, keeper_policy


def _policy(
    scope: Construct,
    name: str,
    *,
    selector: dict[str, str],
    ingress: list[k8s.NetworkPolicyIngressRule],
    egress: list[k8s.NetworkPolicyEgressRule],
) -> k8s.KubeNetworkPolicy:
    return network_policy(scope, f"network-policy-{name}", name=name, selector=selector, ingress=ingress, egress=[*egress, dns_egress()])
