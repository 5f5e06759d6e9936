"""TIERS, and the operators and runtime producers that follow from it."""

from somaagent01_gitops.catalog import Dependency
from somaagent01_gitops.operators import PLATFORM_OPERATORS
from somaagent01_gitops.tiers.base import in_cluster_peers
from somaagent01_gitops.tiers.keycloak.operator import KEYCLOAK_CRDS
from somaagent01_gitops.tiers.registry import OPERATORS, TIER_PRODUCERS, TIERS
from somaagent01_gitops.tiers.spicedb.operator import SPICEDB_OPERATOR


def test_the_registry_builds_every_tier_once_in_dependency_order():
    names = [tier.name for tier in TIERS]
    assert names == [
        "kafka",
        "postgres",
        "redis",
        "qdrant",
        "clickhouse",
        "temporal",
        "keycloak",
        "spicedb",
        "opa",
        "openfga",
        "whisper",
        "app",
        "network",
        "edge",
        "secrets",
    ]
    assert len(set(names)) == len(names)


def test_every_operator_is_the_platforms_or_one_tiers():
    tier_operators = [operator for tier in TIERS for operator in tier.operators]
    assert (*PLATFORM_OPERATORS, *tier_operators) == OPERATORS
    assert {KEYCLOAK_CRDS, SPICEDB_OPERATOR} <= set(tier_operators)
    names = [operator.name for operator in OPERATORS]
    assert len(names) == len(set(names)), "one declaration per operator"


def test_the_tiers_runtime_producers_are_declared_once():
    assert tuple(producer for tier in TIERS for producer in tier.producers) == TIER_PRODUCERS
    assert {producer.operator for producer in TIER_PRODUCERS} == {
        "strimzi",
        "cloudnative-pg",
        "keycloak",
        "spicedb-operator",
        "external-secrets",
        "cert-manager",
        "clickhouse-operator",
        "redis-operator",
    }


def test_each_in_cluster_dependency_names_the_pods_that_serve_it_and_their_ports():
    peers = in_cluster_peers(TIERS)
    assert peers[Dependency.KAFKA].pod_labels == {"strimzi.io/cluster": "somaagent01", "strimzi.io/kind": "Kafka"}
    assert peers[Dependency.KAFKA].ports == (9092, 9093)
    assert peers[Dependency.POSTGRES].pod_labels == {"cnpg.io/cluster": "somaagent01-pg"}
    assert peers[Dependency.POSTGRES].ports == (5432,)
    assert peers[Dependency.SPICEDB].ports == (50051,)
    assert peers[Dependency.REDIS].pod_labels == {"app.kubernetes.io/part-of": "somaagent01", "app.kubernetes.io/component": "redis-server"}
    assert peers[Dependency.KEYCLOAK].pod_labels == {"app": "keycloak", "app.kubernetes.io/instance": "keycloak"}
    external = {Dependency.SLM, Dependency.SOMABRAIN}
    assert set(peers) == set(Dependency) - external, "every dependency but the external ones runs in the cluster"
