"""The Redis section of an overlay: an odd Sentinel quorum, and what each mode requires."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.tiers.redis.settings import Redis


def test_defaults_are_one_instance_of_the_operators_redis_7_0_15():
    redis = Redis()
    assert (redis.replicas, redis.sentinels, redis.max_memory_percent) == (1, 3, 75)
    assert redis.image == "quay.io/opstree/redis:v7.0.15"


def test_an_even_sentinel_quorum_is_refused_by_field():
    with pytest.raises(ValidationError, match="4 Sentinels tolerate no more failures than one fewer; allowed: 3, 5 or 7"):
        Redis(sentinels=4)
    with pytest.raises(ValidationError, match=r"sentinels\n.*greater than or equal to 3"):
        Redis(sentinels=1)


def test_local_runs_one_instance_and_beyond_local_redis_is_replicated():
    assert all(holds for _, holds, _ in Redis().mode_rules("LOCAL"))
    assert [message for _, holds, message in Redis(replicas=2).mode_rules("LOCAL") if not holds] == [
        "LOCAL runs one Redis instance, got 2 replicas"
    ]
    for mode in ("DEVELOPMENT", "TRAINING", "PRODUCTION"):
        assert [path for path, holds, _ in Redis().mode_rules(mode) if not holds] == [("replicas",), ("backup",)]
        assert all(holds for _, holds, _ in Redis(replicas=2, backup={}).mode_rules(mode))
    assert [message for _, holds, message in Redis(backup={}).mode_rules("LOCAL") if not holds] == ["LOCAL keeps no backups"]
    assert Redis(backup={}).backup.schedule == "30 2 * * *"


def test_maxmemory_leaves_room_for_the_rewrite_and_the_replication_buffers():
    with pytest.raises(ValidationError, match="max_memory_percent"):
        Redis(max_memory_percent=95)


def test_a_backed_up_instance_fits_one_upload():
    big = {"requests": {"cpu": "1", "memory": "4Gi"}, "limits": {"cpu": "2", "memory": "6Gi"}}
    with pytest.raises(ValidationError, match="6Gi: a backup copy can be as large, and one S3 PUT takes at most 5Gi"):
        Redis(replicas=2, backup={}, resources=big)
    assert Redis(replicas=2, resources=big).backup is None, "without backups the memory is the operator's business"
