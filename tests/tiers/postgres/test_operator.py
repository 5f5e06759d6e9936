"""CloudNativePG and its backup plugin, the Postgres tier's operators."""

from somaagent01_gitops.tiers.postgres.operator import BARMAN_CLOUD, CLOUDNATIVE_PG, PRODUCERS


def test_the_plugin_runs_beside_cloudnative_pg_and_only_beyond_local():
    assert CLOUDNATIVE_PG.namespace == BARMAN_CLOUD.namespace == "cnpg-system", "CloudNativePG finds plugins in its own namespace"
    assert "LOCAL" not in BARMAN_CLOUD.modes and "LOCAL" in CLOUDNATIVE_PG.modes


def test_it_makes_the_app_and_ca_secrets_the_instances_and_a_service_account():
    made = {(producer.creates.kind, producer.name) for producer in PRODUCERS}
    assert {("Secret", "{name}-app"), ("Secret", "{name}-ca"), ("ServiceAccount", "{name}"), ("Pod", "")} <= made
