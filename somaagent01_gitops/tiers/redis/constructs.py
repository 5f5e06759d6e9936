"""One Redis instance through the OT redis-operator (v0.26.0): a standalone ``Redis`` (LOCAL),
or a ``RedisReplication`` (a primary and its replicas) watched by a ``RedisSentinel``; its
configuration, network policies, disruption budgets and PodMonitor.

Facts read from OT-CONTAINER-KIT/redis-operator at v0.26.0 (file and line in each name's
docstring): the operator names a replication's Services ``<name>`` (any copy),
``<name>-master`` (the primary, by the ``redis-role`` label it sets every 30 s),
``<name>-replica`` and ``<name>-headless``, a Sentinel's ``<name>-sentinel``; pods carry
``app: <name>`` and the object's own labels.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.monitoring.com.coreos import monitoring

from ...argocd import WAVE_ANNOTATION, WAVE_PLATFORM
from ...catalog import APP_NAME, MONITORING_NAMESPACE
from ...constructs.idioms import (
    HOSTNAME_TOPOLOGY_KEY,
    ZONE_TOPOLOGY_KEY,
    container_resources,
    disruption_budget,
    k8s_metadata,
    metadata,
    restricted_container_security,
    restricted_pod_security,
)
from ...constructs.network import dns_egress, namespace, network_policy, pods, tcp
from ...constructs.pod_monitors import metrics_pod_monitor
from ...settings.types import Resources
from .operator import OPERATOR_IMAGE, OPERATOR_NAMESPACE, POD_LABEL

redis_binding: ModuleType = importlib.import_module("imports.redis.in.opstreelabs.redis.redis")
"""The ``cdk8s import`` of the operator's CRDs: its path holds ``in``, a keyword no ``import``
statement can name."""

REDIS_PORT = 6379
SENTINEL_PORT = 26379
EXPORTER_PORT = 9121
"""The exporter's port, named ``redis-exporter`` (internal/controller/common/constants.go L25-26)."""
REDIS_UID = 1000
"""The Redis and Sentinel images' user (OT-CONTAINER-KIT/redis Dockerfile USER 1000); the
exporter's image, built FROM scratch, has none and takes the pod's."""
ADDITIONAL_CONFIG_KEY = "redis-additional.conf"
"""The key the operator includes last from ``redisConfig.additionalRedisConfig``
(internal/agent/bootstrap/redis/config.go L42, L175-178), so it overrides what it generated."""
SERVER_COMPONENT = "redis-server"
"""``app.kubernetes.io/component`` of every instance's Redis pods (the object's labels reach
its pods, internal/controller/common/labels.go L12-26): the app's egress allows it."""
SERVER_PODS = {"app.kubernetes.io/part-of": APP_NAME, "app.kubernetes.io/component": SERVER_COMPONENT}
STATE_CONFIG = (
    # every key family of the release is state (sessions, lockouts, channel groups, rate
    # limits, requeued calls, OAuth states): at maxmemory a write fails and is seen, where an
    # eviction policy would drop a key silently (README: Redis)
    # no RDB snapshots beside the append-only file (the operator adds save points): the
    # volume holds the file and one rewrite, not several copies more
    'maxmemory-policy noeviction\nappendonly yes\nappendfsync everysec\nsave ""\n'
)
"""The configuration every instance adds to the operator's."""


