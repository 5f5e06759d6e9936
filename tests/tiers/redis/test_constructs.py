"""One Redis instance: standalone or replicated under Sentinel, restricted, and reachable only
by its clients, its copies, Sentinel, the operator and Prometheus."""

import cdk8s
import pytest

from somaagent01_gitops.settings.types import Resources
from somaagent01_gitops.tiers.redis.constructs import (
    STATE_CONFIG,
    RedisInstance,
    RedisInstanceProps,
    primary_host,
    server_names,
)

LOCAL = {
    "name": "redis",
    "component": "cache",
    "image": "quay.io/opstree/redis:v7.0.15",
    "sentinel_image": "quay.io/opstree/redis-sentinel:v7.0.15",
    "exporter_image": "quay.io/opstree/redis-exporter:v1.44.0",
    "replicas": 1,
    "sentinels": 3,
    "storage": "2Gi",
    "storage_class": None,
    "resources": Resources(),
    "max_memory_percent": 75,
    "clients": ("gateway",),
}
PROD = {
    **LOCAL,
    "replicas": 3,
    "storage_class": "gp3-encrypted",
    "clients": ("gateway", "tool-executor"),
    "password_secret": "redis-auth",
    "acl_secret": "redis-acl",
    "tls_secret": "redis-server-tls",
    "zone_spread": True,
    "monitoring": True,
}


def render(**props):
    chart = cdk8s.Testing.chart()
    RedisInstance(chart, "redis", props=RedisInstanceProps(**props))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


@pytest.mark.parametrize("props", [LOCAL, PROD], ids=["standalone", "replicated"])
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_local_is_one_standalone_instance_with_its_append_only_file_on_a_kept_volume():
    objects = render(**LOCAL)
    assert {kind for kind, _ in objects} == {"Redis", "ConfigMap", "NetworkPolicy"}
    spec = objects[("Redis", "redis")]["spec"]
    assert spec["storage"]["keepAfterDelete"] is True
    assert spec["storage"]["volumeClaimTemplate"]["spec"]["resources"] == {"requests": {"storage": "2Gi"}}
    assert "kubernetesConfig" in spec and "redisSecret" not in spec["kubernetesConfig"]
    assert objects[("ConfigMap", "redis-config")]["data"] == {"redis-additional.conf": STATE_CONFIG}
    assert "maxmemory-policy noeviction" in STATE_CONFIG and "appendfsync everysec" in STATE_CONFIG
    assert 'save ""' in STATE_CONFIG, "the append-only file alone, no snapshots beside it"
    assert objects[("ConfigMap", "redis-config")]["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": "0"}


def test_prod_replicates_across_zones_under_sentinel_with_tls_acl_and_a_password():
    objects = render(**PROD)
    spec = objects[("RedisReplication", "redis")]["spec"]
    assert spec["clusterSize"] == 3
    assert spec["TLS"] == {"ca": "ca.crt", "cert": "tls.crt", "key": "tls.key", "secret": {"secretName": "redis-server-tls"}}
    assert spec["acl"] == {"secret": {"secretName": "redis-acl"}}
    assert spec["kubernetesConfig"]["redisSecret"] == {"name": "redis-auth", "key": "password"}
    assert spec["topologySpreadConstraints"][0]["topologyKey"] == "topology.kubernetes.io/zone"
    sentinel = objects[("RedisSentinel", "redis")]["spec"]
    assert sentinel["clusterSize"] == 3 and sentinel["redisSentinelConfig"]["quorum"] == "2"
    assert sentinel["redisSentinelConfig"]["redisReplicationName"] == "redis"
    assert sentinel["TLS"] == spec["TLS"]
    budgets = {name: obj["spec"] for (kind, name), obj in objects.items() if kind == "PodDisruptionBudget"}
    assert budgets == {"redis": {"maxUnavailable": 1, "selector": {"matchLabels": {"app": "redis"}}}}
    # the Sentinels' is the operator's (<name>-sentinel): it deletes any other of that name
    assert sentinel["pdb"] == {"enabled": True, "maxUnavailable": 1}


@pytest.mark.parametrize("kind", ["RedisReplication", "RedisSentinel"])
def test_every_container_the_operator_adds_is_restricted(kind):
    spec = next(obj for (k, _), obj in render(**PROD).items() if k == kind)["spec"]
    assert spec["podSecurityContext"]["runAsNonRoot"] is True and spec["podSecurityContext"]["runAsUser"] == 1000
    restricted = {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]}}
    assert spec["securityContext"] == restricted
    # the init-config container's only source of a security context (statefulset.go L717-763)
    assert spec["initContainer"]["enabled"] is False and spec["initContainer"]["securityContext"] == restricted
    if kind == "RedisReplication":
        assert spec["redisExporter"]["securityContext"] == restricted


def test_the_network_policy_admits_clients_copies_sentinel_the_operator_and_prometheus():
    policy = render(**PROD)[("NetworkPolicy", "redis")]["spec"]
    (clients, metrics) = policy["ingress"]
    assert {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "redis-operator"}}} in clients["from"]
    assert {"podSelector": {"matchLabels": {"app": "redis-sentinel"}}} in clients["from"]
    assert {
        "podSelector": {"matchLabels": {"app.kubernetes.io/name": "tool-executor", "app.kubernetes.io/part-of": "somaagent01"}}
    } in clients["from"]
    assert clients["ports"] == [{"port": 6379, "protocol": "TCP"}]
    assert metrics["ports"] == [{"port": 9121, "protocol": "TCP"}]
    sentinel = render(**PROD)[("NetworkPolicy", "redis-sentinel")]["spec"]
    assert [rule["ports"] for rule in sentinel["egress"][:2]] == [[{"port": 6379, "protocol": "TCP"}], [{"port": 26379, "protocol": "TCP"}]]


def test_clients_write_to_the_primarys_service_which_the_certificate_covers():
    assert primary_host(RedisInstanceProps(**PROD), "soma-prod") == "redis-master.soma-prod.svc"
    assert primary_host(RedisInstanceProps(**LOCAL), "soma-local") == "redis.soma-local.svc"
    assert "redis-master.soma-prod.svc" in server_names("redis", "soma-prod")
