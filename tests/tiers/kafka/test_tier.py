"""The Kafka tier's registration."""

from somaagent01_gitops.tiers.kafka.operator import STRIMZI
from somaagent01_gitops.tiers.kafka.tier import KafkaUnit


def test_it_registers_strimzi_and_protects_what_holds_data():
    assert KafkaUnit.operators == (STRIMZI,)
    assert {
        ("kafka.strimzi.io", "Kafka"),
        ("kafka.strimzi.io", "KafkaNodePool"),
        ("kafka.strimzi.io", "KafkaTopic"),
    } == KafkaUnit.data_kinds


def test_node_pools_hold_data():
    assert ("kafka.strimzi.io", "KafkaNodePool") in KafkaUnit.data_kinds
