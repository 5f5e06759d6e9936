"""The app tier's registration: its services are handed what the tiers before them exposed."""

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets


def test_the_app_is_handed_the_addresses_the_tiers_before_it_exposed(environments):
    import cdk8s

    target = next(target for target in shipped_targets(environments) if target.path == "prod/eu-west-1")
    chart = cdk8s.Chart(cdk8s.Testing.app(), "prod", namespace=target.settings.namespace)
    exposed = build_tiers(chart, target, TIERS)
    config = exposed["app"].services["gateway"].config_map.to_json()["data"]
    assert config["SA01_KEYCLOAK_URL"] == exposed["keycloak"].url
    assert config["SPICEDB_HOST"] == exposed["spicedb"].host
    assert config["SA01_TEMPORAL_HOST"] == exposed["temporal"]
    assert config["POSTGRES_HOST"] == exposed["postgres"].host
    assert config["SA01_KAFKA_BOOTSTRAP_SERVERS"] == exposed["kafka"].plain_bootstrap, "the release's client cannot do TLS"


def test_each_entrypoint_that_reads_the_database_gets_its_own_role_in_the_app_group_and_its_uri(environments):
    from somaagent01_gitops.tiers.app.tier import AppUnit

    target = next(target for target in shipped_targets(environments) if target.path == "qa")
    roles = AppUnit().database_roles(target)
    assert roles["soma_gateway"].member_of == ("soma_app",) and roles["soma_gateway"].databases == ()
    assert roles["soma_gateway"].credentials_secret == "gateway-postgres-credentials"
    uri = next(secret for secret in AppUnit().vault_secrets(target) if secret.name == "gateway-postgres-uri")
    assert uri.templates == {"uri": "postgresql://soma_gateway:{{ .password | urlquery }}@somaagent01-pg-rw.soma-qa.svc:5432/somaagent01"}
    assert (uri.path, uri.vault_properties) == ("gateway-postgres-credentials", ("password",)), "the role's own password"
