"""Kafka on Strimzi (KRaft, node pools): the cluster, its topics, one user per service with
least-privilege ACLs derived from the catalog, and MirrorMaker 2 across regions."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from constructs import Construct

from imports.strimzi.io.strimzi import kafka as strimzi

from ...catalog import APP_NAME, TOPICS, AppServiceSpec, Dependency, Topic, topic_name
from ...constructs.idioms import ZONE_TOPOLOGY_KEY, container_resources, metadata, storage_class_of
from ...constructs.load_balancers import INTERNAL_LOAD_BALANCER
from ...endpoints import KAFKA_CA_SECRET, KAFKA_CLUSTER, KAFKA_EXTERNAL_PORT, KAFKA_PLAIN_PORT, KAFKA_TLS_PORT, Endpoints
from ...settings import EnvironmentSettings, Region, Resources
from ...settings import Kafka as KafkaSettings

MS_PER_HOUR = 3_600_000
"""Kafka's retention settings are in milliseconds; the settings' are in hours."""
TIERED_STORAGE_CHUNK_BYTES = 4 * 1024**2
"""The unit the tiered-storage plugin uploads, fetches and caches a segment in (4 MiB)."""


def _of_cluster(cluster: str) -> dict[str, str]:
    """How Strimzi ties node pools, topics and users to their cluster."""
    return {"strimzi.io/cluster": cluster}


@dataclass(frozen=True, kw_only=True)
class KafkaClusterProps:
    """One Kafka cluster."""

    name: str
    """The Kafka resource's name; its node pools, topics and users refer to it."""
    settings: KafkaSettings
    """The overlay's Kafka: version, brokers and controllers, storage, replication, TLS,
    tiered storage."""
    storage_class: str | None = None
    """StorageClass of the volumes. Default: the cluster's default."""
    zone_aware: bool = False
    """Rack awareness on the zone topology key. Default: false (one zone)."""
    external_bootstrap: str | None = None
    """host:port of an external TLS listener the peer region reads from. Default: none."""
    app_speaks_tls: bool = False
    """The app release's Kafka client can do TLS: it may use the TLS listener. Default: false."""
    load_balancer_source_ranges: Sequence[str] = ()
    """CIDRs the external listener's internal load balancers admit (the peer region's). Default: none."""
    tiered_storage_bucket: str | None = None
    """The bucket of the remote tier (in the cluster's own region); required when
    ``settings.tiered_storage`` is set. Default: none."""
    tiered_storage_prefix: str = ""
    """Key prefix of this cluster's segments in the tiered-storage bucket. Default: none."""
    tiered_storage_region: str | None = None
    """Object store region of the tiered-storage bucket. Default: none."""


def _listeners(props: KafkaClusterProps) -> list[strimzi.KafkaSpecKafkaListeners]:
    """The plain listener for the app; with TLS, the TLS listener; with a peer region, the
    external listener its MirrorMaker 2 reads from."""
    listeners = [client_listener(tls=False, peers=[APP_PODS])]
    if props.settings.tls:
        # MirrorMaker 2 (and app releases that can speak TLS) use the TLS listener
        listeners.append(client_listener(tls=True, peers=[MIRROR_MAKER_PODS, *([APP_PODS] if props.app_speaks_tls else [])]))
    if props.external_bootstrap is not None:
        listeners.append(_external_listener(props.external_bootstrap, source_ranges=props.load_balancer_source_ranges))
    return listeners


def _external_listener(bootstrap: str, *, source_ranges: Sequence[str]) -> strimzi.KafkaSpecKafkaListeners:
    """TLS and SCRAM-SHA-512 on load balancers, its certificate covering the bootstrap host."""
    host = bootstrap.rsplit(":", 1)[0]
    return strimzi.KafkaSpecKafkaListeners(
        name="external",
        port=KAFKA_EXTERNAL_PORT,
        tls=True,
        type=strimzi.KafkaSpecKafkaListenersType.LOADBALANCER,
        authentication=strimzi.KafkaSpecKafkaListenersAuthentication(
            type=strimzi.KafkaSpecKafkaListenersAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512
        ),
        configuration=strimzi.KafkaSpecKafkaListenersConfiguration(
            bootstrap=strimzi.KafkaSpecKafkaListenersConfigurationBootstrap(alternative_names=[host]),
            # only the peer region's network may connect
            load_balancer_source_ranges=list(source_ranges) or None,
        ),
    )


