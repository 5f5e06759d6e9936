"""The app tier's registration: its services are handed what the tiers before them exposed."""

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS


def test_the_app_is_handed_the_addresses_the_tiers_before_it_exposed(environments):
    import cdk8s

    from somaagent01_gitops.targets import targets_of

    target = next(target for target in targets_of(environments) if target.path == "prod/eu-west-1")
    chart = cdk8s.Chart(cdk8s.Testing.app(), "prod", namespace=target.settings.namespace)
    exposed = build_tiers(chart, target, TIERS)
    config = exposed["app"].services["gateway"].config_map.to_json()["data"]
    assert config["SA01_KEYCLOAK_URL"] == exposed["keycloak"].url
    assert config["SPICEDB_HOST"] == exposed["spicedb"].host
    assert config["SA01_TEMPORAL_HOST"] == exposed["temporal"]
    assert config["POSTGRES_HOST"] == exposed["postgres"].host
    assert config["SA01_KAFKA_BOOTSTRAP_SERVERS"] == exposed["kafka"].plain_bootstrap, "the release's client cannot do TLS"
