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
    broken = {path: message for path, holds, message in Qdrant().mode_rules("PRODUCTION") if not holds}
    assert set(broken) == {("replicas",), ("replication_factor",), ("backup",)}
    assert all(holds for _, holds, _ in Qdrant(replicas=3, replication_factor=2, backup={}).mode_rules("PRODUCTION"))


def test_backups_are_required_beyond_local_and_refused_in_local():
    backed_up = Qdrant(backup={"bucket": "soma-x-qdrant", "region": "us-east-1"})
    assert [message for _, holds, message in Qdrant().mode_rules("DEVELOPMENT") if not holds] == [
        "DEVELOPMENT backs Qdrant up (snapshots to object storage)"
    ]
    assert all(holds for _, holds, _ in backed_up.mode_rules("DEVELOPMENT"))
    assert not all(holds for _, holds, _ in backed_up.mode_rules("LOCAL"))
    assert backed_up.backup.schedule == "0 3 * * *" and backed_up.backup.retention_days == 14
    with pytest.raises(ValidationError, match=r"backup\.schedule"):  # a CronJob's five fields, not CloudNativePG's six
        Qdrant(backup={"schedule": "0 0 3 * * *"})
