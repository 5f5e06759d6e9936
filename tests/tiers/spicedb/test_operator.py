"""The SpiceDB operator: its kustomization at the tag, and what it makes at runtime."""

from somaagent01_gitops.tiers.spicedb.operator import PRODUCERS, SPICEDB_OPERATOR


def test_it_runs_once_per_cluster_in_its_own_namespace():
    assert (SPICEDB_OPERATOR.namespace, SPICEDB_OPERATOR.version) == ("spicedb-operator", "v1.25.1")
    assert SPICEDB_OPERATOR.footprint(None).environment_pods[0].level == "restricted"


def test_it_makes_the_pods_and_their_disruption_budget():
    made = {(producer.creates.kind, producer.name) for producer in PRODUCERS}
    assert ("PodDisruptionBudget", "{name}-spicedb") in made