def _broker_config(settings: KafkaSettings) -> dict[str, Any]:
    """Replication of topics and internal topics as the settings say; no topic created by accident."""
    return {
        "default.replication.factor": settings.replication_factor,
        "min.insync.replicas": settings.min_insync_replicas,
        "offsets.topic.replication.factor": settings.replication_factor,
        "transaction.state.log.replication.factor": settings.replication_factor,
        "transaction.state.log.min.isr": settings.min_insync_replicas,
        "auto.create.topics.enable": False,
    }


def _tiered_storage(props: KafkaClusterProps) -> strimzi.KafkaSpecKafkaTieredStorage | None:
    if props.settings.tiered_storage is None:
        return None
    if props.tiered_storage_bucket is None or props.tiered_storage_region is None:
        raise ValueError(f"Kafka {props.name}: tiered storage needs its bucket and the bucket's region")
    # Strimzi writes remote.log.storage.system.enable itself; the topics opt in
    return strimzi.KafkaSpecKafkaTieredStorage(
        type=strimzi.KafkaSpecKafkaTieredStorageType.CUSTOM,
        remote_storage_manager=strimzi.KafkaSpecKafkaTieredStorageRemoteStorageManager(
            # Aiven's tiered-storage plugin, the one Strimzi documents, with its S3 backend;
            # the plugin hands its backend only the keys under ``storage.``
            class_name="io.aiven.kafka.tieredstorage.RemoteStorageManager",
            class_path="/opt/kafka/plugins/tiered-storage/*",
            config={
                "storage.backend.class": "io.aiven.kafka.tieredstorage.storage.s3.S3Storage",
                "storage.s3.bucket.name": props.tiered_storage_bucket,
                "storage.s3.region": props.tiered_storage_region,
                # the pod's IRSA token, explicitly: with no provider the AWS SDK's default
                # chain falls back to the node's role when the image lacks the STS module
                "storage.aws.credentials.provider.class": (
                    "software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider"
                ),
                "key.prefix": props.tiered_storage_prefix,
                "chunk.size": str(TIERED_STORAGE_CHUNK_BYTES),
            },
        ),
    )


def _template(props: KafkaClusterProps) -> strimzi.KafkaSpecKafkaTemplate | None:
    """The brokers' IAM role for the tiered-storage bucket, and the external listener's
    Services on internal load balancers; none when neither is needed."""
    tiered_storage = props.settings.tiered_storage
    external_annotations = INTERNAL_LOAD_BALANCER if props.external_bootstrap is not None else None
    if tiered_storage is None and not external_annotations:
        return None
    return strimzi.KafkaSpecKafkaTemplate(
        # the brokers reach the bucket as this IAM role (IRSA): no key in any manifest
        service_account=strimzi.KafkaSpecKafkaTemplateServiceAccount(
            metadata=strimzi.KafkaSpecKafkaTemplateServiceAccountMetadata(
                annotations={"eks.amazonaws.com/role-arn": tiered_storage.role_arn}
            )
        )
        if tiered_storage is not None
        else None,
        external_bootstrap_service=strimzi.KafkaSpecKafkaTemplateExternalBootstrapService(
            metadata=strimzi.KafkaSpecKafkaTemplateExternalBootstrapServiceMetadata(annotations=external_annotations)
        )
        if external_annotations
        else None,
        per_pod_service=strimzi.KafkaSpecKafkaTemplatePerPodService(
            metadata=strimzi.KafkaSpecKafkaTemplatePerPodServiceMetadata(annotations=external_annotations)
        )
        if external_annotations
        else None,
    )


def _kafka_spec(props: KafkaClusterProps) -> strimzi.KafkaSpec:
    settings = props.settings
    listeners = _listeners(props)
    tiered = _tiered_storage(props)
    return strimzi.KafkaSpec(
        kafka=strimzi.KafkaSpecKafka(
            # pinned: an operator upgrade must not roll the brokers onto a new Kafka
            version=settings.version,
            metadata_version=settings.kraft_metadata_version,
            image=settings.tiered_storage.image if settings.tiered_storage is not None else None,
            template=_template(props),
            listeners=listeners,
            authorization=strimzi.KafkaSpecKafkaAuthorization(type=strimzi.KafkaSpecKafkaAuthorizationType.SIMPLE),
            config=_broker_config(settings),
            rack=strimzi.KafkaSpecKafkaRack(type=strimzi.KafkaSpecKafkaRackType.TOPOLOGY_HYPHEN_LABEL, topology_key=ZONE_TOPOLOGY_KEY)
            if props.zone_aware
            else None,
            tiered_storage=tiered,
        ),
        entity_operator=strimzi.KafkaSpecEntityOperator(
            topic_operator=strimzi.KafkaSpecEntityOperatorTopicOperator(),
            user_operator=strimzi.KafkaSpecEntityOperatorUserOperator(),
        ),
    )


