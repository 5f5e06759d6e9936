"""Which operators a cluster gets, at which versions, with values from the model."""

import pytest

from somaagent01_gitops.operators import OPERATORS, SEMVER, ClusterFacts, OperatorChart, operators_for
from somaagent01_gitops.targets import clusters_of, targets_of


@pytest.fixture(scope="module")
def clusters(environments):
    return {name: ClusterFacts(name=name, targets=tuple(targets)) for name, targets in clusters_of(targets_of(environments)).items()}


def names(cluster):
    return {operator.name for operator in operators_for(cluster)}


def test_every_chart_is_pinned_to_an_exact_version():
    assert all(SEMVER.match(operator.version) for operator in OPERATORS)
    with pytest.raises(ValueError, match="not an exact semantic version"):
        OperatorChart("x", "x", "https://c", "x", "^1.2", "1.2.0", frozenset({"LOCAL"}), lambda cluster: {})


def test_an_environment_gets_only_the_operators_it_needs(clusters):
    assert names(clusters["local"]) == {"strimzi", "cloudnative-pg"}
    assert "argo-rollouts" not in names(clusters["dev-shared"])
    assert {"argo-rollouts", "falco", "vault", "external-secrets", "kube-prometheus-stack"} <= names(clusters["prod-us-east-1"])


def test_strimzi_watches_exactly_the_namespaces_of_its_cluster(clusters):
    strimzi = next(operator for operator in OPERATORS if operator.name == "strimzi")
    assert strimzi.values(clusters["dev-shared"])["watchNamespaces"] == ["soma-dev", "soma-qa", "soma-training"]
    assert strimzi.values(clusters["prod-eu-west-1"])["watchNamespaces"] == ["soma-prod"]


def test_production_clusters_run_operators_highly_available_and_with_thanos(clusters):
    stack = next(operator for operator in OPERATORS if operator.name == "kube-prometheus-stack")
    prod = stack.values(clusters["prod-us-east-1"])["prometheus"]["prometheusSpec"]
    dev = stack.values(clusters["dev-shared"])["prometheus"]["prometheusSpec"]
    assert prod["replicas"] == 2 and "thanos" in prod
    assert dev["replicas"] == 1 and "thanos" not in dev
