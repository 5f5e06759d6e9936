"""The Postgres tier's registration."""

from somaagent01_gitops.tiers.postgres.operator import BARMAN_CLOUD, CLOUDNATIVE_PG
from somaagent01_gitops.tiers.postgres.tier import PostgresUnit


def test_it_registers_its_operators_and_protects_its_clusters_and_databases():
    assert PostgresUnit.operators == (CLOUDNATIVE_PG, BARMAN_CLOUD)
    assert PostgresUnit.data_kinds == {("postgresql.cnpg.io", "Cluster"), ("postgresql.cnpg.io", "Database")}