def _pool_resources(resources: Resources) -> strimzi.KafkaNodePoolSpecResources:
    plain = container_resources(resources)
    return strimzi.KafkaNodePoolSpecResources(
        requests={key: strimzi.KafkaNodePoolSpecResourcesRequests.from_string(value) for key, value in plain["requests"].items()},
        limits={key: strimzi.KafkaNodePoolSpecResourcesLimits.from_string(value) for key, value in plain["limits"].items()},
    )


class KafkaCluster(Construct):
    """The Kafka resource and its node pools (dedicated controllers, or combined nodes)."""

    def __init__(self, scope: Construct, id: str, *, props: KafkaClusterProps) -> None:
        super().__init__(scope, id)
        self.kafka = strimzi.Kafka(self, "kafka", metadata=metadata(props.name, component="kafka"), spec=_kafka_spec(props))
        self.pools = self._pools(props)  # by role: controllers and brokers, or combined

    def _pools(self, props: KafkaClusterProps) -> dict[str, strimzi.KafkaNodePool]:
        settings = props.settings
        if not settings.controllers:
            return {
                "combined": self._pool(
                    "combined",
                    props,
                    replicas=settings.brokers,
                    roles=[strimzi.KafkaNodePoolSpecRoles.CONTROLLER, strimzi.KafkaNodePoolSpecRoles.BROKER],
                    volumes=settings.volumes,
                    size=settings.storage_size,
                    resources=settings.resources,
                )
            }
        # controllers hold only the metadata log: sized as controllers, not as brokers
        controllers = self._pool(
            "controllers",
            props,
            replicas=settings.controllers,
            roles=[strimzi.KafkaNodePoolSpecRoles.CONTROLLER],
            volumes=1,
            size=settings.controller_storage_size,
            resources=settings.controller_resources,
        )
        brokers = self._pool(
            "brokers",
            props,
            replicas=settings.brokers,
            roles=[strimzi.KafkaNodePoolSpecRoles.BROKER],
            volumes=settings.volumes,
            size=settings.storage_size,
            resources=settings.resources,
        )
        return {"controllers": controllers, "brokers": brokers}

    def _pool(
        self,
        role: str,
        props: KafkaClusterProps,
        *,
        replicas: int,
        roles: list[strimzi.KafkaNodePoolSpecRoles],
        volumes: int,
        size: str,
        resources: Resources,
    ) -> strimzi.KafkaNodePool:
        return strimzi.KafkaNodePool(
            self,
            f"pool-{role}",
            metadata=metadata(f"{props.name}-{role}", component="kafka", labels=_of_cluster(props.name)),
            spec=strimzi.KafkaNodePoolSpec(
                replicas=replicas,
                roles=roles,
                storage=strimzi.KafkaNodePoolSpecStorage(
                    type=strimzi.KafkaNodePoolSpecStorageType.JBOD,
                    volumes=[
                        strimzi.KafkaNodePoolSpecStorageVolumes(
                            id=index,
                            type=strimzi.KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
                            size=size,
                            class_=props.storage_class,
                            delete_claim=False,
                            # the KRaft metadata log lives on the first volume
                            kraft_metadata=strimzi.KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED if index == 0 else None,
                        )
                        for index in range(volumes)
                    ],
                ),
                resources=_pool_resources(resources),
            ),
        )


APP_PODS = {"app.kubernetes.io/part-of": APP_NAME, "app.kubernetes.io/component": "app"}
"""The application's pods (tiers/app/app_service.py labels them so)."""
MIRROR_MAKER_PODS = {"strimzi.io/kind": "KafkaMirrorMaker2"}


def client_listener(*, tls: bool, peers: Sequence[Mapping[str, str]]) -> strimzi.KafkaSpecKafkaListeners:
    """An in-cluster listener: SCRAM-SHA-512, over TLS or not, open only to ``peers``
    (Strimzi writes the NetworkPolicy that admits them to the listener's port)."""
    return strimzi.KafkaSpecKafkaListeners(
        name="tls" if tls else "plain",
        port=KAFKA_TLS_PORT if tls else KAFKA_PLAIN_PORT,
        tls=tls,
        type=strimzi.KafkaSpecKafkaListenersType.INTERNAL,
        authentication=strimzi.KafkaSpecKafkaListenersAuthentication(
            type=strimzi.KafkaSpecKafkaListenersAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512
        ),
        network_policy_peers=[
            strimzi.KafkaSpecKafkaListenersNetworkPolicyPeers(
                pod_selector=strimzi.KafkaSpecKafkaListenersNetworkPolicyPeersPodSelector(match_labels=dict(labels))
            )
            for labels in peers
        ],
    )


