"""The ClickHouse and Keeper installations, and their network policies."""

import cdk8s
import pytest

from somaagent01_gitops.settings.types import Resources
from somaagent01_gitops.tiers.clickhouse.constructs import ClickHouseCluster, ClickHouseClusterProps, CrossRegionReads

BASE = {
    "namespace": "soma-x",
    "image": "clickhouse/clickhouse-server:24.8",
    "keeper_image": "clickhouse/clickhouse-keeper:24.8",
    "shards": 1,
    "replicas": 1,
    "keeper_replicas": 1,
    "storage": "10Gi",
    "keeper_storage": "1Gi",
    "keeper_resources": Resources(),
    "storage_class": None,
    "resources": Resources(),
    "password_secret": "clickhouse-credentials",
}
PROD = {**BASE, "shards": 2, "replicas": 2, "keeper_replicas": 3, "storage_class": "gp3-encrypted", "zone_spread": True}
REGIONAL = {
    **PROD,
    "cross_region": CrossRegionReads(
        peer_hosts=("ch-0.b.example", "ch-1.b.example"), peer_cidr="10.2.0.0/16", tls_secret="clickhouse-server-tls"
    ),
}


def render(**props):
    chart = cdk8s.Testing.chart()
    ClickHouseCluster(chart, "clickhouse", props=ClickHouseClusterProps(**props))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


@pytest.mark.parametrize("props", [BASE, PROD, REGIONAL], ids=["one-host", "sharded", "regional"])
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_shards_of_replicas_on_keeper_with_the_users_password_from_its_secret():
    objects = render(**PROD)
    configuration = objects[("ClickHouseInstallation", "clickhouse")]["spec"]["configuration"]
    assert configuration["clusters"] == [{"name": "clickhouse", "layout": {"shardsCount": 2, "replicasCount": 2}}]
    assert configuration["zookeeper"]["nodes"] == [{"host": "keeper-keeper", "port": 2181}], "the Keeper installation's Service"
    assert configuration["users"]["soma/password"] == {"valueFrom": {"secretKeyRef": {"name": "clickhouse-credentials", "key": "password"}}}
    keeper = objects[("ClickHouseKeeperInstallation", "keeper")]["spec"]
    assert keeper["configuration"]["clusters"][0]["layout"] == {"replicasCount": 3}


