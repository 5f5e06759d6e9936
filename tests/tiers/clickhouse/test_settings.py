"""The ClickHouse section of an overlay: an odd Keeper quorum, and each mode's replication."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.tiers.clickhouse.settings import ClickHouse


def test_defaults_are_one_shard_of_one_replica_and_one_keeper():
    clickhouse = ClickHouse()
    assert (clickhouse.shards, clickhouse.replicas, clickhouse.keeper_replicas) == (1, 1, 1)
    assert all(holds for _, holds, _ in clickhouse.mode_rules("LOCAL"))


def test_an_even_keeper_quorum_is_refused():
    with pytest.raises(ValidationError, match="2 Keeper nodes tolerate no more failures than one fewer; allowed: 1, 3 or 5"):
        ClickHouse(keeper_replicas=2)


def test_beyond_local_every_shard_is_replicated_and_backed_up_and_production_runs_a_keeper_quorum():
    assert {path for path, holds, _ in ClickHouse().mode_rules("DEVELOPMENT") if not holds} == {("replicas",), ("backup",)}
    assert {path for path, holds, _ in ClickHouse(replicas=2, backup={}).mode_rules("PRODUCTION") if not holds} == {("keeper_replicas",)}
    assert all(holds for _, holds, _ in ClickHouse(replicas=2, keeper_replicas=3, backup={}).mode_rules("PRODUCTION"))
    assert not all(holds for _, holds, _ in ClickHouse(backup={}).mode_rules("LOCAL")), "LOCAL keeps no backups"


def test_a_table_sorts_by_its_own_columns_and_names_are_identifiers():
    table = {"columns": {"id": "UInt64", "created_at": "DateTime64(3, 'UTC')"}, "order_by": ["created_at", "id"]}
    assert ClickHouse(tables={"events": table}).tables["events"].sharding_key == "rand()"
    with pytest.raises(ValidationError, match="'tenant' is not a column; allowed: id, created_at"):
        ClickHouse(tables={"events": {**table, "order_by": ["tenant"]}})
    with pytest.raises(ValidationError, match=r"tables\.Events"):
        ClickHouse(tables={"Events": table})
    with pytest.raises(ValidationError, match=r"columns\.id"):
        ClickHouse(tables={"events": {**table, "columns": {"id": "UInt64; DROP TABLE x"}}})