@dataclass(frozen=True, kw_only=True)
class TopicSpec:
    name: str
    partitions: int
    local_retention_hours: int | None = None
    """Tier closed segments to remote storage, keeping this long on the brokers. Default: no tiering."""


@dataclass(frozen=True, kw_only=True)
class KafkaTopicsProps:
    """The topics of one cluster."""

    cluster: str
    """The Kafka cluster whose Topic Operator creates them."""
    topics: Sequence[TopicSpec]
    """The topics, as this environment names them."""
    replicas: int
    """Copies of each topic's partitions (the settings' replication factor)."""
    min_insync_replicas: int
    """Copies a write must reach before it is acknowledged."""
    retention_hours: int
    """How long a topic keeps its records (on brokers and remote tier together)."""


class KafkaTopics(Construct):
    """The topics of one cluster, created by the Topic Operator (auto-creation is off)."""

    def __init__(self, scope: Construct, id: str, *, props: KafkaTopicsProps) -> None:
        super().__init__(scope, id)
        self.topics = {topic.name: self._topic(topic, props) for topic in props.topics}  # by topic name

    def _topic(self, topic: TopicSpec, props: KafkaTopicsProps) -> strimzi.KafkaTopic:
        return strimzi.KafkaTopic(
            self,
            topic.name,
            # Kubernetes names cannot hold '_'; the topic keeps its own name in topicName
            metadata=metadata(topic.name.replace("_", "-"), component="kafka-topic", labels=_of_cluster(props.cluster)),
            spec=strimzi.KafkaTopicSpec(
                topic_name=topic.name,
                partitions=topic.partitions,
                replicas=props.replicas,
                config={
                    "retention.ms": props.retention_hours * MS_PER_HOUR,
                    "min.insync.replicas": props.min_insync_replicas,
                    **(
                        {"remote.storage.enable": True, "local.retention.ms": topic.local_retention_hours * MS_PER_HOUR}
                        if topic.local_retention_hours is not None
                        else {}
                    ),
                },
            ),
        )


@dataclass(frozen=True, order=True)
class Acl:
    """One allowed operation set on one resource (a topic, a consumer group, the cluster)."""

    resource_type: str
    name: str
    operations: tuple[str, ...]
    prefix: bool = False
    """``name`` is a prefix (all topics starting with it). Default: the exact name."""


def acls_for(spec: AppServiceSpec, *, topic_name: Callable[[str], str]) -> list[Acl]:
    """What a service may do, derived from the topics it reads and writes: nothing else."""
    acls = []
    for topic in sorted(spec.reads | spec.writes):
        operations = {"Describe"}
        if topic in spec.reads:
            operations.add("Read")
        if topic in spec.writes:
            operations.add("Write")
        acls.append(Acl("topic", topic_name(topic), tuple(sorted(operations))))
    if spec.reads and spec.consumer_group:
        acls.append(Acl("group", spec.consumer_group, ("Read",)))
    return acls


REMOTE_TOPIC_OPERATIONS = ("Alter", "AlterConfigs", "Create", "Describe", "DescribeConfigs", "Write")
"""What MirrorMaker 2 does to the copies it writes: create them, follow the source's
partitions and configuration, write (Strimzi's MirrorMaker 2 ACL rules); never delete."""
INTERNAL_TOPIC_OPERATIONS = ("Create", "Describe", "DescribeConfigs", "Read", "Write")
CHECKPOINT_TOPIC_OPERATIONS = ("Create", "Describe", "Read", "Write")
"""Connect's and MirrorMaker 2's own topics (configs, offsets, status, offset syncs)."""


