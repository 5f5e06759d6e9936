"""The overlay's postgres section."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.tiers.postgres.settings import Postgres


def test_defaults_are_one_instance_without_backups():
    postgres = Postgres()
    assert (postgres.instances, postgres.backup) == (1, None)


def test_synchronous_replicas_need_instances_to_replicate_to():
    with pytest.raises(ValidationError, match="synchronous"):
        Postgres.model_validate({"instances": 1, "synchronous_replicas": 1})
