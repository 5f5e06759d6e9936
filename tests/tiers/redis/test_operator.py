"""The OT redis-operator: the chart's values, its footprint, and the pods it starts."""

from somaagent01_gitops.operator_types import ClusterFacts
from somaagent01_gitops.tiers.redis.operator import PRODUCERS, REDIS_OPERATOR
from tests.conftest import shipped_targets


def test_it_watches_exactly_its_clusters_environments_and_writes_configuration_in_an_init_container(environments, platform):
    from somaagent01_gitops.operators import cluster_facts

    clusters = {cluster.name: cluster for cluster in cluster_facts(shipped_targets(environments), platform)}
    values = REDIS_OPERATOR.values(clusters["dev-shared"])
    assert values["redisOperator"]["watchNamespace"] == "soma-dev,soma-qa,soma-training"
    # the only gate the v0.26.0 image knows; another would stop the manager at start
    assert values["featureGates"] == {"GenerateConfigInInitContainer": True}
    assert values["redisOperator"]["webhook"] is False, "no webhook: the chart renders no Issuer or Certificate"
    assert values["podSecurityContext"]["runAsNonRoot"] is True
    assert values["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert (REDIS_OPERATOR.version, REDIS_OPERATOR.app_version) == ("0.26.1", "0.26.0")


def test_its_pods_carry_the_objects_labels_beside_its_own():
    pods = [producer for producer in PRODUCERS if producer.creates.kind == "Pod"]
    assert {producer.trigger.kind: (dict(producer.labels), producer.carries_labels) for producer in pods} == {
        "Redis": ({"app": "{name}", "redis_setup_type": "standalone"}, True),
        "RedisReplication": ({"app": "{name}", "redis_setup_type": "replication"}, True),
        "RedisSentinel": ({"app": "{name}-sentinel", "redis_setup_type": "sentinel"}, True),
    }
    (budget,) = [producer for producer in PRODUCERS if producer.creates.kind == "PodDisruptionBudget"]
    assert (budget.trigger.kind, budget.name) == ("RedisSentinel", "{name}-sentinel"), "the operator's own, from spec.pdb"
    footprint = REDIS_OPERATOR.footprint(ClusterFacts(name="-", targets=()))
    assert {kind.kind for kind in footprint.provided_kinds()} >= {"Redis", "RedisReplication", "RedisSentinel"}
    (pods,) = footprint.environment_pods
    assert pods.level == "restricted"