@dataclass(frozen=True, kw_only=True)
class RedisInstanceProps:
    """One Redis instance: its copies, their volumes and who may reach them."""

    name: str
    """The object's name, and the prefix of its Services."""
    component: str
    """What it holds, for people (``app.kubernetes.io/component`` of its own objects)."""
    image: str
    """The Redis image (the operator's build: uid 1000)."""
    sentinel_image: str
    """The Sentinel image."""
    exporter_image: str
    """The metrics exporter's image."""
    replicas: int
    """Copies of the data: 1 is a standalone ``Redis``, more a replication under Sentinel."""
    sentinels: int
    """Sentinels watching a replication (an odd quorum)."""
    storage: str
    """Each copy's volume (the append-only file)."""
    storage_class: str | None
    """The volumes' StorageClass; None for the cluster's default."""
    resources: Resources
    """Each copy's requests and limits."""
    max_memory_percent: int
    """maxmemory as a percentage of the memory limit."""
    clients: Sequence[str]
    """App entrypoints (``app.kubernetes.io/name``) the network policy admits."""
    password_secret: str | None = None
    """The Secret (key ``password``) of the ``default`` user the operator, the replicas,
    Sentinel and the exporter log in as; None: no password (LOCAL, the sessions instance).
    Default: None."""
    acl_secret: str | None = None
    """The Secret holding the ACL file (key ``user.acl``). Default: none."""
    tls_secret: str | None = None
    """A certificate Secret (``tls.crt``, ``tls.key``, ``ca.crt``) Redis and Sentinel serve
    and present; None: plain text. Default: None."""
    zone_spread: bool = False
    """Spread the copies and the Sentinels over zones (PRODUCTION). Default: false."""
    monitoring: bool = False
    """A PodMonitor for the exporters (needs the Prometheus Operator's CRDs). Default: false."""

    @property
    def replicated(self) -> bool:
        return self.replicas > 1

    @property
    def sentinel_name(self) -> str:
        """The Sentinel's StatefulSet, Service and pods' ``app`` label (k8sutils/redis-sentinel.go L61)."""
        return f"{self.name}-sentinel"

    @property
    def server_selector(self) -> dict[str, str]:
        return {POD_LABEL: self.name}

    @property
    def sentinel_selector(self) -> dict[str, str]:
        return {POD_LABEL: self.sentinel_name}


def primary_host(props: RedisInstanceProps, namespace_name: str) -> str:
    """Where clients write: the primary's Service for a replication, else the one pod's."""
    return instance_primary_host(props.name, namespace_name, replicated=props.replicated)


def instance_primary_host(name: str, namespace_name: str, *, replicated: bool) -> str:
    """:func:`primary_host` before the instance's props exist (the URL Secrets are declared
    before the tier builds): ``<name>-master`` of a replication, else ``<name>``."""
    service = f"{name}-master" if replicated else name
    return f"{service}.{namespace_name}.svc"


def server_names(name: str, namespace_name: str) -> list[str]:
    """Every name a client verifies the certificate with: the instance's Services and each
    copy by pod name; the operator, the replicas and Sentinel check only the chain
    (k8sutils/secrets.go L94-106)."""
    services = (name, f"{name}-master", f"{name}-replica", f"{name}-sentinel")
    names = [f"{service}.{namespace_name}.svc" for service in services]
    return [*names, f"*.{name}-headless.{namespace_name}.svc", f"*.{name}-sentinel-headless.{namespace_name}.svc"]


class RedisInstance(Construct):
    """The instance's configuration, its server object, a Sentinel for a replication, their
    disruption budgets, network policies and PodMonitor."""

    def __init__(self, scope: Construct, id: str, *, props: RedisInstanceProps) -> None:
        super().__init__(scope, id)
        self.config_map = k8s.KubeConfigMap(
            self,
            "config",
            # with the Redis object, whose pods mount it (statefulset.go L427-440), not after it
            metadata=k8s_metadata(f"{props.name}-config", component=props.component, annotations={WAVE_ANNOTATION: str(WAVE_PLATFORM)}),
            data={ADDITIONAL_CONFIG_KEY: STATE_CONFIG},
        )
        spec = _server_spec(props)
        server_metadata = metadata(props.name, component=SERVER_COMPONENT, annotations=None)
        if props.replicated:
            self.server: Any = redis_binding.RedisReplication(
                self,
                "server",
                metadata=server_metadata,
                spec={**spec, "cluster_size": props.replicas, **_placement(props, props.server_selector, kind="RedisReplication")},
            )
            self.sentinel: Any = redis_binding.RedisSentinel(
                self, "sentinel", metadata=metadata(props.name, component="redis-sentinel"), spec=_sentinel_spec(props)
            )
            disruption_budget(Construct(self, "server-budget"), name=props.name, component=props.component, selector=props.server_selector)
            _sentinel_network_policy(self, props)
        else:
            self.server = redis_binding.Redis(self, "server", metadata=server_metadata, spec=spec)
            self.sentinel = None
        _server_network_policy(self, props)
        self.pod_monitor = _pod_monitor(self, props) if props.monitoring else None


