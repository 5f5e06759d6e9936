"""The Qdrant section of an overlay: sizes that fit together, and PRODUCTION's rules."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.tiers.qdrant.settings import Qdrant


def test_defaults_are_one_unprivileged_node():
    qdrant = Qdrant()
    assert (qdrant.replicas, qdrant.replication_factor, qdrant.write_consistency_factor) == (1, 1, 1)
    assert qdrant.image.endswith("-unprivileged") and not qdrant.distributed


def test_a_shard_cannot_have_more_copies_than_peers_nor_a_write_more_acknowledgements_than_copies():
    with pytest.raises(ValidationError, match="2 copies of a shard need as many peers; allowed: at most replicas \\(1\\)"):
        Qdrant(replication_factor=2)
    with pytest.raises(ValidationError, match="3 acknowledgements need as many copies"):
        Qdrant(replicas=3, replication_factor=2, write_consistency_factor=3)


def test_production_runs_three_peers_and_two_copies_of_every_shard():
    assert Qdrant().mode_rules("DEVELOPMENT") == []
    broken = {path: message for path, holds, message in Qdrant().mode_rules("PRODUCTION") if not holds}
    assert set(broken) == {("replicas",), ("replication_factor",)}
    assert all(holds for _, holds, _ in Qdrant(replicas=3, replication_factor=2).mode_rules("PRODUCTION"))