def mirror_writer_acls(*, peer_alias: str, connect_prefix: str) -> list[Acl]:
    """MirrorMaker 2 running here: creates and writes ``<peer>.``-prefixed copies (the
    checkpoints topic ``<peer>.checkpoints.internal`` among them) and its Connect topics.
    No group ACL on the app's groups: offsets are not synced into them (see KafkaMirror)."""
    return [
        Acl("cluster", "kafka-cluster", ("Describe", "DescribeConfigs")),
        Acl("group", connect_prefix, ("Read",), prefix=True),
        Acl("topic", f"{peer_alias}.", REMOTE_TOPIC_OPERATIONS, prefix=True),
        # the checkpoint connector also reads back its own topic (Strimzi 1.2.0 docs,
        # proc-config-mirrormaker2-securing-connection.adoc: Create, Describe, Read, Write)
        Acl("topic", f"{peer_alias}.checkpoints.internal", CHECKPOINT_TOPIC_OPERATIONS),
        Acl("topic", connect_prefix, INTERNAL_TOPIC_OPERATIONS, prefix=True),
    ]


def mirror_reader_acls(topics: Sequence[str], *, groups: Sequence[str]) -> list[Acl]:
    """The peer region's MirrorMaker 2 reading here: reads the topics, keeps its offset
    syncs, and reads the committed offsets of the groups it checkpoints (Describe)."""
    return [
        Acl("cluster", "kafka-cluster", ("Describe",)),
        Acl("topic", "mm2-offset-syncs.", INTERNAL_TOPIC_OPERATIONS, prefix=True),
        *(Acl("topic", topic, ("Describe", "DescribeConfigs", "Read")) for topic in sorted(topics)),
        *(Acl("group", group, ("Describe",)) for group in sorted(groups)),
    ]


@dataclass(frozen=True, kw_only=True)
class KafkaUsersProps:
    """One SCRAM user per service, with its ACLs."""

    cluster: str
    """The Kafka cluster whose User Operator creates them."""
    users: Mapping[str, Sequence[Acl]]
    """User name -> everything it may do; the user's password Secret is named like it."""
    password_secrets: Mapping[str, str] = field(default_factory=dict)
    """User name -> a Secret whose ``password`` key the User Operator must use (a password
    another cluster must know too). Default: none; the User Operator generates each one."""


_OPERATIONS = {
    "Alter": strimzi.KafkaUserSpecAuthorizationAclsOperations.ALTER,
    "AlterConfigs": strimzi.KafkaUserSpecAuthorizationAclsOperations.ALTER_CONFIGS,
    "Create": strimzi.KafkaUserSpecAuthorizationAclsOperations.CREATE,
    "Read": strimzi.KafkaUserSpecAuthorizationAclsOperations.READ,
    "Write": strimzi.KafkaUserSpecAuthorizationAclsOperations.WRITE,
    "Describe": strimzi.KafkaUserSpecAuthorizationAclsOperations.DESCRIBE,
    "DescribeConfigs": strimzi.KafkaUserSpecAuthorizationAclsOperations.DESCRIBE_CONFIGS,
}
_RESOURCES = {
    "topic": strimzi.KafkaUserSpecAuthorizationAclsResourceType.TOPIC,
    "group": strimzi.KafkaUserSpecAuthorizationAclsResourceType.GROUP,
    "cluster": strimzi.KafkaUserSpecAuthorizationAclsResourceType.CLUSTER,
}


def _acl(acl: Acl) -> strimzi.KafkaUserSpecAuthorizationAcls:
    """One ACL as Strimzi writes it: the cluster resource has no name and no pattern."""
    cluster = acl.resource_type == "cluster"
    return strimzi.KafkaUserSpecAuthorizationAcls(
        resource=strimzi.KafkaUserSpecAuthorizationAclsResource(
            type=_RESOURCES[acl.resource_type],
            name=None if cluster else acl.name,
            pattern_type=None
            if cluster
            else strimzi.KafkaUserSpecAuthorizationAclsResourcePatternType.PREFIX
            if acl.prefix
            else strimzi.KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL,
        ),
        operations=[_OPERATIONS[operation] for operation in acl.operations],
        host="*",
    )


class KafkaUsers(Construct):
    """The User Operator creates each user's password Secret (named like the user): no
    credential is ever in the manifests."""

    def __init__(self, scope: Construct, id: str, *, props: KafkaUsersProps) -> None:
        super().__init__(scope, id)
        self.users = {
            user: self._user(user, acls, cluster=props.cluster, password_secret=props.password_secrets.get(user))
            for user, acls in sorted(props.users.items())
        }  # by user

    def _user(self, user: str, acls: Sequence[Acl], *, cluster: str, password_secret: str | None) -> strimzi.KafkaUser:
        return strimzi.KafkaUser(
            self,
            user,
            metadata=metadata(user, component="kafka-user", labels=_of_cluster(cluster)),
            spec=strimzi.KafkaUserSpec(
                authentication=strimzi.KafkaUserSpecAuthentication(
                    type=strimzi.KafkaUserSpecAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
                    password=_given_password(password_secret),
                ),
                authorization=strimzi.KafkaUserSpecAuthorization(
                    type=strimzi.KafkaUserSpecAuthorizationType.SIMPLE,
                    acls=[_acl(acl) for acl in sorted(acls)],
                ),
            ),
        )