def _snake(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A struct's own fields as the binding names them (``runAsUser`` -> ``run_as_user``);
    below them the binding takes the API's names as they are."""
    return {"".join(f"_{c.lower()}" if c.isupper() else c for c in key): value for key, value in fields.items()}


def _security() -> dict[str, Any]:
    """Restricted on the pod and every container the operator adds: Redis, the exporter and
    the ``init-config`` container that writes the configuration (statefulset.go L717-763),
    whose security context comes from ``initContainer`` alone, left disabled itself."""
    container = restricted_container_security(read_only_root=True)
    return {
        "pod_security_context": _snake(restricted_pod_security(REDIS_UID)),
        "security_context": _snake(container),
        "init_container": {"enabled": False, "image": OPERATOR_IMAGE, "security_context": container},
    }


def _server_spec(props: RedisInstanceProps) -> dict[str, Any]:
    kubernetes_config: dict[str, Any] = {
        "image": props.image,
        "image_pull_policy": "IfNotPresent",
        "resources": container_resources(props.resources),
    }
    if props.password_secret:
        kubernetes_config["redis_secret"] = {"name": props.password_secret, "key": "password"}
    spec: dict[str, Any] = {
        "kubernetes_config": kubernetes_config,
        "redis_config": {"additional_redis_config": f"{props.name}-config", "max_memory_percent_of_limit": props.max_memory_percent},
        "redis_exporter": {
            "enabled": True,
            "image": props.exporter_image,
            "image_pull_policy": "IfNotPresent",
            "resources": {"requests": {"cpu": "10m", "memory": "32Mi"}, "limits": {"cpu": "100m", "memory": "64Mi"}},
            "security_context": restricted_container_security(read_only_root=True),
        },
        # the claims outlive the object (k8sutils/finalizer.go L60-64): Argo CD never deletes
        # it (Prune=false, Delete=false), and neither does a hand
        "storage": {"keep_after_delete": True, "volume_claim_template": _claim(props)},
        **_security(),
    }
    if props.acl_secret:
        spec["acl"] = {"secret": {"secretName": props.acl_secret}}
    if props.tls_secret:
        spec["tls"] = _tls(props.tls_secret)
    return spec


def _tls(secret: str) -> dict[str, Any]:
    # ca is named or Redis gets no tls-ca-cert-file and refuses to start (statefulset.go L781-806)
    return {"ca": "ca.crt", "cert": "tls.crt", "key": "tls.key", "secret": {"secretName": secret}}


def _claim(props: RedisInstanceProps) -> dict[str, Any]:
    return {
        "spec": {
            "accessModes": ["ReadWriteOnce"],
            **({"storageClassName": props.storage_class} if props.storage_class else {}),
            "resources": {"requests": {"storage": props.storage}},
        }
    }


def _placement(props: RedisInstanceProps, selector: Mapping[str, str], *, kind: str) -> dict[str, Any]:
    """Copies on different nodes where the cluster can, and in PRODUCTION in different zones."""
    placement: dict[str, Any] = {
        "affinity": {
            "pod_anti_affinity": {
                "preferredDuringSchedulingIgnoredDuringExecution": [
                    {
                        "weight": 100,
                        "podAffinityTerm": {"topologyKey": HOSTNAME_TOPOLOGY_KEY, "labelSelector": {"matchLabels": dict(selector)}},
                    }
                ]
            }
        }
    }
    if props.zone_spread:
        # a list of structs: the binding converts no dict inside it
        constraint = getattr(redis_binding, f"{kind}SpecTopologySpreadConstraints")
        placement["topology_spread_constraints"] = [
            constraint(
                max_skew=1,
                topology_key=ZONE_TOPOLOGY_KEY,
                when_unsatisfiable="DoNotSchedule",
                label_selector={"matchLabels": dict(selector)},
            )
        ]
    return placement


def _sentinel_spec(props: RedisInstanceProps) -> dict[str, Any]:
    """Sentinels watching the replication: they fail over when a quorum of them sees the
    primary down, and the operator then moves ``<name>-master`` to the new one."""
    kubernetes_config: dict[str, Any] = {
        "image": props.sentinel_image,
        "image_pull_policy": "IfNotPresent",
        "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"cpu": "250m", "memory": "128Mi"}},
    }
    config: dict[str, Any] = {
        "redis_replication_name": props.name,
        "quorum": str(props.sentinels // 2 + 1),
        "down_after_milliseconds": "5000",
        "failover_timeout": "60000",
    }
    if props.password_secret:
        # the primary's password, which Sentinel sends as the default user (auth-pass)
        config["redis_replication_password"] = {"secretKeyRef": {"name": props.password_secret, "key": "password"}}
        kubernetes_config["redis_secret"] = {"name": props.password_secret, "key": "password"}
    spec: dict[str, Any] = {
        "cluster_size": props.sentinels,
        "kubernetes_config": kubernetes_config,
        "redis_sentinel_config": config,
        # the operator's own budget, <name>-sentinel: without it the operator deletes any
        # budget of that name, ours included (k8sutils/poddisruption.go L43-61, L248-256)
        "pdb": {"enabled": True, "max_unavailable": 1},
        **_security(),
        **_placement(props, props.sentinel_selector, kind="RedisSentinel"),
    }
    if props.tls_secret:
        spec["tls"] = _tls(props.tls_secret)
    return spec


def _server_network_policy(scope: Construct, props: RedisInstanceProps) -> k8s.KubeNetworkPolicy:
    """In: the copies from each other (replication), Sentinel, the operator (it reconciles
    over the Redis port, k8sutils/redis.go L862-899), the app's clients, and Prometheus on
    the exporter. Out: DNS and the other copies."""
    own = pods(props.server_selector)
    callers = [own, namespace(OPERATOR_NAMESPACE)]
    if props.replicated:
        callers.append(pods(props.sentinel_selector))
    callers += [pods({"app.kubernetes.io/name": client, "app.kubernetes.io/part-of": APP_NAME}) for client in props.clients]
    ingress = [k8s.NetworkPolicyIngressRule(from_=callers, ports=[tcp(REDIS_PORT)])]
    if props.monitoring:
        ingress.append(k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(EXPORTER_PORT)]))
    return network_policy(
        scope,
        "network-policy",
        name=props.name,
        selector=props.server_selector,
        ingress=ingress,
        egress=[k8s.NetworkPolicyEgressRule(to=[own], ports=[tcp(REDIS_PORT)]), dns_egress()],
    )


def _sentinel_network_policy(scope: Construct, props: RedisInstanceProps) -> k8s.KubeNetworkPolicy:
    """In: the other Sentinels and the operator. Out: DNS, the copies and the other Sentinels."""
    sentinels = pods(props.sentinel_selector)
    return network_policy(
        scope,
        "sentinel-network-policy",
        name=props.sentinel_name,
        selector=props.sentinel_selector,
        ingress=[k8s.NetworkPolicyIngressRule(from_=[sentinels, namespace(OPERATOR_NAMESPACE)], ports=[tcp(SENTINEL_PORT)])],
        egress=[
            k8s.NetworkPolicyEgressRule(to=[pods(props.server_selector)], ports=[tcp(REDIS_PORT)]),
            k8s.NetworkPolicyEgressRule(to=[sentinels], ports=[tcp(SENTINEL_PORT)]),
            dns_egress(),
        ],
    )


def _pod_monitor(scope: Construct, props: RedisInstanceProps) -> monitoring.PodMonitor:
    """The exporter beside each copy (plain HTTP on 9121; it reaches Redis on localhost)."""
    return metrics_pod_monitor(scope, name=props.name, selector=props.server_selector, port="redis-exporter")
