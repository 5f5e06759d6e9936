"""The overlay's kafka section."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.tiers.kafka.settings import Kafka


def test_defaults_are_one_combined_node():
    kafka = Kafka()
    assert (kafka.brokers, kafka.controllers, kafka.replication_factor) == (1, 0, 1)


def test_replication_cannot_exceed_the_brokers():
    with pytest.raises(ValidationError, match="need at least as many brokers"):
        Kafka.model_validate({"brokers": 1, "replication_factor": 3, "min_insync_replicas": 2})