def _given_password(secret: str | None) -> strimzi.KafkaUserSpecAuthenticationPassword | None:
    if secret is None:
        return None
    return strimzi.KafkaUserSpecAuthenticationPassword(
        value_from=strimzi.KafkaUserSpecAuthenticationPasswordValueFrom(
            secret_key_ref=strimzi.KafkaUserSpecAuthenticationPasswordValueFromSecretKeyRef(name=secret, key="password")
        )
    )


@dataclass(frozen=True, kw_only=True)
class KafkaMirrorProps:
    """MirrorMaker 2 in this region, copying the peer region's topics into this cluster."""

    name: str
    """The KafkaMirrorMaker2's name, and the prefix of its Connect group and topics here."""
    local_alias: str
    """This region's cluster as MirrorMaker 2 calls it (the region's name)."""
    local_bootstrap: str
    """This cluster's TLS bootstrap servers, which MirrorMaker 2 writes to."""
    local_user: str
    """The KafkaUser it writes here as; the User Operator's Secret of that name holds its password."""
    peer_alias: str
    """The peer cluster as MirrorMaker 2 calls it (the peer region's name): copies here are
    ``<peer_alias>.<topic>``."""
    peer_bootstrap: str
    """The peer cluster's external TLS listener, read across regions."""
    peer_credentials_secret: str
    """Secret with the peer's ``password`` (and ``username`` is ``peer_user``), from Vault."""
    peer_ca_secret: str
    """Secret with the peer cluster CA's ``ca.crt``, from Vault."""
    peer_user: str
    """The peer's reader user, which MirrorMaker 2 reads the peer cluster as."""
    topics: Sequence[str]
    """The peer's topics copied here."""
    groups: Sequence[str]
    """Consumer groups whose offsets are checkpointed (translated into this cluster's copies)."""
    local_ca_secret: str
    """Secret with this cluster's CA ``ca.crt`` (Strimzi's), to verify the local listener."""
    replication_factor: int
    """Copies of each topic MirrorMaker 2 creates here (the copies, its offset syncs and
    checkpoints), as of every other topic of this cluster."""
    replicas: int = 2
    """MirrorMaker 2 workers. Default: 2."""


def _mirror_target(props: KafkaMirrorProps) -> strimzi.KafkaMirrorMaker2SpecTarget:
    """This region's cluster, which MirrorMaker 2 writes to (and keeps its Connect state in)."""
    return strimzi.KafkaMirrorMaker2SpecTarget(
        alias=props.local_alias,
        bootstrap_servers=props.local_bootstrap,
        group_id=f"{props.name}-connect",
        config_storage_topic=f"{props.name}-configs",
        offset_storage_topic=f"{props.name}-offsets",
        status_storage_topic=f"{props.name}-status",
        tls=strimzi.KafkaMirrorMaker2SpecTargetTls(
            trusted_certificates=[
                strimzi.KafkaMirrorMaker2SpecTargetTlsTrustedCertificates(secret_name=props.local_ca_secret, certificate="ca.crt")
            ]
        ),
        authentication=strimzi.KafkaMirrorMaker2SpecTargetAuthentication(
            type=strimzi.KafkaMirrorMaker2SpecTargetAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
            username=props.local_user,
            password_secret=strimzi.KafkaMirrorMaker2SpecTargetAuthenticationPasswordSecret(
                secret_name=props.local_user, password="password"
            ),
        ),
    )


def _mirror_source(props: KafkaMirrorProps) -> strimzi.KafkaMirrorMaker2SpecMirrorsSource:
    """The peer region's cluster, read over its external TLS listener as the peer's reader user."""
    return strimzi.KafkaMirrorMaker2SpecMirrorsSource(
        alias=props.peer_alias,
        bootstrap_servers=props.peer_bootstrap,
        tls=strimzi.KafkaMirrorMaker2SpecMirrorsSourceTls(
            trusted_certificates=[
                strimzi.KafkaMirrorMaker2SpecMirrorsSourceTlsTrustedCertificates(secret_name=props.peer_ca_secret, certificate="ca.crt")
            ]
        ),
        authentication=strimzi.KafkaMirrorMaker2SpecMirrorsSourceAuthentication(
            type=strimzi.KafkaMirrorMaker2SpecMirrorsSourceAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
            username=props.peer_user,
            password_secret=strimzi.KafkaMirrorMaker2SpecMirrorsSourceAuthenticationPasswordSecret(
                secret_name=props.peer_credentials_secret, password="password"
            ),
        ),
    )


