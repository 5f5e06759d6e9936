"""The Kafka versions the pinned Strimzi runs, each with its KRaft metadata version."""

import typing

from somaagent01_gitops.tiers.kafka.settings import KafkaVersion
from somaagent01_gitops.tiers.kafka.versions import DEFAULT_KAFKA_VERSION, KAFKA_METADATA_VERSIONS, STRIMZI_VERSION


def test_strimzi_1_2_0_runs_kafka_4_2_and_4_3_and_defaults_to_4_3_1():
    assert STRIMZI_VERSION == "1.2.0"
    assert KAFKA_METADATA_VERSIONS == {"4.2.0": "4.2-IV1", "4.2.1": "4.2-IV1", "4.3.0": "4.3-IV0", "4.3.1": "4.3-IV0"}
    assert DEFAULT_KAFKA_VERSION == "4.3.1"


def test_each_metadata_version_belongs_to_its_kafka_minor():
    for version, metadata in KAFKA_METADATA_VERSIONS.items():
        assert metadata.startswith(version.rsplit(".", 1)[0] + "-IV"), version


def test_the_settings_model_accepts_exactly_these_versions():
    assert set(typing.get_args(KafkaVersion)) == set(KAFKA_METADATA_VERSIONS)
