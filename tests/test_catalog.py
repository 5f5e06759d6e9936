"""The platform facts every environment shares: topics, their names per mode, and the checks
an entrypoint's description must pass."""

import pytest

from somaagent01_gitops.catalog import TOPIC_NAMES, TOPICS, AppServiceSpec, Dependency, topic_name


def spec(**changes):
    fields = {"name": "svc", "command": ("run",), "depends_on": frozenset({Dependency.KAFKA}), "reads_settings": ()}
    return AppServiceSpec(**{**fields, **changes})


def test_the_catalog_topics_with_three_partitions_except_config_updates():
    assert len(TOPICS) == len(TOPIC_NAMES) == 13, "no topic twice"
    assert {"conversation.inbound", "tool.requests", "memory.wal", "a2a.out", "task.feedback.dlq"} <= TOPIC_NAMES
    partitions = {topic.name: topic.partitions for topic in TOPICS}
    assert partitions.pop("config_updates") == 1
    assert set(partitions.values()) == {3}


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("TRAINING", "training.tool.requests"), ("DEVELOPMENT", "tool.requests"), ("LOCAL", "tool.requests"), ("PRODUCTION", "tool.requests")],
)
def test_only_training_prefixes_topic_names(mode, expected):
    assert topic_name("tool.requests", mode=mode) == expected


def test_an_entrypoint_names_only_catalog_topics():
    with pytest.raises(ValueError, match=r"names unknown topics \['no.such.topic'\]"):
        spec(writes=frozenset({"no.such.topic"}))


def test_a_consumer_names_its_group():
    with pytest.raises(ValueError, match="reads topics but names no consumer group"):
        spec(reads=frozenset({"tool.requests"}))
    assert spec(reads=frozenset({"tool.requests"}), consumer_group="g").consumer_group == "g"


def test_a_probe_needs_a_port_and_a_port_a_name():
    with pytest.raises(ValueError, match="a probe path needs a port"):
        spec(readiness_path="/health")
    with pytest.raises(ValueError, match="a probe path needs a port"):
        spec(port=9000)
    served = spec(port=9000, port_name="http", readiness_path="/health")
    assert served.serves_traffic and not spec(port=9090, port_name="metrics").serves_traffic
