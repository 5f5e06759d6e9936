"""Strimzi, the Kafka tier's operator, and what it makes at runtime."""

from somaagent01_gitops.operator_types import ClusterFacts
from somaagent01_gitops.tiers.kafka.operator import PRODUCERS, STRIMZI


def test_strimzi_is_pinned_and_watches_only_the_namespaces_it_is_given():
    assert (STRIMZI.chart, STRIMZI.version, STRIMZI.app_version) == ("strimzi-kafka-operator", "1.2.0", "1.2.0")
    assert STRIMZI.values is not None
    values = STRIMZI.values(ClusterFacts(name="c", targets=()))
    assert values["watchAnyNamespace"] is False and values["watchNamespaces"] == []


def test_it_makes_the_ca_secrets_the_user_secrets_and_the_pods():
    made = {(producer.creates.kind, producer.name) for producer in PRODUCERS}
    assert {("Secret", "{name}-cluster-ca-cert"), ("Secret", "{name}"), ("Pod", "")} <= made