def _mirror_of_peer(props: KafkaMirrorProps) -> strimzi.KafkaMirrorMaker2SpecMirrors:
    """The peer's topics copied here, and its groups' offsets checkpointed (not synced: see KafkaMirror)."""
    return strimzi.KafkaMirrorMaker2SpecMirrors(
        source=_mirror_source(props),
        topics_pattern="|".join(_escape(topic) for topic in sorted(props.topics)),
        groups_pattern="|".join(_escape(group) for group in sorted(props.groups)),
        source_connector=strimzi.KafkaMirrorMaker2SpecMirrorsSourceConnector(
            tasks_max=2,
            config={
                "replication.factor": props.replication_factor,
                "offset-syncs.topic.replication.factor": props.replication_factor,
                "sync.topic.acls.enabled": "false",
            },
        ),
        checkpoint_connector=strimzi.KafkaMirrorMaker2SpecMirrorsCheckpointConnector(
            config={
                "checkpoints.topic.replication.factor": props.replication_factor,
                "emit.checkpoints.enabled": "true",
                "emit.checkpoints.interval.seconds": 30,
                "sync.group.offsets.enabled": "false",
            },
        ),
    )


class KafkaMirror(Construct):
    """Checkpoints, not group sync: the app's groups are active in both regions (each region
    consumes its own topics under the same group ids), and MirrorMaker 2 only writes
    translated offsets into groups with no active member, so syncing would never apply.
    The checkpoints (``<peer>.checkpoints.internal``) let a failover runbook start draining
    ``<peer>.<topic>`` where the lost region's consumers stopped (see the README)."""

    def __init__(self, scope: Construct, id: str, *, props: KafkaMirrorProps) -> None:
        super().__init__(scope, id)
        self.mirror = strimzi.KafkaMirrorMaker2(
            self,
            "mirror",
            metadata=metadata(props.name, component="kafka-mirror"),
            spec=strimzi.KafkaMirrorMaker2Spec(replicas=props.replicas, target=_mirror_target(props), mirrors=[_mirror_of_peer(props)]),
        )


def _escape(topic: str) -> str:
    return topic.replace(".", "\\.")


MIRROR_WRITER = "mirror-maker"
MIRROR_READER = "mirror-reader"
MIRROR_READER_PASSWORD = "kafka-mirror-reader-password"
"""The Secret holding the mirror reader's password, from the Vault path the peer region's
``kafka-peer-<region>-credentials`` reads too: one password, nothing copied between regions."""


@dataclass(frozen=True, kw_only=True)
class KafkaTierProps:
    """The environment's Kafka: cluster, topics, users, and across regions MirrorMaker 2."""

    settings: EnvironmentSettings
    """The environment's settings: its Kafka, the release's services (users and ACLs) and,
    in PRODUCTION, the regions."""
    region_name: str | None = None
    """The production region this target is; None outside PRODUCTION. Default: none."""


def _cluster_props(props: KafkaTierProps, region: Region | None) -> KafkaClusterProps:
    settings = props.settings
    kafka = settings.kafka
    return KafkaClusterProps(
        name=KAFKA_CLUSTER,
        settings=kafka,
        storage_class=storage_class_of(kafka.storage_class, region),
        zone_aware=region is not None,
        app_speaks_tls=settings.release.kafka_tls,
        external_bootstrap=region.kafka_bootstrap if region else None,
        tiered_storage_bucket=(settings.bucket("kafka_tiered_storage", props.region_name) if kafka.tiered_storage else None),
        tiered_storage_prefix=f"{props.region_name or settings.namespace}/",
        # the bucket lives in the cluster's region (outside PRODUCTION: the tier's setting)
        tiered_storage_region=props.region_name or (kafka.tiered_storage.region if kafka.tiered_storage else None),
        load_balancer_source_ranges=[settings.regions[region.peer_region].network_cidr] if region else (),
    )


