"""Qdrant's StatefulSet, Services, disruption budget, network policy and PodMonitor."""

import cdk8s
import pytest

from somaagent01_gitops.constructs.network import object_storage
from somaagent01_gitops.settings.types import Resources
from somaagent01_gitops.tiers.qdrant.constructs import QdrantCluster, QdrantClusterProps, server_names, start_script

BASE = {
    "namespace": "soma-x",
    "image": "qdrant/qdrant:v1.11.0-unprivileged",
    "replicas": 1,
    "replication_factor": 1,
    "write_consistency_factor": 1,
    "storage": "10Gi",
    "storage_class": None,
    "resources": Resources(),
    "api_key_secret": "qdrant-secrets",
}
PROD = {
    **BASE,
    "replicas": 3,
    "replication_factor": 2,
    "tls_secret": "qdrant-server-tls",
    "zone_spread": True,
    "monitoring": True,
    "snapshots_to_object_storage": object_storage("us-east-1"),
}


def render(**props):
    chart = cdk8s.Testing.chart()
    QdrantCluster(chart, "qdrant", props=QdrantClusterProps(**props))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def pod(objects):
    return objects[("StatefulSet", "qdrant")]["spec"]["template"]["spec"]


@pytest.mark.parametrize("props", [BASE, PROD], ids=["one-node", "distributed"])
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_one_node_starts_plain_without_tls_a_budget_or_a_monitor():
    objects = render(**BASE)
    assert start_script(QdrantClusterProps(**BASE)) == "exec ./entrypoint.sh"
    env = {item["name"]: item["value"] for item in pod(objects)["containers"][0]["env"]}
    assert env["QDRANT__CLUSTER__ENABLED"] == "false" and "QDRANT__SERVICE__ENABLE_TLS" not in env
    assert {kind for kind, _ in objects} == {"Service", "StatefulSet", "NetworkPolicy"}


def test_peers_join_the_first_over_tls_by_names_the_certificate_covers():
    props = QdrantClusterProps(**PROD)
    script = start_script(props)
    assert '--uri "https://qdrant-${HOSTNAME##*-}.qdrant-headless.soma-x.svc:6335"' in script
    assert '--bootstrap "https://qdrant-0.qdrant-headless.soma-x.svc:6335"' in script
    wildcard = next(name for name in server_names("soma-x") if name.startswith("*."))
    assert ["qdrant-2", "qdrant-headless.soma-x.svc"][1] == wildcard[2:], "each peer's name under the certificate's wildcard"
    env = {item["name"]: item["value"] for item in pod(render(**PROD))["containers"][0]["env"]}
    assert env["QDRANT__CLUSTER__P2P__ENABLE_TLS"] == env["QDRANT__SERVICE__ENABLE_TLS"] == "true"
    assert env["QDRANT__STORAGE__COLLECTION__REPLICATION_FACTOR"] == "2"


def test_the_api_key_is_a_file_never_an_environment_variable():
    spec = pod(render(**PROD))
    (container,) = spec["containers"]
    assert not any("valueFrom" in item for item in container["env"]), "no Secret in the environment"
    (mount,) = [mount for mount in container["volumeMounts"] if mount["name"] == "config"]
    assert (mount["mountPath"], mount["subPath"], mount["readOnly"]) == ("/qdrant/config/local.yaml", "local.yaml", True)
    (volume,) = [volume for volume in spec["volumes"] if volume["name"] == "config"]
    assert volume["secret"]["secretName"] == "qdrant-secrets" and volume["secret"]["items"] == [{"key": "local.yaml", "path": "local.yaml"}]


def test_restricted_read_only_and_spread_over_zones_with_one_peer_drained_at_a_time():
    objects = render(**PROD)
    spec = pod(objects)
    (container,) = spec["containers"]
    assert spec["securityContext"]["runAsUser"] == container["securityContext"]["runAsUser"] == 1000
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert spec["topologySpreadConstraints"][0]["whenUnsatisfiable"] == "DoNotSchedule"
    assert objects[("PodDisruptionBudget", "qdrant")]["spec"]["maxUnavailable"] == 1
    assert objects[("StatefulSet", "qdrant")]["spec"]["podManagementPolicy"] == "Parallel"
    assert objects[("Service", "qdrant-headless")]["spec"]["publishNotReadyAddresses"] is True
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": 6333, "scheme": "HTTPS"}


def test_prometheus_scrapes_with_the_key_and_checks_the_certificate():
    (endpoint,) = render(**PROD)[("PodMonitor", "qdrant")]["spec"]["podMetricsEndpoints"]
    assert endpoint["authorization"] == {"type": "Bearer", "credentials": {"name": "qdrant-secrets", "key": "api_key"}}
    assert endpoint["tlsConfig"]["ca"]["secret"] == {"name": "qdrant-server-tls", "key": "ca.crt"}
    assert endpoint["tlsConfig"]["serverName"] in server_names("soma-x")


def test_only_peers_and_prometheus_get_in_and_with_backups_the_job_and_the_way_to_object_storage():
    policy = render(**BASE)[("NetworkPolicy", "qdrant")]["spec"]
    peers, rest = policy["ingress"]
    assert peers["from"] == [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "qdrant"}}}]
    assert rest["from"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}]
    assert rest["ports"] == [{"port": 6333, "protocol": "TCP"}]
    assert not any(rule.get("ports") == [{"port": 443, "protocol": "TCP"}] for rule in policy["egress"])
    backed_up = render(**PROD)[("NetworkPolicy", "qdrant")]["spec"]
    assert {"podSelector": {"matchLabels": {"app.kubernetes.io/name": "qdrant-backup"}}} in backed_up["ingress"][1]["from"]
    (storage,) = [rule for rule in backed_up["egress"] if rule["ports"] == [{"port": 443, "protocol": "TCP"}]]
    assert storage["to"][0]["ipBlock"]["except"] == ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]