@pytest.mark.parametrize("kind", ["ClickHouseInstallation", "ClickHouseKeeperInstallation"])
def test_every_pod_is_restricted_its_copies_in_different_zones_its_volume_kept(kind):
    spec = next(obj for (k, _), obj in render(**PROD).items() if k == kind)["spec"]
    (template,) = spec["templates"]["podTemplates"]
    assert template["spec"]["securityContext"]["runAsNonRoot"] is True
    assert template["spec"]["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    (container,) = template["spec"]["containers"]
    assert container["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
    assert template["podDistribution"] == [{"type": "ShardAntiAffinity", "topologyKey": "topology.kubernetes.io/zone"}]
    (claim,) = spec["templates"]["volumeClaimTemplates"]
    assert claim["reclaimPolicy"] == "Retain" and claim["spec"]["storageClassName"] == "gp3-encrypted"
    assert spec["defaults"]["templates"]["podTemplate"] == template["name"]


def test_the_servers_admit_each_other_and_the_operator_and_keeper_only_the_servers():
    objects = render(**BASE)
    servers = objects[("NetworkPolicy", "clickhouse")]["spec"]
    assert servers["podSelector"] == {"matchLabels": {"clickhouse.altinity.com/chi": "clickhouse"}}
    namespaces = [peer["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"] for peer in servers["ingress"][1]["from"]]
    assert namespaces == ["clickhouse-operator"], "Prometheus scrapes the operator's exporter, not the servers"
    keeper = objects[("NetworkPolicy", "keeper")]["spec"]
    assert keeper["ingress"][0] == {
        "from": [{"podSelector": {"matchLabels": {"clickhouse.altinity.com/chi": "clickhouse"}}}],
        "ports": [{"port": 2181, "protocol": "TCP"}],
    }


def test_the_backup_configuration_is_xml_clickhouse_reads_with_the_key_from_the_environment():
    import xml.etree.ElementTree as ElementTree

    from somaagent01_gitops.tiers.clickhouse.constructs import backup_config

    root = ElementTree.fromstring(backup_config("https://b.s3.us-east-1.amazonaws.com/ns/clickhouse/"))
    endpoint = root.find("s3/backups")
    assert endpoint.findtext("endpoint") == "https://b.s3.us-east-1.amazonaws.com/ns/clickhouse/"
    assert endpoint.find("access_key_id").attrib == {"from_env": "BACKUP_S3_ACCESS_KEY_ID"}
    assert endpoint.find("secret_access_key").attrib == {"from_env": "BACKUP_S3_SECRET_ACCESS_KEY"}


def test_each_table_is_replicated_on_every_host_and_distributed_over_the_shards():
    import xml.etree.ElementTree as ElementTree

    from somaagent01_gitops.tiers.clickhouse.settings import ClickHouseTable

    table = ClickHouseTable(
        columns={"id": "UInt64", "created_at": "DateTime"}, order_by=["created_at"], partition_by="toYYYYMM(created_at)"
    )
    objects = render(**PROD, tables={"events": table})
    config = objects[("ClickHouseInstallation", "clickhouse")]["spec"]["configuration"]["files"]["config.d/startup_scripts.xml"]
    queries = [query.text for query in ElementTree.fromstring(config).findall("startup_scripts/scripts/query")]
    assert queries == [
        "CREATE DATABASE IF NOT EXISTS soma",
        "CREATE TABLE IF NOT EXISTS soma.events_local (`id` UInt64, `created_at` DateTime) ENGINE = ReplicatedMergeTree("
        "'/clickhouse/{installation}/{cluster}/tables/{shard}/{database}/{table}', '{replica}') "
        "PARTITION BY toYYYYMM(created_at) ORDER BY (`created_at`)",
        "CREATE TABLE IF NOT EXISTS soma.events AS soma.events_local ENGINE = Distributed('{cluster}', 'soma', 'events_local', rand())",
    ]
    assert "files" not in render(**BASE)[("ClickHouseInstallation", "clickhouse")]["spec"]["configuration"], "no table, no file"


def test_statements_are_escaped_for_the_xml_they_travel_in():
    from somaagent01_gitops.tiers.clickhouse.constructs import schema_config

    assert "<query>SELECT 1 &lt; 2 AND 'a' &amp; 'b'</query>" in schema_config(["SELECT 1 < 2 AND 'a' & 'b'"])


def test_the_global_cluster_is_every_own_replica_then_each_peer_shard_over_tls_as_soma():
    import xml.etree.ElementTree as ElementTree

    files = render(**REGIONAL)[("ClickHouseInstallation", "clickhouse")]["spec"]["configuration"]["files"]
    shards = ElementTree.fromstring(files["config.d/remote_servers_global.xml"]).findall("remote_servers/soma_global/shard")
    replicas = [[(r.findtext("host"), r.findtext("port"), r.findtext("secure")) for r in shard.findall("replica")] for shard in shards]
    assert replicas == [
        [("chi-clickhouse-clickhouse-0-0", "9000", "0"), ("chi-clickhouse-clickhouse-0-1", "9000", "0")],
        [("chi-clickhouse-clickhouse-1-0", "9000", "0"), ("chi-clickhouse-clickhouse-1-1", "9000", "0")],
        [("ch-0.b.example", "9440", "1")],
        [("ch-1.b.example", "9440", "1")],
    ]
    passwords = {replica.find("password").attrib["from_env"] for shard in shards for replica in shard.findall("replica")}
    assert passwords == {"CLICKHOUSE_SOMA_PASSWORD"}, "no password in the file"
    assert all(shard.findtext("internal_replication") == "true" for shard in shards), "a shard's replicas replicate it themselves"


def test_the_tls_port_serves_the_certificate_mounted_whole_and_checks_the_peer_by_name_without_losing_the_system_cas():
    import xml.etree.ElementTree as ElementTree

    spec = render(**REGIONAL)[("ClickHouseInstallation", "clickhouse")]["spec"]
    configuration = spec["configuration"]
    assert configuration["settings"] == {"tcp_port_secure": 9440}
    ssl = ElementTree.fromstring(configuration["files"]["config.d/openssl.xml"]).find("openSSL")
    assert ssl.findtext("server/privateKeyFile") == "/etc/clickhouse-server/tls/tls.key"
    assert ssl.findtext("client/caConfig") == "/etc/clickhouse-server/tls/ca.crt"
    # the client context is every outgoing TLS connection's: S3 needs the system's CAs
    assert ssl.findtext("client/loadDefaultCAFile") == "true" and ssl.findtext("client/extendedVerification") == "true"
    pod = spec["templates"]["podTemplates"][0]["spec"]
    (container,) = pod["containers"]
    assert container["volumeMounts"] == [{"name": "tls", "mountPath": "/etc/clickhouse-server/tls", "readOnly": True}]
    assert pod["volumes"] == [{"name": "tls", "secret": {"secretName": "clickhouse-server-tls", "defaultMode": 0o440}}], (
        "one volume: a renewal swaps both"
    )
    assert {"name": "CLICKHOUSE_SOMA_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "clickhouse-credentials", "key": "password"}}} in (
        container["env"]
    )
    assert "settings" not in render(**PROD)[("ClickHouseInstallation", "clickhouse")]["spec"]["configuration"]


def test_each_shard_is_served_to_the_peer_network_only_on_an_internal_load_balancer():
    objects = render(**REGIONAL)
    service = objects[("Service", "clickhouse-shard-1-peer")]
    assert service["metadata"]["annotations"]["service.beta.kubernetes.io/aws-load-balancer-internal"] == "true"
    assert service["metadata"]["annotations"]["service.beta.kubernetes.io/aws-load-balancer-type"] == "nlb", "keeps the caller's address"
    assert service["spec"]["selector"] == {"clickhouse.altinity.com/chi": "clickhouse", "clickhouse.altinity.com/shard": "1"}
    assert service["spec"]["loadBalancerSourceRanges"] == ["10.2.0.0/16"] and service["spec"]["externalTrafficPolicy"] == "Local"
    policy = objects[("NetworkPolicy", "clickhouse")]["spec"]
    peer = {"ipBlock": {"cidr": "10.2.0.0/16"}}
    assert {"from": [peer], "ports": [{"port": 9440, "protocol": "TCP"}]} in policy["ingress"]
    assert {"to": [peer], "ports": [{"port": 9440, "protocol": "TCP"}]} in policy["egress"]
    assert not [name for kind, name in render(**PROD) if kind == "Service"], "no region, no load balancer"


def test_across_regions_each_table_also_reads_both_regions_skipping_one_it_cannot_reach():
    from somaagent01_gitops.tiers.clickhouse.constructs import table_statements
    from somaagent01_gitops.tiers.clickhouse.settings import ClickHouseTable

    table = ClickHouseTable(columns={"id": "UInt64"}, order_by=["id"])
    assert table_statements("soma", {"events": table}, cross_region=True)[-1] == (
        "CREATE TABLE IF NOT EXISTS soma.events_global AS soma.events_local "
        "ENGINE = Distributed('soma_global', 'soma', 'events_local') SETTINGS skip_unavailable_shards = 1"
    )
    assert not any("_global" in statement for statement in table_statements("soma", {"events": table}))
