"""The Altinity operator: the chart's values, its footprint, and the pods it starts."""

from somaagent01_gitops.operator_types import ClusterFacts
from somaagent01_gitops.tiers.clickhouse.operator import CLICKHOUSE_OPERATOR, PRODUCERS
from tests.conftest import shipped_targets


def facts(clusters, name):
    return next(cluster for cluster in clusters if cluster.name == name)


def test_it_watches_exactly_its_clusters_environments_without_the_crd_hook_or_a_published_password(environments, platform):
    from somaagent01_gitops.operators import cluster_facts

    clusters = cluster_facts(shipped_targets(environments), platform)
    values = CLICKHOUSE_OPERATOR.values(facts(clusters, "dev-shared"))
    assert values["configs"]["files"]["config.yaml"]["watch"]["namespaces"] == ["soma-dev", "soma-qa", "soma-training"]
    assert values["crdHook"] == {"enabled": False} and values["secret"] == {"create": False}
    (secret,) = CLICKHOUSE_OPERATOR.footprint(facts(clusters, "dev-shared")).bootstrap_secrets
    assert (secret.namespace, secret.name) == ("clickhouse-operator", values["fullnameOverride"]), "where the operator reads it"
    assert CLICKHOUSE_OPERATOR.values(facts(clusters, "local"))["serviceMonitor"] == {"enabled": False}, "no Prometheus in LOCAL"


def test_it_declares_the_pods_of_each_installation_by_the_label_its_policies_select():
    assert {producer.trigger.kind: dict(producer.labels) for producer in PRODUCERS} == {
        "ClickHouseInstallation": {"clickhouse.altinity.com/chi": "{name}", "clickhouse.altinity.com/shard": "{shard}"},
        "ClickHouseKeeperInstallation": {"clickhouse-keeper.altinity.com/chk": "{name}"},
    }
    footprint = CLICKHOUSE_OPERATOR.footprint(ClusterFacts(name="-", targets=()))
    assert {kind.kind for kind in footprint.provided_kinds()} >= {"ClickHouseInstallation", "ClickHouseKeeperInstallation"}


def test_an_installations_pods_are_told_apart_by_shard():
    (servers,) = [producer for producer in PRODUCERS if producer.trigger.kind == "ClickHouseInstallation"]
    installation = {"spec": {"configuration": {"clusters": [{"name": "c", "layout": {"shardsCount": 2, "replicasCount": 2}}]}}}
    assert servers.pod_labels("ch", installation) == [
        {"clickhouse.altinity.com/chi": "ch", "clickhouse.altinity.com/shard": "0"},
        {"clickhouse.altinity.com/chi": "ch", "clickhouse.altinity.com/shard": "1"},
    ]
    assert servers.pod_labels("ch", {"spec": {}}) == [{"clickhouse.altinity.com/chi": "ch", "clickhouse.altinity.com/shard": "0"}]