def _topic_spec(topic: Topic, kafka: KafkaSettings, name_of: Callable[[str], str]) -> TopicSpec:
    """A catalog topic as this environment names it, tiered when the settings say so."""
    tiered_storage = kafka.tiered_storage
    return TopicSpec(
        name=name_of(topic.name),
        partitions=topic.partitions,
        local_retention_hours=tiered_storage.local_retention_hours
        if tiered_storage is not None and topic.name in tiered_storage.tiered_topics
        else None,
    )


def _topics_props(kafka: KafkaSettings, name_of: Callable[[str], str]) -> KafkaTopicsProps:
    return KafkaTopicsProps(
        cluster=KAFKA_CLUSTER,
        topics=[_topic_spec(topic, kafka, name_of) for topic in TOPICS],
        replicas=kafka.replication_factor,
        min_insync_replicas=kafka.min_insync_replicas,
        retention_hours=kafka.retention_hours,
    )


def _connect_prefix(region: Region) -> str:
    """MirrorMaker 2's name here, the prefix of its Connect group and topics."""
    return f"mirror-from-{region.peer_region}"


def _users(settings: EnvironmentSettings, region: Region | None, name_of: Callable[[str], str]) -> dict[str, Sequence[Acl]]:
    """Each service that uses Kafka; across regions, MirrorMaker 2 writing here and the
    peer region's reading here."""
    users: dict[str, Sequence[Acl]] = {
        spec.name: acls_for(spec, topic_name=name_of) for spec in settings.release.services if Dependency.KAFKA in spec.depends_on
    }
    if region is not None:
        users[MIRROR_WRITER] = mirror_writer_acls(peer_alias=region.peer_region, connect_prefix=_connect_prefix(region))
        users[MIRROR_READER] = mirror_reader_acls([name_of(topic.name) for topic in TOPICS], groups=settings.release.consumer_groups)
    return users


def _mirror_props(props: KafkaTierProps, region: Region, name_of: Callable[[str], str]) -> KafkaMirrorProps:
    settings = props.settings
    # MirrorMaker 2 writes here over the TLS listener (prod requires it)
    endpoints = Endpoints(settings.namespace, kafka_tls=settings.kafka.tls)
    return KafkaMirrorProps(
        name=_connect_prefix(region),
        local_alias=props.region_name or "",
        local_bootstrap=endpoints.kafka_bootstrap_servers,
        local_user=MIRROR_WRITER,
        local_ca_secret=KAFKA_CA_SECRET,
        peer_alias=region.peer_region,
        peer_bootstrap=settings.regions[region.peer_region].kafka_bootstrap,
        peer_user=MIRROR_READER,
        peer_credentials_secret=f"kafka-peer-{region.peer_region}-credentials",
        peer_ca_secret=f"kafka-peer-{region.peer_region}-ca",
        topics=[name_of(topic.name) for topic in TOPICS],
        groups=settings.release.consumer_groups,
        replication_factor=settings.kafka.replication_factor,
    )


class KafkaTier(Construct):
    """The environment's Kafka: the cluster, its topics, one user per service; in PRODUCTION,
    MirrorMaker 2 copying the peer region's topics here."""

    def __init__(self, scope: Construct, id: str, *, props: KafkaTierProps) -> None:
        super().__init__(scope, id)
        settings = props.settings
        region = settings.region(props.region_name)
        name_of = partial(topic_name, mode=settings.mode)
        self.cluster = KafkaCluster(self, "cluster", props=_cluster_props(props, region))
        self.topics = KafkaTopics(self, "topics", props=_topics_props(settings.kafka, name_of))
        self.mirror = KafkaMirror(self, "mirror", props=_mirror_props(props, region, name_of)) if region is not None else None
        passwords = {MIRROR_READER: MIRROR_READER_PASSWORD} if region is not None else {}
        users = KafkaUsersProps(cluster=KAFKA_CLUSTER, users=_users(settings, region, name_of), password_secrets=passwords)
        self.users = KafkaUsers(self, "users", props=users)
        # Strimzi names the bootstrap Service <cluster>-kafka-bootstrap (KafkaResources)
        bootstrap = f"{KAFKA_CLUSTER}-kafka-bootstrap.{settings.namespace}.svc"
        self.plain_bootstrap = f"{bootstrap}:{KAFKA_PLAIN_PORT}"
        """The SCRAM listener without TLS, for clients that cannot do TLS."""
        self.tls_bootstrap = f"{bootstrap}:{KAFKA_TLS_PORT}"
        """The SCRAM listener with TLS (the cluster CA in ``<cluster>-cluster-ca-cert``)."""
